"""--corpus: finding the previous version of a series in the corpus directory layout."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from click.testing import CliRunner

from specdiff.check.corpus_lookup import find_previous
from specdiff.cli import main
from specdiff.model import Document, Title
from tests.check.builders import clean_document, source


def _store(corpus: Path, series: str, version: str, doc: Document) -> Path:
    folder = corpus / series / version
    folder.mkdir(parents=True)
    path = folder / "document.json"
    path.write_text(json.dumps(doc.to_json()), encoding="utf-8")
    return path


def _corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    _store(corpus, "1234100", "2012-01", clean_document(date="1/2012", source=source(sha="1")))
    _store(corpus, "1234100", "2018-05", clean_document(date="5/2018", source=source(sha="2")))
    other = clean_document(titles=(Title("x", "Tax Auditor", "1514", "20"),), source=source(sha="3"))
    _store(corpus, "1514", "2018-06", other)
    (corpus / "1234100" / "notes").mkdir()  # a folder without document.json is not a version
    return corpus


def test_previous_version_by_codes_and_date(tmp_path: Path) -> None:
    match = find_previous(_corpus(tmp_path), clean_document(date="3/2024", source=source(sha="9")))
    assert match is not None and match.series == "1234100"
    assert match.previous.folder == "2018-05" and len(match.versions) == 2


def test_previous_version_of_a_stored_file_is_the_one_before_it(tmp_path: Path) -> None:
    match = find_previous(_corpus(tmp_path), clean_document(date="5/2018", source=source(sha="2")))
    assert match is not None and match.previous.folder == "2012-01"


def test_titles_identify_the_series_when_codes_are_absent(tmp_path: Path) -> None:
    uncoded = tuple(replace(t, code=None, title=t.title.upper()) for t in clean_document().titles)
    match = find_previous(_corpus(tmp_path), clean_document(titles=uncoded, source=source(sha="9")))
    assert match is not None and match.series == "1234100"


def test_a_new_series_has_no_previous_version(tmp_path: Path) -> None:
    doc = clean_document(titles=(Title("z", "Zoo Keeper", "7777", "9"),), source=source(sha="9"))
    assert find_previous(_corpus(tmp_path), doc) is None


def test_the_first_version_has_no_previous_version(tmp_path: Path) -> None:
    assert find_previous(_corpus(tmp_path), clean_document(date="1/2010", source=source(sha="9"))) is None


def test_an_unreadable_document_json_is_skipped_and_reported(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    broken = corpus / "1234100" / "2020-01"
    broken.mkdir()
    (broken / "document.json").write_text("{not json", encoding="utf-8")
    match = find_previous(corpus, clean_document(date="3/2024", source=source(sha="9")))
    assert match is not None and match.previous.folder == "2018-05"
    assert match.unreadable == (str(broken / "document.json"),)


def test_cli_corpus_runs_the_change_checks(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    new = tmp_path / "new.json"
    new.write_text(json.dumps(clean_document(date="3/2024", status="tentative").to_json()), encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(new), "--corpus", str(corpus), "--format", "json"])
    data = json.loads(result.stdout)
    assert data["old"].endswith("2018-05/document.json")
    assert any(f["check"] == "metadata.status_backwards" for f in data["findings"])
    assert "compared with" in result.stderr


def test_cli_corpus_without_a_previous_version_checks_the_document_alone(tmp_path: Path) -> None:
    corpus = tmp_path / "empty"
    corpus.mkdir()
    new = tmp_path / "new.json"
    new.write_text(json.dumps(clean_document().to_json()), encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(new), "--corpus", str(corpus)])
    assert result.exit_code == 0 and "checked the document alone" in result.stderr
