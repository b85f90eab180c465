"""Which customers each chosen list mails, leaves out (and why) or keeps as control group.

Rules (documented in the user guide):
- A customer in several chosen lists is handled once, in the FIRST chosen list that holds them;
  in later lists they appear on the "Left out" sheet as "in an earlier list (<name>)".
- Reasons, first match: opted out; no consent (file has consent info, value empty/unreadable);
  no e-mail; invalid e-mail; duplicate e-mail (across the whole export, the customer with the
  highest revenue keeps the address); control group (seeded share of each list's mailable customers).
- Control-group customers get no coupon and no message; they are recorded in the campaign store.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import pandas as pd

from core.importing.consent import customer_consent
from core.campaigns.control_group import pick_control
from core.errors import SettingsError
from core.campaigns.offers import CLOSE_TO_NEXT_TIER, Offer
from core.schema import PROSPECT, STATUSES

DEFAULT_SEGMENTS = ("Champions", "Loyal Customers", "Potential Loyalists", "New Customers", "Promising",
                    "Need Attention", "About To Sleep", "At Risk", "Can't Lose Them", "Hibernating")
DEFAULT_TIERS = ("Bronze", "Silver", "Gold", "Platinum")
_KIND_COLUMN = {"segment": "rfm_segment", "status": "activity_status", "tier": "tier"}
_EMAIL = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>.]{2,}$")

OPTED_OUT, NO_CONSENT, NO_EMAIL, BAD_EMAIL = "opted out", "no consent", "no e-mail", "invalid e-mail"
DUPLICATE, CONTROL, EARLIER = "duplicate e-mail", "control group", "in an earlier list"
REASONS = (OPTED_OUT, NO_CONSENT, NO_EMAIL, BAD_EMAIL, DUPLICATE, CONTROL, EARLIER)


@dataclass
class PlannedList:
    """One chosen list: its members (by customer-table index) split into mailed / control / left out."""

    name: str
    kind: str
    offer: Offer
    members: pd.Index
    mailed: pd.Index = field(default_factory=lambda: pd.Index([]))
    control: pd.Index = field(default_factory=lambda: pd.Index([]))
    left_out: dict = field(default_factory=dict)   # reason -> count
    earlier: pd.Index = field(default_factory=lambda: pd.Index([]))   # handled in an earlier list

    @property
    def everyone(self) -> pd.Index:
        """Every customer of the list, including those handled in an earlier list."""
        return self.members.append(self.earlier)


def _values(customers: pd.DataFrame, column: str) -> list[str]:
    if column not in customers:
        return []
    return [str(v) for v in pd.unique(customers[column].dropna())]


def default_lists(segmentation) -> list[str]:
    """Every RFM segment present, in the default map's order (other names after, A-Z)."""
    present = _values(segmentation.customers, "rfm_segment")
    ordered = [s for s in DEFAULT_SEGMENTS if s in present]
    return ordered + sorted(s for s in present if s not in DEFAULT_SEGMENTS)


def _close_mask(segmentation) -> pd.Series:
    customers = segmentation.customers
    mask = getattr(segmentation, "close_to_next_tier", None)
    if mask is not None:
        values = mask.to_numpy() if isinstance(mask, pd.Series) and len(mask) == len(customers) else mask
        return pd.Series(values, index=customers.index).fillna(False).astype(bool)
    thresholds = dict(getattr(segmentation, "tier_thresholds", None) or [])
    if not thresholds or "next_tier" not in customers or "amount_to_next_tier" not in customers:
        return pd.Series(False, index=customers.index)
    limit = customers["next_tier"].map(thresholds).astype(float) * 0.2
    return (customers["amount_to_next_tier"].astype(float) <= limit).fillna(False).astype(bool)


def resolve_list(segmentation, name: str) -> tuple[str, str, pd.Series]:
    """``(kind, canonical name, membership mask)`` for a list name ("At Risk", "status:Lost", ...)."""
    customers = segmentation.customers
    raw = name.strip()
    want_kind = None
    if ":" in raw and raw.split(":", 1)[0].strip().lower() in (*_KIND_COLUMN, "close_to_next_tier"):
        want_kind, raw = (p.strip() for p in raw.split(":", 1))
        want_kind = want_kind.lower()
    key = raw.lower()
    if want_kind in (None, "close_to_next_tier") and key in ("close to next tier", "close_to_next_tier", ""):
        return "close_to_next_tier", CLOSE_TO_NEXT_TIER, _close_mask(segmentation)
    tiers = [t for t, _ in (getattr(segmentation, "tier_thresholds", None) or [])] or list(DEFAULT_TIERS)
    known = {"segment": list(DEFAULT_SEGMENTS), "status": [*STATUSES, PROSPECT], "tier": tiers}
    for kind, column in _KIND_COLUMN.items():
        if want_kind and kind != want_kind:
            continue
        for value in _values(customers, column) + known[kind]:
            if value.lower() == key:
                mask = customers[column].eq(value) if column in customers else None
                if mask is None:
                    mask = pd.Series(False, index=customers.index)
                return kind, value, mask.fillna(False).astype(bool)
    names = default_lists(segmentation) + [*STATUSES] + tiers + [CLOSE_TO_NEXT_TIER]
    raise SettingsError(f'there is no list called "{name}".', f"Choose from: {', '.join(names)}.")


