"""The Pump tab's lookback: the pump shown, the person searched for, a model — each
through the services off the UI thread, and exported to CSV."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from app.gui.main_window import MainWindow
from app.services import actions
from tests.gui.conftest import settle


def lookback_of(qtbot, counter: MainWindow, scan: str):  # noqa: ANN001, ANN201
    tab = counter.pump_tab
    counter.tabs.setCurrentWidget(tab)
    settle(qtbot, counter)
    tab.scan(scan)  # as the window hands a tab a scanner's burst
    settle(qtbot, counter)
    tab.below.setCurrentWidget(tab.lookback_view)
    settle(qtbot, counter)
    return tab.lookback_view


def cells(table) -> list[list[str]]:  # noqa: ANN001
    return table.rows_model.rows


def test_a_scanned_pump_is_looked_back_over(qtbot, counter: MainWindow) -> None:  # noqa: ANN001
    actions.report_fault(counter.station, "PD-1", "occlusion alarm")
    view = lookback_of(qtbot, counter, "PD-1")
    view.look_back()
    settle(qtbot, counter)
    assert view.subject.currentText() == "Pump PD-1"
    [loan] = cells(view.loans)
    assert loan[1:4] == ["still out", "PD-1", "Anna Berg (19811228-9874)"]
    assert loan[4] == "SUS Lund, Gastro avd 1 (602154)" and loan[6] == "BL-1"
    assert [row[1:3] for row in cells(view.events)] == [["fault reported",
                                                         "occlusion alarm"]]
    assert "Pump PD-1" in view.summary.text() and "1 loan period" in view.summary.text()
    # Another pump scanned with the lookback shown: its lookback at once.
    counter.pump_tab.scan("PD-2")
    settle(qtbot, counter)
    assert view.subject.currentText() == "Pump PD-2" and cells(view.loans) == []


def test_searching_a_persons_number_shows_every_pump_they_had(qtbot,  # noqa: ANN001
                                                             counter: MainWindow) -> None:
    station = counter.station
    actions.return_pump(station, "PD-1")
    actions.clean_pump(station, "PD-1")
    actions.issue_pump(station, "PD-2", patient="19811228-9874", unit="602154",
                       approval="BL-2")
    tab = counter.pump_tab
    counter.tabs.setCurrentWidget(tab)
    tab.search.setText("19811228-9874")
    tab.search.returnPressed.emit()
    settle(qtbot, counter)
    view = tab.lookback_view
    assert tab.below.currentWidget() is view
    assert view.subject.currentText() == "Person Anna Berg (19811228-9874)"
    assert [row[2] for row in cells(view.loans)] == ["PD-1", "PD-2"]
    assert not view.first.isEnabled()  # every loan, whatever the dates
    # The pump the search found is shown above, and its lookback is one choice away.
    assert tab.status is not None and tab.status.registration == "PD-2"
    assert view.subject.itemText(1) == "Pump PD-2"


def test_a_models_lookback_and_its_export(qtbot, counter: MainWindow,  # noqa: ANN001
                                          tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    view = lookback_of(qtbot, counter, "PD-3")
    model = view.subject.findData("model:T34")
    assert model >= 0 and "BodyGuard T" in view.subject.itemText(model)
    view.subject.setCurrentIndex(model)
    view.look_back()
    settle(qtbot, counter)
    assert [row[2] for row in cells(view.loans)] == ["PD-1"]
    assert view.events.isHidden()
    target = tmp_path / "t34.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(target), "")))
    view.export_button.click()
    settle(qtbot, counter)
    assert f"1 row(s) exported to {target}" == view.summary.full_text
    rows = list(csv.reader(target.open(encoding="utf-8-sig"), delimiter=";"))
    assert rows[0][0] == "Pump" and rows[1][:2] == ["PD-1", "T34"]


def test_a_period_that_ends_before_it_begins_is_refused_in_place(qtbot,  # noqa: ANN001
                                                                counter: MainWindow) -> None:
    view = lookback_of(qtbot, counter, "PD-1")
    view.first.setDate(view.last.date().addDays(1))
    view.look_back()
    settle(qtbot, counter)
    assert "ends" in view.summary.text() and "before it begins" in view.summary.text()
    assert not view.export_button.isEnabled()


def test_the_lookback_takes_the_room_of_the_pumps_details(qtbot,  # noqa: ANN001
                                                          counter: MainWindow) -> None:
    tab = counter.pump_tab
    view = lookback_of(qtbot, counter, "PD-1")
    assert tab.below.currentWidget() is view and tab.details.isHidden()
    assert tab.split.sizes()[0] < tab.split_sizes[0]
    tab.below.setCurrentIndex(0)
    assert not tab.details.isHidden() and tab.split.sizes()[0] == tab.split_sizes[0]


def test_a_protected_persons_old_number_finds_no_lookback(qtbot,  # noqa: ANN001
                                                          counter: MainWindow) -> None:
    from app.services import persons

    persons.protect_person(counter.station, "19811228-9874")
    tab = counter.pump_tab
    counter.tabs.setCurrentWidget(tab)
    tab.search.setText("19811228-9874")
    tab.search.returnPressed.emit()
    settle(qtbot, counter)
    view = tab.lookback_view
    assert tab.below.currentWidget() is not view
    assert all(not view.subject.itemText(i).startswith("Person")
               for i in range(view.subject.count()))
    tab.below.setCurrentWidget(view)
    tab.show_pump("PD-1")
    settle(qtbot, counter)
    view.look_back()
    settle(qtbot, counter)
    assert cells(view.loans)[0][3] == "protected identity"
    assert "Anna" not in str(cells(view.loans)) and "19811228" not in str(cells(view.loans))
