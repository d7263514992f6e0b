"""Where a command's artifact goes (``-o PATH``) and in which format, decided in one place.

``-o`` must never destroy what the path already is. A report replaces a regular file (or
creates a new one) atomically (:func:`specdiff.files.write_atomic`: a temporary file beside
it, then a rename), so a failed run leaves the old file whole. Anything else is written the
way a shell's ``>`` would: a symlink is followed to its target, a device or FIFO is opened and
written directly (renaming over ``/dev/null`` would replace the device node with a file), and
a directory is refused.

The format of a report written to a file follows its suffix, from one table
(:data:`FORMATS_BY_SUFFIX`); adding an output format is one entry there plus its renderer.
A suffix specdiff does not write is refused rather than filled with text of another format.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
from collections.abc import Iterable
from pathlib import Path

from ..errors import OutputError
from ..files import write_atomic

STDOUT = "-"


# Suffix of an output file -> the format written into it. A command uses the entries whose
# format it can render; any other suffix is refused unless --format says what to write.
FORMATS_BY_SUFFIX: dict[str, str] = {
    ".json": "json",
    ".html": "html",
    ".htm": "html",
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".xml": "junit",
    ".sarif": "sarif",
    ".docx": "docx",
}


# Files of other programs: never filled with a text report, even when --format names one.
FOREIGN_SUFFIXES = frozenset(
    (".docx", ".doc", ".odt", ".rtf", ".pdf", ".xlsx", ".xls", ".pptx", ".zip", ".png", ".jpg")
)


def choose_format(fmt: str | None, output: str, valid: Iterable[str], *, default: str = "text") -> str:
    """The format to write: ``--format`` when given, else the output file's suffix, else ``default``.

    An output file with no suffix gets ``default`` (as stdout does). A suffix that names a format
    the command cannot write, or no format at all, needs ``--format``; a suffix of another
    program's files (``.docx``, ``.pdf``) that specdiff does not write is refused even then,
    instead of filling ``report.docx`` with plain text (OutputError, exit 2).
    """
    formats = list(valid)
    if fmt is not None and fmt not in formats:
        raise OutputError(f"--format {fmt!r} is not one this command writes; valid formats: {', '.join(formats)}")
    suffix = Path(output).suffix.lower() if output != STDOUT else ""
    by_suffix = FORMATS_BY_SUFFIX.get(suffix)
    known = ", ".join(s for s, f in FORMATS_BY_SUFFIX.items() if f in formats)
    writes_it = by_suffix in formats and fmt in (None, by_suffix)
    if suffix in FOREIGN_SUFFIXES and not writes_it:
        raise OutputError(f"-o {output}: specdiff does not write {suffix} files here; use a suffix it writes ({known})")
    if fmt is not None:
        return fmt
    if not suffix:
        return default
    if by_suffix in formats:
        return by_suffix
    raise OutputError(
        f"-o {output}: this command does not write {suffix} files; use a suffix it writes ({known}) or give --format"
    )


def write_output(data: str | bytes, output: str) -> None:
    """Write the artifact to stdout or to ``output`` without ever destroying what that path is.

    Raises OutputError (one line, exit 2) when the path cannot be written: a directory, an empty
    name, a missing folder, no permission, a full disk, a name too long for the file system.
    """
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if output == STDOUT:
        _write_stdout(raw)
        return
    if not output:
        raise OutputError("-o needs a file name (or - for stdout)")
    target = Path(os.path.realpath(output))  # a symlink is written through, never replaced
    try:
        st: os.stat_result | None = target.stat()
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise OutputError(f"cannot write {output}: {exc.strerror or exc}") from exc
    if st is None or stat.S_ISREG(st.st_mode):
        _replace_atomically(raw, target, output, st)
    elif stat.S_ISDIR(st.st_mode):
        raise OutputError(f"cannot write {output}: it is a directory; give a file name")
    elif stat.S_ISCHR(st.st_mode) or stat.S_ISFIFO(st.st_mode) or stat.S_ISBLK(st.st_mode):
        _write_in_place(raw, target, output)
    else:
        raise OutputError(f"cannot write {output}: it is not a file, device or pipe")


def _write_stdout(raw: bytes) -> None:
    out = sys.stdout
    try:
        out.flush()
        buffer = getattr(out, "buffer", None)
        if buffer is not None:
            buffer.write(raw)
            buffer.flush()
        else:  # a text-only stream (click's test runner gives one with a buffer; be safe anyway)
            out.write(raw.decode("utf-8"))
            out.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise stdout_error(exc) from exc


def stdout_error(exc: OSError) -> OutputError:
    """The one-line error for stdout that cannot take the report (a full disk, a closed device).

    stdout is pointed at /dev/null afterwards so that Python's own flush at exit does not print
    a second error about the same bytes.
    """
    silence_stdout()
    return OutputError(f"cannot write to stdout: {exc.strerror or exc}")


def silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # no real descriptor (a test runner's stream)
        pass


def _replace_atomically(raw: bytes, target: Path, output: str, st: os.stat_result | None) -> None:
    """A new file, or a regular file replaced by rename: readers see old bytes or new, never half.

    An existing file keeps its permission bits, and one we may not write is refused as ``>``
    would refuse it (a rename would otherwise get round its read-only mode)."""
    if st is not None and not os.access(target, os.W_OK):
        raise OutputError(f"cannot write {output}: permission denied")
    if len(os.fsencode(target.name)) > _name_max(target.parent):
        raise OutputError(f"cannot write {output}: the file name is too long")
    try:
        write_atomic(target, raw, durable=False, mode=stat.S_IMODE(st.st_mode) if st is not None else None)
    except OSError as exc:
        raise OutputError(f"cannot write {output}: {_reason(exc, target.parent)}") from exc


def _write_in_place(raw: bytes, target: Path, output: str) -> None:
    """A device or FIFO: opened and written as a shell redirection would, never replaced."""
    try:
        with open(target, "wb") as fh:
            fh.write(raw)
    except OSError as exc:
        raise OutputError(f"cannot write {output}: {exc.strerror or exc}") from exc


def _name_max(folder: Path) -> int:
    try:
        return os.pathconf(folder, "PC_NAME_MAX")
    except (OSError, ValueError):
        return 255


def _reason(exc: OSError, folder: Path) -> str:
    if exc.errno == errno.ENOENT:
        return f"the folder {folder} does not exist"
    return exc.strerror or str(exc)


__all__ = [
    "FOREIGN_SUFFIXES",
    "FORMATS_BY_SUFFIX",
    "STDOUT",
    "choose_format",
    "silence_stdout",
    "stdout_error",
    "write_output",
]
