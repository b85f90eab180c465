"""Which customers each chosen list mails, leaves out (and why) or keeps as control group.

Rules (documented in the user guide):
- A customer in several chosen lists is handled once, in the FIRST chosen list that holds them;
  in later lists they appear on the "Left out" sheet as "in an earlier list (<name>)".
- Reasons, first match: opted out (the customer's own no, a customer with the same id apart from
  case or spaces who said no, or an address an opted-out customer used: consent_book.opt_outs);
  no consent (file has consent info, value empty/unreadable);
  no e-mail; invalid e-mail; duplicate e-mail (across the whole export, the customer with the
  highest revenue keeps the address) — or, for a list by text message or post, no / invalid /
  duplicate phone and no / incomplete / duplicate address (core/campaigns/channels.py);
  control group (seeded share of each list's mailable customers).
- Control-group customers get no coupon and no message; they are recorded in the campaign store.
- A list with an offer test (core/campaigns/offer_test.py) splits its mailed customers, after the
  control draw, between its two offers.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from core.campaigns.channels import CONTACT_REASONS, Channel, Contacts, address_parts, contacts, same_address_keys
from core.campaigns.control_group import pick_control
from core.campaigns.mailing_list import (
    CLOSE_TO_NEXT_TIER,
    STATUS_LABEL_SUFFIX,
    ListKind,
    MailingList,
    migration_path,
)
from core.campaigns.offer_test import OfferTest, pick_variant_b
from core.campaigns.offers import Offer, text_column
from core.contacts import email_key, valid_email
from core.errors import SettingsError
from core.importing.consent import NO, YES, customer_consent
from core.importing.consent_book import ConsentBook, opt_outs
from core.schema import NEW_SOURCE, OCCASIONS, PREVIOUS_SEGMENT, PROSPECT, STATUSES, list_name_key
from core.segmentation.occasions import occasion_members
from core.segmentation.segment_map import DEFAULT_SEGMENT_NAMES
from core.segmentation.settings import DEFAULT_TIER_NAMES
from core.segmentation.summaries import segment_names
from core.words import Phrase

if TYPE_CHECKING:
    from core.segmentation.segment import Segmentation

log = logging.getLogger(__name__)

_KIND_COLUMN = {ListKind.SEGMENT: "rfm_segment", ListKind.STATUS: "activity_status", ListKind.TIER: "tier"}

OPTED_OUT, NO_CONSENT, NO_EMAIL, BAD_EMAIL = "opted out", "no consent", "no e-mail", "invalid e-mail"
DUPLICATE, CONTROL, EARLIER = "duplicate e-mail", "control group", "in an earlier list"
REASONS = (OPTED_OUT, NO_CONSENT, NO_EMAIL, BAD_EMAIL, DUPLICATE, CONTROL, EARLIER)


@dataclass
class PlannedList:
    """One chosen list: its members (by customer-table index) split into mailed / control / left out."""

    name: str
    kind: ListKind
    offer: Offer
    members: pd.Index
    mailed: pd.Index = field(default_factory=lambda: pd.Index([]))
    control: pd.Index = field(default_factory=lambda: pd.Index([]))
    left_out: dict[str, int] = field(default_factory=dict)   # reason -> count
    earlier: pd.Index = field(default_factory=lambda: pd.Index([]))   # handled in an earlier list
    test: OfferTest | None = None                                     # a second offer (definitions §9)
    mailed_b: pd.Index = field(default_factory=lambda: pd.Index([]))  # the mailed who get offer B

    @property
    def everyone(self) -> pd.Index:
        """Every customer of the list, including those handled in an earlier list."""
        return self.members.append(self.earlier)

    @property
    def offer_b(self) -> Offer | None:
        return self.test.offer_b if self.test is not None else None

    @property
    def mailed_a(self) -> pd.Index:
        """The mailed customers who get the list's usual offer (all of them without a test)."""
        return self.mailed.difference(self.mailed_b, sort=False) if len(self.mailed_b) else self.mailed


