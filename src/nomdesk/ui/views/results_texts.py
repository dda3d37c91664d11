"""Words and numbers of the Results view: method names, scores in the interface's locale,
and the notices for ties and missing scores."""

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QLocale

from nomdesk.domain.rules import score_digits
from nomdesk.domain.scoring import round_half_away
from nomdesk.domain.tiebreak import TieBreak
from nomdesk.services.ranking import RoundJurors


def method_label(method: str) -> str:
    names = {
        "mean": QCoreApplication.translate("ResultsView", "Mean"),
        "median": QCoreApplication.translate("ResultsView", "Median"),
        "trimmed": QCoreApplication.translate("ResultsView", "Trimmed mean"),
        "zscore": QCoreApplication.translate("ResultsView", "Normalised mean (z-score)"),
        "borda": QCoreApplication.translate("ResultsView", "Borda (normalised)"),
        "schulze": QCoreApplication.translate("ResultsView", "Schulze (pairwise wins)"),
    }
    return names.get(method, method)


def method_hint(method: str, trim_k: int) -> str:
    """What a method's score means, for the chooser's and the score column's tooltip."""
    hints = {
        "mean": QCoreApplication.translate(
            "ResultsView", "The mean of the jurors' totals (0–100)."
        ),
        "median": QCoreApplication.translate(
            "ResultsView", "The median of the jurors' totals (0–100)."
        ),
        "trimmed": QCoreApplication.translate(
            "ResultsView",
            "The mean of the jurors' totals without the {k} highest and {k} lowest (0–100).",
        ).format(k=trim_k),
        "zscore": QCoreApplication.translate(
            "ResultsView",
            "Each juror's totals standardised, then averaged: 0 is an average nominee; "
            "harsh and lenient jurors weigh alike.",
        ),
        "borda": QCoreApplication.translate(
            "ResultsView", "Points from each juror's order, 1 for their best, 0 for their last."
        ),
        "schulze": QCoreApplication.translate(
            "ResultsView", "How many other nominees it beats in the jurors' pairwise preferences."
        ),
    }
    return hints.get(method, "")


def number(value: float | None, digits: int = 2, locale: QLocale | None = None) -> str:
    """A value as people read it: rounded half away from zero, in the locale's notation
    (`locale`: the default locale, passed in by callers formatting many numbers)."""
    if value is None:
        return "–"
    return (locale or QLocale()).toString(round_half_away(value, digits), "f", digits)


def score_text(method: str, value: float | None, locale: QLocale | None = None) -> str:
    """A method's score: Schulze's pairwise wins are whole numbers."""
    return number(value, score_digits(method), locale)


def tie_text(
    ties: Sequence[Sequence[int]],
    ranks: dict[int, int | None],
    names: dict[int, str],
    broken: TieBreak | None,
    criteria: dict[str, str],
) -> str:
    """One sentence per group of shared ranks, and what the year's chain made of first."""
    parts = []
    for group in ties:
        who = ", ".join(names.get(n, "") for n in group)
        rank = ranks.get(group[0])
        if rank == 1:
            parts.append(
                QCoreApplication.translate("ResultsView", "First place is shared: {names}.").format(
                    names=who
                )
            )
        else:
            parts.append(
                QCoreApplication.translate("ResultsView", "Rank {rank} is shared: {names}.").format(
                    rank=rank, names=who
                )
            )
    if broken is not None:
        parts.append(chain_text(broken, names, criteria))
    return " ".join(parts)


def chain_text(broken: TieBreak, names: dict[int, str], criteria: dict[str, str]) -> str:
    """`criteria`: a criterion step's reference (uid or name) → the name to show."""
    if broken.broken:
        return QCoreApplication.translate(
            "ResultsView", "The year's tie-break ({step}) puts {name} first."
        ).format(
            step=step_label(dict(broken.step or {}), criteria),
            name=names.get(broken.order[0], ""),
        )
    tried = [step_label(dict(t.step), criteria) for t in broken.tried if t.outcome != "jury"]
    if not tried:
        return QCoreApplication.translate(
            "ResultsView", "The year's tie-break leaves it to the jury."
        )
    return QCoreApplication.translate(
        "ResultsView", "The year's tie-break ({steps}) cannot separate them: the jury decides."
    ).format(steps=", ".join(tried))


def step_label(step: dict, criteria: dict[str, str]) -> str:
    kind = step.get("kind")
    if kind == "criterion":
        ref = str(step.get("criterion", ""))
        return QCoreApplication.translate("ResultsView", "criterion {name}").format(
            name=criteria.get(ref, ref)
        )
    names = {
        "chair": QCoreApplication.translate("ResultsView", "the chair's total"),
        "median": QCoreApplication.translate("ResultsView", "the median total"),
        "jury": QCoreApplication.translate("ResultsView", "jury decision"),
    }
    return names.get(str(kind), str(kind))


def missing_text(people: RoundJurors, label: Callable[[int, str], str]) -> str:
    """How many scores are missing and from whom, jurors named by `label(place, name)`."""
    total = people.missing
    if not total:
        return ""
    who = ", ".join(
        QCoreApplication.translate("ResultsView", "{juror} ({count})").format(
            juror=label(j.place, j.name), count=j.missing
        )
        for j in people.jurors
        if j.missing
    )
    text = QCoreApplication.translate(
        "ResultsView", "%n score(s) missing, from {who}.", "", total
    ).format(who=who)
    return (
        text
        + " "
        + QCoreApplication.translate(
            "ResultsView", "Only complete totals count; incomplete nominees are marked."
        )
    )
