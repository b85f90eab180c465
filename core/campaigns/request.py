"""What a mailing export is asked to do (:class:`ExportRequest`) and where it records the campaign."""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from core.campaigns.channels import Channel
from core.campaigns.control_group import DEFAULT_SHARE
from core.campaigns.history import DEFAULT_WINDOW_DAYS
from core.campaigns.mailing_list import MailingList
from core.campaigns.offer_test import OfferTest
from core.campaigns.offers import Offer, ShopInfo
from core.campaigns.store import CampaignStore
from core.campaigns.store_errors import LOCK_WAIT_SECONDS
from core.errors import OutputError
from core.output.atomic import same_file
from core.user_folders import campaign_store_path

if TYPE_CHECKING:
    from core.segmentation.segment import Segmentation

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StoreChoice:
    """Where the export records its campaign: :data:`USER_STORE` (the campaign store in the user
    data folder: the window and the command line), ``StoreChoice.file(path)`` (another store file)
    or :data:`NO_STORE` (not recorded). ``lock_wait``: seconds to wait for a store another
    Clientele is writing to."""

    record: bool = True
    path: Path | None = None        # None: the user data folder's store
    lock_wait: float = LOCK_WAIT_SECONDS

    @classmethod
    def file(cls, path: str | os.PathLike[str], lock_wait: float = LOCK_WAIT_SECONDS) -> StoreChoice:
        return cls(True, Path(path), lock_wait)

    def check(self, inputs: Iterable[str | os.PathLike[str]] = ()) -> None:
        """Before any work: OutputError when the store cannot be used (CampaignStore.check), or is
        one of the files the run reads (``inputs``: a purchases file named as the history had been
        called a damaged history, with the advice to move it away)."""
        if not self.record:
            return
        history = self.path or campaign_store_path(create=False)
        if any(same_file(history, Path(source)) for source in inputs):
            raise OutputError("the campaign history is set to one of the files being imported.",
                              "Set CLIENTELE_CAMPAIGN_STORE to another file name, or leave it unset.",
                              file=str(history))
        CampaignStore.check(self.path, self.lock_wait)

    def open(self) -> CampaignStore | None:
        """The store, opened (created or migrated if need be); None when nothing is recorded."""
        if not self.record:
            log.info("the campaign is not recorded (no campaign store)")
            return None
        return CampaignStore(self.path, self.lock_wait)


USER_STORE = StoreChoice()
NO_STORE = StoreChoice(record=False)


@dataclass(frozen=True)
class ExportRequest:
    """Everything a mailing export needs (see core/campaigns/export.py).

    ``lists``: in the order chosen (a customer in several is mailed in the first); empty: every
    RFM segment present. ``offers``: the owner's; a list without one gets the default pack's
    (core/campaigns/offer_pack.offer_for). ``csv_dir``: also one CSV per list there. ``seed``:
    the control group's (None: a new one, recorded). ``source_file``: the imported file, as the
    user named it (shown on the Summary sheet, never written over); ``inputs``: other files that
    must not be written over. ``export_date``: None for today. ``offer_tests``: lists that get a
    second offer (definitions §9). ``window_days``: the response window recorded with the campaign
    (its sent date is the export date; both can be changed afterwards, core/campaigns/history.py).
    """

    segmentation: Segmentation
    out_path: Path
    lists: Sequence[MailingList] = ()
    offers: Sequence[Offer] = ()
    csv_dir: Path | None = None
    control_share: float = DEFAULT_SHARE
    seed: int | None = None
    shop: ShopInfo = field(default_factory=ShopInfo)
    source_file: str | None = None
    inputs: Sequence[str | os.PathLike[str]] = ()
    store: StoreChoice = USER_STORE
    export_date: dt.date | None = None
    campaign_name: str = ""
    consent_column: str | None = None
    consent_meaning: str | None = None
    channel: Channel = Channel.EMAIL
    offer_tests: Sequence[OfferTest] = ()
    window_days: int = DEFAULT_WINDOW_DAYS
    #: the currency the purchases file names (None: it names none, and the shop's is a default or the
    #: owner's choice): recorded, so that a campaign's results never call a default its file's currency
    file_currency: str | None = None
