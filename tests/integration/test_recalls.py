"""Recalls and the whole UDI through the services and the command line, on a real
workstation database."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import openpyxl
import pytest

from app.domain.refusals import RefusalCode, Refused
from app.services import actions, queries, recalls
from app.services.recalls import SelectionInput
from app.services.station import Station
from tests.conftest import T34_GTIN, signed_in
from tests.integration.conftest import Run, set_up
from tests.integration.helpers import rows, snapshot

PERSON = "19811228-9874"


def udi(serial: str, lot: str | None = None, made: str | None = None,
        expires: str | None = None) -> str:
    return (f"(01){T34_GTIN}" + (f"(10){lot}" if lot else "") + (f"(11){made}" if made else "")
            + (f"(17){expires}" if expires else "") + f"(21){serial}")


def register(depot: Station, reg: str, serial: str, lot: str | None = "L2401",
             made: str | None = "240115", model: str = "T34") -> None:
    actions.register_pump(depot, reg, model, None,
                          udi=udi(serial, lot, made, "310200") if model == "T34" else None)


def lend(depot: Station, reg: str, **kw: object):
    options = {"unit": "602154", "approval": f"BL-{reg}", "patient_name": "Anna Berg",
               "patient": PERSON}
    options.update(kw)
    return actions.issue_pump(depot, reg, **options)


def recall(depot: Station, ref: str = "FSN-2026-014", action: str = "inspect",
           **selection: object) -> recalls.RecallSummary:
    return recalls.define_recall(depot, ref, title="Occlusion sensor", action=action,
                                 selection=SelectionInput(**selection))  # type: ignore[arg-type]


# -- the whole UDI --------------------------------------------------------------------------


def test_registration_keeps_lot_production_date_and_expiry(depot: Station) -> None:
    register(depot, "PD-1", "SN1000")
    assert rows(depot, "SELECT udi_lot, udi_produced, udi_expires FROM pumps") == [
        ("L2401", "2024-01-15", "2031-02-28")]
    status = queries.pump_status(depot, "PD-1")
    assert (status.udi_lot, status.udi_produced, status.udi_expires) == (
        "L2401", dt.date(2024, 1, 15), dt.date(2031, 2, 28))


def test_first_scan_of_the_label_records_what_registration_lacked(depot: Station) -> None:
    register(depot, "PD-1", "SN1000", lot=None, made=None)
    assert rows(depot, "SELECT udi_lot FROM pumps") == [(None,)]
    lend(depot, udi("SN1000", "L77", "240301"))  # the pump scanned by its UDI label
    assert rows(depot, "SELECT udi_lot, udi_produced FROM pumps") == [("L77", "2024-03-01")]
    history = [e.type for e in queries.pump_history(depot, "PD-1")]
    assert history == ["pump_registered", "udi_recorded", "issued_to_patient"]
    # once known, a later scan records nothing more
    actions.return_pump(depot, udi("SN1000", "L77", "240301"))
    assert [e.type for e in queries.pump_history(depot, "PD-1")].count("udi_recorded") == 1


# -- recording, and which pumps are covered -----------------------------------------------


@pytest.fixture
def fleet(depot: Station) -> Station:
    register(depot, "PD-1", "SN1000", lot="L2401", made="240115")
    register(depot, "PD-2", "SN1001", lot="L2401", made="240120")
    register(depot, "PD-3", "SN1002", lot="L2402", made="240210")
    register(depot, "PD-4", "SN999", lot="L2312", made="231220")
    register(depot, "PD-5", "XY1000", lot="L2401", made="240115")
    register(depot, "PD-6", "J1", model="JOEY", lot=None, made=None)
    return depot


def covered(depot: Station, **selection: object) -> list[str]:
    return sorted(p.registration for p in recalls.recall_view(
        depot, recall(depot, **selection).reference).pumps)


@pytest.mark.parametrize("selection, expected", [
    ({"models": ["T34"]}, ["PD-1", "PD-2", "PD-3", "PD-4", "PD-5"]),
    ({"models": ["joey"]}, ["PD-6"]),  # a model code as typed, in any case
    ({"gtins": [T34_GTIN]}, ["PD-1", "PD-2", "PD-3", "PD-4", "PD-5"]),
    ({"lots": ["L2401"]}, ["PD-1", "PD-2", "PD-5"]),
    ({"lots": ["L2402", "L2312"]}, ["PD-3", "PD-4"]),
    ({"serials": ["SN1001", "XY1000"]}, ["PD-2", "PD-5"]),
    ({"serial_ranges": ["SN999-SN1001"]}, ["PD-1", "PD-2", "PD-4"]),
    ({"produced_from": "2024-01-16", "produced_to": "2024-02-29"}, ["PD-2", "PD-3"]),
    ({"lots": ["L2401"], "serial_ranges": ["SN1000-SN1005"]}, ["PD-1", "PD-2"]),
    ({"models": ["T34"], "serials": ["SN999"], "serial_ranges": ["XY1-XY5000"]},
     ["PD-4", "PD-5"]),
    ({"lots": ["L2401"], "produced_to": "2024-01-15"}, ["PD-1", "PD-5"]),
])
def test_selection_by_every_criterion(fleet: Station, selection: dict[str, object],
                                      expected: list[str]) -> None:
    assert covered(fleet, **selection) == expected
    assert recalls.preview_recall(fleet, SelectionInput(**selection)) == len(expected)


@pytest.mark.parametrize("selection, code", [
    ({}, RefusalCode.INVALID_INPUT),
    ({"models": ["NOPE"]}, RefusalCode.UNKNOWN_MODEL),
    ({"gtins": ["05060123450018"]}, RefusalCode.INVALID_INPUT),
    ({"serial_ranges": ["SN1-XY9"]}, RefusalCode.INVALID_INPUT),
    ({"lots": ["L1"], "produced_from": "15.01.2024"}, RefusalCode.INVALID_INPUT),
    ({"lots": ["L1"], "produced_from": "2024-02-01", "produced_to": "2024-01-01"},
     RefusalCode.INVALID_INPUT),
])
def test_bad_recalls_are_refused_and_change_nothing(fleet: Station, selection: dict[str, object],
                                                    code: RefusalCode) -> None:
    before = snapshot(fleet)
    with pytest.raises(Refused) as refused:
        recall(fleet, **selection)
    assert refused.value.code is code
    assert snapshot(fleet) == before


def test_only_an_administrator_records_a_recall(fleet: Station) -> None:
    counter = signed_in(fleet, "bo.c", ("counter", "technician"))
    with pytest.raises(Refused) as refused:
        recall(counter, lots=["L2401"])
    assert refused.value.code is RefusalCode.ROLE_REQUIRED
    counter.sign_in("anna.k")
    recall(fleet, lots=["L2401"])
    with pytest.raises(Refused) as again:
        recall(fleet, lots=["L2402"])
    assert again.value.code is RefusalCode.DUPLICATE


# -- the flag -------------------------------------------------------------------------------


def test_a_covered_pump_is_refused_for_issue_dispatch_and_prescription(fleet: Station) -> None:
    actions.dispatch_pump(fleet, "PD-2", unit="602154")  # in stock before the recall
    recall(fleet, lots=["L2401"])
    before = snapshot(fleet)
    for attempt in (lambda: lend(fleet, "PD-1"),
                    lambda: lend(fleet, "PD-1", transport=True),
                    lambda: actions.dispatch_pump(fleet, "PD-1", unit="602154"),
                    lambda: actions.prescribe_pump(fleet, "PD-2", patient=PERSON,
                                                   approval="BL-9"),
                    lambda: recalls_issuable(fleet, "PD-5")):
        with pytest.raises(Refused) as refused:
            attempt()
        assert refused.value.code is RefusalCode.RECALLED
        assert "recall FSN-2026-014: inspect it first" in refused.value.message
    assert snapshot(fleet) == before
    lend(fleet, "PD-3")  # another lot is lent as ever
    assert queries.pump_status(fleet, "PD-1").recall == "FSN-2026-014"


def recalls_issuable(depot: Station, reg: str) -> None:
    from app.services import views

    views.issuable(depot, reg)


def test_return_goes_to_faulty_with_the_recall_and_back_from_service_finishes_it(
        fleet: Station) -> None:
    lend(fleet, "PD-1")
    recall(fleet, lots=["L2401"])
    result = actions.return_pump(fleet, "PD-1")
    assert result.state == "faulty" and result.open_faults == 1
    assert rows(fleet, "SELECT category, description FROM fault_reports") == [
        ("recall", "recall FSN-2026-014: Occlusion sensor")]
    actions.send_to_service(fleet, "PD-1", reason="repair")
    with pytest.raises(Refused):  # a recall this pump is not covered by
        recall(fleet, "FSN-OTHER", lots=["L2402"])
        actions.back_from_service(fleet, "PD-1", recall="FSN-OTHER")
    back = actions.back_from_service(fleet, "PD-1", recall="fsn-2026-014")
    assert back.state == "ready" and back.open_faults == 0
    view = recalls.recall_view(fleet, "FSN-2026-014")
    assert (view.summary.done, view.summary.total, view.summary.closed) == (1, 3, False)
    lend(fleet, "PD-1")  # done: lent again
    assert queries.pump_status(fleet, "PD-1").recall is None


def test_progress_closes_when_every_pump_is_done_or_retired(fleet: Station) -> None:
    recall(fleet, lots=["L2402", "L2312"])
    actions.retire_pump(fleet, "PD-4")
    view = recalls.recall_view(fleet, "FSN-2026-014")
    assert (view.summary.done, view.summary.total) == (1, 2)
    with pytest.raises(Refused):
        recalls.record_done(fleet, "FSN-2026-014", "PD-1", "not covered")
    with pytest.raises(Refused):
        recalls.record_done(fleet, "FSN-2026-014", "PD-3", "   ")
    recalls.record_done(fleet, "FSN-2026-014", "PD-3", "Sensor inspected on site")
    with pytest.raises(Refused) as again:
        recalls.record_done(fleet, "FSN-2026-014", "PD-3", "again")
    assert again.value.code is RefusalCode.ALREADY_DONE
    view = recalls.recall_view(fleet, "FSN-2026-014")
    assert (view.summary.done, view.summary.total, view.summary.closed) == (2, 2, True)
    assert [e.type for e in queries.pump_history(fleet, "PD-3")][-1] == "recall_done"


def test_where_are_they_now(fleet: Station) -> None:
    register(fleet, "PD-7", "SN1003", lot="L2401")
    register(fleet, "PD-8", "SN1004", lot="L2401")
    lend(fleet, "PD-1")
    lend(fleet, "PD-2", patient="protected", approval="BL-P")
    actions.dispatch_pump(fleet, "PD-5", unit="602154")
    lend(fleet, "PD-7", unit="602155")
    actions.retire_pump(fleet, "PD-8")
    recall(fleet, lots=["L2401"])
    view = recalls.recall_view(fleet, "FSN-2026-014")
    groups = [(g.where, g.unit, [p.registration for p in g.pumps]) for g in view.groups]
    assert groups == [("unit_stock", "602154", ["PD-5"]),
                      ("patient", "602154", ["PD-1", "PD-2"]),
                      ("patient", "602155", ["PD-7"]),
                      ("done", None, ["PD-8"])]
    patients = {p.registration: (p.holder, p.protected) for p in view.pumps}
    assert patients["PD-2"] == ("protected identity", True)
    assert "Anna Berg" in str(patients["PD-1"][0])
    # the command line's JSON carries the same
    data = view.as_json()
    assert data["total"] == 5 and data["done"] == 1
    assert "Anna Berg" not in json.dumps(data["groups"][1]["pumps"][1])


def test_exports_to_csv_and_xlsx(fleet: Station, tmp_path: Path) -> None:
    from app.services import recall_papers

    lend(fleet, "PD-1")
    lend(fleet, "PD-2", patient="protected", approval="BL-P")
    recall(fleet, lots=["L2401"])
    assert recall_papers.export_recall(fleet, "FSN-2026-014", tmp_path / "r.csv") == 3
    with (tmp_path / "r.csv").open(encoding="utf-8-sig") as file:
        table = list(csv.reader(file, delimiter=";"))
    assert table[0][:3] == ["Registration", "Model", "Serial"]
    assert [line[0] for line in table[1:]] == ["PD-5", "PD-1", "PD-2"]
    assert "protected identity" in table[3]
    assert recall_papers.export_recall(fleet, "FSN-2026-014", tmp_path / "r.xlsx") == 3
    sheet = openpyxl.load_workbook(tmp_path / "r.xlsx").active
    values = [[cell.value for cell in line] for line in sheet.iter_rows()]
    assert values[0] == table[0]
    assert [line[0] for line in values[1:]] == ["PD-5", "PD-1", "PD-2"]
    with pytest.raises(Refused):
        recall_papers.export_recall(fleet, "FSN-2026-014", tmp_path / "r.txt")


# -- the command line -----------------------------------------------------------------------


def test_recall_commands(cli: Run, tmp_path: Path) -> None:
    run = set_up(
        cli,
        ["model", "T34", "--make", "BD", "--name", "BodyGuard T", "--area",
         "subcutaneous_infusion", "--interval", "365", "--gtin", T34_GTIN],
        ["unit", "602154", "--name", "SUS Lund, Gastro", "--kind", "hospital_inpatient",
         "--contact", "Lars Nilsson"],
        ["register", "PD-1", "--model", "T34", "--udi", udi("SN1000", "L1", "240101")],
        ["register", "PD-2", "--model", "T34", "--udi", udi("SN1001", "L2", "240101")],
        ["issue", "PD-1", "--patient", PERSON, "--name", "Anna Berg", "--unit", "602154",
         "--approval", "BL-1"])
    code, out, err = run("recall", "add", "FSN-2026-014", "--title", "Occlusion sensor",
                         "--action", "inspect", "--model", "T34", "--serials", "SN1000-SN1000",
                         "--lot", "L1")
    assert code == 0, err
    assert "covers 1 pump" in out
    code, out, err = run("recall", "show", "FSN-2026-014", "--json")
    data = json.loads(out)
    assert (data["total"], data["groups"][0]["contact"]) == (1, "Lars Nilsson")
    code, _out, err = run("recall", "add", "X", "--title", "t", "--action", "inspect",
                          "--serials", "A1-B2")
    assert code == 1 and "not a serial range" in err
    code, _out, err = run("recall", "add", "X", "--title", "t", "--action", "inspect")
    assert code == 1 and "Say which pumps" in err
    code, out, err = run("recall", "done", "FSN-2026-014", "PD-1", "--note", "Inspected")
    assert code == 0 and "1/1" in out, err
    code, out, _err = run("recall", "list", "--json")
    assert json.loads(out)[0]["closed"] is True
    code, out, err = run("recall", "export", "FSN-2026-014", "-o", str(tmp_path / "x.csv"))
    assert code == 0, err


def test_replenishment_sends_no_covered_pump(fleet: Station) -> None:
    from app.services import stock

    stock.set_target(fleet, "602154", "T34", 2)
    recall(fleet, lots=["L2401", "L2312"])  # PD-1, PD-2, PD-4, PD-5 held back
    plan = stock.make_plan(fleet, dt.date(2026, 3, 3))
    assert sorted(line.registration for line in plan.lines) == ["PD-3"]
    assert [(s.model, s.missing) for s in plan.shortages] == [("T34", 1)]


def test_replaying_the_log_gives_the_same_recalls_and_udi_data(fleet: Station,
                                                               tmp_path: Path) -> None:
    from app.persistence.database import Database
    from app.persistence.replay import projection, replay

    register(fleet, "PD-9", "SN1009", lot=None, made=None)
    lend(fleet, udi("SN1009", "L2401", "240101"))  # the label's data recorded at the scan
    recall(fleet, lots=["L2401"])
    actions.return_pump(fleet, "PD-9")
    actions.send_to_service(fleet, "PD-9", reason="repair")
    actions.back_from_service(fleet, "PD-9", recall="FSN-2026-014")
    recalls.record_done(fleet, "FSN-2026-014", "PD-1", "Inspected")
    actions.retire_pump(fleet, "PD-2")
    rebuilt = Database(tmp_path / "replayed.db")
    replay(fleet.db, rebuilt)
    again, before = projection(rebuilt), projection(fleet.db)
    assert again == before
    assert len(before["recalls"]) == 1 and len(before["recall_progress"]) == 2


def test_a_technician_without_the_counter_role_scans_without_recording_the_label(
        fleet: Station) -> None:
    register(fleet, "PD-9", "SN1009", lot=None, made=None)
    actions.send_to_service(fleet, "PD-9", reason="maintenance")
    technician = signed_in(fleet, "tess", ("technician",))
    actions.back_from_service(technician, udi("SN1009", "L5", "240101"))
    assert rows(fleet, "SELECT udi_lot, state FROM pumps WHERE registration = 'PD-9'") == [
        (None, "ready")]
