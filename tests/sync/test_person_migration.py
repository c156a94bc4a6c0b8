"""A central database made by PumpDesk 0.1.0 (tests/fixtures/central-0.1.0.sql, the same
region as pumpdesk-0.1.0.db) is upgraded in place by `central init`: its log is kept, with
no personal data left in it, and the person register is built from what the log said;
the 0.1.0 workstation, upgraded too, syncs with it and both registers agree."""

from __future__ import annotations

import os
import shutil
import threading
import uuid
from pathlib import Path
from typing import Iterator

import psycopg
import pytest
from psycopg import sql

from app.services import persons
from app.services.station import open_station
from app.sync.admin import Roles, init_central
from app.sync.central import Central
from app.sync.client import Sync
from app.sync.judge import Judge
from tests.sync.conftest import ADMIN_URL, _server_url, schema_url
from tests.sync.region import drop_region, enroll
from tests.sync.workload import person_register

FIXTURES = Path(__file__).parent.parent / "fixtures"


@pytest.fixture
def released_central(central_database: str) -> Iterator[str]:
    """The 0.1.0 central schema, restored into a database of its own."""
    name = f"pumpdesk_released_{os.getpid()}_{uuid.uuid4().hex[:6]}"
    with psycopg.connect(ADMIN_URL, autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    url = _server_url(name)
    try:
        with psycopg.connect(url, autocommit=True) as connection:
            connection.execute((FIXTURES / "central-0.1.0.sql").read_text())
        yield schema_url(url, "region")
    finally:
        drop_region(url, "region")
        with psycopg.connect(ADMIN_URL, autocommit=True) as admin:
            admin.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))


def _rows(url: str, query: str) -> list[tuple]:
    with psycopg.connect(url) as connection:
        return connection.execute(query).fetchall()


def test_a_0_1_0_central_database_is_upgraded_in_place(released_central: str,
                                                      tmp_path: Path) -> None:
    events = _rows(released_central, "SELECT count(*) FROM log")[0][0]
    log = _rows(released_central, "SELECT seq, event_id, outcome FROM log ORDER BY seq")
    assert _rows(released_central, "SELECT count(*) FROM log WHERE payload::text "
                                   "LIKE '%birth_date%'")[0][0] > 0
    done = init_central(released_central)
    assert _rows(released_central, "SELECT count(*) FROM log")[0][0] == events
    assert _rows(released_central, "SELECT seq, event_id, outcome FROM log ORDER BY seq") \
        == log
    # Everything is the owner role's now, which no program logs in as.
    assert {owner for (owner,) in _rows(
        released_central, "SELECT DISTINCT tableowner FROM pg_tables "
        "WHERE schemaname = 'region'")} == {Roles("region").owner}
    leaks = _rows(released_central, "SELECT payload::text FROM log WHERE payload::text "
                                    "~ '(birth_date|Anna|Utan|Erik Berg|19850312|50008920)'")
    assert leaks == []
    (anna,) = _rows(released_central, "SELECT id, key, name FROM persons "
                                      "WHERE key = '19850312-2387'")
    assert anna[2] == "Anna Utan"
    assert [k for (k,) in _rows(released_central,
                                f"SELECT key FROM person_keys WHERE person_id = '{anna[0]}' "
                                "ORDER BY position")] == ["UT-19850312-ANNA UTAN",
                                                          "LMA-50008920"]
    # The 0.1.0 workstation, upgraded in its turn, syncs and ends with the same register.
    path = tmp_path / "kassa1.db"
    shutil.copy(FIXTURES / "pumpdesk-0.1.0.db", path)
    station = open_station(path)  # it only syncs and reads: nobody need sign in
    sync = Sync(station.db, station.ctx.workstation,
                Central(enroll(released_central, station.ctx.workstation)))
    stop = threading.Event()
    judge = Judge(done.judge.url, name="upgraded", idle_s=0.05)
    serving = threading.Thread(target=judge.run, args=(stop,), daemon=True)
    serving.start()
    try:
        report = sync.cycle()
        assert report.error is None and report.pending == 0
        central_register = sorted(_rows(
            released_central, "SELECT id, kind, key, birth_date::text, name, merged_into, "
            "(SELECT string_agg(k.key, ' ' ORDER BY k.position) FROM person_keys k "
            "WHERE k.person_id = p.id) FROM persons p"))
        assert sorted(person_register(station)) == central_register
        assert persons.person_view(station, "19811228 Erik Berg - UT").identity == \
            "19811228-9874"
    finally:
        stop.set()
        serving.join(10)
        sync.close()
        station.close()
