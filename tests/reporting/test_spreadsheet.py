"""The year's spreadsheet read back with openpyxl and compared with the database itself.

Every sheet is checked against plain SQL on the file (not against the code that wrote
it): uids, names, numbers as numbers, times as dates, bold frozen headers.
"""

import csv
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlmodel import Session

from nomdesk.db.open import open_database
from nomdesk.db.session import new_session
from nomdesk.demo import build_demo
from nomdesk.errors import ValidationError
from nomdesk.reporting import spreadsheet
from nomdesk.reporting.spreadsheet import write_year
from nomdesk.services import awards, nominees, ranking, rounds, years
from nomdesk.services.schemas import NomineeUpdate

SHEETS = [
    "Year",
    "Nominees",
    "Organisations",
    "Initiatives",
    "Criteria",
    "Jurors",
    "Conflicts",
    "Scores",
    "Ranking",
]


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    build_demo(path)
    return path


@pytest.fixture
def demo(tmp_path: Path, demo_template: Path) -> Path:
    target = tmp_path / "demo.db"
    shutil.copyfile(demo_template, target)
    return target


@pytest.fixture
def demo_session(demo: Path):
    opened = open_database(demo, create=False)
    with new_session(opened.engine, actor="tester") as session:
        yield session
    opened.engine.dispose()


def year_id(session: Session, year: int) -> int:
    award = awards.find_award(session=session)
    return years.find_year(session=session, award_id=award.id, year=year).id  # type: ignore[return-value]


def sql(db: Path, query: str, *params) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        return con.execute(query, params).fetchall()
    finally:
        con.close()


def sheet_rows(path: Path, name: str) -> list[dict]:
    """The sheet's rows as dicts keyed by header (values as openpyxl reads them)."""
    book = load_workbook(path)
    sheet = book[name]
    header, *rows = list(sheet.iter_rows(values_only=True))
    return [dict(zip(header, row, strict=True)) for row in rows]


@pytest.fixture
def exported_2027(demo: Path, demo_session: Session, tmp_path: Path) -> Path:
    out = tmp_path / "2027.xlsx"
    counts = write_year(session=demo_session, year_id=year_id(demo_session, 2027), path=out)
    assert list(counts) == SHEETS
    return out


def test_every_sheet_has_a_bold_frozen_filtered_header_and_widths(exported_2027: Path) -> None:
    book = load_workbook(exported_2027)
    assert book.sheetnames == SHEETS
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2", sheet.title
        header = sheet[1]
        assert all(cell.font.bold for cell in header), sheet.title
        assert all(isinstance(cell.value, str) and cell.value for cell in header)
        assert sheet.auto_filter.ref.startswith("A1:")
        widths = [sheet.column_dimensions[c.column_letter].width for c in header]
        assert all(6 <= w <= 60 for w in widths), (sheet.title, widths)
    # A column of names is wider than a column of positions.
    criteria = book["Criteria"]
    assert criteria.column_dimensions["C"].width > criteria.column_dimensions["B"].width


def test_nominees_sheet_matches_the_database(demo: Path, exported_2027: Path) -> None:
    rows = sheet_rows(exported_2027, "Nominees")
    db = sql(
        demo,
        """SELECT n.uid, n.display_name, n.stage, n.nominated_by, n.proud_of,
                  (SELECT count(*) FROM initiative i WHERE i.nominee_id = n.id)
           FROM nominee n JOIN award_year y ON y.id = n.year_id WHERE y.year = 2027
           ORDER BY n.display_name""",
    )
    assert sorted(r["UID"] for r in rows) == sorted(r[0] for r in db)
    by_uid = {r["UID"]: r for r in rows}
    for uid, name, stage, nominated_by, proud_of, count in db:
        row = by_uid[uid]
        assert (row["Name"], row["Stage"]) == (name, stage)
        assert (row["Nominated by"] or "") == nominated_by
        assert (row["Proud of"] or "") == proud_of
        assert row["Initiatives"] == count and isinstance(row["Initiatives"], int)
        assert isinstance(row["Created (UTC)"], datetime)
    orgs = dict(
        sql(
            demo,
            """SELECT n.uid, group_concat(o.name, '; ') FROM nominee n
               JOIN nominee_organisation l ON l.nominee_id = n.id
               JOIN organisation o ON o.id = l.organisation_id
               JOIN award_year y ON y.id = n.year_id WHERE y.year = 2027 GROUP BY n.uid""",
        )
    )
    assert {uid: by_uid[uid]["Organisations"] for uid in orgs} == orgs
    assert "Contact e-mail" not in rows[0]  # personal data only when asked for


