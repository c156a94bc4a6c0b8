"""Every text of the window and its dialogs in the counter's language: walked widget by
widget in Swedish and Norwegian on a demo depot of that country, none may hold an English
word — Qt's own standard buttons, the identity hint, the busy message and the demo data
included."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTabBar,
    QWidget,
)

from app.gui.i18n import refusal_text
from app.gui.main_window import MainWindow
from app.gui.printing import PrintPreview
from app.persistence.database import DatabaseBusy
from tests.gui.conftest import auto_type, close_demo_window, demo_window, settle

#: Words that are English and neither Swedish nor Norwegian (no "plan", "service", "alarm",
#: "database", "type", "to", "is", "not": those are words there too).
ENGLISH = {
    "the", "and", "with", "yes", "cancel", "close", "save", "print", "printer", "settings",
    "about", "working", "loan", "loans", "unit", "units", "model", "models", "return",
    "returned", "issue", "faults", "fault", "scan", "busy", "pack", "packs", "syringes",
    "needles", "dressings", "feeding", "cassettes", "occlusion", "does", "clear", "broken",
    "cracked", "housing", "noise", "during", "beyond", "repair", "more", "beds", "ward",
    "next", "month", "four", "driver", "stock", "requests", "dispatch", "levels",
    "targets", "runs", "who", "what", "when", "where", "this", "that", "from", "of", "or",
    "please", "nothing", "found", "ready", "week", "today", "details", "show", "hide",
    "undo", "redo", "copy", "paste", "delete", "select", "all", "apply", "help",
    "discard", "retry", "ignore", "abort", "open", "identity", "number", "name", "birth",
    "followed", "protected", "workstation", "operator",
}
#: Proper names in the window that happen to be English words: products, licences.
NAMES = re.compile(r"Kangaroo Joey|Applix Smart|Flocare Infinity|BodyGuard T|CADD-Solis|"
                   r"Smiths Medical|Cardinal Health|Fresenius Kabi|PostgreSQL|PySide6|"
                   r"postgresql://\S+|/\S+|"  # file paths, licences' SPDX expressions
                   r"\b(?:L?GPL|MIT|BSD|Apache|MPL|PSF|HPND)[\w.+-]*(?: OR \S+)*")


def texts(top: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of every text a person can see or hover over in ``top``."""
    for widget in [top, *top.findChildren(QWidget)]:
        where = f"{type(widget).__name__} {widget.objectName()}".strip()
        found = [widget.toolTip(), widget.windowTitle() if widget.isWindow() else ""]
        if isinstance(widget, (QLabel, QAbstractButton)):
            found.append(widget.text())
        if isinstance(widget, QLineEdit):
            found.append(widget.placeholderText())
        if isinstance(widget, QGroupBox):
            found.append(widget.title())
        if isinstance(widget, QAbstractSpinBox):
            found.append(widget.specialValueText())
        if isinstance(widget, QTabBar):
            found.extend(widget.tabText(i) for i in range(widget.count()))
        if isinstance(widget, QComboBox):
            found.extend(widget.itemText(i) for i in range(widget.count()))
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list's model (a completer's): one column
                columns = 1
            for column in range(columns):
                found.append(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
            for row in range(min(model.rowCount(QModelIndex()), 60)):
                for column in range(columns):
                    found.append(str(model.index(row, column).data() or ""))
        for text in found:
            if text:
                yield where, text


def english_in(top: QWidget) -> list[str]:
    """Each text of ``top`` with an English word in it."""
    found = []
    for where, text in texts(top):
        plain = NAMES.sub(" ", re.sub(r"<[^>]+>", " ", text.replace("&", "")))
        words = {word.casefold() for word in re.findall(r"[^\W\d_]+", plain)}
        if words & ENGLISH:
            found.append(f"{where}: {text!r} ({', '.join(sorted(words & ENGLISH))})")
    return found


@pytest.fixture(params=["sv", "nb"])
def window(request, qtbot, demo_databases, tmp_path: Path):  # noqa: ANN001, ANN201
    shown = demo_window(qtbot, request.param, demo_databases, tmp_path)
    yield shown
    close_demo_window(shown)


def test_every_text_of_the_window_is_in_the_counters_language(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    found: list[str] = []
    for tab in window.all_tabs():
        window.tabs.setCurrentWidget(tab)
        settle(qtbot, window)
        found += english_in(window)
    window.tabs.setCurrentWidget(window.issue_tab)
    auto_type(qtbot, window.issue_tab.patient, "A1B2C3")  # no identity at all: the hint
    assert window.issue_tab.patient_status.property("valid") == "false"
    found += english_in(window)
    for tab in (window.faults_tab, window.pump_tab):  # the demo's faults, in its history
        window.tabs.setCurrentWidget(tab)
        settle(qtbot, window)
    window.stock_tab.make_plan()
    settle(qtbot, window)
    for index in range(window.stock_tab.views.count()):  # plan, runs, the unit's request
        window.stock_tab.views.setCurrentIndex(index)
        found += english_in(window)
    busy = refusal_text(DatabaseBusy())
    assert busy != DatabaseBusy().message
    found += [f"busy: {busy}"] if english_in(_label(busy)) else []
    assert not found, "\n".join(dict.fromkeys(found))


def _label(text: str) -> QLabel:
    label = QLabel(text)
    label.deleteLater()
    return label


def test_every_dialog_is_in_the_counters_language(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    found: list[str] = []
    window.show_settings()
    qtbot.waitUntil(lambda: getattr(window, "settings_dialog", None) is not None)
    found += english_in(window.settings_dialog)
    window.settings_dialog.reject()
    window.show_about()
    found += english_in(window.about_dialog)
    window.about_dialog.reject()

    pump = window.pump_tab
    window.tabs.setCurrentWidget(pump)
    loan = window.station.db.engine.connect().exec_driver_sql(
        "SELECT registration FROM pumps WHERE state = 'on_loan' LIMIT 1").scalar()
    pump.show_pump(loan)
    settle(qtbot, window)
    found += english_in(window)  # the pump's history: the demo's own words
    pump.receipt_button.click()
    qtbot.waitUntil(lambda: bool(window.findChildren(PrintPreview)), timeout=20000)
    preview = window.findChildren(PrintPreview)[-1]
    found += english_in(preview)
    preview.reject()
    pump.open_person()
    found += english_in(pump.person_dialog)
    pump.person_dialog.reject()

    # Qt's own message box, with its standard buttons: Ja/Nej, not Yes/No
    stock = window.stock_tab
    window.tabs.setCurrentWidget(stock)
    stock.make_plan()
    settle(qtbot, window)
    asked: list[list[str]] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        asked.append(english_in(box))
        asked.append([b.text() for b in box.buttons()])
        box.button(QMessageBox.StandardButton.No).click()

    QTimer.singleShot(20, answer)
    stock.dispatch()
    assert asked, "no question was asked"
    found += asked[0]
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel
                               | QDialogButtonBox.StandardButton.Close
                               | QDialogButtonBox.StandardButton.Save
                               | QDialogButtonBox.StandardButton.Yes
                               | QDialogButtonBox.StandardButton.No)
    found += english_in(buttons)
    buttons.deleteLater()
    assert not found, "\n".join(dict.fromkeys(found))
    assert asked[1] and not {"&Yes", "&No", "Yes", "No"} & set(asked[1])


def test_english_is_found_where_it_is(qtbot) -> None:  # noqa: ANN001
    """The walk itself can fail: an English button and a Norwegian one tell apart."""
    assert english_in(_label("Cancel")) and english_in(_label("Occlusion alarm does not clear"))
    assert not english_in(_label("Avbryt")) and not english_in(_label("Kangaroo Joey"))
    del qtbot


def test_qts_own_swedish_is_loaded_with_ours(qtbot) -> None:  # noqa: ANN001
    """The file dialog (Save as PDF) and the rest of Qt's own texts in Swedish, from the
    qtbase_sv.qm that PySide6 ships — not only the standard buttons our .ts repeats."""
    from PySide6.QtCore import QCoreApplication

    from app.gui.i18n import install_language

    try:
        assert install_language("sv") == "sv"
        assert QCoreApplication.translate("QFileDialog", "Save As") == "Spara som"
        assert install_language("nb") == "nb"
        assert QCoreApplication.translate("QPlatformTheme", "&No") == "&Nei"
        assert QCoreApplication.translate("QFileDialog", "Save As") == "Save As"  # none
    finally:
        install_language("en")
    del qtbot
