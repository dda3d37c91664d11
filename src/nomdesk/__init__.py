"""nomdesk: run an award year from nominations to the winners report."""

import sys

__version__ = "0.1.0"

# PySide6 6.12.0 on CPython 3.11: most Qt calls that return nothing release a reference to
# None (and some to True/False) that they never took. CPython 3.12 makes these objects
# immortal; on 3.11 their counts run down until the interpreter aborts with
# "deallocating None" after some 10⁵ such calls (a long session, a 20-page report).
# Giving them a count they can never use up restores 3.12's behaviour. Remove this when
# the project requires Python 3.12 or a PySide6 without the fault.
_IMMORTAL_MARGIN = 1 << 40


def _immortalise_singletons() -> None:
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    if hasattr(sys, "getobjects"):
        return  # a trace-refs (debug) build puts two pointers before the count
    import ctypes

    for obj in (None, True, False):
        if sys.getrefcount(obj) < _IMMORTAL_MARGIN:
            ctypes.c_ssize_t.from_address(id(obj)).value += _IMMORTAL_MARGIN


_immortalise_singletons()