def test_organisations_initiatives_criteria_jurors_conflicts(demo: Path, exported_2027) -> None:
    year = "(SELECT id FROM award_year WHERE year = 2027)"
    orgs = sheet_rows(exported_2027, "Organisations")
    db_orgs = sql(
        demo,
        f"""SELECT DISTINCT o.uid, o.name, o.county FROM organisation o
            JOIN nominee_organisation l ON l.organisation_id = o.id
            JOIN nominee n ON n.id = l.nominee_id WHERE n.year_id = {year}""",
    )
    assert {(r["UID"], r["Name"], r["County"]) for r in orgs} == set(db_orgs)

    initiatives = sheet_rows(exported_2027, "Initiatives")
    db_initiatives = sql(
        demo,
        f"""SELECT i.uid, n.uid, i.title, i.area, i.started FROM initiative i
            JOIN nominee n ON n.id = i.nominee_id WHERE n.year_id = {year}""",
    )
    assert {
        (r["UID"], r["Nominee UID"], r["Title"], r["Area"], r["Started"]) for r in initiatives
    } == set(db_initiatives)

    criteria = sheet_rows(exported_2027, "Criteria")
    db_criteria = sql(
        demo,
        f"""SELECT uid, name, weight, scale_min, scale_max, step FROM criterion
            WHERE year_id = {year} ORDER BY position, id""",
    )
    got = [
        (r["UID"], r["Name"], r["Weight"], r["Scale min"], r["Scale max"], r["Step"])
        for r in criteria
    ]
    assert got == db_criteria
    assert [r["Position"] for r in criteria] == list(range(1, len(criteria) + 1))
    assert all(isinstance(r["Weight"], int | float) for r in criteria)

    jurors = sheet_rows(exported_2027, "Jurors")
    db_jurors = sql(
        demo,
        f"""SELECT uid, name, affiliation, role FROM juror WHERE year_id = {year}
            ORDER BY position, id""",
    )
    assert [(r["UID"], r["Name"], r["Affiliation"] or "", r["Role"]) for r in jurors] == db_jurors

    conflicts = sheet_rows(exported_2027, "Conflicts")
    db_conflicts = sql(
        demo,
        f"""SELECT j.uid, n.uid, c.reason FROM conflict c JOIN juror j ON j.id = c.juror_id
            JOIN nominee n ON n.id = c.nominee_id WHERE j.year_id = {year}""",
    )
    assert [(r["Juror UID"], r["Nominee UID"], r["Reason"] or "") for r in conflicts] == (
        db_conflicts
    )
    assert len(conflicts) == 1 and isinstance(conflicts[0]["Declared (UTC)"], datetime)


