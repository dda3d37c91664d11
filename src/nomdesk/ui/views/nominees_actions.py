"""What a secretary can do with the nominees of a year: the actions of the toolbar and the
context menu, enabled by the nominee's stage (design §1) and the year's lock."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox, QToolBar

from nomdesk.domain import stages
from nomdesk.services.rows import NomineeRow
from nomdesk.ui.dialogs.nominee_dialog import NomineeDialog
from nomdesk.ui.dialogs.withdraw_dialog import WithdrawDialog
from nomdesk.ui.forms import attempt
from nomdesk.ui.labels import stage_label
from nomdesk.ui.views import nominees_edits

if TYPE_CHECKING:
    from nomdesk.ui.views.nominees import NomineesView


def forward_to(stage: str | None, target: str) -> bool:
    """A move forward to `target` is allowed from `stage` (steps may be skipped)."""
    if stage is None or stages.move_problem(stage, target):
        return False
    return stages.rank_of(stage) < stages.rank_of(target)


def previous_stage(stage: str | None) -> str | None:
    """The stage one step back (finalist → shortlisted → nominated), if there is one."""
    if stage not in (stages.SHORTLISTED, stages.FINALIST):
        return None
    target = stages.ORDER[stages.rank_of(stage) - 1]
    return None if stages.move_problem(stage, target) else target


class NomineeActions(QObject):
    """The view's actions; `update_state` enables them for the chosen nominee."""

    def __init__(self, view: "NomineesView") -> None:
        super().__init__(view)
        self.view = view
        self.new = self._action(self.tr("&New nominee…"), self.new_nominee)
        self.edit = self._action(self.tr("&Edit…"), self.edit_nominee)
        self.shortlist = self._action(self.tr("&Shortlist"), self.shortlist_nominee)
        self.finalist = self._action(self.tr("Make &finalist"), self.make_finalist)
        self.step_back = self._action(self.tr("Step &back"), self.step_back_nominee)
        self.withdraw = self._action(self.tr("&Withdraw…"), self.withdraw_nominee)
        self.reinstate = self._action(self.tr("&Reinstate"), self.reinstate_nominee)
        self.delete = self._action(self.tr("&Delete"), self.delete_nominee)
        self._set_shortcuts()

    def _action(self, text: str, slot) -> QAction:
        act = QAction(text, self.view)
        act.triggered.connect(slot)
        return act

    def _set_shortcuts(self) -> None:
        self.new.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.new.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.view.addAction(self.new)
        self.edit.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        self.delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        for act in (self.edit, self.delete):
            act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.view.table.addAction(act)
        self.new.setToolTip(self.tr("Add a nominee to this year (Ctrl+N)"))
        self.withdraw.setToolTip(self.tr("Withdraw the nominee, with a reason"))

    def stage_actions(self) -> list[QAction]:
        return [self.shortlist, self.finalist, self.step_back, self.withdraw, self.reinstate]

    def fill_toolbar(self, bar: QToolBar) -> None:
        bar.addActions([self.new, self.edit])
        bar.addSeparator()
        bar.addActions(self.stage_actions())
        bar.addSeparator()
        bar.addAction(self.delete)

    def context_menu(self) -> QMenu:
        menu = QMenu(self.view)
        menu.addActions([self.edit, self.new])
        menu.addSeparator()
        menu.addActions(self.stage_actions())
        menu.addSeparator()
        menu.addAction(self.delete)
        return menu

    def update_state(self, row: NomineeRow | None, writable: bool) -> None:
        """Enable what the chosen nominee's stage allows; nothing when the year is locked."""
        stage = row.stage if row is not None and writable else None
        back = previous_stage(stage)
        self.new.setEnabled(writable)
        self.edit.setEnabled(stage is not None)
        self.shortlist.setEnabled(forward_to(stage, stages.SHORTLISTED))
        self.finalist.setEnabled(forward_to(stage, stages.FINALIST))
        self.step_back.setEnabled(back is not None)
        self.withdraw.setEnabled(stage not in (None, stages.WITHDRAWN, stages.WINNER))
        self.reinstate.setEnabled(stage == stages.WITHDRAWN)
        self.delete.setEnabled(stage not in (None, stages.WINNER))
        text = self.tr("Step &back to {stage}").format(stage=stage_label(back)) if back else ""
        self.step_back.setText(text or self.tr("Step &back"))

    # --- the edits --------------------------------------------------------------------

    def _row(self) -> NomineeRow | None:
        return self.view.current_row()

    def new_nominee(self) -> None:
        if self.view.year_id is None or not self.new.isEnabled():
            return
        dialog = NomineeDialog(self.view.workspace, self.view.year_id, self.view)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.nominee is not None:
            self.view.select_uid(dialog.nominee.uid, reveal=True)

    def edit_nominee(self) -> None:
        row = self._row()
        if row is None or not self.edit.isEnabled():
            return
        ws, year_id = self.view.workspace, self.view.year_id
        dialog = NomineeDialog(ws, year_id, self.view, uid=row.uid)  # type: ignore[arg-type]
        dialog.exec()

    def move_to(self, target: str) -> None:
        row = self._row()
        if row is not None:
            ws = self.view.workspace
            attempt(self.view, lambda: nominees_edits.change_stage(ws, row.uid, target))

    def shortlist_nominee(self) -> None:
        self.move_to(stages.SHORTLISTED)

    def make_finalist(self) -> None:
        self.move_to(stages.FINALIST)

    def step_back_nominee(self) -> None:
        row = self._row()
        back = previous_stage(row.stage if row else None)
        if back is not None:
            self.move_to(back)

    def withdraw_nominee(self) -> None:
        row = self._row()
        if row is None or not self.withdraw.isEnabled():
            return
        ws = self.view.workspace
        dialog = WithdrawDialog(
            row.name, lambda reason: nominees_edits.withdraw(ws, row.uid, reason), self.view
        )
        dialog.exec()

    def reinstate_nominee(self) -> None:
        row = self._row()
        if row is not None:
            attempt(self.view, lambda: nominees_edits.reinstate(self.view.workspace, row.uid))

    def delete_nominee(self) -> None:
        row = self._row()
        if row is None or not self.delete.isEnabled() or not self._confirm_delete(row):
            return
        attempt(self.view, lambda: nominees_edits.delete_nominee(self.view.workspace, row.uid))

    def _confirm_delete(self, row: NomineeRow) -> bool:
        answer = QMessageBox.question(
            self.view,
            self.tr("Delete nominee"),
            self.tr(
                "Delete {name} with its initiatives, site visits and attachments?\n"
                "Undo brings it all back."
            ).format(name=row.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes
