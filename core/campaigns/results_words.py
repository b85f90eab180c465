"""A campaign's results in the owner's words (definitions §9): one sentence per row, per offer test,
per coupon figure, and the whole text the command line prints (the workbook's Summary sheet and
the window use the same sentences).

The words follow the verdict. An uplift is said in customers per hundred ("about 9 more of every
100 At Risk customers", its range "likely between 2 and 16"); "too small to tell" always says the
smallest uplift the group sizes could show and how large a control group a clear answer needs.
Coupon redemptions are said as use, never as proof that the offer worked.
"""

from __future__ import annotations

from core.campaigns.results_model import (
    MIN_BUYERS,
    MIN_CONTROL,
    CampaignResults,
    Counts,
    ListResult,
    OfferComparison,
    Verdict,
)
from core.output.money import format_date, format_money, format_number, format_percent

#: What the owner is told about coupon redemptions, every time they are shown.
REDEMPTIONS_ARE_NOT_PROOF = ("Redemptions show who used a code, not that the offer worked: customers who would "
                             "have bought anyway use codes too. The control group answers that.")


class Words:
    """Numbers as the owner reads them, in the campaign's currency and locale."""

    def __init__(self, currency: str = "GBP", locale: str = "en_GB") -> None:
        self.currency, self.locale = currency, locale

    def count(self, n: int) -> str:
        return format_number(n, 0, self.locale)

    def percent(self, fraction: float, decimals: int = 0) -> str:
        return format_percent(fraction * 100, self.locale, decimals=decimals)

    def chance(self, p: float) -> str:
        """"a 93% chance"; "more than a 99% chance" and "less than a 1% chance" at the ends."""
        if p > 0.99:
            return f"more than a {self.percent(0.99)} chance"
        if p < 0.01:
            return f"less than a {self.percent(0.01)} chance"
        return f"a {self.percent(p)} chance"

    def money(self, value: float) -> str:
        return format_money(value, self.currency, self.locale, decimals=0 if abs(value) >= 100 else None)

    def points(self, fraction: float) -> int:
        """A fraction as customers per hundred, rounded (0.087 -> 9)."""
        return int(round(fraction * 100))

    def more_or_fewer(self, fraction: float) -> str:
        """0.09 -> "9 more", -0.03 -> "3 fewer", 0.001 -> "no more"."""
        n = self.points(fraction)
        return f"{n} more" if n > 0 else f"{-n} fewer" if n < 0 else "no more"

    def difference(self, fraction: float) -> str:
        """An uplift seen, in a parenthesis: "9 more of every 100", "no difference"."""
        n = self.points(fraction)
        return f"{self.more_or_fewer(fraction)} of every 100" if n else "no difference"

    def between(self, low: float, high: float) -> str:
        """The range of an uplift, after "about 9 more" or "about 5 fewer": "between 2 and 16" when
        both ends are on one side of zero, else "between 3 fewer and 16 more"."""
        lo, hi = self.points(low), self.points(high)
        if lo >= 0 and hi >= 0:
            return f"between {lo} and {hi}"
        if lo <= 0 and hi <= 0:
            return f"between {-hi} and {-lo}"
        return f"between {-lo} fewer and {hi} more"

    def group(self, counts: Counts, what: str) -> str:
        """"23 mailed (7 bought, 30 %)"."""
        rate = f", {self.percent(counts.rate)}" if counts.rate is not None else ""
        return f"{self.count(counts.customers)} {what} ({self.count(counts.buyers)} bought{rate})"


def _offer(row: ListResult) -> str:
    """What was sent, as said inside a sentence: 'the offer "…"', 'offer B ("…")', 'the mailing'."""
    if row.is_total:
        return "the mailing"
    if row.variant:
        return f'offer {row.variant} ("{row.offer_title}")' if row.offer_title else f"offer {row.variant}"
    return f'the offer "{row.offer_title}"' if row.offer_title else "the mailing"


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _whom(row: ListResult) -> str:
    return "customers" if row.is_total else f"{row.list_name} customers"


