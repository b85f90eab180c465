"""The command line of definitions §8: `python main.py segment FILE [options]`, no window.

Exit status 0 on success; 2 on bad input or bad arguments, with a short message on standard
error naming the file, row or column and what to do; nothing is written on failure.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import locale
import logging
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, NoReturn, TextIO

from core.background import Background
from core.crash_log import log_exception
from core.errors import Cancelled, ClienteleError, SettingsError
from core.language import Language
from core.logs import setup_logging
from core.progress import ProgressCallback, ProgressMessage, sub_progress
from core.schema import CUSTOMER_FILE_FIELDS, TRANSACTION_FIELDS
from core.words import N_, Phrase, Words, phrase_of

if TYPE_CHECKING:
    import pandas as pd

    from core.campaigns import ExportRequest
    from core.importing.importer import ImportOptions
    from core.project import Project
    from core.segmentation.migration import Migration
    from core.segmentation.segment import Segmentation
    from core.segmentation.settings import Settings

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_BAD_INPUT = 2
EXIT_CANCELLED = 130
#: The reader of standard output went away (`… | head`): 128 + SIGPIPE, as other command-line tools.
EXIT_BROKEN_PIPE = 141


#: argparse's own messages (its English words), as keys: said in the chosen language like ours.
ARGUMENT_PHRASES = (
    N_("argument {argument}: invalid choice: {value} (choose from {choices})"),
    N_("argument {argument}: expected one argument"),
    N_("argument {argument}: invalid {kind} value: {value}"),
    N_("argument {argument}: not allowed with argument {other}"),
    N_("the following arguments are required: {arguments}"),
    N_("unrecognized arguments: {arguments}"),
    N_("ambiguous option: {option} could match {matches}"),
)


class ArgumentParser(argparse.ArgumentParser):
    """argparse that raises instead of exiting, so every bad argument gets our message format (and
    argparse's words, ARGUMENT_PHRASES, the run's language)."""

    def error(self, message: str) -> NoReturn:
        raise SettingsError(Phrase("{message}.", message=phrase_of(message, ARGUMENT_PHRASES)),
                            Phrase("Run `{program} --help` to see the options.", program=self.prog))


def build_parser() -> argparse.ArgumentParser:
    parser = ArgumentParser(
        prog="python main.py segment",
        description="Import a purchases file, segment the customers and write what is asked.",
    )
    parser.add_argument("file", help="purchases file (.xlsx .xlsm .xls .ods .csv .tsv .txt)")
    parser.add_argument("--sheet", help="sheet to read (default: the one that holds transactions)")
    parser.add_argument("--customers", metavar="FILE", help="optional customer attributes file")
    parser.add_argument("--map", action="append", default=[], metavar="FIELD=COLUMN",
                        help="override the detected mapping (repeatable)")
    parser.add_argument("--date-order", choices=("dayfirst", "monthfirst"),
                        help="settle ambiguous text dates such as 03/04/2024")
    parser.add_argument("--currency", metavar="CODE",
                        help="when the amounts mix currencies, keep the rows in this one (EUR, USD...)")
    parser.add_argument("--reference-date", metavar="YYYY-MM-DD",
                        help="default: the latest transaction date")
    parser.add_argument("--compare-to", metavar="YYYY-MM-DD",
                        help="also place every customer as they stood on that earlier date: adds previous_segment "
                             "to the customer table and prints who moved between segments")
    parser.add_argument("--migration-out", metavar="FILE.csv|.xlsx",
                        help="write the segment-to-segment migration table (needs a date to compare with)")
    parser.add_argument("--project", metavar="FILE.json", help="saved settings")
    parser.add_argument("--customers-out", metavar="FILE.csv|.xlsx", help="write the customer table")
    parser.add_argument("--mailing-out", metavar="FILE.xlsx", help="write mailing lists with offers")
    parser.add_argument("--lists", metavar="NAME,NAME",
                        help="which lists to mail (segments, statuses, tiers, 'Close to next tier', the occasions "
                             "'Birthday soon', 'Anniversary soon', 'Due to re-buy', and the project's saved lists; a "
                             "name can say its kind: status:Lost, saved:VIP); default: every RFM segment")
    parser.add_argument("--csv-dir", metavar="DIR", help="also one CSV per mailed list")
    parser.add_argument("--rebuy-out", metavar="FILE.csv|.xlsx",
                        help="write the re-buy table: products bought again, their usual interval and who is due")
    parser.add_argument("--channel", choices=("email", "sms", "post"),
                        help="how the lists reach customers: e-mail (default), text message (a phone list) "
                             "or post (a postal list)")
    parser.add_argument("--seed", type=int, help="control-group seed (default: random, recorded)")
    parser.add_argument("--control-share", type=float, metavar="0.10",
                        help="share of each list kept out as a control group (default 0.10)")
    parser.add_argument("--model-check", action="store_true",
                        help="also check the predictions: refit without the last quarter of the history and "
                             "print predicted against actual repeat purchase days there")
    parser.add_argument("--language", choices=tuple(language.code for language in Language), metavar="CODE",
                        help="language of the report, the workbook's words and the default offers: "
                             "en, de, fr, es, it or nl (default: the project's, else the system's where Clientele speaks it, "
                             "else en)")
    parser.add_argument("--verbose", action="store_true",
                        help="keep a detailed log (INFO lines) in clientele-detail.log in the user data folder")
    return parser


def parse_map(pairs: Sequence[str]) -> dict[str, str]:
    fields = set(TRANSACTION_FIELDS) | set(CUSTOMER_FILE_FIELDS)
    mapping: dict[str, str] = {}
    for pair in pairs:
        field, sep, column = pair.partition("=")
        field, column = field.strip(), column.strip()
        if not sep or not field or not column:
            raise SettingsError(Phrase('--map "{pair}" is not of the form FIELD=COLUMN.', pair=pair),
                                'Write for example --map customer_id="Customer ID".')
        if field not in fields:
            raise SettingsError(Phrase('--map: "{field}" is not a field Clientele knows.', field=field),
                                Phrase("Fields: {fields}.", fields=", ".join(sorted(fields))))
        mapping[field] = column
    return mapping


def parse_date(text: str, option: str = "--reference-date") -> dt.date:
    """A date option (YYYY-MM-DD, in the years settings.REFERENCE_DATE_RANGE spans); SettingsError naming
    the option."""
    from core.segmentation.settings import REFERENCE_DATE_RANGE, date_of  # noqa: PLC0415 - pandas loads after the arguments are checked

    day = date_of(text)
    if day is None:
        raise SettingsError(Phrase('{option} "{text}" is not a date.', option=option, text=text),
                            "Write it as YYYY-MM-DD, e.g. 2024-12-31.")
    low, high = REFERENCE_DATE_RANGE
    if not low <= day <= high:
        raise SettingsError(Phrase("{option} {date} is outside the years {first}–{last}.", option=option,
                                   date=day.isoformat(), first=low.year, last=high.year),
                            "Write the date your analysis should look back from, e.g. 2024-12-31."
                            if option == "--reference-date" else "Write it as YYYY-MM-DD, e.g. 2024-12-31.")
    return day


def import_options(args: argparse.Namespace, project: Project | None) -> ImportOptions:
    """The purchases file's import choices: the project's, with --sheet, --map, --date-order and
    --currency on top."""
    from core.importing.importer import ImportOptions  # noqa: PLC0415 - pandas loads after the arguments are checked
    from core.input_files import TEXT_SUFFIXES  # noqa: PLC0415 - as above

    options = ImportOptions.from_dict(project.import_options.to_dict()) if project else ImportOptions()
    if args.sheet:
        if Path(args.file).suffix.lower() in TEXT_SUFFIXES:   # (a project's saved sheet is simply not used)
            raise SettingsError(Phrase('{file} is a text file, which has no sheets: --sheet "{sheet}" cannot be '
                                       "used with it.", file=Path(args.file).name, sheet=args.sheet),
                                "Leave out --sheet, or give the workbook that has this sheet.")
        options.sheet = args.sheet
    if args.map:
        options.mapping = {**(options.mapping or {}), **parse_map(args.map)}
    if args.date_order:
        options.date_order = args.date_order
    if args.currency:
        options.currency = args.currency.strip().upper()
    return options


def project_customers_file(project_path: str, project: Project) -> str:
    """The project's customers file, used when --customers is not given: the window saves the owner's
    customers file (names, e-mail addresses, opt-outs) with the project, and its opt-outs count on
    the command line as in the window. A relative name is read from the project file's folder.
    SettingsError when it is not there any more: a mailing without it would not know who opted out."""
    path = _beside_project(project.customers_file or "", project_path)
    if not path.is_file():
        raise SettingsError(Phrase("The project's customers file {path} (names, e-mail addresses, consent) is not "
                                   "there any more: without it Clientele does not know who opted out in it.",
                                   path=str(path)),
                            'Give it with --customers FILE (where it is now), or take "customers_file" out of the '
                            "project file.")
    return str(path)


def _beside_project(saved: str, project_path: str) -> Path:
    """A file a project names: as written, or, when relative, from the project file's folder."""
    return Path(saved) if Path(saved).is_absolute() else Path(project_path).parent / saved


