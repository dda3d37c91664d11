"""Dialogs: new award and year, settings, withdrawal, merging organisations."""
