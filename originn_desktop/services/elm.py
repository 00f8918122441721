"""The European Learning Model export: one JSON-LD credential per valid certificate of a module,
for the university's European Digital Credentials issuer to seal."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from originn_desktop.certificates.content import CertificateSettings
from originn_desktop.certificates.elm import ElmFacts, build_elm
from originn_desktop.certificates.filenames import safe_part
from originn_desktop.db.engine import Database
from originn_desktop.domain.text import Text
from originn_desktop.services.badges import valid_certificates
from originn_desktop.services.lookup import find_module


@dataclass(frozen=True)
class ElmFile:
    number: str
    name: str
    file: Path


@dataclass(frozen=True)
class ElmExport:
    files: list[ElmFile]
    warnings: list[Text]


def export_elm(
    db: Database, module: int | str, out_dir: str | Path, settings: CertificateSettings
) -> ElmExport:
    """``NUMBER_Last_First.jsonld`` for each valid certificate of the module, as it was printed."""
    from originn_desktop.badges.keys import did_jwk, load_or_create
    from originn_desktop.services import certificates as certs
    from originn_desktop.services.attachments import elm_json
    from originn_desktop.services.issuer import applied, issuer_for

    issuer = issuer_for(db, settings)
    settings = applied(settings, issuer)
    issuer_id = did_jwk(load_or_create())
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True, mode=0o700)
    with db.read() as session:
        found = find_module(session, module)
    _settings, credentials = certs._credentials(db, settings, found, None)
    with db.read() as session:
        found = find_module(session, module)
        rows = valid_certificates(session, found)
        made = []
        for cert, person, enrollment in rows:
            content = certs._content(found, person, enrollment, cert.language, settings, issuer)
            facts = ElmFacts(
                cert.number,
                cert.issued_on,
                person.first_name,
                person.last_name,
                found.eqf_level,
                issuer.legal_identifier,
                issuer_id,
                credentials.display,
            )
            names = (person.last_name, person.first_name)
            made.append((cert.number, content.learner_name, names, build_elm(content, facts)))
    warnings = []
    if not issuer.legal_identifier:
        warnings.append(
            Text(
                "the awarding body has no legal identifier yet: set its organisationsnummer with "
                "'issuer set --legal-id NNNNNN-NNNN' so the credentials name it",
                "utfärdaren har ännu ingen juridisk identitet: ange organisationsnumret med "
                "'issuer set --legal-id NNNNNN-NNNN' så att intygen anger det",
            )
        )
    written = []
    for number, name, (last, first), credential in made:
        target = out / f"{safe_part(number)}_{safe_part(last)}_{safe_part(first)}.jsonld"
        partial = target.with_name(f".{target.name}.partial")
        fd = os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(elm_json(credential))
        os.replace(partial, target)
        written.append(ElmFile(number, name, target))
    return ElmExport(written, warnings)
