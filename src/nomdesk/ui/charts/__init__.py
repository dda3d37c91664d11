"""Charts of a scoring round (design §3), drawn with pyqtgraph.

`data`, `palette` and `texts` import no pyqtgraph; every other module here does, so the
Charts tab imports them only when a chart is first shown (pyqtgraph costs ~0.5 s).
"""
