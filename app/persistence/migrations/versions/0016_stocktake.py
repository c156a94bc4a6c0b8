"""stocktake: counts of the depot's shelves and units' buffer stocks, and what they found

Revision ID: 0016
Revises: 0015
Create Date: 2026-11-30

Both tables are projections of the count events of the log (``app/domain/counts.py``).
A unit's stock is read at every scan of a count: pumps get an index by unit and state.
"""

from alembic import op
import sqlalchemy as sa


revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'counts',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('place', sa.String(length=10), nullable=False),
        sa.Column('started_at', sa.String(length=32), nullable=False),
        sa.Column('started_by', sa.String(length=100), nullable=False),
        sa.Column('workstation', sa.String(length=40), nullable=False),
        sa.Column('finished_at', sa.String(length=32), nullable=True),
        sa.Column('finished_by', sa.String(length=100), nullable=True),
        sa.Column('result', sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_counts')),
    )
    op.create_index(op.f('ix_counts_place'), 'counts', ['place'], unique=False)
    op.create_index('ix_pumps_unit_state', 'pumps', ['responsible_unit', 'state'],
                    unique=False)
    op.create_table(
        'count_scans',
        sa.Column('count_id', sa.String(length=36), nullable=False),
        sa.Column('pump', sa.String(length=32), nullable=False),
        sa.Column('scanned_at', sa.String(length=32), nullable=False),
        sa.Column('scanned_by', sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint('count_id', 'pump', name=op.f('pk_count_scans')),
    )


def downgrade() -> None:
    op.drop_index('ix_pumps_unit_state', table_name='pumps')
    op.drop_table('count_scans')
    op.drop_index(op.f('ix_counts_place'), table_name='counts')
    op.drop_table('counts')
