"""What the Results page shows (definitions §9), made off the GUI thread (no widgets:
the window's own words go through ``QCoreApplication.translate``, context "ResultsView").

:func:`load_results` is the worker function of the page (run by the session's ``results_runner``):
it reads the newer purchases file when the owner chose one (else it uses the import already open),
lists the recorded campaigns (core.campaigns.CampaignHistory), works out the chosen campaign's
results (core.campaigns.campaign_results) and, when they could be worked out with another sent
date or window than recorded, records those in the campaign history (``CampaignHistory.change``):
a look that fails changes nothing. What the owner cannot act on by the command line's flags is said
in the window's words (``problem``); everything else comes from core's words
(core/campaigns/results_words.py) in the shop's language (``ResultsRequest.language``), never
rephrased here.
"""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from core.campaigns import (
    FROM_TO,
    POINTS,
    REDEMPTIONS_ARE_NOT_PROOF,
    CampaignHistory,
    CampaignInfo,
    CampaignResults,
    ListResult,
    Verdict,
    WarningKind,
    Words,
    campaign_lines,
    campaign_results,
    comparison_sentence,
    coupon_sentence,
    many_lists_note,
    row_sentence,
)
from core.errors import ClienteleError, DateOrderNeeded, EndsBeforeWindow, InputError
from core.language import Language
from core.output import format_date, language_locale
from core.progress import ProgressCallback, ensure, sub_progress
from core.words import N_
from core.words import Words as LanguageWords
from gui.translation import window_locale

if TYPE_CHECKING:
    import pandas as pd

    from core.importing import ImportOptions, ImportResult

translate = QCoreApplication.translate


def words_of(source: str) -> str:
    """One of the window's own texts (context "ResultsView") in the window's language."""
    return translate("ResultsView", source)


#: The window's words when the purchases file has no coupon column (core's, without the flag).
NO_COUPONS_HERE = QT_TRANSLATE_NOOP("ResultsView", "The purchases file has no coupon column, so coupon redemptions are not counted. If it has "
                   "one, open it again and choose the column as Coupon code.")
#: The page's columns: (key, heading).
COLUMNS = (
    ("list", QT_TRANSLATE_NOOP("ResultsView", "List")), ("offer", QT_TRANSLATE_NOOP("ResultsView", "Offer")),
    ("mailed", QT_TRANSLATE_NOOP("ResultsView", "Mailed")), ("mailed_buyers", QT_TRANSLATE_NOOP("ResultsView", "Bought")),
    ("mailed_rate", QT_TRANSLATE_NOOP("ResultsView", "Rate")),
    ("mailed_per", QT_TRANSLATE_NOOP("ResultsView", "Per customer")),
    ("control", QT_TRANSLATE_NOOP("ResultsView", "Control")), ("control_buyers", QT_TRANSLATE_NOOP("ResultsView", "Bought")),
    ("control_rate", QT_TRANSLATE_NOOP("ResultsView", "Rate")),
    ("control_per", QT_TRANSLATE_NOOP("ResultsView", "Per customer")),
    ("uplift", QT_TRANSLATE_NOOP("ResultsView", "Uplift")),
    ("interval", QT_TRANSLATE_NOOP("ResultsView", "Likely between")),
    ("chance", QT_TRANSLATE_NOOP("ResultsView", "Chance it helped")),
    ("extra", QT_TRANSLATE_NOOP("ResultsView", "Extra revenue")),
    ("extra_range", QT_TRANSLATE_NOOP("ResultsView", "Likely between")),
    ("verdict", QT_TRANSLATE_NOOP("ResultsView", "Verdict")),
    ("codes", QT_TRANSLATE_NOOP("ResultsView", "Codes used")),
    ("others", QT_TRANSLATE_NOOP("ResultsView", "Used by others")),
    ("control_codes", QT_TRANSLATE_NOOP("ResultsView", "Control customers with a code")),
)


def column_headers() -> dict[str, str]:
    """The table's headers in the window's language."""
    return {key: words_of(heading) for key, heading in COLUMNS}


