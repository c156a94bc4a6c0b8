"""the whole UDI on the pump (lot, production date, expiry), and recalls

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-30
"""

from alembic import op
import sqlalchemy as sa


revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('pumps', schema=None) as batch_op:
        batch_op.add_column(sa.Column('udi_lot', sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column('udi_produced', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('udi_expires', sa.Date(), nullable=True))
        batch_op.create_index(batch_op.f('ix_pumps_udi_lot'), ['udi_lot'], unique=False)
    op.create_table(
        'recalls',
        sa.Column('reference', sa.String(length=40), nullable=False),
        sa.Column('title', sa.Text(), nullable=False),
        sa.Column('action', sa.String(length=20), nullable=False),
        sa.Column('selection', sa.JSON(), nullable=False),
        sa.Column('recorded_at', sa.String(length=32), nullable=False),
        sa.Column('recorded_by', sa.String(length=100), nullable=False),
        sa.Column('event_id', sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint('reference', name=op.f('pk_recalls')),
    )
    op.create_table(
        'recall_progress',
        sa.Column('reference', sa.String(length=40), nullable=False),
        sa.Column('pump', sa.String(length=32), nullable=False),
        sa.Column('done_at', sa.String(length=32), nullable=False),
        sa.Column('done_by', sa.String(length=100), nullable=False),
        sa.Column('how', sa.String(length=20), nullable=False),
        sa.Column('note', sa.Text(), nullable=True),
        sa.Column('event_id', sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint('reference', 'pump', name=op.f('pk_recall_progress')),
    )
    op.create_index('ix_recall_progress_pump', 'recall_progress', ['pump'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_recall_progress_pump', table_name='recall_progress')
    op.drop_table('recall_progress')
    op.drop_table('recalls')
    with op.batch_alter_table('pumps', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pumps_udi_lot'))
        batch_op.drop_column('udi_expires')
        batch_op.drop_column('udi_produced')
        batch_op.drop_column('udi_lot')
