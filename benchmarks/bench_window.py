"""The counter window on the 100,000-pump database: start-up, scan to banner, memory.

    python benchmarks/bench_window.py [--pumps 100000] [--scans 1000] [--starts 9]
    python benchmarks/bench_window.py --program [--starts 9]     (pumpdesk from source)
    python benchmarks/bench_window.py --exe dist/pumpdesk/pumpdesk [--starts 9]

* start: from launching ``python -m app.cli --db …`` -like start-up in a fresh process to
  the window shown, focus in the scan field and its first background loads done —
  wall clock measured by the parent, so the interpreter's own start counts too.
* scan to banner: a scanner burst (the characters and Enter, as key events) on the
  Return tab until the banner shows the result, for ``--scans`` pumps on loan.
* memory: the window's resident set size every 100 scans of that hour's worth.
* ``--exe PATH``: the start only, of the installed program — the bundle that
  ``installer/build.py`` makes — as a counter starts it (``pumpdesk --db …``, its own
  settings folder), until it prints ``READY`` (``PUMPDESK_READY_SIGNAL=1``, which the
  window itself answers), then it is stopped.
* ``--program``: the same, of ``python -m app.cli`` from this checkout: the whole
  program as a counter starts it (command line, settings, translations — Qt's own too —
  and the window fitted to the screen), not only the window.
  ``--scans 0`` also measures the start only.

Budgets: start (median of 9) under 1.5 s, scan to banner p95 under 50 ms, memory under
300 MB and not growing. Runs offscreen on a counter's 1024×768 screen (``--screen``);
builds the database with ``benchmarks/build_db.py`` if needed.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if __package__ in (None, ""):
    sys.path.insert(0, str(ROOT))


def _counter_screen(argv: list[str]) -> None:
    """An offscreen screen of a counter's size for this process and its children (set
    before Qt starts), unless QT_QPA_PLATFORM is set already."""
    if "QT_QPA_PLATFORM" in os.environ:
        return
    size = argv[argv.index("--screen") + 1] if "--screen" in argv else "1024x768"
    width, height = size.split("x")
    config = Path(tempfile.gettempdir()) / f"pumpdesk-screen-{size}.json"
    config.write_text(json.dumps({"screens": [{
        "name": "counter", "x": 0, "y": 0, "width": int(width), "height": int(height),
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


_counter_screen(sys.argv)

from benchmarks.bench_return import default_path, ensure_database, working_copy  # noqa: E402


def rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _window(db: Path):  # noqa: ANN202
    from app.gui.app import application
    from app.gui.i18n import install_language
    from app.gui.main_window import MainWindow
    from app.gui.sounds import Sounds
    from app.services.station import open_station
    from benchmarks.depot import enroll_staff

    app = application()
    install_language("sv")
    station = open_station(db, staff="bench")
    enroll_staff(station)
    window = MainWindow(station, sounds=Sounds(enabled=False))
    window.show()
    return app, window


def _wait_idle(app, window) -> None:  # noqa: ANN001
    while window.ops.pending:
        app.processEvents()
        time.sleep(0.0005)
    app.processEvents()


def child_start(db: Path) -> None:
    """Run in a fresh process: start the window and say when it is ready."""
    app, window = _window(db)
    _wait_idle(app, window)
    assert window.return_tab.scan_input.hasFocus()
    print("READY", flush=True)


def measure_start(db: Path, runs: int, exe: Path | None = None,
                  program: bool = False) -> list[float]:
    """Wall-clock milliseconds from launch to ``READY``, in fresh processes: this file's
    child, the program from source (``program``), or the bundled program ``exe``."""
    argv = [sys.executable, __file__, "--child-start", str(db)]
    env = dict(os.environ)
    settings = None
    whole_program = program or exe is not None
    if program:
        argv = [sys.executable, "-m", "app.cli", "--db", str(db), "--lang", "sv"]
    elif exe is not None:
        argv = [str(exe), "--db", str(db), "--lang", "sv"]
    if whole_program:
        # The program's own settings (QSettings) in a folder of the benchmark's: the
        # user's central database or printers play no part.
        settings = tempfile.TemporaryDirectory(prefix="pumpdesk-bench-")
        env.update(PUMPDESK_READY_SIGNAL="1", XDG_CONFIG_HOME=settings.name,
                   PUMPDESK_CENTRAL="")
    times = []
    try:
        for _ in range(runs + 1):  # the first run warms the disk cache; it is not counted
            started = time.perf_counter()
            child = subprocess.Popen(argv, stdout=subprocess.PIPE, text=True, cwd=ROOT,
                                     env=env)
            watchdog = threading.Timer(120, child.kill)
            watchdog.start()
            line = child.stdout.readline()
            elapsed = time.perf_counter() - started
            watchdog.cancel()
            if whole_program:  # the program's window stays open: close it
                child.terminate()
            child.wait()
            if line.strip() != "READY":
                raise RuntimeError(f"the window did not start: {line!r}")
            times.append(elapsed * 1000)
    finally:
        if settings is not None:
            settings.cleanup()
    return times[1:]


def measure_scans(db: Path, count: int) -> tuple[list[float], list[tuple[int, float]]]:
    import sqlite3

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    with sqlite3.connect(db) as raw:
        regs = [r[0] for r in raw.execute(
            "SELECT registration FROM pumps WHERE state = 'on_loan' ORDER BY random() LIMIT ?",
            (count,))]
    app, window = _window(db)
    _wait_idle(app, window)
    tab = window.return_tab
    latencies, memory = [], [(0, rss_mb())]
    for index, reg in enumerate(regs, start=1):
        before = tab.banner.title.text()
        target = window.focusWidget()
        started = time.perf_counter()
        QTest.keyClicks(target, reg)
        QTest.keyClick(target, Qt.Key.Key_Return)
        while tab.banner.title.text() == before or reg not in tab.banner.title.text():
            app.processEvents()
            if tab.banner.outcome == "refusal":
                raise RuntimeError(tab.banner.detail.text())
        latencies.append((time.perf_counter() - started) * 1000)
        _wait_idle(app, window)  # the list of today's returns, refreshed after each
        if index % 100 == 0:
            memory.append((index, rss_mb()))
    return latencies, memory


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pumps", type=int, default=100_000)
    parser.add_argument("--scans", type=int, default=1000)
    parser.add_argument("--starts", type=int, default=9)
    parser.add_argument("--screen", default="1024x768", help="WIDTHxHEIGHT, offscreen")
    parser.add_argument("--program", action="store_true",
                        help="time the start of pumpdesk from source (python -m app.cli)")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--exe", type=Path, help="time the start of this bundled pumpdesk "
                        "(installer/build.py's dist/pumpdesk/pumpdesk) instead")
    parser.add_argument("--child-start", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_start:
        child_start(args.child_start)
        return
    built = default_path(args.pumps)
    ensure_database(built, args.pumps)
    db = working_copy(built)
    starts = measure_start(db, args.starts, args.exe, args.program)
    label = (f"{args.exe}" if args.exe else "python -m app.cli" if args.program
             else "the window from source")
    print(f"start to ready for the first scan ({label}, {args.pumps:,} pumps, "
          f"{os.environ['QT_QPA_PLATFORM'].split('/')[-1]}): median "
          f"{statistics.median(starts):.0f} ms, max {max(starts):.0f} ms ({args.starts} runs)")
    if args.exe or args.program or args.scans == 0:
        print("budget (start < 1.5 s):",
              "PASS" if statistics.median(starts) < 1500 else "FAIL")
        if args.json:
            args.json.write_text(json.dumps({
                "pumps": args.pumps, "exe": str(args.exe or ""),
                "start_ms": {"median": statistics.median(starts), "max": max(starts),
                             "runs": starts}}, indent=2))
        return
    latencies, memory = measure_scans(db, args.scans)
    growth = memory[-1][1] - memory[len(memory) // 2][1]
    figures = {
        "pumps": args.pumps,
        "start_ms": {"median": statistics.median(starts), "max": max(starts), "runs": starts},
        "scan_to_banner_ms": {"median": statistics.median(latencies),
                              "p95": percentile(latencies, 95), "p99": percentile(latencies, 99),
                              "max": max(latencies), "scans": len(latencies)},
        "rss_mb": {"by_scans": memory, "second_half_growth": growth},
    }
    s = figures["scan_to_banner_ms"]
    print(f"scan to banner ({s['scans']} scans): median {s['median']:.1f} ms, "
          f"p95 {s['p95']:.1f} ms, p99 {s['p99']:.1f} ms, max {s['max']:.1f} ms")
    print("resident memory: " + ", ".join(f"{n}: {mb:.0f} MB" for n, mb in memory)
          + f"; growth over the second half {growth:+.1f} MB")
    ok = (figures["start_ms"]["median"] < 1500 and s["p95"] < 50
          and max(mb for _, mb in memory) < 300 and growth < 10)
    print("budget (start < 1.5 s, p95 < 50 ms, < 300 MB, not growing):",
          "PASS" if ok else "FAIL")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
