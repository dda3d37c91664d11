"""Where nomdesk keeps its files on this machine (platformdirs)."""

from pathlib import Path

from platformdirs import PlatformDirs

_DIRS = PlatformDirs("nomdesk", appauthor=False)


def data_dir() -> Path:
    return Path(_DIRS.user_data_dir)


def log_dir() -> Path:
    return Path(_DIRS.user_log_dir)


def default_database() -> Path:
    return data_dir() / "nomdesk.db"


def demo_database() -> Path:
    return data_dir() / "demo.db"


def juror_workspaces_dir() -> Path:
    """Juror workspaces: one folder per ballot uid under the user data folder (design §2)."""
    return data_dir() / "juror-workspaces"
