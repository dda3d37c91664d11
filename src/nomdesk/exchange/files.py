"""Reading and writing the exchange files, every refusal as an `ExchangeFileError`."""

import json
import os
import re
import tempfile
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from pydantic import ValidationError as PydanticError

from nomdesk.exchange.errors import MAX_SHEET_BYTES, refuse
from nomdesk.exchange.formats import (
    BALLOT_FORMAT,
    BALLOT_SUFFIX,
    SHEET_FORMAT,
    BallotFile,
    ScoreSheetFile,
)


def read_file(path: Path, *, limit: int | None = None) -> bytes:
    """A file's bytes; refused when unreadable or larger than `limit` (checked first)."""
    try:
        size = path.stat().st_size
        if limit is not None and size > limit:
            raise refuse("too_large", path.name, size=f"{size / 1048576:.1f}")
        return path.read_bytes()
    except OSError as err:
        raise refuse("unreadable", path.name, reason=err.strerror or str(err)) from err


def parse_json(name: str, data: bytes) -> Any:
    """The JSON value in UTF-8 bytes (a leading BOM allowed); refusals carry line and column."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        column = err.start - (data.rfind(b"\n", 0, err.start) + 1) + 1
        raise refuse("not_utf8", name, line=line, column=column) from err
    try:
        return json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as err:
        raise refuse("not_json", name, reason=err.msg, line=err.lineno, column=err.colno) from err
    except RecursionError as err:
        raise refuse("not_json", name, reason="nested too deeply", line=1, column=1) from err


def _no_constant(name: str) -> Any:
    # NaN and Infinity are not JSON; Python's parser would accept them.
    raise json.JSONDecodeError(f"{name} is not a JSON value", name, 0)


def check_format(name: str, document: Any, expected: str) -> dict[str, Any]:
    """The document as a dict, provided it declares the expected format."""
    found = document.get("format") if isinstance(document, dict) else None
    if found != expected:
        shown = found if isinstance(found, str) else "(none)"
        raise refuse("unknown_format", name, format=shown, expected=expected)
    return document


def validate(name: str, model: type[BaseModel], document: dict[str, Any], *, code: str):
    """The document as `model`, or a refusal naming the first field that is wrong."""
    try:
        return model.model_validate(document)
    except PydanticError as err:
        raise refuse(code, name, reason=describe(err)) from err


def describe(err: PydanticError) -> str:
    """The first problem of a pydantic error as "where: what"."""
    first = err.errors()[0]
    where = ".".join(str(part) for part in first["loc"]) or "(document)"
    return f"{where}: {first['msg']}"


def parse_sheet_bytes(name: str, data: bytes) -> dict[str, Any]:
    """Size, UTF-8, JSON and format of a score sheet; the raw document (not yet trusted)."""
    if len(data) > MAX_SHEET_BYTES:
        raise refuse("too_large", name, size=f"{len(data) / 1048576:.1f}")
    return check_format(name, parse_json(name, data), SHEET_FORMAT)


def sheet_model(name: str, document: dict[str, Any]) -> ScoreSheetFile:
    return validate(name, ScoreSheetFile, document, code="invalid")


def read_ballot(path: Path) -> BallotFile:
    """A ballot file, checked against the format, attachments included."""
    document = check_format(path.name, parse_json(path.name, read_file(path)), BALLOT_FORMAT)
    ballot = validate(path.name, BallotFile, document, code="not_a_ballot")
    for nominee in ballot.nominees:
        for attachment in nominee.attachments:
            if not attachment.intact():
                raise refuse("bad_attachment", path.name, name=attachment.file_name)
    return ballot


def write_json(path: Path, data: Any, *, indent: int | None = 1) -> Path:
    """Write JSON atomically: a temporary file beside the target, renamed into place.

    An unwritable place is an ExchangeFileError naming the file; nothing is left behind.
    """
    text = json.dumps(data, ensure_ascii=False, indent=indent) + "\n"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".nomdesk-", suffix=".tmp")
    except OSError as err:
        raise refuse("unwritable", path.name, reason=err.strerror or str(err)) from err
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
        os.replace(temporary, path)
    except OSError as err:
        Path(temporary).unlink(missing_ok=True)
        raise refuse("unwritable", path.name, reason=err.strerror or str(err)) from err
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


def safe_file_name(text: str) -> str:
    """A file name made from names: no separators or characters systems refuse."""
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "-", text).strip(" .-")
    return re.sub(r"\s+", " ", cleaned)[:150] or "nomdesk"


def ballot_file_name(ballot: BallotFile) -> str:
    """ "<award> <year> <juror>.nomballot"."""
    return safe_file_name(f"{ballot.award.name} {ballot.year.year} {ballot.juror.name}") + (
        BALLOT_SUFFIX
    )
