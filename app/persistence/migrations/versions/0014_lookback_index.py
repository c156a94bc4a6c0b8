"""loan periods by pump and time: a lookback reads a pump's loans from the index alone

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-30
"""

from alembic import op


revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Covers what a lookback asks of a pump's loans (ix_loan_pumps_pump is its prefix).
    with op.batch_alter_table('loan_pumps', schema=None) as batch_op:
        batch_op.drop_index('ix_loan_pumps_pump')
        batch_op.create_index('ix_loan_pumps_pump_period',
                              ['pump', 'started_at', 'ended_at', 'loan_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('loan_pumps', schema=None) as batch_op:
        batch_op.drop_index('ix_loan_pumps_pump_period')
        batch_op.create_index('ix_loan_pumps_pump', ['pump'], unique=False)
