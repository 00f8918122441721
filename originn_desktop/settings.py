"""The program's settings, each declared once: key, type, default and label.

Storage is the front end's business (the window and the command line keep them with
QSettings in ``settings.ini`` in the data directory); services receive plain values.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from originn_desktop.domain.text import Text


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    label: Text
    choices: tuple[tuple[str, Text], ...] = ()
    is_file: bool = False
    in_dialog: bool = (
        True  # False: remembered where it is chosen (an export dialog), not in Settings
    )


LANGUAGE = Setting(
    "interface/language",
    str,
    "",
    Text("Interface language", "Språk i programmet"),
    choices=(
        ("", Text("As the system", "Som systemet")),
        ("sv", Text("Swedish", "Svenska")),
        ("en", Text("English", "Engelska")),
    ),
)
CERTIFICATE_LANGUAGE = Setting(
    "certificates/default_language",
    str,
    "sv+en",
    Text("Default certificate language", "Standardspråk för intyg"),
    choices=(
        ("sv+en", Text("Swedish and English", "Svenska och engelska")),
        ("sv", Text("Swedish", "Svenska")),
        ("en", Text("English", "Engelska")),
    ),
)
AWARDING_BODY = Setting(
    "organisation/awarding_body",
    str,
    "Mittuniversitetet",
    Text("Awarding body", "Utfärdande lärosäte"),
)
AWARDING_BODY_EN = Setting(
    "organisation/awarding_body_en",
    str,
    "Mid Sweden University",
    Text("Awarding body in English", "Utfärdande lärosäte på engelska"),
)
ORGANISATION = Setting(
    "organisation/coordinator",
    str,
    "Region Jämtland Härjedalen",
    Text("Coordinating organisation", "Samordnande organisation"),
)
# The signatory and the logos belong to the register now (services.issuer): these per-user
# values are only what a register without issuer settings starts from.
SIGNATORY_NAME = Setting(
    "organisation/signatory_name",
    str,
    "",
    Text("Signatory's name", "Undertecknarens namn"),
    in_dialog=False,
)
SIGNATORY_TITLE = Setting(
    "organisation/signatory_title",
    str,
    "",
    Text("Signatory's title", "Undertecknarens titel"),
    in_dialog=False,
)
LOGO_LEFT = Setting(
    "certificates/logo_left",
    str,
    "",
    Text("Logo, top left", "Logotyp uppe till vänster"),
    is_file=True,
    in_dialog=False,
)
LOGO_RIGHT = Setting(
    "certificates/logo_right",
    str,
    "",
    Text("Logo, top right", "Logotyp uppe till höger"),
    is_file=True,
    in_dialog=False,
)
VERIFY_TEMPLATE = Setting(
    "certificates/verify_template",
    str,
    "",
    Text(
        "Verification address ({number} is replaced)",
        "Verifieringsadress ({number} ersätts med intygsnumret)",
    ),
)

ROSTER_COLUMNS = Setting(
    "exports/roster_columns",
    str,
    "personnummer,birth_date,gender,last_name,first_name,email,company,org_number,"
    "municipality,status,grade,grade_date",
    Text("Columns of the university roster", "Kolumner i listan till lärosätet"),
    in_dialog=False,
)
CSV_DELIMITER = Setting(
    "exports/csv_delimiter",
    str,
    ";",
    Text("CSV separator", "Avgränsare i CSV"),
    choices=(
        (";", Text("semicolon (Swedish Excel)", "semikolon (svenskt Excel)")),
        (",", Text("comma", "komma")),
    ),
    in_dialog=False,
)

ALL_SETTINGS: tuple[Setting, ...] = (
    LANGUAGE,
    CERTIFICATE_LANGUAGE,
    AWARDING_BODY,
    AWARDING_BODY_EN,
    ORGANISATION,
    SIGNATORY_NAME,
    SIGNATORY_TITLE,
    LOGO_LEFT,
    LOGO_RIGHT,
    VERIFY_TEMPLATE,
    ROSTER_COLUMNS,
    CSV_DELIMITER,
)
