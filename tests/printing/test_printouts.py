"""Printed documents from the register, from the command line and from the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtPrintSupport import QPrinter

from app.cli import main
from app.gui.printer import PrintQueue, print_to
from app.gui.settings import FORM_WITH_RECEIPT, RECEIPT_PRINTER, Settings
from app.services import actions, printouts
from app.services.station import Station
from tests.conftest import T34_GTIN
from tests.printing.reading import barcodes, text

UDI = f"(01){T34_GTIN}(21)A1"


@pytest.fixture
def lent(depot: Station) -> tuple[Station, str]:
    actions.register_pump(depot, "PD-1", "T34", "SN-1", udi=UDI)
    actions.register_pump(depot, "PD-2", "T34", "SN-2", udi=f"(01){T34_GTIN}(21)A2")
    result = actions.issue_pumps(depot, ["PD-1", "PD-2"], patient="19811228-9874",
                                 patient_name="Anna Berg", unit="602154", approval="BL-7",
                                 consumables={"Syringes, 14-day pack": 2})[0]
    return depot, result.loan_number


@pytest.mark.parametrize("dpi", [203, 300])
def test_receipt_and_form_of_a_real_loan_scan_back(lent, dpi: int) -> None:  # noqa: ANN001
    station, loan = lent
    for make in (printouts.receipt, printouts.loan_form):
        pdf = make(station, loan, "en").pdf
        assert barcodes(pdf, dpi) == sorted([loan, "PD-1", "PD-2"])
        assert "Anna Berg" in text(pdf)


def test_a_loan_is_found_by_a_pump_on_it(lent) -> None:  # noqa: ANN001
    station, loan = lent
    assert printouts.receipt(station, "pd-2", "en").title == loan


def test_label_and_packing_slip_scan_back(depot: Station) -> None:
    actions.register_pump(depot, "PD-1", "T34", "SN-1", udi=UDI)
    actions.register_pump(depot, "PD-2", "JOEY", "SN-2")
    assert barcodes(printouts.label(depot, "PD-1", "en").pdf, 203) == sorted(["PD-1", UDI])
    assert barcodes(printouts.label(depot, "PD-2", "en").pdf, 203) == ["PD-2"]
    for reg in ("PD-1", "PD-2"):
        actions.dispatch_pump(depot, reg, unit="602154")
    slip = printouts.packing_slip(depot, "602154", ["PD-1", "PD-2"], "en")
    assert barcodes(slip.pdf, 203) == sorted([slip.title, "PD-1", "PD-2"])


def test_a_protected_loan_prints_no_trace_of_the_person(depot: Station) -> None:
    actions.register_pump(depot, "PD-1", "T34")
    loan = actions.issue_pump(depot, "PD-1", patient="skyddad", patient_name="Secret Person",
                              unit="602154", approval="BL-7").loan_number
    for make in (printouts.receipt, printouts.loan_form):
        words = text(make(depot, loan, "en").pdf)
        assert "Secret" not in words and "skyddad" not in words.lower()
        assert "SUS Lund, Gastro avd 1" in words  # the unit stands as recipient


def test_the_command_line_prints_every_document(lent, tmp_path: Path,  # noqa: ANN001
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    station, loan = lent
    monkeypatch.setenv("PUMPDESK_DB", str(station.db.path))
    for argv, expected in (
        (["print", "receipt", loan], [loan, "PD-1", "PD-2"]),
        (["print", "form", loan], [loan, "PD-1", "PD-2"]),
        (["print", "label", "PD-1"], ["PD-1", UDI]),
    ):
        out = tmp_path / f"{argv[1]}.pdf"
        assert main(["--lang", "en", *argv, "-o", str(out)]) == 0
        assert barcodes(out.read_bytes(), 203) == sorted(expected)
    assert main(["print", "receipt", "NO-SUCH-LOAN", "-o", str(tmp_path / "x.pdf")]) == 1
    assert not (tmp_path / "x.pdf").exists()


def test_printing_paints_pages_one_to_one_at_the_printers_resolution(lent, tmp_path: Path,  # noqa: ANN001
                                                                    qapp) -> None:  # noqa: ANN001
    station, loan = lent
    out = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setResolution(203)
    print_to(printer, printouts.receipt(station, loan, "en").pdf, loan)
    # What reached the "printer" is a 203 dpi picture of each page: read it as it is.
    assert barcodes(out.read_bytes(), 203, smooth=False) == sorted([loan, "PD-1", "PD-2"])


def test_the_receipt_prints_after_an_issue_without_extra_steps(qtbot, lent,  # noqa: ANN001
                                                              tmp_path: Path) -> None:
    from app.gui.main_window import MainWindow
    from app.gui.sounds import Sounds

    station, _ = lent
    actions.register_pump(station, "PD-3", "T34", "SN-3")
    sent: list[tuple[bytes, str, str]] = []
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    settings.set(RECEIPT_PRINTER, "Thermal 80")
    settings.set(FORM_WITH_RECEIPT, True)
    window = MainWindow(station, sounds=Sounds(enabled=False), settings=settings,
                        print_queue=PrintQueue(send=lambda *job: sent.append(job)))
    qtbot.addWidget(window)
    notes: list[str] = []
    window.printing.note.connect(notes.append)
    tab = window.issue_tab
    tab.patient.setText("19811228-9874")
    tab.unit.setText("602154")
    tab.approval.setText("BL-8")
    tab.scan("PD-3")
    qtbot.waitUntil(lambda: window.ops.pending == 0)
    tab.submit()
    qtbot.waitUntil(lambda: len(sent) == 1 and window.ops.pending == 0)
    window.printing.queue.wait()
    pdf, printer, loan = sent[0]
    assert printer == "Thermal 80"
    assert barcodes(pdf, 203) == sorted([loan, "PD-3"])
    # The loan form was due too, but no A4 printer is set: the counter is told so.
    qtbot.waitUntil(lambda: len(notes) == 2)
    assert any("not printed" in note for note in notes)
    assert f"Printed {loan} on Thermal 80" in notes
    window.close()


def test_any_document_can_be_previewed_and_saved_again_from_the_pump_tab(
        qtbot, lent, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QFileDialog

    from app.gui.main_window import MainWindow
    from app.gui.printing import PrintPreview
    from app.gui.sounds import Sounds

    station, loan = lent
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(station, sounds=Sounds(enabled=False), settings=settings,
                        print_queue=PrintQueue(send=lambda *job: None))
    qtbot.addWidget(window)
    tab = window.pump_tab
    tab.show_pump("PD-2")
    qtbot.waitUntil(lambda: window.ops.pending == 0 and tab.receipt_button.isEnabled())
    for button, expected in ((tab.receipt_button, [loan, "PD-1", "PD-2"]),
                             (tab.label_button, ["PD-2", f"(01){T34_GTIN}(21)A2"])):
        button.click()
        qtbot.waitUntil(lambda: window.ops.pending == 0
                        and bool(window.findChildren(PrintPreview)))
        preview = window.findChildren(PrintPreview)[-1]
        saved = tmp_path / f"{preview.printout.kind}.pdf"
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            lambda *args, **kwargs: (str(saved), "PDF (*.pdf)"))
        preview._save()
        assert barcodes(saved.read_bytes(), 203) == sorted(expected)
        preview.deleteLater()
    window.close()


def test_paper_that_did_not_print_says_so_and_one_key_saves_it(
        qtbot, lent, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    """No receipt printer set: the banner turns red with the refusal sound, stays until
    the next outcome, and Ctrl+P opens the receipt to print elsewhere or save as PDF."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog

    from app.gui.main_window import MainWindow
    from app.gui.printing import PrintPreview
    from app.gui.sounds import Sounds

    station, _ = lent
    actions.register_pump(station, "PD-3", "T34", "SN-3")
    sent: list[tuple[bytes, str, str]] = []
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(station, sounds=Sounds(enabled=False), settings=settings,
                        print_queue=PrintQueue(send=lambda *job: sent.append(job)))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.tabs.setCurrentWidget(window.issue_tab)
    tab = window.issue_tab
    tab.patient.setText("19811228-9874")
    tab.unit.setText("602154")
    tab.approval.setText("BL-8")
    tab.scan("PD-3")
    qtbot.waitUntil(lambda: window.ops.pending == 0)
    tab.submit()
    paper = window.paper_banner
    qtbot.waitUntil(lambda: window.ops.pending == 0 and paper.isVisible())
    loan = window.printing.unprinted.title
    assert sent == []
    assert tab.banner.outcome == "success"  # the loan is made: that banner says so
    assert paper.outcome == "refusal"
    assert paper.title.text() == f"Not printed: Receipt {loan}"
    assert "No printer is set" in paper.detail.text() and "Ctrl+P" in paper.detail.text()
    assert window.sounds.last_played == window.sounds.refusal_file
    window.tabs.setCurrentWidget(window.return_tab)
    qtbot.wait(200)
    assert paper.isVisible()  # on every tab, and it stays: no line that fades away

    qtbot.keyClick(window.return_tab.scan_input, Qt.Key.Key_P,
                   Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(window.findChildren(PrintPreview)), timeout=20000)
    preview = window.findChildren(PrintPreview)[-1]
    assert preview.printout.title == loan and preview.isVisible()
    preview.activateWindow()
    qtbot.waitUntil(preview.isActiveWindow)
    saved = tmp_path / "receipt.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(saved), "PDF (*.pdf)"))
    qtbot.keyClick(preview, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(saved.exists)
    assert sorted(barcodes(saved.read_bytes(), 203)) == sorted([loan, "PD-3"])
    assert window.printing.unprinted is None  # saved: nothing left to do
    qtbot.waitUntil(lambda: not paper.isVisible())
    window.ops.wait()
    window.close()


def test_a_loans_prescribed_consumables_are_printed_by_name_pack_and_number(
        depot: Station, tmp_path: Path) -> None:
    """Issue 23: the receipt and the form name the articles handed out with the loan in the
    printing language (Swedish at a Swedish depot), with their pack and number."""
    from app.services import consumables

    consumables.define_article(depot, "302001", names={"sv": "Sprutor och slangar",
                                                       "en": "Syringes and lines"},
                               area="subcutaneous_infusion", pack="14-dagarsförpackning",
                               models=["T34"])
    actions.register_pump(depot, "PD-1", "T34")
    [result] = actions.issue_pumps(depot, ["PD-1"], patient="19811228-9874", unit="602154",
                                   approval="BL-7", consumables={"302001": 2})
    for make in (printouts.receipt, printouts.loan_form):
        printed_text = " ".join(text(make(depot, result.loan_number, None).pdf).split())
        assert "2 × Sprutor och slangar, 14-dagarsförpackning (302001)" in printed_text
        in_english = " ".join(text(make(depot, result.loan_number, "en").pdf).split())
        assert "2 × Syringes and lines, 14-dagarsförpackning (302001)" in in_english
