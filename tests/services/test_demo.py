import datetime as dt

from originn_desktop.services.demo import load_demo
from originn_desktop.services.modules import list_modules
from originn_desktop.services.participants import module_roster


def test_demo_has_both_modules_one_above_and_one_below_the_minimum(db):
    result = load_demo(db)
    assert result.modules_added == 2
    assert 30 <= result.participants_added <= 40
    summaries = {s.module.code: s for s in list_modules(db)}
    assert summaries["M1"].count.meets_minimum
    assert not summaries["M2"].count.meets_minimum
    assert summaries["M2"].count.missing == 3
    for s in summaries.values():
        d = s.module.draft
        assert d.learning_outcomes_sv and d.learning_outcomes_en
        assert d.assessment_sv and d.quality_assurance_en and d.course_code
        assert d.start_date and d.end_date and d.start_date > dt.date.today()


def test_demo_spans_the_county_and_its_sectors(db):
    load_demo(db)
    rows = module_roster(db, "M1") + module_roster(db, "M2")
    municipalities = {r.participant.municipality for r in rows}
    assert len(municipalities) == 8
    assert {r.sector for r in rows} >= {"agriculture", "forestry", "fishing", "reindeer", "food"}
    companies = {r.participant.company_name for r in rows}
    assert len(companies) == 20
    # People without a Swedish number are there, recorded by date of birth.
    assert any(r.participant.personal_number is None and r.participant.birth_date for r in rows)


def test_loading_the_demo_twice_adds_nothing(db):
    load_demo(db)
    before = [(s.module.code, s.count) for s in list_modules(db)]
    again = load_demo(db)
    assert (again.modules_added, again.participants_added, again.enrollments_added) == (0, 0, 0)
    assert [(s.module.code, s.count) for s in list_modules(db)] == before
