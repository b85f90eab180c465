"""Plain-language help: per segment and status (who they are, what to offer them), per score and
tier, and per column of the customer tables (the tooltips of the table headings).

The help per segment and status is translated in the context "SegmentHelp" (keyed by core's
English names), and so are the column help, the score and the tier tooltips."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from core.output import format_money

if TYPE_CHECKING:
    from core.segmentation import Segmentation
    from core.shop import ShopInfo
    from core.words import Words
    from gui.session import Session
    from gui.table_model import DataFrameModel

SEGMENT_HELP = {
    "Champions": (QT_TRANSLATE_NOOP("SegmentHelp", "Bought very recently and buy often — your best customers."),
                  QT_TRANSLATE_NOOP("SegmentHelp", "Thank them: early access, a small gift, ask for a review. No big discount needed.")),
    "Loyal Customers": (QT_TRANSLATE_NOOP("SegmentHelp", "Buy often and still fairly recently."),
                        QT_TRANSLATE_NOOP("SegmentHelp", "Reward loyalty: a thank-you gift, points, a tier upgrade.")),
    "Potential Loyalists": (QT_TRANSLATE_NOOP("SegmentHelp", "Recent customers with a few orders — could become regulars."),
                            QT_TRANSLATE_NOOP("SegmentHelp", "Give a reason to come back soon: free delivery, a picked recommendation.")),
    "New Customers": (QT_TRANSLATE_NOOP("SegmentHelp", "Made their first purchase very recently."),
                      QT_TRANSLATE_NOOP("SegmentHelp", "Welcome them and make the second order easy: a small first-repeat discount.")),
    "Promising": (QT_TRANSLATE_NOOP("SegmentHelp", "Bought recently, but only once."),
                  QT_TRANSLATE_NOOP("SegmentHelp", "Show what else you sell; a small voucher for the next visit.")),
    "Need Attention": (QT_TRANSLATE_NOOP("SegmentHelp", "Middle of the road: neither recent nor rare — starting to drift."),
                       QT_TRANSLATE_NOOP("SegmentHelp", "A personal recommendation or a limited-time offer.")),
    "About To Sleep": (QT_TRANSLATE_NOOP("SegmentHelp", "Have not bought for a while and bought only once or twice."),
                       QT_TRANSLATE_NOOP("SegmentHelp", "A friendly reminder with a modest discount before they forget you.")),
    "At Risk": (QT_TRANSLATE_NOOP("SegmentHelp", "Used to buy regularly, but not for a long time."),
                QT_TRANSLATE_NOOP("SegmentHelp", "Win them back: a clear discount and a 'we miss you' message.")),
    "Can't Lose Them": (QT_TRANSLATE_NOOP("SegmentHelp", "Were among your most frequent customers, but have gone quiet."),
                        QT_TRANSLATE_NOOP("SegmentHelp", "Your strongest win-back offer, personally worded; ask what went wrong.")),
    "Hibernating": (QT_TRANSLATE_NOOP("SegmentHelp", "Bought rarely and long ago."),
                    QT_TRANSLATE_NOOP("SegmentHelp", "A low-cost reminder at most; do not spend much on them.")),
    "Other": (QT_TRANSLATE_NOOP("SegmentHelp", "Customers no segment of your map covers."),
              QT_TRANSLATE_NOOP("SegmentHelp", "Edit the segment map so every cell belongs to a segment.")),
}

STATUS_HELP = {
    "Active": QT_TRANSLATE_NOOP("SegmentHelp", "Bought within the inactivity window and on their usual rhythm."),
    "Overdue": QT_TRANSLATE_NOOP("SegmentHelp", "Still inside the window, but late by their own rhythm (twice their usual gap)."),
    "Inactive": QT_TRANSLATE_NOOP("SegmentHelp", "No purchase within the inactivity window."),
    "Lost": QT_TRANSLATE_NOOP("SegmentHelp", "No purchase for more than twice the inactivity window."),
    "Prospect": QT_TRANSLATE_NOOP("SegmentHelp", "In your customer file, but has never bought."),
}


def status_help(status: str) -> str:
    """What an activity status means, in the window's language ("" for a name that is no status)."""
    return QCoreApplication.translate("SegmentHelp", STATUS_HELP[status]) if status in STATUS_HELP else ""


