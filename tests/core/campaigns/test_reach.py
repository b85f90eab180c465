"""channel_reach: who each channel can reach before any list is chosen (definitions §6)."""

from __future__ import annotations

import pandas as pd

from core.campaigns import Channel
from core.campaigns.reach import channel_reach
from tests.core.campaigns.test_channels import _table
from tests.factories import segmentation_of


def test_channel_reach_says_what_the_data_allows():
    table = _table().assign(consent=["yes", "yes", "yes", "yes", "no"])
    reach = channel_reach(segmentation_of(table))
    counts = {channel: (r.with_contact, r.usable, r.reachable) for channel, r in reach.items()}
    # e opted out on "(0)20 7946 0000", the line a and b write as "+44 20 7946 0000" and "020 7946-0000":
    # that number is never texted, whoever else uses it
    assert counts == {Channel.EMAIL: (3, 2, 2), Channel.SMS: (4, 3, 0), Channel.POST: (4, 3, 2)}
    assert reach[Channel.SMS].reasons.fillna("").tolist() == ["opted out", "opted out", "invalid phone", "no phone",
                                                              "opted out"]
    none = channel_reach(segmentation_of(pd.DataFrame({"customer_id": ["x"]})))
    assert [(r.with_contact, r.usable, r.reachable) for r in none.values()] == [(0, 0, 0)] * 3
