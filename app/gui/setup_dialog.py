"""Setting a workstation up: once, at its first start (``FirstRunDialog``), and later
(``SettingsDialog``). Both show the declared settings (``app.gui.settings.ALL``) in one form;
what belongs in the database (the depot's name, address and country) goes there through a
service, the rest into QSettings, and the central database's password into the system's
password store."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRegularExpression, QSize, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.refusals import Refused
from app.gui.fitting import fit_to_screen
from app.gui.i18n import refusal_text
from app.gui.operations import Operations
from app.gui.printer import available_printers
from app.gui.settings import (
    A4_PRINTER,
    ALL,
    CENTRAL_URL,
    COUNTRY,
    DEPOT_ADDRESS,
    DEPOT_EMAIL,
    DEPOT_HOURS,
    DEPOT_NAME,
    DEPOT_PHONE,
    DOUBLE_READ,
    FORM_WITH_RECEIPT,
    FREE_TEXT_PRESCRIBER,
    GS_SUBSTITUTE,
    IDLE_SIGN_OUT,
    LABEL_PRINTER,
    LANGUAGE,
    PRINT_LANGUAGE,
    RECEIPT_PRINTER,
    REQUIRE_SPECIALIST,
    SCAN_GAP,
    SET_UP,
    TRANSPORT_DAYS,
    WORKSTATION,
    Setting,
    Settings,
)
from app.services import sync
from app.services.setup import DepotSetup

#: Letters, digits and dashes, as loan numbers carry it ("KASSA1-000042").
WORKSTATION_PATTERN = r"[A-Z0-9][A-Z0-9-]{0,15}"
_GROUPS = (
    ("workstation", (LANGUAGE, WORKSTATION, IDLE_SIGN_OUT)),
    ("depot", (DEPOT_NAME, DEPOT_ADDRESS, DEPOT_PHONE, DEPOT_EMAIL, DEPOT_HOURS, COUNTRY,
               PRINT_LANGUAGE, REQUIRE_SPECIALIST, TRANSPORT_DAYS, FREE_TEXT_PRESCRIBER)),
    ("central", (CENTRAL_URL,)),
    ("printers", (RECEIPT_PRINTER, A4_PRINTER, LABEL_PRINTER, FORM_WITH_RECEIPT)),
    ("scanner", (SCAN_GAP, DOUBLE_READ, GS_SUBSTITUTE)),
)
_PRINTERS = (RECEIPT_PRINTER, A4_PRINTER, LABEL_PRINTER)


class SetupForm(QWidget):
    """One field per declared setting, grouped; ``values()`` reads them back."""

    def __init__(self, settings: Settings, ops: Operations,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings, self.ops = settings, ops
        self.fields: dict[str, QWidget] = {}
        layout = QVBoxLayout(self)
        titles = {"workstation": self.tr("Workstation"), "depot": self.tr("Depot"),
                  "central": self.tr("Central database (optional)"),
                  "printers": self.tr("Printers"), "scanner": self.tr("Barcode scanner")}
        printers = available_printers()
        for title, group in _GROUPS:
            box = QGroupBox(titles[title])
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for setting in group:
                field = self._field(setting, printers)
                self.fields[setting.key] = field
                if setting.type is bool:
                    form.addRow(field)
                elif setting is GS_SUBSTITUTE:
                    form.addRow(setting.translated_label(), self._with_scanner_test(field))
                else:
                    form.addRow(setting.translated_label(), field)
                if setting is CENTRAL_URL:
                    self.password = QLineEdit()
                    self.password.setObjectName("centralPassword")
                    self.password.setEchoMode(QLineEdit.EchoMode.Password)
                    self.password.setPlaceholderText(self.tr(
                        "kept in the system's password store, never in a file"))
                    form.addRow(self.tr("Password"), self.password)
                    self.test = QPushButton(self.tr("Test connection"))
                    self.test.setObjectName("testConnection")
                    self.test.clicked.connect(self._test_connection)
                    self.test_result = QLabel()
                    self.test_result.setObjectName("testResult")
                    self.test_result.setWordWrap(True)
                    row = QHBoxLayout()
                    row.addWidget(self.test)
                    row.addWidget(self.test_result, 1)
                    form.addRow(row)
            layout.addWidget(box)

    def _with_scanner_test(self, field: QWidget) -> QHBoxLayout:
        self.scanner_test = QPushButton(self.tr("Test the scanner …"))
        self.scanner_test.setObjectName("scannerTest")
        self.scanner_test.clicked.connect(self.test_scanner)
        row = QHBoxLayout()
        row.addWidget(field, 1)
        row.addWidget(self.scanner_test)
        return row

    def _field(self, setting: Setting, printers: list[str]) -> QWidget:
        value = self.settings.get(setting)
        if setting.type is bool:
            box = QCheckBox(setting.translated_label())
            box.setChecked(bool(value))
            return box
        if setting.type is int:
            spin = QSpinBox()
            spin.setRange(setting.minimum, setting.maximum)
            spin.setSuffix(setting.unit)
            spin.setValue(int(value))
            return spin
        if setting.choices or setting in _PRINTERS:
            combo = QComboBox()
            if setting.choices:
                for choice, label in setting.translated_choices():
                    combo.addItem(label, choice)
            else:
                combo.addItem(self.tr("(ask when printing)"), "")
                for name in printers:
                    combo.addItem(name, name)
                if value and value not in printers:  # set elsewhere, not installed here
                    combo.addItem(value, value)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            return combo
        line = QLineEdit(str(value))
        if setting is WORKSTATION:
            line.setValidator(QRegularExpressionValidator(QRegularExpression(
                WORKSTATION_PATTERN, QRegularExpression.PatternOption.CaseInsensitiveOption)))
            line.setPlaceholderText(self.tr("e.g. KASSA1"))
            line.textEdited.connect(lambda text, line=line: line.setText(text.upper()))
        if setting is CENTRAL_URL:
            line.setPlaceholderText("postgresql://user@host/db?sslmode=verify-full")
        return line

    def value(self, setting: Setting) -> Any:
        field = self.fields[setting.key]
        if isinstance(field, QCheckBox):
            return field.isChecked()
        if isinstance(field, QSpinBox):
            return field.value()
        if isinstance(field, QComboBox):
            return field.currentData() or ""
        return field.text().strip()  # type: ignore[union-attr]

    def set_value(self, setting: Setting, value: Any) -> None:
        field = self.fields[setting.key]
        if isinstance(field, QCheckBox):
            field.setChecked(bool(value))
        elif isinstance(field, QSpinBox):
            field.setValue(int(value))
        elif isinstance(field, QComboBox):
            field.setCurrentIndex(max(0, field.findData(value)))
        else:
            field.setText(str(value))  # type: ignore[union-attr]

    def depot(self) -> DepotSetup:
        return DepotSetup(self.value(DEPOT_NAME), self.value(DEPOT_ADDRESS),
                          self.value(COUNTRY), self.value(PRINT_LANGUAGE),
                          self.value(REQUIRE_SPECIALIST), self.value(TRANSPORT_DAYS),
                          self.value(FREE_TEXT_PRESCRIBER), self.value(DEPOT_HOURS),
                          self.value(DEPOT_PHONE), self.value(DEPOT_EMAIL))

    def problem(self) -> str | None:
        """What must be put right before the form can be saved, in the counter's words."""
        if not QRegularExpression(f"^{WORKSTATION_PATTERN}$").match(
                self.value(WORKSTATION)).hasMatch():
            return self.tr("Give this workstation an id: capital letters, digits and "
                           "dashes, for instance KASSA1.")
        if not self.value(DEPOT_NAME):
            return self.tr("Give the depot's name: it is printed on every document.")
        return None

    def save(self) -> None:
        """Settings into QSettings (the URL without its password), the password into the
        system's password store."""
        for setting in ALL:
            value = self.value(setting)
            if setting is CENTRAL_URL and value:
                value = sync.keep_secrets(value)
            self.settings.set(setting, value)
        if self.password.text() and self.value(CENTRAL_URL):
            sync.keep_password(self.value(CENTRAL_URL), self.password.text())

    def test_scanner(self) -> None:
        """Scan anything and see what arrived; a timing it suggests goes into the form."""
        from app.gui.scanner_test import ScannerTestDialog

        self.scanner_dialog = ScannerTestDialog(
            self.value(SCAN_GAP), self.value(GS_SUBSTITUTE), self.window())
        self.scanner_dialog.use_timing.connect(
            lambda gap_ms: self.set_value(SCAN_GAP, gap_ms))
        self.scanner_dialog.open()

    def _test_connection(self) -> None:
        url = self.value(CENTRAL_URL)
        if not url:
            self.test_result.setText(self.tr("No central database: this workstation will "
                                             "work alone."))
            return
        self.test.setEnabled(False)
        self.test_result.setText(self.tr("Connecting …"))
        self.ops.run(sync.test_connection, url, self.password.text() or None,
                     done=self._tested, refused=self._test_refused)

    def _tested(self, reached: "sync.Reached") -> None:
        self.test.setEnabled(True)
        text = self.tr("Connected: PostgreSQL {version}, PumpDesk schema found.").format(
            version=reached.version)
        if reached.warning is not None:
            text += " " + refusal_text(reached.warning)
        self.test_result.setText(text)

    def _test_refused(self, refused: Refused) -> None:
        self.test.setEnabled(True)
        self.test_result.setText(refusal_text(refused))


