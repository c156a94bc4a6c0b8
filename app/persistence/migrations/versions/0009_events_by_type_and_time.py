"""events by type and time: today's returns without reading the whole log

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30
"""

from alembic import op


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.create_index('ix_events_type_occurred_at', ['type', 'occurred_at'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_index('ix_events_type_occurred_at')