def segment_tooltip(name: str, segment=None, words: Words | None = None) -> str:
    """Rich-text tooltip: who they are, what to offer (or the score box of an owner's segment); the
    name as the shop's ``words`` name it."""
    def tr(text: str) -> str:
        return QCoreApplication.translate("SegmentHelp", text)

    who, offer = SEGMENT_HELP.get(name, (None, None))
    if who is not None and offer is not None:
        who, offer = tr(who), tr(offer)
    else:
        if segment is not None:
            parts = [QCoreApplication.translate("SegmentHelp", "recency score %1–%2"),
                     QCoreApplication.translate("SegmentHelp", "frequency score %1–%2")]
            scores = [segment.r, segment.f]
            if segment.m is not None:
                parts.append(QCoreApplication.translate("SegmentHelp", "money score %1–%2"))
                scores.append(segment.m)
            # (not "words": that is the shop's words, asked for the name below; a renamed segment crashed here)
            ranges = [p.replace("%1", str(low)).replace("%2", str(high)) for p, (low, high) in zip(parts, scores, strict=True)]
            who = QCoreApplication.translate("SegmentHelp", "Customers with %1.").replace("%1", ", ".join(ranges))
        else:
            who = QCoreApplication.translate("SegmentHelp", "A segment of your own map.")
        offer = QCoreApplication.translate("SegmentHelp", "Choose an offer that fits them on the Offers page.")
    shown = html.escape(name if words is None else words.name(name))   # (an owner's name is text, never markup)
    return f"<b>{shown}</b><br>{who}<br><i>" + QCoreApplication.translate("SegmentHelp", "What to offer:") + f"</i> {offer}"


