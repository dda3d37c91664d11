"""Qt widgets, models and dialogs. The only layer that imports QtWidgets."""
