"""Alt-key shortcuts that follow each language's own labels.

A button's translated label marks its letter with "&" ("&Dispatch …", "&Skicka …"); the
button shows the key in words ("Skicka … (Alt+S)") and an explicit shortcut acts on it —
explicit, because some platforms do not act on mnemonics. Texts that tell the counter which
key to press take it from the button, so that label, hint and key always agree."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QCompleter, QLineEdit, QWidget


def alt_key(label: str) -> QKeySequence:
    """Alt and the letter marked with "&" in ``label`` (empty if none is marked)."""
    return QKeySequence.mnemonic(label)


def plain(label: str) -> str:
    """``label`` without its "&" mark."""
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&")


def key_button(button: QAbstractButton, label: str, scope: QWidget) -> QShortcut:
    """Give ``button`` the ``label`` (with its "&" letter) and a shortcut, active while
    the focus is in ``scope``, that clicks it; the button shows the key."""
    key = alt_key(label)
    button.setText(f"{plain(label)} ({key.toString(QKeySequence.SequenceFormat.NativeText)})")
    button.setProperty("altKey", key.toString())
    return QShortcut(key, scope, activated=button.click,
                     context=Qt.ShortcutContext.WidgetWithChildrenShortcut)


class CompletionKeys(QObject):
    """While a field's completion list is open, Esc and Enter are the list's: Esc closes
    only the list, Enter takes the highlighted entry. Without this, the window's own Esc
    (start over) and Enter (confirm) shortcuts would take them first."""

    KEYS = (Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter)

    def __init__(self, field: QLineEdit) -> None:
        super().__init__(field)
        self.field = field

    def watch(self, completer: QCompleter) -> None:
        completer.popup().installEventFilter(self)
        self.field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ShortcutOverride and event.key() in self.KEYS:
            completer = self.field.completer()
            if completer is not None and completer.popup().isVisible():
                event.accept()  # a key for the list, not a shortcut
                return True
        return False