@dataclass(frozen=True)
class ResolvedList:
    """A list found in a segmentation: its kind, its name as the data spells it, who is in it."""

    kind: ListKind
    name: str
    members: pd.Series            # boolean, on the customer table's index

    @property
    def mailing_list(self) -> MailingList:
        return MailingList(self.kind, self.name)


@dataclass(frozen=True)
class ChosenList:
    """A list picked for the export, resolved, with the offer it gets (and a second one, when the
    owner tests two offers on it)."""

    resolved: ResolvedList
    offer: Offer
    test: OfferTest | None = None


def _values(customers: pd.DataFrame, column: str) -> list[str]:
    if column not in customers:
        return []
    return [str(v) for v in pd.unique(customers[column].dropna())]


def default_lists(segmentation: Segmentation) -> list[MailingList]:
    """Every RFM segment present, in the default map's order (other names after, A-Z)."""
    present = _values(segmentation.customers, "rfm_segment")
    defaults = DEFAULT_SEGMENT_NAMES
    names = [s for s in defaults if s in present] + sorted(s for s in present if s not in defaults)
    return [MailingList(ListKind.SEGMENT, name) for name in names]


def available_lists(segmentation: Segmentation, segment_order: Sequence[str] | None = None) -> list[MailingList]:
    """Every list the owner can pick, in the window's order: the segments present (``segment_order``,
    else the segmentation's map order, then others A-Z), the statuses, the tiers, close to next tier,
    the occasions and the owner's lists (definitions §12), the migration paths (definitions §10)."""
    present = set(segmentation.customers["rfm_segment"].dropna().astype(str))
    order = list(segment_order or []) or [s.name for s in segmentation.settings.segment_map]
    lists = [MailingList(ListKind.SEGMENT, name) for name in order if name in present]
    lists += [MailingList(ListKind.SEGMENT, name) for name in sorted(present) if name not in order]
    lists += [MailingList(ListKind.STATUS, status) for status in STATUSES]
    lists += [MailingList(ListKind.TIER, name) for name, _ in (segmentation.tier_thresholds or [])]
    lists.append(MailingList(ListKind.CLOSE_TO_NEXT_TIER, CLOSE_TO_NEXT_TIER))
    lists += own_lists(segmentation)
    return lists + migration_lists(segmentation)


def migration_lists(segmentation: Segmentation) -> list[MailingList]:
    """With a comparison date (definitions §10), every path of the migration table that holds
    anyone, in the table's order; else none."""
    migration = segmentation.migration
    if migration is None:
        return []
    return [migration_path(a or None, b) for a, b in zip(migration.table["from_segment"],
                                                         migration.table["to_segment"], strict=True)]


def _resolve_path(segmentation: Segmentation, wanted: MailingList) -> ResolvedList:
    """A migration path's customers: previous_segment → rfm_segment (new customers: no previous
    segment); segment names in any case. SettingsError without a comparison or for a name no
    segment has."""
    customers = segmentation.customers
    if PREVIOUS_SEGMENT not in customers:
        raise SettingsError(Phrase('the list "{name}" is a move between two dates, and there is no date to '
                                   "compare with.", name=wanted.name), "Add --compare-to YYYY-MM-DD (in the window: choose a date on the "
                            "Changes page).")
    before, after = wanted.path_ends
    known = ([s.name for s in segmentation.settings.segment_map] + _values(customers, "rfm_segment")
             + _values(customers, PREVIOUS_SEGMENT))
    spelled = {list_name_key(name): name for name in reversed(known)}
    for end in (before, after):
        if end is not None and list_name_key(end) not in spelled:
            raise SettingsError(Phrase('the list "{name}" names "{end}", which is not a segment.',
                                       name=wanted.name, end=end),
                                Phrase("Paths run between segments ({new} for new customers): {known}.",
                                       new=NEW_SOURCE, known=", ".join(dict.fromkeys(known))))
    to_name = spelled[list_name_key(after)]
    from_name = spelled[list_name_key(before)] if before is not None else None
    was = customers[PREVIOUS_SEGMENT]
    came = was.isna() & customers["activity_status"].ne(PROSPECT) if from_name is None else was.eq(from_name)
    mask = came.fillna(False) & customers["rfm_segment"].eq(to_name).fillna(False)
    return ResolvedList(ListKind.MIGRATION, migration_path(from_name, to_name).name, mask.astype(bool))


