"""docs/file-formats.md shows the schemas the models generate, and its example verifies."""

import hashlib
import hmac
import json
from pathlib import Path

from nomdesk.exchange import signing
from nomdesk.exchange.formats import ScoreSheetFile, ballot_schema, sheet_schema

DOC = Path(__file__).parents[2] / "docs" / "file-formats.md"


def _block(text: str, after: str, kind: str = "json") -> str:
    return text.split(after, 1)[1].split(f"```{kind}\n", 1)[1].split("```", 1)[0]


def test_the_doc_shows_the_generated_schemas() -> None:
    text = DOC.read_text(encoding="utf-8")
    assert json.loads(_block(text, "### Ballot")) == ballot_schema()
    assert json.loads(_block(text, "### Score sheet")) == sheet_schema()


def test_the_worked_example_is_a_valid_signed_sheet() -> None:
    text = DOC.read_text(encoding="utf-8")
    example = _block(text, "## Worked example")
    secret = _block(text, "## Worked example", "text").strip()
    document = json.loads(example)
    ScoreSheetFile.model_validate(document)
    canonical = _block(text, "Its canonical form", "text").strip()
    assert canonical.encode("utf-8") == signing.canonical(document)
    expected = hmac.new(secret.encode(), canonical.encode("utf-8"), hashlib.sha256).hexdigest()
    assert document["signature"] == expected
    assert _block(text, "with the secret gives", "text").strip() == expected


def test_every_refusal_code_is_documented_for_import_sheets() -> None:
    from nomdesk.exchange.errors import MESSAGES

    cli = (DOC.parent / "cli.md").read_text(encoding="utf-8")
    section = cli.split("## `nomdesk import-sheets")[1]
    not_import = {"not_a_ballot", "bad_attachment", "workspace_mismatch", "unwritable"}
    sheet_codes = set(MESSAGES) - not_import
    assert all(f"`{code}`" in section for code in sheet_codes)
