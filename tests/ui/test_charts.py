"""The Charts tab on the demo's 2027: what each chart plots is the ranking's own numbers."""

import math

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlmodel import select

from nomdesk.db.models import Juror
from nomdesk.domain import methods, scoring
from nomdesk.services import scores
from nomdesk.services.ranking import rank_round
from tests.ui.charts_helpers import items_of, open_charts, point_at, round_id

RANKING, CRITERIA, RADAR, HEATMAP = range(4)


def ranked(window, method: str = "mean"):
    session = window.workspace.session
    return rank_round(session=session, round_id=round_id(session), method=method)


def juror_names(window) -> dict[int, str]:
    return {j.id: j.name for j in window.workspace.session.exec(select(Juror))}


def test_ranking_bars_are_the_scores_and_the_dots_each_jurors_total(window, qtbot) -> None:
    view = open_charts(window, qtbot, page=RANKING)
    chart = view.pages[RANKING].chart
    expected = ranked(window)
    assert view.method_box.currentData() == "mean"  # the year's setting
    assert view.method_box.currentText() == "Mean (the year's setting)"
    assert "missing, from Fredrik Låtsasson (11), Greta Påhittad (24)." in view.note.text()
    (bars,) = items_of(chart, pg.BarGraphItem)
    scored = [r for r in expected.ranking.rows if r.score is not None]
    assert list(bars.opts["y"]) == list(range(len(scored)))  # best first, from the top
    assert np.allclose(bars.opts["width"], [r.score for r in scored])
    labels = chart.plot.getAxis("left").labels()
    assert labels[0] == f"1. {expected.names[scored[0].nominee_id]}"
    dots = sorted(x for item in items_of(chart, pg.ScatterPlotItem) for x in item.getData()[0])
    totals = scoring.complete_totals(expected.data)
    assert np.allclose(dots, sorted(t for own in totals.values() for t in own.values()))
    assert "Greta Påhittad (no complete total yet)" in chart.legend.text().replace("&nbsp;", " ")


@pytest.mark.parametrize("method", ["median", "zscore", "schulze"])
def test_the_method_picker_redraws_the_ranking(window, qtbot, method: str) -> None:
    view = open_charts(window, qtbot, page=RANKING)
    view.method_box.setCurrentIndex(view.method_box.findData(method))
    chart = view.pages[RANKING].chart
    expected = {r.nominee_id: r.score for r in ranked(window, method).ranking.rows}
    assert chart.bar_values.keys() == expected.keys()
    assert all(math.isclose(chart.bar_values[n], expected[n]) for n in expected)
    (bars,) = items_of(chart, pg.BarGraphItem)
    assert np.allclose(np.abs(list(expected.values())), bars.opts["width"])
    dots = items_of(chart, pg.ScatterPlotItem)  # each juror's dots, on one axis or the other
    totals = ranked(window, method).ranking.totals
    assert len(dots) == 7
    assert sum(len(d.getData()[0]) for d in dots) == sum(len(own) for own in totals.values())
    on_totals_axis = method == "median"
    assert chart.totals_view.isVisible() is not on_totals_axis
    assert chart.plot.getAxis("top").isVisible() is not on_totals_axis
    view.method_box.setCurrentIndex(view.method_box.findData("mean"))
    dots = items_of(chart, pg.ScatterPlotItem)
    assert len(dots) == 7
    assert all(d.getViewBox() is chart.plot.getViewBox() for d in dots)


def test_criteria_bars_compare_the_top_three_until_the_list_changes(window, qtbot) -> None:
    view = open_charts(window, qtbot, page=CRITERIA)
    page = view.pages[CRITERIA]
    expected = ranked(window)
    top = [r.nominee_id for r in expected.ranking.rows[:3]]
    assert page.checked_ids() == top
    bars = items_of(page.chart, pg.BarGraphItem)
    assert len(bars) == 3
    for bar, nominee_id in zip(bars, top, strict=True):
        row = expected.ranking.row(nominee_id)
        wanted = [row.criterion_means_100[c.id] for c in expected.data.criteria]
        assert np.allclose(bar.opts["width"], wanted)
    assert len(page.chart.values.texts()) == 3 * len(expected.data.criteria)  # each bar's mean
    assert page.chart.values.texts()[0] == "8.17"
    page.nominee_list.item(0).setCheckState(page.nominee_list.item(0).checkState().Unchecked)
    assert page.checked_ids() == top[1:]
    assert len(items_of(page.chart, pg.BarGraphItem)) == 2
    view.method_box.setCurrentIndex(view.method_box.findData("median"))
    assert page.checked_ids() == top[1:]  # a person's choice survives a redraw


