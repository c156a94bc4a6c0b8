"""Stocktake on a real workstation database: counting a unit's stock and the depot's
shelves, finishing, resolving each difference with the ordinary events, and when counts
fall due."""

from __future__ import annotations

import json

import pytest

from app.domain.refusals import RefusalCode, Refused
from app.services import actions, counts, queries, stock
from app.services.station import Station
from tests.conftest import signed_in
from tests.integration.conftest import set_up
from tests.integration.helpers import snapshot

UNIT = "602154"
OTHER = "602155"


def ready(depot: Station, *regs: str) -> None:
    for reg in regs:
        actions.register_pump(depot, reg, "T34")


def in_stock(depot: Station, unit: str, *regs: str) -> None:
    ready(depot, *regs)
    for reg in regs:
        actions.dispatch_pump(depot, reg, unit=unit)


def state(depot: Station, reg: str) -> tuple[str, str | None]:
    status = queries.pump_status(depot, reg)
    return status.state, status.unit


def test_a_units_count_shows_expected_found_missing_and_unexpected(depot: Station) -> None:
    in_stock(depot, UNIT, "PD-1", "PD-2", "PD-3")
    in_stock(depot, OTHER, "PD-9")
    ready(depot, "PD-5")
    view = counts.start_count(depot, UNIT)
    assert (view.expected, view.found, len(view.missing)) == (3, [], 3)
    view = counts.scan_into_count(depot, view.id, "PD-1")
    assert [line.registration for line in view.found] == ["PD-1"] and not view.again
    assert [line.registration for line in view.missing] == ["PD-2", "PD-3"]
    view = counts.scan_into_count(depot, view.id, "PD-9")  # the register puts it at OTHER
    assert [(u.registration, u.state, u.unit) for u in view.unexpected] == \
        [("PD-9", "in_unit_stock", OTHER)]
    assert view.unexpected[0].unit_name == "SUS Malmö, Onkologimottagningen"
    before = snapshot(depot)
    again = counts.scan_into_count(depot, view.id, "PD-1")  # a second read: nothing new
    assert again.again and snapshot(depot) == before
    assert [line.registration for line in again.found] == ["PD-1"]  # PD-9 is unexpected
    first = counts.count_view(depot, view.id, missing_limit=1)  # the window lists the first
    assert [line.registration for line in first.missing] == ["PD-2"]
    assert first.missing_total == 2 and first.expected == 3


def test_finishing_records_who_when_and_what_was_found(depot: Station) -> None:
    in_stock(depot, UNIT, "PD-1", "PD-2")
    view = counts.start_count(depot, UNIT)
    counts.scan_into_count(depot, view.id, "PD-2")
    done = counts.finish_count(depot, view.id)
    assert not done.info.open and done.info.finished_by == "anna.k"
    assert [line.registration for line in done.found] == ["PD-2"]
    assert [line.registration for line in done.missing] == ["PD-1"]
    assert done.missing_total == 1
    # What was recorded stays, whatever happens to the pump afterwards.
    actions.return_pump(depot, "PD-2")
    assert [line.registration for line in counts.count_view(depot, view.id).found] == ["PD-2"]
    with pytest.raises(Refused, match="was finished") as refused:
        counts.scan_into_count(depot, view.id, "PD-1")
    assert refused.value.code is RefusalCode.ALREADY_DONE
    summary = counts.list_counts(depot)[0]
    assert (summary.scanned, summary.missing, summary.unexpected) == (1, 1, 0)


