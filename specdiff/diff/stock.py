"""Stock clauses: lines a class specification or posting prints in one of several wordings that
all say the same thing, so rewording one is never a change of meaning.

The one such line is the **catch-all duty** that closes a list of duties in civil-service
documents of every publisher: "Performs other related duties as required", "Performs related
work as required", "Does related work as assigned", "Perform other duties as needed". Whether it
says "duties" or "work", "required" or "assigned", "other" or not, it grants the employer the
same thing. Only a whole clause of that shape counts: a catch-all with anything more ("... as
assigned by the Director", "... including supervision of staff") is judged word by word.
"""

from __future__ import annotations

import re

CATCH_ALL = "catch-all duty reworded"

_CATCH_ALL = re.compile(
    r"^\W*(?:and\s+)?(?:performs?|does|do|completes?|carries\s+out|undertakes?)\s+"
    r"(?:(?:all|any|such|other|related|similar|associated|additional|and)\s+){0,4}"
    r"(?:duties|work|tasks|functions|assignments|responsibilities)"
    r"(?:\s+as\s+(?:required|assigned|directed|needed|requested|necessary))?\W*$",
    re.IGNORECASE,
)

# what makes it open-ended: work beyond the listed duties, or whatever is asked
_OPEN_ENDED = re.compile(r"\b(?:other|related|similar|associated|additional|as\s+\w+)\b", re.IGNORECASE)


def catch_all(text: str) -> bool:
    """Is the whole clause the catch-all duty, in any of its wordings?"""
    text = " ".join(text.split())
    return bool(_CATCH_ALL.match(text)) and bool(_OPEN_ENDED.search(text))
