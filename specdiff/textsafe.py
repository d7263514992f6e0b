"""Document text made inert for the outputs that are not HTML: terminals, CI logs and Markdown.

A document is read from a file anyone could have written. Its text must not drive the terminal
that shows a report (an ESC sequence can rewrite the screen or the window title), open a second
GitHub workflow command, notify a person (an ``@name`` in a pull-request comment) or become a
link (a bare URL). Control characters are shown as what they are (the Unicode control pictures,
``␛`` for ESC); mentions and URLs get a zero-width space that breaks GitHub's autolinking while
leaving the text as the reader sees it.
"""

from __future__ import annotations

import html
import re

_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_ZWSP = "\u200b"
_MENTION = re.compile(r"@(?=[\w-])")
_AUTOLINK = re.compile(r"\b(https?|ftp)(?=://)|\b(www)(?=\.)", re.IGNORECASE)


def _picture(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # ␀ … ␟
    if code == 0x7F:
        return "\u2421"  # ␡
    return f"<U+{code:04X}>"  # C1 controls have no pictures


def visible_controls(text: str) -> str:
    """Control characters (tab and newline aside) replaced by a visible stand-in."""
    return _CONTROLS.sub(_picture, text)


def quiet_markdown(text: str) -> str:
    """No @-mention and no bare URL that GitHub would turn live; controls made visible."""
    text = _MENTION.sub("@" + _ZWSP, visible_controls(text))
    return _AUTOLINK.sub(lambda m: m.group() + _ZWSP, text)


_MARKDOWN_SPECIALS = re.compile(r"([\\`*_\[\]{}|~#!])")


def markdown_literal(text: str) -> str:
    """Document text shown literally in Markdown, on one line (a table cell, a list item): HTML
    escaped, Markdown's punctuation backslashed, a leading "3." kept from starting a list, and
    quiet (:func:`quiet_markdown`). Used by every Markdown output: change reports, ladders and
    check reports."""
    escaped = _MARKDOWN_SPECIALS.sub(r"\\\1", html.escape(quiet_markdown(" ".join(text.split())), quote=False))
    return re.sub(r"^(\d+)\.", r"\1\\.", escaped)


__all__ = ["markdown_literal", "quiet_markdown", "visible_controls"]
