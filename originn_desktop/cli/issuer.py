"""The register's issuer (``issuer set``, ``issuer show``) and the European Learning Model
export (``elm``)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from originn_desktop.cli.commands import LANG, UsageError, _t, open_db
from originn_desktop.cli.output import print_json


def _settings() -> Any:
    from originn_desktop.ui.settings_store import SettingsStore, certificate_settings

    return certificate_settings(SettingsStore())


def _image_json(image: Any) -> dict[str, Any] | None:
    if image is None:
        return None
    from originn_desktop.certificates.branding import image_size

    width, height = image_size(image)
    return {
        "type": image.type,
        "bytes": len(image.data),
        "width": round(width),
        "height": round(height),
        "sha256": image.digest,
    }


def _show(issuer: Any, as_json: bool) -> None:
    images = {
        "logo": issuer.branding.logo,
        "funder_logo": issuer.branding.funder_logo,
        "signature": issuer.branding.signature,
    }
    if as_json:
        print_json(
            {
                "signatory_name": issuer.signatory_name,
                "signatory_title": issuer.signatory_title,
                "legal_identifier": issuer.legal_identifier,
                **{name: _image_json(image) for name, image in images.items()},
            }
        )
        return
    none = _t("(not set)", "(inte angivet)")
    signatory = ", ".join(p for p in (issuer.signatory_name, issuer.signatory_title) if p)
    print(f"{_t('Signatory', 'Undertecknare')}: {signatory or none}")
    print(f"{_t('Legal identifier', 'Organisationsnummer')}: {issuer.legal_identifier or none}")
    labels = {
        "logo": _t("Logo", "Logotyp"),
        "funder_logo": _t("Funder's emblem", "Finansiärens emblem"),
        "signature": _t("Signature", "Namnteckning"),
    }
    for name, image in images.items():
        if image is None:
            print(f"{labels[name]}: {none}")
            continue
        facts = _image_json(image)
        assert facts is not None
        kind = image.type.split("/")[1].split("+")[0].upper()
        print(
            f"{labels[name]}: {kind}, {facts['width']}×{facts['height']}, "
            f"{max(1, round(facts['bytes'] / 1024))} kB"
        )


def cmd_issuer_set(args: argparse.Namespace) -> int:
    from originn_desktop.domain.identity import parse_org_number
    from originn_desktop.services.issuer import change_from_files, issuer_for, set_issuer

    given = (args.logo, args.funder_logo, args.signature, args.signatory, args.legal_id)
    if not args.clear and all(v is None for v in given):
        raise UsageError(
            _t(
                "say what to set: --logo, --funder-logo, --signature, --signatory, --legal-id or --clear",
                "ange vad som ska sättas: --logo, --funder-logo, --signature, --signatory, --legal-id eller --clear",
            )
        )
    legal = parse_org_number(args.legal_id) if args.legal_id else args.legal_id
    change = change_from_files(
        args.logo, args.funder_logo, args.signature, args.signatory, legal, args.clear
    )
    db = open_db(args)
    issuer_for(db, _settings())  # a register's first settings start from the old ones
    _show(set_issuer(db, change), as_json=False)
    return 0


def cmd_issuer_show(args: argparse.Namespace) -> int:
    from originn_desktop.services.issuer import issuer_for

    _show(issuer_for(open_db(args), _settings()), args.json)
    return 0


def cmd_elm(args: argparse.Namespace) -> int:
    from originn_desktop.services.elm import export_elm

    result = export_elm(open_db(args), args.module, args.out, _settings())
    for warning in result.warnings:
        print(f"originn-desktop: {warning.get(LANG)}", file=sys.stderr)
    for f in result.files:
        print(f"{f.number}  {f.name}  {f.file}")
    print(
        _t(
            f"{len(result.files)} European Learning Model credentials (JSON-LD) in {args.out}.",
            f"{len(result.files)} intyg enligt European Learning Model (JSON-LD) i {args.out}.",
        )
    )
    return 0


def register(sub: Any) -> None:
    issuer = sub.add_parser(
        "issuer", help="the register's signatory, legal identifier, logo, funder logo and signature"
    )
    isub = issuer.add_subparsers(dest="issuer_command", metavar="ACTION", required=True)
    p = isub.add_parser(
        "set",
        help="set what the register's certificates carry (PNG, JPEG or SVG images)",
        description="Images are kept in the register, so a backup and every window have them.",
    )
    p.add_argument("--logo", metavar="FILE", help="the logo at the top of the certificate")
    p.add_argument(
        "--funder-logo",
        metavar="FILE",
        help="the funder's emblem, in the footer with 'Co-funded by the European Union'",
    )
    p.add_argument("--signature", metavar="FILE", help="the signature above the signatory's line")
    p.add_argument("--signatory", metavar='"NAME, TITLE"', help="who signs, and their title")
    p.add_argument(
        "--legal-id", metavar="ORGNR", help="the awarding body's organisationsnummer (for ELM)"
    )
    p.add_argument("--clear", action="store_true", help="remove the images and signatory first")
    p.set_defaults(handler=cmd_issuer_set)
    p = isub.add_parser("show", help="what the register's certificates carry")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_issuer_show)

    p = sub.add_parser(
        "elm",
        help="a European Learning Model (JSON-LD) credential for each valid certificate of a module",
    )
    p.add_argument("--module", required=True, metavar="CODE")
    p.add_argument("--out", required=True, metavar="DIR")
    p.set_defaults(handler=cmd_elm)
