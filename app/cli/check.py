"""``pumpdesk --check``: can PumpDesk work on this machine? For technicians after an
install, and for CI on the built bundle. Each check prints one line; the exit status is 0
when all pass, else 4, and the failing lines say what is wrong."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Callable

from app import __version__
from app.translation import compiled_dir, resources_dir

EXIT_BROKEN = 4


def _database(path: Path) -> str:
    from app.persistence.database import current_revision, head_revision
    from app.services.station import open_station

    station = open_station(path)
    try:
        revision = current_revision(station.db.engine)
        if revision != head_revision():
            raise RuntimeError(f"schema at {revision}, expected {head_revision()}")
        return f"{path}: schema at revision {revision}, workstation {station.ctx.workstation}"
    finally:
        station.close()


def _printing() -> str:
    try:
        from app.printing import samples
        from app.printing.receipt import render_receipt
    except ImportError as error:
        return f"not installed here ({error.name}); the counter works without it"
    pdf = render_receipt(samples.loan())
    with tempfile.NamedTemporaryFile(suffix=".pdf", delete=False) as out:
        out.write(pdf)
    size = Path(out.name).stat().st_size
    Path(out.name).unlink()
    if not pdf.startswith(b"%PDF") or size < 1000:
        raise RuntimeError("the receipt did not render to a PDF")
    return f"a receipt rendered to a temporary PDF ({size:,} bytes)"


def _resources() -> str:
    folder = resources_dir()
    wanted = [folder / "style.qss", folder / "sounds" / "success.wav",
              folder / "sounds" / "refusal.wav", compiled_dir() / "pumpdesk_sv.qm",
              compiled_dir() / "pumpdesk_nb.qm"]
    missing = [str(path) for path in wanted if not path.exists()]
    if missing:
        raise RuntimeError("missing " + ", ".join(missing))
    from PySide6.QtCore import QTranslator

    for language in ("sv", "nb"):
        translator = QTranslator()
        if not translator.load(str(compiled_dir() / f"pumpdesk_{language}.qm")) or \
                translator.translate("ReturnTab", "Return") in ("", "Return"):
            raise RuntimeError(f"the {language} translation does not load")
    return f"translations (sv, nb), sounds and style in {folder}"


def _window() -> str:
    from PySide6.QtGui import QGuiApplication  # noqa: F401 - loads the Qt libraries

    from app.gui.main_window import MainWindow  # noqa: F401
    from app.gui.platform_plugin import missing_libraries, package_hint, probe
    from app.services.failures import platform_libraries_missing, window_cannot_start

    # The display plugin too, in a child process as the window would load it: where it
    # cannot load (a missing system library), the window could not start either.
    result = probe()
    if not result.ok:
        missing = missing_libraries(result.platform)
        if missing:
            raise platform_libraries_missing(result.platform, missing, [
                package_hint(name.split(" ")[0]) for name in missing])
        raise window_cannot_start(result.qt_said or f"the display plugin {result.platform}")
    return f"the window's libraries and the display plugin ({result.platform}) load"


def _why(error: Exception, db_path: Path) -> str:
    """What a technician needs to read: the sentence for a known failure of the place
    (a read-only folder, a full disk), else the error itself."""
    from app.domain.refusals import RefusalCode
    from app.services.failures import explain

    try:
        explained = explain(error, database=db_path)
    except Exception:  # noqa: BLE001 - the error itself, then
        explained = None
    if explained is not None and explained.code is not RefusalCode.UNEXPECTED:
        return explained.message
    return f"{type(error).__name__}: {error}"


def run_check(db_path: Path) -> int:
    checks: list[tuple[str, Callable[[], str]]] = [
        ("resources", _resources),
        ("database", lambda: _database(db_path)),
        ("printing", _printing),
        ("window", _window),
    ]
    print(f"PumpDesk {__version__} (Python {sys.version.split()[0]})")
    failed = 0
    for name, check in checks:
        try:
            print(f"ok      {name}: {check()}")
        except Exception as error:  # noqa: BLE001 - each failure is reported, none hidden
            failed += 1
            print(f"FAILED  {name}: {_why(error, db_path)}")
    print("all checks passed" if not failed else f"{failed} check(s) failed")
    return EXIT_BROKEN if failed else 0
