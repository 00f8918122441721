import datetime as dt
import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from originn_desktop.db.models import Enrollment, Participant
from originn_desktop.domain.text import UserError, ValidationError
from originn_desktop.io.columns import apply_overrides, guess_mapping
from originn_desktop.io.spreadsheet import Table, read_table
from originn_desktop.services.importing import plan_import, run_import, split_name, write_rejected
from originn_desktop.services.modules import module_summary
from originn_desktop.services.participant_list import ParticipantQuery, count_participants
from originn_desktop.services.participants import module_roster
from originn_desktop.services.privacy import purge
from tests import factories
from tests.clock import TODAY


def do_import(db, path, module="M1", overrides=(), dry_run=False, **kwargs):
    table = read_table(path)
    mapping = apply_overrides(table.headers, guess_mapping(table.headers), list(overrides))
    plan = plan_import(db, table, mapping, module, **kwargs)
    return plan, run_import(db, plan, dry_run=dry_run)


def people(db):
    return count_participants(db, ParticipantQuery())


def test_the_excel_sample_gives_five_people_one_merged_one_rejected(db, shared_data):
    factories.module(db, "M1")
    _, result = do_import(db, shared_data / "roster_excel_semicolon_cp1252.csv")
    assert (result.imported, result.duplicates, result.enrolled) == (5, 1, 5)
    [rejected] = result.rejected
    assert rejected.row == 7 and "780101-1234: wrong check digit" in rejected.message.en
    roster = {r.participant.first_name: r.participant for r in module_roster(db, "M1")}
    assert set(roster) == {"Sven", "Tova", "Ulf", "Vera", "Ylva"}
    assert roster["Ylva"].personal_number == "198812725557"  # samordningsnummer
    assert (
        roster["Sven"].last_name == "Älvdal" and roster["Sven"].company_name == "Älvdals Lantbruk"
    )
    assert roster["Vera"].municipality == "Härjedalen"
    assert module_summary(db, "M1").count.counted == 5


def test_importing_the_same_file_twice_adds_nobody(db, shared_data):
    factories.module(db, "M1")
    do_import(db, shared_data / "roster_excel_semicolon_cp1252.csv")
    _, again = do_import(db, shared_data / "roster_excel_semicolon_cp1252.csv")
    assert (again.imported, again.duplicates, again.enrolled, again.already_enrolled) == (
        0,
        6,
        0,
        5,
    )
    assert people(db) == 5


def test_the_full_name_sample_splits_names(db, shared_data):
    factories.module(db, "M1")
    _, result = do_import(db, shared_data / "roster_combined_name.xlsx")
    assert (result.imported, result.rejected) == (4, [])
    names = {(r.participant.first_name, r.participant.last_name) for r in module_roster(db, "M1")}
    assert ("Tova", "Rönnqvist") in names and ("Ulf", "Nordén") in names


def test_a_dry_run_changes_nothing_and_predicts_exactly(db, shared_data):
    factories.module(db, "M1")
    _, preview = do_import(db, shared_data / "roster_excel_semicolon_cp1252.csv", dry_run=True)
    assert people(db) == 0
    _, real = do_import(db, shared_data / "roster_excel_semicolon_cp1252.csv")
    assert (preview.imported, preview.duplicates, preview.enrolled) == (
        real.imported,
        real.duplicates,
        real.enrolled,
    )
    assert preview.dry_run and not real.dry_run


def test_rejected_rows_can_be_saved_fixed_and_imported_again(db, shared_data, tmp_path):
    factories.module(db, "M1")
    plan, _ = do_import(db, shared_data / "roster_excel_semicolon_cp1252.csv")
    fix = write_rejected(plan, tmp_path / "fix.csv", "sv")
    text = fix.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].endswith(";Fel") and "fel kontrollsiffra" in text
    fix.write_text(
        text.replace("780101-1234", factories.personnummer("780101")), encoding="utf-8-sig"
    )
    _, again = do_import(db, fix)
    assert (again.imported, again.rejected) == (1, [])


