"""A workstation database made by PumpDesk 0.1.0 (tests/fixtures/pumpdesk-0.1.0.db, see
make_0.1.0_fixtures.py) upgrades to the person register: its people become records, its
log keeps no personal data, and no copy of the old payloads is left in the file."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

from tests.conftest import signed_in
from app.persistence.database import Database
from app.persistence.replay import projection, replay
from app.services import actions, persons
from app.services.station import open_station

FIXTURE = Path(__file__).parent.parent / "fixtures" / "pumpdesk-0.1.0.db"


def _query(path: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(path) as connection:
        return connection.execute(sql).fetchall()


def test_a_0_1_0_database_upgrades_to_the_person_register(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copy(FIXTURE, path)
    old_people = _query(path, "SELECT id, kind, key, name FROM patients")
    old_loans = _query(path, "SELECT id, patient_id FROM loans")
    station = signed_in(open_station(path))

    # The people are records; what they were is kept as earlier identities.
    assert sorted(_query(path, "SELECT id, kind, key, name FROM persons "
                               "WHERE merged_into IS NULL")) == sorted(old_people)
    anna = persons.person_view(station, "UT 19850312 Anna Utan")
    assert (anna.identity, anna.earlier) == ("19850312-2387",
                                             ("UT-19850312-ANNA UTAN", "LMA-50008920"))
    erik = persons.person_view(station, "19811228 Erik Berg - UT")  # merged, still found
    assert erik.identity == "19811228-9874" and len(erik.loans) == 2
    assert len(old_loans) == _query(path, "SELECT count(*) FROM loans")[0][0]

    # No personal data in any event payload, and none of the old payloads' text in the file.
    personal = {text for _, _, key, name in old_people for text in (key, name) if text}
    personal |= {key[-13:] for _, _, key, _ in old_people}  # birth date and digits
    for (payload,) in _query(path, "SELECT payload FROM events"):
        patient = json.loads(payload).get("patient")
        assert patient is None or set(patient) in ({"person"}, {"kind"}), payload
        assert "birth_date" not in payload, payload
        assert not [text for text in personal if text in payload], payload
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("old.db*"))
    assert b'"patient": {"id"' not in raw and b'"to": {"kind"' not in raw

    # The tables still say what the log says, and work goes on from them.
    rebuilt = Database(tmp_path / "rebuilt.db")
    replay(station.db, rebuilt)
    assert projection(rebuilt) == projection(station.db)
    ready = [reg for (reg,) in _query(path, "SELECT registration FROM pumps WHERE state = "
                                            "'ready' AND next_maintenance > date('now')")]
    actions.issue_pump(station, ready[0], patient="19811228 Erik Berg - UT", unit="602154",
                       approval="BL-9")
    assert len(persons.person_view(station, "19811228-9874").loans) == 3
    # The register goes to the central database at the next sync, every record once.
    pending = [json.loads(change)["op"] for (change,) in
               _query(path, "SELECT change FROM person_outbox ORDER BY seq")]
    assert pending.count("register") == len(old_people) and "merge" in pending
    station.close()
