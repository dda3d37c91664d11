"""Reading a web form's export: encodings, delimiters, XLSX, and files that are not one."""

import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from nomdesk.errors import ValidationError
from nomdesk.services import nominee_import_file
from nomdesk.services.nominee_import_file import read_table

ROWS = [
    ["Kommun", "Län", "Motivering"],
    ["Älvdalens kommun", "Dalarnas län", "Vi är stolta över vår e-tjänst; den är bäst."],
    ["Göteborgs stad", "Västra Götalands län", "Öppna data, åäö ÅÄÖ"],
]


def write_csv(path: Path, delimiter: str, encoding: str) -> Path:
    def field(text: str) -> str:
        return f'"{text}"' if delimiter in text or ";" in text else text

    lines = [delimiter.join(field(c) for c in row) for row in ROWS]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "utf-16"])
@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
def test_csv_encodings_and_delimiters(tmp_path: Path, encoding: str, delimiter: str) -> None:
    source = read_table(write_csv(tmp_path / "form.csv", delimiter, encoding))
    assert source.delimiter == delimiter
    assert source.encoding == encoding
    assert source.headers == ROWS[0]
    assert [r.cells for r in source.rows] == ROWS[1:]
    assert [r.number for r in source.rows] == [2, 3]


def test_empty_rows_are_skipped_but_keep_their_numbers(tmp_path: Path) -> None:
    path = tmp_path / "f.csv"
    path.write_text("\n\nNamn;Kommun\nA;Ale\n;\n\nB;Bjuv\n", encoding="utf-8")
    source = read_table(path)
    assert source.headers == ["Namn", "Kommun"]
    assert [(r.number, r.cells) for r in source.rows] == [(4, ["A", "Ale"]), (7, ["B", "Bjuv"])]


def test_a_quoted_cell_may_hold_line_breaks(tmp_path: Path) -> None:
    path = tmp_path / "f.csv"
    path.write_text('Namn;Motivering\nA;"rad ett\nrad två"\nB;kort\n', encoding="utf-8")
    source = read_table(path)
    assert [r.cells[1] for r in source.rows] == ["rad ett\nrad två", "kort"]
    assert [r.number for r in source.rows] == [2, 3]  # rows as a spreadsheet counts them


def test_xlsx_reads_the_first_sheet_with_numbers_and_dates_as_text(tmp_path: Path) -> None:
    from datetime import datetime

    book = Workbook()
    sheet = book.active
    sheet.append(["Kommun", "Invånare", "Inskickad", None])
    sheet.append(["Åre kommun", 11500, datetime(2027, 2, 3), None])
    sheet.append([None, None, None, None])
    sheet.append(["Övertorneå kommun", 4.5, datetime(2027, 2, 3, 9, 30), None])
    book.save(tmp_path / "f.xlsx")
    source = read_table(tmp_path / "f.xlsx")
    assert (source.kind, source.sheet) == ("xlsx", "Sheet")
    assert source.headers == ["Kommun", "Invånare", "Inskickad"]
    assert [(r.number, r.cells) for r in source.rows] == [
        (2, ["Åre kommun", "11500", "2027-02-03"]),
        (4, ["Övertorneå kommun", "4.5", "2027-02-03 09:30:00"]),
    ]


def test_xlsx_prefers_a_sheet_named_nominees(tmp_path: Path) -> None:
    book = Workbook()
    book.active.append(["Year"])
    book.create_sheet("Nominees").append(["Name"])
    book["Nominees"].append(["Ale kommun"])
    book.save(tmp_path / "export.xlsx")
    source = read_table(tmp_path / "export.xlsx")
    assert (source.sheet, source.headers, source.rows[0].cells) == (
        "Nominees",
        ["Name"],
        ["Ale kommun"],
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "holds no rows"),
        (b"\n\n;;\n", "holds no rows"),
        (b"\x00\x01\x02binary\x00", "not a CSV or XLSX file"),
        (b"PK\x03\x04 broken zip", "not a readable XLSX file"),
    ],
)
def test_files_that_are_not_a_table_are_refused_with_the_file_named(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "svar.csv"
    path.write_bytes(content)
    with pytest.raises(ValidationError, match=message) as info:
        read_table(path)
    assert "svar.csv" in str(info.value)
    assert info.value.field == "file"


def test_a_zip_that_is_not_a_workbook_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "svar.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "hej")
    with pytest.raises(ValidationError, match="not a readable XLSX file"):
        read_table(path)


def test_a_missing_file_and_too_many_rows_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(ValidationError, match="does not exist"):
        read_table(tmp_path / "borta.csv")
    monkeypatch.setattr(nominee_import_file, "MAX_ROWS", 2)
    path = tmp_path / "many.csv"
    path.write_text("Namn\nA\nB\nC\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="more than 2 rows"):
        read_table(path)