def test_scores_sheet_holds_every_score_and_names_the_missing(demo: Path, exported_2027) -> None:
    rows = sheet_rows(exported_2027, "Scores")
    db = sql(
        demo,
        """SELECT j.uid, n.uid, c.uid, s.value, s.comment, s.source FROM score s
           JOIN juror j ON j.id = s.juror_id JOIN nominee n ON n.id = s.nominee_id
           JOIN criterion c ON c.id = s.criterion_id
           JOIN scoring_round r ON r.id = s.round_id
           JOIN award_year y ON y.id = r.year_id WHERE y.year = 2027""",
    )
    scored = [r for r in rows if r["Status"] in ("scored", "conflict")]
    got = {
        (r["Juror UID"], r["Nominee UID"], r["Criterion UID"]): (
            r["Value"],
            r["Comment"] or "",
            r["Source"],
        )
        for r in scored
    }
    assert got == {(j, n, c): (v, comment, source) for j, n, c, v, comment, source in db}
    assert len(scored) == len(db)
    assert all(isinstance(r["Value"], int | float) for r in scored)
    assert all(isinstance(r["Updated (UTC)"], datetime) for r in scored)
    # One row per juror × ranked nominee × criterion, conflicted pairs left out.
    finalists, jurors, criteria, conflicts = sql(
        demo,
        """SELECT (SELECT count(*) FROM nominee n JOIN award_year y ON y.id = n.year_id
                   WHERE y.year = 2027 AND n.stage IN ('finalist', 'winner')),
                  (SELECT count(*) FROM juror j JOIN award_year y ON y.id = j.year_id
                   WHERE y.year = 2027),
                  (SELECT count(*) FROM criterion c JOIN award_year y ON y.id = c.year_id
                   WHERE y.year = 2027),
                  (SELECT count(*) FROM conflict)""",
    )[0]
    assert len(rows) == (finalists * jurors - conflicts) * criteria
    missing = [r for r in rows if r["Status"] == "missing"]
    assert missing and all(r["Value"] is None for r in missing)
    assert len({(r["Juror UID"], r["Nominee UID"], r["Criterion UID"]) for r in rows}) == len(rows)


def test_ranking_sheet_is_the_ranking_service_under_the_years_method(
    demo_session: Session, exported_2027: Path
) -> None:
    rows = sheet_rows(exported_2027, "Ranking")
    year = year_id(demo_session, 2027)
    round_ = rounds.find_round(session=demo_session, year_id=year)
    result = ranking.rank_round(session=demo_session, round_id=round_.id)  # type: ignore[arg-type]
    expected = [
        (round_.name, result.ranking.method, r.rank, result.names[r.nominee_id], r.score, r.jurors)
        for r in result.ranking.rows
    ]
    got = [
        (r["Round"], r["Method"], r["Rank"], r["Nominee"], r["Score"], r["Jurors"]) for r in rows
    ]
    # openpyxl stores 16 significant digits (Excel shows 15): equal to the last bit or so.
    assert got == [(*e[:4], pytest.approx(e[4], rel=1e-15), e[5]) for e in expected]
    assert rows[0]["Method"] == "mean"
    assert all(isinstance(r["Score"], int | float) for r in rows)
    assert all(r["Complete"] is False for r in rows)  # a juror is still pending
    book = load_workbook(exported_2027)
    assert book["Ranking"]["F2"].number_format == "0.00"
    mean_headers = [h for h in rows[0] if h.startswith("Mean: ")]
    assert len(mean_headers) == 4


def test_year_sheet_names_award_year_and_method(exported_2027: Path) -> None:
    fields = {r["Field"]: r["Value"] for r in sheet_rows(exported_2027, "Year")}
    assert fields["Award"] == "Sveriges DigitaliseringsKommun"
    assert fields["Year"] == 2027 and isinstance(fields["Year"], int)
    assert fields["Ranking method"] == "Final: mean"
    assert fields["Winner"] is None
    assert isinstance(fields["Exported (UTC)"], datetime)


def test_a_history_year_without_scores_exports_its_winner_and_empty_score_sheets(
    demo_session: Session, tmp_path: Path
) -> None:
    out = tmp_path / "2019.xlsx"
    counts = write_year(session=demo_session, year_id=year_id(demo_session, 2019), path=out)
    assert counts["Scores"] == counts["Ranking"] == counts["Criteria"] == 0
    assert counts["Nominees"] == 5
    book = load_workbook(out)
    assert [c.value for c in book["Scores"][1]][:2] == ["Round", "Nominee"]
    assert book["Scores"].max_row == 1
    fields = {r["Field"]: r["Value"] for r in sheet_rows(out, "Year")}
    assert fields["Winner"] == "Lidingö stad"
    assert isinstance(fields["Decided (UTC)"], datetime)


