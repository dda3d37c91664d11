"""Headless subcommands of the `nomdesk` command line (design §6)."""
