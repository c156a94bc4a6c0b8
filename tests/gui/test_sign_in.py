"""Signing in at the counter window: by card burst, by name and PIN, the name shown, idle
sign-out, switching by another card, and a pump scan kept while nobody is signed in."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from app.gui.main_window import MainWindow
from app.gui.sign_in import SignInDialog
from app.services import queries, staff
from tests.conftest import enroll
from tests.gui.conftest import settle, stamped_keys


def state(window: MainWindow, reg: str) -> str:
    return queries.pump_status(window.station, reg).state


def quiet(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not window.scan_desk.interceptor.holding
                    and window.ops.pending == 0, timeout=10000)


def card_of(window: MainWindow, number: str) -> str:
    return staff.staff_member(window.station, number).card_code or ""


def signed_out(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    window.session.sign_out()
    quiet(qtbot, window)
    assert window.session.current is None and window.station.staff_number == ""


def test_the_window_shows_who_is_signed_in(qtbot, counter: MainWindow,  # noqa: ANN001
                                           shots: Path) -> None:
    bar = counter.sign_in_bar
    assert bar.who.text() == "Signed in: anna.k" and bar.button.text() == "Sign out"
    counter.grab().save(str(shots / "signed-in.png"))
    signed_out(qtbot, counter)
    assert bar.who.text() == "Nobody signed in — scan your staff card"
    assert bar.button.text() == "Sign in…"
    counter.grab().save(str(shots / "signed-out.png"))


def test_a_scan_signed_out_says_sign_in_first_and_is_done_after_the_card(
        qtbot, counter: MainWindow) -> None:  # noqa: ANN001
    signed_out(qtbot, counter)
    tab = counter.return_tab
    stamped_keys(tab.fault_note, "PD-1", 3, start=1000)
    quiet(qtbot, counter)
    assert state(counter, "PD-1") == "on_loan"  # not done: nobody is signed in
    assert tab.banner.outcome == "refusal" and "Sign in first" in tab.banner.title.text()
    enroll(counter.station, "bo", ("counter",), name="Bo Ek")
    stamped_keys(tab.fault_note, card_of(counter, "bo"), 3, start=3000)
    quiet(qtbot, counter)
    assert counter.session.current.name == "Bo Ek"
    assert state(counter, "PD-1") == "awaiting_cleaning"  # the kept scan, done
    assert tab.fault_note.text() == "" and tab.scan_input.text() == ""
    assert queries.pump_history(counter.station, "PD-1")[-1].actor_name == "Bo Ek"


def test_a_kept_scan_goes_stale(qtbot, counter: MainWindow) -> None:  # noqa: ANN001
    signed_out(qtbot, counter)
    now = [100.0]
    counter.session.clock = lambda: now[0]
    counter.session.hold("PD-2", 100.0)
    now[0] = 100.0 + 11
    counter.session.card(card_of(counter, "anna.k"))
    quiet(qtbot, counter)
    assert counter.session.current is not None and counter.session.held == []
    assert state(counter, "PD-2") == "ready"  # too late: not done


def test_another_card_switches_and_an_unknown_card_is_refused(
        qtbot, counter: MainWindow) -> None:  # noqa: ANN001
    enroll(counter.station, "bo", ("counter",), name="Bo Ek")
    tab = counter.return_tab
    stamped_keys(tab.scan_input, card_of(counter, "bo"), 3, start=1000)
    quiet(qtbot, counter)
    assert counter.session.current.number == "bo" and counter.station.staff_number == "bo"
    assert counter.sign_in_bar.who.text() == "Signed in: Bo Ek"
    stamped_keys(tab.scan_input, "%SAAAAAAAAAA", 3, start=2000)
    quiet(qtbot, counter)
    assert tab.banner.outcome == "refusal" and "staff card" in tab.banner.title.text()
    assert counter.station.staff_number == "bo"  # still the one signed in
    staff.change_staff(counter.station.acting_as("anna.k"), "bo", active=False)
    counter.session.sign_out()
    quiet(qtbot, counter)
    stamped_keys(tab.scan_input, card_of(counter, "bo"), 3, start=3000)
    quiet(qtbot, counter)
    assert counter.session.current is None and "no longer active" in tab.banner.title.text()


def test_idle_sign_out(qtbot, counter: MainWindow) -> None:  # noqa: ANN001
    assert counter.session.idle_ms == 10 * 60_000  # the default
    counter.session.idle_ms = 300
    counter.session.idle.start(300)
    qtbot.waitUntil(lambda: counter.session.current is None, timeout=5000)
    settle(qtbot, counter)
    assert counter.station.staff_number == ""
    assert "Signed out after" in counter.statusBar().currentMessage()


def test_sign_in_by_name_and_pin(qtbot, counter: MainWindow, shots: Path) -> None:  # noqa: ANN001
    staff.add_staff(counter.station, "bo", name="Bo Ek", roles=["counter"], pin="2468")
    signed_out(qtbot, counter)
    counter.sign_in_bar.button.click()
    dialog = counter.sign_in_bar.dialog
    assert isinstance(dialog, SignInDialog)
    qtbot.waitUntil(lambda: dialog.name.count() == 2)
    dialog.name.setCurrentIndex(dialog.name.findData("bo"))
    dialog.pin.setText("1111")
    dialog._sign_in()
    qtbot.waitUntil(lambda: dialog.message.text() != "")
    assert "do not match" in dialog.message.text() and dialog.pin.text() == ""
    dialog.grab().save(str(shots / "sign-in-dialog.png"))
    assert counter.session.current is None
    dialog.pin.setText("2468")
    dialog._sign_in()
    qtbot.waitUntil(lambda: counter.session.current is not None)
    assert counter.session.current.name == "Bo Ek" and not dialog.isVisible()
    assert QApplication.activeModalWidget() is None


def test_a_card_code_typed_by_hand_signs_in(qtbot, counter: MainWindow) -> None:  # noqa: ANN001
    signed_out(qtbot, counter)
    field = counter.return_tab.scan_input
    field.setText(card_of(counter, "anna.k").lower())
    field.returnPressed.emit()
    quiet(qtbot, counter)
    assert counter.session.current is not None and counter.session.current.number == "anna.k"
    assert counter.return_tab.banner.outcome != "refusal"
