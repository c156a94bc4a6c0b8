"""The window's text inputs with whatever a keyboard, a scanner, a paste or a broken driver
may put into them — the Pump tab's search, every tab's scan, the Issue tab's patient
identity, unit and approval reference, the fault note: no exception reaches the window
(no apology), and the database changes only when a tab says an action was done."""

from __future__ import annotations

import hashlib
from contextlib import closing

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.gui.main_window import MainWindow
from tests.conftest import T34_GTIN
from tests.gui.conftest import settle

VALID = ["PD-1", "PD-2", "PD-3", "pd-2", f"]d201{T34_GTIN}21A2", f"(01){T34_GTIN}(21)A3",
         "19811228-9874", "Skyddad identitet", "kode 7", "602154", "604001",
         "602154 SUS Lund, Gastro avd 1", "BL-7", "NOPE-404"]
surrogates = st.text(alphabet=st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF),
                     min_size=1, max_size=2)
text = st.one_of(
    st.sampled_from(VALID), st.sampled_from(VALID), st.text(max_size=30),
    st.tuples(st.sampled_from(VALID), surrogates, st.text(max_size=5)).map("".join),
    st.integers(100, 50_000).map(lambda n: "9" * n),
    st.sampled_from(["", " ", "%", "_", "'", "\x1d", "\r\n", "\x00", "ＰＤ－１", "%PD%"]),
)
FIELDS = ["pump search", "pump scan", "return scan", "cleaning scan", "faults scan",
          "issue scan", "identity", "unit", "approval", "issue submit", "fault note"]


def fingerprint(window: MainWindow) -> str:
    digest = hashlib.sha256()
    with closing(window.station.db.engine.raw_connection()) as connection:
        for query in ("SELECT id FROM events ORDER BY seq", "SELECT * FROM meta ORDER BY key"):
            digest.update(repr(connection.execute(query).fetchall()).encode())
    return digest.hexdigest()


def enter(qtbot, field, value: str) -> None:  # noqa: ANN001
    field.setText(value)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def act(qtbot, window: MainWindow, where: str, value: str):  # noqa: ANN001, ANN201
    """Put ``value`` where a person or a scanner would; returns the tab that answers."""
    tabs = window.tabs
    if where == "pump search":
        tabs.setCurrentWidget(window.pump_tab)
        enter(qtbot, window.pump_tab.search, value)
        return window.pump_tab
    if where == "pump scan":
        tabs.setCurrentWidget(window.pump_tab)
        window.pump_tab.scan(value)
        return window.pump_tab
    if where in ("return scan", "cleaning scan", "fault note"):
        tab = window.return_tab
        tabs.setCurrentWidget(tab)
        (tab.cleaning_mode if where == "cleaning scan" else tab.returns_mode).setChecked(True)
        if where == "fault note":
            tab.fault_note.setText(value)
            value = "PD-1"
        tab.scan(value)
        return tab
    if where == "faults scan":
        tabs.setCurrentWidget(window.faults_tab)
        window.faults_tab.scan(value)
        return window.faults_tab
    tab = window.issue_tab
    tabs.setCurrentWidget(tab)
    if where == "issue scan":
        tab.scan(value)
    elif where == "identity":
        tab.patient.setText(value)
    elif where == "unit":
        tab.unit.setText(value)
    elif where == "approval":
        tab.approval.setText(value)
    else:
        tab.submit()
    return tab


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(steps=st.lists(st.tuples(st.sampled_from(FIELDS), text), min_size=1, max_size=6))
def test_no_text_in_any_field_makes_the_window_fail(qtbot, counter: MainWindow,
                                                    monkeypatch: pytest.MonkeyPatch,
                                                    steps: list[tuple[str, str]]) -> None:
    apologies: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: apologies.append(a[2]))
    for where, value in steps:
        before = fingerprint(counter)
        tab = act(qtbot, counter, where, value)
        settle(qtbot, counter)
        assert apologies == [], (where, value[:80], apologies)
        if fingerprint(counter) != before:  # something was done: the tab says so in green
            assert tab.banner.outcome == "success", (where, value[:80])
        if tab.banner.outcome == "refusal":
            assert len(tab.banner.detail.text()) < 600  # it does not repeat 50,000 characters
