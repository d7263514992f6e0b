"""Substantive or editorial: a change is editorial only when named rules explain every difference.

The rules are the normalisation steps of :mod:`specdiff.diff.normalize` (whitespace, bullet
glyphs, footnote markers, abbreviations, apostrophes, quote style, number form, punctuation,
case, accents) and the token rules applied to whatever those steps leave: an added or dropped
article, a number written in words or figures ("six" / "6"), an inflection of the same lemma,
a verb agreeing with a subject that changed number
("is" -> "are"), a spelling correction (a non-word to a close real word, see lexicon.py), and a
compound written with or without its hyphen. A difference no rule names
makes the change substantive, and its words are quoted in the reasons; when in doubt,
substantive, because hiding a real change is the worst thing this tool can do.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from rapidfuzz.distance import Indel

from .glossary import Glossary
from .lemma import derived, same_lemma
from .lexicon import spelling_fix
from .normalize import STEPS, collapse, comparison_form, number_value
from .sequence import runs
from .stock import CATCH_ALL, catch_all
from .surface import settle

ARTICLES = frozenset({"a", "an", "the"})
# A verb that agrees with a subject that changed number: the subject's own change is judged on
# its own ("the applicant is" -> "applicants are" is an inflection and an agreement).
AGREEMENT = frozenset(
    frozenset(pair) for pair in (("is", "are"), ("was", "were"), ("has", "have"), ("does", "do"), ("this", "these"))
)


def _run_value(tokens: Sequence[str]) -> int | None:
    """The value of a run of tokens that writes one whole number ("twenty four", "24")."""
    values = [number_value(t) for t in tokens]
    if not values or any(v is None for v in values) or (len(values) > 1 and not all(t.isalpha() for t in tokens)):
        return None
    return sum(v for v in values if v is not None)


def _word_rule(a: str, b: str) -> str | None:
    """The rule that explains one word replaced by another, or None."""
    if same_lemma(a, b):
        return "inflection"
    if derived(a, b):
        return DERIVATION
    if frozenset((a, b)) in AGREEMENT:
        return "agreement"
    if number_value(a) is not None and number_value(a) == number_value(b):
        return "number form"
    if spelling_fix(a, b):
        return "spelling"
    return None


@dataclass(frozen=True, slots=True)
class Verdict:
    """Whether a text change is editorial, and the named rules (or quoted words) that say so."""

    editorial: bool
    reasons: tuple[str, ...]


def _distance(a: str, b: str) -> int:
    """Characters inserted or deleted to turn one into the other (rapidfuzz, C++): a step that
    removes only what both versions share leaves it unchanged, one that removes a difference
    lowers it."""
    return 0 if a == b else int(Indel.distance(a, b))


def explain_hunk(old: Sequence[str], new: Sequence[str]) -> tuple[str, ...] | None:
    """The token rules that explain one differing run of comparison tokens, or None."""
    if old and new and "".join(old) == "".join(new):
        return ("hyphenation or spacing",)  # "on-going"/"ongoing", a PDF's "th e"/"the"
    reasons: list[str] = []
    a = [t for t in old if t not in ARTICLES]
    b = [t for t in new if t not in ARTICLES]
    if len(a) != len(old) and len(b) != len(new):
        return None  # "a" became "the": an article swapped, not added or dropped
    if len(a) != len(old) or len(b) != len(new):
        reasons.append("article")
    if a == b:
        return tuple(reasons)
    if a and b and _run_value(a) is not None and _run_value(a) == _run_value(b):
        return (*reasons, "number form")  # "twenty four" / "24"
    if a and b and "".join(a) == "".join(b):
        return (*reasons, "hyphenation or spacing")
    if len(a) != len(b):  # "testing of" -> "tests": the noun's preposition goes with it
        a, b = [t for t in a if t not in NOUN_LINKS], [t for t in b if t not in NOUN_LINKS]
        if len(a) != len(b) or not a:
            return None
        named = [_word_rule(x, y) for x, y in zip(a, b, strict=True)]
        if all(n in ("inflection", DERIVATION) for n in named):
            return (*reasons, DERIVATION)
        return None
    named = [_word_rule(x, y) for x, y in zip(a, b, strict=True)]
    if all(named):
        return (*reasons, *dict.fromkeys(n for n in named if n))
    return None


def _quote(words: Sequence[str]) -> str:
    text = " ".join(words)
    return f'"{text[:60]}…"' if len(text) > 60 else f'"{text}"'


def describe_hunk(old: Sequence[str], new: Sequence[str]) -> str:
    if not old:
        return f"words added: {_quote(new)}"
    if not new:
        return f"words removed: {_quote(old)}"
    return f"words changed: {_quote(old)} -> {_quote(new)}"


DERIVATION = "noun and verb"
# Prepositions a noun takes and its verb does not ("testing of software" / "tests software").
NOUN_LINKS = frozenset({"of", "to"})
REPEAT = 2  # least words of a run printed twice in a row whose second copy may come or go


def repeated(tokens: Sequence[str], start: int, end: int) -> bool:
    """Is ``tokens[start:end]`` a second copy of the run right before or right after it, in
    any order (a sentence the document printed twice; "80120, CO" printed as "80120, CO, CO,
    80120")? A single word is never a copy: "may not ... may not" losing one "not" is not."""
    size = end - start
    if size < REPEAT:
        return False
    run = Counter(tokens[start:end])
    before = Counter(tokens[start - size : start]) if start >= size else Counter()
    return before == run or Counter(tokens[end : end + size]) == run


# A label that gives a requirement its status is never mere layout ("PREFERRED: ...").
STATUS_WORDS = frozenset(
    ["required", "requires", "preferred", "desirable", "desired", "optional", "essential", "mandatory", "must", "not"]
)
STATUS = STATUS_WORDS - {"must", "not", "requires"}  # statuses a heading can give its clauses
FILLER = frozenset(["is", "are", "be", "a", "an", "the", "of", "and", "or", "in", "for"])
_RUN_IN = re.compile(r"\s*([A-Z][A-Za-z/&' -]{0,40}?)\s*:\s+\S")
Context = tuple[AbstractSet[str], AbstractSet[str]]  # per side: words of the headings it reads under
NO_CONTEXT: Context = (frozenset(), frozenset())


def run_in_label(text: str, glossary: Glossary) -> tuple[str, ...]:
    """The comparison tokens of a run-in heading opening ``text`` ("EXPERIENCE: Please ..."):
    one to three capitalised words and a colon, and no status word; () when there is none."""
    match = _RUN_IN.match(text)
    if not match:
        return ()
    words = match.group(1).split()
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return ()
    tokens = tuple(comparison_form(match.group(1), glossary).split())
    return () if STATUS_WORDS & set(tokens) else tokens


def _restates(tokens: Sequence[str], heading: AbstractSet[str]) -> bool:
    """Do the words added (or dropped) only give the status a heading gave ("... policy-making
    body is preferred", moved out from under "Preferred Qualifications")?"""
    words = [t for t in tokens if t not in FILLER]
    return bool(words) and all(t in heading and t in STATUS for t in words)


def token_verdict(
    old: Sequence[str],
    new: Sequence[str],
    labels: tuple[Sequence[str], Sequence[str]] = ((), ()),
    context: Context = NO_CONTEXT,
) -> Verdict:
    """Judge two comparison-token sequences by the token rules alone. ``labels`` are each side's
    run-in heading tokens (see run_in_label): one added or dropped in front is layout.
    ``context`` holds the words of the headings each side reads under: a clause that left a
    heading saying "preferred" may say "is preferred" itself, and one that came under such a
    heading may drop it; the status moved between heading and text, nothing changed. Only a
    status word (see STATUS_WORDS) one heading says and the other does not counts: dropping
    "Open" from "Open Competitive" is a change wherever it stands."""
    editorial: list[str] = []
    substantive: list[str] = []
    links: list[str] = []  # "of"/"to" added or dropped: editorial only beside a noun turned verb
    for tag, i1, i2, j1, j2 in runs(old, new):
        if tag == "equal":
            continue
        a, b = old[i1:i2], new[j1:j2]
        if (tag == "delete" and repeated(old, i1, i2)) or (tag == "insert" and repeated(new, j1, j2)):
            editorial.append("printed twice")
            continue
        if (tag == "insert" and j1 == 0 and tuple(b) == tuple(labels[1])) or (
            tag == "delete" and i1 == 0 and tuple(a) == tuple(labels[0])
        ):
            editorial.append("run-in heading")
            continue
        lost, gained = context[0] - context[1], context[1] - context[0]  # what only one heading says
        if (tag == "insert" and _restates(b, lost)) or (tag == "delete" and _restates(a, gained)):
            editorial.append("restates its heading")
            continue
        named = explain_hunk(a, b)
        if named is None and not (a and b) and set(a or b) <= NOUN_LINKS:
            links.append(describe_hunk(a, b))
        elif named is None:
            substantive.append(describe_hunk(a, b))
        else:
            editorial.extend(named)
    if DERIVATION not in editorial:
        substantive += links
    if substantive:
        return Verdict(False, tuple(substantive[:4]) + (("…",) if len(substantive) > 4 else ()))
    return Verdict(True, tuple(dict.fromkeys(editorial)))


def judge_text(
    old: str, new: str, glossary: Glossary, forms: tuple[str, str] | None = None, context: Context = NO_CONTEXT
) -> Verdict:
    """Editorial when the normalisation steps and token rules explain every difference.

    The reasons of an editorial change are the steps that brought the two versions closer
    (measured in differing surface tokens), then the token rules that closed the rest.
    ``forms`` are the comparison forms when the caller already has them; ``context`` the words
    of the headings each side reads under (see token_verdict). What the printed surface explains
    (a link annotation, an address detail: see surface.py) is taken out first."""
    if old == new:
        return Verdict(True, ())
    if catch_all(old) and catch_all(new):
        return Verdict(True, (CATCH_ALL,))
    old, new, surface = settle(old, new)
    if surface:
        forms = None
        if old == new:
            return Verdict(True, surface)
    a_form, b_form = forms or (comparison_form(old, glossary), comparison_form(new, glossary))
    labels = (run_in_label(old, glossary), run_in_label(new, glossary))
    verdict = token_verdict(a_form.split(), b_form.split(), labels, context)
    if not verdict.editorial:
        return verdict
    reasons: list[str] = []
    a, b = old, new
    if (collapse(a) != a or collapse(b) != b) and re.findall(r"\s+", a) != re.findall(r"\s+", b):
        reasons.append("whitespace")
    distance = _distance(a, b)
    for name, step in STEPS:
        if not distance:
            break  # the steps are functions of the text: equal texts stay equal, nothing closes
        a, b = step(a, glossary), step(b, glossary)
        before, distance = distance, _distance(a, b)
        if distance < before:
            reasons.append(name)
    return Verdict(True, tuple(dict.fromkeys((*surface, *reasons, *verdict.reasons))))
