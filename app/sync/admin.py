"""Setting up the central database for a region, as its database administrator does:
the schema and its roles (``init_central``), and each counter's own login role
(``add_workstation``, ``remove_workstation``).

Roles, all named after the region's schema S:

* ``pd_S_owner`` (no login) owns the schema and everything in it; no program uses it.
* ``pd_S_judge`` logs in as the central judge, ``pumpdesk central serve``: the one writer of
  the log, the pumps' central state and the person register.
* ``pd_S_counter`` (no login) is what every counter may do: hand in to the inbox, as
  itself, and read what it pulls.
* ``pd_S_ws_ID`` logs in as the counter ID, a member of ``pd_S_counter``.

Nothing a counter may do reaches another counter's credentials or identity, the log, or
any table's definition: no UPDATE, DELETE, TRUNCATE, DDL or trigger change anywhere.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from app.domain.refusals import RefusalCode, Refused, Unworkable
from app.sync.connection import connect, connection_params, schema_of

MIGRATIONS = Path(__file__).with_name("migrations")
WORKSTATION_PATTERN = re.compile(r"[A-Z0-9][A-Z0-9-]{0,15}")

#: What a role may do, table by table (the rest is revoked).
COUNTER_READS = ("log", "persons", "person_keys", "judge_status", "replenishment_claims")
JUDGE_GRANTS = {
    "log": "SELECT, INSERT",
    "inbox": "SELECT, DELETE",
    "pumps": "SELECT, INSERT, UPDATE",
    "persons": "SELECT, INSERT, UPDATE",
    "person_keys": "SELECT, INSERT, DELETE",
    "protected_prescriptions": "SELECT, INSERT",
    "loan_numbers": "SELECT, INSERT",
    "withdrawal_numbers": "SELECT, INSERT",
    "protected_orders": "SELECT, INSERT, DELETE",
    "replenishment_claims": "SELECT, INSERT",
    "workstations": "SELECT",
    "judge_status": "SELECT, INSERT, UPDATE",
    "staff": "SELECT, INSERT, UPDATE",
    "workstation_copies": "SELECT, INSERT, UPDATE",
    "recalls": "SELECT, INSERT, UPDATE",
    "recall_done": "SELECT, INSERT",
}


#: What the server holds each login role to, so that no session — a laptop gone to
#: sleep mid-transaction, a frozen process whose kernel still answers keepalives, a
#: half-open connection — keeps anything for long. Set on the login roles themselves
#: (a group role's settings are not inherited). A role can loosen its own settings, so
#: they bound the honest counters' failures; nothing a counter holds blocks another.
#: ``jit`` is off for every PumpDesk role: its statements are short, and a plan whose
#: row estimates overshoot (tables autovacuum has not analysed yet) was JIT-compiled at
#: every call, ten times the statement's own time.
COUNTER_SETTINGS = {"statement_timeout": "30s", "lock_timeout": "5s",
                    "idle_in_transaction_session_timeout": "10s",
                    "idle_session_timeout": "5min", "jit": "off"}
#: The judge polls every few milliseconds; silent for seconds, it is frozen or cut off,
#: and its session ends so that a standby's takeover cannot wait on it.
JUDGE_SETTINGS = {"statement_timeout": "20s", "lock_timeout": "5s",
                  "idle_in_transaction_session_timeout": "5s",
                  "idle_session_timeout": "5s", "jit": "off"}


def _hold_to(connection: psycopg.Connection[Any], role: str, settings: dict[str, str]) -> None:
    for name, value in settings.items():
        connection.execute(sql.SQL("ALTER ROLE {} SET {} = {}").format(
            sql.Identifier(role), sql.Identifier(name), sql.Literal(value)))


@dataclass(frozen=True)
class Roles:
    schema: str

    @property
    def prefix(self) -> str:
        return f"pd_{self.schema}".lower()

    @property
    def owner(self) -> str:
        return f"{self.prefix}_owner"

    @property
    def judge(self) -> str:
        return f"{self.prefix}_judge"

    @property
    def counter(self) -> str:
        return f"{self.prefix}_counter"

    def workstation(self, workstation: str) -> str:
        return f"{self.prefix}_ws_{workstation.lower().replace('-', '_')}"


@dataclass(frozen=True)
class Credentials:
    """A role's login, to carry to where it is used (shown once)."""

    role: str
    password: str | None
    url: str
    #: A counter's order series (the two digits after the U of its withdrawal numbers).
    series: int | None = None