def too_small_sentence(row: ListResult, words: Words) -> str:
    """Why a row is too small to tell, with what its sizes can detect and what a clear answer needs."""
    m, c = row.mailed.customers, row.control.customers
    if m == 0:
        return (f"Nothing to measure: nobody on {'any list' if row.is_total else row.list_name} was mailed "
                "(everyone who could be was kept in the control group).")
    if c == 0:
        return (f"Too small to tell: no control group was kept for {row.list_name} (the list was too small for "
                f"one), so there is nothing to compare with. Keep at least {MIN_CONTROL} of its customers back "
                "next time.")
    if row.buyers == 0:
        return ("Too small to tell: nobody in either group bought within the response window, so nothing can be "
                "compared yet.")
    text = "Too small to tell: "
    if c >= MIN_CONTROL and row.buyers < MIN_BUYERS:
        text += (f"only {words.count(row.buyers)} customer{'s' if row.buyers != 1 else ''} of the two groups "
                 f"bought within the window (at least {MIN_BUYERS} are needed). ")
    seen = f" (seen: {words.difference(row.uplift)})" if row.uplift is not None else ""
    if row.min_detectable_uplift is not None and row.min_detectable_uplift >= 1:
        text += (f"with {words.count(m)} mailed and {words.count(c)} in the control group, not even the largest "
                 f"possible uplift would show{seen}.")
    elif row.min_detectable_uplift is not None:
        text += (f"with {words.count(m)} mailed and {words.count(c)} in the control group, only an uplift of "
                 f"{words.points(row.min_detectable_uplift)} points or more would show{seen}.")
    need = row.control_needed
    if need is not None:
        target = words.points(need.uplift)
        if need.control is not None and need.control > c:
            text += (f" To see an uplift of {target} points, a control group of about {words.count(need.control)} "
                     "would be needed.")
        elif need.control is None:
            text += (f" To see an uplift of {target} points, both groups would need about "
                     f"{words.count(need.each)} customers: with {words.count(m)} mailed, no control group alone "
                     "would do.")
    return text


def row_sentence(row: ListResult, words: Words) -> str:
    """The verdict of one row in words (see the module docstring)."""
    if row.verdict == Verdict.TOO_SMALL or row.uplift is None or row.uplift_low is None or row.uplift_high is None:
        return too_small_sentence(row, words)
    offer, whom = _offer(row), _whom(row)
    subject = _cap(offer)
    span = words.between(row.uplift_low, row.uplift_high)
    chance = words.chance(row.p_better) if row.p_better is not None else "an unknown chance"
    amount = f"about {words.more_or_fewer(row.uplift)} of every 100 {whom}"
    if row.verdict == Verdict.HELPED:
        text = f"{subject} brought back {amount} than no mail at all (likely {span}); it very probably helped."
    elif row.verdict == Verdict.LIKELY_HELPED:
        text = (f"{subject} brought back {amount} than no mail at all (likely {span}): it probably helped "
                f"({chance}), but no effect at all is not ruled out.")
    elif row.verdict == Verdict.HURT:
        text = (f"After {offer}, {amount} bought than with no mail at all (likely {span}); it very probably "
                "did harm.")
    elif row.verdict == Verdict.LIKELY_HURT:
        text = (f"After {offer}, {amount} bought than with no mail at all (likely {span}): it probably did harm "
                f"(only {chance} that it helped).")
    else:
        text = (f"{subject}: the mailed and the control customers bought about as often ({amount}, likely "
                f"{span}); this cannot tell whether it helped ({chance} that it did).")
    if row.extra_revenue is not None and row.extra_revenue_low is not None and row.extra_revenue_high is not None:
        text += (f" Extra revenue: about {words.money(row.extra_revenue)} (likely between "
                 f"{words.money(row.extra_revenue_low)} and {words.money(row.extra_revenue_high)}).")
    return text


