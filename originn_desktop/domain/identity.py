"""Swedish identity numbers, e-mail addresses, names and dates: parsed, validated, normalised.

The checksums come from well-kept libraries: ``personnummer`` (which, unlike
``stdnum.se.personnummer``, accepts samordningsnummer) and ``python-stdnum`` for
organisationsnummer and the Luhn check used to explain a rejection.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from personnummer import personnummer as _pnr
from stdnum import luhn
from stdnum.se import orgnr as _orgnr

from originn_desktop.domain.text import Text, ValidationError

# Hyphens that word processors and spreadsheets put where a plain '-' was typed.
_DASHES = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2212"})
_SPACES = re.compile(r"\s+")

NAME_MAX_LENGTH = 200
PHONE_MAX_LENGTH = 50
MUNICIPALITY_MAX_LENGTH = 100


@dataclass(frozen=True)
class PersonalNumber:
    """A valid personnummer or samordningsnummer, held as 12 digits ``YYYYMMDDNNNC``."""

    digits: str

    @property
    def is_coordination_number(self) -> bool:
        return int(self.digits[6:8]) > 60

    @property
    def birth_date(self) -> dt.date:
        day = int(self.digits[6:8])
        if day > 60:
            day -= 60
        return dt.date(int(self.digits[:4]), int(self.digits[4:6]), day)

    @property
    def masked(self) -> str:
        """The form shown in lists: ``19850312-****``."""
        return mask_personal_number(self.digits)

    @property
    def formatted(self) -> str:
        """``YYYYMMDD-NNNN``, the readable long form."""
        return f"{self.digits[:8]}-{self.digits[8:]}"

    @property
    def legal_gender(self) -> str:
        """``female`` or ``male`` from the serial number's second-to-last digit."""
        return "male" if int(self.digits[10]) % 2 else "female"

    def __str__(self) -> str:
        return self.digits


def mask_personal_number(digits: str | None) -> str:
    """``19850312-****`` for a stored 12-digit number, empty for none."""
    if not digits:
        return ""
    return f"{digits[:8]}-****"


def _invalid(raw: str, en: str, sv: str) -> ValidationError:
    return ValidationError(
        Text(f"personnummer {raw}: {en}", f"personnummer {raw}: {sv}"), field="personnummer"
    )


def parse_personal_number(raw: str, today: dt.date | None = None) -> PersonalNumber:
    """Parse a personnummer or samordningsnummer in any common written form.

    Accepts ``YYMMDD-NNNC``, ``YYMMDD+NNNC`` (100 years or older), ``YYMMDDNNNC``,
    ``YYYYMMDD-NNNC`` and ``YYYYMMDDNNNC``; raises ``ValidationError`` saying why otherwise.
    """
    shown = str(raw).strip()
    if shown.isascii() and shown.replace("-", "").isdigit():
        text = shown  # the usual forms, with nothing to normalise (most rows of a roster)
    else:
        # NFKC: full-width and other Unicode digits become the ASCII digits registers use.
        text = _SPACES.sub("", unicodedata.normalize("NFKC", shown).translate(_DASHES))
    if not text:
        raise ValidationError(
            Text("personnummer is empty", "personnumret är tomt"), field="personnummer"
        )
    digits = text.replace("-", "").replace("+", "")
    if (
        not (digits.isascii() and digits.isdigit())
        or len(digits) not in (10, 12)
        or text.count("-") + text.count("+") > 1
        or (len(text) != len(digits) and text[-5] not in "-+")
    ):
        raise _invalid(
            shown,
            "expected YYMMDD-NNNN or YYYYMMDDNNNN",
            "ska skrivas ÅÅMMDD-NNNN eller ÅÅÅÅMMDDNNNN",
        )
    try:
        parsed = _pnr.parse(text)
    except _pnr.PersonnummerException:
        if digits[-4:-1] == "000":
            raise _invalid(
                shown, "the serial number 000 is never used", "löpnumret 000 används aldrig"
            ) from None
        if not luhn.is_valid(digits[-10:]):
            raise _invalid(shown, "wrong check digit", "fel kontrollsiffra") from None
        raise _invalid(shown, "not a valid date", "inget giltigt datum") from None
    number = PersonalNumber(parsed.format(True))
    if number.birth_date > (today or dt.date.today()):
        raise _invalid(shown, "birth date is in the future", "födelsedatumet ligger i framtiden")
    return number


