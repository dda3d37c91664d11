"""The fonts reports are set in: shipped in resources/fonts and embedded in every PDF."""

import threading
from functools import lru_cache

from PySide6.QtGui import QFont, QFontDatabase

from nomdesk.resources import resources_dir

FAMILY = "DejaVu Sans Condensed"
FILES = (
    "DejaVuSansCondensed.ttf",
    "DejaVuSansCondensed-Bold.ttf",
    "DejaVuSansCondensed-Oblique.ttf",
)

NO_LIGATURES = QFont.Tag("liga")
_LOADED: list[bool] = []
_LOCK = threading.Lock()


def load_fonts() -> None:
    """Register the shipped fonts once (needs a QGuiApplication); later calls are free."""
    with _LOCK:
        if _LOADED:
            return
        folder = resources_dir() / "fonts"
        for name in FILES:
            if QFontDatabase.addApplicationFont(str(folder / name)) < 0:
                raise RuntimeError(f"the report font {folder / name} could not be loaded")
        _LOADED.append(True)


@lru_cache(maxsize=64)
def font(size: float, *, bold: bool = False, italic: bool = False) -> QFont:
    """The report font at `size` points (shared: callers copy it, never change it)."""
    chosen = QFont(FAMILY)
    chosen.setPointSizeF(size)
    chosen.setBold(bold)
    chosen.setItalic(italic)
    chosen.setKerning(True)
    # No ligatures: "fi" drawn as one glyph reads back as "ﬁ", and a search for
    # "finalists" in the PDF would miss it.
    chosen.setFeature(NO_LIGATURES, 0)
    return chosen