@dataclass(frozen=True)
class ResultsRequest:
    """What the owner chose on the page: the campaign (None: the latest), the sent date and window
    (None: as recorded), and another purchases file to read (None: the file open now) with the
    import choices for it; core's sentences are written in ``language`` (the shop's)."""

    campaign: int | None = None
    sent_date: dt.date | None = None
    window_days: int | None = None
    newer_path: str | None = None
    options: ImportOptions | None = None
    store: str | None = None        # None: the user's campaign history
    language: Language = Language.ENGLISH
    window_language: Language = Language.ENGLISH     # an error's words, as the window's error dialogs say them


@dataclass(frozen=True)
class Bar:
    """One row of the uplift chart: its label, the uplift and its interval in points (None: none),
    its verdict and whether it is the pooled row."""

    label: str
    uplift: float | None
    low: float | None
    high: float | None
    verdict: Verdict
    is_total: bool


@dataclass
class ResultsView:
    """Everything the page shows after one look: the campaigns to choose from, the campaign shown
    (as recorded after the look), its results (None when they could not be worked out, ``problem``
    says why), the newer file read (kept so that a change of dates does not read it again), the
    table as text, the chart's bars, the incomplete-window banner and the words (HTML)."""

    campaigns: list[CampaignInfo]
    campaign: CampaignInfo | None = None
    results: CampaignResults | None = None
    newer: ImportResult | None = None
    problem: str = ""
    table: pd.DataFrame | None = None
    bars: list[Bar] = field(default_factory=list)
    banner: str = ""
    text: str = ""
    recorded: bool = False          # the sent date or window was recorded for the campaign
    #: ``problem`` is no problem: the file open now ends before the campaign was sent (right after an
    #: export), and the page says how to come back with the newer file, in plain words
    waiting: bool = False


def load_results(request: ResultsRequest, open_file: ImportResult | None, *,
                 progress: ProgressCallback | None = None) -> ResultsView:
    """The page's data for ``request``: the newer file is ``request.newer_path`` read now, else
    ``open_file`` (the import open in the window)."""
    report = ensure(progress)
    newer = open_file
    if request.newer_path:
        from core.importing import import_purchases  # noqa: PLC0415 - loaded with the first look only

        report(0.0, translate("ResultsView", "Reading %1").replace("%1", Path(request.newer_path).name))
        try:
            newer = import_purchases(request.newer_path, request.options, sub_progress(report, 0.0, 0.7),
                                     eager_xlsx=True)
        except DateOrderNeeded as error:
            return ResultsView(campaigns=_campaigns(request),
                               problem=_date_order_words(error, LanguageWords(request.window_language)))
        except ClienteleError as error:
            return ResultsView(campaigns=_campaigns(request), problem=error.text(LanguageWords(request.window_language)))
    with CampaignHistory(request.store) as history:
        campaigns = history.campaigns()
        if not campaigns:
            return ResultsView(campaigns=[], newer=newer if request.newer_path else None)
        chosen = request.campaign if request.campaign in {c.number for c in campaigns} else None
        info = history.campaign(chosen)
        view = ResultsView(campaigns=campaigns, campaign=info, newer=newer if request.newer_path else None)
        if newer is None:
            view.problem = translate("ResultsView", "Open the newer purchases file to see this campaign's results.")
            return view
        report(0.7, translate("ResultsView", "Working out the results"))
        try:
            results = campaign_results(history, newer, campaign=info.number, sent_date=request.sent_date,
                                       language=request.language,
                                       window_days=request.window_days, progress=sub_progress(report, 0.7, 0.98))
        except EndsBeforeWindow as error:
            shown = info.with_window(request.sent_date, request.window_days)
            if request.newer_path:   # (a newer file chosen that is not newer: said as the error it is)
                view.problem = _window_words(error, shown, LanguageWords(request.window_language))
            else:                    # (the file open now, right after an export: come back later)
                view.problem = _waiting_words(shown, error.latest, LanguageWords(request.window_language))
                view.waiting = True
            return view
        except InputError as error:
            view.problem = _window_words(error, info.with_window(request.sent_date, request.window_days),
                                         LanguageWords(request.window_language))
            return view
        changed = (results.campaign.sent_date, results.campaign.window_days) != (info.sent_date, info.window_days)
        if changed:
            view.campaign = history.change(info.number, sent_date=results.campaign.sent_date,
                                           window_days=results.campaign.window_days)
            view.campaigns = history.campaigns()
            view.recorded = True
    view.results = results
    _describe(view, results, LanguageWords(request.language))
    report(1.0, translate("ResultsView", "Results ready"))
    return view


