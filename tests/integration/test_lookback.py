"""Lookback: a pump's loan periods over a period with its faults, services and cleanings;
every pump a person had under every identity; everyone who had a pump of a model — and a
protected identity nowhere in any of them."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import text

from app.domain.lookback import Period, period
from app.domain.refusals import RefusalCode, Refused
from app.services import actions, lookback, persons
from app.services.station import Station
from app.translation import translator_for
from tests.conftest import FakeClock
from tests.integration.conftest import Run, set_up
from tests.integration.helpers import rows

UT = "19850312 Anna Utan - UT"
LMA = "LMA 19850312 50-008920/4"
PN = "19850312-2387"
#: What the person's data looks like, were it anywhere.
PERSONAL = ["Anna", "Utan", "19850312", "8503122387", "50008920", "850312"]


def at(clock: FakeClock, day: str, hour: int = 9) -> None:
    """Move the test's clock to ``day`` at ``hour`` local time."""
    local = dt.datetime.combine(dt.date.fromisoformat(day), dt.time(hour)).astimezone()
    clock.now = local.astimezone(dt.UTC)


@pytest.fixture
def pumps(depot: Station) -> Station:
    for reg in ("PD-1", "PD-2", "PD-3"):
        actions.register_pump(depot, reg, "T34")
    actions.register_pump(depot, "PD-9", "JOEY")
    return depot


@pytest.fixture
def pd1_life(pumps: Station, clock: FakeClock) -> Station:
    """PD-1: lent to Anna (care moved to primary care, a fault phoned in, back faulty,
    repaired); lent to Erik and cleaned after; lent to a protected identity, still out."""
    at(clock, "2026-03-02")
    actions.issue_pump(pumps, "PD-1", patient=PN, patient_name="Anna Utan", unit="602154",
                       approval="BL-1", prescriber="Dr Lind")
    at(clock, "2026-03-04")
    actions.move_pump(pumps, "PD-1", unit="604001")
    at(clock, "2026-03-06")
    actions.report_fault(pumps, "PD-1", "occlusion alarm at night")
    at(clock, "2026-03-10")
    actions.return_pump(pumps, "PD-1")
    at(clock, "2026-03-11")
    actions.send_to_service(pumps, "PD-1", reason="repair")
    at(clock, "2026-03-12")
    actions.back_from_service(pumps, "PD-1", repair="occlusion sensor replaced")
    at(clock, "2026-03-14")
    actions.issue_pump(pumps, "PD-1", patient="19811228-9874", patient_name="Erik Berg",
                       unit="602155", approval="BL-2")
    at(clock, "2026-03-16")
    actions.return_pump(pumps, "PD-1")
    at(clock, "2026-03-17")
    actions.clean_pump(pumps, "PD-1")
    at(clock, "2026-03-20")
    actions.issue_pump(pumps, "PD-1", patient="protected", unit="602154", approval="BL-3")
    return pumps


def loan_numbers(found: lookback.Lookback) -> list[str]:
    return [loan.approval or "" for loan in found.loans]


def test_a_pumps_lookback_lists_its_loans_and_what_happened_to_it(pd1_life: Station) -> None:
    found = lookback.pump_lookback(pd1_life, "PD-1", "2026-03-01", "2026-03-31")
    assert loan_numbers(found) == ["BL-1", "BL-2", "BL-3"]
    anna, erik, hidden = found.loans
    assert anna.holder == "Anna Utan (19850312-2387)" and anna.prescriber == "Dr Lind"
    assert [number for number, _name, _since in anna.units] == ["602154", "604001"]
    assert anna.unit == "SUS Lund, Gastro avd 1 (602154) → Vårdcentralen Linero (604001)"
    assert anna.ended_at is not None and erik.ended_at is not None
    assert hidden.holder == "protected identity" and hidden.ended_at is None
    assert [(e.type, e.detail) for e in found.events] == [
        ("fault_reported", "occlusion alarm at night"),
        ("sent_to_service", "repair"),
        ("back_from_service", "repair · occlusion sensor replaced"),
        ("cleaned", "")]
    assert {e.actor_name for e in found.events} == {"anna.k"}


