"""The cases of issue 21, data loss and crashes: each sets itself up in a folder and says if it held.

Every case runs specdiff as a real process (``bench.hostile_run.specdiff``). A crash is exit 3 or
a traceback; holding means the result the issue asks for: a file left as what it was, the text
read whole, one line and exit 2, a batch that keeps going.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

from .hostile_inputs import (
    STANDARD,
    deep_json,
    deep_toml,
    docx_other_root,
    docx_without_body,
    nested_html,
    numbered_docx,
    pdf_page_tree_loop,
)
from .hostile_run import Case, Run, specdiff, verdict

Outcome = tuple[Run | None, bool, str]


def standard(folder: Path, name: str = "std.txt", text: str = STANDARD) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def parse_bytes(folder: Path, name: str, data: bytes, *extra: str) -> Run:
    path = folder / name
    path.write_bytes(data)
    return specdiff(["parse", str(path), *extra])


def crash_free(run: Run) -> bool:
    """A result (exit 0) or one line and exit 2: never exit 3, a traceback or a hang."""
    return run.code == 0 or (run.code == 2 and run.one_line)


def corpus_with(folder: Path, versions: int = 3) -> Path:
    """A corpus of one series with ``versions`` dated versions (the years of experience change)."""
    root = folder / "corpus"
    specdiff(["corpus", "--corpus", str(root), "init"])
    for i in range(versions):
        path = standard(
            folder, f"v{i}.txt", STANDARD.replace("Two years", f"{i + 2} years") + f"\nDate: {i + 1}/2020\n"
        )
        specdiff(["corpus", "--corpus", str(root), "add", str(path)])
    return root


def unprivileged() -> list[str] | None:
    """A prefix under which file permissions apply (root ignores them), or None."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    return [setpriv, "--bounding-set", "-dac_override,-dac_read_search", "--"] if setpriv else None


def as_user(args: list[str]) -> Run | None:
    prefix = unprivileged()
    if prefix is None:
        return None
    started = time.perf_counter()
    done = subprocess.run(
        [*prefix, sys.executable, "-m", "specdiff", *args], capture_output=True, text=True, timeout=120
    )
    return Run(done.returncode, done.stdout, done.stderr, 0.0, time.perf_counter() - started, 0.0)


# --------------------------------------------------------------------------- data loss


def out_device(folder: Path) -> Outcome:
    node = folder / "null"
    os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # a private /dev/null: a regression harms nothing
    run = specdiff(["parse", str(standard(folder)), "-o", str(node)])
    return run, run.code == 0 and stat.S_ISCHR(node.lstat().st_mode), "still a character device"


def out_fifo(folder: Path) -> Outcome:
    fifo = folder / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    run = specdiff(["parse", str(standard(folder)), "-o", str(fifo)], cap=30)
    reader.join(5)
    held = run.code == 0 and stat.S_ISFIFO(fifo.lstat().st_mode) and bool(got and got[0])
    return run, held, "still a FIFO, the reader got the report"


def out_symlink(folder: Path) -> Outcome:
    target, link = folder / "real.txt", folder / "link.txt"
    target.write_text("old\n")
    link.symlink_to(target)
    run = specdiff(["parse", str(standard(folder)), "-o", str(link)])
    held = run.code == 0 and link.is_symlink() and "RECORDS CLERK" in target.read_text()
    return run, held, "still a symlink; its target holds the report"


def out_directory(folder: Path) -> Outcome:
    (folder / "d").mkdir()
    run = specdiff(["parse", str(standard(folder)), "-o", str(folder / "d")])
    return run, run.code == 2 and run.one_line and (folder / "d").is_dir(), "one line; the folder untouched"


def html_300(folder: Path) -> Outcome:
    run = parse_bytes(folder, "deep.html", nested_html(300))
    return run, run.code == 0 and "MINIMUM QUALIFICATIONS" in run.stdout, "the section after the deep part is read"


def html_3000(folder: Path) -> Outcome:
    run = parse_bytes(folder, "deep.html", nested_html(3000))
    return run, run.code == 2 and run.one_line, "past libxml2's 2,048 levels: one line, nothing dropped silently"


def killed_add(folder: Path) -> Outcome:
    root = folder / "corpus"
    specdiff(["corpus", "--corpus", str(root), "init"])
    files = [
        standard(folder, f"v{i}.txt", STANDARD.replace("Two", str(i + 2)) + f"\nDate: {i + 1}/2020\n") for i in range(4)
    ]
    env = {**os.environ, "SPECDIFF_CORPUS_TEST_PAUSE": "0.5"}
    cmd = [sys.executable, "-m", "specdiff", "corpus", "--corpus", str(root), "add", *map(str, files)]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    index, deadline = root / ".specdiff" / "index.sqlite", time.monotonic() + 120
    while _count(index, "versions") < len(files) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    killed = proc.poll() is None and _count(index, "steps") == 0
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    run = specdiff(["corpus", "--corpus", str(root), "log", "records-clerk", "--format", "json"])
    counts = [v["substantive"] for v in json.loads(run.stdout)["versions"]] if run.code == 0 else []
    held = killed and counts[:1] == [None] and len(counts) == 4 and None not in counts[1:]
    return run, held, f"killed while comparing; log then shows {counts}"


