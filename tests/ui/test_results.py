"""The Results tab on a copy of the demo: rankings under each method, the comparison, the
banners for ties and missing scores, presentation mode, and years without scores."""

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from sqlmodel import select

from nomdesk.db.models import AwardYear, Criterion, Juror, Nominee, ScoringRound
from nomdesk.domain.rules import METHODS
from nomdesk.domain.scoring import round_half_away
from nomdesk.services import ranking, rounds, scores, years
from nomdesk.services.schemas import RoundCreate, YearUpdate
from tests.ui.conftest import year_item


def _plural(text: str, n: int) -> str:
    """A plural text as the translator gives it (English plural forms included)."""
    return QCoreApplication.translate("ResultsView", text, "", n)


def _results(window, year: int = 2027):
    window.tree.setCurrentItem(year_item(window, year))
    window.show_tab("results")
    view = window.results
    assert view.isVisible()
    return view


def _column(view, title: str) -> int:
    model = view.table.model()
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return titles.index(title)


def _shown(view, title: str, role=Qt.ItemDataRole.DisplayRole) -> list:
    """A column's cells as the table shows them, top to bottom."""
    model, column = view.table.model(), _column(view, title)
    return [model.index(r, column).data(role) for r in range(model.rowCount())]


def _demo(window):
    session = window.workspace.session
    year = session.exec(select(AwardYear).where(AwardYear.year == 2027)).one()
    round_ = session.exec(select(ScoringRound).where(ScoringRound.year_id == year.id)).one()
    return session, year, round_


def _nominee(session, name: str) -> Nominee:
    return session.exec(select(Nominee).where(Nominee.display_name == name)).one()


def _edited(window, edit) -> None:
    """An edit through a service, announced as the undo stack's commands announce theirs."""
    edit()
    window.workspace.changed.emit()


def test_2027_ranks_the_finalists_under_each_method(window) -> None:
    view = _results(window)
    session, year, round_ = _demo(window)
    assert view.current_method() == year.default_method == "mean"
    assert "(the year's setting)" in view.method_box.currentText()
    for index, method in enumerate(METHODS):
        view.method_box.setCurrentIndex(index)
        expected = ranking.rank_round(session=session, round_id=round_.id, method=method)
        rows = expected.ranking.rows
        assert _shown(view, "Nominee") == [expected.names[r.nominee_id] for r in rows]
        assert _shown(view, "Rank") == [str(r.rank) for r in rows]
        digits = 0 if method == "schulze" else 2
        assert _shown(view, "Score") == [
            f"{round_half_away(r.score, digits):.{digits}f}" for r in rows
        ]
        assert _shown(view, "Jurors") == [str(r.jurors) for r in rows]
    view.choose_method("mean")
    first = ranking.rank_round(session=session, round_id=round_.id).ranking.rows[0]
    criteria = session.exec(
        select(Criterion).where(Criterion.year_id == year.id).order_by(Criterion.position)
    ).all()
    for criterion in criteria:  # English interface: the English names head the columns
        shown = _shown(view, criterion.name_en)[0]
        assert shown == f"{round_half_away(first.criterion_means[criterion.id], 2):.2f}"
    assert _shown(view, "Max − min")[0] == f"{round_half_away(first.range, 2):.2f}"
    assert _shown(view, "SD")[0] == f"{round_half_away(first.sd, 2):.2f}"
    assert set(_shown(view, "Scores")) <= {"complete"} | {f"{n} missing" for n in range(1, 30)}
    assert _plural("%n nominee(s) ranked", 6) in view.summary.text()


def test_sorting_by_a_column_and_back_by_rank(window) -> None:
    view = _results(window)
    view.table.sortByColumn(_column(view, "Nominee"), Qt.SortOrder.AscendingOrder)
    names = _shown(view, "Nominee")
    assert names == sorted(names)
    view.table.sortByColumn(_column(view, "SD"), Qt.SortOrder.AscendingOrder)
    sds = [float(s) for s in _shown(view, "SD")]
    assert sds == sorted(sds)
    view.table.sortByColumn(_column(view, "Score"), Qt.SortOrder.DescendingOrder)
    assert _shown(view, "Rank") == ["6", "5", "4", "3", "2", "1"]
    view.table.sortByColumn(_column(view, "Rank"), Qt.SortOrder.AscendingOrder)
    assert _shown(view, "Rank") == ["1", "2", "3", "4", "5", "6"]
    # The row picked stays picked when the method changes.
    view.table.selectRow(2)
    picked = view.selected_nominee()
    view.choose_method("schulze")
    assert view.selected_nominee() == picked


