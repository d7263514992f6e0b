"""The built-in policy, as the TOML a division would copy and edit.

Kept as TOML text (not Python) so that ``specdiff check --print-default-policy`` prints exactly
what is in force, comments included, and a copied file starts as a faithful duplicate.
"""

from __future__ import annotations

DEFAULT_POLICY_TOML = """\
# specdiff check policy: the built-in default.
# Start your own with:  specdiff check --print-default-policy > specdiff-policy.toml
# A policy file only needs the keys it changes; everything else keeps the value below.

version = 1

# Findings at or above this severity fail the run (exit code 1):
# "error", "warning", "info", or "never" (report only).
fail_on = "error"

# Severity of each check: "error", "warning", "info", or "off" (not run).
[checks]
# --- the document alone
"document.parses" = "error"           # no sections or clauses could be read
"document.format" = "warning"         # only the generic fallback parser understood it
"sections.required" = "error"         # a section the format requires is missing or empty
"titles.code_grade" = "warning"       # a title lacks the code or grade its format prints
"levels.resolve" = "warning"          # a level named in the text is not a title of the document
"metadata.date" = "warning"           # no date, or a date that cannot be read
"metadata.status" = "warning"         # no status (final, tentative, draft)
"clauses.duplicate" = "warning"       # the same clause twice under one section and title
"headings.unrecognised" = "warning"   # a heading the parser kept as 'other'
"encoding.lost_apostrophe" = "warning"  # "Department of Healths", "a physicians office"
"encoding.replacement_char" = "error"   # U+FFFD and friends: characters lost in conversion
"encoding.mojibake" = "error"           # UTF-8 read as another encoding ("â€™")
# --- the changes (with --against or --corpus)
"changes.substantive" = "info"        # a substantive change; see [sections.*] for stricter rules
"titles.added" = "warning"
"titles.removed" = "error"
"titles.grade_changed" = "error"
"titles.code_changed" = "warning"
"metadata.status_backwards" = "warning"  # final -> tentative or draft; tentative -> draft
"metadata.date_not_advanced" = "error"   # the new version is not dated after the old one
"requirements.changed" = "error"      # a minimum-qualification fact changed (years, degree, ...)

# Per-section rules: a check's severity for findings in one section kind
# (description, distinguishing_characteristics, duties, knowledge_skills_abilities,
# minimum_qualifications, notes, other).
[sections.minimum_qualifications]
"changes.substantive" = "error"

# Approvals accept a finding that a person has reviewed; it is then reported, not failed.
# Each needs a reason, who approved it and when; 'expires' is optional.
# [[sections.minimum_qualifications.approved]]
# title = "Contract Management Specialist 1 (Health Benefit Exchange)"
# contains = "six years"            # words in the finding's message or evidence
# reason = "Experience raised after the 2024 review; approved by the Director"
# approved_by = "J. Smith"
# date = 2024-03-15
# expires = 2025-03-15
#
# [[approved]]                      # any check, anywhere
# check = "encoding.lost_apostrophe"
# file = "standards/2018/*.txt"
# reason = "Legacy text extracted without apostrophes; fixed in the next edition"
# approved_by = "Classification Division"
# date = 2024-01-10

# What each published form prints. sections.required, titles.code_grade and metadata.* read these.
[formats.nys-classification-standard]
required_sections = ["description", "distinguishing_characteristics", "duties", "minimum_qualifications"]
per_title_sections = ["duties", "minimum_qualifications"]
title_fields = ["code", "grade"]
metadata = ["date", "status"]

[formats.ny-county-class-spec]
required_sections = ["distinguishing_characteristics", "duties", "knowledge_skills_abilities", "minimum_qualifications"]
per_title_sections = []
title_fields = []
metadata = []

[formats.position-description]
required_sections = ["description", "duties"]
per_title_sections = []
title_fields = []
metadata = []

[formats.job-posting]
required_sections = []
per_title_sections = []
title_fields = []
metadata = []

[formats.generic]
required_sections = []
per_title_sections = []
title_fields = []
metadata = []
"""
