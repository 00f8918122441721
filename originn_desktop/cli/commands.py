"""The commands of the command line: each parses its arguments and calls one service.

Services are imported inside the handlers, so ``--version`` and ``--help`` stay instant and a
command loads only what it needs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
from collections.abc import Callable
from typing import Any

from originn_desktop.cli.output import date_text, print_json, print_table, shorten
from originn_desktop.domain.text import system_language
from originn_desktop.domain.values import (
    Cycle,
    EnrollmentStatus,
    Gender,
    Grade,
    ModuleStatus,
    ParticipationForm,
    label,
)

LANG = system_language()


class UsageError(Exception):
    """Arguments that parse but do not go together: exit status 2, like argparse's own."""


def _t(en: str, sv: str) -> str:
    return sv if LANG == "sv" else en


def _n(n: int, one: str, many: str) -> str:
    """``1 participant`` / ``2 participants``; ``1 avvisad`` / ``2 avvisade``."""
    return f"{n} {one if n == 1 else many}"


def cli_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (write YYYY-MM-DD)") from None


def open_db(args: argparse.Namespace, daily_backup: bool = True) -> Any:
    from originn_desktop.db.schema import open_database
    from originn_desktop.diagnostics import configure_logging
    from originn_desktop.paths import backups_dir, database_target
    from originn_desktop.services.privacy import reapply_erasures

    configure_logging()
    db = open_database(database_target(args.db), backup_dir=backups_dir())
    _announce_erased_again(reapply_erasures(db))  # an old copy opened as the register
    if daily_backup:
        from originn_desktop.services.backups import daily_backup as make_daily

        make_daily(db, backups_dir())
    return db


# -- gui, demo --------------------------------------------------------------------------------


def erased_again_text(count: int) -> str:
    return _t(
        f"{count} erased {'person' if count == 1 else 'people'} removed again (the register "
        "held them from before their erasure).",
        f"{count} {'raderad person togs' if count == 1 else 'raderade personer togs'} bort igen "
        "(registret innehöll dem från före raderingen).",
    )


def _announce_erased_again(count: int) -> None:
    """On stderr: stdout may be JSON that a script reads."""
    import sys

    if count:
        print(erased_again_text(count), file=sys.stderr)


def cmd_gui(args: argparse.Namespace) -> int:
    from originn_desktop.ui.app import run

    return int(run(args.db, quit_after_startup=args.quit_after_startup))


def cmd_demo(args: argparse.Namespace) -> int:
    from originn_desktop.services.demo import load_demo

    result = load_demo(open_db(args))
    if not (result.modules_added or result.participants_added or result.enrollments_added):
        print(
            _t(
                "The demo data is already there; nothing added.",
                "Demodata finns redan; inget lades till.",
            )
        )
    else:
        print(
            _t(
                f"Demo loaded: {result.modules_added} modules, {result.participants_added} "
                f"participants, {result.enrollments_added} enrollments.",
                f"Demodata inläst: {result.modules_added} moduler, {result.participants_added} "
                f"deltagare, {result.enrollments_added} anmälningar.",
            )
        )
    return 0


# -- modules ----------------------------------------------------------------------------------


def _module_options(p: argparse.ArgumentParser, required: bool) -> None:
    p.add_argument("--title-sv", required=required, metavar="T", help="title in Swedish")
    p.add_argument("--title-en", required=required, metavar="T", help="title in English")
    p.add_argument("--credits", type=float, metavar="HP", help="credits in hp (default 3)")
    p.add_argument("--min-participants", type=int, metavar="N", help="minimum (default 15)")
    p.add_argument("--max-participants", type=int, metavar="N", help="maximum (default none)")
    p.add_argument("--start", type=cli_date, metavar="DATE", help="start date, YYYY-MM-DD")
    p.add_argument("--end", type=cli_date, metavar="DATE", help="end date, YYYY-MM-DD")
    p.add_argument("--deadline", type=cli_date, metavar="DATE", help="registration deadline")
    p.add_argument("--course-code", metavar="C", help="the university's course code")
    p.add_argument("--cycle", choices=list(Cycle), help="first or second cycle")
    p.add_argument("--progression", metavar="CODE", help="progression code, e.g. G1N")
    p.add_argument("--form", choices=list(ParticipationForm), help="form of participation")
    p.add_argument("--location", metavar="TEXT")
    p.add_argument("--status", choices=list(ModuleStatus))


_OPTION_FIELDS = {
    "title_sv": "title_sv",
    "title_en": "title_en",
    "credits": "credits",
    "min_participants": "min_participants",
    "max_participants": "max_participants",
    "start": "start_date",
    "end": "end_date",
    "deadline": "registration_deadline",
    "course_code": "course_code",
    "cycle": "cycle",
    "progression": "progression",
    "form": "participation_form",
    "location": "location",
    "status": "status",
}


def _given_fields(args: argparse.Namespace) -> dict[str, Any]:
    return {
        field: getattr(args, option)
        for option, field in _OPTION_FIELDS.items()
        if getattr(args, option) is not None
    }


def cmd_module_add(args: argparse.Namespace) -> int:
    from originn_desktop.services.modules import ModuleDraft, create_module

    draft = ModuleDraft(code=args.code, title_sv="", title_en="")
    for name, value in _given_fields(args).items():
        setattr(draft, name, value)
    module = create_module(open_db(args), draft)
    print(_t(f"Module {module.code} added.", f"Modulen {module.code} har lagts till."))
    return 0


def cmd_module_edit(args: argparse.Namespace) -> int:
    from originn_desktop.services.modules import get_module, update_module

    db = open_db(args)
    current = get_module(db, args.code)
    draft = current.draft
    for name, value in _given_fields(args).items():
        setattr(draft, name, value)
    if args.no_max:
        draft.max_participants = None
    result = update_module(db, current.id, draft, current.version)
    print(_t(f"Module {result.module.code} saved.", f"Modulen {result.module.code} har sparats."))
    _announce_moved(result.moved_up)
    return 0


