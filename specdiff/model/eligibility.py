"""Who can qualify: the least experience a candidate needs under a document's requirements, by
highest education.

A fact of the requirements themselves, so it lives with them: the diff asks it of both versions
("who can now qualify": "experience 2 → 6 years, education bachelor's → not stated" becomes "no
degree: not eligible → 6 years; bachelor's: 2 → 2 years; master's: 2 → 1 year"), the document's
requirement table asks it of one. For each title and route, and each candidate profile (no
degree, associate, bachelor's, master's, doctorate; each holding the degrees below it, and a
degree in the fields the text lists), the least experience that qualifies, substitutions applied.

The rules, each one the plain reading of a qualification text:
- an alternative that requires a degree admits only profiles holding it (or, when it accepts "an
  equivalent combination", everyone, with the years left open);
- a substitution by a degree counts for a profile holding that degree, unless the alternative
  already requires that degree or a higher one (a degree cannot count twice);
- a series-wide substitution paragraph ("a bachelor's degree may substitute for four years")
  is for the routes that admit without a degree; a title's own substitution counts wherever it
  is printed;
- a substitution by one named degree (a J.D.) is not a level: no profile holds it;
- alternatives that ask for credits without a degree, or for service in a prior title, are not
  judged by education: they are left out, and a route with no other alternative gets no rows; a
  traineeship offered beside the years ("or completion of a two-year traineeship") is another
  way to the same years, not a bar.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from .document import Document
from .requirements import PROFILES, Requirement, Standing
from .vocabulary import LEVELS

Key = tuple[str | None, str]

_RANK = {"no_degree": 0} | {level: rank for rank, level in enumerate(LEVELS)}  # high school ranks as no degree


def groups(reqs: Iterable[Requirement]) -> dict[Key, list[Requirement]]:
    """Requirements by (title, route): the alternatives of one route of one title, in order."""
    out: dict[Key, list[Requirement]] = {}
    for req in reqs:
        out.setdefault((req.title, req.route), []).append(req)
    return out


def document_eligibility(doc: Document) -> list[tuple[str | None, str, tuple[Standing, ...]]]:
    """One document's answer: per title x route, each profile's standing (PROFILES order)."""
    return [
        (title, route, tuple(standing(reqs, p) for p in PROFILES))
        for (title, route), reqs in groups(with_series(doc.requirements)).items()
        if judged(reqs)
    ]


def standing(reqs: Sequence[Requirement], profile: str) -> Standing:
    """Whether ``profile`` qualifies by any of ``reqs`` (the alternatives of one route), and the
    least experience it needs; not stated when no alternative can be judged."""
    alternatives = judged(reqs)
    if not alternatives:
        return Standing(False, stated=False)
    best: Standing = Standing(False)
    for req in alternatives:
        one = _standing(req, profile)
        if not one.eligible:
            continue
        if not best.eligible or (
            one.experience_years is not None
            and (best.experience_years is None or one.experience_years < best.experience_years)
        ):
            best = one
    return best


def _standing(req: Requirement, profile: str) -> Standing:
    rank = _RANK[profile]
    required = _RANK.get(req.education or "", -1)
    if req.education and req.education != "high_school" and rank < required:
        return Standing(True, None) if req.equivalent_combination else Standing(False)
    years = float(req.experience_years or 0)
    relief = max(
        (s.years for s in req.substitutions if not s.degree and required < _RANK[s.education] <= rank),
        default=0.0,
    )
    needed = max(0.0, years - relief)
    return Standing(True, int(needed) if needed.is_integer() else needed)


def judged(reqs: Sequence[Requirement]) -> list[Requirement]:
    """The alternatives education and years decide: those that ask for experience or a degree,
    not for credits alone, a traineeship alone or service in a prior title."""
    return [
        r
        for r in reqs
        if (r.experience_years is not None or r.education not in (None, "high_school"))
        and not (r.credit_hours is not None and r.education is None)
        and not (r.service_years is not None and r.experience_years is None)
    ]


def with_series(reqs: Sequence[Requirement]) -> list[Requirement]:
    """Titled requirements with the series-wide facts of their route; a series-wide substitution
    only where the route admits without a degree."""
    titled = [r for r in reqs if r.title is not None]
    series = [r for r in reqs if r.title is None]
    if not titled:
        return list(reqs)
    out = []
    for req in titled:
        for general in (g for g in series if g.route == req.route):
            if req.experience_years is None and general.experience_years is not None:
                req = replace(req, experience_years=general.experience_years)
            if req.education is None and general.education is not None:
                req = replace(req, education=general.education)
            if req.education in (None, "high_school"):
                levels = {s.education for s in req.substitutions}
                extra = tuple(s for s in general.substitutions if s.education not in levels)
                req = replace(req, substitutions=req.substitutions + extra)
        out.append(req)
    routes = {r.route for r in titled}
    return out + [r for r in series if r.route not in routes]


__all__ = ["Key", "document_eligibility", "groups", "judged", "standing", "with_series"]
