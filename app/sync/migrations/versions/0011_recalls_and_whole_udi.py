"""recalls, and the whole UDI on the pumps' central state: the judge refuses an issue,
dispatch or prescription of a pump a recall covers until its action is done

Revision ID: c0011
Revises: c0009
Create Date: 2026-11-30

The judge keeps ``recalls`` from the recall_defined events it accepts and ``recall_done``
from recall_done events and visits back from service that name a recall. Counters never
read or write them: recalls reach them as those events, through the log.
"""

from alembic import op

revision = 'c0011'
down_revision = 'c0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("ALTER TABLE pumps ADD COLUMN udi_lot text, ADD COLUMN udi_produced date, "
               "ADD COLUMN udi_expires date")
    op.execute("""
        CREATE TABLE recalls (
            reference text PRIMARY KEY,
            title text NOT NULL,
            action text NOT NULL,
            selection jsonb NOT NULL,
            event_id text NOT NULL
        )""")
    op.execute("""
        CREATE TABLE recall_done (
            reference text NOT NULL,
            pump text NOT NULL,
            event_id text NOT NULL,
            PRIMARY KEY (reference, pump)
        )""")
    op.execute("CREATE INDEX ix_recall_done_pump ON recall_done (pump)")


def downgrade() -> None:
    op.execute("DROP TABLE recall_done")
    op.execute("DROP TABLE recalls")
    op.execute("ALTER TABLE pumps DROP COLUMN udi_expires, DROP COLUMN udi_produced, "
               "DROP COLUMN udi_lot")
