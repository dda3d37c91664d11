"""Which column holds what, and which organisation a name in a file stands for."""

import pytest

from nomdesk.services.nominee_import_mapping import guess_mapping
from nomdesk.services.nominee_import_match import (
    Known,
    OrganisationIndex,
    split_organisations,
)


def test_swedish_form_headers_are_guessed() -> None:
    headers = [
        "Tidstämpel",
        "Kommun",
        "Län",
        "Nominerad av",
        "Kontaktperson",
        "E-post",
        "Vad är ni mest stolta över?",
        "Vilken effekt har det haft?",
        "Vad har ni lärt er?",
        "Initiativ",
        "Beskrivning av initiativet",
        "Namn",
    ]
    mapping = guess_mapping(headers)
    assert {field: headers[i] for field, i in mapping.items()} == {
        "name": "Namn",
        "organisations": "Kommun",
        "county": "Län",
        "nominated_by": "Nominerad av",
        "proud_of": "Vad är ni mest stolta över?",
        "effect": "Vilken effekt har det haft?",
        "lessons": "Vad har ni lärt er?",
        "contact_name": "Kontaktperson",
        "contact_email": "E-post",
        "initiative_title": "Initiativ",
        "initiative_description": "Beskrivning av initiativet",
    }


def test_english_headers_and_nomdesks_own_nominees_sheet_are_guessed() -> None:
    assert guess_mapping(["Nominee", "Municipality", "Nominated by", "Motivation"]) == {
        "name": 0,
        "organisations": 1,
        "nominated_by": 2,
        "proud_of": 3,
    }
    exported = [
        "UID",
        "Name",
        "Name (English)",
        "Stage",
        "Organisations",
        "County",
        "Nominated by",
        "Proud of",
        "Effect",
        "Lessons",
        "Summary",
        "Initiatives",
    ]
    mapping = guess_mapping(exported)
    assert {f: exported[i] for f, i in mapping.items()} == {
        "name": "Name",
        "organisations": "Organisations",
        "county": "County",
        "nominated_by": "Nominated by",
        "proud_of": "Proud of",
        "effect": "Effect",
        "lessons": "Lessons",
        "summary": "Summary",
    }  # "Initiatives" is a count there, not a title


def test_nothing_telling_is_left_unmapped() -> None:
    assert guess_mapping(["Tidstämpel", "Fråga 1", ""]) == {}


@pytest.fixture
def index() -> OrganisationIndex:
    found = OrganisationIndex()
    for name in (
        "Karlstads kommun",
        "Borås stad",
        "Stockholms stad",
        "Region Stockholm",
        "Älvdalens kommun",
        "Nacka kommun",
        "Upplands-Bro kommun",
    ):
        found.add(Known(f"org:{name}", name), name)
    found.add(Known("org:Nacka kommun", "Nacka kommun"), "Nacka")  # an other name (alias)
    return found


@pytest.mark.parametrize(
    ("text", "exact"),
    [
        ("Karlstads kommun", "Karlstads kommun"),
        ("  karlstads   KOMMUN ", "Karlstads kommun"),
        ("nacka", "Nacka kommun"),
        ("Karlstad", None),
    ],
)
def test_exact_matches(index: OrganisationIndex, text: str, exact: str | None) -> None:
    found = index.find_exact(text)
    assert (found.name if found else None) == exact


@pytest.mark.parametrize(
    ("text", "loose"),
    [
        ("Karlstad", ["Karlstads kommun"]),
        ("Karlstads", ["Karlstads kommun"]),
        ("Borås", ["Borås stad"]),
        ("Borås kommun", ["Borås stad"]),
        ("Älvdalens kommuner", ["Älvdalens kommun"]),
        ("Upplands-Bro", ["Upplands-Bro kommun"]),
        ("Stockholm", ["Region Stockholm", "Stockholms stad"]),
        ("Stockholms kommun", ["Stockholms stad"]),
        ("Region Stockholms län", ["Region Stockholm"]),
        ("Nykvarn", []),
        ("Kommun", []),
    ],
)
def test_loose_matches(index: OrganisationIndex, text: str, loose: list[str]) -> None:
    assert [o.name for o in index.find_loose(text)] == loose


@pytest.mark.parametrize(
    ("cell", "names"),
    [
        ("Mora, Orsa och Älvdalens kommuner", ["Mora", "Orsa", "Älvdalens kommuner"]),
        ("Mora; Orsa", ["Mora", "Orsa"]),
        ("Mora\nOrsa & Rättvik", ["Mora", "Orsa", "Rättvik"]),
        ("Lund and Malmö", ["Lund", "Malmö"]),
        ("Nacka kommun; nacka  kommun", ["Nacka kommun"]),
        ("", []),
    ],
)
def test_a_cell_may_name_several_organisations(index, cell: str, names: list[str]) -> None:
    assert split_organisations(cell, index) == names


def test_an_existing_name_with_och_or_a_comma_is_not_split() -> None:
    found = OrganisationIndex()
    name = "Sotenäs, Lysekil och Munkedals kommuner"
    found.add(Known("org:1", name), name)
    assert split_organisations(name, found) == [name]
    assert split_organisations(f"{name}; Tanum", found) == [name, "Tanum"]
