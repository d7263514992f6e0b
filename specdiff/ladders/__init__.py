"""Titles compared with each other: a series ladder level by level, or any two titles."""

from .build import compare_titles, ladder
from .model import LADDER_SCHEMA, Ladder

__all__ = ["LADDER_SCHEMA", "Ladder", "compare_titles", "ladder"]
