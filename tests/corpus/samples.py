"""Small standards written for these tests: three series, several versions each, known changes.

Each version is rendered from a few facts (title, occupation code, printed date, status, duties,
qualifications) so a test can say what changed between two versions without reading the text.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path


@dataclass(frozen=True)
class Version:
    """One published version of a standard, and the name its folder should get."""

    series: str  # the folder the corpus should file it under
    folder: str  # the version folder name the corpus should give it
    title: str
    code: str | None
    date: str | None  # as printed, e.g. "3/2019"
    status: str = "final"
    duties: tuple[str, ...] = ()
    years: int = 1
    extra: tuple[str, ...] = field(default=())
    fmt: str = "txt"

    def text(self) -> str:
        lines: list[str] = []
        if self.status != "final":
            lines += [f"{self.status.capitalize()} Classification Standard", ""]
        if self.code:
            lines += [f"Occ. Code {self.code}", ""]
        lines += [self.title.upper(), "", "DISTINGUISHING FEATURES OF THE CLASS:", ""]
        lines += [
            f"This is {self.title.lower()} work performed under general supervision. Does related work as required.",
            "",
            "TYPICAL WORK ACTIVITIES:",
            "",
        ]
        lines += [f"{i}. {duty}" for i, duty in enumerate(self.duties, 1)]
        lines += ["", "MINIMUM QUALIFICATIONS:", ""]
        lines += [
            f"Graduation from high school and {self.years} year(s) of experience in {self.title.lower()} work.",
            "",
        ]
        lines += [*self.extra]
        if self.date:
            lines += ["", f"Date: {self.date}"]
        return "\n".join(lines) + "\n"

    def write(self, folder: Path, name: str) -> Path:
        text = self.text()
        if self.fmt == "html":
            body = "".join(f"<p>{line}</p>\n" for line in text.splitlines() if line.strip())
            path = folder / f"{name}.html"
            head = f"<!DOCTYPE html><html><head><title>{self.title}</title></head>"
            path.write_text(f"{head}<body><main>\n{body}</main></body></html>\n", encoding="utf-8")
            return path
        path = folder / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        return path


CLERK_DUTIES = (
    "Receives, sorts and indexes incoming records and correspondence;",
    "Files records in alphabetical, numerical or chronological order;",
    "Answers telephone and counter inquiries about the status of records;",
)
EXAMINER_DUTIES = (
    "Audits payroll records for accuracy and completeness;",
    "Prepares reports of payroll discrepancies for the supervisor;",
)


def versions() -> list[Version]:
    """Every version of every sample series, in publication order per series."""
    clerk = Version("4401100", "2019-03", "Records Clerk", "4401100", "3/2019", duties=CLERK_DUTIES)
    clerk_t = replace(
        clerk,
        folder="2021-06-tentative",
        date="6/2021",
        status="tentative",
        duties=(*CLERK_DUTIES, "Scans paper records into the electronic document management system;"),
    )
    clerk_f = replace(clerk_t, folder="2021-06", status="final", years=2)
    clerk_same = replace(clerk_f, folder="2023-01", date="January 2023")
    examiner = Version("payroll-examiner", "2018-01", "Payroll Examiner", None, "1/15/2018", duties=EXAMINER_DUTIES)
    examiner2 = replace(
        examiner,
        folder="2020-05",
        date="May 4, 2020",
        duties=(EXAMINER_DUTIES[1], EXAMINER_DUTIES[0]),
        years=3,
        fmt="html",
    )
    # Same title as the clerk series, another occupation code: another class, another series.
    other_clerk = Version("4409900", "2020-02", "Records Clerk", "4409900", "2/2020", duties=CLERK_DUTIES[:2])
    return [clerk, clerk_t, clerk_f, clerk_same, examiner, examiner2, other_clerk]


def write_all(folder: Path) -> dict[Path, Version]:
    """Write every sample version into ``folder``; file names say nothing about the series."""
    folder.mkdir(parents=True, exist_ok=True)
    return {v.write(folder, f"file{i:02d}"): v for i, v in enumerate(versions())}


def write_many(folder: Path, count: int, *, series: int = 10) -> list[Path]:
    """``count`` distinct dated standards over ``series`` series (for crash and concurrency tests)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        s = i % series
        version = Version(
            f"{5500000 + s}",
            "",
            f"Inventory Clerk {s}",
            f"{5500000 + s}",
            f"{1 + (i // series) % 12}/{2000 + i // (series * 12)}",
            duties=(*CLERK_DUTIES, f"Counts stock item number {i} every week;"),
            years=1 + i % 4,
        )
        paths.append(version.write(folder, f"many{i:04d}"))
    return paths
