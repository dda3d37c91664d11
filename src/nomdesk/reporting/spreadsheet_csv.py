"""A table as CSV: UTF-8 with a byte-order mark, comma-separated, decimal points.

The byte-order mark makes Excel read å ä ö as UTF-8 (without it Excel assumes the
system's ANSI code page). Commas and decimal points are RFC 4180 and what scripts,
LibreOffice and an English Excel expect; a Swedish Excel, whose list separator is ";",
opens the XLSX instead, or imports the CSV with Data ▸ From Text/CSV. Texts that a
spreadsheet would run as a formula (starting with = + - @) get a leading apostrophe.
"""

import csv
from datetime import date, datetime
from pathlib import Path
from typing import Any

from nomdesk.reporting.spreadsheet_tables import Table

ENCODING = "utf-8-sig"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def write_csv(table: Table, path: Path) -> None:
    with path.open("w", encoding=ENCODING, newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(table.headers)
        writer.writerows([csv_value(v) for v in row] for row in table.rows)


def csv_value(value: Any) -> str:
    """A value as CSV text: whole floats without ".0", times as "YYYY-MM-DD HH:MM:SS"."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        return value.replace(tzinfo=None, microsecond=0).isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text
