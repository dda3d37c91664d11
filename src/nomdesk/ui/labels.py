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


def organisation_kind_label(kind: str) -> str:
    names = {
        "municipality": QCoreApplication.translate("labels", "Municipality"),
        "region": QCoreApplication.translate("labels", "Region"),
        "agency": QCoreApplication.translate("labels", "Government agency"),
        "company": QCoreApplication.translate("labels", "Company"),
        "other": QCoreApplication.translate("labels", "Other"),
    }
    return names.get(kind, kind)


def timetable_kind_label(kind: str) -> str:
    """The translated name of a timetable entry's kind."""
    names = {
        "deadline": QCoreApplication.translate("timetable", "Deadline"),
        "shortlist": QCoreApplication.translate("timetable", "Shortlist"),
        "finalists": QCoreApplication.translate("timetable", "Finalists"),
        "site_visits": QCoreApplication.translate("timetable", "Site visits"),
        "jury_meeting": QCoreApplication.translate("timetable", "Jury meeting"),
        "ceremony": QCoreApplication.translate("timetable", "Ceremony"),
        "other": QCoreApplication.translate("timetable", "Other"),
    }
    return names.get(kind, kind)
