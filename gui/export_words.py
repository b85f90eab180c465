"""The Export page's words: its notices (channel, consent, shop name) and the summary table.

Every text is marked for translation in the context "ExportWords" and translated where shown
(``words(X)``), so the constants stay the English sources."""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from core.campaigns import Channel, ChannelReach, ExportSummary
from core.output import format_number
from core.words import Words
from gui.translation import window_locale

translate = QCoreApplication.translate


def words(source: str) -> str:
    """One of this module's texts in the window's language."""
    return translate("ExportWords", source)


INTRO = QT_TRANSLATE_NOOP("ExportWords", "Customers who opted out are never included; everyone left out is listed "
                          "with the reason.")
INTRO_NO_CONSENT = QT_TRANSLATE_NOOP("ExportWords", "Everyone left out is listed with the reason. <b>No consent "
                                     "information was found</b>, so Clientele cannot leave out customers who opted out.")
NO_CONSENT_NOTICE = QT_TRANSLATE_NOOP("ExportWords", "<b>No consent information.</b> Neither the purchases file nor a customers file has a "
                     "consent or opt-out column, so everyone with an e-mail address would be mailed, including "
                     "customers who unsubscribed. Add the customers file with their consent (File → Change "
                     "columns and re-import…, “Customer file” box) before you export.")
#: The channel choices, in the order shown.
CHANNEL_CHOICES = {Channel.EMAIL: QT_TRANSLATE_NOOP("ExportWords", "E-mail"),
                   Channel.SMS: QT_TRANSLATE_NOOP("ExportWords", "Text message (a phone list)"),
                   Channel.POST: QT_TRANSLATE_NOOP("ExportWords", "Post (a postal list)")}
#: What the CSV files are for, per channel.
CSV_FOR = {Channel.EMAIL: QT_TRANSLATE_NOOP("ExportWords", "CSV per list for e-mail tools"),
           Channel.SMS: QT_TRANSLATE_NOOP("ExportWords", "CSV per list for text-message tools"),
           Channel.POST: QT_TRANSLATE_NOOP("ExportWords", "CSV per list for a mail merge or labels")}
NO_SHOP_NAME = QT_TRANSLATE_NOOP("ExportWords", "<b>No shop name yet:</b> the messages say “our shop”. Type your "
                                 "shop's name on the Offers page (Your shop).")
#: The words of each channel in "Nobody can be reached by …" (core's Channel.words are English).
CHANNEL_WORDS = {Channel.EMAIL: QT_TRANSLATE_NOOP("ExportWords", "e-mail"),
                 Channel.SMS: QT_TRANSLATE_NOOP("ExportWords", "text message"),
                 Channel.POST: QT_TRANSLATE_NOOP("ExportWords", "post")}
CONTACT_WORDS = {Channel.EMAIL: QT_TRANSLATE_NOOP("ExportWords", "an e-mail address"),
                 Channel.SMS: QT_TRANSLATE_NOOP("ExportWords", "a phone number"),
                 Channel.POST: QT_TRANSLATE_NOOP("ExportWords", "a postal address")}


def nobody_notice(channel: Channel, reach: dict[Channel, ChannelReach], shop_locale: str | None = None) -> str:
    """Said plainly when the chosen channel reaches nobody, with the channels the data does allow
    (their counts as the window's language writes numbers: ``window_locale`` of ``shop_locale``)."""
    locale = window_locale(shop_locale)
    others = [translate("ExportWords", "%1 reaches %2").replace("%1", words(CHANNEL_CHOICES[c]).lower())
              .replace("%2", format_number(r.reachable, 0, locale)) for c, r in reach.items() if c is not channel and r.reachable]
    if channel is Channel.EMAIL:
        why = translate("ExportWords", "<b>Nobody can be e-mailed:</b>") + " " + (
            translate("ExportWords", "this file has no e-mail addresses.") if not reach[channel].with_contact
            else translate("ExportWords", "no customer has an e-mail address they may be mailed at."))
        fix = translate("ExportWords", "Add a customers file with e-mail addresses (File → Change columns and re-import…, "
                    "“Customer file” box)")
    else:
        why = (translate("ExportWords", "<b>Nobody can be reached by %1:</b> no customer has %2 they may be contacted at.")
               .replace("%1", words(CHANNEL_WORDS[channel])).replace("%2", words(CONTACT_WORDS[channel])))
        fix = translate("ExportWords", "Add a customers file with these details (File → Change columns and re-import…)")
    if others:
        return why + " " + (translate("ExportWords", "But %1: choose that channel under How. Or: %2.")
                            .replace("%1", translate("ExportWords", " and ").join(others)).replace("%2", fix[:1].lower() + fix[1:]))
    return why + " " + translate("ExportWords", "The files have no usable e-mail address, phone number or postal address either. "
                             "%1.").replace("%1", fix)
ASK_WITHOUT_CONSENT = QT_TRANSLATE_NOOP("ExportWords", "The last export of this analysis knew who agreed to e-mails, but this one has no consent "
                       "information at all (was the customers file removed, or its consent column?). Without "
                       "it, everyone with an e-mail address is mailed, including customers who opted out.\n\n"
                       "Export anyway?")
SUMMARY_HEADERS = {"list": QT_TRANSLATE_NOOP("ExportWords", "List"),
                   "customers": QT_TRANSLATE_NOOP("ExportWords", "Customers"),
                   "mailed": QT_TRANSLATE_NOOP("ExportWords", "Mailed"),
                   "control": QT_TRANSLATE_NOOP("ExportWords", "Control group"),
                   "left_out": QT_TRANSLATE_NOOP("ExportWords", "Left out (why)"),
                   "offer": QT_TRANSLATE_NOOP("ExportWords", "Offer")}


def summary_headers() -> dict[str, str]:
    """The summary table's headers in the window's language."""
    return {key: words(text) for key, text in SUMMARY_HEADERS.items()}


def summary_frame(summary: ExportSummary, shop_words: Words | None = None) -> pd.DataFrame:
    """One row per written list for the summary table (counts with thousands separators; the list
    names and the reasons in ``shop_words``' language, as the workbook's Left out sheet says them)."""
    w = shop_words or Words()
    rows = []
    for item in summary.lists:
        left = item.left_out_text(w, summary.locale)
        rows.append({"list": w.name(item.name), "customers": item.customers, "mailed": item.mailed,
                     "control": item.control, "left_out": left, "offer": item.offer_title})
    return pd.DataFrame(rows, columns=list(SUMMARY_HEADERS))
