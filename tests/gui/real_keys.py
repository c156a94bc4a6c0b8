"""The counter window meets the keys as a scanner and a person send them: real X key
events from xdotool to the real window on a real X server (Xvfb), with Shift (AltGr, Caps
Lock) presses, on US, Swedish and Norwegian keyboard layouts.

Not collected by the normal test run (the window there is offscreen, and no X server is
needed): ``test_real_keys.py`` runs this file in a pytest of its own, on a private Xvfb
with Qt's xcb platform, and reports each of its tests. To run it by hand:
``pytest tests/gui/test_real_keys.py`` (or ``-k`` a test's name).
"""

from __future__ import annotations

import os
import random
import string
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.gui.main_window import MainWindow
from app.gui.settings import DOUBLE_READ, GS_SUBSTITUTE
from app.services import actions
from app.services.station import Station
from tests.conftest import T34_GTIN
from tests.gui.conftest import settle
from tests.gui.xkeys import (
    GS,
    LAYOUTS,
    focus,
    layout,
    on_loan,
    person,
    quiet,
    ready,
    scan,
    scans_apart,
    state,
    texts,
    xdotool,
)
from tests.integration.helpers import rows

pytestmark = pytest.mark.skipif(os.environ.get("QT_QPA_PLATFORM") != "xcb",
                                reason="real X key events: run through test_real_keys.py")


@pytest.fixture(autouse=True)
def _us_layout_after() -> Iterator[None]:
    yield
    layout("us")


# -- the tests ---------------------------------------------------------------------------

def test_the_reported_scan_leaves_nothing_behind(qtbot, counter: MainWindow) -> None:
    """Exactly as reported: `xdotool type --delay 3 'HS-000007'`, then `xdotool key
    Return`, with the focus in the fault note of the returns desk."""
    on_loan(counter.station, "HS-000007")
    tab = counter.return_tab
    focus(qtbot, tab.fault_note)
    xdotool(qtbot, "type", "--delay", "3", "HS-000007")
    xdotool(qtbot, "key", "Return")
    quiet(qtbot, counter)
    assert state(counter, "HS-000007") == "awaiting_cleaning"  # not faulty: no 'H' note
    assert tab.fault_note.text() == "" and tab.scan_input.text() == ""
    assert "HS-000007" in tab.banner.title.text() and tab.banner.outcome == "success"


@pytest.mark.parametrize("keyboard", LAYOUTS)
def test_a_scan_with_capitals_is_taken_whole_wherever_the_focus_is(
        qtbot, counter: MainWindow, keyboard: str) -> None:
    """Every kind of field of every tab, the unit field with its completion list open."""
    layout(keyboard)
    on_loan(counter.station, "HS-000007", "HS-000008")
    ready(counter.station, *(f"HS-{n:06d}" for n in range(101, 108)))
    _at_the_returns_desk(qtbot, counter, keyboard)
    _into_a_loan_from_every_field(qtbot, counter, keyboard)
    _at_faults_pump_and_stock(qtbot, counter)


def _at_the_returns_desk(qtbot, counter: MainWindow, keyboard: str) -> None:  # noqa: ANN001
    before = texts(counter)
    tab = counter.return_tab
    for field, reg in ((tab.scan_input, "HS-000007"), (tab.fault_note, "HS-000008")):
        focus(qtbot, field)
        scan(qtbot, reg)
        quiet(qtbot, counter)
        # what the window showed and what the fields hold tell a lost scan from a split one
        assert state(counter, reg) == "awaiting_cleaning", (
            keyboard, field.objectName(), tab.banner.title.text(), texts(counter))
    assert texts(counter) == before


def _into_a_loan_from_every_field(qtbot, counter: MainWindow,  # noqa: ANN001
                                  keyboard: str) -> None:
    """A loan half filled in by a person; a pump scanned from every field of it."""
    issue = counter.issue_tab
    counter.tabs.setCurrentWidget(issue)
    settle(qtbot, counter)
    typed = {issue.patient: "19811228-9874", issue.name: "Anna Berg", issue.unit: "60",
             issue.approval: "BL-9", issue.prescriber: "Dr Lund"}
    for field, text in typed.items():
        field.setText(text)
    wanted = []
    for number, field in enumerate([*typed, issue.packs], start=101):
        focus(qtbot, field)
        if field is issue.unit:
            issue.unit.completer().complete()
            qtbot.waitUntil(issue.unit.completer().popup().isVisible)
        reg = f"HS-{number:06d}"
        scan(qtbot, reg)
        quiet(qtbot, counter)
        wanted.append(reg)
        assert [p.registration for p in issue.pumps] == wanted, (keyboard, reg)
        assert {f: f.text() for f in typed} == typed
    assert not issue.unit.completer().popup().isVisible()


