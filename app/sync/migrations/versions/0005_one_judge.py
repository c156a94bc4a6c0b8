"""one judge: an inbox counters hand in to, the judge's status, counters known by role

Revision ID: c0005
Revises: c0004
Create Date: 2026-11-30

Counters no longer write the log or the register: each hands its events and register
changes in to ``inbox`` (as its own database role, its rows checked by row-level security
against that role), and the central judge (``pumpdesk central serve``), the only writer of
the log, judges them in order. The grants and policies themselves name roles, which
``pumpdesk central init`` makes and grants after the migrations (``app/sync/admin.py``).
"""

from alembic import op

revision = 'c0005'
down_revision = 'c0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A workstation is its database role now; install keys were readable by every counter.
    op.execute("ALTER TABLE workstations DROP COLUMN install_key")
    op.execute("ALTER TABLE workstations ADD COLUMN role text UNIQUE")
    op.execute("ALTER TABLE workstations ADD COLUMN removed_at timestamptz")
    op.execute("ALTER TABLE workstations ADD COLUMN enrollment integer NOT NULL DEFAULT 0")
    # The function a counter's rows are checked by: which workstation the session's role is.
    op.execute("""
        CREATE FUNCTION my_workstation() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
        AS $$ SELECT id FROM workstations WHERE role = session_user AND removed_at IS NULL $$
        """)
    op.execute("ALTER FUNCTION my_workstation() SET search_path FROM CURRENT")
    op.execute("""
        CREATE TABLE inbox (
            id text PRIMARY KEY,
            seq bigserial UNIQUE,
            workstation text NOT NULL DEFAULT my_workstation(),
            kind text NOT NULL CHECK (kind IN ('event', 'person', 'claim')),
            format integer NOT NULL,
            body json NOT NULL,
            received_at timestamptz NOT NULL DEFAULT now()
        )""")
    op.execute("ALTER TABLE inbox ENABLE ROW LEVEL SECURITY")
    op.execute("""
        CREATE TABLE judge_status (
            id integer PRIMARY KEY CHECK (id = 1),
            format integer NOT NULL,
            version text NOT NULL,
            leader text NOT NULL,
            started_at timestamptz NOT NULL,
            heartbeat timestamptz NOT NULL
        )""")
    # Verdicts travel as the judge wrote them: the same text at every counter.
    op.execute("ALTER TABLE log ALTER COLUMN reason TYPE json USING reason::json")
    op.execute("ALTER TABLE log ADD COLUMN judged_at timestamptz")
    # Row triggers do not fire on TRUNCATE: a statement trigger does.
    op.execute("""
        CREATE TRIGGER log_no_truncate BEFORE TRUNCATE ON log
        FOR EACH STATEMENT EXECUTE FUNCTION log_is_append_only()""")


def downgrade() -> None:
    op.execute("DROP TRIGGER log_no_truncate ON log")
    op.execute("ALTER TABLE log DROP COLUMN judged_at")
    op.execute("ALTER TABLE log ALTER COLUMN reason TYPE jsonb USING reason::jsonb")
    op.execute("DROP TABLE judge_status")
    op.execute("DROP TABLE inbox")
    op.execute("DROP FUNCTION my_workstation()")
    op.execute("ALTER TABLE workstations DROP COLUMN enrollment")
    op.execute("ALTER TABLE workstations DROP COLUMN removed_at")
    op.execute("ALTER TABLE workstations DROP COLUMN role")
    op.execute("ALTER TABLE workstations ADD COLUMN install_key text")