def _summary_json(s: Any) -> dict[str, Any]:
    d = s.module.draft
    return {
        "id": s.module.id,
        "code": d.code,
        "title_sv": d.title_sv,
        "title_en": d.title_en,
        "credits": d.credits,
        "course_code": d.course_code,
        "level": s.module.level_text(LANG),
        "status": d.status,
        "start_date": d.start_date,
        "end_date": d.end_date,
        "registration_deadline": d.registration_deadline,
        "counted": s.count.counted,
        "minimum": s.count.minimum,
        "maximum": s.count.maximum,
        "missing": s.count.missing,
        "meets_minimum": s.count.meets_minimum,
        "waitlisted": s.count.waitlisted,
        "withdrawn": s.withdrawn,
        "completed": s.completed,
        "failed": s.failed,
        "light": str(s.state.light),
        "state": s.state.text.get(LANG),
    }


def cmd_status(args: argparse.Namespace) -> int:
    from originn_desktop.services.modules import list_modules

    summaries = list_modules(open_db(args))
    if args.json:
        print_json([_summary_json(s) for s in summaries])
        return 0
    if not summaries:
        print(
            _t(
                "No modules yet. Add one with 'originn-desktop module add' or try "
                "'originn-desktop demo'.",
                "Inga moduler ännu. Lägg till en med 'originn-desktop module add' eller prova "
                "'originn-desktop demo'.",
            )
        )
        return 0
    rows = []
    for s in summaries:
        below = not s.count.meets_minimum
        mark = "!" if below else " "
        state = s.state.text.get(LANG)
        if below:
            state = _t("BELOW MINIMUM: ", "UNDER MINIMUM: ") + state
        rows.append(
            [
                mark + s.module.code,
                shorten(s.module.draft.title_sv if LANG == "sv" else s.module.draft.title_en, 44),
                s.count.counted,
                s.count.minimum,
                s.count.maximum if s.count.maximum is not None else "-",
                s.count.waitlisted,
                date_text(s.module.draft.start_date),
                state,
            ]
        )
    headers = (
        ["Kod", "Titel", "Räknade", "Min", "Max", "Reserver", "Start", "Läge"]
        if LANG == "sv"
        else ["Code", "Title", "Counted", "Min", "Max", "Waiting", "Start", "State"]
    )
    print_table(headers, rows, right=(2, 3, 4, 5))
    return 0


def cmd_module_list(args: argparse.Namespace) -> int:
    return cmd_status(args)


def cmd_module_show(args: argparse.Namespace) -> int:
    from originn_desktop.services.modules import module_summary

    s = module_summary(open_db(args), args.code)
    data = _summary_json(s)
    d = s.module.draft
    data.update(
        {
            "participation_form": d.participation_form,
            "location": d.location,
            "eqf_level": d.eqf_level,
            "learning_outcomes_sv": d.learning_outcomes_sv,
            "learning_outcomes_en": d.learning_outcomes_en,
            "assessment_sv": d.assessment_sv,
            "assessment_en": d.assessment_en,
            "quality_assurance_sv": d.quality_assurance_sv,
            "quality_assurance_en": d.quality_assurance_en,
        }
    )
    if args.json:
        print_json(data)
    else:
        for key, value in data.items():
            text = date_text(value) if isinstance(value, dt.date) else value
            print(f"{key}: {'' if text is None else text}")
    return 0


# -- participants -----------------------------------------------------------------------------


def _participant_json(p: Any) -> dict[str, Any]:
    return {
        "id": p.id,
        "first_name": p.first_name,
        "last_name": p.last_name,
        "personnummer": p.masked_personal_number,
        "birth_date": p.birth_date,
        "email": p.email,
        "phone": p.phone,
        "company": p.company_name,
        "org_number": p.org_number,
        "municipality": p.municipality,
        "gender": p.gender,
        "certificate_language": p.certificate_language,
    }


def _announce_moved(moved: Any) -> None:
    for m in moved:
        who = f"{m.name} (id {m.participant_id})"
        print(
            _t(
                f"Moved up from the waiting list in {m.module_code}: {who}.",
                f"Flyttad från reservlistan till {m.module_code}: {who}.",
            )
        )


def _announce_change(change: Any) -> None:
    status = label(change.after.status, LANG)
    if change.waitlisted_instead:
        print(
            _t(
                f"{change.module_code} is full: {change.name} is on the waiting list.",
                f"{change.module_code} är full: {change.name} står på reservlistan.",
            )
        )
    else:
        print(f"{change.name}, {change.module_code}: {status}")


def cmd_participant_add(args: argparse.Namespace) -> int:
    from originn_desktop.services.companies import CompanyDraft
    from originn_desktop.services.participants import ParticipantDraft, add_participant

    draft = ParticipantDraft(
        first_name=args.first_name,
        last_name=args.last_name,
        personal_number=args.personnummer,
        birth_date=args.birth_date,
        email=args.email,
        phone=args.phone or "",
        municipality=args.municipality or "",
        gender=args.gender,
        certificate_language=args.certificate_language or "sv+en",
        notes=args.notes or "",
    )
    company = (
        CompanyDraft(args.company, args.org_nr, args.municipality or "", args.sector)
        if args.company
        else None
    )
    if args.org_nr and not args.company:
        raise UsageError("--org-nr needs --company")
    result = add_participant(open_db(args), draft, company, args.module, args.status)
    p = result.participant
    if args.json:
        data = _participant_json(p)
        data["created"] = result.created
        if args.module:
            data["module"] = args.module
            data["status"] = (
                result.enrollment.after.status if result.enrollment else result.already_enrolled
            )
            data["moved_up"] = [{"id": m.participant_id, "name": m.name} for m in result.moved_up]
        print_json(data)
        return 0
    if result.created:
        print(_t(f"Added {p.name} (id {p.id}).", f"{p.name} har lagts till (id {p.id})."))
    else:
        print(
            _t(
                f"{p.name} is already in the register (id {p.id}); no new person was added.",
                f"{p.name} finns redan i registret (id {p.id}); ingen ny person lades till.",
            )
        )
    if result.enrollment:
        _announce_change(result.enrollment)
        _announce_moved(result.moved_up)
    elif result.already_enrolled:
        print(
            _t(
                f"Already in {args.module}: {label(result.already_enrolled, LANG)}.",
                f"Finns redan i {args.module}: {label(result.already_enrolled, LANG)}.",
            )
        )
    return 0


