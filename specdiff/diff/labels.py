"""Empty form labels: a clause that is only the name of a field, with no value.

A form or job-description template prints labels that the writer fills in ("This Job Reports
to:", "Other:", a table's header row "# Direct Reports | # Indirect Reports"). Left empty, the
label states nothing: adding or removing it, or renaming it, is a change of the template, not of
the job. Once the label carries a value ("Reports To: Senior Director") the clause is a field and
its value is judged as text. The shapes are read from punctuation only (a closing colon, a "#"
column, a parenthesised aside), so any publisher's empty fields qualify.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

EMPTY_LABEL = "an empty form label"
PLACEHOLDER = "a placeholder that states nothing"

# What a form prints where it has nothing to say: an answer line "N/A", a cell "None" or "-".
_PLACEHOLDER = re.compile(
    r"^\W*(?:n\s*/\s*a|n\.a\.?|not\s+applicable|none|nil|tbd|tba|to\s+be\s+(?:determined|announced))?\W*$", re.I
)

_ASIDE = re.compile(r"\s*\([^()]{0,60}\)\s*$")  # "(if applicable)", "(if required)"
_SENTENCE = re.compile(r"[.;!?]")
# a label naming a duty or a requirement ("Must have:", "Required:") gives its items a status
_STATUS = re.compile(r"\b(?:must|shall|required|requires?|preferred|mandatory|will|may|should)\b", re.I)
_MAX_WORDS = 12
_WRAP_WORDS = 2  # the rest of a label wrapped onto the next line ("Examples/ Additional" / "Information:")


_SMALL = frozenset(
    ["a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with", "per"]
)
_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")


def _label_name(name: str, *, aside: bool = False) -> bool:
    """A field's name: a few words, no figure (a value) and no sentence inside, written as a
    name (Title Case: "This Job Reports to") unless a fill-in aside follows the colon ("Job
    titles reporting to this job: (if applicable)"). A lead-in written as a sentence ("These
    challenges are impacted by:") introduces the items under it and is not a label."""
    name = _ASIDE.sub("", name).strip()
    if not name or not name[0].isupper() or len(name.split()) > _MAX_WORDS:
        return False
    if any(c.isdigit() for c in name) or ":" in name or _SENTENCE.search(name) or _STATUS.search(name):
        return False
    return aside or all(w[0].isupper() for w in _WORD.findall(name) if w.lower() not in _SMALL)


def _column_label(cell: str) -> bool:
    """A table cell that names a column and holds no value: "# Direct Reports", "Start date:"."""
    cell = cell.strip()
    if cell.startswith("#"):
        return _label_name(cell.lstrip("#").strip(), aside=True)
    return cell.endswith(":") and _label_name(cell[:-1], aside=True)


def is_empty_label(text: str) -> bool:
    """Whether ``text`` is only a label: a name ending in a colon (an aside such as "(if
    applicable)" may follow it) or a row of column labels with no values."""
    body = text.strip()
    if "|" in body:
        cells = [c for c in body.split("|") if c.strip()]
        return len(cells) >= 2 and all(_column_label(c) for c in cells)
    bare = _ASIDE.sub("", body).rstrip()
    return bare.endswith(":") and len(bare) > 1 and _label_name(bare[:-1], aside=bare != body)


def is_placeholder(text: str) -> bool:
    """Whether ``text`` is only a placeholder ("N/A", "None", "TBD", a dash) or punctuation: a
    clause of its own that says nothing about the job, so adding or dropping it changes nothing
    (the same word as a field's value, "Supervision exercised: None", is a statement, and is
    judged as one)."""
    return bool(text.strip()) and _PLACEHOLDER.match(text.strip()) is not None


def empty_labels(texts: Sequence[str], adjacent: Sequence[bool]) -> list[bool]:
    """Which clauses of a run are empty labels. ``adjacent[k]`` says clause ``k`` was printed on
    the line right under clause ``k - 1``, in the same section: a label wrapped over two lines
    ("Examples/ Additional" / "Information:") is two clauses, both of them the label."""
    out = [is_empty_label(t) for t in texts]
    for k in range(1, len(texts)):
        head, tail = texts[k - 1].strip(), texts[k].strip()
        if out[k] and not out[k - 1] and adjacent[k] and len(tail.split()) <= _WRAP_WORDS:
            out[k - 1] = bool(head) and head[-1] not in ".;:!?," and is_empty_label(f"{head} {tail}")
    return out
