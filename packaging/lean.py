"""What the standalone bundle keeps: the Qt parts nomdesk uses, and nothing for tests or tools.

Used by nomdesk.spec (PyInstaller) and by tests/test_packaging.py, which checks the rules
without building. nomdesk uses QtCore, QtGui (QPdfWriter), QtWidgets, QtPrintSupport (print
preview) and QtSvg (icons); pyqtgraph treats QtSvg, QtOpenGLWidgets and QtTest as optional.
"""

from collections.abc import Callable, Iterable
from fnmatch import fnmatch
from pathlib import Path, PurePosixPath

# PySide6 extension modules nomdesk never imports. PyInstaller's Qt hooks would otherwise pull
# them in (pyqtgraph tries QtOpenGLWidgets and QtTest), with their libraries and plugins.
UNUSED_QT_MODULES = [
    "Qt3DAnimation",
    "Qt3DCore",
    "Qt3DExtras",
    "Qt3DInput",
    "Qt3DLogic",
    "Qt3DRender",
    "QtBluetooth",
    "QtCharts",
    "QtConcurrent",
    "QtDBus",
    "QtDataVisualization",
    "QtDesigner",
    "QtGraphs",
    "QtHelp",
    "QtHttpServer",
    "QtLabsStyleKit",
    "QtLocation",
    "QtMultimedia",
    "QtMultimediaWidgets",
    "QtNetwork",
    "QtNetworkAuth",
    "QtNfc",
    "QtOpenGL",
    "QtOpenGLWidgets",
    "QtPdf",
    "QtPdfWidgets",
    "QtPositioning",
    "QtQml",
    "QtQmlFeatures",
    "QtQuick",
    "QtQuick3D",
    "QtQuickControls2",
    "QtQuickTest",
    "QtQuickWidgets",
    "QtRemoteObjects",
    "QtScxml",
    "QtSensors",
    "QtSerialBus",
    "QtSerialPort",
    "QtSpatialAudio",
    "QtSql",
    "QtStateMachine",
    "QtSvgWidgets",
    "QtTest",
    "QtTextToSpeech",
    "QtUiTools",
    "QtWebChannel",
    "QtWebEngineCore",
    "QtWebEngineWidgets",
    "QtWebSockets",
    "QtXml",
]

# Python packages that are development tools or other GUI toolkits, never used at run time.
UNUSED_PACKAGES = [
    "tkinter",
    "_tkinter",
    "turtle",
    "turtledemo",
    "idlelib",
    "pydoc_data",
    "lib2to3",
    "test",
    "pytest",
    "_pytest",
    "pytestqt",
    "pluggy",
    "hypothesis",
    "ruff",
    "IPython",
    "jupyter_client",
    "matplotlib",
    "PyQt5",
    "PyQt6",
    "PySide2",
    "PyInstaller",
    "setuptools",
    "pip",
]

EXCLUDES = [f"PySide6.{name}" for name in UNUSED_QT_MODULES] + UNUSED_PACKAGES

# Qt libraries the kept modules and plugins link to; any other libQt6* is dropped.
QT_LIBRARIES = {"Core", "Gui", "Widgets", "DBus", "XcbQpa", "Svg", "PrintSupport"}

# Qt plugins kept, by folder: X11 (Wayland sessions use it through XWayland), offscreen and
# minimal for headless use, portal dialogs, compose/IBus input (å, ä, ö), SVG, the
# common image formats, and CUPS printing. macOS and Windows keep their own platform plugins.
QT_PLUGINS = {
    "platforms": {
        "libqxcb.so",
        "libqoffscreen.so",
        "libqminimal.so",
        "libqcocoa.dylib",
        "qwindows.dll",
        "qoffscreen.dll",
        "qminimal.dll",
        "libqoffscreen.dylib",
        "libqminimal.dylib",
    },
    "xcbglintegrations": {"*"},
    # Not libqgtk3: it would drag in a copy of this machine's GTK stack (atk, cairo, glib),
    # which clashes with the GTK of the machine the app runs on.
    "platformthemes": {"*xdgdesktopportal*"},
    "platforminputcontexts": {"libcomposeplatforminputcontextplugin.so", "libibus*"},
    "iconengines": {"*"},
    "imageformats": {"*svg*", "*ico*", "*jpeg*", "*gif*"},
    "printsupport": {"*"},
    "styles": {"*"},
}