def test_a_full_module_queues_the_rest_of_the_file(db, tmp_path):
    factories.module(db, "M1", min_participants=1, max_participants=2)
    path = tmp_path / "r.csv"
    rows = ["Namn;Personnummer"] + [f"Person {c};{factories.personnummer()}" for c in "ABC"]
    path.write_text("\n".join(rows), encoding="utf-8")
    _, result = do_import(db, path)
    assert (result.enrolled, result.waitlisted) == (3, 1)
    count = module_summary(db, "M1").count
    assert (count.counted, count.waitlisted) == (2, 1)


def test_same_person_with_another_spelling_is_merged_with_a_note(db, tmp_path):
    factories.module(db, "M1")
    number = factories.personnummer()
    path = tmp_path / "r.csv"
    path.write_text(
        f"Namn,Personnummer,Telefon\nAnna Ek,{number},\nAnnA EK,{number},070-1\n", encoding="utf-8"
    )
    _, result = do_import(db, path)
    assert (result.imported, result.duplicates) == (1, 1)
    [(row, note)] = result.warnings
    assert row == 3 and "another spelling" in note.en
    [r] = module_roster(db, "M1")
    assert r.participant.phone == "070-1"  # the later row filled a blank


def test_mapping_problems_stop_before_anything(db, tmp_path):
    factories.module(db, "M1")
    path = tmp_path / "r.csv"
    path.write_text("Förnamn,Telefon\nAnna,070\n", encoding="utf-8")
    with pytest.raises(UserError, match="no column for the names"):
        do_import(db, path)


@pytest.mark.parametrize(
    ("full", "order", "expected"),
    [
        ("Nils Ánte Sunna", "first-last", ("Nils Ánte", "Sunna")),
        ("Sunna Nils Ánte", "last-first", ("Nils Ánte", "Sunna")),
        ("Sunna, Nils Ánte", "first-last", ("Nils Ánte", "Sunna")),
        ("  Åsa   Öberg ", "first-last", ("Åsa", "Öberg")),
    ],
)
def test_full_names_are_split_as_asked(full, order, expected):
    assert split_name(full, order) == expected


def test_a_single_word_cannot_be_split():
    with pytest.raises(ValidationError, match="cannot tell"):
        split_name("Cher")


CELL = st.text(alphabet=string.ascii_letters + "åäöÅÄÖ -,.@0123456789", max_size=14)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.tuples(
            CELL,
            st.one_of(
                CELL,
                st.sampled_from(["800420-1110", "881272-5557", "19970105-2228", "850312-1232"]),
            ),
            st.one_of(CELL, st.just("a@example.se"), st.just("A@EXAMPLE.SE")),
            st.one_of(st.just(""), st.just("1979-06-02"), CELL),
        ),
        max_size=12,
    )
)
def test_every_row_is_imported_merged_or_rejected_and_nothing_crashes(db, rows):
    if not module_exists(db):
        factories.module(db, "H1")
    table = Table(
        ["Namn", "Personnummer", "E-post", "Födelsedatum"],
        [(i + 2, list(r)) for i, r in enumerate(rows)],
    )
    plan = plan_import(db, table, guess_mapping(table.headers), "H1", today=TODAY)
    result = run_import(db, plan, dry_run=True)
    assert result.imported + result.duplicates + len(result.rejected) == len(rows)
    assert sorted({r.row for r in result.rejected}) == sorted(r.row for r in result.rejected)


def module_exists(db):
    from originn_desktop.services.modules import list_modules

    return any(s.module.code == "H1" for s in list_modules(db))


def test_imported_enrollments_have_their_history(db, shared_data):
    from originn_desktop.services.enrollment import enrollments_of

    factories.module(db, "M1")
    do_import(db, shared_data / "roster_excel_semicolon_cp1252.csv")
    for row in module_roster(db, "M1"):
        [enrollment] = enrollments_of(db, row.participant.id)
        assert [(e.from_status, e.to_status, e.note) for e in enrollment.events] == [
            (None, "registered", "import")
        ]


