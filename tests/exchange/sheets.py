"""Making score sheets for tests straight from a ballot file, signed like nomdesk signs."""

import hashlib
import hmac
import json
from pathlib import Path
from typing import Any


def ballot_of(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def signed(ballot: dict[str, Any], document: dict[str, Any]) -> dict[str, Any]:
    """The document with the signature design §4 defines, computed independently."""
    body = {k: v for k, v in document.items() if k != "signature"}
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    signature = hmac.new(
        ballot["secret"].encode("utf-8"), canonical.encode("utf-8"), hashlib.sha256
    ).hexdigest()
    return {**body, "signature": signature}


def sheet(
    ballot: dict[str, Any],
    scores: list[tuple[str, str, float]] | None = None,
    *,
    revision: int = 1,
    comments: list[tuple[str, str]] = (),
    conflicts: list[tuple[str, str]] = (),
    **fields: Any,
) -> dict[str, Any]:
    """A signed sheet for the ballot; scores as (nominee uid, criterion uid, value)."""
    document = {
        "format": "nomdesk-scoresheet/1",
        "award_uid": ballot["award"]["uid"],
        "year_uid": ballot["year"]["uid"],
        "round_uid": ballot["round"]["uid"],
        "ballot_uid": ballot["ballot_uid"],
        "juror_uid": ballot["juror"]["uid"],
        "revision": revision,
        "exported_at": "2027-03-01T10:00:00+00:00",
        "scores": [
            {"nominee_uid": n, "criterion_uid": c, "value": v, "comment": ""}
            for n, c, v in scores or []
        ],
        "comments": [{"nominee_uid": n, "comment": t} for n, t in comments],
        "conflicts": [{"nominee_uid": n, "reason": r} for n, r in conflicts],
        **fields,
    }
    return signed(ballot, document)


def full_scores(ballot: dict[str, Any], value_of=None) -> list[tuple[str, str, float]]:
    """Every nominee of the ballot on every criterion (the scale's minimum by default)."""
    return [
        (n["uid"], c["uid"], value_of(n, c) if value_of else c["scale_min"])
        for n in ballot["nominees"]
        for c in ballot["criteria"]
    ]


def write(path: Path, document: dict[str, Any]) -> Path:
    path.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")
    return path