@pytest.mark.parametrize(("first", "last", "expected"), [
    # A loan that began before the period and ended inside it.
    ("2026-03-05", "2026-03-15", ["BL-1", "BL-2"]),
    # Ended on the first day, began on the last: both overlap it.
    ("2026-03-10", "2026-03-14", ["BL-1", "BL-2"]),
    # Between two loans: none.
    ("2026-03-17", "2026-03-19", []),
    # An open loan overlaps every period after it began.
    ("2026-03-20", "2026-03-20", ["BL-3"]),
    ("2026-06-01", "2026-12-31", ["BL-3"]),
    # Before the pump was ever lent.
    ("2026-01-01", "2026-03-01", []),
])
def test_loan_periods_overlap_the_period_at_its_edges(pd1_life: Station, first: str,
                                                        last: str, expected: list[str]) -> None:
    assert loan_numbers(lookback.pump_lookback(pd1_life, "PD-1", first, last)) == expected


def test_events_outside_the_period_are_left_out(pd1_life: Station) -> None:
    found = lookback.pump_lookback(pd1_life, "PD-1", "2026-03-12", "2026-03-16")
    assert [e.type for e in found.events] == ["back_from_service"]
    # A return with a fault note is a fault; a plain return is not listed.
    actions.return_pump(pd1_life, "PD-1", fault="display cracked")
    today = pd1_life.ctx.today()
    found = lookback.pump_lookback(pd1_life, "PD-1", today, today)
    assert [(e.type, e.detail) for e in found.events] == [("returned", "display cracked")]


def test_lookback_by_person_across_identity_conversions(pumps: Station,
                                                        clock: FakeClock) -> None:
    at(clock, "2026-03-02")
    actions.issue_pump(pumps, "PD-1", patient=UT, unit="602154", approval="BL-1")
    actions.return_pump(pumps, "PD-1")
    persons.convert_identity(pumps, UT, LMA)
    at(clock, "2026-04-02")
    actions.issue_pump(pumps, "PD-2", patient=LMA, unit="602154", approval="BL-2")
    persons.convert_identity(pumps, LMA, PN)
    at(clock, "2026-05-02")
    actions.issue_pump(pumps, "PD-3", patient=PN, unit="602155", approval="BL-3")
    actions.issue_pump(pumps, "PD-9", patient="19811228-9874", unit="602155",
                       approval="BL-9")  # someone else
    for identity in (UT, LMA, PN, "LMA 50-008920/4"):
        found = lookback.person_lookback(pumps, identity)
        assert found.shown == "Anna Utan (19850312-2387)"
        assert found.identities == ("19850312-2387", "UT-19850312-ANNA UTAN", "LMA-50008920")
        assert [(loan.pump, loan.approval) for loan in found.loans] == [
            ("PD-1", "BL-1"), ("PD-2", "BL-2"), ("PD-3", "BL-3")]
        assert found.loans[0].ended_at is not None and found.loans[2].ended_at is None
    # With a period, only the loans that overlap it.
    found = lookback.person_lookback(pumps, UT, "2026-04-01", "2026-04-30")
    assert [loan.pump for loan in found.loans] == ["PD-2"]


def test_lookback_by_person_takes_in_a_merged_record(pumps: Station) -> None:
    actions.issue_pump(pumps, "PD-1", patient="19811228 Erik Berg - UT", unit="602154",
                       approval="BL-1")
    actions.issue_pump(pumps, "PD-2", patient="19811228-9874", patient_name="Erik Bergh",
                       unit="602154", approval="BL-2")
    persons.convert_identity(pumps, "19811228 Erik Berg - UT", "19811228-9874",
                             same_person=True)
    for identity in ("19811228 Erik Berg - UT", "19811228-9874"):
        found = lookback.person_lookback(pumps, identity)
        assert sorted(loan.pump for loan in found.loans) == ["PD-1", "PD-2"]


def everything(station: Station, found: lookback.Lookback, tmp_path: Path,
               language: str) -> str:
    """A lookback as JSON and as CSV in ``language``: all that could carry a trace."""
    path = tmp_path / f"lookback-{language}.csv"
    lookback.write_csv(found, str(path), translator_for(language))
    return json.dumps(found.as_json(), ensure_ascii=False) + path.read_text("utf-8-sig")


