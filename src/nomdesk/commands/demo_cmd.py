"""`nomdesk demo PATH`: write the demo database."""

from argparse import Namespace
from pathlib import Path

from nomdesk.commands.common import EXIT_OK


def remove_database(path: Path) -> None:
    """Delete a database file with its WAL companions."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def run(args: Namespace) -> int:
    from nomdesk.demo import build_demo

    path = Path(args.path)
    if args.force:
        remove_database(path)
    build_demo(path)
    print(f"demo database written to {path}")
    return EXIT_OK
