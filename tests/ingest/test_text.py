"""Text ingestion: encodings, NFC, odd spaces, form feeds as page breaks."""

from __future__ import annotations

import unicodedata

from specdiff.ingest import read


def test_latin1_is_decoded() -> None:
    data = "DUTIES\nReviews the employee\u2019s caf\u00e9 records and r\u00e9sum\u00e9s for the d\u00e9partement.\n"
    raw = read(data.encode("cp1252"), name="a.txt")
    assert "caf\u00e9" in raw.text and "r\u00e9sum\u00e9s" in raw.text


def test_nfc_and_no_break_spaces() -> None:
    raw = read("Cafe\u0301\u00a0menu\n".encode(), name="a.txt")
    assert raw.lines[0].text == unicodedata.normalize("NFC", "Caf\u00e9 menu")


def test_form_feed_starts_a_page() -> None:
    raw = read(b"one\ntwo\fthree\n", name="a.txt")
    assert [(ln.text, ln.page) for ln in raw.lines if ln.text] == [("one", 1), ("two", 1), ("three", 2)]
    assert raw.source.pages == 2


def test_mojibake_is_repaired() -> None:
    raw = read("The employee\u00e2\u20ac\u2122s duties\n".encode(), name="a.txt")
    assert raw.lines[0].text == "The employee\u2019s duties"


def test_crlf_line_endings() -> None:
    raw = read(b"A\r\nB\r\n", name="a.txt")
    assert [ln.text for ln in raw.lines[:2]] == ["A", "B"]


def test_long_unwrapped_lines_and_crlf_survive_whole() -> None:
    paragraph = " ".join(["Reviews accounts and prepares audit reports."] * 400)
    raw = read(f"DUTIES\r\n{paragraph}\r\n\r\nNOTES\r\n".encode(), name="a.txt")
    assert [ln.text for ln in raw.lines[:4]] == ["DUTIES", paragraph, "", "NOTES"]
