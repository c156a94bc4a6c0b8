"""Printing from the counter: the receipt (and, if set, the loan form) after an issue
without extra steps, and a preview of any document to print, reprint or save as PDF."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.refusals import Refused
from app.gui.fitting import fit_to_screen
from app.gui.i18n import refusal_text
from app.gui.operations import Operations
from app.gui.printer import PrintQueue, available_printers, page_images
from app.gui.settings import FORM_WITH_RECEIPT, PRINTER_FOR_KIND, Settings
from app.services import printouts
from app.services.printouts import PRINTER_KIND, Printout
from app.services.station import Station


PREVIEW_DPI = 110


def _with_pages(make: Callable[..., Printout], station: Station,
                *args: Any) -> tuple[Printout, list[QImage]]:
    """The document and its pages as pictures, made on the worker thread."""
    printout = make(station, *args)
    return printout, page_images(printout.pdf, PREVIEW_DPI)


class Printing(QObject):
    """What the tabs use to print; it tells the window what became of each job."""

    #: A line for the status bar (printed, or not).
    note = Signal(str)
    #: Paper that did not print: its title and why, for the banner.
    not_printed = Signal(str, str)
    #: What did not print was printed or saved after all.
    handled = Signal()
    #: The key that opens the document that did not print, to choose a printer or save it.
    KEY = "Ctrl+P"

    def __init__(self, station: Station, ops: Operations, settings: Settings,
                 queue: PrintQueue, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.station, self.ops, self.settings, self.queue = station, ops, settings, queue
        #: The last document that did not print, until it is printed or saved.
        self.unprinted: Printout | None = None
        self._sent: dict[str, tuple[Printout, str]] = {}
        queue.printed.connect(self._printed)
        queue.failed.connect(self._failed)

    def printer_for(self, printout: Printout) -> str:
        return self.settings.get(PRINTER_FOR_KIND[PRINTER_KIND[printout.kind]])

    def after_issue(self, loan_number: str) -> None:
        """The receipt, and the loan form if the workstation is set to, with no extra step."""
        self.ops.run(printouts.receipt, self.station, loan_number, done=self.send,
                     refused=self._refused)
        if self.settings.get(FORM_WITH_RECEIPT):
            self.ops.run(printouts.loan_form, self.station, loan_number, done=self.send,
                         refused=self._refused)

    def send(self, printout: Printout) -> None:
        printer = self.printer_for(printout)
        if not printer:
            self._missing(printout, self.tr("No printer is set for it."))
            return
        self.send_to(printout, printer)

    def send_to(self, printout: Printout, printer: str) -> None:
        self._sent[printout.title] = (printout, printer)
        self.queue.print(printout.pdf, printer, printout.title)

    def _printed(self, title: str, printer: str) -> None:
        self._sent.pop(title, None)
        self.note.emit(self.tr("Printed {title} on {printer}").format(title=title,
                                                                      printer=printer))

    def _failed(self, title: str, why: str) -> None:
        printout, printer = self._sent.pop(title, (None, ""))
        self.note.emit(self.tr("Could not print {title}: {why}").format(title=title, why=why))
        if printout is not None:
            self._missing(printout, self.tr("The printer {printer} could not print it.").format(
                printer=printer))

    def _missing(self, printout: Printout, why: str) -> None:
        self.unprinted = printout
        self.note.emit(self.tr("{title} was not printed.").format(title=printout.title))
        self.not_printed.emit(self.named(printout), why)

    def named(self, printout: Printout) -> str:
        """What the document is, in words: "Receipt DISK1-000042"."""
        kinds = {"receipt": self.tr("Receipt {title}"), "form": self.tr("Loan form {title}"),
                 "slip": self.tr("Packing slip {title}"), "label": self.tr("Label {title}"),
                 "picking": self.tr("Picking list {title}"),
                 "order_label": self.tr("Address label {title}")}
        return kinds.get(printout.kind, "{title}").format(title=printout.title)

    def open_unprinted(self, parent: QWidget | None = None) -> bool:
        """The document that did not print, in the preview: choose a printer, or save it
        as PDF. False if every document printed."""
        printout = self.unprinted
        if printout is None:
            return False
        self.ops.run(page_images, printout.pdf, PREVIEW_DPI, refused=self._refused,
                     done=lambda pages: self._show(printout, pages, parent))
        return True

    def _show(self, printout: Printout, pages: list[QImage], parent: QWidget | None) -> None:
        self.preview_dialog = PrintPreview(printout, pages, self, parent)
        self.preview_dialog.done_with.connect(self._handled)
        self.preview_dialog.open()

    def _handled(self, printout: Printout) -> None:
        if self.unprinted is printout:
            self.unprinted = None
            self.handled.emit()

    def preview(self, make: Callable[..., Printout], *args: Any,
                parent: QWidget | None = None) -> None:
        self.ops.run(_with_pages, make, self.station, *args, refused=self._refused,
                     done=lambda made: PrintPreview(*made, self, parent).open())

    def preview_made(self, printout: Printout, parent: QWidget | None = None) -> None:
        """A document already made (an order's label), in the preview to print or save."""
        self.ops.run(page_images, printout.pdf, PREVIEW_DPI, refused=self._refused,
                     done=lambda pages: PrintPreview(printout, pages, self, parent).open())

    def _refused(self, refused: Refused) -> None:
        self.note.emit(refusal_text(refused))


class PrintPreview(QDialog):
    #: The document was sent to a printer or saved.
    done_with = Signal(object)

    def __init__(self, printout: Printout, pages: list[QImage], printing: Printing,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.printout, self.printing = printout, printing
        self.setWindowTitle(self.tr("Print preview: {title}").format(title=printout.title))
        sheet = QWidget()
        column = QVBoxLayout(sheet)
        for image in pages:
            page = QLabel()
            page.setPixmap(QPixmap.fromImage(image))
            page.setStyleSheet("background: white; border: 1px solid #9aa5ad;")
            column.addWidget(page, alignment=Qt.AlignmentFlag.AlignHCenter)
        scroll = QScrollArea()
        scroll.setWidget(sheet)
        scroll.setWidgetResizable(True)
        self.printers = QComboBox()
        self.printers.addItems(available_printers())
        current = printing.printer_for(printout)
        if current:
            if self.printers.findText(current) < 0:
                self.printers.addItem(current)
            self.printers.setCurrentText(current)
        self.remember = QCheckBox(self.tr("Use this printer for this kind of document"))
        self.print_button = QPushButton(self.tr("&Print"))
        self.print_button.setEnabled(self.printers.count() > 0)
        self.print_button.clicked.connect(self._print)
        save = QPushButton(self.tr("&Save as PDF …"))
        save.clicked.connect(self._save)
        # Enter prints where there is a printer, else saves the PDF.
        (self.print_button if self.print_button.isEnabled() else save).setDefault(True)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        printer = QHBoxLayout()  # two rows: one would be wider than a 1024-pixel screen
        printer.addWidget(QLabel(self.tr("Printer:")))
        printer.addWidget(self.printers, 1)
        printer.addWidget(self.remember)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.print_button)
        buttons.addWidget(save)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(printer)
        layout.addLayout(buttons)
        fit_to_screen(self, QSize(900, 760))

    def _print(self) -> None:
        printer = self.printers.currentText()
        if self.remember.isChecked():
            setting = PRINTER_FOR_KIND[PRINTER_KIND[self.printout.kind]]
            self.printing.settings.set(setting, printer)
        self.printing.send_to(self.printout, printer)
        self.done_with.emit(self.printout)
        self.accept()

    def _save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), f"{self.printout.kind}-{self.printout.title}.pdf",
            "PDF (*.pdf)")
        if path:
            with open(path, "wb") as out:
                out.write(self.printout.pdf)
            self.done_with.emit(self.printout)
            self.accept()