#: What each customer-table column means (definitions §2–§5), as the tooltip of its heading.
COLUMN_HELP = {  # translated where shown, in the context "SegmentHelp"
    "customer_id": QT_TRANSLATE_NOOP("SegmentHelp", "The customer's number (their e-mail address when the file has none)"),
    "first_purchase": QT_TRANSLATE_NOOP("SegmentHelp", "The date of the first purchase"),
    "last_purchase": QT_TRANSLATE_NOOP("SegmentHelp", "The date of the last purchase"),
    "days_since_last": QT_TRANSLATE_NOOP("SegmentHelp", "Days from the last purchase to the reference date (recency)"),
    "tenure_days": QT_TRANSLATE_NOOP("SegmentHelp", "Days from the first purchase to the reference date"),
    "orders": QT_TRANSLATE_NOOP("SegmentHelp", "Orders (invoices) with a purchase; returns are not orders"),
    "purchase_days": QT_TRANSLATE_NOOP("SegmentHelp", "Days with a purchase"),
    "revenue": QT_TRANSLATE_NOOP("SegmentHelp", "What the customer spent in total, net of returns"),
    "avg_order_value": QT_TRANSLATE_NOOP("SegmentHelp", "Spent in total ÷ orders"),
    "typical_gap_days": QT_TRANSLATE_NOOP("SegmentHelp", "The usual number of days between two purchase days (the median); "
                        "empty with fewer than three purchase days"),
    "overdue_ratio": QT_TRANSLATE_NOOP("SegmentHelp", "Days since the last purchase ÷ the usual gap; 2 or more is Overdue"),
    "revenue_last_12m": QT_TRANSLATE_NOOP("SegmentHelp", "Spent in the 12 months up to the reference date, net of returns"),
    "revenue_prev_12m": QT_TRANSLATE_NOOP("SegmentHelp", "Spent in the 12 months before those"),
    "favourite_category": QT_TRANSLATE_NOOP("SegmentHelp", "The category with the most net spend"),
    "favourite_product": QT_TRANSLATE_NOOP("SegmentHelp", "The product with the most net spend"),
    "r_score": QT_TRANSLATE_NOOP("SegmentHelp", "Recency score, 1 to 5: 5 = bought most recently, compared with your other customers"),
    "f_score": QT_TRANSLATE_NOOP("SegmentHelp", "Frequency score, 1 to 5: 5 = the most orders, compared with your other customers"),
    "m_score": QT_TRANSLATE_NOOP("SegmentHelp", "Money score, 1 to 5: 5 = spent the most, compared with your other customers"),
    "rfm_segment": QT_TRANSLATE_NOOP("SegmentHelp", "The segment the recency and frequency scores place the customer in (Segments page)"),
    "activity_status": QT_TRANSLATE_NOOP("SegmentHelp", "Active; Overdue (late by their own rhythm); Inactive (nothing within the inactivity "
                       "window); Lost (nothing for twice the window); Prospect (never bought)"),
    "declining": QT_TRANSLATE_NOOP("SegmentHelp", "Spent less than half in the last 12 months than in the 12 months before"),
    "tier": QT_TRANSLATE_NOOP("SegmentHelp", "The highest loyalty tier whose threshold the customer's spend reached"),
    "tier_points": QT_TRANSLATE_NOOP("SegmentHelp", "Loyalty points: the spend the tiers count × points per unit, rounded down"),
    "next_tier": QT_TRANSLATE_NOOP("SegmentHelp", "The tier above the customer's"),
    "amount_to_next_tier": QT_TRANSLATE_NOOP("SegmentHelp", "What the customer still has to spend to reach the next tier"),
    "p_alive": QT_TRANSLATE_NOOP("SegmentHelp", "How likely the customer is still a customer (will buy again some day), from how often and how "
               "recently they bought, compared with all your customers"),
    "expected_purchases_365d": QT_TRANSLATE_NOOP("SegmentHelp", "On how many days the customer is expected to buy in the next 365 days"),
    "expected_spend": QT_TRANSLATE_NOOP("SegmentHelp", "What the customer is expected to spend on a day they buy: their own average, pulled "
                      "towards the average of all customers when they bought on few days"),
    "predicted_revenue_365d": QT_TRANSLATE_NOOP("SegmentHelp", "What the customer is expected to spend in the next 365 days: purchase days next "
                              "year × spend per purchase day"),
    "at_stake": QT_TRANSLATE_NOOP("SegmentHelp", "What could be lost: spent in total × how likely the customer is no longer a customer"),
    "next_birthday": QT_TRANSLATE_NOOP("SegmentHelp", "The customer's next birthday on or after the reference date (29 February is 28 February "
                     "in other years)"),
    "next_anniversary": QT_TRANSLATE_NOOP("SegmentHelp", "The next anniversary of the first purchase that marks a year or more"),
    "years_with_us": QT_TRANSLATE_NOOP("SegmentHelp", "Whole years since the first purchase, counted to the end of the anniversary window"),
    "due_product": QT_TRANSLATE_NOOP("SegmentHelp", "The product the customer is due to buy again now (the one they spent most on, if several)"),
    "due_date": QT_TRANSLATE_NOOP("SegmentHelp", "When that product is due: the last purchase of it plus its usual re-buy interval"),
    # the Occasions page's tables (definitions §12)
    "occasion": QT_TRANSLATE_NOOP("SegmentHelp", "The occasion list the customer is on"),
    "day": QT_TRANSLATE_NOOP("SegmentHelp", "The birthday, the anniversary, or the day the product is due"),
    "days_ahead": QT_TRANSLATE_NOOP("SegmentHelp", "Days from the reference date to the day (below 0: a product that fell due a few days ago)"),
    "detail": QT_TRANSLATE_NOOP("SegmentHelp", "Years with you for an anniversary, the product for Due to re-buy"),
    "interval_days": QT_TRANSLATE_NOOP("SegmentHelp", "The usual gap between a customer's purchases of the product: the median, half the gaps "
                     "are shorter"),
    "interval_p25": QT_TRANSLATE_NOOP("SegmentHelp", "A quarter of the gaps are shorter than this (the 25th percentile)"),
    "interval_p75": QT_TRANSLATE_NOOP("SegmentHelp", "A quarter of the gaps are longer than this (the 75th percentile)"),
    "gaps": QT_TRANSLATE_NOOP("SegmentHelp", "Gaps between a customer's purchase days of the product, all customers together"),
    "repeat_customers": QT_TRANSLATE_NOOP("SegmentHelp", "Customers who bought the product on two days or more"),
    "due_now": QT_TRANSLATE_NOOP("SegmentHelp", "Customers due to buy this product again now (one due for two products counts for both; "
               "their message names the one they spent most on)"),
}

