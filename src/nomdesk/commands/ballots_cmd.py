"""Placeholder until the command is built."""

from nomdesk.commands.common import UsageError


def run(args) -> int:
    raise UsageError(f"'{args.command}' is not built yet")
