"""Who can now qualify: each candidate profile's standing under the old and the new requirements.

The question a classification analyst is asked is not "what did the text change" but "who gains,
who loses". The standing of a profile under one document's requirements is the model's answer
(:mod:`specdiff.model.eligibility`); here both versions are asked, title by title (old titles
renamed to the new ones they pair with) and route by route.
"""

from __future__ import annotations

from ..model import PROFILES, Document, Eligibility
from ..model.eligibility import groups, judged, standing, with_series


def eligibility(old: Document, new: Document, titles: dict[str | None, str | None]) -> list[Eligibility]:
    """One row per title x route x profile, for every route a profile can be judged on."""
    before = groups(with_series(old.requirements))
    after = groups(with_series(new.requirements))
    renamed = {(titles.get(t, t), r): reqs for (t, r), reqs in before.items()}
    rows: list[Eligibility] = []
    for key in dict.fromkeys([*after, *renamed]):
        a, b = renamed.get(key, []), after.get(key, [])
        if not (judged(a) or judged(b)):
            continue
        sources = tuple(("old", c) for r in a for c in r.clauses) + tuple(("new", c) for r in b for c in r.clauses)
        for profile in PROFILES:
            rows.append(Eligibility(key[0], key[1], profile, standing(a, profile), standing(b, profile), sources))
    return rows


__all__ = ["eligibility"]
