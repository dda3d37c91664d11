"""nomdesk: run an award year from nominations to the winners report."""

__version__ = "0.1.0"