def unknown_offers(offers: Sequence[Offer], segmentation: Segmentation) -> list[str]:
    """The targets of ``offers`` that name no list this analysis has nor any default list (a name
    misspelt in a project file, or a list since renamed): such an offer is never used, and the
    export says so. Migration paths and "close to next tier" offers are not names to check."""
    known = {list_name_key(m.name) for m in available_lists(segmentation)}
    known |= {list_name_key(name) for name in (*segment_names(segmentation.settings.segment_map), *DEFAULT_SEGMENT_NAMES,
                                           *STATUSES, PROSPECT, *DEFAULT_TIER_NAMES, *OCCASIONS)}
    unknown = []
    for offer in offers:
        if offer.target_kind in (ListKind.MIGRATION, ListKind.CLOSE_TO_NEXT_TIER):
            continue
        if list_name_key(offer.target) not in known and offer.target not in unknown:
            unknown.append(offer.target)
    return unknown


def own_lists(segmentation: Segmentation) -> list[MailingList]:
    """The occasion lists and the owner's saved lists (definitions §12), in that order."""
    return ([MailingList(ListKind.OCCASION, name) for name in OCCASIONS]
            + [MailingList(ListKind.SAVED, saved.name) for saved in segmentation.settings.saved_lists])


def _resolve_own(segmentation: Segmentation, wanted: MailingList, key: str) -> ResolvedList | None:
    """An occasion list or a saved list named ``key`` (letter case aside), or None."""
    customers = segmentation.customers
    if wanted.kind in (None, ListKind.OCCASION):
        for name in OCCASIONS:
            if list_name_key(name) == key:
                members = occasion_members(customers, segmentation.reference_date, segmentation.settings.occasions,
                                           name)
                return ResolvedList(ListKind.OCCASION, name, members)
    if wanted.kind in (None, ListKind.SAVED):
        for saved in segmentation.settings.saved_lists:
            if list_name_key(saved.name) == key:
                history = segmentation.occasions.history if segmentation.occasions is not None else None
                mask = saved.filter.mask(customers, close_to_next_tier=segmentation.close_to_next_tier.to_numpy(
                    dtype=bool, na_value=False), history=history)
                return ResolvedList(ListKind.SAVED, saved.name, pd.Series(mask, index=customers.index))
    return None


def _close_mask(segmentation: Segmentation) -> pd.Series:
    """Segmentation.close_to_next_tier (TierRules.close_fraction) on the customer table's index."""
    close = segmentation.close_to_next_tier
    return pd.Series(close.to_numpy(), index=segmentation.customers.index).fillna(False).astype(bool)


