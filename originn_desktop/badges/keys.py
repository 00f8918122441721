"""The issuer's Ed25519 key pair: made on first use, kept in the data directory, private key
readable by its owner only. The public key is also the issuer's identifier (did:jwk), so a
badge carries what is needed to check it offline."""

from __future__ import annotations

import base64
import contextlib
import json
import os
from pathlib import Path
from typing import Any

from originn_desktop.domain.text import Text, UserError
from originn_desktop.paths import data_dir, ensure_private_dir

KEY_FILE = "issuer-key.jwk"


def key_path() -> Path:
    return data_dir() / KEY_FILE


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def load_or_create(path: Path | None = None) -> Any:
    """The issuer's private key (joserfc ``OKPKey``), created and saved (0600) the first time."""
    from joserfc.jwk import OKPKey

    path = path or key_path()
    if not path.exists():
        _create(path)
    try:
        return OKPKey.import_key(json.loads(path.read_text(encoding="utf-8")))
    except (ValueError, KeyError) as exc:
        raise UserError(
            Text(
                f"the issuer key {path} cannot be read ({exc}); restore it from a backup",
                f"utfärdarnyckeln {path} går inte att läsa ({exc}); återställ den från en säkerhetskopia",
            )
        ) from None


def _create(path: Path) -> None:
    """A new key at ``path``, whole or not at all. Two processes making the first key at the
    same moment (two batches of certificates) keep the one written first: each writes a file
    of its own, and only one can link it to the key's name."""
    from joserfc.jwk import OKPKey

    ensure_private_dir(path.parent)
    key = OKPKey.generate_key("Ed25519")
    partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
    fd = os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(key.as_dict(private=True), fh)
            fh.flush()
            os.fsync(fh.fileno())
        with contextlib.suppress(FileExistsError):  # another process made it first: theirs
            os.link(partial, path)
    finally:
        partial.unlink(missing_ok=True)


def public_jwk(key: Any) -> dict[str, str]:
    """The public half as a JWK: kty, crv, x (and kid, its RFC 7638 thumbprint)."""
    data = {k: v for k, v in key.as_dict(private=False).items() if k in ("kty", "crv", "x")}
    data["kid"] = key.thumbprint()
    return data


def did_jwk(key: Any) -> str:
    """``did:jwk:`` + the public key: an identifier that is its own key."""
    data = {k: v for k, v in key.as_dict(private=False).items() if k in ("kty", "crv", "x")}
    return "did:jwk:" + _b64(json.dumps(data, separators=(",", ":"), sort_keys=True).encode())


def key_from_did(did: str) -> Any:
    """The public key a did:jwk identifier holds."""
    from joserfc.jwk import OKPKey

    if not did.startswith("did:jwk:"):
        raise ValueError("not a did:jwk identifier")
    encoded = did[len("did:jwk:") :].split("#", 1)[0]
    data = json.loads(base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4)))
    return OKPKey.import_key(data)
