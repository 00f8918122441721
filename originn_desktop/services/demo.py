"""A realistic demo register: both ORIGINN modules, about 35 people from 20 companies.

Every person and company here is invented; identity numbers are synthetic with valid check
digits. Loading it twice adds nothing: modules are found by code and people by the
same-person rule.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from stdnum import luhn

from originn_desktop.db.engine import Database
from originn_desktop.db.models import Enrollment, Module
from originn_desktop.domain.values import ModuleStatus, ParticipationForm
from originn_desktop.services import audit
from originn_desktop.services.companies import CompanyDraft, find_or_create
from originn_desktop.services.enrollment import apply_status
from originn_desktop.services.modules import ModuleDraft
from originn_desktop.services.participants import (
    ParticipantDraft,
    clean_participant,
    find_same_person,
    new_participant,
    refresh_derived,
)

QUALITY_SV = (
    "Modulen är en kurs vid Mittuniversitetet och kvalitetssäkras enligt universitetets "
    "system för kvalitetssäkring av utbildning på grundnivå, i enlighet med högskolelagen "
    "och Universitetskanslersämbetets granskningar."
)
QUALITY_EN = (
    "The module is a course at Mid Sweden University, quality assured under the university's "
    "system for first-cycle education, in line with the Swedish Higher Education Act and the "
    "reviews of the Swedish Higher Education Authority."
)


def demo_modules(today: dt.date) -> list[ModuleDraft]:
    year = today.year + 1
    return [
        ModuleDraft(
            code="M1",
            title_sv="Från råvara till produkt: förädling i de areella näringarna",
            title_en="From raw material to product: value adding in land-based industries",
            course_code="FÖ901G",
            start_date=dt.date(year, 2, 2),
            end_date=dt.date(year, 3, 27),
            registration_deadline=dt.date(year, 1, 15),
            participation_form=ParticipationForm.BLENDED,
            location="Östersund och distans",
            max_participants=20,
            learning_outcomes_sv=(
                "Efter avslutad modul ska deltagaren kunna\n"
                "- analysera möjligheter att förädla råvaror från jord, skog och vatten i det "
                "egna företaget,\n"
                "- beräkna kostnader och lönsamhet för en förädlad produkt,\n"
                "- redogöra för regelverk för livsmedel och produktsäkerhet som berör förädlingen."
            ),
            learning_outcomes_en=(
                "On completion of the module the participant will be able to\n"
                "- analyse opportunities to add value to raw materials from land, forest and "
                "water in their own company,\n"
                "- calculate the costs and profitability of a processed product,\n"
                "- account for the food and product-safety rules that apply to processing."
            ),
            assessment_sv="Skriftlig inlämningsuppgift: en förädlingsplan för det egna företaget.",
            assessment_en="Written assignment: a value-adding plan for the participant's company.",
            quality_assurance_sv=QUALITY_SV,
            quality_assurance_en=QUALITY_EN,
            status=ModuleStatus.OPEN,
        ),
        ModuleDraft(
            code="M2",
            title_sv="Från leverantör till varumärkesbyggare: marknad och affärsutveckling",
            title_en="From supplier to brand builder: markets and business development",
            course_code="FÖ902G",
            start_date=dt.date(year, 4, 13),
            end_date=dt.date(year, 6, 5),
            registration_deadline=dt.date(year, 3, 20),
            participation_form=ParticipationForm.DISTANCE,
            location="Distans, två träffar i Östersund",
            learning_outcomes_sv=(
                "Efter avslutad modul ska deltagaren kunna\n"
                "- formulera en varumärkesidé som bygger på produktens ursprung i länet,\n"
                "- välja försäljningskanaler och prissätta en förädlad produkt,\n"
                "- identifiera offentliga finansieringsformer för företagets utveckling."
            ),
            learning_outcomes_en=(
                "On completion of the module the participant will be able to\n"
                "- formulate a brand idea built on the product's origin in the county,\n"
                "- choose sales channels and price a processed product,\n"
                "- identify public funding for the development of the company."
            ),
            assessment_sv="Muntlig presentation och skriftlig affärsplan.",
            assessment_en="Oral presentation and written business plan.",
            quality_assurance_sv=QUALITY_SV,
            quality_assurance_en=QUALITY_EN,
            status=ModuleStatus.PLANNED,
        ),
    ]


@dataclass(frozen=True)
class DemoCompany:
    name: str
    serial: str  # six digits after "55"; the check digit is computed
    municipality: str
    sector: str

    @property
    def org_number(self) -> str:
        body = f"55{self.serial}100"
        return body + luhn.calc_check_digit(body)


COMPANIES = [
    DemoCompany("Älvdalens Getgård", "6810", "Berg", "agriculture"),
    DemoCompany("Ljungdalens Fjällröding", "6811", "Berg", "fishing"),
    DemoCompany("Bräcke Skogstjänst", "6812", "Bräcke", "forestry"),
    DemoCompany("Gimdalens Lamm", "6813", "Bräcke", "agriculture"),
    DemoCompany("Sveg Bär och Sylt", "6814", "Härjedalen", "food"),
    DemoCompany("Funäsdalens Renslakteri", "6815", "Härjedalen", "reindeer"),
    DemoCompany("Krokoms Mejerigård", "6816", "Krokom", "food"),
    DemoCompany("Föllinge Timmer", "6817", "Krokom", "forestry"),
    DemoCompany("Ragunda Honung", "6818", "Ragunda", "agriculture"),
    DemoCompany("Indalsälvens Fiske", "6819", "Ragunda", "fishing"),
    DemoCompany("Gäddede Renskötsel", "6820", "Strömsund", "reindeer"),
    DemoCompany("Strömsunds Potatis", "6821", "Strömsund", "agriculture"),
    DemoCompany("Åre Fjällchark", "6822", "Åre", "food"),
    DemoCompany("Undersåkers Skog", "6823", "Åre", "forestry"),
    DemoCompany("Kallsjöns Odlade Fisk", "6824", "Åre", "fishing"),
    DemoCompany("Östersunds Stadsodling", "6825", "Östersund", "agriculture"),
    DemoCompany("Frösö Rökeri", "6826", "Östersund", "food"),
    DemoCompany("Brunflo Ved och Flis", "6827", "Östersund", "forestry"),
    DemoCompany("Hammerdals Ostmakeri", "6828", "Strömsund", "food"),
    DemoCompany("Vålådalens Fjällgård", "6829", "Åre", "other"),
]


def _personnummer(birth: str, serial: str) -> str:
    """A synthetic personnummer with a valid check digit: ``YYMMDD`` + ``NNN``."""
    body = birth + serial
    return f"{birth}-{serial}{luhn.calc_check_digit(body)}"


# first, last, birth (YYMMDD; day+60 for a samordningsnummer; None: date of birth only),
# serial, company index, gender, modules and statuses
PEOPLE: list[tuple[str, str, str | None, str, int, str, dict[str, str]]] = [
    ("Anna", "Östlund", "780312", "244", 0, "female", {"M1": "admitted"}),
    ("Björn", "Åkerlund", "650607", "135", 1, "male", {"M1": "admitted"}),
    ("Cecilia", "Nordqvist", "820119", "446", 2, "female", {"M1": "admitted"}),
    ("Daniel", "Persson", "900223", "057", 3, "male", {"M1": "admitted"}),
    ("Elin", "Sjöberg", "870830", "268", 4, "female", {"M1": "admitted"}),
    ("Nils-Ánte", "Sunna", "710405", "479", 5, "male", {"M1": "admitted", "M2": "registered"}),
    ("Fredrik", "Lindgren", "760914", "171", 6, "male", {"M1": "admitted"}),
    ("Greta", "Hägglund", "931102", "382", 7, "female", {"M1": "admitted"}),
    ("Hampus", "Ek", "840521", "193", 8, "male", {"M1": "admitted"}),
    ("Ida", "Strömgren", "950317", "204", 9, "female", {"M1": "admitted", "M2": "registered"}),
    ("Máret", "Jåma", "800728", "426", 10, "female", {"M1": "admitted"}),
    ("Johan", "Bergström", "680212", "317", 11, "male", {"M1": "admitted"}),
    ("Karin", "Ödman", "910606", "128", 12, "female", {"M1": "admitted"}),
    ("Lars", "Wikström", "590930", "239", 13, "male", {"M1": "admitted"}),
    ("Malin", "Forsberg", "861224", "440", 14, "female", {"M1": "admitted"}),
    ("Niklas", "Holm", "920110", "151", 15, "male", {"M1": "registered"}),
    ("Olivia", "Dahl", "980403", "462", 16, "female", {"M1": "registered"}),
    ("Per", "Sandström", "730815", "273", 17, "male", {"M1": "withdrawn"}),
    ("Rebecka", "Mattsson", "890127", "184", 18, "female", {"M1": "registered"}),
    ("Simon", "Grönlund", "850709", "395", 19, "male", {"M1": "registered"}),
    ("Tove", "Ågren", "000229", "206", 0, "female", {"M1": "registered"}),
    ("Ulrika", "Jonsson", "770518", "428", 2, "female", {"M2": "registered"}),
    ("Viktor", "Nyström", "940903", "139", 4, "male", {"M2": "registered"}),
    ("Åsa", "Lundqvist", "810221", "240", 6, "female", {"M2": "registered"}),
    ("Erik", "Mörtsell", "660411", "451", 8, "male", {"M2": "registered"}),
    ("Sofia", "Kristoffersen", None, "", 10, "female", {"M2": "registered"}),
    ("Ante", "Ivarsson", "830776", "362", 11, "male", {"M2": "registered"}),
    ("Helena", "Backman", "750102", "173", 12, "female", {"M2": "withdrawn"}),
    ("Jonas", "Svedberg", "880619", "384", 13, "male", {"M2": "registered"}),
    ("Linnea", "Hellström", "960925", "406", 14, "female", {"M2": "registered"}),
    ("Magnus", "Olofsson", "700314", "117", 15, "male", {"M2": "registered"}),
    ("Petra", "Zackrisson", "820807", "228", 16, "female", {"M2": "withdrawn"}),
    ("Rasmus", "Kvist", "970128", "239", 18, "male", {"M2": "registered"}),
    ("Stina", "Öhman", "790502", "440", 19, "female", {"M1": "waitlisted"}),
    ("Kari", "Haugen", None, "", 17, "female", {"M1": "waitlisted"}),
]
NO_NUMBER_BIRTH_DATES = {"Kristoffersen": dt.date(1984, 9, 17), "Haugen": dt.date(1979, 6, 2)}


def _ascii(name: str) -> str:
    """How a Swedish name is usually written in an e-mail address: å, ä, ö as a, a, o."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", name.lower().replace(" ", "."))
    return "".join(c for c in decomposed if c.isascii())


