"""The Faults and service tab and the returns desk with the fault and transport moves:
a fault phoned in leaves the loan, back from service asks what was repaired, overdue
transport loans are listed with all that falls due (a line opens its pump), and a transport pump returned here says where it goes."""

from __future__ import annotations

from dataclasses import replace

from app.gui.main_window import MainWindow
from app.services import actions, queries
from app.services.station import Station
from tests.gui.conftest import scanner_burst, settle, type_slowly


def state(window: MainWindow, reg: str) -> str:
    return queries.pump_status(window.station, reg).state


def test_a_fault_phoned_in_on_a_loan_is_open_and_the_pump_stays_out(qtbot,
                                                                     counter: MainWindow) -> None:
    tab = counter.faults_tab
    counter.tabs.setCurrentWidget(tab)
    settle(qtbot, counter)
    scanner_burst(qtbot, tab.scan_input, "PD-1")
    settle(qtbot, counter)
    type_slowly(qtbot, tab.description, "Alarm at home")
    tab.log_button.click()
    settle(qtbot, counter)
    assert tab.banner.outcome == "success"
    assert "stays where it is" in tab.banner.detail.text()
    assert state(counter, "PD-1") == "on_loan"
    assert "1 open fault" in tab.pump_label.text()
    assert tab.faults.rowCount() == 1


def test_back_from_service_asks_what_was_repaired(qtbot, counter: MainWindow) -> None:
    actions.report_fault(counter.station, "PD-2", "Cracked door")
    actions.send_to_service(counter.station, "PD-2", reason="repair")
    tab = counter.faults_tab
    counter.tabs.setCurrentWidget(tab)
    scanner_burst(qtbot, tab.scan_input, "PD-2")
    settle(qtbot, counter)
    tab.back_button.click()
    settle(qtbot, counter)
    assert tab.banner.outcome == "refusal" and "what was" in tab.banner.detail.text()
    assert state(counter, "PD-2") == "in_service"
    tab.repair.setText("New door")
    tab.back_button.click()
    settle(qtbot, counter)
    assert tab.banner.outcome == "success" and state(counter, "PD-2") == "ready"


def test_overdue_transport_loans_are_listed(qtbot, counter: MainWindow, clock) -> None:  # noqa: ANN001
    actions.issue_pump(counter.station, "PD-3", patient="19811228-9874", unit="602154",
                       approval="BL-8", transport=True)
    clock.advance(days=5)
    counter.tabs.setCurrentWidget(counter.faults_tab)
    counter.faults_tab.refresh()
    settle(qtbot, counter)
    tab = counter.faults_tab
    table = tab.due_list
    assert table.rowCount() == 1 and table.cell(0, 1) == "PD-3"
    assert table.cell(0, 0) == "Transport loan overdue"
    assert tab.lists.tabText(2) == "What falls due (1)"
    # a line opens its pump on the Pump tab
    table.activated.emit(table.model().index(0, 0))
    settle(qtbot, counter)
    assert counter.current_tab() is counter.pump_tab
    assert counter.pump_tab.status is not None \
        and counter.pump_tab.status.registration == "PD-3"


def test_a_transport_pump_returned_here_says_where_it_goes(qtbot, depot: Station,
                                                           counter: MainWindow) -> None:
    lender = Station(depot.db, replace(depot.ctx, workstation="KASSA9"))
    actions.issue_pump(lender, "PD-3", patient="19811228-9874", unit="602154",
                       approval="BL-8", transport=True)
    tab = counter.return_tab
    scanner_burst(qtbot, tab.scan_input, "PD-3")
    settle(qtbot, counter)
    assert tab.banner.outcome == "success"
    assert "Send it back to counter KASSA9" in tab.banner.detail.text()
    assert state(counter, "PD-3") == "returning"
