"""Small hand-built Documents for the diff tests (written by us, no real standard)."""

from __future__ import annotations

from specdiff.model import Clause, Definition, Document, Requirement, Section, Source, Span, Title

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


Headed = list[tuple[str, str, list[str]]]  # (kind, printed heading, clause texts)


def make_headed_doc(rows: Headed, *, new: bool = False, titles: tuple[Title, ...] = ()) -> Document:
    """A one-title document whose sections print the given headings (the kind the parser gave
    each is set apart from its heading, as it is in real documents)."""
    sections = []
    line = 1
    for k, (kind, heading, texts) in enumerate(rows):
        clauses = []
        for n, text in enumerate(texts):
            clauses.append(Clause(id=f"h{k + 1}.{n + 1}", text=text, span=Span(line, line)))
            line += 1
        sections.append(Section(id=f"h{k + 1}", kind=kind, heading=heading, clauses=tuple(clauses)))
    return Document(source=SOURCE_NEW if new else SOURCE_OLD, format="generic", titles=titles, sections=tuple(sections))


POSTING_DUTIES = [
    "Plans the ballot layout for each election and checks every proof before printing.",
    "Recruits and trains poll workers for the polling places of the county.",
    "Keeps the voter roll current with address changes reported by the post office.",
]
POSTING_QUALS = [
    "Three years of experience administering elections in a public office.",
    "A valid driver license is required at the time of appointment.",
]
POSTING_NOTES = [
    "Applications are reviewed in the order in which they arrive at the personnel office.",
    "Interviews are held in the main library building downtown during the first week.",
]


REQUIREMENTS_SOURCE = Source("x.txt", "0" * 64, "text/plain")


def requirements_doc(*reqs: Requirement) -> Document:
    """A document that holds nothing but these requirements (the requirement-diff tests)."""
    return Document(REQUIREMENTS_SOURCE, "generic", requirements=reqs)


def open_competitive(title: str, **facts: object) -> Requirement:
    """The open-competitive requirement of ``title`` with these facts."""
    return Requirement(route="open_competitive", title=title, **facts)  # type: ignore[arg-type]
