"""Nominee import: the good rows go in, in one transaction; bad rows are listed with their
row number and reason, and nothing of them (nor anything at all, on a refusal) is written."""

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlmodel import Session, func, select

from nomdesk.db.models import AuditEvent, Initiative, Nominee, Organisation
from nomdesk.errors import ValidationError, YearLockedError
from nomdesk.services import audit, initiatives, nominee_import, nominees, organisations, years
from nomdesk.services.nominee_import import (
    OK,
    REFUSED,
    UNCONFIRMED,
    apply_import,
    evaluate,
    plan_import,
    remove_imported,
    restore_imported,
    summary,
)
from nomdesk.services.nominee_import_file import SourceRow, SourceTable, read_table
from nomdesk.services.nominee_import_mapping import guess_mapping
from nomdesk.services.schemas import NomineeCreate, OrganisationCreate

HEADERS = ["Namn", "Kommun", "Län", "Nominerad av", "Motivering", "Initiativ", "Beskrivning"]


def table(*rows: list[str], headers: list[str] = HEADERS) -> SourceTable:
    return SourceTable(
        name="form.csv",
        kind="csv",
        headers=headers,
        rows=[SourceRow(n, list(cells)) for n, cells in enumerate(rows, start=2)],
    )


def org(session: Session, name: str, county: str = "", kind: str = "municipality") -> int:
    created = organisations.create_organisation(
        session=session, data=OrganisationCreate(name=name, county=county, kind=kind)
    )
    return created.id  # type: ignore[return-value]


def plan_for(session: Session, year, source: SourceTable):
    return plan_import(
        session=session, year_id=year.year_id, table=source, mapping=guess_mapping(source.headers)
    )


def nominee_names(session: Session, year) -> list[str]:
    return [n.display_name for n in nominees.list_nominees(session=session, year_id=year.year_id)]


def test_good_rows_go_in_and_bad_rows_are_listed_with_number_and_reason(
    session: Session, year
) -> None:
    org(session, "Karlstads kommun", "Värmlands län")
    source = table(
        ["", "Karlstads kommun", "", "SKR", "Bra e-tjänster", "Servicekarta", "En karta"],
        ["", "", "", "Anonym", "Min kommun!", "", ""],
        ["Kommun A", "", "", "", "", "", ""],  # a nominee of the year already
        ["Trosa kommun", "Trosa kommun", "Södermanlands län", "", "", "", "Utan titel"],
        ["Ale kommun", "Ale", "Västra Götalands län", "Biblioteket", "", "Meröppet", ""],
        ["ale kommun", "Ale", "", "", "", "", ""],
    )
    plan = plan_for(session, year, source)
    outcomes = evaluate(plan, plan.default_decisions(accept_loose=True))
    assert [(o.number, o.status) for o in outcomes] == [
        (2, OK),
        (3, REFUSED),
        (4, REFUSED),
        (5, REFUSED),
        (6, OK),
        (7, REFUSED),
    ]
    reasons = {o.number: [str(p) for p in o.problems] for o in outcomes}
    assert reasons[3] == ["The nominee needs a name or an organisation."]
    assert reasons[4] == ["A nominee named Kommun A exists already this year."]
    assert reasons[5] == ["The initiative has a description but no title."]
    assert reasons[7] == ["ale kommun is named twice in the file (first in row 6)."]
    assert summary(outcomes) == {"rows": 6, OK: 2, REFUSED: 4, UNCONFIRMED: 0}

    result = apply_import(
        session=session, plan=plan, decisions=plan.default_decisions(accept_loose=True)
    )
    assert result.rows == [2, 6] and result.initiatives == 2
    assert sorted(nominee_names(session, year)) == [
        "Ale kommun",
        "Karlstads kommun",
        "Kommun A",
        "Kommun B",
        "Kommun C",
    ]
    karlstad = session.exec(select(Nominee).where(Nominee.display_name == "Karlstads kommun")).one()
    assert (karlstad.nominated_by, karlstad.proud_of, karlstad.stage) == (
        "SKR",
        "Bra e-tjänster",
        "nominated",
    )
    linked = nominees.organisations_of(session=session, nominee_id=karlstad.id)  # type: ignore[arg-type]
    assert [o.name for o in linked] == ["Karlstads kommun"]
    (initiative,) = initiatives.list_initiatives(session=session, nominee_id=karlstad.id)  # type: ignore[arg-type]
    assert (initiative.title, initiative.description) == ("Servicekarta", "En karta")
    ale = session.exec(select(Organisation).where(Organisation.name == "Ale")).one()
    assert (ale.county, ale.kind) == ("Västra Götalands län", "municipality")
    assert (
        session.exec(select(Organisation).where(Organisation.name == "Trosa kommun")).first()
        is None
    )