def cmd_participant_show(args: argparse.Namespace) -> int:
    from originn_desktop.services.enrollment import enrollments_of
    from originn_desktop.services.participants import get_participant

    db = open_db(args)
    p = get_participant(db, args.id)
    data = _participant_json(p)
    if args.show_personnummer and p.personal_number:
        data["personnummer"] = p.personal_number
    data["enrollments"] = [
        {
            "module": e.module_code,
            "status": e.state.status,
            "grade": e.state.grade,
            "grade_date": e.state.grade_date,
            "history": [
                {"at": ev.at, "from": ev.from_status, "to": ev.to_status, "note": ev.note}
                for ev in e.events
            ],
        }
        for e in enrollments_of(db, p.id)
    ]
    if args.json:
        print_json(data)
    else:
        from originn_desktop.services.privacy import shown_name

        for key, value in data.items():
            if key in ("first_name", "last_name"):
                value = shown_name(value, LANG)
            if key != "enrollments":
                print(f"{key}: {'' if value is None else value}")
        for e in data["enrollments"]:
            grade = f" {e['grade']} {date_text(e['grade_date'])}" if e["grade"] else ""
            print(f"{e['module']}: {label(e['status'], LANG)}{grade}")
    return 0


def cmd_participants(args: argparse.Namespace) -> int:
    from originn_desktop.services.participants import module_roster

    rows = module_roster(open_db(args), args.module)
    if args.json:
        print_json(
            [
                {
                    **_participant_json(r.participant),
                    "status": r.status,
                    "grade": r.grade,
                    "grade_date": r.grade_date,
                }
                for r in rows
            ]
        )
        return 0
    headers = (
        ["Id", "Efternamn", "Förnamn", "Personnummer", "Företag", "Status", "Betyg"]
        if LANG == "sv"
        else ["Id", "Last name", "First name", "Personnummer", "Company", "Status", "Grade"]
    )
    print_table(
        headers,
        [
            [
                r.participant.id,
                r.participant.last_name,
                r.participant.first_name,
                r.participant.masked_personal_number or date_text(r.participant.birth_date),
                shorten(r.participant.company_name, 30),
                label(r.status, LANG),
                f"{r.grade} {date_text(r.grade_date)}" if r.grade else "",
            ]
            for r in rows
        ],
        right=(0,),
    )
    return 0


# -- enrollments ------------------------------------------------------------------------------


def _print_update(update: Any) -> None:
    for change in update.changes:
        _announce_change(change)
    _announce_moved(update.moved_up)


def cmd_enroll(args: argparse.Namespace) -> int:
    from originn_desktop.services.enrollment import enroll

    _print_update(enroll(open_db(args), args.module, args.participant, args.status))
    return 0


def cmd_withdraw(args: argparse.Namespace) -> int:
    import sys

    from originn_desktop.services.enrollment import WithdrawingFinished, withdraw

    try:
        update = withdraw(open_db(args), args.module, args.participant, withdraw_finished=args.yes)
    except WithdrawingFinished as exc:
        print(
            f"originn-desktop: {exc.message(LANG)}. "
            + _t(
                "Add --yes to withdraw anyway; to revoke only a certificate, use "
                "'revoke NUMBER --reason TEXT'.",
                "Lägg till --yes för att avanmäla ändå; för att bara återkalla ett intyg, "
                "använd 'revoke NUMMER --reason TEXT'.",
            ),
            file=sys.stderr,
        )
        return 1
    for same in update.unchanged:
        print(
            _t(
                f"{same.name} is already withdrawn from {same.module_code}; nothing changed.",
                f"{same.name} är redan avanmäld från {same.module_code}; inget ändrades.",
            )
        )
    _print_update(update)
    return 0


def cmd_complete(args: argparse.Namespace) -> int:
    from originn_desktop.services.enrollment import complete

    ids = None if args.all else args.participant
    update = complete(open_db(args), args.module, ids, args.grade, args.date)
    if not update.changes:
        print(
            _t(
                f"Nobody registered or admitted in {args.module} to complete.",
                f"Ingen anmäld eller antagen i {args.module} att avsluta.",
            )
        )
    _print_update(update)
    return 0


# -- the parser -------------------------------------------------------------------------------


