"""The central database for sync tests: the real PostgreSQL of the machine.

One database is made for the test session and dropped after it; each test gets its own
schema in it, made with ``pumpdesk central init``'s code and dropped after the test. Under
CI a server that cannot be reached fails the run instead of skipping these tests.
"""

from __future__ import annotations

import os
import uuid
from typing import Callable, Iterator

import psycopg
import pytest
from psycopg import sql

from app.sync.central import init_central

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


def schema_url(database_url: str, schema: str) -> str:
    params = psycopg.conninfo.conninfo_to_dict(database_url)
    params["options"] = f"-csearch_path={schema}"
    return psycopg.conninfo.make_conninfo(**params)


@pytest.fixture
def central_url(central_database: str) -> Iterator[str]:
    """A fresh, initialised central schema of its own."""
    schema = f"central_{uuid.uuid4().hex[:10]}"
    url = schema_url(central_database, schema)
    init_central(url)
    yield url
    with psycopg.connect(central_database, autocommit=True) as connection:
        connection.execute(sql.SQL("DROP SCHEMA {} CASCADE").format(sql.Identifier(schema)))


@pytest.fixture(scope="session")
def central_url_factory(central_database: str) -> Iterator[Callable[[], str]]:
    """Fresh initialised central schemas on demand (for Hypothesis examples, which cannot
    use a function-scoped fixture), all dropped at the end of the session."""
    made: list[str] = []

    def make() -> str:
        schema = f"central_{uuid.uuid4().hex[:10]}"
        url = schema_url(central_database, schema)
        init_central(url)
        made.append(schema)
        return url

    yield make
    with psycopg.connect(central_database, autocommit=True) as connection:
        for schema in made:
            connection.execute(sql.SQL("DROP SCHEMA {} CASCADE").format(sql.Identifier(schema)))
