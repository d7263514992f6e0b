"""Render the ladder reports named in docs/ladder.md and screenshot them into docs/.

Developer tool (needs the test extras and Debian's chromium; reads ../shared, never copies it):

    python scripts/ladder_screenshots.py            # writes docs/ladder-*.png
    python scripts/ladder_screenshots.py --html DIR # also keeps the HTML pages in DIR

Each screenshot is the top of the page (the levels table and the first sections) at 1400 px
wide: enough to read the layout, small enough to keep in the repository. The whole page is
checked in the browser tests (tests/ladders/test_browser.py).
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CHROMIUM = "/usr/bin/chromium"
WIDTH, HEIGHT = 1400, 2600

# (output name, (file, title), (file, title) or None for a whole-series ladder)
REPORTS = (
    ("ladder-nys-cms-2024", ("seeds/nys-cms-hbe-2024-tentative.txt", None), None),
    (
        "ladder-wi-coordinator-vs-assistant",
        ("seeds/wi-etf-health-insurance-program.txt", "Health Insurance Program Assistant"),
        ("seeds/wi-etf-health-insurance-program.txt", "Health Insurance Program Coordinator"),
    ),
    (
        "ladder-dutchess-vs-nys-cms-1",
        ("seeds/dutchess-managed-care-coordinator.txt", None),
        ("seeds/nys-cms-hbe-2024-tentative.txt", "Contract Management Specialist 1"),
    ),
)


def render(old: tuple[str, str | None], new: tuple[str, str | None] | None) -> str:
    from specdiff.ingest import read
    from specdiff.ladders import compare_titles, ladder
    from specdiff.parsers import parse
    from specdiff.renderers.ladder_html import to_ladder_html

    first = parse(read(SHARED / old[0]))
    if new is None:
        return to_ladder_html(ladder(first))
    second = first if new[0] == old[0] else parse(read(SHARED / new[0]))
    return to_ladder_html(compare_titles(first, old[1], second, new[1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--html", type=Path, default=None, help="keep the rendered pages in this folder")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    folder = args.html or Path(tempfile.mkdtemp(prefix="ladder-"))
    folder.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": WIDTH, "height": 1000})
        for name, old, new in REPORTS:
            html = folder / f"{name}.html"
            html.write_text(render(old, new), encoding="utf-8")
            page.goto(html.as_uri(), wait_until="load")
            height = min(HEIGHT, int(page.evaluate("document.documentElement.scrollHeight")))
            shot = ROOT / "docs" / f"{name}.png"
            page.screenshot(path=str(shot), full_page=True, clip={"x": 0, "y": 0, "width": WIDTH, "height": height})
            print(f"{shot.relative_to(ROOT)}: {html}")
        browser.close()


if __name__ == "__main__":
    main()
