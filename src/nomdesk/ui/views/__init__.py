"""The per-year views of the main window: Overview, Nominees, Criteria, Jury."""
