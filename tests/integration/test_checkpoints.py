"""WAL checkpoints off the counter's path: the program's commits leave the checkpoint to a
thread of its own, which copies the WAL into the database soon after, and stops (with a
last round) when the database is closed."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from tests.conftest import signed_in
from app.persistence.checkpoints import SAFETY_NET_PAGES
from app.services import actions, register
from app.services.station import open_station


def wal_index(db: Path) -> tuple[int, int]:
    """(frames in the WAL, frames already copied into the database), read from the WAL
    index without taking part: mxFrame and nBackfill of SQLite's -shm header (wal.c)."""
    header = Path(f"{db}-shm").read_bytes()[:136]
    return (int.from_bytes(header[16:20], sys.byteorder),
            int.from_bytes(header[96:100], sys.byteorder))


def test_commits_leave_the_checkpoint_to_the_background(tmp_path: Path) -> None:
    station = signed_in(open_station(tmp_path / "counter.db", workstation="CP1"))
    try:
        with station.db.writing() as connection:
            # A commit checkpoints itself only for a runaway WAL, far above SQLite's 1,000.
            assert connection.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == \
                SAFETY_NET_PAGES > 5_000
        register.define_model(station, "T34", make="BD", name="T",
                              product_area="subcutaneous_infusion",
                              maintenance_interval_days=365)
        for n in range(30):
            actions.register_pump(station, f"PD-{n}", "T34")
        deadline = time.monotonic() + 10
        while station.db.checkpoints.rounds == 0 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert station.db.checkpoints.rounds > 0, "no background checkpoint ran"
        time.sleep(0.5)  # the writes have paused: the thread has copied all of them
        frames, copied = wal_index(station.db.path)
        assert frames > 0 and copied == frames, (frames, copied)
        # The next commit starts the WAL from its beginning: it stays small.
        actions.register_pump(station, "PD-LAST", "T34")
        frames, _ = wal_index(station.db.path)
        assert 0 < frames < 100, frames
    finally:
        station.close()
    assert not station.db.checkpoints._thread.is_alive()  # noqa: SLF001


def test_a_read_only_station_starts_no_thread(tmp_path: Path) -> None:
    open_station(tmp_path / "counter.db", workstation="CP2").close()
    station = open_station(tmp_path / "counter.db")
    try:
        from app.services import queries

        queries.list_units(station)
        assert station.db.checkpoints._thread is None  # noqa: SLF001
    finally:
        station.close()