def test_imported_people_read_back_exactly_like_people_added_by_hand(db, tmp_path):
    factories.module(db, "M1", min_participants=1, max_participants=1)
    by_hand = factories.person(db, "Hand", "Added").participant
    path = tmp_path / "r.csv"
    path.write_text(
        "Förnamn;Efternamn;Personnummer;E-post\n"
        f"Åsa;Öberg;{factories.personnummer('700101')};Asa@Example.SE\n"
        "Nils;Sarri;8812725557;\n",
        encoding="utf-8",
    )
    do_import(db, path)
    roster = {r.participant.first_name: r for r in module_roster(db, "M1")}
    assert list(roster) == ["Nils", "Åsa"]  # Swedish order from the stored key: Ö after S
    asa, nils = roster["Åsa"].participant, roster["Nils"].participant
    assert asa.birth_date == dt.date(1970, 1, 1) and nils.birth_date == dt.date(1988, 12, 12)
    assert asa.email == "Asa@example.se" and nils.email is None and asa.version == 1
    assert (roster["Åsa"].status, roster["Nils"].status) == ("registered", "waitlisted")
    with db.read() as session:
        hand, imported = (session.get(Participant, p.id) for p in (by_hand, asa))
        assert type(imported.created_at) is dt.datetime and imported.created_at >= hand.created_at
        queued = session.scalars(
            select(Enrollment.queued_at).where(Enrollment.participant_id == nils.id)
        ).one()
        assert type(queued) is dt.datetime


def test_people_added_by_hand_around_imports_take_the_next_numbers_without_collisions(db, tmp_path):
    """An import takes its ids as a block (on PostgreSQL from the sequence, in one call); the
    people and enrollments written before and after it follow on, none taking another's id."""
    factories.module(db, "M1")
    first = factories.person(db, "Före", "Import", module_code="M1").participant
    path = tmp_path / "r.csv"
    rows = [f"P{i};Import;{factories.personnummer('700101')}" for i in range(5)]
    path.write_text("Förnamn;Efternamn;Personnummer\n" + "\n".join(rows) + "\n", "utf-8")
    do_import(db, path)
    after = factories.person(db, "Efter", "Import", module_code="M1").participant
    _, again = do_import(db, path)  # everyone known: no block taken
    last = factories.person(db, "Sist", "Import", module_code="M1").participant
    with db.read() as session:
        ids = session.scalars(select(Participant.id).order_by(Participant.id)).all()
        enrolled = session.scalars(select(Enrollment.participant_id).order_by(Enrollment.id)).all()
    assert again.imported == 0
    assert ids == list(range(first.id, first.id + 8)) and (after.id, last.id) == (ids[6], ids[7])
    assert enrolled == ids  # each enrollment its person's, in the order written


def test_a_shared_mailbox_is_one_person_only_when_the_birth_dates_agree(db, tmp_path):
    factories.module(db, "M1")
    factories.person(
        db, "Karin", "Jonsson", birth_date="1961-05-02", email="gard@example.se"
    )  # already registered, without a personnummer
    path = tmp_path / "r.csv"
    path.write_text(
        "Förnamn;Efternamn;Födelsedatum;E-post\n"
        "Karin;Jonsson;1961-05-02;gard@example.se\n"  # the same person
        "Per;Jonsson;1958-11-30;GARD@example.se\n"  # her husband, same mailbox
        "Per;Jonsson;1958-11-30;gard@example.se\n",  # him again, later in the file
        encoding="utf-8",
    )
    plan, result = do_import(db, path)
    assert (result.imported, result.duplicates) == (1, 2)
    assert sorted(r.participant.first_name for r in module_roster(db, "M1")) == ["Karin", "Per"]
    assert [row for row, _ in plan.warnings] == [3]
    assert "born on another date" in plan.warnings[0][1].en


def test_the_import_is_one_audit_entry_naming_the_people_and_companies_it_added(db, shared_data):
    import json

    from originn_desktop.db.models import Company
    from originn_desktop.services.audit import recent

    factories.module(db, "M1")
    do_import(db, shared_data / "roster_excel_semicolon_cp1252.csv")
    [entry] = [r for r in recent(db) if r.action == "import"]
    details = json.loads(entry.details)
    with db.read() as session:
        people = sorted(session.scalars(select(Participant.id)))
        companies = sorted(session.scalars(select(Company.id)))
    assert details["participant_ids"] == [people[0], people[-1]]
    assert details["company_ids"] == [companies[0], companies[-1]] and len(companies) >= 2
    assert details["imported"] == 5
    assert "Sven" not in entry.details and "8004201110" not in entry.details  # codes only


