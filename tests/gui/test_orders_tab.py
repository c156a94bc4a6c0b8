"""The Orders section of the window: orders found by number, person and day; a scanned
withdrawal number opens its order wherever the focus is; a new order by the keyboard alone,
with its number in the banner and its label made; a refusal that changes nothing; a state
moved on; a protected identity never named in the list or on the label."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.gui.main_window import MainWindow
from app.services import orders
from tests.consumables_setup import define_articles, prescribe
from tests.gui.conftest import send_key, settle, stamped_keys
from tests.printing.reading import barcodes, text

PERSON = "19811228-9874"  # Anna Berg, PD-1's patient in the counter fixture
OTHER = "19121212-1212"
NONE = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def shop(qtbot, counter: MainWindow) -> MainWindow:  # noqa: ANN001
    station = counter.station
    define_articles(station)
    prescribe(station, PERSON, {"SPR10": 4, "NAL27": 2, "FILM": 2, "SET14": 1, "SPECIAL": 1})
    prescribe(station, OTHER, {"SPR10": 9}, unit="604001")
    qtbot.keyClick(counter, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    assert counter.current_tab() is counter.orders_tab
    settle(qtbot, counter)
    return counter


class Keys:
    """A person at the keyboard: keys with their own times, far enough apart to be told
    from a scanner, each to the widget that has the focus."""

    def __init__(self, qtbot, window: MainWindow) -> None:  # noqa: ANN001
        self.qtbot, self.window, self.at = qtbot, window, 100_000

    def type(self, text: str) -> None:
        widget = QApplication.focusWidget()
        before = getattr(widget, "text", lambda: "")()
        self.at = stamped_keys(widget, text, 150, self.at, enter=False) + 150
        self.qtbot.waitUntil(lambda: getattr(widget, "text", lambda: "")() != before
                             or not text, timeout=3000)

    def press(self, key: Qt.Key, typed: str = "") -> None:
        send_key(QApplication.focusWidget(), key, typed, NONE, self.at)
        self.at += 150
        self.qtbot.wait(40)  # the window passes a person's keys on a few ms late
        settle(self.qtbot, self.window)


def test_finding_orders_by_number_person_and_day(qtbot, shop: MainWindow) -> None:  # noqa: ANN001
    tab = shop.orders_tab
    today = orders.place_order(shop.station, PERSON, {"SPR10": 1}, "patient").number
    other = orders.place_order(shop.station, OTHER, {"SPR10": 2}, "relative").number
    later = orders.place_order(shop.station, PERSON, {"NAL27": 1}, "staff",
                              at=dt.datetime(2026, 3, 20, 10, tzinfo=dt.UTC)).number
    tab.show_found()
    tab.refresh()
    settle(qtbot, shop)
    finder = tab.finder
    listed = [finder.list.cell(r, 0) for r in range(finder.list.rowCount())]
    assert listed == [other, today]  # today's, newest first
    assert "Anna Berg" in finder.list.cell(1, 2) and finder.list.cell(1, 4) == "SPR10 × 1"

    finder.query.setText(later.lower())
    tab.enter()
    settle(qtbot, shop)
    assert finder.list.rowCount() == 1 and finder.list.cell(0, 0) == later
    assert tab.detail.view is not None and tab.detail.view.number == later

    finder.query.setText(PERSON)
    finder.on_day.setChecked(False)
    tab.enter()
    settle(qtbot, shop)
    assert {finder.list.cell(r, 0) for r in range(finder.list.rowCount())} == {today, later}

    finder.query.clear()
    finder.on_day.setChecked(True)
    finder.set_day(dt.date(2026, 3, 20))
    tab.enter()
    settle(qtbot, shop)
    assert [finder.list.cell(r, 0) for r in range(finder.list.rowCount())] == [later]


def test_a_scanned_number_opens_its_order_wherever_the_focus_is(qtbot, shop: MainWindow) -> None:  # noqa: ANN001
    tab = shop.orders_tab
    number = orders.place_order(shop.station, PERSON, {"FILM": 1}, "patient").number
    tab.show_new()
    tab.new_order.justification.setFocus()
    qtbot.waitUntil(tab.new_order.justification.hasFocus)
    stamped_keys(tab.new_order.justification, number, 3, start=1000)
    settle(qtbot, shop)
    qtbot.waitUntil(lambda: tab.detail.view is not None)
    assert not tab.on_new_page() and tab.detail.view.number == number
    assert tab.new_order.justification.text() == ""  # nothing of the scan in the field
    assert tab.finder.list.rowCount() == 1
    assert [tab.detail.lines.cell(0, c) for c in (0, 2)] == ["FILM", "1"]


def test_a_new_order_by_the_keyboard_alone(qtbot, shop: MainWindow) -> None:  # noqa: ANN001
    tab = shop.orders_tab
    made = []
    tab.label_made.connect(made.append)
    keys = Keys(qtbot, shop)
    tab.focus_scan()
    qtbot.waitUntil(tab.new_order.person.hasFocus)
    keys.type(PERSON)
    qtbot.waitUntil(lambda: tab.new_order.status is not None, timeout=3000)
    assert tab.new_order.prescribed.rowCount() == 5  # the prescription and what is left
    keys.press(Qt.Key.Key_Tab)
    assert tab.new_order.article.hasFocus()
    for article, quantity in (("SPR10", "3"), ("nal27", "")):
        keys.type(article)
        if quantity:
            keys.press(Qt.Key.Key_Tab)
            keys.type(quantity)
            qtbot.waitUntil(lambda: tab.new_order.quantity.value() == 3)
        keys.press(Qt.Key.Key_Return, "\r")  # the line joins the order
    assert tab.new_order.lines == {"SPR10": 3, "NAL27": 1}
    keys.press(Qt.Key.Key_Return, "\r")  # no article pending: placed
    qtbot.waitUntil(lambda: bool(made), timeout=5000)
    found = orders.find_orders(shop.station, person=PERSON)
    assert len(found) == 1
    number = found[0].number
    assert tab.banner.outcome == "success" and number in tab.banner.title.text()
    assert {(line.article, line.quantity) for line in found[0].lines} == {("SPR10", 3),
                                                                          ("NAL27", 1)}
    # No label printer is set: the label waits, made, for Ctrl+L.
    assert tab.ready_label is made[0] and barcodes(made[0].pdf, 203) == [number]
    assert "Ctrl+L" in tab.banner.detail.text()
    assert tab.new_order.person.text() == "" and tab.new_order.person.hasFocus()
    keys.press(Qt.Key.Key_Escape)  # Esc: starts over, and changes nothing
    assert len(orders.find_orders(shop.station, person=PERSON)) == 1


def test_a_refusal_changes_nothing(qtbot, shop: MainWindow) -> None:  # noqa: ANN001
    tab = shop.orders_tab
    form = tab.new_order
    form.person.setText(PERSON)
    form.look_up_person()
    settle(qtbot, shop)
    form.add_article("SPR10", 5)  # 4 per period prescribed
    tab.enter()
    settle(qtbot, shop)
    assert tab.banner.outcome == "refusal"
    assert "5 of SPR10 is more than is left" in tab.banner.detail.text()
    assert orders.find_orders(shop.station, person=PERSON) == []
    assert form.lines == {"SPR10": 5} and form.person.text() == PERSON  # kept to correct


def test_an_order_moves_on_and_may_not_be_cancelled_after_dispatch(qtbot, shop: MainWindow) -> None:  # noqa: ANN001
    tab = shop.orders_tab
    number = orders.place_order(shop.station, PERSON, {"SPR10": 1}, "patient").number
    tab.open_order(number)
    settle(qtbot, shop)
    detail = tab.detail
    assert detail.move_buttons[orders.OrderState.PICKED].isVisible()
    assert not detail.move_buttons[orders.OrderState.DELIVERED].isVisible()
    detail.lines.setFocus()  # Tab from the list to the order's lines
    qtbot.waitUntil(detail.lines.hasFocus)
    qtbot.keyClick(detail.lines, detail.move_buttons[orders.OrderState.PICKED].property(
        "altKey")[-1], Qt.KeyboardModifier.AltModifier)
    settle(qtbot, shop)
    assert detail.view.state == "picked" and [m.state for m in detail.view.history] == [
        "registered", "picked"]
    assert tab.banner.outcome == "success"
    assert tab.finder.list.cell(0, 5) == "picked"
    detail.move(orders.OrderState.DISPATCHED)
    settle(qtbot, shop)
    assert not detail.move_buttons[orders.OrderState.CANCELLED].isVisible()
    detail.move(orders.OrderState.CANCELLED)  # not offered: nothing happens
    settle(qtbot, shop)
    assert orders.order(shop.station, number).state == "dispatched"


def test_a_protected_identity_is_never_named_in_the_list_or_on_the_label(
        qtbot, shop: MainWindow) -> None:  # noqa: ANN001
    tab = shop.orders_tab
    pid = prescribe(shop.station, None, {"SPR10": 2}, prescription_id="DESK1-K900")
    form = tab.new_order
    form.person.setText(pid)
    form.look_up_person()
    settle(qtbot, shop)
    assert form.status is not None and form.status.protected
    made = []
    tab.label_made.connect(made.append)
    form.add_article("SPR10", 1)
    tab.enter()
    qtbot.waitUntil(lambda: bool(made), timeout=5000)
    number = orders.find_orders(shop.station, person=pid)[0].number
    tab.open_order(number)
    settle(qtbot, shop)
    row = [tab.finder.list.cell(0, c) for c in range(7)]
    assert "Protected identity" in row[2] and "protected identity" not in row[2]
    assert tab.detail.view.unit_name in row[2]
    words = text(made[0].pdf)
    assert "Dr Lena Ek" in words and "protected" not in words.lower()
    assert barcodes(made[0].pdf, 300) == [number]


def test_the_detail_prints_its_picking_list_and_label_through_the_preview(
        qtbot, shop: MainWindow) -> None:  # noqa: ANN001
    from app.gui.printing import PrintPreview

    tab = shop.orders_tab
    number = orders.place_order(shop.station, PERSON, {"SPR10": 2, "FILM": 1}, "staff").number
    tab.open_order(number)
    settle(qtbot, shop)
    tab.detail.roll.setCurrentIndex(tab.detail.roll.findData("100x50"))
    for ask, kind in ((tab.detail.print_label, "order_label"),
                      (tab.detail.print_picking_list, "picking")):
        ask()
        settle(qtbot, shop)
        preview = shop.findChildren(PrintPreview)[-1]
        assert preview.printout.kind == kind and preview.printout.title == number
        assert barcodes(preview.printout.pdf, 203) == [number]
        preview.close()
        preview.deleteLater()


@pytest.mark.parametrize("language", ["sv", "nb"])
def test_the_orders_found_and_one_chosen_are_in_the_counters_language(
        qtbot, demo_databases, tmp_path, language: str) -> None:  # noqa: ANN001
    from tests.gui.conftest import close_demo_window, demo_window
    from tests.gui.test_language import english_in

    window = demo_window(qtbot, language, demo_databases, tmp_path)
    try:
        tab = window.orders_tab
        window.tabs.setCurrentWidget(tab)
        tab.show_found()
        settle(qtbot, window)
        assert tab.finder.list.rowCount() > 0  # the demo's orders of today
        tab.finder.list.selectRow(0)
        settle(qtbot, window)
        assert tab.detail.view is not None
        assert english_in(window) == []
        tab.show_new()
        tab.new_order.person.setText("A1B2C3")  # no identity at all: the refusal
        tab.new_order.look_up_person()
        settle(qtbot, window)
        assert english_in(window) == []
    finally:
        close_demo_window(window)


def test_scans_on_a_new_order_are_the_person_then_articles(qtbot, shop: MainWindow) -> None:  # noqa: ANN001
    tab = shop.orders_tab
    form = tab.new_order
    tab.focus_scan()
    qtbot.waitUntil(form.person.hasFocus)
    stamped_keys(form.person, PERSON, 3, start=1000)  # an identity card's barcode
    settle(qtbot, shop)
    qtbot.waitUntil(lambda: form.status is not None, timeout=3000)
    assert form.person.text() == PERSON and form.article.hasFocus()
    for at, code in ((3000, "SPR10"), (5000, "FILM"), (7000, "spr10")):
        stamped_keys(form.article, code, 3, start=at)  # an article's barcode
        settle(qtbot, shop)
    assert form.lines == {"SPR10": 2, "FILM": 1} and form.article.text() == ""
    assert form.order_lines.rowCount() == 2
