"""Minimum qualifications read as facts: one Requirement per title x route x alternative.

Why facts and not only redlines: the edits that matter most to a reviewer ("two years of
experience" becoming "six", a traineeship route dropped, a degree field added) are the
hardest to see in struck-through sentences. The statements come from
:mod:`requirement_blocks`, their facts from :mod:`requirement_facts`; this module puts them
together, applies series-wide paragraphs, resolves "the experience listed for <title>",
and turns every piece it could not read into a warning naming the clause.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from ..model import Document, Passage, Requirement, Substitution, Title
from ..model.identity import same_title, title_key, title_keys
from .requirement_blocks import Statement, collect_blocks, statements
from .requirement_conditions import is_question
from .requirement_facts import AlternativeFacts, read_alternative
from .title_names import canonical_title

_REFERENCE_BEFORE = re.compile(
    r"(?:listed|described|specified|defined|set\s+forth|stated)\s+(?:under|for|in)\s*$|\bas\s+(?:an?\s+)?$|"
    r"duties\s+of\s+(?:an?\s+)?$",
    re.I,
)
_KIND_FOR = re.compile(r"\b(?:listed|described|specified|defined)\s+(?:for|under|in)\s+(?:(?:a|an|the)\s+)?(.+)$")
_KIND_ABOVE = re.compile(r"\b(?:listed|described|specified|defined)\s+(?:above|in\s+\(?[A-Z]\)?\s+above)\b", re.I)


@dataclass
class Entry:
    """A requirement being assembled: its key, the draft facts and the clauses read."""

    title: str | None
    route: str
    option: str | None
    draft: AlternativeFacts
    clauses: list[str] = field(default_factory=list)


def extract_requirements(doc: Document) -> tuple[tuple[Requirement, ...], tuple[str, ...]]:
    """The requirements of ``doc`` and the warnings for what could not be read."""
    entries: list[Entry] = []
    series: list[tuple[Statement, AlternativeFacts]] = []
    silent: list[tuple[Statement, Passage]] = []  # statements from which nothing at all was read
    warnings: list[str] = []
    blocks = collect_blocks(doc)
    for block in blocks:
        for statement in statements(block):
            draft = read_alternative(statement.text, locate=statement.clause_at, section=statement.section)
            warnings += _warnings(statement, draft)
            if statement.kind == "substitution":
                series.append((statement, draft))
            elif statement.kind == "note":
                _merge_note(entries, statement, draft)
            elif draft.has_facts():
                _merge(entries, Entry(statement.title, statement.route, statement.option, draft), statement)
            elif statement.section == "notes":
                continue  # a note's procedure is not a requirement the rules failed to read
            elif len(statement.text.split()) >= 4 and not is_question(statement.text):
                where = statement.clauses[0] if statement.clauses else "?"
                text = " ".join(statement.text.split())
                warnings.append(f"requirements: {where}: no requirement read from {text[:80]!r}")
                for passage in draft.gaps or [Passage("sentence", text, statement.clause_at(0))]:
                    silent.append((statement, passage))
    titles = list(dict.fromkeys(b.title for b in blocks if b.title))
    own = {statement.title for statement, _ in series if statement.title is not None}
    for statement, draft in series:
        for title in _applies_to(statement, titles, own):
            _merge(entries, Entry(title, _experience_route(entries, title), None, draft), statement)
    entries = _shared_by_alternatives(entries)
    _resolve_kinds(entries)
    _share_field_lists(entries)
    _keep_silent(entries, silent)
    # the titles the qualifications are scoped to count as the document's, should the header miss one
    known = (*doc.titles, *(Title(f"mq{i}", t) for i, t in enumerate(titles) if t not in {x.title for x in doc.titles}))
    return tuple(_requirement(e, known) for e in entries), tuple(warnings)


def with_requirements(doc: Document) -> Document:
    """``doc`` with its requirements read and any unread piece added to its warnings."""
    requirements, warnings = extract_requirements(doc)
    return replace(doc, requirements=requirements, warnings=doc.warnings + warnings)


def _warnings(statement: Statement, draft: AlternativeFacts) -> list[str]:
    return [f"requirements: {statement.clause_at(offset) or '?'}: {message}" for offset, message in draft.unread]


def _merge(entries: list[Entry], entry: Entry, statement: Statement) -> None:
    """Add an entry, or fill the gaps of an earlier one with the same title, route and option."""
    for other in entries:
        if (other.title, other.route, other.option) == (entry.title, entry.route, entry.option):
            _fill(other.draft, entry.draft)
            other.clauses += [c for c in statement.clauses if c not in other.clauses]
            return
    entry.clauses = list(statement.clauses)
    entries.append(entry)


def _merge_note(entries: list[Entry], statement: Statement, draft: AlternativeFacts) -> None:
    """A note belongs to the requirement just before it (same title), if it says anything; what it
    says that no rule reads stays with that requirement as unread."""
    previous = [e for e in entries if e.title == statement.title]
    if not draft.has_facts():
        if previous:
            previous[-1].draft.gaps += [g for g in draft.gaps if g not in previous[-1].draft.gaps]
        return
    if previous:
        _fill(previous[-1].draft, draft)
        previous[-1].clauses += [c for c in statement.clauses if c not in previous[-1].clauses]
    else:
        _merge(entries, Entry(statement.title, statement.route, statement.option, draft), statement)


def _fill(target: AlternativeFacts, source: AlternativeFacts) -> None:
    for name, value in vars(source).items():
        current = getattr(target, name)
        if isinstance(current, list):
            current += [v for v in value if v not in current]
        elif isinstance(current, dict):
            current.update({k: v for k, v in value.items() if k not in current})
        elif current is None:
            setattr(target, name, value)


_EXTRAS = ("conditions", "preferred", "gaps")


def _shared_by_alternatives(entries: list[Entry]) -> list[Entry]:
    """A requirement stated outside a title's alternatives (an "Education" paragraph before
    "Either I ... Or II") applies to each alternative of that title and route.

    Conditions of employment, preferences and unread sentences stay where they were, on an entry
    of their own: they hold whichever alternative a candidate qualifies by.
    """
    kept = []
    for entry in entries:
        alternatives = [e for e in entries if e.option is not None and (e.title, e.route) == (entry.title, entry.route)]
        if entry.option is not None or not alternatives:
            kept.append(entry)
            continue
        extras = {name: getattr(entry.draft, name) for name in _EXTRAS}
        facts = AlternativeFacts(**{k: v for k, v in vars(entry.draft).items() if k not in _EXTRAS})
        shared = facts.has_facts() or bool(facts.experience)
        only_extras = {p.clause for ps in extras.values() for p in ps} - {p.clause for p in facts.evidence}
        clauses = [c for c in entry.clauses if c not in only_extras] if shared else []
        for alternative in alternatives:
            _fill(alternative.draft, facts)
            alternative.clauses = list(dict.fromkeys(clauses + alternative.clauses))
        if any(extras.values()):
            rest = Entry(entry.title, entry.route, None, AlternativeFacts(**extras))
            rest.clauses = list(dict.fromkeys(p.clause for ps in extras.values() for p in ps if p.clause))
            kept.append(rest)
    return kept


def _experience_route(entries: list[Entry], title: str | None = None) -> str:
    """A substitution replaces experience: it belongs to the route that asks for it (the title's
    own route when the title has one, else the series' most common)."""
    for scoped in (title is not None, False):
        routes = Counter(
            e.route for e in entries if e.draft.experience_years is not None and (not scoped or e.title == title)
        )
        if routes:
            return routes.most_common(1)[0][0]
    return "other"


def _applies_to(statement: Statement, titles: list[str], own: set[str]) -> list[str | None]:
    """The titles a "Substitution:" paragraph applies to.

    The titles it names (not as a reference); else the title it is printed under when several
    titles print their own paragraph, or when it is not printed after the last title; else the
    whole series (one paragraph after the last level: "a degree in a field listed under <first
    title> may substitute ...").
    """
    if len(titles) <= 1:
        return [statement.title if statement.title else (titles[0] if titles else None)]
    text = " " + title_key(statement.text) + " "
    named: list[str | None] = []
    for title in titles:
        for key in title_keys(title):
            at = text.find(f" {key} ")
            if at >= 0 and not _REFERENCE_BEFORE.search(text[:at]):
                named.append(title)
                break
    if named:
        return named
    if statement.title is not None and (len(own) > 1 or statement.title != titles[-1]):
        return [statement.title]
    return [None]


def _keep_silent(entries: list[Entry], silent: list[tuple[Statement, Passage]]) -> None:
    """A statement nothing was read from stays with its title and route as an unread sentence, so
    a fact it may state is never reported as dropped; without such a requirement, it makes one."""
    for statement, passage in silent:
        same = [e for e in entries if (e.title, e.route) == (statement.title, statement.route)]
        same = same or [e for e in entries if e.title == statement.title]
        if same:
            if passage not in same[-1].draft.gaps:
                same[-1].draft.gaps.append(passage)
            continue
        entry = Entry(statement.title, statement.route, statement.option, AlternativeFacts(gaps=[passage]))
        entry.clauses = list(statement.clauses)
        entries.append(entry)


def _resolve_kinds(entries: list[Entry]) -> None:
    """ "the experience listed for <title>" / "as described above": the kind referred to."""
    for index, entry in enumerate(entries):
        kind = entry.draft.experience
        if not kind:
            continue
        named = _KIND_FOR.search(kind)
        if named:
            source = [e for e in entries if same_title(e.title, named.group(1)) and _plain(e.draft.experience)]
        elif _KIND_ABOVE.search(kind) and len(kind.split()) <= 8:
            source = [e for e in entries[:index] if e.title == entry.title and _plain(e.draft.experience)][-1:]
        else:
            continue
        if source:
            entry.draft.experience = source[0].draft.experience


def _plain(kind: str | None) -> bool:
    return bool(kind) and not _KIND_FOR.search(kind or "") and not _KIND_ABOVE.search(kind or "")


def _share_field_lists(entries: list[Entry]) -> None:
    """Degree fields of a substitution, recorded once where the series first lists them.

    A series that repeats the same list of degree fields under every title ("A bachelor's
    degree in Accounting, ... can substitute") states one list; earlier versions often say so
    outright ("a degree in a field listed under <first title>"). Keeping it on the first title
    only spares the reviewer the same field N times in the table and in the diff. Lists that
    differ from the first are kept where they are: that difference is news.
    """
    seen: list[tuple[str | None, str, frozenset[str]]] = []
    for entry in entries:
        listed = frozenset(f.casefold() for f in entry.draft.substitution_fields)
        if listed and any(t != entry.title and r == entry.route and f == listed for t, r, f in seen):
            entry.draft.substitution_fields = []
        elif listed:
            seen.append((entry.title, entry.route, listed))


def _prior_titles(names: Sequence[str], titles: Sequence[Title]) -> tuple[str, ...]:
    """Printed titles resolved to the document's own; "Counselor" and "School for the Deaf" that
    were split at the comma of "Counselor, School for the Deaf" are joined again."""
    known = {t.title for t in titles}
    out: list[str] = []
    for name in names:
        joined = canonical_title(titles, f"{out[-1]}, {name}") if out else ""
        if joined in known:
            out[-1] = joined
        else:
            out.append(canonical_title(titles, name))
    return tuple(dict.fromkeys(out))


def _number(value: float | None) -> float | None:
    return None if value is None else (int(value) if float(value).is_integer() else value)


def _substitutions(d: AlternativeFacts) -> tuple[tuple[Substitution, ...], list[Passage]]:
    """The draft's substitutions; "for the required experience" takes the route's years."""
    out: list[Substitution] = []
    gaps: list[Passage] = []
    for level, years in d.substitutions:
        whole = years is None
        if whole and d.experience_years is None:
            quoted = [p for p in d.evidence if p.kind == "substitutions"]
            gaps += [Passage("substitution", p.text, p.clause) for p in quoted[:1]]
            continue
        value = d.experience_years if whole else years
        out.append(Substitution(level, _number(value) or 0, d.named_degrees.get(level), whole))
    return tuple(out), gaps


def _requirement(entry: Entry, titles: Sequence[Title]) -> Requirement:
    d = entry.draft
    fields = list(d.fields) + [f for f in d.substitution_fields if f.casefold() not in {x.casefold() for x in d.fields}]
    substitutions, gaps = _substitutions(d)
    return Requirement(
        route=entry.route,
        title=entry.title,
        option=entry.option,
        experience_years=_number(d.experience_years),
        experience=d.experience,
        supervisory_years=_number(d.supervisory_years),
        managerial_years=_number(d.managerial_years),
        education=d.education,
        credit_hours=_number(d.credit_hours),
        credits=d.credits,
        institution=d.institution,
        fields=tuple(fields),
        license=d.license,
        service_years=_number(d.service_years),
        permanent=d.permanent,
        prior_titles=_prior_titles(d.prior_titles, titles),
        traineeship_years=_number(d.traineeship_years),
        equivalent_combination=d.equivalent_combination,
        substitutions=substitutions,
        clauses=tuple(entry.clauses),
        conditions=tuple(dict.fromkeys(d.conditions)),
        preferred=tuple(dict.fromkeys(d.preferred)),
        unread=tuple(dict.fromkeys([*d.gaps, *gaps])),
        evidence=tuple(dict.fromkeys(d.evidence)),
    )


__all__ = ["extract_requirements", "with_requirements"]
