"""A page's glyphs from PDFium with as few calls per character as the API allows.

Asking PDFium for a character's code, hyphen flag, generated flag, box, font size and matrix is
six ctypes calls per glyph, and those calls were most of the cost of reading a PDF. What PDFium
can give in bulk is taken in bulk:

- codes: the whole page text in one ``FPDFText_GetText`` call. Its text buffer holds one unit
  per character except for control characters, so when the lengths agree (and no character
  lies outside the Basic Multilingual Plane) position i is character i; otherwise, and for the
  U+FFFE placeholder PDFium writes for line-end hyphens and unmapped glyphs, codes are asked one
  by one;
- flags: only a space, CR or LF can be generated, and only the placeholders can be a hyphen
  (PDFium marks a line-end hyphen by setting its code to 2), so only those are asked;
- font size and matrix belong to the text object a character comes from, and one object's
  characters are consecutive, so runs of characters of one object are found by galloping
  search over ``FPDFText_GetTextObject`` and the size is asked once per run.

Only the loose box is asked for every character (PDFium has no call for many boxes). The
calls asked per character (box, text object, flags) are made through cffi in ABI mode on the
addresses pypdfium2 loaded, driven by ``map`` into buffers, with no Python bytecode per call;
positions, flags and sizes are NumPy arrays. tests/ingest/test_pdfium_batch.py checks that the
result is identical to asking every property of every character.
"""

from __future__ import annotations

import ctypes
import functools
import itertools
import re
from collections.abc import Callable
from typing import Any

from .glyphs import GlyphColumns

_SPACE, _CR, _LF = 0x20, 0x0D, 0x0A
_PLACEHOLDER = 0xFFFE  # what the text buffer holds for a line-end hyphen (code 2) or an unmapped glyph (0)
_PLACEHOLDER_RE = re.compile("\ufffe")
_OUTSIDE_BMP = re.compile("[\ud800-\udfff\U00010000-\U0010ffff]")


def page_columns(handle: Any, height: float) -> GlyphColumns:
    """The glyphs of one text page (``FPDF_TEXTPAGE``), in PDFium's order, top-left origin, as
    columns: the kept characters as one string, the coordinates and sizes as float arrays (no
    Python object and no Python statement per glyph)."""
    import numpy as np
    import pypdfium2.raw as raw

    count = raw.FPDFText_CountChars(handle)
    if count <= 0:
        return GlyphColumns.of(())
    chars = char_text(handle, count)
    points = np.frombuffer(chars.encode("utf-32-le", errors="surrogatepass"), dtype=np.uint32)
    dropped, hyphens = _special(handle, points)
    kept = np.ones(count, dtype=bool)
    kept[dropped] = False
    indices = np.flatnonzero(kept)
    sizes = _sizes(handle, count, points, indices)
    boxes, found = _loose_boxes(handle, indices.tolist())
    if len(hyphens):
        points = points.copy()
        points[hyphens] = ord("-")
    if not found.all():
        indices, sizes, boxes = indices[found], sizes[found], boxes[found]
    texts = points[indices].tobytes().decode("utf-32-le", errors="surrogatepass")
    return GlyphColumns(texts, boxes[:, 0], boxes[:, 2], height - boxes[:, 1], height - boxes[:, 3], sizes)


def _loose_boxes(handle: Any, indices: list[int]) -> tuple[Any, Any]:
    """Each character's loose box as a row [left, top, right, bottom] (PDF coordinates) of a
    float array, and whether PDFium had one. One C call per character (PDFium has no call for
    many), driven by ``map`` into a single float buffer, so no Python bytecode runs per
    character, through cffi, whose calls cost about two thirds of ctypes' (see
    :func:`per_char_function`)."""
    import numpy as np

    ffi = _ffi()
    loose = per_char_function("FPDFText_GetLooseCharBox", "int (*)(void *, int, float *)")
    n = len(indices)
    buffer = ffi.new("float[]", 4 * n)
    boxes = map(buffer.__add__, range(0, 4 * n, 4))
    found = np.fromiter(map(loose, itertools.repeat(_page(handle), n), indices, boxes), dtype=np.intc, count=n) != 0
    values = np.frombuffer(ffi.buffer(buffer), dtype=np.float32).astype(np.float64).reshape(n, 4)
    return values, found


@functools.cache
def _ffi() -> Any:
    import cffi

    return cffi.FFI()


def _page(handle: Any) -> Any:
    """A text page handle (pypdfium2's ctypes pointer) as a cffi pointer."""
    return _ffi().cast("void *", ctypes.cast(handle, ctypes.c_void_p).value)


@functools.cache
def per_char_function(name: str, signature: str) -> Any:
    """The PDFium function ``name`` called through cffi (ABI mode: nothing is compiled; the
    address is the one pypdfium2's ctypes binding loaded). The functions PDFium is asked once
    per character go this way: a cffi call costs ~300 ns where the leanest ctypes call costs
    ~420 ns (the loose box, measured on the realdocs PDFs). Made once per process."""
    import pypdfium2.raw as raw

    address = ctypes.cast(getattr(raw, name), ctypes.c_void_p).value
    assert address is not None
    return _ffi().cast(signature, address)


@functools.cache
def c_function(name: str, restype: Any, *argtypes: Any) -> Any:
    """The PDFium function ``name`` with plain pointer arguments: no conversion of pypdfium2's
    typed pointers per call, and an address (int) as result rather than a pointer object. Made
    once per process."""
    import pypdfium2.raw as raw

    address = ctypes.cast(getattr(raw, name), ctypes.c_void_p).value
    assert address is not None
    return ctypes.CFUNCTYPE(restype, *argtypes)(address)