def _at_faults_pump_and_stock(qtbot, counter: MainWindow) -> None:  # noqa: ANN001
    """Their scan fields, the fault description, the Stock tab's unit list."""
    faults = counter.faults_tab
    counter.tabs.setCurrentWidget(faults)
    settle(qtbot, counter)
    focus(qtbot, faults.scan_input)
    scan(qtbot, "HS-000107")
    quiet(qtbot, counter)
    assert faults.current is not None and faults.current.registration == "HS-000107"
    faults.description.setText("Alarm")
    focus(qtbot, faults.description)
    scan(qtbot, "PD-2")
    quiet(qtbot, counter)
    assert faults.current.registration == "PD-2" and faults.description.text() == "Alarm"
    assert state(counter, "HS-000107") == "ready"  # the description's Enter: not pressed
    pump = counter.pump_tab
    counter.tabs.setCurrentWidget(pump)
    settle(qtbot, counter)
    scan(qtbot, "PD-1")
    quiet(qtbot, counter)
    assert pump.headline.text().startswith("PD-1") and pump.search.text() == ""
    stock = counter.stock_tab
    counter.tabs.setCurrentWidget(stock)
    settle(qtbot, counter)
    index = stock.unit_filter.currentIndex()
    focus(qtbot, stock.unit_filter)
    scan(qtbot, "PD-3")
    quiet(qtbot, counter)
    assert "PD-3" in stock.banner.title.text()
    assert stock.unit_filter.currentIndex() == index


@pytest.mark.parametrize("keyboard", LAYOUTS)
def test_udis_in_every_form_and_labels_in_any_case_are_taken_whole(
        qtbot, counter: MainWindow, keyboard: str) -> None:
    layout(keyboard)
    counter.settings.set(GS_SUBSTITUTE, "#")
    counter.settings.set(DOUBLE_READ, 0)
    counter.scan_desk.apply(counter.settings)
    ready(counter.station, *(f"UD-{n}" for n in range(1, 7)))
    issue = counter.issue_tab
    counter.tabs.setCurrentWidget(issue)
    settle(qtbot, counter)
    issue.approval.setText("BL-9")
    focus(qtbot, issue.approval)
    codes = {"UD-1": f"(01){T34_GTIN}(21)UD1",                  # brackets, as printed
             "UD-2": f"]d201{T34_GTIN}17300101{GS}10LOT1{GS}21UD2",  # GS1 DataMatrix
             "UD-3": f"]C101{T34_GTIN}10LOT2{GS}21UD3",            # GS1-128
             "UD-4": f"01{T34_GTIN}10LOT3#21UD4",                  # GS sent as '#'
             "UD-5": "ud-5",                                       # lower case label
             "PD-2": f"01{T34_GTIN}21A2"}                          # raw, serial last
    for reg, code in codes.items():
        scan(qtbot, code)
        quiet(qtbot, counter)
        assert issue.pumps and issue.pumps[-1].registration == reg, (
            keyboard, code, issue.banner.detail.text())
    # Caps Lock left on by a person: the scanner's capitals arrive in lower case.
    xdotool(qtbot, "key", "Caps_Lock")
    scan(qtbot, "UD-6")
    xdotool(qtbot, "key", "Caps_Lock")
    quiet(qtbot, counter)
    assert [p.registration for p in issue.pumps] == [*codes, "UD-6"]
    assert issue.approval.text() == "BL-9"


