"""The Word redline of real pairs: accepting every revision gives the new version's clauses in
order, rejecting every revision gives the old version's (the tracked ones; with
``editorial="include"``, all of them).

Pairs: the seed pair (NYS 2018 vs 2024 tentative, text), every consecutive pair of the sample
corpus (text, PDF, DOCX), a PDF against the DOCX of the same Nova Scotia description (025 vs 028),
a PDF against the plain-text rendering of the same LA bulletin (032 vs 033) and a real LA
revision from a PDF to a plain-text file (037 vs 038).
"""

from __future__ import annotations

import functools
from datetime import UTC, datetime
from pathlib import Path

import pytest

from specdiff.diff import compare
from specdiff.ingest import read
from specdiff.model import Change, ClauseRef, Diff, Document
from specdiff.parsers import parse
from specdiff.renderers.word import to_docx
from tests.conftest import ROOT, shared_path

from .wordml import Paragraph, clauses

WHEN = datetime(2024, 6, 1, 12, 0, 0, tzinfo=UTC)

CORPUS = ROOT / "corpus"
CORPUS_PAIRS = [
    ("grants-program-analyst/2016-09/standard.txt", "grants-program-analyst/2021-06-tentative/standard.pdf"),
    ("grants-program-analyst/2021-06-tentative/standard.pdf", "grants-program-analyst/2022-01/standard.docx"),
    ("records-clerk/2019-03/standard.txt", "records-clerk/2023-08/standard.pdf"),
    ("permit-program-specialist/2020-01/standard.docx", "permit-program-specialist/2024-07/standard.txt"),
]
NS, LA_TAX, LA_LIB = (
    "ns-policy-research-analyst-ec10-90001329",
    "la-tax-auditor-1514-2018-062218",
    "la-division-librarian-6157",
)
SHARED_PAIRS = [
    ("seeds", "nys-cms-hbe-2018.txt", "nys-cms-hbe-2024-tentative.txt"),
    ("realdocs", f"025_{NS}.pdf", f"028_{NS}-docx.docx"),
    ("realdocs", f"032_{LA_TAX}.pdf", f"033_{LA_TAX}-plaintext.txt"),
    ("realdocs", f"037_{LA_LIB}-2017-rev020817.pdf", f"038_{LA_LIB}-2017-rev022217-plaintext.txt"),
]

# Pairs whose old order rejecting all cannot restore (the redline shows only the moves the diff
# reports). 032's PDF prints a paragraph at the foot of page 1 that the text rendering 033 prints
# at the end: the diff reports that move, so 032 is no longer one of them.
ORDER_GAPS: set[str] = set()


@functools.lru_cache(maxsize=16)
def _compared(old: Path, new: Path) -> tuple[Document, Document, Diff]:
    a, b = parse(read(old)), parse(read(new))
    return a, b, compare(a, b)


def _norm(text: str) -> str:
    return " ".join(text.split())


def _refs(diff: Diff, side: str) -> dict[str, tuple[int, ClauseRef]]:
    return {r.id: (k, r) for k, c in enumerate(diff.changes) for r in getattr(c, side)}


def _unlabelled(text: str, label: str | None) -> str:
    text = _norm(text)
    return _norm(text[len(label) :]) if label and text.startswith(label) else text


def _untracked(change: Change, editorial: str) -> bool:
    return editorial == "exclude" and not change.substantive and change.op != "unchanged"


def _owner(paragraph: Paragraph) -> int:
    assert len(paragraph.changes) == 1, paragraph
    return next(iter(paragraph.changes))


def check_accept(old_doc: Document, new_doc: Document, diff: Diff, data: bytes) -> None:
    refs = _refs(diff, "new")
    want = [(refs[c.id][0], _norm(refs[c.id][1].text)) for _, c in new_doc.clauses()]
    got = [(_owner(p), p.text) for p in clauses(data, accept=True)]
    assert [t for _, t in got] == [t for _, t in want]
    assert got == want  # and each paragraph is the change that holds that clause


def check_reject(old_doc: Document, new_doc: Document, diff: Diff, data: bytes, editorial: str, ordered: bool) -> None:
    refs = _refs(diff, "old")
    want = [
        (refs[c.id][0], refs[c.id][1])
        for _, c in old_doc.clauses()
        if not _untracked(diff.changes[refs[c.id][0]], editorial)
    ]
    got = [(_owner(p), p) for p in clauses(data, accept=False)]
    got = [(k, p) for k, p in got if not _untracked(diff.changes[k], editorial)]
    if not ordered:
        got.sort(key=lambda kp: kp[0])
        want.sort(key=lambda kr: kr[0])
    assert len(got) == len(want)
    for (k, paragraph), (j, ref) in zip(got, want, strict=True):
        assert k == j, (paragraph.text, ref.text)
        change = diff.changes[k]
        renumbered = change.op == "unchanged" and editorial == "exclude" and change.old[0].label != change.new[0].label
        if renumbered:  # not a change, so not tracked: the new label stands
            assert _unlabelled(paragraph.text, change.new[0].label) == _unlabelled(ref.text, ref.label)
        else:
            assert paragraph.text == _norm(ref.text)


def _pairs() -> list[tuple[str, str]]:
    return [(f"corpus/{a}", f"corpus/{b}") for a, b in CORPUS_PAIRS] + [
        (f"{d}/{a}", f"{d}/{b}") for d, a, b in SHARED_PAIRS
    ]


def _paths(old: str, new: str) -> tuple[Path, Path]:
    if old.startswith("corpus/"):
        return ROOT / old, ROOT / new
    folder = old.split("/", 1)[0]
    base = shared_path(folder)
    return base / old.split("/", 1)[1], base / new.split("/", 1)[1]


@pytest.mark.shared
@pytest.mark.slow
@pytest.mark.parametrize("editorial", ["exclude", "include"])
@pytest.mark.parametrize(("old", "new"), _pairs(), ids=[p[0].rsplit("/", 1)[-1] for p in _pairs()])
def test_accept_all_gives_the_new_version_and_reject_all_the_old(old: str, new: str, editorial: str) -> None:
    old_doc, new_doc, diff = _compared(*_paths(old, new))
    data = to_docx(diff, editorial=editorial, date=WHEN)
    check_accept(old_doc, new_doc, diff, data)
    check_reject(old_doc, new_doc, diff, data, editorial, ordered=Path(old).name not in ORDER_GAPS)


@pytest.mark.shared
def test_reject_all_order_on_the_bulletin_in_two_formats() -> None:
    """032 (PDF) vs 033 (text export): the text export collects the PDF's page footers at its end;
    read as furniture on both sides, reject-all gives the old clauses back in their order."""
    old, new = _paths(*[f"realdocs/{n}" for n in SHARED_PAIRS[2][1:]])
    old_doc, new_doc, diff = _compared(old, new)
    check_reject(old_doc, new_doc, diff, to_docx(diff, date=WHEN), "exclude", ordered=True)
