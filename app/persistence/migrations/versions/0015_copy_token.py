"""copy token: every database carries a random token, kept by its backups and copies

Revision ID: 0015
Revises: 0014
Create Date: 2026-11-30

The central judge tells two databases running as one workstation apart by it (see
``app.domain.sync.Copies``). A database made by this release gets its token here; one
upgraded gets it at the upgrade, before it hands anything in under it.
"""

from alembic import op


revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("INSERT INTO meta (key, value) SELECT 'copy_token', lower(hex(randomblob(16))) "
               "WHERE NOT EXISTS (SELECT 1 FROM meta WHERE key = 'copy_token')")


def downgrade() -> None:
    op.execute("DELETE FROM meta WHERE key IN ('copy_token', 'copy_replaces')")