def _same_path(given: str, saved: str, project_path: str) -> bool:
    """Whether ``given`` names the project's ``saved`` file (_beside_project)."""
    try:
        return Path(given).resolve() == _beside_project(saved, project_path).resolve()
    except OSError:
        return False


def _inputs(args: argparse.Namespace) -> tuple[str, ...]:
    return tuple(p for p in (args.file, args.customers, args.project) if p)


def check_given(args: argparse.Namespace, files: Sequence[str], values: Sequence[str]) -> None:
    """Refuse an option given an empty value (`--customers ""`, a script's variable left empty): it
    would otherwise count as not given, and a customers file of opt-outs named so would be left out
    without a word. ``files`` name files, ``values`` other values; "file" is the purchases file."""
    for option in (*files, *values):
        given = getattr(args, option, None)
        if given is None or str(given).strip():
            continue
        if option == "file":
            raise SettingsError("No purchases file was given (the file name is empty).",
                                "Give the purchases file to read, for example python main.py segment orders.csv.")
        name = option.replace("_", "-")
        if option in files and option.endswith(("_out", "_dir")):
            raise SettingsError(Phrase("--{option} was given no file name.", option=name),
                                "Give the file (or folder) to write, or leave the option out.")
        if option in files:
            raise SettingsError(Phrase("--{option} was given no file name.", option=name),
                                "Give the file to read, or leave the option out.")
        raise SettingsError(Phrase("--{option} was given no value.", option=name),
                            "Give it a value, or leave the option out.")
    lists = getattr(args, "lists", None)
    if lists is not None and not any(name.strip() for name in str(lists).split(",")):
        raise SettingsError("--lists names no list.",
                            "Name the lists to mail, for example --lists Champions,\"At Risk\", or leave the option "
                            "out to mail every segment.")