def test_radar_shows_the_jury_mean_and_a_jurors_own_scores(window, qtbot) -> None:
    view = open_charts(window, qtbot, page=RADAR)
    page = view.pages[RADAR]
    expected = ranked(window)
    leader = expected.ranking.rows[0]
    assert page.nominee_box.currentData() == leader.nominee_id
    chart = page.chart
    assert chart.axes[0] == "Developing operations"  # English names in an English interface
    assert chart.names.texts()[0] == "Developing operations\n0–10"
    means = [leader.criterion_means[c.id] for c in expected.data.criteria]
    assert chart.series[0].values == means
    assert len(items_of(chart, pg.QtWidgets.QGraphicsPolygonItem)) == 1
    bengt = page.juror_box.findText("Bengt Provberg")
    page.juror_box.setCurrentIndex(bengt)
    own = [
        expected.data.scores[page.juror_box.currentData(), leader.nominee_id, c.id]
        for c in expected.data.criteria
    ]
    assert [s.name for s in chart.series] == ["Jury mean", "Bengt Provberg"]
    assert chart.series[1].values == own
    assert len(items_of(chart, pg.QtWidgets.QGraphicsPolygonItem)) == 2
    # The corner on the first axis (pointing up) lies at the share of the scale.
    low, high = chart.scales[0]
    _axis, x, y = chart.points[1][0]
    assert math.isclose(x, 0, abs_tol=1e-12) and math.isclose(y, (own[0] - low) / (high - low))


def test_radar_of_a_conflicted_juror_says_so(window, qtbot) -> None:
    view = open_charts(window, qtbot, page=RADAR)
    page = view.pages[RADAR]
    page.nominee_box.setCurrentIndex(page.nominee_box.findText("Örebro kommun"))
    page.juror_box.setCurrentIndex(page.juror_box.findText("David Fiktiv"))
    assert page.chart.points[1] == []
    assert "David Fiktiv has a conflict of interest" in page.chart.legend.text()


def test_heatmap_cells_are_each_jurors_z_scores(window, qtbot) -> None:
    view = open_charts(window, qtbot, page=HEATMAP)
    chart = view.pages[HEATMAP].chart
    expected = ranked(window)
    order = [r.nominee_id for r in expected.ranking.rows]
    jurors = expected.data.juror_ids
    by_juror = methods.by_juror(expected.ranking.totals, order)
    for r, juror_id in enumerate(jurors):
        own = methods.juror_z_scores(by_juror[juror_id]) if juror_id in by_juror else {}
        for c, nominee_id in enumerate(order):
            if nominee_id in own:
                assert math.isclose(chart.values[r, c], own[nominee_id], abs_tol=1e-12)
            else:
                assert math.isnan(chart.values[r, c])
    names = juror_names(window)
    rows = {names[j]: r for r, j in enumerate(jurors)}
    assert np.isnan(chart.values[rows["Greta Påhittad"]]).all()  # pending: a blank row
    orebro = order.index(next(n for n, name in expected.names.items() if name == "Örebro kommun"))
    assert math.isnan(chart.values[rows["David Fiktiv"], orebro])  # the conflict
    # Harsh and lenient jurors stand out in the last column.
    assert chart.leniency[rows["Bengt Provberg"], 0] < -10
    assert chart.leniency[rows["Cecilia Demostedt"], 0] > 5
    assert "-19.3" in chart.texts.texts() and "+12.9" in chart.texts.texts()
    assert "conflict of interest" in point_at(
        chart, chart.plot.getViewBox(), orebro, rows["David Fiktiv"]
    )