def _campaigns(request: ResultsRequest) -> list[CampaignInfo]:
    with CampaignHistory(request.store) as history:
        return history.campaigns()


def _date_order_words(error: DateOrderNeeded, words: LanguageWords) -> str:
    """Core's advice names the command line's flag; in the window the import answers it."""
    return (_what_is_wrong(error, words) + " "
            + translate("ResultsView", "Open the file with File › Open first (it asks day-first or month-first), then come back "
                       "here and use the file open now."))


def _what_is_wrong(error: ClienteleError, words: LanguageWords) -> str:
    """Where and what is wrong in ``words``' language, without core's advice (it names the flags)."""
    where, message = error.where(words), words.say(error.phrase)
    return words.t("{where}: {message}", where=where, message=message) if where else message


def _waiting_words(info: CampaignInfo, latest: dt.date, words: LanguageWords) -> str:
    """What to do when the file open now ends before the campaign was sent: come back later."""
    locale = language_locale(words.language.code, info.locale)
    return (translate("ResultsView", "Campaign %1 was sent on %2 (set another day above if it went out on another), "
                      "and its response window runs until %3. The purchases open now end on %4, before it was sent: "
                      "once the window has run, export your purchases again and open that file here (Open a newer "
                      "file…) to see whether the offer worked.")
            .replace("%1", str(info.number)).replace("%2", format_date(info.sent_date, locale))
            .replace("%3", format_date(info.window_end, locale)).replace("%4", format_date(latest, locale)))


def _window_words(error: InputError, info: CampaignInfo, words: LanguageWords) -> str:
    """Core's message about the newer file's dates, with what to do in the window (not the flags)."""
    return (_what_is_wrong(error, words) + " "
            + translate("ResultsView", "If the mailing went out earlier than recorded, set the day it was sent above; otherwise "
                       "open a purchases file exported after the response window has run (it ends on %1).")
            .replace("%1", format_date(info.window_end, language_locale(words.language.code, info.locale))))


# ---- the page's text, table and chart ----------------------------------------------------------------
def row_label(row: ListResult, words: Words) -> str:
    """A row's name in the table, the chart and the text: "At Risk", "At Risk · offer B" (core's words)."""
    name = words.list_name(row.list_name)
    return f"{name} · {words.t('offer {variant}', variant=row.variant)}" if row.variant else name


def _describe(view: ResultsView, results: CampaignResults, language_words: LanguageWords) -> None:
    info = results.campaign
    words = Words(info.currency, info.locale, language_words)
    view.table = results_table(results, words)
    view.bars = [Bar(row_label(row, words), row.uplift, row.uplift_low, row.uplift_high, row.verdict, row.is_total)
                 for row in results.rows]
    # (the banner: a file that holds none of the campaign's customers, else an incomplete window)
    view.banner = next((w.said(language_words) for kind in (WarningKind.NO_CAMPAIGN_CUSTOMERS, WarningKind.INCOMPLETE_WINDOW)
                        for w in results.warnings if w.kind == kind), "")
    view.text = results_html(results, words)


def _fraction(words: Words, value: float | None) -> str:
    return "" if value is None else words.percent(value)


def _money(words: Words, value: float | None) -> str:
    return "" if value is None else words.money(value)