def test_a_later_row_without_personnummer_is_the_earlier_row_with_one_by_e_mail(db, tmp_path):
    factories.module(db, "M1")
    number = factories.personnummer("790312")
    path = tmp_path / "r.csv"
    path.write_text(
        "Förnamn;Efternamn;Personnummer;Födelsedatum;E-post;Telefon\n"
        f"Lars;Kråik;{number};;lars@example.se;\n"
        "Lars;Kråik;;1979-03-12;LARS@example.se;070-111 22 33\n",  # him, number left out
        encoding="utf-8",
    )
    _, result = do_import(db, path)
    assert (result.imported, result.duplicates) == (1, 1)
    [entry] = module_roster(db, "M1")
    assert entry.participant.phone == "070-111 22 33"  # the later row filled in the blank


def test_adding_by_hand_keeps_two_people_who_share_an_e_mail_apart(db):
    first = factories.person(db, "Karin", "Jonsson", birth_date="1961-05-02", email="g@example.se")
    other = factories.person(db, "Per", "Jonsson", birth_date="1958-11-30", email="g@example.se")
    again = factories.person(db, "K.", "Jonsson", birth_date="1961-05-02", email="G@example.se")
    assert other.created and other.participant.id != first.participant.id
    assert not again.created and again.participant.id == first.participant.id


def test_an_import_planned_before_another_window_added_the_same_person_writes_nothing(db, tmp_path):
    factories.module(db, "M1")
    number = factories.personnummer()
    path = tmp_path / "r.csv"
    path.write_text(f"Namn;Personnummer\nAnna Berg;{number}\nBo Ek;{factories.personnummer()}\n")
    table = read_table(path)
    plan = plan_import(db, table, guess_mapping(table.headers), "M1")
    factories.person(db, "Anna", "Berg", personal_number=number)  # meanwhile, elsewhere
    with pytest.raises(UserError, match="changed since the preview"):
        run_import(db, plan)
    assert people(db) == 1  # Bo was not added either


def test_an_import_planned_before_someone_was_added_by_e_mail_elsewhere_writes_nothing(
    db, tmp_path
):
    factories.module(db, "M1")
    path = tmp_path / "r.csv"
    path.write_text("Namn;Födelsedatum;E-post\nAnna Berg;1975-03-01;anna@example.se\n")
    table = read_table(path)
    plan = plan_import(db, table, guess_mapping(table.headers), "M1")
    factories.person(db, "Anna", "Berg", birth_date="1975-03-01", email="anna@example.se")
    with pytest.raises(UserError, match="changed since the preview"):
        run_import(db, plan)
    assert people(db) == 1


def test_an_import_planned_before_a_purge_does_not_write_the_number_back(db, tmp_path):
    factories.module(
        db, "OLD", min_participants=1, start_date=dt.date(2024, 1, 8), end_date=dt.date(2024, 3, 1)
    )
    factories.module(db, "M1")
    number = factories.personnummer()
    factories.person(db, "Gone", "Person", module_code="OLD", personal_number=number)
    path = tmp_path / "r.csv"
    path.write_text(f"Namn;Personnummer\nGone Person;{number}\n")
    table = read_table(path)
    plan = plan_import(db, table, guess_mapping(table.headers), "M1")
    assert purge(db, 24, today=TODAY).participants == 1  # meanwhile
    with pytest.raises(UserError, match="changed since the preview"):
        run_import(db, plan)
    with db.read() as session:  # the purged row did not get its personnummer back
        assert session.scalars(select(Participant.personal_number)).all() == [None]


def test_audit_ids_are_a_span_only_when_they_run_without_a_gap():
    from originn_desktop.services.importing import _id_span

    assert _id_span([7, 8, 9, 10]) == [7, 10]
    assert _id_span([7, 9, 12]) == [7, 9, 12]  # another database's ids, not contiguous
    assert _id_span([]) == []


# -- spreadsheets as they really arrive --------------------------------------------------------


def numeric(personnummer):
    """A personnummer as a spreadsheet keeps it once it became a number."""
    return int(personnummer.replace("-", ""))


