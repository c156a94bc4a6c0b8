"""the region's staff register, kept by the judge: who may record what, everywhere

Revision ID: c0009
Revises: c0008
Create Date: 2026-11-30

The judge keeps it from the staff_defined events it accepts, and refuses an event whose
staff member is unknown, inactive or lacks the role the event needs. Counters never read or
write it: the register reaches them as those events, through the log.
"""

from alembic import op

revision = 'c0009'
down_revision = 'c0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("""
        CREATE TABLE staff (
            number text PRIMARY KEY,
            name text NOT NULL,
            roles text[] NOT NULL,
            active boolean NOT NULL,
            last_event text NOT NULL
        )""")


def downgrade() -> None:
    op.execute("DROP TABLE staff")