#: What each occasion list holds (definitions §12), for tooltips.
OCCASION_HELP = {  # translated where shown, in the context "SegmentHelp"
    "Birthday soon": QT_TRANSLATE_NOOP("SegmentHelp", "Customers whose birthday comes within the window after the "
                                       "reference date (from either file; the year is not needed)"),
    "Anniversary soon": QT_TRANSLATE_NOOP("SegmentHelp", "Customers whose first purchase has its anniversary (one "
                                          "year or more) within the window"),
    "Due to re-buy": QT_TRANSLATE_NOOP("SegmentHelp", "Customers whose last purchase of a product plus its usual "
                                       "re-buy interval falls within the window: time for a restock reminder"),
}

#: A score's tooltip without a score, and with one (%1), per dimension (translated where shown).
SCORE_WORDS = {
    "r": (QT_TRANSLATE_NOOP("SegmentHelp", "Recency score: none (not scored)"),
          QT_TRANSLATE_NOOP("SegmentHelp", "Recency score %1 of 5 (5 = bought most recently, compared with your "
                            "other customers)")),
    "f": (QT_TRANSLATE_NOOP("SegmentHelp", "Frequency score: none (not scored)"),
          QT_TRANSLATE_NOOP("SegmentHelp", "Frequency score %1 of 5 (5 = the most orders, compared with your other "
                            "customers)")),
    "m": (QT_TRANSLATE_NOOP("SegmentHelp", "Money score: none (not scored)"),
          QT_TRANSLATE_NOOP("SegmentHelp", "Money score %1 of 5 (5 = spent the most, compared with your other "
                            "customers)")),
}

#: What the tiers count, in words that follow "spent at least £500 …" (translated where shown).
TIER_BASIS_WORDS = {"last_12m": QT_TRANSLATE_NOOP("SegmentHelp", "in the last 12 months"),
                    "lifetime": QT_TRANSLATE_NOOP("SegmentHelp", "since their first purchase"),
                    "calendar_year": QT_TRANSLATE_NOOP("SegmentHelp", "this calendar year")}


def _help(text: str) -> str:
    """A text of this module's tables, in the window's language."""
    return QCoreApplication.translate("SegmentHelp", text)


def column_help(column: str) -> str:
    """The tooltip of a table heading: what the column means, and its name in exports."""
    words = COLUMN_HELP.get(column)
    return f"{_help(words)} ({column})" if words else column


def score_tooltip(dimension: str, value: object) -> str:
    """"Recency score 4 of 5 …" for a score cell (``dimension`` r, f or m)."""
    none, scored = SCORE_WORDS[dimension]
    if value is None or value != value:
        return _help(none)
    return _help(scored).replace("%1", str(int(float(str(value)))))