def test_the_import_is_audited_as_one_import_event_not_per_created_thing(
    session: Session, year, events
) -> None:
    source = table(["", "Ny kommun", "", "", "", "Satsning", ""])
    plan = plan_for(session, year, source)
    result = apply_import(
        session=session, plan=plan, decisions=plan.default_decisions(accept_loose=True)
    )
    (event,) = events(action="import")
    assert event.entity == "nominee_import" and event.year_uid == year.year.uid
    assert event.after == {
        "file": "form.csv",
        "rows": [2],
        "nominees": 1,
        "organisations": 1,
        "initiatives": 1,
        "nominee_uids": result.nominee_uids,
        "organisation_uids": result.organisation_uids,
    }
    assert event.digest and len(event.digest) == 64
    # A bulk operation is one event (design §2): nothing it created has an event of its own.
    created = {e.entity_uid for e in events(action="create")}
    assert created.isdisjoint([*result.nominee_uids, *result.organisation_uids])


def test_loose_matches_need_a_decision_and_can_be_refused(session: Session, year) -> None:
    karlstad = org(session, "Karlstads kommun")
    source = table(["", "Karlstad", "", "", "", "", ""])
    plan = plan_for(session, year, source)
    (ref,) = plan.organisations.values()
    assert (ref.status, [c.name for c in ref.candidates]) == ("loose", ["Karlstads kommun"])
    strict = plan.default_decisions(accept_loose=False)
    (outcome,) = evaluate(plan, strict)
    assert (outcome.status, outcome.name) == (UNCONFIRMED, "Karlstad")
    with pytest.raises(ValidationError, match="No row is ready"):
        apply_import(session=session, plan=plan, decisions=strict)
    # A person says it is another organisation: a new one named as written is made.
    apply_import(session=session, plan=plan, decisions={ref.key: ref.own_new})
    new = session.exec(select(Organisation).where(Organisation.name == "Karlstad")).one()
    assert new.id != karlstad
    assert "Karlstad" in nominee_names(session, year)


def test_an_exact_match_ignores_case_spacing_and_finds_other_names(session: Session, year) -> None:
    nacka = org(session, "Nacka kommun")
    merged_away = org(session, "Nacka")
    organisations.merge_organisations(session=session, source_id=merged_away, target_id=nacka)
    source = table(
        ["", "  NACKA   kommun ", "", "", "", "", ""], ["X", "nacka", "", "", "", "", ""]
    )
    plan = plan_for(session, year, source)
    statuses = {
        ref.text: (ref.status, ref.candidates[0].name) for ref in plan.organisations.values()
    }
    assert statuses == {
        "NACKA kommun": ("exact", "Nacka kommun"),
        "nacka": ("exact", "Nacka kommun"),
    }
    outcomes = evaluate(plan, plan.default_decisions(accept_loose=False))
    assert [o.status for o in outcomes] == [OK, OK]
    assert outcomes[0].name == "Nacka kommun"  # named after the organisation it stands for


def test_a_joint_nomination_links_every_organisation_in_the_order_written(
    session: Session, year
) -> None:
    for name in ("Mora kommun", "Orsa kommun", "Älvdalens kommun"):
        org(session, name, "Dalarnas län")
    source = table(["", "Mora, Orsa och Älvdalens kommuner", "", "", "", "", ""])
    plan = plan_for(session, year, source)
    assert [r.status for r in plan.organisations.values()] == ["loose"] * 3
    decisions = plan.default_decisions(accept_loose=True)
    (outcome,) = evaluate(plan, decisions)
    assert outcome.name == "Mora, Orsa och Älvdalens kommuner"
    assert outcome.organisations == ["Mora kommun", "Orsa kommun", "Älvdalens kommun"]
    result = apply_import(session=session, plan=plan, decisions=decisions)
    nominee = session.exec(select(Nominee).where(Nominee.uid == result.nominee_uids[0])).one()
    linked = nominees.organisations_of(session=session, nominee_id=nominee.id)  # type: ignore[arg-type]
    assert [o.name for o in linked] == ["Mora kommun", "Orsa kommun", "Älvdalens kommun"]
    assert result.organisation_uids == []


