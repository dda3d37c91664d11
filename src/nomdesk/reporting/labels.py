"""Translated names the report prints for the domain's codes (methods, areas, roles)."""

from PySide6.QtCore import QCoreApplication


def method_name(method: str, trim_k: int = 1) -> str:
    names = {
        "mean": QCoreApplication.translate("ReportLabels", "mean of the jurors' totals"),
        "median": QCoreApplication.translate("ReportLabels", "median of the jurors' totals"),
        "trimmed": QCoreApplication.translate(
            "ReportLabels", "trimmed mean of the jurors' totals (k = {k})"
        ).format(k=trim_k),
        "zscore": QCoreApplication.translate(
            "ReportLabels", "normalised mean (each juror's totals as z-scores)"
        ),
        "borda": QCoreApplication.translate("ReportLabels", "Borda count (normalised)"),
        "schulze": QCoreApplication.translate(
            "ReportLabels", "Schulze method (pairwise majorities)"
        ),
    }
    return names.get(method, method)


def method_explanation(method: str, trim_k: int = 1) -> str:
    """One sentence on how the score is made from the jurors' totals."""
    texts = {
        "mean": QCoreApplication.translate(
            "ReportLabels", "The score is the mean of the jurors' totals."
        ),
        "median": QCoreApplication.translate(
            "ReportLabels", "The score is the median of the jurors' totals."
        ),
        "trimmed": QCoreApplication.translate(
            "ReportLabels",
            "The score is the mean of the jurors' totals after the {k} highest and the {k} "
            "lowest are left out.",
        ).format(k=trim_k),
        "zscore": QCoreApplication.translate(
            "ReportLabels",
            "Each juror's totals are standardised (z-scores), so that strict and lenient "
            "jurors weigh alike; the score is the mean z-score.",
        ),
        "borda": QCoreApplication.translate(
            "ReportLabels",
            "Each juror ranks the finalists; the score is the mean of the points from 1 "
            "(the juror's best) to 0 (the juror's last).",
        ),
        "schulze": QCoreApplication.translate(
            "ReportLabels",
            "Finalists are compared in pairs by how many jurors prefer one to the other; the "
            "score is the number of finalists each one beats along the strongest paths.",
        ),
    }
    return texts.get(method, "")


def area_name(area: str) -> str:
    names = {
        "open_data": QCoreApplication.translate("ReportLabels", "Open data"),
        "ai": QCoreApplication.translate("ReportLabels", "AI"),
        "rpa": QCoreApplication.translate("ReportLabels", "RPA"),
        "e_services": QCoreApplication.translate("ReportLabels", "E-services"),
        "iot": QCoreApplication.translate("ReportLabels", "Internet of things"),
        "digital_twin": QCoreApplication.translate("ReportLabels", "Digital twin"),
        "automation": QCoreApplication.translate("ReportLabels", "Automation"),
        "infrastructure": QCoreApplication.translate("ReportLabels", "Infrastructure"),
        "strategy": QCoreApplication.translate("ReportLabels", "Strategy"),
        "other": QCoreApplication.translate("ReportLabels", "Other"),
    }
    return names.get(area, area)


def role_name(chair: bool) -> str:
    if chair:
        return QCoreApplication.translate("ReportLabels", "Chair")
    return QCoreApplication.translate("ReportLabels", "Member")
