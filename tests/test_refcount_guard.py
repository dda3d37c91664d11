"""The guard against PySide6 6.12.0 releasing references to None it never took."""

import subprocess
import sys


def test_many_qt_calls_that_return_nothing_do_not_abort_the_interpreter() -> None:
    code = (
        "import nomdesk\n"
        "from PySide6.QtGui import QFont, QGuiApplication\n"
        "app = QGuiApplication([])\n"
        "font = QFont()\n"
        "for _ in range(300_000):\n"
        "    font.setKerning(True)\n"
        "print('survived')\n"
    )
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env
    )
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "survived"