def test_a_pump_missing_from_a_unit_is_lost_charged_to_it_by_an_administrator(
        depot: Station) -> None:
    in_stock(depot, UNIT, "PD-1", "PD-2")
    view = counts.start_count(depot, UNIT)
    counts.scan_into_count(depot, view.id, "PD-1")
    with pytest.raises(Refused, match="Finish count"):
        counts.report_missing_lost(depot, view.id, "PD-2")  # not missing before the end
    counts.finish_count(depot, view.id)
    with pytest.raises(Refused, match="not missing"):
        counts.report_missing_lost(depot, view.id, "PD-1")
    counter = signed_in(Station(depot.db, depot.ctx), "bo.n", ("counter",))
    before = snapshot(depot)
    with pytest.raises(Refused) as refused:
        counts.report_missing_lost(counter, view.id, "PD-2")
    assert refused.value.code is RefusalCode.ROLE_REQUIRED and snapshot(depot) == before
    result = counts.report_missing_lost(depot, view.id, "PD-2")
    assert (result.state, result.responsible_unit) == ("lost", UNIT)
    assert counts.count_view(depot, view.id).missing[0].resolved


def test_a_pump_missing_from_the_depots_shelves_is_lost_at_the_depots_cost(
        depot: Station) -> None:
    ready(depot, "PD-1", "PD-2", "PD-3")
    actions.report_fault(depot, "PD-3", "Cracked housing")
    with pytest.raises(Refused, match="count the shelves"):
        actions.report_lost(depot, "PD-2")  # not without a count
    view = counts.start_count(depot, "depot")
    assert view.expected == 3
    counts.scan_into_count(depot, view.id, "PD-1")
    done = counts.finish_count(depot, view.id)
    assert sorted(line.registration for line in done.missing) == ["PD-2", "PD-3"]
    for reg in ("PD-2", "PD-3"):
        result = counts.report_missing_lost(depot, view.id, reg)
        assert (result.state, result.responsible_unit) == ("lost", None)
    assert all(line.resolved for line in counts.count_view(depot, view.id).missing)


def test_an_unexpected_pump_is_moved_into_the_counted_stock_or_returned(
        depot: Station) -> None:
    in_stock(depot, OTHER, "PD-8", "PD-9")
    ready(depot, "PD-1")
    view = counts.start_count(depot, UNIT)
    counts.scan_into_count(depot, view.id, "PD-8")
    counts.scan_into_count(depot, view.id, "PD-9")
    counts.scan_into_count(depot, view.id, "PD-1")  # on the depot's shelves, found at UNIT
    counts.finish_count(depot, view.id)
    counts.resolve_unexpected(depot, view.id, "PD-8", "move")
    assert state(depot, "PD-8") == ("in_unit_stock", UNIT)
    counts.resolve_unexpected(depot, view.id, "PD-9", "return")
    assert state(depot, "PD-9") == ("awaiting_cleaning", None)
    with pytest.raises(Refused, match="cannot be moved"):
        counts.resolve_unexpected(depot, view.id, "PD-1", "move")
    resolved = {line.registration: line.resolved
                for line in counts.count_view(depot, view.id).unexpected}
    assert resolved == {"PD-8": True, "PD-9": True, "PD-1": False}


def test_bad_places_and_a_second_count_of_one_place_are_refused(depot: Station) -> None:
    before = snapshot(depot)
    for place, code in (("", RefusalCode.INVALID_INPUT), ("12", RefusalCode.INVALID_INPUT),
                        ("999999", RefusalCode.UNKNOWN_UNIT),
                        ("604001", RefusalCode.NO_BUFFER_STOCK)):
        with pytest.raises(Refused) as refused:
            counts.start_count(depot, place)
        assert refused.value.code is code
    assert snapshot(depot) == before
    view = counts.start_count(depot, UNIT)
    with pytest.raises(Refused, match="being counted already") as refused:
        counts.start_count(depot, UNIT)
    assert view.id[:8] in str(refused.value)
    with pytest.raises(Refused) as refused:
        counts.scan_into_count(depot, "nonsense", "PD-1")
    assert refused.value.code is RefusalCode.UNKNOWN_CODE
    with pytest.raises(Refused) as refused:
        counts.scan_into_count(depot, view.id, "NO-SUCH")
    assert refused.value.code is RefusalCode.UNKNOWN_PUMP


