"""The window with a central database: sync runs on its own thread, the status bar says
where the workstation stands, and conflicts can be read and resolved."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from app.gui.main_window import MainWindow
from app.gui.sounds import Sounds
from app.services import actions, sync
from app.services.station import Station
from app.sync.central import Central
from app.sync.client import Sync
from tests.conftest import T34_GTIN, make_station
from tests.gui.conftest import auto_type, scanner_burst, settle
from tests.sync.conftest import UNREACHABLE
from tests.sync.conftest import central_database, central_url, region  # noqa: F401 - fixtures
from tests.sync.region import enroll
from tests.sync.workload import pumps_of



def _window(qtbot, station: Station, url: str) -> MainWindow:  # noqa: ANN001
    window = MainWindow(station, sounds=Sounds(enabled=False), central_url=url)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    settle(qtbot, window)
    return window


def _other(tmp_path: Path, clock, url: str) -> tuple[Station, Sync]:  # noqa: ANN001
    other = make_station(tmp_path / "other.db", clock, workstation="KASSA2",
                         readable_ids=False)
    return other, Sync(other.db, "KASSA2", Central(enroll(url, "KASSA2")))


def test_an_action_goes_out_at_once_and_the_status_bar_says_so(
        qtbot, counter, central_url: str, tmp_path: Path, clock,  # noqa: F811
        shots: Path) -> None:
    station = counter.station
    counter.close()
    window = _window(qtbot, station, enroll(central_url, station.ctx.workstation))
    indicator = window.sync_indicator
    qtbot.waitUntil(lambda: indicator.property("outcome") == "online", timeout=10000)
    assert "0 waiting" in indicator.text()
    other, link = _other(tmp_path, clock, central_url)
    link.cycle()
    # A return at the window: nudged, it reaches the other counter without a timer tick.
    window.tabs.setCurrentWidget(window.return_tab)
    scanner_burst(qtbot, window.return_tab.scan_input, "PD-1")
    settle(qtbot, window)
    qtbot.waitUntil(lambda: sync.local_status(station).pending == 0, timeout=5000)
    link.cycle()
    assert pumps_of(other)["PD-1"][0] == "awaiting_cleaning"
    window.grab().save(str(shots / "sync-online.png"))
    window.close()
    link.close()
    other.close()


def test_offline_the_counter_works_on_and_events_wait(qtbot, depot: Station,
                                                     shots: Path) -> None:
    actions.register_pump(depot, "PD-7", "T34", "SN-7", udi=f"(01){T34_GTIN}(21)S7")
    actions.issue_pump(depot, "PD-7", patient="19811228-9874", unit="602154",
                       approval="BL-1")
    window = _window(qtbot, depot, UNREACHABLE)
    indicator = window.sync_indicator
    qtbot.waitUntil(lambda: indicator.property("outcome") == "offline", timeout=15000)
    window.tabs.setCurrentWidget(window.return_tab)
    scanner_burst(qtbot, window.return_tab.scan_input, "PD-7")
    settle(qtbot, window)
    assert window.return_tab.banner.outcome == "success"
    waiting = sync.local_status(depot).pending
    assert waiting > 0
    qtbot.waitUntil(lambda: f"{waiting} waiting" in indicator.text(), timeout=15000)
    assert "work goes on" in indicator.text()
    window.grab().save(str(shots / "sync-offline.png"))
    window.close()


def test_a_conflict_is_shown_with_both_sides_and_resolved(
        qtbot, depot: Station, central_url: str, tmp_path: Path, clock,  # noqa: F811
        shots: Path) -> None:
    actions.register_pump(depot, "PD-8", "T34", "SN-8", udi=f"(01){T34_GTIN}(21)S8")
    other, link = _other(tmp_path, clock, central_url)
    own_url = enroll(central_url, depot.ctx.workstation)
    own = Sync(depot.db, depot.ctx.workstation, Central(own_url))
    own.cycle()
    link.cycle()
    actions.issue_pump(other, "PD-8", patient="19811288-9871", unit="602155",
                       approval="BL-9")
    actions.issue_pump(depot, "PD-8", patient="19811228-9874", unit="602154",
                       approval="BL-1")
    link.cycle()  # the other counter's loan reaches the central database first
    own.close()
    window = _window(qtbot, depot, own_url)
    indicator = window.sync_indicator
    qtbot.waitUntil(lambda: indicator.property("outcome") == "conflict", timeout=10000)
    assert "1 conflicts to resolve" in indicator.text()
    qtbot.mouseClick(indicator, Qt.MouseButton.LeftButton)
    dialog = window.conflicts_dialog
    settle(qtbot, window)
    assert dialog.table.rowCount() == 1
    assert dialog.table.cell(0, 0) == "PD-8"
    assert "DESK1" in dialog.table.cell(0, 1) and "issued to patient" in dialog.table.cell(0, 1)
    assert "KASSA2" in dialog.table.cell(0, 2)
    assert "KASSA2-000001" in dialog.details.text()
    assert "already on loan" in dialog.details.text()
    dialog.grab().save(str(shots / "sync-conflicts.png"))
    # A note is required; then the resolution is recorded and reaches the other counter.
    qtbot.mouseClick(dialog.resolve, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert "Write what was done" in dialog.message.text()
    auto_type(qtbot, dialog.note, "Pump is with the KASSA2 patient; nothing else to do")
    qtbot.mouseClick(dialog.resolve, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1
                    and dialog.table.cell(0, 3) != "open", timeout=5000)
    qtbot.waitUntil(lambda: indicator.property("outcome") == "online", timeout=10000)

    def seen_at_the_other_counter() -> bool:
        # "online" says no conflict is open here, which is so once the resolution is
        # recorded; its hand-in and verdict may take another cycle of the window's and the
        # judge's, and the other counter sees it with the pull after that.
        link.cycle()
        (seen,) = sync.conflicts(other)
        return seen.resolution == "Pump is with the KASSA2 patient; nothing else to do"

    qtbot.waitUntil(seen_at_the_other_counter, timeout=20000)
    dialog.close()
    window.close()
    link.close()
    other.close()


def test_a_cycle_that_hangs_is_not_shown_as_online(
        qtbot, counter, central_url: str, shots: Path) -> None:  # noqa: F811
    """A network that stops answering (a frozen proxy: the kernel still acknowledges, no
    byte comes back) turns the status bar from "online" to "no answer" long before the
    cycle's bound ends it, and back once the network answers again."""
    from app.gui import sync_status
    from tests.sync.proxy import Proxy

    station = counter.station
    counter.close()
    proxy = Proxy()
    try:
        window = _window(qtbot, station, proxy.url(enroll(central_url, station.ctx.workstation)))
        indicator = window.sync_indicator
        qtbot.waitUntil(lambda: indicator.property("outcome") == "online", timeout=10000)
        proxy.freeze()
        window.tabs.setCurrentWidget(window.return_tab)
        scanner_burst(qtbot, window.return_tab.scan_input, "PD-1")
        settle(qtbot, window)
        qtbot.waitUntil(lambda: "no answer since" in indicator.text(),
                        timeout=sync_status.HANG_MS + 6000)
        assert indicator.property("outcome") == "offline"
        assert "1 waiting" in indicator.text()
        # The counter works on meanwhile: the return was taken here.
        assert sync.local_status(station).pending == 1
        window.grab().save(str(shots / "sync-no-answer.png"))
        proxy.thaw()
        proxy.cut()  # the frozen connection is gone; the next cycle connects afresh
        qtbot.waitUntil(lambda: indicator.property("outcome") == "online", timeout=45000)
        qtbot.waitUntil(lambda: sync.local_status(station).pending == 0, timeout=10000)
        window.close()
    finally:
        proxy.close()


