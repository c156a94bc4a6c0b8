"""Alt-key shortcuts that follow each language's own labels.

A button's translated label marks its letter with "&" ("&Dispatch …", "&Skicka …"); the
button shows the key in words ("Skicka … (Alt+S)") and an explicit shortcut acts on it —
explicit, because some platforms do not act on mnemonics. Texts that tell the counter which
key to press take it from the button, so that label, hint and key always agree."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QWidget


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
