"""A corpus built from every version of every sample series, added in shuffled order."""

from __future__ import annotations

import itertools
import json
import random
import re
from pathlib import Path

import pytest

from specdiff.diff import compare
from specdiff.model import Document
from tests.corpus.helpers import run, run_json, tree, versions_on_disk
from tests.corpus.samples import Version, write_all


def _build(tmp_path: Path, seed: int) -> tuple[Path, dict[Path, Version]]:
    files = write_all(tmp_path / "inbox")
    order = list(files)
    random.Random(seed).shuffle(order)
    root = tmp_path / "corpus"
    run(root, "init")
    half = len(order) // 2
    run(root, "add", *map(str, order[:half]))
    run(root, "add", "--jobs", "2", *map(str, order[half:]))
    return root, files


@pytest.fixture(scope="module", params=[1, 7])
def built(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[Path, Version]]:
    return _build(tmp_path_factory.mktemp(f"e2e{request.param}"), request.param)


def _doc(root: Path, series: str, version: str) -> Document:
    return Document.from_json(json.loads((root / series / version / "document.json").read_text()))


def test_every_version_is_filed_in_its_series_and_named_by_date(built: tuple[Path, dict[Path, Version]]) -> None:
    root, files = built
    expected: dict[str, list[str]] = {}
    for version in files.values():
        expected.setdefault(version.series, []).append(version.folder)
    assert versions_on_disk(root) == {k: sorted(v) for k, v in expected.items()}
    for path, version in files.items():
        folder = root / version.series / version.folder
        assert (folder / f"standard{path.suffix}").read_bytes() == path.read_bytes()


def test_list_gives_counts_dates_and_status(built: tuple[Path, dict[Path, Version]]) -> None:
    root, _ = built
    listing = {s["series"]: s for s in run_json(root, "list")}
    assert listing["4401100"]["versions"] == 4
    assert listing["4401100"]["first_date"] == "2019-03"
    assert listing["4401100"]["last_date"] == "2023-01"
    assert listing["4401100"]["status"] == "final"
    assert listing["payroll-examiner"]["versions"] == 2
    assert listing["4409900"]["versions"] == 1  # same title, other code: not merged


def test_log_orders_by_date_then_status_and_counts_changes(built: tuple[Path, dict[Path, Version]]) -> None:
    root, _ = built
    log = run_json(root, "log", "4401100")["versions"]
    assert [v["version"] for v in log] == ["2019-03", "2021-06-tentative", "2021-06", "2023-01"]
    assert log[0]["substantive"] is None
    for prev, cur in itertools.pairwise(log):
        summary = compare(_doc(root, "4401100", prev["version"]), _doc(root, "4401100", cur["version"])).summary
        assert (cur["substantive"], cur["editorial"]) == (summary["substantive"], summary["editorial"])
        assert cur["previous"] == prev["version"]
    assert log[1]["substantive"] >= 1  # a duty was added
    assert log[2]["substantive"] >= 1  # years of experience changed


def test_log_finds_a_series_by_code_or_title(built: tuple[Path, dict[Path, Version]]) -> None:
    root, _ = built
    assert run_json(root, "log", "payroll examiner")["series"] == "payroll-examiner"
    result = run(root, "log", "Records Clerk", code=2)  # two series share the title
    assert "several series" in result.stderr and result.stderr.count("\n") == 1


def test_diff_defaults_to_the_last_two_versions(built: tuple[Path, dict[Path, Version]]) -> None:
    root, _ = built
    diff = json.loads(run(root, "diff", "payroll-examiner", "--format", "json").stdout)
    assert diff["old"]["source"]["path"] == "payroll-examiner/2018-01/standard.txt"
    assert diff["new"]["source"]["path"] == "payroll-examiner/2020-05/standard.html"
    texts = [c["text"] for ch in diff["changes"] if ch["op"] != "unchanged" for c in ch["old"] + ch["new"]]
    assert any("3 year(s)" in t for t in texts)


