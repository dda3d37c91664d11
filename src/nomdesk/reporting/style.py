"""Colours and type sizes shared by the report and the score sheet (print-friendly)."""

from PySide6.QtGui import QColor

TEXT = QColor("#1d2433")
MUTED = QColor("#5d6678")
ACCENT = QColor("#1f4e79")  # headings, rules, bars
ACCENT_LIGHT = QColor("#e6edf5")  # table headers
STRIPE = QColor("#f5f7fa")  # every second table row
RULE = QColor("#c8d0db")
HIGHLIGHT = QColor("#c07f12")  # the winner (or the leader of a draft)
WATERMARK = QColor(190, 40, 40, 38)
WATERMARK_TEXT = QColor(170, 40, 40)  # the same mark, small and legible, in the margin

# Bars of the per-criterion chart, one colour per nominee; distinct in print and in grey.
SERIES = (
    QColor("#1f4e79"),
    QColor("#c07f12"),
    QColor("#4f8a3c"),
    QColor("#8e3b75"),
    QColor("#5fa3d3"),
    QColor("#8c8c8c"),
)

BODY = 9.5
SMALL = 8.0
TABLE = 8.5
H1 = 17.0
H2 = 12.5
H3 = 10.5