def test_hover_names_the_value_under_the_mouse(window, qtbot) -> None:
    view = open_charts(window, qtbot, page=RANKING)
    ranking = view.pages[RANKING].chart
    expected = ranked(window)
    leader = expected.ranking.rows[0]
    name = expected.names[leader.nominee_id]
    vb = ranking.plot.getViewBox()
    assert point_at(ranking, vb, 5, 0).startswith(f"{name}: Mean 73.92 (rank 1;")
    assert ranking.plot_widget.toolTip() == ranking.hover.text()
    names = juror_names(window)
    bengt = next(j for j, n in names.items() if n == "Bengt Provberg")
    total, y, nominee_id = ranking.points[bengt][0]
    text = point_at(ranking, vb, total, y)
    assert text == f"Bengt Provberg · {expected.names[nominee_id]}: total {total:.2f}"
    assert point_at(ranking, vb, 1, 2.5) == ranking.hint()  # between two bars
    view.tabs.setCurrentIndex(CRITERIA)
    criteria = view.pages[CRITERIA].chart
    row, length = criteria.bars[leader.nominee_id, expected.data.criteria[0].id]
    text = point_at(criteria, criteria.plot.getViewBox(), length / 2, row)
    assert text.startswith(f"{name} · Developing operations: mean 8.17 on 0–10")
    view.tabs.setCurrentIndex(HEATMAP)
    heatmap = view.pages[HEATMAP].chart
    text = point_at(heatmap, heatmap.plot.getViewBox(), 0, 0)
    assert text.startswith(f"Astrid Exempelsson · {name}: total ")
    columns = heatmap.values.shape[1]
    text = point_at(heatmap, heatmap.plot.getViewBox(), columns + 0.5, 1)
    assert text.startswith("Bengt Provberg: on average -19.31 points")
    view.tabs.setCurrentIndex(RADAR)
    radar = view.pages[RADAR].chart
    _axis, x, y = radar.points[0][0]
    assert (
        point_at(radar, radar.plot.getViewBox(), x, y)
        == "Jury mean · Developing operations: 8.17 on 0–10"
    )


@pytest.mark.parametrize("page", [RANKING, CRITERIA, RADAR, HEATMAP])
def test_save_chart_as_png_writes_the_chart(window, qtbot, tmp_path, monkeypatch, page) -> None:
    view = open_charts(window, qtbot, page=page)
    asked = []

    def answer(parent, title, start, filters):
        asked.append(start)
        return str(tmp_path / "chart"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    view.save_button.click()
    target = tmp_path / "chart.png"
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert target.stat().st_size > 10_000
    image = QImage(str(target))
    canvas = view.pages[page].chart.canvas
    assert (image.width(), image.height()) == (canvas.width(), canvas.height())
    assert image.width() > 600 and image.height() > 400
    kind = ("ranking", "criteria", "radar", "heatmap")[page]
    assert asked[0].endswith(f"2027-final-{kind}.png")
    assert window.statusBar().currentMessage() == f"Chart saved as {target}"


def test_a_chart_that_cannot_be_saved_says_where(window, qtbot, tmp_path, monkeypatch) -> None:
    view = open_charts(window, qtbot)
    target = tmp_path / "missing-folder" / "chart.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text: warned.append(text))
    view.save_button.click()
    assert warned == [f"The chart could not be saved as {target}."]
    assert not target.exists()


def test_cancelling_the_save_dialog_saves_nothing(window, qtbot, tmp_path, monkeypatch) -> None:
    view = open_charts(window, qtbot)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: ("", ""))
    view.save_button.click()
    assert list(tmp_path.glob("*.png")) == []
    assert window.statusBar().currentMessage() != ""  # unchanged: nothing was saved
    assert "Chart saved" not in window.statusBar().currentMessage()


def test_presentation_mode_shows_jurors_as_letters(window, qtbot) -> None:
    view = open_charts(window, qtbot, page=HEATMAP)
    heatmap = view.pages[HEATMAP].chart
    assert list(heatmap.plot.getAxis("left").labels().values())[:2] == [
        "Astrid Exempelsson",
        "Bengt Provberg",
    ]
    window.presentation_action.trigger()
    assert window.workspace.presentation
    assert "missing, from F (11), G (24)." in view.note.text()
    labels = list(heatmap.plot.getAxis("left").labels().values())
    assert labels == ["A", "B", "C", "D", "E", "F", "G"]
    assert point_at(heatmap, heatmap.plot.getViewBox(), 0, 1).startswith("B · ")
    view.tabs.setCurrentIndex(RANKING)
    legend = view.pages[RANKING].chart.legend.text()
    assert "Bengt" not in legend and "&nbsp;B" in legend
    view.tabs.setCurrentIndex(RADAR)
    juror_box = view.pages[RADAR].juror_box
    assert [juror_box.itemText(i) for i in range(1, juror_box.count())] == list("ABCDEFG")
    window.presentation_action.trigger()
    assert "Bengt Provberg" in view.pages[RADAR].juror_box.itemText(2)


