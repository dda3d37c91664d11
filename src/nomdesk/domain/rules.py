"""Checks on values that every layer agrees on: scales, steps, weights, names."""

import math

STEP_TOLERANCE = 1e-9
PHASES: tuple[str, ...] = (
    "setup",
    "nominations",
    "shortlist",
    "scoring",
    "deliberation",
    "decision",
    "publication",
)
METHODS: tuple[str, ...] = ("mean", "median", "trimmed", "zscore", "borda", "schulze")
JUROR_ROLES: tuple[str, ...] = ("chair", "member")
SCORE_SOURCES: tuple[str, ...] = ("sheet", "keyed", "demo")
ROUND_STATUSES: tuple[str, ...] = ("open", "closed")
TIE_BREAK_KINDS: tuple[str, ...] = ("criterion", "chair", "median", "jury")
INITIATIVE_AREAS: tuple[str, ...] = (
    "open_data",
    "ai",
    "rpa",
    "e_services",
    "iot",
    "digital_twin",
    "automation",
    "infrastructure",
    "strategy",
    "other",
)
ORGANISATION_KINDS: tuple[str, ...] = ("municipality", "region", "agency", "company", "other")
# Methods whose score lies on the totals' own 0–100 scale (the others are z-scores, Borda
# points or Schulze's pairwise wins).
ON_TOTAL_SCALE = ("mean", "median", "trimmed")


def score_digits(method: str) -> int:
    """Decimals a method's score is shown with: Schulze's pairwise wins are whole."""
    return 0 if method == "schulze" else 2


def on_step(value: float, scale_min: float, step: float) -> bool:
    """A value is on the step when (value − min)/step is an integer within 1e-9."""
    q = (value - scale_min) / step
    return abs(q - round(q)) <= STEP_TOLERANCE


def value_problem(value: float, scale_min: float, scale_max: float, step: float) -> str | None:
    """'not_number', 'out_of_range', 'off_step', or None when the value is valid."""
    if not isinstance(value, int | float) or isinstance(value, bool) or not math.isfinite(value):
        return "not_number"
    if value < scale_min - STEP_TOLERANCE or value > scale_max + STEP_TOLERANCE:
        return "out_of_range"
    if not on_step(value, scale_min, step):
        return "off_step"
    return None


def criterion_problem(weight: float, scale_min: float, scale_max: float, step: float):
    """(field, message) for the first invalid criterion setting, or None."""
    checks = (
        (math.isfinite(weight) and weight > 0, "weight", "The weight must be greater than 0."),
        (
            math.isfinite(scale_min) and math.isfinite(scale_max) and scale_min < scale_max,
            "scale_max",
            "The scale's maximum must be greater than its minimum.",
        ),
        (math.isfinite(step) and step > 0, "step", "The step must be greater than 0."),
    )
    for ok, field, message in checks:
        if not ok:
            return field, message
    if step > scale_max - scale_min:
        return "step", "The step must not be larger than the scale."
    return None
