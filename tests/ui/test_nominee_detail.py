"""The nominee detail pane on the demo, driven through its widgets."""

import hashlib
from datetime import date

import pytest
from PySide6.QtCore import QDate, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from sqlmodel import select

from nomdesk.db.models import AwardYear, Initiative, Nominee
from nomdesk.services import attachments, initiatives, site_visits, years
from nomdesk.ui import settings
from nomdesk.ui.dialogs.initiative_dialog import InitiativeDialog, area_choices
from nomdesk.ui.dialogs.site_visit_dialog import SiteVisitDialog
from nomdesk.ui.views.nominee_detail import NomineeDetail
from nomdesk.ui.views.site_visits_panel import date_text


@pytest.fixture
def detail(qtbot, window) -> NomineeDetail:
    pane = NomineeDetail(window.workspace)
    qtbot.addWidget(pane)
    pane.resize(620, 760)
    pane.show()
    qtbot.waitExposed(pane)
    pane.activateWindow()
    return pane


def show(pane: NomineeDetail, year: int, name: str) -> Nominee:
    query = (
        select(Nominee)
        .join(AwardYear, AwardYear.id == Nominee.year_id)
        .where(AwardYear.year == year, Nominee.display_name == name)
    )
    nominee = pane.workspace.session.exec(query).one()
    pane.show_nominee(nominee.id)
    return nominee


def stored(pane: NomineeDetail, uid: str) -> Nominee:
    session = pane.workspace.session
    session.expire_all()
    return session.exec(select(Nominee).where(Nominee.uid == uid)).one()


def click(qtbot, button) -> None:
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def titles(pane: NomineeDetail) -> list[str]:
    tree = pane.initiatives.tree
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]


def select_row(panel, row: int) -> None:
    panel.tree.setCurrentItem(panel.tree.topLevelItem(row))


def type_into(qtbot, editor, text: str) -> None:
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    editor.selectAll()
    qtbot.keyClicks(editor, text)  # QTest types ASCII only


# --- nomination texts -------------------------------------------------------------------


def test_a_text_is_saved_when_it_loses_focus_and_undo_restores_it(qtbot, detail) -> None:
    nominee = show(detail, 2027, "Linköpings kommun")
    old, ws = nominee.proud_of, detail.workspace
    editor = detail.texts.editors["proud_of"]
    type_into(qtbot, editor, "Att invanarna marker skillnaden")
    assert stored(detail, nominee.uid).proud_of == old  # nothing saved while typing
    detail.texts.editors["effect"].setFocus()
    qtbot.waitUntil(lambda: not editor.hasFocus())
    assert stored(detail, nominee.uid).proud_of == "Att invanarna marker skillnaden"
    assert ws.undo_stack.count() == 1
    ws.undo_stack.undo()
    assert stored(detail, nominee.uid).proud_of == old
    assert editor.toPlainText() == old
    ws.undo_stack.redo()
    assert stored(detail, nominee.uid).proud_of == "Att invanarna marker skillnaden"
    assert editor.toPlainText() == "Att invanarna marker skillnaden"


def test_an_unchanged_field_saves_nothing_and_an_empty_english_text_is_none(qtbot, detail) -> None:
    nominee = show(detail, 2027, "Linköpings kommun")
    ws = detail.workspace
    editor = detail.texts.editors["lessons"]
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    detail.texts.editors["effect"].setFocus()
    qtbot.waitUntil(lambda: not editor.hasFocus())
    assert ws.undo_stack.count() == 0
    type_into(qtbot, detail.texts.editors["lessons_en"], " ")
    detail.texts.editors["effect"].setFocus()
    qtbot.waitUntil(lambda: not detail.texts.editors["lessons_en"].hasFocus())
    assert stored(detail, nominee.uid).lessons_en is None


def test_showing_another_nominee_saves_the_text_being_typed(qtbot, detail) -> None:
    first = show(detail, 2027, "Linköpings kommun")
    type_into(qtbot, detail.texts.editors["contact_name"], "Kim Kontakt")
    second = show(detail, 2027, "Borås stad")
    assert stored(detail, first.uid).contact_name == "Kim Kontakt"
    assert detail.texts.editors["contact_name"].text() == (second.contact_name or "")
    assert detail.name.text() == "Borås stad"


