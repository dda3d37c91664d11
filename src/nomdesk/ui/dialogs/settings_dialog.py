"""The settings dialog: the options a person may change, each stored with QSettings."""

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
)

from nomdesk.ui import settings


class SettingsDialog(QDialog):
    """Options grouped by topic; OK stores them, Cancel leaves them as they were."""

    def __init__(self, workspace, parent=None, **_kwargs) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Settings"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._language_group())
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def _language_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Language"))
        self.language = QComboBox()
        # Each language is named in its own language, so anyone can find theirs.
        self.language.addItem(self.tr("System default"), "")
        self.language.addItem("Svenska", "sv")
        self.language.addItem("English", "en")
        current = self.language.findData(settings.read(settings.LANGUAGE))
        self.language.setCurrentIndex(max(current, 0))
        note = QLabel(self.tr("Menus and views change to this language when you press OK."))
        note.setWordWrap(True)
        note.setEnabled(False)  # shown dimmed: a hint, not a setting
        form = QFormLayout(group)
        form.addRow(self.tr("&Interface language:"), self.language)
        form.addRow(note)
        return group

    def accept(self) -> None:
        """Store every option, then close."""
        settings.write(settings.LANGUAGE, self.language.currentData())
        super().accept()
