"""The machine-readable credentials a certificate PDF carries inside: the signed Open Badges 3.0
credential and the European Learning Model credential, made from the same content as the page.

Both are made in the main process (signing needs the key) and handed to the drawing as bytes,
so worker processes draw with plain data in and bytes out. The same certificate always gives
the same bytes: Ed25519 signatures are deterministic, and the badge inside the PDF names the
learner as the page does, without the salted e-mail hash (whose salt is random) that the
separate ``badges`` files carry.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from originn_desktop.badges.credential import BadgeFacts, build_credential
from originn_desktop.badges.jwt import sign
from originn_desktop.certificates.content import CertificateContent
from originn_desktop.certificates.elm import MIME as ELM_MIME
from originn_desktop.certificates.elm import ElmFacts, build_elm, specimen_jpeg
from originn_desktop.certificates.pdfa import Attachment

BADGE_MIME = "application/vc+jwt"


def badge_facts(
    content: CertificateContent,
    number: str,
    issued_on: dt.date,
    module_code: str,
    eqf_level: int | None,
    email: str | None = None,
) -> BadgeFacts:
    return BadgeFacts(
        number=number,
        learner_name=content.learner_name,
        learner_email=email,
        issued_on=issued_on,
        module_code=module_code,
        course_code=content.course_code,
        title_sv=content.title_sv,
        title_en=content.title_en,
        outcomes_sv=content.outcomes_sv,
        outcomes_en=content.outcomes_en,
        credits=content.credits,
        level_sv=content.level_sv,
        level_en=content.level_en,
        eqf_level=eqf_level,
        grade=content.grade,
        exam_date=content.exam_date,
        awarding_body=content.settings.awarding_body_sv,
        awarding_body_en=content.settings.awarding_body_en,
        coordinator=content.settings.coordinator,
    )


def elm_json(credential: dict[str, Any], compact: bool = False) -> bytes:
    """The credential as UTF-8 JSON: indented for a file people open, compact inside a PDF
    (json's C encoder writes compact JSON several times faster, and this is per certificate)."""
    if compact:
        text = json.dumps(credential, ensure_ascii=False, separators=(",", ":"))
    else:
        text = json.dumps(credential, ensure_ascii=False, indent=2)
    return (text + "\n").encode("utf-8")


def display_image(specimen: CertificateContent) -> bytes:
    """The module's certificate as a small picture (once per batch): the ELM's display."""
    from originn_desktop.certificates.render import render_certificate

    return specimen_jpeg(render_certificate(specimen, "ORIGINN-····-····", dt.date(2000, 1, 1)))


def credentials_for(
    content: CertificateContent,
    number: str,
    issued_on: dt.date,
    module_code: str,
    names: tuple[str, str],
    eqf_level: int | None,
    legal_identifier: str,
    key: Any,
    issuer_id: str,
    display: bytes,
) -> tuple[Attachment, ...]:
    """The two credentials to attach to one certificate."""
    token = sign(
        build_credential(
            badge_facts(content, number, issued_on, module_code, eqf_level), issuer_id
        ),
        key,
    )
    elm = build_elm(
        content,
        ElmFacts(
            number, issued_on, names[0], names[1], eqf_level, legal_identifier, issuer_id, display
        ),
    )
    return (
        Attachment(
            f"{number}-openbadge.jwt",
            (token + "\n").encode("ascii"),
            BADGE_MIME,
            "Open Badges 3.0 credential (VC-JWT, EdDSA) / Open Badges 3.0-intyg",
        ),
        Attachment(
            f"{number}-elm.jsonld",
            elm_json(elm, compact=True),
            ELM_MIME,
            "European Learning Model 3.2 credential (EDC, JSON-LD) / ELM-intyg",
        ),
    )
