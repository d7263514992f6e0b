"""Why a change matters, in plain sentences every report format shares.

The diff states its reasons in a small fixed grammar (``words added: "…"``, ``words changed: "a"
-> "b"``, ``moved to another section``, the names of editorial rules such as ``punctuation``;
see ``diff/classify.py`` and docs/diff.md). :func:`parse_reason` reads that grammar into a
:class:`Reason`, and :func:`sentences` words a change's reasons for a person: the quoted words
are found again in the clause as printed (the diff quotes its comparison form, lower-cased and
without punctuation) so a sentence shows the words as the reader sees them, with a few words of
context ("Adds 'electronic' before 'records management system'"). A line of money amounts
becomes one sentence with the percentage ("Annual salary raised from $55,916–$81,766 to
$59,361–$86,819 (+6.2%)"), because that is what a reviewer asks of a pay line.

Everything here is a pure function of the Change: the HTML, Markdown and Word reports call it
and print what it returns, so the three never word the same change differently.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Change, ClauseRef

_SECTION_LABELS = {"knowledge_skills_abilities": "Knowledge, skills and abilities"}


def section_label(kind: str) -> str:
    """A section kind as a heading a person reads ("minimum_qualifications" -> "Minimum qualifications")."""
    return _SECTION_LABELS.get(kind, kind.replace("_", " ").capitalize())


MOVES = {
    "moved to another title": "title",
    "moved to another section": "section",
    "moved within its section": "section",
    "reordered within its list": "reorder",
}

EDITORIAL_WORDS = {
    "whitespace": "spacing or line breaks",
    "bullet glyph": "bullet symbols",
    "footnote marker": "footnote markers",
    "abbreviation": "an abbreviation written out or shortened",
    "apostrophe": "apostrophes",
    "quote style": "quotation marks",
    "punctuation": "punctuation",
    "case": "capital letters",
    "article": "an article (a, an, the)",
    "inflection": "word endings (singular or plural, tense)",
    "hyphenation or spacing": "hyphenation or word spacing",
}

_WORDS = re.compile(r'^words (added|removed|changed): "(.*?)"(?: -> "(.*)")?$')
_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_MONEY = re.compile(r"[$€£]\s?\d[\d,]*(?:\.\d+)?")
_PAY_WORDS = re.compile(r"salar|\bpay\b|wage|compensation|remuneration|\brate\b", re.I)
QUOTE_WORDS = 10
CONTEXT_WORDS = 3


@dataclass(frozen=True, slots=True)
class Reason:
    """One reason of the diff, read back into its parts.

    ``kind`` is ``added``/``removed``/``changed`` (words), ``move``, ``editorial`` (a named
    rule), ``op`` (the bare operation, "added"), ``more`` (the diff cut its list short) or
    ``other`` (anything this module does not know: printed as given)."""

    kind: str
    old: str = ""
    new: str = ""
    move: str = ""


def parse_reason(text: str) -> Reason:
    """The structure of one reason string (the grammar is ``diff/classify.describe_hunk``)."""
    if match := _WORDS.match(text):
        what, first, second = match.groups()
        if what == "added":
            return Reason("added", new=first)
        if what == "removed":
            return Reason("removed", old=first)
        return Reason("changed", old=first, new=second or "")
    if text in MOVES:
        return Reason("move", move=MOVES[text])
    if text in EDITORIAL_WORDS:
        return Reason("editorial", old=text)
    if text in ("added", "removed"):
        return Reason("op", old=text)
    if text == "…":
        return Reason("more")
    return Reason("other", old=text)


def heading_label(ref: ClauseRef) -> str:
    """The heading a clause reads under, as printed but not shouted ("ANNUAL SALARY" -> "Annual
    salary"); the section's kind in words when the parser found no heading."""
    printed = _unshouted(ref.heading or "")
    if not printed:
        return "Document header" if ref.section == "other" else section_label(ref.section)
    return printed


@functools.lru_cache(maxsize=1024)
def _unshouted(heading: str) -> str:
    """The printed heading, spacing and a trailing colon aside, in sentence case when it is
    shouted. Remembered: a report asks it of the same few headings for every change it places
    and words (a few hundred times for a two-page standard)."""
    printed = " ".join(heading.split()).rstrip(":").strip()
    letters = [c for c in printed if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) / len(letters) > 0.8:
        return printed[:1].upper() + printed[1:].lower()
    return printed


_ENUMERATOR = re.compile(r"^(?:[A-Za-z]|\d{1,2}|[ivxIVX]{1,4})[.)]?\s+(?=\w\w)")


def heading_key(ref: ClauseRef) -> str:
    """A heading for telling places apart: case and a letter or number before it ("C Sensory
    Attention", "Sensory Attention") do not make another place."""
    return _ENUMERATOR.sub("", heading_label(ref)).casefold()


def place_label(ref: ClauseRef) -> str:
    """Heading and title as one phrase ("Illustrative Tasks — Clerk 2")."""
    return f"{heading_label(ref)} — {ref.title}" if ref.title else heading_label(ref)


def real_move(change: Change) -> bool:
    """A clause that changed place as a reader sees it: under another heading or title. A
    clause reordered within its list, or "moved" between two sections that print the same
    heading, is not shown as a move."""
    if not change.old or not change.new or not change.reasons:
        return False
    reason = parse_reason(change.reasons[0])
    if reason.kind != "move" or reason.move == "reorder":
        return False
    old, new = change.old[0], change.new[0]
    if reason.move == "title" and old.title != new.title:
        return True
    return heading_key(old) != heading_key(new)


def display_op(change: Change) -> str:
    """The operation a reader is told: a "move" that is only a reorder shows as ``modified``
    when its words changed, else ``reordered``."""
    if change.op != "moved" or real_move(change):
        return change.op
    if any(run.op != "equal" for run in change.inline):
        return "modified"
    return "reordered"


# --------------------------------------------------------------------------- quoting


@functools.lru_cache(maxsize=256)
def _tokens(text: str) -> tuple[tuple[str, int, int], ...]:
    """The words of ``text`` as (comparison word, start, end). Remembered: every quoted hunk of
    a change looks for its words in the same printed clause, which would be read again each time."""
    return tuple(
        (m.group().casefold().replace("’", "").replace("'", ""), m.start(), m.end()) for m in _TOKEN.finditer(text)
    )


def _key(words: str) -> list[str]:
    found = [t[0] for t in _tokens(words.rstrip("…"))]
    return found[:-1] if words.endswith("…") and len(found) > 1 else found  # the last word may be cut


def _short(text: str, limit: int = QUOTE_WORDS) -> str:
    words = text.split()
    return " ".join(words) if len(words) <= limit else " ".join(words[:limit]) + " …"


def _find(words: str, text: str) -> tuple[int, int] | None:
    """Where the diff's quoted words (comparison form) stand in the printed text. The text's
    words are listed once and compared by slices (C), not rebuilt at every position."""
    key = _key(words)
    if not key:
        return None
    tokens = _tokens(text)
    found = [t[0] for t in tokens]
    size = len(key)
    for i in range(len(tokens) - size + 1):
        if found[i] == key[0] and found[i : i + size] == key:
            return tokens[i][1], tokens[i + size - 1][2]
    return None


def _words(text: str) -> list[str]:
    """Words of printed text for context, without the punctuation around them."""
    stripped = (w.strip(".,;:()[]|\"'‘’“”") for w in text.split())
    return [w for w in stripped if any(ch.isalnum() for ch in w)]


def _context(text: str, span: tuple[int, int]) -> str:
    if after := _words(text[span[1] :])[:CONTEXT_WORDS]:
        return f" before ‘{' '.join(after)}’"
    before = _words(text[: span[0]])[-CONTEXT_WORDS:]
    return f" after ‘{' '.join(before)}’" if before else ""


def _printed(words: str, text: str) -> tuple[str, tuple[int, int] | None]:
    span = _find(words, text)
    quoted = text[span[0] : span[1]] if span else words.rstrip("…")
    return _short(quoted), span


def words_sentence(reason: Reason, old: str, new: str) -> str:
    """One hunk of changed words as a sentence, quoting the printed words."""
    if reason.kind == "added":
        quoted, span = _printed(reason.new, new)
        return f"Adds ‘{quoted}’" + (_context(new, span) if span else "")
    if reason.kind == "removed":
        quoted, span = _printed(reason.old, old)
        return f"Removes ‘{quoted}’" + (_context(old, span) if span else "")
    before, _ = _printed(reason.old, old)
    after, _ = _printed(reason.new, new)
    return f"Changes ‘{before}’ to ‘{after}’"


# --------------------------------------------------------------------------- pay


def _amount(text: str) -> float:
    return float(re.sub(r"[^\d.]", "", text))


def _ranges(text: str) -> str:
    """Money amounts as printed, with "A to B" written as a range "A–B"."""
    amounts = _MONEY.findall(text)
    out: list[str] = []
    rest = text
    for i, amount in enumerate(amounts):
        at = rest.find(amount)
        joiner = rest[:at].strip().lower()
        rest = rest[at + len(amount) :]
        if i and joiner in ("to", "-", "–", "—", "through"):
            out[-1] = f"{out[-1]}–{amount.replace(' ', '')}"
        else:
            out.append(amount.replace(" ", ""))
    return " and ".join(out)


def _percent(value: float) -> str:
    return f"{value:+.1f}%"


def is_pay(change: Change) -> bool:
    """A clause of money amounts under a pay heading, or whose own words speak of pay."""
    refs = change.old + change.new
    if not any(_MONEY.search(r.text) for r in refs):
        return False
    return any(_PAY_WORDS.search(f"{r.heading or ''} {r.section} {r.text}") for r in refs)


def pay_sentence(change: Change) -> str | None:
    """A changed pay line in words, with the percentage; None unless both versions print the
    same number of amounts (then each pairs with its counterpart)."""
    if not is_pay(change) or not change.old or not change.new:
        return None
    old = " ".join(r.text for r in change.old)
    new = " ".join(r.text for r in change.new)
    before, after = [_amount(a) for a in _MONEY.findall(old)], [_amount(a) for a in _MONEY.findall(new)]
    if not before or len(before) != len(after) or before == after or 0 in before:
        return None
    shifts = sorted({round((b - a) / a * 100, 1) for a, b in zip(before, after, strict=True)})
    verb = "raised" if all(s > 0 for s in shifts) else "lowered" if all(s < 0 for s in shifts) else "changed"
    span = _percent(shifts[0]) if len(shifts) == 1 else f"{_percent(shifts[0])} to {_percent(shifts[-1])}"
    label = heading_label(change.new[0])
    if not _PAY_WORDS.search(label):
        label = "Pay"
    return f"{label} {verb} from {_ranges(old)} to {_ranges(new)} ({span})"


# --------------------------------------------------------------------------- sentences


def move_sentence(change: Change) -> str | None:
    if not real_move(change):
        return None
    old, new = change.old[0], change.new[0]
    if old.title != new.title and parse_reason(change.reasons[0]).move == "title":
        return f"Moved from {place_label(old)} to {place_label(new)}"
    return f"Moved from {heading_label(old)} to {heading_label(new)}"


def _editorial(names: Sequence[str]) -> str:
    words = [EDITORIAL_WORDS[n] for n in dict.fromkeys(names)]
    listed = words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]
    return f"Editorial: only {listed} changed"