def test_a_clock_far_off_the_servers_is_shown(qtbot, shots: Path) -> None:
    """More than two minutes off, either way, is said in the status bar; within, nothing."""
    import datetime as dt

    from app.gui.sync_status import SyncIndicator
    from app.sync.client import SyncReport

    indicator = SyncIndicator()
    qtbot.addWidget(indicator)
    now = dt.datetime.now(dt.UTC)
    for offset, said in ((6 * 3600.0, ("360 min", "ahead")),
                         (-185.0, ("3 min", "behind")), (90.0, None), (-30.0, None)):
        indicator.show_report(SyncReport(online=True, finished_at=now, clock_offset_s=offset))
        if said is None:
            assert "clock" not in indicator.text()
            assert indicator.property("outcome") == "online"
        else:
            assert all(part in indicator.text() for part in said)
            assert "technician" in indicator.toolTip()
            assert indicator.property("outcome") == "error"
    indicator.show_report(SyncReport(online=True, finished_at=now, clock_offset_s=-185.0))
    indicator.adjustSize()
    indicator.grab().save(str(shots / "sync-clock-off.png"))


def test_two_databases_running_as_one_workstation_are_shown_with_what_to_do(
        qtbot, shots: Path) -> None:
    """Both counters' status bars say it (the superseded copy's and the one the judge takes
    events from), in the counter's language, with what to do in the tooltip."""
    import datetime as dt

    from app.gui.i18n import install_language
    from app.gui.sync_status import SyncIndicator
    from app.sync.client import SyncReport

    indicator = SyncIndicator()
    qtbot.addWidget(indicator)
    now = dt.datetime.now(dt.UTC)
    install_language("sv")
    try:
        for here, which in ((True, "den här databasen"), (False, "den andra kopian")):
            indicator.show_report(SyncReport(online=True, finished_at=now, workstation="KASSA1",
                                             clash_since=now, clash_here=here, pending=2))
            assert "två databaser arbetar som KASSA1" in indicator.text()
            assert which in indicator.toolTip() and "--reenroll" in indicator.toolTip()
            assert indicator.property("outcome") == "error"
        indicator.adjustSize()
        indicator.grab().save(str(shots / "sync-copy-clash-sv.png"))
        indicator.show_report(SyncReport(online=True, finished_at=now, workstation="KASSA1"))
        assert "två databaser" not in indicator.text()
        assert indicator.property("outcome") == "online"
    finally:
        install_language("en")
