"""Checks that keep a reader's work bounded and honest on hostile or broken files.

The readers lean on libraries (libxml2, zipfile, PDFium) that have limits of their own and
sometimes meet them silently: libxml2 stops building an HTML tree at its depth limit and drops
the rest of the page without an error. Each check here turns such a case into one
:class:`~specdiff.errors.InputError` naming the limit (see :mod:`specdiff.limits`).
"""

from __future__ import annotations

import io
import os
import re
import stat
import zipfile
import zlib
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..limits import INPUT_MB, MB, NESTING, TEXT_CHARS, UNPACKED_MB

# C0 control characters XML cannot hold (tab, newline and carriage return aside). libxml2's HTML
# parser keeps them in text, but lxml refuses them when a dropped element's tail is moved, so a
# control character right after a <script> crashed the reader. In HTML they are whitespace at
# best; they become spaces before parsing. In every ASCII-compatible encoding (UTF-8, the
# Windows and ISO code pages, Shift-JIS, GB18030, Big5) these bytes are only ever themselves.
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 13))
_TO_SPACE = bytes.maketrans(_CONTROL_BYTES, b" " * len(_CONTROL_BYTES))


def without_controls(data: bytes) -> bytes:
    """HTML bytes with C0 control characters turned into spaces (not for UTF-16/32 text,
    whose code units hold such bytes; the HTML reader does not read those)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data
    return data.translate(_TO_SPACE)


def checked_depth(root: Any, error_log: Any, label: str) -> int:
    """The nesting depth of a parsed HTML tree; InputError if the parser stopped at its own depth
    limit (the rest of the page would be missing) or the tree is deeper than :data:`NESTING`."""
    from lxml import etree

    for entry in error_log:
        if entry.type_name == "ERR_RESOURCE_LIMIT":
            raise NESTING.error(label, "HTML elements nested deeper than libxml2 builds a tree", at_ceiling=True)
    depth = deepest = 0
    for event, _ in etree.iterwalk(root, events=("start", "end")):
        depth += 1 if event == "start" else -1
        deepest = max(deepest, depth)
    if deepest > NESTING.get():
        raise NESTING.error(label, f"HTML elements nested {deepest:,} levels deep")
    return deepest


def read_regular_file(path: Path, label: str) -> bytes:
    """The bytes of a regular file, at most :data:`INPUT_MB` of them.

    Anything else is refused before a byte is read: a FIFO would block until someone writes to
    it, ``/dev/zero`` would fill memory, ``corpus add /dev/zero`` would hash for ever. The file
    is opened without blocking (a FIFO's open would otherwise wait) and checked by ``fstat``
    on the open descriptor, so a path swapped between the check and the read is still checked.
    """
    limit = INPUT_MB.get() * MB
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise InputError(f"cannot read {label}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"cannot read {label}: it is a directory, not a file") from None
    except OSError as exc:
        raise InputError(f"cannot read {label}: {exc.strerror or exc}") from exc
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise InputError(f"cannot read {label}: it is a directory, not a file")
        if not stat.S_ISREG(st.st_mode):
            raise InputError(f"cannot read {label}: it is not a regular file (a device, FIFO or socket)")
        check_input_size(st.st_size, label)
        with os.fdopen(fd, "rb", closefd=False) as fh:
            data = fh.read(limit + 1)
    except OSError as exc:
        raise InputError(f"cannot read {label}: {exc.strerror or exc}") from exc
    finally:
        os.close(fd)
    if len(data) > limit:  # it grew after fstat
        raise INPUT_MB.error(label, f"more than {limit:,} bytes")
    return data


def partial_read_warnings(kind: str, data: bytes) -> list[str]:
    """Warnings for a file that was read only in part (a damaged PDF), so a reader never misses
    text without being told."""
    if kind != "pdf":
        return []
    from .pdfdamage import damage_warnings

    return damage_warnings(data)


def check_input_size(size: int, label: str) -> None:
    """InputError when bytes handed to :func:`specdiff.ingest.read` are past :data:`INPUT_MB`."""
    if size > INPUT_MB.get() * MB:
        raise INPUT_MB.error(label, f"{size:,} bytes")


def check_text_size(label: str, total: int) -> None:
    """InputError when a document's text is longer than :data:`TEXT_CHARS`."""
    if total > TEXT_CHARS.get():
        raise TEXT_CHARS.error(label, f"{total:,} characters of text")


def check_zip_size(data: bytes, label: str) -> None:
    """Refuse a DOCX whose parts unpack past :data:`UNPACKED_MB` before any part is inflated.

    Python's zipfile stops a member at the size its header declares (and then fails its CRC
    check), so the declared sizes bound what reading the package can inflate: a 3 MB zip bomb
    no longer unpacks to gigabytes of XML.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            total = sum(info.file_size for info in zf.infolist())
    except Exception:  # zipfile raises many types for a damaged archive
        return  # the DOCX reader reports a damaged package itself
    if total > UNPACKED_MB.get() * MB:
        raise UNPACKED_MB.error(label, f"its parts unpack to {total:,} bytes")


_STREAM = re.compile(rb"stream\r?\n")  # a plain literal: the search skips ahead fast (no look-behind)
_SKIPPED_STREAMS = (b"/Image", b"/DCTDecode", b"/JPXDecode", b"/CCITTFaxDecode", b"/JBIG2Decode")


def check_pdf_streams(data: bytes, label: str) -> None:
    """Refuse a PDF whose compressed streams inflate past :data:`UNPACKED_MB`, before PDFium
    inflates them (a 1 MB file whose content stream inflates to 1 GiB took 2.1 GB of memory).

    Each Flate stream is inflated here in 1 MB steps and only counted, never kept, so the check
    costs a pass of zlib over the file's text streams and its memory stays flat. Images are
    skipped: reading text never decodes them.
    """
    total, _ = stream_survey(data, UNPACKED_MB.get() * MB)
    if total > UNPACKED_MB.get() * MB:
        raise UNPACKED_MB.error(label, f"its compressed streams inflate to more than {total:,} bytes")


@lru_cache(maxsize=1)
def stream_survey(data: bytes, budget: int) -> tuple[int, tuple[bool, ...]]:
    """(bytes the Flate streams of ``data`` inflate to, whether each ended cleanly), stopping
    once past ``budget``. Remembered for the last PDF: reading a PDF asks twice (the size check
    before PDFium opens it, the damage check after), and one zlib pass over its streams is
    enough. Within the budget every stream is inflated in full, so each answer is the one
    :func:`inflate_count` gives with the whole budget."""
    total = 0
    clean: list[bool] = []
    for start in flate_streams(data):
        size, ended = inflate_count(data, start, budget - total)
        total += size
        if total > budget:
            break
        clean.append(ended)
    return total, tuple(clean)


def flate_streams(data: bytes) -> Iterator[int]:
    """Where each Flate-compressed stream of a PDF that is not an image begins (its data's offset),
    found from the ``stream`` keyword and the dictionary before it, without parsing the file."""
    for match in _STREAM.finditer(data):
        if match.start() and data[match.start() - 1 : match.start()].isalpha():
            continue  # the "stream" of "endstream"
        head = data[max(0, match.start() - 2048) : match.start()]
        head = head[head.rfind(b"obj") + 1 :]
        if b"Fl" in head and not any(kind in head for kind in _SKIPPED_STREAMS):
            yield match.end()


def inflate_count(data: bytes, start: int, budget: int) -> tuple[int, bool]:
    """(bytes the zlib stream at ``start`` inflates to, whether it ended cleanly), inflating in
    1 MB steps and keeping nothing; stops once past ``budget``."""
    inflater = zlib.decompressobj()
    size, position, step = 0, start, 1 << 20
    pending = b""
    try:
        while size <= budget and not inflater.eof:
            if not pending:
                if position >= len(data):
                    break
                pending = data[position : position + step]
                position += step
            size += len(inflater.decompress(pending, step))
            pending = inflater.unconsumed_tail
    except zlib.error:
        return size, False  # not zlib after all, or damaged: PDFium decides what to make of it
    return size, inflater.eof or size > budget


__all__ = [
    "check_input_size",
    "check_pdf_streams",
    "check_text_size",
    "check_zip_size",
    "checked_depth",
    "flate_streams",
    "inflate_count",
    "partial_read_warnings",
    "read_regular_file",
    "stream_survey",
    "without_controls",
]
