"""Every refusal of issue 5: a message naming the file and the reason, and nothing changed.

Each case builds a sheet (and may change the database first, e.g. revoke a ballot); then
the import is run and the database's iterdump() must equal the one taken just before.
"""

import json
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

from nomdesk.exchange.ballots import reissue_ballot
from nomdesk.exchange.errors import MAX_SHEET_BYTES
from nomdesk.exchange.sheet_import import apply_import, read_inputs
from nomdesk.services import rounds
from tests.exchange.sheets import ballot_of, full_scores, sheet, signed, write


def _ballot(exchange, index: int = 0) -> dict:
    return ballot_of(exchange.ballot(index))


def _uids(ballot: dict) -> tuple[dict, dict]:
    return (
        {n["display_name"]: n["uid"] for n in ballot["nominees"]},
        {c["name"]: c["uid"] for c in ballot["criteria"]},
    )


def _scored(exchange, tmp: Path, value: float, criterion: str = "Effekt") -> Path:
    ballot = _ballot(exchange)
    n, c = _uids(ballot)
    return write(tmp / "s.nomscores", sheet(ballot, [(n["Kommun A"], c[criterion], value)]))


def too_large(exchange, tmp: Path) -> Path:
    path = tmp / "big.nomscores"
    path.write_bytes(b" " * (MAX_SHEET_BYTES + 1))
    return path


def not_utf8(exchange, tmp: Path) -> Path:
    path = tmp / "latin1.nomscores"
    path.write_bytes('{\n "format": "Gävle"\n}'.encode("latin-1"))
    return path


def not_json(exchange, tmp: Path) -> Path:
    path = tmp / "broken.nomscores"
    path.write_text('{\n "format": "nomdesk-scoresheet/1",\n "revision": \n}', encoding="utf-8")
    return path


def unknown_format(exchange, tmp: Path) -> Path:
    ballot = _ballot(exchange)
    return write(tmp / "v2.nomscores", sheet(ballot, [], format="nomdesk-scoresheet/2"))


def invalid(exchange, tmp: Path) -> Path:
    ballot = _ballot(exchange)
    document = sheet(ballot, [])
    del document["comments"]
    return write(tmp / "short.nomscores", signed(ballot, document))


def bad_signature(exchange, tmp: Path) -> Path:
    ballot = _ballot(exchange)
    document = sheet(ballot, full_scores(ballot))
    document["scores"][1]["value"] = 5.0
    return write(tmp / "edited.nomscores", document)


def unknown_ballot(exchange, tmp: Path) -> Path:
    ballot = {**_ballot(exchange), "ballot_uid": str(uuid.uuid4())}
    return write(tmp / "stranger.nomscores", sheet(ballot, []))


def revoked_ballot(exchange, tmp: Path) -> Path:
    ballot = _ballot(exchange)
    setup = exchange.setup
    reissue_ballot(session=exchange.session, round_id=setup.round_id, juror_id=setup.jurors[0].id)
    return write(tmp / "old.nomscores", sheet(ballot, full_scores(ballot)))


def _mismatch(field: str) -> Callable:
    def build(exchange, tmp: Path) -> Path:
        ballot = _ballot(exchange)
        return write(tmp / f"{field}.nomscores", sheet(ballot, [], **{field: str(uuid.uuid4())}))

    return build


def unknown_nominee(exchange, tmp: Path) -> Path:
    ballot = _ballot(exchange)
    _n, c = _uids(ballot)
    return write(tmp / "n.nomscores", sheet(ballot, [(str(uuid.uuid4()), c["Effekt"], 3.0)]))


def unknown_criterion(exchange, tmp: Path) -> Path:
    ballot = _ballot(exchange)
    n, _c = _uids(ballot)
    return write(tmp / "c.nomscores", sheet(ballot, [(n["Kommun A"], str(uuid.uuid4()), 3.0)]))


def conflicted_nominee(exchange, tmp: Path) -> Path:
    ballot = _ballot(exchange, 1)  # juror 2, recorded as conflicted for Kommun C
    c_uid = exchange.setup.nominees[2].uid
    _n, c = _uids(ballot)
    return write(tmp / "j2.nomscores", sheet(ballot, [(c_uid, c["Effekt"], 3.0)]))


