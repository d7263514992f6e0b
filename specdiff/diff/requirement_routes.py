"""A route (or a title's qualifications) printed in one version only: one change, with its facts.

Compared fact by fact against nothing, a new open-competitive route reads "experience none → 6
years", "education none → bachelor's degree": a reviewer takes that for a tighter requirement on
a route that existed, when the change in fact opens a way in (or closes one). So a title × route
that one side does not print at all is reported once, "route added: bachelor's degree; 6 years
of experience, 2 of them supervisory", quoting every sentence its facts were read from. A route
printed on both sides keeps its per-fact rows, and so does a route whose facts the other side
may state in a sentence no rule reads (those rows are gaps, "not read", not an addition).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..model import Requirement, RequirementChange
from ..model.vocabulary import amount, level_name, route_name


def route_change(
    reqs: Sequence[Requirement],
    side: int,
    facts: Sequence[RequirementChange],
    *,
    title_elsewhere: bool,
) -> RequirementChange:
    """One "route added" (``side`` 1) or "route removed" (``side`` 0) change for the alternatives
    ``reqs`` of one title × route, replacing the per-fact ``facts`` read from them.

    ``title_elsewhere``: the other version prints the title under another route, so it is the route
    that is new; otherwise the title's qualifications as a whole are."""
    ref = reqs[0]
    words = " — or — ".join(w for w in (describe(r) for r in reqs) if w)
    value: dict[str, Any] = {"kind": "route", "text": words or route_name(ref.route)}
    what = "route" if title_elsewhere or ref.title is None else "qualifications"
    verb = "added" if side == 1 else "removed"
    head = ", ".join([route_name(ref.route), *([ref.title] if ref.title else [])])
    evidence = tuple(dict.fromkeys(e for c in facts for e in (c.new_evidence if side == 1 else c.old_evidence)))
    return RequirementChange(
        ref.route,
        "route",
        None if side == 1 else value,
        value if side == 1 else None,
        f"{head}: {what} {verb} ({value['text']})",
        ref.title,
        None,
        old_evidence=() if side == 1 else evidence,
        new_evidence=evidence if side == 1 else (),
    )


def describe(req: Requirement) -> str:
    """One alternative's facts in words: "bachelor's degree in A or B; 6 years of experience (2
    supervisory)"."""
    parts: list[str] = []
    if req.education:
        fields = f" in {', '.join(req.fields)}" if req.fields else ""
        parts.append(f"{level_name(req.education)}{fields}")
    elif req.fields:
        parts.append(f"a degree in {', '.join(req.fields)}")
    if req.credits or req.credit_hours is not None:
        parts.append(req.credits or amount(req.credit_hours, "credits"))
    if req.experience_years is not None:
        kind = f" of {req.experience}" if req.experience else " of experience"
        inner = [
            f"{amount(getattr(req, name))} {label}"
            for name, label in (("supervisory_years", "supervisory"), ("managerial_years", "managerial"))
            if getattr(req, name) is not None
        ]
        parts.append(amount(req.experience_years) + kind + (f" ({', '.join(inner)})" if inner else ""))
    else:
        for name, label in (("supervisory_years", "supervisory"), ("managerial_years", "managerial")):
            if getattr(req, name) is not None:
                parts.append(f"{amount(getattr(req, name))} of {label} experience")
    if req.prior_titles or req.service_years is not None:
        service = f"{amount(req.service_years)} of " if req.service_years is not None else ""
        permanent = "permanent " if req.permanent else ""
        parts.append(f"{service}{permanent}service as {' or '.join(req.prior_titles) or 'a prior title'}")
    elif req.permanent:
        parts.append("permanent service")
    if req.traineeship_years is not None:
        parts.append(f"a {amount(req.traineeship_years)} traineeship")
    for s in req.substitutions:
        name = f"{s.degree} degree" if s.degree else level_name(s.education)
        years = "all the required experience" if s.whole else f"{amount(s.years)} of experience"
        parts.append(f"{name} may substitute for {years}")
    if req.equivalent_combination:
        parts.append("or an equivalent combination")
    return "; ".join(parts)


__all__ = ["describe", "route_change"]
