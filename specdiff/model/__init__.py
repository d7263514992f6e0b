"""The one model of the domain every stage shares: its records, identities and words.

Records (frozen, slotted dataclasses with their JSON contracts):
    :mod:`.lines`         Line, Source, RawText           what ingestion recovers
    :mod:`.document`      Document, Section, Clause, ...  ``specdiff/document/v1``
    :mod:`.comparison`    Diff, Change, ClauseRef, ...    ``specdiff/diff/v1``
    :mod:`.requirements`  Requirement, RequirementChange, Eligibility, ...
Word lists of the contracts (section kinds, formats, statuses, ops): :mod:`.kinds`.

Every name is importable from here (``from specdiff.model import Document``). The package
imports nothing of specdiff's but :mod:`specdiff.errors`, so every stage can depend on it and it
on none of them.
"""

from __future__ import annotations

from .comparison import Change, ClauseRef, Diff, DocumentRef, InlineOp, MetadataChange
from .contract import JSON
from .document import Clause, Definition, Document, Furniture, Section, Span, Title
from .kinds import (
    CHANGE_OPS,
    DIFF_SCHEMA,
    DOCUMENT_SCHEMA,
    FORMATS,
    LOW_OCR_CONFIDENCE,
    SECTION_KINDS,
    STATUSES,
    SUMMARY_KEYS,
)
from .lines import Line, RawText, Source
from .requirements import (
    CONDITION_KINDS,
    PROFILES,
    Eligibility,
    Evidence,
    Passage,
    Requirement,
    RequirementChange,
    Standing,
    Substitution,
)

__all__ = [
    "CHANGE_OPS",
    "CONDITION_KINDS",
    "DIFF_SCHEMA",
    "DOCUMENT_SCHEMA",
    "FORMATS",
    "JSON",
    "LOW_OCR_CONFIDENCE",
    "PROFILES",
    "SECTION_KINDS",
    "STATUSES",
    "SUMMARY_KEYS",
    "Change",
    "Clause",
    "ClauseRef",
    "Definition",
    "Diff",
    "Document",
    "DocumentRef",
    "Eligibility",
    "Evidence",
    "Furniture",
    "InlineOp",
    "Line",
    "MetadataChange",
    "Passage",
    "RawText",
    "Requirement",
    "RequirementChange",
    "Section",
    "Source",
    "Span",
    "Standing",
    "Substitution",
    "Title",
]
