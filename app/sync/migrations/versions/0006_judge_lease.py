"""judge lease: leadership held by a renewed lease, checked by every batch

Revision ID: c0006
Revises: c0005
Create Date: 2026-11-30

The leader judge held a session-level advisory lock; any role that may log in can take
advisory locks, so a counter could have held it and stopped every judge, and a frozen
judge's session could keep it. Leadership is now a lease in ``judge_status`` that only
the judge's role may write: the leader renews it each second and checks it, under the
row's lock, at the start of every batch it writes; a standby takes over a lease that has
run out, with the next ``epoch``, and a judge that finds another epoch there writes nothing.
"""

from alembic import op

revision = 'c0006'
down_revision = 'c0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("ALTER TABLE judge_status ADD COLUMN epoch bigint NOT NULL DEFAULT 0")
    op.execute("ALTER TABLE judge_status ADD COLUMN lease_until timestamptz NOT NULL "
               "DEFAULT '-infinity'")


def downgrade() -> None:
    op.execute("ALTER TABLE judge_status DROP COLUMN lease_until")
    op.execute("ALTER TABLE judge_status DROP COLUMN epoch")