def test_two_spellings_of_one_new_organisation_in_a_file_make_one(session: Session, year) -> None:
    source = table(
        ["Nykvarn A", "Nykvarns kommun", "Stockholms län", "", "", "", ""],
        ["Nykvarn B", "Nykvarn", "", "", "", "", ""],
    )
    plan = plan_for(session, year, source)
    first, second = plan.organisations.values()
    assert (first.status, second.status) == ("new", "loose")
    assert second.candidates[0].choice == first.own_new
    result = apply_import(
        session=session, plan=plan, decisions=plan.default_decisions(accept_loose=True)
    )
    assert len(result.organisation_uids) == 1
    for name in ("Nykvarn A", "Nykvarn B"):
        nominee = session.exec(select(Nominee).where(Nominee.display_name == name)).one()
        linked = nominees.organisations_of(session=session, nominee_id=nominee.id)  # type: ignore[arg-type]
        assert [(o.name, o.county) for o in linked] == [("Nykvarns kommun", "Stockholms län")]


def test_too_long_values_name_the_column(session: Session, year) -> None:
    source = table(["N" * 301, "", "", "x" * 301, "", "", ""])
    (outcome,) = evaluate(*_plan_and_defaults(session, year, source))
    assert [str(p) for p in outcome.problems] == [
        "Namn is longer than 300 characters.",
        "Nominerad av is longer than 300 characters.",
    ]
    assert [p.field for p in outcome.problems] == ["name", "nominated_by"]


def _plan_and_defaults(session, year, source):
    plan = plan_for(session, year, source)
    return plan, plan.default_decisions(accept_loose=True)


# --- nothing partial ----------------------------------------------------------------------


@pytest.fixture
def planned(session: Session, year):
    org(session, "Karlstads kommun")
    source = table(
        ["", "Karlstads kommun", "", "", "", "Ett", ""],
        ["", "Ny kommun", "", "", "", "Två", ""],
        ["", "Annan ny kommun", "", "", "", "Tre", ""],
    )
    plan = plan_for(session, year, source)
    session.commit()
    return plan, plan.default_decisions(accept_loose=True)


