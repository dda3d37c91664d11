"""A report's language: its translations (per thread, while it renders) and its locale.

The interface may be in Swedish while a report is written in English, perhaps on a
worker thread. One translator is installed on the application once; it answers only on
a thread inside `speaking(language)`, in that language, and lets every other call fall
through to the application's own translators. It reports itself empty, so installing it
sends no LanguageChange to the interface.
"""

import ctypes
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from functools import cached_property

import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTranslator

from nomdesk.domain.scoring import round_half_away
from nomdesk.resources import translations_dir

LANGUAGES = ("sv", "en")
# Dates and numbers: Swedish as in Sweden; English as in Britain (day before month).
LOCALES = {
    "sv": (QLocale.Language.Swedish, QLocale.Country.Sweden),
    "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom),
}
TAGS = {"sv": "sv-SE", "en": "en-GB"}  # BCP 47, for the PDF's XMP metadata


class _ReportTranslator(QTranslator):
    def __init__(self) -> None:
        super().__init__()
        self.local = threading.local()
        self._lock = threading.Lock()
        self._catalogues: dict[str, QTranslator] = {}

    def translate(self, context, source, disambiguation=None, n=-1):
        if disambiguation is None:
            # PySide6 6.12 passes a null disambiguation as an unowned None: give it back,
            # so that this virtual call, made for every tr() in the program, leaves None's
            # count as it found it (nomdesk/__init__.py guards the rest).
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(None))
        language = getattr(self.local, "language", None)
        if language is None:
            return None  # not rendering on this thread: the interface's translators answer
        found = self._catalogue(language).translate(context, source, disambiguation, n)
        return found or source

    def isEmpty(self) -> bool:
        return True

    def _catalogue(self, language: str) -> QTranslator:
        with self._lock:
            if language not in self._catalogues:
                catalogue = QTranslator()
                catalogue.load(f"nomdesk_{language}", str(translations_dir()))
                self._catalogues[language] = catalogue
            return self._catalogues[language]


def keep_first() -> None:
    """Put the report translator ahead of translators installed after it (the interface
    changing its language): Qt asks the newest first, and the first answer wins. The
    interface calls this after installing its own (no application-wide event filter, which
    would see every event of the program)."""
    with _ROUTER_LOCK:
        entry = _ROUTER.get(id(QCoreApplication.instance()))
    if entry is not None and shiboken6.isValid(entry[0]):
        app = QCoreApplication.instance()
        app.removeTranslator(entry[0])
        app.installTranslator(entry[0])  # empty: sends no event


_ROUTER: dict[int, tuple[_ReportTranslator]] = {}
_ROUTER_LOCK = threading.Lock()


def _router() -> _ReportTranslator:
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("a report needs a QGuiApplication")
    with _ROUTER_LOCK:
        key = id(app)
        if key not in _ROUTER:
            _ROUTER.clear()
            router = _ReportTranslator()
            app.installTranslator(router)
            _ROUTER[key] = (router,)
        return _ROUTER[key][0]


def prepare() -> None:
    """Install the report translator from the interface's thread, before a worker renders."""
    _router()


@dataclass(frozen=True)
class Language:
    """Texts, dates and numbers in one report language."""

    code: str

    @cached_property
    def locale(self) -> QLocale:  # made once: every number and date of a report asks
        return QLocale(*LOCALES[self.code])

    @property
    def tag(self) -> str:
        return TAGS[self.code]

    def pick(self, swedish: str, english: str | None) -> str:
        """The English form in an English report when there is one, else the Swedish."""
        return english if self.code == "en" and english else swedish

    def date(self, day: date) -> str:
        return self.locale.toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")

    def number(self, value: float | None, digits: int = 2) -> str:
        """Rounded half away from zero, as people read numbers; '–' for none."""
        if value is None:
            return "–"
        return self.locale.toString(round_half_away(value, digits), "f", digits)

    def scale_value(self, value: float) -> str:
        """A scale's bound or step: '10', '0,5' / '0.5'."""
        text = self.locale.toString(float(value), "f", 2)
        point = self.locale.decimalPoint()
        return text.rstrip("0").rstrip(point) if point in text else text


@contextmanager
def speaking(code: str) -> Iterator[Language]:
    """Translate this thread's report strings into `code` ('sv' or 'en') while inside."""
    if code not in LANGUAGES:
        raise ValueError(f"unknown report language {code!r}")
    router = _router()
    previous = getattr(router.local, "language", None)
    router.local.language = code
    try:
        yield Language(code)
    finally:
        router.local.language = previous