def test_a_protected_identity_leaves_no_trace(pumps: Station, clock: FakeClock,
                                              tmp_path: Path) -> None:
    at(clock, "2026-03-02")
    actions.issue_pump(pumps, "PD-1", patient=PN, patient_name="Anna Utan", unit="602154",
                       approval="BL-1")
    actions.issue_pump(pumps, "PD-2", patient=UT, unit="602155", approval="BL-2")
    at(clock, "2026-03-05")
    persons.convert_identity(pumps, UT, LMA)  # a second person, for contrast
    persons.protect_person(pumps, PN)
    at(clock, "2026-03-06")
    actions.issue_pump(pumps, "PD-3", patient="skyddad identitet", unit="602154",
                       approval="BL-3")
    shown = [lookback.pump_lookback(pumps, "PD-1", "2026-03-01", "2026-03-31"),
             lookback.model_lookback(pumps, "T34", "2026-03-01", "2026-03-31")]
    for found in shown:
        for language in ("sv", "nb", "en"):
            text = everything(pumps, found, tmp_path, language)
            assert "8503122387" not in text and "19850312-2387" not in text
    model = shown[1]
    assert [(loan.pump, loan.holder, loan.protected) for loan in model.loans] == [
        ("PD-1", "protected identity", True),
        ("PD-2", "Anna Utan (19850312 LMA-50008920)", False),
        ("PD-3", "protected identity", True)]
    assert "skyddad identitet" in everything(pumps, model, tmp_path, "sv")
    assert "skjermet identitet" in everything(pumps, model, tmp_path, "nb")
    # The protected person's old number finds nobody: no lookback leads back to them.
    with pytest.raises(Refused) as refused:
        lookback.person_lookback(pumps, PN)
    assert refused.value.code is RefusalCode.UNKNOWN_PATIENT
    assert lookback.person_lookback_if_any(pumps, PN) is None


def test_model_lookback_is_everyone_who_had_a_pump_of_the_model(pumps: Station,
                                                                clock: FakeClock) -> None:
    at(clock, "2026-01-10")
    actions.issue_pump(pumps, "PD-1", patient=PN, unit="602154", approval="BL-1")
    at(clock, "2026-01-20")
    actions.return_pump(pumps, "PD-1")
    at(clock, "2026-02-10")
    actions.issue_pump(pumps, "PD-2", patient="19811228-9874", unit="602155",
                       approval="BL-2")
    actions.issue_pump(pumps, "PD-9", patient=UT, unit="602155", approval="BL-9")  # JOEY
    actions.dispatch_pump(pumps, "PD-3", unit="602154")
    found = lookback.model_lookback(pumps, "t34", "2026-02-01", "2026-02-28")
    assert found.selection.model == "T34"
    assert [(loan.pump, loan.loan_type, loan.holder) for loan in found.loans] == [
        ("PD-2", "patient", "19811228-9874"),
        ("PD-3", "unit_buffer", "the unit's buffer stock")]
    found = lookback.model_lookback(pumps, "T34", "2026-01-01", "2026-12-31")
    assert [loan.pump for loan in found.loans] == ["PD-1", "PD-2", "PD-3"]
    assert [loan.pump for loan in lookback.model_lookback(
        pumps, "JOEY", "2026-01-01", "2026-12-31").loans] == ["PD-9"]


@pytest.mark.parametrize(("call", "code"), [
    (lambda s: lookback.pump_lookback(s, "PD-1", "2026-03-01", None), "invalid_input"),
    (lambda s: lookback.pump_lookback(s, "PD-1", "2026-13-01", "2026-12-31"),
     "invalid_input"),
    (lambda s: lookback.pump_lookback(s, "PD-1", "2026-03-31", "2026-03-01"),
     "invalid_input"),
    (lambda s: lookback.pump_lookback(s, "NO-SUCH", "2026-03-01", "2026-03-31"),
     "unknown_pump"),
    (lambda s: lookback.model_lookback(s, "NOPE", "2026-03-01", "2026-03-31"),
     "unknown_model"),
    (lambda s: lookback.model_lookback(s, "", "2026-03-01", "2026-03-31"), "invalid_input"),
    (lambda s: lookback.person_lookback(s, "19811228-9874"), "unknown_patient"),
    (lambda s: lookback.person_lookback(s, "12345"), "invalid_identity"),
])
def test_what_cannot_be_looked_back_over_is_refused(pumps: Station, call, code: str) -> None:  # noqa: ANN001
    with pytest.raises(Refused) as refused:
        call(pumps)
    assert refused.value.code == code


