"""The staff register across the region: staff added or made inactive at one counter reach
every other through the central log, and the central judge refuses an event whose staff
member is unknown, inactive or lacks the role — whatever a counter's own register says."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from app.domain.refusals import RefusalCode, Refused
from app.services import actions, staff
from app.services import sync as sync_service
from app.sync.central import Central
from app.sync.client import Sync
from tests.conftest import FakeClock, define_depot, make_station
from tests.sync.region import enroll
from tests.sync.workload import register_pumps


class Counter:
    def __init__(self, folder: Path, name: str, url: str, clock: FakeClock,
                 actor: str = "anna.k") -> None:
        self.station = make_station(folder / f"{name}.db", clock, actor=actor,
                                    workstation=name, readable_ids=False)
        self.link = Central(enroll(url, name))
        self.sync = Sync(self.station.db, name, self.link)

    def cycle(self) -> None:
        self.sync.cycle()

    def close(self) -> None:
        self.sync.close()
        self.station.close()


@pytest.fixture
def pair(tmp_path: Path, central_url: str, clock: FakeClock):  # noqa: ANN201
    one = Counter(tmp_path, "KASSA1", central_url, clock)
    two = Counter(tmp_path, "KASSA2", central_url, clock)
    define_depot(one.station)
    register_pumps(one.station, "PD", 3)
    one.cycle()
    two.cycle()
    yield one, two
    one.close()
    two.close()


def test_staff_reach_every_counter_and_an_inactive_one_signs_in_nowhere(pair) -> None:  # noqa: ANN001
    one, two = pair
    member = staff.add_staff(one.station, "bo", name="Bo Ek", roles=["counter"], pin="1357")
    one.cycle()
    two.cycle()
    assert staff.sign_in_by_card(two.station, member.card_code).name == "Bo Ek"
    assert staff.sign_in_with_pin(two.station, "bo", "1357").number == "bo"
    staff.change_staff(one.station.acting_as("anna.k"), "bo", active=False)
    one.cycle()
    two.cycle()
    for attempt in (lambda: staff.sign_in_by_card(two.station, member.card_code),
                    lambda: staff.sign_in_with_pin(two.station, "bo", "1357"),
                    lambda: staff.signed_in_member(two.station, "bo")):
        with pytest.raises(Refused) as refused:
            attempt()
        assert refused.value.code is RefusalCode.UNKNOWN_STAFF
        assert "no longer active" in refused.value.message


def test_the_judge_refuses_a_member_made_inactive_meanwhile(pair) -> None:  # noqa: ANN001
    """KASSA2 has not heard yet that bo is inactive: its return by bo is a conflict."""
    one, two = pair
    staff.add_staff(one.station, "bo", name="Bo Ek", roles=["counter"])
    one.cycle()
    two.cycle()
    staff.change_staff(one.station, "bo", active=False)
    one.cycle()
    two.station.sign_in("bo")  # as the window did before the change reached it
    actions.report_fault(two.station, "PD-1", "Alarm keeps sounding")
    two.cycle()
    reasons = [c.reason for c in sync_service.conflicts(two.station)]
    assert len(reasons) == 1 and reasons[0].code is RefusalCode.UNKNOWN_STAFF
    assert "Bo Ek (bo) is no longer active" in reasons[0].message


def test_the_judge_refuses_a_missing_role_whatever_the_counter_says(pair) -> None:  # noqa: ANN001
    """A counter whose register was changed behind the program's back (bo given the
    technician role in its file) cannot get bo's service visit past the judge."""
    one, two = pair
    staff.add_staff(one.station, "bo", name="Bo Ek", roles=["counter"])
    one.cycle()
    two.cycle()
    with closing(sqlite3.connect(two.station.db.path)) as connection, connection:
        connection.execute("UPDATE staff SET roles = '[\"counter\", \"technician\"]' "
                           "WHERE number = 'bo'")
    two.station.sign_in("bo")
    actions.send_to_service(two.station, "PD-2", reason="repair")
    two.cycle()
    reasons = [c.reason for c in sync_service.conflicts(two.station)]
    assert len(reasons) == 1 and reasons[0].code is RefusalCode.ROLE_REQUIRED
    assert "technician role" in reasons[0].message


def test_the_judge_refuses_an_unknown_staff_member(pair, tmp_path: Path, central_url: str,  # noqa: ANN001
                                                   clock: FakeClock) -> None:
    """A new counter that made its own first administrator while the region has one
    already: the region does not know them, and their events are refused."""
    one, _two = pair
    three = Counter(tmp_path, "KASSA3", central_url, clock, actor="eve")
    try:
        three.cycle()  # pulls the depot, hands in eve's own enrolment
        actions.report_fault(three.station, "PD-3", "Cracked housing")
        three.cycle()
        reasons = sorted((c.reason.code, c.reason.message)
                         for c in sync_service.conflicts(three.station))
        assert [code for code, _ in reasons] == [RefusalCode.UNKNOWN_STAFF] * 2
        assert all("No staff member has number eve" in message for _, message in reasons)
        one.cycle()
        assert "eve" not in staff.staff_names(one.station)  # refused: never applied
    finally:
        three.close()


def test_prescribers_and_product_areas_reach_every_counter(pair) -> None:  # noqa: ANN001
    from app.services import prescribers

    one, two = pair
    prescribers.define_area(one.station, "wound_care", "Sårvård")
    doctor = prescribers.add_prescriber(one.station, "Dr. Eva Lind", role="lakare",
                                        units=["602154"])
    one.cycle()
    two.cycle()
    assert [p.shown() for p in prescribers.list_prescribers(two.station)] == [doctor.shown()]
    assert prescribers.list_areas(two.station)["wound_care"] == "Sårvård"
    # The same rights everywhere: KASSA2 lends on KASSA1's prescriber, and refuses others.
    with pytest.raises(Refused):
        actions.issue_pump(two.station, "PD-1", patient="19811228-9874", unit="602154",
                           approval="BL-1", prescriber="Dr. Someone Else")
    actions.issue_pump(two.station, "PD-1", patient="19811228-9874", unit="602154",
                       approval="BL-1", prescriber=doctor.id)
    two.cycle()
    assert not sync_service.conflicts(two.station)
    # Made inactive at KASSA1: KASSA2 refuses them after its next sync.
    prescribers.change_prescriber(one.station, doctor.id, active=False)
    one.cycle()
    two.cycle()
    with pytest.raises(Refused) as refused:
        actions.issue_pump(two.station, "PD-2", patient="19811228-9874", unit="602154",
                           approval="BL-2", prescriber=doctor.id)
    assert "is no longer active" in refused.value.message