def test_diff_between_named_versions_writes_html(built: tuple[Path, dict[Path, Version]], tmp_path: Path) -> None:
    root, _ = built
    out = tmp_path / "d.html"
    run(root, "diff", "4401100", "--from", "2019", "--to", "2021-06-t", "-o", str(out))
    page = out.read_text()
    assert "<!DOCTYPE html>" in page and "Scans paper records" in page


def test_diff_of_an_unknown_version_is_one_line(built: tuple[Path, dict[Path, Version]]) -> None:
    root, _ = built
    result = run(root, "diff", "4401100", "--from", "1999", code=2)
    assert "matches no version" in result.stderr and result.stderr.count("\n") == 1


def test_search_reports_series_version_section_and_title(built: tuple[Path, dict[Path, Version]]) -> None:
    root, _ = built
    hits = run_json(root, "search", "scans paper records")
    assert [(h["series"], h["version"]) for h in hits] == [("4401100", "2023-01")]
    assert hits[0]["section"] == "duties" and hits[0]["title"] == "Records Clerk"
    every = run_json(root, "search", "--all-versions", "scans", "paper")
    assert {h["version"] for h in every} == {"2021-06-tentative", "2021-06", "2023-01"}
    assert run_json(root, "search", "(unbalanced AND") == []  # punctuation is never query syntax


def test_report_links_index_and_series_pages_both_ways(built: tuple[Path, dict[Path, Version]], tmp_path: Path) -> None:
    root, _ = built
    out = tmp_path / "site"
    run(root, "report", "--since", "2020-01", "-o", str(out))
    index = (out / "index.html").read_text()
    links = re.findall(r'href="(series/[^"]+)"', index)
    assert sorted(links) == ["series/4401100.html", "series/payroll-examiner.html"]
    assert 'id="series-4409900"' in index  # a new one-version series is listed, without a diff
    for link in links:
        page = (out / link).read_text()
        assert 'href="../index.html#series-' in page
    clerk = (out / "series" / "4401100.html").read_text()
    assert "2019-03" in clerk and "2023-01" in clerk  # last version before the date -> latest


def test_report_is_byte_stable(built: tuple[Path, dict[Path, Version]], tmp_path: Path) -> None:
    root, _ = built
    run(root, "report", "--since", "2020", "-o", str(tmp_path / "a"))
    run(root, "report", "--since", "2020", "-o", str(tmp_path / "b"), "--jobs", "2")
    assert tree(tmp_path / "a") == tree(tmp_path / "b")


def test_adding_the_same_files_again_changes_nothing(tmp_path: Path) -> None:
    root, files = _build(tmp_path, 3)
    before = tree(root)
    result = run(root, "add", *map(str, files))
    assert result.stdout.count("nothing changed") == len(files)
    assert tree(root) == before


def test_previous_version_for_a_newly_published_file(built: tuple[Path, dict[Path, Version]], tmp_path: Path) -> None:
    from specdiff import Corpus, load

    root, files = built
    corpus = Corpus(root)
    by_folder = {(v.series, v.folder): p for p, v in files.items()}
    found = corpus.previous_version(load(by_folder[("4401100", "2021-06")]))
    assert found is not None and found.row.version == "2021-06-tentative"
    newer = Version("x", "", "Records Clerk", "4401100", "2/2025", duties=("Files records;",))
    found = corpus.previous_version(load(newer.write(tmp_path, "new")))
    assert found is not None and (found.row.series, found.row.version) == ("4401100", "2023-01")
    assert found.document.source.path == "4401100/2023-01/standard.txt"
    assert found.path == root / "4401100" / "2023-01" / "document.json"
    unknown = Version("x", "", "Lighthouse Keeper", "1231231", "2/2025", duties=("Keeps the light;",))
    assert corpus.previous_version(load(unknown.write(tmp_path, "unknown"))) is None
