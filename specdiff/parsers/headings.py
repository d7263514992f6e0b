"""Headings: the one synonym table that maps printed headings to section kinds, and heading shape.

Jurisdictions name the same section many ways ("Illustrative Tasks", "Typical Work Activities",
"Examples of Duties", "Key Responsibilities"). One ordered table says which words mean which
kind; matching is case-, spacing- and punctuation-blind and ignores plurals, so "REQUIREMENT/
MINIMUM QUALIFICATION" and "Minimum Qualifications:" land in the same place. A heading that no
entry explains stays ``other`` and the parser warns, so a reviewer sees what was not understood.
"""

from __future__ import annotations

import re

from .rows import is_caps, key, words

# (phrase, kind), in priority order: the first phrase found in a heading decides its kind.
# Exact matches are tried before containment, so "Definition of Levels" beats "definition".
HEADING_SYNONYMS: tuple[tuple[str, str], ...] = (
    ("distinguishing characteristic", "distinguishing_characteristics"),
    ("distinguishing feature", "distinguishing_characteristics"),
    ("definition of level", "distinguishing_characteristics"),
    ("level distinction", "distinguishing_characteristics"),
    ("class characteristic", "distinguishing_characteristics"),
    # What is not a minimum qualification though it reads like one: a preference, the civil-service
    # "certification" of an eligible list, a screening of the applicants, questions put to them,
    # and what an appointee must do or pass. Before "qualification" and "requirement" below.
    ("preferred", "preferred_qualifications"),
    ("desirable", "preferred_qualifications"),
    ("selective certification", "selective_certification"),
    ("qualification review", "qualifications_review"),
    ("supplemental question", "supplemental_questions"),
    ("supplemental questionnaire", "supplemental_questions"),
    ("supplementary question", "supplemental_questions"),
    ("condition of employment", "conditions_of_employment"),
    ("employment condition", "conditions_of_employment"),
    ("pre employment", "conditions_of_employment"),
    ("post employment", "conditions_of_employment"),
    ("drug testing", "conditions_of_employment"),
    ("background check", "conditions_of_employment"),
    ("physical requirement", "conditions_of_employment"),
    ("sensory requirement", "conditions_of_employment"),
    ("special requirement", "conditions_of_employment"),
    ("essential criteria", "minimum_qualifications"),
    ("essential skill", "minimum_qualifications"),
    ("essential qualification", "minimum_qualifications"),
    ("minimum qualification", "minimum_qualifications"),
    ("minimum requirement", "minimum_qualifications"),
    ("qualification", "minimum_qualifications"),
    ("requirement", "minimum_qualifications"),
    ("education and experience", "minimum_qualifications"),
    ("experience and education", "minimum_qualifications"),
    ("training and experience", "minimum_qualifications"),
    ("employment standard", "minimum_qualifications"),
    ("entrance requirement", "minimum_qualifications"),
    ("license", "minimum_qualifications"),
    ("licensure", "minimum_qualifications"),
    ("certification", "minimum_qualifications"),
    ("illustrative dutie", "duties"),
    ("illustrative task", "duties"),
    ("typical work activitie", "duties"),
    ("example of dutie", "duties"),
    ("example of work", "duties"),
    ("dutie", "duties"),
    ("duty", "duties"),
    ("task", "duties"),
    ("responsibilitie", "duties"),
    ("responsibility", "duties"),
    ("work activitie", "duties"),
    ("goal and worker activitie", "duties"),
    ("worker activitie", "duties"),
    ("essential function", "duties"),
    ("job function", "duties"),
    ("knowledge", "knowledge_skills_abilities"),
    ("skill", "knowledge_skills_abilities"),
    ("abilitie", "knowledge_skills_abilities"),
    ("ability", "knowledge_skills_abilities"),
    ("competencie", "knowledge_skills_abilities"),
    ("competency", "knowledge_skills_abilities"),
    ("personal characteristic", "knowledge_skills_abilities"),
    ("brief description", "description"),
    ("class description", "description"),
    ("general description", "description"),
    ("series description", "description"),
    ("position description", "description"),
    ("job description", "description"),
    ("definition", "description"),
    ("overall purpose", "description"),
    ("purpose", "description"),
    ("position summary", "description"),
    ("summary", "description"),
    ("general statement", "description"),
    ("nature of work", "description"),
    ("nature of the work", "description"),
    ("class concept", "description"),
    ("note", "notes"),
    ("comment", "notes"),
)