def _check_outputs(args: argparse.Namespace) -> None:
    """Check every output before any work (core/run_plan.check_outputs), so that a bad name, a
    folder that cannot be written, an unusable campaign store or a bad seed fails fast and writes
    nothing."""
    from core.run_plan import OutputTargets, check_outputs  # noqa: PLC0415 - pandas loads after the arguments are checked

    check_given(args, ("file", "customers", "project", "customers_out", "mailing_out", "csv_dir", "rebuy_out",
                       "migration_out"), ("sheet", "currency", "reference_date", "compare_to"))
    if (args.lists or args.csv_dir or args.channel) and not args.mailing_out:
        raise SettingsError("--lists, --csv-dir and --channel go with --mailing-out.",
                            "Add --mailing-out FILE.xlsx.")
    if args.control_share is not None and not 0 <= args.control_share < 1:
        raise SettingsError("--control-share must be between 0 and 1 (0.10 is 10 %).",
                            "Write for example --control-share 0.1.")
    if args.seed is not None:
        from core.campaigns.control_group import check_seed  # noqa: PLC0415 - as above

        check_seed(args.seed, "--seed")
    store = None
    if args.mailing_out:   # (the campaign code, with scipy, loads only for a mailing)
        from core.campaigns.request import USER_STORE  # noqa: PLC0415 - as above

        store = USER_STORE
    check_outputs(OutputTargets(
        customers_out=Path(args.customers_out) if args.customers_out else None,
        mailing_out=Path(args.mailing_out) if args.mailing_out else None,
        csv_dir=Path(args.csv_dir) if args.csv_dir else None, inputs=_inputs(args),
        store=store,
        migration_out=Path(args.migration_out) if args.migration_out else None,
        rebuy_out=Path(args.rebuy_out) if args.rebuy_out else None))
    # (after the names are checked: a name too long for the disk is said as such)
    others = [(getattr(args, option), what, instead) for option, what, instead in (
        ("customers_out", N_("the customer table"), "customers.csv"), ("rebuy_out", N_("the re-buy table"), "rebuy.csv"),
        ("migration_out", N_("the migration table"), "migration.csv")) if getattr(args, option)]
    # (the history is opened only for an existing workbook: a mailing workbook is always .xlsx)
    if any(Path(path).suffix.lower() == ".xlsx" and Path(path).is_file() for path, _, _ in others):
        from core.campaigns.history import CampaignHistory  # noqa: PLC0415 - as above

        with CampaignHistory() as history:
            for path, what, instead in others:
                history.refuse_over_mailing(path, what, instead)


