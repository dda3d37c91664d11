"""Placeholder until the action is built."""


def run(window, *args) -> None:
    raise NotImplementedError("not built yet")