def test_period_edges_in_the_domain() -> None:
    march = period("2026-03-01", "2026-03-31")
    start, end = march.start, march.end
    assert start is not None and end is not None
    assert march.overlaps(start - dt.timedelta(days=9), start)  # ended at its first moment
    assert not march.overlaps(start - dt.timedelta(days=9), start - dt.timedelta(seconds=1))
    assert not march.overlaps(end, None)  # began the moment after it
    assert march.overlaps(end - dt.timedelta(seconds=1), None)
    assert Period().overlaps(start, None)


def test_the_csv_opens_in_a_spreadsheet_in_the_counters_language(pd1_life: Station,
                                                                 tmp_path: Path) -> None:
    actions.return_pump(pd1_life, "PD-1")
    actions.clean_pump(pd1_life, "PD-1")
    actions.issue_pump(pd1_life, "PD-1", patient="19811228-9874", unit="602154",
                       approval="=HYPERLINK(\"http://x\")")
    found = lookback.pump_lookback(pd1_life, "PD-1", "2026-03-01", pd1_life.ctx.today())
    path = tmp_path / "pd1.csv"
    assert lookback.write_csv(found, str(path), translator_for("sv")) == 4 + 5
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    table = list(csv.reader(path.open(encoding="utf-8-sig", newline=""), delimiter=";"))
    assert table[0][:5] == ["Pump", "Modell", "Lån", "Låneform", "Patient"]
    assert table[3][4] == "skyddad identitet"
    assert table[4][7] == "'=HYPERLINK(\"http://x\")"  # text, never a formula
    assert table[1][8] == "2026-03-02 09:00" and table[3][9] != "" and table[4][9] == ""
    assert [row[10] for row in table[5:]] == ["felanmäld", "skickad på service",
                                              "tillbaka från service", "rengjord och kontrollerad",
                                              "rengjord och kontrollerad"]


def test_the_command_line_looks_back(cli: Run, tmp_path: Path) -> None:
    run = set_up(
        cli, ["model", "T34", "--make", "BD", "--name", "BodyGuard T", "--area",
              "subcutaneous_infusion", "--interval", "365"],
        ["unit", "602154", "--name", "SUS Lund, Gastro avd 1", "--kind",
         "hospital_inpatient"],
        ["unit", "601628", "--name", "Asylenheten", "--kind", "asylum"],
        ["register", "PD-1", "--model", "T34"],
        ["issue", "PD-1", "--patient", UT, "--unit", "602154", "--approval", "BL-1"],
        ["fault", "PD-1", "occlusion alarm"],
        ["convert", UT, PN])
    today = dt.date.today().isoformat()
    code, out, err = run("lookback", "PD-1", "--from", today, "--to", today, "--json")
    assert code == 0, err
    found = json.loads(out)
    assert [loan["holder"] for loan in found["loans"]] == ["Anna Utan (19850312-2387)"]
    assert [event["type"] for event in found["events"]] == ["fault_reported"]
    code, out, err = run("lookback", "--person", UT)
    assert code == 0, err
    assert "PD-1" in out and "UT-19850312-ANNA UTAN" in out
    code, out, err = run("lookback", "--model", "T34", "--from", today, "--to", today,
                         "--csv", str(tmp_path / "t34.csv"))
    assert (code, out.strip()) == (0, f"1 rows written to {tmp_path / 't34.csv'}")
    assert "Anna Utan" in (tmp_path / "t34.csv").read_text("utf-8-sig")
    for argv, says in [(["lookback"], "Look back over one thing"),
                       (["lookback", "PD-1", "--model", "T34"], "Look back over one thing"),
                       (["lookback", "PD-1", "--from", today], "Give the period"),
                       (["lookback", "--model", "T34", "--from", "31/12", "--to", today],
                        "is not a date")]:
        code, out, err = run(*argv)
        assert code == 1 and says in err and "Traceback" not in err, (argv, err)


