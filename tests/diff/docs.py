"""Small hand-built Documents for the diff tests (written by us, no real standard)."""

from __future__ import annotations

from specdiff.model import Clause, Definition, Document, Section, Source, Span, Title

SOURCE_OLD = Source(path="old.txt", sha256="a" * 64, media_type="text/plain")
SOURCE_NEW = Source(path="new.txt", sha256="b" * 64, media_type="text/plain")

TITLES = (
    Title("t1", "Records Clerk 1 (Water Board)", "1111", "10", ("RC 1 (WB)", "RECORDS CLERK 1 (WATER BOARD)")),
    Title("t2", "Records Clerk 2 (Water Board)", "2222", "14", ("RC 2 (WB)", "RECORDS CLERK 2 (WATER BOARD)")),
)

Spec = list[tuple[str, str | None, list[str]]]  # (kind, title, clause texts)


def make_doc(
    spec: Spec,
    *,
    new: bool = False,
    titles: tuple[Title, ...] = TITLES,
    definitions: tuple[Definition, ...] = (),
    status: str | None = "final",
    date: str | None = "5/18",
) -> Document:
    sections = []
    line = 1
    for k, (kind, title, texts) in enumerate(spec):
        clauses = []
        for n, text in enumerate(texts):
            clauses.append(Clause(id=f"s{k + 1}.{n + 1}", text=text, span=Span(line, line)))
            line += 1
        sections.append(
            Section(
                id=f"s{k + 1}", kind=kind, heading=kind.replace("_", " ").title(), clauses=tuple(clauses), title=title
            )
        )
    return Document(
        source=SOURCE_NEW if new else SOURCE_OLD,
        format="generic",
        titles=titles,
        sections=tuple(sections),
        status=status,
        date=date,
        definitions=definitions,
    )


DUTIES_1 = [
    "Files incoming correspondence and maintains the records index for the division.",
    "Answers routine telephone inquiries from the public about permit applications.",
    "Prepares monthly summaries of water usage readings for supervisory review.",
    "Operates standard office equipment including scanners and copiers.",
]
DUTIES_2 = [
    "Supervises a small unit of clerical staff engaged in records management.",
    "Reviews permit files for completeness before they are forwarded to engineers.",
    "Trains new employees in the records retention schedule of the agency.",
]
QUALS = [
    "Open Competitive: two years of clerical experience in a public agency.",
    "Promotion: one year of permanent service as a Records Clerk 1 (Water Board).",
]


def base_spec() -> Spec:
    return [
        ("description", None, ["Records Clerks (Water Board) keep the permit and usage records of the board."]),
        ("duties", "Records Clerk 1 (Water Board)", list(DUTIES_1)),
        ("duties", "Records Clerk 2 (Water Board)", list(DUTIES_2)),
        ("minimum_qualifications", "Records Clerk 2 (Water Board)", list(QUALS)),
    ]
