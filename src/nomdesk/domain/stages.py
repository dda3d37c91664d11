"""The stage list of design §1 and which moves between stages are allowed."""

NOMINATED = "nominated"
SHORTLISTED = "shortlisted"
FINALIST = "finalist"
WINNER = "winner"
WITHDRAWN = "withdrawn"

ORDER: tuple[str, ...] = (NOMINATED, SHORTLISTED, FINALIST, WINNER)
STAGES: tuple[str, ...] = (*ORDER, WITHDRAWN)
ROUND_STAGES: tuple[str, ...] = (SHORTLISTED, FINALIST)


def rank_of(stage: str) -> int:
    return ORDER.index(stage)


def move_problem(current: str, target: str) -> str | None:
    """Why moving from `current` to `target` is refused, or None when it is allowed.

    Forward moves may skip a step (2019's five nominees all became finalists at once);
    a step back is allowed before a decision; winner is set only by a decision and
    withdrawn only with a reason (both have their own services).
    """
    if target not in STAGES:
        return "unknown"
    if target == current:
        return "same"
    if target == WINNER:
        return "winner_by_decision"
    if target == WITHDRAWN:
        return "withdraw_with_reason"
    if current == WINNER:
        return "is_winner"
    if current == WITHDRAWN:
        return "withdrawn"
    return None


def at_or_beyond(stage: str, threshold: str) -> bool:
    """True when `stage` has reached `threshold` (withdrawn never has)."""
    return stage in ORDER and rank_of(stage) >= rank_of(threshold)


def ranked_stages(round_stage: str, present: set[str]) -> set[str]:
    """Stages whose nominees a round ranks (design §3).

    Those at the round's stage or beyond; while no nominee has reached it, every stage
    but withdrawn.
    """
    reached = {s for s in ORDER if at_or_beyond(s, round_stage)}
    if reached & present:
        return reached
    return set(ORDER)