def results_table(results: CampaignResults, words: Words) -> pd.DataFrame:
    """One line per row of the results (the pooled row last), every cell as the owner reads it."""
    import pandas as pd  # noqa: PLC0415 - pandas is loaded by then; kept out of the module's import

    lines = []
    for row in results.rows:
        k = row.coupons
        lines.append({
            "list": words.list_name(row.list_name),
            "offer": (f"{row.variant}: " if row.variant else "") + row.offer_title,
            "mailed": words.count(row.mailed.customers), "mailed_buyers": words.count(row.mailed.buyers),
            "mailed_rate": _fraction(words, row.mailed.rate),
            "mailed_per": _money(words, row.mailed.revenue_per_customer),
            "control": words.count(row.control.customers), "control_buyers": words.count(row.control.buyers),
            "control_rate": _fraction(words, row.control.rate),
            "control_per": _money(words, row.control.revenue_per_customer),
            "uplift": "" if row.uplift is None else words.t(POINTS, points=f"{words.points(row.uplift):+d}"),
            "interval": "" if row.uplift_low is None or row.uplift_high is None else
            words.t(FROM_TO, low=f"{words.points(row.uplift_low):+d}", high=f"{words.points(row.uplift_high):+d}"),
            "chance": "" if row.p_better is None else words.percent(row.p_better),
            "extra": _money(words, row.extra_revenue),
            "extra_range": "" if row.extra_revenue_low is None or row.extra_revenue_high is None else
            words.t(FROM_TO, low=words.money(row.extra_revenue_low), high=words.money(row.extra_revenue_high)),
            "verdict": words.t(row.verdict.value),
            "codes": words.count(k.redeemed) if results.coupons_measured else "",
            "others": words.count(k.used_by_others) if results.coupons_measured else "",
            "control_codes": words.count(k.control_users) if results.coupons_measured else "",
        })
    return pd.DataFrame(lines, columns=[key for key, _ in COLUMNS]).astype("string")


def results_html(results: CampaignResults, words: Words) -> str:
    """The words of the page: the campaign and the file, each row's sentence (core's), the offer
    tests, the coupons as redemptions, the note and the warnings."""
    def para(text: str, style: str = "") -> str:
        return f"<p{f' style={chr(34)}{style}{chr(34)}' if style else ''}>{html.escape(text)}</p>"

    parts = [para(line) for line in campaign_lines(results, words)]
    note = many_lists_note(results, words)
    if note:
        parts.append(para(note, "color:#555"))
    for row in results.rows:
        groups = f"{words.group(row.mailed, N_('mailed'))}, {words.group(row.control, N_('in the control group'))}."
        parts.append(f"<p><b>{html.escape(row_label(row, words))}</b>: {html.escape(groups)}<br>"
                     f"{html.escape(row_sentence(row, words, results.total))}</p>")
    if results.comparisons:
        parts.append("<p><b>" + html.escape(translate("ResultsView", "Offer tests")) + "</b></p>")
        parts += [para(comparison_sentence(c, words)) for c in results.comparisons]
    parts.append("<p><b>" + html.escape(translate("ResultsView", "Coupons")) + "</b></p>")
    if results.coupons_measured:
        used = [f"{row_label(row, words)}: {coupon_sentence(row, words)}" for row in results.lists
                if coupon_sentence(row, words)]
        parts += [para(text) for text in used] or [para(translate("ResultsView", "No coupon code of this campaign was used in the window."))]
        parts.append(para(words.t(REDEMPTIONS_ARE_NOT_PROOF), "color:#555"))
    else:
        parts.append(para(words_of(NO_COUPONS_HERE), "color:#555"))
    if results.warnings:
        parts.append("<p><b>" + html.escape(translate("ResultsView", "Warnings")) + "</b></p>")
        parts += [para(w.said(words.language_words), "color:#b2182b") for w in results.warnings]
    return "".join(parts)


def campaign_choice(info: CampaignInfo) -> str:
    """A campaign as the page's list offers it."""
    locale = window_locale(info.locale)     # (the window's sentence: its language's numbers and dates)
    day = format_date(info.export_date, locale, long=False)
    name = f" {info.own_name}" if info.own_name else ""
    count = Words(info.currency, locale).count
    return (translate("ResultsView", "Campaign %1%2 — made %3, %4 mailed, %5 held back").replace("%1", str(info.number))
            .replace("%2", name).replace("%3", day).replace("%4", count(info.mailed)).replace("%5", count(info.control)))
