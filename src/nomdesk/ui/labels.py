"""Translated names for the codes the domain uses (stages, phases, roles)."""

from PySide6.QtCore import QCoreApplication


def stage_label(stage: str) -> str:
    names = {
        "nominated": QCoreApplication.translate("labels", "Nominated"),
        "shortlisted": QCoreApplication.translate("labels", "Shortlisted"),
        "finalist": QCoreApplication.translate("labels", "Finalist"),
        "winner": QCoreApplication.translate("labels", "Winner"),
        "withdrawn": QCoreApplication.translate("labels", "Withdrawn"),
    }
    return names.get(stage, stage)


def phase_label(phase: str) -> str:
    names = {
        "setup": QCoreApplication.translate("labels", "Setup"),
        "nominations": QCoreApplication.translate("labels", "Nominations"),
        "shortlist": QCoreApplication.translate("labels", "Shortlist"),
        "scoring": QCoreApplication.translate("labels", "Scoring"),
        "deliberation": QCoreApplication.translate("labels", "Deliberation"),
        "decision": QCoreApplication.translate("labels", "Decided"),
        "publication": QCoreApplication.translate("labels", "Published"),
    }
    return names.get(phase, phase)


def role_label(role: str) -> str:
    names = {
        "chair": QCoreApplication.translate("labels", "Chair"),
        "member": QCoreApplication.translate("labels", "Member"),
    }
    return names.get(role, role)
