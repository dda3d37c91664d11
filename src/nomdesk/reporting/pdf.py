"""A PDF file on A4: metadata (design §5), a safe write, and each page's footer and mark."""

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar
from xml.sax.saxutils import escape

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from nomdesk import __version__
from nomdesk.errors import ValidationError
from nomdesk.reporting import style
from nomdesk.reporting.fonts import font, load_fonts
from nomdesk.reporting.layout import Canvas

T = TypeVar("T")
RESOLUTION = 1200  # dots per inch: glyphs are placed precisely


@dataclass(frozen=True)
class DocumentInfo:
    title: str
    author: str
    subject: str
    language: str  # BCP 47, e.g. "sv-SE"


def ensure_gui_application() -> None:
    """Reports need a QGuiApplication (fonts); a headless command makes an offscreen one."""
    if QCoreApplication.instance() is not None:
        return
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _APP.append(QGuiApplication(["nomdesk"]))


_APP: list = []


def xmp_metadata(info: DocumentInfo, created: datetime) -> bytes:
    """XMP with title, author, subject (dc:description) and language (dc:language)."""
    title, author, subject = (escape(t) for t in (info.title, info.author, info.subject))
    stamp = created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>{author}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{subject}</rdf:li></rdf:Alt>
   </dc:description>
   <dc:language><rdf:Bag><rdf:li>{escape(info.language)}</rdf:li></rdf:Bag></dc:language>
   <dc:format>application/pdf</dc:format>
   <pdf:Producer>nomdesk {__version__}</pdf:Producer>
   <xmp:CreatorTool>nomdesk {__version__}</xmp:CreatorTool>
   <xmp:CreateDate>{stamp}</xmp:CreateDate>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>""".encode()


def new_writer(path: Path, info: DocumentInfo) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    layout = QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                         QMarginsF(0, 0, 0, 0))  # fmt: skip
    writer.setPageLayout(layout)  # the margins are the document's own (layout.Margins)
    writer.setTitle(info.title)
    writer.setAuthor(info.author)
    writer.setCreator(f"nomdesk {__version__}")
    writer.setDocumentXmpMetadata(xmp_metadata(info, datetime.now(UTC)))
    return writer


def write_pdf(path: Path, info: DocumentInfo, paint: Callable[[QPdfWriter], T]) -> T:
    """Paint into a temporary file beside `path`, then rename it into place: a failed
    report leaves no half-written file and keeps an older one intact."""
    path = Path(path)
    if not path.parent.is_dir():
        raise ValidationError(
            "Cannot write {path}: the folder does not exist.", field="out", path=str(path)
        )
    ensure_gui_application()
    load_fonts()
    partial = path.with_name(f".{path.name}.partial")
    writer = new_writer(partial, info)
    try:
        result = paint(writer)
    except BaseException:
        del writer
        partial.unlink(missing_ok=True)
        raise
    del writer  # closes the file
    try:
        os.replace(partial, path)
    except OSError as err:
        partial.unlink(missing_ok=True)
        raise ValidationError(
            "Cannot write {path}: {reason}", field="out", path=str(path), reason=err.strerror
        ) from err
    return result


def paint_footer(painter: QPainter, canvas: Canvas, left: str, right: str) -> None:
    """A thin rule and two texts in the bottom margin."""
    frame = canvas.frame
    y = frame.bottom() + canvas.pt(26)
    painter.setPen(QPen(style.RULE, canvas.pt(0.5)))
    painter.drawLine(QPointF(frame.left(), y), QPointF(frame.right(), y))
    painter.setFont(font(style.SMALL))
    painter.setPen(style.MUTED)
    box = QRectF(frame.left(), y + canvas.pt(3), frame.width(), canvas.pt(12))
    painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, left)
    painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, right)


def paint_header(painter: QPainter, canvas: Canvas, text: str, colour=style.WATERMARK_TEXT):
    """A short label at the top right, inside the top margin (e.g. "DRAFT")."""
    painter.setFont(font(style.SMALL, bold=True))
    painter.setPen(colour)
    box = QRectF(canvas.frame.left(), canvas.pt(22), canvas.frame.width(), canvas.pt(12))
    painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, text)


def paint_watermark(painter: QPainter, canvas: Canvas, text: str) -> None:
    """Large, pale, diagonal text across the page (a draft)."""
    painter.save()
    page = canvas.page
    painter.translate(page.center())
    painter.rotate(-40)
    painter.setFont(font(96, bold=True))
    painter.setPen(style.WATERMARK)
    box = QRectF(-page.height() / 2, -canvas.pt(80), page.height(), canvas.pt(160))
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()
