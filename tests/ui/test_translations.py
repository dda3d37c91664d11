"""Translations: compiled files current, Swedish complete, and the UI really in Swedish."""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
FOLDER = ROOT / "resources" / "translations"
TOOLS = Path(sys.executable).parent


@pytest.mark.parametrize("language", ["sv", "en"])
def test_compiled_translations_are_current(tmp_path: Path, language: str) -> None:
    """The committed .qm is what lrelease makes of the committed .ts."""
    fresh = tmp_path / f"nomdesk_{language}.qm"
    ts = FOLDER / f"nomdesk_{language}.ts"
    subprocess.run(
        [str(TOOLS / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(fresh)], check=True
    )
    assert fresh.read_bytes() == (FOLDER / f"nomdesk_{language}.qm").read_bytes(), (
        "run: uv run python resources/translations/update.py"
    )


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(ts)
    found = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            found[(name, message.findtext("source"))] = message.find("translation")
    return found


def test_every_string_in_the_source_is_in_the_swedish_file(tmp_path: Path) -> None:
    copy = tmp_path / "nomdesk_sv.ts"
    shutil.copyfile(FOLDER / "nomdesk_sv.ts", copy)
    src = ROOT / "src" / "nomdesk"
    sources = [str(p) for d in ("ui", "reporting") for p in sorted((src / d).rglob("*.py"))]
    command = [str(TOOLS / "pyside6-lupdate"), *sources, "-locations", "none", "-ts", str(copy)]
    subprocess.run(command, check=True, capture_output=True)
    missing = set(_messages(copy)) - set(_messages(FOLDER / "nomdesk_sv.ts"))
    assert not missing, f"run resources/translations/update.py; new strings: {sorted(missing)[:5]}"


def test_the_swedish_translation_is_complete() -> None:
    unfinished = [
        source
        for (_context, source), translation in _messages(FOLDER / "nomdesk_sv.ts").items()
        if translation is None or translation.get("type") == "unfinished" or not _text(translation)
    ]
    assert not unfinished, f"{len(unfinished)} untranslated, e.g. {unfinished[:5]}"


def _text(translation: ET.Element) -> str:
    forms = translation.findall("numerusform")
    return " ".join(f.text or "" for f in forms) if forms else (translation.text or "")


def test_swedish_uses_a_o_a_not_ascii_stand_ins() -> None:
    texts = [_text(t) for t in _messages(FOLDER / "nomdesk_sv.ts").values() if t is not None]
    joined = " ".join(texts).lower()
    assert "å" in joined and "ä" in joined and "ö" in joined
    for stand_in in (" oversikt", " nominerade ar", " arets ", " andra…"):
        assert stand_in not in f" {joined}"


def test_no_aliases_that_hide_strings_from_lupdate() -> None:
    """lupdate finds only literal tr()/QCoreApplication.translate() calls, not aliases."""
    alias = re.compile(r"=\s*(QCoreApplication\.translate|self\.tr)\s*$", re.MULTILINE)
    # A function passing its argument on (def _tr(text): return ….translate("Ctx", text))
    # hides its callers' strings just as well.
    wrapper = re.compile(r"return \S*translate\(\s*\"\w+\",\s*text\b")
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "src" / "nomdesk").rglob("*.py")
        if alias.search(text := path.read_text(encoding="utf-8")) or wrapper.search(text)
    ]
    assert not offenders


def test_switching_to_swedish_shows_swedish_labels(window) -> None:
    from PySide6.QtWidgets import QApplication

    from nomdesk.ui import settings
    from nomdesk.ui.i18n import install_translators

    settings.write(settings.LANGUAGE, "sv")
    try:
        window.retranslate()
        tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
        assert tabs == [
            "Översikt",
            "Nominerade",
            "Kriterier",
            "Jury",
            "Poäng",
            "Resultat",
            "Diagram",
        ]
        assert window.menuBar().actions()[0].text() == "&Arkiv"
        assert window.tree.headerItem().text(0) != "Award years"
        stages = {
            window.nominees.model.row_at(r).stage for r in range(window.nominees.model.rowCount())
        }
        shown = {
            window.nominees.model.data(window.nominees.model.index(r, 3))
            for r in range(window.nominees.model.rowCount())
        }
        assert "finalist" in stages and "Nominerad" in shown  # shortlisted, in Swedish
    finally:
        install_translators(QApplication.instance(), "en")