def tier_tooltip(name: str, thresholds: Sequence[tuple[str, float]], basis: str, currency: str,
                 locale: str, words: Words | None = None) -> str:
    """"Gold: spent at least £2,100 in the last 12 months; next: Platinum from £5,500", the tiers
    named in the shop's ``words``."""
    names = [tier for tier, _ in thresholds]
    if name not in names:
        return name

    def shown(tier: str) -> str:
        return tier if words is None else words.name(tier)

    index = names.index(name)
    when = _help(TIER_BASIS_WORDS[basis]) if basis in TIER_BASIS_WORDS else ""

    def money(value: float) -> str:
        return format_money(value, currency, locale, drop_zero_cents=True)

    if index == 0:
        text = QCoreApplication.translate("SegmentHelp", "%1: the first tier, for everyone below the next").replace(
            "%1", shown(name))
    else:
        text = QCoreApplication.translate("SegmentHelp", "%1: spent at least %2 %3").replace("%1", shown(name)).replace(
            "%2", money(thresholds[index][1])).replace("%3", when)
    if index + 1 < len(thresholds):
        following, threshold = thresholds[index + 1]
        text += QCoreApplication.translate("SegmentHelp", "; next: %1 from %2").replace("%1", shown(following)).replace(
            "%2", money(threshold)) + (f" {when}" if index == 0 else "")
    return text


def tier_tooltips(segmentation: Segmentation, currency: str, locale: str,
                  words: Words | None = None) -> dict[str, str]:
    """The tooltip of every tier of ``segmentation``, by (English) name, in the shop's ``words``."""
    thresholds = list(segmentation.tier_thresholds)
    basis = segmentation.settings.tiers.basis
    return {name: tier_tooltip(name, thresholds, basis, currency, locale, words) for name, _ in thresholds}


class LabelTooltips(QObject):
    """The segment and tier tooltips of one table, built once per segmentation and shop: a dict per
    kind keyed by the (English) name, so a hovered cell costs a dictionary lookup. Each tooltip
    names the shop's words, read from its translation catalogue once per build, not per cell;
    a new segmentation (the session's ``segmentation_changed``) or another shop (its currency,
    its language) builds them again when next asked."""

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._shop: ShopInfo | None = None
        self._words: Words | None = None
        self._segments: dict[str, str] = {}
        self._tiers: dict[str, str] = {}
        session.segmentation_changed.connect(self.clear)

    def clear(self) -> None:
        """Forget what was built (the segmentation changed): built again at the next hover."""
        self._shop = None

    def _words_now(self) -> Words:
        shop = self._session.shop_info()
        if self._words is None or shop != self._shop:
            self._build(shop)
        assert self._words is not None
        return self._words

    def _build(self, shop: ShopInfo) -> None:
        from core.segmentation import segment_names  # noqa: PLC0415 - core.segmentation loads with the analysis

        words = shop.words()
        seg = self._session.segmentation
        names = segment_names(seg.settings.segment_map) if seg is not None else list(SEGMENT_HELP)
        self._segments = {name: segment_tooltip(name, words=words) for name in names}
        self._tiers = tier_tooltips(seg, shop.currency, shop.locale, words) if seg is not None else {}
        self._shop, self._words = shop, words

    def segment(self, value: object) -> str:
        """The tooltip of a segment cell ("" for an empty one)."""
        if not isinstance(value, str):
            return ""
        words = self._words_now()
        tip = self._segments.get(value)
        if tip is None:   # (a name not in the map: worded once, kept with the others)
            tip = self._segments[value] = segment_tooltip(value, words=words)
        return tip

    def tier(self, value: object) -> str:
        """The tooltip of a tier cell: its threshold and the next tier's ("" for an empty one)."""
        if self._session.segmentation is None or not isinstance(value, str):
            return ""
        self._words_now()
        return self._tiers.get(value, value)


def add_label_tooltips(model: DataFrameModel, session: Session) -> None:
    """Tooltips on the score, segment, status and tier cells of a customer table (tiers from the
    session's current segmentation, in the shop's currency); the segment and tier tooltips are
    built once per segmentation and shop (LabelTooltips), not per hovered cell."""
    for dimension in SCORE_WORDS:
        model.set_column_tooltip(f"{dimension}_score", lambda value, d=dimension: score_tooltip(d, value))
    labels = LabelTooltips(session, model)
    model.set_column_tooltip("rfm_segment", labels.segment)
    model.set_column_tooltip("activity_status", lambda value: status_help(str(value)))
    model.set_column_tooltip("tier", labels.tier)
    model.set_column_tooltip("next_tier", labels.tier)