def resolve_list(segmentation: Segmentation, wanted: MailingList) -> ResolvedList:
    """The list as the segmentation has it (its kind, the name as the data spells it, who is in
    it); SettingsError naming the lists there are."""
    customers = segmentation.customers
    key = list_name_key(wanted.name)
    if wanted.kind == ListKind.MIGRATION:
        return _resolve_path(segmentation, wanted)
    if wanted.kind in (None, ListKind.CLOSE_TO_NEXT_TIER) and wanted.names_close_to_next_tier:
        return ResolvedList(ListKind.CLOSE_TO_NEXT_TIER, CLOSE_TO_NEXT_TIER, _close_mask(segmentation))
    tiers = [t for t, _ in (segmentation.tier_thresholds or [])] or list(DEFAULT_TIER_NAMES)
    # the segments of the map in use (a custom map's names, not the default map's), empty ones too
    known = {ListKind.SEGMENT: segment_names(segmentation.settings.segment_map), ListKind.STATUS: [*STATUSES, PROSPECT],
             ListKind.TIER: tiers}
    # the window's label of a status list ("Inactive customers", MailingList.label) names the status
    status_key = key.removesuffix(STATUS_LABEL_SUFFIX.casefold()).strip()
    for kind, column in _KIND_COLUMN.items():
        if wanted.kind is not None and kind != wanted.kind:
            continue
        for value in _values(customers, column) + known[kind]:
            if list_name_key(value) == key or (kind == ListKind.STATUS and list_name_key(value) == status_key):
                mask = customers[column].eq(value) if column in customers else None
                if mask is None:
                    mask = pd.Series(False, index=customers.index)
                if wanted.kind is None:
                    log.debug("list %r is the %s %r", wanted.name, kind, value)
                return ResolvedList(kind, value, mask.fillna(False).astype(bool))
    own = _resolve_own(segmentation, wanted, key)
    if own is not None:
        return own
    names = ([m.name for m in default_lists(segmentation)] + [*STATUSES] + tiers + [CLOSE_TO_NEXT_TIER]
             + [m.name for m in own_lists(segmentation)])
    raise SettingsError(Phrase('there is no list called "{name}".', name=wanted.key),
                        Phrase("Choose from: {names}.", names=", ".join(names)))


def members_mask(segmentation: Segmentation, mailing_list: MailingList) -> pd.Series:
    """Who belongs to the list (boolean, on the customer table's index)."""
    return resolve_list(segmentation, mailing_list).members


def has_consent_information(segmentation: Segmentation) -> bool:
    """Whether an export of ``segmentation`` knows anyone's consent (definitions §6): an answer in
    either file. Without it everyone with a valid address is mailed (the Summary sheet says so)."""
    return segmentation.consent.has_info or customer_consent(segmentation.customers)[1]


