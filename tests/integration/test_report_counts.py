"""The stocktake differences report (``counts``) against a small depot whose counts are
worked out by hand below; its files read back (CSV with its BOM, XLSX with openpyxl, PDF
rendered), and no patient in any of them."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import openpyxl
import pypdfium2
import pytest

from app.domain.refusals import Refused
from app.services import actions, counts, persons
from app.services.report_files import write_report
from app.services.reports import REPORTS, make_report
from app.services.station import Station
from tests.conftest import START, enroll

DAY = START.date()
LUND, MALMO = "602154", "602155"
HIDDEN, HIDDEN_NAME = "19121212-1212", "Greta Hemlig"


def section(report, key: str) -> list[tuple]:
    return next(s.rows for s in report.sections if s.key == key)


@pytest.fixture
def counted(depot: Station, clock) -> tuple[Station, str, str]:  # noqa: ANN001
    """Two counts finished a day apart, and one left open:

    Lund's stock holds C1, C2, C3; Malmö's C8; C4 is lent at Malmö to Greta, who then gets
    a protected identity; C5 and C6 are ready at the depot, C7 faulty there.

    Count 1, Lund (by anna.k), day 0: C1 found; C8 and C4 found, not expected; C2 and C3
    missing. Then C2 is reported lost (charged to Lund), C8 moved into Lund's stock and C4
    returned (so it awaits cleaning at the depot); C3 stays missing.
    Count 2, the depot's shelves (by Bo Nilsson), day 1: C5 found; C4, C6 and C7 missing.
    C6 is reported lost at the depot's cost. C4's return came before this count: it does
    not resolve it.
    Count 3, Malmö, day 1: never finished, so in no report.
    """
    for n in range(1, 9):
        actions.register_pump(depot, f"C{n}", "JOEY" if n == 8 else "T34")
    for reg in ("C1", "C2", "C3"):
        actions.dispatch_pump(depot, reg, unit=LUND)
    actions.dispatch_pump(depot, "C8", unit=MALMO)
    actions.issue_pump(depot, "C4", patient=HIDDEN, patient_name=HIDDEN_NAME, unit=MALMO,
                       approval="BL-4")
    persons.protect_person(depot, HIDDEN)
    actions.report_fault(depot, "C7", "Occlusion alarm", "alarm")
    first = counts.start_count(depot, LUND).id
    for reg in ("C1", "C8", "C4"):
        counts.scan_into_count(depot, first, reg)
    counts.finish_count(depot, first)
    counts.report_missing_lost(depot, first, "C2")
    counts.resolve_unexpected(depot, first, "C8", "move")
    counts.resolve_unexpected(depot, first, "C4", "return")
    clock.advance(days=1)
    enroll(depot, "bo.n", name="Bo Nilsson")
    depot.sign_in("bo.n")
    second = counts.start_count(depot, "DEPOT").id
    counts.scan_into_count(depot, second, "C5")
    counts.finish_count(depot, second)
    counts.report_missing_lost(depot, second, "C6")
    counts.start_count(depot, MALMO)
    return depot, first[:8], second[:8]


def test_each_finished_count_with_its_tally(counted) -> None:  # noqa: ANN001
    depot, first, second = counted
    report = make_report(depot, "counts", DAY, DAY + dt.timedelta(days=1))
    rows = section(report, "counts")
    assert [(r[0], r[1], r[2], r[5], *r[6:]) for r in rows] == [
        # count, place, name, finished by, expected, found, missing, unexpected, unresolved
        (first, LUND, "SUS Lund, Gastro avd 1", "anna.k", 3, 1, 2, 2, 1),      # C3
        (second, "DEPOT", "the depot's own shelves", "Bo Nilsson", 4, 1, 3, 0, 2),  # C4, C7
    ]
    started, finished = rows[0][3], rows[0][4]
    assert isinstance(finished, dt.datetime) and finished.tzinfo is None  # a cell's time
    assert started <= finished and finished.date() == DAY
    assert rows[1][4].date() == DAY + dt.timedelta(days=1)


def test_each_difference_with_where_the_register_had_it_and_how_it_was_resolved(
        counted) -> None:  # noqa: ANN001
    depot, first, second = counted
    lines = section(make_report(depot, "counts", DAY, DAY + dt.timedelta(days=1)),
                    "count_differences")
    day0, day1 = DAY, DAY + dt.timedelta(days=1)
    assert lines == [
        (first, LUND, "C2", "BD BodyGuard T", "missing", "in_unit_stock", LUND, "lost", LUND,
         day0),
        (first, LUND, "C3", "BD BodyGuard T", "missing", "in_unit_stock", LUND, "open", None,
         None),
        (first, LUND, "C8", "Cardinal Health Kangaroo Joey", "unexpected", "in_unit_stock",
         MALMO, "moved", LUND, day0),
        (first, LUND, "C4", "BD BodyGuard T", "unexpected", "on_loan", MALMO, "returned",
         None, day0),
        (second, "DEPOT", "C4", "BD BodyGuard T", "missing", "depot_shelves", None, "open",
         None, None),
        (second, "DEPOT", "C6", "BD BodyGuard T", "missing", "depot_shelves", None,
         "lost_at_depot", None, day1),
        (second, "DEPOT", "C7", "BD BodyGuard T", "missing", "depot_shelves", None, "open",
         None, None),
    ]


def test_a_period_and_a_unit_choose_the_counts(counted) -> None:  # noqa: ANN001
    depot, first, second = counted
    assert [r[0] for r in section(make_report(depot, "counts", DAY, DAY), "counts")] \
        == [first]
    later = make_report(depot, "counts", DAY + dt.timedelta(days=1), DAY + dt.timedelta(days=1))
    assert [r[0] for r in section(later, "counts")] == [second]
    lund = make_report(depot, "counts", DAY, DAY + dt.timedelta(days=1), unit=LUND)
    assert [r[0] for r in section(lund, "counts")] == [first]
    assert {r[0] for r in section(lund, "count_differences")} == {first}
    malmo = make_report(depot, "counts", DAY, DAY + dt.timedelta(days=1), unit=MALMO)
    assert section(malmo, "counts") == [] and section(malmo, "count_differences") == []
    with pytest.raises(Refused):
        make_report(depot, "counts", unit="999999")
    assert "counts" in REPORTS


def test_the_csv_says_it_in_swedish_with_a_bom(counted, tmp_path: Path) -> None:  # noqa: ANN001
    depot, first, _second = counted
    path = tmp_path / "counts.csv"
    write_report(depot, "counts", path, "csv", start=DAY, end=DAY + dt.timedelta(days=1),
                 language="sv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert lines[0] == ["Inventeringsdifferenser"]
    c2 = next(line for line in lines if "C2" in line)
    assert c2[:3] == [first, LUND, "C2"] and c2[4] == "Saknas"
    assert "debiterad enheten" in c2[7] and c2[8] == LUND and c2[9] == DAY.isoformat()
    c6 = next(line for line in lines if "C6" in line)
    assert "depåns bekostnad" in c6[7] and c6[5] == "På depåns egna hyllor"
    summary = next(line for line in lines if line[:2] == [first, LUND])
    assert summary[4].startswith(DAY.isoformat() + " ") and len(summary[4]) == 16


def test_the_xlsx_has_typed_cells_in_norwegian(counted, tmp_path: Path) -> None:  # noqa: ANN001
    depot, first, _second = counted
    path = tmp_path / "counts.xlsx"
    write_report(depot, "counts", path, "xlsx", start=DAY, end=DAY + dt.timedelta(days=1),
                 language="nb")
    book = openpyxl.load_workbook(path)
    summary, differences = book.worksheets[0], book.worksheets[1]
    assert [c.value for c in summary[1]][:2] == ["Telling", "Sted"]
    assert all(cell.font.bold for cell in summary[1])
    row = [c.value for c in summary[2]]
    assert row[0] == first and row[6:] == [3, 1, 2, 2, 1]
    assert all(isinstance(v, int) for v in row[6:])
    assert isinstance(row[4], dt.datetime) and row[4].date() == DAY
    assert summary.cell(2, 5).number_format == "yyyy-mm-dd hh:mm"
    c2 = [c.value for c in differences[2]]
    assert c2[2] == "C2" and c2[4] == "Mangler"
    assert isinstance(c2[9], dt.datetime) and c2[9].date() == DAY  # a date cell
    assert differences.cell(2, 10).number_format == "yyyy-mm-dd"


def test_the_pdf_and_no_patient_in_any_format(counted, tmp_path: Path) -> None:  # noqa: ANN001
    depot, first, _second = counted
    for fmt in ("csv", "xlsx", "pdf"):
        path = tmp_path / f"counts.{fmt}"
        write_report(depot, "counts", path, fmt, start=DAY, end=DAY + dt.timedelta(days=1),
                     language="sv")
        if fmt == "csv":
            content = path.read_text(encoding="utf-8-sig")
        elif fmt == "xlsx":
            content = " ".join(str(cell.value) for sheet in openpyxl.load_workbook(path)
                               for row in sheet.iter_rows() for cell in row)
        else:
            content = " ".join(page.get_textpage().get_text_range()
                               for page in pypdfium2.PdfDocument(str(path)))
        assert "C4" in content  # the pump lent to her is there …
        for secret in (HIDDEN, HIDDEN.replace("-", ""), HIDDEN_NAME, "Greta", "BL-4"):
            assert secret not in content, (fmt, secret)  # … but never who had it
    pdf = pypdfium2.PdfDocument(str(tmp_path / "counts.pdf"))
    text = pdf[0].get_textpage().get_text_range()
    assert "Inventeringsdifferenser" in text and first in text and "Ej åtgärdad" in text
    width, height = pdf[0].get_size()
    assert width > height
    image = pdf[0].render(scale=1).to_pil().convert("L")
    assert image.getextrema()[0] < 64


def test_care_moving_with_a_patient_settles_no_difference(depot: Station) -> None:
    actions.register_pump(depot, "K1", "T34")
    actions.issue_pump(depot, "K1", patient="19811228-9874", unit=MALMO, approval="BL-K")
    count = counts.start_count(depot, LUND).id
    counts.scan_into_count(depot, count, "K1")  # the register has it with a patient
    counts.finish_count(depot, count)
    actions.move_pump(depot, "K1", unit=LUND)  # the patient's care moves: still on loan
    [line] = section(make_report(depot, "counts", DAY, DAY), "count_differences")
    assert line[2] == "K1" and line[4:] == ("unexpected", "on_loan", MALMO, "open", None, None)
    actions.return_pump(depot, "K1")
    [line] = section(make_report(depot, "counts", DAY, DAY), "count_differences")
    assert line[7:9] == ("returned", None) and line[9] == DAY
