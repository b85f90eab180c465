"""A campaign's results in the owner's words (definitions §9): one sentence per row, per offer test,
per coupon figure, and the whole text the command line prints (the workbook's Summary sheet and
the window use the same sentences).

The words follow the verdict. An uplift is said in customers per hundred ("about 9 more of every
100 At Risk customers", its range "likely between 2 and 16"); "too small to tell" always says the
smallest uplift the group sizes could show and how large a control group a clear answer needs.
Coupon redemptions are said as use, never as proof that the offer worked.

Every sentence is a key of core/words.py's catalogues: ``Words(currency, locale, language_words)``
writes numbers in the campaign's currency and locale and the words in ``language_words``' language
(English, the keys themselves, by default).
"""

from __future__ import annotations

from core.campaigns.results_model import (
    ALL_LISTS,
    MIN_BUYERS,
    MIN_CONTROL,
    CampaignResults,
    Counts,
    ListResult,
    OfferComparison,
    Verdict,
)
from core.output.money import format_date, format_money, format_number, format_percent
from core.words import N_
from core.words import Words as LanguageWords

#: What the owner is told about coupon redemptions, every time they are shown.
REDEMPTIONS_ARE_NOT_PROOF = N_("Redemptions show who used a code, not that the offer worked: customers who would "
                                "have bought anyway use codes too. The control group answers that.")
#: A verdict as the owner reads it (``words.t(row.verdict.value)``): the keys of the verdicts' words.
VERDICT_WORDS = (N_("too small to tell"), N_("helped"), N_("hurt"), N_("likely helped"), N_("likely hurt"),
                 N_("inconclusive"))
#: The results table's cells: an uplift in points ("+9 points") and a range ("+2 to +16", "£10 to £90").
POINTS = N_("{points} points")
FROM_TO = N_("{low} to {high}")


class Words:
    """Numbers as the owner reads them, in the campaign's currency and locale, and the sentences in
    the language of ``language_words`` (English by default)."""

    def __init__(self, currency: str = "GBP", locale: str = "en_GB", language_words: LanguageWords | None = None) -> None:
        self.currency, self.locale = currency, locale
        self.language_words = language_words if language_words is not None else LanguageWords()

    def t(self, text: str, /, **values: object) -> str:
        """``text`` (a key) in the sentences' language."""
        return self.language_words.t(text, **values)

    def n(self, singular: str, plural: str, count: int, /, **values: object) -> str:
        """The form of ``singular``/``plural`` that ``count`` takes, in the sentences' language."""
        return self.language_words.n(singular, plural, count, **values)

    def list_name(self, name: str) -> str:
        """A list's name: "All lists" and default segment, status or tier names in the language."""
        return self.t(ALL_LISTS) if name == ALL_LISTS else self.language_words.name(name)

    def count(self, n: int) -> str:
        return format_number(n, 0, self.locale)

    def percent(self, fraction: float, decimals: int = 0) -> str:
        return format_percent(fraction * 100, self.locale, decimals=decimals)

    def chance(self, p: float) -> str:
        """"a 93% chance"; "more than a 99% chance" and "less than a 1% chance" at the ends."""
        if p > 0.99:
            return self.t("more than a {percent} chance", percent=self.percent(0.99))
        if p < 0.01:
            return self.t("less than a {percent} chance", percent=self.percent(0.01))
        if round(p * 100) in _SAID_WITH_AN:   # ("an 80% chance", "an 11% chance": the number's sound)
            return self.t("an {percent} chance", percent=self.percent(p))
        return self.t("a {percent} chance", percent=self.percent(p))

    def money(self, value: float) -> str:
        return format_money(value, self.currency, self.locale, decimals=0 if abs(value) >= 100 else None)

    def points(self, fraction: float) -> int:
        """A fraction as customers per hundred, rounded (0.087 -> 9)."""
        return int(round(fraction * 100))

    def more_or_fewer(self, fraction: float) -> str:
        """0.09 -> "9 more", -0.03 -> "3 fewer", 0.001 -> "no more"."""
        n = self.points(fraction)
        return self.t("{n} more", n=n) if n > 0 else self.t("{n} fewer", n=-n) if n < 0 else self.t("no more")

    def difference(self, fraction: float) -> str:
        """An uplift seen, in a parenthesis: "9 more of every 100", "no difference"."""
        n = self.points(fraction)
        return self.t("{more_or_fewer} of every 100", more_or_fewer=self.more_or_fewer(fraction)) if n else \
            self.t("no difference")

    def between(self, low: float, high: float) -> str:
        """The range of an uplift, after "about 9 more" or "about 5 fewer": "between 2 and 16" when
        both ends are on one side of zero, else "between 3 fewer and 16 more". An end within one
        customer per hundred of zero keeps a decimal ("between 0.4 fewer and 1 more"), so that a
        range that reaches below zero is never said as "between 0 and 1"."""
        if low >= 0 or high <= 0:
            lo, hi = sorted((abs(low), abs(high)))
            return self.t("between {low} and {high}", low=self._points_text(lo), high=self._points_text(hi))
        return self.t("between {low} fewer and {high} more", low=self._points_text(-low),
                      high=self._points_text(high))

    def _points_text(self, fraction: float) -> str:
        """A non-negative fraction as customers per hundred: whole above one ("9"), else with one
        decimal ("0.4"), as the sentences' locale writes it."""
        per_hundred = fraction * 100
        return format_number(per_hundred, 1 if 0 < per_hundred < 0.95 else 0, self.locale)

    def group(self, counts: Counts, what: str) -> str:
        """"23 mailed (7 bought, 30 %)": ``what`` is "mailed", "in the control group", "got A" or "got B"."""
        rate = f", {self.percent(counts.rate)}" if counts.rate is not None else ""
        return self.n("{customers} {what} ({n} bought{rate})", "{customers} {what} ({n} bought{rate})", counts.buyers,
                      customers=self.count(counts.customers), what=self.t(what), n=self.count(counts.buyers), rate=rate)


