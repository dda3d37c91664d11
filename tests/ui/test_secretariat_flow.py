"""Issue 3's test as one flow through the real widgets: a year copied from another, a joint
nominee with two initiatives made a finalist, another withdrawn, every step undone and
redone, a refused edit, Swedish labels, and the file reopened."""

import pytest
from sqlmodel import select

from nomdesk.db.models import AwardYear, Initiative, Nominee
from nomdesk.services import nominees as nominee_service
from nomdesk.ui import settings
from nomdesk.ui.dialogs.initiative_dialog import InitiativeDialog
from nomdesk.ui.dialogs.nominee_dialog import NomineeDialog
from nomdesk.ui.file_menu import open_workspace
from nomdesk.ui.main_window import MainWindow
from tests.ui.conftest import year_item
from tests.ui.test_dialogs import click_ok, new_year_dialog
from tests.ui.test_nominee_detail import fill_initiative
from tests.ui.test_nominees import (  # noqa: F401  (new_org_dialog_fills_in is a fixture)
    NEW_NAME,
    NEW_ORG,
    add_joint_nominee,
    choose,
    new_org_dialog_fills_in,
    show_nominees,
    withdraw_with_dialog,
)


def state(window) -> dict:
    """What the flow has written, read fresh from the file."""
    session = window.workspace.session
    session.expire_all()
    year = session.exec(select(AwardYear).where(AwardYear.year == 2029)).first()
    joint = session.exec(select(Nominee).where(Nominee.display_name == NEW_NAME)).first()
    lulea = session.exec(select(Nominee).where(Nominee.display_name == "Luleå kommun")).one()
    titles = []
    if joint is not None:
        query = select(Initiative.title).where(Initiative.nominee_id == joint.id)
        titles = list(session.exec(query.order_by(Initiative.position)))
    return {
        "year": year.uid if year else None,
        "joint": (joint.uid, joint.stage) if joint else None,
        "initiatives": titles,
        "lulea": (lulea.stage, lulea.withdrawn_reason),
    }


@pytest.mark.usefixtures("new_org_dialog_fills_in")
def test_a_secretariat_sets_up_a_year_and_enters_a_nomination(
    qtbot, window, demo_copy, dump, monkeypatch
) -> None:
    stack = window.workspace.undo_stack
    steps = {stack.index(): state(window)}  # the data after each undo step, by stack index

    def record() -> None:
        steps[stack.index()] = state(window)

    # A new year, copied from 2027 (criteria and jurors).
    dialog = new_year_dialog(qtbot, window)
    click_ok(qtbot, dialog)
    window.tree.reload(window.workspace.session, keep_year=dialog.created_year_id)
    record()

    # A joint nominee (Mora kommun and a new organisation) with two initiatives.
    add_joint_nominee(window, qtbot, monkeypatch)
    record()
    view = show_nominees(window)
    choose(view, NEW_NAME)
    panel = view.detail.initiatives
    for title in ("Gemensam e-tjänsteplattform", "Öppna data för Dalarna"):
        monkeypatch.setattr(InitiativeDialog, "exec", fill_initiative(title, "Open data"))
        panel.buttons["add"].click()
        record()

    # Finalist, then a 2027 nominee withdrawn with a reason.
    view.nominee_actions.finalist.trigger()
    record()
    window.tree.setCurrentItem(year_item(window, 2027))
    withdraw_with_dialog(
        window, qtbot, monkeypatch, "Luleå kommun", "Kommunen drog tillbaka nomineringen"
    )
    record()
    final = state(window)
    assert final["joint"][1] == "finalist"
    assert final["initiatives"] == ["Gemensam e-tjänsteplattform", "Öppna data för Dalarna"]
    assert final["lulea"] == ("withdrawn", "Kommunen drog tillbaka nomineringen")
    assert stack.index() >= 7  # year, organisation, nominee, two initiatives, finalist, withdrawal

    # Undo every step back to the start, then redo each: the same uids come back.
    while stack.canUndo():
        window.undo_action.trigger()
        if stack.index() in steps:
            assert state(window) == steps[stack.index()]
    assert state(window)["year"] is None
    while stack.canRedo():
        window.redo_action.trigger()
        if stack.index() in steps:
            assert state(window) == steps[stack.index()]
    assert state(window) == final

    # A refused edit: another nominee's name; the message sits beside the field.
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning", lambda *args: None)
    window.tree.setCurrentItem(year_item(window, 2029))
    view = show_nominees(window)
    choose(view, NEW_NAME)
    before = dump(demo_copy)
    edit = NomineeDialog(window.workspace, view.year_id, view, uid=view.current_uid())
    qtbot.addWidget(edit)
    edit.display_name.setText("")
    edit.accept()
    assert edit.result() == 0
    assert "needs a name" in " ".join(label.text() for label in edit.errors.labels.values())
    assert dump(demo_copy) == before

    # Swedish labels.
    settings.write(settings.LANGUAGE, "sv")
    window.retranslate()
    assert [window.tabs.tabText(i) for i in range(4)] == [
        "Översikt",
        "Nominerade",
        "Kriterier",
        "Jury",
    ]

    # Reopening the file shows everything.
    window.close()
    again = MainWindow(open_workspace(demo_copy))
    qtbot.addWidget(again)
    assert state(again) == final
    joint = again.workspace.session.exec(
        select(Nominee).where(Nominee.display_name == NEW_NAME)
    ).one()
    orgs = nominee_service.organisations_of(session=again.workspace.session, nominee_id=joint.id)
    assert [o.name for o in orgs] == ["Mora kommun", NEW_ORG]
    again.close()