@lru_cache(maxsize=8192)  # a roster names the same company on many rows
def parse_org_number(raw: str) -> str:
    """An organisationsnummer as ``NNNNNN-NNNN``; a sole trader's personnummer is accepted too.

    The optional ``16`` prefix (the 12-digit form some registers use) is dropped.
    """
    shown = str(raw).strip()
    digits = re.sub(r"[\s\-]", "", shown.translate(_DASHES))
    if len(digits) == 12 and digits.startswith("16"):
        digits = digits[2:]
    if not digits.isdigit() or len(digits) != 10:
        raise ValidationError(
            Text(
                f"organisationsnummer {shown}: expected 10 digits, NNNNNN-NNNN",
                f"organisationsnummer {shown}: ska vara 10 siffror, NNNNNN-NNNN",
            ),
            field="org_number",
        )
    if not luhn.is_valid(digits):
        raise ValidationError(
            Text(
                f"organisationsnummer {shown}: wrong check digit",
                f"organisationsnummer {shown}: fel kontrollsiffra",
            ),
            field="org_number",
        )
    if int(digits[2:4]) < 20:
        # Sole traders (enskild firma) use the owner's personnummer.
        try:
            parse_personal_number(digits)
        except ValidationError:
            raise ValidationError(
                Text(
                    f"organisationsnummer {shown}: digits 3-4 must be 20 or more "
                    "(or the number must be the sole trader's personnummer)",
                    f"organisationsnummer {shown}: siffra 3-4 ska vara minst 20 "
                    "(eller numret ska vara enskilda firmans personnummer)",
                ),
                field="org_number",
            ) from None
    return _orgnr.format(digits)


# An ordinary address's local part (RFC 5322 dot-atom, ASCII): checked here, while the domain
# goes through email-validator once per distinct domain. Anything else is the library's alone.
_DOT_ATOM = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*\Z")


@cache
def _checked_domain(domain: str) -> str | None:
    """The normalised domain if email-validator accepts it, else None."""
    from email_validator import EmailNotValidError, validate_email

    try:
        return str(validate_email(f"a@{domain}", check_deliverability=False).domain)
    except EmailNotValidError:
        return None


def normalize_email(raw: str) -> str:
    """A syntactically valid e-mail address, the domain in lower case."""
    shown = str(raw).strip()
    local, at, domain = shown.rpartition("@")
    if (
        at
        and len(local) <= 64
        and len(shown) <= 254
        and _DOT_ATOM.match(local)
        and domain.isascii()
    ):
        checked = _checked_domain(domain)
        if checked is not None:
            return f"{local}@{checked}"
    from email_validator import EmailNotValidError, validate_email

    try:
        return str(validate_email(shown, check_deliverability=False).normalized)
    except EmailNotValidError:
        raise ValidationError(
            Text(f"e-mail {shown}: not a valid address", f"e-post {shown}: ingen giltig adress"),
            field="email",
        ) from None


def email_key(email: str | None) -> str | None:
    """The form two e-mail addresses are compared in: case does not matter."""
    return email.casefold() if email else None


def fitting(value: str, limit: int, field: str, en: str, sv: str) -> str:
    """``value`` if it fits the register's column of ``limit`` characters; refused by field
    otherwise (a roster row is rejected with its row number, before anything is written)."""
    if len(value) > limit:
        raise ValidationError(
            Text(f"{en} is longer than {limit} characters", f"{sv}: längre än {limit} tecken"),
            field=field,
        )
    return value


def normalize_name(raw: str, field: str = "name") -> str:
    """A name as stored: NFC, trimmed, inner runs of white space made one space."""
    # split() and \s agree on what white space is; joining is cheaper than a regex here.
    name = " ".join(unicodedata.normalize("NFC", str(raw)).split())
    if not name:
        raise ValidationError(Text("a name is required", "namn måste anges"), field=field)
    if len(name) > NAME_MAX_LENGTH:
        raise ValidationError(
            Text(
                f"name is longer than {NAME_MAX_LENGTH} characters",
                f"namnet är längre än {NAME_MAX_LENGTH} tecken",
            ),
            field=field,
        )
    if not name.isprintable() and any(  # isprintable: no control or format character
        unicodedata.category(c) in ("Cc", "Cf") and c not in "\u200d\u200c" for c in name
    ):
        raise ValidationError(
            Text("name contains control characters", "namnet innehåller styrtecken"),
            field=field,
        )
    return name


def normalize_text(raw: str | None) -> str:
    """Free text as stored: NFC and trimmed, without NUL (which no text column on PostgreSQL
    can hold, and which no one means to type)."""
    return unicodedata.normalize("NFC", raw or "").replace("\x00", "").strip()


def parse_date(raw: str | dt.date | dt.datetime, field: str = "date") -> dt.date:
    """A date written ``YYYY-MM-DD``, ``YYYYMMDD`` or ``DD.MM.YYYY`` (Nordic style)."""
    if isinstance(raw, dt.datetime):
        return raw.date()
    if isinstance(raw, dt.date):
        return raw
    text = str(raw).strip().translate(_DASHES)
    for pattern in ("%Y-%m-%d", "%Y%m%d", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise ValidationError(
        Text(
            f"“{text}” is not a date: write YYYY-MM-DD",
            f"”{text}” är inget datum: skriv ÅÅÅÅ-MM-DD",
        ),
        field=field,
    )
