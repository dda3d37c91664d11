"""A nominee as the juror reads it: the nomination, its initiatives and the site visits."""

import html

from PySide6.QtCore import QCoreApplication

from nomdesk.exchange.workspace_views import InitiativeView, NomineeContent, SiteVisitView
from nomdesk.ui.dialogs.initiative_dialog import area_label
from nomdesk.ui.juror.language import date_text, pick

MUTED = "#5f6368"


def _paragraphs(text: str | None, *, muted: bool = False) -> str:
    if not text:
        return ""
    style = f' style="color:{MUTED}"' if muted else ""
    lines = html.escape(text).split("\n\n")
    return "".join(f"<p{style}>{part.replace(chr(10), '<br>')}</p>" for part in lines)


def _heading(text: str, level: int = 3) -> str:
    return f"<h{level}>{html.escape(text)}</h{level}>"


def nominee_html(content: NomineeContent, criterion_names: dict[str, str]) -> str:
    """The whole nominee as one HTML document (initiatives and visits after the texts)."""
    parts = [_heading(pick(content.display_name, content.display_name_en), 2)]
    parts.append(_facts(content))
    parts.append(_texts(content))
    parts.append(_initiatives(content.initiatives))
    parts.append(_visits(content.site_visits, criterion_names))
    return "".join(parts)


def _facts(content: NomineeContent) -> str:
    rows = []
    if content.organisations and content.organisations != [content.display_name]:
        rows.append(
            (
                QCoreApplication.translate("JurorDocument", "Organisations"),
                ", ".join(content.organisations),
            )
        )
    if content.nominated_by:
        rows.append(
            (QCoreApplication.translate("JurorDocument", "Nominated by"), content.nominated_by)
        )
    return "".join(
        f'<p><span style="color:{MUTED}">{html.escape(label)}:</span> {html.escape(value)}</p>'
        for label, value in rows
    )


def _texts(content: NomineeContent) -> str:
    questions = {
        "summary": QCoreApplication.translate("JurorDocument", "Summary"),
        "proud_of": QCoreApplication.translate("JurorDocument", "What are they most proud of?"),
        "effect": QCoreApplication.translate("JurorDocument", "What effect did it have?"),
        "lessons": QCoreApplication.translate("JurorDocument", "What did they learn?"),
    }
    parts = []
    for name, question in questions.items():
        text = pick(content.texts.get(name), content.texts.get(f"{name}_en"))
        if text:
            parts.append(_heading(question) + _paragraphs(text))
    if not parts:
        return _paragraphs(
            QCoreApplication.translate("JurorDocument", "The nomination has no texts."), muted=True
        )
    return "".join(parts)


def _initiatives(items: list[InitiativeView]) -> str:
    if not items:
        return ""
    parts = [_heading(QCoreApplication.translate("JurorDocument", "Initiatives"))]
    for item in items:
        facts = [area_label(item.area)]
        if item.started:
            facts.append(
                QCoreApplication.translate("JurorDocument", "started {year}").format(
                    year=item.started
                )
            )
        title = html.escape(pick(item.title, item.title_en))
        parts.append(
            f"<p><b>{title}</b> "
            f'<span style="color:{MUTED}">({html.escape(", ".join(facts))})</span></p>'
        )
        parts.append(_paragraphs(pick(item.description, item.description_en)))
        if item.link:
            parts.append(_paragraphs(item.link, muted=True))
    return "".join(parts)


def _visits(visits: list[SiteVisitView], criterion_names: dict[str, str]) -> str:
    if not visits:
        return ""
    parts = [_heading(QCoreApplication.translate("JurorDocument", "Site visits"))]
    for visit in visits:
        when = date_text(visit.visited_on) or QCoreApplication.translate(
            "JurorDocument", "Date not recorded"
        )
        parts.append(f"<p><b>{html.escape(when)}</b></p>")
        if visit.participants:
            who = QCoreApplication.translate("JurorDocument", "Participants: {names}").format(
                names=visit.participants
            )
            parts.append(_paragraphs(who, muted=True))
        parts.append(_paragraphs(pick(visit.notes, visit.notes_en)))
        for uid, note in visit.criterion_notes.items():
            name = criterion_names.get(uid, "")
            parts.append(
                f"<p><i>{html.escape(name)}:</i> {html.escape(note).replace(chr(10), '<br>')}</p>"
            )
    return "".join(parts)
