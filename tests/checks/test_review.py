"""``specdiff check --review``: a reviewer's approvals in the report turn findings on exactly those
changes into information, and a review of other documents is refused (exit 2, one line)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner

from specdiff.cli import main
from specdiff.review import REVIEW_SCHEMA, ReviewError, load_review, review_from_json
from specdiff.schemas import load_schema

OLD = """RECORDS CLERK

DUTIES

Files the agency's records in the central registry.

Answers questions from the public about record requests.

MINIMUM QUALIFICATIONS

Two years of clerical experience.
"""
NEW = OLD.replace("Two years", "Four years").replace("central registry", "electronic records system")


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def review_of(old: Path, new: Path, *ids: str, status: str = "approved") -> dict[str, Any]:
    marks = [
        {"id": i, "status": status, "note": f"checked {i}", "reviewer": "A. Reviewer", "time": "2025-02-01T10:00:00Z"}
        for i in ids
    ]
    return {
        "schema": REVIEW_SCHEMA,
        "old": {"sha256": sha(old), "file": old.name},
        "new": {"sha256": sha(new), "file": new.name},
        "reviewer": "A. Reviewer",
        "exported": "2025-02-01T10:05:00Z",
        "substantive": 2,
        "changes": marks,
    }


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path]:
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text(OLD, encoding="utf-8")
    new.write_text(NEW, encoding="utf-8")
    return old, new


def check(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["check", *args])
    return result.exit_code, result.stdout, result.stderr


def substantive_ids(old: Path, new: Path) -> list[str]:
    code, out, _ = check(str(new), "--against", str(old), "--format", "json", "--fail-on", "never")
    assert code == 0
    return [f["changes"][0] for f in json.loads(out)["findings"] if f["check"] == "changes.substantive"]


def test_the_schema_accepts_what_the_reader_accepts(pair: tuple[Path, Path]) -> None:
    data = review_of(*pair, "mq.1")
    jsonschema.validate(data, load_schema(REVIEW_SCHEMA))
    review = review_from_json(data)
    assert list(review.approved) == ["mq.1"] and review.reviewer == "A. Reviewer"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"schema": "specdiff/diff/v1"}, "not a specdiff/review/v1 file"),
        ({"reviewer": " "}, "'reviewer' is empty"),
        ({"old": {"sha256": "xyz"}}, "old.sha256 is not a sha256"),
        ({"changes": [{"id": "a", "status": "maybe", "note": "", "reviewer": "r", "time": "2025-01-01T00:00:00Z"}]},
         "status 'maybe'"),
        ({"changes": [{"id": "a", "status": "approved", "note": "", "reviewer": "r", "time": "soon"}]}, "ISO 8601"),
    ],
)  # fmt: skip
def test_a_malformed_review_is_one_line_and_the_schema_agrees(
    pair: tuple[Path, Path], change: dict[str, Any], message: str
) -> None:
    data = {**review_of(*pair), **change}
    with pytest.raises(ReviewError, match=message):
        review_from_json(data, "review.json")
    if "ISO 8601" not in message:  # JSON Schema's date-time format is not asserted by default
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(data, load_schema(REVIEW_SCHEMA))


def test_approved_changes_become_info_and_the_run_passes(pair: tuple[Path, Path], tmp_path: Path) -> None:
    old, new = pair
    ids = substantive_ids(old, new)
    assert len(ids) == 2
    code, out, _ = check(str(new), "--against", str(old), "--format", "json")
    assert code == 1, "the qualification change fails the default policy"
    path = tmp_path / "review.json"
    path.write_text(json.dumps(review_of(old, new, *ids)), encoding="utf-8")
    code, out, err = check(str(new), "--against", str(old), "--format", "json", "--review", str(path))
    assert code == 0, err
    report = json.loads(out)
    jsonschema.validate(report, load_schema("specdiff/check/v1"))
    reviewed = [f for f in report["findings"] if f["changes"] and set(f["changes"]) <= set(ids)]
    assert reviewed and all(f["severity"] == "info" and f["review"]["reviewer"] == "A. Reviewer" for f in reviewed)
    code, text, _ = check(str(new), "--against", str(old), "--review", str(path))
    assert "reviewed and approved by A. Reviewer on 2025-02-01: checked" in text


def test_one_approved_change_leaves_the_other_failing(pair: tuple[Path, Path], tmp_path: Path) -> None:
    old, new = pair
    ids = substantive_ids(old, new)
    mq = next(i for i in ids if i.startswith("mq"))
    other = next(i for i in ids if i != mq)
    path = tmp_path / "review.json"
    path.write_text(json.dumps(review_of(old, new, other)), encoding="utf-8")
    code, out, _ = check(str(new), "--against", str(old), "--format", "json", "--review", str(path))
    assert code == 1
    failing = [f for f in json.loads(out)["findings"] if f["severity"] == "error"]
    assert failing and all(mq in f["changes"] for f in failing)
    path.write_text(json.dumps(review_of(old, new, mq, status="question")), encoding="utf-8")
    code, _, _ = check(str(new), "--against", str(old), "--review", str(path))
    assert code == 1, "a question is not an approval"


def test_a_review_of_other_documents_is_refused(pair: tuple[Path, Path], tmp_path: Path) -> None:
    old, new = pair
    path = tmp_path / "review.json"
    path.write_text(json.dumps(review_of(new, old, "mq.1")), encoding="utf-8")  # sides swapped
    code, out, err = check(str(new), "--against", str(old), "--review", str(path))
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and "reviews other documents" in err
    code, _, err = check(str(new), "--review", str(path))
    assert code == 2 and "--against OLD or --corpus DIR" in err
    code, _, err = check(str(new), "--against", str(old), "--review", str(tmp_path / "missing.json"))
    assert code == 2 and "no such review file" in err
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    with pytest.raises(ReviewError, match="not JSON"):
        load_review(tmp_path / "bad.json")
    code, _, err = check(str(new), "--against", str(old), "--review", str(tmp_path / "bad.json"))
    assert code == 2 and "not JSON" in err