def test_a_refused_text_edit_says_why_and_changes_nothing(qtbot, detail, monkeypatch) -> None:
    nominee = show(detail, 2027, "Linköpings kommun")
    old, ws = nominee.summary, detail.workspace
    years.lock_year(session=ws.session, year_id=nominee.year_id, reason="locked elsewhere")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    editor = detail.texts.editors["summary"]
    type_into(qtbot, editor, "En ny sammanfattning")
    detail.texts.editors["effect"].setFocus()
    qtbot.waitUntil(lambda: not editor.hasFocus())
    assert len(shown) == 1
    assert "locked" in shown[0]
    assert stored(detail, nominee.uid).summary == old
    assert ws.undo_stack.count() == 0


# --- initiatives ------------------------------------------------------------------------


def fill_initiative(title: str, area: str | None = None):
    """A replacement for InitiativeDialog.exec that fills the dialog and presses OK."""

    def run(dialog: InitiativeDialog) -> int:
        dialog.title.setText(title)
        if area is not None:
            dialog.area.lineEdit().clear()
            dialog.area.lineEdit().insert(area)
        dialog.accept()
        return dialog.result()

    return run


def test_initiatives_are_added_reordered_given_a_new_area_and_removed(
    qtbot, detail, monkeypatch
) -> None:
    nominee = show(detail, 2027, "Luleå kommun")
    panel, ws = detail.initiatives, detail.workspace
    assert panel.count() == 0
    monkeypatch.setattr(InitiativeDialog, "exec", fill_initiative("Öppna data", "Open data"))
    click(qtbot, panel.buttons["add"])
    monkeypatch.setattr(InitiativeDialog, "exec", fill_initiative("Chattbot", "AI"))
    click(qtbot, panel.buttons["add"])
    assert titles(detail) == ["Öppna data", "Chattbot"]
    rows = initiatives.list_initiatives(session=ws.session, nominee_id=nominee.id)
    assert [r.area for r in rows] == ["open_data", "ai"]
    assert detail.tabs.tabText(1) == "Initiatives (2)"

    select_row(panel, 1)
    assert not panel.buttons["down"].isEnabled()
    click(qtbot, panel.buttons["up"])
    assert titles(detail) == ["Chattbot", "Öppna data"]
    assert panel.current_row() == 0
    ws.undo_stack.undo()
    assert titles(detail) == ["Öppna data", "Chattbot"]
    ws.undo_stack.redo()
    assert titles(detail) == ["Chattbot", "Öppna data"]

    select_row(panel, 1)
    monkeypatch.setattr(InitiativeDialog, "exec", fill_initiative("Öppna data", "Cybersäkerhet"))
    click(qtbot, panel.buttons["edit"])
    assert panel.tree.topLevelItem(1).text(1) == "Cybersäkerhet"
    assert "Cybersäkerhet" in settings.read(settings.INITIATIVE_AREAS)
    assert "Cybersäkerhet" in area_choices(ws.session, panel.award_id)

    select_row(panel, 0)
    removed = panel.current_uid()
    click(qtbot, panel.buttons["remove"])
    assert titles(detail) == ["Öppna data"]
    ws.undo_stack.undo()
    assert titles(detail) == ["Chattbot", "Öppna data"]
    back = ws.session.get(Initiative, ws.id_of(Initiative, removed))
    assert back.title == "Chattbot"


def test_a_refused_initiative_shows_the_message_beside_the_title(detail) -> None:
    show(detail, 2027, "Luleå kommun")
    panel = detail.initiatives
    dialog = panel.make_dialog()
    dialog.title.setText("   ")
    dialog.accept()
    label = dialog.errors.labels["title"]
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert label.isVisibleTo(dialog)
    assert label.text() == "The initiative needs a title."
    assert panel.count() == 0
    assert detail.workspace.undo_stack.count() == 0


