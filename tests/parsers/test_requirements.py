"""Requirements of a whole document: title x route x alternative, series-wide paragraphs, warnings.

Documents are built by hand (the previous stage's output), so these tests do not depend on how
today's parser segments a file.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from specdiff.model import Clause, Document, Line, RawText, Section, Source, Span, Title
from specdiff.parsers import parse
from specdiff.parsers.requirements import extract_requirements

SOURCE = Source("made-up.txt", "0" * 64, "text/plain")


def section(sid: str, title: str | None, *texts: str, kind: str = "minimum_qualifications") -> Section:
    clauses = tuple(Clause(f"{sid}.{i}", text, Span(i, i)) for i, text in enumerate(texts, 1))
    return Section(sid, kind, "Minimum Qualifications", clauses, title=title)


def doc(*sections: Section, titles: tuple[Title, ...] = ()) -> Document:
    return Document(SOURCE, "generic", titles=titles, sections=sections)


TITLES = (
    Title("t1", "Park Ranger 1 (Coastal Region)", aliases=("PR 1 (CR)",)),
    Title("t2", "Park Ranger 2 (Coastal Region)", aliases=("PR 2 (CR)",)),
)


def test_one_requirement_per_title_and_route_and_series_wide_substitution() -> None:
    d = doc(
        section("s1", "Park Ranger 1 (Coastal Region)", "Open Competitive: four years of experience in park patrol."),
        section(
            "s2",
            "Park Ranger 2 (Coastal Region)",
            "Open Competitive: six years of experience in park patrol.",
            "Promotion: one year of permanent service as a PR 1 (CR).",
            "Substitution: an associate degree in a field listed under PR 1 (CR) may substitute for two years of "
            "the experience.",
        ),
        titles=TITLES,
    )
    reqs, warnings = extract_requirements(d)
    assert warnings == ()
    keyed = {(r.title, r.route): r for r in reqs}
    assert keyed[("Park Ranger 1 (Coastal Region)", "open_competitive")].experience_years == 4
    promotion = keyed[("Park Ranger 2 (Coastal Region)", "promotion")]
    assert (promotion.service_years, promotion.permanent) == (1, True)
    assert promotion.prior_titles == ("Park Ranger 1 (Coastal Region)",)
    series = keyed[(None, "open_competitive")]
    assert [(s.education, s.years) for s in series.substitutions] == [("associate", 2)]
    assert series.fields == () and series.clauses == ("s2.3",)


def test_a_series_paragraph_naming_titles_applies_to_them_only() -> None:
    d = doc(
        section("s1", "Park Ranger 1 (Coastal Region)", "Open Competitive: four years of experience in park patrol."),
        section(
            "s2",
            "Park Ranger 2 (Coastal Region)",
            "Open Competitive: six years of experience in park patrol.",
            "Substitution: for Park Ranger 2 (Coastal Region), a bachelor's degree may substitute for two years.",
        ),
        titles=TITLES,
    )
    reqs, _ = extract_requirements(d)
    with_subs = [r for r in reqs if r.substitutions]
    assert [r.title for r in with_subs] == ["Park Ranger 2 (Coastal Region)"]


def test_either_or_patterns_with_roman_numerals() -> None:
    d = doc(
        section(
            "s1",
            "Field Surveyor",
            "Either I",
            "One year of experience performing the duties of a Survey Aide II, Range B, in state service.",
            "Or II",
            "Experience: Three years of experience in land surveying. and",
            "Education: Equivalent to graduation from college with a major in civil engineering or geomatics.",
            "Or III",
            "Possession of an Associate's degree in surveying technology.",
        )
    )
    reqs, warnings = extract_requirements(d)
    assert [r.option for r in reqs] == ["I", "II", "III"]
    one, two, three = reqs
    assert (one.experience_years, one.prior_titles) == (1, ("Survey Aide II, Range B",))
    assert (two.experience_years, two.education, two.fields) == (3, "bachelor", ("civil engineering", "geomatics"))
    assert two.clauses == ("s1.3", "s1.4", "s1.5")
    assert (three.education, three.fields) == ("associate", ("surveying technology",))
    assert all(r.route == "other" for r in reqs)
    assert warnings == ()


def test_lettered_alternatives_wrapped_over_clauses() -> None:
    d = doc(
        section(
            "s1",
            None,
            "Open Competitive:",
            "EITHER: (A) Completion of sixty (60) semester credit hours at an accredited",
            "college and one (1) year of experience in case work;",
            "OR: (B) Graduation from high school and two (2) years of experience as described above;",
            "OR: (C) An equivalent combination of training and experience as described in (A) and (B) above.",
        )
    )
    reqs, _ = extract_requirements(d)
    a, b, c = reqs
    assert (a.option, a.credit_hours, a.experience_years, a.clauses) == ("A", 60, 1, ("s1.2", "s1.3"))
    assert (b.option, b.education, b.experience_years, b.experience) == (
        "B",
        "high_school",
        2,
        "experience in case work",
    )
    assert (c.option, c.equivalent_combination) == ("C", True)


def test_alternatives_labelled_by_the_parser_without_either_or_words() -> None:
    d = doc(
        section(
            "s1",
            "Field Surveyor",
            "I One year of experience performing the duties of a Survey Aide.",
            "II Two years of experience in land surveying.",
        ),
        section(
            "s2",
            "Survey Clerk",
            "(A) Graduation from high school and one year of office experience;",
            "(B) Two years of office experience.",
        ),
    )
    reqs, _ = extract_requirements(d)
    assert [(r.title, r.option, r.experience_years) for r in reqs] == [
        ("Field Surveyor", "I", 1),
        ("Field Surveyor", "II", 2),
        ("Survey Clerk", "A", 1),
        ("Survey Clerk", "B", 2),
    ]


def test_lettered_items_joined_by_and_add_up() -> None:
    d = doc(section("s1", None, "(A) Two years of office experience; and", "(B) a valid driver license."))
    (req,) = extract_requirements(d)[0]
    assert (req.option, req.experience_years, req.license) == (None, 2, "a valid driver license")


def test_a_paragraph_outside_the_alternatives_applies_to_each() -> None:
    d = doc(
        section("s1", "Field Surveyor", "Completion of high school."),
        section(
            "s2",
            "Field Surveyor",
            "Either I",
            "One year of survey work experience.",
            "Or II",
            "Two years of drafting experience.",
        ),
    )
    reqs, _ = extract_requirements(d)
    assert [(r.option, r.education, r.experience_years) for r in reqs] == [
        ("I", "high_school", 1),
        ("II", "high_school", 2),
    ]
    assert reqs[0].clauses == ("s1.1", "s2.1", "s2.2")


def test_title_clauses_inside_one_section_start_their_own_requirements() -> None:
    lines = ("Junior Curator", "I Two years of museum experience.", "II A master's degree in Art History.")
    more = ("Senior Curator", "I Five years of museum experience.", "II A doctorate in Art History.")
    titles = (Title("t1", "Junior Curator"), Title("t2", "Senior Curator"))
    reqs, _ = extract_requirements(doc(section("s1", None, *lines, *more), titles=titles))
    assert [(r.title, r.option) for r in reqs] == [
        ("Junior Curator", "I"),
        ("Junior Curator", "II"),
        ("Senior Curator", "I"),
        ("Senior Curator", "II"),
    ]
    assert reqs[3].education == "doctorate" and reqs[3].clauses == ("s1.6",)


def test_a_numbered_list_of_kinds_of_work_is_not_a_set_of_alternatives() -> None:
    d = doc(
        section(
            "s1",
            None,
            "Four years of experience in one of the following:",
            "1. Grant writing; or",
            "2. Fund raising; or",
            "3. Donor relations. (A master's degree may be substituted for one year of the experience.)",
        )
    )
    (req,) = extract_requirements(d)[0]
    assert (req.option, req.experience_years, req.substitutions[0].education) == (None, 4, "master")


def test_numbered_alternatives_ending_in_or() -> None:
    d = doc(
        section(
            "s1",
            None,
            "1. Two years of full-time paid experience as a Senior Analyst with the City; or",
            "2. A master's degree in Public Policy and one year of experience in budget analysis.",
        )
    )
    first, second = extract_requirements(d)[0]
    assert (first.option, first.experience_years, first.prior_titles) == ("1", 2, ("Senior Analyst",))
    assert (second.option, second.education, second.fields, second.experience_years) == (
        "2",
        "master",
        ("Public Policy",),
        1,
    )


def test_a_numbered_list_without_or_is_not_a_set_of_alternatives() -> None:
    d = doc(section("s1", None, "Three years of experience in:", "1. billing;", "2. collections."))
    (req,) = extract_requirements(d)[0]
    assert req.option is None and req.experience_years == 3


def test_repeated_substitution_field_lists_are_kept_on_the_first_title() -> None:
    sub = "A bachelor's degree in Forestry or Botany can substitute for two years of experience."
    d = doc(
        section("s1", "Park Ranger 1 (Coastal Region)", f"Open Competitive: five years of experience. {sub}"),
        section("s2", "Park Ranger 2 (Coastal Region)", f"Open Competitive: seven years of experience. {sub}"),
        section(
            "s3",
            "Park Ranger 3",
            "Open Competitive: eight years of experience. A bachelor's degree in Law can "
            "substitute for two years of experience.",
        ),
        titles=TITLES,
    )
    one, two, three = extract_requirements(d)[0]
    assert one.fields == ("Forestry", "Botany")
    assert two.fields == ()
    assert three.fields == ("Law",)
    assert all(r.substitutions[0].years == 2 for r in (one, two, three))


def test_experience_listed_for_another_title_is_resolved() -> None:
    d = doc(
        section("s1", "Park Ranger 1 (Coastal Region)", "Open Competitive: two years of experience in trail upkeep."),
        section(
            "s2",
            "Park Ranger 2 (Coastal Region)",
            "Open Competitive: four years of the experience listed for Park Ranger 1 (Coastal Region).",
        ),
        titles=TITLES,
    )
    _, two = extract_requirements(d)[0]
    assert two.experience == "experience in trail upkeep"


def test_what_cannot_be_read_is_a_warning_with_the_clause_id() -> None:
    d = doc(
        section(
            "s1",
            None,
            "Five years of experience in pipe fitting.",
            "Successful completion of a formal apprenticeship program recognised by the state.",
            "Two years must be recent.",
        )
    )
    reqs, warnings = extract_requirements(d)
    assert reqs[0].experience_years == 5
    assert any(w.startswith("requirements: s1.3: quantity not read") for w in warnings)


def test_a_document_without_minimum_qualifications_has_no_requirements() -> None:
    d = doc(section("s1", None, "Five years of experience in pipe fitting.", kind="duties"))
    assert extract_requirements(d) == ((), ())


def test_an_empty_section_followed_by_unrecognised_sections_is_read_on() -> None:
    """A parser that takes each sub-heading for a section leaves the qualifications section empty."""
    d = doc(
        Section("s1", "minimum_qualifications", "MINIMUM QUALIFICATIONS"),
        Section(
            "s2",
            "other",
            "SENIOR GRANTS ANALYST",
            (Clause("s2.1", "Open Competitive: five years of experience.", Span(3, 3)),),
        ),
        Section("s3", "other", "Promotion", (Clause("s3.1", "two years of service as a Grants Analyst.", Span(5, 5)),)),
        Section("s4", "other", "Date: 1/20"),
        Section("s5", "other", "Appendix", (Clause("s5.1", "Ten years of experience.", Span(9, 9)),)),
        titles=(Title("t1", "Senior Grants Analyst"),),
    )
    reqs, _ = extract_requirements(d)
    assert [(r.title, r.route, r.experience_years, r.service_years) for r in reqs] == [
        ("Senior Grants Analyst", "open_competitive", 5, None),
        ("Senior Grants Analyst", "promotion", None, 2),
    ]


def test_only_the_title_list_names_titles() -> None:
    """An answer option or a preferred item printed on its own line is not a class."""
    d = doc(
        section(
            "s1",
            None,
            "Bachelor's degree and five years of election experience.",
            "CERA (Certified Elections Registration Administrator)",
            "Bilingual and/or American Sign Language",
            "Must possess a valid driver's license.",
        ),
        titles=(Title("t1", "Elections Director"),),
    )
    reqs, _ = extract_requirements(d)
    assert {r.title for r in reqs} == {None}
    assert reqs[0].experience_years == 5 and [c.kind for c in reqs[0].conditions] == ["license"]


def test_each_titles_own_substitution_paragraph_stays_with_it() -> None:
    """Several titles print their own "Substitution:" paragraph: each is that title's only."""
    titles = (Title("t1", "Analyst 1"), Title("t2", "Analyst 2"), Title("t3", "Manager"))
    d = doc(
        section("s1", "Analyst 1", "Open Competitive: two years of experience.",
                "Substitution: a master's degree may substitute for one year of the required experience."),
        section("s2", "Analyst 2", "Open Competitive: four years of experience.",
                "Substitution: a master's degree may substitute for the required experience."),
        section("s3", "Manager", "Open Competitive: six years of experience."),
        titles=titles,
    )  # fmt: skip
    reqs, _ = extract_requirements(d)
    subs = {r.title: [(s.education, s.years, s.whole) for s in r.substitutions] for r in reqs}
    assert subs == {"Analyst 1": [("master", 1, False)], "Analyst 2": [("master", 4, True)], "Manager": []}