# Qt's own translations (qtbase_sv.qm and the like): only the interface languages.
LANGUAGES = ("sv", "en")

# Data files of libraries that the app never reads.
UNUSED_DATA = ("pyqtgraph/examples/*", "*/tests/*", "*/testing/*", "*.pyi")


def _qt_part(path: PurePosixPath) -> tuple[str, ...] | None:
    """The path below PySide6/Qt/ (or None when the file is not part of Qt)."""
    parts = path.parts
    for i in range(len(parts) - 1):
        if parts[i] == "PySide6" and parts[i + 1] == "Qt":
            return parts[i + 2 :]
    return None


def _keep_qt_library(name: str) -> bool:
    if not name.startswith("libQt6") and not name.startswith("Qt6"):
        return True
    module = name.removeprefix("lib").removeprefix("Qt6").split(".")[0]
    return module in QT_LIBRARIES


def _keep_plugin(folder: str, name: str) -> bool:
    patterns = QT_PLUGINS.get(folder)
    return patterns is not None and any(fnmatch(name, p) for p in patterns)


def _keep_translation(name: str) -> bool:
    return any(name.endswith(f"_{lang}.qm") for lang in LANGUAGES) and name.startswith("qtbase")


def keep(dest: str) -> bool:
    """Whether a file collected for the bundle (its destination path) stays in it."""
    path = PurePosixPath(dest.replace("\\", "/"))
    if any(fnmatch(str(path), pattern) for pattern in UNUSED_DATA):
        return False
    if not _keep_qt_library(path.name):
        return False
    below_qt = _qt_part(path)
    if not below_qt:
        return True
    if below_qt[0] == "plugins" and len(below_qt) >= 3:
        return _keep_plugin(below_qt[1], below_qt[-1])
    if below_qt[0] == "translations":
        return _keep_translation(below_qt[-1])
    return below_qt[0] in ("lib", "bin") or path.name == "qt.conf"


def lean(toc: list) -> list:
    """A PyInstaller TOC (destination, source, type) without the files `keep` refuses."""
    return [entry for entry in toc if keep(entry[0])]


LINKED = ("BINARY", "EXTENSION")  # TOC types that are shared libraries (not data, not links)


def _closure(sources: list[str], needed: Callable[[str], Iterable[tuple[str, str | None]]]):
    """Base names of every library the given binaries link to, directly or not."""
    seen: set[str] = set()
    todo = list(sources)
    while todo:
        for name, path in needed(todo.pop()):
            base = PurePosixPath(name.replace("\\", "/")).name
            if path and base not in seen:
                seen.add(base)
                todo.append(path)
    return seen


def lean_binaries(toc: list, needed: Callable[[str], Iterable[tuple[str, str | None]]]) -> list:
    """`lean(toc)`, also without libraries that only the dropped files linked to.

    PyInstaller collected what a dropped plugin links to before we could drop it (e.g. the
    GTK theme plugin brings atk, cairo and pango); a library that no kept binary needs goes.
    `needed(path)` gives a binary's (name, resolved path) imports.
    """
    kept = lean(toc)
    dropped = [entry for entry in toc if entry not in kept and entry[2] in LINKED]
    suspects = _closure([src for _, src, _ in dropped], needed)
    roots = [
        src
        for dest, src, kind in kept
        if kind in LINKED and PurePosixPath(dest).name not in suspects
    ]
    orphans = suspects - _closure(roots, needed)
    return [entry for entry in kept if PurePosixPath(entry[0]).name not in orphans]


# In resources/ but not shipped: translation sources and their scripts.
SOURCE_ONLY = {".ts", ".py", ".pyc"}


def shipped_resources(resources: Path) -> list[Path]:
    """The files of resources/ the bundle ships (nomdesk/resources/ inside it)."""
    return [
        path
        for path in sorted(resources.rglob("*"))
        if path.is_file() and path.suffix not in SOURCE_ONLY and "__pycache__" not in path.parts
    ]
