"""A year as an XLSX workbook (openpyxl, write-only, no Qt) or its scores as CSV.

    write_year(session=..., year_id=..., path=Path("2027.xlsx"))   # or "2027.csv"

Every sheet has a bold, frozen header row with a filter, columns as wide as their
content (up to a limit), numbers as numbers and times as dates (UTC). A text is never
taken for a formula. The file is written beside its target and renamed into place, so
a failed export leaves no half-written file.
"""

import os
import uuid
from collections.abc import Callable, Iterable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from sqlmodel import Session

from nomdesk.errors import ValidationError
from nomdesk.reporting.spreadsheet_tables import Column, Table, year_tables
from nomdesk.services.export_data import year_export

FORMATS = (".xlsx", ".csv")
MAX_CELL_TEXT = 32_767  # Excel's limit on the characters of one cell
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
DATE_FORMAT = "yyyy-mm-dd"
WIDTH_SAMPLE = 500  # rows measured for column widths
HEADER_FONT = Font(bold=True)


def write_year(
    *, session: Session, year_id: int, path: Path, contacts: bool = False
) -> dict[str, int]:
    """Write the year to `path` (.xlsx: every sheet; .csv: the scores); rows per sheet."""
    check_path(path)
    return write_tables(year_sheets(session=session, year_id=year_id, contacts=contacts), path)


def check_path(path: Path) -> None:
    if path.suffix.lower() not in FORMATS:
        raise ValidationError(
            "Export to a .xlsx or .csv file, not {name}.", field="path", name=path.name
        )


def year_sheets(*, session: Session, year_id: int, contacts: bool = False) -> list[Table]:
    """The sheets of the year, read from the database (the part that needs the session)."""
    return year_tables(year_export(session=session, year_id=year_id), contacts=contacts)


def write_tables(tables: list[Table], path: Path) -> dict[str, int]:
    """Write read sheets to `path` (no database needed, so it may run on a worker thread)."""
    check_path(path)
    if path.suffix.lower() == ".csv":
        from nomdesk.reporting.spreadsheet_csv import write_csv

        scores = next(t for t in tables if t.name == "Scores")
        write_atomically(path, lambda target: write_csv(scores, target))
        return {scores.name: len(scores.rows)}
    write_atomically(path, lambda target: write_xlsx(tables, target))
    return {t.name: len(t.rows) for t in tables}


def write_atomically(path: Path, write: Callable[[Path], None]) -> None:
    """Write through a temporary file in the same folder, renamed into place at the end."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ValidationError("The folder {folder} does not exist.", field="path", folder=folder)
    # A name of our own rather than mkstemp's: the file gets the usual permissions.
    temporary = folder / f".{path.name}.{uuid.uuid4().hex[:12]}.partial"
    try:
        write(temporary)
        os.replace(temporary, path)
    except OSError as err:
        temporary.unlink(missing_ok=True)
        raise ValidationError(
            "{name} cannot be written: {reason}",
            field="path",
            name=path.name,
            reason=err.strerror or str(err),
        ) from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def write_xlsx(tables: Iterable[Table], path: Path) -> None:
    workbook = Workbook(write_only=True)
    for table in tables:
        _write_sheet(workbook, table)
    workbook.save(path)


def _write_sheet(workbook: Workbook, table: Table) -> None:
    sheet = workbook.create_sheet(table.name)
    for index, width in enumerate(column_widths(table), start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    last = get_column_letter(len(table.columns))
    sheet.auto_filter.ref = f"A1:{last}{len(table.rows) + 1}"
    sheet.append([_header(sheet, column.header) for column in table.columns])
    converters = [_converter(sheet, column) for column in table.columns]
    for row in table.rows:
        sheet.append([convert(value) for convert, value in zip(converters, row, strict=True)])


def _header(sheet, text: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=text)
    cell.font = HEADER_FONT
    return cell


def _converter(sheet, column: Column) -> Callable[[Any], Any]:
    """A function from a value to what the sheet stores: plain values pass through,
    dates and formatted numbers become styled cells, texts are made safe."""

    def convert(value: Any) -> Any:
        if value is None or isinstance(value, bool | int):
            return value
        if isinstance(value, float):
            if column.number_format == "General":
                return value
            return _styled(sheet, value, column.number_format)
        if isinstance(value, datetime):
            return _styled(sheet, value.replace(tzinfo=None), DATETIME_FORMAT)
        if isinstance(value, date):
            return _styled(sheet, value, DATE_FORMAT)
        return _text(sheet, str(value))

    return convert


def _styled(sheet, value: Any, number_format: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=value)
    cell.number_format = number_format
    return cell


def clean_text(text: str) -> str:
    """Text a cell can hold: no control characters, at most Excel's 32,767 characters."""
    text = ILLEGAL_CHARACTERS_RE.sub("", text)
    return text if len(text) <= MAX_CELL_TEXT else text[: MAX_CELL_TEXT - 1] + "…"


def _text(sheet, text: str) -> Any:
    text = clean_text(text)
    if not text.startswith("="):
        return text
    cell = WriteOnlyCell(sheet, value=text)
    cell.data_type = "s"  # a nominee named "=HYPERLINK(…)" stays text, never a formula
    return cell


def column_widths(table: Table) -> list[float]:
    """Characters per column: the longest of the header and the first rows' values."""
    widths = []
    for index, column in enumerate(table.columns):
        longest = len(column.header) + 3  # room for the filter button
        for row in table.rows[:WIDTH_SAMPLE]:
            longest = max(longest, _shown_length(row[index]))
        widths.append(float(min(max(longest + 1, 6), column.max_width)))
    return widths


def _shown_length(value: Any) -> int:
    if value is None:
        return 0
    if isinstance(value, datetime):
        return len("2027-01-01 00:00")
    if isinstance(value, float):
        return min(len(f"{value:.2f}"), 12)
    text = str(value)
    return max(len(line) for line in text.splitlines()) if text else 0
