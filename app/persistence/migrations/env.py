"""Alembic environment: migrations run on the application's own engine, in batch mode
(SQLite cannot ALTER most things in place), with foreign keys off while tables are rebuilt
and checked once the migrations are done.

All of it runs in one transaction that takes the write lock at BEGIN: when several
processes open a new (or older) database at once, one migrates and the others wait for it,
then find the schema at its head and have nothing to do."""

from alembic import context
from sqlalchemy import create_engine, text

from app.persistence.database import BUSY_TIMEOUT_MS, MIGRATION_TIMEOUT_MS, foreign_keys_off
from app.persistence.models import metadata

config = context.config
engine = config.attributes.get("engine") or create_engine(config.get_main_option("sqlalchemy.url"))

with engine.connect() as plain, foreign_keys_off(plain):
    connection = plain.execution_options(sqlite_begin="IMMEDIATE")
    raw = connection.connection.driver_connection  # outside any transaction
    raw.execute(f"PRAGMA busy_timeout={MIGRATION_TIMEOUT_MS}")
    try:
        with connection.begin():  # the write lock, before the schema's revision is read
            context.configure(
                connection=connection,
                target_metadata=metadata,
                render_as_batch=True,
                compare_type=True,
            )
            # Read under the lock: another process may have migrated while this one waited.
            config.attributes["migrated_from"] = context.get_context().get_current_revision()
            with context.begin_transaction():  # within ours: Alembic adds none of its own
                context.run_migrations()
            problems = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
            if problems:
                raise RuntimeError(f"migration left broken foreign keys: {problems[:5]}")
    finally:
        raw.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
