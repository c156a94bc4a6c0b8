"""a pump model's replacement cost, charged for a lost pump in the lost-pumps report; the
events' index by type and time also holds the pump, so that the faults report pairs a year's
service visits from the index alone

Revision ID: 0017
Revises: 0016
Create Date: 2026-11-30
"""

from alembic import op
import sqlalchemy as sa


revision = '0017'
down_revision = '0016'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('pump_models', schema=None) as batch_op:
        batch_op.add_column(sa.Column('replacement_cost', sa.Integer(), nullable=True))
    # Plain statements, not a batch: the event log is never copied for an index.
    op.drop_index('ix_events_type_occurred_at', table_name='events')
    op.create_index('ix_events_type_occurred_at_pump', 'events',
                    ['type', 'occurred_at', 'pump'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_events_type_occurred_at_pump', table_name='events')
    op.create_index('ix_events_type_occurred_at', 'events', ['type', 'occurred_at'],
                    unique=False)
    with op.batch_alter_table('pump_models', schema=None) as batch_op:
        batch_op.drop_column('replacement_cost')
