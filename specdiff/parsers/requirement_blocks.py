"""Minimum-qualification text cut into statements: title x route x alternative.

The parser scopes each minimum-qualifications section to a title. Inside it, a standard marks
routes ("Open Competitive:", "Promotion:"), alternatives ("EITHER: (A)", "Or II", a numbered
list whose items end in "or") and series-wide paragraphs ("Substitution:", "All Levels:").
The clauses of a section are joined into one text (a clause boundary is not a statement
boundary: an alternative may be wrapped over two clauses) and cut at those markers; each
piece remembers which clauses it came from.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from ..model import Clause, Document, Section
from ..model.identity import title_names
from ..phrases.quantities import scan
from .title_names import canonical_title

ROUTES = {
    "open_competitive": re.compile(r"open[\s-]*competitive|competitive|open", re.I),
    "promotion": re.compile(r"promotion(?:al)?", re.I),
    "transfer": re.compile(r"transfer", re.I),
}
# Minimum qualifications printed without "Open Competitive:" / "Promotion:" apply to whoever the
# examination admits; which route that is the document does not say, so it is "other".
DEFAULT_ROUTE = "other"
_ROUTE = re.compile(
    r"^[ \t]*(?P<route>open[\s-]*competitive|promotion(?:al)?|transfer|reinstatement|non[\s-]*competitive)"
    r"(?:[ \t]+(?:qualifications?|examination|exam|requirements?))?[ \t]*(?::|$)",
    re.I | re.M,
)
_OPTION = re.compile(
    r"^[ \t]*(?i:either|or)\b[ \t]*:?[ \t]*(?:\((?P<a>[A-Z]|[IVX]+|\d{1,2})\)|(?P<b>[IVX]+)\b(?![\w'’]))"
    r"|^[ \t]*(?i:either)[ \t]+(?=[A-Z][a-z])",
    re.M,
)
_LABEL = re.compile(
    r"(?:^|(?<=[.;]\s)|(?<=[.;]\s\s))[ \t]*(?P<label>(?i:notes?|substitutions?|all\s+levels|all\s+classes))[ \t]*:",
    re.M,
)
_LETTERED = re.compile(r"^[ \t]*\((?P<c>[A-Z])\)[ \t]+", re.M)
_ROMAN_LABEL = re.compile(r"^[ \t]*(?P<c>III|II|IV|VIII|VII|VI|IX|V|X|I)[ \t]+(?=[A-Z(])", re.M)
ROMANS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
_NUMBERED = re.compile(r"^[ \t]*(\d{1,2})[.)][ \t]+", re.M)
_JOINERS = {"of", "and", "the", "for", "in", "on", "to", "a", "an", "at", "with", "or", "de"}
_REGION_END = re.compile(r"^\s*(?:date|updated|revised|effective|established|class\s+history)\b", re.I)


@dataclass(frozen=True, slots=True)
class Statement:
    """One piece of minimum-qualification text and where it belongs."""

    title: str | None
    route: str
    option: str | None
    kind: str  # "requirement", "note", "substitution" (series-wide) or "series" (all levels)
    text: str
    clauses: tuple[str, ...]
    offsets: tuple[tuple[int, str], ...]  # (offset in text, clause id) where each clause starts
    section: str = "minimum_qualifications"  # the kind of section it was printed in

    def clause_at(self, offset: int) -> str | None:
        """The clause the text at ``offset`` was printed in."""
        where = next((cid for start, cid in reversed(self.offsets) if start <= offset), None)
        return where or (self.clauses[0] if self.clauses else None)


@dataclass
class Block:
    """The lines of one title's minimum qualifications, each with the clause it came from."""

    title: str | None
    lines: list[tuple[str | None, str]]
    kind: str = "minimum_qualifications"


def route_of(name: str) -> str:
    """ "Open-Competitive" -> open_competitive; "Promotional" -> promotion; else "other"."""
    for route, pattern in ROUTES.items():
        if pattern.fullmatch(" ".join(name.split())):
            return route
    return "other"


# The sections whose text is read: the minimums, and beside them what a posting prefers and what
# an appointee must accept (read as preferences and conditions, never as minimums); from notes,
# only the conditions and preferences they state ("A valid driver's license is required prior to
# appointment"). Selective certification, a qualifications review and supplemental questions are
# not read at all.
READ_KINDS = ("minimum_qualifications", "preferred_qualifications", "conditions_of_employment", "notes")
# sections not read but for the lists a lead-in sentence there says are criteria
LEAD_IN_KINDS = ("knowledge_skills_abilities", "other")


