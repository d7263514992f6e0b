"""What every record's JSON conversion shares: the JSON type, the OCR fields, and one error.

The records read JSON written by anyone (a corpus checked out of git, a file a user edited). A
value missing or of the wrong type is a file that does not follow the contract: one
:class:`~specdiff.errors.SchemaError` naming the contract, never a ``KeyError`` from deep inside.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from ..errors import SchemaError

JSON = dict[str, Any]
T = TypeVar("T")


def with_ocr(out: JSON, confidence: float | None, low: bool) -> JSON:
    """The OCR fields (added to the contracts) only on text that OCR read, so documents read
    from a text layer serialise exactly as before."""
    if confidence is not None:
        out["ocr_confidence"] = confidence
        out["low_confidence"] = low
    return out


def read_contract(schema: str, what: str, data: Any, build: Callable[[Mapping[str, Any]], T]) -> T:
    """``build(data)`` for JSON that must be the contract ``schema``; SchemaError when it is not."""
    if not isinstance(data, Mapping) or data.get("schema") != schema:
        found = data.get("schema") if isinstance(data, Mapping) else type(data).__name__
        raise SchemaError(f"not a {schema} {what} (schema={found!r})")
    try:
        return build(data)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise SchemaError(f"does not follow {schema}: {type(exc).__name__} {exc}") from exc


__all__ = ["JSON", "read_contract", "with_ocr"]
