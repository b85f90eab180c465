"""What an export records for campaign results (definitions §9): the sent date and response window,
and no campaign at all when nobody is mailed."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from core.campaigns import ExportRequest, ListKind, MailingList, StoreChoice, default_offers, export_mailing
from core.campaigns.history import CampaignHistory
from tests.core.campaigns.test_export import make_customers
from tests.factories import segmentation_of


def test_the_campaign_is_sent_on_its_export_date_with_the_window_asked(tmp_path):
    segmentation = segmentation_of(make_customers(120), reference_date=pd.Timestamp("2026-06-30"))
    summary = export_mailing(ExportRequest(segmentation, tmp_path / "m.xlsx", offers=default_offers(), seed=3,
                                           store=StoreChoice.file(tmp_path / "c.db"),
                                           export_date=dt.date(2026, 7, 2), window_days=21))
    with CampaignHistory(tmp_path / "c.db") as history:
        info = history.campaign(summary.campaign_id)
    assert (info.export_date, info.sent_date, info.window_days) == (dt.date(2026, 7, 2), dt.date(2026, 7, 2), 21)
    assert info.mailed == summary.mailed and info.control == summary.control


def test_an_export_that_mails_nobody_records_no_campaign(tmp_path):
    customers = make_customers(40)
    segmentation = segmentation_of(customers, reference_date=pd.Timestamp("2026-06-30"))
    lonely = MailingList(ListKind.SEGMENT, str(customers["rfm_segment"].iloc[0]))
    only = customers["rfm_segment"] == lonely.name
    segmentation.customers.loc[~only, "rfm_segment"] = "Hibernating"
    segmentation.customers.loc[only, "email"] = None                 # nobody on the list can be mailed
    summary = export_mailing(ExportRequest(segmentation, tmp_path / "m.xlsx", lists=[lonely], seed=3,
                                           store=StoreChoice.file(tmp_path / "c.db")))
    assert summary.mailed == 0 and summary.campaign_id is None
    assert summary.to_text().endswith("No campaign was recorded.")       # (said once, after why nobody was mailed)
    assert (tmp_path / "m.xlsx").exists()
    with CampaignHistory(tmp_path / "c.db") as history:
        assert history.campaigns() == [] and history.exports_without_mailing == 0
