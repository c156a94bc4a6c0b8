"""Recalls in the domain: which pumps a selection covers, serial ranges, the refusals, and
the UDI's production identifier as biip reads it."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain.events import Context, EventType
from app.domain.pump import Pump, evolve
from app.domain.recalls import (
    Recall,
    RecallAction,
    SerialRange,
    Selection,
    blocking,
    mark_done,
    new_recall,
    parse_serial_range,
    whereabouts,
    Whereabouts,
)
from app.domain.refusals import RefusalCode, Refused
from app.domain.rules import record_udi
from app.domain.scan import Production, parse_production, read_scan
from app.domain.states import PumpState

AT = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
GTIN = "05060123450019"
OTHER_GTIN = "05021234500017"


def pump(reg: str = "PD-1", model: str = "T34", gtin: str | None = GTIN,
         serial: str | None = "SN1000", lot: str | None = "L2401",
         produced: dt.date | None = dt.date(2024, 1, 15), state: PumpState = PumpState.READY,
         serial_number: str | None = None) -> Pump:
    return Pump(registration=reg, model=model, state=state, since=AT, udi_gtin=gtin,
                udi_serial=serial, udi_lot=lot, udi_produced=produced,
                serial_number=serial_number)


# -- the whole UDI ------------------------------------------------------------------------


def test_production_identifier_is_read_in_every_form_with_day_00_as_month_end() -> None:
    for text in ("(01)05060123450019(10)L2401(11)240115(17)310200(21)SN1000",
                 "]d2010506012345001910L2401\x1d112401151731020021SN1000",
                 "01 05060123450019 10 L2401 11 240115 17 310200 21 SN1000"):
        code = read_scan(text)
        assert (code.gtin, code.serial) == (GTIN, "SN1000"), text
        assert code.production == Production("L2401", dt.date(2024, 1, 15),
                                             dt.date(2031, 2, 28)), text


def test_a_udi_without_production_data_has_none() -> None:
    assert read_scan("(01)05060123450019(21)SN1000").production is None
    assert parse_production("PD-1") is None


def test_udi_recorded_fills_only_what_the_pump_lacks() -> None:
    ctx = Context("anna", "DESK1", clock=lambda: AT)
    bare = pump(lot=None, produced=None)
    event = record_udi(ctx, bare, Production("L9", dt.date(2024, 2, 1), dt.date(2030, 1, 31)))
    assert event is not None and event.type is EventType.UDI_RECORDED
    assert event.payload == {"udi_lot": "L9", "udi_produced": "2024-02-01",
                             "udi_expires": "2030-01-31"}
    after = evolve(bare, event)
    assert (after.udi_lot, after.udi_produced, after.state) == ("L9", dt.date(2024, 2, 1),
                                                                 PumpState.READY)
    assert record_udi(ctx, after, Production("OTHER", None, None)) is None
    assert record_udi(ctx, bare, None) is None


# -- selection ----------------------------------------------------------------------------


@pytest.mark.parametrize("selection, covered", [
    (Selection(models=("T34",)), True),
    (Selection(models=("JOEY",)), False),
    (Selection(gtins=(GTIN,)), True),
    (Selection(gtins=(OTHER_GTIN,)), False),
    (Selection(lots=("l2401",)), True),  # lots compare in upper case
    (Selection(lots=("L2402", "L2403")), False),
    (Selection(serials=("SN1000",)), True),
    (Selection(serials=("SN1001",)), False),
    (Selection(serial_ranges=(SerialRange("SN", 998, 1002),)), True),
    (Selection(serial_ranges=(SerialRange("SN", 1001, 1999),)), False),
    (Selection(serial_ranges=(SerialRange("XN", 0, 5000),)), False),
    (Selection(produced_from=dt.date(2024, 1, 1), produced_to=dt.date(2024, 1, 31)), True),
    (Selection(produced_from=dt.date(2024, 1, 16)), False),
    (Selection(produced_to=dt.date(2024, 1, 14)), False),
    # combinations: every criterion must hold
    (Selection(models=("T34",), lots=("L2401",), serials=("SN1000",)), True),
    (Selection(models=("T34",), lots=("L2402",)), False),
    (Selection(gtins=(GTIN,), produced_from=dt.date(2025, 1, 1)), False),
    (Selection(lots=("L2401",), serial_ranges=(SerialRange("SN", 1, 999),)), False),
])
def test_selection_by_every_criterion_and_combination(selection: Selection,
                                                      covered: bool) -> None:
    assert selection.covers(pump()) is covered


def test_missing_facts_are_not_covered_and_serials_match_either_number() -> None:
    assert not Selection(lots=("L2401",)).covers(pump(lot=None))
    assert not Selection(produced_to=dt.date(2030, 1, 1)).covers(pump(produced=None))
    assert Selection(serials=("M-77",)).covers(pump(serial=None, serial_number="m-77"))


def test_gtin_covers_a_pump_without_udi_through_its_model() -> None:
    selection = Selection(gtins=(GTIN,), gtin_models=("T34",))
    assert selection.covers(pump(gtin=None))
    assert not selection.covers(pump(gtin=None, model="JOEY"))
    # a pump with a UDI is judged by its own GTIN, not its model's
    assert not selection.covers(pump(gtin=OTHER_GTIN))


def test_selection_survives_its_payload() -> None:
    selection = Selection(models=("T34",), gtins=(GTIN,), lots=("A", "B"), serials=("X1",),
                          serial_ranges=(SerialRange("SN", 1, 9),),
                          produced_from=dt.date(2024, 1, 1), gtin_models=("T34",))
    assert Selection.from_payload(selection.payload()) == selection


# -- serial ranges ------------------------------------------------------------------------


def test_serial_range_compares_the_suffix_as_a_number() -> None:
    found = parse_serial_range("sn998-SN1002")
    assert found == SerialRange("SN", 998, 1002)
    assert "SN999" in found and "SN1000" in found and "SN1002" in found
    assert "SN1003" not in found and "SN99" not in found and "XSN1000" not in found


def test_serial_range_with_hyphens_in_the_serial() -> None:
    assert parse_serial_range("AB-100-AB-199") == SerialRange("AB-", 100, 199)


@pytest.mark.parametrize("text", ["A1-B2", "SN1000", "SN-XYZ", "-", "SN10-SN", "SN5-SN1",
                                  "1-2-3"])
def test_anything_else_is_refused_as_a_serial_range(text: str) -> None:
    with pytest.raises(Refused) as refused:
        parse_serial_range(text)
    assert refused.value.code is RefusalCode.INVALID_INPUT


# -- recording and refusing ---------------------------------------------------------------


def test_a_recall_needs_a_reference_title_action_and_a_criterion() -> None:
    ok = new_recall("fsn-2026-014", "Occlusion sensor", "inspect", Selection(models=("T34",)))
    assert (ok.reference, ok.action) == ("FSN-2026-014", RecallAction.INSPECT)
    for args in [("", "t", "inspect", Selection(models=("T34",))),
                 ("FSN 1", "t", "inspect", Selection(models=("T34",))),
                 ("FSN-1", " ", "inspect", Selection(models=("T34",))),
                 ("FSN-1", "t", "repair", Selection(models=("T34",))),
                 ("FSN-1", "t", "inspect", Selection()),
                 ("FSN-1", "t", "inspect", Selection(produced_from=dt.date(2025, 1, 2),
                                                     produced_to=dt.date(2025, 1, 1)))]:
        with pytest.raises(Refused):
            new_recall(*args)


def test_blocking_and_done() -> None:
    recall = Recall("FSN-1", "Sensor", RecallAction.INSPECT, Selection(lots=("L2401",)))
    assert blocking(pump(), [recall], set()) == recall
    assert blocking(pump(), [recall], {"FSN-1"}) is None
    assert blocking(pump(lot="L2402"), [recall], set()) is None
    assert blocking(pump(state=PumpState.RETIRED), [recall], set()) is None
    ctx = Context("anna", "DESK1", clock=lambda: AT)
    event = mark_done(ctx, pump(), recall, set(), "Sensor inspected, fine")
    assert event.type is EventType.RECALL_DONE and event.payload["recall"] == "FSN-1"
    assert evolve(pump(), event) == pump()
    with pytest.raises(Refused) as refused:
        mark_done(ctx, pump(), recall, {"FSN-1"}, "again")
    assert refused.value.code is RefusalCode.ALREADY_DONE
    with pytest.raises(Refused):
        mark_done(ctx, pump(lot="X"), recall, set(), "not covered")
    with pytest.raises(Refused):
        mark_done(ctx, pump(), recall, set(), "  ")


def test_whereabouts() -> None:
    assert whereabouts(PumpState.READY, False) is Whereabouts.DEPOT
    assert whereabouts(PumpState.FAULTY, False) is Whereabouts.DEPOT
    assert whereabouts(PumpState.IN_UNIT_STOCK, False) is Whereabouts.UNIT_STOCK
    assert whereabouts(PumpState.ON_TRANSPORT_LOAN, False) is Whereabouts.PATIENT
    assert whereabouts(PumpState.LOST, False) is Whereabouts.LOST
    assert whereabouts(PumpState.ON_LOAN, True) is Whereabouts.DONE
    assert whereabouts(PumpState.RETIRED, False) is Whereabouts.DONE
