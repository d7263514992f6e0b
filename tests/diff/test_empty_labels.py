"""Empty form labels: a template's field names with no value state nothing.

Adding, dropping or renaming an empty label ("Other:", a header row of column labels with no
values) is editorial with the reason "an empty form label"; a label that gains a value, or a row
that carries values, is still a change. So is a placeholder printed on its own ("N/A").
Fixtures are written for these tests.
"""

from __future__ import annotations

from specdiff.diff import compare
from specdiff.diff.labels import EMPTY_LABEL, PLACEHOLDER, is_empty_label, is_placeholder
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


def test_placeholder_shapes() -> None:
    for text in ("N/A", "  n/a ", "(N/A)", "None", "none.", "TBD", "To be announced", "Not applicable", "-", "—"):
        assert is_placeholder(text), text
    for text in ("", "NA", "Nancy", "N/A - see the notes", "Supervision exercised: None", "None of the above apply."):
        assert not is_placeholder(text), text


def test_a_placeholder_on_its_own_line_added_or_dropped_is_editorial() -> None:
    """An answer line left as "N/A" under a questionnaire's instructions states nothing; a
    placeholder that is a field's value ("Supervision exercised: None") is a statement."""
    old = [("duties", "Duties", POSTING_DUTIES), ("other", "Questionnaire", [SUMMARY, "N/A"])]
    new = [("duties", "Duties", POSTING_DUTIES), ("other", "Questionnaire", [SUMMARY, "Supervision exercised: None"])]
    changes = {_texts(c): c for c in _changed(old, new)}
    assert (changes[("N/A",)].substantive, changes[("N/A",)].reasons[-1]) == (False, PLACEHOLDER)
    assert changes[("Supervision exercised: None",)].substantive
