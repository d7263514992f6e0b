"""Standards that print no date enter the corpus: filed as of the day they are added, said so in
``add`` and ``log``, and dated later (``set-date``, or ``add --as-of`` again) without losing
anything."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path

import pytest

from tests.corpus.helpers import run, run_json, tree
from tests.corpus.samples import Version

TODAY = date.today()


@pytest.mark.shared
def test_the_four_seeds_enter_in_one_command_the_undated_ones_as_of_today(seeds: Path, tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    run(root, "init")
    files = sorted(str(p) for p in seeds.glob("*.txt"))
    result = run(root, "add", *files)  # exit 0
    lines = result.stdout.splitlines()
    assert len(lines) == 4 and all(line.startswith("added ") for line in lines), lines
    undated = [line for line in lines if "no date printed" in line]
    assert sorted(line.split("(")[1].split(";")[0] for line in undated) == [
        "dutchess-managed-care-coordinator.txt",
        "wi-etf-health-insurance-program.txt",
    ]
    assert all(f"filed as of {TODAY.isoformat()}, the day it was added" in u for u in undated)
    assert all(f"/{TODAY:%Y-%m} " in u for u in undated)  # the version is named for that day
    for line in undated:
        series = line.split()[1].split("/")[0]
        log = run(root, "log", series).stdout
        assert f"{TODAY.isoformat()} (day added)" in log
        [version] = run_json(root, "log", series)["versions"]
        assert (version["dated"], version["as_of"], version["date"]) == ("added", TODAY.isoformat(), None)
    hbe = [line for line in lines if "nys-cms-hbe" in line]
    assert len(hbe) == 2 and len({line.split()[1].split("/")[0] for line in hbe}) == 1  # one series, two versions


def _undated(tmp_path: Path) -> Path:
    return Version("x", "", "Mail Clerk", None, None, duties=("Sorts mail;",)).write(tmp_path, "mail-clerk")


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_set_date_renames_the_version_and_loses_nothing(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    run(root, "init")
    source = _undated(tmp_path)
    added = run(root, "add", str(source)).stdout
    version = f"{TODAY:%Y-%m}"
    assert f"added mail-clerk/{version}" in added and f"set-date mail-clerk {version} DATE" in added
    folder = root / "mail-clerk" / version
    (folder / "review.json").write_text('{"kept": "beside the version"}\n', encoding="utf-8")
    before = tree(root)

    done = run(root, "set-date", "mail-clerk", version, "5/1/2019")
    assert (
        done.stdout.strip() == f"mail-clerk/2019-05 is now filed as of 2019-05-01 (renamed from mail-clerk/{version})"
    )
    after = tree(root)
    moved = {k.replace(f"/{version}/", "/2019-05/"): v for k, v in before.items()}
    assert {k: v for k, v in after.items() if not k.endswith("document.json")} == {
        k: v for k, v in moved.items() if not k.endswith("document.json")
    }  # the published file and the review moved with the folder, byte for byte
    stored = json.loads((root / "mail-clerk" / "2019-05" / "document.json").read_text())
    assert stored["corpus"]["as_of"] == "2019-05-01" and stored["corpus"]["as_of_from"] == "given"
    assert stored["source"]["path"] == "mail-clerk/2019-05/standard.txt"
    assert _sha(root / "mail-clerk" / "2019-05" / "standard.txt") == _sha(source)
    [row] = run_json(root, "log", "mail-clerk")["versions"]
    assert (row["version"], row["as_of"], row["dated"]) == ("2019-05", "2019-05-01", "given")
    assert "2019-05-01 (as of)" in run(root, "log", "mail-clerk").stdout


def test_adding_the_same_bytes_with_as_of_dates_the_version(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    run(root, "init")
    source = _undated(tmp_path)
    run(root, "add", str(source))
    again = run(root, "add", "--as-of", "2018-03", str(source)).stdout
    assert "already in the corpus as mail-clerk/2018-03; now filed as of 2018-03" in again
    assert "nothing changed" in run(root, "add", "--as-of", "2018-03", str(source)).stdout
    assert [r["version"] for r in run_json(root, "log", "mail-clerk")["versions"]] == ["2018-03"]


def test_set_date_orders_the_versions_again(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    run(root, "init")
    dated = Version("x", "", "Mail Clerk", None, "3/2020", duties=("Sorts mail;", "Files."))
    run(root, "add", str(dated.write(tmp_path, "dated")), str(_undated(tmp_path)))
    versions = [r["version"] for r in run_json(root, "log", "mail-clerk")["versions"]]
    assert versions == ["2020-03", f"{TODAY:%Y-%m}"]  # the undated one, as of today, comes last
    run(root, "set-date", "mail-clerk", f"{TODAY:%Y-%m}", "2019")
    log = run_json(root, "log", "mail-clerk")["versions"]
    assert [r["version"] for r in log] == ["2019", "2020-03"]
    assert log[0]["as_of"] == "2019" and log[1]["previous"] == "2019" and log[1]["changes"] is not None


def test_set_date_refuses_what_is_not_a_date_and_changes_nothing(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    run(root, "init")
    run(root, "add", str(_undated(tmp_path)))
    before = tree(root)
    result = run(root, "set-date", "mail-clerk", "latest", "someday", code=2)
    assert "DATE 'someday' is not a date" in result.stderr and tree(root) == before
