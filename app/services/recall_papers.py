"""A recall's papers: one letter per responsible unit (PDF), and the where-are-they list
as CSV or XLSX for whoever follows the recall up outside PumpDesk."""

from __future__ import annotations

import csv

from pathlib import Path

from app.domain.recalls import Whereabouts
from app.domain.refusals import RefusalCode, Refused, Unworkable
from app.services import documents
from app.services.printouts import Printout, print_language
from app.services.recalls import CoveredPump, RecallView, model_names, recall_view
from app.services.station import Station
from app.translation import printing_in

#: The list's columns, in the export's order.
COLUMNS = ("Registration", "Model", "Serial", "Lot", "Produced", "State", "Where", "Unit",
           "Unit name", "Contact person", "Patient", "Loan", "Done")


def _row(pump: CoveredPump) -> list[str]:
    return [pump.registration, pump.model, pump.serial or "", pump.lot or "",
            pump.produced.isoformat() if pump.produced else "", pump.state, pump.where,
            pump.unit or "", pump.unit_name or "", pump.contact or "", pump.holder or "",
            pump.loan_number or "", pump.done_how or ""]


def export_recall(station: Station, reference: str, path: Path) -> int:
    """Write the recall's where-are-they list to ``path`` (.csv: semicolons, UTF-8 with a
    byte order mark, as spreadsheets in Sweden and Norway open it; .xlsx: one sheet).
    Returns the number of pumps."""
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise Refused(RefusalCode.INVALID_INPUT,
                      "'{name}' is neither .csv nor .xlsx: name the file for the format "
                      "wanted.", name=path.name)
    view = recall_view(station, reference)
    rows = [_row(p) for p in view.pumps]
    try:
        if suffix == ".csv":
            with path.open("w", encoding="utf-8-sig", newline="") as file:
                writer = csv.writer(file, delimiter=";")
                writer.writerow(COLUMNS)
                writer.writerows(rows)
        else:
            from openpyxl import Workbook  # loaded at the first export

            book = Workbook()
            sheet = book.active
            sheet.title = view.summary.reference[:31]
            sheet.append(list(COLUMNS))
            for row in rows:
                sheet.append(row)
            sheet.freeze_panes = "A2"
            book.save(path)
    except OSError as error:
        raise Unworkable(RefusalCode.FILE_UNUSABLE,
                         "Could not write {path}: {error}. Choose another place.",
                         path=str(path), error=error.strerror or str(error)) from None
    return len(rows)


def letters(station: Station, reference: str, language: str | None = None
            ) -> list[Printout]:
    """One letter per responsible unit with covered pumps not yet done, in its stock or
    with its patients."""
    from app.printing.model import RecalledPump, RecallLetter
    from app.printing.recall_letter import render_recall_letter

    view: RecallView = recall_view(station, reference)
    depot = documents.depot(station)
    names = model_names(station)
    units: dict[str, list[CoveredPump]] = {}
    for pump in view.pumps:
        if pump.where in (Whereabouts.UNIT_STOCK, Whereabouts.PATIENT) and pump.unit:
            units.setdefault(pump.unit, []).append(pump)
    now = station.ctx.clock()
    made = []
    with printing_in(print_language(station, language)):
        for unit, pumps in sorted(units.items()):
            line = lambda p: RecalledPump(  # noqa: E731
                p.registration, names.get(p.model, p.model), p.serial, p.lot,
                p.holder, p.loan_number)
            letter = RecallLetter(
                depot=depot, reference=view.summary.reference, title=view.summary.title,
                action=view.summary.action, written_at=now, unit_name=pumps[0].unit_name or unit,
                unit_number=unit, contact_person=pumps[0].contact,
                stock=tuple(line(p) for p in pumps if p.where == Whereabouts.UNIT_STOCK),
                patients=tuple(line(p) for p in pumps if p.where == Whereabouts.PATIENT))
            made.append(Printout("recall", f"{view.summary.reference}-{unit}",
                                 render_recall_letter(letter)))
    return made


def write_letters(station: Station, reference: str, folder: Path,
                  language: str | None = None) -> list[Path]:
    """The letters as PDF files in ``folder``, one per unit: ``REF-CUSTNO.pdf``."""
    made = letters(station, reference, language)
    written = []
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for printout in made:
            path = folder / f"{printout.title.replace('/', '_')}.pdf"
            path.write_bytes(printout.pdf)
            written.append(path)
    except OSError as error:
        raise Unworkable(RefusalCode.FILE_UNUSABLE,
                         "Could not write into {path}: {error}. Choose another folder.",
                         path=str(folder), error=error.strerror or str(error)) from None
    return written