def test_the_comparison_agrees_then_warns_when_one_juror_moves_first_place(window) -> None:
    view = _results(window)
    panel = view.comparison
    assert panel.agreement.text() == "Every method puts Skellefteå kommun first."
    assert panel.warning.isHidden()
    assert panel.table.rowCount() == len(METHODS)
    assert panel.table.item(0, 1).text() == "Skellefteå kommun (73.92)"
    assert panel.table.item(0, 2).text().startswith("Linköpings kommun")
    session, year, round_ = _demo(window)
    harsh = session.exec(select(Juror).where(Juror.name == "Bengt Provberg")).one()
    linkoping = _nominee(session, "Linköpings kommun")
    criteria = session.exec(select(Criterion).where(Criterion.year_id == year.id)).all()

    def full_marks():
        for c in criteria:
            scores.set_score(
                session=session,
                round_id=round_.id,
                juror_id=harsh.id,
                nominee_id=linkoping.id,
                criterion_id=c.id,
                value=c.scale_max,
            )

    _edited(window, full_marks)
    assert panel.warning.isVisible() and panel.agreement.isHidden()
    warning = panel.warning.text()
    assert "The methods disagree on first place." in warning
    assert "Mean, Median, Trimmed mean, Normalised mean (z-score): Linköpings kommun" in warning
    assert "Borda (normalised), Schulze (pairwise wins): Skellefteå kommun" in warning
    rows = {panel.table.item(r, 0).data(Qt.ItemDataRole.UserRole): r for r in range(6)}
    assert panel.table.item(rows["mean"], 1).text().startswith("Linköpings kommun")
    assert panel.table.item(rows["borda"], 1).text().startswith("≠ Skellefteå kommun")
    assert not panel.table.item(rows["median"], 1).text().startswith("≠")
    # The ranking above follows the edit too.
    assert _shown(view, "Nominee")[0] == "Linköpings kommun"
    # Activating a method's row shows the ranking under it.
    panel.table.cellActivated.emit(rows["schulze"], 0)
    assert view.current_method() == "schulze"
    assert _shown(view, "Nominee")[0] == "Skellefteå kommun"
    assert panel.table.item(rows["mean"], 1).text().startswith("≠ Linköpings kommun")


def test_missing_scores_banner_and_presentation_mode(window) -> None:
    view = _results(window)
    banner = view.missing.text()
    assert view.missing.isVisible()
    assert banner.startswith(_plural("%n score(s) missing, from {who}.", 35).split(",")[0])
    assert "Fredrik Låtsasson (11)" in banner and "Greta Påhittad (24)" in banner
    jurors_tip = _shown(view, "Jurors", Qt.ItemDataRole.ToolTipRole)
    missing_tip = _shown(view, "Scores", Qt.ItemDataRole.ToolTipRole)
    assert any("Conflict of interest: David Fiktiv" in t for t in jurors_tip)
    assert all("Greta Påhittad" in t for t in missing_tip)
    window.presentation_action.trigger()  # View ▸ Presentation mode
    banner = view.missing.text()
    assert "F (11)" in banner and "G (24)" in banner and "Greta" not in banner
    jurors_tip = _shown(view, "Jurors", Qt.ItemDataRole.ToolTipRole)
    missing_tip = _shown(view, "Scores", Qt.ItemDataRole.ToolTipRole)
    assert any("Conflict of interest: D" in t for t in jurors_tip)
    assert jurors_tip[0].startswith("Complete totals from: A, B, C")
    texts = " ".join(jurors_tip + missing_tip + [banner])
    for name in ("Astrid", "Bengt", "Cecilia", "David", "Elin", "Fredrik", "Greta"):
        assert name not in texts
    window.presentation_action.trigger()
    assert "Greta Påhittad (24)" in view.missing.text()


