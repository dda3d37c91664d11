"""A guard against a PySide6 6.12 bug on CPython 3.11: most calls of a method that returns
nothing (QPainter.setPen, QFont.setBold, QTextLine.setPosition…) drop one reference to
None that they never took. CPython 3.12 made None immortal, so there it costs nothing; on
3.11 a long report drains None's count to zero and Python aborts ("deallocating None").

`balanced_none()` gives back, when the block ends, the references None lost inside it.
Extra references on None are harmless (it is never freed), so counting changes made by
other threads meanwhile can only over-compensate.
"""

import ctypes
import sys
from collections.abc import Iterator
from contextlib import contextmanager

NEEDED = sys.version_info < (3, 12)


def give_back(count: int) -> None:
    """Add `count` references to None."""
    incref = ctypes.pythonapi.Py_IncRef
    none = ctypes.py_object(None)
    for _ in range(count):
        incref(none)


@contextmanager
def balanced_none() -> Iterator[None]:
    if not NEEDED:
        yield
        return
    before = sys.getrefcount(None)
    try:
        yield
    finally:
        give_back(before - sys.getrefcount(None))