def clean_emails(customers: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """(trimmed e-mail or None, whether it is a mailable address: core/contacts.valid_email)."""
    if "email" not in customers:
        empty = pd.Series(None, index=customers.index, dtype="object")
        return empty, pd.Series(False, index=customers.index)
    return text_column(customers, "email"), valid_email(customers["email"])


def reasons_for(channel: Channel = Channel.EMAIL) -> tuple[str, ...]:
    """The left-out reasons of an export by ``channel``, in rule order (definitions §6)."""
    missing, invalid, duplicate = CONTACT_REASONS[channel]
    return (OPTED_OUT, NO_CONSENT, missing, invalid, duplicate, CONTROL, EARLIER)


def contact_problems(customers: pd.DataFrame, channel: Channel = Channel.EMAIL, *,
                     consent_column: str | None = None, consent_meaning: str | None = None,
                     book: ConsentBook | None = None, found: Contacts | None = None) -> tuple[pd.Series, pd.Series, bool]:
    """Why each customer could not be reached by ``channel`` whatever the lists: opted out, no
    consent, no contact, or a contact that cannot be used (None where they could be); with the
    detail (who opted an address out) and whether the files have consent information."""
    book = book if book is not None else ConsentBook()
    consent, has_info = customer_consent(customers, consent_column, consent_meaning)
    has_info = has_info or book.has_info
    opted_out, why_opted_out = opt_outs(customers, consent, book)
    no_texts = pd.Series(False, index=customers.index)
    found = found if found is not None else contacts(customers, channel)
    if channel is Channel.SMS and book.opted_out_phones:   # (every number an opted-out customer used)
        opted_out = opted_out.astype(bool) | _lines_of(book.opted_out_phones, found)
    if channel is Channel.SMS and book.sms is not None and book.sms.has_info:
        # a text message needs a yes in a text-message column where a file has one; its no is an
        # opt-out (and blocks the number for everyone, below); e-mail's answers still count too
        said = book.sms.consent_of(customers["customer_id"])
        refused = said.eq(NO).fillna(False).to_numpy(dtype=bool) | _texts_refused(customers, book.sms, found)
        opted_out = opted_out.astype(bool) | refused
        no_texts = pd.Series(~said.eq(YES).fillna(False).to_numpy(dtype=bool), index=customers.index)
    opted_out, why_opted_out = _shared_opt_outs(opted_out, why_opted_out, customers, found)
    missing, invalid, _ = found.reasons
    reason = pd.Series(None, index=customers.index, dtype="object")
    rules = [
        (opted_out, OPTED_OUT),
        (consent.isna() if has_info else pd.Series(False, index=customers.index), NO_CONSENT),
        (no_texts, NO_CONSENT),
        (found.value.isna(), missing),
        (~found.usable, invalid),
    ]
    for rule_mask, label in rules:
        hit = reason.isna() & rule_mask.astype(bool)
        reason[hit] = label
    return reason, why_opted_out.where(opted_out, ""), has_info


def _texts_refused(customers: pd.DataFrame, sms: ConsentBook, found: Contacts) -> np.ndarray:
    """Who a text-message opt-out reaches beyond the customer who gave it: the customers with the
    e-mail address of a row naming no customer, and those whose number is the line of such a row (a
    Klaviyo profile with a phone only) or of any row of an opted-out customer."""
    refused = np.zeros(len(customers), dtype=bool)
    if sms.opted_out_addresses and "email" in customers.columns:
        refused |= email_key(customers["email"]).isin(list(sms.opted_out_addresses)).fillna(False).to_numpy(bool)
    return refused | _lines_of((*sms.keyless_phones, *sms.opted_out_phones), found)


def _lines_of(phones: Sequence[str], found: Contacts) -> np.ndarray:
    """Who has the line of one of ``phones`` (numbers as written: channels' line key)."""
    if not phones:
        return np.zeros(len(found.key), dtype=bool)
    written = pd.DataFrame({"phone": pd.Series(list(phones), dtype="object")})
    lines = set(contacts(written, Channel.SMS).key.dropna())
    return found.key.isin(lines).fillna(False).to_numpy(dtype=bool)


#: How a Left out sheet says that another customer opted out the contact, per channel (the keys of
#: export_files.LEFT_OUT_DETAILS, written in the shop's language there).
_SHARED_DETAILS = {Channel.EMAIL: 'the address was opted out by customer "{customer}"',
                   Channel.SMS: 'the phone number was opted out by customer "{customer}"',
                   Channel.POST: 'the postal address was opted out by customer "{customer}"'}


def _shared_opt_outs(opted_out: pd.Series, detail: pd.Series, customers: pd.DataFrame,
                     found: Contacts) -> tuple[pd.Series, pd.Series]:
    """A contact an opted-out customer uses is never used, whoever else uses it (definitions §6): the
    phone number or postal address of the channel (``found.key``, what makes two customers reached
    once) as the e-mail address already is (consent_book.opt_outs). A postal address is also the
    opted-out one when it is written with less: the same street and postcode, or the same street and
    town where one of the two has no postcode (channels.same_address_keys)."""
    opted_out = opted_out.astype(bool)
    ids = customers["customer_id"].astype(str)
    # (everyone's keys, which opted-out customers' keys block them, who may be blocked)
    rules = [(found.key, opted_out, ~opted_out)]
    if found.channel is Channel.POST:
        by_postcode, by_town = same_address_keys(customers)
        no_postcode = address_parts(customers)[1].isna()
        rules += [(by_postcode, opted_out, ~opted_out),
                  (by_town, opted_out, ~opted_out & no_postcode),          # (written here without a postcode)
                  (by_town, opted_out & no_postcode, ~opted_out)]          # (opted out without one)
    owner_of = pd.Series(None, index=customers.index, dtype="object")
    for keys, blocking, blockable in rules:
        blocked = keys[blocking & keys.notna()]
        if blocked.empty:
            continue
        owner = pd.Series(ids[blocked.index].to_numpy(), index=blocked.to_numpy())
        owner = owner[~owner.index.duplicated(keep="first")]
        hit = blockable & owner_of.isna() & keys.isin(owner.index).fillna(False).astype(bool)
        owner_of[hit] = owner.reindex(keys[hit]).to_numpy()
    shared = owner_of.notna()
    if shared.any():
        detail = detail.copy()
        detail[shared] = [_SHARED_DETAILS[found.channel].format(customer=who) for who in owner_of[shared]]
        opted_out = opted_out | shared
    return opted_out, detail


def plan_lists(customers: pd.DataFrame, chosen: Sequence[ChosenList], *,
               control_share: float, seed: int, consent_column: str | None = None,
               consent_meaning: str | None = None, channel: Channel = Channel.EMAIL,
               found: Contacts | None = None,
               book: ConsentBook | None = None) -> tuple[list[PlannedList], pd.DataFrame, bool]:
    """Split every chosen list; returns (lists, left-out table, whether consent info existed).

    The left-out table has one row per (customer, list) left out: ``index`` (customer-table
    index), ``list_name``, ``reason``, ``detail``. ``channel``: how the lists reach customers (its
    contacts decide "no e-mail", "no phone"…; ``found``: ``contacts(customers, channel)`` if the
    caller has it already). ``book``: the segmentation's consent (its opted-out addresses).
    """
    found = found if found is not None else contacts(customers, channel)
    reasons = reasons_for(channel)
    assigned = pd.Series(None, index=customers.index, dtype="object")
    left_rows: list[pd.DataFrame] = []
    planned: list[PlannedList] = []
    for pick in chosen:
        name, kind, mask = pick.resolved.name, pick.resolved.kind, pick.resolved.members
        earlier = mask & assigned.notna()
        if earlier.any():
            left_rows.append(pd.DataFrame({"index": customers.index[earlier], "list_name": name,
                                           "reason": EARLIER, "detail": assigned[earlier].to_numpy()}))
        members = customers.index[mask & assigned.isna()]
        assigned[members] = name
        planned.append(PlannedList(name, kind, pick.offer, members, left_out={EARLIER: int(earlier.sum())},
                                   earlier=customers.index[earlier], test=pick.test))

    problems, detail, has_info = contact_problems(customers, channel, consent_column=consent_column,
                                                  consent_meaning=consent_meaning, book=book, found=found)
    in_any = assigned.notna()
    reason = problems.where(in_any, None)
    ok = in_any & reason.isna()
    if ok.any():
        duplicate = reasons[4]
        revenue = customers["revenue"][ok].astype(float).fillna(0) if "revenue" in customers else 0.0
        order = pd.DataFrame({"key": found.key[ok], "rev": revenue, "id": customers["customer_id"][ok].astype(str)})
        order = order.sort_values(["rev", "id"], ascending=[False, True], kind="stable")
        dup = order["key"].duplicated(keep="first")
        keeper = order.drop_duplicates("key").set_index("key")["id"]
        dup_idx = order.index[dup]
        reason[dup_idx] = duplicate
        detail[dup_idx] = "kept customer " + order.loc[dup_idx, "key"].map(keeper)
    for plan in planned:
        members = plan.members
        eligible = members[reason[members].isna().to_numpy()]
        ids = customers.loc[eligible, "customer_id"]
        control = pick_control(ids, control_share, seed, plan.name)
        plan.control = eligible[control.to_numpy()]
        plan.mailed = eligible[~control.to_numpy()]
        if plan.test is not None:        # the offer test's draw, after the control group's
            b = pick_variant_b(customers.loc[plan.mailed, "customer_id"], plan.test.share_b, seed, plan.name)
            plan.mailed_b = plan.mailed[b.to_numpy()]
        reason[plan.control] = CONTROL
        why = reason[members]
        counts = why.value_counts()
        for label in reasons[:-1]:
            plan.left_out[label] = int(counts.get(label, 0))
        out = members[why.notna().to_numpy()]
        left_rows.append(pd.DataFrame({"index": out, "list_name": plan.name,
                                       "reason": reason[out].to_numpy(), "detail": detail[out].to_numpy()}))
    left = (pd.concat(left_rows, ignore_index=True) if left_rows
            else pd.DataFrame(columns=["index", "list_name", "reason", "detail"]))
    return planned, left, has_info
