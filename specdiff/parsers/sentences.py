"""Sentence spans of a clause, for the diff's inline view and its split/merge detection.

spaCy's rule-based sentencizer (``spacy.blank("en")`` + ``sentencizer``; no model download) finds
the candidates; our own rules then undo the splits it gets wrong in standards: after
abbreviations such as "e.g.", "Occ.", "Ch.", "Sec.", "No.", inside section numbers ("Sec. 4.20,
4.22"), after a bare list label, and before a sentence that starts in lower case. spaCy is loaded
lazily, once per process, because importing it costs most of a second.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

_ABBREVIATIONS = frozenset(
    [
        "e.g",
        "i.e",
        "etc",
        "occ",
        "ch",
        "sec",
        "secs",
        "no",
        "nos",
        "art",
        "para",
        "vs",
        "approx",
        "dept",
        "div",
        "st",
        "jr",
        "sr",
        "mr",
        "mrs",
        "ms",
        "dr",
        "inc",
        "co",
        "corp",
        "u.s",
        "n.y",
        "fig",
        "al",
        "cf",
        "viz",
        "ed",
        "min",
        "max",
        "yrs",
        "hrs",
        "incl",
        "govt",
        "ave",
    ]
)
_LABEL_ONLY = re.compile(r"^\s*(?:\(?[A-Za-z0-9]{1,3}[.)]|\d{1,3}(?:\.\d+)*)\s*$")


@lru_cache(maxsize=1)
def _nlp() -> Any:
    from ..nlp import english

    return english()


def sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Character spans (start, end) of the sentences of ``text``, whitespace trimmed."""
    if not text.strip():
        return ()
    if _one_sentence(text):
        return (_trim(text, (0, len(text))),)
    return _spans(text, _nlp()(text))


def spans_for_all(texts: list[str]) -> list[tuple[tuple[int, int], ...]]:
    """Sentence spans for many texts in one ``nlp.pipe`` pass (much faster than one call each);
    a text that can only be one sentence (:func:`_one_sentence`) is answered without spaCy."""
    out: list[tuple[tuple[int, int], ...]] = []
    easy = [not text.strip() or _one_sentence(text) for text in texts]
    hard = [text for text, known in zip(texts, easy, strict=True) if not known]
    docs = iter(_nlp().pipe(hard, batch_size=256)) if hard else iter(())
    for text, known in zip(texts, easy, strict=True):
        if known:
            out.append((_trim(text, (0, len(text))),) if text.strip() else ())
            continue
        out.append(_spans(text, next(docs)))
    return out


def _spans(text: str, doc: Any) -> tuple[tuple[int, int], ...]:
    """The sentencizer's sentences of ``text`` (its ``doc``), wrong splits merged, trimmed."""
    raw = [(s.start_char, s.end_char) for s in doc.sents]
    return tuple(_trim(text, span) for span in merge_spans(text, raw) if text[span[0] : span[1]].strip())


@lru_cache(maxsize=1)
def _sentence_ends() -> tuple[str, re.Pattern[str], str]:
    """The sentencizer's sentence-final characters: the ASCII ones, the others as a class (a
    regex with ~130 characters far outside ASCII is slow, ~45 ns a character, so it only runs
    on text that is not ASCII), and those of them spaCy counts as punctuation (``is_punct``: a
    token of them never starts a sentence)."""
    nlp = _nlp()  # first: it imports spaCy with its command line deferred (specdiff.nlp)
    from spacy.attrs import IS_PUNCT

    chars = sorted(nlp.get_pipe("sentencizer").punct_chars)
    is_punct = nlp.vocab.lex_attr_getters[IS_PUNCT]
    others = re.compile("[" + "".join(re.escape(c) for c in chars if not c.isascii()) + "]")
    return "".join(c for c in chars if c.isascii()), others, "".join(c for c in chars if is_punct(c))


def _one_sentence(text: str) -> bool:
    """Whether spaCy's sentencizer plus :func:`merge_spans` can only give ``text`` back as one
    sentence, so tokenizing it is not needed (most clauses are one sentence: 83 of the seed
    pair's 99). The sentencizer starts a sentence only after a token that is exactly one of its
    sentence-final characters, at the next token that is neither one of them nor punctuation.
    When no such character stands before the text's closing run of them (after which only
    whitespace follows), every later token is punctuation or whitespace, so any sentence it
    starts is whitespace, which :func:`merge_spans` joins back. A "certainly one" test only; a
    property test holds it to the sentencizer's own answer."""
    ascii_ends, other_ends, closing = _sentence_ends()
    body = text.rstrip().rstrip(closing)
    if any(end in body for end in ascii_ends):
        return False
    return body.isascii() or other_ends.search(body) is None


def merge_spans(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join spans the sentencizer split at an abbreviation, a number or a bare label."""
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and _wrong_split(text[merged[-1][0] : merged[-1][1]], text[start:end]):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _wrong_split(before: str, after: str) -> bool:
    head = before.rstrip()
    nxt = after.lstrip()
    if not head or not nxt:
        return True
    if _LABEL_ONLY.match(head):
        return True
    last = re.search(r"([A-Za-z][A-Za-z.]*)\.$", head)
    if last and last.group(1).lower().rstrip(".") in _ABBREVIATIONS:
        return True
    if re.search(r"\b[A-Z]\.$", head):  # initials: "John Q. Public", "U.S."
        return True
    if re.search(r"\d\.$", head) and nxt[:1].isdigit():
        return True
    return nxt[:1].islower() or nxt[:1] in ",;)"


def _trim(text: str, span: tuple[int, int]) -> tuple[int, int]:
    start, end = span
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