def test_one_substitution_paragraph_after_the_last_title_is_the_series() -> None:
    titles = (Title("t1", "Analyst 1"), Title("t2", "Analyst 2"))
    d = doc(
        section("s1", "Analyst 1", "Open Competitive: two years of experience."),
        section("s2", "Analyst 2", "Open Competitive: four years of experience.",
                "Substitution: a bachelor's degree in a field listed under Analyst 1 may substitute for two years."),
        titles=titles,
    )  # fmt: skip
    reqs, _ = extract_requirements(d)
    series = [r for r in reqs if r.title is None]
    assert [(s.education, s.years) for s in series[0].substitutions] == [("bachelor", 2)]


def test_a_sentence_nothing_is_read_from_stays_as_unread() -> None:
    d = doc(section("s1", None, "Two years of clerical experience.", "Proficiency in the local dialect of Yiddish."))
    (req,) = extract_requirements(d)[0]
    assert [(p.kind, p.clause) for p in req.unread] == [("sentence", "s1.2")]


def test_parse_fills_requirements_and_their_warnings() -> None:
    text = (
        "SENIOR GRANTS ANALYST\n\nMINIMUM QUALIFICATIONS\n\nOpen Competitive: five years of experience in grant "
        "administration. Two years must be recent.\n\nPromotion: two years of permanent service as a Grants Analyst.\n"
    )
    raw = RawText(SOURCE, tuple(Line(t, i) for i, t in enumerate(text.split("\n"), 1)))
    document = parse(raw)
    routes = {r.route: r for r in document.requirements}
    assert routes["open_competitive"].experience_years == 5
    assert routes["promotion"].prior_titles[0].lower() == "grants analyst"
    assert any("quantity not read: 'Two years must be recent" in w for w in document.warnings)


