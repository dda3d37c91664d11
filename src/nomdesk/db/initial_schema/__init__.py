"""The tables of the initial revision (0001_initial), by what they hold; the revision
calls these in order. Written once by Alembic's autogenerate; never change them: a later
schema change is a new revision."""
