"""The Overview's progress matrix: jurors × nominees, counts as services/progress has them."""

from PySide6.QtCore import Qt

from nomdesk.services import jurors, progress, rounds
from nomdesk.ui.views.progress_panel import LOOKS


def _state_of(symbol: str) -> str:
    return next(state for state, look in LOOKS.items() if look[0] == symbol)


def _expected(window):
    session = window.workspace.session
    year_id = window.overview.year_id
    round_ = rounds.find_round(session=session, year_id=year_id)
    return progress.round_progress(session=session, round_id=round_.id), year_id


def test_the_matrix_counts_match_the_progress_service(window) -> None:
    panel = window.overview.progress
    assert panel.isVisible()
    expected, year_id = _expected(window)
    model = panel.model
    people = jurors.list_jurors(session=window.workspace.session, year_id=year_id)
    assert [model.headerData(r, Qt.Orientation.Vertical) for r in range(len(people))] == [
        j.name for j in people
    ]
    assert model.rowCount() == len(people) + 1  # and the row of totals
    assert model.columnCount() == len(expected.nominee_ids) + 1
    for row, juror in enumerate(people):
        assert model.index(row, 0).data() == str(expected.missing_for(juror.id))
        for column, nominee_id in enumerate(expected.nominee_ids, start=1):
            symbol = model.index(row, column).data()
            assert _state_of(symbol) == expected.state(juror.id, nominee_id)
    total = len(people)
    assert model.index(total, 0).data() == str(expected.missing())
    per_nominee = [int(model.index(total, c).data()) for c in range(1, model.columnCount())]
    assert sum(per_nominee) == expected.missing() == 35
    assert f"({expected.missing()} missing)" in panel.summary.text()
    states = [model.index(r, c).data() for r in range(total) for c in range(1, 7)]
    assert {_state_of(s) for s in states} == {"complete", "partial", "missing", "conflict"}


def test_cells_say_what_they_mean_without_colour(window) -> None:
    model = window.overview.progress.model
    symbols = {look[0] for look in LOOKS.values()}
    assert len(symbols) == 4  # each state has its own symbol
    conflict = next(
        model.index(r, c)
        for r in range(model.rowCount() - 1)
        for c in range(1, model.columnCount())
        if model.index(r, c).data() == LOOKS["conflict"][0]
    )
    assert "conflict of interest" in conflict.data(Qt.ItemDataRole.ToolTipRole)
    assert "conflict of interest" in window.overview.progress.legend.text()


def test_clicking_a_juror_opens_their_sheet_on_the_scores_tab(window) -> None:
    panel = window.overview.progress
    row = next(
        r for r in range(len(panel.model.jurors)) if panel.model.jurors[r].name == "Greta Påhittad"
    )
    panel.table.verticalHeader().sectionClicked.emit(row)
    assert window.tabs.currentWidget() is window.scoring
    assert window.scoring.juror_box.currentText().startswith("Greta Påhittad")
    assert window.scoring.table.currentIndex() == window.scoring.model.index(0, 0)


def test_clicking_a_cell_opens_the_sheet_on_that_nominee(window) -> None:
    panel = window.overview.progress
    panel.table.clicked.emit(panel.model.index(0, 3))
    view = window.scoring
    assert window.tabs.currentWidget() is view
    assert view.juror_box.currentText().startswith(panel.model.jurors[0].name)
    assert view.model.nominee(view.table.currentIndex().row()).name == panel.model.nominees[2].name


def test_a_score_keyed_in_shows_in_the_matrix(window) -> None:
    panel = window.overview.progress
    before, _year = _expected(window)
    view = window.scoring
    window.tabs.setCurrentWidget(view)
    view.show_juror(next(j.id for j in panel.model.jurors if j.name == "Greta Påhittad"))
    view.model.setData(view.table.currentIndex(), 7.0)
    window.tabs.setCurrentWidget(window.overview)
    assert panel.model.index(panel.model.rowCount() - 1, 0).data() == str(before.missing() - 1)


def test_a_decided_year_without_a_round_shows_no_progress(window) -> None:
    from tests.ui.conftest import year_item

    window.tree.setCurrentItem(year_item(window, 2019))
    assert not window.overview.progress.isVisible()
