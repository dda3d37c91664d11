"""pyqtgraph (~0.5 s) is imported only when a chart is first shown.

Checked in a fresh process, so that other tests' imports cannot hide a regression.
"""

import json
import subprocess
import sys
from pathlib import Path

SCRIPT = r"""
import json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from PySide6.QtCore import QSettings
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])
from PySide6.QtWidgets import QApplication

app = QApplication([])
from nomdesk.ui.file_menu import open_workspace
from nomdesk.ui.main_window import MainWindow

def loaded():
    app.processEvents()
    return "pyqtgraph" in sys.modules

seen = {}
window = MainWindow(open_workspace(Path(sys.argv[1])))
window.show()
seen["window_started"] = loaded()
top = window.tree.topLevelItem(0)
items = (top.child(i) for i in range(top.childCount()))
item = next(one for one in items if one.text(0).startswith("2027"))
window.tree.setCurrentItem(item)
seen["year_chosen"] = loaded()
import nomdesk.ui.views.charts
seen["charts_module_imported"] = loaded()
view = window.charts  # built while its tab is hidden, as when the year changes
seen["charts_view_built_hidden"] = loaded()
window.show_tab("charts")
seen["chart_shown"] = loaded()
seen["chart_made"] = view.pages[0].chart_made
window.close()
print(json.dumps(seen))
"""


def test_pyqtgraph_is_imported_only_when_a_chart_is_shown(demo_copy: Path, tmp_path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(demo_copy), str(tmp_path / "settings")],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen == {
        "window_started": False,
        "year_chosen": False,
        "charts_module_imported": False,
        "charts_view_built_hidden": False,
        "chart_shown": True,
        "chart_made": True,
    }


POINTING = r"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QApplication

app = QApplication([])
from nomdesk.ui.charts.ranking import RankingChart

chart = RankingChart()
moved = chart.plot_widget.scene().sigMouseMoved
for i in range(20000):  # each emit from Python drops a reference to True (PySide6 6.12)
    moved.emit(QPointF(i % 300, 50))
chart.update()
print("still running")
"""


def test_pointing_at_a_chart_for_long_does_not_abort_python() -> None:
    done = subprocess.run(
        [sys.executable, "-c", POINTING], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-800:]
    assert done.stdout.strip() == "still running"
