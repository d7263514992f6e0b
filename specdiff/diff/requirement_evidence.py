"""The sentences a requirement change was read from, quoted with their clause and place.

A reviewer trusts "experience 2 → 6 years" only after reading the two sentences behind it. The
parser keeps, for every fact, the sentence and clause it came from (``Requirement.evidence``);
here they are looked up in the document for where the clause is printed (page, lines, heading).
When a side does not state the fact, the quote is that side's sentence of the same requirement
that says the most (its experience or education sentence), so that "not stated" can be checked
against the text as well.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ..model import Clause, Document, Evidence, Passage, Requirement, Section

# RequirementChange.field -> the kinds of Requirement.evidence that quote it
EVIDENCE_KINDS = {
    "experience_years": ("experience_years",),
    "experience": ("experience", "experience_years"),
    "supervisory_years": ("supervisory_years",),
    "managerial_years": ("managerial_years",),
    "education": ("education",),
    "credit_hours": ("credit_hours",),
    "credits": ("credits", "credit_hours"),
    "institution": ("institution", "education"),
    "field": ("fields",),
    "license": ("license",),
    "service_years": ("service_years",),
    "permanent": ("permanent", "service_years"),
    "prior_title": ("prior_titles",),
    "traineeship_years": ("traineeship_years",),
    "equivalent_combination": ("equivalent_combination",),
    "substitution": ("substitutions",),
}
_MAIN_KINDS = ("experience_years", "education", "service_years", "substitutions", "credit_hours")
QUOTES_PER_SIDE = 3


class ClauseIndex:
    """Clause id -> (section, clause) of one document, built once per document."""

    def __init__(self, doc: Document) -> None:
        self._by_id: dict[str, tuple[Section, Clause]] = {c.id: (s, c) for s, c in doc.clauses()}
        self._printed: str | None = None

    def prints(self, text: str) -> bool:
        """Whether the document prints ``text`` (its words, case and punctuation aside) in any clause,
        under whatever heading: a sentence that only moved into the qualifications is not new."""
        if self._printed is None:
            self._printed = "\n".join(f" {plain_words(c.text)} " for _, c in self._by_id.values())
        words = plain_words(text)
        return bool(words) and f" {words} " in self._printed

    def text(self, clause: str | None) -> str:
        found = self._by_id.get(clause or "")
        return found[1].text if found else ""

    def quote(self, clause: str | None, text: str) -> Evidence | None:
        if clause is None:
            return None
        found = self._by_id.get(clause)
        if found is None:
            return Evidence(clause, text)
        section, item = found
        span = item.span
        return Evidence(clause, text, span.page, span.line, span.end_line, section.heading or None)


def plain_words(text: str) -> str:
    """The text's letters and digits as lower-case words, one space apart."""
    return " ".join(_PLAIN_WORD.findall(text.casefold()))


_PLAIN_WORD = re.compile(r"[0-9a-z]+")


def quotes(passages: Iterable[Passage], index: ClauseIndex) -> tuple[Evidence, ...]:
    out: list[Evidence] = []
    for passage in passages:
        evidence = index.quote(passage.clause, passage.text)
        if evidence is not None and evidence not in out:
            out.append(evidence)
    return tuple(out[:QUOTES_PER_SIDE])


def fact_quotes(req: Requirement | None, field: str, index: ClauseIndex) -> tuple[Evidence, ...]:
    """The sentences of ``req`` that state ``field``; else those that state its main facts."""
    if req is None:
        return ()
    kinds = EVIDENCE_KINDS.get(field, (field,))
    stated = [p for p in req.evidence if p.kind in kinds]
    if not stated:  # the side that does not state it: its sentences that say the most, two at most
        stated = ([p for p in req.evidence if p.kind in _MAIN_KINDS] or list(req.evidence[:1]))[:2]
    if not stated:
        stated = [Passage("clause", index.text(c), c) for c in req.clauses[:1]]
    return quotes(stated, index)


def unread_quotes(reqs: Sequence[Requirement], index: ClauseIndex) -> tuple[Evidence, ...]:
    return quotes((p for r in reqs for p in r.unread), index)


__all__ = ["EVIDENCE_KINDS", "ClauseIndex", "fact_quotes", "plain_words", "quotes", "unread_quotes"]
