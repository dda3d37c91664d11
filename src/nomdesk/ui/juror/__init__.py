"""Juror mode: a juror scores a ballot offline in their own workspace (design §4)."""


def open_ballot(path, parent=None):
    """Open (or reopen) the juror workspace of a ballot in a juror window; None if refused."""
    raise NotImplementedError("not built yet")
