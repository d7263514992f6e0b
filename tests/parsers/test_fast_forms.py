"""Faster forms of parser helpers agree with the plain code they replaced."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from specdiff.model import Title
from specdiff.model.identity import short_key, title_key
from specdiff.parsers.title_names import canonical_title
from specdiff.parsers.titles import TitleIndex
from specdiff.phrases.quantities import _squeeze

SPACEY = st.text(alphabet=st.sampled_from(list(" \t\n\r\u00a0\u2028\u3000\x1c\x85ab(3)")), max_size=40)
TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=60)
WORDS = st.sampled_from(["care", "manager", "health", "senior", "program", "specialist", "1", "a", "and", "of"])
PHRASE = st.lists(WORDS, min_size=1, max_size=5).map(" ".join)


def reference_squeeze(text: str) -> tuple[str, list[int]]:
    out: list[str] = []
    back: list[int] = []
    for index, char in enumerate(text):
        if char.isspace():
            if out and out[-1] == " ":
                continue
            char = " "
        out.append(char)
        back.append(index)
    back.append(len(text))
    return "".join(out), back


def reference_trailing(index: TitleIndex, text: str) -> tuple[str, str] | None:
    k = title_key(text)
    for alias_key in sorted(index.by_key, key=len, reverse=True):
        if k.endswith(" " + alias_key) and len(k) > len(alias_key) + 3:
            return k[: -len(alias_key)].strip(), index.by_key[alias_key]
    return None


@given(st.one_of(SPACEY, TEXT))
def test_squeeze_as_before(text: str) -> None:
    assert _squeeze(text) == reference_squeeze(text)


@given(st.lists(PHRASE, max_size=6), st.one_of(PHRASE, TEXT))
def test_trailing_title_as_before(aliases: list[str], heading: str) -> None:
    index = TitleIndex({title_key(a): a.title() for a in aliases})
    assert index.trailing(heading) == reference_trailing(index, heading)


def test_trailing_title_prefers_the_longest_alias() -> None:
    index = TitleIndex({"manager": "Manager", "care manager": "Care Manager"})
    assert index.trailing("Duties of the Care Manager") == ("duties of the", "Care Manager")
    assert index.trailing("Care Manager") == ("care", "Manager")  # the whole key is no trailing title
    assert index.trailing("Sr Manager") is None  # too short a head


def reference_resolve_title(mention: str, titles: tuple[Title, ...]) -> str:
    key = title_key(mention)
    for title in titles:
        keys = {title_key(title.title), *(title_key(a) for a in title.aliases)}
        keys |= {short_key(k) for k in list(keys)}
        if key in keys or short_key(key) in keys:
            return title.title
    return mention.strip()


TITLE_WORDS = st.sampled_from(
    ["Contract", "Management", "Specialist", "1", "2", "(HBE)", "of", "Health", "CMS", "Nurse"]
)
TITLE = st.lists(TITLE_WORDS, min_size=1, max_size=5).map(" ".join)


@given(st.lists(st.tuples(TITLE, st.lists(TITLE, max_size=2)), max_size=5), TITLE)
def test_canonical_title_as_before(printed: list[tuple[str, list[str]]], mention: str) -> None:
    titles = tuple(Title(f"t{i}", name, aliases=tuple(aliases)) for i, (name, aliases) in enumerate(printed))
    assert canonical_title(titles, mention) == reference_resolve_title(mention, titles)
    assert canonical_title(list(titles), mention) == reference_resolve_title(mention, titles)
