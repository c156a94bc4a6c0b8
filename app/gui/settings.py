"""The workstation's settings, declared once with type, default and a translatable label,
and kept with QSettings behind that typed layer."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings

T = TypeVar("T", str, bool, int)


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    type: type[T]
    default: T
    label: str

    def translated_label(self) -> str:
        return QCoreApplication.translate("Settings", self.label)


RECEIPT_PRINTER = Setting("printing/receipt_printer", str, "",
                          QT_TRANSLATE_NOOP("Settings", "Receipt printer (80 mm)"))
A4_PRINTER = Setting("printing/a4_printer", str, "",
                     QT_TRANSLATE_NOOP("Settings", "A4 printer (loan forms, packing slips)"))
LABEL_PRINTER = Setting("printing/label_printer", str, "",
                        QT_TRANSLATE_NOOP("Settings", "Label printer (62 × 29 mm)"))
FORM_WITH_RECEIPT = Setting("printing/form_with_receipt", bool, False,
                            QT_TRANSLATE_NOOP("Settings",
                                              "Print the loan form with every receipt"))

CENTRAL_URL = Setting("sync/central_url", str, "",
                      QT_TRANSLATE_NOOP("Settings", "Central database (PostgreSQL URL, "
                                        "without password)"))

PRINTER_FOR_KIND = {"receipt": RECEIPT_PRINTER, "a4": A4_PRINTER, "label": LABEL_PRINTER}


class Settings:
    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store or QSettings("PumpDesk", "PumpDesk")

    def get(self, setting: Setting[T]) -> T:
        value = self.store.value(setting.key, setting.default)
        if setting.type is bool and isinstance(value, str):  # INI files keep text
            return value.lower() in ("true", "1", "yes")  # type: ignore[return-value]
        return setting.type(value)

    def set(self, setting: Setting[T], value: T) -> None:
        self.store.setValue(setting.key, value)
        self.store.sync()
