"""Menu actions, each in its own module with run(window), imported on first use."""
