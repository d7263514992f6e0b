"""Requirement changes: what the minimum qualifications now say, one changed fact at a time.

The clause diff shows *that* a qualification sentence was rewritten; this says *what changed*
("Open competitive, Contract Management Specialist 1: experience 2 → 6 years"). Facts are
compared title by title (titles matched by key, so "CMS 1 (HBE)" and the full title agree),
route by route, alternative by alternative. Series-wide facts (title None) count for every
title of their route, so a substitution moved from a series paragraph into each title's own
text is not reported as a change. The kind of experience is prose: it is reported only when
the words change materially, since the clause diff already shows every reworded phrase. A
licence is not compared here: it is a condition of employment, compared with the others in
:mod:`.requirement_items`; the report (evidence, gaps, moves, order) is :mod:`.requirement_report`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Any

from ..model import Document, Requirement, RequirementChange, Substitution
from ..model.eligibility import groups
from ..model.identity import same_title, title_key
from ..model.vocabulary import QUANTITIES, amount, amounts, level_name, route_name

PROSE_SIMILARITY = 80  # rapidfuzz token_set_ratio at or above which two wordings name the same thing


def requirement_changes(old: Document, new: Document) -> tuple[RequirementChange, ...]:
    """Every changed qualification fact between two versions of a standard (see
    :func:`specdiff.diff.requirement_report.requirement_report` for the gaps and who qualifies)."""
    from .requirement_report import requirement_report

    return requirement_report(old, new).changes


def effective(reqs: Sequence[Requirement]) -> list[Requirement]:
    """Each titled requirement with the series-wide facts of its route folded in."""
    titled = [r for r in reqs if r.title is not None]
    series = [r for r in reqs if r.title is None]
    if not titled:
        return list(reqs)
    routes = {r.route for r in titled}
    out = []
    for req in titled:
        for general in series:
            if general.route == req.route:
                req = _fold(req, general)
        out.append(req)
    return out + [r for r in series if r.route not in routes]


def _fold(req: Requirement, general: Requirement) -> Requirement:
    updates: dict[str, Any] = {}
    folded: set[str] = set()
    for name in ("experience_years", "experience", "supervisory_years", "managerial_years", "education"):
        if getattr(req, name) is None and getattr(general, name) is not None:
            updates[name] = getattr(general, name)
            folded.add(name)
    updates["fields"] = req.fields + tuple(f for f in general.fields if f not in req.fields)
    if len(updates["fields"]) > len(req.fields):
        folded.add("fields")
    levels = {s.education for s in req.substitutions}
    updates["substitutions"] = req.substitutions + tuple(s for s in general.substitutions if s.education not in levels)
    if len(updates["substitutions"]) > len(req.substitutions):
        folded.add("substitutions")
    updates["evidence"] = req.evidence + tuple(p for p in general.evidence if p.kind in folded)
    updates["unread"] = req.unread + tuple(p for p in general.unread if p not in req.unread)
    return replace(req, **updates)


def pair_titles(old: Iterable[str | None], new: Iterable[str | None]) -> dict[str | None, str | None]:
    """Old title -> new title: same key first ("(HBE)" = "(Health Benefit Exchange)"), then close wording."""
    from rapidfuzz import fuzz

    new_titles = [t for t in dict.fromkeys(new) if t is not None]
    pairs: dict[str | None, str | None] = {None: None}
    free = list(new_titles)
    olds = [t for t in dict.fromkeys(old) if t is not None]
    for title in olds:
        match = next((t for t in free if same_title(title, t)), None)
        if match is not None:
            pairs[title] = match
            free.remove(match)
    # then the closest wording, best pairs first ("... (Construction)" and "... (Industrial)")
    scored = sorted(
        ((fuzz.ratio(title_key(a), title_key(b)), index, a, b) for index, a in enumerate(olds) for b in free),
        key=lambda item: (-item[0], item[1]),
    )
    for score, _, a, b in scored:
        if score >= 70 and a not in pairs and b in free:
            pairs[a] = b
            free.remove(b)
    # a series renamed throughout: what is left, in printed order, when as many remain on each side
    left = [t for t in olds if t not in pairs]
    if len(left) == len(free):
        pairs.update(zip(left, free, strict=True))
    return pairs


def pair_options(old: list[Requirement], new: list[Requirement]) -> list[tuple[Requirement | None, Requirement | None]]:
    """Alternatives by label ("B" with "B"), then in order; the rest were added or removed."""
    if len(old) == 1 and len(new) == 1:
        return [(old[0], new[0])]
    pairs: list[tuple[Requirement | None, Requirement | None]] = []
    rest_old = list(old)
    rest_new: list[Requirement] = []
    for req in new:
        match = next((o for o in rest_old if o.option == req.option), None)
        if match is not None:
            rest_old.remove(match)
            pairs.append((match, req))
        else:
            rest_new.append(req)
    for index, req in enumerate(rest_new):
        pairs.append((rest_old[index] if index < len(rest_old) else None, req))
    pairs += [(o, None) for o in rest_old[len(rest_new) :]]
    return pairs


def compare_requirements(
    old: Requirement | None, new: Requirement | None, *, renamed: Mapping[str | None, str | None] | None = None
) -> list[RequirementChange]:
    """The changed facts of one alternative (either side None: it was added or removed).

    ``renamed`` maps old titles to new ones: a prior title renamed along with the series
    ("... School for the Deaf" -> "... School for the Blind") still names the same class.
    """
    renames = renamed or {}

    def same_class(x: str, y: str) -> bool:
        return same_title(x, y) or same_title(renames.get(x) or x, y)

    ref = new or old
    assert ref is not None
    blank = Requirement(route=ref.route, title=ref.title, option=ref.option)
    a, b = old or blank, new or blank
    prefix = _prefix(ref)

    def change(name: str, before: Any, after: Any, text: str) -> RequirementChange:
        return RequirementChange(ref.route, name, before, after, f"{prefix}: {text}", ref.title, ref.option)

    out: list[RequirementChange] = []
    for name, label in QUANTITIES.items():
        x, y = getattr(a, name), getattr(b, name)
        if x != y:
            text = f"{label} {amounts(x, y, 'credits' if name == 'credit_hours' else None)}"
            qualifier = _years_qualifier(a if x is not None else None, b if y is not None else None)
            if name == "experience_years" and qualifier:
                text += f" {qualifier}"
            if name == "experience_years" and (x is None or y is None) and (a.experience or b.experience):
                text += f" ({_quote(a.experience if y is None else b.experience)})"
            made = change(name, x, y, text)
            out.append(replace(made, qualifier=qualifier) if name == "experience_years" and qualifier else made)
    if a.education != b.education:
        text, note = f"education {_level(a.education)} → {_level(b.education)}", None
        now = next((s for s in b.substitutions if s.education == a.education and not s.degree), None)
        if b.education is None and now is not None:  # not a lower bar for everyone: the degree now counts as years
            text = f"{_level(a.education)} no longer required: it now substitutes for {amount(now.years)} of experience"
        elif note := _education_note(a, b):
            text += f" ({note})"
        made = change("education", a.education, b.education, text)
        out.append(replace(made, qualifier=f"({note})") if note else made)
    for name, what in (("permanent", "permanent service"), ("equivalent_combination", "an equivalent combination")):
        x, y = getattr(a, name), getattr(b, name)
        if x != y:
            out.append(change(name, x, y, f"{what} {'now required' if y else 'no longer stated'}"))
    for name in ("experience",):  # a licence is compared with the conditions of employment
        x, y = getattr(a, name), getattr(b, name)
        if name == "experience" and (a.experience_years is None) != (b.experience_years is None):
            continue  # said with the years: "experience none → 2 years (“...”)"
        if not _same_prose(x, y):
            out.append(change(name, x, y, f"{name.replace('_', ' ')} {_quote(x)} → {_quote(y)}"))
    # printed details of a fact read the same on both sides: "24 semester or 36 → 32 quarter units",
    # a "recognized" college become "accredited"; only when both sides print them
    if (
        a.credits
        and b.credits
        and a.credit_hours == b.credit_hours
        and _FIGURES.findall(a.credits) != _FIGURES.findall(b.credits)
    ):
        out.append(change("credits", a.credits, b.credits, f"college credit {_quote(a.credits)} → {_quote(b.credits)}"))
    if a.institution and b.institution and _words(a.institution) != _words(b.institution):
        text = f"degree from {_quote(a.institution)} → {_quote(b.institution)}"
        out.append(change("institution", a.institution, b.institution, text))
    out += _keyed_changes(a.fields, b.fields, _words, lambda x, y: change("field", x, y, _added("field", x, y)))
    out += _list_changes(
        a.prior_titles, b.prior_titles, same_class, lambda x, y: change("prior_title", x, y, _added("title", x, y))
    )
    out += _substitution_changes(a.substitutions, b.substitutions, change)
    return out


def _keyed_changes(
    old: Sequence[str],
    new: Sequence[str],
    key: Callable[[str], str],
    make: Callable[[str | None, str | None], RequirementChange],
) -> list[RequirementChange]:
    """:func:`_list_changes` where "the same" is equal ``key``: sets of keys answer it (long
    degree-field lists were compared pair by pair)."""
    old_keys, new_keys = {key(x) for x in old}, {key(y) for y in new}
    removed = [make(x, None) for x in old if key(x) not in new_keys]
    return removed + [make(None, y) for y in new if key(y) not in old_keys]


def _list_changes(
    old: Sequence[str],
    new: Sequence[str],
    same: Callable[[str, str], bool],
    make: Callable[[str | None, str | None], RequirementChange],
) -> list[RequirementChange]:
    """Entries of ``old`` that nothing in ``new`` is the ``same`` as (removed), then the reverse
    (added)."""
    removed = [make(x, None) for x in old if not any(same(x, y) for y in new)]
    added = [make(None, y) for y in new if not any(same(x, y) for x in old)]
    return removed + added


def _substitution_changes(
    old: Sequence[Substitution], new: Sequence[Substitution], change: Callable[[str, Any, Any, str], RequirementChange]
) -> list[RequirementChange]:
    out = []
    before = {s.education: s for s in old}
    after = {s.education: s for s in new}
    for level in dict.fromkeys([*before, *after]):
        x, y = before.get(level), after.get(level)
        if x is not None and y is not None and (x.years, x.whole) == (y.years, y.whole):
            continue
        named = (y or x).degree if (y or x) else None  # type: ignore[union-attr]
        name = f"{named} degree" if named else _level(level)
        if y is None:
            text = f"{name} no longer substitutes for experience (was {_substitution_amount(x)})"
        elif x is None:
            text = f"{name} now substitutes for {_substitution_amount(y)}"
        else:
            text = f"{name} substitutes for {_substitution_amount(x)} → {_substitution_amount(y)}"
            if not x.whole and not y.whole:
                text = f"{name} substitutes for {amounts(x.years, y.years)} of experience"
        out.append(change("substitution", _substitution_value(x), _substitution_value(y), text))
    return out


def _relief(req: Requirement | None) -> tuple[Substitution, ...]:
    """The substitutions that lower ``req``'s years for a candidate without a degree. A route
    that requires a degree is left alone: its years are the degree holders', and the
    substitutions folded into it may be a series-wide paragraph that "who can now qualify"
    applies only to routes admitting without a degree; saying otherwise here would contradict
    that table."""
    if req is None or req.education not in (None, "high_school"):
        return ()
    return tuple(req.substitutions)


def _education_note(old: Requirement, new: Requirement) -> str | None:
    """What a degree does where the education requirement changed, when a degree stands in for
    experience on a side ("education high school → none (a bachelor's degree substitutes for all
    the experience)"): "→ none" alone reads as education no longer counting, where a degree is
    now a way in by itself."""
    before, after = _relief(old), _relief(new)
    now = _relief_words(after, "substitutes", whole="all the experience")
    was = _relief_words(before, "substituted", whole="all the experience")
    if after and _relief_words(before, "substitutes", whole="") != _relief_words(after, "substitutes", whole=""):
        return now
    if before and not after:
        return f"before, {was}"
    return None


def _relief_words(subs: Sequence[Substitution], verb: str, whole: str = "all of it") -> str:
    """ "a bachelor's degree substitutes for 4", "an associate degree substitutes for 1, a
    master's degree for 3", "a J.D. degree substitutes for all of it"."""
    parts = []
    for index, s in enumerate(subs):
        name = f"{s.degree} degree" if s.degree else _level(s.education)
        article = "" if name.startswith(("a ", "an ")) else "an " if name[:1].lower() in "aeiou" else "a "
        how_much = whole if s.whole else f"{s.years:g}"
        parts.append(f"{article}{name} {verb + ' ' if index == 0 else ''}for {how_much}")
    return ", ".join(parts)


