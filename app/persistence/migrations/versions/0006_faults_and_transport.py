"""faults that match what happened, and transport loans that come home

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30
"""

from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('pumps', schema=None) as batch_op:
        batch_op.add_column(sa.Column('return_to', sa.String(length=64), nullable=True))
    with op.batch_alter_table('loans', schema=None) as batch_op:
        batch_op.add_column(sa.Column('due_on', sa.Date(), nullable=True))
    with op.batch_alter_table('fault_reports', schema=None) as batch_op:
        batch_op.add_column(sa.Column('repair', sa.Text(), nullable=True))
    # Transport loans on the road come back to the counter that lent them.
    op.execute("UPDATE pumps SET return_to = (SELECT workstation FROM loans "
               "WHERE loans.id = pumps.loan_id) WHERE state = 'on_transport_loan'")


def downgrade() -> None:
    with op.batch_alter_table('fault_reports', schema=None) as batch_op:
        batch_op.drop_column('repair')
    with op.batch_alter_table('loans', schema=None) as batch_op:
        batch_op.drop_column('due_on')
    with op.batch_alter_table('pumps', schema=None) as batch_op:
        batch_op.drop_column('return_to')
