"""The mailing lists of a segmentation with their customer counts: what the Offers and Export pages
list, prepared off the GUI thread (their ``prepare`` in gui.page_registry)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from core.campaigns import Channel, ChannelReach, channel_reach
from core.segmentation import segment_names
from gui.offer_lists import MailingList, available_lists, members_mask

if TYPE_CHECKING:
    import pandas as pd

    from core.segmentation import Segmentation


@dataclass
class MailingLists:
    """Every list the owner can mail, in display order, and how many customers each holds."""

    lists: list[MailingList]
    counts: dict[str, int]  # MailingList.key -> customers
    #: who each channel can reach (e-mail, text message, post), and why not, per customer
    reach: dict[Channel, ChannelReach]


def prepare(segmentation: Segmentation, transactions: pd.DataFrame) -> MailingLists:
    """The lists of ``segmentation`` (segments in map order first), their sizes, and each
    channel's reach."""
    lists = available_lists(segmentation, segment_names(segmentation.settings.segment_map))
    return MailingLists(lists, {item.key: int(members_mask(segmentation, item).sum()) for item in lists},
                        channel_reach(segmentation))
