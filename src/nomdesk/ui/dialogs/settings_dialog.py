"""The settings dialog: the options a person may change, each stored with QSettings."""

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from nomdesk.ui import settings


def _hint(text: str) -> QLabel:
    """A dimmed explanation under a setting."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setEnabled(False)
    return label


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
        layout.addWidget(self._you_group())
        layout.addWidget(self._files_group())
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def _language_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Language"))
        self.language = QComboBox()
        # Each language is named in its own language, so anyone can find theirs.
        self.language.addItem(self.tr("System default"), "")
        self.language.addItem("Svenska", "sv")
        self.language.addItem("English", "en")
        current = self.language.findData(settings.read(settings.LANGUAGE))
        self.language.setCurrentIndex(max(current, 0))
        form = QFormLayout(group)
        form.addRow(self.tr("&Interface language:"), self.language)
        form.addRow(_hint(self.tr("Menus and views change to this language when you press OK.")))
        return group

    def _you_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("You"))
        self.user_name = QLineEdit(settings.read(settings.USER_NAME))
        self.user_name.setPlaceholderText(self.tr("Your name, e.g. Karin Lund"))
        self.user_name.setMaxLength(200)
        form = QFormLayout(group)
        form.addRow(self.tr("&Name in the audit log:"), self.user_name)
        form.addRow(
            _hint(
                self.tr(
                    "Every change is recorded with this name. Left empty, the computer's "
                    "user name is recorded. It applies to databases opened from now on."
                )
            )
        )
        return group

    def _files_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Files"))
        self.recent_count = QSpinBox()
        self.recent_count.setRange(1, 30)
        self.recent_count.setValue(settings.read(settings.RECENT_COUNT))
        self.exchange_folder = QLineEdit(settings.read(settings.EXCHANGE_FOLDER))
        self.exchange_folder.setPlaceholderText(
            self.tr("Not set: your Documents folder (in juror mode, the ballot's own folder)")
        )
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.exchange_folder, 1)
        row.addWidget(browse)
        folder = QWidget()
        folder.setLayout(row)
        form = QFormLayout(group)
        form.addRow(self.tr("&Recent databases to list:"), self.recent_count)
        form.addRow(self.tr("&Folder for ballots and score sheets:"), folder)
        return group

    def _browse(self) -> None:
        title = self.tr("Folder for ballots and score sheets")
        chosen = QFileDialog.getExistingDirectory(self, title, self.exchange_folder.text())
        if chosen:
            self.exchange_folder.setText(chosen)

    def accept(self) -> None:
        """Store every option, then close."""
        settings.write(settings.LANGUAGE, self.language.currentData())
        settings.write(settings.USER_NAME, self.user_name.text().strip())
        settings.write(settings.RECENT_COUNT, self.recent_count.value())
        settings.write(settings.EXCHANGE_FOLDER, self.exchange_folder.text().strip())
        super().accept()
