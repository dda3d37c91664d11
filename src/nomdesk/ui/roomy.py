"""Rows with room to breathe: list and tree rows as tall as the font plus a margin, so
that Å, Ä and Ö keep their marks clear of the row above (Qt's default rows are tight)."""

from PySide6.QtCore import QModelIndex, QSize
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem

MARGIN = 8  # pixels added to the font's height


class RoomyDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), option.fontMetrics.height() + MARGIN))


def roomy_rows(view: QAbstractItemView) -> None:
    """Give `view` rows with a margin (the delegate belongs to the view)."""
    view.setItemDelegate(RoomyDelegate(view))
