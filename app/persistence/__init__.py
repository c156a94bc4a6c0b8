"""SQLite persistence: models, migrations, the projection of events into tables."""
