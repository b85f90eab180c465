"""Plain-language help per segment and status: who they are and what to offer them."""

from __future__ import annotations

SEGMENT_HELP = {
    "Champions": ("Bought very recently and buy often — your best customers.",
                  "Thank them: early access, a small gift, ask for a review. No big discount needed."),
    "Loyal Customers": ("Buy often and still fairly recently.",
                        "Reward loyalty: a thank-you gift, points, a tier upgrade."),
    "Potential Loyalists": ("Recent customers with a few orders — could become regulars.",
                            "Give a reason to come back soon: free delivery, a picked recommendation."),
    "New Customers": ("Made their first purchase very recently.",
                      "Welcome them and make the second order easy: a small first-repeat discount."),
    "Promising": ("Bought recently, but only once.",
                  "Show what else you sell; a small voucher for the next visit."),
    "Need Attention": ("Middle of the road: neither recent nor rare — starting to drift.",
                       "A personal recommendation or a limited-time offer."),
    "About To Sleep": ("Have not bought for a while and bought only once or twice.",
                       "A friendly reminder with a modest discount before they forget you."),
    "At Risk": ("Used to buy regularly, but not for a long time.",
                "Win them back: a clear discount and a 'we miss you' message."),
    "Can't Lose Them": ("Were among your most frequent customers, but have gone quiet.",
                        "Your strongest win-back offer, personally worded; ask what went wrong."),
    "Hibernating": ("Bought rarely and long ago.",
                    "A low-cost reminder at most; do not spend much on them."),
    "Other": ("Customers no segment of your map covers.",
              "Edit the segment map so every cell belongs to a segment."),
}

STATUS_HELP = {
    "Active": "Bought within the inactivity window and on their usual rhythm.",
    "Overdue": "Still inside the window, but late by their own rhythm (twice their usual gap).",
    "Inactive": "No purchase within the inactivity window.",
    "Lost": "No purchase for more than twice the inactivity window.",
    "Prospect": "In your customer file, but has never bought.",
}


def segment_tooltip(name: str, segment=None) -> str:
    """Rich-text tooltip: who they are, what to offer (or the score box of an owner's segment)."""
    who, offer = SEGMENT_HELP.get(name, (None, None))
    if who is None:
        if segment is not None:
            parts = [f"recency score {segment.r[0]}–{segment.r[1]}", f"frequency score {segment.f[0]}–{segment.f[1]}"]
            if segment.m is not None:
                parts.append(f"money score {segment.m[0]}–{segment.m[1]}")
            who = "Customers with " + ", ".join(parts) + "."
        else:
            who = "A segment of your own map."
        offer = "Choose an offer that fits them on the Offers page."
    return f"<b>{name}</b><br>{who}<br><i>What to offer:</i> {offer}"
