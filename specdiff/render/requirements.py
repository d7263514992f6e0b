"""One document's minimum qualifications as a table: title x route x alternative, then what was not read.

The table is Markdown (pipes), so the same text reads in a terminal, pastes into a ticket and
renders on a forge. Each row says the facts in a reviewer's words ("6 years: professional
experience in ..."); the clause ids at the end of a row lead back to the text.
"""

from __future__ import annotations

from ..diff.requirements import LEVEL_NAMES as LEVELS
from ..diff.requirements import ROUTE_NAMES as ROUTES
from ..diff.requirements import amount as years
from ..model import Document, Requirement

HEADER = ("Title", "Route", "Alt.", "Experience", "Education", "Substitutions", "Other", "Clauses")


def to_requirements_table(doc: Document) -> str:
    """The requirements of ``doc`` as a Markdown table, and the requirement warnings under it."""
    lines = [f"# Minimum qualifications: {doc.source.path}", ""]
    if not doc.requirements:
        lines.append("No minimum-qualification requirements were read.")
    else:
        lines.append("| " + " | ".join(HEADER) + " |")
        lines.append("|" + "---|" * len(HEADER))
        lines += ["| " + " | ".join(_cell(c) for c in row(r)) + " |" for r in doc.requirements]
    unread = [w for w in doc.warnings if w.startswith("requirements:")]
    if unread:
        lines += ["", "## Not read", ""] + [f"- {w.removeprefix('requirements: ')}" for w in unread]
    return "\n".join(lines) + "\n"


def row(req: Requirement) -> tuple[str, ...]:
    """The cells of one requirement's row (unstated facts are left blank, never "no")."""
    experience = ""
    if req.experience_years is not None:
        experience = years(req.experience_years) + (f": {req.experience}" if req.experience else "")
    education = LEVELS.get(req.education or "", req.education or "")
    if req.fields:
        education = f"{education} in {', '.join(req.fields)}" if education else f"fields: {', '.join(req.fields)}"
    substitutions = "; ".join(f"{LEVELS.get(s.education, s.education)} for {years(s.years)}" for s in req.substitutions)
    return (
        req.title or "(all)",
        ROUTES.get(req.route, req.route),
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
        out.append(f"{years(req.supervisory_years)} supervisory")
    if req.managerial_years is not None:
        out.append(f"{years(req.managerial_years)} managerial")
    if req.service_years is not None:
        permanent = " permanent" if req.permanent else ""
        titles = f" as {' or '.join(req.prior_titles)}" if req.prior_titles else ""
        out.append(f"{years(req.service_years)}{permanent} service{titles}")
    elif req.prior_titles:
        out.append(f"as {' or '.join(req.prior_titles)}")
    if req.traineeship_years is not None:
        out.append(f"{years(req.traineeship_years)} traineeship")
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
