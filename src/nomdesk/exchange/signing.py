"""The canonical form of a score sheet and its signature (design §4).

signature = hex HMAC-SHA256, keyed with the ballot's secret (its text as UTF-8), over
json.dumps(sheet_without_signature, sort_keys=True, separators=(",", ":"),
ensure_ascii=False).encode("utf-8"). The form is computed from the parsed JSON, so the
file's own layout (indentation, key order) does not matter.
"""

import hashlib
import hmac
import json
from typing import Any


def canonical(document: dict[str, Any]) -> bytes:
    """The canonical bytes of a sheet without its `signature` member."""
    body = {key: value for key, value in document.items() if key != "signature"}
    return _dumps(body)


def _dumps(data: Any) -> bytes:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8"
    )


def sign_canonical(secret: str, body: bytes) -> str:
    """The signature of canonical bytes."""
    return hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def sign(secret: str, document: dict[str, Any]) -> str:
    """The signature of a sheet document (its `signature` member, if any, is left out)."""
    return sign_canonical(secret, canonical(document))


def verify_canonical(secret: str, body: bytes, given: Any) -> bool:
    """Whether `given` is the signature of the canonical bytes (constant-time compare)."""
    if not isinstance(given, str):
        return False
    return hmac.compare_digest(given, sign_canonical(secret, body))


def verify(secret: str, document: dict[str, Any]) -> bool:
    """Whether the document's `signature` is the one its secret gives."""
    return verify_canonical(secret, canonical(document), document.get("signature"))


def sha256(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def content_digest(document: dict[str, Any]) -> str:
    """SHA-256 of the document's canonical form (signature left out).

    Two files with the same content have the same digest however they are laid out; an
    import records it (SheetImport.sha256) to tell "already imported" from "a different
    sheet". The signature is a function of the same content, so it need not be hashed.
    """
    return sha256(canonical(document))
