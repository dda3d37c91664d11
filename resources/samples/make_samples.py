"""Write nominees.xlsx from nominees.csv: the same answers as a web form's XLSX export
with English questions, a response id and a real date-time in the first columns.

    uv run python resources/samples/make_samples.py
"""

import csv
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

HERE = Path(__file__).resolve().parent
HEADERS = [
    "ID",
    "Start time",
    "Municipality",
    "County",
    "Nominated by",
    "Contact person",
    "Email",
    "What are you most proud of?",
    "What effect has it had?",
    "What have you learned?",
    "Initiative",
    "Description of the initiative",
]


def make_xlsx(source: Path = HERE / "nominees.csv", target: Path = HERE / "nominees.xlsx") -> Path:
    with source.open(encoding="utf-8-sig", newline="") as handle:
        _header, *rows = list(csv.reader(handle, delimiter=";"))
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Form1"
    sheet.append(HEADERS)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for number, (stamp, *answers) in enumerate(rows, start=1):
        sheet.append([number, datetime.strptime(stamp, "%Y-%m-%d %H:%M"), *answers])
    for row in sheet.iter_rows(min_row=2, min_col=2, max_col=2):
        row[0].number_format = "yyyy-mm-dd hh:mm"
    # Fixed metadata, so that running this again gives the same file.
    workbook.properties.created = workbook.properties.modified = datetime(2027, 2, 8, 12, 0)
    workbook.properties.creator = "nomdesk sample"
    workbook.save(target)
    return target


if __name__ == "__main__":
    print(make_xlsx())
