"""A report as a file to hand on: CSV (UTF-8 with a byte order mark and semicolons, so that
Excel in Sweden and Norway opens å, ä, ö, æ and ø right), XLSX (openpyxl: a sheet per section,
a header row, dates as dates and numbers as numbers) or PDF (the printing layer) — every
title in the depot's language."""

from __future__ import annotations

import csv
import datetime as dt
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.domain.refusals import Phrase, RefusalCode, Refused, Unworkable
from app.printing.report import (
    PrintedSection,
    about_lines,
    about_sheet,
    capitalised,
    cell_text,
    column_title,
    count_word,
    fault_category,
    render_report,
    report_title,
    section_title,
    yes_no,
)
from app.services import documents
from app.services.printouts import print_language
from app.services.reports import NOW_REPORTS, Report, make_report
from app.services.station import Station
from app.translation import printed_phrase, printing_in

FORMATS = ("csv", "xlsx", "pdf")


@dataclass(frozen=True)
class TitledSection:
    """A section with its words in one language: what every format writes."""

    key: str
    title: str
    columns: list[str]
    rows: list[tuple[Any, ...]]


@dataclass(frozen=True)
class TitledReport:
    report: Report
    title: str
    about: list[str]
    sections: list[TitledSection]


def titled(station: Station, report: Report, language: str | None = None) -> TitledReport:
    """``report`` with its titles, and the words among its values (fault categories,
    built-in product areas), in ``language`` (None: the window's)."""
    with printing_in(language) if language else nullcontext():
        sections = []
        for section in report.sections:
            rows = [tuple(_word(key, value) for key, value in zip(section.columns, row))
                    for row in section.rows]
            sections.append(TitledSection(section.key, section_title(section.key),
                                          [column_title(c) for c in section.columns], rows))
        return TitledReport(report, report_title(report.name), about_lines(
            now=report.name in NOW_REPORTS, start=report.start, end=report.end,
            unit=report.unit, made_at=report.made_at), sections)


def _word(column: str, value: Any) -> Any:
    if column == "category":
        return fault_category(value)
    if column == "area_name":
        return printed_phrase(value)
    if isinstance(value, Phrase):  # the depot's own shelves, as a place
        return capitalised(printed_phrase(value))
    if column in _COUNT_WORDS:
        return count_word(column, value)
    return value


#: The stocktake report's columns whose values are codes said in words.
_COUNT_WORDS = frozenset({"difference", "register_state", "resolution"})


def write_report(station: Station, name: str, path: Path, fmt: str | None = None, *,
                 start: dt.date | None = None, end: dt.date | None = None,
                 unit: str | None = None, language: str | None = None) -> Report:
    """Make report ``name`` and write it to ``path`` as ``fmt`` (else the file's suffix),
    in the depot's printing language unless ``language`` says otherwise."""
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        raise Refused(RefusalCode.INVALID_INPUT,
                      "'{format}' is not a report format: choose one of {options}.",
                      format=fmt, options=", ".join(FORMATS))
    report = make_report(station, name, start, end, unit)
    language = print_language(station, language)
    words = titled(station, report, language)
    depot = documents.depot(station)
    try:
        with printing_in(language):
            if fmt == "csv":
                _csv(words, path)
            elif fmt == "xlsx":
                _xlsx(words, path)
            else:
                path.write_bytes(render_report(
                    words.title, [depot.name, *words.about], [
                        PrintedSection(s.title, s.columns, _numeric(s),
                                       [[cell_text(v) for v in row] for row in s.rows])
                        for s in words.sections], depot.name))
    except OSError as error:
        raise Unworkable(RefusalCode.FILE_UNUSABLE,
                         "Could not write {path}: {error}. Choose another place.",
                         path=str(path), error=error.strerror or str(error)) from None
    return report


def _numeric(section: TitledSection) -> list[bool]:
    """Which columns hold numbers (printed right-aligned)."""
    return [any(isinstance(row[i], (int, float)) and not isinstance(row[i], bool)
                for row in section.rows) for i in range(len(section.columns))]


def _csv_value(value: Any) -> Any:
    if isinstance(value, bool):
        return yes_no(value)
    if isinstance(value, float):
        return f"{value:.1f}".replace(".", ",")  # a decimal comma, as Excel here reads it
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    return "" if value is None else value


def _csv(words: TitledReport, path: Path) -> None:
    """One CSV: the report's title and what it covers, then each section under its title,
    its header row and rows, a blank line between sections."""
    with path.open("w", encoding="utf-8-sig", newline="") as file:
        writer = csv.writer(file, delimiter=";")
        writer.writerow([words.title])
        for line in words.about:
            writer.writerow([line])
        for section in words.sections:
            writer.writerow([])
            writer.writerow([section.title])
            writer.writerow(section.columns)
            writer.writerows([[_csv_value(v) for v in row] for row in section.rows])


def _xlsx(words: TitledReport, path: Path) -> None:
    from openpyxl import Workbook  # loaded at the first export
    from openpyxl.styles import Font

    book = Workbook()
    book.remove(book.active)
    for section in words.sections:
        sheet = book.create_sheet(_sheet_name(section.title, book.sheetnames))
        sheet.append(section.columns)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in section.rows:
            sheet.append([_xlsx_value(v) for v in row])
        for index, column in enumerate(section.columns):
            kind = next((type(row[index]) for row in section.rows
                         if row[index] is not None), None)
            if kind is not None and issubclass(kind, dt.date):
                shown = "yyyy-mm-dd hh:mm" if issubclass(kind, dt.datetime) else "yyyy-mm-dd"
                for cell in sheet.iter_rows(min_row=2, min_col=index + 1, max_col=index + 1):
                    cell[0].number_format = shown
        sheet.freeze_panes = "A2"
    about = book.create_sheet(_sheet_name(about_sheet(), book.sheetnames))
    about.append([words.title])
    for line in words.about:
        about.append([line])
    book.save(path)


def _xlsx_value(value: Any) -> Any:
    if isinstance(value, bool):
        return yes_no(value)
    return value


def _sheet_name(title: str, taken: list[str]) -> str:
    """A sheet name Excel takes: at most 31 characters, none of []:*?/\\, not used yet."""
    name = "".join(c for c in title if c not in "[]:*?/\\")[:31] or "Sheet"
    while name in taken:
        name = name[:28] + f" {len(taken)}"
    return name