def _role_exists(connection: psycopg.Connection[Any], role: str) -> bool:
    return connection.execute("SELECT 1 FROM pg_roles WHERE rolname = %s",
                              (role,)).fetchone() is not None


def _url_for(admin_url: str, role: str, password: str | None) -> str:
    params = conninfo_to_dict(admin_url)
    for secret in ("password", "sslpassword", "passfile"):
        params.pop(secret, None)
    params["user"] = role
    if password:
        params["password"] = password
    return make_conninfo(**params)


def _refused(error: psycopg.Error) -> Unworkable:
    """The server would not let this role do it: not a rule of ours, the wrong role."""
    return Unworkable(RefusalCode.CENTRAL_REFUSED,
                      "The central database refused: {why}. Ask its administrator to run "
                      "this as a role that may create roles and schemas.",
                      why=str(error).strip().splitlines()[0])


# -- the schema and its roles -----------------------------------------------------------------


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config(None)).get_current_head() or ""


def _alembic_config(engine: Any) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


@dataclass(frozen=True)
class Initialised:
    revision: str
    schema: str
    #: The judge's login, when this run made it (its password is shown this once).
    judge: Credentials | None


def init_central(admin_url: str) -> Initialised:
    """Create or upgrade the region's schema (the first of the URL's search path), owned by
    its owner role, with the judge's and the counters' roles and what each may do. Run by
    the database administrator; running it again upgrades and changes nothing else."""
    try:
        with connect(admin_url, autocommit=True) as connection:
            schema = schema_of(connection)
            roles = Roles(schema)
            judge = _make_roles(connection, roles, admin_url)
            _own_schema(connection, roles)
        revision = _migrate(admin_url, roles)
        with connect(admin_url, autocommit=True) as connection:
            _grant(connection, roles)
    except psycopg.errors.InsufficientPrivilege as error:
        raise _refused(error) from error
    return Initialised(revision, schema, judge)


def _make_roles(connection: psycopg.Connection[Any], roles: Roles,
                admin_url: str) -> Credentials | None:
    for role in (roles.owner, roles.counter):
        if not _role_exists(connection, role):
            connection.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(role)))
    # The administrator acts as the owner for the migrations.
    connection.execute(sql.SQL("GRANT {} TO CURRENT_USER").format(
        sql.Identifier(roles.owner)))
    if _role_exists(connection, roles.judge):
        return None
    password = secrets.token_urlsafe(24)
    connection.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
        sql.Identifier(roles.judge), sql.Literal(password)))
    return Credentials(roles.judge, password, _url_for(admin_url, roles.judge, password))


def _own_schema(connection: psycopg.Connection[Any], roles: Roles) -> None:
    """The schema, and all a release before the roles made in it, belong to the owner."""
    schema = sql.Identifier(roles.schema)
    owner = sql.Identifier(roles.owner)
    connection.execute(sql.SQL("CREATE SCHEMA IF NOT EXISTS {} AUTHORIZATION {}").format(
        schema, owner))
    connection.execute(sql.SQL("ALTER SCHEMA {} OWNER TO {}").format(schema, owner))
    objects = connection.execute(
        "SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n "
        "ON n.oid = c.relnamespace WHERE n.nspname = %s AND c.relkind IN ('r', 'S', 'v') "
        "AND pg_get_userbyid(c.relowner) <> %s", (roles.schema, roles.owner)).fetchall()
    for name, kind in objects:
        what = {"r": "TABLE", "S": "SEQUENCE", "v": "VIEW"}[kind]
        connection.execute(sql.SQL("ALTER {} {}.{} OWNER TO {}").format(
            sql.SQL(what), schema, sql.Identifier(name), owner))
    functions = connection.execute(
        "SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n "
        "ON n.oid = p.pronamespace WHERE n.nspname = %s", (roles.schema,)).fetchall()
    for (signature,) in functions:
        connection.execute(sql.SQL("ALTER FUNCTION {} OWNER TO {}").format(
            sql.SQL(signature), owner))


def _migrate(admin_url: str, roles: Roles) -> str:
    from alembic import command
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    def as_owner() -> psycopg.Connection[Any]:
        connection = psycopg.connect(**connection_params(admin_url))
        connection.execute(sql.SQL("SET ROLE {}").format(sql.Identifier(roles.owner)))
        connection.commit()
        return connection

    engine = create_engine("postgresql+psycopg://", poolclass=NullPool, creator=as_owner)
    try:
        command.upgrade(_alembic_config(engine), "head")
        with engine.connect() as connection:
            return str(connection.exec_driver_sql(
                "SELECT version_num FROM alembic_version").scalar())
    finally:
        engine.dispose()


