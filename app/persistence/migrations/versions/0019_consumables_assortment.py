"""consumables: the assortment's articles and prescriptions of consumables

Revision ID: 0019
Revises: 0018
Create Date: 2026-11-30

Both tables are projections of the log: ``article_defined`` (an administrator keeps the
assortment) and ``consumables_prescribed`` events (``app/domain/assortment.py``).
"""

from alembic import op
import sqlalchemy as sa


revision = '0019'
down_revision = '0018'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'articles',
        sa.Column('number', sa.String(length=40), nullable=False),
        sa.Column('names', sa.JSON(), nullable=False),
        sa.Column('product_area', sa.String(length=40), nullable=False),
        sa.Column('pack', sa.String(length=200), nullable=False),
        sa.Column('supply', sa.String(length=20), nullable=False),
        sa.Column('active', sa.Boolean(), nullable=False),
        sa.Column('models', sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint('number', name=op.f('pk_articles')),
    )
    op.create_index(op.f('ix_articles_product_area'), 'articles', ['product_area'],
                    unique=False)
    op.create_table(
        'consumable_prescriptions',
        sa.Column('id', sa.String(length=40), nullable=False),
        sa.Column('person_id', sa.String(length=36), nullable=True),
        sa.Column('prescriber', sa.String(length=200), nullable=False),
        sa.Column('prescriber_name', sa.String(length=200), nullable=False),
        sa.Column('unit', sa.String(length=6), nullable=False),
        sa.Column('lines', sa.JSON(), nullable=False),
        sa.Column('per_days', sa.Integer(), nullable=False),
        sa.Column('valid_from', sa.Date(), nullable=False),
        sa.Column('valid_to', sa.Date(), nullable=True),
        sa.Column('protected', sa.Boolean(), nullable=False),
        sa.Column('loan_id', sa.String(length=36), nullable=True),
        sa.Column('made_at', sa.String(length=32), nullable=False),
        sa.Column('workstation', sa.String(length=64), nullable=False),
        sa.Column('event_id', sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_consumable_prescriptions')),
    )
    op.create_index(op.f('ix_consumable_prescriptions_person_id'),
                    'consumable_prescriptions', ['person_id'], unique=False)
    op.create_index(op.f('ix_consumable_prescriptions_unit'), 'consumable_prescriptions',
                    ['unit'], unique=False)
    op.create_index(op.f('ix_consumable_prescriptions_loan_id'), 'consumable_prescriptions',
                    ['loan_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_consumable_prescriptions_loan_id'),
                  table_name='consumable_prescriptions')
    op.drop_index(op.f('ix_consumable_prescriptions_unit'),
                  table_name='consumable_prescriptions')
    op.drop_index(op.f('ix_consumable_prescriptions_person_id'),
                  table_name='consumable_prescriptions')
    op.drop_table('consumable_prescriptions')
    op.drop_index(op.f('ix_articles_product_area'), table_name='articles')
    op.drop_table('articles')
