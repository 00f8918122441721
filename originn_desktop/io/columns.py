"""Which column of a roster holds which field, from its header in Swedish or English.

Headers are compared without case, spaces or punctuation: "E-post", "e post" and "EPOST" match.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from originn_desktop.domain.text import Text, UserError

FIELDS: dict[str, Text] = {
    "first_name": Text("first name", "förnamn"),
    "last_name": Text("last name", "efternamn"),
    "name": Text("full name", "namn (för- och efternamn)"),
    "personnummer": Text("personnummer", "personnummer"),
    "birth_date": Text("date of birth", "födelsedatum"),
    "email": Text("e-mail", "e-post"),
    "phone": Text("phone", "telefon"),
    "company": Text("company", "företag"),
    "org_number": Text("organisationsnummer", "organisationsnummer"),
    "municipality": Text("municipality", "kommun"),
    "gender": Text("gender", "kön"),
    "status": Text(
        "status (anmäld, reserv, avanmäld, ...)", "status (anmäld, reserv, avanmäld, ...)"
    ),
    "grade": Text("grade (U, G, VG)", "betyg (U, G, VG)"),
    "grade_date": Text("examination date", "examinationsdatum"),
}
IGNORE = ""

_SYNONYMS = {
    "first_name": [
        "Förnamn",
        "first name",
        "first_name",
        "given name",
        "firstname",
        "tilltalsnamn",
    ],
    "last_name": ["Efternamn", "last name", "last_name", "surname", "family name", "lastname"],
    "name": ["Namn", "name", "full name", "fullständigt namn", "deltagare"],
    "personnummer": [
        "Personnummer",
        "Personnr",
        "Pnr",
        "personal identity number",
        "personal_identity_number",
        "samordningsnummer",
        "person number",
    ],
    "birth_date": ["Födelsedatum", "date of birth", "date_of_birth", "birth date", "född", "dob"],
    "email": [
        "E-post",
        "Epost",
        "Mejl",
        "Mail",
        "email",
        "e-mail",
        "e-postadress",
        "email address",
    ],
    "phone": ["Telefon", "Tel", "Mobil", "Mobilnummer", "phone", "telephone", "mobile"],
    "company": ["Företag", "company", "organisation", "organization", "företagsnamn", "firma"],
    "org_number": [
        "Organisationsnummer",
        "Org.nr",
        "Orgnr",
        "Org nr",
        "organisation number",
        "organization number",
        "company number",
    ],
    "municipality": ["Kommun", "municipality", "hemkommun"],
    "gender": ["Kön", "gender", "sex"],
    # The program's own roster columns (export-roster), in both languages, and the words
    # university lists use for the same.
    "status": [
        "Status",
        "Anmälningsstatus",
        "Antagningsstatus",
        "Registreringsstatus",
        "registration status",
        "admission status",
        "enrollment status",
    ],
    "grade": ["Betyg", "Grade", "Resultat", "Result", "Slutbetyg", "final grade"],
    "grade_date": [
        "Examinationsdatum",
        "Betygsdatum",
        "Resultatdatum",
        "Examination date",
        "Exam date",
        "Grade date",
        "date of examination",
    ],
}


def header_key(header: str) -> str:
    """A header reduced to lower-case letters and digits: 'E-post' and 'e post' are 'epost'."""
    text = unicodedata.normalize("NFC", header).casefold()
    return re.sub(r"[\W_]+", "", text)


SYNONYMS: dict[str, str] = {
    header_key(s): field for field, names in _SYNONYMS.items() for s in names
}


def header_score(cells: Sequence[str]) -> int:
    """How many different fields a row's cells name: a roster's header row names several, a
    title row or a row of data hardly any."""
    return len({SYNONYMS[k] for k in map(header_key, cells) if k in SYNONYMS})


def guess_mapping(headers: Sequence[str]) -> list[str]:
    """The field for each column (``IGNORE`` when unknown); each field is taken once."""
    taken: set[str] = set()
    mapping = []
    for header in headers:
        field = SYNONYMS.get(header_key(header), IGNORE)
        if field in taken:
            field = IGNORE
        if field:
            taken.add(field)
        mapping.append(field)
    return mapping


def apply_overrides(
    headers: Sequence[str], mapping: list[str], overrides: Sequence[str]
) -> list[str]:
    """Correct the guess with ``"Header=field"`` pairs (``field`` empty or 'ignore' to skip)."""
    result = list(mapping)
    keys = [header_key(h) for h in headers]
    for item in overrides:
        header, sep, field = item.partition("=")
        field = field.strip()
        if not sep:
            raise UserError(
                Text(
                    f'--map {item!r}: write it as "Header=field"',
                    f'--map {item!r}: skriv som "Rubrik=fält"',
                )
            )
        if field.lower() == "ignore":
            field = IGNORE
        if field and field not in FIELDS:
            known = ", ".join(FIELDS)
            raise UserError(
                Text(
                    f"--map {item!r}: unknown field {field!r} (fields: {known})",
                    f"--map {item!r}: okänt fält {field!r} (fält: {known})",
                )
            )
        key = header_key(header)
        if key not in keys:
            raise UserError(
                Text(
                    f"--map {item!r}: there is no column {header.strip()!r}",
                    f"--map {item!r}: det finns ingen kolumn {header.strip()!r}",
                )
            )
        if field:
            result = [IGNORE if f == field else f for f in result]
        result[keys.index(key)] = field
    return result


def check_mapping(mapping: Sequence[str]) -> Text | None:
    """What is missing for rows to be readable at all, or None."""
    fields = set(mapping)
    has_name = "name" in fields or {"first_name", "last_name"} <= fields
    if not has_name:
        return Text(
            "no column for the names: map one to 'name', or two to 'first_name' and 'last_name'",
            "ingen kolumn för namnen: koppla en till 'name', eller två till 'first_name' och 'last_name'",
        )
    if not fields & {"personnummer", "birth_date"}:
        return Text(
            "no column for personnummer or date of birth: every person needs one",
            "ingen kolumn för personnummer eller födelsedatum: varje person behöver en",
        )
    return None
