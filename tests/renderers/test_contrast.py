"""Contrast of the report's colours: 7:1 for text (WCAG AAA), 3:1 for the focus ring."""

from __future__ import annotations

import re
from importlib import resources

import pytest

CSS = (resources.files("specdiff") / "templates" / "report.css").read_text(encoding="utf-8")
VARS = dict(re.findall(r"--([a-z-]+):\s*(#[0-9a-fA-F]{6})", CSS))


def luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


TEXT_PAIRS = [
    ("fg", "bg"),
    ("fg", "panel"),
    ("muted", "bg"),
    ("muted", "panel"),
    ("del-fg", "del-bg"),
    ("ins-fg", "ins-bg"),
    ("sub-fg", "sub-bg"),
    ("ed-fg", "ed-bg"),
    ("fg", "key-bg"),
    ("muted", "key-bg"),
    ("link", "key-bg"),
]


@pytest.mark.parametrize(("fg", "bg"), TEXT_PAIRS)
def test_text_colours_reach_seven_to_one(fg: str, bg: str) -> None:
    assert contrast(VARS[fg], VARS[bg]) >= 7.0, f"{fg} on {bg}"


def test_links_and_focus_ring_stand_out() -> None:
    for link in re.findall(r"a(?::visited)? \{ color: (#[0-9a-fA-F]{6})", CSS):
        assert contrast(link, VARS["bg"]) >= 7.0
    assert contrast(VARS["focus"], VARS["bg"]) >= 3.0


def test_contrast_formula_is_right() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") < 4.5 < contrast("#767676", "#ffffff")
