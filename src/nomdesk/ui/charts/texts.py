"""Words and numbers the charts show: method names, scores in the interface's locale."""

from PySide6.QtCore import QCoreApplication, QLocale

from nomdesk.domain.scoring import round_half_away

# Methods whose score lies on the totals' own 0–100 scale.
ON_TOTAL_SCALE = ("mean", "median", "trimmed")


def method_label(method: str) -> str:
    names = {
        "mean": QCoreApplication.translate("charts", "Mean"),
        "median": QCoreApplication.translate("charts", "Median"),
        "trimmed": QCoreApplication.translate("charts", "Trimmed mean"),
        "zscore": QCoreApplication.translate("charts", "Normalised mean (z-score)"),
        "borda": QCoreApplication.translate("charts", "Borda points (normalised)"),
        "schulze": QCoreApplication.translate("charts", "Schulze (pairwise wins)"),
    }
    return names.get(method, method)


def number(value: float | None, digits: int = 2) -> str:
    """A value as people read it: rounded half away from zero, in the locale's notation."""
    if value is None:
        return "–"
    return QLocale().toString(round_half_away(value, digits), "f", digits)


def score_text(method: str, value: float | None) -> str:
    """A method's score: Schulze's pairwise wins are whole numbers."""
    return number(value, 0 if method == "schulze" else 2)


def signed(value: float, digits: int = 2) -> str:
    """A difference with its sign: +1.50, −0.25."""
    rounded = round_half_away(value, digits)
    return ("+" if rounded > 0 else "") + number(rounded, digits)


def scale_text(low: float, high: float) -> str:
    """'0–10' in the locale's notation."""
    locale = QLocale()
    return f"{locale.toString(float(low), 'g', 6)}–{locale.toString(float(high), 'g', 6)}"