#: Percentages said with "an" in English: eight, eleven, eighteen, eighty to eighty-nine.
_SAID_WITH_AN = frozenset({8, 11, 18, *range(80, 90)})


def _offer(row: ListResult, words: Words) -> str:
    """What was sent, as said inside a sentence: 'the offer "…"', 'offer B ("…")', 'the mailing'."""
    if row.is_total:
        return words.t("the mailing")
    if row.variant:
        return (words.t('offer {variant} ("{title}")', variant=row.variant, title=row.offer_title) if row.offer_title
                else words.t("offer {variant}", variant=row.variant))
    return words.t('the offer "{title}"', title=row.offer_title) if row.offer_title else words.t("the mailing")


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _whom(row: ListResult, words: Words) -> str:
    if row.is_total:
        return words.t("customers")
    name = words.list_name(row.list_name)
    whom = words.t("{list} customers", list=name)
    # ("Loyal Customers customers": a name that already ends with the word is said alone)
    return name if whom == f"{name} customers" and name.casefold().endswith("customers") else whom


def row_label(row: ListResult, words: Words) -> str:
    """A row as the text names it: "At Risk", "At Risk, offer B", "All lists"."""
    name = words.list_name(row.list_name)
    return words.t("{list}, offer {variant}", list=name, variant=row.variant) if row.variant else name