class _FormDialog(QDialog):
    def __init__(self, settings: Settings, ops: Operations, title: str, intro: str,
                 ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(title)
        self.form = SetupForm(settings, ops, self)
        self.message = QLabel()
        self.message.setObjectName("setupMessage")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        # The form scrolls where the screen is lower than the form (768 lines).
        scroll = QScrollArea()
        scroll.setWidget(self.form)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(self.form.minimumSizeHint().width()
                               + scroll.verticalScrollBar().sizeHint().width())
        layout = QVBoxLayout(self)
        text = QLabel(intro)
        text.setWordWrap(True)
        layout.addWidget(text)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        fit_to_screen(self, QSize(760, self.form.sizeHint().height()
                                  + text.sizeHint().height() + self.buttons.sizeHint().height()
                                  + 80))

    def refuse_scan(self, code: str) -> None:
        """A scan while this is open is not taken: nothing of it lands in a field."""
        self.message.setText(self.tr(
            "Not taken: {code}. Scans are not taken while this window is open; close it "
            "first, or try the scanner with “Test the scanner …”.").format(code=code))

    def _accept(self) -> None:
        problem = self.form.problem()
        if problem:
            self.message.setText(problem)
            return
        try:
            self.form.save()
        except Refused as refused:
            self.message.setText(refusal_text(refused))
            return
        self.settings.set(SET_UP, True)
        self.accept()


class FirstRunDialog(_FormDialog):
    """Shown before the window at a workstation's first start. A depot's rolled-out
    settings fill it in; the technician checks, adds the workstation id, and starts."""

    def __init__(self, settings: Settings, ops: Operations, existing_workstation: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(settings, ops, self.tr("Set up PumpDesk"), self.tr(
            "This workstation is new to PumpDesk. Check the settings below (your depot may "
            "have filled them in already), give the workstation its id, and start. All of "
            "this can be changed later under Settings, except the workstation id."),
            self.tr("Start PumpDesk"), parent)
        self.setObjectName("firstRunDialog")
        if existing_workstation:
            self.form.set_value(WORKSTATION, existing_workstation)
            self.form.fields[WORKSTATION.key].setEnabled(False)


class SettingsDialog(_FormDialog):
    """The same settings later; the workstation id stays as its database has it."""

    def __init__(self, settings: Settings, ops: Operations, workstation: str,
                 depot: DepotSetup | None, parent: QWidget | None = None) -> None:
        super().__init__(settings, ops, self.tr("Settings"), self.tr(
            "Printers and the scanner apply at once; the language and the central database "
            "when PumpDesk next starts."), self.tr("Save"), parent)
        self.setObjectName("settingsDialog")
        self.form.set_value(WORKSTATION, workstation)
        self.form.fields[WORKSTATION.key].setEnabled(False)
        if depot is not None:
            self.form.set_value(DEPOT_NAME, depot.name)
            self.form.set_value(DEPOT_ADDRESS, depot.address)
            self.form.set_value(DEPOT_PHONE, depot.phone or "")
            self.form.set_value(DEPOT_EMAIL, depot.email or "")
            self.form.set_value(DEPOT_HOURS, depot.opening_hours or "")
            self.form.set_value(COUNTRY, depot.country)
            self.form.set_value(PRINT_LANGUAGE, depot.print_language)
            self.form.set_value(REQUIRE_SPECIALIST, depot.require_specialist)
            self.form.set_value(TRANSPORT_DAYS, depot.transport_days)
            self.form.set_value(FREE_TEXT_PRESCRIBER, depot.free_text_prescriber)
