"""Use cases: validation and one transaction per call. No Qt here."""
