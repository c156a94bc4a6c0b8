"""index loans by workstation and number, for drawing the next loan number

Counting a workstation's loans to number the next one read every loan row; with a
register of a million loans that took longer than the issue itself. The next number is
now the highest of this workstation's numbers plus one, read from this index.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("loans") as batch_op:
        batch_op.create_index("ix_loans_workstation_number", ["workstation", "number"])


def downgrade() -> None:
    with op.batch_alter_table("loans") as batch_op:
        batch_op.drop_index("ix_loans_workstation_number")
