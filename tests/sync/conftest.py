"""The central database for sync tests: the real PostgreSQL of the machine.

One database is made for the test session and dropped after it; each test gets its own
schema in it, made with ``pumpdesk central init``'s code and dropped after the test. Under
CI a server that cannot be reached fails the run instead of skipping these tests.
"""

from __future__ import annotations

import os
import uuid
from typing import TYPE_CHECKING, Callable, Iterator

import psycopg
import pytest
from psycopg import sql

from tests.sync.region import Region, schema_url  # noqa: F401 - re-exported

if TYPE_CHECKING:
    from tests.sync.private_cluster import PrivateCluster

#: A central database that cannot be reached: nothing listens on port 1.
UNREACHABLE = "postgresql://postgres@127.0.0.1:1/none?connect_timeout=1"
ADMIN_URL = os.environ.get("PUMPDESK_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")


def _server_url(dbname: str) -> str:
    params = psycopg.conninfo.conninfo_to_dict(ADMIN_URL)
    params["dbname"] = dbname
    return psycopg.conninfo.make_conninfo(**params)


@pytest.fixture(scope="session")
def central_database() -> Iterator[str]:
    try:
        admin = psycopg.connect(ADMIN_URL, autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as error:
        if os.environ.get("CI"):
            pytest.fail(f"the central PostgreSQL at {ADMIN_URL} is needed under CI: {error}")
        pytest.skip(f"no PostgreSQL at {ADMIN_URL}: {error}")
    name = f"pumpdesk_test_{os.getpid()}_{uuid.uuid4().hex[:6]}"
    with admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        try:
            yield _server_url(name)
        finally:
            admin.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))


@pytest.fixture
def region(central_database: str) -> Iterator[Region]:
    """A fresh region: its central schema made by `central init`, its judge running."""
    made = Region(central_database)
    yield made
    made.drop()


@pytest.fixture
def central_url(region: Region) -> str:
    """The region's central database as its administrator reaches it (counters enroll with
    ``tests.sync.region.enroll``)."""
    return region.admin_url


@pytest.fixture(scope="session")
def central_url_factory(central_database: str) -> Iterator[Callable[[], str]]:
    """Fresh regions on demand (for Hypothesis examples, which cannot use a function-scoped
    fixture), each with its judge, all dropped at the end of the session."""
    made: list[Region] = []

    def make() -> str:
        made.append(Region(central_database))
        return made[-1].admin_url

    yield make
    for region in made:
        region.drop()


@pytest.fixture(scope="session")
def private_cluster() -> Iterator["PrivateCluster"]:
    """A PostgreSQL server of the session's own, with passwords and TLS (see
    private_cluster.py). Under CI it must be made; elsewhere it may be skipped."""
    from tests.sync.private_cluster import PrivateCluster, available

    why = available()
    if why is not None:
        if os.environ.get("CI"):
            pytest.fail(f"a private PostgreSQL is needed under CI: {why}")
        pytest.skip(why)
    cluster = PrivateCluster()
    yield cluster
    cluster.stop()