def test_a_person_s_typing_fast_or_slow_stays_theirs(qtbot, counter: MainWindow) -> None:
    issue = counter.issue_tab
    counter.tabs.setCurrentWidget(issue)
    settle(qtbot, counter)
    focus(qtbot, issue.patient)
    person(qtbot, "19811228-9874", 150)
    focus(qtbot, issue.name)
    person(qtbot, "Anna Berg-Lund", 30)  # fast: 30 ms a key, Shift for the capitals
    focus(qtbot, issue.approval)
    xdotool(qtbot, "type", "--delay", "30", "BL-2026/17")  # faster than anyone: ~16 ms
    quiet(qtbot, counter)
    assert (issue.patient.text(), issue.name.text(), issue.approval.text()) == (
        "19811228-9874", "Anna Berg-Lund", "BL-2026/17")
    assert issue.patient_status.property("valid") == "true"
    # A number typed at the returns desk, and Enter: the person's own scan field at work.
    counter.tabs.setCurrentWidget(counter.return_tab)
    settle(qtbot, counter)
    focus(qtbot, counter.return_tab.fault_note)
    xdotool(qtbot, "type", "--delay", "30", "Cracked casing")
    focus(qtbot, counter.return_tab.scan_input)
    person(qtbot, "pd-1", 30)
    xdotool(qtbot, "key", "--delay", "30", "Return")
    quiet(qtbot, counter)
    assert state(counter, "PD-1") == "faulty", (texts(counter), counter.return_tab.banner.detail.text())
    (description,) = rows(counter.station, "SELECT description FROM fault_reports")
    assert description == ("Cracked casing",)


def test_200_scans_5_ms_apart_while_the_list_refreshes_are_all_done_in_order(
        qtbot, counter: MainWindow) -> None:
    station = counter.station
    earlier = [f"ER-{n:04d}" for n in range(400)]  # today's list is long: slow to refresh
    on_loan(station, *earlier)
    for reg in earlier:
        actions.return_pump(station, reg)
    codes = [f"HS-{n:06d}" for n in range(1, 201)]
    on_loan(station, *codes)
    tab = counter.return_tab
    tab.refresh()
    quiet(qtbot, counter)
    stalls, beat = _stalls()
    seen: list[str] = []
    counter.scan_desk.interceptor.scanned.connect(lambda burst, _: seen.append(burst.text))
    xdotool(qtbot, *scans_apart(codes, 0.005), timeout_s=300)
    quiet(qtbot, counter, timeout_s=180)
    beat.stop()
    assert seen == codes, f"scans as taken, where not as sent: {set(seen) ^ set(codes)}"
    longest = max(stalls)
    returned = [reg for reg in _returned(station) if reg.startswith("HS-")]
    assert returned == codes  # every scan, once, in scan order
    assert tab.banner.outcome == "success" and "HS-000200" in tab.banner.title.text()
    assert tab.scan_input.text() == "" and tab.fault_note.text() == ""
    assert longest > counter.scan_desk.interceptor.timing.gap_ms, (
        f"the window was never busy for longer than a burst's pause ({longest:.0f} ms): "
        "this test would not show that busy spells are survived")


def _returned(station: Station) -> list[str]:
    return [pump for (pump,) in rows(station, "SELECT pump FROM events WHERE type = "
                                              "'returned' ORDER BY seq")]


def _stalls() -> tuple[list[float], QTimer]:
    """How long the window's event loop was busy between two turns, in ms (a 5 ms beat)."""
    stalls: list[float] = [0.0]
    last = [time.perf_counter()]

    def beat() -> None:
        now = time.perf_counter()
        stalls.append((now - last[0]) * 1000 - 5)
        last[0] = now

    timer = QTimer(QApplication.instance(), interval=5)
    timer.timeout.connect(beat)
    timer.start()
    return stalls, timer


def test_garbage_and_a_500_character_burst_change_nothing(qtbot, counter: MainWindow) -> None:
    issue = counter.issue_tab
    counter.tabs.setCurrentWidget(issue)
    settle(qtbot, counter)
    issue.approval.setText("BL-9")
    focus(qtbot, issue.approval)
    noise = random.Random(11)
    garbage = "".join(noise.choice(string.ascii_letters + string.digits + "-./()#%&*+=?!:;,_")
                      for _ in range(40))
    long_burst = "".join(noise.choice(string.ascii_uppercase + string.digits)
                         for _ in range(500))
    before = texts(counter)
    for code in (garbage, long_burst):
        scan(qtbot, code)
        quiet(qtbot, counter)
        assert issue.banner.outcome == "refusal", code
        assert issue.approval.text() == "BL-9" and issue.pumps == []
    assert texts(counter) == before


