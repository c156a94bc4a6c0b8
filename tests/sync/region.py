"""A region's central database for a test: its schema made by `central init` as the
server's administrator would, its judge running on a thread of the test process, and
counters enrolled with their own roles on demand."""

from __future__ import annotations

import threading
import uuid

import psycopg
from psycopg import sql

from app.domain.refusals import RefusalCode, Refused
from app.sync.admin import Roles, _url_for, add_workstation, init_central
from app.sync.judge import Judge


def schema_url(database_url: str, schema: str) -> str:
    params = psycopg.conninfo.conninfo_to_dict(database_url)
    params["options"] = f"-csearch_path={schema}"
    return psycopg.conninfo.make_conninfo(**params)


def enroll(admin_url: str, workstation: str) -> str:
    """The counter's own URL (its role; the test server trusts local connections)."""
    try:
        credentials = add_workstation(admin_url, workstation)
    except Refused as refused:
        if refused.code is not RefusalCode.DUPLICATE:
            raise
        credentials = add_workstation(admin_url, workstation, reenroll=True)
    return credentials.url


class Region:
    def __init__(self, database_url: str, *, judge: bool = True) -> None:
        self.database_url = database_url
        self.schema = f"central_{uuid.uuid4().hex[:10]}"
        self.admin_url = schema_url(database_url, self.schema)
        init_central(self.admin_url)
        self.roles = Roles(self.schema)
        self.judge_url = _url_for(self.admin_url, self.roles.judge, None)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.judge: Judge | None = None
        if judge:
            self.start_judge()

    def counter_url(self, workstation: str) -> str:
        return enroll(self.admin_url, workstation)

    def start_judge(self, name: str = "test-judge") -> None:
        self._stop = threading.Event()
        self.judge = Judge(self.judge_url, name=name, idle_s=0.05)
        self._thread = threading.Thread(target=self.judge.run, args=(self._stop,),
                                        name=f"judge-{self.schema}", daemon=True)
        self._thread.start()
        if not self.judge.leading.wait(30):
            raise AssertionError("the judge did not take the lead within 30 s")

    def stop_judge(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(10)
            self._thread = None

    def drop(self) -> None:
        self.stop_judge()
        drop_region(self.database_url, self.schema)


def drop_region(database_url: str, schema: str) -> None:
    """The schema and the region's roles (roles belong to the whole server)."""
    with psycopg.connect(database_url, autocommit=True) as connection:
        connection.execute(sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(
            sql.Identifier(schema)))
        prefix = Roles(schema).prefix
        roles = [row[0] for row in connection.execute(
            "SELECT rolname FROM pg_roles WHERE rolname LIKE %s", (prefix + "\\_%",))]
        for role in roles:
            connection.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                               "WHERE usename = %s", (role,))
            connection.execute(sql.SQL("DROP OWNED BY {} CASCADE").format(sql.Identifier(role)))
        for role in sorted(roles, key=lambda r: r.endswith("_owner")):
            connection.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(role)))
