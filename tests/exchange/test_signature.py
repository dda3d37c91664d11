"""The signature of design §4, checked independently, and a byte-flip property test."""

import hashlib
import hmac
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nomdesk.exchange.sheet_import import SheetInput, apply_import, preview_import, read_inputs
from tests.exchange.sheets import ballot_of


@pytest.fixture
def real_sheet(exchange, tmp_path: Path) -> tuple[Path, dict]:
    """A sheet exported from a real workspace: two nominees scored, one comment, one
    conflict declared; and the ballot it came from."""
    ballot_path = exchange.ballot(0)
    ws = exchange.open(ballot_path)
    a, b, c = (ws.find_nominee(f"Kommun {x}") for x in "ABC")
    innovation, effekt = ws.find_criterion("Innovation"), ws.find_criterion("Effekt")
    ws.set_score(a, innovation, 8.5, "Modigt")
    ws.set_score(a, effekt, 4)
    ws.set_score(b, innovation, 3)
    ws.set_overall_comment(b, "Lovande")
    ws.declare_conflict(c, "Jäv")
    path = tmp_path / "real.nomscores"
    ws.export_sheet(path)
    ws.close()
    return path, ballot_of(ballot_path)


def test_an_independent_hmac_over_json_dumps_verifies_the_sheet(real_sheet) -> None:
    path, ballot = real_sheet
    document = json.loads(path.read_bytes())
    signature = document.pop("signature")
    canonical = json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    expected = hmac.new(ballot["secret"].encode(), canonical.encode("utf-8"), hashlib.sha256)
    assert hmac.compare_digest(signature, expected.hexdigest())


def _content(preview) -> object:
    """What an accepted preview would write, or None when it is refused."""
    (item,) = preview.files
    if item.status == "refused":
        return None
    assert item.status == "accepted", item
    plan = item.plan
    return (
        sorted(plan.inserts),
        sorted(plan.updates),
        sorted(plan.removes),
        sorted(plan.comment_upserts),
        sorted(plan.conflicts_add),
    )


def _preview(exchange, data: bytes):
    return preview_import(session=exchange.session, inputs=[SheetInput("x.nomscores", data)])


def test_every_byte_flipped_is_refused_or_imports_the_same(exchange, real_sheet) -> None:
    path, _ballot = real_sheet
    data = path.read_bytes()
    original = _content(_preview(exchange, data))
    assert original is not None
    accepted = 0
    for position in range(len(data)):
        mask = 1 << (position % 8)  # every bit position occurs along the file
        variant = bytearray(data)
        variant[position] ^= mask
        outcome = _content(_preview(exchange, bytes(variant)))
        assert outcome in (None, original), (position, mask)
        accepted += outcome is not None
    assert accepted < len(data) // 10  # almost every change is refused


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_random_byte_flips_are_refused_or_import_the_same(exchange, real_sheet, data) -> None:
    path, _ballot = real_sheet
    raw = path.read_bytes()
    position = data.draw(st.integers(0, len(raw) - 1), label="position")
    mask = data.draw(st.integers(1, 255), label="mask")
    variant = bytearray(raw)
    variant[position] ^= mask
    original = _content(_preview(exchange, raw))
    assert _content(_preview(exchange, bytes(variant))) in (None, original)


def test_a_re_indented_sheet_imports_the_same_scores(exchange, real_sheet, tmp_path) -> None:
    path, _ballot = real_sheet
    document = json.loads(path.read_bytes())
    other = tmp_path / "other.nomscores"
    other.write_text(json.dumps(document, indent=4, sort_keys=True), encoding="utf-8")
    assert _content(_preview(exchange, other.read_bytes())) == _content(
        _preview(exchange, path.read_bytes())
    )
    result = apply_import(session=exchange.session, inputs=read_inputs([other, path]))
    assert [f.status for f in result.files] == ["accepted", "already_imported"]
