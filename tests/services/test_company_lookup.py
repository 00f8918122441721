"""An import finds the register's companies as before while reading only those its file
names: by organisationsnummer, else by name in any case (Swedish letters too), a blank field
filled in, and the rest of the register left alone."""

from __future__ import annotations

from sqlalchemy import select

from originn_desktop.db.models import Company
from originn_desktop.io.columns import guess_mapping
from originn_desktop.io.spreadsheet import read_table
from originn_desktop.services.companies import CompanyDraft, create_company
from originn_desktop.services.importing import plan_import, run_import
from originn_desktop.services.participants import module_roster
from tests import factories

HEADER = "Förnamn;Efternamn;Personnummer;Företag;Organisationsnummer;Kommun\n"


def test_an_import_finds_companies_by_number_or_by_name_in_any_case(db, tmp_path):
    factories.module(db, "M1")
    for i in range(300):  # companies the file does not name
        create_company(db, CompanyDraft(f"Annat Företag {i}", None, "Berg"))
    skog = create_company(db, CompanyDraft("Åre Skog AB", None, "", "forestry"))
    ren = create_company(db, CompanyDraft("Renen", "5568100043", "Härjedalen", "reindeer"))
    numbered = create_company(db, CompanyDraft("Östlunds Fiske", "5568100027", "Krokom"))
    rows = [
        ("Anna", "Berg", factories.personnummer(), "ÅRE SKOG AB", "", "Åre"),  # name, any case
        ("Per", "Ek", factories.personnummer(), "Helt Annat Namn", "556810-0043", ""),  # number
        # Same name, another number: another company.
        ("Sara", "Holm", factories.personnummer(), "östlunds fiske", "5568100050", ""),
        ("Ida", "Ek", factories.personnummer(), "Nytt Företag", "", "Ragunda"),  # new
        ("Åsa", "Ek", factories.personnummer(), "NYTT företag", "", ""),  # the new one again
    ]
    path = tmp_path / "r.csv"
    path.write_text(HEADER + "".join(";".join(r) + "\n" for r in rows), encoding="utf-8")
    table = read_table(path)
    run_import(db, plan_import(db, table, guess_mapping(table.headers), "M1"))
    company_of = {
        p.participant.first_name: p.participant.company_id for p in module_roster(db, "M1")
    }
    assert company_of["Anna"] == skog.id
    assert company_of["Per"] == ren.id
    assert company_of["Sara"] not in (numbered.id, None)
    assert company_of["Ida"] == company_of["Åsa"] not in (None, skog.id, ren.id, numbered.id)
    with db.read() as session:
        companies = {c.id: c for c in session.scalars(select(Company))}
    assert len(companies) == 300 + 3 + 2  # Sara's and Ida's are new
    assert companies[skog.id].municipality == "Åre"  # a blank filled in from the file
    assert (companies[ren.id].name, companies[ren.id].sector) == ("Renen", "reindeer")
    assert companies[company_of["Sara"]].org_number == "556810-0050"
    assert companies[company_of["Ida"]].name == "Nytt Företag"  # the first spelling
