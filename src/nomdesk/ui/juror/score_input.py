"""A spin box for one criterion's score: only values on the scale and its step, and a
"not scored" state just below the scale's minimum (reached with Down, or the Clear button)."""

from PySide6.QtCore import Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox, QWidget

from nomdesk.exchange.workspace_views import CriterionView
from nomdesk.ui.juror.language import decimals_of

EPSILON = 1e-9


def on_step(value: float, low: float, step: float) -> bool:
    """Whether (value − low)/step is a whole number (design §2, within 1e-9)."""
    ratio = (value - low) / step
    return abs(ratio - round(ratio)) <= EPSILON * max(1.0, abs(ratio))


class ScoreSpinBox(QDoubleSpinBox):
    """Up and Down move by the criterion's step; a typed value off the step is not taken
    (the last valid value comes back when the field is left, and `refused(text)` says so).
    Each valid value typed is a change at once, like every keystroke in juror mode."""

    refused = Signal(str)

    def __init__(self, criterion: CriterionView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.low, self.high, self.step = criterion.scale_min, criterion.scale_max, criterion.step
        self.setDecimals(decimals_of(self.low, self.high, self.step))
        self.setRange(self.low - self.step, self.high)  # the minimum means "not scored"
        self.setSingleStep(self.step)
        self.setSpecialValueText(self.tr("not scored"))
        self.setCorrectionMode(QDoubleSpinBox.CorrectionMode.CorrectToPreviousValue)
        self.setAccelerated(False)
        self.setFixedWidth(self.fontMetrics().horizontalAdvance(self.tr("not scored")) + 44)
        self.clear_value()

    def score(self) -> float | None:
        """The shown score, or None when not scored."""
        value = self.value()
        return None if value < self.low - EPSILON else value

    def set_score(self, value: float | None) -> None:
        self.setValue(self.minimum() if value is None else value)

    def clear_value(self) -> None:
        self.setValue(self.minimum())

    def focusOutEvent(self, event) -> None:
        if not self.hasAcceptableInput():
            self.refused.emit(self.cleanText())
        super().focusOutEvent(event)

    def validate(self, text: str, pos: int):
        if text.strip() == self.specialValueText():
            return QValidator.State.Acceptable, text, pos
        state, text, pos = super().validate(text, pos)[:3]
        if state == QValidator.State.Acceptable:
            value = self.valueFromText(text)
            if value < self.low - EPSILON or not on_step(value, self.low, self.step):
                state = QValidator.State.Intermediate
        return state, text, pos
