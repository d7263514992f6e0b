"""Empty form labels: a template's field names with no value state nothing.

Adding, dropping or renaming an empty label ("Other:", a header row of column labels with no
values) is editorial with the reason "an empty form label"; a label that gains a value, or a row
that carries values, is still a change. Fixtures are written for these tests.
"""

from __future__ import annotations

from specdiff.diff import compare
from specdiff.diff.labels import EMPTY_LABEL, is_empty_label
from specdiff.model import Change

from .docs import POSTING_DUTIES, make_headed_doc

SUMMARY = "The coordinator runs the county's elections from the ballot proof to the final canvass."


def _changed(old_rows, new_rows) -> list[Change]:  # type: ignore[no-untyped-def]
    diff = compare(make_headed_doc(old_rows), make_headed_doc(new_rows, new=True))
    return [c for c in diff.changes if c.op != "unchanged"]


def _texts(change: Change) -> tuple[str, ...]:
    return tuple(r.text for r in (*change.old, *change.new))


def test_label_shapes() -> None:
    for text in (
        "Other:",
        "This Position Reports to:",
        "Titles and number of staff reporting to this position: (if applicable)",
        "Additional Information (if required):",
        "# Direct Staff | # Indirect Staff",
        "Start date: | End date:",
    ):
        assert is_empty_label(text), text
    for text in (
        "Reports To: Senior Director",
        "# Direct Staff | 2-5",
        "These duties are shared with:",
        "Must have:",
        "Plans the ballot layout for each election.",
        "Type of Role | Individual Contributor",
    ):
        assert not is_empty_label(text), text


def test_empty_labels_added_or_dropped_are_editorial() -> None:
    labels = ["# Direct Staff | # Indirect Staff", "This Position Reports to:"]
    old = [("duties", "Duties", POSTING_DUTIES), ("other", "Staff", [SUMMARY, *labels])]
    new = [("duties", "Duties", POSTING_DUTIES), ("other", "Staff", [SUMMARY, "Other:"])]
    changes = {_texts(c): c for c in _changed(old, new)}
    for text in (*labels, "Other:"):
        change = changes[(text,)]
        assert (change.substantive, change.reasons[-1]) == (False, EMPTY_LABEL), change


def test_a_label_wrapped_over_two_lines_is_one_empty_label() -> None:
    wrapped = ["Examples/ Additional", "Information:"]
    old = [("duties", "Duties", POSTING_DUTIES), ("other", "Pressures", [SUMMARY, *wrapped])]
    new = [("duties", "Duties", POSTING_DUTIES), ("other", "Pressures", [SUMMARY])]
    changes = _changed(old, new)
    assert changes and all(not c.substantive and EMPTY_LABEL in c.reasons for c in changes), changes


def test_a_label_that_gains_a_value_or_a_row_of_values_is_substantive() -> None:
    old = [("duties", "Duties", POSTING_DUTIES), ("other", "Staff", [SUMMARY, "Reports To:"])]
    new = [
        ("duties", "Duties", POSTING_DUTIES),
        ("other", "Staff", [SUMMARY, "Reports To: Senior Director", "# Direct Staff | 2-5"]),
    ]
    changes = _changed(old, new)
    assert changes and all(c.substantive for c in changes), changes
    assert not any(EMPTY_LABEL in c.reasons for c in changes)
