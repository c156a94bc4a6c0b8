"""protected identities' prescriptions, each good for one withdrawal in the region

Revision ID: c0002
Revises: c0001
Create Date: 2026-11-30
"""

import json

from alembic import op
from sqlalchemy import text

revision = 'c0002'
down_revision = 'c0001'
branch_labels = None
depends_on = None

_LOAN_STARTS = ("issued_to_patient", "issued_for_transport", "prescribed_from_stock")


def _approval_key(value: str | None) -> str:
    # As app.domain.loans.approval_key, frozen here as the migration's own copy.
    return "".join((value or "").split()).casefold()


def upgrade() -> None:
    # The first accepted loan on each protected prescription, keyed as references are
    # compared (case and spaces ignored); the central judge refuses a second one.
    op.execute("""
        CREATE TABLE protected_prescriptions (
            approval_key text PRIMARY KEY,
            loan_id text NOT NULL,
            loan_number text NOT NULL,
            event_id text NOT NULL
        )""")
    connection = op.get_bind()
    rows = connection.execute(text(
        "SELECT event_id, payload::text FROM log WHERE outcome = 'accepted' "
        "AND type = ANY(:types) ORDER BY seq"), {"types": list(_LOAN_STARTS)})
    for event_id, payload in rows.all():
        p = json.loads(payload)
        key = _approval_key(p.get("approval"))
        if key and (p.get("patient") or {}).get("kind") == "protected":
            connection.execute(text(
                "INSERT INTO protected_prescriptions VALUES (:key, :loan, :number, :event) "
                "ON CONFLICT DO NOTHING"),
                {"key": key, "loan": p["loan_id"], "number": p["loan_number"],
                 "event": event_id})


def downgrade() -> None:
    op.execute("DROP TABLE protected_prescriptions")
