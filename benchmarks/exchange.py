"""Importing jurors' score sheets on the large database (issue 5): one JSON object.

    uv run python benchmarks/make_large_db.py /tmp/large.db
    uv run python benchmarks/exchange.py --db /tmp/large.db [--repeat 3]

The import writes, so the database is first copied (SQLite's backup API) into a
temporary folder; the original is never changed. In the copy, the latest round's 15
jurors get ballots (200 finalists × 10 criteria each); from each ballot a signed sheet is
made holding every score, a tenth of them changed, as the juror's next revision. The
figure is the median over `--repeat` imports of all 15 sheets as the app does them:
reading the files, the preview (every check of design §4 and the diff), and applying
that preview in one transaction (after confirming that nothing was written since). The
floor, measured in the same run on the same files, is reading them and parsing their
JSON. Target ≤ 1.5 s.
"""

import argparse
import json
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlmodel import select

from nomdesk.db.models import AwardYear, Criterion, Juror, Nominee, Score, ScoringRound
from nomdesk.db.open import open_database
from nomdesk.db.session import new_session
from nomdesk.domain.rules import value_problem
from nomdesk.exchange import signing
from nomdesk.exchange.ballots import issue_ballots
from nomdesk.exchange.formats import SHEET_FORMAT, BallotFile
from nomdesk.exchange.sheet_import import apply_import, preview_import, read_inputs

try:  # run as a script or with benchmarks/ on sys.path
    from _common import median_ms
except ImportError:  # pragma: no cover - imported as benchmarks.exchange
    from benchmarks._common import median_ms

TARGET_MS = 1500.0
REPEAT = 3
CHANGED = 0.1  # the share of scores a new revision changes


def copy_database(source: Path, target: Path) -> None:
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    dest = sqlite3.connect(target)
    try:
        src.backup(dest)
    finally:
        dest.close()
        src.close()


def latest_round_id(session) -> int:
    query = (
        select(ScoringRound.id)
        .join(AwardYear, AwardYear.id == ScoringRound.year_id)  # type: ignore[arg-type]
        .order_by(AwardYear.year.desc())  # type: ignore[attr-defined]
        .limit(1)
    )
    return session.exec(query).one()


def _other_value(rng: random.Random, value: float, criterion) -> float:
    steps = round((criterion.scale_max - criterion.scale_min) / criterion.step)
    while True:
        candidate = criterion.scale_min + rng.randint(0, steps) * criterion.step
        if candidate != value and value_problem(candidate, *_scale(criterion)) is None:
            return candidate


def _scale(criterion) -> tuple[float, float, float]:
    return criterion.scale_min, criterion.scale_max, criterion.step


def make_sheet(
    ballot: BallotFile, values: dict[tuple[str, str], float], revision: int, rng: random.Random
) -> dict[str, Any]:
    """The juror's next revision: every cell, a tenth of them changed, signed."""
    criteria = {c.uid: c for c in ballot.criteria}
    scores = []
    for n in ballot.nominees:
        for c in ballot.criteria:
            value = values.get((n.uid, c.uid), c.scale_min)
            if rng.random() < CHANGED:
                value = _other_value(rng, value, criteria[c.uid])
            values[(n.uid, c.uid)] = value
            scores.append(
                {"nominee_uid": n.uid, "criterion_uid": c.uid, "value": value, "comment": ""}
            )
    document = {
        "format": SHEET_FORMAT,
        "award_uid": ballot.award.uid,
        "year_uid": ballot.year.uid,
        "round_uid": ballot.round.uid,
        "ballot_uid": ballot.ballot_uid,
        "juror_uid": ballot.juror.uid,
        "revision": revision,
        "exported_at": "2027-10-01T12:00:00+00:00",
        "scores": scores,
        "comments": [],
        "conflicts": [],
    }
    document["signature"] = signing.sign(ballot.secret, document)
    return document


