"""The funders' report as a PDF: the figures in tables and as bars, A4, print-safe colours."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from originn_desktop.domain.figures import Breakdown, FundersReport
from originn_desktop.domain.text import Text, UserError
from originn_desktop.domain.values import label

INK = "#1f2933"
BAR = "#2f5d8a"
LINE = "#c8d0d8"


def _t(lang: str, en: str, sv: str) -> str:
    return sv if lang == "sv" else en


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:.0f} %"


def _bars(rows: list[Breakdown], names: list[str], width: float) -> object:
    """A horizontal bar per row: drawn as rectangles, no chart library needed."""
    from reportlab.graphics.shapes import Drawing, Rect, String

    from originn_desktop.pdf.fonts import SANS

    height = 16 * len(rows) + 4
    drawing = Drawing(width, height)
    top = max((r.participants for r in rows), default=1) or 1
    label_width = 150
    for i, (row, name) in enumerate(zip(rows, names, strict=True)):
        y = height - 16 * (i + 1)
        length = (width - label_width - 40) * row.participants / top
        drawing.add(String(0, y + 3, name[:28], fontName=SANS, fontSize=8, fillColor=INK))
        drawing.add(Rect(label_width, y + 1, max(length, 1), 11, fillColor=BAR, strokeColor=None))
        drawing.add(
            String(
                label_width + length + 4, y + 3, str(row.participants), fontName=SANS, fontSize=8
            )
        )
    return drawing


def write_report_pdf(report: FundersReport, path: str | Path, lang: str = "sv") -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from originn_desktop.pdf.fonts import SANS, SANS_BOLD, register_fonts

    register_fonts()
    body = ParagraphStyle("body", fontName=SANS, fontSize=9.5, leading=13, textColor=INK)
    small = ParagraphStyle("small", parent=body, fontSize=8, leading=10)
    h1 = ParagraphStyle(
        "h1", parent=body, fontName=SANS_BOLD, fontSize=17, leading=22, spaceAfter=4
    )
    h2 = ParagraphStyle(
        "h2",
        parent=body,
        fontName=SANS_BOLD,
        fontSize=11.5,
        leading=15,
        spaceBefore=10,
        spaceAfter=4,
    )
    grid = TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), SANS, 8.5),
            ("FONT", (0, 0), (-1, 0), SANS_BOLD, 8.5),
            ("TEXTCOLOR", (0, 0), (-1, -1), colors.HexColor(INK)),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor(INK)),
            ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor(LINE)),
            ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]
    )
    width = A4[0] - 40 * mm
    story: list[object] = [
        Paragraph(
            _t(
                lang,
                "ORIGINN micro-credentials: figures for the funders",
                "ORIGINN mikromeriter: uppgifter till finansiärerna",
            ),
            h1,
        ),
        Paragraph(
            _t(
                lang,
                f"Region Jämtland Härjedalen and Mittuniversitetet · Interreg Europe, co-funded by the European Union · {report.generated.isoformat()}",
                f"Region Jämtland Härjedalen och Mittuniversitetet · Interreg Europe, medfinansierat av Europeiska unionen · {report.generated.isoformat()}",
            ),
            small,
        ),
        Spacer(1, 8),
        Paragraph(
            _t(
                lang,
                f"<b>{report.participants}</b> participants from <b>{report.companies}</b> companies; "
                f"<b>{report.completed_participants}</b> have completed a module.",
                f"<b>{report.participants}</b> deltagare från <b>{report.companies}</b> företag; "
                f"<b>{report.completed_participants}</b> har slutfört en modul.",
            ),
            body,
        ),
        Paragraph(_t(lang, "Modules", "Moduler"), h2),
    ]
    head = ParagraphStyle("head", parent=small, fontName=SANS_BOLD, fontSize=7.5, alignment=2)
    header = [
        Paragraph(
            _t(lang, "Module", "Modul"), ParagraphStyle("head_left", parent=head, alignment=0)
        )
    ] + [
        Paragraph(text, head)
        for text in (
            _t(lang, "Counted", "Räknade"),
            _t(lang, "Minimum", "Minimum"),
            _t(lang, "Completed", "Godkända"),
            _t(lang, "Not passed", "Underkända"),
            _t(lang, "Withdrawn", "Avanmälda"),
            _t(lang, "Completion rate", "Andel godkända"),
        )
    ]
    rows = [header] + [
        [
            Paragraph(f"<b>{m.code}</b> {m.title_sv if lang == 'sv' else m.title_en}", small),
            m.counted,
            m.minimum,
            m.completed,
            m.failed,
            m.withdrawn,
            _percent(m.completion_rate),
        ]
        for m in report.modules
    ]
    story.append(
        Table(rows, colWidths=[width - 6 * 21 * mm, *[21 * mm] * 6], style=grid, repeatRows=1)
    )
    not_stated = _t(lang, "not stated", "ej angivet")

    def municipality(key: str) -> str:
        return key or not_stated

    def coded(key: str) -> str:
        return label(key, lang) if key else not_stated

    sections: list[tuple[str, str, list[Breakdown], Callable[[str], str]]] = [
        (
            _t(lang, "By municipality", "Per kommun"),
            _t(lang, "Municipality", "Kommun"),
            report.by_municipality,
            municipality,
        ),
        (
            _t(lang, "By sector", "Per bransch"),
            _t(lang, "Sector", "Bransch"),
            report.by_sector,
            coded,
        ),
        (_t(lang, "By gender", "Per kön"), _t(lang, "Gender", "Kön"), report.by_gender, coded),
    ]
    for title, column, breakdown, name_of in sections:
        story.append(Paragraph(title, h2))
        if not breakdown:
            story.append(Paragraph(_t(lang, "No participants yet.", "Inga deltagare ännu."), body))
            continue
        names = [name_of(b.key) for b in breakdown]
        story.append(_bars(breakdown, names, width))
        table: list[list[object]] = [
            [column, _t(lang, "Participants", "Deltagare"), _t(lang, "Companies", "Företag")]
        ]
        table += [[n, b.participants, b.companies] for n, b in zip(names, breakdown, strict=True)]
        story.append(Spacer(1, 4))
        story.append(Table(table, colWidths=[width - 60 * mm, 30 * mm, 30 * mm], style=grid))
    target = Path(path)
    partial = target.with_name(f".{target.name}.partial")
    try:
        os.close(os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600))
        doc = SimpleDocTemplate(
            str(partial),
            pagesize=A4,
            leftMargin=20 * mm,
            rightMargin=20 * mm,
            topMargin=18 * mm,
            bottomMargin=18 * mm,
            title=_t(lang, "ORIGINN figures", "ORIGINN-uppgifter"),
            author="ORIGINN Desktop",
        )
        doc.build(story)
        os.replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise UserError(
            Text(
                f"cannot write {target}: {exc.strerror or exc}",
                f"kan inte skriva {target}: {exc.strerror or exc}",
            )
        ) from None
    return target


def write_report_xlsx(report: FundersReport, path: str | Path, lang: str = "sv") -> Path:
    from originn_desktop.io.export import write_xlsx

    not_stated = _t(lang, "not stated", "ej angivet")
    modules = (
        _t(lang, "Modules", "Moduler"),
        [
            _t(lang, "Code", "Kod"),
            _t(lang, "Title", "Titel"),
            _t(lang, "Counted", "Räknade"),
            _t(lang, "Minimum", "Minimum"),
            _t(lang, "Completed", "Godkända"),
            _t(lang, "Not passed", "Underkända"),
            _t(lang, "Withdrawn", "Avanmälda"),
            _t(lang, "Waiting list", "Reservlista"),
            _t(lang, "Completion rate", "Genomströmning"),
        ],
        [
            [
                m.code,
                m.title_sv if lang == "sv" else m.title_en,
                m.counted,
                m.minimum,
                m.completed,
                m.failed,
                m.withdrawn,
                m.waitlisted,
                round(m.completion_rate, 3) if m.completion_rate is not None else "",
            ]
            for m in report.modules
        ],
    )
    summary = (
        _t(lang, "Summary", "Sammanfattning"),
        [_t(lang, "Figure", "Uppgift"), _t(lang, "Value", "Värde")],
        [
            [_t(lang, "Unique participants", "Unika deltagare"), report.participants],
            [_t(lang, "Unique companies", "Unika företag"), report.companies],
            [
                _t(lang, "Participants who completed a module", "Deltagare som slutfört en modul"),
                report.completed_participants,
            ],
            [_t(lang, "Date", "Datum"), report.generated],
        ],
    )

    def sheet(
        title: str, first: str, rows: list[Breakdown], name_of: Callable[[str], str]
    ) -> tuple[str, list[str], list[list[object]]]:
        return (
            title,
            [first, _t(lang, "Participants", "Deltagare"), _t(lang, "Companies", "Företag")],
            [[name_of(b.key) if b.key else not_stated, b.participants, b.companies] for b in rows],
        )

    return write_xlsx(
        path,
        [
            summary,
            modules,
            sheet(
                _t(lang, "Municipalities", "Kommuner"),
                _t(lang, "Municipality", "Kommun"),
                report.by_municipality,
                str,
            ),
            sheet(
                _t(lang, "Sectors", "Branscher"),
                _t(lang, "Sector", "Bransch"),
                report.by_sector,
                lambda k: label(k, lang),
            ),
            sheet(
                _t(lang, "Gender", "Kön"),
                _t(lang, "Gender", "Kön"),
                report.by_gender,
                lambda k: label(k, lang),
            ),
        ],
    )


def write_report(report: FundersReport, path: str | Path, lang: str = "sv") -> Path:
    """``.pdf`` or ``.xlsx`` by the file's ending."""
    suffix = Path(path).suffix.lower()
    if suffix == ".pdf":
        return write_report_pdf(report, path, lang)
    if suffix == ".xlsx":
        return write_report_xlsx(report, path, lang)
    raise UserError(
        Text(
            f"{Path(path).name}: write .xlsx or .pdf (the ending chooses the format)",
            f"{Path(path).name}: skriv .xlsx eller .pdf (filändelsen väljer format)",
        )
    )
