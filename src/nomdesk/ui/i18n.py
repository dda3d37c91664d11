"""Translators: nomdesk's own .qm files and Qt's own strings, by language."""

import sys

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from nomdesk.resources import translations_dir

LANGUAGES = ("sv", "en")
# Dates and numbers: Swedish as in Sweden; English as in Britain (day before month).
LOCALES = {
    "sv": (QLocale.Language.Swedish, QLocale.Country.Sweden),
    "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom),
}


def choose_language(requested: str | None) -> str:
    """The requested language, else the system's when supported, else English."""
    if requested in LANGUAGES:
        return requested
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


_INSTALLED: list[QTranslator] = []


def install_translators(app: QApplication, requested: str | None) -> str:
    """Load nomdesk's and Qt's own translations for the language; replaces earlier ones."""
    language = choose_language(requested)
    QLocale.setDefault(QLocale(*LOCALES[language]))
    while _INSTALLED:
        app.removeTranslator(_INSTALLED.pop())
    qt_path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    catalogues = [("nomdesk", str(translations_dir()))]  # English: its plural forms
    if language != "en":
        catalogues.insert(0, ("qtbase", qt_path))
    for name, folder in catalogues:
        translator = QTranslator(app)
        if translator.load(f"{name}_{language}", folder):
            app.installTranslator(translator)
            _INSTALLED.append(translator)
    report_language = sys.modules.get("nomdesk.reporting.language")
    if report_language is not None:  # reports keep their own language
        report_language.keep_first()
    return language