def test_a_historical_year_shows_an_empty_state(window, qtbot) -> None:
    view = open_charts(window, qtbot, year=2023)
    assert view.stack.currentWidget() is view.empty
    assert view.empty.text() == "2023 has no scoring round, so there is nothing to chart."
    assert not view.pickers.isVisible() and not view.note.isVisible()
    window.tree.setCurrentItem(window.tree.topLevelItem(0))  # the award, not a year
    assert view.empty.text() == "Choose an award year on the left."
    view = open_charts(window, qtbot, year=2027)
    assert view.stack.currentIndex() == 0


def test_a_round_without_totals_shows_an_empty_state(window, qtbot) -> None:
    from nomdesk.services import rounds
    from nomdesk.services.schemas import RoundCreate

    session = window.workspace.session
    year_id = ranked(window).year.id
    rounds.create_round(
        session=session, year_id=year_id, data=RoundCreate(name="Extra", stage="finalist")
    )
    window.workspace.changed.emit()
    view = open_charts(window, qtbot)
    assert view.round_box.currentText() == "Extra"  # the latest round by default
    assert view.stack.currentWidget() is view.empty
    assert "No juror has a complete total in Extra 2027 yet" in view.empty.text()
    assert view.round_box.isVisible()  # a person can go back to a round with totals
    assert not view.save_button.isEnabled()
    view.round_box.setCurrentIndex(view.round_box.findText("Final"))
    assert view.stack.currentIndex() == 0
    assert view.save_button.isEnabled()


def test_a_score_change_redraws_the_chart(window, qtbot) -> None:
    view = open_charts(window, qtbot, page=RANKING)
    chart = view.pages[RANKING].chart
    before = dict(chart.bar_values)
    session = window.workspace.session
    data = ranked(window).data
    last = ranked(window).ranking.rows[-1].nominee_id
    names = juror_names(window)
    astrid = next(j for j, n in names.items() if n == "Astrid Exempelsson")
    for criterion in data.criteria:
        scores.set_score(
            session=session,
            round_id=round_id(session),
            juror_id=astrid,
            nominee_id=last,
            criterion_id=criterion.id,
            value=criterion.scale_max,
        )
    window.workspace.changed.emit()
    after = {r.nominee_id: r.score for r in ranked(window).ranking.rows}
    assert after[last] > before[last]
    assert chart.bar_values == after
    assert {n: t for t, _y, n in chart.points[astrid]}[last] == 100.0


def test_heatmap_paints_the_colour_of_each_value(window, qtbot) -> None:
    """What the screen shows: the cell's colour is the palette's colour for its value."""
    from nomdesk.ui.charts.heatmap import LENIENCY_LIMIT, Z_LIMIT, side_column
    from nomdesk.ui.charts.palette import diverging_rgba

    view = open_charts(window, qtbot, page=HEATMAP)
    chart = view.pages[HEATMAP].chart
    image = chart.plot_widget.grab().toImage()
    vb = chart.plot.getViewBox()

    def colour_at(x: float, y: float) -> tuple[int, int, int]:
        where = chart.plot_widget.mapFromScene(vb.mapViewToScene(QPointF(x, y)))
        found = image.pixelColor(where * image.devicePixelRatio())
        return found.red(), found.green(), found.blue()

    def near(got, value: float, limit: float) -> bool:
        wanted = diverging_rgba(np.array([value]), limit)[0][:3]
        return all(abs(int(a) - int(b)) <= 3 for a, b in zip(got, wanted, strict=True))

    # A corner of each cell, away from the number written in its middle.
    assert near(colour_at(0.3, 0.35), chart.values[0, 0], Z_LIMIT)
    assert near(colour_at(1.3, 1.35), chart.values[1, 1], Z_LIMIT)
    left, width = side_column(chart.values.shape[1])
    bengt = chart.leniency[1, 0]
    assert bengt < -10
    assert near(colour_at(left + 0.1 * width, 1.35), bengt, LENIENCY_LIMIT)