def _load_analysis_modules() -> None:
    """Import what segmenting needs (core.segmentation with scipy) ahead of its use."""
    import core.segmentation.model_check  # noqa: F401, PLC0415 - loaded beside the file read, see run()
    import core.segmentation.segment  # noqa: F401, PLC0415 - as above


def terminal_progress(enabled: bool) -> ProgressCallback:
    state = {"last": 0.0}

    def report(fraction: float, message: ProgressMessage = "") -> None:
        now = time.monotonic()
        if not enabled or (now - state["last"] < 0.1 and fraction < 1.0):
            return
        state["last"] = now
        sys.stderr.write(f"\r{fraction * 100:5.1f} %  {str(message)[:60]:<60}")
        sys.stderr.flush()

    return report


def run(args: argparse.Namespace, out: TextIO = sys.stdout) -> int:
    """Do the work for parsed arguments; raise ClienteleError on bad input."""
    from core.arrow_columns import choose_allocator  # noqa: PLC0415 - pyarrow loads after the arguments are checked
    from core.importing.consent_book import combine_consent  # noqa: PLC0415 - pandas loads after the arguments are checked
    from core.importing.importer import ImportOptions, import_customer_attributes, import_purchases  # noqa: PLC0415 - pandas loads after the arguments are checked

    _check_outputs(args)
    reference_date = parse_date(args.reference_date) if args.reference_date else None
    compare_date = parse_date(args.compare_to, "--compare-to") if args.compare_to else None
    project = None
    if args.project:
        from core.project import load_project  # noqa: PLC0415 - pandas loads after the arguments are checked

        project = load_project(args.project)
        if not args.customers and project.customers_file:
            args = argparse.Namespace(**{**vars(args), "customers": project_customers_file(args.project, project)})
            _check_outputs(args)
    if args.migration_out and compare_date is None and (project is None or project.settings.compare_to is None):
        raise SettingsError("--migration-out needs a date to compare with.", "Add --compare-to YYYY-MM-DD.")

    options = import_options(args, project)

    is_tty = sys.stderr.isatty()
    progress = terminal_progress(is_tty)
    try:  # (Arrow's memory from malloc, as numpy's, for a file that is not huge, else jemalloc: core/arrow_columns.py)
        choose_allocator(Path(args.file).stat().st_size)
    except OSError:
        pass  # (the read says what is wrong with the file)
    # the analysis modules (scipy's optimiser for the predictions alone takes about 0.5 s to load)
    # are imported beside the file read, which spends most of its time outside Python
    with Background(_load_analysis_modules, name="analysis modules") as loading:
        imported = import_purchases(args.file, options, sub_progress(progress, 0.0, 0.6))
    loading.result()
    words = Words(output_language(args, project))
    print(imported.report.to_text(words), file=out)

    attributes = None
    customers_consent = None
    if args.customers:
        attributes_result = import_customer_attributes(args.customers, ImportOptions(),
                                                       sub_progress(progress, 0.6, 0.65),
                                                       by_email=imported.mapping.keyed_by_email())
        attributes, customers_consent = attributes_result.attributes, attributes_result.consent
        print(attributes_result.report.to_text(words), file=out)
        if project is not None and project.customers_file and not _same_path(args.customers, project.customers_file,
                                                                             args.project):
            print(words.t("Note: the project's customers file {path} was not read: --customers gave another, so "
                          "only that file's opt-outs count.", path=project.customers_file), file=out)

    from core.segmentation.segment import segment_customers, summary_text  # noqa: PLC0415 - pandas loads after the arguments are checked
    from core.segmentation.settings import CompareTo, Settings  # noqa: PLC0415 - pandas loads after the arguments are checked

    settings = Settings.from_dict(project.settings.to_dict()) if project else Settings()
    if reference_date is not None:
        settings.reference_date = reference_date
    if compare_date is not None:
        settings.compare_to = CompareTo(date=compare_date)
    segmentation = segment_customers(imported.transactions, settings, attributes,
                                     sub_progress(progress, 0.65, 0.8), latest_date=imported.latest_date,
                                     consent=combine_consent(imported.consent, customers_consent))
    migration = _migration(settings, segmentation)
    inputs = list(_inputs(args))
    mailing = _mailing_request(args, project, segmentation, inputs, imported.report.currency) if args.mailing_out \
        else None

    # every line that does not depend on the writing is made before it: a run that fails after its
    # files are in place (and its campaign recorded) would say "nothing was written"
    summary_lines = summary_text(segmentation, words)
    migration_lines = migration_text(migration, words) if migration is not None else None
    prediction_lines = _prediction_lines(args, segmentation, words)
    rebuy = _rebuy(segmentation)
    from core.run_plan import RunPlan, run_plan  # noqa: PLC0415 - pandas loads after the arguments are checked

    # every output or none: the list names, the CSV names and the store are checked before anything
    # is written, and the campaign is recorded only when every file can be put in place
    result = run_plan(RunPlan(segmentation.customers, Path(args.customers_out) if args.customers_out else None,
                              mailing, tuple(inputs), migration=migration.table if migration is not None else None,
                              migration_out=Path(args.migration_out) if args.migration_out else None,
                              rebuy=rebuy, rebuy_out=Path(args.rebuy_out) if args.rebuy_out else None),
                      sub_progress(progress, 0.8, 1.0), on_written=files_in_place)
    summary = result.mailing
    if is_tty:
        sys.stderr.write("\r" + " " * 70 + "\r")
    print("", file=out)
    print(summary_lines, file=out)
    if args.customers_out:
        print("\n" + words.n("Customer table written: {path} ({n} customer)", "Customer table written: {path} ({n} customers)",
                             len(segmentation.customers), path=args.customers_out), file=out)
        if result.customer_table_cut_cells:
            print(f"  {result.customer_table_cut_cells:,} text cell(s) longer than a spreadsheet cell holds were "
                  "cut, ending with \"…\".", file=out)
    if migration is not None:
        print("", file=out)
        print(migration_lines, file=out)
        if args.migration_out:
            print("\n" + words.n("Migration table written: {path} ({n} path)", "Migration table written: {path} ({n} paths)",
                                 len(migration.table), path=args.migration_out), file=out)
    if args.rebuy_out:
        print("\n" + words.n("Re-buy table written: {path} ({n} product)", "Re-buy table written: {path} ({n} products)",
                             len(rebuy), path=args.rebuy_out), file=out)
    if summary is not None:
        print("", file=out)
        print(summary.to_text(words), file=out)
    guardrail, check = prediction_lines
    if guardrail:
        print(f"Clientele: {guardrail}", file=sys.stderr)
    if check:
        print("", file=out)
        print(check, file=out)
    return EXIT_OK


