"""Text lengths for the HTML main-content choice, built in one walk, equal the direct measure.

The direct measure (``" ".join(el.text_content().split())`` for every candidate block) read the
page once per ancestor: 250 nested divs made a 22 MB page take 71 s. The one-walk lengths must
agree with it exactly, or the chosen main content could change.
"""

from __future__ import annotations

import lxml.html
from hypothesis import given, settings
from hypothesis import strategies as st

from bench.hostile_inputs import nested_html
from specdiff.ingest import read
from specdiff.ingest.htmltext import text_lengths

TEXTS = st.sampled_from(["", " ", "  \n", "foo", "bar", "x y", " z", "z ", "\u00e9t\u00e9", "\t"])
TAGS = st.sampled_from(["div", "p", "a", "span", "b", "section", "td", "li"])


@st.composite
def fragments(draw: st.DrawFn, depth: int = 0) -> str:
    if depth > 4 or draw(st.booleans()):
        return draw(TEXTS)
    tag = draw(TAGS)
    inner = "".join(draw(st.lists(fragments(depth + 1), max_size=3)))
    return f"<{tag}>{draw(TEXTS)}{inner}<!-- c -->{draw(TEXTS)}</{tag}>{draw(TEXTS)}"


@settings(max_examples=300, deadline=None)
@given(st.lists(fragments(), min_size=1, max_size=4))
def test_one_walk_lengths_equal_the_direct_measure(parts: list[str]) -> None:
    root = lxml.html.document_fromstring("<html><body>" + "".join(parts) + "</body></html>")
    lengths = text_lengths(root)
    for el in root.iter(tag=lxml.html.etree.Element):
        assert lengths.text[el] == len(" ".join(el.text_content().split()))
        assert lengths.links[el] == sum(len(" ".join(a.text_content().split())) for a in el.iter("a"))


def test_deeply_nested_text_is_read_like_flat_text() -> None:
    deep = [line.text for line in read(nested_html(250, text_mb=0.05), name="deep.html").lines]
    flat = [line.text for line in read(nested_html(1, text_mb=0.05), name="flat.html").lines]
    assert deep == flat and len(deep) > 1000
