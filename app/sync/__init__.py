"""Central sync: the central PostgreSQL schema, and pushing and pulling events."""
