"""Help ▸ About nomdesk."""


def run(window, *_args) -> None:
    from nomdesk.ui.dialogs.about_dialog import AboutDialog

    workspace = getattr(window, "workspace", None)
    AboutDialog(workspace.path if workspace is not None else None, window).exec()
