"""Markdown (and the YAML front matter a static site keeps above it) to lines.

Each source line stays one line, so line numbers are the editor's, and the recovered text keeps
every word the file holds. What the reader adds is what Markdown marks up:

- ATX (``## The role``) and setext headings become :class:`~.marks.Heading` lines (the marks go,
  the words stay); ``+`` bullets read as ``-``; ``**bold**`` and ``__bold__`` lose their marks;
- a summary list (``<dl>``) reads as fields: the term's line is markup, the value's line reads
  ``Term: value``;
- a table row ``| a | b |`` reads ``a | b`` (one clause per row downstream); its ``|---|``
  separator is markup;
- markup is flagged, never dropped: lines that are only HTML tags, the whole of an element the
  page itself hides (``data-ignore``, ``hidden``, ``aria-hidden``), HTML comments, Liquid tags and
  a heading made only of a Liquid variable (``# {{page.title}}``), code fences;
- front matter (``---`` ... ``---``): its values are content (a listing may keep all of itself
  there, with block scalars holding Markdown); the delimiters, ``#`` comments (template
  instructions) and keys with no value are flagged; a block scalar's key (``role_summary: |``)
  is a heading of its own (in words: "Role summary"), its indented block is read as Markdown;
  ``title:`` is the page title;
  a key set apart by a blank line or a comment starts a group of its own (like a paragraph in
  the body), so the keys a template groups together stay one clause and unrelated groups never
  run on into each other across the flagged lines between them.
"""

from __future__ import annotations

import re

from .html import marks_named
from .marks import FRONT_MATTER, MARKUP, TEMPLATE_COMMENT, Block, Flagged, Heading, PageLine, PageLines, text_of