def test_an_event_the_central_database_refused_is_left_out(pd1_life: Station) -> None:
    (fault_id,) = rows(pd1_life, "SELECT id FROM events WHERE type = 'fault_reported'")[0]
    with pd1_life.db.engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO sync_conflicts (event_id, pump, reason, central_seq) "
            "VALUES (:id, 'PD-1', '{}', 1)"), {"id": fault_id})
    found = lookback.pump_lookback(pd1_life, "PD-1", "2026-03-01", "2026-03-31")
    assert "fault_reported" not in [e.type for e in found.events]


@pytest.mark.parametrize("by_pump", [1000, 0])
def test_care_moves_are_found_pump_by_pump_or_by_time(pd1_life: Station, by_pump: int,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lookback, "_MOVES_BY_PUMP", by_pump)
    anna = lookback.model_lookback(pd1_life, "T34", "2026-03-01", "2026-03-31").loans[0]
    assert [(number, since.date().isoformat()) for number, _name, since in anna.units] == [
        ("602154", "2026-03-02"), ("604001", "2026-03-04")]
    # A move after the period is not the period's.
    early = lookback.model_lookback(pd1_life, "T34", "2026-03-01", "2026-03-03").loans[0]
    assert [number for number, _name, _since in early.units] == ["602154"]


def test_lot_lookback_is_everyone_who_had_a_pump_of_that_lot(depot: Station,
                                                             clock: FakeClock) -> None:
    """The lot a UDI label carries (AI 10) selects pumps, alone or with a model; a pump
    whose lot is not known is not in it."""
    from tests.conftest import T34_GTIN

    for reg, serial, lot in (("PD-1", "SN1", "L2401"), ("PD-2", "SN2", "L2402"),
                             ("PD-3", "SN3", "L2401"), ("PD-4", "SN4", None)):
        actions.register_pump(depot, reg, "T34", None, udi=f"(01){T34_GTIN}"
                              + (f"(10){lot}" if lot else "") + f"(21){serial}")
    at(clock, "2026-02-10")
    actions.issue_pump(depot, "PD-1", patient=PN, unit="602154", approval="BL-1")
    actions.issue_pump(depot, "PD-2", patient="19811228-9874", unit="602155",
                       approval="BL-2")
    actions.dispatch_pump(depot, "PD-3", unit="602154")
    actions.issue_pump(depot, "PD-4", patient="19811228-9874", unit="602155",
                       approval="BL-4")
    found = lookback.model_lookback(depot, None, "2026-02-01", "2026-02-28", lot="L2401")
    assert found.selection.criteria() == {"lot": "L2401"}
    assert [(loan.pump, loan.holder) for loan in found.loans] == [
        ("PD-1", "19850312-2387"), ("PD-3", "the unit's buffer stock")]
    assert [loan.pump for loan in lookback.model_lookback(
        depot, "T34", "2026-02-01", "2026-02-28", lot="L2402").loans] == ["PD-2"]
    assert lookback.model_lookback(depot, "JOEY", "2026-02-01", "2026-02-28",
                                   lot="L2401").loans == ()
    assert lookback.model_lookback(depot, None, "2026-02-01", "2026-02-28",
                                   lot="NO-SUCH-LOT").loans == ()


def test_the_command_line_looks_back_over_a_lot(cli: Run) -> None:
    from tests.conftest import T34_GTIN

    run = set_up(
        cli, ["model", "T34", "--make", "BD", "--name", "BodyGuard T", "--area",
              "subcutaneous_infusion", "--interval", "365", "--gtin", T34_GTIN],
        ["unit", "602154", "--name", "SUS Lund, Gastro avd 1", "--kind",
         "hospital_inpatient"],
        ["register", "PD-1", "--model", "T34", "--udi", f"(01){T34_GTIN}(10)L77(21)SN1"],
        ["register", "PD-2", "--model", "T34", "--udi", f"(01){T34_GTIN}(10)L78(21)SN2"])
    for reg in ("PD-1", "PD-2"):
        assert run("dispatch", reg, "--unit", "602154")[0] == 0
    today = dt.date.today().isoformat()
    code, out, err = run("lookback", "--lot", "L77", "--from", today, "--to", today, "--json")
    assert code == 0, err
    assert len(json.loads(out)["loans"]) == 1
    code, out, err = run("lookback", "--lot", "L77", "--model", "T34", "--from", today,
                         "--to", today)
    assert code == 0 and "lot L77" in out and "1 loan period(s)" in out, (out, err)
