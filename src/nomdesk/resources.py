"""Find the resources folder: inside the installed package, or beside src/ in a checkout."""

from pathlib import Path

_PACKAGED = Path(__file__).parent / "resources"
_CHECKOUT = Path(__file__).resolve().parents[2] / "resources"


def resources_dir() -> Path:
    return _PACKAGED if _PACKAGED.is_dir() else _CHECKOUT


def translations_dir() -> Path:
    return resources_dir() / "translations"
