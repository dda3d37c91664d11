"""Build the standalone one-folder app in dist/nomdesk/ and print its size and build time.

    uv run --group packaging python packaging/build.py

Runs PyInstaller on packaging/nomdesk.spec, puts install-desktop.sh beside the program
(Linux), then checks the result: every Qt library a
bundled binary links to is in the bundle (Linux), and the resources nomdesk looks for are
where nomdesk.resources finds them. Exit 1 when a check fails.
"""

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import lean  # packaging/lean.py: this script runs from packaging/

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "nomdesk.spec"
RESOURCES = ROOT / "resources"
# Besides resources/, what must be inside the bundle (Alembic reads these as files).
REQUIRED = ("nomdesk/db/migrations/env.py",)


def expected_files() -> list[str]:
    """Every file the bundle must hold: all of resources/ (translations, fonts, icons,
    samples) where nomdesk.resources finds it, nomdesk/resources/, and REQUIRED."""
    shipped = [
        "nomdesk/resources/" + path.relative_to(RESOURCES).as_posix()
        for path in lean.shipped_resources(RESOURCES)
    ]
    return [*shipped, *REQUIRED]


def run_pyinstaller(dist: Path, work: Path) -> None:
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level=WARN",
        f"--distpath={dist}",
        f"--workpath={work}",
        str(SPEC),
    ]
    subprocess.run(command, check=True, cwd=ROOT)


def internal_dir(app: Path) -> Path:
    """Where PyInstaller puts everything but the executable (the contents folder)."""
    return app / "_internal" if (app / "_internal").is_dir() else app


def missing_resources(app: Path) -> list[str]:
    base = internal_dir(app)
    return [name for name in expected_files() if not (base / name).is_file()]


def unresolved_qt_libraries(app: Path) -> list[str]:
    """Linux: Qt/PySide libraries some bundled binary needs but the bundle lacks."""
    if not sys.platform.startswith("linux") or shutil.which("ldd") is None:
        return []
    base = internal_dir(app)
    env = dict(os.environ, LD_LIBRARY_PATH=str(base))
    problems = []
    for binary in sorted(base.rglob("*.so*")):
        if not binary.is_file():
            continue
        out = subprocess.run(["ldd", str(binary)], capture_output=True, text=True, env=env)
        for line in out.stdout.splitlines():
            if "not found" in line and ("Qt6" in line or "pyside" in line or "shiboken" in line):
                problems.append(f"{binary.relative_to(app)}: {line.strip()}")
    return problems


def strip_debug_info(app: Path) -> int:
    """Linux: drop debug sections from bundled libraries that carry them (a pyenv-built
    libpython carries ~18 MB); the bytes saved. Libraries that auditwheel patched (in a
    `*.libs` folder) are left alone: stripping breaks their layout."""
    if not sys.platform.startswith("linux") or shutil.which("strip") is None:
        return 0
    saved = 0
    for path in sorted(internal_dir(app).rglob("*.so*")):
        if path.is_symlink() or not path.is_file() or path.parent.name.endswith(".libs"):
            continue
        if b".debug_info" not in path.read_bytes():
            continue
        before = path.stat().st_size
        subprocess.run(["strip", "--strip-debug", str(path)], check=True)
        saved += before - path.stat().st_size
    return saved


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def biggest(folder: Path, count: int = 8) -> list[tuple[int, str]]:
    files = [
        (p.stat().st_size, str(p.relative_to(folder)))
        for p in folder.rglob("*")
        if p.is_file() and not p.is_symlink()
    ]
    return sorted((f for f in files if f[0] > 0), reverse=True)[:count]


def report(app: Path, seconds: float) -> None:
    print("\nLargest files:")
    for size, name in biggest(app):
        print(f"  {size / 2**20:6.1f} MiB  {name}")
    files = sum(1 for p in app.rglob("*") if p.is_file())
    print(f"\nBundle: {app}")
    print(f"Bundle size: {folder_size(app) / 2**20:.1f} MiB in {files} files")
    print(f"Build time: {seconds:.0f} s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="default: dist/")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="default: build/")
    args = parser.parse_args(argv)
    started = time.monotonic()
    run_pyinstaller(args.dist, args.work)
    app = args.dist / "nomdesk"
    saved = strip_debug_info(app)
    seconds = time.monotonic() - started
    if saved:
        print(f"Debug info stripped: {saved / 2**20:.1f} MiB")
    if not sys.platform.startswith(("win", "darwin")):
        shutil.copy2(ROOT / "packaging" / "install-desktop.sh", app)
    failures = [f"missing: {name}" for name in missing_resources(app)]
    failures += unresolved_qt_libraries(app)
    report(app, seconds)
    for failure in failures:
        print(f"build check failed: {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
