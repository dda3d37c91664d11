"""Pure Python rules: stages, value checks, scoring and ranking. No Qt, no SQL."""
