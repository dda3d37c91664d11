"""Ballots: one per juror, only that juror's data, re-sent unchanged, revoked and reissued."""

import base64
import hashlib
import json
from pathlib import Path

import pytest
from sqlmodel import select

from nomdesk.db.models import AuditEvent, Ballot
from nomdesk.errors import ValidationError
from nomdesk.exchange.ballots import ballot_statuses
from nomdesk.exchange.errors import ExchangeFileError
from nomdesk.exchange.files import read_ballot
from nomdesk.exchange.send import reissue_ballot
from nomdesk.services import rounds, scores
from tests.exchange.conftest import PDF


def test_one_ballot_per_juror_named_with_award_year_and_juror(exchange) -> None:
    written = exchange.send()
    names = sorted(w.path.name for w in written)
    assert names == [f"Digitaliseringspriset 2024 Juror {i} (2024).nomballot" for i in (1, 2, 3)]
    assert len({w.issued.ballot_uid for w in written}) == 3
    for item in written:
        assert read_ballot(item.path) == item.issued.document  # the file reads back exactly


def test_a_ballot_holds_no_other_jurors_data_and_no_conflicted_nominee(exchange) -> None:
    setup, session = exchange.setup, exchange.session
    # Juror 1 and juror 3 have scores and a comment; juror 2's ballot must show none of it.
    for juror in (setup.jurors[0], setup.jurors[2]):
        scores.set_score(
            session=session,
            round_id=setup.round_id,
            juror_id=juror.id,
            nominee_id=setup.nominees[0].id,
            criterion_id=setup.criteria[1].id,
            value=4,
            comment=f"hemligt från {juror.name}",
        )
        scores.set_nominee_comment(
            session=session,
            round_id=setup.round_id,
            juror_id=juror.id,
            nominee_id=setup.nominees[0].id,
            comment=f"omdöme av {juror.name}",
        )
    path = exchange.ballot(1)
    text = path.read_text(encoding="utf-8")
    for other in (setup.jurors[0], setup.jurors[2]):
        assert other.name not in text and other.uid not in text
        assert other.email not in text
    ballot = json.loads(text)
    assert ballot["scores"] == [] and ballot["comments"] == []
    assert [n["display_name"] for n in ballot["nominees"]] == ["Kommun A", "Kommun B"]
    assert setup.nominees[2].uid not in text  # the conflicted nominee is left out entirely
    own = json.loads(exchange.ballot(0).read_text(encoding="utf-8"))
    assert [s["comment"] for s in own["scores"]] == [f"hemligt från {setup.jurors[0].name}"]
    assert [c["comment"] for c in own["comments"]] == [f"omdöme av {setup.jurors[0].name}"]


def test_attachments_travel_in_the_ballot_and_are_checked_when_read(
    exchange, tmp_path: Path
) -> None:
    path = exchange.ballot(0)
    ballot = json.loads(path.read_text(encoding="utf-8"))
    (attachment,) = ballot["nominees"][0]["attachments"]
    assert base64.b64decode(attachment["data"]) == PDF
    assert attachment["sha256"] == hashlib.sha256(PDF).hexdigest()
    attachment["data"] = base64.b64encode(PDF[:-1] + b"x").decode()
    damaged = tmp_path / "damaged.nomballot"
    damaged.write_text(json.dumps(ballot), encoding="utf-8")
    with pytest.raises(ExchangeFileError) as info:
        read_ballot(damaged)
    assert info.value.code == "bad_attachment" and "nominering.pdf" in str(info.value)


def test_re_sending_keeps_the_uid_and_secret(exchange) -> None:
    first = json.loads(exchange.ballot(0).read_text(encoding="utf-8"))
    again = exchange.send([exchange.setup.jurors[0].id])
    assert not again[0].issued.new
    second = json.loads(again[0].path.read_text(encoding="utf-8"))
    assert (second["ballot_uid"], second["secret"]) == (first["ballot_uid"], first["secret"])
    assert len(exchange.session.exec(select(Ballot)).all()) == 1


def test_reissue_revokes_the_old_ballot_and_keeps_the_secret_out_of_the_log(exchange) -> None:
    old = json.loads(exchange.ballot(0).read_text(encoding="utf-8"))
    setup = exchange.setup
    written = reissue_ballot(
        session=exchange.session,
        round_id=setup.round_id,
        juror_id=setup.jurors[0].id,
        folder=exchange.ballots_dir,
    )
    new = json.loads(written.path.read_text(encoding="utf-8"))
    assert new["ballot_uid"] != old["ballot_uid"] and new["secret"] != old["secret"]
    rows = {b.uid: b for b in exchange.session.exec(select(Ballot))}
    assert rows[old["ballot_uid"]].revoked_at is not None
    assert rows[new["ballot_uid"]].replaces_id == rows[old["ballot_uid"]].id
    log = json.dumps([e.after for e in exchange.session.exec(select(AuditEvent))])
    assert old["secret"] not in log and new["secret"] not in log
    (status,) = [
        s
        for s in ballot_statuses(session=exchange.session, round_id=setup.round_id)
        if s.juror_id == setup.jurors[0].id
    ]
    assert status.ballot_uid == new["ballot_uid"] and status.last_revision is None


def test_ballots_only_for_an_open_round(exchange) -> None:
    rounds.set_round_status(
        session=exchange.session, round_id=exchange.setup.round_id, status="closed"
    )
    with pytest.raises(ValidationError) as info:
        exchange.send()
    assert info.value.field == "round"
    assert not exchange.ballots_dir.exists()


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"\xff\xfe", "not_utf8"),
        (b"{", "not_json"),
        (b'{"format": "nomdesk-scoresheet/1"}', "unknown_format"),
        (b'{"format": "nomdesk-ballot/1"}', "not_a_ballot"),
    ],
)
def test_a_file_that_is_not_a_ballot_is_refused_by_name(tmp_path: Path, content, code) -> None:
    path = tmp_path / "odd.nomballot"
    path.write_bytes(content)
    with pytest.raises(ExchangeFileError) as info:
        read_ballot(path)
    assert info.value.code == code and str(info.value).startswith("odd.nomballot: ")
