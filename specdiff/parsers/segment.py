"""Clause segmentation: the rows under one heading (and one title) into a tree of clause drafts.

A clause is what a reviewer compares: a list item, a numbered activity, a semicolon item of a
knowledge/skills paragraph, or a prose paragraph, with its wrapped lines joined. Extraction loses
paragraph breaks and inserts blank lines inside items, so both are recovered from the shape of
the lines: a line that stops short after a full stop ends a paragraph, an item whose text has not
ended runs on past a blank line. Lead-ins keep their items as children: a sentence ending in a
colon ("As a subject matter expert:") owns the list under it, and a short route label on a line of
its own ("Promotion:") owns everything up to the next such label. Dotted labels nest ("A.1" under
"GOAL A").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from ..phrases.figures import figures_only
from .headings import heading_shape
from .rows import FIELD_LABEL_CHARS, JOINERS, Opening, Row, ends_sentence, is_caps, opening, star_spaced, words

# A clause-opening label ("NOTE:", "Promotion:"), not a field: one to three words of letters, a value optional.
_LEAD_LABEL = re.compile(r"^[A-Z][A-Za-z'-]*(?:\s+[A-Za-z'-]+){0,2}\s*:(?:\s|$)")
# A semicolon list's lead-in ("Knowledge of: a; b"): up to four words, "of/to/in", and items after it.
_LEADIN = re.compile(r"^(?P<lead>(?:[A-Z][\w/-]*)(?:\s+[\w/-]+){0,3}\s*(?:of|to|in)?\s*:)\s+(?=\S)")


@dataclass
class ClauseDraft:
    """A clause being built: its rows, text pieces, label, weight and children."""

    rows: list[Row]
    pieces: list[str]
    label: str | None = None
    weight: str | None = None
    role: str = "para"  # para | lead | item | field | route | subhead
    children: list[ClauseDraft] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(" ".join(p.split()) for p in self.pieces if p.strip())

    @property
    def tail(self) -> str:
        """The last non-blank piece, whitespace-normalised: the end of :attr:`text`, which is all
        the row-by-row tests read, without joining every piece again for each new row (that was
        quadratic in a paragraph's rows)."""
        last = next((p for p in reversed(self.pieces) if p.strip()), "")
        return " ".join(last.split())

    @property
    def listed(self) -> bool:
        return self.role == "item" or self.label is not None


def segment(
    rows: list[Row], *, kind: str, width: int, lead_owns_list: bool = False, star_bullets: bool = False
) -> list[ClauseDraft]:
    """Clause drafts (a tree) for the rows of one section scope. With ``lead_owns_list`` the
    first paragraph owns the list that follows it even without a colon (a goal statement); with
    ``star_bullets`` every "* text" row is a bullet (the document lists with that glyph)."""
    flat = _star_bullets(_flat(rows, width), every=star_bullets)
    if lead_owns_list and flat and flat[0].role == "para" and not flat[0].text.endswith(":"):
        flat[0].role = "lead"
    if kind == "knowledge_skills_abilities":
        flat = [d for draft in flat for d in split_semicolons(draft, min_items=2)]
    elif kind == "duties":
        flat = [d for draft in flat for d in split_semicolons(draft, min_items=6)]
    return _tree(flat)


def _flat(rows: list[Row], width: int) -> list[ClauseDraft]:
    drafts: list[ClauseDraft] = []
    pending = Opening()
    current: ClauseDraft | None = None
    gap = turned = False  # a blank line / a page turned since the last row
    fields = field_runs(rows)
    broken = unpunctuated_runs(rows, width)
    for row in rows:
        if row.blank:
            turned, gap = turned or row.page_break, gap or not row.page_break
            continue
        tail = current.tail if current else ""  # the end of the paragraph so far, read once per row
        op = Opening(rest=row.text, kind="field") if row.index in fields else opening(row.text, tail)
        if op.kind in ("label_only", "weight_only"):
            pending = Opening(op.label or pending.label, op.bullet or pending.bullet, op.weight or pending.weight)
            current, gap, turned = None, False, False
            continue
        starts = op.kind in ("item", "goal", "field") or pending.label or pending.weight or pending.bullet
        if starts and current is not None and not gap and op.label and not pending.label:
            starts = not _label_runs_on(current.rows, row, width)
        if (
            current is not None
            and not starts
            and row.index not in broken
            and not _new_paragraph(current, tail, row, gap, width, turned=turned)
        ):
            current.rows.append(row)
            current.pieces.append(row.text)
            gap = turned = False
            continue
        role = "field" if op.kind == "field" else "item" if (op.kind in ("item", "goal") or pending.bullet) else "para"
        current = ClauseDraft(
            [row], [op.rest or row.text], op.label or pending.label, op.weight or pending.weight, role
        )
        if role == "para" and _is_route(current.text):
            current.role = "route"
        elif role == "para" and _is_subhead(row.text):
            current.role = "subhead"
        drafts.append(current)
        if current.role in ("route", "subhead", "field"):
            current = None
        pending, gap, turned = Opening(), False, False
    return drafts


# One space after the colon is enough here, unlike rows._FIELD: the run of FIELD_RUN lines is the evidence.
_LABELLED = re.compile(rf"^[A-Z]{FIELD_LABEL_CHARS}{{1,40}}:\s+\S")
FIELD_RUN = 3  # adjacent "Label: value" lines that make a block of fields


def field_runs(rows: list[Row]) -> set[int]:
    """Indices of rows in a run of ``FIELD_RUN`` or more adjacent "Label: value" lines (a
    posting's "Salary: ... / Location: ... / Job Number: ..." block): each is a field of its own,
    not a wrapped sentence, whatever its width."""
    out: set[int] = set()
    run: list[int] = []
    for row in [*rows, Row("", -1)]:
        if row.text and _LABELLED.match(row.text):
            run.append(row.index)
            continue
        if len(run) >= FIELD_RUN:
            out.update(run)
        run = []
    return out


UNPUNCTUATED_RUN = 3  # adjacent lines broken on purpose that make a list
UNWRAPPED = 150  # characters: a line this long was not wrapped by its source (a paragraph a line)


def unpunctuated_runs(rows: list[Row], width: int) -> set[int]:
    """Indices of rows that open a new item of a list printed without bullets or full stops
    (a scraped posting's "Active participation in the ... Association" / "Must be able to work
    nights and weekends ..." / "Work locations ... are subject to change ..."): a run of
    ``UNPUNCTUATED_RUN`` or more adjacent lines, each of three or more words and opening with a
    capital, none but the last ending a sentence or stopping on a joining word, a comma or a
    colon, where every next line's first word would have fitted on the line before (measured
    against the page's usual line ``width``, or the run's widest line if wider; a line longer
    than ``UNWRAPPED`` was never wrapped, so the break after it is the writer's too). Greedy
    wrapping never leaves that room at every break, so the lines were broken on purpose; joined,
    the items would read as one sentence (one condition quoting three). Only where characters
    measure width (text, not a PDF's proportional type); ALL CAPS lines are a statement or a
    heading, never such a list."""
    out: set[int] = set()
    run: list[Row] = []
    for row in [*rows, Row("", -1)]:
        if _list_line(row) and (not run or not ends_sentence(run[-1].text)):
            run.append(row)
            continue
        out.update(_broken(run, width))
        run = [row] if _list_line(row) else []
    out.update(_broken(run, width))
    return out


def _list_line(row: Row) -> bool:
    text = row.text
    if not text or row.page is not None or not text[:1].isupper() or is_caps(text):
        return False
    tokens = text.split()
    return len(tokens) >= 3 and not text.endswith((",", "-", ":", ";", "(", "/")) and tokens[-1].lower() not in JOINERS


def _broken(run: list[Row], width: int) -> set[int]:
    """The rows after the first of ``run`` when it is a list (see :func:`unpunctuated_runs`)."""
    if len(run) < UNPUNCTUATED_RUN or any(b.index != a.index + 1 for a, b in pairwise(run)):
        return set()
    reach = max(width, *(r.indent + len(r.text) for r in run))
    if all(
        len(a.text) > UNWRAPPED or a.indent + len(a.text) + 1 + len(b.text.split()[0]) <= reach
        for a, b in pairwise(run)
    ):
        return {r.index for r in run[1:]}
    return set()


def _star_bullets(drafts: list[ClauseDraft], *, every: bool) -> list[ClauseDraft]:
    """ "* text" is a footnote marker on its own but a bullet glyph when the document prints it
    more than once (``every``) or in a run: such a draft is a list item, its star no label (so
    "* a; b" stays one item)."""
    starred = [d.label == "*" and star_spaced(d.rows[0].text) for d in drafts]
    for i, draft in enumerate(drafts):
        if starred[i] and (every or (i > 0 and starred[i - 1]) or (i + 1 < len(drafts) and starred[i + 1])):
            draft.label, draft.role = None, "item"
    return drafts


def _new_paragraph(current: ClauseDraft, text: str, row: Row, gap: bool, width: int, *, turned: bool = False) -> bool:
    """Whether ``row`` opens a new paragraph after ``current``, whose end (:attr:`ClauseDraft.tail`) is
    ``text``."""
    last_row = current.rows[-1]
    first = row.text[:1]
    if gap and row.block:  # the source says a block starts here (Markdown)
        return True
    if gap:
        if first.islower() and not re.search(r"[.!?][\"'\u201d\u2019)]*$", text):
            return False
        if ends_sentence(text):
            return True
        last = text.split()[-1].lower() if text.split() else ""
        return not (current.listed or first.islower() or text.endswith((",", "-")) or last in JOINERS)
    if len(current.rows) == 1 and first.isupper() and figures_only(last_row.text):
        return True  # a value line (a salary range) is not the start of the sentence below it
    if not ends_sentence(last_row.text) or not (first.isupper() or first.isdigit() or first in "\"'(\u201c"):
        return False
    if current.listed and row.indent >= current.rows[0].indent + 2:  # hanging indent: the item runs on
        return False
    if _LEAD_LABEL.match(row.text) or turned:  # "NOTE: ...", "Promotion: ..." or a new page after a full stop
        return True
    short = len(last_row.text) < 0.8 * width
    unwrapped = len(last_row.text) > UNWRAPPED
    indented = row.indent > last_row.indent and not current.listed
    return short or unwrapped or indented or _room_left(current.rows, row, width)


def _label_runs_on(rows: list[Row], row: Row, width: int) -> bool:
    """A label at the start of a line is a reference inside the sentence, not a new item, when
    the line above stops mid-sentence on a joining word ("... as described in (A) and" /
    "(B) above.") or the label follows "and" ("... in (A)" / "and (B) above."), and the text
    wrapped there (the label had no room on the line above). "...; or" / "(B)" is still an
    option: "or" separates alternatives."""
    last = rows[-1].text
    if ends_sentence(last):
        return False
    if re.match(r"(?i)and\s", row.text):
        return not _room_left(rows, row, width)
    # A line that stops on a joining word is unfinished whatever its length: character counts of
    # proportional type (a PDF) are no measure of whether the label had room on it.
    tokens = last.split()
    joined = len(tokens) >= 2 and not tokens[-2].endswith((";", ","))
    return tokens[-1].lower() in JOINERS - {"or"} and joined


def _room_left(rows: list[Row], row: Row, width: int) -> bool:
    """Hard-wrapped text fills each line greedily: when the next line's first word would have fit
    after a line that ends a sentence, the writer broke the line on purpose (a paragraph ended).
    The paragraph's own widest line bounds its wrap width (a re-wrapped paragraph may be narrower
    than the page); a one-line paragraph is measured against the page."""
    last = rows[-1]
    reach = max(r.indent + len(r.text) for r in rows) if len(rows) >= 2 else width
    return last.indent + len(last.text) + 1 + len(row.text.split()[0]) <= reach


def _is_route(text: str) -> bool:
    """A short label on a line of its own, like "Promotion:" or "All Levels:"."""
    return text.endswith(":") and len(words(text)) <= 3 and text[:1].isupper()


def _is_subhead(text: str) -> bool:
    """A level sub-heading such as "Office Assistant (Various Classes)": Title Case, unpunctuated."""
    return heading_shape(text) and not text.endswith((":", ".")) and not text.isupper() and len(words(text)) >= 2


def split_semicolons(draft: ClauseDraft, *, min_items: int) -> list[ClauseDraft]:
    """A paragraph of semicolon-separated items -> one clause per item (a "Knowledge of:" style
    lead-in becomes their parent)."""
    if draft.role != "para" or draft.label:
        return [draft]
    text = draft.text
    lead_m = _LEADIN.match(text)
    start = lead_m.end() if lead_m else 0
    cuts = _semicolons(text, start)
    if len(cuts) + 1 < min_items:
        return [draft]
    bounds = [start, *[c + 1 for c in cuts], len(text)]
    items: list[ClauseDraft] = []
    for a, b in pairwise(bounds):
        piece = text[a:b].strip().rstrip(";").strip()
        if piece:
            items.append(ClauseDraft(_rows_for(draft, text, a, b), [piece], role="item"))
    if lead_m:
        parent = ClauseDraft(draft.rows[:1], [lead_m.group("lead")], role="para")
        parent.children = items
        return [parent]
    return items


_ALTERNATIVE = re.compile(r"\s*(?:and/)?or\b", re.IGNORECASE)


def _semicolons(text: str, start: int) -> list[int]:
    """Where the items of a semicolon list end. A semicolon followed by "or" ("Bachelor's degree
    and 5 years of experience; or any equivalent combination ...") joins two alternatives of one
    requirement, not two items of a list: cut there, the alternative would read as a clause of
    its own, and the same paragraph would be one clause under one heading and two under a
    knowledge heading (the only kind cut at two items), so an unchanged requirement whose heading
    was read as another kind would show as removed and added."""
    if text.find(";", start) < 0:
        return []
    depth, cuts = 0, []
    for mark in _PAREN_OR_SEMICOLON.finditer(text, start):  # only these characters change anything
        ch, i = mark.group(), mark.start()
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= depth > 0
        elif depth == 0 and text[i + 1 : i + 2] in (" ", "") and not _ALTERNATIVE.match(text, i + 1):
            cuts.append(i)
    return cuts


_PAREN_OR_SEMICOLON = re.compile(r"[();]")


def _rows_for(draft: ClauseDraft, text: str, a: int, b: int) -> list[Row]:
    """The rows a character range of the joined text came from."""
    rows, pos = [], 0
    for row, piece in zip(draft.rows, draft.pieces, strict=False):
        length = len(" ".join(piece.split()))
        if pos <= b and pos + length >= a:
            rows.append(row)
        pos += length + 1
    return rows or draft.rows[:1]


def _label_key(label: str | None) -> str:
    if not label:
        return ""
    text = re.sub(r"^(?i:goal|objective)\s+", "", label)
    return text.strip("().: ").upper()


def _tree(flat: list[ClauseDraft]) -> list[ClauseDraft]:
    """Nest lead-ins, dotted labels and route labels."""
    out: list[ClauseDraft] = []
    by_label: dict[str, ClauseDraft] = {}
    leadin: ClauseDraft | None = None
    for draft in flat:
        lkey = _label_key(draft.label)
        parent_key = lkey.rsplit(".", 1)[0] if "." in lkey else ""
        if parent_key and parent_key in by_label:
            by_label[parent_key].children.append(draft)
            continue
        if draft.listed and leadin is not None and not (lkey and lkey in by_label):
            leadin.children.append(draft)
        else:
            out.append(draft)
            leadin = draft if draft.role == "lead" or (draft.role == "para" and draft.text.endswith(":")) else None
        if lkey:
            by_label[lkey] = draft
    return _nest_routes(out)


def _nest_routes(drafts: list[ClauseDraft]) -> list[ClauseDraft]:
    out: list[ClauseDraft] = []
    owner: ClauseDraft | None = None
    for draft in drafts:
        if draft.role in ("route", "subhead"):
            owner = draft
            out.append(draft)
        elif owner is not None:
            owner.children.append(draft)
        else:
            out.append(draft)
    return out