def test_numeric_and_float_identity_numbers_from_excel_are_the_people_they_are(db, tmp_path):
    import openpyxl

    factories.module(db, "M1")
    born_2001, born_1985, born_2000 = (
        factories.personnummer("010505"),
        factories.personnummer("850312"),
        factories.personnummer("001005"),
    )
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["Förnamn", "Efternamn", "Personnummer", "Telefon", "Födelsedatum"])
    ws.append(["Alva", "Berg", numeric(born_2001), 701234567, None])  # 9 digits, a number
    ws.append(["Bo", "Ek", float(numeric(born_1985)), None, None])  # a float: 8503121232.0
    ws.append(["Cia", "Fors", numeric(born_2000), None, None])  # 8 digits: two zeros lost
    ws.append(["Dan", "Gran", None, None, 22403])  # no personnummer; a date that lost its format
    ws.cell(row=2, column=3).number_format = "000000-0000"  # shown right, stored as a number
    book.save(tmp_path / "r.xlsx")
    _, result = do_import(db, tmp_path / "r.xlsx")
    assert (result.imported, result.rejected) == (4, [])
    roster = {r.participant.first_name: r.participant for r in module_roster(db, "M1")}
    assert roster["Alva"].personal_number == "20" + born_2001.replace("-", "")
    assert roster["Alva"].phone == "070-123 45 67"
    assert roster["Bo"].personal_number == "19" + born_1985.replace("-", "")
    assert roster["Cia"].personal_number == "20" + born_2000.replace("-", "")
    assert roster["Dan"].birth_date == dt.date(1961, 5, 2)
    notes = {}
    for row, text in result.warnings:
        notes.setdefault(row, []).append(text.en)
    assert [n.split(":")[0] for n in notes[2]] == ["personnummer", "phone"]
    assert all("leading zero restored" in n for n in notes[2] + notes[4])
    # A whole number, nothing to restore, but still a number to the spreadsheet: said so.
    assert notes[3] == [
        f"personnummer: stored as a number in the spreadsheet, read back as 19{born_1985[:6]}-****"
    ]
    assert len(notes) == 4 and "day number 22403" in notes[5][0]


def test_nine_digit_personnummer_from_a_swedish_excel_csv_are_the_people_they_are(db, tmp_path):
    factories.module(db, "M1")
    a, b = factories.personnummer("030101"), factories.personnummer("091231")
    bad = str(numeric(a))[:-1] + str((int(str(numeric(a))[-1]) + 1) % 10)  # wrong check digit
    path = tmp_path / "r.csv"
    path.write_bytes(
        (
            "Förnamn;Efternamn;Personnummer\r\n"
            f"Åsa;Öberg;{numeric(a)}\r\nNils;Sarri;{numeric(b)}\r\nPer;Fel;{bad}\r\n"
        ).encode("cp1252")
    )
    _, result = do_import(db, path)
    assert result.imported == 2
    [rejected] = result.rejected  # never guessed where the check fails
    assert rejected.row == 4 and "only 9 digits" in rejected.message.en
    assert [row for row, _ in result.warnings] == [2, 3]
    assert all("leading zero restored" in t.en for _, t in result.warnings)
    numbers = sorted(r.participant.personal_number for r in module_roster(db, "M1"))
    assert numbers == sorted("20" + n.replace("-", "") for n in (a, b))


def test_hidden_rows_are_left_out_with_a_note_or_imported_when_asked(db, tmp_path):
    import openpyxl

    factories.module(db, "M1")
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["Namn", "Personnummer"])
    for name in ("Anna Berg", "Bo Ek", "Cia Fors"):
        ws.append([name, factories.personnummer()])
    ws.row_dimensions[3].hidden = True  # Bo, hidden by the coordinator
    book.save(tmp_path / "r.xlsx")
    table = read_table(tmp_path / "r.xlsx")
    plan = plan_import(db, table, guess_mapping(table.headers), "M1")
    preview = run_import(db, plan, dry_run=True)
    assert (preview.imported, preview.rows) == (2, 3)
    [skipped] = preview.skipped
    assert skipped.row == 3 and "hidden in the spreadsheet: not imported" in skipped.message.en
    table = read_table(tmp_path / "r.xlsx", include_hidden=True)
    plan = plan_import(db, table, guess_mapping(table.headers), "M1")
    result = run_import(db, plan)
    assert (result.imported, result.skipped) == (3, [])
    assert [(row, t.en.split(":")[0]) for row, t in result.warnings] == [
        (3, "hidden in the spreadsheet")
    ]


