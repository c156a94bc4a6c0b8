"""the staff register: who may sign in at the counter, with which card and roles

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-30
"""

from alembic import op
import sqlalchemy as sa


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'staff',
        sa.Column('number', sa.String(length=32), nullable=False),
        sa.Column('name', sa.String(length=200), nullable=False),
        sa.Column('roles', sa.JSON(), nullable=False),
        sa.Column('active', sa.Boolean(), nullable=False),
        sa.Column('card_code', sa.String(length=32), nullable=True),
        sa.Column('pin_hash', sa.String(length=200), nullable=True),
        sa.PrimaryKeyConstraint('number', name=op.f('pk_staff')),
        sa.UniqueConstraint('card_code', name=op.f('uq_staff_card_code')),
    )
    with op.batch_alter_table('staff', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_staff_name'), ['name'], unique=False)


def downgrade() -> None:
    op.drop_table('staff')
