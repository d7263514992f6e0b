"""Hand-made documents and diffs for the check tests: a clean two-level standard, and ways to
break it one fact at a time, so each check is shown to fire on exactly what it is about."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from specdiff.checks import CheckContext, load_policy, run_checks
from specdiff.checks.catalog import CHECKS
from specdiff.checks.findings import CheckReport, Finding
from specdiff.model import (
    Change,
    Clause,
    ClauseRef,
    Diff,
    Document,
    DocumentRef,
    RequirementChange,
    Section,
    Source,
    Span,
    Title,
)

TODAY = date(2025, 1, 15)
TITLES = (
    Title("t1", "Records Analyst 1 (Archives)", "1234100", "14", ("RA 1 (Archives)",)),
    Title("t2", "Records Analyst 2 (Archives)", "1234200", "18", ("RA 2 (Archives)",)),
)


def source(path: str = "standards/records-analyst.txt", sha: str = "a") -> Source:
    return Source(path, sha * 64, "text/plain")


def clause(cid: str, text: str, line: int, page: int | None = None) -> Clause:
    return Clause(cid, text, Span(line, line + 1, page))


def section(sid: str, kind: str, heading: str, texts: list[str], *, line: int, title: str | None = None) -> Section:
    clauses = tuple(clause(f"{sid}.{i + 1}", t, line + 2 + 3 * i) for i, t in enumerate(texts))
    return Section(sid, kind, heading, clauses, title, Span(line, line))


def clean_document(**changes: object) -> Document:
    """A complete standard in the NYS form: nothing in it should trip any document check."""
    sections = (
        section(
            "s1",
            "description",
            "Brief Description of Class Series",
            [
                "Records Analysts manage the retention schedules of the agency's records.",
            ],
            line=10,
        ),
        section(
            "s2",
            "distinguishing_characteristics",
            "Distinguishing Characteristics",
            [
                "Records Analyst 1 (Archives): full performance level.",
                "Records Analyst 2 (Archives): supervisory level; supervises an RA 1 (Archives).",
            ],
            line=20,
        ),
        section(
            "s3",
            "duties",
            "Records Analyst 1 (Archives)",
            [
                "Reviews retention schedules submitted by program offices.",
                "Prepares the director's monthly summary of transfers.",
            ],
            line=30,
            title="t1",
        ),
        section(
            "s4",
            "duties",
            "Records Analyst 2 (Archives)",
            [
                "Supervises a team of Records Analyst 1 (Archives) staff.",
            ],
            line=40,
            title="t2",
        ),
        section(
            "s5",
            "minimum_qualifications",
            "Records Analyst 1 (Archives)",
            [
                "Open Competitive: a bachelor's degree and two years of records management experience.",
            ],
            line=50,
            title="t1",
        ),
        section(
            "s6",
            "minimum_qualifications",
            "Records Analyst 2 (Archives)",
            [
                "Promotion: one year of permanent service as a Records Analyst 1 (Archives).",
            ],
            line=60,
            title="t2",
        ),
    )
    doc = Document(
        source=source(),
        format="nys-classification-standard",
        titles=TITLES,
        sections=sections,
        status="final",
        date="3/2024",
        format_confidence=0.9,
    )
    return replace(doc, **changes)  # type: ignore[arg-type]


def with_clause_text(doc: Document, section_id: str, index: int, text: str) -> Document:
    """``doc`` with one clause's text replaced (to plant a damaged word)."""
    sections = []
    for s in doc.sections:
        if s.id == section_id:
            clauses = list(s.clauses)
            clauses[index] = replace(clauses[index], text=text)
            s = replace(s, clauses=tuple(clauses))
        sections.append(s)
    return replace(doc, sections=tuple(sections))


def ref(c: Clause, s: Section) -> ClauseRef:
    return ClauseRef(c.id, c.text, s.kind, s.title, c.span)


def diff_of(old: Document, new: Document, changes: tuple[Change, ...] = (), **extra: object) -> Diff:
    return Diff(DocumentRef.of(old), DocumentRef.of(new), changes, **extra)  # type: ignore[arg-type]


def modified(old: Document, new: Document, section_id: str, index: int, *, substantive: bool = True) -> Change:
    so = next(s for s in old.sections if s.id == section_id)
    sn = next(s for s in new.sections if s.id == section_id)
    return Change(
        sn.clauses[index].id,
        "modified",
        substantive,
        sn.kind,
        sn.title,
        (ref(so.clauses[index], so),),
        (ref(sn.clauses[index], sn),),
        ("numbers changed",) if substantive else ("case only",),
        0.8,
    )


def requirement_change(title: str | None = "t1") -> RequirementChange:
    return RequirementChange(
        route="open_competitive",
        field="experience_years",
        old=2,
        new=6,
        summary="Open competitive, level 1: experience 2 → 6 years",
        title=title,
    )


def run(
    new: Document,
    *,
    old: Document | None = None,
    diff: Diff | None = None,
    policy_path: str | None = None,
    references: tuple[Document, ...] = (),
) -> CheckReport:
    policy = load_policy(policy_path)
    if old is not None and diff is None:
        diff = diff_of(old, new)
    ctx = CheckContext(new, policy, old, diff, references)
    return run_checks(ctx, today=TODAY)


def findings(report: CheckReport, check: str) -> list[Finding]:
    assert check in CHECKS, check
    return [f for f in report.findings if f.check == check]


__all__ = [
    "TITLES",
    "TODAY",
    "clause",
    "clean_document",
    "diff_of",
    "findings",
    "modified",
    "requirement_change",
    "run",
    "section",
    "source",
    "with_clause_text",
]
