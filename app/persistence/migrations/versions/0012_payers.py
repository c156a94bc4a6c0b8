"""payers and units' payers per product area (seed 002), and the payer each lent pump is
billed to

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-30

``care_units.payers`` goes: no command ever filled it (a unit's payers are events of their
own now, so that changing a unit never clears them).
"""

from alembic import op
import sqlalchemy as sa


revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'payers',
        sa.Column('id', sa.String(length=40), nullable=False),
        sa.Column('name', sa.String(length=200), nullable=False),
        sa.Column('invoice_address', sa.Text(), nullable=False),
        sa.Column('reference', sa.String(length=200), nullable=True),
        sa.Column('active', sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_payers')),
    )
    with op.batch_alter_table('payers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_payers_name'), ['name'], unique=False)
    op.create_table(
        'unit_payers',
        sa.Column('unit', sa.String(length=6), nullable=False),
        sa.Column('area', sa.String(length=40), nullable=False),
        sa.Column('payer_id', sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint('unit', 'area', name=op.f('pk_unit_payers')),
    )
    with op.batch_alter_table('unit_payers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_unit_payers_payer_id'), ['payer_id'],
                              unique=False)
    with op.batch_alter_table('loan_pumps', schema=None) as batch_op:
        batch_op.add_column(sa.Column('payer_id', sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column('payer_name', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('payer_address', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('payer_reference', sa.String(length=200), nullable=True))
        batch_op.create_index(batch_op.f('ix_loan_pumps_payer_id'), ['payer_id'], unique=False)
    with op.batch_alter_table('care_units', schema=None) as batch_op:
        batch_op.drop_column('payers')


def downgrade() -> None:
    with op.batch_alter_table('care_units', schema=None) as batch_op:
        batch_op.add_column(sa.Column('payers', sa.JSON(), nullable=False,
                                      server_default='{}'))
    with op.batch_alter_table('loan_pumps', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_loan_pumps_payer_id'))
        batch_op.drop_column('payer_reference')
        batch_op.drop_column('payer_address')
        batch_op.drop_column('payer_name')
        batch_op.drop_column('payer_id')
    op.drop_table('unit_payers')
    op.drop_table('payers')
