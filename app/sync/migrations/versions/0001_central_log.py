"""the central event log, the workstations, and every pump's central state

Revision ID: c0001
Revises:
Create Date: 2026-11-22
"""

from alembic import op

revision = 'c0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("""
        CREATE TABLE workstations (
            id text PRIMARY KEY,
            install_key text NOT NULL,
            registered_at timestamptz NOT NULL DEFAULT now(),
            last_seen timestamptz
        )""")
    # seq is drawn under the push lock as max + 1, so numbers follow commit order and
    # have no gaps: a reader polling "seq > cursor" can never pass over a late commit.
    # payload is json, not jsonb, so every workstation gets back the very text it sent.
    op.execute("""
        CREATE TABLE log (
            seq bigint PRIMARY KEY,
            event_id text NOT NULL UNIQUE,
            type text NOT NULL,
            pump text,
            actor text NOT NULL,
            workstation text NOT NULL REFERENCES workstations (id),
            occurred_at timestamptz NOT NULL,
            payload json NOT NULL,
            outcome text NOT NULL CHECK (outcome IN ('accepted', 'conflict')),
            reason jsonb,
            against text,
            received_at timestamptz NOT NULL DEFAULT now()
        )""")
    op.execute("CREATE INDEX ix_log_pump_seq ON log (pump, seq)")
    op.execute("""
        CREATE FUNCTION log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'the central event log is append-only';
        END $$""")
    op.execute("""
        CREATE TRIGGER log_append_only BEFORE UPDATE OR DELETE ON log
        FOR EACH ROW EXECUTE FUNCTION log_is_append_only()""")
    op.execute("""
        CREATE TABLE pumps (
            registration text PRIMARY KEY,
            model text NOT NULL,
            state text NOT NULL,
            since timestamptz NOT NULL,
            serial_number text,
            udi_gtin text,
            udi_serial text,
            responsible_unit text,
            loan_id text,
            last_maintenance date,
            next_maintenance date,
            service_reason text,
            open_faults integer NOT NULL,
            last_event text NOT NULL,
            last_seq bigint NOT NULL
        )""")
    op.execute("CREATE INDEX ix_pumps_state ON pumps (state)")


def downgrade() -> None:
    op.execute("DROP TABLE pumps")
    op.execute("DROP TABLE log")
    op.execute("DROP FUNCTION log_is_append_only()")
    op.execute("DROP TABLE workstations")
