"""Job postings and job descriptions: a vacancy as advertised, not the class it belongs to.

County and city postings (a block of "Salary: / Location: / Job Number: / Closing Date:" fields,
"Examples of Duties", "Minimum Qualifications", "Supplemental Information", benefits, how to
apply), exam bulletins (ANNUAL SALARY, APPLICATION DEADLINE, SELECTION PROCESS) and civil-service
job descriptions ("You will", "Essential criteria", "Key responsibilities", "Scope"). Sections
take the posting kinds of the synonym table (pay_and_benefits, application_process,
selection_process, working_conditions, about) besides the class-spec ones; each header field is
a clause of its own with its label (see ``segment.field_runs``); the title comes from a "Title:"
field, the source's own top heading, or the first heading-shaped line.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Document, RawText
from .build import Header, build_document, rows_of
from .generic import find_titles
from .sections import Dialect
from .signals import score, signal

SIGNALS = (
    signal(0.15, "prints a salary or pay range", r"^[\W_]*(?:annual\s+)?(?:salary|pay range|pay scale|compensation)\b"),
    signal(
        0.15,
        "prints a closing date or application deadline",
        r"^[\W_]*(?:closing date|application deadline|filing deadline|apply by)\b",
    ),
    signal(
        0.1, "prints a job or posting number", r"^[\W_]*(?:job|posting|vacancy|requisition)\s*(?:number|no\.?|#|id)\s*:"
    ),
    signal(0.1, "prints department and location fields", r"^[\W_]*(?:department|location)\s*:\s*\S"),
    signal(
        0.15,
        "says how to apply or how candidates are selected",
        r"^[\W_]*(?:how to apply|where to apply|application process|selection process"
        r"|supplemental (?:information|questions?))\b",
    ),
    signal(
        0.1,
        "lists duties or criteria as an advert does",
        r"^[\W_]*(?:examples? of duties|essential (?:criteria|functions|duties)|key responsibilities"
        r"|you will\b|you'll have)",
    ),
    signal(0.05, "has a benefits section", r"^[\W_]*benefits\b"),
)
DIALECT = Dialect("job-posting")


@dataclass(frozen=True)
class PostingParser:
    name: str = DIALECT.name

    def detect(self, raw: RawText) -> tuple[float, tuple[str, ...]]:
        return score(raw, SIGNALS)

    def parse(self, raw: RawText, *, confidence: float, reasons: tuple[str, ...]) -> Document:
        rows = rows_of(raw)
        found, used = find_titles(rows)
        return build_document(
            raw, rows, Header(found, frozenset(used)), DIALECT, confidence=confidence, reasons=reasons
        )
