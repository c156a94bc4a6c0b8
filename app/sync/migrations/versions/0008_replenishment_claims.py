"""replenishment claims: one replenishment run per region and day

Revision ID: c0008
Revises: c0007
Create Date: 2026-11-30

Two counters running the day's replenishment each dispatched pumps: units ended over their
targets, or one counter printed packing slips for pumps that went with the other's run. A
counter now hands in a claim for the day (an inbox item of kind 'claim') before it
dispatches; the judge gives the day to the first claim it takes, and the counter
dispatches only if the day is its own. Counters may read who has which day.
"""

from alembic import op

revision = 'c0008'
down_revision = 'c0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("""
        CREATE TABLE replenishment_claims (
            day date PRIMARY KEY,
            workstation text NOT NULL,
            claim_id text NOT NULL,
            actor text NOT NULL,
            claimed_at timestamptz NOT NULL DEFAULT now()
        )""")


def downgrade() -> None:
    op.execute("DROP TABLE replenishment_claims")
