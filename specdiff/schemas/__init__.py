"""The JSON Schemas of specdiff's public contracts, shipped with the package."""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any

from ..errors import FormatError

SCHEMA_FILES = {
    "specdiff/document/v1": "document-v1.json",
    "specdiff/diff/v1": "diff-v1.json",
    "specdiff/check/v1": "check-v1.json",
    "specdiff/ladder/v1": "ladder-v1.json",
    "specdiff/review/v1": "review-v1.json",
}


@cache
def load_schema(name: str) -> dict[str, Any]:
    """The JSON Schema for a contract name such as ``specdiff/document/v1``."""
    try:
        filename = SCHEMA_FILES[name]
    except KeyError:
        raise FormatError(f"unknown schema {name!r}; known: {', '.join(SCHEMA_FILES)}") from None
    data: dict[str, Any] = json.loads(files(__package__).joinpath(filename).read_text(encoding="utf-8"))
    return data
