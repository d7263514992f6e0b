"""Page images for OCR: rendered at a resolution for typewritten text, measured, straightened.

Tesseract reads best when a lower-case letter is 20-30 pixels high: 300 dpi for the 10-12 point
type of a typewriter. A scan made at a finer resolution is rendered at its own (up to 400 dpi),
so no detail the scanner caught is thrown away; a coarser one is scaled up to 300, which helps
Tesseract more than it costs.

Straightening matters to us more than to Tesseract: it reads a line tilted by a degree well
enough, but the box it reports for each word then drifts down the page along the line, and our
layout groups words into lines by their boxes. The tilt is found from the ink itself (the angle
at which the rows of ink pixels form the sharpest horizontal profile) and undone before reading.
"""

from __future__ import annotations

from typing import Any

import numpy as np

DPI = 300
MAX_DPI = 400
MAX_SKEW = 5.0  # degrees searched either way; a page tilted further than this was not scanned flat
_MIN_SKEW = 0.1  # degrees below which turning the image would only blur it
BLANK_INK = 0.0008  # share of dark pixels below which a page holds nothing to read (specks, a hole punch)


def choose_dpi(page: Any) -> int:
    """The resolution to render a page at: its largest image's own resolution within
    [300, 400] dpi, else 300 (a page with no image, or an image scanned coarser than that)."""
    import pypdfium2.raw as raw

    native = 0.0
    width_pt = page.get_width()
    for index in range(raw.FPDFPage_CountObjects(page.raw)):
        obj = raw.FPDFPage_GetObject(page.raw, index)
        if raw.FPDFPageObj_GetType(obj) != raw.FPDF_PAGEOBJ_IMAGE:
            continue
        pixels_w, _ = _image_pixels(obj)
        left, _, right, _ = _bounds(obj)
        if pixels_w and right - left > 0.5 * width_pt:
            native = max(native, pixels_w / ((right - left) / 72.0))
    if native <= DPI:
        return DPI
    return int(min(MAX_DPI, round(native)))


def _image_pixels(obj: Any) -> tuple[int, int]:
    import ctypes

    import pypdfium2.raw as raw

    width, height = ctypes.c_uint(), ctypes.c_uint()
    if not raw.FPDFImageObj_GetImagePixelSize(obj, ctypes.byref(width), ctypes.byref(height)):
        return 0, 0
    return int(width.value), int(height.value)


def _bounds(obj: Any) -> tuple[float, float, float, float]:
    import ctypes

    import pypdfium2.raw as raw

    left, bottom, right, top = ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float()
    if not raw.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
        return 0.0, 0.0, 0.0, 0.0
    return left.value, bottom.value, right.value, top.value


def render(page: Any, dpi: int) -> np.ndarray:
    """The page as an 8-bit grayscale array (0 black, 255 white) at ``dpi``."""
    bitmap = page.render(scale=dpi / 72.0, grayscale=True)
    try:
        array = np.array(bitmap.to_numpy(), dtype=np.uint8, copy=True)
    finally:
        bitmap.close()
    return array[:, :, 0] if array.ndim == 3 else array


def threshold(gray: np.ndarray) -> int:
    """Otsu's threshold: the gray level that best splits ink (this level and darker) from paper."""
    hist = np.bincount(gray.ravel(), minlength=256).astype(np.float64)
    total = hist.sum()
    if total == 0:
        return 128
    levels = np.arange(256, dtype=np.float64)
    weight = np.cumsum(hist)
    mean = np.cumsum(hist * levels)
    between = (mean[-1] * weight - mean * total) ** 2 / np.maximum(weight * (total - weight), 1e-9)
    return int(np.argmax(between[:-1]))


def ink(gray: np.ndarray) -> np.ndarray:
    """Dark pixels: below Otsu's threshold and clearly darker than paper (a white page with
    faint noise has an Otsu split too, inside the noise)."""
    return gray <= min(threshold(gray), 160)


def ink_share(dark: np.ndarray) -> float:
    return float(dark.mean()) if dark.size else 0.0


def _profile_sharpness(ys: np.ndarray) -> float:
    counts = np.bincount(ys)
    return float((counts.astype(np.float64) ** 2).sum())


def _points(dark: np.ndarray, limit: int = 60_000) -> tuple[np.ndarray, np.ndarray]:
    ys, xs = np.nonzero(dark)
    if len(ys) > limit:
        step = len(ys) // limit + 1
        ys, xs = ys[::step], xs[::step]
    return ys.astype(np.float64), xs.astype(np.float64)