def char_text(handle: Any, count: int) -> str:
    """Every character's code point, as ``FPDFText_GetUnicode`` reports it, as one string
    (character i of the page is position i)."""
    import pypdfium2.raw as raw

    buffer = (ctypes.c_ushort * (2 * count + 2))()  # room for surrogate pairs, whatever PDFium writes
    written = raw.FPDFText_GetText(handle, 0, count, buffer)
    units = bytes(buffer)[: 2 * max(written - 1, 0)]
    text = units.decode("utf-16-le", errors="surrogatepass")
    get = raw.FPDFText_GetUnicode
    if len(text) != count or _OUTSIDE_BMP.search(text):
        return "".join(chr(get(handle, index)) for index in range(count))
    if "\ufffe" not in text:
        return text
    chars = list(text)
    for found in _PLACEHOLDER_RE.finditer(text):
        chars[found.start()] = chr(get(handle, found.start()))
    return "".join(chars)


def _special(handle: Any, points: Any) -> tuple[Any, Any]:
    """Indices of characters PDFium made up (generated spaces and line breaks, empty codes) and
    of line-end hyphens (``points``: the page's code points); only the few characters whose code
    allows either are asked about, all in one ``map`` per question."""
    import numpy as np

    hyphens = np.flatnonzero((points == 0x02) | (points == _PLACEHOLDER))
    dashes = np.flatnonzero((points == 0x2D) | (points == 0xAD))
    if len(dashes):
        hyphens = np.union1d(hyphens, dashes[_ask(handle, "FPDFText_IsHyphen", dashes) == 1])
    dropped = np.flatnonzero((points == _CR) | (points == _LF) | (points == 0))
    spaces = np.flatnonzero(points == _SPACE)
    if len(spaces):
        dropped = np.union1d(dropped, spaces[_ask(handle, "FPDFText_IsGenerated", spaces) == 1])
    return dropped, hyphens


def _ask(handle: Any, function: str, indices: Any) -> Any:
    """``function(handle, index)`` (a C int; the PDFium function's name) for each index, as an
    array."""
    import numpy as np

    call = per_char_function(function, "int (*)(void *, int)")
    page = itertools.repeat(_page(handle), len(indices))
    return np.fromiter(map(call, page, indices.tolist()), dtype=np.intc, count=len(indices))


def _sizes(handle: Any, count: int, points: Any, indices: Any) -> Any:
    """Font size (as printed: the object's size times its vertical scale) of each character in
    ``indices`` (ascending), asked once per run of characters that come from one text object,
    of the run's first character that is not a space or line break (else its first)."""
    import numpy as np

    runs = np.array(object_runs(_object_at(handle), count), dtype=np.intp).reshape(-1, 2)
    firsts, ends = np.searchsorted(indices, runs[:, 0]), np.searchsorted(indices, runs[:, 1])
    occupied = ends > firsts
    firsts, ends = firsts[occupied], ends[occupied]
    inked = np.flatnonzero(~np.isin(points[indices], (_SPACE, _CR, _LF)))
    at = np.searchsorted(inked, firsts)  # each run's first inked member, if it has one
    found = inked[np.minimum(at, max(len(inked) - 1, 0))] if len(inked) else firsts
    probes = indices[np.where((at < len(inked)) & (found < ends), found, firsts)].tolist()
    n = len(probes)
    page = ctypes.cast(handle, ctypes.c_void_p).value
    font_size = c_function("FPDFText_GetFontSize", ctypes.c_double, ctypes.c_void_p, ctypes.c_int)
    get_matrix = c_function("FPDFText_GetMatrix", ctypes.c_int, ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p)
    matrices = (ctypes.c_float * (6 * n))()
    base = ctypes.addressof(matrices)
    done = list(map(get_matrix, itertools.repeat(page, n), probes, range(base, base + 24 * n, 24)))
    scales = memoryview(matrices).cast("B").cast("f").tolist()[3::6]  # d: the vertical scale
    for k in range(1, n):
        if not done[k]:  # a matrix PDFium did not fill keeps the one asked before, as one reused struct would
            scales[k] = scales[k - 1]
    values = map(font_size, itertools.repeat(page, n), probes)
    run_sizes = [round(size * abs(scale), 2) for size, scale in zip(values, scales, strict=True)]
    return np.repeat(np.array(run_sizes, dtype=np.float64), ends - firsts)


def _object_at(handle: Any) -> Callable[[int], int]:
    """Index -> address of the text object the character comes from (0 for generated ones)."""
    address = per_char_function("FPDFText_GetTextObject", "uintptr_t (*)(void *, int)")
    at: Callable[[int], int] = functools.partial(address, _page(handle))
    return at


def object_runs(key: Callable[[int], object], count: int) -> list[tuple[int, int]]:
    """[start, end) runs of equal ``key`` over 0..count-1, assuming equal keys are consecutive:
    galloping then bisecting, so a run of n characters costs about 2·log2(n) calls, not n."""
    runs: list[tuple[int, int]] = []
    start = 0
    while start < count:
        value = key(start)
        low, step = start, 1
        while low + step < count and key(low + step) == value:
            low += step
            step *= 2
        high = min(low + step, count)
        while high - low > 1:
            middle = (low + high) // 2
            if key(middle) == value:
                low = middle
            else:
                high = middle
        runs.append((start, low + 1))
        start = low + 1
    return runs