_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_ONLY_TAGS = re.compile(r"^\s*(?:</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>\s*)+$")
_OPEN_TAG = re.compile(r"<([A-Za-z][A-Za-z0-9-]*)(\s[^<>]*)?>")
_HIDING = re.compile(r"""\b(?:data-ignore\s*=\s*["']?true|hidden\b|aria-hidden\s*=\s*["']?true)""", re.I)
_LIQUID_ONLY = re.compile(r"^\s*(?:\{%.*?%\}|\{\{.*?\}\}|\s)+$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_TABLE_ROW = re.compile(r"^\s*\|(.*)\|\s*$")
_FENCE = re.compile(r"^\s*(```|~~~)")
_BOLD = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_PLUS = re.compile(r"^(\s*)\+(\s+)")
_YAML_KEY = re.compile(r"^(\s*)(-\s+)?([A-Za-z_][\w-]*)\s*:(?:\s+(.*))?$")
_BLOCK_SCALAR = re.compile(r"^[|>][+-]?\d*\s*(?:#.*)?$")


def read_markdown(text: str) -> PageLines:
    """One page of lines from Markdown source (``\\n`` line ends)."""
    lines = text.split("\n")
    out: list[PageLine] = []
    start = 0
    if lines and lines[0].strip() == "---":
        end = next((i for i in range(1, len(lines)) if lines[i].strip() in ("---", "...")), None)
        if end is not None:
            out += front_matter(lines[: end + 1])
            start = end + 1
    out += body(lines[start:])
    return [out]


def front_matter(lines: list[str]) -> list[PageLine]:
    """The ``---`` block: values are content, plumbing is flagged (see the module docstring)."""
    out: list[PageLine] = [Flagged(lines[0], FRONT_MATTER)]
    i = 1
    last = len(lines) - 1
    while i < last:
        line = lines[i]
        stripped = line.strip()
        m = _YAML_KEY.match(line)
        if stripped.startswith("#"):
            out.append(Flagged(line, TEMPLATE_COMMENT))
        elif m and m[4] is not None and _BLOCK_SCALAR.match(m[4]):
            out.append(Heading(block_heading(m[3]), 2))
            indent = len(m[1])
            block_end = i + 1
            while block_end < last and (
                not lines[block_end].strip() or len(lines[block_end]) - len(lines[block_end].lstrip()) > indent
            ):
                block_end += 1
            block = lines[i + 1 : block_end]
            depth = min((len(b) - len(b.lstrip()) for b in block if b.strip()), default=0)
            out += body([b[depth:] for b in block])
            i = block_end
            continue
        elif m and not m[4]:
            out.append(Flagged(line, FRONT_MATTER) if not m[2] else line)
        elif m and m[3] == "title" and not m[1] and not m[2]:
            out.append(Heading(line, 1))
        elif m and not m[1] and (not lines[i - 1].strip() or lines[i - 1].lstrip().startswith("#")):
            out.append(Block(line))  # set apart by a blank line or a comment: a group of its own
        else:
            out.append(line)
        i += 1
    out.append(Flagged(lines[last], FRONT_MATTER))
    return out


def block_heading(key: str) -> str:
    """The words of a block scalar's key as its heading reads: ``specialized_requirements: |``
    heads its block as "Specialized requirements" (the ``: |`` is YAML's, the underscores the
    template's; like the ``#`` of a heading, the marks go and the words stay)."""
    words = " ".join(key.replace("_", " ").replace("-", " ").split())
    return words[:1].upper() + words[1:]


def body(lines: list[str]) -> list[PageLine]:
    """Markdown body lines (see the module docstring)."""
    out: list[PageLine] = []
    hidden: tuple[str, int] | None = None  # (tag, open count) of an element the page hides
    comment = fence = False
    term: list[str] = []  # a summary list's term, read into its value's line ("Grade: SEO")
    in_term = in_value = False
    for k, line in enumerate(lines):
        stripped = line.strip()
        if comment or stripped.startswith("<!--"):
            comment = "-->" not in stripped
            out.append(Flagged(line, TEMPLATE_COMMENT))
            continue
        if fence or _FENCE.match(line):
            fence = fence != bool(_FENCE.match(line))
            out.append(Flagged(line, MARKUP) if _FENCE.match(line) else line)
            continue
        if hidden is not None:
            tag, depth = hidden
            depth += len(re.findall(rf"<{tag}\b", line, re.I)) - len(re.findall(rf"</{tag}\s*>", line, re.I))
            hidden = (tag, depth) if depth > 0 else None
            out.append(Flagged(line, MARKUP))
            continue
        opened = _OPEN_TAG.search(line)
        if opened and opened[2] and _HIDING.search(opened[2]):
            tag = opened[1]
            depth = len(re.findall(rf"<{tag}\b", line, re.I)) - len(re.findall(rf"</{tag}\s*>", line, re.I))
            hidden = (tag, depth) if depth > 0 else None
            out.append(Flagged(line, MARKUP))
            continue
        read = _body_line(line, lines[k + 1] if k + 1 < len(lines) else "", out)
        if in_term and isinstance(read, str) and read.strip():
            term.append(read.strip())
            read = Flagged(line, MARKUP)
        elif in_value and term and isinstance(read, str) and read.strip():
            indent = read[: len(read) - len(read.lstrip())]
            read = f"{indent}{' '.join(term).rstrip(':')}: {read.strip()}"
        in_term = (in_term or bool(re.search(r"<dt\b", line, re.I))) and not re.search(r"</dt\s*>", line, re.I)
        in_value = (in_value or bool(re.search(r"<dd\b", line, re.I))) and not re.search(r"</dd\s*>", line, re.I)
        if re.search(r"<dt\b", line, re.I):
            term = []
        previous = lines[k - 1] if k > 0 else ""
        if isinstance(read, str) and read.strip() and not previous.strip() and not read[:1].isspace():
            read = Block(read)  # after a blank line, unindented: a new paragraph or list, never a continuation
        out.append(read)
    return out


def _body_line(line: str, following: str, out: list[PageLine]) -> PageLine:
    stripped = line.strip()
    if not stripped:
        return line
    if _ONLY_TAGS.match(line) or _LIQUID_ONLY.match(line) or _TABLE_RULE.match(line):
        return Flagged(line, MARKUP)
    m = _ATX.match(line)
    if m:
        title = m[2] or ""
        return Heading(title, len(m[1])) if title and not _LIQUID_ONLY.match(title) else Flagged(line, MARKUP)
    if _SETEXT.match(line):  # a setext underline (its text became the heading) or a thematic break
        return Flagged(line, MARKUP)
    if following.strip() and _SETEXT.match(following) and not _is_item(line) and _paragraph_start(out):
        return Heading(stripped, 1 if following.strip().startswith("=") else 2)
    row = _TABLE_ROW.match(line)
    if row:
        cells = [cell.strip() for cell in row[1].split("|")]
        return " | ".join(c for c in marks_named(cells, _table_header(out)) if c)
    text = _PLUS.sub(r"\1-\2", line)
    text = _BOLD.sub(r"\2", text)
    if "<" in text and _TAG.search(text):
        text = " ".join(_TAG.sub(" ", text).split()) if text.strip().startswith("<") else _TAG.sub("", text)
    return text


def _table_header(out: list[PageLine]) -> list[str]:
    """The heading row of the table being read: the row above its ``|---|`` rule."""
    for k in range(len(out) - 1, 0, -1):
        line = out[k]
        if isinstance(line, Flagged) and _TABLE_RULE.match(line.text):
            above = out[k - 1]
            heads = text_of(above) if isinstance(above, str | Block) else ""
            return [c.strip() for c in heads.split(" | ")] if " | " in heads else []
        if isinstance(line, Flagged | Heading) or " | " not in text_of(line):
            return []
    return []


def _is_item(line: str) -> bool:
    return bool(re.match(r"^\s*(?:[-*+]|\d+[.)])\s", line))


def _paragraph_start(out: list[PageLine]) -> bool:
    """A setext heading's text stands after a blank line (or at the start)."""
    return not out or not (out[-1] if isinstance(out[-1], str) else out[-1].text).strip()
