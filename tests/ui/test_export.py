"""File ▸ Export spreadsheet… as a secretary uses it: a save dialog, the file written on a
worker thread, a status bar message; a failure is a message and leaves no file."""

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog, QMessageBox

from nomdesk.ui.actions import export
from tests.ui.conftest import year_item


@pytest.fixture
def on_2027(window):
    window.tree.setCurrentItem(year_item(window, 2027))
    return window


def answer_save(monkeypatch: pytest.MonkeyPatch, name: str, chosen_filter: str = "") -> list:
    asked: list = []

    def save(parent, title, suggested, filters, *args, **kwargs):
        asked.append((title, suggested, filters))
        return name, chosen_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    return asked


def test_export_xlsx_from_the_menu(on_2027, qtbot, tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "2027.xlsx"
    asked = answer_save(monkeypatch, str(out))
    file_menu = on_2027.menuBar().actions()[0].menu()
    (item,) = [a for a in file_menu.actions() if a.text() == "&Export spreadsheet…"]
    item.trigger()
    # The file is written on a worker thread; the window says when it is done.
    qtbot.waitUntil(lambda: "Exported to" in on_2027.statusBar().currentMessage(), timeout=20_000)
    assert str(out) in on_2027.statusBar().currentMessage()
    ((title, suggested, filters),) = asked
    assert title == "Export spreadsheet"
    assert suggested.endswith("Sveriges DigitaliseringsKommun 2027.xlsx")
    assert "(*.xlsx)" in filters and "(*.csv)" in filters
    book = load_workbook(out)
    assert "Scores" in book.sheetnames and book["Nominees"].max_row == 10


def test_the_csv_filter_adds_the_suffix(on_2027, qtbot, tmp_path: Path, monkeypatch) -> None:
    answer_save(monkeypatch, str(tmp_path / "poäng"), "CSV, the scores only (*.csv)")
    assert export.run(on_2027) is not None
    qtbot.waitUntil(lambda: "Exported to" in on_2027.statusBar().currentMessage(), timeout=20_000)
    out = tmp_path / "poäng.csv"
    assert out.read_bytes().startswith(b"\xef\xbb\xbfRound,Nominee")


def test_a_failed_export_is_a_message_and_leaves_no_file(
    on_2027, qtbot, tmp_path: Path, monkeypatch
) -> None:
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *a: shown.append(text))
    answer_save(monkeypatch, str(tmp_path / "gone" / "y.xlsx"))
    worker = export.run(on_2027)
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert worker is not None
    assert shown == [f"The folder {tmp_path / 'gone'} does not exist."]
    assert not (tmp_path / "gone").exists()


def test_cancelling_the_save_dialog_does_nothing(on_2027, monkeypatch) -> None:
    answer_save(monkeypatch, "")
    assert export.run(on_2027) is None


def test_no_year_chosen_is_a_message(window, monkeypatch) -> None:
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *a: shown.append(text))
    window.tree.setCurrentItem(window.tree.topLevelItem(0))  # the award, not a year
    assert export.run(window) is None
    assert shown == ["Choose a year first."]