def scored_and_declared(exchange, tmp: Path) -> Path:
    ballot = _ballot(exchange)
    n, c = _uids(ballot)
    document = sheet(ballot, [(n["Kommun A"], c["Effekt"], 3.0)], conflicts=[(n["Kommun A"], "")])
    return write(tmp / "both.nomscores", document)


def duplicate_score(exchange, tmp: Path) -> Path:
    ballot = _ballot(exchange)
    n, c = _uids(ballot)
    cell = (n["Kommun A"], c["Effekt"], 3.0)
    return write(tmp / "twice.nomscores", sheet(ballot, [cell, cell]))


def out_of_range(exchange, tmp: Path) -> Path:
    return _scored(exchange, tmp, 6.0)


def off_step(exchange, tmp: Path) -> Path:
    return _scored(exchange, tmp, 2.25, "Innovation")


def not_newer(exchange, tmp: Path) -> Path:
    ballot = _ballot(exchange)
    n, c = _uids(ballot)
    first = write(tmp / "first.nomscores", sheet(ballot, [(n["Kommun A"], c["Effekt"], 4.0)]))
    apply_import(session=exchange.session, inputs=read_inputs([first]))
    return write(tmp / "again.nomscores", sheet(ballot, [(n["Kommun A"], c["Effekt"], 5.0)]))


def round_closed(exchange, tmp: Path) -> Path:
    path = _scored(exchange, tmp, 3.0)
    setup = exchange.setup
    rounds.set_round_status(session=exchange.session, round_id=setup.round_id, status="closed")
    return path


CASES = {
    "too_large": (too_large, "5 MB"),
    "not_utf8": (not_utf8, "line 2, column 14"),
    "not_json": (not_json, "line 4, column 1"),
    "unknown_format": (unknown_format, "nomdesk-scoresheet/2"),
    "invalid": (invalid, "comments"),
    "bad_signature": (bad_signature, "signature does not match"),
    "unknown_ballot": (unknown_ballot, "not known"),
    "revoked_ballot": (revoked_ballot, "revoked"),
    "wrong_award": (_mismatch("award_uid"), "another award"),
    "wrong_year": (_mismatch("year_uid"), "another year"),
    "wrong_round": (_mismatch("round_uid"), "another round"),
    "wrong_juror": (_mismatch("juror_uid"), "another juror"),
    "unknown_nominee": (unknown_nominee, "nominee"),
    "unknown_criterion": (unknown_criterion, "criterion"),
    "conflicted_nominee": (conflicted_nominee, "conflicted for Kommun C"),
    "scored_and_declared": (scored_and_declared, "Kommun A"),
    "duplicate_score": (duplicate_score, "twice"),
    "out_of_range": (out_of_range, "6 is outside the scale 1–5"),
    "off_step": (off_step, "step of 0.5"),
    "not_newer": (not_newer, "revision 1 is not newer than revision 1"),
    "round_closed": (round_closed, "closed"),
}


@pytest.mark.parametrize("code", list(CASES))
def test_refused_sheet_names_file_and_reason_and_changes_nothing(
    code: str, exchange, tmp_path: Path, dump, db_path: Path
) -> None:
    build, words = CASES[code]
    path = build(exchange, tmp_path)
    exchange.session.commit()
    before = dump(db_path)
    result = apply_import(session=exchange.session, inputs=read_inputs([path]))
    (item,) = result.files
    assert item.status == "refused", item
    assert item.code == code, item.reason
    assert item.reason.startswith(f"{path.name}: ")
    assert words in item.reason
    assert not result.ok and not result.applied
    assert item.error.field == "file" and item.error.params["file"] == path.name
    assert dump(db_path) == before


def test_every_refusal_message_names_the_file() -> None:
    from nomdesk.exchange.errors import MESSAGES

    assert all(text.startswith("{file}: ") and text.endswith(".") for text in MESSAGES.values())


def test_refusal_reasons_in_json_are_plain_text(exchange, tmp_path: Path) -> None:
    path = bad_signature(exchange, tmp_path)
    result = apply_import(session=exchange.session, inputs=read_inputs([path]))
    data = result.files[0].as_dict()
    assert json.loads(json.dumps(data))["code"] == "bad_signature"
