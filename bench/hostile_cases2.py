"""The cases of issue 21, hangs and blow-ups, and wrong or silent answers.

A hang or blow-up holds when the command finishes (a result, or one line and exit 2 naming the
limit) within its CPU bound and its peak memory bound; the issue-sized inputs are generated here
(a 2 GiB-unpacking zip bomb, 20,000 pages sharing one stream, 22 MB of nested HTML).
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from .hostile_cases import Outcome, corpus_with, crash_free, parse_bytes, standard
from .hostile_inputs import (
    STANDARD,
    docx_zip_bomb,
    nested_html,
    numbered_docx,
    pdf_inflating,
    pdf_pages,
    pdf_shared_stream,
    pdf_without_unicode_map,
    pdf_zero_pages,
)
from .hostile_run import Case, Run, specdiff

MEMORY_MB = 600  # peak resident memory allowed a hostile case (a plain parse takes ~90 MB)


def bounded(run: Run, seconds: float, memory_mb: float = MEMORY_MB) -> bool:
    return crash_free(run) and run.cpu <= seconds and run.rss_mb <= memory_mb


def bounded_parse(name: str, make: Callable[[], bytes], seconds: float) -> Callable[[Path], Outcome]:
    """Parse the generated file: held if it ends (result or one line) within ``seconds`` of CPU."""

    def case(folder: Path) -> Outcome:
        run = parse_bytes(folder, name, make())
        return run, bounded(run, seconds, MEMORY_MB if seconds <= 30 else 1200), _first_line(run)

    return case


def _first_line(run: Run) -> str:
    text = run.stderr.strip().splitlines()
    return (text[0][:110] + ("…" if len(text[0]) > 110 else "")) if text else "(a result)"


def fifo_input(folder: Path) -> Outcome:
    fifo = folder / "input.txt"
    os.mkfifo(fifo)
    run = specdiff(["parse", str(fifo)], cap=30)
    return run, bounded(run, 5) and run.code == 2, _first_line(run)


def device_input(folder: Path, args: list[str]) -> Outcome:
    run = specdiff(args, cap=60)
    return run, bounded(run, 10) and run.code == 2, _first_line(run)


def corpus_add_zero(folder: Path) -> Outcome:
    root = folder / "corpus"
    specdiff(["corpus", "--corpus", str(root), "init"])
    return device_input(folder, ["corpus", "--corpus", str(root), "add", "/dev/zero"])


def html_nested_vs_flat(folder: Path) -> Outcome:
    deep = parse_bytes(folder, "deep.html", nested_html(250, text_mb=4))
    flat = parse_bytes(folder, "flat.html", nested_html(1, text_mb=4))
    ratio = deep.cpu / max(flat.cpu, 0.01)
    held = deep.code == 0 and flat.code == 0 and ratio < 2.0
    return deep, held, f"4 MB: nested {deep.cpu:.2f} s vs flat {flat.cpu:.2f} s CPU ({ratio:.2f}×)"


# --------------------------------------------------------------------------- wrong answers


def latin1(folder: Path) -> Outcome:
    data = STANDARD.replace("RECORDS CLERK", "R\u00e9cords S\u00fcpervisor").encode("latin-1")
    run = parse_bytes(folder, "l.txt", data, "--format", "json")
    doc = json.loads(run.stdout) if run.code == 0 else {}
    held = "R\u00e9cords S\u00fcpervisor" in run.stdout and any("not UTF-8" in w for w in doc.get("warnings", []))
    return run, held, "read as Windows-1252, with a warning"


def utf16(folder: Path) -> Outcome:
    run = parse_bytes(folder, "u.txt", STANDARD.encode("utf-16-le"))
    return run, run.code == 0 and "RECORDS CLERK" in run.stdout.upper(), "read as UTF-16-LE"


def pdf_mention(folder: Path) -> Outcome:
    run = parse_bytes(folder, "p.txt", ("A PDF starts with %PDF-1.7.\n\n" + STANDARD).encode())
    return run, run.code == 0, "read as text"


def corrupt_pdf(folder: Path) -> Outcome:
    data = pdf_pages([["RECORDS CLERK", "DUTIES", "Files letters."], ["Page two."], ["Page three."]])
    run = parse_bytes(folder, "cut.pdf", data[: data.rindex(b"xref")], "--format", "json")
    warned = run.code == 0 and any("cross-reference" in w for w in json.loads(run.stdout)["warnings"])
    return run, warned, "read, with a warning that text may be missing"


def docx_suffix(folder: Path) -> Outcome:
    """``-o r.docx`` once refused the suffix; it now names the Word redline, which must open."""
    import zipfile

    old = standard(folder)
    new = standard(folder, "n.txt", STANDARD.replace("Two", "Three"))
    out = folder / "r.docx"
    run = specdiff(["diff", str(old), str(new), "-o", str(out)])
    opens = False
    if run.code == 0 and out.exists():
        with zipfile.ZipFile(out) as docx:
            opens = b"<w:ins " in docx.read("word/document.xml")
    return run, opens, "a Word redline with tracked insertions" if opens else _first_line(run)


def no_unicode_map(folder: Path) -> Outcome:
    """A PDF whose font has no ToUnicode map reads as glyph numbers: without OCR it must be
    refused in one line naming ``--ocr auto``, never parsed into nonsense."""
    data = pdf_without_unicode_map("Minimum Qualifications: two years of experience in records management.")
    run = parse_bytes(folder, "nomap.pdf", data, "--ocr", "never")
    return run, run.code == 2 and run.one_line and "--ocr auto" in run.stderr, _first_line(run)


def usage(folder: Path) -> Outcome:
    run = specdiff(["parse"])
    return run, run.code == 2 and run.one_line, _first_line(run)


def init_says_init(folder: Path) -> Outcome:
    (folder / "c" / "specdiff-corpus.json").mkdir(parents=True)
    run = specdiff(["corpus", "--corpus", str(folder / "c"), "init"])
    return run, run.code == 2 and run.one_line and "run `specdiff" not in run.stderr, _first_line(run)


def zero_pages(folder: Path) -> Outcome:
    run = parse_bytes(folder, "z.pdf", pdf_zero_pages())
    return run, run.code == 2 and "Success" not in run.stderr, _first_line(run)


def search_quote(folder: Path) -> Outcome:
    run = specdiff(["corpus", "--corpus", str(corpus_with(folder, 1)), "search", '"'])
    return run, run.code == 2 and run.one_line and "fts5" not in run.stderr, _first_line(run)


def fts_missing(folder: Path) -> Outcome:
    root = corpus_with(folder, 1)
    with sqlite3.connect(root / ".specdiff" / "index.sqlite") as conn:
        conn.execute("DROP TABLE clauses")
    run = specdiff(["corpus", "--corpus", str(root), "search", "clerical"])
    return run, run.code == 0 and "clerical" in run.stdout, "rebuilt, and the search answers"


HOSTILE = "Files \x1b[2J\x1b]0;pwned\x07 letters for @everyone at https://evil.example."


def _hostile_pair(folder: Path) -> tuple[Path, Path]:
    """A document JSON whose clause carries control characters, mentions and a URL."""
    old = standard(folder)
    doc = json.loads(
        specdiff(["parse", str(standard(folder, "n.txt", STANDARD + "\nFiles forms.\n")), "--format", "json"]).stdout
    )
    for section in doc["sections"]:
        for clause in section["clauses"]:
            clause["text"] = clause["text"].replace("Files forms.", HOSTILE)
    path = folder / "n.json"
    path.write_text(json.dumps(doc))
    return old, path


def controls(folder: Path) -> Outcome:
    old, new = _hostile_pair(folder)
    runs = [specdiff(["check", str(new), "--against", str(old), "--format", fmt]) for fmt in ("text", "github")]
    held = all(r.code in (0, 1) and "\x1b" not in r.stdout and "\x07" not in r.stdout for r in runs)
    return runs[0], held, "check text and GitHub output show ␛ instead of ESC"


def markdown_links(folder: Path) -> Outcome:
    old, new = _hostile_pair(folder)
    run = specdiff(["check", str(new), "--against", str(old), "--format", "markdown"])
    held = run.code in (0, 1) and "@everyone" not in run.stdout and "https://evil" not in run.stdout
    return run, held, "@\u200beveryone, https\u200b:// in the Markdown"


def _huge_inflation(folder: Path) -> Outcome:
    data = pdf_inflating(1024)
    run = parse_bytes(folder, "inflate.pdf", data)
    return run, bounded(run, 10), f"{len(data) / 1e6:.1f} MB file: {_first_line(run)}"


def _bomb(folder: Path) -> Outcome:
    data = docx_zip_bomb(2048)
    run = parse_bytes(folder, "bomb.docx", data)
    return run, bounded(run, 10), f"{len(data) / 1e6:.1f} MB file: {_first_line(run)}"


def _lines(count: int, char: bytes) -> Callable[[], bytes]:
    return lambda: b"RECORDS CLERK\n" + char * count


PARSED = {
    "newlines": bounded_parse("nl.txt", _lines(65536, b"\n"), 10),
    "form feeds": bounded_parse("ff.txt", _lines(100_000, b"\f"), 10),
    "roman": bounded_parse("r.docx", lambda: numbered_docx(fmt="lowerRoman", start="10000000000"), 5),
    "ilvl": bounded_parse("l.docx", lambda: numbered_docx(ilvl="200000000"), 5),
    "20k pages": bounded_parse("s.pdf", lambda: pdf_shared_stream(20_000), 10),
    "1999 pages": bounded_parse("s2.pdf", lambda: pdf_shared_stream(1_999, 60), 60),
    "22 MB html": bounded_parse("n.html", lambda: nested_html(250, text_mb=22), 30),
}
LIMIT = f"≤ 10 s, ≤ {MEMORY_MB} MB"

CASES = [
    Case("hang", "64 KB of newlines", "≤ 10 s CPU", PARSED["newlines"]),
    Case("hang", "100,000 form feeds", "≤ 10 s CPU", PARSED["form feeds"]),
    Case("hang", "DOCX Roman list starting at 10^10", "exit 2 naming the limit", PARSED["roman"]),
    Case("hang", "DOCX w:ilvl = 200,000,000", "≤ 5 s CPU", PARSED["ilvl"]),
    Case("hang", "a FIFO as input", "exit 2 at once", fifo_input),
    Case("hang", "/dev/zero as input", "exit 2 at once", lambda f: device_input(f, ["parse", "/dev/zero"])),
    Case("hang", "corpus add /dev/zero", "exit 2 at once", corpus_add_zero),
    Case("hang", "DOCX zip bomb unpacking to 2 GiB", LIMIT, _bomb),
    Case("hang", "PDF: 20,000 pages sharing one content stream", LIMIT, PARSED["20k pages"]),
    Case("hang", "PDF: 1,999 pages sharing one content stream", "≤ 60 s, ≤ 1,200 MB", PARSED["1999 pages"]),
    Case("hang", "PDF stream inflating to 1 GiB", LIMIT, _huge_inflation),
    Case("hang", "22 MB of HTML in 250 nested divs", "≤ 30 s CPU", PARSED["22 MB html"]),
    Case("hang", "4 MB of HTML nested 250 deep vs flat", "nested ≤ 2× flat", html_nested_vs_flat),
    Case("wrong", "Latin-1 text", "right letters + a warning", latin1),
    Case("wrong", "UTF-16 without a BOM", "read", utf16),
    Case("wrong", "a text file with %PDF- in its first KB", "read as text", pdf_mention),
    Case("wrong", "a PDF without a ToUnicode map", "exit 2 naming --ocr auto", no_unicode_map),
    Case("wrong", "a truncated PDF read in part", "a warning", corrupt_pdf),
    Case("wrong", "-o r.docx", "a Word redline", docx_suffix),
    Case("wrong", "click usage error", "one line", usage),
    Case("wrong", "init over a marker folder", "does not say run init", init_says_init),
    Case("wrong", "a 0-page PDF", "no 'PDFium: Success'", zero_pages),
    Case("wrong", 'search for "', "one line, no FTS error", search_quote),
    Case("wrong", "index missing its FTS table", "rebuilt", fts_missing),
    Case("wrong", "control characters in a document", "inert in terminal/GitHub", controls),
    Case("wrong", "@-mentions and bare URLs", "not live in Markdown", markdown_links),
]

__all__ = ["CASES"]
