"""Winners report (PDF) and spreadsheets (design §5). May paint with QtGui; never a window."""
