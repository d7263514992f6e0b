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
import os
import urllib.parse
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import __version__
from ..model import Diff
from .eligibility import NOTE, eligibility_tables
from .facts import metadata_rows, requirement_groups
from .report import (
    GROUP_COUNT_KEYS,
    KIND_FILTERS,
    NO_TITLE,
    VIEW_OPS,
    ChangeItem,
    ContextRun,
    ReportView,
    build_view,
    ocr_note,
    own_label,
    place,
    where,
)
from .wording import place_label, section_label

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
    "reordered": "Reordered",
}
assert set(OP_LABELS) == set(VIEW_OPS)


@dataclass(frozen=True, slots=True)
class BackLink:
    """A link out of the report to the page that lists it (the corpus site's index)."""

    href: str
    label: str


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
        ocr_note=ocr_note,
        place_label=place_label,
        own_label=own_label,
        where=where,
        count_phrase=count_phrase,
        op_labels=OP_LABELS,
        no_title=NO_TITLE,
        view_ops=VIEW_OPS,
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


def source_links(sources: tuple[Path, Path], report: Path) -> tuple[str | None, str | None]:
    """The two source files as links relative to the report's folder (``../old/spec.pdf``), so a
    reviewer can open the clause where it was printed; the folder of reports moves with them."""

    def link(path: Path) -> str | None:
        try:
            relative = os.path.relpath(os.path.abspath(path), os.path.dirname(os.path.abspath(report)))
        except ValueError:  # another drive (Windows): no relative path exists
            return None
        return urllib.parse.quote(relative.replace(os.sep, "/"))

    return link(sources[0]), link(sources[1])


def to_html(diff: Diff, *, sources: tuple[str | None, str | None] = (None, None), back: BackLink | None = None) -> str:
    """Render a diff as the self-contained HTML change report.

    ``sources`` are the old and new source files as links relative to where the report will be
    written (locations then open the file, a PDF at its page); ``back`` links to a page listing
    this report. Both are plain text in the page: nothing is fetched."""
    css, js, csp = _assets()
    template = _environment().get_template("report.html.j2")
    view = build_view(diff, sources)
    return template.render(
        view=view,
        back=back,
        eligibility_tables=eligibility_tables(diff.eligibility, diff.requirement_changes),
        eligibility_note=NOTE,
        requirement_groups=requirement_groups(diff.requirement_changes, diff.requirement_gaps),
        clause_anchors=clause_anchors(view),
        metadata_rows=metadata_rows(diff.metadata_changes),
        css=css,
        js=js,
        csp=csp,
    )


__all__ = [
    "OP_LABELS",
    "BackLink",
    "clause_anchors",
    "content_security_policy",
    "count_phrase",
    "csp_hash",
    "source_links",
    "to_html",
]
