"""Grab every main view, each chart, the winner dialog and juror mode in one language,
offscreen, on a fresh demo database; for looking at the screens (and the README's images).

    uv run python docs/screenshots/grab.py sv /tmp/shots
"""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
VIEWS = ("overview", "nominees", "criteria", "jury", "scoring", "results", "charts")


def main(lang: str, out: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from nomdesk.demo import build_demo
    from nomdesk.ui import juror
    from nomdesk.ui.actions import winner
    from nomdesk.ui.dialogs.winner_dialog import WinnerDialog
    from nomdesk.ui.file_menu import open_workspace
    from nomdesk.ui.i18n import install_translators
    from nomdesk.ui.main_window import MainWindow

    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="nomdesk-grab-"))
    os.environ["XDG_DATA_HOME"] = str(work / "data")  # juror workspaces go here
    app = QApplication([])
    install_translators(app, lang)

    def pump(times: int = 30) -> None:
        for _ in range(times):
            app.processEvents()

    db = work / "demo.db"
    build_demo(db)
    window = MainWindow(open_workspace(db))
    window.resize(1280, 800)
    window.show()
    pump()
    for name in VIEWS:
        window.show_tab(name)
        pump()
        window.grab().save(str(out / f"{lang}-{name}.png"))
    charts = window.charts
    for index in range(charts.tabs.count()):
        charts.tabs.setCurrentIndex(index)
        pump(60)
        window.grab().save(str(out / f"{lang}-chart{index}.png"))
    refusal, facts = winner.prepare(window.workspace, window.tree.current_year_id())
    if facts is not None:
        dialog = WinnerDialog(facts, lambda _values: None, window)
        dialog.show()
        pump(60)
        dialog.grab().save(str(out / f"{lang}-winner.png"))
        dialog.close()
    else:
        print("no winner dialog:", refusal)
    ballots = work / "ballots"
    command = [sys.executable, "-m", "nomdesk", "ballots", "--db", str(db), "--year", "2027"]
    subprocess.run([*command, "-o", str(ballots)], check=True, capture_output=True)
    window.open_path(sorted(ballots.iterdir())[0])
    shown = juror._OPEN[-1]
    shown.resize(1280, 800)
    pump(60)
    shown.grab().save(str(out / f"{lang}-juror.png"))
    print(f"screens of {lang} in {out}")
    os._exit(0)  # skip closing the windows' reminders


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]))