def _years_qualifier(old: Requirement | None, new: Requirement | None) -> str | None:
    """Whom changed years of experience are for, when a degree stands in for part of them on
    either side: "without a degree (a bachelor's degree substitutes for 4)". "2 → 6 years" where
    a bachelor's degree now substitutes for 4 raised the bar only for those without it; said
    plainly, a reviewer reads it as a bar raised for everyone. ``old``/``new`` are the sides
    that state years (None otherwise)."""
    before, after = _relief(old), _relief(new)
    if not before and not after:
        return None
    if after and new is not None:
        now = _relief_words(after, "substitutes")
        if before and old is not None and _relief_words(before, "substitutes") != now:
            return f"without a degree ({now}; before: {_relief_words(before, 'substituted')})"
        return f"without a degree ({now})"
    assert old is not None
    return f"(the old years were without a degree: {_relief_words(before, 'substituted')})"


def _substitution_amount(s: Substitution | None) -> str:
    """ "4 years of experience", "all the required experience (1 year)"."""
    if s is None:
        return "none"
    return f"all the required experience ({amount(s.years)})" if s.whole else f"{amount(s.years)} of experience"


def _substitution_value(s: Substitution | None) -> dict[str, Any] | None:
    """The JSON value of a substitution in a change: level and years, and what else the text says."""
    if s is None:
        return None
    value: dict[str, Any] = {"education": s.education, "years": s.years}
    if s.degree:
        value["degree"] = s.degree
    if s.whole:
        value["whole"] = True
    return value


