"""The keyboard on every tab and dialog, in Swedish, Norwegian and English: no two
shortcuts share a key, each Alt letter is a letter of its own label in that language, and a
completion list takes Esc and Enter for itself."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QTabBar,
    QWidget,
)

from app.gui.i18n import install_language
from app.gui.main_window import MainWindow
from app.gui.printing import PrintPreview
from app.gui.settings import Settings
from app.gui.setup_dialog import FirstRunDialog
from app.gui.sounds import Sounds
from app.gui.operations import Operations
from app.services.station import Station
from tests.gui.conftest import settle

ALT = Qt.KeyboardModifier.AltModifier


def _text_keys(widget: QWidget) -> list[tuple[str, str]]:
    """(key, where) of the mnemonics a widget's text gives it."""
    found = []
    if isinstance(widget, QAbstractButton):
        found.append(widget.text())
    elif isinstance(widget, QLabel) and widget.buddy() is not None:
        found.append(widget.text())
    elif isinstance(widget, QGroupBox):
        found.append(widget.title())
    elif isinstance(widget, QTabBar):
        found.extend(widget.tabText(i) for i in range(widget.count()))
    return [(QKeySequence.mnemonic(text).toString(), text) for text in found
            if not QKeySequence.mnemonic(text).isEmpty()]


def shortcuts(scope: QWidget, also: list[QShortcut] = ()) -> dict[str, list[str]]:
    """Every key that acts in ``scope``: mnemonics of its labels, buttons and tab bars and
    its explicit shortcuts (and ``also``, the window's own), each with what it belongs to."""
    keys: dict[str, list[str]] = defaultdict(list)
    for widget in [scope, *scope.findChildren(QWidget)]:
        for key, text in _text_keys(widget):
            keys[key].append(f"{type(widget).__name__} {text!r}")
    for shortcut in [*scope.findChildren(QShortcut), *also]:
        key = shortcut.key().toString()
        if key:
            owner = shortcut.parent()
            keys[key].append(f"shortcut of {type(owner).__name__}")
    return keys


def assert_no_clash(scope: QWidget, where: str, also: list[QShortcut] = ()) -> None:
    clashes = {key: owners for key, owners in shortcuts(scope, also).items()
               if len(owners) > 1 and not _one_button(owners)}
    assert not clashes, f"{where}: keys taken twice: {clashes}"


def _one_button(owners: list[str]) -> bool:
    """A button that shows its key ("Skicka … (Alt+S)") and the shortcut that clicks it."""
    return len(owners) == 2 and any("(Alt+" in owner for owner in owners) and any(
        owner.startswith("shortcut") for owner in owners)


def assert_keys_follow_labels(scope: QWidget, where: str) -> None:
    """A button that names its key ("(Alt+S)") has that shortcut, and the letter is one
    of its own label's letters in this language."""
    keys = {s.key().toString() for s in scope.findChildren(QShortcut)}
    for button in scope.findChildren(QAbstractButton):
        named = re.search(r"\((Alt\+(.))\)", button.text())
        if named:
            assert named.group(1) in keys, f"{where}: {button.text()!r} has no such key"
            label = button.text()[:named.start()].lower()
            assert named.group(2).lower() in label, f"{where}: {button.text()!r}"
    for widget in scope.findChildren(QWidget):
        for key, text in _text_keys(widget):
            assert "&" in text and key.startswith("Alt+")


def window_shortcuts(window: MainWindow) -> list[QShortcut]:
    return [s for s in window.findChildren(QShortcut)
            if not any(tab.isAncestorOf(s.parent()) or s.parent() is tab
                       for tab in window.all_tabs())]


@pytest.mark.parametrize("language", ["sv", "nb", "en"])
def test_no_two_shortcuts_on_a_tab_share_a_key(qtbot, depot: Station, tmp_path: Path,  # noqa: ANN001
                                                language: str) -> None:
    try:
        assert install_language(language) == language
        window = MainWindow(depot, sounds=Sounds(enabled=False),
                            settings=Settings(path=str(tmp_path / "settings.ini")))
        qtbot.addWidget(window)
        window.show()
        settle(qtbot, window)
        everywhere = window_shortcuts(window)
        for tab in window.all_tabs():
            assert_no_clash(tab, f"{language} {tab.title()}", everywhere)
            assert_keys_follow_labels(tab, f"{language} {tab.title()}")

        # and the dialogs, each a window of its own
        window.show_settings()
        qtbot.waitUntil(lambda: getattr(window, "settings_dialog", None) is not None)
        assert_no_clash(window.settings_dialog, f"{language} Settings")
        window.settings_dialog.reject()
        window.pump_tab.open_person()
        assert_no_clash(window.pump_tab.person_dialog, f"{language} Person")
        window.pump_tab.person_dialog.reject()
        first_run = FirstRunDialog(Settings(path=str(tmp_path / "first.ini")), Operations(),
                                   None)
        qtbot.addWidget(first_run)
        assert_no_clash(first_run, f"{language} first run")
        window.ops.wait()
        window.close()
    finally:
        install_language("en")


def test_the_print_preview_has_no_key_twice(qtbot, counter: MainWindow) -> None:  # noqa: ANN001
    counter.tabs.setCurrentWidget(counter.pump_tab)
    counter.pump_tab.show_pump("PD-1")
    settle(qtbot, counter)
    counter.pump_tab.receipt_button.click()
    qtbot.waitUntil(lambda: bool(counter.findChildren(PrintPreview)), timeout=20000)
    preview = counter.findChildren(PrintPreview)[-1]
    assert_no_clash(preview, "print preview")
    assert_keys_follow_labels(preview, "print preview")
    preview.reject()


def key(qtbot, pressed: Qt.Key) -> None:  # noqa: ANN001
    """A key where Qt delivers it: to the open popup (the completion list) if there is
    one, else to the focus."""
    qtbot.keyClick(QApplication.activePopupWidget() or QApplication.focusWidget(), pressed)


def _open_completions(qtbot, counter: MainWindow):  # noqa: ANN001, ANN201
    counter.tabs.setCurrentWidget(counter.issue_tab)
    settle(qtbot, counter)
    tab = counter.issue_tab
    tab.patient.setText("19811228-9874")
    tab.approval.setText("BL-7")
    tab.unit.setFocus()
    qtbot.waitUntil(tab.unit.hasFocus)
    for char in "SUS":
        qtbot.keyClick(tab.unit, char)
    popup = tab.unit.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    return tab, popup


def test_esc_with_the_completion_list_open_closes_only_the_list(qtbot,  # noqa: ANN001
                                                                 counter: MainWindow) -> None:
    tab, popup = _open_completions(qtbot, counter)
    key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not popup.isVisible())
    assert tab.unit.text() == "SUS"
    assert tab.patient.text() == "19811228-9874" and tab.approval.text() == "BL-7"
    # a second Esc, with no list open, starts the loan over as ever
    key(qtbot, Qt.Key.Key_Escape)
    assert tab.patient.text() == "" and tab.unit.text() == ""


def test_enter_takes_the_highlighted_completion(qtbot, counter: MainWindow) -> None:  # noqa: ANN001
    tab, popup = _open_completions(qtbot, counter)
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Down)
    highlighted = popup.currentIndex().data()
    assert highlighted and highlighted.startswith("6021")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not popup.isVisible())
    assert tab.unit.text() == highlighted
    assert tab.patient.text() == "19811228-9874"  # Enter did not try to lend (or clear)
    assert not tab.pumps
