"""Qt's own texts that the window shows and PySide6 has no Norwegian (bokmål) for: the
standard buttons of dialogs and message boxes (Yes, No, Cancel, Close, OK, Save …), which
Qt 6 looks up in the context "QPlatformTheme", and the text fields' menu. Listed here so
that ``scripts/translations.py update`` puts them in our .ts files; the Swedish ones are
Qt's own wording (qtbase_sv), for the same look where both are loaded."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def qt_texts() -> list[str]:
    """Never needed at run time: Qt asks for these itself. lupdate reads them here."""
    translate = QCoreApplication.translate
    return [
        translate("QPlatformTheme", "OK"),
        translate("QPlatformTheme", "Save"),
        translate("QPlatformTheme", "Save All"),
        translate("QPlatformTheme", "Open"),
        translate("QPlatformTheme", "&Yes"),
        translate("QPlatformTheme", "Yes to &All"),
        translate("QPlatformTheme", "&No"),
        translate("QPlatformTheme", "N&o to All"),
        translate("QPlatformTheme", "Abort"),
        translate("QPlatformTheme", "Retry"),
        translate("QPlatformTheme", "Ignore"),
        translate("QPlatformTheme", "Close"),
        translate("QPlatformTheme", "Cancel"),
        translate("QPlatformTheme", "Discard"),
        translate("QPlatformTheme", "Help"),
        translate("QPlatformTheme", "Apply"),
        translate("QPlatformTheme", "Reset"),
        translate("QPlatformTheme", "Restore Defaults"),
        translate("QMessageBox", "Show Details..."),
        translate("QMessageBox", "Hide Details..."),
        translate("QLineEdit", "&Undo"),
        translate("QLineEdit", "&Redo"),
        translate("QLineEdit", "Cu&t"),
        translate("QLineEdit", "&Copy"),
        translate("QLineEdit", "&Paste"),
        translate("QLineEdit", "Delete"),
        translate("QLineEdit", "Select All"),
    ]
