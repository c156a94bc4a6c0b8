"""prescribers and product areas (seed 002), and the prescriber a loan was made on

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-30
"""

from alembic import op
import sqlalchemy as sa


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'product_areas',
        sa.Column('code', sa.String(length=40), nullable=False),
        sa.Column('name', sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint('code', name=op.f('pk_product_areas')),
    )
    op.create_table(
        'prescribers',
        sa.Column('id', sa.String(length=40), nullable=False),
        sa.Column('name', sa.String(length=200), nullable=False),
        sa.Column('role', sa.String(length=20), nullable=False),
        sa.Column('areas', sa.JSON(), nullable=False),
        sa.Column('units', sa.JSON(), nullable=False),
        sa.Column('joint_order_units', sa.JSON(), nullable=False),
        sa.Column('phone', sa.String(length=100), nullable=True),
        sa.Column('email', sa.String(length=200), nullable=True),
        sa.Column('active', sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_prescribers')),
    )
    with op.batch_alter_table('prescribers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_prescribers_name'), ['name'], unique=False)
    with op.batch_alter_table('loans', schema=None) as batch_op:
        batch_op.add_column(sa.Column('prescriber_id', sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column('prescriber_verified', sa.Boolean(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('loans', schema=None) as batch_op:
        batch_op.drop_column('prescriber_verified')
        batch_op.drop_column('prescriber_id')
    op.drop_table('prescribers')
    op.drop_table('product_areas')
