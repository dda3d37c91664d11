"""The migration chain built into this package, readable without importing Alembic."""

# Oldest first. A new migration appends its revision id here (a test keeps this list equal
# to Alembic's own history), so opening a current file never needs to import Alembic.
REVISIONS: tuple[str, ...] = ("0001_initial",)
HEAD = REVISIONS[-1]