def register(sub: Any) -> None:
    """Add every command to the sub-parser collection ``sub``."""
    p = sub.add_parser("gui", help="the main window (the default when no command is given)")
    p.add_argument(
        "--quit-after-startup",
        action="store_true",
        help="open the window with the database loaded, let it paint, and exit 0",
    )
    p.set_defaults(handler=cmd_gui)

    p = sub.add_parser(
        "demo", help="load a realistic demo register (running it twice adds nothing)"
    )
    p.set_defaults(handler=cmd_demo)

    module = sub.add_parser("module", help="add, edit, list and show modules")
    msub = module.add_subparsers(dest="module_command", metavar="ACTION", required=True)
    p = msub.add_parser("add", help="add a module")
    p.add_argument("code", help="the module's code, e.g. M1")
    _module_options(p, required=True)
    p.set_defaults(handler=cmd_module_add)
    p = msub.add_parser("edit", help="change a module's fields")
    p.add_argument("code")
    _module_options(p, required=False)
    p.add_argument("--no-max", action="store_true", help="remove the maximum")
    p.set_defaults(handler=cmd_module_edit)
    p = msub.add_parser("list", help="every module with its headcount")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_module_list)
    p = msub.add_parser("show", help="every field of one module")
    p.add_argument("code")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_module_show)

    participant = sub.add_parser("participant", help="add or show a participant")
    psub = participant.add_subparsers(dest="participant_command", metavar="ACTION", required=True)
    p = psub.add_parser("add", help="add a participant (an existing person is found, not doubled)")
    p.add_argument("--first-name", required=True, metavar="F")
    p.add_argument("--last-name", required=True, metavar="L")
    ident = p.add_mutually_exclusive_group()
    ident.add_argument("--personnummer", metavar="P", help="personnummer or samordningsnummer")
    ident.add_argument("--birth-date", type=cli_date, metavar="DATE", help="for people without one")
    p.add_argument("--email", metavar="E")
    p.add_argument("--phone", metavar="NUMBER")
    p.add_argument("--company", metavar="NAME", help="found by org. no. or name, else created")
    p.add_argument("--org-nr", metavar="N", help="the company's organisationsnummer")
    p.add_argument(
        "--sector", choices=["agriculture", "forestry", "fishing", "reindeer", "food", "other"]
    )
    p.add_argument("--municipality", metavar="M")
    p.add_argument("--gender", choices=list(Gender))
    p.add_argument("--certificate-language", choices=["sv+en", "sv", "en"])
    p.add_argument("--notes", metavar="TEXT")
    p.add_argument("--module", metavar="CODE", help="enroll in this module too")
    p.add_argument(
        "--status",
        choices=["registered", "admitted", "waitlisted"],
        default=EnrollmentStatus.REGISTERED,
        help="with --module (default registered)",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_participant_add)
    p = psub.add_parser("show", help="a participant with their enrollments and history")
    p.add_argument("id", type=int)
    p.add_argument("--show-personnummer", action="store_true", help="the full number, not masked")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_participant_show)

    p = sub.add_parser("enroll", help="enroll a participant in a module")
    p.add_argument("--module", required=True, metavar="CODE")
    p.add_argument("--participant", required=True, type=int, metavar="ID")
    p.add_argument(
        "--status", choices=["registered", "admitted", "waitlisted"], default="registered"
    )
    p.set_defaults(handler=cmd_enroll)

    p = sub.add_parser(
        "withdraw",
        help="withdraw participants; the waiting list moves up",
        description="Someone who completed or failed is withdrawn only with --yes: it revokes "
        "their certificate. Exit status 1 when refused (nothing is changed).",
    )
    p.add_argument("--module", required=True, metavar="CODE")
    p.add_argument("--participant", required=True, type=int, nargs="+", metavar="ID")
    p.add_argument(
        "--yes",
        action="store_true",
        help="also withdraw people who completed or failed (revokes their certificates)",
    )
    p.set_defaults(handler=cmd_withdraw)

    p = sub.add_parser("complete", help="finish participants with a grade (U fails)")
    p.add_argument("--module", required=True, metavar="CODE")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--all", action="store_true", help="everyone registered or admitted")
    who.add_argument("--participant", type=int, nargs="+", metavar="ID")
    p.add_argument("--grade", choices=[g.value for g in Grade], default=Grade.PASS)
    p.add_argument("--date", type=cli_date, metavar="DATE", help="examination date (default today)")
    p.set_defaults(handler=cmd_complete)

    p = sub.add_parser("participants", help="the participants of a module")
    p.add_argument("--module", required=True, metavar="CODE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_participants)

    p = sub.add_parser("status", help="every module against its minimum")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_status)

    register_rosters(sub)
    register_certificates(sub)
    register_safety(sub)
    register_badges(sub)
    from originn_desktop.cli import issuer

    issuer.register(sub)
    from originn_desktop.cli.moving import register_moving

    register_moving(sub)


# -- rosters in and out (issue: rosters) ------------------------------------------------------

EXIT_SOME_REJECTED = 3
# From about this many rows, checking them in a second process saves more than it costs.
IMPORT_ROWS_IN_CHILD = 2000


def cmd_import(args: argparse.Namespace) -> int:
    if args.undo_last:
        given = [
            name
            for name, value in (
                ("FILE", args.file),
                ("--dry-run", args.dry_run),
                ("--map", args.map),
                ("--sheet", args.sheet),
                ("--rejected", args.rejected),
                ("--json", args.json),
            )
            if value
        ]
        if given:
            raise UsageError(f"--undo-last does not go with {', '.join(given)}")
        return _undo_last_import(args)
    if args.file is None:
        raise UsageError("the following arguments are required: FILE")
    if args.yes:
        raise UsageError("--yes goes with --undo-last")
    from originn_desktop.workers.collector import gc_paused

    with gc_paused():
        return _import(args)


def _undo_last_import(args: argparse.Namespace) -> int:
    """Exit 0 when undone; 1 when not: without --yes (it says what it would undo, as
    ``erase`` and ``restore`` say what they would do), or refused (the reason on stderr)."""
    from originn_desktop.services.import_undo import plan_undo, undo_import

    db = open_db(args)
    if not args.yes:
        plan = plan_undo(db, args.module)
        print(_t("Would undo ", "Skulle ångra ") + plan.describe().get(LANG) + ".")
        print(
            _t(
                "Nothing was changed: add --yes to undo it.",
                "Inget ändrades: lägg till --yes för att ångra den.",
            )
        )
        return 1
    done = undo_import(db, args.module)
    print(_t("Undone: ", "Ångrad: ") + done.describe().get(LANG) + ".")
    return 0


# Another coordinator adding or changing one of the file's people between the plan and its
# writing: the rows are judged again. Each time means the register moved on, so this bounds
# only a register that keeps changing under the import.
IMPORT_RETRIES = 20


def _run_planned(db: Any, plan: Any, dry_run: bool, planning: Callable[[], Any]) -> Any:
    """Write the plan; if someone added or changed one of its people meanwhile (nothing was
    written), judge the rows again against the register as it is now (``planning``, as the
    first plan was made), unseen: the command line showed no preview that could have gone
    out of date."""
    from originn_desktop.services.importing import ImportOutdated, run_import

    for attempt in range(IMPORT_RETRIES + 1):
        try:
            return run_import(db, plan, dry_run=dry_run)
        except ImportOutdated:
            if attempt == IMPORT_RETRIES:
                raise
            plan = planning()
    raise AssertionError("unreachable")


