"""File ▸ Import nominees… as a secretary uses it: pick the file, check the preview,
confirm or refuse the loose matches, import; undo takes the whole import back."""

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from nomdesk.services import nominees
from nomdesk.services.schemas import NomineeCreate
from nomdesk.ui.actions import import_nominees
from nomdesk.ui.dialogs.import_nominees_dialog import ImportNomineesDialog
from tests.ui.conftest import year_item

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"


def content(path: Path) -> list[str]:
    """Every row of the file except the audit log (undo adds events; data must be back)."""
    con = sqlite3.connect(path)
    try:
        return [line for line in con.iterdump() if "audit_event" not in line]
    finally:
        con.close()


def names_2027(path: Path) -> set[str]:
    con = sqlite3.connect(path)
    try:
        rows = con.execute(
            """SELECT display_name FROM nominee n JOIN award_year y ON y.id = n.year_id
               WHERE y.year = 2027"""
        ).fetchall()
    finally:
        con.close()
    return {r[0] for r in rows}


@pytest.fixture
def on_2027(window):
    window.tree.setCurrentItem(year_item(window, 2027))
    return window


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []

    def warning(_parent, title, text, *args, **kwargs):
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return shown


def drive(monkeypatch: pytest.MonkeyPatch, path: Path, steps) -> list[ImportNomineesDialog]:
    """Answer the file dialog with `path`; run `steps(dialog)` instead of the modal loop."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    seen: list[ImportNomineesDialog] = []

    def exec_(dialog: ImportNomineesDialog) -> int:
        seen.append(dialog)
        steps(dialog)
        return dialog.result()

    monkeypatch.setattr(ImportNomineesDialog, "exec", exec_)
    return seen


def statuses(dialog: ImportNomineesDialog) -> dict[int, str]:
    model = dialog.rows_model
    return {o.number: model.data(model.index(r, 1)) for r, o in enumerate(model.outcomes)}


def test_import_the_sample_confirm_one_match_refuse_another_then_undo(
    on_2027, demo_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before, names_before = content(demo_copy), names_2027(demo_copy)

    def steps(dialog: ImportNomineesDialog) -> None:
        assert dialog.column_boxes["organisations"].currentText() == "Kommun"
        assert dialog.column_boxes["name"].currentText() == "(not in the file)"
        assert statuses(dialog) == {
            2: "Will be imported",
            3: "Will be imported",
            4: "Will be imported",
            5: "Will be imported",
            6: "Not imported",
            7: "Not imported",
            8: "Will be imported",
            9: "Not imported",
            10: "Will be imported",
            11: "Not imported",
        }
        reasons = {
            o.number: dialog.rows_model.data(dialog.rows_model.index(r, 4))
            for r, o in enumerate(dialog.rows_model.outcomes)
        }
        assert reasons[7] == "A nominee named Skellefteå kommun exists already this year."
        assert reasons[2] == "“Karlstad” taken as Karlstads kommun"
        assert "5 to check" in dialog.tabs.tabText(1)
        # The loose match "Karlstad" is refused: a new organisation is made instead.
        dialog.choose("Karlstad", create_new=True)
        assert dialog.rows_model.outcomes[0].name == "Karlstad"
        assert dialog.import_button.isEnabled()
        assert dialog.import_button.text().startswith("&Import 6")
        dialog.import_button.click()

    seen = drive(monkeypatch, SAMPLES / "nominees.csv", steps)
    import_nominees.run(on_2027)
    (dialog,) = seen
    assert dialog.imported is not None and dialog.imported.rows == [2, 3, 4, 5, 8, 10]
    added = names_2027(demo_copy) - names_before
    assert added == {
        "Karlstad",
        "Nacka kommun",
        "Mora, Orsa och Älvdalens kommuner",
        "Trosa kommun",
        "Region Gotland",
        "Ale kommun",
    }
    assert "Imported 6 nominee" in on_2027.statusBar().currentMessage()
    # One undo step takes the whole import back, redo brings it again.
    on_2027.undo_action.trigger()
    assert content(demo_copy) == before
    on_2027.redo_action.trigger()
    assert names_2027(demo_copy) - names_before == added


def test_cancel_writes_nothing(on_2027, demo_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    con = sqlite3.connect(demo_copy)
    before = list(con.iterdump())
    con.close()
    drive(monkeypatch, SAMPLES / "nominees.xlsx", lambda dialog: dialog.reject())
    dialog = import_nominees.run(on_2027)
    assert dialog is not None and dialog.imported is None
    con = sqlite3.connect(demo_copy)
    assert list(con.iterdump()) == before
    con.close()


def test_the_xlsx_sample_is_read_with_its_english_headers(
    on_2027, monkeypatch: pytest.MonkeyPatch
) -> None:
    def steps(dialog: ImportNomineesDialog) -> None:
        assert "XLSX, sheet Form1" in dialog.file_label.text()
        assert dialog.column_boxes["organisations"].currentText() == "Municipality"
        assert dialog.column_boxes["lessons"].currentText() == "What have you learned?"
        assert sum(s == "Will be imported" for s in statuses(dialog).values()) == 6
        dialog.reject()

    drive(monkeypatch, SAMPLES / "nominees.xlsx", steps)
    import_nominees.run(on_2027)


def test_changing_the_columns_changes_the_preview(on_2027, monkeypatch: pytest.MonkeyPatch) -> None:
    def steps(dialog: ImportNomineesDialog) -> None:
        dialog.set_column("organisations", None)
        assert not dialog.import_button.isEnabled()
        assert "Choose the column" in dialog.summary.text()
        assert set(statuses(dialog).values()) == {"Not imported"}
        # The "Nominerad av" column as the name: every row has one now.
        dialog.set_column("name", "Nominerad av")
        assert statuses(dialog)[2] == "Will be imported"
        assert dialog.rows_model.outcomes[0].name == "Region Värmland"
        dialog.reject()

    drive(monkeypatch, SAMPLES / "nominees.csv", steps)
    import_nominees.run(on_2027)


def test_a_nominee_added_meanwhile_refuses_the_import_and_keeps_the_dialog(
    on_2027, demo_copy: Path, monkeypatch: pytest.MonkeyPatch, messages
) -> None:
    def steps(dialog: ImportNomineesDialog) -> None:
        nominees.create_nominee(
            session=dialog.workspace.session,
            year_id=dialog.year_id,
            data=NomineeCreate(display_name="Ale kommun"),
        )
        snapshot = content(demo_copy)
        dialog.import_button.click()
        assert dialog.result() == 0  # not accepted: the dialog stays for another try
        assert content(demo_copy) == snapshot
        dialog.reject()

    seen = drive(monkeypatch, SAMPLES / "nominees.csv", steps)
    import_nominees.run(on_2027)
    (dialog,) = seen
    assert messages == [
        ("Nothing was imported", "The data changed since the preview; check the import again.")
    ]
    assert dialog.imported is None


def test_a_locked_year_is_refused_before_any_file_is_asked(
    window, monkeypatch: pytest.MonkeyPatch, messages
) -> None:
    window.tree.setCurrentItem(year_item(window, 2019))
    assert import_nominees.run(window) is None  # the file dialog would fail the test
    ((title, text),) = messages
    assert title == "Import nominees" and "2019 is locked" in text


def test_an_unreadable_file_is_a_message_naming_it(
    on_2027, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, messages
) -> None:
    path = tmp_path / "svar.xlsx"
    path.write_bytes(b"PK\x03\x04 not really")
    drive(monkeypatch, path, lambda dialog: pytest.fail("no dialog for a broken file"))
    assert import_nominees.run(on_2027) is None
    ((title, text),) = messages
    assert title == "Cannot read the file" and "svar.xlsx is not a readable XLSX file" in text


def test_the_menu_item_opens_the_import(on_2027, monkeypatch: pytest.MonkeyPatch) -> None:
    seen = drive(monkeypatch, SAMPLES / "nominees.csv", lambda dialog: dialog.reject())
    file_menu = on_2027.menuBar().actions()[0].menu()
    (item,) = [a for a in file_menu.actions() if a.text() == "Import &nominees…"]
    item.trigger()
    assert len(seen) == 1
