"""buffer stocks: targets, requests, replenishment runs

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21
"""

from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('replenishment_runs',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('ran_at', sa.String(length=32), nullable=False),
    sa.Column('ran_by', sa.String(length=100), nullable=False),
    sa.Column('lines', sa.JSON(), nullable=False),
    sa.Column('shortages', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_replenishment_runs'))
    )
    with op.batch_alter_table('replenishment_runs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_replenishment_runs_day'), ['day'], unique=False)

    op.create_table('buffer_targets',
    sa.Column('unit', sa.String(length=6), nullable=False),
    sa.Column('model', sa.String(length=32), nullable=False),
    sa.Column('target', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['model'], ['pump_models.code'], name=op.f('fk_buffer_targets_model_pump_models')),
    sa.ForeignKeyConstraint(['unit'], ['care_units.customer_number'], name=op.f('fk_buffer_targets_unit_care_units')),
    sa.PrimaryKeyConstraint('unit', 'model', name=op.f('pk_buffer_targets'))
    )
    op.create_table('target_requests',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('unit', sa.String(length=6), nullable=False),
    sa.Column('model', sa.String(length=32), nullable=False),
    sa.Column('requested', sa.Integer(), nullable=False),
    sa.Column('requester', sa.String(length=200), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('requested_at', sa.String(length=32), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('decided_by', sa.String(length=100), nullable=True),
    sa.Column('decided_at', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['model'], ['pump_models.code'], name=op.f('fk_target_requests_model_pump_models')),
    sa.ForeignKeyConstraint(['unit'], ['care_units.customer_number'], name=op.f('fk_target_requests_unit_care_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_target_requests'))
    )
    with op.batch_alter_table('target_requests', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_target_requests_unit'), ['unit'], unique=False)

    with op.batch_alter_table('pumps', schema=None) as batch_op:
        batch_op.create_index('ix_pumps_model_state_since', ['model_code', 'state', 'since'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('pumps', schema=None) as batch_op:
        batch_op.drop_index('ix_pumps_model_state_since')

    with op.batch_alter_table('target_requests', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_target_requests_unit'))

    op.drop_table('target_requests')
    op.drop_table('buffer_targets')
    with op.batch_alter_table('replenishment_runs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_replenishment_runs_day'))

    op.drop_table('replenishment_runs')
