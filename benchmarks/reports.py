"""The winners report, in process; one JSON object of figures beside a floor.

    uv run python benchmarks/reports.py [--db PATH] [--demo PATH] [--repeat N]

Figures (medians, each beside the same floor measured in the same run):
- `report_decided`: the demo's decided 2019: gather the data (services.report_data) and
  write the PDF (3 pages) on a database opened once, as the app holds it (the first,
  untimed run warms SQLAlchemy's statement cache). Target ≤ 300 ms.
- `report_large`: the latest year of the large database (200 finalists × 10 criteria ×
  15 jurors; about 23 pages, the ranking of 30,000 scores included). Target ≤ 3 s.
- Floor: a one-page PDF with one line of text in the report's font, through the same
  QPdfWriter settings: the least any PDF written this way costs.
The fonts are loaded and the application made before anything is timed. Without --db the
large database is made (or reused) in benchmarks/out/; without --demo a demo is built in
a temporary folder.
"""

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

try:  # run as a script or with benchmarks/ on sys.path
    from _common import DEFAULT_DB, median_ms
except ImportError:  # pragma: no cover - imported as benchmarks.reports
    from benchmarks._common import DEFAULT_DB, median_ms

TARGETS_MS = {"report_decided": 300.0, "report_large": 3000.0}
REPEAT = 7
REPEAT_LARGE = 3


def _prepare() -> None:
    from nomdesk.reporting.fonts import load_fonts
    from nomdesk.reporting.language import prepare
    from nomdesk.reporting.pdf import ensure_gui_application

    ensure_gui_application()
    load_fonts()
    prepare()


def floor_once(out: Path) -> float:
    """Seconds to write a one-page PDF holding one line of text."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QPainter

    from nomdesk.reporting.fonts import font
    from nomdesk.reporting.pdf import DocumentInfo, write_pdf

    info = DocumentInfo("Floor", "nomdesk", "One line", "en-GB")

    def paint(writer) -> None:
        painter = QPainter(writer)
        painter.setFont(font(10))
        painter.drawText(QPointF(600, 600), "Sveriges DigitaliseringsKommun – Lidingö stad")
        painter.end()

    start = time.perf_counter()
    write_pdf(out, info, paint)
    return time.perf_counter() - start


class OpenYear:
    """A database opened once, as the app holds it, and the year to report on."""

    def __init__(self, db: Path, year: int | None) -> None:
        from nomdesk.db.open import open_database
        from nomdesk.db.session import new_session
        from nomdesk.services import awards, years

        self.opened = open_database(db, create=False)
        self.session = new_session(self.opened.engine)
        award = awards.find_award(session=self.session)
        listed = years.list_years(session=self.session, award_id=award.id)  # type: ignore[arg-type]
        chosen = next(y for y in listed if y.year == year) if year else listed[-1]
        self.year_id: int = chosen.id  # type: ignore[assignment]

    def close(self) -> None:
        self.session.close()
        self.opened.engine.dispose()


def report_once(source: OpenYear, out: Path) -> tuple[float, int]:
    """Seconds to gather one year's report data and write its PDF; and its pages."""
    from nomdesk.reporting.winners import write_winners_report
    from nomdesk.services.report_data import report_data

    start = time.perf_counter()
    data = report_data(session=source.session, year_id=source.year_id)
    result = write_winners_report(data, out, "en")
    return time.perf_counter() - start, result.pages


def _figure(name: str, samples: list[float], floor: list[float], pages: int) -> dict:
    ms, floor_ms = median_ms(samples), median_ms(floor)
    return {
        "ms": round(ms, 1),
        "floor_ms": round(floor_ms, 2),
        "ratio": round(ms / floor_ms, 1) if floor_ms > 0 else None,
        "target_ms": TARGETS_MS[name],
        "within_target": ms <= TARGETS_MS[name],
        "pages": pages,
        "runs": len(samples),
    }


def measure(demo: Path, large: Path, *, repeat: int = REPEAT, repeat_large: int = REPEAT_LARGE):
    """Both figures; runs interleave with the floor so that load on the machine hits both."""
    _prepare()
    small, big_year = OpenYear(demo, 2019), OpenYear(large, None)
    floor: list[float] = []
    decided: list[float] = []
    big: list[float] = []
    try:
        with tempfile.TemporaryDirectory() as folder:
            out = Path(folder)
            floor_once(out / "warm.pdf"), report_once(small, out / "warm.pdf")  # caches warm
            for _ in range(repeat):
                floor.append(floor_once(out / "floor.pdf"))
                seconds, decided_pages = report_once(small, out / "demo.pdf")
                decided.append(seconds)
            for _ in range(repeat_large):
                floor.append(floor_once(out / "floor.pdf"))
                seconds, large_pages = report_once(big_year, out / "large.pdf")
                big.append(seconds)
    finally:
        small.close()
        big_year.close()
    return {
        "report_decided": _figure("report_decided", decided, floor, decided_pages),
        "report_large": _figure("report_large", big, floor, large_pages),
    }


def _demo(path: Path | None, folder: Path) -> Path:
    if path is not None:
        return path
    from nomdesk.demo import build_demo

    built = folder / "demo.db"
    build_demo(built)
    return built


def _large(path: Path | None) -> Path:
    if path is not None:
        return path
    try:
        from run import ensure_large_db
    except ImportError:  # pragma: no cover - imported as benchmarks.reports
        from benchmarks.run import ensure_large_db
    return ensure_large_db(DEFAULT_DB)[0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="the large database (default: made or reused)")
    parser.add_argument("--demo", type=Path, help="a demo database (default: built now)")
    parser.add_argument("--repeat", type=int, default=REPEAT)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        figures = measure(_demo(args.demo, Path(folder)), _large(args.db), repeat=args.repeat)
    print(json.dumps({"figures": figures}, indent=2))
    for name, figure in figures.items():
        print(f"{name}: {figure['ms']:.0f} ms, ratio: {figure['ratio']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
