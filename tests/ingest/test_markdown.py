"""Markdown read as Markdown: headings, lists, tables, summary lists, front matter, markup."""

from __future__ import annotations

from specdiff.ingest import read
from specdiff.ingest.marks import FRONT_MATTER, MARKUP, TEMPLATE_COMMENT
from specdiff.parsers import parse

PAGE = """---
layout: layouts/job
# Put the opening date here. It MUST be formatted as YYYY-MM-DD.
opens: 2024-12-16
closes:
title: "Sample analyst"
role_summary: |
  The analyst reviews samples.
  - Reviews every sample
  - Writes the report
---

# {{page.title}}

<dl class="summary-list">
  <div class="summary-list__row">
    <dt class="summary-list__key">
      Grade
    </dt>
    <dd class="summary-list__value">
      SEO
    </dd>
  </div>
  <div class="summary-list__row" data-ignore="true">
    <dt>Download</dt>
    <dd><a href="word">Word document</a></dd>
  </div>
</dl>

<!-- a note for editors
spanning two lines -->

## You will

+ analyse the samples
* write **clear** reports

Skills you need
---------------

| Skill | Level |
|-------|-------|
| Lifting | Heavy |
| Typing | Light |
"""


def _lines() -> list:
    return list(read(PAGE.replace("\n", "\r\n").encode(), name="job.md").lines)


def test_markdown_is_read_by_its_name_and_keeps_every_line() -> None:
    lines = _lines()
    assert len(lines) == PAGE.count("\n") + 1  # one line per source line, CRLF or not
    assert read(PAGE.encode(), name="job.md").source.media_type == "text/markdown"
    assert read(PAGE.encode(), name="job.txt").source.media_type == "text/plain"


def test_headings_lose_their_marks_and_keep_their_level() -> None:
    headings = {ln.text: ln.heading for ln in _lines() if ln.heading}
    assert headings["You will"] == 2 and headings["Skills you need"] == 2
    assert headings["Role summary"] == 2  # a block scalar's key ("role_summary: |") heads its block, in words
    assert headings['title: "Sample analyst"'] == 1


def test_markup_comments_and_empty_keys_are_flagged_not_dropped() -> None:
    by_text = {ln.text.strip(): ln.furniture for ln in _lines() if ln.text.strip()}
    assert by_text["---"] == FRONT_MATTER
    assert by_text["closes:"] == FRONT_MATTER
    assert by_text["# Put the opening date here. It MUST be formatted as YYYY-MM-DD."] == TEMPLATE_COMMENT
    assert by_text["opens: 2024-12-16"] is None  # a value is content
    assert by_text["# {{page.title}}"] == MARKUP  # a Liquid-only heading
    assert by_text['<dl class="summary-list">'] == MARKUP
    assert by_text['<dd><a href="word">Word document</a></dd>'] == MARKUP  # inside a hidden row
    assert by_text["spanning two lines -->"] == TEMPLATE_COMMENT
    assert by_text["|-------|-------|"] == MARKUP


def test_lists_tables_and_summary_lists_read_as_text_the_parser_knows() -> None:
    texts = [ln.text.strip() for ln in _lines() if ln.text.strip() and ln.furniture is None]
    assert "- analyse the samples" in texts and "* write clear reports" in texts
    assert "Grade: SEO" in texts
    assert "Skill | Level" in texts and "Lifting | Heavy" in texts


def test_parsed_markdown_has_sections_at_its_headings_and_no_markup_in_clauses() -> None:
    doc = parse(read(PAGE.encode(), name="job.md"))
    assert [t.title for t in doc.titles] == ["Sample analyst"]
    headings = [s.heading for s in doc.sections]
    assert "You will" in headings and "Skills you need" in headings
    clauses = [c.text for _, c in doc.clauses()]
    assert not any("<" in c or "{{" in c or "MUST be formatted" in c for c in clauses)
    assert "Lifting | Heavy" in clauses and "Typing | Light" in clauses  # a table row is one clause
    assert {f.reason for f in doc.furniture} >= {FRONT_MATTER, MARKUP, TEMPLATE_COMMENT}


def test_a_paragraph_after_a_list_is_not_the_last_item_running_on() -> None:
    """Markdown states its blocks: an unindented line after a blank line starts one, even when
    the last item has no full stop (a PDF's wrapped item may run on past a blank line)."""
    text = (
        "## Skills\n\n- Knowledge of data stacks\n- Experience of data profiling\n\n\n"
        "It is desirable if you have:\n\n- A driving licence\n"
    )
    doc = parse(read(text.encode(), name="job.md"))
    clauses = [c.text for _, c in doc.clauses()]
    assert "Experience of data profiling" in clauses
    assert "It is desirable if you have:" in clauses
    lines = read(text.encode(), name="job.md").lines
    assert [ln.text for ln in lines if ln.block] == [
        "- Knowledge of data stacks",
        "It is desirable if you have:",
        "- A driving licence",
    ]


def test_front_matter_groups_set_apart_by_blank_lines_or_comments_are_clauses_of_their_own() -> None:
    """Keys a template groups together stay one clause; a group after a blank line or a comment
    never runs on into the one before across the flagged lines between them."""
    text = (
        "---\nlayout: layouts/job\ntags: jobs\n\n# The dates, as YYYY-MM-DD\nopens: 2024-12-16\ncloses: 2024-12-17\n"
        "\n# The keywords, split by a semi-colon\n# e.g. Policy; Strategy\nstatus_alert: true\n"
        'alert_keywords: "Policy; Strategy"\n---\n\n## The role\n\nYou will review samples.\n'
    )
    clauses = [c.text for _, c in parse(read(text.encode(), name="job.md")).clauses()]
    assert "opens: 2024-12-16 closes: 2024-12-17" in clauses
    assert 'status_alert: true alert_keywords: "Policy; Strategy"' in clauses
    assert not any("tags: jobs" in c and "opens" in c for c in clauses)


def test_an_empty_block_scalar_heads_nothing_and_leaves_no_stray_mark() -> None:
    """A template's block left empty ("qualifications: |" and nothing under it) is a heading with
    nothing to compare: no section, and no clause made of YAML's "|"."""
    text = (
        "---\ntitle: Analyst\nqualifications: |\n\n# Leave the | on the first line.\n"
        "specialized_requirements: |\n  One year of specialized experience.\n---\n"
    )
    doc = parse(read(text.encode(), name="job.md"))
    assert [s.heading for s in doc.sections if s.heading] == ["Specialized requirements"]
    assert "|" not in [c.text.strip() for _, c in doc.clauses()]
    assert [c.text for s in doc.sections if s.heading for c in s.clauses] == ["One year of specialized experience."]