def _import(args: argparse.Namespace) -> int:
    from functools import partial

    from originn_desktop.domain.roster import check_rows, pack, unpack
    from originn_desktop.io.columns import apply_overrides, guess_mapping
    from originn_desktop.io.spreadsheet import read_table
    from originn_desktop.workers.forked import in_child

    table = read_table(args.file, args.sheet, include_hidden=args.include_hidden)
    mapping = apply_overrides(table.headers, guess_mapping(table.headers), args.map or [])
    today = dt.date.today()
    check = partial(
        check_rows,
        mapping=mapping,
        order=args.name_order,
        today=today,
        with_results=args.with_results,
    )
    # A large file's rows are checked by a second process while this one loads the database
    # layer (measured: both take about 0.25 s for 10,000 rows).
    with in_child(
        check, table.rows, min_items=IMPORT_ROWS_IN_CHILD, pack=pack, unpack=unpack
    ) as checking:
        from originn_desktop.services.importing import plan_import, write_rejected

        gc.freeze()  # the libraries just loaded: not for the garbage collector to walk again
        db = open_db(args)
        # The one way this import plans, the first time and again if the register moved on.
        planning = partial(
            plan_import,
            db,
            table,
            mapping,
            args.module,
            args.name_order,
            args.status,
            today=today,
            with_results=args.with_results,
        )
        plan = planning(checked=checking.chunks)
    if args.rejected and plan.rejected:  # before the import: a failure here changes nothing
        write_rejected(plan, args.rejected, LANG)
    result = _run_planned(db, plan, args.dry_run, planning)
    if args.json:
        data = result.as_json(LANG)
        data["module"] = plan.module_code
        data["mapping"] = {h: f for h, f in zip(table.headers, mapping, strict=False) if f}
        if table.sheet:
            data["sheet"] = table.sheet
        print_json(data)
    else:
        if len(table.sheets) > 1:
            print(
                _t(
                    f"Sheet {table.sheet!r} (of {len(table.sheets)}; --sheet chooses another).",
                    f"Bladet {table.sheet!r} (av {len(table.sheets)}; --sheet väljer ett annat).",
                )
            )
        prefix = (
            _t("Dry run, nothing saved: ", "Provkörning, inget sparat: ") if args.dry_run else ""
        )
        rejected = len(result.rejected)
        print(
            prefix
            + _t(
                f"{_n(result.rows, 'row', 'rows')}: "
                f"{_n(result.imported, 'new participant', 'new participants')}, "
                f"{result.duplicates} already known (merged), {rejected} rejected"
                + (f", {len(result.skipped)} left out" if result.skipped else "")
                + f". {result.enrolled} enrolled in {plan.module_code}"
                + (
                    f", {result.waitlisted} of them on the waiting list"
                    if result.waitlisted
                    else ""
                )
                + (f", {result.results} with their result" if result.results else "")
                + (
                    f"; {result.already_enrolled} "
                    + ("was" if result.already_enrolled == 1 else "were")
                    + " already in it"
                    if result.already_enrolled
                    else ""
                )
                + ".",
                f"{_n(result.rows, 'rad', 'rader')}: "
                f"{_n(result.imported, 'ny deltagare', 'nya deltagare')}, "
                f"{result.duplicates} fanns redan (sammanslagna), "
                f"{_n(rejected, 'avvisad', 'avvisade')}"
                + (f", {len(result.skipped)} utelämnade" if result.skipped else "")
                + f". {_n(result.enrolled, 'anmäld', 'anmälda')} till {plan.module_code}"
                + (f", varav {result.waitlisted} på reservlistan" if result.waitlisted else "")
                + (f", {result.results} med sitt resultat" if result.results else "")
                + (
                    f"; {result.already_enrolled} fanns redan i modulen"
                    if result.already_enrolled
                    else ""
                )
                + ".",
            )
        )
        _announce_moved(result.moved_up)
        for r in result.rejected:
            print(_t(f"  row {r.row}: {r.message.en}", f"  rad {r.row}: {r.message.sv}"))
        for s in result.skipped:
            print(
                _t(
                    f"  left out, row {s.row}: {s.message.en}",
                    f"  utelämnad, rad {s.row}: {s.message.sv}",
                )
            )
        for row, text in result.warnings:
            print(_t(f"  note, row {row}: {text.en}", f"  obs, rad {row}: {text.sv}"))
        if args.rejected and plan.rejected:
            print(
                _t(
                    f"Rejected rows saved in {args.rejected}.",
                    f"Avvisade rader sparade i {args.rejected}.",
                )
            )
    return EXIT_SOME_REJECTED if result.rejected else 0


def _delimiter(args: argparse.Namespace) -> str:
    return {"semicolon": ";", "comma": ",", ";": ";", ",": ","}[args.delimiter]


def cmd_export_roster(args: argparse.Namespace) -> int:
    from originn_desktop.services.rosters import export_roster, parse_columns
    from originn_desktop.settings import ROSTER_COLUMNS
    from originn_desktop.ui.settings_store import SettingsStore

    store = SettingsStore()
    columns = parse_columns(args.columns or store.get(ROSTER_COLUMNS))
    result = export_roster(
        open_db(args),
        args.module,
        args.out,
        columns,
        args.lang,
        _delimiter(args),
        args.include_withdrawn,
    )
    if args.columns:  # remembered once the export worked
        store.set(ROSTER_COLUMNS, ",".join(columns))
        store.sync()
    print(
        _t(
            f"{_n(result.rows, 'participant', 'participants')} written to {result.path}.",
            f"{result.rows} deltagare skrivna till {result.path}.",
        )
    )
    return 0


def cmd_export_results(args: argparse.Namespace) -> int:
    from originn_desktop.services.rosters import export_results

    result = export_results(open_db(args), args.module, args.out, args.lang, _delimiter(args))
    print(
        _t(
            f"{_n(result.rows, 'result', 'results')} written to {result.path}.",
            f"{result.rows} resultat skrivna till {result.path}.",
        )
    )
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from originn_desktop.pdf.report import write_report
    from originn_desktop.services.report import funders_report

    path = write_report(funders_report(open_db(args)), args.out, args.lang)
    print(_t(f"Report written to {path}.", f"Rapporten är skriven till {path}."))
    return 0


