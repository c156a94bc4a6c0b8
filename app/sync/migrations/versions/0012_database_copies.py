"""database copies: which copy of a workstation's database the region takes events from

Revision ID: c0012
Revises: c0011
Create Date: 2026-11-30

Two databases running as one workstation (a copy, or a restored backup beside the original)
each handed in events under the same id, and both were accepted. Every item handed in now
carries its database's copy token (and the token a restored database replaces); the judge
keeps, per workstation, the current copy and those it superseded, refuses what a
superseded copy hands in as a clash, and notes when. A counter reads its own
workstation's row through ``my_copy()``, and nothing of any other's.
"""

from alembic import op

revision = 'c0012'
down_revision = 'c0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("ALTER TABLE inbox ADD COLUMN copy text, ADD COLUMN replaces text")
    op.execute("""
        CREATE TABLE workstation_copies (
            workstation text PRIMARY KEY,
            current text,
            superseded text[] NOT NULL DEFAULT '{}',
            taken_over_at timestamptz,
            clash_at timestamptz
        )""")
    op.execute("""
        CREATE FUNCTION my_copy() RETURNS TABLE (current text, clash_at timestamptz)
        LANGUAGE sql STABLE SECURITY DEFINER
        AS $$ SELECT current, clash_at FROM workstation_copies
              WHERE workstation = my_workstation() $$
        """)
    op.execute("ALTER FUNCTION my_copy() SET search_path FROM CURRENT")


def downgrade() -> None:
    op.execute("DROP FUNCTION my_copy()")
    op.execute("DROP TABLE workstation_copies")
    op.execute("ALTER TABLE inbox DROP COLUMN replaces, DROP COLUMN copy")
