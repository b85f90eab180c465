"""Mailing lists, offers, coupons, consent at export, control groups, the campaign store and the mailing export.

The names the rest of the app uses are exported here; inside the package, modules import from one
another's modules (never from this package), so importing any one of them stays safe.
"""

from core.campaigns.channels import Channel
from core.campaigns.detectability import BaseRate, Detectability, list_base_rate, plan_detectability
from core.campaigns.export import export_mailing
from core.campaigns.export_files import CONTROL_SHEET, LEFT_OUT_SHEET, SUMMARY_SHEET, csv_name, fixed_sheets
from core.campaigns.history import DEFAULT_WINDOW_DAYS, CampaignHistory, CampaignInfo
from core.campaigns.lists import available_lists, default_lists, has_consent_information, members_mask, resolve_list
from core.campaigns.mailing_list import CLOSE_TO_NEXT_TIER, ListKind, MailingList, migration_path
from core.campaigns.offer_pack import default_offers, generic_offer, offer_for
from core.campaigns.offer_test import DEFAULT_SHARE_B, OfferTest, Variant, offer_test_for, offers_alike, variant_b_size
from core.campaigns.offers import Discount, Offer, Preview, ShopInfo, example_code, preview, render_messages
from core.campaigns.reach import ChannelReach, channel_reach
from core.campaigns.request import NO_STORE, USER_STORE, ExportRequest, StoreChoice
from core.campaigns.results import campaign_results
from core.campaigns.results_files import write_results
from core.campaigns.results_model import (
    ALL_LISTS,
    RESULT_COLUMNS,
    CampaignResults,
    Counts,
    Coupons,
    ListResult,
    OfferComparison,
    ResultWarning,
    Verdict,
    WarningKind,
)
from core.campaigns.results_words import (
    FROM_TO,
    NO_COUPON_COLUMN,
    POINTS,
    REDEMPTIONS_ARE_NOT_PROOF,
    Words,
    campaign_lines,
    comparison_sentence,
    coupon_sentence,
    many_lists_note,
    results_text,
    row_sentence,
)
from core.campaigns.store import CampaignStore
from core.campaigns.summary import (
    NO_CONSENT_INFO,
    ExportSummary,
    ListSummary,
    consent_conflicts_note,
    list_in_english,
    list_name,
)
from core.campaigns.templates import MERGE_FIELDS, TemplateProblem, template_outline, template_problems

__all__ = [
    "FROM_TO", "POINTS", "ALL_LISTS", "CLOSE_TO_NEXT_TIER", "CONTROL_SHEET", "DEFAULT_SHARE_B", "DEFAULT_WINDOW_DAYS", "LEFT_OUT_SHEET", "SUMMARY_SHEET",
    "MERGE_FIELDS", "NO_CONSENT_INFO", "NO_COUPON_COLUMN", "NO_STORE", "REDEMPTIONS_ARE_NOT_PROOF", "RESULT_COLUMNS",
    "USER_STORE",
    "BaseRate", "CampaignHistory", "CampaignInfo", "CampaignResults", "CampaignStore", "Channel", "ChannelReach",
    "Counts", "Coupons", "Detectability", "Discount", "ExportRequest", "ExportSummary", "ListKind", "ListResult",
    "ListSummary", "MailingList", "Offer", "OfferComparison", "OfferTest", "Preview", "ResultWarning", "ShopInfo",
    "StoreChoice", "TemplateProblem", "Variant", "Verdict", "WarningKind", "Words", "available_lists",
    "campaign_lines", "campaign_results", "channel_reach", "comparison_sentence", "consent_conflicts_note", "coupon_sentence",
    "csv_name", "default_lists", "default_offers", "example_code", "export_mailing", "fixed_sheets", "generic_offer",
    "has_consent_information", "list_base_rate", "list_in_english", "list_name", "many_lists_note", "members_mask", "migration_path", "offer_for", "offer_test_for", "offers_alike",
    "plan_detectability", "preview", "render_messages", "resolve_list", "results_text", "row_sentence",
    "template_outline", "template_problems", "variant_b_size", "write_results",
]
