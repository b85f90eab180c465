"""The Export page's words: its notices (channel, consent, shop name) and the summary table."""

from __future__ import annotations

import pandas as pd

from core.campaigns import Channel, ChannelReach, ExportSummary
from core.output import format_number

INTRO = ("<h3>Export</h3>Customers who opted out are never included; everyone left out is listed with "
         "the reason.")
INTRO_NO_CONSENT = ("<h3>Export</h3>Everyone left out is listed with the reason. <b>No consent information "
                    "was found</b>, so Clientele cannot leave out customers who opted out.")
NO_CONSENT_NOTICE = ("<b>No consent information.</b> Neither the purchases file nor a customers file has a "
                     "consent or opt-out column, so everyone with an e-mail address would be mailed, including "
                     "customers who unsubscribed. Add the customers file with their consent (File → Change "
                     "columns and re-import…, “Customer file” box) before you export.")
#: The channel choices, in the order shown.
CHANNEL_CHOICES = {Channel.EMAIL: "E-mail", Channel.SMS: "Text message (a phone list)",
                   Channel.POST: "Post (a postal list)"}
#: What the CSV files are for, per channel.
CSV_FOR = {Channel.EMAIL: "CSV per list for e-mail tools", Channel.SMS: "CSV per list for text-message tools",
           Channel.POST: "CSV per list for a mail merge or labels"}
NO_SHOP_NAME = ("<b>No shop name yet:</b> the messages say “our shop”. Type your shop's name on the Offers page "
                "(Your shop).")


def nobody_notice(channel: Channel, reach: dict[Channel, ChannelReach]) -> str:
    """Said plainly when the chosen channel reaches nobody, with the channels the data does allow."""
    others = [f"{CHANNEL_CHOICES[c].lower()} reaches {format_number(r.reachable, 0)}"
              for c, r in reach.items() if c is not channel and r.reachable]
    if channel is Channel.EMAIL:
        why = ("<b>Nobody can be e-mailed:</b> " + ("this file has no e-mail addresses." if not reach[channel].with_contact
                                                    else "no customer has an e-mail address they may be mailed at."))
        fix = ("Add a customers file with e-mail addresses (File → Change columns and re-import…, “Customer file” "
               "box)")
    else:
        why = (f"<b>Nobody can be reached by {channel.words}:</b> no customer has {channel.contact_words} they may "
               "be contacted at.")
        fix = "Add a customers file with these details (File → Change columns and re-import…)"
    if others:
        return f"{why} But {' and '.join(others)}: choose that channel under How. Or: {fix.lower()}."
    return f"{why} The files have no usable e-mail address, phone number or postal address either. {fix}."
ASK_WITHOUT_CONSENT = ("The last export of this analysis knew who agreed to e-mails, but this one has no consent "
                       "information at all (was the customers file removed, or its consent column?). Without "
                       "it, everyone with an e-mail address is mailed, including customers who opted out.\n\n"
                       "Export anyway?")
SUMMARY_HEADERS = {"list": "List", "customers": "Customers", "mailed": "Mailed", "control": "Control group",
                   "left_out": "Left out (why)", "offer": "Offer"}


def summary_frame(summary: ExportSummary) -> pd.DataFrame:
    """One row per written list for the summary table (counts with thousands separators)."""
    rows = []
    for item in summary.lists:
        left = ", ".join(f"{format_number(n, 0, summary.locale)} {reason}" for reason, n in (item.left_out or {}).items()
                         if n and "control" not in str(reason).lower())
        rows.append({"list": item.name, "customers": item.customers, "mailed": item.mailed,
                     "control": item.control, "left_out": left, "offer": item.offer_title})
    return pd.DataFrame(rows, columns=list(SUMMARY_HEADERS))
