"""Damaged, stale or hostile input: detected, rebuilt from the published files, never escaping."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from specdiff.corpus.store import parser_fingerprint
from tests.corpus.helpers import run, run_json, tree
from tests.corpus.samples import Version, write_all, write_many


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    run(root, "init")
    run(root, "add", *map(str, write_all(tmp_path / "inbox")))
    return root


def test_commands_outside_a_corpus_say_how_to_make_one(tmp_path: Path) -> None:
    result = run(tmp_path, "list", code=2)
    assert "not a specdiff corpus" in result.stderr and "init" in result.stderr
    assert result.stderr.count("\n") == 1


def test_init_twice_changes_nothing(corpus: Path) -> None:
    before = tree(corpus)
    assert "nothing changed" in run(corpus, "init").stdout
    assert tree(corpus) == before
    assert (corpus / ".specdiff" / ".gitignore").read_text().splitlines()[-1] == "*"


def test_a_corrupt_document_json_is_rebuilt_with_a_warning(corpus: Path) -> None:
    before = tree(corpus)
    doc = corpus / "4401100" / "2021-06" / "document.json"
    doc.write_text('{"schema": "specdiff/document/v1", "sour')
    result = run(corpus, "log", "4401100")
    assert "4401100/2021-06" in result.stderr and "rebuilding it" in result.stderr
    assert tree(corpus) == before


def test_a_document_json_of_other_bytes_is_rebuilt(corpus: Path) -> None:
    before = tree(corpus)
    a, b = corpus / "4401100" / "2019-03" / "document.json", corpus / "4401100" / "2023-01" / "document.json"
    a.write_bytes(b.read_bytes())
    result = run(corpus, "reindex")
    assert "other bytes" in result.stderr
    assert tree(corpus) == before


def test_a_stale_document_json_is_reparsed_quietly(corpus: Path) -> None:
    before = tree(corpus)
    doc = corpus / "payroll-examiner" / "2018-01" / "document.json"
    data = json.loads(doc.read_text())
    assert data["corpus"]["generator"]["fingerprint"] == parser_fingerprint()
    data["corpus"]["generator"]["fingerprint"] = "an-older-parser"
    data["sections"] = []
    doc.write_text(json.dumps(data))
    result = run(corpus, "search", "payroll", "discrepancies")
    assert result.stderr == ""
    assert "payroll-examiner/2020-05" in result.stdout
    assert tree(corpus) == before


def test_a_corrupt_index_is_rebuilt_with_a_warning(corpus: Path) -> None:
    expected = run_json(corpus, "list")
    index = corpus / ".specdiff" / "index.sqlite"
    for suffix in ("-wal", "-shm"):
        Path(str(index) + suffix).unlink(missing_ok=True)
    index.write_bytes(b"this is not an SQLite database" * 100)
    result = run(corpus, "list", "--format", "json")
    assert "index" in result.stderr and "rebuilding" in result.stderr
    assert json.loads(result.stdout) == expected


def test_a_deleted_index_is_rebuilt_silently(corpus: Path) -> None:
    expected = run_json(corpus, "log", "4401100")
    for path in (corpus / ".specdiff").glob("index.sqlite*"):
        path.unlink()
    result = run(corpus, "log", "4401100", "--format", "json")
    assert json.loads(result.stdout) == expected


def test_folders_edited_behind_its_back_are_noticed(corpus: Path, tmp_path: Path) -> None:
    import shutil

    shutil.rmtree(corpus / "payroll-examiner" / "2018-01")
    log = run_json(corpus, "log", "payroll-examiner")["versions"]
    assert [v["version"] for v in log] == ["2020-05"]
    # A version folder copied in by hand (e.g. from git) is parsed and placed by its date.
    extra = Version("x", "", "Payroll Examiner", None, "1/2019", duties=("Audits payroll records;",))
    folder = corpus / "payroll-examiner" / "2019-01"
    folder.mkdir()
    extra.write(tmp_path, "standard").rename(folder / "standard.txt")
    log = run_json(corpus, "log", "payroll-examiner")["versions"]
    assert [v["version"] for v in log] == ["2019-01", "2020-05"]
    assert log[1]["substantive"] >= 1 and (folder / "document.json").exists()


def test_a_version_folder_without_its_file_is_skipped_with_a_warning(corpus: Path) -> None:
    (corpus / "4401100" / "2019-03" / "standard.txt").unlink()
    result = run(corpus, "list")
    assert "4401100/2019-03 skipped" in result.stderr


def test_series_names_cannot_leave_the_corpus(corpus: Path, tmp_path: Path) -> None:
    [path] = write_many(tmp_path / "one", 1)
    result = run(corpus, "add", "--series", "../../escaped", str(path))
    assert "added escaped/" in result.stdout
    assert (corpus / "escaped").is_dir() and not (tmp_path / "escaped").exists()


def test_a_hostile_title_makes_a_plain_folder_name(corpus: Path, tmp_path: Path) -> None:
    hostile = Version("x", "", "../../Etc/Passwd <script>", None, "1/2020", duties=("Does things;",))
    path = hostile.write(tmp_path, "hostile")
    result = run(corpus, "add", str(path))
    [line] = result.stdout.splitlines()
    series = line.split()[1].split("/")[0]
    assert series == "etc-passwd-script" and (corpus / series).is_dir()


def test_symlinked_folders_are_not_followed(corpus: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside" / "2020-01"
    outside.mkdir(parents=True)
    (outside / "standard.txt").write_text("OUTSIDE\n\nDate: 1/2020\n")
    os.symlink(tmp_path / "outside", corpus / "linked")
    result = run(corpus, "reindex")
    assert not (outside / "document.json").exists()
    assert "linked" not in run(corpus, "list").stdout
    assert result.exit_code == 0


def test_bad_files_in_a_batch_are_reported_and_the_rest_added(corpus: Path, tmp_path: Path) -> None:
    good = write_many(tmp_path / "good", 2)
    undated = Version("x", "", "Mail Clerk", None, None, duties=("Sorts mail;",)).write(tmp_path, "undated")
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = run(corpus, "add", str(good[0]), str(empty), str(undated), str(good[1]), code=2)
    assert [line.split()[0] for line in result.stdout.splitlines()] == ["added"] * 3  # the undated one too
    errors = result.stderr.splitlines()
    assert len(errors) == 1 and errors[0].startswith("specdiff: error: ") and "empty" in errors[0]
    dated = run(corpus, "add", "--as-of", "2022-07-01", str(undated))
    assert "mail-clerk/2022-07" in dated.stdout and "now filed as of 2022-07-01" in dated.stdout


def test_as_of_must_be_a_date(corpus: Path, tmp_path: Path) -> None:
    [path] = write_many(tmp_path / "one", 1)
    result = run(corpus, "add", "--as-of", "last tuesday", str(path), code=2)
    assert "--as-of" in result.stderr and result.stderr.count("\n") == 1
