"""consumable orders: orders ("uttag"), their lines and their states' history

Revision ID: 0020
Revises: 0019 (0017 on its own branch; re-linked after the assortment's 0019 at the merge)
Create Date: 2026-11-30

Projections of the order events (issue 23). The Orders section finds a day's orders, and
orders by number, person or unit: indexes for each. The period rules read a prescription's
orders.
"""

from alembic import op
import sqlalchemy as sa


revision = '0020'
down_revision = '0019'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'orders',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('number', sa.String(length=9), nullable=False),
        sa.Column('prescription_id', sa.String(length=40), nullable=False),
        sa.Column('person_id', sa.String(length=36), nullable=True),
        sa.Column('unit', sa.String(length=20), nullable=False),
        sa.Column('ordered_by', sa.String(length=20), nullable=False),
        sa.Column('ordered_at', sa.String(length=32), nullable=False),
        sa.Column('day', sa.Date(), nullable=False),
        sa.Column('state', sa.String(length=24), nullable=False),
        sa.Column('justification', sa.Text(), nullable=False),
        sa.Column('delivery', sa.String(length=40), nullable=False),
        sa.Column('extra_cost', sa.Boolean(), nullable=False),
        sa.Column('lines', sa.JSON(), nullable=False),
        sa.Column('actor', sa.String(length=100), nullable=False),
        sa.Column('workstation', sa.String(length=40), nullable=False),
        sa.Column('event_id', sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_orders')),
        sa.UniqueConstraint('number', name=op.f('uq_orders_number')),
    )
    op.create_index(op.f('ix_orders_prescription_id'), 'orders', ['prescription_id'],
                    unique=False)
    op.create_index('ix_orders_day_state', 'orders', ['day', 'state'], unique=False)
    op.create_index('ix_orders_person_day', 'orders', ['person_id', 'day'], unique=False)
    op.create_index('ix_orders_unit_day', 'orders', ['unit', 'day'], unique=False)
    op.create_table(
        'order_lines',
        sa.Column('order_id', sa.String(length=36), nullable=False),
        sa.Column('article', sa.String(length=40), nullable=False),
        sa.Column('quantity', sa.Integer(), nullable=False),
        sa.Column('product_area', sa.String(length=40), nullable=False),
        sa.Column('payer_id', sa.String(length=40), nullable=True),
        sa.Column('payer_name', sa.String(length=200), nullable=True),
        sa.Column('extra_cost', sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(['order_id'], ['orders.id'],
                                name=op.f('fk_order_lines_order_id_orders')),
        sa.PrimaryKeyConstraint('order_id', 'article', name=op.f('pk_order_lines')),
    )
    op.create_table(
        'order_history',
        sa.Column('event_id', sa.String(length=36), nullable=False),
        sa.Column('order_id', sa.String(length=36), nullable=False),
        sa.Column('state', sa.String(length=24), nullable=False),
        sa.Column('at', sa.String(length=32), nullable=False),
        sa.Column('actor', sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(['order_id'], ['orders.id'],
                                name=op.f('fk_order_history_order_id_orders')),
        sa.PrimaryKeyConstraint('event_id', name=op.f('pk_order_history')),
    )
    op.create_index('ix_order_history_order_id_at', 'order_history', ['order_id', 'at'],
                    unique=False)


def downgrade() -> None:
    op.drop_index('ix_order_history_order_id_at', table_name='order_history')
    op.drop_table('order_history')
    op.drop_table('order_lines')
    op.drop_index('ix_orders_unit_day', table_name='orders')
    op.drop_index('ix_orders_person_day', table_name='orders')
    op.drop_index('ix_orders_day_state', table_name='orders')
    op.drop_index(op.f('ix_orders_prescription_id'), table_name='orders')
    op.drop_table('orders')