# A sentence that introduces a list of criteria and says of what kind they are, printed where a
# heading would be ("It is desirable if you can demonstrate the following:", "The following
# are essential:"): the list under it is read as that kind, whatever the section's heading.
_LEAD_IN_KINDS = (
    (
        "preferred_qualifications",
        re.compile(r"\b(?:desirable|desired|preferred|an?\s+(?:advantage|asset)|nice\s+to\s+have)\b", re.I),
    ),
    ("minimum_qualifications", re.compile(r"\b(?:essential|required|must\s+(?:have|demonstrate|be\s+able))\b", re.I)),
)


def lead_in_kind(clause: Clause) -> str | None:
    """The kind of criteria a lead-in sentence introduces: it ends in a colon, has the list as its
    children and names the kind once (a sentence naming both kinds is not a lead-in)."""
    text = " ".join(clause.text.split())
    if not clause.children or not text.endswith(":") or len(text.split()) > 25:
        return None
    kinds = [kind for kind, pattern in _LEAD_IN_KINDS if pattern.search(text)]
    return kinds[0] if len(kinds) == 1 else None


def _lead_in_blocks(section: Section, doc: Document) -> list[Block]:
    """The lists a lead-in sentence introduces in a section not otherwise read (a job description's
    "Skills you need"), each a block of the kind the sentence names."""
    title = canonical_title(doc.titles, section.title) if section.title else None
    out = []
    for clause in section.clauses:
        kind = lead_in_kind(clause)
        if kind is not None:
            lines: list[tuple[str | None, str]] = [
                (c.id, f"{c.label} {c.text}" if c.label else c.text) for ch in clause.children for c in ch.walk()
            ]
            out.append(Block(title, lines, kind))
    return out


def collect_blocks(doc: Document) -> list[Block]:
    """The qualification text of ``doc``, one block per title-scoped section."""
    blocks: list[Block] = []
    sections = doc.sections
    index = 0
    while index < len(sections):
        section = sections[index]
        index += 1
        if section.kind not in READ_KINDS:
            if section.kind in LEAD_IN_KINDS:
                blocks += _lead_in_blocks(section, doc)
            continue
        title = canonical_title(doc.titles, section.title) if section.title else None
        marker = section.heading and any(p.match(section.heading) for p in (_ROUTE, _OPTION, _LABEL))
        block = Block(title, [(None, section.heading)] if marker else [], section.kind)
        blocks.append(block)
        block = _add_lines(blocks, block, section, doc)
        if section.clauses or section.kind != "minimum_qualifications":
            continue
        # The parser left the section empty and put its content in the sections that follow
        # (each sub-heading taken for a section): read on while they are unrecognised.
        while index < len(sections) and sections[index].kind == "other":
            follower = sections[index]
            if _REGION_END.match(follower.heading):
                break
            index += 1
            if _title_like(follower.heading, doc):
                block = Block(_block_title(follower.heading, doc), [], block.kind)
                blocks.append(block)
            elif follower.heading:
                block.lines.append((None, follower.heading))
            block = _add_lines(blocks, block, follower, doc)
    return [b for b in blocks if any(text.strip() for _, text in b.lines)]


def _add_lines(blocks: list[Block], block: Block, section: Section, doc: Document) -> Block:
    """The section's clauses as lines; a clause that is only a class title ("Senior Engineer",
    its alternatives below it) starts that title's block. Returns the block read last."""
    for clause in section.walk():
        text = clause.text.strip()
        if not clause.label and not text.endswith((".", ";", ":", ",")) and _title_like(text, doc):
            block = Block(_block_title(text, doc), [], block.kind)
            blocks.append(block)
            continue
        block.lines.append((clause.id, f"{clause.label} {clause.text}" if clause.label else clause.text))
    return block


def _block_title(heading: str, doc: Document) -> str | None:
    if re.match(r"^\s*all\s+(?:levels|classes|titles)\b", heading, re.I):
        return None
    return canonical_title(doc.titles, heading)


def _title_like(heading: str, doc: Document) -> bool:
    """A sub-heading that names one of the document's titles (or "All levels").

    Only the title list counts: a capitalised line under the qualifications is as often an
    answer option of a supplemental question ("CERA (Certified Elections Registration
    Administrator)") or a preferred item ("Bilingual and/or American Sign Language") as a
    class, and taking it for one moves every requirement after it to a title that does not
    exist. The parser's title list holds every title the header, the class-code table or a
    title-scoped heading names.
    """
    text = heading.strip()
    if re.match(r"^\s*all\s+(?:levels|classes|titles)\b", text, re.I):
        return True
    if not text or _ROUTE.match(text) or _OPTION.match(text) or _LABEL.match(text + ":"):
        return False
    return bool(doc.titles) and canonical_title(doc.titles, text) in title_names(doc.titles)


