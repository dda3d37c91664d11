"""Reading a web form's export (CSV or XLSX) into a header and rows of text (no Qt).

CSV: the encoding is UTF-8 (with or without a byte-order mark), UTF-16 with a mark
(Excel's "Unicode text"), or else Windows-1252 (Excel's "CSV" on a Swedish Windows);
the delimiter is whichever of ";", "," and tab splits the first rows most consistently.
XLSX: the sheet named "Nominees" (a nomdesk export) or else the first sheet.
Row numbers are those a spreadsheet shows: the header is row 1 (or wherever the first
non-empty row is), empty rows keep their numbers and are skipped.
"""

import csv
import io
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from nomdesk.errors import ValidationError

MAX_BYTES = 20 * 1024 * 1024
MAX_ROWS = 10_000
DELIMITERS = (";", ",", "\t")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
ZIP_MAGIC = b"PK\x03\x04"


@dataclass
class SourceRow:
    number: int  # as a spreadsheet shows it
    cells: list[str]

    def cell(self, index: int | None) -> str:
        if index is None or index >= len(self.cells):
            return ""
        return self.cells[index]


@dataclass
class SourceTable:
    """What was read: the file's name and format, its header and its non-empty rows."""

    name: str
    kind: str  # "csv" or "xlsx"
    headers: list[str]
    rows: list[SourceRow] = field(default_factory=list)
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None


def read_table(path: Path) -> SourceTable:
    """The file's header and rows; a ValidationError says what is wrong with the file."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ValidationError(
                "{name} is larger than {mb} MB.", field="file", name=path.name, mb=MAX_BYTES >> 20
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise ValidationError("{name} does not exist.", field="file", name=str(path)) from None
    except OSError as err:
        raise ValidationError(
            "{name} cannot be read: {reason}", field="file", name=path.name, reason=err.strerror
        ) from None
    if path.suffix.lower() in XLSX_SUFFIXES or data.startswith(ZIP_MAGIC):
        return read_xlsx(path.name, data)
    return read_csv(path.name, data)


def _table(name: str, kind: str, rows: list[SourceRow], **extra) -> SourceTable:
    rows = [r for r in rows if any(c for c in r.cells)]
    if not rows:
        raise ValidationError("{name} holds no rows.", field="file", name=name)
    if len(rows) - 1 > MAX_ROWS:
        raise ValidationError(
            "{name} holds more than {count} rows.", field="file", name=name, count=MAX_ROWS
        )
    header, *body = rows
    width = max(len(r.cells) for r in rows)
    headers = header.cells + [""] * (width - len(header.cells))
    return SourceTable(name=name, kind=kind, headers=headers, rows=body, **extra)


# --- CSV ------------------------------------------------------------------------------


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding name) by the byte-order mark, else UTF-8, else Windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; they show as "�" rather than fail the file.
        return data.decode("cp1252", errors="replace"), "cp1252"


def _sniff_delimiter(text: str) -> str:
    """The delimiter giving the header several columns and the most rows of its width."""
    sample = text[: 64 * 1024].splitlines()[:30]
    best, best_score = ",", (-1, -1)
    for delimiter in DELIMITERS:
        try:
            rows = [r for r in csv.reader(sample, delimiter=delimiter) if r]
        except csv.Error:
            continue
        if not rows:
            continue
        width = len(rows[0])
        score = (width > 1, sum(len(r) == width for r in rows), width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def read_csv(name: str, data: bytes) -> SourceTable:
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ValidationError("{name} is not a CSV or XLSX file.", field="file", name=name)
    text, encoding = decode(data)
    delimiter = _sniff_delimiter(text)
    rows = []
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        for number, cells in enumerate(reader, start=1):
            rows.append(SourceRow(number, [c.strip() for c in cells]))
    except csv.Error as err:
        raise ValidationError(
            "{name} is not a readable CSV file: {reason}", field="file", name=name, reason=str(err)
        ) from None
    return _table(name, "csv", rows, encoding=encoding, delimiter=delimiter)


# --- XLSX -----------------------------------------------------------------------------


def cell_text(value: object) -> str:
    """A cell's value as text: whole numbers without ".0", dates as YYYY-MM-DD."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def read_xlsx(name: str, data: bytes) -> SourceTable:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as err:
        raise ValidationError(
            "{name} is not a readable XLSX file: {reason}", field="file", name=name, reason=str(err)
        ) from None
    try:
        sheet = (
            workbook["Nominees"] if "Nominees" in workbook.sheetnames else workbook.worksheets[0]
        )
        rows = []
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = [cell_text(v) for v in values]
            while cells and not cells[-1]:
                cells.pop()
            if cells:
                rows.append(SourceRow(number, cells))
            if len(rows) > MAX_ROWS + 1:
                break  # _table refuses it; reading on would only cost time
        return _table(name, "xlsx", rows, sheet=sheet.title)
    finally:
        workbook.close()