def test_a_scan_while_settings_is_open_is_refused_there(qtbot, counter: MainWindow) -> None:
    xdotool(qtbot, "key", "ctrl+comma")
    qtbot.waitUntil(lambda: getattr(counter, "settings_dialog", None) is not None
                    and counter.settings_dialog.isVisible(), timeout=5000)
    dialog = counter.settings_dialog
    name = dialog.form.fields["depot/name"]
    focus(qtbot, name)
    person(qtbot, "Lund", 60)
    scan(qtbot, "PD-1")
    quiet(qtbot, counter)
    assert dialog.isVisible() and dialog.result() == 0  # its default button, Save: untouched
    assert name.text() == "Lund" and "Not taken: PD-1" in dialog.message.text()
    assert state(counter, "PD-1") == "on_loan"
    xdotool(qtbot, "key", "Escape")
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_a_scan_while_a_question_is_asked_waits_for_the_answer(
        qtbot, counter: MainWindow) -> None:
    """N and Y are the buttons of a question (No, Yes): a scan spelling them presses none,
    and is done when the question is answered."""
    on_loan(counter.station, "NY-7")
    box = QMessageBox(QMessageBox.Icon.Question, "Dispatch", "Send 4 pumps to 2 units?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, counter)
    box.open()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is box and box.isActiveWindow())
    scan(qtbot, "NY-7")
    quiet(qtbot, counter)
    assert box.isVisible() and box.clickedButton() is None
    assert state(counter, "NY-7") == "on_loan"
    xdotool(qtbot, "key", "Escape")
    qtbot.waitUntil(lambda: "NY-7" in counter.return_tab.banner.title.text(), timeout=5000)
    assert state(counter, "NY-7") == "awaiting_cleaning"


def test_a_scan_in_about_is_done_when_it_closes(qtbot, counter: MainWindow) -> None:
    xdotool(qtbot, "key", "F1")
    qtbot.waitUntil(lambda: getattr(counter, "about_dialog", None) is not None
                    and counter.about_dialog.isActiveWindow(), timeout=5000)
    scan(qtbot, "PD-1")
    quiet(qtbot, counter)
    assert counter.about_dialog.isVisible()  # Enter did not press its Close
    assert "PD-1" in counter.statusBar().currentMessage()
    xdotool(qtbot, "key", "Escape")
    qtbot.waitUntil(lambda: "PD-1" in counter.return_tab.banner.title.text(), timeout=5000)
    assert state(counter, "PD-1") == "awaiting_cleaning"


def test_a_double_read_is_told_calmly(qtbot, counter: MainWindow) -> None:
    xdotool(qtbot, *scans_apart(["PD-1", "PD-1"], 0.005))
    quiet(qtbot, counter)
    tab = counter.return_tab
    assert tab.banner.outcome == "success" and "read twice" in tab.banner.remark.text()
    assert counter.sounds.last_played == counter.sounds.success_file
    assert len(_returned(counter.station)) == 1


def test_the_scanner_test_shows_real_keys(qtbot, counter: MainWindow, shots: Path) -> None:
    counter.show_settings()
    settle(qtbot, counter)
    form = counter.settings_dialog.form
    form.test_scanner()
    dialog = form.scanner_dialog
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
    layout("se")
    scan(qtbot, f"]d201{T34_GTIN}10LOT1{GS}21A1")
    quiet(qtbot, counter)
    assert dialog.text.toPlainText() == f"]d201{T34_GTIN}10LOT1⟨GS⟩21A1"
    assert dialog.fields["symbology"].text() == "]d2 — GS1 DataMatrix"
    keys = dialog.fields["keys"].text()
    assert "AltGr pressed" in keys and "Shift pressed 4×" in keys and "Ctrl pressed 1×" in keys
    assert "taken as a scan" in dialog.fields["verdict"].text()
    assert 0 <= dialog.bursts[-1].longest_gap() < 20
    qtbot.wait(50)
    dialog.grab().save(str(shots / "scanner-test-x.png"))
    assert state(counter, "PD-1") == "on_loan"


# -- who is at the counter ----------------------------------------------------------------

def _card(counter: MainWindow, number: str) -> str:
    from app.services import staff

    return staff.staff_member(counter.station, number).card_code or ""