def _count(index: Path, table: str) -> int:
    try:
        with sqlite3.connect(f"file:{index}?mode=ro", uri=True) as conn:
            return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    except sqlite3.Error:
        return 0


# --------------------------------------------------------------------------- crashes


def docx_case(data: bytes) -> Callable[[Path], Outcome]:
    def case(folder: Path) -> Outcome:
        run = parse_bytes(folder, "f.docx", data)
        return run, crash_free(run), f"exit {run.code}"

    return case


def html_control(folder: Path) -> Outcome:
    page = b"<html><body><h1>RECORDS CLERK</h1><p>Files<script>x()</script>\x01 letters.</p></body></html>"
    run = parse_bytes(folder, "c.html", page)
    return run, run.code == 0 and "Files letters." in run.stdout, "read, the control character as a space"


def pdf_loop(folder: Path) -> Outcome:
    run = parse_bytes(folder, "loop.pdf", pdf_page_tree_loop(), "--format", "json")
    warned = run.code == 0 and any("cannot be loaded" in w for w in json.loads(run.stdout)["warnings"])
    return run, warned, "page 1 read; page 2 named in a warning"


def read_only(folder: Path, command: list[str]) -> Outcome:
    root = corpus_with(folder)
    for path in sorted((root, *root.rglob("*")), key=lambda p: -len(p.parts)):
        path.chmod(path.stat().st_mode & 0o555)
    run = as_user(["corpus", "--corpus", str(root), *command])
    for path in (root, *root.rglob("*")):
        path.chmod(path.stat().st_mode | 0o200)
    if run is None:
        return None, False, "not run: root without setpriv"
    return run, run.code == 0 and bool(run.stdout.strip()), "answered from an in-memory copy of the index"


def unreadable_file(folder: Path) -> Outcome:
    root = corpus_with(folder)
    source = next(root.glob("*/*/standard.txt"))
    source.chmod(0)
    (root / ".specdiff" / "index.sqlite").unlink()
    run = as_user(["corpus", "--corpus", str(root), "list"])
    source.chmod(0o644)
    if run is None:
        return None, False, "not run: root without setpriv"
    return run, run.code == 0 and "skipped: cannot read" in run.stderr, "that version skipped with a warning"


def surrogate_check(folder: Path) -> Outcome:
    doc = json.loads(specdiff(["parse", str(standard(folder)), "--format", "json"]).stdout)
    path = folder / "doc.json"
    path.write_text(json.dumps(doc).replace("RECORDS CLERK", "RECORDS \\ud800CLERK", 1))
    run = specdiff(["check", str(path)])
    return run, run.code == 2 and run.one_line, "one line naming the lone surrogate"


def surrogate_corpus(folder: Path) -> Outcome:
    root = corpus_with(folder)
    doc = next(root.glob("*/*/document.json"))
    doc.write_text(doc.read_text().replace("RECORDS CLERK", "RECORDS \\ud800CLERK", 1))
    run = specdiff(["corpus", "--corpus", str(root), "diff", "records-clerk", "--from", "first", "--to", "latest"])
    return run, run.code == 0 and "lone surrogate" in run.stderr, "the damaged document.json is rebuilt"


def deep_check(folder: Path, name: str, data: bytes) -> Outcome:
    path = folder / name
    path.write_bytes(data)
    args = ["check", str(path)] if name.endswith(".json") else ["check", str(standard(folder)), "--policy", str(path)]
    run = specdiff(args)
    return run, run.code == 2 and run.one_line, "one line"


def plain(
    args_of: Callable[[Path], tuple[list[str], dict[str, str]]], *, expect_code: int = 2
) -> Callable[[Path], Outcome]:
    """A case that is one command: held when it exits ``expect_code`` (one line if 2)."""

    def case(folder: Path) -> Outcome:
        args, env = args_of(folder)
        run = specdiff(args, env=env)
        return run, verdict(run, codes=[expect_code], one_line=expect_code == 2), f"exit {run.code}"

    return case


def stdout_full(folder: Path) -> Outcome:
    with open("/dev/full", "wb") as full:
        run = specdiff(["parse", str(standard(folder))], stdout=full)
    return run, run.code == 2 and run.one_line, "one line: no space left on device"


def index_is_dir(folder: Path) -> Outcome:
    root = corpus_with(folder)
    for path in (root / ".specdiff").glob("index.sqlite*"):
        path.unlink()
    (root / ".specdiff" / "index.sqlite").mkdir()
    run = specdiff(["corpus", "--corpus", str(root), "list"])
    return run, run.code == 0 and "records-clerk" in run.stdout, "rebuilt from the files"


def specdiff_is_file(folder: Path) -> Outcome:
    root = folder / "c"
    root.mkdir()
    (root / ".specdiff").write_text("")
    run = specdiff(["corpus", "--corpus", str(root), "init"])
    return run, run.code == 2 and run.one_line and "init`" not in run.stderr, "one line saying what is in the way"