def sentences(change: Change, limit: int = 4) -> tuple[str, ...]:
    """The reasons of ``change`` as plain sentences, most telling first; at most ``limit``
    sentences about words, then how many more the redline shows."""
    old = " ".join(r.text for r in change.old)
    new = " ".join(r.text for r in change.new)
    parsed = [parse_reason(r) for r in change.reasons]
    out: list[str] = []
    if moved := move_sentence(change):
        out.append(moved)
    elif change.op == "moved" and any(r.kind == "move" for r in parsed):
        out.append("Now in another place in the same list")
    if pay := pay_sentence(change):
        return (*out, pay)
    hunks = [r for r in parsed if r.kind in ("added", "removed", "changed")]
    out += [words_sentence(r, old, new) for r in hunks[:limit]]
    if len(hunks) > limit or any(r.kind == "more" for r in parsed):
        out.append("More words changed: see the redline")
    if names := [r.old for r in parsed if r.kind == "editorial"]:
        out.append(_editorial(names))
    out += [r.old[:1].upper() + r.old[1:] for r in parsed if r.kind == "other"]
    return tuple(out)


def one_line(said: Sequence[str]) -> str:
    """Sentences as one line: "Changes ‘a’ to ‘an’; changes ‘36’ to ‘32’"."""
    return "; ".join(s if i == 0 else s[:1].lower() + s[1:] for i, s in enumerate(said))


__all__ = [
    "EDITORIAL_WORDS",
    "Reason",
    "display_op",
    "heading_key",
    "heading_label",
    "is_pay",
    "move_sentence",
    "one_line",
    "parse_reason",
    "pay_sentence",
    "place_label",
    "real_move",
    "section_label",
    "sentences",
    "words_sentence",
]