def skew_angle(dark: np.ndarray) -> float:
    """The tilt of the text lines in degrees (positive: lines run down to the right), found as
    the shear that stacks the ink into the sharpest row profile; 0.0 when there is too little ink."""
    small = dark[::2, ::2]  # half resolution: the angle is found to a hundredth of a degree all the same
    ys, xs = _points(small)
    if len(ys) < 500:
        return 0.0
    xs = xs - xs.mean()

    def score(degrees: float) -> float:
        shifted = ys - xs * np.tan(np.radians(degrees))
        return _profile_sharpness(np.round(shifted - shifted.min()).astype(np.int64))

    best = max(np.arange(-MAX_SKEW, MAX_SKEW + 1e-9, 0.25), key=score)
    fine = max(np.arange(best - 0.25, best + 0.25 + 1e-9, 0.02), key=score)
    return round(float(fine), 2)


def straighten(gray: np.ndarray, degrees: float) -> np.ndarray:
    """The image turned so lines tilted by ``degrees`` run level (same size, paper-white corners)."""
    if abs(degrees) < _MIN_SKEW:
        return gray
    from PIL import Image

    image = Image.fromarray(gray)
    turned = image.rotate(degrees, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
    return np.asarray(turned)


def turn(gray: np.ndarray, clockwise: int) -> np.ndarray:
    """The image turned by a multiple of 90 degrees clockwise."""
    return np.ascontiguousarray(np.rot90(gray, k=-(clockwise // 90) % 4))


def sideways(dark: np.ndarray) -> bool:
    """Whether the lines of text seem to run up and down the page: the column profile of the ink
    is much sharper than its row profile (lines of text leave white rows between them)."""
    ys, xs = _points(dark[::2, ::2])
    if len(ys) < 500:
        return False
    rows = _profile_sharpness(ys.astype(np.int64)) / max(float(np.ptp(ys)), 1.0)
    cols = _profile_sharpness(xs.astype(np.int64)) / max(float(np.ptp(xs)), 1.0)
    return cols > 1.6 * rows


def continuous_tone(gray: np.ndarray) -> float:
    """Share of pixels in the mid-grays: near zero on a scan of print, large on a photograph."""
    sample = gray[::4, ::4]
    return float(((sample > 60) & (sample < 190)).mean()) if sample.size else 0.0


def encode(gray: np.ndarray) -> bytes:
    """The image as binary PGM, which Tesseract reads from stdin without a compression step."""
    height, width = gray.shape
    return f"P5\n{width} {height}\n255\n".encode("ascii") + np.ascontiguousarray(gray, dtype=np.uint8).tobytes()


def ruled_lines(dark: np.ndarray, dpi: int) -> list[tuple[int, int, int, int]]:
    """Table borders and rules drawn on the page, as (x0, top, x1, bottom) pixel boxes: runs of
    ink at least half an inch long and at most 1/30 inch thick, level or upright (the page is
    straightened first). A scan has no vector rules, and without them a ruled table's cells
    would be read as columns of prose."""
    longest = max(8, dpi // 30)
    return _runs(dark, dpi // 2, longest) + [(x0, t, x1, b) for t, x0, b, x1 in _runs(dark.T, dpi // 2, longest)]


def _runs(dark: np.ndarray, min_length: int, max_thickness: int) -> list[tuple[int, int, int, int]]:
    """Horizontal runs of ink of ``min_length`` or more, stacked rows merged into one box."""
    height, width = dark.shape
    padded = np.zeros((height, width + 2), dtype=bool)
    padded[:, 1:-1] = dark
    rows, cols = np.nonzero(padded[:, 1:] != padded[:, :-1])  # row by row, a run's start then its end
    rows, starts, ends = rows[0::2], cols[0::2], cols[1::2]
    keep = ends - starts >= min_length
    open_: dict[tuple[int, int], list[int]] = {}  # (x0 // 8, x1 // 8) -> [x0, top, x1, bottom]
    boxes: list[list[int]] = []
    for row, x0, x1 in zip(rows[keep].tolist(), starts[keep].tolist(), ends[keep].tolist(), strict=True):
        key = (x0 // 8, x1 // 8)
        box = open_.get(key)
        if box is not None and box[3] >= row - 1:
            box[0], box[2], box[3] = min(box[0], x0), max(box[2], x1), row
            continue
        box = [x0, row, x1, row]
        open_[key] = box
        boxes.append(box)
    return [(x0, top, x1, bottom + 1) for x0, top, x1, bottom in boxes if bottom - top < max_thickness]
