"""The person dialog: find a person by an old number, convert (confirming a merge), and
protect their data."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from app.gui.main_window import MainWindow
from app.gui.person_dialog import PersonDialog
from app.services import actions, queries
from tests.gui.conftest import settle


def test_find_convert_with_a_confirmed_merge_and_protect(qtbot, counter: MainWindow,
                                                         monkeypatch, shots) -> None:  # noqa: ANN001
    actions.issue_pump(counter.station, "PD-2", patient="19811228 Erik Berg - UT",
                       unit="602154", approval="BL-2")
    counter.tabs.setCurrentWidget(counter.pump_tab)
    counter.pump_tab.person_button.click()
    dialog: PersonDialog = counter.pump_tab.person_dialog
    dialog.identity.setText("19811228 Erik Berg - UT")
    dialog.find()
    settle(qtbot, counter)
    assert dialog.shown.text() == "19811228 Erik Berg - UT"
    asked: list[str] = []

    def answer(_parent, _title, text, *_args):  # noqa: ANN001, ANN202
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    dialog.new_identity.setText("19811228-9874")  # PD-1's patient, Anna Berg
    dialog.convert_button.click()
    settle(qtbot, counter)
    assert asked and "Anna Berg (19811228-9874)" in asked[0]
    assert "Converted" in dialog.message.text()
    assert dialog.loans.rowCount() == 2
    assert dialog.earlier.text().endswith("UT-19811228-ERIK BERG")
    dialog.grab().save(str(shots / "person-dialog.png"))
    monkeypatch.setattr(QMessageBox, "warning", lambda *_a: QMessageBox.StandardButton.Yes)
    dialog.protect_button.click()
    settle(qtbot, counter)
    assert dialog.shown.text() == "protected identity"
    assert queries.pump_status(counter.station, "PD-1").patient == "protected"
