"""The facts of one minimum-qualification alternative, read from its text.

A quantity means what its neighbours say: "two years *of professional experience*" is
experience, "one year *of permanent service as a* ..." is service in a prior title, "two years
*of the experience must have been at a supervisory level*" is supervisory experience,
"*completion of* two-year *traineeship*" a traineeship, and anything in a sentence that says
"substitute" is a substitution. Degree fields are the list printed after "degree in" / "major
in"; titles the capitalised list after "as a" (:mod:`title_names`). What fits no rule is
reported (with its offset) instead of guessed, so the caller can warn with the clause id.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from ..model import Passage
from ..phrases.quantities import Degree, Quantity, scan
from .requirement_conditions import condition_kind, is_answer, is_preference, is_question
from .requirement_items import LINE_LABEL, goes_on, pieces, quote
from .requirement_phrases import experience_kind, fields_after
from .requirement_sources import fact_parts, part_at, part_holding
from .title_names import mentioned_titles

_SEGMENT = re.compile(r"(?<=[.;?])(?<!\b[A-Z]\.)(?<!\be\.g\.)(?<!\bi\.e\.)\s+|(?<=[.;?][)\]])\s+|(?<=[.;?])$")
# "may substitute for the required experience": all of it, however many years that is
_WHOLE = re.compile(
    r"\s*(?:for\s+)?(?:all\s+(?:of\s+)?)?the\s+(?:required|described|stated|specified|above)\s+"
    r"(?:\w+\s+){0,2}?experience\b",
    re.I,
)
# "Graduation from an accredited four-year college or university": where the degree is from
_INSTITUTION = re.compile(r"\bfrom\s+(?:an?\s+|the\s+)?(.+)$", re.I)
_MUST = re.compile(r"\b(?:must|required|requires?)\b", re.I)
# a degree named rather than a level: a substitution by it is for holders of that degree only
_NAMED_DEGREE = re.compile(r"^(?:j\.?\s?d\.?|juris\b)", re.I)
# AlternativeFacts attribute -> the Requirement field a sentence is quoted for
_EVIDENCE_FIELDS = {
    "experience_years": "experience_years",
    "experience": "experience",
    "supervisory_years": "supervisory_years",
    "managerial_years": "managerial_years",
    "education": "education",
    "credit_hours": "credit_hours",
    "credits": "credits",
    "institution": "institution",
    "fields": "fields",
    "substitution_fields": "fields",
    "license": "license",
    "service_years": "service_years",
    "permanent": "permanent",
    "prior_titles": "prior_titles",
    "traineeship_years": "traineeship_years",
    "equivalent_combination": "equivalent_combination",
    "substitutions": "substitutions",
}
_INSTEAD = re.compile(r"^\W*(?:and\s*/\s*or|or)\b", re.I)  # an item offered instead of the one before it
_SUBSTITUTE = re.compile(r"\bsubstitut\w*|\bin\s+lieu\s+of\b", re.I)
_SERVICE = re.compile(r"^\s*(?:of\s+(?:(?!experience)[\w-]+\s+){0,4}?(?:service|status)\b|as\b)", re.I)
_TRAINEESHIP = re.compile(r"^\s*-?\s*(?:of\s+(?:a\s+|the\s+)?)?(?:[\w-]+\s+){0,2}?trainee(?:ship)?\b", re.I)
_COLLEGE_TIME = re.compile(
    r"^\s*(?:\([^)]*\)\s*)?(?:of\s+(?:college|university|education|study|course\s*work|academic)|"
    r"at\s+(?:an?\s+)?(?:[\w-]+\s+){0,8}?(?:college|university)|college\b|degree\b)",
    re.I,
)
_EXPERIENCE_NEAR = re.compile(r"\b(?:experience|performing|duties|working|work)\b", re.I)
_SUPERVISORY = re.compile(r"\bsupervis\w*", re.I)
_MANAGERIAL = re.compile(r"\b(?:manag\w*|administrative|executive|director|leadership)\b", re.I)
_MANAGERIAL_UNIT = re.compile(r"\b(?:level|capacity|position|role|experience)\b", re.I)
_EQUIVALENT_COMBINATION = re.compile(
    r"\bequivalent\s+combination\b|\bcombination\s+of\s+(?:education|training)\b", re.I
)
_BELOW = re.compile(r"\b(?:listed|described|specified|defined|set\s+forth)\s+below\b", re.I)
_EXPERIENCE_START = re.compile(r"^\W*(?:[\w-]+\s+){0,3}experience\b", re.I)
# "Possession of a valid, active license ...", "in possession of a recognized accounting designation"
_LICENSE = re.compile(
    r"\b(?:(?:possession\s+of|possess(?:es)?|holds?)\s+(?:an?\s+|the\s+)?(?:[\w,'’-]+\s+){0,6}?|"
    r"(?:an?\s+)?(?:valid|current)\b[^.;]*?)"
    r"\b(?:licen[cs]e|certificat(?:e|ion)|designation|registration)\b[^.;]*?(?=[.;]|,\s+and\s|\s+and\s+(?:an?|the|one|two|three|four|five|six|\d+)\s|$)",
    re.I,
)


@dataclass
class AlternativeFacts:
    """What has been read so far of one alternative (mutable while reading, then frozen)."""

    experience_years: float | None = None
    experience: str | None = None
    supervisory_years: float | None = None
    managerial_years: float | None = None
    education: str | None = None
    credit_hours: float | None = None
    credits: str | None = None
    institution: str | None = None
    fields: list[str] = field(default_factory=list)
    substitution_fields: list[str] = field(default_factory=list)
    license: str | None = None
    service_years: float | None = None
    permanent: bool | None = None
    prior_titles: list[str] = field(default_factory=list)
    traineeship_years: float | None = None
    equivalent_combination: bool | None = None
    # (level, years); years None: "may substitute for the required experience" (all of it)
    substitutions: list[tuple[str, float | None]] = field(default_factory=list)
    named_degrees: dict[str, str] = field(default_factory=dict)  # level -> degree as printed ("J.D.")
    unread: list[tuple[int, str]] = field(default_factory=list)  # (offset, what could not be read)
    conditions: list[Passage] = field(default_factory=list)
    preferred: list[Passage] = field(default_factory=list)
    gaps: list[Passage] = field(default_factory=list)  # sentences with a piece no rule could read
    evidence: list[Passage] = field(default_factory=list)  # the sentence each fact was read from

    def has_facts(self) -> bool:
        return any(
            v not in (None, [], {}, False)
            for k, v in vars(self).items()
            if k not in ("unread", "experience", "substitution_fields", "named_degrees", "gaps", "evidence")
        ) or bool(self.substitution_fields)


def segments(text: str) -> list[tuple[int, str]]:
    """Sentences and semicolon clauses, with their offsets: the unit a quantity is read in."""
    out: list[tuple[int, str]] = []
    start = 0
    labels = {m.end() for m in LINE_LABEL.finditer(text)}
    for match in _SEGMENT.finditer(text):
        if match.start() in labels:
            continue  # "a." opening a list item is its label, not a sentence
        if text[start : match.start()].strip():
            out.append((start, text[start : match.start()]))
        start = match.end()
    if text[start:].strip():
        out.append((start, text[start:]))
    return out


def read_alternative(
    text: str,
    *,
    last_substitution: float | None = None,
    locate: Callable[[int], str | None] | None = None,
    section: str = "minimum_qualifications",
) -> AlternativeFacts:
    """Read one alternative (one route, or one EITHER/OR option of it) into a AlternativeFacts.

    ``locate`` gives the clause id at an offset of ``text``, so that every fact, condition,
    preference and unread piece keeps the sentence it came from and its clause. ``section`` is
    the kind of the section the text sits in: under preferred qualifications every sentence is
    a preference (a "must" is a condition), under conditions of employment every one a condition.
    """
    draft = AlternativeFacts()
    last: list[Passage] | None = None  # the list (preferred or conditions) the previous sentence went to
    ended: str | None = None  # the clause the previous sentence ended in
    for offset, seg in pieces(text, locate, section, segments):
        where, previous = (locate(offset) if locate else None), ended
        ended = locate(offset + len(seg.rstrip()) - 1) if locate else None
        sentence = " ".join(seg.split())
        if is_question(seg) or is_answer(seg):
            continue  # an application's question or its answer options, never a requirement
        condition = condition_kind(seg, section=section)
        if section == "preferred_qualifications" and not _MUST.search(seg):
            condition = None  # "a valid CPA certificate" under a preferred heading is preferred
        if last and goes_on(last[-1], where, previous, seg, section, condition):
            last[-1] = Passage(last[-1].kind, f"{last[-1].text} {sentence}", last[-1].clause)
            continue
        sentence = quote(sentence)  # "3. A valid ...": its label is no word of it
        last = None
        if _continues(draft, where, condition, seg, section):
            last = draft.conditions
            continue
        if section == "notes":  # a note's conditions and preferences only: its numbers are procedure
            if condition:
                draft.conditions.append(Passage(condition, sentence, where))
                last = draft.conditions
            elif is_preference(seg):
                draft.preferred.append(Passage("preferred", sentence, where))
                last = draft.preferred
            continue
        if section == "conditions_of_employment" or (condition and section == "preferred_qualifications"):
            draft.conditions.append(Passage(condition or "other", sentence, where))
            last = draft.conditions
            continue
        if section == "preferred_qualifications" or is_preference(seg):
            draft.preferred.append(Passage("preferred", sentence, where))
            last = draft.preferred
            continue
        before = _facts_of(draft)
        unread = len(draft.unread)
        parts = fact_parts(seg, offset, locate)
        alone = copy.deepcopy(draft) if len(parts) > 1 else draft
        read_alone = last_substitution
        last_substitution = _read_segment(draft, offset, seg, last_substitution)
        if condition:
            draft.conditions.append(Passage(condition, sentence, where))
            if _facts_of(draft) == before:  # "within 12 months of hire": the condition's, not a fact to read
                del draft.unread[unread:]
        after = _facts_of(draft)
        if len(draft.unread) > unread:
            kind = draft.unread[-1][1].split(" not read")[0].split(":")[0]
            at, part = part_at(parts, draft.unread[-1][0])
            draft.gaps.append(Passage(kind.replace(" ", "_"), quote(part), locate(at) if locate else where))
        elif after == before and not condition:
            draft.gaps += _unread_lines(seg, offset, locate)  # says something no rule reads
        for name, value in after.items():
            if value != before[name]:
                reads = partial(_reads, alone, read_alone, name)
                held = part_holding(parts, reads) if len(parts) > 1 else None
                quoted, at = (quote(held[1]), held[0]) if held else (sentence, offset)
                evidence = Passage(_EVIDENCE_FIELDS[name], quoted, locate(at) if held and locate else where)
                if evidence not in draft.evidence:
                    draft.evidence.append(evidence)
    if draft.experience and _BELOW.search(draft.experience):
        draft.experience = _kind_below(text, draft.experience) or draft.experience
    return draft


def _reads(draft: AlternativeFacts, last_substitution: float | None, name: str, offset: int, part: str) -> bool:
    """Whether ``part`` read alone after ``draft`` gives fact ``name``: the words it was read from."""
    trial = copy.deepcopy(draft)
    _read_segment(trial, offset, part, last_substitution)
    return bool(_facts_of(trial)[name] != _facts_of(draft)[name])


def _unread_lines(seg: str, offset: int, locate: Callable[[int], str | None] | None) -> list[Passage]:
    """An unread sentence as the reviewer sees it: one passage per clause it runs over (list items
    printed without a full stop run together into one sentence), each of four words or more."""
    out = []
    start = 0
    for line in seg.split("\n"):
        text = " ".join(line.split())
        at = offset + start + (len(line) - len(line.lstrip()))
        start += len(line) + 1
        if len(text.split()) >= 4 and not is_answer(text) and not is_question(text):
            out.append(Passage("sentence", text, locate(at) if locate else None))
    return out


def _continues(draft: AlternativeFacts, where: str | None, condition: str | None, seg: str, section: str) -> bool:
    """A sentence that goes on with the condition printed just before it in the same clause ("Applicants
    ... must pass a drug screening test. Testing of current employees ... is permitted ...") is part
    of that condition, unless it states a condition of another kind or facts of its own."""
    last = draft.conditions[-1] if draft.conditions else None
    if last is None or last.clause != where or where is None or condition not in (None, "other", last.kind):
        return False
    if condition is None and section not in ("conditions_of_employment", "preferred_qualifications"):
        # under the minimums only a sentence that goes on about the same thing ("Tasks require ...
        # Tasks may involve ..."; "This ...") and states nothing of its own
        first = (re.findall(r"[A-Za-z]+", seg) or [""])[0].casefold()
        same = first in {"this", "these", "such", "it", "they"} or first in last.text.casefold().split()
        if not same or is_preference(seg) or any(scan(seg)):
            return False
    draft.conditions[-1] = Passage(last.kind, f"{last.text} {' '.join(seg.split())}", where)
    return True


def _read_segment(draft: AlternativeFacts, offset: int, seg: str, last_substitution: float | None) -> float | None:
    quantities, degrees = scan(seg)
    if _SUBSTITUTE.search(seg):
        return _read_substitution(draft, offset, seg, quantities, degrees, last_substitution)
    if _INSTEAD.match(seg) and degrees and not quantities and draft.experience_years is not None:
        # "At least 5 years of relevant experience; and/or A bachelor's degree in ...": the degree
        # alone qualifies too, so it stands for all the experience; it is not required
        for degree in degrees:
            draft.substitutions.append((degree.level, None))
            draft.substitution_fields += [
                n for n in fields_after(seg, degree.end) if n not in draft.substitution_fields
            ]
        return last_substitution
    _read_education(draft, seg, degrees)
    if _EQUIVALENT_COMBINATION.search(seg):
        draft.equivalent_combination = True
    licence = _LICENSE.search(seg)
    if licence and draft.license is None:
        draft.license = " ".join(licence.group(0).split())
    for index, quantity in enumerate(quantities):
        following = quantities[index + 1].start if index + 1 < len(quantities) else len(seg)
        _read_quantity(draft, offset, seg, quantity, following)
    if any(q.unit == "year" for q in quantities):
        _read_titles(draft, seg, licence.span() if licence else (0, 0))
    return last_substitution


def _facts_of(draft: AlternativeFacts) -> dict[str, Any]:
    """The fact attributes of a draft (copies of the lists), to see what one sentence added."""
    out: dict[str, Any] = {}
    for name in _EVIDENCE_FIELDS:
        value = getattr(draft, name)
        out[name] = list(value) if isinstance(value, list) else value
    return out


def _kind_below(text: str, reference: str) -> str | None:
    """ "six years of experience as listed below": the kind is the paragraph that follows."""
    parts = segments(text[text.find(reference) + len(reference) :])
    for index, (_, seg) in enumerate(parts):
        if _EXPERIENCE_START.match(seg) and not any(q.unit == "year" for q in scan(seg)[0]):
            kind = [seg]
            kind += [s for _, s in parts[index + 1 :] if re.match(r"^\W*or\b", s, re.I)]
            return " ".join(" ".join(kind).replace("*", "").split()).rstrip(".;")
    return None


def _read_education(draft: AlternativeFacts, seg: str, degrees: list[Degree]) -> None:
    for degree in degrees:
        if re.search(r"\b(?:above|beyond|past)\s+(?:the\s+)?$", seg[: degree.start]):
            continue  # "education above the twelfth grade" is college, not a high-school diploma
        if draft.education is None:
            draft.education = degree.level
        where = _INSTITUTION.search(degree.text)
        if where and draft.institution is None:
            draft.institution = " ".join(where.group(1).split())
        for name in fields_after(seg, degree.end):
            if name.lower() not in (n.lower() for n in draft.fields):
                draft.fields.append(name)


def _read_quantity(draft: AlternativeFacts, offset: int, seg: str, q: Quantity, following: int) -> None:
    after = seg[q.end : following]
    rest = seg[q.end :]
    before = seg[: q.start]
    if q.unit == "credit":
        if draft.credit_hours is None:
            draft.credit_hours = q.value
            draft.credits = " ".join(q.text.split())
        return
    if _TRAINEESHIP.match(after) or re.search(r"trainee(?:ship)?\s+(?:of|for)\s*$", before, re.I):
        draft.traineeship_years = draft.traineeship_years or q.value
        return
    if _SERVICE.match(after):
        draft.service_years = draft.service_years or q.value
        if re.search(r"\bpermanent\b", after[:60], re.I):
            draft.permanent = True
        return
    if _COLLEGE_TIME.match(rest):
        if not re.search(r"credit|units|hours", rest[:40], re.I):
            draft.unread.append((offset + q.start, f"years of education without credits: {q.text!r}"))
        return
    if draft.experience_years is not None and _SUPERVISORY.search(rest):
        draft.supervisory_years = draft.supervisory_years or q.value
        return
    near = rest[:90]  # "five years of management experience", "five years in a director-level position"
    if draft.experience_years is not None and _MANAGERIAL.search(near) and _MANAGERIAL_UNIT.search(near):
        draft.managerial_years = draft.managerial_years or q.value
        return
    if draft.experience_years is None and _EXPERIENCE_NEAR.search(" ".join(after.split()[:12])):
        draft.experience_years = q.value
        draft.experience = experience_kind(rest)
        return
    draft.unread.append((offset + q.start, f"quantity not read: {seg[q.start : q.end + 60].strip()!r}"))


def _read_substitution(
    draft: AlternativeFacts,
    offset: int,
    seg: str,
    quantities: list[Quantity],
    degrees: list[Degree],
    last: float | None,
) -> float | None:
    """ "A bachelor's degree ... may substitute for four years": Substitution(bachelor, 4); "... for
    the required experience": the whole of it (years None, resolved against the route's years)."""
    verb = _SUBSTITUTE.search(seg)
    assert verb is not None
    before = [
        d
        for d in degrees
        if d.end <= verb.start() and not re.search(r"\b(?:above|beyond|past)\s+(?:the\s+)?$", seg[: d.start])
    ]
    years = [q for q in quantities if q.start >= verb.end() and q.unit == "year"]
    target = seg[verb.end() : verb.end() + 80]
    whole = not years and _WHOLE.match(target) is not None
    if not before or not (years or whole) or re.match(r"\s*for\s+(?:the\s+)?(?:required\s+)?education", target, re.I):
        draft.unread.append((offset, f"substitution not read: {' '.join(seg.split())[:100]!r}"))
        return last
    value: float | None = None
    if years:
        value = years[0].value + (last or 0.0) if years[0].additional else years[0].value
    for degree in before:
        if all(level != degree.level for level, _ in draft.substitutions):
            draft.substitutions.append((degree.level, value))
            if _NAMED_DEGREE.match(degree.text):
                draft.named_degrees[degree.level] = degree.text
        for name in fields_after(seg, degree.end):
            if name.lower() not in (n.lower() for n in draft.substitution_fields):
                draft.substitution_fields.append(name)
    return value if value is not None else last


def _read_titles(draft: AlternativeFacts, seg: str, licence: tuple[int, int]) -> None:
    for start, _, name in mentioned_titles(seg):
        if name not in draft.prior_titles and not licence[0] <= start < licence[1]:
            draft.prior_titles.append(name)


__all__ = ["AlternativeFacts", "experience_kind", "fields_after", "read_alternative", "segments"]
