"""``corpus review import``: a review.json is kept beside the version it reviews, and ``log``
shows how many of that version's substantive changes were approved; a review of documents the
corpus does not hold as two versions of one series is refused with one line and nothing written."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from tests.corpus.helpers import run, run_json, tree
from tests.corpus.samples import Version

SERIES = "7701000"


def versions(tmp_path: Path) -> list[Path]:
    base = dict(series=SERIES, folder="", title="Archive Clerk", code=SERIES)
    return [
        Version(**base, date="3/2019", duties=("Files records.", "Answers requests.")).write(tmp_path, "v1"),
        Version(**base, date="3/2021", duties=("Files records electronically.", "Answers requests."),
                years=2).write(tmp_path, "v2"),
    ]  # fmt: skip


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def review(old: Path, new: Path, ids: list[str], path: Path) -> Path:
    marks = [
        {"id": i, "status": "approved", "note": "", "reviewer": "B. Clerk", "time": "2025-03-01T09:00:00Z"} for i in ids
    ]
    data = {
        "schema": "specdiff/review/v1",
        "old": {"sha256": sha(old), "file": old.name},
        "new": {"sha256": sha(new), "file": new.name},
        "reviewer": "B. Clerk",
        "changes": marks,
    }
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_import_keeps_the_review_beside_its_version_and_log_counts_it(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    run(root, "init")
    old, new = versions(tmp_path)
    run(root, "add", str(old), str(new))
    log = run_json(root, "log", SERIES)["versions"]
    assert [v["reviewed"] for v in log] == [None, None]
    total = log[1]["substantive"]
    assert total >= 2
    diff = json.loads(run(root, "diff", SERIES, "--format", "json").stdout)
    ids = [c["id"] for c in diff["changes"] if c["substantive"]][:2]
    out = run(root, "review", "import", str(review(old, new, ids, tmp_path / "review.json"))).stdout
    assert "kept the review of" in out and "2 approved" in out
    stored = root / SERIES / log[1]["version"] / "review.json"
    assert json.loads(stored.read_text(encoding="utf-8"))["reviewer"] == "B. Clerk"
    assert [v["reviewed"] for v in run_json(root, "log", SERIES)["versions"]] == [None, f"2/{total}"]
    text = run(root, "log", SERIES).stdout
    assert "REVIEWED" in text.splitlines()[1] and f"2/{total}" in text
    again = run(root, "review", "import", str(review(old, new, ids[:1], tmp_path / "review.json"))).stdout
    assert "replaced the review of" in again
    assert run_json(root, "log", SERIES)["versions"][1]["reviewed"] == f"1/{total}"


def test_a_review_of_other_documents_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    run(root, "init")
    old, new = versions(tmp_path)
    run(root, "add", str(old), str(new))
    before = tree(root)
    stranger = tmp_path / "stranger.txt"
    stranger.write_text("Not in the corpus.\n", encoding="utf-8")
    for path in (review(stranger, new, [], tmp_path / "a.json"), review(old, stranger, [], tmp_path / "b.json")):
        result = run(root, "review", "import", str(path), code=2)
        assert len(result.stderr.strip().splitlines()) == 1 and "is not" in result.stderr
    (tmp_path / "c.json").write_text('{"schema": "specdiff/diff/v1"}', encoding="utf-8")
    result = run(root, "review", "import", str(tmp_path / "c.json"), code=2)
    assert "not a specdiff/review/v1 file" in result.stderr
    assert tree(root) == before
