"""--corpus: the previous version of a standard is the one ``corpus add`` would file it after.

``check --corpus`` asks the corpus itself (:meth:`specdiff.corpus.Corpus.previous_version`), so
the two can never disagree: a standard ``add`` would make a new series of has no previous
version, one ``add`` would file in a series is compared with the version it would follow.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from specdiff.cli import main

REPO_CORPUS = Path(__file__).resolve().parents[2] / "corpus"
GRANTS = REPO_CORPUS / "grants-program-analyst" / "2016-09" / "standard.txt"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """The repository's sample corpus, copied (its index is a cache: rebuilt from the files)."""
    root = tmp_path / "corpus"
    shutil.copytree(REPO_CORPUS, root, ignore=shutil.ignore_patterns(".specdiff"))
    return root


def _grants(tmp_path: Path, name: str, *, codes: bool, date: str) -> Path:
    """The Grants Program Analyst standard of 2016, republished: dated ``date``, with new
    occupation codes (another state's class of the same title) unless ``codes`` is False."""
    text = GRANTS.read_text(encoding="utf-8").replace("Date: 9/2016", f"Date: {date}")
    if codes:
        text = text.replace("27121", "99887")
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return path


def _check(new: Path, corpus: Path) -> Result:
    return CliRunner().invoke(main, ["check", str(new), "--corpus", str(corpus), "--format", "json"])


def _add(new: Path, corpus: Path) -> Result:
    return CliRunner().invoke(main, ["corpus", "--corpus", str(corpus), "add", str(new)])


def test_a_grants_file_with_new_codes_is_a_new_series_for_check_and_add_alike(corpus: Path, tmp_path: Path) -> None:
    new = _grants(tmp_path, "grants-new-codes", codes=True, date="9/2023")
    checked = _check(new, corpus)
    assert "no earlier version" in checked.stderr and "checked the document alone" in checked.stderr
    assert json.loads(checked.stdout)["old"] is None
    added = _add(new, corpus)
    assert added.exit_code == 0 and "new series" in added.stdout
    assert "grants-program-analyst/" not in added.stdout


def test_a_grants_file_with_its_codes_follows_the_latest_earlier_version(corpus: Path, tmp_path: Path) -> None:
    new = _grants(tmp_path, "grants-same-codes", codes=False, date="9/2023")
    checked = _check(new, corpus)
    assert json.loads(checked.stdout)["old"].endswith("grants-program-analyst/2022-01/document.json")
    assert "compared with" in checked.stderr and "series grants-program-analyst" in checked.stderr
    added = _add(new, corpus)
    assert "added grants-program-analyst/2023-09" in added.stdout


def test_a_stored_file_is_compared_with_the_version_before_it(corpus: Path) -> None:
    stored = REPO_CORPUS / "grants-program-analyst" / "2021-06-tentative" / "standard.pdf"
    checked = _check(stored, corpus)
    assert json.loads(checked.stdout)["old"].endswith("grants-program-analyst/2016-09/document.json")


def test_an_earlier_date_than_every_version_has_no_previous_version(corpus: Path, tmp_path: Path) -> None:
    checked = _check(_grants(tmp_path, "grants-1999", codes=False, date="3/1999"), corpus)
    assert "no earlier version" in checked.stderr


def test_the_corpus_finds_the_previous_version_for_a_library_user(corpus: Path, tmp_path: Path) -> None:
    from specdiff import Corpus, load

    found = Corpus(corpus).previous_version(load(_grants(tmp_path, "g", codes=False, date="9/2023")))
    assert found is not None and (found.row.series, found.row.version) == ("grants-program-analyst", "2022-01")
    assert len(found.others) == 2  # the other versions of the series: evidence for the checks


def test_a_folder_that_is_not_a_corpus_is_an_error(tmp_path: Path) -> None:
    result = _check(GRANTS, tmp_path)
    assert result.exit_code == 2 and "is not a specdiff corpus" in result.stderr
