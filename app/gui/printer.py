"""Sending a finished PDF to a printer.

Each page is rendered (pypdfium2) at the printer's own resolution and painted one to one,
so a 203 dpi thermal printer gets every bar on whole dots, as the PDF drew it. Printing
runs on its own worker thread: a slow printer never holds up the next scan.
"""

from __future__ import annotations

import logging
from typing import Callable

from PySide6.QtCore import QMarginsF, QObject, QRectF, QRunnable, QSizeF, QThreadPool, Signal
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

log = logging.getLogger("pumpdesk.gui")


class PrinterMissing(Exception):
    pass


def available_printers() -> list[str]:
    return QPrinterInfo.availablePrinterNames()


def page_images(pdf: bytes, dpi: float, black_and_white: bool = False) -> list[QImage]:
    """Every page as an image at ``dpi``: grey for the screen, or one bit per dot for a
    printer (a thermal head has no grey, and a 1-bit image is never compressed lossily)."""
    import pypdfium2 as pdfium  # loaded at the first preview or print, not at start
    from PIL.Image import Dither

    document = pdfium.PdfDocument(pdf)
    images = []
    for page in document:
        bitmap = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
        if black_and_white:
            bitmap = bitmap.point(lambda value: 255 if value >= 128 else 0).convert(
                "1", dither=Dither.NONE)
            data = bitmap.tobytes()
            image = QImage(data, bitmap.width, bitmap.height, (bitmap.width + 7) // 8,
                           QImage.Format.Format_Mono)
            image.setColorTable([0xFF000000, 0xFFFFFFFF])
        else:
            data = bitmap.tobytes()
            image = QImage(data, bitmap.width, bitmap.height, bitmap.width,
                           QImage.Format.Format_Grayscale8)
        images.append(image.copy())  # own the pixels: ``data`` goes away
    document.close()
    return images


def print_to(printer: QPrinter, pdf: bytes, title: str) -> None:
    """Paint the PDF's pages on ``printer``, page size from the PDF, no margins."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    width, height = document[0].get_size()
    document.close()
    printer.setDocName(title)
    printer.setFullPage(True)
    printer.setPageLayout(QPageLayout(
        QPageSize(QSizeF(width, height), QPageSize.Unit.Point, title,
                  QPageSize.SizeMatchPolicy.ExactMatch),
        QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    images = page_images(pdf, printer.resolution(), black_and_white=True)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrinterMissing(printer.printerName() or printer.outputFileName())
    try:
        for index, image in enumerate(images):
            if index:
                printer.newPage()
            painter.drawImage(QRectF(0, 0, image.width(), image.height()), image)
    finally:
        painter.end()


def print_pdf(pdf: bytes, printer_name: str, title: str) -> None:
    info = QPrinterInfo.printerInfo(printer_name)
    if info.isNull():
        raise PrinterMissing(printer_name)
    print_to(QPrinter(info, QPrinter.PrinterMode.HighResolution), pdf, title)


class _Job(QRunnable):
    def __init__(self, queue: "PrintQueue", pdf: bytes, printer: str, title: str) -> None:
        super().__init__()
        self.queue, self.pdf, self.printer, self.title = queue, pdf, printer, title

    def run(self) -> None:
        try:
            self.queue.send(self.pdf, self.printer, self.title)
        except Exception as error:  # noqa: BLE001 - reported on the UI thread
            log.exception("printing %s on %s failed", self.title, self.printer)
            self.queue.failed.emit(self.title, f"{error.__class__.__name__}: {error}")
        else:
            self.queue.printed.emit(self.title, self.printer)


class PrintQueue(QObject):
    printed = Signal(str, str)
    failed = Signal(str, str)

    def __init__(self, parent: QObject | None = None,
                 send: Callable[[bytes, str, str], None] = print_pdf) -> None:
        super().__init__(parent)
        self.send = send
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)

    def print(self, pdf: bytes, printer: str, title: str) -> None:
        self._pool.start(_Job(self, pdf, printer, title))

    def wait(self, msecs: int = 30000) -> bool:
        return self._pool.waitForDone(msecs)
