"""The key changes: what a reviewer must see before any change card, computed once for every format.

A pure function of the Diff (:func:`key_changes`) that the HTML report, the Markdown report and
the Word redline's front page all print as it is, so the three never disagree on what matters.
Each group is one builder in :data:`KEY_GROUPS`, in the order printed:

1. pay and grade (a grade in the header, a line of money amounts, with the percentage);
2. who can now qualify (eligibility rows of the diff, when it has them: see :func:`who_can_qualify`);
3. requirements (each changed minimum-qualification fact; a requirement clause changed where no
   fact was read);
4. titles added, removed or renamed;
5. duties added or removed;
6. status, date and codes.

Every item names the change card it leads to (``change``, a change id) or the header row it
came from (``metadata``, an index into ``Diff.metadata_changes``); how that becomes a link is
each renderer's business. Nothing here reads text the diff has not already compared.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..model import Change, Diff, Evidence, MetadataChange, RequirementChange
from ..model.vocabulary import profile_name, route_name
from .facts import fact_value, field_label
from .wording import is_pay, one_line, pay_sentence, place_label, real_move, sentences

REQUIREMENT_SECTIONS = frozenset(
    {
        "minimum_qualifications",
        "preferred_qualifications",
        "selective_certification",
        "qualifications_review",
        "supplemental_questions",
        "conditions_of_employment",
        "knowledge_skills_abilities",
    }
)
"""Section kinds whose changes decide who may apply (essential criteria and the knowledge, skills
and abilities asked for are requirements a reviewer weighs, whether or not a fact is read)."""

DUTY_SECTIONS = frozenset({"duties"})
LISTED_FACTS = frozenset({"field", "fields", "prior_title", "prior_titles", "substitution", "substitutions"})
"""Facts that are one entry of a list the standard accepts: an entry is added or removed, not required."""
ITEM_FACTS = frozenset({"preferred", "condition", "route"})
"""Facts that are one sentence of a list (a desirable criterion, a condition of employment), or a
whole route one version does not print: added, dropped or reworded. A desirable criterion is never
"now required" or "no longer required", and a new route is a way in, not a requirement raised."""
MAX_ITEMS = 6
"""Items listed per group; the rest are counted ("and 12 more"), each still a card below."""
QUOTE_WORDS = 14
ELSEWHERE_HEADINGS = 4
"""Headings listed, most substantive changes first, for the changes no other group covers."""
# a printed field naming a grade ("Grade Code: 120", "Pay grade: SEO", "Band: 6"): its value is the grade
_GRADE_FIELD = re.compile(
    r"^\s*(?P<key>[\w /()-]{0,30}?\b(?:grade|band)\b[\w /()-]{0,20}?)\s*:\s*(?P<v>\S.{0,40})$", re.I
)


@dataclass(frozen=True, slots=True)
class KeyChange:
    """One line of the key-changes box: a sentence, what it concerns, and where it leads."""

    text: str
    note: str = ""  # the title or place it concerns, printed small
    change: str | None = None  # the change card it links to
    metadata: int | None = None  # or the header-change row


@dataclass(frozen=True, slots=True)
class KeyGroup:
    key: str  # stable name for styling and tests: pay, eligibility, requirements, titles, duties, status
    heading: str
    items: tuple[KeyChange, ...]
    more: int = 0  # items left unlisted

    @property
    def by_note(self) -> tuple[tuple[str, tuple[KeyChange, ...]], ...]:
        """Runs of items that share a note (a title), so a long title is printed once over them."""
        runs: list[tuple[str, list[KeyChange]]] = []
        for item in self.items:
            if runs and runs[-1][0] == item.note:
                runs[-1][1].append(item)
            else:
                runs.append((item.note, [item]))
        return tuple((note, tuple(items)) for note, items in runs)


def _quote(text: str) -> str:
    """The first words of ``text``; a cut never ends on the label of the next list item ("... not
    required: a. …" names nothing)."""
    words = text.split()
    if len(words) <= QUOTE_WORDS:
        return " ".join(words)
    shown = words[:QUOTE_WORDS]
    while len(shown) > 1 and re.fullmatch(r"\(?(?:[a-z]|\d{1,2}|[ivx]{1,4})[.)]", shown[-1]):
        shown.pop()
    return " ".join(shown) + " …"


def _number(text: str | None) -> float | None:
    found = re.findall(r"\d+(?:\.\d+)?", text or "")
    return float(found[-1]) if len(found) == 1 else None


def _direction(old: str | None, new: str | None) -> str:
    """ "raised", "lowered" or "changed": by the one number each side prints ("EC 15" -> "EC 16")."""
    a, b = _number(old), _number(new)
    if a is None or b is None or re.sub(r"[\d.]+", "", old or "") != re.sub(r"[\d.]+", "", new or ""):
        return "changed"
    return "raised" if b > a else "lowered" if b < a else "changed"


def _metadata(diff: Diff, fields: Sequence[str]) -> list[tuple[int, MetadataChange]]:
    return [(i, m) for i, m in enumerate(diff.metadata_changes) if m.field in fields]


def _group(key: str, heading: str, items: Sequence[KeyChange]) -> KeyGroup | None:
    if not items:
        return None
    return KeyGroup(key, heading, tuple(items[:MAX_ITEMS]), max(0, len(items) - MAX_ITEMS))


def _shown(change: Change) -> bool:
    """Substantive and not only a reorder within its list."""
    return change.substantive and change.op != "unchanged" and (change.op != "moved" or real_move(change))


def pay_and_grade(diff: Diff) -> KeyGroup | None:
    items = [
        KeyChange(f"Grade {_direction(m.old, m.new)} from {m.old or 'not stated'} to {m.new or 'not stated'}",
                  m.title or "", metadata=i)
        for i, m in _metadata(diff, ("grade",))
    ]  # fmt: skip
    for change in diff.changes:
        grade = _grade_field(change) if _shown(change) else None
        if grade is not None:
            key, old, new = grade
            items.append(KeyChange(f"{key} {_direction(old, new)} from {old} to {new}", change=change.id))
            continue
        if not _shown(change) or not is_pay(change):
            continue
        ref = (change.new or change.old)[0]
        if change.op == "added":
            text = f"New pay line: ‘{_quote(ref.text)}’"
        elif change.op == "removed":
            text = f"Pay line removed: ‘{_quote(ref.text)}’"
        else:
            text = pay_sentence(change) or one_line(sentences(change, limit=2))
        items.append(KeyChange(text, ref.title or "", change=change.id))
    return _group("pay", "Pay and grade", items)


def _grade_field(change: Change) -> tuple[str, str, str] | None:
    """(key, old value, new value) of a printed grade field whose value changed ("Grade Code: 120"
    → "122"): a grade as the text prints it, as much a key change as a grade in the header."""
    if change.op != "modified" or len(change.old) != 1 or len(change.new) != 1:
        return None
    a, b = _GRADE_FIELD.match(change.old[0].text), _GRADE_FIELD.match(change.new[0].text)
    if a is None or b is None or a.group("key").casefold() != b.group("key").casefold():
        return None
    return b.group("key").strip(), a.group("v").strip(), b.group("v").strip()


def _covered(change: Change) -> bool:
    """Whether a key-change group speaks for this change (pay, grade, requirements, duties)."""
    return (
        change.section in REQUIREMENT_SECTIONS
        or (change.section in DUTY_SECTIONS and change.op in ("added", "removed"))
        or is_pay(change)
        or _grade_field(change) is not None
    )


def elsewhere(diff: Diff) -> KeyGroup | None:
    """The substantive changes no other group covers, counted under the headings that hold the
    most of them ("Selection process: 9 substantive changes (9 removed)"), each linked to the first
    card, so the box never reads as "nothing else changed" when whole sections did."""
    by_heading: dict[str, list[Change]] = {}
    for change in diff.changes:
        if _shown(change) and not _covered(change):
            by_heading.setdefault(place_label((change.new or change.old)[0]), []).append(change)
    ranked = sorted(by_heading.items(), key=lambda kv: -len(kv[1]))[:ELSEWHERE_HEADINGS]
    items = []
    for heading, changes in ranked:
        ops: dict[str, int] = {}
        for change in changes:
            ops[change.op] = ops.get(change.op, 0) + 1
        count = f"{len(changes)} substantive change{'' if len(changes) == 1 else 's'}"
        detail = ", ".join(f"{n} {op}" for op, n in ops.items())
        items.append(KeyChange(f"{heading}: {count} ({detail})", change=changes[0].id))
    return _group("elsewhere", "Other substantive changes", items)


def who_can_qualify(diff: Diff) -> KeyGroup | None:
    """Who can now qualify: one item per candidate profile whose standing changed, for the title x
    route tables the report prints (:func:`.eligibility.eligibility_tables`), each linked to the
    change that shows the clause it was read from.

    This is the one place the key-changes box reads eligibility."""
    from .eligibility import eligibility_tables, standing_words, verdict

    shown = {(t.title, t.route) for t in eligibility_tables(diff.eligibility, diff.requirement_changes)}
    by_clause = {
        (side, ref.id): c.id for c in diff.changes for side, refs in (("old", c.old), ("new", c.new)) for ref in refs
    }
    items = []
    for row in diff.eligibility:
        if not row.changed:
            continue
        label = route_name(row.route)
        if (row.title or "All titles", label) not in shown:
            continue
        said = verdict(row.old, row.new)
        profile = profile_name(row.profile)
        text = f"{profile}: {standing_words(row.old)} → {standing_words(row.new)} ({said})"
        found = [by_clause[s] for s in sorted(row.sources, key=lambda s: s[0] != "new") if s in by_clause]
        change = found[0] if found else None
        items.append(KeyChange(text, f"{row.title or 'All titles'} — {label}", change=change))
    return _group("eligibility", "Who can now qualify", items)


def fact_sentence(rc: RequirementChange) -> str:
    """A changed requirement fact as a sentence ("Open competitive: experience raised from 2
    years to 6 years without a degree (a bachelor's degree substitutes for 4)": the qualifier of
    the change, when it has one, says whom the values are for)."""
    field = field_label(rc.field)
    old, new = fact_value(rc.old, rc.field), fact_value(rc.new, rc.field)
    listed = rc.field in LISTED_FACTS
    if rc.field in ITEM_FACTS:
        old, new = f"‘{_quote(old)}’", f"‘{_quote(new)}’"
        what = (
            f"{field} added: {new}"
            if rc.old is None
            else f"{field} dropped: {old}"
            if rc.new is None
            else f"{field} reworded: {old} → {new}"
        )
    elif listed and rc.old in (None, [], ()):
        what = f"{field} added: {new}"
    elif listed and rc.new in (None, [], ()):
        what = f"{field} removed: {old}"
    elif rc.old is None or rc.old is False:
        what = f"{field} now required" + ("" if isinstance(rc.new, bool) else f": {new}")
    elif rc.new is None or rc.new is False:
        what = f"{field} no longer required (was {old})"
    elif isinstance(rc.old, int | float) and isinstance(rc.new, int | float):
        what = f"{field} {'raised' if rc.new > rc.old else 'lowered'} from {old} to {new}"
    else:
        what = f"{field} changed from {old} to {new}"
    if rc.qualifier:  # whom the values are for: "... to 6 years without a degree (a bachelor's ...)"
        what = f"{what} {rc.qualifier}"
    option = f", alternative {rc.option}" if rc.option else ""
    return f"{route_name(rc.route)}{option}: {what[:1].lower() + what[1:]}"


def _cards_by_clause(diff: Diff) -> dict[tuple[str, str], str]:
    """The change card showing each clause, per side; a substantive card wins over an unchanged one."""
    out: dict[tuple[str, str], str] = {}
    for change in sorted(diff.changes, key=lambda c: not _shown(c)):
        for side, refs in (("old", change.old), ("new", change.new)):
            for ref in refs:
                out.setdefault((side, ref.id), change.id)
    return out


def _quoted(rc: RequirementChange) -> list[tuple[str, Evidence]]:
    return [("new", e) for e in rc.new_evidence] + [("old", e) for e in rc.old_evidence]


def _evidence_card(rc: RequirementChange, cards: dict[tuple[str, str], str]) -> str | None:
    """The card of the clause a fact was read from (the new sentence first, else the old), so the
    reference under a key change is the clause it is about."""
    return next((cards[(side, e.clause)] for side, e in _quoted(rc) if (side, e.clause) in cards), None)


def requirements(diff: Diff) -> KeyGroup | None:
    in_sections = [c for c in diff.changes if _shown(c) and c.section in REQUIREMENT_SECTIONS]
    first: dict[str | None, str] = {}
    for change in sorted(in_sections, key=lambda c: not c.new):  # a card of the new text first
        first.setdefault(change.title, change.id)
    cards = _cards_by_clause(diff)
    items = [
        KeyChange(
            fact_sentence(rc),
            rc.title or "",
            change=_evidence_card(rc, cards) or first.get(rc.title) or next(iter(first.values()), None),
        )
        for rc in diff.requirement_changes
    ]
    read = {(side, e.clause) for rc in diff.requirement_changes for side, e in _quoted(rc)}
    for change in in_sections:
        refs = [("old", r.id) for r in change.old] + [("new", r.id) for r in change.new]
        if any(ref in read for ref in refs):
            continue  # a fact read from it is listed above; the card is one click away
        said = one_line(sentences(change, limit=2))
        ref = (change.new or change.old)[0]
        text = {"added": f"Adds ‘{_quote(ref.text)}’", "removed": f"Removes ‘{_quote(ref.text)}’"}.get(
            change.op, said or f"{change.op.capitalize()}: ‘{_quote(ref.text)}’"
        )
        items.append(KeyChange(text, place_label(ref), change=change.id))
    return _group("requirements", "Requirements", items)


def titles(diff: Diff) -> KeyGroup | None:
    items = []
    for i, m in _metadata(diff, ("title",)):
        if m.editorial:
            continue  # the same title printed another way, or read on one side only: the header table lists it
        # A version that states no title at all did not have this one taken away or added to it
        # (a posting layout without a "Title:" line): say that, not "added" or "removed".
        if m.old is None:
            text = (
                f"Title added: {m.new}"
                if diff.old.titles
                else f"Title now stated: {m.new} (the old version states none)"
            )
            items.append(KeyChange(text, metadata=i))
        elif m.new is None:
            text = (
                f"Title removed: {m.old}"
                if diff.new.titles
                else f"Title no longer stated: {m.old} (the new version states none)"
            )
            items.append(KeyChange(text, metadata=i))
        else:
            items.append(KeyChange(f"Title renamed from {m.old} to {m.new}", metadata=i))
    return _group("titles", "Titles", items)


def duties(diff: Diff) -> KeyGroup | None:
    items = []
    for change in diff.changes:
        if not change.substantive or change.section not in DUTY_SECTIONS or change.op not in ("added", "removed"):
            continue
        ref = (change.new or change.old)[0]
        if _labels_only(ref.text):
            continue  # "Integrity Respect for Others Safety Teamwork": a list of names, not a duty
        verb = "Adds a duty" if change.op == "added" else "Removes a duty"
        items.append(KeyChange(f"{verb}: ‘{_quote(ref.text)}’", ref.title or "", change=change.id))
    return _group("duties", "Duties added or removed", items)


_JOINERS = frozenset({"and", "or", "of", "for", "the", "to", "in", "a", "an", "&"})


def _labels_only(text: str) -> bool:
    """A run of capitalised names with no other word (competencies, values, a heading's words):
    what a duty says is a sentence, with words in lower case."""
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    return len(words) > 1 and all(w[0].isupper() or w.casefold() in _JOINERS for w in words)


def status_and_date(diff: Diff) -> KeyGroup | None:
    items = []
    for i, m in _metadata(diff, ("status", "date", "code")):
        old, new = m.old or "not stated", m.new or "not stated"
        if m.field == "status":
            caveat = ": this version is not final" if new in ("tentative", "draft") else ""
            items.append(KeyChange(f"Status changed from {old} to {new}{caveat}", metadata=i))
        elif m.field == "date":
            items.append(KeyChange(f"Date changed from {old} to {new}", metadata=i))
        else:
            items.append(KeyChange(f"Code changed from {old} to {new}", m.title or "", metadata=i))
    return _group("status", "Status, date and codes", items)


KEY_GROUPS: tuple[Callable[[Diff], KeyGroup | None], ...] = (
    pay_and_grade,
    who_can_qualify,
    requirements,
    titles,
    duties,
    status_and_date,
    elsewhere,
)


def key_changes(diff: Diff) -> tuple[KeyGroup, ...]:
    """The key-change groups of ``diff`` that have something to say, in the order printed."""
    return tuple(group for build in KEY_GROUPS if (group := build(diff)) is not None)


__all__ = [
    "KEY_GROUPS",
    "REQUIREMENT_SECTIONS",
    "KeyChange",
    "KeyGroup",
    "fact_sentence",
    "key_changes",
    "who_can_qualify",
]
