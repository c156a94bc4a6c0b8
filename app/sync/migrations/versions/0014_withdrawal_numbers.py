"""withdrawal numbers: each counter's order series, and every withdrawal number given

Revision ID: c0014
Revises: c0012
Create Date: 2026-11-30

An order of consumables is numbered ``U`` + the counter's two-digit order series + a
six-digit serial, made offline. The series is the region's to give: each workstation gets the
lowest free one (1-99) when enrolled (those enrolled before get theirs in order of
enrollment), keeps it when enrolled anew, and reads it through ``my_series()``. The judge
refuses a withdrawal number given twice (a restored database) or of another counter's series,
and a second order on a protected identity's prescription (``protected_orders``: the order
that stands on each; one cancelled gives it back).
"""

from alembic import op

revision = 'c0014'
down_revision = 'c0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("ALTER TABLE workstations ADD COLUMN order_series smallint UNIQUE "
               "CHECK (order_series BETWEEN 1 AND 99)")
    op.execute("""
        UPDATE workstations AS w SET order_series = n.series
        FROM (SELECT id, row_number() OVER (ORDER BY registered_at, id) AS series
              FROM workstations) AS n
        WHERE w.id = n.id AND n.series <= 99""")
    op.execute("""
        CREATE TABLE withdrawal_numbers (
            number text PRIMARY KEY,
            order_id text NOT NULL,
            event_id text NOT NULL
        )""")
    op.execute("""
        CREATE TABLE protected_orders (
            prescription text PRIMARY KEY,
            order_id text NOT NULL,
            number text NOT NULL,
            event_id text NOT NULL
        )""")
    op.execute("""
        CREATE FUNCTION my_series() RETURNS smallint
        LANGUAGE sql STABLE SECURITY DEFINER
        AS $$ SELECT order_series FROM workstations
              WHERE role = session_user AND removed_at IS NULL $$
        """)
    op.execute("ALTER FUNCTION my_series() SET search_path FROM CURRENT")


def downgrade() -> None:
    op.execute("DROP FUNCTION my_series()")
    op.execute("DROP TABLE protected_orders")
    op.execute("DROP TABLE withdrawal_numbers")
    op.execute("ALTER TABLE workstations DROP COLUMN order_series")
