"""Who each channel can reach (definitions §6), before any list is chosen: what the Offers page's
preview says about one customer and what the Export page offers as channels.

A customer is reachable by a channel when they have a usable contact for it (core/campaigns/
channels.py) and nothing in the consent forbids it (core/campaigns/lists.contact_problems). Lists,
shared contacts and the control group come later, at export.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import pandas as pd

from core.campaigns.channels import Channel, contacts
from core.campaigns.lists import contact_problems

if TYPE_CHECKING:
    from core.segmentation.segment import Segmentation


@dataclass(frozen=True)
class ChannelReach:
    """One channel over a customer table: customers with a contact, with a usable one, and with a
    usable one they may be contacted at; ``reasons`` per customer (None: reachable)."""

    channel: Channel
    with_contact: int
    usable: int
    reachable: int
    reasons: pd.Series


def channel_reach(segmentation: Segmentation) -> dict[Channel, ChannelReach]:
    """Every channel's reach over the segmentation's customers (see ChannelReach)."""
    customers = segmentation.customers
    out = {}
    for channel in Channel:
        found = contacts(customers, channel)
        reasons, _detail, _has_info = contact_problems(customers, channel, book=segmentation.consent, found=found)
        out[channel] = ChannelReach(channel, int(found.value.notna().sum()), int(found.usable.sum()),
                                    int(reasons.isna().sum()), reasons)
    return out
