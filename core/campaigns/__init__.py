"""Mailing lists, offers, coupons, consent at export, control groups, the campaign store and the mailing export.

The names the rest of the app uses are exported here; inside the package, modules import from one
another's modules (never from this package), so importing any one of them stays safe.
"""

from core.campaigns.channels import Channel
from core.campaigns.export import CONTROL_SHEET, LEFT_OUT_SHEET, export_mailing
from core.campaigns.export_files import csv_name
from core.campaigns.lists import available_lists, default_lists, has_consent_information, members_mask, resolve_list
from core.campaigns.mailing_list import CLOSE_TO_NEXT_TIER, ListKind, MailingList
from core.campaigns.offer_pack import default_offers, generic_offer, offer_for
from core.campaigns.offers import Discount, Offer, Preview, ShopInfo, example_code, preview, render_messages
from core.campaigns.reach import ChannelReach, channel_reach
from core.campaigns.request import NO_STORE, USER_STORE, ExportRequest, StoreChoice
from core.campaigns.store import CampaignStore
from core.campaigns.summary import NO_CONSENT_INFO, ExportSummary, ListSummary, consent_conflicts_note
from core.campaigns.templates import MERGE_FIELDS, TemplateProblem, template_outline, template_problems

__all__ = [
    "CLOSE_TO_NEXT_TIER", "CONTROL_SHEET", "LEFT_OUT_SHEET", "MERGE_FIELDS", "NO_CONSENT_INFO", "NO_STORE", "USER_STORE",
    "CampaignStore", "Channel", "ChannelReach", "Discount", "ExportRequest", "ExportSummary", "ListKind", "ListSummary", "MailingList",
    "Offer", "Preview", "ShopInfo", "StoreChoice", "TemplateProblem", "available_lists", "channel_reach", "consent_conflicts_note", "csv_name", "default_lists",
    "default_offers", "example_code", "template_outline",
    "export_mailing", "generic_offer", "has_consent_information", "members_mask", "offer_for", "preview", "render_messages", "resolve_list",
    "template_problems",
]