def _prediction_lines(args: argparse.Namespace, segmentation: Segmentation, words: Words) -> tuple[str, str]:
    """definitions §8: why the customer table's prediction columns are empty (standard error), and
    the model check of definitions §11 when asked (--model-check); "" for either not said."""
    predictions = segmentation.predictions
    if predictions is None:
        return "", ""
    guardrail = (predictions.guardrail_text(words) or "") if args.customers_out else ""
    check = ""
    if args.model_check:
        from core.segmentation.model_check import model_check  # noqa: PLC0415 - pandas loads after the arguments are checked

        check = model_check(predictions.history).to_text(words)
    return guardrail, check


def _migration(settings: Settings, segmentation: Segmentation) -> Migration | None:
    """The segmentation's migration when a comparison was asked for; SettingsError (nothing is
    written) when its date cannot be compared with."""
    if settings.compare_to is None:
        return None
    if segmentation.migration is None:
        problem = next((w.message for w in segmentation.warnings if w.kind == "comparison"), None)
        if problem is not None:
            raise SettingsError(problem)   # (its words already say to choose an earlier date)
    return segmentation.migration


def migration_text(migration: Migration, words: Words | None = None) -> str:
    """The command line's words on a comparison: the headline and the biggest moves (in ``words``'
    language; English without)."""
    from core.campaigns.mailing_list import ListKind  # noqa: PLC0415 - pandas loads after the arguments are checked
    from core.campaigns.summary import list_name  # noqa: PLC0415 - as above
    from core.output.money import format_date  # noqa: PLC0415 - as above
    from core.segmentation.migration import path_name  # noqa: PLC0415 - as above

    w = words or Words()
    when = format_date(migration.compare_date.date(), w.locale)      # (as the language writes a day)
    lines = [w.t("Segment changes {headline}", headline=migration.headline(when, number=w.count, words=w)),
             "  " + w.t("{stayed} stayed in their segment; {before} had bought by then", stayed=w.count(migration.stayed),
                        before=w.count(migration.customers_before))]
    biggest = migration.biggest_moves(5)
    if len(biggest):
        lines.append(w.t("Biggest moves between segments (customers; their revenue in the 12 months before {date}):",
                         date=when))
        names = [list_name(path_name(str(a), str(b)), ListKind.MIGRATION, w)
                 for a, b in zip(biggest["from_segment"], biggest["to_segment"], strict=True)]
        width = max(map(len, names))
        for name, count, revenue in zip(names, biggest["customers"], biggest["revenue_last_12m_before"], strict=True):
            lines.append(f"  {name:<{width}} {w.count(int(count)):>8} {w.amount(float(revenue)):>14}")
    return "\n".join(lines)
