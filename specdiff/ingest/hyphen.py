"""Words hyphenated across a line end, rejoined: "classifi-" + "cation" is "classification", but
"self-" + "reliant" stays "self-reliant".

A typesetter's hyphen and a compound's hyphen look the same at a line end. The document itself
is asked first (does it spell the word elsewhere with or without the hyphen?), then an English
word list (spaCy's lookup tables, already a dependency): a joined form that is a word wins;
two halves that are both words keep their hyphen ("decision-making"); anything else is joined,
since hyphenating inside a rare word is what typesetters do.
"""

from __future__ import annotations

import itertools
import re

from ..phrases.words import english_words

_HYPHEN_END = re.compile(r"([A-Za-z]+)[-\u00ad]$")
_HEAD = re.compile(r"[a-z][A-Za-z]*")


def keep_hyphen(first: str, second: str, document: str) -> bool:
    """Whether ``first-`` at a line end and ``second`` at the next line's start form a compound."""
    joined, hyphened = (first + second).lower(), f"{first}-{second}".lower()
    if re.search(rf"\b{re.escape(hyphened)}\b", document):
        return True
    if re.search(rf"\b{re.escape(joined)}\b", document):
        return False
    words = english_words()
    if _known(joined, words):
        return False
    return _known(first.lower(), words) and _known(second.lower(), words) and len(first) > 1


def _known(word: str, words: frozenset[str]) -> bool:
    if word in words:
        return True
    return any(word.endswith(suffix) and word[: -len(suffix)] in words for suffix in ("s", "es", "ed", "ing", "ly"))


def rejoin(lines: list[str]) -> list[str]:
    """The same lines with words hyphenated across line ends made whole.

    The broken word's first part moves down to the next line (or, when it is alone on its
    line, the second part moves up), so no line turns blank and line numbers still point at
    the printed lines. Only when the next non-blank line starts with a lower-case letter:
    "state-" + "Regulated" or a list dash is left alone.
    """
    out = list(lines)
    document = ""  # the whole text, lower case, made when the first hyphen asks for it
    filled = [i for i, text in enumerate(out) if text.strip()]
    for i, j in itertools.pairwise(filled):
        line, nxt = out[i].rstrip(), out[j]
        if not line.endswith(("-", "\u00ad")):  # most lines: no regex search needed
            continue
        match = _HYPHEN_END.search(line)
        stripped = nxt.lstrip()
        head = _HEAD.match(stripped)
        if not match or not head or line.endswith(("--", " -")):
            continue
        document = document or " ".join(" ".join(lines).lower().split())
        word = match.group(1) + ("-" if keep_hyphen(match.group(1), head.group(0), document) else "")
        before = line[: match.start()].rstrip()
        indent = nxt[: len(nxt) - len(stripped)]
        if before:
            out[i] = before
            out[j] = indent + word + stripped
        else:
            token, _, rest = stripped.partition(" ")
            out[i] = line[: match.start()] + word + token
            out[j] = indent + rest.lstrip() if rest.strip() else ""
    return out
