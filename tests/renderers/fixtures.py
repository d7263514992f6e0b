"""Hand-made Diffs for the report tests, written by us.

The diff engine is built in parallel, so the report is tested on diffs whose every op we chose:
modified with an inline diff, moved within a list and across titles, split, merged, editorial
with reasons, added, removed, metadata and requirement changes. ``hostile_diff`` carries markup
and script text that must come out inert; ``large_diff`` is a ~200-page pair for load time.
"""

from __future__ import annotations

from specdiff.model import (
    Change,
    ClauseRef,
    Diff,
    DocumentRef,
    Eligibility,
    Evidence,
    InlineOp,
    MetadataChange,
    RequirementChange,
    Source,
    Span,
    Standing,
    Title,
)

DUTIES, MQ, DESC = "duties", "minimum_qualifications", "description"
CLERK1, CLERK2 = "Records Clerk 1", "Records Clerk 2"


def ref(cid: str, text: str, section: str, title: str | None, line: int, label: str | None = None) -> ClauseRef:
    return ClauseRef(cid, text, section, title, Span(line, line + max(0, len(text) // 90)), label)


def ops(*runs: tuple[str, str]) -> tuple[InlineOp, ...]:
    return tuple(InlineOp(op, text) for op, text in runs)


def _sides(old_status: str = "tentative", new_status: str = "final") -> tuple[DocumentRef, DocumentRef]:
    titles_old = (Title("t1", CLERK1, "0100", "6"), Title("t2", CLERK2, "0200", "9"))
    titles_new = (Title("t1", CLERK1, "0100", "7"), Title("t2", CLERK2, "0200", "9"))
    old = DocumentRef(
        Source("fixtures/records-clerk-2019.txt", "a" * 64, "text/plain"),
        "generic",
        old_status,
        "2019-03-01",
        titles_old,
    )
    new = DocumentRef(
        Source("fixtures/records-clerk-2024.txt", "b" * 64, "text/plain"),
        "generic",
        new_status,
        "2024-06-15",
        titles_new,
    )
    return old, new


def _description() -> list[Change]:
    o = ref("s1.1", "Records clerks receive, index and file department records.", DESC, None, 5)
    n = ref("s1.1", "Records Clerks receive, index and file department records.", DESC, None, 5)
    o2 = ref("s1.2", "Work is performed under direct supervision.", DESC, None, 7)
    n2 = ref("s1.2", "Work is performed under direct supervision.", DESC, None, 7)
    return [
        Change(
            "s1.1",
            "modified",
            False,
            DESC,
            None,
            (o,),
            (n,),
            ("case",),
            0.98,
            ops(
                ("equal", "Records "),
                ("delete", "clerks"),
                ("insert", "Clerks"),
                ("equal", " receive, index and file department records."),
            ),
        ),
        Change("s1.2", "unchanged", False, DESC, None, (o2,), (n2,), (), 1.0, match="exact"),
    ]


def _clerk1_duties() -> list[Change]:
    keep = [
        ref("s2.1", "Receives, sorts and indexes incoming records;", DUTIES, CLERK1, 12, "1."),
        ref("s2.2", "Files records in alphabetical, numerical or chronological order;", DUTIES, CLERK1, 13, "2."),
    ]
    modified_old = ref(
        "s2.3", "Prepares boxes of inactive records for transfer within 30 days;", DUTIES, CLERK1, 14, "3."
    )
    modified_new = ref(
        "s2.3", "Prepares boxes of inactive records for transfer within 10 days;", DUTIES, CLERK1, 14, "3."
    )
    moved_away = ref("s2.4", "Trains new clerks in the filing system;", DUTIES, CLERK1, 15, "4.")
    split_old = ref(
        "s2.5",
        "Answers telephone inquiries and counter inquiries about the status of records.",
        DUTIES,
        CLERK1,
        16,
        "5.",
    )
    split_new = (
        ref("s2.5", "Answers telephone inquiries about the status of records.", DUTIES, CLERK1, 15, "4."),
        ref("s2.6", "Answers counter inquiries about the status of records.", DUTIES, CLERK1, 16, "5."),
    )
    removed = ref("s2.6", "Operates the microfilm reader.", DUTIES, CLERK1, 17, "6.")
    added = ref("s2.7", "Scans paper records into the electronic records system;", DUTIES, CLERK1, 17, "6.")
    return [Change(k.id, "unchanged", False, DUTIES, CLERK1, (k,), (k,), (), 1.0, match="exact") for k in keep] + [
        Change(
            "s2.3",
            "modified",
            True,
            DUTIES,
            CLERK1,
            (modified_old,),
            (modified_new,),
            ("number changed",),
            0.95,
            ops(
                ("equal", "Prepares boxes of inactive records for transfer within "),
                ("delete", "30"),
                ("insert", "10"),
                ("equal", " days;"),
            ),
            "fuzzy",
        ),
        Change(
            "s2.4",
            "moved",
            True,
            DUTIES,
            CLERK2,
            (moved_away,),
            (ref("s3.3", "Trains new clerks in the filing system;", DUTIES, CLERK2, 24, "3."),),
            ("moved to another title",),
            1.0,
            match="exact",
        ),
        Change("s2.5", "split", True, DUTIES, CLERK1, (split_old,), split_new, ("split",), 0.9, match="split"),
        Change("old-s2.6", "removed", True, DUTIES, CLERK1, (removed,), (), ("removed",)),
        Change("s2.7", "added", True, DUTIES, CLERK1, (), (added,), ("added",)),
    ]


def _clerk2_duties() -> list[Change]:
    a = ref("s3.1", "Supervises records clerks;", DUTIES, CLERK2, 21, "1.")
    b_old = ref("s3.2", "Reviews retention schedules", DUTIES, CLERK2, 22, "2.")
    c_old = ref("s3.3", "with the county archivist;", DUTIES, CLERK2, 23)
    merged_new = ref("s3.2", "Reviews retention schedules with the county archivist;", DUTIES, CLERK2, 22, "2.")
    reordered_old = ref("s3.4", "Audits the records index each quarter;", DUTIES, CLERK2, 20, "0.")
    reordered_new = ref("s3.4", "Audits the record's index each quarter;", DUTIES, CLERK2, 25, "4.")
    return [
        Change("s3.1", "unchanged", False, DUTIES, CLERK2, (a,), (a,), (), 1.0, match="exact"),
        Change(
            "s3.2",
            "merged",
            False,
            DUTIES,
            CLERK2,
            (b_old, c_old),
            (merged_new,),
            ("line wrapping",),
            1.0,
            match="merge",
        ),
        Change(
            "s3.4",
            "moved",
            False,
            DUTIES,
            CLERK2,
            (reordered_old,),
            (reordered_new,),
            ("reordered within the list", "apostrophe"),
            0.97,
            ops(
                ("equal", "Audits the "),
                ("delete", "records"),
                ("insert", "record's"),
                ("equal", " index each quarter;"),
            ),
            "fuzzy",
        ),
    ]


def _qualifications() -> list[Change]:
    old = ref("s4.1", "Two years of clerical experience.", MQ, CLERK2, 30)
    new = ref(
        "s4.1", "Three years of clerical experience, one of which must have been in records management.", MQ, CLERK2, 30
    )
    return [
        Change(
            "s4.1",
            "modified",
            True,
            MQ,
            CLERK2,
            (old,),
            (new,),
            ("reworded",),
            0.7,
            ops(
                ("delete", "Two"),
                ("insert", "Three"),
                ("equal", " years of clerical experience"),
                ("delete", "."),
                ("insert", ", one of which must have been in records management."),
            ),
            "fuzzy",
        ),
    ]


def every_op_diff() -> Diff:
    """A small pair of Records Clerk standards whose diff has every op, reason and side table."""
    old, new = _sides()
    changes = _description() + _clerk1_duties() + _clerk2_duties() + _qualifications()
    metadata = (
        MetadataChange("status", "tentative", "final"),
        MetadataChange("date", "2019-03-01", "2024-06-15"),
        MetadataChange("grade", "6", "7", CLERK1),
    )
    requirements = (
        RequirementChange(
            "open_competitive",
            "experience_years",
            2,
            3,
            "Open competitive, Records Clerk 2: experience 2 → 3 years",
            CLERK2,
            old_evidence=(Evidence("s4.1", "Two years of clerical experience.", None, 30, 30, "Qualifications"),),
            new_evidence=(
                Evidence(
                    "s4.1",
                    "Three years of clerical experience, one of which must have been in records management.",
                    None,
                    30,
                    30,
                    "Qualifications",
                ),
            ),
        ),
        RequirementChange(
            "open_competitive",
            "field",
            None,
            "Records Management",
            "Open competitive, Records Clerk 2: degree field Records Management added",
            CLERK2,
        ),
        RequirementChange("promotion", "permanent", None, True, "Promotion: permanent service now required", None),
        RequirementChange(
            "open_competitive",
            "substitution",
            None,
            {"education": "associate", "years": 1},
            "Open competitive, Records Clerk 2: an associate degree substitutes for 1 year",
            CLERK2,
            "A",
        ),
    )
    gaps = (
        RequirementChange(
            "open_competitive",
            "education",
            "high_school",
            None,
            "Open competitive, Records Clerk 2: education high_school → not read (“A diploma of the twelfth year.”)",
            CLERK2,
            status="not_read",
            new_evidence=(Evidence("s4.2", "A diploma of the twelfth year.", None, 31, 31),),
        ),
    )
    eligibility = tuple(
        Eligibility(CLERK2, "open_competitive", profile, Standing(True, 2), Standing(True, years), (("new", "s4.1"),))
        for profile, years in (("no_degree", 3), ("associate", 3), ("bachelor", 3), ("master", 3), ("doctorate", 3))
    )
    return Diff(old, new, tuple(changes), metadata, requirements, requirement_gaps=gaps, eligibility=eligibility)


HOSTILE = (
    "<script>window.__pwned = 1</script>",
    '<img src=x onerror="window.__pwned = 2">',
    "javascript:window.__pwned = 3",
    '"><svg onload="window.__pwned = 4">',
)


def hostile_diff() -> Diff:
    """A standard whose text, titles, reasons and file names carry script: all must render inert."""
    old, new = _sides()
    evil_title = f"Clerk {HOSTILE[0]}"
    old = DocumentRef(
        Source(f"evil{HOSTILE[1]}.txt", "c" * 64, "text/plain"), "generic", HOSTILE[3], None, (Title("t1", evil_title),)
    )
    new = DocumentRef(Source("fixtures/plain.txt", "d" * 64, "text/plain"), "generic", "final", HOSTILE[2], ())
    changes = [
        Change(
            f"x{i}",
            "modified",
            i % 2 == 0,
            DUTIES,
            evil_title,
            (ref(f"x{i}", f"Before {text}", DUTIES, evil_title, 10 + i),),
            (ref(f"x{i}", f"After {text}", DUTIES, evil_title, 10 + i),),
            (text,),
            0.5,
            ops(("delete", f"Before {text}"), ("insert", f"After {text}")),
        )
        for i, text in enumerate(HOSTILE)
    ]
    changes.append(Change("x9", "added", True, HOSTILE[3], None, (), (ref("x9", HOSTILE[1], "other", None, 40),)))
    meta = (MetadataChange("status", HOSTILE[3], "final"),)
    reqs = (
        RequirementChange(
            "promotion",
            HOSTILE[0],
            HOSTILE[1],
            HOSTILE[2],
            HOSTILE[3],
            evil_title,
            HOSTILE[0],
            old_evidence=(Evidence(HOSTILE[1], HOSTILE[2], None, 1, 1, HOSTILE[3]),),
        ),
    )
    rows = (Eligibility(evil_title, "promotion", "no_degree", Standing(False), Standing(True, 1), ()),)
    return Diff(old, new, tuple(changes), meta, reqs, eligibility=rows)


def large_diff(pages: int = 200, clauses_per_page: int = 12) -> Diff:
    """About ``pages`` pages of clauses, one change in four, for load time and a usable page."""
    old_side, new_side = _sides()
    changes: list[Change] = []
    for n in range(pages * clauses_per_page):
        title = f"Analyst {n // 400 + 1}"
        section = (DUTIES, MQ, DESC)[(n // 40) % 3]
        text = f"Clause {n} describes work performed on the records of the department under general direction."
        o = ClauseRef(f"c{n}", text, section, title, Span(n % 45 + 1, n % 45 + 1, n // 45 + 1))
        if n % 8 == 1:
            new = ClauseRef(f"c{n}", text.replace("general", "close"), section, title, o.span)
            inline = ops(
                ("equal", text.split("general")[0]),
                ("delete", "general"),
                ("insert", "close"),
                ("equal", " direction."),
            )
            changes.append(Change(f"c{n}", "modified", True, section, title, (o,), (new,), ("reworded",), 0.9, inline))
        elif n % 8 == 5:
            changes.append(Change(f"c{n}", "modified", False, section, title, (o,), (o,), ("case",), 0.99))
        else:
            changes.append(Change(f"c{n}", "unchanged", False, section, title, (o,), (o,), (), 1.0))
    return Diff(old_side, new_side, tuple(changes))
