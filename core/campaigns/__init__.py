"""Mailing lists, offers, coupons, consent at export, control groups, the campaign store and the mailing export.

The names the rest of the app uses are exported here; inside the package, modules import from one
another's modules (never from this package), so importing any one of them stays safe.
"""

from core.campaigns.export import CONTROL_SHEET, LEFT_OUT_SHEET, export_mailing
from core.campaigns.lists import available_lists, default_lists, members_mask, resolve_list
from core.campaigns.mailing_list import CLOSE_TO_NEXT_TIER, ListKind, MailingList, migration_path
from core.campaigns.offer_pack import default_offers, generic_offer, offer_for
from core.campaigns.offers import (
    MERGE_FIELDS,
    Discount,
    Offer,
    ShopInfo,
    TemplateProblem,
    preview,
    render_messages,
    template_problems,
)
from core.campaigns.request import NO_STORE, USER_STORE, ExportRequest, StoreChoice
from core.campaigns.store import CampaignStore
from core.campaigns.summary import ExportSummary, ListSummary

__all__ = [
    "CLOSE_TO_NEXT_TIER", "CONTROL_SHEET", "LEFT_OUT_SHEET", "MERGE_FIELDS", "NO_STORE", "USER_STORE",
    "CampaignStore", "Discount", "ExportRequest", "ExportSummary", "ListKind", "ListSummary", "MailingList",
    "Offer", "ShopInfo", "StoreChoice", "TemplateProblem", "available_lists", "default_lists", "default_offers",
    "export_mailing", "generic_offer", "members_mask", "migration_path", "offer_for", "preview", "render_messages",
    "resolve_list", "template_problems",
]
