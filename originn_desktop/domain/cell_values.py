"""Values a spreadsheet mangled, taken back where a check proves them, with a note saying so.

Excel and LibreOffice turn a cell of digits into a number: a personnummer of someone born
2000-2009 loses its leading zero (``105055792`` for ``010505-5792``), a mobile number its ``0``,
a long number may come back as ``8503121232.0`` or in scientific form, and a date may arrive
as the spreadsheet's day number. Each function here returns the value to check as usual and
the note to show on the row (None when nothing was changed), or raises ``ValidationError``
when the value cannot be taken back for certain. Nothing is guessed: a restored personnummer
or organisationsnummer must pass its date and Luhn checks (done by the same libraries as
everywhere else), a phone number libphonenumber's rules for Swedish numbers.
"""

from __future__ import annotations

import datetime as dt
import re

from originn_desktop.domain.identity import parse_org_number, parse_personal_number
from originn_desktop.domain.text import Text, ValidationError

# Thousands separators a number format may show: space, no-break space, narrow no-break space.
_GROUPING = str.maketrans("", "", " \u00a0\u202f")
_DECIMAL = re.compile(r"(\d+)[.,]0+")
_SCIENTIFIC = re.compile(r"([0-9])(?:[.,]([0-9]+))?[eE]\+?([0-9]{1,2})")
# Leading zeros a number can have lost: born 2000-2009, the first digit of the ten;
# born 2000, also the year's second zero, and in January to September, the month's.
_SHORTEST = 7


def spreadsheet_digits(raw: str, what: Text, field: str) -> tuple[str, str] | None:
    """The digits of a cell a spreadsheet wrote as a number, and how it was written
    (``"decimal"``: ``8503121232.0``, ``"scientific"``: ``8.503121232E+9``, ``"grouped"``:
    ``105 055 792``); None when the cell is not such a number.

    A scientific form that does not show every digit (``8.50312E+11``) lost the rest: that
    raises, since no check can tell what they were.
    """
    text = raw.strip()
    if (match := _DECIMAL.fullmatch(text)) is not None:
        return match.group(1), "decimal"
    if (match := _SCIENTIFIC.fullmatch(text)) is not None:
        first, rest, exponent = match.group(1), match.group(2) or "", int(match.group(3))
        if len(rest) < exponent:
            raise ValidationError(
                what
                + Text(
                    f" {text}: a spreadsheet wrote it in scientific form and lost digits; "
                    "format the column as text and type the number again",
                    f" {text}: ett kalkylprogram skrev det i grundpotensform och tappade "
                    "siffror; formatera kolumnen som text och skriv numret igen",
                ),
                field=field,
            )
        if rest[exponent:].strip("0"):
            return None  # not a whole number: no identity number
        return (first + rest[:exponent]).lstrip("0") or "0", "scientific"
    grouped = text.translate(_GROUPING)
    if grouped != text and grouped.isascii() and grouped.isdigit():
        return grouped, "grouped"
    return None


def _restored(what: Text, shown: str) -> Text:
    return what + Text(
        f": leading zero restored ({shown})", f": inledande nolla återställd ({shown})"
    )


def _read_back(what: Text, written: str, shown: str) -> Text:
    return what + Text(
        f": read back from the number {written} a spreadsheet made of it ({shown})",
        f": läst tillbaka från talet {written} som ett kalkylprogram gjort av det ({shown})",
    )


_PNR = Text("personnummer", "personnummer")
_ORG = Text("organisationsnummer", "organisationsnummer")
_WRITTEN_AS_NUMBER = ("decimal", "scientific")


def _usual(text: str) -> bool:
    """Written as people write it (most rows of a roster): nothing a spreadsheet did."""
    return (len(text) in (10, 12) and text.isdigit()) or (
        len(text) in (11, 13) and text[-5] in "-+"
    )


def restore_personal_number(raw: str, today: dt.date) -> tuple[str, Text | None]:
    """A personnummer cell as a spreadsheet may have left it, made whole where the check
    digit and the date prove it; else the cell as it was (the usual check then says why)."""
    text = raw.strip()
    if _usual(text):
        return raw, None
    found = spreadsheet_digits(text, _PNR, "personnummer")
    if found is None:
        digits, how = text, ""
    else:
        digits, how = found
    if not (digits.isascii() and digits.isdigit()):
        return raw, None
    if len(digits) in (10, 12):
        if how in _WRITTEN_AS_NUMBER:
            number = parse_personal_number(digits, today)  # raises with the usual reason
            return digits, _read_back(_PNR, text, number.masked)
        return raw, None
    if _SHORTEST <= len(digits) < 10:
        padded = digits.zfill(10)
        try:
            number = parse_personal_number(padded, today)
        except ValidationError:
            raise ValidationError(
                Text(
                    f"personnummer {text}: only {len(digits)} digits, and not valid with the "
                    "leading zeros a spreadsheet may have dropped either",
                    f"personnummer {text}: bara {len(digits)} siffror, och inte giltigt med de "
                    "inledande nollor ett kalkylprogram kan ha tagit bort heller",
                ),
                field="personnummer",
            ) from None
        return padded, _restored(_PNR, number.masked)
    return raw, None