LINES = st.sampled_from(
    [
        "Open Competitive:",
        "Promotion: one year of permanent service as a Park Ranger 1 (Coastal Region).",
        "EITHER: (A) two years of experience;",
        "OR: (B) a bachelor's degree in Botany;",
        "Either I",
        "Or II",
        "I Three years of experience in patrol work.",
        "II A master's degree may substitute for one year.",
        "1. Two years of experience as a Guide; or",
        "2. Four years of experience.",
        "Substitution: an associate degree may substitute for one additional year.",
        "Note: see above.",
        "All Levels:",
        "",
    ]
)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.lists(LINES, max_size=8), max_size=4), st.booleans())
def test_any_arrangement_of_statements_reads_without_error(sections: list[list[str]], titled: bool) -> None:
    titles = [t.title for t in TITLES] + ["Park Ranger 3"]
    d = doc(
        *(section(f"s{i}", titles[i % 3] if titled else None, *lines) for i, lines in enumerate(sections)),
        titles=TITLES,
    )
    reqs, warnings = extract_requirements(d)
    clause_ids = {c.id for _, c in d.clauses()}
    for req in reqs:
        assert set(req.clauses) <= clause_ids
        assert req.permanent is not False and req.equivalent_combination is not False
    assert all(w.startswith("requirements: ") for w in warnings)