def _rebuy(segmentation: Segmentation) -> pd.DataFrame:
    """The re-buy table of definitions §12 (empty when the file names no products)."""
    from core.segmentation.rebuy import REBUY_COLUMNS  # noqa: PLC0415 - pandas loads after the arguments are checked

    if segmentation.occasions is not None:
        return segmentation.occasions.rebuy
    import pandas as pd  # noqa: PLC0415 - as above

    return pd.DataFrame(columns=list(REBUY_COLUMNS))


def _mailing_request(args: argparse.Namespace, project: Project | None, segmentation: Segmentation,
                     inputs: list[str], file_currency: str | None = None) -> ExportRequest:
    """The export --mailing-out asks for: lists from --lists, else the project's, else every RFM
    segment present; the project's offers (the default pack otherwise), shop and control share.
    Without a project, the shop's currency is the one the purchases file names (as the window takes
    it on a first import), else GBP."""
    from core.campaigns import (  # noqa: PLC0415 - pandas loads after the arguments are checked
        Channel,
        ExportRequest,
        MailingList,
        ShopInfo,
        default_lists,
        default_offers,
        list_in_english,
    )

    language = output_language(args, project)
    if args.lists:     # (a default list may be named as the chosen language names it: "Treue Kunden")
        lists = [list_in_english(MailingList.parse(name), segmentation, Words(language))
                 for name in args.lists.split(",") if name.strip()]
    elif project is not None and project.export.lists:
        lists = list(project.export.lists)
    else:
        lists = default_lists(segmentation)
    control_share = args.control_share + 0.0 if args.control_share is not None else None   # (-0.0: 0)
    if control_share is None:
        control_share = project.export.control_share if project is not None else 0.10
    if args.channel:
        channel = Channel(args.channel)
    else:
        channel = project.export.channel if project is not None else Channel.EMAIL
    log.info("mailing requested: %s by %s", ", ".join(m.key for m in lists), channel.value)
    return ExportRequest(segmentation, Path(args.mailing_out), lists=lists,
                         offers=list(project.offers) if project is not None and project.offers else default_offers(language),
                         csv_dir=Path(args.csv_dir) if args.csv_dir else None, control_share=control_share,
                         seed=args.seed, shop=(project.shop if project is not None else
                                               ShopInfo(currency=file_currency) if file_currency else
                                               ShopInfo()).with_language(language),
                         source_file=args.file, inputs=inputs, channel=channel,
                         offer_tests=list(project.offer_tests) if project is not None else [],
                         file_currency=file_currency)


