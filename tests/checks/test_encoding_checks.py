"""Encoding damage: lost apostrophes (three general rules), replacement characters, mojibake."""

from __future__ import annotations

import pytest

from specdiff.checks.apostrophes import find_lost_apostrophes, gather_evidence
from specdiff.ingest import read
from tests.checks.builders import clean_document, findings, run, with_clause_text
from tests.conftest import shared_path


def _hits(text: str, *evidence: str) -> list[str]:
    return [h.printed for h in find_lost_apostrophes(text, gather_evidence([text, *evidence]))]


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        ("maintained by the Bureau of Fisheriess office", []),  # "ss": never a possessive candidate
        ("as adopted by the Department of Agricultures Board of Regents", ["Agricultures Board"]),  # not a word
        ("experience in a pharmacists office or clinic", ["pharmacists office"]),  # a + person plural
        ("each applicants transcript is reviewed", ["applicants transcript"]),
        ("reviews all applicants transcripts", []),  # plural after a plural determiner: fine
        ("a systems analyst reviews the logs", []),  # noun-adjunct plural, not a person noun
        ("the Departments of Health and Labor", []),  # followed by a function word
        ("under the HMOs contracts", []),  # acronym plural
        ("at Dobbins Air Reserve Base", []),  # a name: English prints "Dobbins" capitalised
        ("staffs the Department of Healths Office", ["Healths Office"]),  # "Healths" is no name
    ],
)
def test_lost_apostrophe_rules(text: str, printed: list[str]) -> None:
    assert _hits(text) == printed


def test_evidence_from_another_version_finds_proper_nouns() -> None:
    old = "authorized by Governor Smiths Executive Order"
    assert _hits(old) == []  # nothing in English says "Smiths" is wrong
    assert _hits(old, "authorized by Governor Smith’s Executive Order") == ["Smiths Executive"]


def test_evidence_loses_to_the_more_common_bare_form() -> None:
    text = "the Standards Board. the Standards Board hearing. the Standards Board. the Standard's Board."
    assert _hits(text) == []


def test_lost_apostrophe_check_locates_the_clause() -> None:
    doc = with_clause_text(
        clean_document(), "s1", 0, "The Department of Agricultures Office of Research issues schedules."
    )
    (finding,) = findings(run(doc), "encoding.lost_apostrophe")
    assert finding.location.line == 12 and finding.evidence == "Agricultures Office"
    assert "Agriculture's Office" in finding.message


def test_lost_apostrophe_check_uses_the_previous_version_as_evidence() -> None:
    new = with_clause_text(clean_document(), "s1", 0, "Authorized by Governor Smiths Executive Order.")
    old = with_clause_text(clean_document(date="5/2018"), "s1", 0, "Authorized by Governor Smith’s Executive Order.")
    assert findings(run(new), "encoding.lost_apostrophe") == []
    assert [f.evidence for f in findings(run(new, old=old), "encoding.lost_apostrophe")] == ["Smiths Executive"]


@pytest.mark.shared
def test_the_2018_seed_is_reported_for_lost_apostrophes() -> None:
    from specdiff.checks import CheckContext, load_policy, run_checks
    from specdiff.parsers import parse

    doc = parse(read(shared_path("seeds", "nys-cms-hbe-2018.txt")))
    report = run_checks(CheckContext(doc, load_policy()))
    evidence = {f.evidence for f in report.findings if f.check == "encoding.lost_apostrophe"}
    assert {"Healths New", "Healths Office", "physicians office"} <= evidence


@pytest.mark.shared
def test_the_2018_seed_with_the_2024_version_as_evidence_finds_every_lost_apostrophe() -> None:
    old = read(shared_path("seeds", "nys-cms-hbe-2018.txt")).text
    new = read(shared_path("seeds", "nys-cms-hbe-2024-tentative.txt")).text
    hits = {h.printed.lower() for h in find_lost_apostrophes(old, gather_evidence([old, new]))}
    assert hits == {
        "healths new",
        "cuomos executive",
        "states outside",
        "healths office",
        "bachelors degree",
        "masters degree",
        "physicians office",
    }


@pytest.mark.shared
def test_no_lost_apostrophes_reported_in_intact_real_documents() -> None:
    """Precision on documents we did not write the rules for (text and HTML, fast to read)."""
    realdocs = shared_path("realdocs")
    files = sorted(p for p in realdocs.iterdir() if p.suffix in {".html", ".txt"})
    assert files
    for path in files:
        text = read(path).text
        assert _hits(text) == [], path.name


def test_replacement_char_fires_once_per_clause_with_a_count() -> None:
    doc = with_clause_text(clean_document(), "s3", 0, "Reviews \ufffd schedules from \ufffd offices.")
    (finding,) = findings(run(doc), "encoding.replacement_char")
    assert "U+FFFD" in finding.message and "1 more" in finding.message and finding.location.line == 32
    assert not run(doc).passed  # error by default


def test_mojibake_fires_and_suggests_the_repair() -> None:
    doc = with_clause_text(clean_document(), "s3", 1, "Prepares the directorâ€™s monthly summary.")
    (finding,) = findings(run(doc), "encoding.mojibake")
    assert "director’s" in finding.message


def test_accented_text_is_not_mojibake() -> None:
    doc = with_clause_text(clean_document(), "s3", 1, "Prepares the café’s naïve résumé summary.")
    assert findings(run(doc), "encoding.mojibake") == []
