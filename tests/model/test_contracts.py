"""The model's word lists agree with the shipped schemas and the parser registry; JSON that does
not follow a contract is one SchemaError, whatever is wrong with it."""

from __future__ import annotations

import pytest

from specdiff.errors import SchemaError, SpecdiffError
from specdiff.ladders.model import Ladder
from specdiff.model import FORMATS, SECTION_KINDS, STATUSES, Diff, Document
from specdiff.parsers import PARSERS
from specdiff.schemas import load_schema


def test_formats_are_the_parser_registry_and_the_schema_enum() -> None:
    schema = load_schema("specdiff/document/v1")
    assert tuple(PARSERS) == FORMATS
    assert schema["properties"]["format"]["enum"] == list(FORMATS)
    assert [s for s in schema["properties"]["status"]["enum"] if s] == list(STATUSES)
    assert set(schema["$defs"]["section"]["properties"]["kind"]["enum"]) == set(SECTION_KINDS)


@pytest.mark.parametrize(
    "data",
    [
        None,
        [],
        "specdiff/document/v1",
        {"schema": "specdiff/diff/v1"},
        {"schema": "specdiff/document/v1"},
        {"schema": "specdiff/document/v1", "source": {"path": "a"}, "format": "generic"},
        {"schema": "specdiff/document/v1", "source": 3, "format": "generic"},
        {"schema": "specdiff/document/v1", "format": "generic", "sections": [{"id": 1}],
         "source": {"path": "a", "sha256": "0", "media_type": "text/plain"}},
    ],
)  # fmt: skip
def test_a_document_that_breaks_the_contract_is_a_schema_error(data: object) -> None:
    with pytest.raises(SchemaError) as caught:
        Document.from_json(data)
    assert isinstance(caught.value, SpecdiffError) and "specdiff/document/v1" in str(caught.value)


@pytest.mark.parametrize("cls", [Diff, Ladder])
def test_diff_and_ladder_contracts_raise_schema_errors_too(cls: type[Diff] | type[Ladder]) -> None:
    with pytest.raises(SchemaError):
        cls.from_json({"schema": "specdiff/document/v1"})
    with pytest.raises(SchemaError):
        cls.from_json({"schema": "specdiff/diff/v1" if cls is Diff else "specdiff/ladder/v1"})


def test_the_vocabulary_names_every_word_of_the_model() -> None:
    from specdiff.model import CONDITION_KINDS, PROFILES
    from specdiff.model.vocabulary import CONDITION_NAMES, PROFILE_NAMES, amount, amounts, level_name, route_name

    assert set(CONDITION_NAMES) == set(CONDITION_KINDS) and set(PROFILE_NAMES) == set(PROFILES)
    assert [amount(v) for v in (0.5, 1, 2.5, None)] == ["6 months", "1 year", "2.5 years", "none"]
    assert amounts(2, 6) == "2 → 6 years" and amounts(0.5, 1) == "6 months → 1 year"
    assert level_name("bachelor") == "bachelor's degree" and route_name("some_route") == "Some route"