def _grant(connection: psycopg.Connection[Any], roles: Roles) -> None:
    """What each role may do, and nothing more; the same every time it runs."""
    schema = sql.Identifier(roles.schema)
    judge, counter = sql.Identifier(roles.judge), sql.Identifier(roles.counter)
    execute = connection.execute
    execute(sql.SQL("REVOKE ALL ON SCHEMA {} FROM PUBLIC").format(schema))
    execute(sql.SQL("GRANT USAGE ON SCHEMA {} TO {}, {}").format(schema, judge, counter))
    execute(sql.SQL("REVOKE ALL ON ALL TABLES IN SCHEMA {} FROM PUBLIC, {}, {}").format(
        schema, judge, counter))
    execute(sql.SQL("REVOKE ALL ON ALL SEQUENCES IN SCHEMA {} FROM PUBLIC, {}, {}").format(
        schema, judge, counter))
    execute(sql.SQL("REVOKE ALL ON ALL FUNCTIONS IN SCHEMA {} FROM PUBLIC").format(schema))
    for table in COUNTER_READS:
        execute(sql.SQL("GRANT SELECT ON {}.{} TO {}").format(
            schema, sql.Identifier(table), counter))
    execute(sql.SQL("GRANT INSERT (id, kind, format, body, copy, replaces) ON {}.inbox TO {}"
                    ).format(
        schema, counter))
    # Handing an item in again is taken once (ON CONFLICT reads the id): a counter sees
    # the ids of its own items waiting in the inbox, nothing else.
    execute(sql.SQL("GRANT SELECT (id) ON {}.inbox TO {}").format(schema, counter))
    execute(sql.SQL("GRANT USAGE ON SEQUENCE {}.inbox_seq_seq TO {}").format(schema, counter))
    execute(sql.SQL("GRANT EXECUTE ON FUNCTION {}.my_workstation() TO {}, {}").format(
        schema, counter, judge))
    execute(sql.SQL("GRANT EXECUTE ON FUNCTION {}.my_copy() TO {}").format(schema, counter))
    execute(sql.SQL("GRANT EXECUTE ON FUNCTION {}.my_series() TO {}").format(schema, counter))
    for table, privileges in JUDGE_GRANTS.items():
        execute(sql.SQL("GRANT {} ON {}.{} TO {}").format(
            sql.SQL(privileges), schema, sql.Identifier(table), judge))
    execute(sql.SQL("GRANT USAGE, UPDATE ON SEQUENCE {}.person_version TO {}").format(
        schema, judge))
    # A counter's row in the inbox is its own, and so is every event in it. The counter's
    # workstation is asked once per statement (a sub-select), not per row: the function is
    # a security definer's, never inlined; a hand-in is a thousand rows, and a waiting
    # counter's look passes over every other counter's.
    for policy in ("counter_hands_in", "counter_sees_own", "judge_takes"):
        execute(sql.SQL("DROP POLICY IF EXISTS {} ON {}.inbox").format(
            sql.Identifier(policy), schema))
    execute(sql.SQL(
        "CREATE POLICY counter_hands_in ON {}.inbox FOR INSERT TO {} WITH CHECK ("
        "workstation = (SELECT {}.my_workstation()) AND (kind <> 'event' "
        "OR body->>'workstation' = (SELECT {}.my_workstation())))").format(
        schema, counter, schema, schema))
    execute(sql.SQL("CREATE POLICY counter_sees_own ON {}.inbox FOR SELECT TO {} "
                    "USING (workstation = (SELECT {}.my_workstation()))").format(
        schema, counter, schema))
    execute(sql.SQL("CREATE POLICY judge_takes ON {}.inbox FOR ALL TO {} "
                    "USING (true) WITH CHECK (true)").format(schema, judge))
    _hold_to(connection, roles.judge, JUDGE_SETTINGS)
    enrolled = execute(sql.SQL("SELECT role FROM {}.workstations WHERE role IS NOT NULL")
                       .format(schema)).fetchall()
    for (role,) in enrolled:
        if _role_exists(connection, role):
            _hold_to(connection, role, COUNTER_SETTINGS)


# -- counters ---------------------------------------------------------------------------------


