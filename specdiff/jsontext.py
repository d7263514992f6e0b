"""JSON read from files specdiff did not necessarily write (within the nesting limit), and
JSON written the one way every specdiff output writes it.

``json.loads`` accepts what no document can hold: values nested thousands deep (which exhaust
Python's recursion and crashed ``check``) and lone UTF-16 surrogates written as ``"\\ud800"``
(which cannot be written out again as UTF-8: every report of such a document crashed). Both are
refused here, before anything else sees the data.
"""

from __future__ import annotations

import itertools
import json
import re
from typing import Any

from .errors import InputError
from .limits import NESTING, recursion_room

_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def json_depth(text: str) -> int:
    """How deep the arrays and objects of a JSON text nest (strings ignored), in linear time."""
    skeleton = _NOT_BRACKET.sub("", _STRING.sub("", text))
    return max(itertools.accumulate(map(_STEP.__getitem__, skeleton)), default=0)


def load_json(text: str, label: str) -> Any:
    """Parse ``text``; InputError for invalid JSON, nesting past :data:`NESTING`, lone surrogates."""
    depth = json_depth(text)
    if depth > NESTING.get():
        raise NESTING.error(label, f"JSON values nested {depth:,} levels deep")
    try:
        with recursion_room(depth):
            data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"cannot read {label}: not valid JSON ({exc})") from exc
    if _SURROGATE_ESCAPE.search(text):  # only an escape can put a surrogate in decoded JSON
        try:
            json.dumps(data, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError as exc:
            bad = exc.object[exc.start : exc.end].encode("unicode_escape").decode("ascii")
            message = f"cannot read {label}: its JSON holds a lone surrogate ({bad}), which is not text"
            raise InputError(message) from exc
    return data


def dump_json(data: Any) -> str:
    """``data`` as specdiff writes every JSON file and output: indented by one space, non-ASCII
    letters as themselves (a reviewer reads the file), one newline at the end."""
    return json.dumps(data, indent=1, ensure_ascii=False) + "\n"


__all__ = ["dump_json", "json_depth", "load_json"]
