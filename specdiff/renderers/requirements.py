"""One document's qualifications as tables: the minimums (title x route x alternative), who can
qualify, the conditions of employment, the preferred items, and what was not read.

The tables are Markdown (pipes), so the same text reads in a terminal, pastes into a ticket and
renders on a forge. Each row says the facts in a reviewer's words ("6 years: professional
experience in ..."); the clause ids at the end of a row lead back to the text. "Not read" lists
every sentence of the qualifications no rule could read, with its clause, so a gap is never
mistaken for a requirement that is not there.
"""

from __future__ import annotations

from collections.abc import Callable

from ..model import PROFILES, Document, Requirement
from ..model.eligibility import document_eligibility
from ..model.vocabulary import amount, condition_name, level_name, profile_name, route_name
from .eligibility import standing_words

HEADER = ("Title", "Route", "Alt.", "Experience", "Education", "Substitutions", "Other", "Clauses")


def to_requirements_table(doc: Document) -> str:
    """The requirements of ``doc`` as Markdown tables, and the requirement warnings under them."""
    lines = [f"# Minimum qualifications: {doc.source.path}", ""]
    facts = [r for r in doc.requirements if _has_facts(r)]
    if not facts:
        lines.append("No minimum-qualification requirements were read.")
    else:
        lines.append("| " + " | ".join(HEADER) + " |")
        lines.append("|" + "---|" * len(HEADER))
        lines += ["| " + " | ".join(_cell(c) for c in row(r)) + " |" for r in facts]
    lines += _who_qualifies(doc)
    lines += _passages(doc, "conditions", "Conditions of employment", condition_name)
    lines += _passages(doc, "preferred", "Preferred (not required)", lambda kind: "")
    unread = [(r, p) for r in doc.requirements for p in r.unread]
    warned = [w for w in doc.warnings if w.startswith("requirements:")]
    if unread or warned:
        lines += ["", "## Not read", ""]
        lines += [f"- {p.clause or '?'}: {p.kind.replace('_', ' ')}: {p.text}" for _, p in unread]
        said = {p.clause for _, p in unread}
        lines += [f"- {w.removeprefix('requirements: ')}" for w in warned if w.split(":")[1].strip() not in said]
    return "\n".join(lines) + "\n"


def _has_facts(req: Requirement) -> bool:
    return any(v not in (None, (), False) for v in row(req)[3:7])


def _who_qualifies(doc: Document) -> list[str]:
    rows = document_eligibility(doc)
    if not rows:
        return []
    head = ("Title", "Route", *(profile_name(p) for p in PROFILES))
    note = "Least experience by highest education (each holds the degrees before it)."
    lines = ["", "## Who can qualify", "", note, ""]
    lines += ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for title, route, standings in rows:
        cells = (title or "(all)", route_name(route), *(standing_words(s) for s in standings))
        lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    return lines


def _passages(doc: Document, name: str, heading: str, kind: Callable[[str], str]) -> list[str]:
    items = [(r, p) for r in doc.requirements for p in getattr(r, name)]
    if not items:
        return []
    lines = ["", f"## {heading}", "", "| Title | Kind | Text | Clause |", "|---|---|---|---|"]
    for req, passage in items:
        cells = (req.title or "(all)", kind(passage.kind), passage.text, passage.clause or "")
        lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    return lines


def row(req: Requirement) -> tuple[str, ...]:
    """The cells of one requirement's row (unstated facts are left blank, never "no")."""
    experience = ""
    if req.experience_years is not None:
        experience = amount(req.experience_years) + (f": {req.experience}" if req.experience else "")
    education = level_name(req.education) if req.education else ""
    if req.fields:  # the fields of the degree required or of one that substitutes: named, not attached
        fields = f"degree fields: {', '.join(req.fields)}"
        education = f"{education}; {fields}" if education else fields
    substitutions = "; ".join(
        f"{s.degree or level_name(s.education)} for "
        + (f"all the required experience ({amount(s.years)})" if s.whole else amount(s.years))
        for s in req.substitutions
    )
    return (
        req.title or "(all)",
        route_name(req.route),
        req.option or "",
        experience,
        education,
        substitutions,
        "; ".join(_other(req)),
        ", ".join(req.clauses),
    )


def _other(req: Requirement) -> list[str]:
    out = []
    if req.supervisory_years is not None:
        out.append(f"{amount(req.supervisory_years)} supervisory")
    if req.managerial_years is not None:
        out.append(f"{amount(req.managerial_years)} managerial")
    if req.service_years is not None:
        permanent = " permanent" if req.permanent else ""
        titles = f" as {' or '.join(req.prior_titles)}" if req.prior_titles else ""
        out.append(f"{amount(req.service_years)}{permanent} service{titles}")
    elif req.prior_titles:
        out.append(f"as {' or '.join(req.prior_titles)}")
    if req.traineeship_years is not None:
        out.append(f"{amount(req.traineeship_years)} traineeship")
    if req.credit_hours is not None:
        out.append(f"{req.credit_hours:g} credits")
    if req.license:
        out.append(f"license: {req.license}")
    if req.equivalent_combination:
        out.append("equivalent combination accepted")
    return out


def _cell(text: str) -> str:
    return " ".join(text.replace("|", "\\|").split())


__all__ = ["to_requirements_table"]
