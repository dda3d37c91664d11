"""Words and numbers the charts show. Method names and scores read as in the Results view
(its texts module is the one source of them)."""

from PySide6.QtCore import QLocale

from nomdesk.domain.rules import ON_TOTAL_SCALE
from nomdesk.domain.scoring import round_half_away
from nomdesk.ui.views.results_texts import method_hint, method_label, number, score_text

__all__ = [
    "ON_TOTAL_SCALE",
    "method_hint",
    "method_label",
    "number",
    "scale_text",
    "score_text",
    "signed",
]


def signed(value: float, digits: int = 2) -> str:
    """A difference with its sign: +1.50, −0.25."""
    rounded = round_half_away(value, digits)
    return ("+" if rounded > 0 else "") + number(rounded, digits)


def scale_text(low: float, high: float) -> str:
    """'0–10' in the locale's notation."""
    locale = QLocale()
    return f"{locale.toString(float(low), 'g', 6)}–{locale.toString(float(high), 'g', 6)}"