def restore_org_number(raw: str) -> tuple[str, Text | None]:
    """An organisationsnummer as a spreadsheet may have left it. Only a sole trader's (their
    personnummer, born 2000-2009) can have lost a leading zero; the Luhn check proves it."""
    text = raw.strip()
    if _usual(text):
        return raw, None
    found = spreadsheet_digits(text, _ORG, "org_number")
    if found is None:
        digits, how = text, ""
    else:
        digits, how = found
    if not (digits.isascii() and digits.isdigit()):
        return raw, None
    if len(digits) in (10, 12):
        if how in _WRITTEN_AS_NUMBER:
            return digits, _read_back(_ORG, text, parse_org_number(digits))
        return raw, None
    if _SHORTEST <= len(digits) < 10:
        padded = digits.zfill(10)
        try:  # no company's number starts with 0: only a sole trader's personnummer can
            parse_personal_number(padded)
            formatted = parse_org_number(padded)
        except ValidationError:
            return raw, None  # the usual check says why
        return formatted, _restored(_ORG, formatted)
    return raw, None


_PHONE = Text("phone", "telefon")


def restore_phone(raw: str) -> tuple[str, Text | None]:
    """A Swedish phone number that lost its leading ``0`` (``701234567``) given back as
    ``070-123 45 67``, when it is a valid Swedish number with the zero; anything else as it was
    (a phone number is free text)."""
    text = raw.strip()
    if not text or text[0] in "0+(":
        return raw, None
    try:
        found = spreadsheet_digits(text, _PHONE, "phone")
    except ValidationError:
        return raw, None
    digits = found[0] if found is not None else text
    if not (digits.isascii() and digits.isdigit() and _SHORTEST <= len(digits) <= 9):
        return raw, None
    import phonenumbers  # only for the rows that need it

    try:
        number = phonenumbers.parse("0" + digits, "SE")
    except phonenumbers.NumberParseException:  # pragma: no cover - digits always parse
        return raw, None
    if not phonenumbers.is_valid_number(number):
        return raw, None
    shown = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return shown, _restored(_PHONE, shown)


# Excel's day numbers for 1900-03-01 (the first after its phantom 29 February 1900) and
# 2100-12-31: a date cell that lost its format shows one of these.
_FIRST_SERIAL, _LAST_SERIAL = 61, 73415


def restore_date(raw: str, what: Text) -> tuple[str | dt.date, Text | None]:
    """A date as a spreadsheet may have left it: its day number (``29331``), ``DD/MM/YYYY``
    (read as day first, the European way) or ``YYYY-MM-DD 00:00:00``; else the cell as it was,
    for the usual check (``YYYY-MM-DD``, ``YYYYMMDD``, ``DD.MM.YYYY``)."""
    text = raw.strip()
    if len(text) == 10 and text[4] == "-":
        return raw, None  # YYYY-MM-DD, the usual form
    number = text[:-2] if text.endswith((".0", ",0")) else text
    if number.isascii() and number.isdigit() and len(number) <= 5:
        serial = int(number)
        if _FIRST_SERIAL <= serial <= _LAST_SERIAL:
            from openpyxl.utils.datetime import from_excel  # only for the rows that need it

            day = from_excel(serial).date()
            return day, what + Text(
                f": read from the spreadsheet's day number {text} ({day.isoformat()})",
                f": läst från kalkylprogrammets dagnummer {text} ({day.isoformat()})",
            )
        return raw, None
    if "/" in text:
        try:
            day = dt.datetime.strptime(text, "%d/%m/%Y").date()
        except ValueError:
            return raw, None
        return day, what + Text(
            f": {text} read as day/month/year ({day.isoformat()})",
            f": {text} läst som dag/månad/år ({day.isoformat()})",
        )
    if len(text) == 19 and text.endswith(" 00:00:00"):
        return text[:10], None  # a date cell written out with its time of day
    return raw, None
