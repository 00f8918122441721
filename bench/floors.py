"""The floors: the least any program on this stack does for the same work.

Run as ``python -m bench.floors KIND ARGS...`` in its own process, like the program.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

STARTED = time.perf_counter()


def _done(began: float) -> None:
    """The work's own time, without starting Python and importing the libraries: the floor for
    work done in a window that is already running (on stderr; stdout is not read)."""
    print(json.dumps({"work_s": time.perf_counter() - began}), file=sys.stderr)


def certificates(db_path: str, out_dir: str) -> None:
    """ReportLab drawing the same content straight onto a canvas: embedded TrueType fonts,
    a QR code, one file each, in one process. No layout engine, no register."""
    import sqlite3

    import segno
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    from originn_desktop.pdf.fonts import font_path

    began = time.perf_counter()
    for name in ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSerif-Bold"):
        pdfmetrics.registerFont(TTFont(name, font_path(name)))
    conn = sqlite3.connect(db_path)
    module = conn.execute(
        "SELECT title_sv, title_en, learning_outcomes_sv, learning_outcomes_en, assessment_sv, "
        "assessment_en, quality_assurance_sv, quality_assurance_en FROM module WHERE code = 'B1'"
    ).fetchone()
    people = conn.execute(
        "SELECT p.first_name, p.last_name, p.birth_date FROM participant p JOIN enrollment e "
        "ON e.participant_id = p.id JOIN module m ON m.id = e.module_id "
        "WHERE m.code = 'B1' AND e.status = 'completed' ORDER BY p.sort_key"
    ).fetchall()
    conn.close()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for i, (first, last, born) in enumerate(people):
        number = f"ORIGINN-2026-{i + 1:04d}"
        c = Canvas(str(out / f"{number}_{last}_{first}.pdf"), pagesize=A4)
        c.setFont("DejaVuSerif-Bold", 26)
        c.drawCentredString(297, 760, "Intyg om mikromerit")
        c.setFont("DejaVuSans-Oblique", 13)
        c.drawCentredString(297, 740, "Micro-credential certificate")
        c.setFont("DejaVuSans-Bold", 28)
        c.drawCentredString(297, 650, f"{first} {last}")
        c.setFont("DejaVuSans", 10)
        c.drawCentredString(297, 630, f"född {born} / born {born}")
        c.setFont("DejaVuSans-Bold", 16)
        c.drawCentredString(297, 590, module[0])
        c.setFont("DejaVuSans-Oblique", 13)
        c.drawCentredString(297, 572, module[1])
        y = 530
        for text in (
            *module[2:],
            "3 hp (3 ECTS)",
            "grundnivå, G1N (EQF 6) / first cycle, G1N (EQF 6)",
        ):
            for line in str(text).splitlines():
                c.setFont("DejaVuSans", 8.5)
                c.drawString(60, y, line[:120])
                y -= 11
        qr = segno.make(f"{number}", error="m")
        path = c.beginPath()
        size = 74 / (len(qr.matrix) + 4)
        for r, row in enumerate(qr.matrix):
            for col, dark in enumerate(row):
                if dark:
                    path.rect(460 + (col + 2) * size, 120 - (r + 2) * size, size, size)
        c.drawPath(path, stroke=0, fill=1)
        c.showPage()
        c.save()
    _done(began)


def importing(csv_path: str, db_path: str) -> None:
    """The csv module, personnummer validation, and SQLAlchemy Core insert() executemany into
    equivalent tables, in one transaction."""
    import csv

    from personnummer import personnummer as pnr
    from sqlalchemy import (
        Column,
        Date,
        ForeignKey,
        Integer,
        MetaData,
        String,
        Table,
        create_engine,
        insert,
    )

    began = time.perf_counter()
    metadata = MetaData()
    participant = Table(
        "participant",
        metadata,
        Column("id", Integer, primary_key=True),
        Column("first_name", String),
        Column("last_name", String),
        Column("personal_number", String, unique=True),
        Column("birth_date", Date),
        Column("email", String),
        Column("company", String),
        Column("org_number", String),
        Column("municipality", String),
    )
    enrollment = Table(
        "enrollment",
        metadata,
        Column("id", Integer, primary_key=True),
        Column("participant_id", ForeignKey("participant.id")),
        Column("module_id", Integer),
        Column("status", String),
    )
    engine = create_engine(f"sqlite:///{db_path}")
    metadata.create_all(engine)
    rows = []
    with open(csv_path, encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        next(reader)
        for first, last, number, email, company, org, municipality in reader:
            parsed = pnr.parse(number)
            rows.append(
                {
                    "first_name": first,
                    "last_name": last,
                    "personal_number": parsed.format(True),
                    "birth_date": parsed.get_date(),
                    "email": email,
                    "company": company,
                    "org_number": org,
                    "municipality": municipality,
                }
            )
    with engine.begin() as conn:
        ids = conn.execute(insert(participant).returning(participant.c.id), rows).scalars().all()
        conn.execute(
            insert(enrollment),
            [{"participant_id": i, "module_id": 1, "status": "registered"} for i in ids],
        )
    _done(began)


def importing_register(csv_path: str, db_path: str) -> None:
    """The floor of writing what the register keeps: ``importing``'s reading and personnummer
    parsing, then the same people written with sqlite3's executemany (on SQLAlchemy's
    connection, the stack's, as the first floor) into a fresh register
    (``db_path``, made by the program, with one empty module): its own tables, indexes and
    settings (WAL, synchronous FULL, foreign keys, secure delete), each person's company, the
    search's text, sort key and order keys, the enrollment and its first history entry. No other check,
    no judging against the register, no undo record: what is left between this and the
    program is the program's own work."""
    import csv
    import datetime as dt

    from personnummer import personnummer as pnr
    from sqlalchemy import create_engine

    began = time.perf_counter()
    people = []
    companies: dict[str, tuple[int, str, str, str]] = {}
    with open(csv_path, encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        next(reader)
        for first, last, number, email, company, org, municipality in reader:
            parsed = pnr.parse(number)
            known = companies.setdefault(org, (len(companies) + 1, company, org, municipality))
            people.append(
                (
                    first,
                    last,
                    parsed.format(True),
                    parsed.get_date().isoformat(),
                    email,
                    email.casefold(),
                    known[0],
                    municipality,
                    f"{first} {last} {email} {company} {municipality}".casefold(),
                    f"{last} {first}".casefold(),
                    first.casefold(),
                    company.casefold(),
                    municipality.casefold(),
                )
            )
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat(sep=" ")
    engine = create_engine(f"sqlite:///{db_path}")  # the stack's connection, as the first floor's
    raw = engine.raw_connection()
    conn = raw.driver_connection
    assert conn is not None
    conn.isolation_level = None  # the transaction below, as written
    for setting in ("foreign_keys = ON", "journal_mode = WAL", "synchronous = FULL"):
        conn.execute(f"PRAGMA {setting}")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany(
        "INSERT INTO company (id, name, org_number, municipality, created_at) "
        "VALUES (?, ?, ?, ?, ?)",
        [(*company, now) for company in companies.values()],
    )
    top = conn.execute("SELECT coalesce(max(id), 0) FROM participant").fetchone()[0]
    conn.executemany(
        "INSERT INTO participant (id, first_name, last_name, personal_number, birth_date, "
        "email, email_key, phone, company_id, municipality, certificate_language, notes, "
        "search_text, sort_key, first_name_key, company_key, municipality_key, created_at, "
        "updated_at, version) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, '', ?, ?, 'sv', '', ?, ?, ?, ?, ?, ?, ?, 1)",
        [(top + 1 + i, *person, now, now) for i, person in enumerate(people)],
    )
    module = conn.execute("SELECT min(id) FROM module").fetchone()[0]
    conn.executemany(
        "INSERT INTO enrollment (participant_id, module_id, status, created_at, updated_at) "
        "VALUES (?, ?, 'registered', ?, ?)",
        [(top + 1 + i, module, now, now) for i in range(len(people))],
    )
    conn.execute(
        "INSERT INTO enrollment_event (enrollment_id, at, to_status, note, os_user) "
        "SELECT id, ?, status, 'import', 'bench' FROM enrollment WHERE participant_id > ?",
        (now, top),
    )
    conn.execute("COMMIT")
    raw.close()
    _done(began)


def startup(db_path: str) -> None:
    """Import SQLAlchemy's ORM, run one query on the database, show and close a bare window."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.orm import Session

    engine = create_engine(f"sqlite:///{db_path}")
    with Session(engine) as session:
        session.execute(text("SELECT count(*) FROM participant")).scalar()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.show()
    app.processEvents()
    window.repaint()
    QTimer.singleShot(0, app.quit)
    app.exec()


if __name__ == "__main__":
    kind, *args = sys.argv[1:]
    floors: dict[str, Callable[..., None]] = {
        "certificates": certificates,
        "import": importing,
        "import-register": importing_register,
        "startup": startup,
    }
    floors[kind](*args)
