"""List and tree rows leave room above a capital with marks (Ö), in every list that
shows names."""

from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from nomdesk.ui.navigation import YearTree
from nomdesk.ui.roomy import MARGIN, RoomyDelegate, roomy_rows


def test_a_roomy_tree_has_rows_taller_than_the_font(qtbot) -> None:
    plain, roomy = QTreeWidget(), QTreeWidget()
    roomy_rows(roomy)
    for tree in (plain, roomy):
        qtbot.addWidget(tree)
        tree.addTopLevelItem(QTreeWidgetItem(["Örebro kommun"]))
        tree.show()
    height = roomy.visualItemRect(roomy.topLevelItem(0)).height()
    assert height >= roomy.fontMetrics().height() + MARGIN
    assert height > plain.visualItemRect(plain.topLevelItem(0)).height()


def test_the_year_tree_uses_roomy_rows(qtbot) -> None:
    tree = YearTree()
    qtbot.addWidget(tree)
    assert isinstance(tree.itemDelegate(), RoomyDelegate)
