"""The Issue tab hands out the scanned pumps' usual consumables and prescribes them with
the loan (issue 23): it names the articles the packs are of; with no assortment kept the
packs stay free text, as before. A screenshot of it in Swedish and Norwegian at 1024×768."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.gui.main_window import MainWindow
from app.domain.refusals import Refused
from app.services import consumables, queries, views
from tests.gui.conftest import close_demo_window, demo_window, scanner_burst, settle
from tests.gui.test_language import english_in
from tests.integration.helpers import rows


def _issuable(window: MainWindow, reg: str) -> bool:
    try:
        views.issuable(window.station, reg, transport=False)
    except Refused:  # maintenance overdue, or recalled
        return False
    return True


def _fill(qtbot, window: MainWindow, unit: str, regs: list[str]) -> None:  # noqa: ANN001
    tab = window.issue_tab
    window.tabs.setCurrentWidget(tab)
    settle(qtbot, window)
    tab.patient.setText("19811228-9874" if unit.startswith("6") else "15076500565")
    tab.unit.setText(unit)
    tab.approval.setText("BL-9")
    tab.approval.setFocus()
    for reg in regs:
        scanner_burst(qtbot, window.focusWidget(), reg)
        settle(qtbot, window)


def test_the_pumps_usual_consumables_are_prescribed_with_the_loan(
        qtbot, counter: MainWindow) -> None:  # noqa: ANN001
    station = counter.station
    for number, name in (("302001", "Sprutor och slangar"), ("302002", "Subkutana nålar")):
        consumables.define_article(station, number, names={"sv": name, "en": name},
                                   area="subcutaneous_infusion",
                                   pack="14-dagarsförpackning", models=["T34"])
    _fill(qtbot, counter, "602154", ["PD-2", "PD-3"])
    tab = counter.issue_tab
    assert tab.packs.value() == 1
    assert "Sprutor och slangar (302001), Subkutana nålar (302002)" in tab.usual_label.text()
    tab.packs.setValue(2)
    tab.submit()
    settle(qtbot, counter)
    assert tab.banner.outcome == "success", tab.banner.detail.text()
    [(loan_id, packs)] = rows(station, "SELECT l.id, l.consumables FROM loans l JOIN "
                              "loan_pumps p ON p.loan_id = l.id WHERE p.pump = 'PD-2'")
    assert json.loads(packs) == {"302001": 2, "302002": 2}
    [(prescribed_with, lines)] = rows(station, "SELECT loan_id, lines FROM "
                                      "consumable_prescriptions")
    assert prescribed_with == loan_id and json.loads(lines) == [
        {"article": "302001", "quantity": 2}, {"article": "302002", "quantity": 2}]
    assert tab.usual_label.text() == ""  # the form starts over


def test_with_no_assortment_the_packs_are_free_text_as_before(
        qtbot, counter: MainWindow) -> None:  # noqa: ANN001
    _fill(qtbot, counter, "602154", ["PD-2"])
    tab = counter.issue_tab
    assert tab.usual_label.text() == "" and tab.packs.value() == 1
    tab.submit()
    settle(qtbot, counter)
    assert tab.banner.outcome == "success", tab.banner.detail.text()
    assert queries.pump_status(counter.station, "PD-2").state == "on_loan"
    assert [json.loads(p) for (p,) in rows(counter.station, "SELECT consumables FROM loans "
                                           "ORDER BY started_at")][-1] == {"14-day pack": 1}
    assert rows(counter.station, "SELECT count(*) FROM consumable_prescriptions") == [(0,)]


@pytest.mark.parametrize("language", ["sv", "nb"])
def test_the_issue_tab_names_the_consumables_in_the_depots_language(
        qtbot, language: str, demo_databases, tmp_path: Path, shots: Path) -> None:  # noqa: ANN001
    window = demo_window(qtbot, language, demo_databases, tmp_path)
    try:
        ready = [p["registration"] for p in queries.list_pumps(window.station, "ready")
                 if p["model"] in ("T34", "CADD") and _issuable(window, p["registration"])]
        ready = ready[:2]
        _fill(qtbot, window, "602154" if language == "sv" else "710101", ready)
        tab = window.issue_tab
        assert len(tab.pumps) == 2, tab.banner.detail.text()
        expected = "Subkutana nålar" if language == "sv" else "Subkutane nåler (kanyler)"
        assert expected in tab.usual_label.text()
        window.resize(1024, 768)
        settle(qtbot, window)
        window.grab().save(str(shots / f"issue-consumables-{language}.png"))
        found = english_in(tab)
        assert not found, found
    finally:
        close_demo_window(window)


def test_a_refused_article_says_why_in_the_banner(qtbot, counter: MainWindow) -> None:  # noqa: ANN001
    """An article taken out of the assortment after the pumps were scanned: the loan is
    refused with the reason, and nothing is lent."""
    station = counter.station
    consumables.define_article(station, "302001", names={"en": "Syringes and lines"},
                               area="subcutaneous_infusion", pack="14-day pack",
                               models=["T34"])
    _fill(qtbot, counter, "602154", ["PD-2"])
    consumables.define_article(station, "302001", active=False)
    counter.issue_tab.submit()
    settle(qtbot, counter)
    assert counter.issue_tab.banner.outcome == "refusal"
    assert "no longer in the assortment" in counter.issue_tab.banner.detail.text()
    assert queries.pump_status(station, "PD-2").state == "ready"
