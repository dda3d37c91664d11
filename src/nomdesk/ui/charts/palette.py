"""Colour-blind-safe colours: Okabe–Ito for series, a diverging map for signed values.

Pure numpy, no Qt: the heatmap and its legend share the mapping, and tests read it.
"""

import numpy as np

# Okabe & Ito (2008), reordered for a white background: the yellow, faint on white, last.
OKABE_ITO: tuple[str, ...] = (
    "#0072B2",  # blue
    "#E69F00",  # orange
    "#009E73",  # bluish green
    "#D55E00",  # vermillion
    "#CC79A7",  # reddish purple
    "#56B4E9",  # sky blue
    "#000000",  # black
    "#F0E442",  # yellow
)
# pyqtgraph symbol names and the characters a legend shows for them. Seven symbols and
# eight colours: the pair (colour, symbol) repeats only after 56 series.
SYMBOLS: tuple[tuple[str, str], ...] = (
    ("o", "●"),
    ("s", "■"),
    ("t1", "▲"),
    ("d", "◆"),
    ("t", "▼"),
    ("p", "⬟"),
    ("h", "⬢"),
)
BAR_FILL = "#c9d3df"
BAR_EDGE = "#5b6b7d"
TEXT = "#222222"
MUTED = "#6b6b6b"
GRID = "#d0d0d0"
CONFLICT = "#8a8a8a"

# ColorBrewer RdBu (11 classes; marked colour-blind safe): red below, blue above.
DIVERGING: tuple[str, ...] = (
    "#67001f",
    "#b2182b",
    "#d6604d",
    "#f4a582",
    "#fddbc7",
    "#f7f7f7",
    "#d1e5f0",
    "#92c5de",
    "#4393c3",
    "#2166ac",
    "#053061",
)


def series_colour(index: int) -> str:
    return OKABE_ITO[index % len(OKABE_ITO)]


def series_symbol(index: int) -> tuple[str, str]:
    """(pyqtgraph symbol, legend character) of the index-th series."""
    return SYMBOLS[index % len(SYMBOLS)]


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    return tuple(int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))  # type: ignore[return-value]


_STOPS = np.array([_rgb(c) for c in DIVERGING], dtype=float)


def diverging_rgba(values: np.ndarray, limit: float) -> np.ndarray:
    """RGBA (uint8) for values in [−limit, limit] (clipped); NaN becomes transparent."""
    values = np.asarray(values, dtype=float)
    position = (np.clip(np.nan_to_num(values), -limit, limit) + limit) / (2 * limit)
    scaled = position * (len(_STOPS) - 1)
    low = np.clip(np.floor(scaled).astype(int), 0, len(_STOPS) - 2)
    share = (scaled - low)[..., None]
    rgb = _STOPS[low] * (1 - share) + _STOPS[low + 1] * share
    alpha = np.where(np.isnan(values), 0, 255)[..., None]
    return np.concatenate([np.rint(rgb), alpha], axis=-1).astype(np.uint8)


def is_dark(rgba: np.ndarray) -> bool:
    """Whether white text reads better than black on this colour (relative luminance)."""
    r, g, b = (float(v) / 255 for v in rgba[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.45