def register_rosters(sub: Any) -> None:
    p = sub.add_parser(
        "import",
        help="import participants from a .csv or .xlsx roster into a module",
        description="Exit status: 0 every row taken, 3 some rows rejected (listed), "
        "1 the file could not be read at all. With --undo-last: 0 undone, 1 not undone "
        "(without --yes: what it would undo; or the reason it cannot be undone).",
    )
    p.add_argument("file", metavar="FILE", nargs="?")
    p.add_argument("--module", required=True, metavar="CODE")
    p.add_argument("--dry-run", action="store_true", help="check every row, save nothing")
    p.add_argument(
        "--map",
        action="append",
        metavar='"Header=field"',
        help="correct the column mapping (repeatable); field 'ignore' skips a column",
    )
    p.add_argument(
        "--sheet",
        metavar="NAME",
        help="the Excel sheet (default: the first whose header looks like a roster's)",
    )
    p.add_argument(
        "--with-results",
        action="store_true",
        help="take the grades and examination dates in the file (completed, not passed)",
    )
    p.add_argument(
        "--include-hidden",
        action="store_true",
        help="import the rows hidden in an Excel sheet too (by default they are left out)",
    )
    p.add_argument(
        "--name-order",
        choices=["first-last", "last-first"],
        default="first-last",
        help="how a full-name column is written (default: first-last, the last word is the last name)",
    )
    p.add_argument(
        "--status", choices=["registered", "admitted", "waitlisted"], default="registered"
    )
    p.add_argument("--rejected", metavar="FILE", help="save the rejected rows as a CSV to fix")
    p.add_argument("--json", action="store_true")
    p.add_argument(
        "--undo-last",
        action="store_true",
        help="take the module's last import back whole (without --yes: say what it would undo)",
    )
    p.add_argument("--yes", action="store_true", help="with --undo-last: do it")
    p.set_defaults(handler=cmd_import)

    for name, handler, helptext in (
        ("export-roster", cmd_export_roster, "the module's participants for the university"),
        ("export-results", cmd_export_results, "completed and failed participants with grades"),
    ):
        p = sub.add_parser(name, help=helptext)
        p.add_argument("--module", required=True, metavar="CODE")
        p.add_argument("--out", required=True, metavar="FILE", help=".csv or .xlsx")
        p.add_argument(
            "--delimiter",
            choices=["semicolon", "comma", ";", ","],
            default="semicolon",
            help="for CSV",
        )
        p.add_argument(
            "--lang", choices=["sv", "en"], default="sv", help="column headers (default sv)"
        )
        if name == "export-roster":
            p.add_argument(
                "--columns",
                metavar="A,B,...",
                help="the columns, in order; remembered for the next export "
                "(personnummer,birth_date,gender,last_name,first_name,email,phone,company,"
                "org_number,municipality,sector,status,grade,grade_date)",
            )
            p.add_argument("--include-withdrawn", action="store_true")
        p.set_defaults(handler=handler)

    p = sub.add_parser("report", help="the funders' figures as .xlsx or .pdf")
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--lang", choices=["sv", "en"], default="sv")
    p.set_defaults(handler=cmd_report)


# -- certificates ---------------------------------------------------------------------------

EXIT_REVOKED = 4
EXIT_SUPERSEDED = 5
EXIT_SOME_UNPRINTABLE = 6  # certificates: some names have letters no font can draw


def cmd_certificates(args: argparse.Namespace) -> int:
    import sys

    from originn_desktop.workers.drawing import POOL_FROM, default_workers, render_pool

    # A whole module's batch is drawn by worker processes, started first: they load the
    # drawing code while this process loads the register's and plans the batch. (A module
    # with fewer completed than that is drawn by them all the same, a moment later.)
    workers = default_workers(len(args.participant) if args.participant else POOL_FROM)
    pool = render_pool(workers) if workers > 1 else None
    try:
        from originn_desktop.services.certificates import issue_certificates
        from originn_desktop.ui.settings_store import SettingsStore, certificate_settings

        settings = certificate_settings(SettingsStore())
        result = issue_certificates(
            open_db(args),
            args.module,
            args.out,
            settings,
            args.lang,
            args.participant,
            merged=args.merged,
            workers=workers,
            pool=pool,
        )
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
    for warning in result.warnings:
        print(f"originn-desktop: {warning.get(LANG)}", file=sys.stderr)
    for refused in result.unprintable:
        print(f"originn-desktop: {refused.get(LANG)}", file=sys.stderr)
    status = EXIT_SOME_UNPRINTABLE if result.unprintable else 0
    if args.json:
        # One object per certificate written; then one per person skipped, with outcome
        # "skipped", no file, and the reason ("reason" is null for those written).
        print_json(
            [
                {
                    "number": c.number,
                    "participant_id": c.participant_id,
                    "name": c.name,
                    "file": str(c.file),
                    "outcome": c.outcome,
                    "replaces": c.replaces,
                    "reason": None,
                }
                for c in result.issued
            ]
            + [
                {
                    "number": k.number,
                    "participant_id": k.participant_id,
                    "name": k.name,
                    "file": None,
                    "outcome": "skipped",
                    "replaces": None,
                    "reason": _skip_reason(k),
                }
                for k in result.skipped
            ]
        )
        return status
    outcomes = {
        "new": _t("new", "nytt"),
        "reprint": _t("printed again", "utskrivet igen"),
        "reissue": _t("reissued", "utfärdat på nytt"),
    }
    for c in result.issued:
        extra = _t(f", replaces {c.replaces}", f", ersätter {c.replaces}") if c.replaces else ""
        print(f"{c.number}  {c.name}  ({outcomes[c.outcome]}{extra})  {c.file}")
    if result.merged:
        print(_t(f"All in one file: {result.merged}", f"Alla i en fil: {result.merged}"))
    for k in result.skipped:
        print(
            _t(
                f"Skipped {k.name} (id {k.participant_id}): {_skip_reason(k)}. "
                f"To issue a new certificate, name them: --participant {k.participant_id}",
                f"Hoppade över {k.name} (id {k.participant_id}): {_skip_reason(k)}. "
                f"Ange personen för att utfärda ett nytt intyg: --participant {k.participant_id}",
            )
        )
    return status


def _skip_reason(skipped: Any) -> str:
    return _t(
        f"{skipped.number} was revoked ({skipped.reason})",
        f"{skipped.number} är återkallat ({skipped.reason})",
    )


