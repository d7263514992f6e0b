"""The closed word lists of the JSON contracts: schema names, section kinds, formats, statuses, ops.

Each list is the set of values a field of a contract may take, as the schemas in
``specdiff/schemas`` enumerate them (tests/model/test_contracts.py holds the two together, and
holds :data:`FORMATS` to the names the parsers declare in :mod:`specdiff.parsers`).
"""

from __future__ import annotations

DOCUMENT_SCHEMA = "specdiff/document/v1"
DIFF_SCHEMA = "specdiff/diff/v1"

SECTION_KINDS = (
    "description",
    "distinguishing_characteristics",
    "duties",
    "knowledge_skills_abilities",
    "minimum_qualifications",
    "notes",
    "other",
    # told apart from the minimum qualifications: read for what they are, never as minimums
    "preferred_qualifications",
    "selective_certification",
    "qualifications_review",
    "supplemental_questions",
    "conditions_of_employment",
    # the parts of a job posting or job description that are not the class itself
    "pay_and_benefits",
    "application_process",
    "selection_process",
    "working_conditions",
    "about",
)
FORMATS = ("nys-classification-standard", "ny-county-class-spec", "position-description", "job-posting", "generic")
"""The published forms a document can be read as (``Document.format``); one parser each."""
STATUSES = ("final", "tentative", "draft")
CHANGE_OPS = ("unchanged", "modified", "moved", "added", "removed", "split", "merged")
SUMMARY_KEYS = ("substantive", "editorial", "unchanged", "modified", "moved", "added", "removed", "split", "merged")

# Mean Tesseract word confidence (0-100) below which an OCR'd line, and a clause built from such a
# line, is marked low-confidence: clean typewritten scans read at 90-96, a smudged word pulls its
# line under this, and a reviewer should then suspect a misreading before a real change.
LOW_OCR_CONFIDENCE = 80.0

__all__ = [
    "CHANGE_OPS",
    "DIFF_SCHEMA",
    "DOCUMENT_SCHEMA",
    "FORMATS",
    "LOW_OCR_CONFIDENCE",
    "SECTION_KINDS",
    "STATUSES",
    "SUMMARY_KEYS",
]