def outside_lock(folder: Path) -> Outcome:
    root = corpus_with(folder, versions=1)
    code = (
        "import sqlite3, sys, time\nc = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('PRAGMA locking_mode=EXCLUSIVE'); c.execute('BEGIN EXCLUSIVE')\n"
        "c.execute('SELECT 1 FROM versions').fetchall(); print('held', flush=True); time.sleep(60)\n"
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", code, str(root / ".specdiff" / "index.sqlite")], stdout=subprocess.PIPE
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == b"held\n"
        run = specdiff(["corpus", "--corpus", str(root), "--wait", "2", "list"])
    finally:
        holder.kill()
        holder.wait()
    return run, run.code == 2 and run.one_line and run.wall < 20, "waited --wait 2 s, then one line"


def batch_add(folder: Path) -> Outcome:
    root = folder / "corpus"
    specdiff(["corpus", "--corpus", str(root), "init"])
    good = [
        standard(folder, f"g{i}.txt", STANDARD.replace("RECORDS", f"FILE{i}") + "\nDate: 1/2020\n") for i in range(3)
    ]
    bad = folder / "bad.docx"
    bad.write_bytes(docx_without_body())
    run = specdiff(
        ["corpus", "--corpus", str(root), "add", str(good[0]), str(bad), "/dev/zero", str(good[1]), str(good[2])]
    )
    held = run.code == 2 and run.stdout.count("added ") == 3 and run.stderr.count("specdiff: error:") == 2
    return (
        run,
        held,
        f"{run.stdout.count('added ')} added, {run.stderr.count('specdiff: error:')} errors, exit {run.code}",
    )


def _long(folder: Path) -> tuple[list[str], dict[str, str]]:
    return ["parse", str(folder / ("n" * 300 + ".txt"))], {}


def _epoch(folder: Path) -> tuple[list[str], dict[str, str]]:
    return ["check", str(standard(folder))], {"SOURCE_DATE_EPOCH": "9" * 20}


def _o_empty(folder: Path) -> tuple[list[str], dict[str, str]]:
    return ["parse", str(standard(folder)), "-o", ""], {}


CASES = [
    Case("data loss", "-o a device node (a private /dev/null)", "written in place", out_device),
    Case("data loss", "-o a FIFO", "written in place", out_fifo),
    Case("data loss", "-o a symlink", "written through", out_symlink),
    Case("data loss", "-o a directory", "exit 2, one line", out_directory),
    Case("data loss", "HTML nested 300 deep, MQ section after", "read whole", html_300),
    Case("data loss", "HTML nested 3,000 deep", "exit 2, never silent", html_3000),
    Case("data loss", "add killed while comparing, then log", "counts restored", killed_add),
    Case("crash", 'DOCX w:ilvl="abc"', "result or exit 2", docx_case(numbered_docx(ilvl="abc"))),
    Case("crash", "DOCX negative ilvl", "result or exit 2", docx_case(numbered_docx(ilvl="-1"))),
    Case("crash", "DOCX non-numeric w:start", "result or exit 2", docx_case(numbered_docx(start="x"))),
    Case("crash", "DOCX with no body", "exit 2", docx_case(docx_without_body())),
    Case("crash", "DOCX with another root", "exit 2", docx_case(docx_other_root())),
    Case("crash", "HTML control char after a dropped <script>", "read", html_control),
    Case("crash", "PDF whose page tree loops", "read, with a warning", pdf_loop),
    Case("crash", "read-only corpus: list", "answers", lambda f: read_only(f, ["list"])),
    Case("crash", "read-only corpus: log", "answers", lambda f: read_only(f, ["log", "records-clerk"])),
    Case("crash", "read-only corpus: search", "answers", lambda f: read_only(f, ["search", "clerical"])),
    Case("crash", "one unreadable file inside a corpus", "the rest answers", unreadable_file),
    Case("crash", "lone surrogate in a JSON given to check", "exit 2", surrogate_check),
    Case("crash", "lone surrogate in a corpus document.json", "rebuilt", surrogate_corpus),
    Case(
        "crash", "JSON nested 100,000 deep to check", "exit 2", lambda f: deep_check(f, "deep.json", deep_json(100_000))
    ),
    Case(
        "crash", "TOML policy nested 100,000 deep", "exit 2", lambda f: deep_check(f, "deep.toml", deep_toml(100_000))
    ),
    Case("crash", "-o ''", "exit 2", plain(_o_empty)),
    Case("crash", "stdout full (/dev/full)", "exit 2", stdout_full),
    Case("crash", "a file name too long", "exit 2", plain(_long)),
    Case("crash", "index.sqlite that is a directory", "rebuilt", index_is_dir),
    Case("crash", ".specdiff that is a file, at init", "exit 2, says what", specdiff_is_file),
    Case("crash", "outside exclusive SQLite lock on the index", "exit 2 after --wait", outside_lock),
    Case("crash", "SOURCE_DATE_EPOCH = 10^20", "exit 2", plain(_epoch)),
    Case("crash", "one bad file in a corpus add batch", "others added, exit 2", batch_add),
]

__all__ = ["CASES", "Outcome", "crash_free", "parse_bytes", "standard"]