def check_workstation_id(workstation: str) -> str:
    ident = (workstation or "").strip().upper()
    if not WORKSTATION_PATTERN.fullmatch(ident):
        raise Refused(RefusalCode.INVALID_INPUT,
                      "'{workstation}' is not a workstation id: capital letters, digits and "
                      "dashes, at most 16 (for instance KASSA1).", workstation=workstation)
    return ident


def add_workstation(admin_url: str, workstation: str, *, reenroll: bool = False
                    ) -> Credentials:
    """A counter's own login role, with a new password (shown once). ``reenroll`` gives a
    counter that lost its database (or its password) new credentials under its old id, and
    ends a clash of two databases running as it: the one enrolled anew is kept."""
    ident = check_workstation_id(workstation)
    password = secrets.token_urlsafe(24)
    try:
        with connect(admin_url, autocommit=True) as connection:
            roles = Roles(schema_of(connection))
            role = roles.workstation(ident)
            exists = _role_exists(connection, role)
            if exists and not reenroll:
                raise Refused(RefusalCode.DUPLICATE,
                              "Workstation {workstation} is already enrolled: to give it new "
                              "credentials (a counter that lost its database or password), "
                              "add it again with --reenroll.", workstation=ident)
            statement = "ALTER ROLE {} LOGIN PASSWORD {}" if exists else \
                "CREATE ROLE {} LOGIN PASSWORD {}"
            connection.execute(sql.SQL(statement).format(sql.Identifier(role),
                                                         sql.Literal(password)))
            connection.execute(sql.SQL("GRANT {} TO {}").format(
                sql.Identifier(roles.counter), sql.Identifier(role)))
            _hold_to(connection, role, COUNTER_SETTINGS)
            with connection.transaction():
                connection.execute(
                    sql.SQL("INSERT INTO {}.workstations (id, role) VALUES (%s, %s) "
                            "ON CONFLICT (id) DO UPDATE SET role = EXCLUDED.role, "
                            "removed_at = NULL, enrollment = {}.workstations.enrollment + 1"
                            ).format(sql.Identifier(roles.schema), sql.Identifier(roles.schema)),
                    (ident, role))
                if reenroll:  # the database kept from now on is the one enrolled anew
                    connection.execute(sql.SQL("DELETE FROM {}.workstation_copies "
                                               "WHERE workstation = %s").format(
                        sql.Identifier(roles.schema)), (ident,))
                series = _order_series(connection, roles.schema, ident)
    except psycopg.errors.InsufficientPrivilege as error:
        raise _refused(error) from error
    return Credentials(role, password, _url_for(admin_url, role, password), series)


def _order_series(connection: psycopg.Connection[Any], schema: str, ident: str) -> int:
    """The workstation's order series: kept if it has one (enrolled anew), else the lowest
    free one, 1-99 (a removed workstation keeps its own: numbers are never given twice)."""
    table = sql.SQL("{}.workstations").format(sql.Identifier(schema))
    connection.execute(sql.SQL("LOCK TABLE {} IN SHARE ROW EXCLUSIVE MODE").format(table))
    row = connection.execute(sql.SQL(
        "UPDATE {} SET order_series = coalesce(order_series, ("
        "SELECT min(s) FROM generate_series(1, 99) AS s WHERE s NOT IN ("
        "SELECT order_series FROM {} WHERE order_series IS NOT NULL))) "
        "WHERE id = %s RETURNING order_series").format(table, table), (ident,)).fetchone()
    if row is None or row[0] is None:
        raise Refused(RefusalCode.DUPLICATE,
                      "All 99 order series of the region are given: workstation "
                      "{workstation} cannot number orders of consumables.", workstation=ident)
    return int(row[0])


def remove_workstation(admin_url: str, workstation: str) -> None:
    """The counter can no longer log in; its open sessions end now."""
    ident = check_workstation_id(workstation)
    try:
        with connect(admin_url, autocommit=True) as connection:
            roles = Roles(schema_of(connection))
            role = roles.workstation(ident)
            if not _role_exists(connection, role):
                raise Refused(RefusalCode.UNKNOWN_CODE,
                              "No workstation {workstation} is enrolled.", workstation=ident)
            connection.execute(sql.SQL("ALTER ROLE {} NOLOGIN").format(sql.Identifier(role)))
            connection.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                               "WHERE usename = %s", (role,))
            connection.execute(sql.SQL("UPDATE {}.workstations SET removed_at = now() "
                                       "WHERE id = %s").format(sql.Identifier(roles.schema)),
                               (ident,))
    except psycopg.errors.InsufficientPrivilege as error:
        raise _refused(error) from error
