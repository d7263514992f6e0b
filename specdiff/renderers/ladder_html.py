"""A ladder as one self-contained HTML page (templates ``ladder.html.j2`` and ``_ladder_*``).

The change report's conventions hold here too (see :mod:`specdiff.renderers.html`): autoescape in
every template, no ``|safe``, no attribute handlers, byte-stable output, a Content-Security-Policy
that allows only our own stylesheet by its hash. The page needs no script, so it carries none
and the policy allows none: document text cannot run.
"""

from __future__ import annotations

import functools
from typing import Any

from .. import __version__
from ..ladders.model import Ladder
from .html import _asset, _environment, csp_hash
from .ladder_view import ARROWS, DIRECTION_LABELS, build_ladder_view


def ladder_policy(css: str) -> str:
    """Nothing loads and nothing runs: our own style (by hash) and nothing else."""
    return (
        f"default-src 'none'; style-src {csp_hash(css)}; script-src 'none'; "
        "img-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'"
    )


@functools.lru_cache(maxsize=1)
def _style() -> tuple[Any, str]:
    from markupsafe import Markup

    css = _asset("report.css") + "\n" + _asset("ladder.css")
    return Markup(css), ladder_policy(css)


def to_ladder_html(ladder: Ladder) -> str:
    """Render a ladder (or a comparison of two titles) as one HTML page."""
    css, csp = _style()
    template = _environment().get_template("ladder.html.j2")
    return template.render(
        view=build_ladder_view(ladder),
        what="Ladder" if ladder.comparison == "ladder" else "Titles compared",
        arrows=ARROWS,
        direction_labels=DIRECTION_LABELS,
        css=css,
        csp=csp,
        version=__version__,
    )


__all__ = ["ladder_policy", "to_ladder_html"]