def test_a_failure_half_way_writes_nothing(
    session: Session,
    db_path: Path,
    dump: Callable[[Path], list[str]],
    planned,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    plan, decisions = planned
    before = dump(db_path)
    calls = []

    def failing(**kwargs):
        calls.append(kwargs)
        if len(calls) == 3:
            raise ValidationError("The disk said no.")
        return add(**kwargs)

    add = initiatives.add_initiative
    monkeypatch.setattr(nominee_import.initiatives, "add_initiative", failing)
    with pytest.raises(ValidationError, match="disk said no"):
        apply_import(session=session, plan=plan, decisions=decisions)
    assert len(calls) == 3
    assert dump(db_path) == before


def test_data_changed_since_the_preview_writes_nothing(
    session: Session, db_path: Path, dump, planned, year
) -> None:
    plan, decisions = planned
    nominees.create_nominee(
        session=session, year_id=year.year_id, data=NomineeCreate(display_name="Ny kommun")
    )
    before = dump(db_path)
    with pytest.raises(ValidationError, match="changed since the preview"):
        apply_import(session=session, plan=plan, decisions=decisions)
    assert dump(db_path) == before


def test_a_locked_year_refuses_the_import(
    session: Session, db_path: Path, dump, planned, year
) -> None:
    plan, decisions = planned
    years.lock_year(session=session, year_id=year.year_id, reason="test")
    before = dump(db_path)
    with pytest.raises(YearLockedError):
        apply_import(session=session, plan=plan, decisions=decisions)
    assert dump(db_path) == before


def test_undo_removes_what_the_import_made_and_redo_brings_the_same_rows(
    session: Session, db_path: Path, planned, year, events
) -> None:
    plan, decisions = planned

    def content() -> list[tuple]:
        con = sqlite3.connect(db_path)
        try:
            return [
                con.execute(f"SELECT * FROM {t} ORDER BY id").fetchall()
                for t in ("nominee", "organisation", "nominee_organisation", "initiative")
            ]
        finally:
            con.close()

    before = content()
    result = apply_import(session=session, plan=plan, decisions=decisions)
    after = content()
    bundles = remove_imported(session=session, result=result)
    assert content() == before
    restore_imported(session=session, bundles=bundles)
    assert content() == after
    assert len(result.organisation_uids) == 2
    # Each step is one audit event, and the chain still holds.
    actions = [e.action for e in events(entity="nominee_import")]
    assert actions == ["import", "remove_import", "restore_import"]
    assert not events(action="delete") and not events(action="restore")
    assert audit.verify_chain(session) == []


# --- the sample files on the demo's open year ---------------------------------------------

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
EXPECTED = {
    2: (OK, "Karlstads kommun"),
    3: (OK, "Nacka kommun"),
    4: (OK, "Mora, Orsa och Älvdalens kommuner"),
    5: (OK, "Trosa kommun"),
    6: (REFUSED, ""),
    7: (REFUSED, "Skellefteå kommun"),
    8: (OK, "Region Gotland"),
    9: (REFUSED, "Trosa kommun"),
    10: (OK, "Ale kommun"),
    11: (REFUSED, "Ale kommun"),
}


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from nomdesk.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    build_demo(path)
    return path


@pytest.fixture
def demo_year(demo_template: Path, tmp_path: Path):
    """The demo's 2027 on a fresh copy of the demo, in a session of its own."""
    from nomdesk.db.open import open_database
    from nomdesk.db.session import new_session
    from nomdesk.services import awards

    path = tmp_path / "demo.db"
    shutil.copyfile(demo_template, path)
    opened = open_database(path, create=False)
    with new_session(opened.engine, actor="tester") as demo:
        award = awards.find_award(session=demo)
        year = years.find_year(session=demo, award_id=award.id, year=2027)
        yield demo, year.id
    opened.engine.dispose()


@pytest.mark.parametrize("name", ["nominees.csv", "nominees.xlsx"])
def test_the_sample_files_on_the_demo_year(demo_year, name: str) -> None:
    demo, year_id = demo_year
    source = read_table(SAMPLES / name)
    plan = plan_import(
        session=demo, year_id=year_id, table=source, mapping=guess_mapping(source.headers)
    )
    outcomes = evaluate(plan, plan.default_decisions(accept_loose=True))
    assert {o.number: (o.status, o.name) for o in outcomes} == EXPECTED
    strict = evaluate(plan, plan.default_decisions(accept_loose=False))
    assert [o.number for o in strict if o.status == UNCONFIRMED] == [2, 4, 9]
    head = demo.exec(select(func.max(AuditEvent.id))).one()
    result = apply_import(
        session=demo, plan=plan, decisions=plan.default_decisions(accept_loose=True)
    )
    assert result.rows == [2, 3, 4, 5, 8, 10]
    # A bulk operation is one audit event with a digest, not one per row (design §2).
    [event] = demo.exec(select(AuditEvent).where(AuditEvent.id > head)).all()
    assert (event.action, event.after["nominees"], len(event.digest)) == ("import", 6, 64)
    assert audit.verify_chain(demo) == []
    gotland = demo.exec(select(Organisation).where(Organisation.name == "Region Gotland")).one()
    assert gotland.kind == "region"
    mora = demo.exec(select(Nominee).where(Nominee.display_name.startswith("Mora"))).all()  # type: ignore[attr-defined]
    assert "\n" in next(n for n in mora if n.year_id == year_id).proud_of  # paragraphs kept
    assert (
        len(demo.exec(select(Initiative).where(Initiative.title == "Meröppet bibliotek")).all())
        == 1
    )


def test_a_nomdesk_export_imports_into_another_year_with_exact_matches(
    demo_year, tmp_path: Path
) -> None:
    from nomdesk.reporting.spreadsheet import write_year
    from nomdesk.services import awards

    demo, year_id = demo_year
    award = awards.find_award(session=demo)
    earlier = years.find_year(session=demo, award_id=award.id, year=2023)
    write_year(session=demo, year_id=earlier.id, path=tmp_path / "2023.xlsx")  # type: ignore[arg-type]
    source = read_table(tmp_path / "2023.xlsx")
    assert source.sheet == "Nominees"
    mapping = guess_mapping(source.headers)
    assert {"name", "organisations", "county", "nominated_by", "proud_of"} <= set(mapping)
    assert "initiative_title" not in mapping  # the "Initiatives" column is a count
    plan = plan_import(session=demo, year_id=year_id, table=source, mapping=mapping)
    assert {ref.status for ref in plan.organisations.values()} == {"exact"}
    outcomes = evaluate(plan, plan.default_decisions(accept_loose=False))
    earlier_names = {
        n.display_name for n in nominees.list_nominees(session=demo, year_id=earlier.id)
    }
    assert {o.name for o in outcomes} == earlier_names
    result = apply_import(
        session=demo, plan=plan, decisions=plan.default_decisions(accept_loose=False)
    )
    assert result.organisation_uids == []
