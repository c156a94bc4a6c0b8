"""hand in to the central judge: what was handed in waits for its verdict

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30
"""

import uuid

from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('sync_outbox', schema=None) as batch_op:
        batch_op.add_column(sa.Column('handed_in', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
    with op.batch_alter_table('person_outbox', schema=None) as batch_op:
        batch_op.add_column(sa.Column('change_id', sa.String(length=36), nullable=True))
    connection = op.get_bind()
    for (seq,) in connection.execute(sa.text("SELECT seq FROM person_outbox")).all():
        connection.execute(sa.text("UPDATE person_outbox SET change_id = :id WHERE seq = :seq"),
                           {"id": str(uuid.uuid4()), "seq": seq})
    with op.batch_alter_table('person_outbox', schema=None) as batch_op:
        batch_op.alter_column('change_id', existing_type=sa.String(length=36), nullable=False)


def downgrade() -> None:
    with op.batch_alter_table('person_outbox', schema=None) as batch_op:
        batch_op.drop_column('change_id')
    with op.batch_alter_table('sync_outbox', schema=None) as batch_op:
        batch_op.drop_column('handed_in')
