"""loan numbers: a loan number names one loan in the whole region, forever

Revision ID: c0007
Revises: c0006
Create Date: 2026-11-30

Every loan number the log has given, with the loan it names and the event that first gave
it, accepted or refused: the judge refuses a second loan with a number already used (a
counter restored from a backup, or a copy, would give numbers again). Filled from the log
as it stands.
"""

from alembic import op

revision = 'c0007'
down_revision = 'c0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("""
        CREATE TABLE loan_numbers (
            number text PRIMARY KEY,
            loan_id text NOT NULL,
            event_id text NOT NULL
        )""")
    op.execute("""
        INSERT INTO loan_numbers (number, loan_id, event_id)
        SELECT DISTINCT ON (payload->>'loan_number') payload->>'loan_number',
               payload->>'loan_id', event_id
        FROM log
        WHERE type IN ('issued_to_patient', 'issued_for_transport', 'prescribed_from_stock',
                       'dispatched_to_unit')
          AND payload->>'loan_number' LIKE workstation || '-%'
        ORDER BY payload->>'loan_number', seq""")


def downgrade() -> None:
    op.execute("DROP TABLE loan_numbers")