def _copy_scores(session, round_id, source: Nominee, target: Nominee) -> None:
    """Give `target` exactly `source`'s scores, so that they tie under every method."""
    sheet_rows = scores.list_scores(session=session, round_id=round_id)
    have = {(s.juror_id, s.criterion_id): s.value for s in sheet_rows if s.nominee_id == source.id}
    old = {(s.juror_id, s.criterion_id) for s in sheet_rows if s.nominee_id == target.id}
    for juror_id, criterion_id in old - set(have):
        scores.clear_score(
            session=session,
            round_id=round_id,
            juror_id=juror_id,
            nominee_id=target.id,
            criterion_id=criterion_id,
        )
    for (juror_id, criterion_id), value in have.items():
        scores.set_score(
            session=session,
            round_id=round_id,
            juror_id=juror_id,
            nominee_id=target.id,
            criterion_id=criterion_id,
            value=value,
        )


def test_a_shared_first_place_shows_the_tie_banner(window) -> None:
    view = _results(window)
    assert view.ties.isHidden()
    session, year, round_ = _demo(window)
    skelleftea, gavle = _nominee(session, "Skellefteå kommun"), _nominee(session, "Gävle kommun")
    _edited(window, lambda: _copy_scores(session, round_.id, skelleftea, gavle))
    assert view.ties.isVisible()
    assert view.ties.text() == "First place is shared: Gävle kommun, Skellefteå kommun."
    assert _shown(view, "Rank")[:3] == ["1", "1", "3"]
    chain = [{"kind": "chair"}, {"kind": "jury"}]
    _edited(
        window,
        lambda: years.update_year(
            session=session,
            year_id=year.id,
            data=YearUpdate(tie_break=chain, apply_tie_break=True),
        ),
    )
    assert view.ties.text().endswith(
        "The year's tie-break (the chair's total) cannot separate them: the jury decides."
    )
    # A second copy of a strong nominee lowers every juror's z-scores for both.
    panel = view.comparison
    assert panel.warning.isVisible() and panel.agreement.isHidden()
    assert "(z-score): Linköpings kommun" in panel.warning.text()
    assert "Schulze (pairwise wins): Gävle kommun = Skellefteå kommun" in panel.warning.text()


def test_years_without_scores_say_so(window) -> None:
    view = _results(window, 2023)
    assert view.notice.isVisible() and view.body.isHidden()
    assert view.notice.text() == "2023 has no scoring round, so no scores are recorded for it."
    assert view.decided.isVisible() and view.decided.text().startswith("Winner recorded: ")
    _results(window, 2027)
    assert view.body.isVisible() and view.notice.isHidden() and view.decided.isHidden()
    session, year, _round = _demo(window)
    _edited(
        window,
        lambda: rounds.create_round(
            session=session, year_id=year.id, data=RoundCreate(name="Omval", stage="finalist")
        ),
    )
    assert view.round_box.count() == 2
    view.round_box.setCurrentIndex(view.round_box.findText("Omval"))
    assert view.notice.text() == "No scores are recorded in the round Omval yet."
    assert view.body.isHidden()


@pytest.mark.parametrize("language", ["sv"])
def test_numbers_follow_the_interface_language(window, qapp, language) -> None:
    from nomdesk.ui.i18n import install_translators

    install_translators(qapp, language)
    view = _results(window)
    view.refresh()
    score = view.table.model().index(0, 2).data()
    assert score == "73,92"


def test_the_table_fits_the_window_without_scrolling_sideways(window, qtbot) -> None:
    view = _results(window)
    for width in (1280, 1024):
        window.resize(width, 760)
        qtbot.waitUntil(lambda w=width: window.width() == w)
        header = view.table.horizontalHeader()
        assert header.length() <= view.table.viewport().width() + 1
        criterion = header.sectionSize(3)
        assert criterion >= view._least[3]  # the values themselves are never cut
    long_name = view.table.model().headerData(3, Qt.Orientation.Horizontal)
    tip = view.table.model().headerData(3, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith(long_name + ": the jurors' mean on its own scale 0–10")