@pytest.mark.parametrize("keyboard", LAYOUTS)
def test_a_staff_card_signs_in_wherever_the_focus_is(qtbot, counter: MainWindow,
                                                     keyboard: str) -> None:
    """Signed out, a pump scan is answered "sign in first" and kept; the card, scanned with
    the focus in a half-typed loan, signs its holder in and the kept scan is done."""
    from tests.conftest import enroll

    layout(keyboard)
    enroll(counter.station, "bo", ("counter",), name="Bo Ek")
    ready(counter.station, "HS-000101")
    counter.session.sign_out()
    quiet(qtbot, counter)
    issue = counter.issue_tab
    counter.tabs.setCurrentWidget(issue)
    settle(qtbot, counter)
    issue.patient.setText("19811228-9874")
    focus(qtbot, issue.name)
    person(qtbot, "Anna", 60)
    scan(qtbot, "HS-000101")
    quiet(qtbot, counter)
    assert issue.pumps == [] and "Sign in first" in issue.banner.title.text()
    scan(qtbot, _card(counter, "bo"))
    quiet(qtbot, counter)
    assert counter.session.current is not None and counter.session.current.name == "Bo Ek"
    assert counter.station.staff_number == "bo"
    assert [p.registration for p in issue.pumps] == ["HS-000101"], keyboard  # kept, done
    assert issue.name.text() == "Anna" and issue.patient.text() == "19811228-9874"
    assert counter.sign_in_bar.who.text() == "Signed in: Bo Ek"


def test_the_counter_signs_out_when_idle_and_stays_while_used(qtbot,
                                                             counter: MainWindow) -> None:
    counter.session.idle_ms = 1500
    scan(qtbot, _card(counter, "anna.k"))
    quiet(qtbot, counter)
    assert counter.session.current is not None
    for _ in range(3):  # a person typing keeps the counter signed in
        qtbot.wait(800)
        focus(qtbot, counter.return_tab.fault_note)
        person(qtbot, "x", 60)
        assert counter.session.current is not None
    qtbot.waitUntil(lambda: counter.session.current is None, timeout=5000)
    quiet(qtbot, counter)
    assert counter.station.staff_number == ""
    assert counter.sign_in_bar.who.text() == "Nobody signed in — scan your staff card"
    on_loan_reg = "PD-1"
    scan(qtbot, on_loan_reg)
    quiet(qtbot, counter)
    assert state(counter, on_loan_reg) == "on_loan"  # signed out: nothing done


def test_an_action_without_its_role_is_refused_naming_the_role(qtbot,
                                                              counter: MainWindow) -> None:
    from tests.conftest import enroll

    enroll(counter.station, "bo", ("counter",), name="Bo Ek")
    scan(qtbot, _card(counter, "bo"))
    quiet(qtbot, counter)
    faults = counter.faults_tab
    xdotool(qtbot, "key", "ctrl+3")
    qtbot.waitUntil(lambda: counter.current_tab() is faults)
    scan(qtbot, "PD-2")
    quiet(qtbot, counter)
    qtbot.waitUntil(faults.repair_button.isEnabled)
    focus(qtbot, faults.repair_button)
    xdotool(qtbot, "key", "space")  # Send to repair
    quiet(qtbot, counter)
    assert state(counter, "PD-2") == "ready"
    assert faults.banner.outcome == "refusal"
    said = faults.banner.title.text() + faults.banner.detail.text()
    assert "technician role" in said and "Bo Ek" in said, said


def test_an_order_by_real_keys_and_its_number_scanned_from_another_field(
        qtbot, counter: MainWindow) -> None:  # noqa: ANN001
    from app.services import orders
    from tests.consumables_setup import define_articles, prescribe

    define_articles(counter.station)
    prescribe(counter.station, "19811228-9874", {"SPR10": 4, "FILM": 2})
    tab = counter.orders_tab
    counter.tabs.setCurrentWidget(tab)
    quiet(qtbot, counter)
    form = tab.new_order
    focus(qtbot, form.person)
    person(qtbot, "19811228-9874", 120)
    qtbot.waitUntil(lambda: form.status is not None, timeout=5000)
    for article, quantity in (("SPR10", "3"), ("FILM", "")):
        xdotool(qtbot, "key", "Tab") if not form.article.hasFocus() else None
        person(qtbot, article, 120)
        if quantity:
            xdotool(qtbot, "key", "Tab")
            person(qtbot, quantity, 120)
        xdotool(qtbot, "key", "Return")  # the line joins the order
        quiet(qtbot, counter)
    assert form.lines == {"SPR10": 3, "FILM": 1}
    xdotool(qtbot, "key", "Return")  # no article pending: the order is placed
    qtbot.waitUntil(lambda: tab.ready_label is not None, timeout=10000)
    number = orders.find_orders(counter.station, person="19811228-9874")[0].number
    assert number in tab.banner.title.text()
    focus(qtbot, form.justification)
    scan(qtbot, number)  # the order's label scanned, the focus in another field
    quiet(qtbot, counter)
    assert tab.detail.view is not None and tab.detail.view.number == number
    assert form.justification.text() == "" and not tab.on_new_page()
