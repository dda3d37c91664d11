"""Keep None, True and False alive under a PySide6 6.12 bug on CPython 3.11.

On 3.11, every `SignalInstance.emit()` called from Python drops one reference to True
that it never took, and many methods returning nothing (`QGraphicsItem.update`,
`QPainter.setPen`…) drop one to None (see nomdesk/reporting/refguard.py). True starts
with ~600 references: pyqtgraph emits on every mouse move over a chart, so a minute of
pointing at a chart would abort the program ("bool_dealloc: deallocating True or False").
CPython 3.12 made these objects immortal; here we give them so many references that no
session can use them up. They are static objects, never freed, so extra references cost
nothing.
"""

import ctypes
import sys

EXTRA = 1 << 40  # a billion emits a second would take 12 days to use this up
# A trace-refs (debug) build puts two pointers before the count: leave such builds alone.
NEEDED = (
    sys.implementation.name == "cpython"
    and sys.version_info < (3, 12)
    and not hasattr(sys, "getobjects")
)
_done: list[bool] = []


def pin_singletons() -> bool:
    """Give None, True and False EXTRA references (once per process); True when done."""
    if not NEEDED or _done:
        return bool(_done)
    for obj in (None, True, False):
        before = sys.getrefcount(obj)
        count = ctypes.c_ssize_t.from_address(id(obj))  # ob_refcnt, PyObject's first field
        count.value += EXTRA
        if sys.getrefcount(obj) - before != EXTRA:  # not the layout we know: undo, give up
            count.value -= EXTRA
            return False
    _done.append(True)
    return True
