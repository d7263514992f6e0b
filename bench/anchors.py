"""The anchors: what other tools take for the same work, measured in the same run as ours.

Each returns a :class:`~bench.measure.Timing` (seconds of CPU) or, for throughput, pages or
words per CPU second. Nothing here is ours; these are the numbers ours are judged against.
"""

from __future__ import annotations

import difflib
import re
import sys
import time
from pathlib import Path

from .measure import Timing, repeat_call, repeat_process

SPACY_BLANK = "import spacy; nlp = spacy.blank('en'); nlp.add_pipe('sentencizer'); nlp('Warm up.')"
DMP_CHAR = (
    "import sys, diff_match_patch as d; a = open(sys.argv[1], encoding='utf-8').read(); "
    "b = open(sys.argv[2], encoding='utf-8').read(); m = d.diff_match_patch(); m.Diff_Timeout = 0; m.diff_main(a, b)"
)
DIFFLIB_WORDS = (
    "import sys, difflib; a = open(sys.argv[1], encoding='utf-8').read().split(); "
    "b = open(sys.argv[2], encoding='utf-8').read().split(); difflib.SequenceMatcher(None, a, b).get_opcodes()"
)


def python_start(repeat: int) -> Timing:
    return repeat_process([sys.executable, "-c", "pass"], repeat)


def spacy_start(repeat: int) -> Timing:
    """A fresh process importing spaCy and building a blank English pipeline with a sentencizer."""
    return repeat_process([sys.executable, "-c", SPACY_BLANK], repeat)


def difflib_words(a: str, b: str, repeat: int) -> Timing:
    return repeat_call(lambda: difflib.SequenceMatcher(None, a.split(), b.split()).get_opcodes(), repeat)


def difflib_html(a: str, b: str, repeat: int) -> Timing:
    return repeat_call(lambda: difflib.HtmlDiff().make_file(a.splitlines(), b.splitlines()), repeat)


def redlines_markdown(a: str, b: str, repeat: int) -> Timing:
    from redlines import Redlines

    return repeat_call(lambda: Redlines(a, b).output_markdown, repeat)


def dmp_words(a: str, b: str, repeat: int) -> Timing:
    """diff-match-patch in word mode: each word (with its trailing space) coded as one character,
    diffed, decoded (the library's line-mode trick, applied to words)."""
    import diff_match_patch

    def run() -> None:
        dmp = diff_match_patch.diff_match_patch()
        dmp.Diff_Timeout = 0
        codes: dict[str, str] = {}
        words: list[str] = [""]

        def encode(text: str) -> str:
            out = []
            for word in re.findall(r"\S+\s*|\s+", text):
                if word not in codes:
                    codes[word] = chr(len(words))
                    words.append(word)
                out.append(codes[word])
            return "".join(out)

        diffs = dmp.diff_main(encode(a), encode(b), False)
        dmp.diff_charsToLines(diffs, words)

    return repeat_call(run, repeat)


def dmp_chars_timeout(a: str, b: str, repeat: int) -> tuple[Timing, bool]:
    """diff-match-patch's default character diff (1 s timeout); True when the timeout was hit."""
    import diff_match_patch

    hit = False

    def run() -> None:
        nonlocal hit
        dmp = diff_match_patch.diff_match_patch()
        start = time.perf_counter()
        dmp.diff_main(a, b)
        hit = hit or time.perf_counter() - start >= dmp.Diff_Timeout

    return repeat_call(run, repeat), hit


def dmp_chars(old: Path, new: Path, repeat: int, cap: float) -> Timing:
    """diff-match-patch character diff without a timeout, in a child process with a cap."""
    return repeat_process([sys.executable, "-c", DMP_CHAR, str(old), str(new)], repeat, cap=cap)


def difflib_words_files(old: Path, new: Path, cap: float) -> Timing:
    return repeat_process([sys.executable, "-c", DIFFLIB_WORDS, str(old), str(new)], 1, cap=cap)


def paragraphs(text: str) -> list[str]:
    return [p for p in (" ".join(block.split()) for block in re.split(r"\n\s*\n", text)) if p]


def rapidfuzz_matrix(a: str, b: str, *, sample: int, repeat: int) -> tuple[Timing, float, int]:
    """All-pairs paragraph similarity (``rapidfuzz.process.cdist``, ``fuzz.ratio``, one worker)
    on ``sample`` x ``sample`` paragraphs; returns the timing, the extrapolation factor to the
    full matrix (pairs / sampled pairs: the cost is quadratic) and the full pair count."""
    from rapidfuzz import fuzz, process

    left, right = paragraphs(a), paragraphs(b)
    sub_left, sub_right = left[:sample], right[:sample]
    timing = repeat_call(lambda: process.cdist(sub_left, sub_right, scorer=fuzz.ratio, workers=1), repeat)
    pairs = len(left) * len(right)
    return timing, pairs / (len(sub_left) * len(sub_right)), pairs


def pdf_pages(paths: list[Path]) -> int:
    import pypdfium2 as pdfium

    total = 0
    for path in paths:
        pdf = pdfium.PdfDocument(path)
        total += len(pdf)
        pdf.close()
    return total


def pdfplumber_text(paths: list[Path], repeat: int) -> Timing:
    import pdfplumber

    def run() -> None:
        for path in paths:
            with pdfplumber.open(path) as pdf:
                for page in pdf.pages:
                    page.extract_text()

    return repeat_call(run, repeat)


def pdfminer_text(paths: list[Path], repeat: int) -> Timing:
    from pdfminer.high_level import extract_text

    return repeat_call(lambda: [extract_text(str(path)) for path in paths], repeat)


def pdfium_text(paths: list[Path], repeat: int) -> Timing:
    import pypdfium2 as pdfium

    def run() -> None:
        for path in paths:
            pdf = pdfium.PdfDocument(path)
            for page in pdf:
                page.get_textpage().get_text_range()
            pdf.close()

    return repeat_call(run, repeat)


def spacy_sentences(text: str, repeat: int) -> tuple[Timing, int]:
    """spaCy blank English + sentencizer over the paragraphs of ``text``; (timing, words)."""
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    paras = paragraphs(text)
    nlp("Warm up.")
    return repeat_call(lambda: list(nlp.pipe(paras)), repeat), sum(len(p.split()) for p in paras)
