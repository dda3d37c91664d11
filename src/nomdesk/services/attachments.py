"""Files attached to a nominee (nomination PDFs, self-assessments, visit reports)."""

import hashlib
import mimetypes
from pathlib import Path

from sqlmodel import Session, col, select

from nomdesk.db.models import Attachment, Nominee
from nomdesk.errors import ValidationError
from nomdesk.services import crud
from nomdesk.services.guards import get, writable_year
from nomdesk.services.unit import write

MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024
LISTED_COLUMNS = (
    Attachment.id,
    Attachment.uid,
    Attachment.file_name,
    Attachment.media_type,
    Attachment.size,
    Attachment.sha256,
    Attachment.added_at,
)


@write
def add_attachment(
    *,
    session: Session,
    nominee_id: int,
    file_name: str,
    data: bytes,
    media_type: str | None = None,
    description: str = "",
    uid: str | None = None,
) -> Attachment:
    nominee = get(session, Nominee, nominee_id, field="nominee")
    writable_year(session, nominee.year_id)
    name = Path(file_name).name.strip()
    if not name:
        raise ValidationError("The attachment needs a file name.", field="file_name")
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise ValidationError(
            "{name} is larger than 50 MB; attach a smaller file.", field="data", name=name
        )
    guessed = mimetypes.guess_type(name)[0]
    attachment = Attachment(
        nominee_id=nominee_id,
        file_name=name,
        media_type=media_type or guessed or "application/octet-stream",
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        data=data,
        description=description,
    )
    if uid:
        attachment.uid = uid
    return crud.create(session, attachment)


@write
def add_attachment_file(*, session: Session, nominee_id: int, path: Path) -> Attachment:
    """Attach a file from disk."""
    try:
        if Path(path).stat().st_size > MAX_ATTACHMENT_BYTES:  # refuse before reading it all
            raise ValidationError(
                "{name} is larger than 50 MB; attach a smaller file.",
                field="data",
                name=Path(path).name,
            )
        data = Path(path).read_bytes()
    except OSError as err:
        raise ValidationError(
            "Cannot read {path}: {reason}", field="file", path=str(path), reason=err.strerror
        ) from err
    return add_attachment(
        session=session, nominee_id=nominee_id, file_name=Path(path).name, data=data
    )


@write
def remove_attachment(*, session: Session, attachment_id: int) -> crud.Bundle:
    attachment = get(session, Attachment, attachment_id, field="attachment")
    nominee = get(session, Nominee, attachment.nominee_id)
    writable_year(session, nominee.year_id)
    return crud.delete(session, attachment)


def list_attachments(*, session: Session, nominee_id: int):
    """Attachments without their bytes (id, uid, file_name, media_type, size, sha256, added_at)."""
    query = select(*LISTED_COLUMNS).where(Attachment.nominee_id == nominee_id)
    return list(session.exec(query.order_by(col(Attachment.added_at))))


def attachment_bytes(*, session: Session, attachment_id: int) -> bytes:
    data = session.exec(select(Attachment.data).where(Attachment.id == attachment_id)).first()
    if data is None:
        get(session, Attachment, attachment_id, field="attachment")
    return data or b""
