r"""The workstation's settings, declared once with type, default and a translatable label,
and kept with QSettings behind that typed layer.

Where a setting is not set for the user, QSettings falls back to the machine-wide file a
depot rolls out (``/etc/xdg/PumpDesk/PumpDesk.conf`` on Linux, ``HKEY_LOCAL_MACHINE\Software
\PumpDesk\PumpDesk`` on Windows), and ``--settings FILE.ini`` makes one INI file the store
for a workstation: either way a depot sets many workstations up alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings

from app.domain.burst import Timing
from app.domain.scan import GS_SUBSTITUTES
from app.services.setup import DepotSetup

T = TypeVar("T", str, bool, int)


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    type: type[T]
    default: T
    label: str
    #: For a setting with a fixed set of values: (value, translatable label) pairs.
    choices: tuple[tuple[str, str], ...] = ()
    #: For a number: the range it may take, and its unit after it (" ms").
    minimum: int = 0
    maximum: int = 0
    unit: str = ""

    def translated_label(self) -> str:
        return QCoreApplication.translate("Settings", self.label)

    def translated_choices(self) -> list[tuple[str, str]]:
        return [(value, QCoreApplication.translate("Settings", label))
                for value, label in self.choices]


LANGUAGE = Setting("general/language", str, "sv",
                   QT_TRANSLATE_NOOP("Settings", "Language"),
                   (("sv", "Svenska"), ("nb", "Norsk bokmål"), ("en", "English")))
WORKSTATION = Setting("general/workstation", str, "",
                      QT_TRANSLATE_NOOP("Settings", "Workstation id (unique in the region)"))
DEPOT_NAME = Setting("depot/name", str, "", QT_TRANSLATE_NOOP("Settings", "Depot name"))
DEPOT_ADDRESS = Setting("depot/address", str, "",
                        QT_TRANSLATE_NOOP("Settings", "Depot address"))
DEPOT_PHONE = Setting("depot/phone", str, "", QT_TRANSLATE_NOOP("Settings", "Depot phone"))
DEPOT_EMAIL = Setting("depot/email", str, "", QT_TRANSLATE_NOOP("Settings", "Depot e-mail"))
DEPOT_HOURS = Setting("depot/opening_hours", str, "",
                      QT_TRANSLATE_NOOP("Settings", "Opening hours"))
COUNTRY = Setting("depot/country", str, "SE",
                  QT_TRANSLATE_NOOP("Settings", "Country (calendar and identity numbers)"),
                  (("SE", QT_TRANSLATE_NOOP("Settings", "Sweden")),
                   ("NO", QT_TRANSLATE_NOOP("Settings", "Norway"))))
PRINT_LANGUAGE = Setting("depot/print_language", str, "",
                         QT_TRANSLATE_NOOP("Settings", "Language of printed paper"),
                         (("", QT_TRANSLATE_NOOP("Settings", "The country's language")),
                          ("sv", "Svenska"), ("nb", "Norsk bokmål"), ("en", "English")))
REQUIRE_SPECIALIST = Setting(
    "depot/require_specialist", str, "",
    QT_TRANSLATE_NOOP("Settings", "Loans start in specialist care"),
    (("", QT_TRANSLATE_NOOP("Settings", "As the country does (required in Norway)")),
     ("1", QT_TRANSLATE_NOOP("Settings", "Required: specialist care or a regional agreement")),
     ("0", QT_TRANSLATE_NOOP("Settings", "Not required"))))
FREE_TEXT_PRESCRIBER = Setting(
    "depot/free_text_prescriber", str, "",
    QT_TRANSLATE_NOOP("Settings", "Prescriber not in the register"),
    (("", QT_TRANSLATE_NOOP("Settings", "Refused: must be registered")),
     ("1", QT_TRANSLATE_NOOP("Settings", "Allowed where none is registered (unverified)"))))
TRANSPORT_DAYS = Setting("depot/transport_days", str, "",
                         QT_TRANSLATE_NOOP("Settings", "Days a transport loan lasts (default 2)"))
SET_UP = Setting("general/set_up", bool, False,
                 QT_TRANSLATE_NOOP("Settings", "This workstation has been set up"))

RECEIPT_PRINTER = Setting("printing/receipt_printer", str, "",
                          QT_TRANSLATE_NOOP("Settings", "Receipt printer (80 mm)"))
A4_PRINTER = Setting("printing/a4_printer", str, "",
                     QT_TRANSLATE_NOOP("Settings", "A4 printer (loan forms, packing slips)"))
LABEL_PRINTER = Setting("printing/label_printer", str, "",
                        QT_TRANSLATE_NOOP("Settings", "Label printer (62 × 29 mm)"))
FORM_WITH_RECEIPT = Setting("printing/form_with_receipt", bool, False,
                            QT_TRANSLATE_NOOP("Settings",
                                              "Print the loan form with every receipt"))

SCAN_GAP = Setting("scanner/burst_gap_ms", int, Timing().gap_ms,
                   QT_TRANSLATE_NOOP("Settings", "Pause between a scanner's keys, up to"),
                   minimum=4, maximum=100, unit=" ms")
DOUBLE_READ = Setting("scanner/double_read_s", int, 3,
                      QT_TRANSLATE_NOOP("Settings", "Same code again within this is a double "
                                                    "read"),
                      minimum=0, maximum=30, unit=" s")
GS_SUBSTITUTE = Setting("scanner/gs_substitute", str, "",
                        QT_TRANSLATE_NOOP("Settings", "Character the scanner sends for GS"),
                        (("", QT_TRANSLATE_NOOP("Settings", "none: GS itself (Ctrl+])")),
                         *((char, char) for char in GS_SUBSTITUTES)))

IDLE_SIGN_OUT = Setting("counter/idle_sign_out_min", int, 10,
                        QT_TRANSLATE_NOOP("Settings", "Sign out after this long without use"),
                        minimum=1, maximum=240, unit=" min")

CENTRAL_URL = Setting("sync/central_url", str, "",
                      QT_TRANSLATE_NOOP("Settings", "Address (PostgreSQL URL)"))

PRINTER_FOR_KIND = {"receipt": RECEIPT_PRINTER, "a4": A4_PRINTER, "label": LABEL_PRINTER}


def depot_setup(settings: "Settings") -> DepotSetup:
    """The depot as the settings (perhaps a depot's rolled-out file) describe it."""
    return DepotSetup(settings.get(DEPOT_NAME), settings.get(DEPOT_ADDRESS),
                      settings.get(COUNTRY), settings.get(PRINT_LANGUAGE),
                      settings.get(REQUIRE_SPECIALIST), settings.get(TRANSPORT_DAYS),
                      settings.get(FREE_TEXT_PRESCRIBER),
                      # a file without them leaves the database's as they are
                      settings.get(DEPOT_HOURS) or None, settings.get(DEPOT_PHONE) or None,
                      settings.get(DEPOT_EMAIL) or None)


def scan_timing(settings: "Settings") -> Timing:
    return Timing(gap_ms=settings.get(SCAN_GAP))


#: Every setting, in the order the setup and settings dialogs show them.
ALL: tuple[Setting, ...] = (LANGUAGE, WORKSTATION, IDLE_SIGN_OUT, DEPOT_NAME, DEPOT_ADDRESS,
                            DEPOT_PHONE, DEPOT_EMAIL, DEPOT_HOURS, COUNTRY,
                            PRINT_LANGUAGE, REQUIRE_SPECIALIST, TRANSPORT_DAYS, FREE_TEXT_PRESCRIBER,
                            CENTRAL_URL,
                            RECEIPT_PRINTER, A4_PRINTER, LABEL_PRINTER, FORM_WITH_RECEIPT,
                            SCAN_GAP, DOUBLE_READ, GS_SUBSTITUTE)


class Settings:
    def __init__(self, store: QSettings | None = None, path: str | None = None) -> None:
        """The user's settings over the machine's, or the INI file ``path``."""
        if store is None:
            store = (QSettings(path, QSettings.Format.IniFormat) if path
                     else QSettings("PumpDesk", "PumpDesk"))
        self.store = store

    def get(self, setting: Setting[T]) -> T:
        value = self.store.value(setting.key, setting.default)
        if setting.type is bool and isinstance(value, str):  # INI files keep text
            return value.lower() in ("true", "1", "yes")  # type: ignore[return-value]
        if setting.type is int:  # a hand-edited file may say anything
            try:
                number = int(value)
            except (TypeError, ValueError):
                return setting.default
            return min(max(number, setting.minimum), setting.maximum)  # type: ignore[return-value]
        if setting.choices and value not in dict(setting.choices):
            return setting.default
        return setting.type(value)

    def set(self, setting: Setting[T], value: T) -> None:
        self.store.setValue(setting.key, value)
        self.store.sync()