def test_texts_stay_texts_and_lose_control_characters(
    demo_session: Session, tmp_path: Path
) -> None:
    year = year_id(demo_session, 2027)
    nominee = nominees.list_nominees(session=demo_session, year_id=year)[0]
    nominees.update_nominee(
        session=demo_session,
        nominee_id=nominee.id,  # type: ignore[arg-type]
        data=NomineeUpdate(
            nominated_by='=HYPERLINK("http://example.com","klicka")', summary="a\x0bb"
        ),
    )
    out = tmp_path / "y.xlsx"
    write_year(session=demo_session, year_id=year, path=out)
    row = next(r for r in sheet_rows(out, "Nominees") if r["UID"] == nominee.uid)
    assert row["Nominated by"] == '=HYPERLINK("http://example.com","klicka")'
    assert row["Summary"] == "ab"
    book = load_workbook(out)
    cells = [c for r in book["Nominees"].iter_rows() for c in r if c.value == row["Nominated by"]]
    assert cells and all(c.data_type == "s" for c in cells)


def test_contacts_only_when_asked(demo_session: Session, tmp_path: Path) -> None:
    out = tmp_path / "c.xlsx"
    write_year(session=demo_session, year_id=year_id(demo_session, 2027), path=out, contacts=True)
    assert "Contact e-mail" in sheet_rows(out, "Nominees")[0]
    assert "E-mail" in sheet_rows(out, "Jurors")[0]


# --- CSV ------------------------------------------------------------------------------


def test_csv_holds_the_scores_sheet_in_utf8_with_a_bom(
    demo_session: Session, exported_2027: Path, tmp_path: Path
) -> None:
    out = tmp_path / "2027.csv"
    counts = write_year(session=demo_session, year_id=year_id(demo_session, 2027), path=out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        header, *rows = list(csv.reader(handle))
    assert counts == {"Scores": len(rows)}
    xlsx = sheet_rows(exported_2027, "Scores")
    assert header == list(xlsx[0])
    assert len(rows) == len(xlsx)
    for got, want in zip(rows, xlsx, strict=True):
        record = dict(zip(header, got, strict=True))
        assert record["Juror UID"] == want["Juror UID"]
        if want["Value"] is None:
            assert record["Value"] == ""
        else:
            assert float(record["Value"]) == want["Value"]
    assert any("ö" in r[1] or "å" in r[1] or "ä" in r[1] for r in rows)  # Örebro, Borås, Gävle


def test_csv_neutralises_formulas() -> None:
    from nomdesk.reporting.spreadsheet_csv import csv_value

    assert csv_value("=1+1") == "'=1+1"
    assert csv_value("@SUM(A1)") == "'@SUM(A1)"
    assert csv_value("Örebro") == "Örebro"
    assert csv_value(7.0) == "7"
    assert csv_value(7.25) == "7.25"
    assert csv_value(None) == ""


# --- refusals ---------------------------------------------------------------------------


def test_an_unknown_suffix_or_folder_is_refused_and_nothing_is_written(
    demo_session: Session, tmp_path: Path
) -> None:
    year = year_id(demo_session, 2027)
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(ValidationError, match=r"\.xlsx or \.csv"):
        write_year(session=demo_session, year_id=year, path=folder / "y.ods")
    with pytest.raises(ValidationError, match="does not exist"):
        write_year(session=demo_session, year_id=year, path=folder / "nope" / "y.xlsx")
    assert list(folder.iterdir()) == []


def test_a_failed_write_keeps_the_old_file_and_leaves_no_partial_one(
    demo_session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "y.xlsx"
    out.write_bytes(b"the earlier export")

    def broken(tables, path: Path) -> None:
        path.write_bytes(b"half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(spreadsheet, "write_xlsx", broken)
    with pytest.raises(ValidationError, match="No space left"):
        write_year(session=demo_session, year_id=year_id(demo_session, 2027), path=out)
    assert out.read_bytes() == b"the earlier export"
    assert [p.name for p in folder.iterdir()] == ["y.xlsx"]