# A heading line that is this word alone (never a run-in "Experience: Four years ..."): in an
# examination bulletin "CERTIFICATION" is the certification of names from the eligible list (who
# is referred for a post), not a licence; a posting's "EDUCATION:" and "EXPERIENCE:" are its
# minimum qualifications. In a longer heading ("Licenses/Certifications") a word keeps its table
# meaning.
_ALONE = {
    "certification": "selective_certification",
    "education": "minimum_qualifications",
    "experience": "minimum_qualifications",
    "essential": "minimum_qualifications",  # a job description's essential criteria
}
# What a job posting or description prints besides the class. One-word entries match a whole
# heading (or a "/"-separated part) only: "Benefits" is a heading, "Health Benefit Exchange
# Specialist" is a title.
POSTING_SYNONYMS: tuple[tuple[str, str], ...] = (
    ("salary", "pay_and_benefits"),
    ("annual salary", "pay_and_benefits"),
    ("pay", "pay_and_benefits"),
    ("pay range", "pay_and_benefits"),
    ("compensation", "pay_and_benefits"),
    ("benefit", "pay_and_benefits"),
    ("where to apply", "application_process"),
    ("how to apply", "application_process"),
    ("application process", "application_process"),
    ("application deadline", "application_process"),
    ("application filing", "application_process"),
    ("filing period", "application_process"),
    ("selection process", "selection_process"),
    ("selection procedure", "selection_process"),
    ("examination", "selection_process"),
    ("examination process", "selection_process"),
    ("exam", "selection_process"),
    ("tentative exam date", "selection_process"),
    ("interview", "selection_process"),
    ("working condition", "working_conditions"),
    ("work environment", "working_conditions"),
    ("physical demand", "working_conditions"),
    ("physical requirement", "working_conditions"),
    ("supplemental information", "notes"),
    ("additional job information", "notes"),
    ("essential criteria", "minimum_qualifications"),
    ("essential", "minimum_qualifications"),
    ("scope", "description"),
    ("overview", "description"),
    ("about the department", "about"),
    ("about the role", "description"),
    ("about the team", "about"),
    ("about us", "about"),
    ("who we are", "about"),
    ("the department", "about"),
    ("equal opportunity", "about"),
)

_CONNECTOR_END = {"and", "of", "on", "an", "the", "or", "to", "for", "in", "a", "with", "by"}
_SMALL = {"of", "and", "the", "for", "to", "in", "a", "an", "or", "on", "at", "by", "with", "&", "per"}
NOT_HEADING = re.compile(r"^(?:either|or|and)\b", re.IGNORECASE)  # an option or a joined clause


def heading_key(text: str) -> str:
    """The comparison form of a heading: :func:`key` with plural "s" dropped from each word."""
    out = []
    for word in key(text).split():
        out.append(word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word)
    return " ".join(out)


def kind_of(heading: str) -> str:
    """The section kind a printed heading names, or ``other``."""
    hkey = heading_key(heading)
    if not hkey:
        return "other"
    if hkey == "description":
        return "description"
    if hkey in _ALONE:
        return _ALONE[hkey]
    for phrase, kind in (*HEADING_SYNONYMS, *POSTING_SYNONYMS):
        if hkey == phrase:
            return kind
    for part in re.split(r"[/;|]", heading):
        pkey = heading_key(part)
        for phrase, kind in (*HEADING_SYNONYMS, *POSTING_SYNONYMS):
            if pkey == phrase:
                return kind
    padded = f" {hkey} "
    for phrase, kind in HEADING_SYNONYMS:
        if f" {phrase} " in padded:
            return kind
    for phrase, kind in POSTING_SYNONYMS:
        if " " in phrase and f" {phrase} " in padded:
            return kind
    return "other"