def _lead_in(cid: str, text: str, *items: str) -> Clause:
    children = tuple(Clause(f"{cid}.{i}", item, Span(i, i)) for i, item in enumerate(items, 1))
    return Clause(cid, text, Span(0, 0), children=children)


def test_a_lead_in_sentence_says_what_kind_of_criteria_its_list_holds() -> None:
    """A job description that prints "It is desirable that you have the following:" where another
    prints a "Desirable" heading: the list under it is desirable, not unread skills prose; the
    essential list beside it is read as minimums (skills in prose: kept as not read)."""
    skills = Section(
        "ksa",
        "knowledge_skills_abilities",
        "What we look for",
        (
            _lead_in("ksa.1", "You must have the following:", "experience running trail maintenance crews"),
            _lead_in(
                "ksa.2",
                "It would be desirable for you to show the following:",
                "a first-aid certificate",
                "knowledge of coastal plant species",
            ),
            _lead_in("ksa.3", "Our team works on:", "trail upkeep"),
        ),
    )
    (req,) = extract_requirements(doc(skills))[0]
    assert [p.text for p in req.preferred] == ["a first-aid certificate", "knowledge of coastal plant species"]
    assert [p.clause for p in req.preferred] == ["ksa.2.1", "ksa.2.2"]
    assert [p.text for p in req.unread] == ["experience running trail maintenance crews"]
    assert "trail upkeep" not in {p.text for p in (*req.preferred, *req.unread)}