def output_language(args: argparse.Namespace, project: Project | None) -> Language:
    """The language of what the run writes for people: --language, else the project's, else the
    system's (system_language)."""
    if args.language:
        return Language.from_code(args.language)
    return project.shop.language if project is not None else system_language()


def system_language() -> Language:
    """The system's language where Clientele speaks it, else English: the locale variables
    (LC_ALL, LC_MESSAGES, LANG, LANGUAGE), else the locale Python took from the system at start."""
    try:
        platform_locale = locale.getlocale(locale.LC_CTYPE)[0]
    except ValueError:   # (a locale name Python cannot parse)
        platform_locale = None
    return Language.of_environment(os.environ, platform_locale)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point for `python main.py segment …`; returns the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in ("-h", "--help"):
        build_parser().print_help()
        return EXIT_OK

    def work() -> int:
        args = build_parser().parse_args(argv)
        setup_logging(args.verbose)
        return run(args)

    return guarded(work, lambda: error_words(argv))


def error_words(argv: Sequence[str], parser: argparse.ArgumentParser | None = None) -> Words:
    """The words a bad-input message is printed in: --language's, else the project's (--project),
    else the system's. When the arguments themselves cannot be read, --language is still looked for
    among them, so that a bad option is refused in the language asked for."""
    try:
        args, _ = (parser or build_parser()).parse_known_args(list(argv))
    except ClienteleError:
        return Words(_language_named(argv))
    try:
        if args.language or not getattr(args, "project", None):
            return Words(output_language(args, None))
        from core.project import load_project  # noqa: PLC0415 - pandas loads only when a project names the language

        return Words(output_language(args, load_project(args.project)))
    except (ClienteleError, OSError, ValueError):
        return Words(system_language())


def _language_named(argv: Sequence[str]) -> Language:
    """The language of a ``--language CODE`` (or ``--language=CODE``) among ``argv``; the system's
    without (or with one Clientele does not speak)."""
    words = list(argv)
    for i, word in enumerate(words):
        code = word.partition("=")[2] if word.startswith("--language=") else (
            words[i + 1] if word == "--language" and i + 1 < len(words) else None)
        if code is not None:
            try:
                return Language.from_code(code)
            except ValueError:
                return system_language()
    return system_language()


def guarded(work: Callable[[], int], words: Callable[[], Words] = Words) -> int:
    """Run one command's ``work``: exit status 2 with a one-line message for bad input (in the
    language ``words`` gives), 130 when stopped, 141 when the output pipe closed, 1 (logged) for
    anything unexpected; never a traceback. A stop signal (STOP_SIGNALS: ``kill``, a logout, a
    closed terminal, a service manager) stops the run the way Ctrl+C does: the files it was writing
    are put back as they were. Once every file is in place (files_in_place), the run is written
    whatever happens after: a failure then says so, and the exit status is 0."""
    _tolerant_output()
    earlier = _stop_on_terminate()
    interrupt = signal.getsignal(signal.SIGINT) if threading.current_thread() is threading.main_thread() else None
    try:
        return work()
    except ClienteleError as error:
        _say(error.text(words()))
        return EXIT_BAD_INPUT
    except (Cancelled, KeyboardInterrupt):
        _say("stopped; nothing was written.")
        return EXIT_CANCELLED
    except BrokenPipeError:
        return quiet_broken_pipe()
    except MemoryError:
        _say("this file is too large for the memory of this computer; nothing was written."
             " Close other programs or split the file by year.")
        return EXIT_BAD_INPUT
    except OSError as error:
        if error.filename is not None:   # (a file's own error Clientele did not put in words: a bug)
            return _went_wrong(_written(interrupt))
        # standard output could not be written (redirected to a full disk, or closed)
        if _written(interrupt):
            _say(f"every file was written in full, but the summary could not be printed ({error.strerror}).")
            return EXIT_OK
        _say(f"the summary could not be printed ({error.strerror}); nothing was written.")
        return EXIT_BAD_INPUT
    except Exception:  # noqa: BLE001 - last resort: log, never a traceback on screen
        return _went_wrong(_written(interrupt))
    finally:
        for number, handler in earlier.items():
            with contextlib.suppress(ValueError, OSError, TypeError):
                signal.signal(number, handler)
        if interrupt is not None:
            signal.signal(signal.SIGINT, interrupt)


