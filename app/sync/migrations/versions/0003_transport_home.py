"""the counter a transport pump goes back to, in every pump's central state

Revision ID: c0003
Revises: c0002
Create Date: 2026-11-30
"""

from alembic import op

revision = 'c0003'
down_revision = 'c0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("ALTER TABLE pumps ADD COLUMN return_to text")
    op.execute("""
        UPDATE pumps SET return_to = log.workstation FROM log
        WHERE pumps.state = 'on_transport_loan' AND log.event_id = pumps.last_event""")


def downgrade() -> None:
    op.execute("ALTER TABLE pumps DROP COLUMN return_to")