def cmd_verify(args: argparse.Namespace) -> int:
    from originn_desktop.services.certificates import REVOKED, SUPERSEDED, verify
    from originn_desktop.services.enrollment import revocation_reason
    from originn_desktop.services.privacy import shown_name

    record = verify(open_db(args), args.number)
    learner = shown_name(record.learner_name, LANG)
    reason = revocation_reason(record.status_reason, LANG)
    title = record.module_title_sv if LANG == "sv" else record.module_title_en
    module = f"{record.module_code} {title}".strip()
    if args.json:
        print_json(
            {
                "number": record.number,
                "valid": record.is_valid,
                "status": record.status,
                "name": record.learner_name,
                "module": record.module_code,
                "module_title": title,
                "issued_on": record.issued_on,
                "superseded_by": record.superseded_by,
                "reason": record.status_reason,
                "sha256": record.sha256,
            }
        )
    elif record.is_valid:
        print(
            _t(
                f"{record.number} is valid: {learner}, {module}, issued {record.issued_on}.",
                f"{record.number} är giltigt: {learner}, {module}, utfärdat {record.issued_on}.",
            )
        )
    elif record.status == SUPERSEDED:
        print(
            _t(
                f"{record.number} is NOT valid: superseded by {record.superseded_by} ({learner}, {module}, issued {record.issued_on}).",
                f"{record.number} är INTE giltigt: ersatt av {record.superseded_by} ({learner}, {module}, utfärdat {record.issued_on}).",
            )
        )
    else:
        print(
            _t(
                f"{record.number} is NOT valid: revoked ({reason}); it was issued to {learner}, {module}, on {record.issued_on}.",
                f"{record.number} är INTE giltigt: återkallat ({reason}); det utfärdades till {learner}, {module}, {record.issued_on}.",
            )
        )
    if record.status == REVOKED:
        return EXIT_REVOKED
    if record.status == SUPERSEDED:
        return EXIT_SUPERSEDED
    return 0


def cmd_revoke(args: argparse.Namespace) -> int:
    from originn_desktop.services.certificates import revoke
    from originn_desktop.services.privacy import shown_name

    record = revoke(open_db(args), args.number, args.reason)
    learner = shown_name(record.learner_name, LANG)
    print(
        _t(
            f"{record.number} ({learner}) is revoked.",
            f"{record.number} ({learner}) är återkallat.",
        )
    )
    return 0


def register_certificates(sub: Any) -> None:
    p = sub.add_parser(
        "certificates",
        help="a certificate PDF for each completed participant of a module",
        description="Each PDF is PDF/A-3b with its Open Badges and ELM credentials inside. "
        "Exit status: 0 all printed, 1 error, 6 some names have letters no font can draw "
        "(named on stderr; the others were printed).",
    )
    p.add_argument("--module", required=True, metavar="CODE")
    p.add_argument("--out", required=True, metavar="DIR", help="the folder for the PDFs")
    p.add_argument(
        "--merged", metavar="FILE", help="also one PDF with every certificate, to print in one go"
    )
    p.add_argument(
        "--lang",
        choices=["sv", "en", "sv+en"],
        help="one language for all (default: each participant's choice)",
    )
    p.add_argument(
        "--participant", type=int, nargs="+", metavar="ID", help="only these participants"
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_certificates)

    p = sub.add_parser(
        "verify",
        help="is a certificate number valid, for whom, and its status",
        description="Exit status: 0 valid, 1 unknown number, 4 revoked, 5 superseded by a reissue.",
    )
    p.add_argument("number", metavar="NUMBER")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_verify)

    p = sub.add_parser("revoke", help="mark a certificate revoked")
    p.add_argument("number", metavar="NUMBER")
    p.add_argument("--reason", required=True, metavar="TEXT")
    p.set_defaults(handler=cmd_revoke)


# -- backups and privacy ---------------------------------------------------------------------


def _confirm(args: argparse.Namespace, question: str) -> bool:
    """--yes, or a yes typed at the terminal; a script without --yes is refused."""
    import sys

    if getattr(args, "yes", False):
        return True
    if not sys.stdin.isatty():
        raise UsageError(
            _t(
                "this removes data for good: add --yes to confirm",
                "detta tar bort uppgifter för gott: lägg till --yes för att bekräfta",
            )
        )
    answer = input(f"{question} [{_t('y/N', 'j/N')}] ").strip().lower()
    return answer in ("y", "yes", "j", "ja")


def cmd_backup(args: argparse.Namespace) -> int:
    from originn_desktop.services.backups import backup

    path = backup(open_db(args, daily_backup=False), args.out)
    print(_t(f"Backup written to {path}.", f"Säkerhetskopian är skriven till {path}."))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from originn_desktop.paths import backups_dir
    from originn_desktop.services.backups import check_backup, restore

    checked = check_backup(args.file)
    if not _confirm(
        args,
        _t(
            f"Replace the register with {args.file} ({checked.participants} participants)?",
            f"Ersätta registret med {args.file} ({checked.participants} deltagare)?",
        ),
    ):
        print(_t("Nothing was changed.", "Inget ändrades."))
        return 1
    db = open_db(args, daily_backup=False)
    done = restore(db, args.file, backups_dir())  # migrated, and the erasures applied again
    db.dispose()
    print(
        _t(
            f"Restored from {args.file}. The register as it was is kept in {done.kept}.",
            f"Återställt från {args.file}. Registret som det var finns kvar i {done.kept}.",
        )
    )
    if done.erased_again:
        print(erased_again_text(done.erased_again))
    return 0


def cmd_erase(args: argparse.Namespace) -> int:
    from originn_desktop.services.participants import get_participant
    from originn_desktop.services.privacy import erase_participant

    db = open_db(args)
    person = get_participant(db, args.participant)
    if not _confirm(
        args,
        _t(
            f"Erase {person.name} (id {person.id}) and all their data for good?",
            f"Radera {person.name} (id {person.id}) och alla uppgifter om personen för gott?",
        ),
    ):
        print(_t("Nothing was changed.", "Inget ändrades."))
        return 1
    moved = erase_participant(db, person.id)
    print(
        _t(
            f"Participant {person.id} is erased. Backups made before now still hold them until they age out; restoring one erases them again.",
            f"Deltagare {person.id} är raderad. Säkerhetskopior gjorda före nu innehåller personen tills de gallras; återställs en av dem raderas personen igen.",
        )
    )
    _announce_moved(moved)
    return 0


