"""a care unit's delivery address

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-02

Seed 002: a protected identity's order goes to the prescribing unit's delivery address,
which the label prints. The register had no address for a unit, so the label had none.
The address comes with the unit's ``unit_defined`` event, as the rest of the unit does.
"""

from alembic import op
import sqlalchemy as sa


revision = '0022'
down_revision = '0021'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('care_units', schema=None) as batch_op:
        batch_op.add_column(sa.Column('delivery_address', sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('care_units', schema=None) as batch_op:
        batch_op.drop_column('delivery_address')
