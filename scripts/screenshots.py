#!/usr/bin/env python3
"""Save a screenshot of every tab of the counter window, with demo data, to
docs/screenshots/ (or the folder given), on a counter's screen: 1024×768 unless
``--screen`` says otherwise. Offscreen, so it runs on a machine without a screen:

    python scripts/screenshots.py [FOLDER] [--lang sv|nb|en] [--screen 1366x768]
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))


def _screen(argv: list[str]) -> str:
    """The screen to draw on, chosen before Qt starts: ``--screen WxH`` or 1024x768."""
    size = argv[argv.index("--screen") + 1] if "--screen" in argv else "1024x768"
    width, height = size.split("x")
    config = Path(tempfile.gettempdir()) / f"pumpdesk-screen-{size}.json"
    config.write_text(json.dumps({"screens": [{
        "name": "counter", "x": 0, "y": 0, "width": int(width), "height": int(height),
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
    return f"offscreen:configfile={config}"


os.environ["QT_QPA_PLATFORM"] = _screen(sys.argv)

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from app.gui.app import application  # noqa: E402
from app.gui.i18n import install_language  # noqa: E402
from app.gui.main_window import MainWindow  # noqa: E402
from app.gui.printing import PrintPreview  # noqa: E402
from app.gui.sounds import Sounds  # noqa: E402
from app.services.demo import fill_demo  # noqa: E402
from app.services.station import open_station  # noqa: E402
from translations import compile_all  # noqa: E402


def settle(app, window: MainWindow) -> None:  # noqa: ANN001
    for _ in range(3):
        window.ops.wait()
        for _ in range(20):
            app.processEvents()
            time.sleep(0.005)


def scan(window: MainWindow, text: str) -> None:
    widget = window.focusWidget() or window
    QTest.keyClicks(widget, text)
    QTest.keyClick(widget, Qt.Key.Key_Return)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", nargs="?", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", default="en", choices=["sv", "nb", "en"])
    parser.add_argument("--screen", default="1024x768", help="WIDTHxHEIGHT")
    parser.add_argument("--only", choices=["orders", "delivery"],
                        help="only these screenshots")
    args = parser.parse_args()
    args.folder.mkdir(parents=True, exist_ok=True)
    compile_all(quiet=True)
    db = Path(tempfile.mkdtemp(prefix="pumpdesk-shots-")) / "demo.db"
    station = open_station(db, workstation="DISK1")
    fill_demo(station, pumps=300, country="NO" if args.lang == "nb" else "SE")
    station.sign_in("DEMO1")
    with sqlite3.connect(db) as raw:
        on_loan = [r[0] for r in raw.execute(
            "SELECT registration FROM pumps WHERE state = 'on_loan' ORDER BY 1 LIMIT 4")]
        ready = [r[0] for r in raw.execute(
            "SELECT registration FROM pumps WHERE state = 'ready' AND next_maintenance > "
            "date('now', '+30 days') ORDER BY 1 LIMIT 2")]
        history = raw.execute("SELECT pump FROM events WHERE pump IS NOT NULL GROUP BY pump "
                              "ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    app = application()
    install_language(args.lang)
    window = MainWindow(station, sounds=Sounds(enabled=False))
    window.show()  # as large as the screen lets it be
    window.activateWindow()
    settle(app, window)
    suffix = "" if args.lang == "en" else f"-{args.lang}"
    if args.only != "delivery":
        orders_shots(app, window, args.folder, suffix)
    if args.only in (None, "delivery"):
        delivery_shots(app, window, args.folder, suffix)
    if args.only is not None:
        window.close()
        station.close()
        print(f"screenshots in {args.folder}")
        return

    # The Pump tab's lookback first, while no paper waits to be printed.
    window.tabs.setCurrentWidget(window.pump_tab)
    settle(app, window)
    scan(window, history)
    window.pump_tab.below.setCurrentWidget(window.pump_tab.lookback_view)
    settle(app, window)
    window.pump_tab.lookback_view.look_back()
    settle(app, window)
    window.grab().save(str(args.folder / f"pump-lookback{suffix}.png"))
    window.pump_tab.below.setCurrentIndex(0)
    window.tabs.setCurrentWidget(window.return_tab)
    settle(app, window)

    for reg in on_loan[:3]:
        scan(window, reg)
        settle(app, window)
    window.grab().save(str(args.folder / f"return{suffix}.png"))
    scan(window, on_loan[0])  # again: refused
    settle(app, window)
    window.grab().save(str(args.folder / f"return-refused{suffix}.png"))

    # The back office's lists, before the issue below leaves a receipt unprinted.
    window.tabs.setCurrentWidget(window.faults_tab)
    window.faults_tab.lists.setCurrentWidget(window.faults_tab.due_list)
    settle(app, window)
    window.grab().save(str(args.folder / f"due{suffix}.png"))
    window.faults_tab.lists.setCurrentIndex(0)
    window.tabs.setCurrentWidget(window.reports_tab)
    settle(app, window)
    reports = window.reports_tab
    reports.report.setCurrentIndex(reports.report.findData("lost"))
    reports.show_report()
    settle(app, window)
    reports.sections.setCurrentIndex(1)
    window.grab().save(str(args.folder / f"reports{suffix}.png"))
    window.tabs.setCurrentWidget(window.return_tab)

    window.tabs.setCurrentWidget(window.issue_tab)
    settle(app, window)
    issue = window.issue_tab
    patient = "15108695088" if args.lang == "nb" else "19811228-9874"
    issue.patient.setText(patient)
    issue.name.setText("Kari Nordmann" if args.lang == "nb" else "Anna Berg")
    unit = "710101" if args.lang == "nb" else "602154"
    issue.unit.setText(next((label for label in issue.units if label.startswith(unit)), unit))
    issue.approval.setText("BL-20417")
    issue.prescriber.setText("Dr. Eva Lind")
    issue.approval.setFocus()
    for reg in ready:
        scan(window, reg)
        settle(app, window)
    window.grab().save(str(args.folder / f"issue{suffix}.png"))
    issue.submit()  # lent; no printer is set here, so the receipt does not print
    settle(app, window)
    window.grab().save(str(args.folder / f"not-printed{suffix}.png"))

    window.tabs.setCurrentWidget(window.faults_tab)
    settle(app, window)
    scan(window, on_loan[1])
    settle(app, window)
    window.faults_tab.description.setText({
        "sv": "Ocklusionslarmet går inte att kvittera",
        "nb": "Okklusjonsalarmen lar seg ikke kvittere"}.get(args.lang,
                                                           "Occlusion alarm does not clear"))
    window.grab().save(str(args.folder / f"faults{suffix}.png"))

    window.tabs.setCurrentWidget(window.pump_tab)
    settle(app, window)
    scan(window, history)
    settle(app, window)
    window.grab().save(str(args.folder / f"pump{suffix}.png"))

    window.pump_tab.show_pump(on_loan[3])
    settle(app, window)
    window.pump_tab.receipt_button.click()
    settle(app, window)
    preview = window.findChildren(PrintPreview)[-1]
    preview.grab().save(str(args.folder / f"print-preview{suffix}.png"))
    preview.close()

    window.tabs.setCurrentWidget(window.stock_tab)
    settle(app, window)
    window.grab().save(str(args.folder / f"stock-levels{suffix}.png"))
    window.stock_tab.plan_button.click()
    settle(app, window)
    window.grab().save(str(args.folder / f"stock{suffix}.png"))
    window.close()
    station.close()
    print(f"screenshots in {args.folder}")


#: An order of each delivery mode the depot offers, with where it goes (seed 002's modes in
#: Sweden, seed 001's route days and the counter in Norway).
DELIVERIES = {
    "standard": {},
    "outside": {"street": "Storgatan 12", "postcode": "211 34", "town": "Malmö",
                "apartment": True, "door_code": "1234", "phone": "0701234567"},
    "pickup": {"pickup_point": "ICA Nära Linero", "notify": "sms",
               "notify_to": "0701234567"},
    "urgent": {"street": "Storgatan 12", "postcode": "211 34", "town": "Malmö",
               "phone": "0701234567"},
    "route": {}, "counter": {},
}


def delivery_shots(app, window: MainWindow, folder: Path, suffix: str) -> None:  # noqa: ANN001
    """One order of each delivery mode the depot offers, chosen in the Orders section: its
    mode and the day it promises."""
    from app.domain.delivery import DeliveryMode
    from app.domain.refusals import Refused
    from app.services import delivery, orders
    from app.services.demo_orders import _orderable
    from app.services.order_papers import prescription_status

    station = window.station
    with station.db.reading() as connection:
        from app.persistence.repository import Repository

        offered = delivery.offered(Repository(connection))
    people = []
    for person, _articles in _orderable(station, station.ctx.today()):
        try:
            status = prescription_status(station, person)
        except Refused:
            continue
        left = [a for a in status.articles if a.left >= 1]
        if not status.protected and left:
            people.append((person, left[0].article))
    tab = window.orders_tab
    window.tabs.setCurrentWidget(tab)

    def show(view) -> None:  # noqa: ANN001
        tab.show_found()
        tab.finder.query.setText(view.number)
        tab.finder.search()
        settle(app, window)
        tab.finder.list.selectRow(0)
        settle(app, window)
        window.grab().save(str(folder / f"order-{view.delivery}{suffix}.png"))

    for mode, where in DELIVERIES.items():
        if mode not in offered:
            continue
        for person, article in people:
            try:
                placed = orders.place_order(
                    station, person, {article: 1}, "patient", delivery=mode,
                    destination=delivery.DeliveryRequest(mode=mode, **where))
                break
            except Refused:
                continue
        else:
            print(f"no order of {mode} delivery could be placed in the demo")
            continue
        show(placed.order)
    if DeliveryMode.EXPRESS in offered:
        show(_express_order(station).order)
    if DeliveryMode.JOINT in offered:
        show(_joint_order(station))
    tab.cancel()
    tab.show_new()
    window.tabs.setCurrentWidget(window.return_tab)
    settle(app, window)


def _express_order(station) -> object:  # noqa: ANN001
    """Express: a prescriber orders nutrition on a prescription of their own."""
    from app.services import consumables, delivery, orders, prescribers

    unit = "602155"
    doctor = prescribers.add_prescriber(station, "Karin Ek", role="lakare", units=[unit])
    consumables.prescribe(station, "19480312-1237", prescriber=doctor.id,
                          articles={"430101": 4}, unit=unit, name="Gunnel Ström")
    return orders.place_order(
        station, "19480312-1237", {"430101": 2}, "prescriber", delivery="express",
        destination=delivery.DeliveryRequest(
            mode="express", street="Kungsgatan 3", postcode="222 22", town="Lund",
            phone="0709876543", orderer=doctor.id))


def _joint_order(station) -> object:  # noqa: ANN001
    """Joint delivery: a special-housing unit's orderer orders for two of its patients."""
    from app.services import consumables, joint_orders, prescribers, register

    unit = "609900"
    register.define_unit(station, unit, name="Solgården, särskilt boende avd 2",
                         kind="special_housing")
    nurse = prescribers.add_prescriber(station, "Maria Holm", role="forskrivare",
                                       areas=["incontinence"], units=[unit])
    orderer = prescribers.add_prescriber(station, "Eva Lind", role="bestallare",
                                         units=[unit], joint_order_units=[unit])
    for person, name in (("19520905-4567", "Britt Nyberg"), ("19610417-7891", "Sven Åberg")):
        consumables.prescribe(station, person, prescriber=nurse.id,
                              articles={"420101": 4}, unit=unit, name=name)
    placed = joint_orders.place_joint_order(
        station, unit, [("19520905-4567", {"420101": 2}), ("19610417-7891", {"420101": 1})],
        orderer=orderer.id)
    return placed.orders[0]


