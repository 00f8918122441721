"""What turns a ReportLab canvas into a PDF/A-3b file with its credentials inside.

ReportLab writes the page; this adds, to the same file in the same pass (no second parse):
an sRGB output intent, XMP metadata that says PDF/A-3 level B and repeats the document
information, the language, and each credential as an embedded, associated file (``/AF``,
``AFRelationship /Alternative``). Dates are the day of issue, so a reprint has the same bytes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any
from xml.sax.saxutils import escape

PDFA_PART, PDFA_CONFORMANCE = 3, "B"
SRGB = "sRGB IEC61966-2.1"


@dataclass(frozen=True)
class Attachment:
    """A file carried inside the PDF: what a machine reads beside what a person reads."""

    name: str
    data: bytes
    mime: str
    description: str
    relationship: str = "Alternative"


@cache
def srgb_profile() -> bytes:
    return (resources.files("originn_desktop") / "resources" / "color" / "sRGB.icc").read_bytes()


class _DayStamp:
    """ReportLab's time stamp, fixed at midnight UTC of the day of issue."""

    def __init__(self, day: dt.date) -> None:
        self.YMDhms = (day.year, day.month, day.day, 0, 0, 0)
        self.dhh = self.dmm = 0
        self.t = dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC).timestamp()


def _plain_stream_class() -> Any:
    from reportlab.pdfbase import pdfdoc

    class PlainStream(pdfdoc.PDFStream):  # type: ignore[misc]
        """A stream written as it is, with no Filter key at all (PDF/A's metadata rule)."""

        def format(self, document: Any) -> bytes:
            dictionary = pdfdoc.PDFDictionary(self.dictionary.dict.copy())
            dictionary["Length"] = len(self.content)
            head: bytes = pdfdoc.format(dictionary, document)
            content: bytes = self.content
            return head + b"\nstream\n" + content + b"\nendstream\n"

    return PlainStream


@cache
def _streams_end_with_eol() -> None:
    """PDF/A wants an end of line before every ``endstream``; ReportLab writes some streams
    (ASCII85, images) without one. Add it: the stream's data and ``/Length`` stay the same."""
    from reportlab.pdfbase import pdfdoc

    original = pdfdoc.PDFStream.format

    def format(self: Any, document: Any) -> bytes:
        out: bytes = original(self, document)
        if out.endswith(b"endstream\n") and not out[:-10].endswith((b"\n", b"\r")):
            out = out[:-10] + b"\nendstream\n"
        return out

    pdfdoc.PDFStream.format = format


def _PlainStream(dictionary: Any, content: bytes) -> Any:
    return _plain_stream_class()(dictionary, content)


def _mime_name(mime: str) -> str:
    """A MIME type as a PDF name: ``application/json`` is ``/application#2Fjson``."""
    from reportlab.pdfbase.pdfdoc import PDFName

    name: str = PDFName(mime)
    return "/" + name[1:].replace("/", "#2F")


def _xmp(info: Any, language: str, day: dt.date) -> bytes:
    """The XMP packet: PDF/A identification and the same facts as the information dictionary."""
    when = f"{day.isoformat()}T00:00:00Z"
    title, author, subject = (escape(str(x)) for x in (info.title, info.author, info.subject))
    creator, producer = escape(str(info.creator)), escape(str(info.producer))
    packet = f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
   <pdfaid:part>{PDFA_PART}</pdfaid:part>
   <pdfaid:conformance>{PDFA_CONFORMANCE}</pdfaid:conformance>
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>{author}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{subject}</rdf:li></rdf:Alt></dc:description>
   <dc:language><rdf:Bag><rdf:li>{escape(language)}</rdf:li></rdf:Bag></dc:language>
   <pdf:Producer>{producer}</pdf:Producer>
   <pdf:Keywords></pdf:Keywords>
   <pdf:Trapped>False</pdf:Trapped>
   <xmp:CreatorTool>{creator}</xmp:CreatorTool>
   <xmp:CreateDate>{when}</xmp:CreateDate>
   <xmp:ModifyDate>{when}</xmp:ModifyDate>
   <xmp:MetadataDate>{when}</xmp:MetadataDate>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""
    return packet.encode("utf-8")


def make_pdfa(
    canvas: Any, language: str, day: dt.date, attachments: list[Attachment] | tuple[()] = ()
) -> None:
    """Call after drawing and before ``canvas.save()``: the file becomes PDF/A-3b."""
    from reportlab.pdfbase.pdfdoc import (
        PDFArray,
        PDFCatalog,
        PDFDate,
        PDFDictionary,
        PDFName,
        PDFStream,
        PDFString,
    )

    _streams_end_with_eol()
    doc = canvas._doc
    doc._timeStamp = _DayStamp(day)
    doc.info.keywords = ""
    catalog = doc.Catalog
    extra = ["OutputIntents", "AF"] if attachments else ["OutputIntents"]
    catalog.__NoDefault__ = [*PDFCatalog.__NoDefault__, *extra]
    catalog.__Refs__ = [k for k in catalog.__NoDefault__ if k != "OutputIntents"]
    catalog.Lang = PDFString(language)

    icc = PDFStream(PDFDictionary({"N": 3}), srgb_profile())
    catalog.OutputIntents = PDFArray(
        [
            PDFDictionary(
                {
                    "Type": PDFName("OutputIntent"),
                    "S": PDFName("GTS_PDFA1"),
                    "OutputConditionIdentifier": PDFString(SRGB),
                    "Info": PDFString(SRGB),
                    "DestOutputProfile": doc.Reference(icc),
                }
            )
        ]
    )
    metadata = _PlainStream(
        PDFDictionary({"Type": PDFName("Metadata"), "Subtype": PDFName("XML")}),
        _xmp(doc.info, language, day),
    )
    catalog.Metadata = doc.Reference(metadata)

    if not attachments:
        return
    when = PDFDate(ts=doc._timeStamp)
    names: list[Any] = []
    specs = []
    for item in sorted(attachments, key=lambda a: a.name):
        # Stored as they are: signed tokens and base64 pictures barely compress, and
        # compressing them would cost every certificate a millisecond for a few kilobytes.
        stream = _PlainStream(
            PDFDictionary(
                {
                    "Type": PDFName("EmbeddedFile"),
                    "Subtype": _mime_name(item.mime),
                    "Params": PDFDictionary({"ModDate": when, "Size": len(item.data)}),
                }
            ),
            item.data,
        )
        spec = doc.Reference(
            PDFDictionary(
                {
                    "Type": PDFName("Filespec"),
                    "F": PDFString(item.name),
                    "UF": PDFString(item.name),
                    "Desc": PDFString(item.description),
                    "AFRelationship": PDFName(item.relationship),
                    "EF": PDFDictionary({"F": doc.Reference(stream), "UF": doc.Reference(stream)}),
                }
            )
        )
        names += [PDFString(item.name), spec]
        specs.append(spec)
    catalog.AF = PDFArray(specs)
    catalog.Names = PDFDictionary({"EmbeddedFiles": PDFDictionary({"Names": PDFArray(names)})})
