"""File ▸ Winners report… through the real widgets: language, preview, Save as PDF."""

import subprocess
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.ui.conftest import year_item


def _open_report(window, qtbot, year: int):
    window.tree.setCurrentItem(year_item(window, year))
    action = next(a for a in window.findChildren(QAction) if a.text() == "&Winners report…")
    assert action.shortcut().toString() == "Ctrl+P"
    action.trigger()
    dialog = window.report_dialog
    qtbot.waitExposed(dialog)
    return dialog


def _text(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True)
    return " ".join(out.stdout.split())


def test_save_as_pdf_in_english_writes_the_draft_on_a_worker(window, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "report"  # no suffix: the dialog adds .pdf
    asked = []

    def save_name(parent, title, suggested, filters):
        asked.append((title, suggested, filters))
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    dialog = _open_report(window, qtbot, 2027)
    assert "draft" in dialog.summary.text()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    with qtbot.waitSignal(dialog.saved, timeout=20_000) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert not dialog.save_button.isEnabled()  # busy while the worker writes
        assert dialog.progress.isVisible()
    result = saved.args[0]
    assert result.path == tmp_path / "report.pdf" and result.draft and result.language == "en"
    assert asked[0][1].endswith("2027-en.pdf") and "*.pdf" in asked[0][2]
    text = _text(result.path)
    assert "Not yet decided" in text and "DRAFT" in text
    assert f"Page {result.pages} of {result.pages}" in text
    assert dialog.save_button.isEnabled() and dialog.open_button.isVisible()
    assert dialog.progress.maximum() == result.pages == dialog.progress.value()
    assert "report.pdf" in dialog.status.text()


def test_preview_paints_every_page_without_a_modal_loop(window, qtbot):
    dialog = _open_report(window, qtbot, 2019)
    assert "Lidingö stad" in dialog.summary.text()
    preview = dialog.make_preview()
    widget = preview.findChild(QPrintPreviewWidget)
    painted = []
    preview.paintRequested.connect(lambda printer: painted.append(printer))
    widget.updatePreview()
    assert painted and widget.pageCount() == 3
    preview.close()


def test_a_folder_that_does_not_exist_is_a_message_and_no_file(
    window, qtbot, tmp_path, monkeypatch
):
    missing = tmp_path / "missing" / "r.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(missing), ""))
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a))
    dialog = _open_report(window, qtbot, 2019)
    dialog.choose_file()
    qtbot.waitUntil(lambda: bool(warnings), timeout=10_000)
    assert "the folder does not exist" in warnings[0][2]
    assert not missing.parent.exists()
    assert dialog.save_button.isEnabled()


def test_without_a_year_chosen_it_says_so(window, qtbot, monkeypatch):
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a))
    window.tree.setCurrentItem(window.tree.topLevelItem(0))  # the award, not a year
    from nomdesk.ui.actions import report

    assert report.run(window) is None
    assert told and "Choose an award year first." in told[0][2]