def too_small_sentence(row: ListResult, words: Words, total: ListResult | None = None) -> str:
    """Why a row is too small to tell, with what its sizes can detect and what a clear answer needs.
    ``total``: the campaign's All lists row, when known: a mailing that kept no control group at all
    says so on every row, rather than send each list to the All lists row."""
    m, c = row.mailed.customers, row.control.customers
    if m == 0:
        return words.t("Nothing to measure: nobody on {list} was mailed (everyone who could be was kept in the "
                       "control group).", list=words.t("any list") if row.is_total else words.list_name(row.list_name))
    if c == 0 and not row.is_total and total is not None and total.control.customers == 0:
        return words.t("Too small to tell: no control group was kept, so there is nothing to compare with (see All "
                       "lists).")
    if c == 0 and row.is_total:
        return words.t("Too small to tell: this mailing kept no control group on any list (its control share was "
                       "0, or every list was too small to spare one), so there is nothing to compare with. Keep at "
                       "least {least} customers of a list back next time.", least=MIN_CONTROL)
    if c == 0 and m < 2 * MIN_CONTROL:   # (holding {least} back would leave fewer to mail: no advice not worth following)
        return words.n("Too small to tell: no control group was kept for {list}, which had {n} customer: too few to "
                       "measure on its own. Its customers count in the All lists row; a list this small cannot "
                       "spare {least} for a control group.",
                       "Too small to tell: no control group was kept for {list}, which had {n} customers: too few to "
                       "measure on its own. Its customers count in the All lists row; a list this small cannot "
                       "spare {least} for a control group.", m, list=words.list_name(row.list_name),
                       n=words.count(m), least=MIN_CONTROL)
    if c == 0:
        return words.t("Too small to tell: no control group was kept for {list} (none was asked for, or the list was "
                       "too small for one), so there is nothing to compare with. Keep at least {least} of its customers "
                       "back next time.",
                       list=words.list_name(row.list_name), least=MIN_CONTROL)
    if row.buyers == 0:
        return words.t("Too small to tell: nobody in either group bought within the response window, so nothing can "
                       "be compared yet.")
    if row.buyers >= m + c:
        return words.t("Too small to tell: everyone in both groups bought within the response window, so the mailing "
                       "had no room to make a difference that these groups could show.")
    text = ""

    def sentence(part: str) -> str:   # (a sentence after another starts with a capital: "… needed). With 34 …")
        return part[:1].upper() + part[1:] if text else part
    if c >= MIN_CONTROL and row.buyers < MIN_BUYERS:
        text += words.n("only {n} customer of the two groups bought within the window (at least {least} are needed).",
                        "only {n} customers of the two groups bought within the window (at least {least} are needed).",
                        row.buyers, n=words.count(row.buyers), least=MIN_BUYERS) + " "
    elif c >= MIN_CONTROL and m + c - row.buyers < MIN_BUYERS:
        text += words.n("only {n} customer of the two groups did not buy within the window (at least {least} are "
                        "needed: when nearly everyone buys anyway, the mailing has little room to make a difference "
                        "that these groups could show).",
                        "only {n} customers of the two groups did not buy within the window (at least {least} are "
                        "needed: when nearly everyone buys anyway, the mailing has little room to make a difference "
                        "that these groups could show).",
                        m + c - row.buyers, n=words.count(m + c - row.buyers), least=MIN_BUYERS) + " "
    seen = " " + words.t("(seen: {difference})", difference=words.difference(row.uplift)) if row.uplift is not None \
        else ""
    if row.min_detectable_uplift is not None and row.min_detectable_uplift >= 1:
        text += sentence(words.t("with {mailed} mailed and {control} in the control group, not even the largest "
                                 "possible uplift would show{seen}.", mailed=words.count(m), control=words.count(c),
                                 seen=seen))
    elif row.min_detectable_uplift is not None:
        text += sentence(words.t("with {mailed} mailed and {control} in the control group, only an uplift of {points} "
                                 "points or more would show{seen}.", mailed=words.count(m), control=words.count(c),
                                 points=words.points(row.min_detectable_uplift), seen=seen))
    if not text.strip():   # (nothing above applies: say so rather than end on "Too small to tell:")
        text = words.t("the groups are too small for a clear answer ({mailed} mailed, {control} in the control "
                       "group).", mailed=words.count(m), control=words.count(c))
    need = row.control_needed
    if need is not None:
        target = words.points(need.uplift)
        if need.control is not None and need.control > c:
            text += " " + words.t("To see an uplift of {points} points, a control group of about {control} would be "
                                  "needed.", points=target, control=words.count(need.control))
        elif need.control is None:
            text += " " + words.t("To see an uplift of {points} points, both groups would need about {each} customers: "
                                  "with {mailed} mailed, no control group alone would do.", points=target,
                                  each=words.count(need.each), mailed=words.count(m))
    return words.t("Too small to tell: {why}", why=text)


