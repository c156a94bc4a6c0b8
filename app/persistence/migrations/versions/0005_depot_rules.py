"""the depots' rules: model GTINs, units with a regional agreement, approval keys

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30
"""

import json

from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def _approval_key(text: str | None) -> str:
    # As app.domain.loans.approval_key, frozen here as the migration's own copy.
    return "".join((text or "").split()).casefold()


def upgrade() -> None:
    with op.batch_alter_table('pump_models', schema=None) as batch_op:
        batch_op.add_column(sa.Column('gtins', sa.JSON(), nullable=False,
                                      server_default='[]'))
    with op.batch_alter_table('care_units', schema=None) as batch_op:
        batch_op.add_column(sa.Column('regional_agreement', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
    with op.batch_alter_table('loans', schema=None) as batch_op:
        batch_op.add_column(sa.Column('approval_key', sa.String(length=100), nullable=True))
        batch_op.create_index(batch_op.f('ix_loans_approval_key'), ['approval_key'],
                              unique=False)
    connection = op.get_bind()
    for code, gtin in connection.execute(sa.text("SELECT code, gtin FROM pump_models")):
        connection.execute(sa.text("UPDATE pump_models SET gtins = :gtins WHERE code = :code"),
                           {"gtins": json.dumps([gtin] if gtin else []), "code": code})
    for loan_id, approval in connection.execute(sa.text("SELECT id, approval FROM loans")):
        connection.execute(sa.text("UPDATE loans SET approval_key = :key WHERE id = :id"),
                           {"key": _approval_key(approval) or None, "id": loan_id})


def downgrade() -> None:
    with op.batch_alter_table('loans', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_loans_approval_key'))
        batch_op.drop_column('approval_key')
    with op.batch_alter_table('care_units', schema=None) as batch_op:
        batch_op.drop_column('regional_agreement')
    with op.batch_alter_table('pump_models', schema=None) as batch_op:
        batch_op.drop_column('gtins')
