"""Attachments: bytes stored with sha256, size and media type; listing leaves bytes out."""

import hashlib
import uuid

from nomdesk.errors import ValidationError
from nomdesk.services import attachments

PDF = b"%PDF-1.7\n" + bytes(range(256)) * 8


def test_add_attachment_records_hash_size_and_type(session, year):
    n = year.nominees[0].id
    added = attachments.add_attachment(
        session=session, nominee_id=n, file_name="/tmp/x/nominering.pdf", data=PDF
    )
    assert added.file_name == "nominering.pdf"
    assert added.size == len(PDF)
    assert added.sha256 == hashlib.sha256(PDF).hexdigest()
    assert added.media_type == "application/pdf"
    assert attachments.attachment_bytes(session=session, attachment_id=added.id) == PDF


def test_explicit_media_type_and_unknown_extension(session, year):
    n = year.nominees[0].id
    given = attachments.add_attachment(
        session=session, nominee_id=n, file_name="a.bin", data=b"x", media_type="text/csv"
    )
    unknown = attachments.add_attachment(
        session=session, nominee_id=n, file_name="data.zzzunknown", data=b"y"
    )
    assert given.media_type == "text/csv"
    assert unknown.media_type == "application/octet-stream"


def test_list_attachments_without_bytes(session, year):
    n = year.nominees[0].id
    uid = str(uuid.uuid4())
    attachments.add_attachment(session=session, nominee_id=n, file_name="a.pdf", data=PDF, uid=uid)
    attachments.add_attachment(session=session, nominee_id=n, file_name="b.txt", data=b"hej")
    attachments.add_attachment(
        session=session, nominee_id=year.nominees[1].id, file_name="c.txt", data=b"annan"
    )
    rows = attachments.list_attachments(session=session, nominee_id=n)
    assert [r.file_name for r in rows] == ["a.pdf", "b.txt"]
    assert rows[0].uid == uid
    assert [r.size for r in rows] == [len(PDF), 3]
    assert rows[1].sha256 == hashlib.sha256(b"hej").hexdigest()
    for row in rows:
        assert "data" not in row._fields
    assert attachments.attachment_bytes(session=session, attachment_id=rows[1].id) == b"hej"


def test_add_attachment_file_reads_from_disk(session, year, tmp_path):
    path = tmp_path / "självskattning.csv"
    path.write_bytes(b"a;b\n1;2\n")
    added = attachments.add_attachment_file(
        session=session, nominee_id=year.nominees[0].id, path=path
    )
    assert added.file_name == "självskattning.csv"
    assert attachments.attachment_bytes(session=session, attachment_id=added.id) == (
        path.read_bytes()
    )


def test_missing_file_and_empty_name_are_refused(session, year, refused, tmp_path):
    with refused(ValidationError, field="file"):
        attachments.add_attachment_file(
            session=session, nominee_id=year.nominees[0].id, path=tmp_path / "nope.pdf"
        )
    with refused(ValidationError, field="file_name"):
        attachments.add_attachment(
            session=session, nominee_id=year.nominees[0].id, file_name="  ", data=b"x"
        )


def test_remove_attachment(session, year):
    n = year.nominees[0].id
    added = attachments.add_attachment(session=session, nominee_id=n, file_name="a.pdf", data=PDF)
    bundle = attachments.remove_attachment(session=session, attachment_id=added.id)
    assert bundle.count("attachment") == 1
    assert bundle.rows[0][1]["data"] == PDF
    assert attachments.list_attachments(session=session, nominee_id=n) == []