def _written(interrupt: object) -> bool:
    """Whether files_in_place ran in this command (it ignores Ctrl+C from then on): every file is
    written and the campaign recorded, so running the command again would record it twice."""
    return interrupt is not None and interrupt is not signal.SIG_IGN and signal.getsignal(signal.SIGINT) is signal.SIG_IGN


def _went_wrong(written: bool) -> int:
    """Something unexpected: logged (clientele.log), said in one line; EXIT_INTERNAL, or EXIT_OK
    when every file was already written."""
    log_path = log_exception(*sys.exc_info())
    details = f" The details are in {log_path}; please send that file to us." if log_path else ""
    if written:
        _say(f"every file was written in full, but something went wrong inside Clientele afterwards.{details}")
        return EXIT_OK
    _say(f"something went wrong inside Clientele; nothing was written.{details}")
    return EXIT_INTERNAL


def _say(text: str) -> None:
    """One message on standard error, on a line of its own after a terminal's progress line; nothing
    when standard error is gone (a closed terminal window)."""
    try:
        lead = "\n" if sys.stderr.isatty() else ""
        print(f"{lead}Clientele: {text}", file=sys.stderr)
    except (OSError, ValueError):
        pass


def _tolerant_output() -> None:
    """Standard output and error write a character their encoding lacks as "?" instead of failing:
    output redirected to a file on Windows (cp1252) or a Latin-1 terminal had stopped the run on the
    first "→" or French thousands separator, after its files were written."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(OSError, ValueError, TypeError):
                reconfigure(errors="replace")


def command_ended() -> None:
    """The command has said what it did, and the process ends: Ctrl+C or a stop signal from now on
    is ignored, so that one arriving while Python unloads its modules (a second or so after a big
    run) no longer turns a written run's exit status into 130 or 129. Only the entry point calls
    it (main.py), never a caller that goes on running."""
    _ignore_stops()


def files_in_place() -> None:
    """Every file of the run is in place: the run is written, so a stop from now on (Ctrl+C, a stop
    signal) is ignored until the command ends, rather than reported as "nothing was written" (or
    arriving as a traceback while the command ends). ``guarded`` puts the handlers back."""
    _ignore_stops()


def _ignore_stops() -> None:
    """Ctrl+C and the STOP_SIGNALS ignored (only the main thread may set handlers)."""
    if threading.current_thread() is not threading.main_thread():
        return
    for number in (signal.SIGINT, *STOP_SIGNALS):
        with contextlib.suppress(ValueError, OSError):
            signal.signal(number, signal.SIG_IGN)


#: The stop signals besides Ctrl+C's: ``kill`` or a service manager (SIGTERM), and a closed terminal
#: window or a dropped SSH session (SIGHUP, where the system has it).
STOP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))

#: What ``signal.signal`` gives back and takes: a function, SIG_DFL or SIG_IGN, or None (set outside Python).
SignalHandler = Callable[[int, FrameType | None], object] | int | signal.Handlers | None


def _stop_on_terminate() -> dict[int, SignalHandler]:
    """Make the STOP_SIGNALS raise KeyboardInterrupt (as Ctrl+C does) while a command runs; returns
    the handlers it replaced (none where none can be set: not the main thread)."""
    def stop(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    earlier: dict[int, SignalHandler] = {}
    if threading.current_thread() is not threading.main_thread():
        return earlier
    for number in STOP_SIGNALS:
        try:
            earlier[number] = signal.signal(number, stop)
        except (ValueError, OSError):
            pass
    return earlier


def quiet_broken_pipe() -> int:
    """The program reading our output stopped (`python main.py segment … | head`): nothing went wrong
    in Clientele, so no message and no log. Standard output goes to the null device so that Python's
    last flush at exit does not complain either; EXIT_BROKEN_PIPE."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # no real file descriptor behind stdout (an embedding program)
        pass
    return EXIT_BROKEN_PIPE


if __name__ == "__main__":
    sys.exit(main())
