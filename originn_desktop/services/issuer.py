"""The register's issuer settings: signatory, legal identifier and the certificates' images.

They belong to the register (a table in the database), so a backup carries them, another
coordinator's window shows them, and changing them in one register never changes the
certificates of another.

Before this table existed the signatory and two logo files lived in the per-user settings
file. A register that has no issuer settings yet takes those old values once, as its initial
value (the old left logo becomes the logo, the old right one the funder's emblem); from then
on only the register's own settings count.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from originn_desktop.certificates.branding import Branding, Image, Issuer, load_image
from originn_desktop.certificates.content import CertificateContent, CertificateSettings
from originn_desktop.db.engine import Database
from originn_desktop.db.models import Issuer as IssuerRow
from originn_desktop.db.models import utcnow
from originn_desktop.domain.text import UserError
from originn_desktop.services import audit

if TYPE_CHECKING:
    from originn_desktop.services.modules import ModuleDraft

IMAGES = ("logo", "funder_logo", "signature")


class _Keep:
    """Leave this field as it is."""

    def __repr__(self) -> str:
        return "KEEP"


KEEP = _Keep()


@dataclass(frozen=True)
class IssuerChange:
    """What to change; every field left at ``KEEP`` stays as it is, ``None`` removes an image."""

    signatory_name: str | _Keep = KEEP
    signatory_title: str | _Keep = KEEP
    legal_identifier: str | _Keep = KEEP
    logo: Image | _Keep | None = KEEP
    funder_logo: Image | _Keep | None = KEEP
    signature: Image | _Keep | None = KEEP
    clear: bool = False  # start from nothing: no images, no signatory


def _image(row: IssuerRow, name: str) -> Image | None:
    data = getattr(row, name)
    return Image(bytes(data), getattr(row, f"{name}_type")) if data else None


def _issuer(row: IssuerRow) -> Issuer:
    return Issuer(
        row.signatory_name,
        row.signatory_title,
        row.legal_identifier,
        Branding(*(_image(row, n) for n in IMAGES)),
    )


def stored_issuer(db: Database) -> Issuer | None:
    """The register's issuer settings, or None if it has none yet."""
    with db.read() as session:
        row = session.scalar(select(IssuerRow).order_by(IssuerRow.id).limit(1))
        return _issuer(row) if row is not None else None


def parse_signatory(text: str) -> tuple[str, str]:
    """``"Name, title"``: the name before the first comma, the title after it."""
    name, _, title = text.partition(",")
    return name.strip(), title.strip()


def set_issuer(db: Database, change: IssuerChange) -> Issuer:
    """Change the register's issuer settings in one transaction; returns the result."""
    with db.write() as session:
        row = session.scalar(select(IssuerRow).order_by(IssuerRow.id).limit(1))
        if row is None:
            row = IssuerRow(signatory_name="", signatory_title="", legal_identifier="")
            row.logo_type = row.funder_logo_type = row.signature_type = ""
            session.add(row)
        if change.clear:
            row.signatory_name = row.signatory_title = ""
            for name in IMAGES:
                setattr(row, name, None)
                setattr(row, f"{name}_type", "")
        for name in ("signatory_name", "signatory_title", "legal_identifier"):
            value = getattr(change, name)
            if not isinstance(value, _Keep):
                setattr(row, name, value.strip()[: 200 if name != "legal_identifier" else 40])
        changed = []
        for name in IMAGES:
            value = getattr(change, name)
            if isinstance(value, _Keep):
                continue
            setattr(row, name, value.data if value else None)
            setattr(row, f"{name}_type", value.type if value else "")
            changed.append(name)
        row.updated_at = utcnow()
        session.flush()
        audit.record(session, "issuer.set", "issuer", row.id, images=changed, clear=change.clear)
        return _issuer(row)


def change_from_files(
    logo: str | Path | None = None,
    funder_logo: str | Path | None = None,
    signature: str | Path | None = None,
    signatory: str | None = None,
    legal_identifier: str | None = None,
    clear: bool = False,
) -> IssuerChange:
    """The change the command line asks for: image files read and checked before anything is
    stored, so a bad file changes nothing."""
    images = {
        name: load_image(path)
        for name, path in (("logo", logo), ("funder_logo", funder_logo), ("signature", signature))
        if path is not None
    }
    names = parse_signatory(signatory) if signatory is not None else (KEEP, KEEP)
    return IssuerChange(
        signatory_name=names[0],
        signatory_title=names[1],
        legal_identifier=legal_identifier if legal_identifier is not None else KEEP,
        clear=clear,
        **images,
    )


def _legacy_image(path: str) -> Image | None:
    if not path:
        return None
    try:
        return load_image(path)
    except UserError:  # a moved or unreadable old logo is left out, as it was on the page
        return None


def issuer_for(db: Database, legacy: CertificateSettings | None = None) -> Issuer:
    """The register's issuer settings; a register without any takes the old per-user values
    (signatory, logo files) once as its own."""
    found = stored_issuer(db)
    if found is not None:
        return found
    if legacy is None or not (
        legacy.signatory_name or legacy.signatory_title or legacy.logo_left or legacy.logo_right
    ):
        return Issuer()
    change = IssuerChange(
        signatory_name=legacy.signatory_name,
        signatory_title=legacy.signatory_title,
        logo=_legacy_image(legacy.logo_left),
        funder_logo=_legacy_image(legacy.logo_right),
    )
    return set_issuer(db, change)


def applied(settings: CertificateSettings, issuer: Issuer) -> CertificateSettings:
    """The certificate settings with the register's signatory in place of the per-user one."""
    return replace(
        settings,
        signatory_name=issuer.signatory_name,
        signatory_title=issuer.signatory_title,
        logo_left="",
        logo_right="",
    )


def _sample_content(
    settings: CertificateSettings, issuer: Issuer, module: ModuleDraft
) -> CertificateContent:
    import datetime as dt

    from originn_desktop.certificates.content import build_content

    return build_content(
        language=settings.default_language or "sv+en",
        first_name="Förnamn",
        last_name="Efternamn",
        birth_date=dt.date(1990, 1, 1),
        module=module,
        level_sv="grundnivå, G1N (EQF 6)",
        level_en="first cycle, G1N (EQF 6)",
        grade="G",
        exam_date=dt.date.today(),
        settings=applied(settings, issuer),
        branding=issuer.branding,
    )


def sample_certificate(settings: CertificateSettings, issuer: Issuer) -> bytes:
    """A specimen certificate with these issuer settings: what the settings' preview shows."""
    import datetime as dt

    from originn_desktop.certificates.render import render_certificate
    from originn_desktop.services.modules import ModuleDraft

    module = ModuleDraft(
        "M1",
        "Från råvara till produkt",
        "From raw material to product",
        course_code="XX000G",
        learning_outcomes_sv="Lärandemålen står här.",
        learning_outcomes_en="The learning outcomes are shown here.",
        assessment_sv="Skriftlig uppgift",
        assessment_en="Written assignment",
        quality_assurance_sv="Kvalitetssäkrad av lärosätet.",
        quality_assurance_en="Quality assured by the university.",
    )
    content = _sample_content(settings, issuer, module)
    return render_certificate(content, "ORIGINN-0000-0000", dt.date.today())


def facts_text_size(db: Database, settings: CertificateSettings, module: ModuleDraft) -> float:
    """The size (pt) of the facts box's text on this module's certificates with the
    register's issuer settings: its style's size, less where its texts make the box shrink
    to fit."""
    from originn_desktop.certificates import render

    return render.facts_text_size(_sample_content(settings, issuer_for(db, settings), module))
