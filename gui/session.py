"""The open analysis: imported data, settings, segmentation and offers, recomputed in the background."""

from __future__ import annotations

import functools
from typing import Any, Optional

from PySide6.QtCore import QObject, Signal

from gui import tasks
from gui.error_dialogs import show_error
from gui.worker import TaskRunner


class Session(QObject):
    """State shared by every page. Pages listen to ``segmentation_changed`` and redraw from it."""

    imported_changed = Signal()
    segmentation_changed = Signal()
    dirty_changed = Signal(bool)

    def __init__(self, window=None) -> None:
        super().__init__(window)
        self.window = window
        self.imported: Optional[tasks.Imported] = None
        self.settings: Any = None
        self.segmentation: Any = None
        self.views: Any = None  # display summaries computed in the worker with the segmentation
        self.computed: Any = None  # tasks.Computed: lists, list counts, filter choices
        self.offers: dict = {}  # MailingList.key -> core.campaigns.offers.Offer (only the ones the owner edited)
        self.project_path: Optional[str] = None
        self.shop = None  # core.campaigns.offers.ShopInfo
        self.export_choices: dict = {}
        self.dirty = False
        self.compute_runner = TaskRunner(self)
        self.export_runner = TaskRunner(self)

    def runners(self) -> list[TaskRunner]:
        return [self.compute_runner, self.export_runner]

    # ---- data ------------------------------------------------------------------------------------
    def set_imported(self, imported: tasks.Imported) -> None:
        self.imported = imported
        self.segmentation = None
        self.views = None
        if not imported.keep_settings:  # a new file: fresh analysis settings, no project yet
            self.settings = None
            self.project_path = None
            self.export_choices = {}
        currency = getattr(getattr(imported.result, "report", None), "currency", None)
        if currency and (self.shop is None or not imported.keep_settings):
            from core.campaigns.offers import ShopInfo  # noqa: PLC0415

            old = self.shop_info()
            self.shop = ShopInfo(old.name, str(currency).upper(), old.locale)
        self.mark_dirty(False)
        self.imported_changed.emit()
        if self.settings is None:
            from core.segmentation.settings import Settings  # noqa: PLC0415

            self.settings = Settings()
        self.recompute()

    def update_settings(self, settings) -> bool:
        """Use new settings (reference date, window, scoring, map, tiers) and recompute.

        Settings core cannot use are shown as an error and not taken; returns whether they were.
        """
        from core.errors import ClienteleError  # noqa: PLC0415

        try:
            settings = settings.validated()
        except ClienteleError as error:
            show_error(self.window, error)
            return False
        self.settings = settings
        self.mark_dirty()
        self.recompute()
        return True

    def recompute(self) -> None:
        if self.imported is None:
            return
        result = self.imported.result
        self.compute_runner.start(
            functools.partial(tasks.segment, latest_date=getattr(result, "latest_date", None)),
            result.transactions, self.settings, self.imported.attributes,
            on_done=self._on_segmented, on_error=self._on_error, message="Finding your customer groups…")

    def _on_segmented(self, computed) -> None:
        self.segmentation, self.views = computed.segmentation, computed.views
        self.computed = computed
        self.segmentation_changed.emit()

    def _on_error(self, error: BaseException) -> None:
        show_error(self.window, error)

    def set_offer(self, key: str, offer) -> None:
        self.offers[key] = offer
        self.mark_dirty()

    def shop_info(self):
        if self.shop is None:
            from core.campaigns.offers import ShopInfo  # noqa: PLC0415

            self.shop = ShopInfo()
        return self.shop

    def set_shop(self, shop) -> None:
        if shop != self.shop:
            self.shop = shop
            self.mark_dirty()

    # ---- unsaved changes -------------------------------------------------------------------------
    def mark_dirty(self, dirty: bool = True) -> None:
        if dirty != self.dirty:
            self.dirty = dirty
            self.dirty_changed.emit(dirty)

    def status_text(self) -> str:
        if self.imported is None:
            return ""
        tx = self.imported.result.transactions
        parts = [f"{len(tx):,} purchase rows"]
        if self.segmentation is not None:
            customers = self.segmentation.customers
            parts.append(f"{len(customers):,} customers")
            ref = getattr(self.segmentation, "reference_date", None)
            if ref is not None:
                parts.append(f"reference date {ref:%d %b %Y}")
        return "   ·   ".join(parts)

    def shutdown(self) -> None:
        for runner in self.runners():
            runner.shutdown()