def cmd_purge(args: argparse.Namespace) -> int:
    from originn_desktop.services.privacy import purge, purge_plan

    db = open_db(args)
    plan = purge_plan(db, args.older_than)
    if plan.participants == 0:
        print(
            _t(
                f"Nobody whose modules all ended before {plan.cutoff}: nothing to purge.",
                f"Ingen vars moduler alla slutade före {plan.cutoff}: inget att gallra.",
            )
        )
        return 0
    if not _confirm(
        args,
        _t(
            f"Purge the personal data of {_n(plan.participants, 'participant', 'participants')} whose modules ended before {plan.cutoff}?",
            f"Gallra personuppgifterna för {plan.participants} deltagare vars moduler slutade före {plan.cutoff}?",
        ),
    ):
        print(_t("Nothing was changed.", "Inget ändrades."))
        return 1
    done = purge(db, args.older_than)
    print(
        _t(
            f"Personal data of {_n(done.participants, 'participant', 'participants')} purged; the counts for the reports remain.",
            f"Personuppgifterna för {done.participants} deltagare är gallrade; antalen för rapporterna finns kvar.",
        )
    )
    return 0


def register_safety(sub: Any) -> None:
    p = sub.add_parser("backup", help="a consistent copy of the database")
    p.add_argument("--out", required=True, metavar="FILE")
    p.set_defaults(handler=cmd_backup)
    p = sub.add_parser(
        "restore", help="replace the database with a backup (the current one is kept)"
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--yes", action="store_true", help="do not ask")
    p.set_defaults(handler=cmd_restore)
    p = sub.add_parser("erase", help="remove a participant and all their personal data for good")
    p.add_argument("--participant", required=True, type=int, metavar="ID")
    p.add_argument("--yes", action="store_true", help="do not ask")
    p.set_defaults(handler=cmd_erase)
    p = sub.add_parser(
        "purge", help="the retention rule: remove personal data once modules ended long ago"
    )
    p.add_argument("--older-than", required=True, type=int, metavar="MONTHS")
    p.add_argument("--yes", action="store_true", help="do not ask")
    p.set_defaults(handler=cmd_purge)


# -- digital credentials ----------------------------------------------------------------------


def cmd_badges(args: argparse.Namespace) -> int:
    from originn_desktop.services.badges import issue_badges
    from originn_desktop.ui.settings_store import SettingsStore, certificate_settings

    files = issue_badges(
        open_db(args), args.module, args.out, certificate_settings(SettingsStore())
    )
    for badge in files:
        print(f"{badge.number}  {badge.name}  {badge.file}")
    print(
        _t(
            f"{len(files)} signed Open Badges 3.0 credentials in {args.out}.",
            f"{len(files)} signerade Open Badges 3.0-intyg i {args.out}.",
        )
    )
    return 0


def cmd_issuer_key(args: argparse.Namespace) -> int:
    import json
    import os

    from originn_desktop.badges.keys import did_jwk, load_or_create, public_jwk

    key = load_or_create()
    data = public_jwk(key)
    target = args.out
    fd = os.open(target, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o644)  # a public key: shareable
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(data, fh, indent=2)
        fh.write("\n")
    print(
        _t(
            f"Public issuer key written to {target} (thumbprint {data['kid']}).",
            f"Utfärdarens publika nyckel är skriven till {target} (tumavtryck {data['kid']}).",
        )
    )
    print(_t(f"Issuer identifier: {did_jwk(key)}", f"Utfärdarens identitet: {did_jwk(key)}"))
    return 0


def cmd_verify_badge(args: argparse.Namespace) -> int:
    import json
    from pathlib import Path

    from originn_desktop.badges.keys import key_path
    from originn_desktop.services.badges import verify_badge
    from originn_desktop.services.certificates import REVOKED, SUPERSEDED

    public = None
    if args.key:
        from joserfc.jwk import OKPKey

        try:
            public = OKPKey.import_key(json.loads(Path(args.key).read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError) as exc:
            raise UsageError(f"--key {args.key}: not a readable public JWK ({exc})") from None
    own = None
    if key_path().exists():
        from originn_desktop.badges.keys import load_or_create

        own = load_or_create()
    from originn_desktop.paths import database_target

    db = None
    target = database_target(args.db)
    if "://" in target or Path(target).is_file():  # never create a register just to check a badge
        try:
            db = open_db(args, daily_backup=False)
        except Exception:  # a badge is checked offline; the register is only a second opinion
            db = None
    result = verify_badge(args.file, public, db, own)
    print(
        _t(
            f"The signature is valid: {result.number}, {result.learner}, {result.achievement}, "
            f"{result.credits} ECTS, grade {result.grade}, issued by {result.issuer} from {result.valid_from[:10]}.",
            f"Signaturen är giltig: {result.number}, {result.learner}, {result.achievement}, "
            f"{result.credits} hp, betyg {result.grade}, utfärdat av {result.issuer} från {result.valid_from[:10]}.",
        )
    )
    print(
        _t(
            f"Signed by key {result.checked.key_thumbprint}"
            + (" (this installation's)" if result.ours else ""),
            f"Signerat med nyckeln {result.checked.key_thumbprint}"
            + (" (den här installationens)" if result.ours else ""),
        )
    )
    if result.register_status == REVOKED:
        print(
            _t(
                "But the register says this certificate is REVOKED.",
                "Men registret säger att intyget är ÅTERKALLAT.",
            )
        )
        return EXIT_REVOKED
    if result.register_status == SUPERSEDED:
        print(
            _t(
                "But the register says this certificate is SUPERSEDED by a reissue.",
                "Men registret säger att intyget är ERSATT av ett nytt.",
            )
        )
        return EXIT_SUPERSEDED
    return 0


def register_badges(sub: Any) -> None:
    p = sub.add_parser(
        "badges", help="signed Open Badges 3.0 credentials for a module's certificates"
    )
    p.add_argument("--module", required=True, metavar="CODE")
    p.add_argument("--out", required=True, metavar="DIR")
    p.set_defaults(handler=cmd_badges)
    p = sub.add_parser("issuer-key", help="export the issuer's public key as a JWK")
    p.add_argument("--out", required=True, metavar="FILE")
    p.set_defaults(handler=cmd_issuer_key)
    p = sub.add_parser(
        "verify-badge",
        help="check a badge's signature and show its facts",
        description="Exit status: 0 valid, 1 not valid (any changed byte), 4 revoked and 5 superseded in this register.",
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument(
        "--key", metavar="JWK", help="the issuer's public key (default: the key the badge names)"
    )
    p.set_defaults(handler=cmd_verify_badge)