def test_a_built_in_area_shows_translated_and_stores_its_code(detail) -> None:
    show(detail, 2027, "Linköpings kommun")
    select_row(detail.initiatives, 0)
    dialog = detail.initiatives.make_dialog(detail.initiatives.current_uid())
    assert dialog.area.currentText() == "AI"
    dialog.area.setCurrentIndex(dialog.area.findData("digital_twin"))
    assert dialog.area.currentText() == "Digital twin"
    assert dialog.values()["area"] == "digital_twin"


# --- site visits ------------------------------------------------------------------------


def test_a_site_visit_is_added_with_its_date(qtbot, detail, monkeypatch) -> None:
    nominee = show(detail, 2027, "Luleå kommun")
    panel, ws = detail.site_visits, detail.workspace

    def run(dialog: SiteVisitDialog) -> int:
        dialog.visited_on.setDate(QDate(2027, 3, 14))
        dialog.participants.setText("Anna Andersson, Bo Berg")
        dialog.notes.setPlainText("Ett bra besök.")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(SiteVisitDialog, "exec", run)
    click(qtbot, panel.buttons["add"])
    visits = site_visits.list_site_visits(session=ws.session, nominee_id=nominee.id)
    assert [(v.visited_on, v.participants) for v in visits] == [
        (date(2027, 3, 14), "Anna Andersson, Bo Berg")
    ]
    assert panel.tree.topLevelItem(0).text(0) == date_text(date(2027, 3, 14))
    assert "Ett bra besök." in panel.preview.toPlainText()
    ws.undo_stack.undo()
    assert panel.count() == 0


# --- attachments ------------------------------------------------------------------------


def test_an_attachment_is_added_opened_removed_and_restored(
    qtbot, detail, monkeypatch, tmp_path
) -> None:
    nominee = show(detail, 2027, "Luleå kommun")
    panel, ws = detail.attachments, detail.workspace
    content = b"%PDF-1.4 nomination\n" * 100
    source = tmp_path / "Nominering Luleå.pdf"
    source.write_bytes(content)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(source)], ""))
    click(qtbot, panel.buttons["add"])
    [row] = attachments.list_attachments(session=ws.session, nominee_id=nominee.id)
    assert (row.file_name, row.size) == ("Nominering Luleå.pdf", len(content))
    assert row.sha256 == hashlib.sha256(content).hexdigest()
    assert panel.tree.topLevelItem(0).text(0) == "Nominering Luleå.pdf"

    opened: list[QUrl] = []
    temp = tmp_path / "temp"
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _location: str(temp))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    click(qtbot, panel.buttons["open"])
    written = temp / "nomdesk" / row.uid / "Nominering Luleå.pdf"
    assert written.read_bytes() == content
    assert opened == [QUrl.fromLocalFile(str(written))]

    panel.tree.setFocus()
    qtbot.keyClick(panel.tree, Qt.Key.Key_Delete)  # the same as Remove
    assert panel.count() == 0
    ws.undo_stack.undo()
    assert panel.count() == 1
    assert panel.current_uid() == row.uid
    [again] = attachments.list_attachments(session=ws.session, nominee_id=nominee.id)
    assert again.uid == row.uid
    assert attachments.attachment_bytes(session=ws.session, attachment_id=again.id) == content


# --- a locked year ----------------------------------------------------------------------


def test_a_locked_year_is_read_only(qtbot, detail) -> None:
    show(detail, 2019, "Lidingö stad")
    assert detail.locked
    assert detail.lock_note.isVisible()
    assert all(editor.isReadOnly() for editor in detail.texts.editors.values())
    for panel in (detail.initiatives, detail.site_visits, detail.attachments):
        assert not panel.buttons["add"].isEnabled()
        assert not panel.buttons["remove"].isEnabled()
    assert detail.initiatives.count() == 1
    assert detail.initiatives.buttons["edit"].text() == "View…"
    dialog = detail.initiatives.make_dialog(detail.initiatives.current_uid())
    assert dialog.read_only and dialog.title.isReadOnly()
    detail.texts.save("proud_of")
    assert detail.workspace.undo_stack.count() == 0


def test_the_pane_empties_when_no_nominee_is_shown(detail) -> None:
    show(detail, 2027, "Linköpings kommun")
    assert detail.stack.currentIndex() == 1
    detail.show_nominee(None)
    assert detail.stack.currentIndex() == 0
    assert detail.nominee_id is None
