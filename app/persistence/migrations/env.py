"""Alembic environment: migrations run on the application's own engine, in batch mode
(SQLite cannot ALTER most things in place), with foreign keys off while tables are rebuilt
and checked once the migrations are done."""

from alembic import context
from sqlalchemy import create_engine, text

from app.persistence.database import foreign_keys_off
from app.persistence.models import Base

config = context.config
engine = config.attributes.get("engine") or create_engine(config.get_main_option("sqlalchemy.url"))

with engine.connect() as connection, foreign_keys_off(connection):
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
        problems = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
        if problems:
            raise RuntimeError(f"migration left broken foreign keys: {problems[:5]}")
    connection.commit()