def statements(block: Block) -> list[Statement]:
    """Cut a block's text at route, alternative and label markers."""
    text, starts = _join(block.lines)
    markers: list[tuple[int, int, str, str | None]] = []  # (start, end, what, value)
    markers += [(m.start(), m.end(), "route", route_of(m.group("route"))) for m in _ROUTE.finditer(text)]
    markers += [(m.start(), m.end(), "option", m.group("a") or m.group("b") or "I") for m in _OPTION.finditer(text)]
    markers += [(m.start(), m.end(), "label", m.group("label").lower()) for m in _LABEL.finditer(text)]
    markers += _labelled_options(text, bool(markers and any(m[2] == "option" for m in markers)))
    markers.sort()
    out: list[Statement] = []
    route, option, kind, title = DEFAULT_ROUTE, None, "requirement", block.title
    position = anchor = 0  # the statement's text starts after its marker; its clauses include the marker's
    for start, end, what, value in [*markers, (len(text), len(text), "end", None)]:
        if start < position:
            continue
        out += _pieces(text, starts, (anchor, position), start, (title, route, option, kind, block.kind))
        position, anchor = end, start
        if what == "route":
            route, option, kind = str(value), None, "requirement"
        elif what == "option":
            option, kind = value, "requirement"
        elif what == "label" and value:
            if value.startswith("note"):
                kind = "note"
            elif value.startswith("substitution"):
                kind = "substitution"
            else:
                title, kind, option = None, "requirement", None
    return out


def _labelled_options(text: str, either_or: bool) -> list[tuple[int, int, str, str | None]]:
    """Items labelled "(A)", "(B)" or "I", "II" at line starts: alternatives, whether or not the
    parser kept the EITHER/OR words, unless an item before the last ends in "and" (they add up).
    A label that restarts the sequence ("I" again) starts a new run."""
    out: list[tuple[int, int, str, str | None]] = []
    for pattern, sequence in ((_LETTERED, tuple("ABCDEFGHIJ")), (_ROMAN_LABEL, ROMANS)):
        runs: list[list[re.Match[str]]] = []
        for item in pattern.finditer(text):
            label = item.group("c")
            if runs and label != sequence[0] and sequence.index(label) == sequence.index(runs[-1][-1].group("c")) + 1:
                runs[-1].append(item)
            else:
                runs.append([item])
        for run in runs:
            first = run[0].group("c")
            if not ((first == sequence[0] and len(run) >= 2) or either_or):
                continue
            bodies = [text[a.end() : b.start()].strip() for a, b in itertools.pairwise(run)]
            if not any(re.search(r"\band\W*$", body, re.I) for body in bodies):
                out += [(m.start(), m.end(), "option", m.group("c")) for m in run]
    return out


def _pieces(
    text: str,
    starts: list[tuple[int, int, str | None]],
    bounds: tuple[int, int],
    end: int,
    scope: tuple[str | None, str, str | None, str, str],
) -> list[Statement]:
    """One statement, or one per item of a numbered list whose items end in "or". ``scope`` is
    (title, route, option, statement kind, section kind)."""
    title, route, option, kind, section = scope
    anchor, begin = bounds
    piece = text[begin:end]
    if not piece.strip():
        return []
    ranges = [(begin, end, option)]
    items = list(_NUMBERED.finditer(piece))
    if kind == "requirement" and len(items) >= 2:
        bodies = [piece[a.start() : b.start()] for a, b in itertools.pairwise(items)]
        bodies.append(piece[items[-1].start() :])
        # alternatives, not a list of kinds of work: items end in "or" and name years or degrees
        if all(re.search(r"\bor\W*$", body.strip(), re.I) for body in bodies[:-1]) and (
            sum(1 for body in bodies if any(scan(body))) >= 2
        ):
            head = [(begin, begin + items[0].start(), option)] if piece[: items[0].start()].strip() else []
            stops = [m.start() for m in items[1:]] + [len(piece)]
            ranges = head + [
                (begin + m.start(), begin + stop, m.group(1) if option is None else f"{option}.{m.group(1)}")
                for m, stop in zip(items, stops, strict=True)
            ]
    out = []
    for index, (a, b, name) in enumerate(ranges):
        low = anchor if index == 0 else a  # the first piece also owns the clause its marker sat in
        inside = [(start, cid) for start, stop, cid in starts if cid and start < b and stop > low]
        ids = tuple(dict.fromkeys(cid for _, cid in inside))
        offsets = tuple((max(start, a) - a, cid) for start, cid in inside)
        out.append(Statement(title, route, name, kind, text[a:b], ids, offsets, section))
    return out


def _join(lines: list[tuple[str | None, str]]) -> tuple[str, list[tuple[int, int, str | None]]]:
    """The lines as one text, and where each line (clause) starts and ends in it."""
    starts: list[tuple[int, int, str | None]] = []
    offset = 0
    for cid, line in lines:
        starts.append((offset, offset + len(line), cid))
        offset += len(line) + 1
    return "\n".join(line for _, line in lines), starts


__all__ = ["Block", "Statement", "collect_blocks", "route_of", "statements"]
