"""Ballot and score-sheet files exchanged with jurors offline (design §4). Uses services."""