def _prefix(req: Requirement) -> str:
    parts = [route_name(req.route)]
    if req.title:
        parts.append(req.title)
    head = ", ".join(parts)
    return f"{head} (alternative {req.option})" if req.option else head


def _level(level: str | None) -> str:
    return level_name(level) if level else "none"


def _quote(text: str | None, limit: int = 80) -> str:
    if text is None:
        return "none"
    return f"“{text if len(text) <= limit else text[: limit - 1] + '…'}”"


def _added(what: str, old: str | None, new: str | None) -> str:
    what = {"field": "degree field", "title": "prior title"}[what]
    return f"{what} added: {new}" if old is None else f"{what} removed: {old}"


_NOT_ALNUM = re.compile(r"[^0-9a-z]+")
_FIGURES = re.compile(r"\d+(?:\.\d+)?")


@lru_cache(maxsize=1 << 14)
def _words(text: str) -> str:
    return " ".join(_NOT_ALNUM.sub(" ", text.casefold()).split())


def _same_prose(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return a is b
    from rapidfuzz import fuzz

    return bool(fuzz.token_set_ratio(_words(a), _words(b)) >= PROSE_SIMILARITY)


__all__ = [
    "compare_requirements",
    "effective",
    "groups",
    "pair_options",
    "pair_titles",
    "requirement_changes",
]
