"""The new-order form's delivery (issue 24): the mode and destination go with the order, the
banner says the promised day and the chosen order shows it; a delivery the rules refuse
stores nothing; the form in Swedish and Norwegian (screenshots)."""

from __future__ import annotations

import pytest

from app.gui.main_window import MainWindow
from app.services import orders
from tests.gui.conftest import settle
from tests.gui.test_orders_tab import PERSON, shop  # noqa: F401 - fixture


def _mode(form, value: str) -> None:  # noqa: ANN001
    form.delivery.mode.setCurrentIndex(form.delivery.mode.findData(value))


def test_a_pickup_order_from_the_form_says_its_promised_day(qtbot, shop: MainWindow) -> None:  # noqa: ANN001, F811
    tab = shop.orders_tab
    form = tab.new_order
    form.person.setText(PERSON)
    form.look_up_person()
    settle(qtbot, shop)
    form.add_article("SPR10", 1)
    _mode(form, "outside")  # no address: refused, nothing stored
    tab.enter()
    settle(qtbot, shop)
    assert tab.banner.outcome == "refusal" and "address" in tab.banner.detail.text()
    assert orders.find_orders(shop.station, person=PERSON) == []
    _mode(form, "pickup")
    form.delivery.pickup_point.setText("ICA Nära Linero")
    form.delivery.notify.setCurrentIndex(form.delivery.notify.findData("sms"))
    form.delivery.notify_to.setText("0701234567")
    tab.enter()
    qtbot.waitUntil(lambda: tab.banner.outcome == "success", timeout=5000)
    found = orders.find_orders(shop.station, person=PERSON)
    assert len(found) == 1 and found[0].shipping.mode == "pickup"
    promised = found[0].promised.isoformat()
    assert f"promised {promised}" in tab.banner.detail.text()
    assert form.delivery.mode.currentData() is None  # the form starts over
    tab.open_order(found[0].number)
    settle(qtbot, shop)
    about = tab.detail.about.text()
    assert "to the pickup point" in about and "pickup point ICA Nära Linero" in about


@pytest.mark.parametrize("language", ["sv", "nb"])
def test_the_delivery_fields_in_the_counters_language(qtbot, demo_databases, tmp_path,  # noqa: ANN001
                                                      shots, language: str) -> None:
    from tests.gui.conftest import close_demo_window, demo_window
    from tests.gui.test_language import english_in

    window = demo_window(qtbot, language, demo_databases, tmp_path)
    try:
        tab = window.orders_tab
        window.tabs.setCurrentWidget(tab)
        tab.show_new()
        form = tab.new_order
        _mode(form, "pickup" if language == "sv" else "route")
        if language == "sv":
            form.delivery.pickup_point.setText("ICA Nära Linero")
            form.delivery.notify.setCurrentIndex(form.delivery.notify.findData("sms"))
        window.resize(1024, 768)  # a counter's screen
        settle(qtbot, window)
        assert english_in(window) == []
        window.grab().save(str(shots / f"order-delivery-{language}.png"))
    finally:
        close_demo_window(window)