def orders_shots(app, window: MainWindow, folder: Path, suffix: str) -> None:  # noqa: ANN001
    """The Orders section: a new order being typed in, and one of the day's orders chosen."""
    from app.services.demo_orders import _orderable
    from app.services.order_papers import prescription_status

    station = window.station
    tab = window.orders_tab
    window.tabs.setCurrentWidget(tab)
    settle(app, window)
    from app.domain.refusals import Refused

    for person, _articles in _orderable(station, station.ctx.today()):
        try:
            status = prescription_status(station, person)
        except Refused:  # an identity its register key does not spell (UT-…)
            continue
        left = [a for a in status.articles if a.left > 1]
        if not status.protected and len(left) >= 2:
            break
    form = tab.new_order
    form.person.setText(person)
    form.look_up_person()
    settle(app, window)
    form.add_article(left[0].article, 2)
    form.add_article(left[1].article, 1)
    form.ordered_by.setCurrentIndex(1)
    form.article.setText(status.articles[-1].article)
    form.article.setFocus()
    settle(app, window)
    window.grab().save(str(folder / f"orders-new{suffix}.png"))
    form.clear()
    tab.cancel()

    tab.show_found()
    tab.finder.search()
    settle(app, window)
    found = tab.finder.found
    chosen = max(range(len(found)), key=lambda i: (len(found[i].lines), len(found[i].history)))
    tab.finder.list.selectRow(chosen)
    settle(app, window)
    window.grab().save(str(folder / f"orders{suffix}.png"))
    tab.cancel()
    tab.show_new()
    window.tabs.setCurrentWidget(window.return_tab)
    settle(app, window)


if __name__ == "__main__":
    main()
