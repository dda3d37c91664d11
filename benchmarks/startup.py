"""Start-up time: process start → first paint of the main window on the demo database,
showing the demo's years and the 2027 nominees (the Nominees tab was the one open at the
last close).

    uv run python benchmarks/startup.py [--runs 5]

Beside it, in the same run, the floor: a process that imports PySide6.QtWidgets and
sqlmodel and paints a bare QMainWindow. Both are timed from launch to exit, each exiting
at its window's first paint (offscreen). Prints the medians and `ratio: X.XX`
(target ≤ 1.15). Also timed: "ready", until the database is open and the real Nominees
view has painted (the first paint is a preview read with plain sqlite3).
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FLOOR = """
import sqlmodel  # noqa: F401
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)
        return False

app = QApplication([])
window = QMainWindow()
window.resize(1280, 800)
flt = FirstPaint()
window.installEventFilter(flt)
window.show()
app.exec()
"""


def _env(home: Path) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "NOMDESK_EXIT_AFTER_FIRST_PAINT": "1"}
    env["XDG_CONFIG_HOME"] = str(home / "config")  # settings of the benchmark, not the user's
    env["XDG_STATE_HOME"] = str(home / "state")
    conf = home / "config" / "nomdesk" / "nomdesk.ini"
    conf.parent.mkdir(parents=True, exist_ok=True)
    conf.write_text("[window]\ntab=nominees\n", encoding="utf-8")
    return env


def _time(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True, timeout=60)
    return (time.perf_counter() - start) * 1000


def measure(runs: int = 5) -> dict:
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        demo = home / "demo.db"
        subprocess.run([sys.executable, "-m", "nomdesk", "demo", str(demo)], check=True)
        env = _env(home)
        app = [sys.executable, "-m", "nomdesk", str(demo)]
        floor = [sys.executable, "-c", FLOOR]
        ready_env = {**env, "NOMDESK_EXIT_WHEN_READY": "1"}
        del ready_env["NOMDESK_EXIT_AFTER_FIRST_PAINT"]
        _time(app, env), _time(floor, env)  # warm the file cache once
        app_ms, floor_ms, ready_ms = [], [], []
        for _ in range(runs):  # interleaved, so that load on the machine hits both alike
            app_ms.append(_time(app, env))
            floor_ms.append(_time(floor, env))
            ready_ms.append(_time(app, ready_env))
    a, f, r = (statistics.median(x) for x in (app_ms, floor_ms, ready_ms))
    return {
        "app_ms": round(a, 1),
        "floor_ms": round(f, 1),
        "ratio": round(a / f, 2),
        "ready_ms": round(r, 1),
        "ready_ratio": round(r / f, 2),
        "runs": runs,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    result = measure(parser.parse_args().runs)
    print(json.dumps(result))
    print(f"ratio: {result['ratio']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
