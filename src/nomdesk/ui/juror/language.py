"""Which of a text's two forms juror mode shows, and dates as the interface writes them."""

from datetime import date

from PySide6.QtCore import QDate, QLocale


def english() -> bool:
    """Whether the interface is not Swedish (then English forms are preferred)."""
    return QLocale().language() != QLocale.Language.Swedish


def pick(swedish: str | None, english_form: str | None) -> str:
    """The English form in an English interface when there is one; else the Swedish."""
    if english() and english_form:
        return english_form
    return swedish or english_form or ""


def date_text(day: date | None) -> str:
    if day is None:
        return ""
    return QLocale().toString(QDate(day), QLocale.FormatType.ShortFormat)


def decimals_of(*numbers: float) -> int:
    """How many decimals it takes to write each of `numbers` (a step of 0.25 needs 2)."""
    most = 0
    for value in numbers:
        text = f"{abs(float(value)):.9f}".rstrip("0")
        most = max(most, len(text.split(".")[1]) if "." in text else 0)
    return min(most, 6)
