"""Signing and checking a credential as a VC-JWT: JOSE compact serialisation, EdDSA (Ed25519).

RFC 9864 names the algorithm "Ed25519" now and deprecates "EdDSA"; the Open Badges and VC-JWT
verifiers coordinators meet still expect "EdDSA", so that is what is written (and read).
"""

from __future__ import annotations

import base64
import json
import warnings
from dataclasses import dataclass
from typing import Any

from originn_desktop.badges.keys import did_jwk, key_from_did
from originn_desktop.domain.text import Text, UserError

ALGORITHMS = ["EdDSA"]


def sign(credential: dict[str, Any], key: Any) -> str:
    from joserfc import jws

    issuer = credential["issuer"]["id"]
    header = {"alg": "EdDSA", "typ": "vc+jwt", "cty": "vc", "kid": f"{issuer}#0"}
    claims = {**credential, "iss": issuer, "jti": credential["id"]}
    payload = json.dumps(claims, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # EdDSA's deprecation in favour of "Ed25519" (above)
        return str(jws.serialize_compact(header, payload, key, algorithms=ALGORITHMS))


@dataclass(frozen=True)
class Checked:
    credential: dict[str, Any]
    key_thumbprint: str
    issuer_key: Any


def _invalid(en: str, sv: str) -> UserError:
    return UserError(Text(f"the badge is not valid: {en}", f"märket är inte giltigt: {sv}"))


def check(token: str, public_key: Any | None = None) -> Checked:
    """Verify the signature (with ``public_key``, or the key the issuer's did:jwk holds) and
    that the issuer named inside is that key. Any altered byte fails, with the reason."""
    from joserfc import jws
    from joserfc.errors import JoseError

    token = token.strip()
    parts = token.split(".")
    if len(parts) != 3:
        raise _invalid(
            "it is not a signed credential (expected three parts)",
            "det är inget signerat intyg (tre delar väntades)",
        )
    try:
        header = json.loads(base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)))
        issuer_key = key_from_did(str(header.get("kid", "")))
    except (ValueError, json.JSONDecodeError, UnicodeDecodeError):
        raise _invalid("its header is damaged", "dess huvud är skadat") from None
    key = public_key or issuer_key
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            result = jws.deserialize_compact(token, key, algorithms=ALGORITHMS)
    except (JoseError, ValueError):
        raise _invalid(
            "the signature does not match (the file was changed, or another key signed it)",
            "signaturen stämmer inte (filen är ändrad, eller en annan nyckel har signerat)",
        ) from None
    try:
        credential = json.loads(result.payload)
    except (ValueError, UnicodeDecodeError):
        raise _invalid("its content is not JSON", "innehållet är inte JSON") from None
    issuer = (
        credential.get("issuer", {}).get("id")
        if isinstance(credential.get("issuer"), dict)
        else None
    )
    if issuer != did_jwk(key):
        raise _invalid(
            "the issuer named inside is not the key that signed it",
            "utfärdaren i märket är inte nyckeln som signerade det",
        )
    return Checked(credential, key.thumbprint(), issuer_key)