def is_known(heading: str) -> bool:
    return kind_of(heading) != "other" or heading_key(heading) in {p for p, _ in HEADING_SYNONYMS}


def exact_kind(heading: str) -> str | None:
    """The kind when the heading (or one of its "/"-separated parts) is a table phrase exactly."""
    for part in (heading, *re.split(r"[/;|]", heading)):
        pkey = heading_key(part)
        for phrase, kind in (*HEADING_SYNONYMS, *POSTING_SYNONYMS):
            if pkey == phrase:
                return kind
    return None


def heading_shape(text: str, *, title_case: bool = True) -> bool:
    """A heading by its shape alone: short, and ALL CAPS, colon-terminated, or Title Case."""
    ws = words(text)
    if not text or not ws or len(text) > 90 or len(ws) > 12 or NOT_HEADING.match(text):
        return False
    if " | " in text or not any(c.isalpha() for c in text) or text[0].isdigit() or text[0] in "([*#$\u2022\u00b7-":
        return False
    if ":" in text[:-1] or not any(len(w) >= 3 and w[0].isalpha() for w in ws):
        return False
    if text.endswith(":"):
        return len(ws) <= 8 and (is_caps(text) or _titled(ws))
    if is_caps(text):
        return not text.endswith((",", ";")) and not re.search(r"\d{3,}", text)
    if not title_case or text.endswith((".", ",", ";")):
        return False
    if not _titled(ws) or not any(c.islower() for c in text):
        return False
    # a longer Title Case line is a heading only when the synonym table names it
    # ("Full Performance Knowledge, Skills, Abilities and Personal Characteristics")
    return len(ws) <= 7 or _names_a_heading(text)


def _names_a_heading(text: str) -> bool:
    """Does a longer Title Case line name a heading: the whole of it is a table phrase, or a class
    heading phrase sits inside it? A posting phrase inside it is not enough: "the department" or
    "equal opportunity" are said in running text too, and a duty wrapped after a capitalised word
    reads Title Case ("Works with the Department of Health, Office of Quality and Patient")."""
    if exact_kind(text) is not None:
        return True
    padded = f" {heading_key(text)} "
    return any(f" {phrase} " in padded for phrase, _ in HEADING_SYNONYMS)


def _titled(ws: list[str]) -> bool:
    return all(w[0].isupper() or w.lower() in _SMALL or w[0].isdigit() for w in ws)


def joins_next(text: str, following: str) -> bool:
    """A heading wrapped onto a second line: ALL CAPS ("... AND PERSONAL" / "CHARACTERISTICS:"),
    or Title Case cut after a connector or comma ("Knowledge, Skills, Abilities and" /
    "Personal Characteristics") when the joined line is a heading the synonym table names."""
    if text.endswith(":") or len(following) > 60:
        return False
    last = text.split()[-1].lower() if text.split() else ""
    if last not in _CONNECTOR_END and exact_kind(following.rstrip(":")) is not None:
        return False  # two headings in a row; a line ending in "and" cannot stand alone
    cut = last in _CONNECTOR_END or text.endswith((",", "-"))
    if is_caps(text) and is_caps(following):
        return following.endswith(":") or cut
    if is_caps(text) or is_caps(following) or not cut:
        return False
    joined = f"{text} {following}"
    return heading_shape(joined) and kind_of(joined) != "other"


# Kinds a posting names in its fields too ("Salary: $21.68", "Application Filing: ..."): such a
# line is a field that keeps its label, never a heading with the text after it.
FIELD_KINDS = frozenset({"pay_and_benefits", "application_process", "selection_process", "working_conditions", "about"})


def inline_heading(text: str) -> tuple[str, str] | None:
    """ "NOTE: text" or "MINIMUM QUALIFICATIONS: text": a known heading word before a colon."""
    # Looser than rows._FIELD (lower case, commas, 60 characters): exact_kind below, not the shape, decides.
    m = re.match(r"^([A-Za-z][A-Za-z ,/&'-]{1,60}?)\s*:\s+(\S.*)$", text)
    if not m or exact_kind(m.group(1)) in (None, "other", *FIELD_KINDS):
        return None
    return m.group(1).strip(), m.group(2).strip()