def coupon_sentence(row: ListResult, words: Words) -> str:
    """The row's coupon redemptions as use, never as proof ("" when none was used)."""
    k = row.coupons
    if k.redeemed == 0:
        return ""
    text = (f"{words.count(k.redeemed)} of its {words.count(row.mailed.customers)} coupon codes were used "
            f"({words.money(k.revenue)} in the orders that carried them)")
    if k.used_by_others:
        text += f", {words.count(k.used_by_others)} of them by someone other than the customer it was sent to"
    return text + "."


def comparison_sentence(comparison: OfferComparison, words: Words) -> str:
    """Offer B against offer A for one list."""
    a, b = f'offer A ("{comparison.a_title}")', f'offer B ("{comparison.b_title}")'
    if comparison.difference is None or comparison.low is None or comparison.high is None:
        return f"{comparison.list_name}: {a} and {b} cannot be compared: one of them was sent to nobody."
    chance = words.chance(comparison.p_b_better) if comparison.p_b_better is not None else "an unknown chance"
    return (f"{comparison.list_name}: {b} brought back about {words.more_or_fewer(comparison.difference)} of every "
            f"100 customers than {a} (likely {words.between(comparison.low, comparison.high)}); there is {chance} "
            f"that B works better. ({words.group(comparison.a, 'got A')}; {words.group(comparison.b, 'got B')}.)")


def many_lists_note(results: CampaignResults) -> str:
    """With several lists, one of them can look clearly better or worse by chance alone: say so
    ("" for one or two rows)."""
    n = len(results.lists)
    if n < 3:
        return ""
    return (f"Read the All lists row first: with {n} rows, one can come out as helped or hurt by chance alone "
            "(a mailing that does nothing still gives each row about one chance in 40 of \"helped\", and as many "
            "of \"hurt\").")


def results_text(results: CampaignResults) -> str:
    """Everything the command line prints: the campaign, the file, each list's sentences, the
    pooled row, the offer tests, the coupons and the warnings."""
    info = results.campaign
    words = Words(info.currency, info.locale)
    day = lambda d: format_date(d, info.locale)  # noqa: E731 - a short local formatter
    lines = [f"Campaign {info.number}" + (f" ({info.name})" if info.name else "") + f": made on {day(info.export_date)}"
             + (f" from purchases up to {day(info.reference_date)}" if info.reference_date else "")
             + f"; sent {day(info.sent_date)}; response window {info.window_days} days "
             f"({day(info.window_start)} to {day(info.window_end)}).",
             f"Newer file: {results.newer_file}, purchases from {day(results.newer_first)} to "
             f"{day(results.newer_latest)}: " + ("the window is complete." if results.window_complete else
                                                   "INCOMPLETE WINDOW, the file ends before the window does."),
             ""]
    for row in results.rows:
        label = f"{row.list_name}" + (f", offer {row.variant}" if row.variant else "")
        lines.append(f"{label}: {words.group(row.mailed, 'mailed')}, {words.group(row.control, 'in the control group')}.")
        lines.append(f"  {row_sentence(row, words)}")
        coupons = coupon_sentence(row, words) if results.coupons_measured and not row.is_total else ""
        if coupons:
            lines.append(f"  {coupons}")
    if results.comparisons:
        lines += ["", "Offer tests:"] + [f"  {comparison_sentence(c, words)}" for c in results.comparisons]
    lines.append("")
    note = many_lists_note(results)
    if note:
        lines.append(note)
    if results.coupons_measured:
        lines.append(REDEMPTIONS_ARE_NOT_PROOF)
    else:
        lines.append("The newer file has no coupon column, so coupon redemptions are not counted (name it with "
                     "--map coupon_code=COLUMN).")
    if results.warnings:
        lines += ["", "Warnings:"] + [f"  - {w.text}" for w in results.warnings]
    return "\n".join(lines)
