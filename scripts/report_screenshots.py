"""Screenshots of the HTML change report for three real pairs, desktop (1440x900) and phone (390x844).

Developer tool: needs ../shared (seeds and realdocs) and Debian's chromium (/usr/bin/chromium),
driven through Playwright. Each report is written next to its pair's files' names under a temporary
folder, opened as a reviewer would, and the first screen saved as a PNG:

    python scripts/report_screenshots.py                 # docs/screenshots/<pair>-<desktop|phone>.png
    python scripts/report_screenshots.py --pair la --full  # the whole page, for a closer look

The reports are the bytes ``specdiff diff OLD NEW -o report.html`` writes for these pairs.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
PAIRS = {
    "seed": ("seeds/nys-cms-hbe-2018.txt", "seeds/nys-cms-hbe-2024-tentative.txt"),
    "la": (
        "realdocs/031_la-tax-auditor-1514-2015-rev010215.pdf",
        "realdocs/032_la-tax-auditor-1514-2018-062218.pdf",
    ),
    "ns": (
        "realdocs/046_ns-exec-director-financial-advisory-services-ec15-90004197-2019.pdf",
        "realdocs/047_ns-exec-director-financial-advisory-services-ec16-90005877-2025.pdf",
    ),
}
VIEWPORTS = {"desktop": (1440, 900), "phone": (390, 844)}
CHROMIUM = "/usr/bin/chromium"


def render(pair: str, folder: Path) -> Path:
    from specdiff.diff import compare
    from specdiff.ingest import read
    from specdiff.parsers import parse
    from specdiff.renderers.html import to_html

    old, new = (SHARED / p for p in PAIRS[pair])
    diff = compare(parse(read(old)), parse(read(new)))
    path = folder / f"{pair}.html"
    path.write_text(to_html(diff), encoding="utf-8")
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pair", choices=sorted(PAIRS), action="append", help="default: all three")
    parser.add_argument("--full", action="store_true", help="the whole page, not the first screen")
    parser.add_argument("-o", "--output", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    if not SHARED.exists():
        print("needs ../shared (seeds and realdocs)", file=sys.stderr)
        return 2
    from playwright.sync_api import sync_playwright

    args.output.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        for pair in args.pair or sorted(PAIRS):
            page_path = render(pair, Path(tmp))
            for name, (width, height) in VIEWPORTS.items():
                page = browser.new_page(viewport={"width": width, "height": height})
                page.goto(page_path.as_uri(), wait_until="load")
                shot = args.output / f"{pair}-{name}.png"
                page.screenshot(path=str(shot), full_page=args.full)
                print(shot)
                page.close()
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
