"""Start-up: the first paint comes from a plain sqlite3 peek, the database opens after it."""

import os
import subprocess
import sys
from pathlib import Path

from nomdesk.services.peek import peek
from nomdesk.ui import settings
from nomdesk.ui.file_menu import open_workspace
from nomdesk.ui.main_window import MainWindow
from nomdesk.ui.views.nominees import NomineesView
from nomdesk.ui.views.nominees_preview import NomineesPreview


def test_the_first_paint_path_does_not_load_sqlalchemy() -> None:
    code = (
        "import sys\n"
        "import nomdesk.ui.app, nomdesk.ui.main_window, nomdesk.services.peek\n"
        "import nomdesk.ui.views.nominees_preview\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('sqlalchemy', 'sqlmodel', 'alembic', 'pyqtgraph')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_preview_shows_the_years_and_newest_nominees_then_the_real_view(
    qtbot, demo_copy: Path
) -> None:
    win = MainWindow(None)
    qtbot.addWidget(win)
    peeked = peek(demo_copy)
    win.show_preview(demo_copy, peeked, "nominees")
    win.show()
    qtbot.waitExposed(win)
    assert isinstance(win.tabs.currentWidget(), NomineesPreview)
    assert not win.menuBar().isEnabled()
    assert win.tree.currentItem().text(0).startswith("2027")
    shown = win.preview.list.model.rows()
    assert [r.name for r in shown] == [r.name for r in peeked.nominees] and len(shown) > 5
    with qtbot.waitSignal(win.ready, timeout=1000, raising=False):
        win.set_workspace(open_workspace(demo_copy))
    assert isinstance(win.tabs.currentWidget(), NomineesView)
    assert win.menuBar().isEnabled()
    assert win.tree.currentItem().text(0).startswith("2027")
    assert [r.name for r in win.nominees.model.rows()] == [r.name for r in shown]
    win.close()


def test_the_window_remembers_its_tab(qtbot, demo_copy: Path) -> None:
    win = MainWindow(open_workspace(demo_copy))
    qtbot.addWidget(win)
    win.show_tab("jury")
    assert win.current_tab() == "jury"
    win.close()
    assert settings.read(settings.LAST_TAB) == "jury"


def _run_app(path: Path, tmp_path: Path, **env: str) -> subprocess.CompletedProcess:
    environ = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **env}
    environ["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    environ["XDG_STATE_HOME"] = str(tmp_path / "state")
    return subprocess.run(
        [sys.executable, "-m", "nomdesk", str(path)],
        env=environ,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_app_starts_on_a_database_and_opens_it_fully(tmp_path: Path, demo_copy) -> None:
    first = _run_app(demo_copy, tmp_path, NOMDESK_EXIT_AFTER_FIRST_PAINT="1")
    assert first.returncode == 0, first.stderr
    ready = _run_app(demo_copy, tmp_path, NOMDESK_EXIT_WHEN_READY="1")
    assert ready.returncode == 0, ready.stderr
    conf = (tmp_path / "config" / "nomdesk" / "nomdesk.ini").read_text(encoding="utf-8")
    assert str(demo_copy) in conf  # opened for real: remembered among the recent files