def figure_import(path: Path, *, repeat: int = REPEAT, seed: int = 5) -> dict[str, Any]:
    """Import every juror's sheet of the latest round, `repeat` times (new revisions)."""
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory(prefix="nomdesk-exchange-") as folder:
        work = Path(folder)
        copy = work / "copy.db"
        copy_database(path, copy)
        opened = open_database(copy, create=False)
        try:
            with new_session(opened.engine, actor="benchmark") as session:
                round_id = latest_round_id(session)
                ballots = [i.document for i in issue_ballots(session=session, round_id=round_id)]
                values = [
                    {(s.nominee_uid, s.criterion_uid): s.value for s in b.scores} for b in ballots
                ]
                runs = [
                    _one_import(session, work, ballots, values, revision, rng)
                    for revision in range(1, repeat + 1)
                ]
                last = _check_written(session, round_id, ballots, values)
        finally:
            opened.engine.dispose()
    total = median_ms([r["total_s"] for r in runs])
    floor = median_ms([r["floor_s"] for r in runs])
    return {
        "sheets": len(ballots),
        "scores_per_sheet": len(ballots[0].nominees) * len(ballots[0].criteria),
        "ms": round(total, 1),
        "preview_ms": round(median_ms([r["preview_s"] for r in runs]), 1),
        "apply_ms": round(median_ms([r["apply_s"] for r in runs]), 1),
        "floor_ms": round(floor, 1),
        "ratio": round(total / floor, 2) if floor > 0 else None,
        "target_ms": TARGET_MS,
        "within_target": total <= TARGET_MS,
        "changed_per_run": runs[-1]["changed"],
        "written_as_sent": last,
    }


def _one_import(session, work: Path, ballots, values, revision: int, rng) -> dict[str, Any]:
    paths = []
    for ballot, juror_values in zip(ballots, values, strict=True):
        path = work / f"{ballot.juror.name} r{revision}.nomscores"
        path.write_text(json.dumps(make_sheet(ballot, juror_values, revision, rng), indent=1))
        paths.append(path)
    t0 = time.perf_counter()
    for path in paths:  # the floor: read and parse the same files
        json.loads(path.read_bytes())
    t1 = time.perf_counter()
    inputs = read_inputs(paths)
    preview = preview_import(session=session, inputs=inputs)
    t2 = time.perf_counter()
    result = apply_import(session=session, inputs=inputs, preview=preview)
    t3 = time.perf_counter()
    statuses = {f.status for f in result.files}
    if statuses != {"accepted"} or [f.status for f in preview.files] != ["accepted"] * len(paths):
        raise SystemExit(f"not every sheet was accepted: {[f.reason for f in result.files]}")
    return {
        "floor_s": t1 - t0,
        "preview_s": t2 - t1,
        "apply_s": t3 - t2,
        "total_s": t3 - t1,
        "changed": sum(f.changed + f.new for f in result.files),
    }


def _check_written(session, round_id: int, ballots, values) -> bool:
    """Whether the database now holds exactly the last sheets' values."""
    rows = session.exec(
        select(Score.juror_id, Score.nominee_id, Score.criterion_id, Score.value).where(
            Score.round_id == round_id
        )
    ).all()
    juror_ids = {j.uid: j.id for j in session.exec(select(Juror))}
    nominee_ids = {n.uid: n.id for n in session.exec(select(Nominee))}
    criterion_ids = {c.uid: c.id for c in session.exec(select(Criterion))}
    held = {(j, n, c): v for j, n, c, v in rows}
    wanted = {
        (juror_ids[b.juror.uid], nominee_ids[n], criterion_ids[c]): v
        for b, juror_values in zip(ballots, values, strict=True)
        for (n, c), v in juror_values.items()
    }
    return held == wanted


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/large.db"), help="large database")
    parser.add_argument("--repeat", type=int, default=REPEAT, help="imports measured")
    args = parser.parse_args(argv)
    if not args.db.is_file():
        print(
            f"{args.db} does not exist; make it with "
            f"uv run python benchmarks/make_large_db.py {args.db}",
            file=sys.stderr,
        )
        return 2
    print(json.dumps({"import_sheets": figure_import(args.db, repeat=args.repeat)}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
