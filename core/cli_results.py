"""The command line of campaign results (definitions §8, §9): `python main.py results FILE` and
`python main.py campaigns`.

`results` imports the newer purchases file (with the project's import choices, --sheet, --map,
--date-order, --currency on top), works out the results of a recorded campaign (--campaign N or
latest; --sent-date and --window-days for this look only), prints one sentence per list and
writes --results-out (.csv: the table; .xlsx: Summary and Customers sheets), all or nothing.
`campaigns` lists the recorded campaigns, and with --campaign N changes one's recorded sent date
or response window. Exit status 0, or 2 with a one-line message (core/cli.guarded).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from core.cli import (
    EXIT_OK,
    ArgumentParser,
    check_given,
    error_words,
    files_in_place,
    guarded,
    import_options,
    output_language,
    parse_date,
    terminal_progress,
)
from core.errors import SettingsError
from core.language import Language
from core.logs import setup_logging
from core.progress import sub_progress
from core.words import N_, Phrase, Words


def _window_days(text: str) -> int:
    """--window-days: a whole number of days (checked against the allowed range later)."""
    try:
        return int(text)
    except ValueError:
        raise SettingsError(Phrase('--window-days "{text}" is not a whole number of days.', text=text),
                            "Write for example --window-days 30.") from None


def _add_language(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--language", choices=tuple(language.code for language in Language), metavar="CODE",
                        help="language of what is printed and of the workbook's words: en, de, fr, es, it or nl "
                             "(default: the project's, else en)")


def build_results_parser() -> argparse.ArgumentParser:
    parser = ArgumentParser(prog="python main.py results",
                            description="The results of a recorded campaign, from a newer purchases file.")
    parser.add_argument("file", help="the newer purchases file (.xlsx .xlsm .xls .ods .csv .tsv .txt)")
    parser.add_argument("--sheet", help="sheet to read (default: the one that holds transactions)")
    parser.add_argument("--map", action="append", default=[], metavar="FIELD=COLUMN",
                        help="override the detected mapping (repeatable); coupon_code=COLUMN names the coupon column")
    parser.add_argument("--date-order", choices=("dayfirst", "monthfirst"),
                        help="settle ambiguous text dates such as 03/04/2024")
    parser.add_argument("--currency", metavar="CODE",
                        help="when the amounts mix currencies, keep the rows in this one (EUR, USD...)")
    parser.add_argument("--project", metavar="FILE.json", help="saved settings (the import choices are used)")
    parser.add_argument("--campaign", metavar="N|latest", help="which recorded campaign (default: latest)")
    parser.add_argument("--sent-date", metavar="YYYY-MM-DD", help="when the mailing went out (default: as recorded)")
    parser.add_argument("--window-days", metavar="N", type=_window_days,
                        help="the response window in days (default: as recorded, else 30)")
    parser.add_argument("--results-out", metavar="FILE.csv|.xlsx", help="write the per-list results table")
    _add_language(parser)
    parser.add_argument("--verbose", action="store_true", help="keep a detailed log (clientele-detail.log)")
    return parser


def build_campaigns_parser() -> argparse.ArgumentParser:
    parser = ArgumentParser(prog="python main.py campaigns",
                            description="List the recorded campaigns; with --campaign, change one's sent date "
                                        "or response window.")
    parser.add_argument("--campaign", metavar="N", help="the campaign to change")
    parser.add_argument("--sent-date", metavar="YYYY-MM-DD", help="record when the mailing went out")
    parser.add_argument("--window-days", metavar="N", type=_window_days, help="record the response window in days")
    _add_language(parser)
    parser.add_argument("--verbose", action="store_true", help="keep a detailed log (clientele-detail.log)")
    return parser


def run_results(args: argparse.Namespace, out: TextIO | None = None) -> int:
    """Do `results` for parsed arguments (printing to ``out``, standard output by default); raise
    ClienteleError on bad input."""
    out = out if out is not None else sys.stdout
    from core.campaigns.history import CampaignHistory, check_window_days, parse_campaign_choice  # noqa: PLC0415 - pandas loads after the arguments are checked
    from core.campaigns.results_files import ResultsOutput, check_results_path  # noqa: PLC0415 - as above
    from core.output.atomic import check_targets, write_together  # noqa: PLC0415 - as above

    check_given(args, ("file", "project", "results_out"), ("sheet", "currency", "campaign", "sent_date"))
    number = parse_campaign_choice(args.campaign)
    sent_date = parse_date(args.sent_date, "--sent-date") if args.sent_date is not None else None
    window_days = check_window_days(args.window_days, "--window-days") if args.window_days is not None else None
    inputs = tuple(p for p in (args.file, args.project) if p)
    if args.results_out:
        check_results_path(args.results_out)
        check_targets([args.results_out], inputs)
    project = None
    if args.project:
        from core.project import load_project  # noqa: PLC0415 - as above

        project = load_project(args.project)
    words = Words(output_language(args, project))
    with CampaignHistory() as history:
        history.campaign(number)                 # no campaign, or an unknown number: said before the file is read
        history.refuse_over_mailing(args.results_out, N_("the results"), "results.xlsx")
        from core.campaigns.results import campaign_results  # noqa: PLC0415 - as above
        from core.campaigns.results_words import results_text  # noqa: PLC0415 - as above
        from core.importing.importer import import_purchases  # noqa: PLC0415 - as above

        is_tty = sys.stderr.isatty()
        progress = terminal_progress(is_tty)
        imported = import_purchases(args.file, import_options(args, project), sub_progress(progress, 0.0, 0.8))
        results = campaign_results(history, imported, campaign=number, sent_date=sent_date, language=words.language,
                                   window_days=window_days, progress=sub_progress(progress, 0.8, 0.95))
    # the text is made before the file is written: a failure after writing would say "nothing was written"
    report, said = imported.report.to_text(words), results_text(results, words)
    written = None
    if args.results_out:
        written = ResultsOutput(results, Path(args.results_out), words=words)
        write_together([written], inputs, sub_progress(progress, 0.95, 1.0), files_in_place)
    if is_tty:
        sys.stderr.write("\r" + " " * 70 + "\r")
    print(report, file=out)
    print("", file=out)
    print(said, file=out)
    if written is not None:
        print("\n" + words.t("Results written to {path}", path=args.results_out), file=out)
        if written.cut_cells:
            print("  " + words.n(  # English keeps its "(s)" in both forms
                "{n} text cell(s) longer than a spreadsheet cell holds were cut, ending with \"…\".",
                "{n} text cell(s) longer than a spreadsheet cell holds were cut, ending with \"…\".", written.cut_cells), file=out)
    return EXIT_OK


def run_campaigns(args: argparse.Namespace, out: TextIO | None = None) -> int:
    """Do `campaigns` for parsed arguments: change one campaign if asked, then list them all."""
    out = out if out is not None else sys.stdout
    from core.campaigns.history import CampaignHistory, check_window_days, parse_campaign_choice  # noqa: PLC0415 - pandas loads after the arguments are checked

    check_given(args, (), ("campaign", "sent_date"))
    change = args.sent_date is not None or args.window_days is not None
    if change and not args.campaign:
        raise SettingsError("--sent-date and --window-days change a recorded campaign: say which one.",
                            "Add --campaign N (the numbers are listed by python main.py campaigns).")
    number = parse_campaign_choice(args.campaign) if args.campaign else None
    sent_date: dt.date | None = parse_date(args.sent_date, "--sent-date") if args.sent_date is not None else None
    window_days = check_window_days(args.window_days, "--window-days") if args.window_days is not None else None
    words = Words(output_language(args, None))
    with CampaignHistory() as history:
        if number is not None and not change:
            history.campaign(number)   # (--campaign 999 alone: said, rather than every campaign listed)
        if change:
            info = history.change(history.campaign(number).number, sent_date=sent_date, window_days=window_days)
            print(words.t("Campaign {number} now: sent {sent}, response window {days} days ({start} to {end}).",
                    number=info.number, sent=info.sent_date.isoformat(), days=info.window_days,
                    start=info.window_start.isoformat(), end=info.window_end.isoformat()) + "\n", file=out)
        campaigns = history.campaigns()
        if not campaigns:
            print(words.t("No campaign has been recorded yet: export a mailing list first "
                    "(python main.py segment FILE --mailing-out mailing.xlsx)."), file=out)
            return EXIT_OK
        print(words.t("Recorded campaigns ({path}):", path=history.path), file=out)
        heads = [words.t(h) for h in (N_("number"), N_("made"), N_("sent"), N_("window"), N_("mailed"), N_("control"))]
        rows = [[str(info.number), info.export_date.isoformat(), info.sent_date.isoformat(),
                 f"{info.window_days} {words.t('d.')}", words.count(info.mailed), words.count(info.control),
                 ", ".join(_list_shown(name, words) for name in info.lists)] for info in campaigns]
        widths = [max(len(cell) for cell in column) for column in zip(heads, *[row[:6] for row in rows], strict=True)]
        left = (False, True, True, False, False, False)    # (dates to the left, numbers to the right)
        for cells in [[*heads, words.t("lists")], *rows]:
            print("  ".join(c.ljust(w) if lft else c.rjust(w) for c, w, lft in zip(cells, widths, left, strict=False))
                  + "  " + cells[6], file=out)
        if history.exports_without_mailing:
            print(words.n(  # English keeps its "(s)" in both forms
                "({n} earlier export(s) mailed nobody and are not campaigns.)",
                "({n} earlier export(s) mailed nobody and are not campaigns.)", history.exports_without_mailing), file=out)
    return EXIT_OK


def main_results(argv: Sequence[str]) -> int:
    """Entry point for `python main.py results …`."""
    if argv and argv[0] in ("-h", "--help"):
        build_results_parser().print_help()
        return EXIT_OK

    def work() -> int:
        args = build_results_parser().parse_args(list(argv))
        setup_logging(args.verbose)
        return run_results(args)

    return guarded(work, lambda: error_words(argv, build_results_parser()))


def main_campaigns(argv: Sequence[str]) -> int:
    """Entry point for `python main.py campaigns …`."""
    if argv and argv[0] in ("-h", "--help"):
        build_campaigns_parser().print_help()
        return EXIT_OK

    def work() -> int:
        args = build_campaigns_parser().parse_args(list(argv))
        setup_logging(args.verbose)
        return run_campaigns(args)

    return guarded(work, lambda: error_words(argv, build_campaigns_parser()))


def _list_shown(name: str, words: Words) -> str:
    """A recorded list's name as the mailing's summary showed it ("Verlorene Kunden" for the status
    list Lost; the store keeps names, not kinds)."""
    from core.campaigns import CLOSE_TO_NEXT_TIER, ListKind, MailingList, list_name  # noqa: PLC0415 - pandas loads after the arguments are checked
    from core.schema import PROSPECT, STATUSES  # noqa: PLC0415 - as above

    kind = MailingList.parse(name).kind or (ListKind.STATUS if name in (*STATUSES, PROSPECT) else
                                            ListKind.CLOSE_TO_NEXT_TIER if name == CLOSE_TO_NEXT_TIER else ListKind.SEGMENT)
    return list_name(name, kind, words)
