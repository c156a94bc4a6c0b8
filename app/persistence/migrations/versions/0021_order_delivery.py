"""order delivery: each order's delivery mode and promised day, its address kept locally,
and the route days of a unit's district or municipality

Revision ID: 0021
Revises: 0020
Create Date: 2026-11-30

Issue 24. ``order_deliveries`` is a projection of the ``order_placed`` events (an order of an
earlier version, without a delivery, has no row: it shows as standard delivery, nothing
promised). ``order_addresses`` is not a projection: it holds the personal part of a delivery
(address, c/o, door code, phones), which no event carries.
"""

from alembic import op
import sqlalchemy as sa


revision = '0021'
down_revision = '0020'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('care_units', schema=None) as batch_op:
        batch_op.add_column(sa.Column('route_days', sa.JSON(), server_default='[]',
                                      nullable=False))
    op.create_table(
        'order_deliveries',
        sa.Column('order_id', sa.String(length=36), nullable=False),
        sa.Column('mode', sa.String(length=20), nullable=False),
        sa.Column('promised', sa.Date(), nullable=True),
        sa.Column('last_pickup', sa.Date(), nullable=True),
        sa.Column('notify', sa.String(length=10), nullable=True),
        sa.Column('extra_costs', sa.JSON(), nullable=False),
        sa.Column('contact_prescriber', sa.Boolean(), nullable=False),
        sa.Column('to_unit', sa.Boolean(), nullable=False),
        sa.Column('in_region', sa.Boolean(), nullable=False),
        sa.Column('apartment_building', sa.Boolean(), nullable=False),
        sa.Column('pickup_point', sa.String(length=200), nullable=False),
        sa.Column('care_of_prescriber', sa.String(length=200), nullable=False),
        sa.Column('joint', sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(['order_id'], ['orders.id'],
                                name=op.f('fk_order_deliveries_order_id_orders')),
        sa.PrimaryKeyConstraint('order_id', name=op.f('pk_order_deliveries')),
    )
    op.create_index(op.f('ix_order_deliveries_joint'), 'order_deliveries', ['joint'],
                    unique=False)
    op.create_table(
        'order_addresses',
        sa.Column('order_id', sa.String(length=36), nullable=False),
        sa.Column('street', sa.String(length=200), nullable=False),
        sa.Column('postcode', sa.String(length=20), nullable=False),
        sa.Column('town', sa.String(length=100), nullable=False),
        sa.Column('care_of', sa.String(length=200), nullable=False),
        sa.Column('door_code', sa.String(length=40), nullable=False),
        sa.Column('phone', sa.String(length=40), nullable=False),
        sa.Column('notify_to', sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint('order_id', name=op.f('pk_order_addresses')),
    )


def downgrade() -> None:
    op.drop_table('order_addresses')
    op.drop_index(op.f('ix_order_deliveries_joint'), table_name='order_deliveries')
    op.drop_table('order_deliveries')
    with op.batch_alter_table('care_units', schema=None) as batch_op:
        batch_op.drop_column('route_days')
