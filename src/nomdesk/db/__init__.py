"""Database layer: SQLModel tables, the engine, opening files and migrations."""
