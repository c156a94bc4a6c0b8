"""What falls due and the reports, against a small depot whose figures are worked out by
hand below; the files read back (CSV with its BOM, XLSX with openpyxl, PDF rendered)."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import openpyxl
import pypdfium2
import pytest

from app.domain.refusals import Refused
from app.services import actions, persons, recalls, register, stock
from app.services.due import DueKind, due_list
from app.services.recalls import SelectionInput
from app.services.report_files import write_report
from app.services.reports import REPORTS, make_report
from app.services.station import Station
from tests.conftest import START, T34_GTIN

DAY = START.date()
LUND, MALMO, LINERO = "602154", "602155", "604001"
NAMED, NAMED_NAME = "19811228-9874", "Anna Berg"
HIDDEN, HIDDEN_NAME = "19121212-1212", "Greta Hemlig"


def section(report, key: str) -> list[tuple]:
    return next(s.rows for s in report.sections if s.key == key)


@pytest.fixture
def small(depot: Station, clock) -> Station:  # noqa: ANN001
    """Eight pumps, lives chosen so that every figure below can be counted by hand:

    P1 (T34)  lent to Anna Berg at Lund, still out (serial S1: recall FSN-1 covers it)
    P2 (T34)  lent at Malmö to Greta, who then got a protected identity; still out
    P3 (T34)  to Lund's stock, then lost from it            -> Lund charged 18 500
    P4 (T34)  lent at Linero, returned, to maintenance, back two days later
    P5 (JOEY) lent at Lund, then lost by the patient         -> Lund charged 14 000
    P6 (JOEY) in Malmö's stock
    P7 (JOEY) a transport loan from Malmö, never back
    P8 (JOEY) faulty at the depot (alarm), its fault open
    """
    register.define_model(depot, "T34", make="BD", name="BodyGuard T",
                          product_area="subcutaneous_infusion", maintenance_interval_days=365,
                          gtin=T34_GTIN, replacement_cost=18500)
    register.define_model(depot, "JOEY", make="Cardinal Health", name="Kangaroo Joey",
                          product_area="enteral_nutrition", maintenance_interval_days=180,
                          replacement_cost=14000)
    for number in range(1, 9):
        actions.register_pump(depot, f"P{number}", "T34" if number <= 4 else "JOEY",
                              f"S{number}")
    actions.issue_pump(depot, "P1", patient=NAMED, patient_name=NAMED_NAME, unit=LUND,
                       approval="BL-1")
    actions.issue_pump(depot, "P2", patient=HIDDEN, patient_name=HIDDEN_NAME, unit=MALMO,
                       approval="BL-2")
    persons.protect_person(depot, HIDDEN)
    actions.dispatch_pump(depot, "P3", unit=LUND)
    actions.report_lost(depot, "P3")
    actions.issue_pump(depot, "P4", patient=NAMED, patient_name=NAMED_NAME, unit=LINERO,
                       approval="BL-4")
    actions.return_pump(depot, "P4")
    actions.issue_pump(depot, "P5", patient=NAMED, patient_name=NAMED_NAME, unit=LUND,
                       approval="BL-5")
    actions.report_lost(depot, "P5")
    actions.dispatch_pump(depot, "P6", unit=MALMO)
    actions.issue_pump(depot, "P7", patient=NAMED, patient_name=NAMED_NAME, unit=MALMO,
                       approval="BL-7", transport=True)
    actions.report_fault(depot, "P8", "Occlusion alarm", "alarm")
    recalls.define_recall(depot, "FSN-1", title="Occlusion sensor", action="inspect",
                          selection=SelectionInput(serials=["S1"]))
    actions.send_to_service(depot, "P4", reason="maintenance")
    clock.advance(days=2)
    actions.back_from_service(depot, "P4")
    return depot


def test_the_due_list_holds_every_kind_in_order(small: Station) -> None:
    lines = due_list(small, today=DAY + dt.timedelta(days=170))
    assert [(line.kind, line.registration) for line in lines] == [
        (DueKind.TRANSPORT, "P7"),           # past its due date
        (DueKind.MAINTENANCE, "P6"),         # JOEY: due on day 180, within 30 days
        (DueKind.COUNT, None),               # a unit's buffer stock never counted
        (DueKind.RECALL, "P1"),              # with a patient, the recall's action not done
        (DueKind.FAULT, "P8"),               # open for 170 days
    ]
    maintenance = lines[1]
    assert (maintenance.unit, maintenance.due, maintenance.overdue) == (
        MALMO, DAY + dt.timedelta(days=180), False)
    count = lines[2]
    assert (count.due, count.overdue, count.registration) == (None, True, None)
    assert lines[3].detail == "FSN-1" and lines[3].unit == LUND
    assert json.dumps([line.as_json() for line in lines])  # --json can say it all


def test_a_fault_is_due_after_a_week_and_maintenance_thirty_days_ahead(small: Station) -> None:
    soon = due_list(small, today=DAY + dt.timedelta(days=6))
    assert DueKind.FAULT not in {line.kind for line in soon}
    assert DueKind.MAINTENANCE not in {line.kind for line in soon}
    later = due_list(small, today=DAY + dt.timedelta(days=200))
    overdue = [line for line in later if line.kind is DueKind.MAINTENANCE]
    assert [(line.registration, line.overdue) for line in overdue] == [("P6", True)]


def test_a_recall_lists_its_pumps_to_act_on_but_not_a_lost_one(small: Station) -> None:
    recalls.define_recall(small, "FSN-2", title="Battery", action="inspect",
                          selection=SelectionInput(models=["T34"]))
    lines = [line for line in due_list(small) if line.detail == "FSN-2"]
    assert sorted(line.registration for line in lines) == ["P1", "P2", "P4"]  # P3 is lost
    p2 = next(line for line in lines if line.registration == "P2")
    assert p2.unit == MALMO  # with a protected patient: the unit answers


def test_a_recall_done_leaves_the_due_list(small: Station) -> None:
    recalls.record_done(small, "FSN-1", "P1", "inspected")
    assert DueKind.RECALL not in {line.kind for line in due_list(small)}


def test_pumps_out_now_per_unit_and_model(small: Station) -> None:
    report = make_report(small, "out")
    assert section(report, "out") == [
        (LUND, "SUS Lund, Gastro avd 1", "T34", "BD BodyGuard T", 1, 0, 0, 1),
        (MALMO, "SUS Malmö, Onkologimottagningen", "JOEY", "Cardinal Health Kangaroo Joey",
         0, 1, 1, 2),
        (MALMO, "SUS Malmö, Onkologimottagningen", "T34", "BD BodyGuard T", 1, 0, 0, 1),
    ]
    assert [row[0] for row in section(make_report(small, "out", unit=MALMO), "out")] \
        == [MALMO, MALMO]


def test_loans_started_and_ended_per_unit_area_and_payer(small: Station) -> None:
    report = make_report(small, "loans", DAY, DAY + dt.timedelta(days=10))
    assert [(u, area, payer, started, ended) for u, _n, area, _a, payer, started, ended
            in section(report, "loans")] == [
        (LUND, "enteral_nutrition", "SUS Lund, Gastro avd 1", 1, 1),
        (LUND, "subcutaneous_infusion", "SUS Lund, Gastro avd 1", 1, 0),
        (MALMO, "enteral_nutrition", "SUS Malmö, Onkologimottagningen", 1, 0),
        (MALMO, "subcutaneous_infusion", "SUS Malmö, Onkologimottagningen", 1, 0),
        (LINERO, "subcutaneous_infusion", "Vårdcentralen Linero", 1, 1),
    ]
    # a period before any of it
    assert section(make_report(small, "loans", DAY - dt.timedelta(days=30),
                               DAY - dt.timedelta(days=1)), "loans") == []


def test_lost_pumps_are_charged_to_the_unit_at_the_models_replacement_cost(
        small: Station) -> None:
    report = make_report(small, "lost", DAY, DAY)
    lost = section(report, "lost")
    assert [(row[0], row[2], row[7]) for row in lost] == [(LUND, "P3", 18500),
                                                          (LUND, "P5", 14000)]
    assert section(report, "lost_per_unit") == [(LUND, "SUS Lund, Gastro avd 1", 2, 32500, 0)]
    assert section(report, "lost_per_payer") == [("SUS Lund, Gastro avd 1", 2, 32500, 0)]


def test_a_model_without_a_cost_is_counted_apart(small: Station) -> None:
    register.define_model(small, "JOEY", make="Cardinal Health", name="Kangaroo Joey",
                          product_area="enteral_nutrition", maintenance_interval_days=180,
                          replacement_cost=None)  # left out: the cost is kept
    assert section(make_report(small, "lost", DAY, DAY), "lost_per_unit")[0][3] == 32500


def test_faults_per_model_and_category_and_time_in_service(small: Station) -> None:
    report = make_report(small, "faults", DAY, DAY + dt.timedelta(days=10))
    assert section(report, "faults") == [
        ("JOEY", "Cardinal Health Kangaroo Joey", "alarm", 1, 1, 0)]
    [(model, _name, visits, average, longest)] = section(report, "service_time")
    assert (model, visits) == ("T34", 1) and 2.0 <= average == longest < 2.01


def test_maintenance_done_and_due(small: Station) -> None:
    report = make_report(small, "maintenance", DAY, DAY + dt.timedelta(days=200))
    assert section(report, "maintenance_done") == [("T34", "BD BodyGuard T", 1)]
    assert section(report, "maintenance_due") == [
        ("", "", "JOEY", "Cardinal Health Kangaroo Joey", 1, 0),       # P8 at the depot
        (MALMO, "SUS Malmö, Onkologimottagningen", "JOEY", "Cardinal Health Kangaroo Joey",
         2, 0)]                                                          # P6, P7


def test_replenishment_runs_and_shortages(depot: Station) -> None:
    actions.register_pump(depot, "R1", "T34", "SR1")
    stock.set_target(depot, LUND, "T34", 2)
    _when, _plan, _run = stock.replenish(depot, DAY)
    report = make_report(depot, "replenishment", DAY, DAY)
    assert section(report, "runs") == [(DAY, 1, 1, 1)]
    assert section(report, "shortages") == [
        (LUND, "SUS Lund, Gastro avd 1", "T34", "BD BodyGuard T", 1, 1)]


@pytest.mark.parametrize("asked", [
    {"name": "stocktake"}, {"name": "faults", "unit": LUND},
    {"name": "out", "unit": "999999"},
    {"name": "loans", "start": DAY, "end": DAY - dt.timedelta(days=1)}])
def test_bad_requests_are_refused(small: Station, asked: dict) -> None:
    with pytest.raises(Refused):
        make_report(small, **asked)


def test_csv_has_a_bom_and_the_depots_language(small: Station, tmp_path: Path) -> None:
    path = tmp_path / "lost.csv"
    write_report(small, "lost", path, "csv", start=DAY, end=DAY, language="sv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert lines[0] == ["Förlorade pumpar debiterade per enhet"]
    assert ["Betalare", "Pumpar", "Debiterat", "Utan kostnad angiven"] in lines
    assert ["SUS Lund, Gastro avd 1", "2", "32500", "0"] in lines


def test_xlsx_has_typed_cells_and_a_header_row(small: Station, tmp_path: Path) -> None:
    path = tmp_path / "lost.xlsx"
    write_report(small, "lost", path, "xlsx", start=DAY, end=DAY, language="nb")
    book = openpyxl.load_workbook(path)
    sheet = book["Tapte pumper"]
    header = [cell.value for cell in sheet[1]]
    assert header[:3] == ["Kundenr.", "Enhet", "Registreringsnr."]
    assert all(cell.font.bold for cell in sheet[1])
    first = [cell.value for cell in sheet[2]]
    assert first[2] == "P3" and first[7] == 18500 and isinstance(first[7], int)
    assert isinstance(first[5], dt.datetime) and first[5].date() == DAY  # a date cell
    payer = book["Sum per betaler"]
    assert [c.value for c in payer[2]] == ["SUS Lund, Gastro avd 1", 2, 32500, 0]


def test_every_report_in_every_format(small: Station, tmp_path: Path) -> None:
    for name in REPORTS:
        for fmt in ("csv", "xlsx", "pdf"):
            path = tmp_path / f"{name}.{fmt}"
            write_report(small, name, path, fmt, start=DAY, end=DAY + dt.timedelta(days=10))
            assert path.stat().st_size > 0
    pdf = pypdfium2.PdfDocument(str(tmp_path / "lost.pdf"))
    text = pdf[0].get_textpage().get_text_range()
    assert "P3" in text and "32" in text
    width, height = pdf[0].get_size()
    assert width > height  # A4 landscape
    image = pdf[0].render(scale=1).to_pil().convert("L")
    assert image.getextrema()[0] < 64  # ink on the page


def test_no_report_names_a_patient(small: Station, tmp_path: Path) -> None:
    """Reports are per unit: neither a protected identity nor anyone else is named."""
    for name in REPORTS:
        for fmt in ("csv", "xlsx", "pdf"):
            path = tmp_path / f"{name}.{fmt}"
            write_report(small, name, path, fmt, start=DAY, end=DAY + dt.timedelta(days=10))
            if fmt == "csv":
                content = path.read_text(encoding="utf-8-sig")
            elif fmt == "xlsx":
                content = " ".join(str(cell.value) for sheet in openpyxl.load_workbook(path)
                                   for row in sheet.iter_rows() for cell in row)
            else:
                content = " ".join(page.get_textpage().get_text_range()
                                   for page in pypdfium2.PdfDocument(str(path)))
            for secret in (HIDDEN, HIDDEN.replace("-", ""), HIDDEN_NAME, "Greta", NAMED,
                           NAMED_NAME):
                assert secret not in content, (name, fmt, secret)


def test_loans_and_lost_pumps_name_the_payer_recorded_when_lent(depot: Station) -> None:
    from app.services.payers import add_payer, set_unit_payer

    register.define_model(depot, "T34", make="BD", name="BodyGuard T",
                          product_area="subcutaneous_infusion", maintenance_interval_days=365,
                          gtin=T34_GTIN, replacement_cost=18500)
    payer = add_payer(depot, "Region Skåne, palliativ vård", invoice_address="Box 1, Lund")
    set_unit_payer(depot, LUND, payer.id, area="subcutaneous_infusion")
    for reg in ("Q1", "Q2"):
        actions.register_pump(depot, reg, "T34", f"S{reg}")
    actions.issue_pump(depot, "Q1", patient=NAMED, patient_name=NAMED_NAME, unit=LUND,
                       approval="BL-Q1")
    actions.dispatch_pump(depot, "Q2", unit=LUND)
    actions.report_lost(depot, "Q1")
    loans = section(make_report(depot, "loans", DAY, DAY), "loans")
    assert [(row[0], row[4], row[5], row[6]) for row in loans] == [
        (LUND, "Region Skåne, palliativ vård", 1, 1)]
    report = make_report(depot, "lost", DAY, DAY)
    assert section(report, "lost_per_payer") == [("Region Skåne, palliativ vård", 1, 18500, 0)]


def test_a_unit_counted_leaves_the_due_list_until_its_next_count_falls_due(
        small: Station) -> None:
    from app.services import counts

    today = small.ctx.today()
    due = [line.unit for line in due_list(small, today=today) if line.kind == DueKind.COUNT]
    assert len(due) == 1  # the one unit with a buffer stock, never counted
    view = counts.start_count(small, due[0])
    counts.finish_count(small, view.info.id)
    assert [line for line in due_list(small, today=today) if line.kind == DueKind.COUNT] == []
    later = [line for line in due_list(small, today=today + dt.timedelta(days=200))
             if line.kind == DueKind.COUNT]
    assert [(line.unit, line.overdue) for line in later] == [(due[0], True)]
