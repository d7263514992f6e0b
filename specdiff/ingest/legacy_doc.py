"""Legacy Word ``.doc`` (the binary format before DOCX), read through a converter if one is here.

There is no well-kept Python reader for the binary Word format, and Debian packages two good
converters: LibreOffice (headless, to DOCX, which our DOCX reader then reads with its lists,
tables and headings) and antiword (to plain text, fast, no structure beyond lines). LibreOffice
is tried first; ``SPECDIFF_DOC_CONVERTER`` (``libreoffice``, ``antiword`` or ``none``) picks one.
Without either the file is refused with the install step.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from ..errors import InputError

INSTALL = (
    "convert it to .docx, or install a converter: apt-get install libreoffice-writer-nogui "
    "(or antiword), then read it again"
)
_TIMEOUT = 120.0


def converters() -> list[tuple[str, str]]:
    """(name, program) of the converters present, in the order they are tried."""
    wanted = os.environ.get("SPECDIFF_DOC_CONVERTER", "").strip().lower()
    found = [
        ("libreoffice", shutil.which("soffice") or shutil.which("libreoffice")),
        ("antiword", shutil.which("antiword")),
    ]
    return [(name, program) for name, program in found if program and wanted in ("", name)]


def read_doc(data: bytes, name: str) -> tuple[list[list[str]], list[str]]:
    """Pages of lines from a .doc file, by the first converter present."""
    present = converters()
    if not present:
        raise InputError(f"cannot read {name}: it is a legacy Word .doc file and no converter is installed; {INSTALL}")
    converter, program = present[0]
    with tempfile.TemporaryDirectory(prefix="specdiff-doc-") as tmp:
        source = Path(tmp) / "document.doc"
        source.write_bytes(data)
        if converter == "libreoffice":
            from .docx import read_docx

            return read_docx(_libreoffice(program, source, name), name)
        from .text import decode, split_pages

        return split_pages(decode(_run([program, "-w", "0", str(source)], name), name)), []


def _libreoffice(program: str, source: Path, name: str) -> bytes:
    """The .doc converted to DOCX bytes; a private profile folder, so two runs at once (or a
    user's open LibreOffice) do not lock each other out."""
    folder = source.parent
    profile = (folder / "profile").as_uri()
    command = [program, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "docx"]
    _run([*command, "--outdir", str(folder), str(source)], name)
    converted = folder / "document.docx"
    if not converted.exists():
        raise InputError(f"cannot read {name}: LibreOffice could not convert this .doc file")
    return converted.read_bytes()


def _run(command: list[str], name: str) -> bytes:
    try:
        out = subprocess.run(command, capture_output=True, timeout=_TIMEOUT, check=False)
    except subprocess.TimeoutExpired as exc:
        raise InputError(f"cannot read {name}: the .doc converter did not finish within {_TIMEOUT:.0f} s") from exc
    except OSError as exc:
        raise InputError(f"cannot read {name}: the .doc converter could not be started ({exc})") from exc
    if out.returncode != 0:
        detail = out.stderr.decode("utf-8", "replace").strip().splitlines()
        raise InputError(f"cannot read {name}: the .doc converter failed ({detail[-1] if detail else out.returncode})")
    return out.stdout