def row_sentence(row: ListResult, words: Words, total: ListResult | None = None) -> str:
    """The verdict of one row in words (see the module docstring); ``total``: the All lists row."""
    if row.verdict == Verdict.TOO_SMALL or row.uplift is None or row.uplift_low is None or row.uplift_high is None:
        return too_small_sentence(row, words, total)
    offer = _offer(row, words)
    span = words.between(row.uplift_low, row.uplift_high)
    chance = words.chance(row.p_better) if row.p_better is not None else words.t("an unknown chance")
    if words.points(row.uplift):
        amount = words.t("about {more_or_fewer} of every 100 {whom}", more_or_fewer=words.more_or_fewer(row.uplift),
                         whom=_whom(row, words))
    elif row.verdict == Verdict.INCONCLUSIVE:
        amount = words.t("about the same share of {whom}", whom=_whom(row, words))
    else:   # (less than a point, yet a clear direction: "brought back slightly more … than no mail at all")
        amount = (words.t("slightly more {whom}", whom=_whom(row, words)) if row.uplift > 0
                  else words.t("slightly fewer {whom}", whom=_whom(row, words)))
    if row.verdict == Verdict.HELPED:
        text = words.t("{offer} brought back {amount} than no mail at all (likely {span}); it very probably helped.",
                       offer=offer, amount=amount, span=span)
    elif row.verdict == Verdict.LIKELY_HELPED:
        text = words.t("{offer} brought back {amount} than no mail at all (likely {span}): it probably helped "
                       "({chance}), but no effect at all is not ruled out.", offer=offer, amount=amount, span=span,
                       chance=chance)
    elif row.verdict == Verdict.HURT:
        text = words.t("After {offer}, {amount} bought than with no mail at all (likely {span}); it very probably "
                       "did harm.", offer=offer, amount=amount, span=span)
    elif row.verdict == Verdict.LIKELY_HURT:
        text = words.t("After {offer}, {amount} bought than with no mail at all (likely {span}): it probably did "
                       "harm (only {chance} that it helped).", offer=offer, amount=amount, span=span, chance=chance)
    else:
        text = words.t("{offer}: the mailed and the control customers bought about as often ({amount}, likely "
                       "{span}); this cannot tell whether it helped ({chance} that it did).", offer=offer,
                       amount=amount, span=span, chance=chance)
    text = _cap(text)
    if row.extra_revenue is not None and row.extra_revenue_low is not None and row.extra_revenue_high is not None:
        text += " " + words.t("Extra revenue: about {amount} (likely between {low} and {high}).",
                              amount=words.money(row.extra_revenue), low=words.money(row.extra_revenue_low),
                              high=words.money(row.extra_revenue_high))
    return text


def coupon_sentence(row: ListResult, words: Words) -> str:
    """The row's coupon redemptions as use, never as proof ("" when none was used)."""
    k = row.coupons
    if k.redeemed == 0:
        return ""
    values = {"sent": words.count(row.mailed.customers), "revenue": words.money(k.revenue)}   # ({n}: redeemed)
    if k.used_by_others:
        return words.n("{n} of its {sent} coupon codes was used ({revenue} in the orders that carried it), "
                       "{others} of them by someone other than the customer it was sent to.",
                       "{n} of its {sent} coupon codes were used ({revenue} in the orders that carried them), "
                       "{others} of them by someone other than the customer it was sent to.",
                       k.redeemed, others=words.count(k.used_by_others), **values)
    return words.n("{n} of its {sent} coupon codes was used ({revenue} in the orders that carried it).",
                   "{n} of its {sent} coupon codes were used ({revenue} in the orders that carried them).",
                   k.redeemed, **values)


def comparison_sentence(comparison: OfferComparison, words: Words) -> str:
    """Offer B against offer A for one list."""
    a, b = (words.t('offer {variant} ("{title}")', variant=variant, title=title) if title
            else words.t("offer {variant}", variant=variant)
            for variant, title in (("A", comparison.a_title), ("B", comparison.b_title)))
    name = words.list_name(comparison.list_name)
    if comparison.difference is None or comparison.low is None or comparison.high is None:
        return words.t("{list}: {a} and {b} cannot be compared: one of them was sent to nobody.", list=name, a=a, b=b)
    chance = words.chance(comparison.p_b_better) if comparison.p_b_better is not None else words.t("an unknown chance")
    values = {"list": name, "a": a, "b": b, "span": words.between(comparison.low, comparison.high), "chance": chance,
              "got_a": words.group(comparison.a, N_("got A")), "got_b": words.group(comparison.b, N_("got B"))}
    if not words.points(comparison.difference):
        return words.t("{list}: {b} brought back about as many customers as {a} (likely {span}); there is {chance} "
                       "that B works better. ({got_a}; {got_b}.)", **values)
    return words.t("{list}: {b} brought back about {more_or_fewer} of every 100 customers than {a} (likely {span}); "
                   "there is {chance} that B works better. ({got_a}; {got_b}.)",
                   more_or_fewer=words.more_or_fewer(comparison.difference), **values)


