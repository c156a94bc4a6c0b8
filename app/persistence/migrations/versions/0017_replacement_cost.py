"""a pump model's replacement cost, charged for a lost pump in the lost-pumps report

Revision ID: 0017
Revises: 0015
Create Date: 2026-11-30
"""

from alembic import op
import sqlalchemy as sa


revision = '0017'
down_revision = '0015'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('pump_models', schema=None) as batch_op:
        batch_op.add_column(sa.Column('replacement_cost', sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('pump_models', schema=None) as batch_op:
        batch_op.drop_column('replacement_cost')
