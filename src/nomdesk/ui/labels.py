"""Translated names for the codes the domain uses (stages, phases)."""

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def stage_label(stage: str) -> str:
    names = {
        "nominated": _t("Nominated"),
        "shortlisted": _t("Shortlisted"),
        "finalist": _t("Finalist"),
        "winner": _t("Winner"),
        "withdrawn": _t("Withdrawn"),
    }
    return names.get(stage, stage)


def phase_label(phase: str) -> str:
    names = {
        "setup": _t("Setup"),
        "nominations": _t("Nominations"),
        "shortlist": _t("Shortlist"),
        "scoring": _t("Scoring"),
        "deliberation": _t("Deliberation"),
        "decision": _t("Decided"),
        "publication": _t("Published"),
    }
    return names.get(phase, phase)