def test_units_fall_due_for_a_count_every_six_months_unless_set(depot: Station) -> None:
    in_stock(depot, UNIT, "PD-1")
    stock.set_target(depot, OTHER, "T34", 2)
    today = depot.ctx.today()
    assert [d.unit for d in counts.units_due_for_count(depot, today)] == [UNIT, OTHER]
    view = counts.start_count(depot, UNIT)
    counts.scan_into_count(depot, view.id, "PD-1")
    counts.finish_count(depot, view.id)
    assert [d.unit for d in counts.units_due_for_count(depot, today)] == [OTHER]
    due = next(d for d in counts.count_schedule(depot) if d.unit == UNIT)
    assert due.last_counted == today and due.due_on == counts.rules_counts.add_months(today, 6)
    assert [d.unit for d in counts.units_due_for_count(depot, due.due_on)] == [UNIT, OTHER]
    counts.set_count_interval(depot, 3)
    assert counts.count_interval(depot) == 3
    assert [d.unit for d in counts.units_due_for_count(
        depot, counts.rules_counts.add_months(today, 3))] == [UNIT, OTHER]
    with pytest.raises(Refused, match="1 to 60"):
        counts.set_count_interval(depot, 0)
    counter = signed_in(Station(depot.db, depot.ctx), "bo.n", ("counter",))
    with pytest.raises(Refused) as refused:
        counts.set_count_interval(counter, 12)
    assert refused.value.code is RefusalCode.ROLE_REQUIRED


def test_the_command_line_counts(cli) -> None:  # noqa: ANN001
    run = set_up(cli, ["model", "T34", "--make", "BD", "--name", "BodyGuard T", "--area",
                       "subcutaneous_infusion", "--interval", "365"],
                 ["register", "PD-1", "--model", "T34"], ["register", "PD-2", "--model", "T34"])
    code, out, err = run("count", "start", "DEPOT", "--json")
    assert code == 0, err
    count = json.loads(out)["id"]
    code, out, err = run("count", "scan", count[:8], "PD-1", "PD-1")
    assert code == 0, err
    assert "PD-1: found" in out and "PD-1: counted already" in out
    code, out, _ = run("count", "list", "--json")
    assert json.loads(out)[0]["open"] and json.loads(out)[0]["scanned"] == 1
    code, out, err = run("count", "finish", count[:8])
    assert code == 0 and "found 1" in out and "missing    PD-2" in out, err
    code, _out, err = run("count", "scan", count[:8], "PD-1")
    assert code != 0 and "was finished" in err
    code, out, err = run("count", "due", "--every", "3", "--json")
    assert code == 0 and json.loads(out) == {"every_months": 3, "units": []}, err
    code, _out, err = run("count", "lost", count[:8], "PD-1")
    assert code != 0 and "not missing" in err
    code, out, err = run("count", "lost", count[:8], "PD-2")
    assert code == 0 and "at the depot's cost" in out, err


def test_counts_are_what_their_events_say(depot: Station, tmp_path) -> None:  # noqa: ANN001
    """Replaying the log from empty gives the same counts and scans as recorded."""
    from app.persistence.database import Database
    from app.persistence.replay import projection, replay

    in_stock(depot, UNIT, "PD-1", "PD-2")
    in_stock(depot, OTHER, "PD-3")
    view = counts.start_count(depot, UNIT)
    for reg in ("PD-1", "PD-3", "PD-1"):
        counts.scan_into_count(depot, view.id, reg)
    counts.finish_count(depot, view.id)
    counts.report_missing_lost(depot, view.id, "PD-2")
    counts.start_count(depot, "DEPOT")
    rebuilt = Database(tmp_path / "rebuilt.db")
    replay(depot.db, rebuilt)
    assert projection(rebuilt)["counts"] == projection(depot.db)["counts"] != []
    assert projection(rebuilt)["count_scans"] == projection(depot.db)["count_scans"] != []
    rebuilt.dispose()
