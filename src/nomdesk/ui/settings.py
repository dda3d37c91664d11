"""Every user setting, declared once with its type and default, stored with QSettings."""

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")


@dataclass(frozen=True)
class Option(Generic[T]):
    key: str
    type: type
    default: T


LANGUAGE = Option[str]("ui/language", str, "")  # "" follows the system
RECENT_FILES = Option[list]("files/recent", list, [])
LAST_DATABASE = Option[str]("files/last", str, "")
WINDOW_GEOMETRY = Option[QByteArray]("window/geometry", QByteArray, QByteArray())
LAST_TAB = Option[str]("window/tab", str, "overview")  # the view shown at the last close
SPLITTER_STATE = Option[QByteArray]("window/splitter", QByteArray, QByteArray())
NOMINEE_SPLITTER = Option[QByteArray]("nominees/splitter", QByteArray, QByteArray())
INITIATIVE_AREAS = Option[list]("nominees/extra_areas", list, [])
USER_NAME = Option[str]("user/name", str, "")  # "" records the system's user name
RECENT_COUNT = Option[int]("files/recent_count", int, 8)  # how many Open recent keeps
EXCHANGE_FOLDER = Option[str]("files/exchange_folder", str, "")  # ballots and sheets


def _store() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "nomdesk", "nomdesk")


def read(option: Option[T]) -> T:
    value: Any = _store().value(option.key, option.default)
    if option.type is list:
        if value in (None, ""):
            return list(option.default)  # type: ignore[return-value]
        return [value] if isinstance(value, str) else list(value)  # type: ignore[return-value]
    if option.type is QByteArray:
        return value if isinstance(value, QByteArray) else QByteArray()  # type: ignore[return-value]
    return option.type(value)


def write(option: Option[T], value: T) -> None:
    store = _store()
    store.setValue(option.key, value)
    store.sync()


def remember_file(path: str) -> list[str]:
    """Put a database first in the recent list; return the new list."""
    keep = max(1, read(RECENT_COUNT))
    recent = [p for p in read(RECENT_FILES) if p != path]
    recent.insert(0, path)
    write(RECENT_FILES, recent[:keep])
    write(LAST_DATABASE, path)
    return recent[:keep]
