"""Phrases printed after a quantity or a degree: the kind of experience and a list of fields.

"two years of *professional experience in the administration of grants*", "a bachelor's degree
*in Accounting, Economics, or Finance*": each is read up to the first word that cannot belong to
it, in the document's own words. Kept apart from the reading of a whole alternative
(:mod:`requirement_facts`) because both the facts and the substitutions use them.
"""

from __future__ import annotations

import re

from .title_names import title_list_after

# (a line break in the text read is a clause's end, and a new figure written out, "One (1)", starts
# another statement: "Three (3) years of Elections-related experience One (1) in a lead role" is two
# items printed without punctuation)
_KIND_STOP = re.compile(
    r"[.;:(\[]|\n\s*(?=[A-Z0-9])|\s+(?=[A-Z][a-z]+\s*\(\d{1,2}\))|\s+(?:and|or)\s+Education\b|,\s*(?:or|and)\s+(?:completion|possession|graduation)\b|"
    r",?\s+(?:at\s+least|of\s+which|which\s+must)\b|\s+and\s+(?=(?:a|an|one|two|three|four|five|six|\d+)\b)|"
    r",?\s+and\s+(?:the\s+)?(?:equivalent|completion|possession|graduation|education)\b",
    re.I,
)
_FIELD_INTRO = re.compile(
    r"^(?:\s*(?:'s|’s))?(?:\s+or\s+(?:college|university))?(?:\s+degrees?)?\s*,?\s*(?:(?:with|including)\s+)?(?:(?:a|an)\s+)?"
    r"(?:(?:degree|major(?:\s+work)?|specialization|concentration|emphasis|majoring)\s+)?in\s+"
    r"(?:the\s+(?:field|area)s?\s+of\s+)?(?:either\s+)?",
    re.I,
)
_FIELD_STOP = re.compile(
    r"\s+(?:can|may|will|must|shall|from|at|with|plus|which|who|is|are|by|to|for|as|that|including|required|"
    r"preferred|desired)\b|[.;:(\[*]|"
    r",?\s+and\s+(?=(?:at\s+least\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\b)|\n",
    re.I,
)
_FIELD_SPLIT = re.compile(r"\s*,\s*(?:and/or\s+|and\s+|or\s+)?|\s+(?:or|and/or)\s+")
_FIELD_REFERENCE = re.compile(
    r"^(?:(?:a|an|any|the|one|these|those|such|other)\b.*\b(?:fields?|majors?|areas?|disciplines?|subjects?)\b.*|"
    r"(?:a\s+)?(?:closely\s+)?related\s+(?:field|area|discipline)s?)$",
    re.I,
)
_KIND_REFERENCE = re.compile(
    r"^(?:the\s+)?experience\s+(?:as\s+)?(?:listed|described|specified|defined|set\s+forth)\s+(?:for|under|in)\s+"
    r"(?:(?:a|an|the)\s+)?(?=[A-Z])"
)


# a slash between two words joins alternatives: "public/business administration" is public
# administration and business administration, the members sharing the words after the last one
_SLASH = re.compile(r"(?<=[A-Za-z])\s*/\s*(?=[A-Za-z])")
# the shared words are a head that a member before the slash modifies ("administration",
# "science"); a member that already names a field by its shape ("Accounting", "Economics",
# "Finance", "Sociology") stands alone: "Accounting/Business Administration" is two fields as printed
_FIELD_HEAD = re.compile(
    r"^(?:administration|management|sciences?|engineering|studies|policy|health|relations|planning|"
    r"affairs|services|technology|design|arts|law|education|communications?)$",
    re.I,
)
_STANDALONE_FIELD = re.compile(r"(?:ing|ics|ance|ence|ogy|ism|ure|ory|istry|ment|tion)$", re.I)


def _slash_members(name: str) -> list[str]:
    """A slash-joined field read as its members, each with the head the members share."""
    if re.search(r"\band/or\b", name, re.I) or not _SLASH.search(name):
        return [name]
    parts = [p.strip() for p in _SLASH.split(name)]
    last = parts[-1].split()
    head = last[-1] if len(last) > 1 and _FIELD_HEAD.match(last[-1]) else ""
    members = []
    for part in parts[:-1]:
        words = part.split()
        shares = head and len(words) == 1 and not _STANDALONE_FIELD.search(words[0])
        members.append(f"{part} {head}" if shares else part)
    return [*members, parts[-1]]


def fields_after(text: str, end: int) -> list[str]:
    """The degree fields printed after a degree phrase ("... degree in A, B, or C"), as printed."""
    intro = _FIELD_INTRO.match(text[end:])
    if not intro:
        return []
    start = end + intro.end()
    stop = _FIELD_STOP.search(text, start)
    listed = text[start : stop.start() if stop else len(text)]
    names: list[str] = []
    for item in _FIELD_SPLIT.split(listed):
        joined = " ".join(item.split()).strip(" ,")
        if not joined or _FIELD_REFERENCE.match(joined):
            continue
        joined = re.sub(r"^(?:(?:one|any|either)\s+of\s+the|the)\s+", "", joined, flags=re.I)
        for name in _slash_members(joined):
            if len(name.split()) > 6 or not name[:1].isalpha() or name.lower() in (n.lower() for n in names):
                continue
            names.append(name)
    return names


def experience_kind(rest: str) -> str | None:
    """The kind of experience, in the document's words, from the text after its years."""
    rest = re.sub(r"^\s*(?:\([^)]*\)\s*)?(?:'\s*|’\s*)?(?:of\s+)?", "", rest)
    reference = _KIND_REFERENCE.match(rest)
    if reference:  # "the experience listed for Contract Management Specialist 1 (HBE)": keep the whole title
        named = title_list_after(rest, reference.end())
        if named:
            return " ".join(rest[: named[-1][1]].split())
    stop = _KIND_STOP.search(rest)
    kind = rest[: stop.start() if stop else len(rest)].replace("*", "")
    kind = " ".join(kind.split()).strip(" ,:")
    # a kind cut before "at least five years ..." keeps no dangling "including" / "with"
    kind = re.sub(r"(?:,?\s+(?:including|with|and|or|of|in|as|such))+$", "", kind, flags=re.I).strip(" ,:")
    return kind or None


__all__ = ["experience_kind", "fields_after"]
