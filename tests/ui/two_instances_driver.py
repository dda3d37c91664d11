"""One nomdesk instance, started through the app's own entry (`nomdesk.ui.app.start`),
driven through its widgets as a person would: the secretariat (sends a ballot, waits for
the juror's sheet, imports it) or the juror (opens the ballot, scores, exports).

    python -m tests.ui.two_instances_driver secretariat DB FOLDER RESULT.json
    python -m tests.ui.two_instances_driver juror BALLOT SHEET

Run by tests/ui/test_two_instances.py, each in its own process with its own home folder;
the two share nothing but the ballot and the score-sheet files.
"""

import json
import sys
import time
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog

from nomdesk.ui import app

JUROR = "Greta Påhittad"
# What the juror types per criterion (scales 0–10 step 0.5, and 1–5 for the third).
TYPED = ["7.5", "6", "4", "8"]


def secretariat(db: Path, folder: Path, result: Path) -> int:
    def drive(window) -> None:
        tree = window.tree
        for index in range(tree.topLevelItem(0).childCount()):
            item = tree.topLevelItem(0).child(index)
            if item.text(0).startswith("2027"):
                tree.setCurrentItem(item)
        window.tabs.setCurrentWidget(window.jury)
        window.jury.send_button.click()
        dialog = window.jury.dialog
        dialog.folder.edit.setText(str(folder / "ballots"))
        for index in range(dialog.jurors.count()):
            item = dialog.jurors.item(index)
            wanted = item.text().startswith(JUROR)
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
        dialog.write_button.click()
        dialog.reject()
        (folder / "ballots-written").touch()
        wait_for_sheet(window, time.monotonic())

    def wait_for_sheet(window, since: float) -> None:
        sheets = sorted((folder / "returned").glob("*.nomscores"))
        if not sheets and time.monotonic() - since < 120:
            QTimer.singleShot(200, lambda: wait_for_sheet(window, since))
            return
        import_sheets(window, sheets)

    def import_sheets(window, sheets: list[Path]) -> None:
        from nomdesk.ui.dialogs.import_sheets_dialog import ImportSheetsDialog

        QFileDialog.getOpenFileNames = lambda *a, **k: ([str(s) for s in sheets], "")
        seen = []

        def exec_(dialog) -> int:  # the person reads the preview and presses Import
            seen.append([card.status.text() for card in dialog.cards])
            dialog.import_button.click()
            return dialog.result()

        ImportSheetsDialog.exec = exec_
        window.tabs.setCurrentWidget(window.overview)
        action = next(
            a for a in window.findChildren(type(window.undo_action)) if "score &sheets" in a.text()
        )
        action.trigger()
        result.write_text(
            json.dumps(
                {
                    "sheets": [s.name for s in sheets],
                    "preview": seen,
                    "status": window.statusBar().currentMessage(),
                    "progress": window.overview.progress.summary.text(),
                }
            ),
            encoding="utf-8",
        )
        window.close()

    hooks = app.exit_hooks

    def exit_hooks(window) -> None:
        hooks(window)
        app.when_ready(window, lambda: drive(window))

    app.exit_hooks = exit_hooks
    return app.start(path=db, lang="en")


def juror(ballot: Path, sheet: Path) -> int:
    from nomdesk.ui import juror as juror_mode

    opened = juror_mode.open_ballot

    def open_ballot(path, parent=None, **kwargs):
        window = opened(path, parent, **kwargs)
        QTimer.singleShot(300, lambda: drive(window))
        return window

    def drive(window) -> None:
        names = window.nominee_list
        for index in range(names.topLevelItemCount()):
            names.setCurrentItem(names.topLevelItem(index))
            for row, text in zip(window.form.rows, TYPED, strict=True):
                row.spin.setFocus()
                row.spin.selectAll()
                QTest.keyClicks(row.spin, text)
            window.form.rows[0].comment.setFocus()
            QTest.keyClicks(window.form.rows[0].comment, f"Comment {index}")
            names.setFocus()
        QFileDialog.getSaveFileName = lambda *a, **k: (str(sheet), "")
        window.export_button.click()
        window.close()
        QApplication.instance().quit()

    juror_mode.open_ballot = open_ballot
    return app.start(path=ballot, lang="en")


if __name__ == "__main__":
    role, *args = sys.argv[1:]
    paths = [Path(a) for a in args]
    sys.exit(secretariat(*paths) if role == "secretariat" else juror(*paths))