def offer_for_list(offers, list_name: str, kind: str | None = None) -> Offer | None:
    """The offer attached to ``list_name`` (and ``kind`` if given) in ``offers``, or None.

    ``offers`` is a sequence of :class:`Offer` or a mapping {list name: Offer}.
    """
    if offers is None:
        return None
    key = list_name.split(":", 1)[-1].strip().lower() if ":" in list_name else list_name.strip().lower()
    if isinstance(offers, Mapping):
        wanted = {key, list_name.strip().lower()} | ({f"{kind}:{key}"} if kind else set())
        for name, offer in offers.items():
            if str(name).strip().lower() in wanted:
                return offer
        offers = list(offers.values())
    for offer in offers:
        if kind and offer.target_kind != kind:
            continue
        if offer.target_kind == "close_to_next_tier" and key in ("close to next tier", "close_to_next_tier"):
            return offer
        if offer.target.strip().lower() == key:
            return offer
    return None


def clean_emails(customers: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """(trimmed e-mail or <NA>, whether it looks like an address)."""
    if "email" not in customers:
        empty = pd.Series(None, index=customers.index, dtype="object")
        return empty, pd.Series(False, index=customers.index)
    text = customers["email"].astype("string").str.strip()
    text = text.mask(text.eq(""))
    valid = text.str.match(_EMAIL.pattern).fillna(False).astype(bool)
    return text.astype("object").where(text.notna(), None), valid


def plan_lists(customers: pd.DataFrame, chosen: Sequence[tuple[str, str, pd.Series, Offer]], *,
               control_share: float, seed: int, consent_column: str | None = None,
               consent_meaning: str | None = None,
               emails: tuple[pd.Series, pd.Series] | None = None) -> tuple[list[PlannedList], pd.DataFrame, bool]:
    """Split every chosen list; returns (lists, left-out table, whether consent info existed).

    The left-out table has one row per (customer, list) left out: ``index`` (customer-table
    index), ``list_name``, ``reason``, ``detail``. ``emails``: ``clean_emails(customers)`` if
    the caller has it already.
    """
    consent, has_info = customer_consent(customers, consent_column, consent_meaning)
    email, valid = emails if emails is not None else clean_emails(customers)
    assigned = pd.Series(None, index=customers.index, dtype="object")
    left_rows: list[pd.DataFrame] = []
    planned: list[PlannedList] = []
    for name, kind, mask, offer in chosen:
        earlier = mask & assigned.notna()
        if earlier.any():
            left_rows.append(pd.DataFrame({"index": customers.index[earlier], "list_name": name,
                                           "reason": EARLIER, "detail": assigned[earlier].to_numpy()}))
        members = customers.index[mask & assigned.isna()]
        assigned[members] = name
        planned.append(PlannedList(name, kind, offer, members, left_out={EARLIER: int(earlier.sum())},
                                   earlier=customers.index[earlier]))

    reason = pd.Series(None, index=customers.index, dtype="object")
    detail = pd.Series("", index=customers.index, dtype="object")
    in_any = assigned.notna()
    rules = [
        (consent.eq(False).fillna(False), OPTED_OUT),
        (consent.isna() if has_info else pd.Series(False, index=customers.index), NO_CONSENT),
        (email.isna(), NO_EMAIL),
        (~valid, BAD_EMAIL),
    ]
    for rule_mask, label in rules:
        hit = in_any & reason.isna() & rule_mask.astype(bool)
        reason[hit] = label
    ok = in_any & reason.isna()
    if ok.any():
        key = email[ok].str.lower()
        revenue = customers["revenue"][ok].astype(float).fillna(0) if "revenue" in customers else 0.0
        order = pd.DataFrame({"key": key, "rev": revenue, "id": customers["customer_id"][ok].astype(str)})
        order = order.sort_values(["rev", "id"], ascending=[False, True], kind="stable")
        dup = order["key"].duplicated(keep="first")
        keeper = order.drop_duplicates("key").set_index("key")["id"]
        dup_idx = order.index[dup]
        reason[dup_idx] = DUPLICATE
        detail[dup_idx] = "kept customer " + order.loc[dup_idx, "key"].map(keeper)
    for plan in planned:
        members = plan.members
        eligible = members[reason[members].isna().to_numpy()]
        ids = customers.loc[eligible, "customer_id"]
        control = pick_control(ids, control_share, seed, plan.name)
        plan.control = eligible[control.to_numpy()]
        plan.mailed = eligible[~control.to_numpy()]
        reason[plan.control] = CONTROL
        why = reason[members]
        counts = why.value_counts()
        for label in REASONS[:-1]:
            plan.left_out[label] = int(counts.get(label, 0))
        out = members[why.notna().to_numpy()]
        left_rows.append(pd.DataFrame({"index": out, "list_name": plan.name,
                                       "reason": reason[out].to_numpy(), "detail": detail[out].to_numpy()}))
    left = (pd.concat(left_rows, ignore_index=True) if left_rows
            else pd.DataFrame(columns=["index", "list_name", "reason", "detail"]))
    return planned, left, has_info
