"""The change report as one self-contained HTML page (Jinja2 templates in ``specdiff/templates``).

Why it is built this way:
- Self-contained and byte-stable: CSS and JS are inlined, nothing is fetched, no timestamp is
  written, anchors come from change ids, so the same diff gives the same bytes (a report can be
  archived, hashed and compared).
- Document text never runs: autoescape is on in every template, no template uses ``|safe``, no
  attribute handler is ever written, and the page carries a Content-Security-Policy that forbids
  every source except our own inline style and script, each allowed by its SHA-256 hash computed
  here at render time (``'unsafe-inline'`` would let injected markup run; a hash does not).
- Only our own two asset files are marked as markup (they are ours, not the document's).
"""

from __future__ import annotations

import base64
import functools
import hashlib
from importlib import resources
from typing import TYPE_CHECKING, Any

from .. import __version__
from ..model import SUMMARY_KEYS, Diff
from .eligibility import NOTE, eligibility_tables
from .facts import metadata_rows, requirement_groups
from .report import (
    GROUP_COUNT_KEYS,
    KIND_FILTERS,
    NO_TITLE,
    ChangeItem,
    ContextRun,
    ReportView,
    build_view,
    own_label,
    place,
    section_label,
    where,
)

if TYPE_CHECKING:
    import jinja2

OP_LABELS = {
    "unchanged": "Unchanged",
    "modified": "Modified",
    "moved": "Moved",
    "added": "Added",
    "removed": "Removed",
    "split": "Split",
    "merged": "Merged",
}

SUMMARY_ORDER = ("substantive", "editorial", "moved", "added", "removed", "modified", "split", "merged", "unchanged")
assert set(SUMMARY_ORDER) == set(SUMMARY_KEYS)


def _asset(name: str) -> str:
    return (resources.files("specdiff") / "templates" / name).read_text(encoding="utf-8")


def csp_hash(text: str) -> str:
    """The CSP source expression that allows exactly this inline script or style element body."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def content_security_policy(css: str, js: str) -> str:
    """Nothing loads and nothing runs but our own style and script: no network, no injected code."""
    return (
        f"default-src 'none'; style-src {csp_hash(css)}; script-src {csp_hash(js)}; "
        "img-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'"
    )


def count_phrase(counts: dict[str, int]) -> str:
    """Group counts in words ("2 substantive, 1 editorial"), so the numbers are never bare."""
    parts = [f"{counts[k]} {k}" for k in ("substantive", "editorial") if counts.get(k)]
    return ", ".join(parts) if parts else "no changes"


@functools.lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    """One environment per process: compiling the templates costs more than rendering them, so
    their compiled code is also kept between processes (:mod:`.template_cache`)."""
    import jinja2

    from .template_cache import template_cache

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("specdiff", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,  # templates ship with the package: no stat() per include
        bytecode_cache=template_cache(),
    )
    env.globals.update(
        section_label=section_label,
        place=place,
        own_label=own_label,
        where=where,
        count_phrase=count_phrase,
        op_labels=OP_LABELS,
        no_title=NO_TITLE,
        summary_keys=SUMMARY_ORDER,
        group_keys=GROUP_COUNT_KEYS,
        kind_filters=KIND_FILTERS,
        version=__version__,
    )
    return env


@functools.lru_cache(maxsize=1)
def _assets() -> tuple[Any, Any, str]:
    from markupsafe import Markup

    css, js = _asset("report.css"), _asset("report.js")
    return Markup(css), Markup(js), content_security_policy(css, js)


def clause_anchors(view: ReportView) -> dict[str, str]:
    """ "old:<clause id>" / "new:<clause id>" -> the anchor of the change that shows the clause, so a
    requirement's quoted sentence links to where it sits in the report."""
    anchors: dict[str, str] = {}
    for group in view.groups:
        for item in group.items:
            pairs = (
                [(item.change, item.anchor)]
                if isinstance(item, ChangeItem)
                else list(zip(item.changes, item.anchors, strict=True))
                if isinstance(item, ContextRun)
                else []
            )
            for change, anchor in pairs:
                for side, refs in (("old", change.old), ("new", change.new)):
                    for ref in refs:
                        anchors.setdefault(f"{side}:{ref.id}", anchor)
    return anchors


def to_html(diff: Diff) -> str:
    """Render a diff as the self-contained HTML change report."""
    css, js, csp = _assets()
    template = _environment().get_template("report.html.j2")
    view = build_view(diff)
    return template.render(
        view=view,
        eligibility_tables=eligibility_tables(diff.eligibility, diff.requirement_changes),
        eligibility_note=NOTE,
        requirement_groups=requirement_groups(diff.requirement_changes, diff.requirement_gaps),
        clause_anchors=clause_anchors(view),
        metadata_rows=metadata_rows(diff.metadata_changes),
        css=css,
        js=js,
        csp=csp,
    )


__all__ = ["OP_LABELS", "clause_anchors", "content_security_policy", "count_phrase", "csp_hash", "to_html"]
