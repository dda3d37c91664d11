"""The first window on the demo database, driven through its widgets."""

import os
from pathlib import Path

import pytest

from nomdesk.db.open import open_database
from nomdesk.db.session import new_session
from nomdesk.demo import build_demo
from nomdesk.ui.main_window import MainWindow


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("ui") / "demo.db"
    build_demo(path)
    return path


@pytest.fixture
def window(qtbot, demo_path: Path):
    opened = open_database(demo_path)
    with new_session(opened.engine) as session:
        win = MainWindow(session, demo_path)
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        yield win
    opened.engine.dispose()


def year_items(win: MainWindow) -> dict[int, object]:
    top = win.years.topLevelItem(0)
    return {int(top.child(i).text(0)[:4]): top.child(i) for i in range(top.childCount())}


def test_window_lists_years_and_opens_on_2027(window: MainWindow) -> None:
    items = year_items(window)
    assert set(range(2001, 2024, 2)) <= set(items)
    assert window.years.currentItem() is items[2027]
    names = [window.nominees.row_at(r).name for r in range(window.nominees.rowCount())]
    assert len(names) >= 5
    assert "demo.db" in window.windowTitle()
    assert "2027" in window.heading.text()


def test_choosing_2023_shows_the_joint_nomination(window: MainWindow, qtbot) -> None:
    window.years.setCurrentItem(year_items(window)[2023])
    rows = [window.nominees.row_at(r) for r in range(window.nominees.rowCount())]
    assert len(rows) == 5
    joint = next(r for r in rows if r.name.startswith("Mora"))
    assert len(joint.organisations) == 3
    index = window.nominees.index(rows.index(joint), 1)
    assert "Orsa" in window.nominees.data(index)


def test_no_display_falls_back_to_offscreen(monkeypatch, capsys) -> None:
    from nomdesk.ui import app

    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setattr(app.sys, "platform", "linux")
    app.ensure_display()
    assert os.environ["QT_QPA_PLATFORM"] == "offscreen"
    assert "no display" in capsys.readouterr().err
