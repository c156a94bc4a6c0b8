"""central sync: outbox, the central order, conflicts

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""

from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sync_outbox',
    sa.Column('event_id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_sync_outbox_event_id_events')),
    sa.PrimaryKeyConstraint('event_id', name=op.f('pk_sync_outbox'))
    )
    op.create_table('sync_log',
    sa.Column('central_seq', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('event_id', sa.String(length=36), nullable=False),
    sa.Column('outcome', sa.String(length=12), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_sync_log_event_id_events')),
    sa.PrimaryKeyConstraint('central_seq', name=op.f('pk_sync_log')),
    sa.UniqueConstraint('event_id', name=op.f('uq_sync_log_event_id'))
    )
    op.create_table('sync_conflicts',
    sa.Column('event_id', sa.String(length=36), nullable=False),
    sa.Column('pump', sa.String(length=32), nullable=True),
    sa.Column('reason', sa.JSON(), nullable=False),
    sa.Column('against_event_id', sa.String(length=36), nullable=True),
    sa.Column('central_seq', sa.Integer(), nullable=False),
    sa.Column('resolved_by', sa.String(length=36), nullable=True),
    sa.Column('resolved_actor', sa.String(length=100), nullable=True),
    sa.Column('resolved_at', sa.String(length=32), nullable=True),
    sa.Column('resolution', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_sync_conflicts_event_id_events')),
    sa.PrimaryKeyConstraint('event_id', name=op.f('pk_sync_conflicts'))
    )
    with op.batch_alter_table('sync_conflicts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_conflicts_central_seq'), ['central_seq'], unique=False)
    # Everything recorded before sync existed is this workstation's own and still unsent.
    op.execute("INSERT INTO sync_outbox (event_id) SELECT id FROM events ORDER BY seq")


def downgrade() -> None:
    with op.batch_alter_table('sync_conflicts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_conflicts_central_seq'))
    op.drop_table('sync_conflicts')
    op.drop_table('sync_log')
    op.drop_table('sync_outbox')