def test_a_results_list_sets_grades_only_when_asked(db, tmp_path):
    factories.module(db, "M1", min_participants=1)
    path = tmp_path / "results.csv"
    path.write_text(
        "Personnummer;Namn;Betyg;Examinationsdatum\n"
        f"{factories.personnummer('800101')};Anna Berg;G;2026-10-01\n"
        f"{factories.personnummer('810101')};Bo Ek;U;2026-10-02\n",
        encoding="utf-8",
    )
    _, preview = do_import(db, path, dry_run=True)
    assert preview.results == 0 and len(preview.warnings) == 2
    _, result = do_import(db, path, with_results=True)
    assert result.results == 2
    got = {
        r.participant.first_name: (r.status, r.grade, r.grade_date) for r in module_roster(db, "M1")
    }
    assert got == {
        "Anna": ("completed", "G", dt.date(2026, 10, 1)),
        "Bo": ("failed", "U", dt.date(2026, 10, 2)),
    }


def test_a_result_dated_before_the_module_began_is_refused_as_by_hand(db, tmp_path):
    factories.module(
        db, "M1", min_participants=1, start_date=dt.date(2026, 9, 1), end_date=dt.date(2026, 11, 1)
    )
    path = tmp_path / "results.csv"
    path.write_text(
        "Personnummer;Namn;Betyg;Examinationsdatum\n"
        f"{factories.personnummer('800101')};Anna Berg;G;2026-10-01\n"
        f"{factories.personnummer('810101')};Bo Ek;G;2026-08-20\n",
        encoding="utf-8",
    )
    _, result = do_import(db, path, with_results=True)
    assert (result.imported, result.results) == (1, 1)
    [refused] = result.rejected
    assert refused.row == 3 and "2026-08-20 is before M1 began (2026-09-01)" in refused.message.en
    _, without = do_import(db, path)  # without the results, nothing about them is judged
    assert without.rejected == []


def test_a_file_with_finished_statuses_but_no_grade_column_offers_its_results(db, tmp_path):
    factories.module(db, "M1")
    path = tmp_path / "r.csv"
    path.write_text(
        f"Namn;Personnummer;Status\nAnna Berg;{factories.personnummer()};Godkänd\n"
        f"Bo Ek;{factories.personnummer()};Anmäld\n",
        encoding="utf-8",
    )
    plan, _ = do_import(db, path, dry_run=True)
    assert plan.has_results
    path.write_text(f"Namn;Personnummer;Status\nBo Ek;{factories.personnummer()};Anmäld\n")
    plan, _ = do_import(db, path, dry_run=True)
    assert not plan.has_results


def test_text_longer_than_the_register_keeps_rejects_its_row_and_the_rest_import(db, tmp_path):
    """The import writes past the ORM's checks (straight to the table, COPY on a server):
    a phone or municipality too long for its column is refused by row, as a form refuses it,
    and on PostgreSQL does not fail the whole import."""
    factories.module(db, "M1")
    path = tmp_path / "r.csv"
    rows = [
        "Förnamn;Efternamn;Personnummer;Telefon;Företag;Kommun",
        f"Anna;Lång;{factories.personnummer()};{'070 ' * 20};;Åre",
        f"Bo;Ort;{factories.personnummer()};;;{'Östersund' * 12}",
        f"Cia;Bolag;{factories.personnummer()};;Långa AB;{'Berg' * 30}",
        f"Dan;Kort;{factories.personnummer()};070-123 45 67;;Krokom",
    ]
    path.write_text("\n".join(rows), encoding="utf-8")

    plan, result = do_import(db, path)

    reasons = {r.row: str(r.message) for r in plan.rejected}
    assert sorted(reasons) == [2, 3, 4]
    assert "phone is longer than 50 characters" in reasons[2]
    assert "municipality is longer than 100 characters" in reasons[3]
    assert "municipality is longer than 100 characters" in reasons[4]
    assert result.imported == 1 and people(db) == 1