@dataclass(frozen=True)
class DemoResult:
    modules_added: int
    participants_added: int
    enrollments_added: int


def load_demo(db: Database, today: dt.date | None = None) -> DemoResult:
    """Add the demo register; what is already there is left as it is."""
    today = today or dt.date.today()
    modules_added = participants_added = enrollments_added = 0
    with db.write() as session:
        modules: dict[str, Module] = {}
        for module_draft in demo_modules(today):
            module = session.scalar(
                select(Module).where(func.lower(Module.code) == module_draft.code.lower())
            )
            if module is None:
                module = Module(**vars(module_draft))
                session.add(module)
                session.flush()
                audit.record(
                    session, "module.create", "module", module.id, code=module.code, demo=True
                )
                modules_added += 1
            modules[module_draft.code] = module
        companies = [
            find_or_create(session, CompanyDraft(c.name, c.org_number, c.municipality, c.sector))
            for c in COMPANIES
        ]
        for first, last, birth, serial, company, gender, enrollments in PEOPLE:
            draft = ParticipantDraft(
                first,
                last,
                personal_number=_personnummer(birth, serial) if birth else None,
                birth_date=NO_NUMBER_BIRTH_DATES.get(last),
                email=f"{_ascii(first)}.{_ascii(last)}@example.se",
                company_id=companies[company].id,
                municipality=COMPANIES[company].municipality,
                gender=gender,
            )
            clean = clean_participant(draft, today)
            person = find_same_person(session, clean.personal_number, clean.email, clean.birth_date)
            if person is None:
                person = new_participant(clean)
                session.add(person)
                session.flush()
                refresh_derived(session, person)
                audit.record(session, "participant.create", "participant", person.id, demo=True)
                participants_added += 1
            for code, status in enrollments.items():
                module = modules[code]
                exists = session.scalar(
                    select(Enrollment.id).where(
                        Enrollment.module_id == module.id, Enrollment.participant_id == person.id
                    )
                )
                if exists is not None:
                    continue
                enrollment = Enrollment(module=module, participant=person, status=status)
                session.add(enrollment)
                apply_status(session, enrollment, status, note="demo")
                session.flush()
                enrollments_added += 1
    return DemoResult(modules_added, participants_added, enrollments_added)