def many_lists_note(results: CampaignResults, words: Words | None = None) -> str:
    """With several lists, one of them can look clearly better or worse by chance alone: say so
    ("" for one or two rows)."""
    n = len(results.lists)
    if n < 3:
        return ""
    return (words or Words()).t(
        "Read the All lists row first: with {n} rows, one can come out as helped or hurt by chance alone (a mailing "
        "that does nothing still gives each row about one chance in 40 of \"helped\", and as many of \"hurt\").", n=n)


#: Said when the newer file has no coupon column (the command line adds how to name one).
NO_COUPON_COLUMN = N_("The newer file has no coupon column, so coupon redemptions are not counted.")
#: The command line's words for it, with how to name the column.
NO_COUPON_COLUMN_FLAG = N_("The newer file has no coupon column, so coupon redemptions are not counted (name it "
                            "with --map coupon_code=COLUMN).")


def campaign_lines(results: CampaignResults, words: Words | None = None) -> list[str]:
    """The campaign (number, name, when made and sent, its window) and the newer file (its dates,
    whether the window is complete): the first two lines of the text, and the window's heading."""
    info = results.campaign
    w = words or Words(info.currency, info.locale)
    day = lambda d: format_date(d, info.locale)  # noqa: E731 - a short local formatter
    values = {"number": info.number, "name": f" ({info.own_name})" if info.own_name else "", "made": day(info.export_date),
              "sent": day(info.sent_date), "days": info.window_days, "start": day(info.window_start),
              "end": day(info.window_end)}
    made = (w.t("Campaign {number}{name}: made on {made} from purchases up to {reference}; sent {sent}; response "
                "window {days} days ({start} to {end}).", reference=day(info.reference_date), **values)
            if info.reference_date else
            w.t("Campaign {number}{name}: made on {made}; sent {sent}; response window {days} days ({start} to {end}).",
                **values))
    file_values = {"file": results.newer_file, "first": day(results.newer_first), "latest": day(results.newer_latest)}
    newer = (w.t("Newer file: {file}, purchases from {first} to {latest}: none of them falls in the window.",
                 **file_values)
             if results.newer_first > info.window_end else
             w.t("Newer file: {file}, purchases from {first} to {latest}: the window is complete.", **file_values)
             if results.window_complete else
             w.t("Newer file: {file}, purchases from {first} to {latest}: INCOMPLETE WINDOW, the file ends before the "
                 "window does.", **file_values))
    return [made, newer]


def results_text(results: CampaignResults, language_words: LanguageWords | None = None) -> str:
    """Everything the command line prints: the campaign, the file, each list's sentences, the
    pooled row, the offer tests, the coupons and the warnings (in ``language_words``' language)."""
    info = results.campaign
    words = Words(info.currency, info.locale, language_words)
    lines = [*campaign_lines(results, words), ""]
    for row in results.rows:
        lines.append(words.t("{list}: {mailed}, {control}.", list=row_label(row, words),
                             mailed=words.group(row.mailed, N_("mailed")),
                             control=words.group(row.control, N_("in the control group"))))
        lines.append(f"  {row_sentence(row, words, results.total)}")
        coupons = coupon_sentence(row, words) if results.coupons_measured and not row.is_total else ""
        if coupons:
            lines.append(f"  {coupons}")
    if results.comparisons:
        lines += ["", words.t("Offer tests:")] + [f"  {comparison_sentence(c, words)}" for c in results.comparisons]
    lines.append("")
    note = many_lists_note(results, words)
    if note:
        lines.append(note)
    lines.append(words.t(REDEMPTIONS_ARE_NOT_PROOF) if results.coupons_measured else words.t(NO_COUPON_COLUMN_FLAG))
    if results.warnings:
        lines += ["", words.t("Warnings:")] + [f"  - {w.said(words.language_words)}" for w in results.warnings]
    return "\n".join(lines)
