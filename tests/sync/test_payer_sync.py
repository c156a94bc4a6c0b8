"""Payers across the region: a payer and a unit's payer set at one counter reach every
other through the central log, loans there are billed to it, and the central judge refuses
a payer change by a staff member without the administrator role whatever a counter's own
register says."""

from __future__ import annotations

import sqlite3
from contextlib import closing

from app.domain.refusals import RefusalCode
from app.services import actions, payers, queries, staff
from app.services import sync as sync_service
from tests.sync.test_staff_sync import Counter, pair  # noqa: F401 - the fixture


def test_a_payer_set_at_one_counter_bills_loans_at_another(
        pair: tuple[Counter, Counter]) -> None:  # noqa: F811
    one, two = pair
    payer = payers.add_payer(one.station, "Region Skåne, SUS",
                             invoice_address="Box 1; 221 00 Lund", reference="NUT 7450")
    payers.set_unit_payer(one.station, "602154", payer.id, area="subcutaneous_infusion")
    one.cycle()
    two.cycle()
    [entry] = payers.list_payers(two.station)
    assert entry.payer == payer and entry.pays_for == (("602154", "subcutaneous_infusion"),)
    # PD-2 is a T34 (subcutaneous infusion): KASSA2 bills it to KASSA1's payer.
    actions.issue_pump(two.station, "PD-2", patient="19811228-9874", unit="602154",
                       approval="BL-1")
    two.cycle()
    one.cycle()
    assert not sync_service.conflicts(two.station)
    for counter in (one, two):
        [loan] = queries.list_loans(counter.station)
        assert (loan["pump"], loan["payer_id"], loan["payer"], loan["payer_address"]) == (
            "PD-2", payer.id, "Region Skåne, SUS", "Box 1\n221 00 Lund")


def test_the_judge_refuses_a_payer_set_without_the_administrator_role(
        pair: tuple[Counter, Counter]) -> None:  # noqa: F811
    """bo holds the counter role only; KASSA2's file was changed to make bo an
    administrator. KASSA2 lets bo set a payer; the judge does not: KASSA1 never hears of
    it, and KASSA2 takes it back, back to the payer the region accepted."""
    one, two = pair
    staff.add_staff(one.station, "bo", name="Bo Ek", roles=["counter"])
    region = payers.add_payer(one.station, "Region Skåne, SUS", invoice_address="Box 1")
    payers.set_unit_payer(one.station, "602154", region.id)
    one.cycle()
    two.cycle()
    with closing(sqlite3.connect(two.station.db.path)) as connection, connection:
        connection.execute("UPDATE staff SET roles = '[\"administrator\", \"counter\"]' "
                           "WHERE number = 'bo'")
    two.station.sign_in("bo")
    payer = payers.add_payer(two.station, "Bo's own AB", invoice_address="Box 9")
    payers.set_unit_payer(two.station, "602154", payer.id)
    assert payers.unit_payers(two.station, "602154")[1][0].payer.id == payer.id
    two.cycle()
    reasons = [c.reason for c in sync_service.conflicts(two.station)]
    assert [r.code for r in reasons] == [RefusalCode.ROLE_REQUIRED] * 2
    assert all("administrator role" in r.message for r in reasons)
    one.cycle()
    for counter in (one, two):
        assert [e.payer.id for e in payers.list_payers(counter.station)] == [region.id]
        assert payers.unit_payers(counter.station, "602154")[1][0].payer.id == region.id
