"""The open analysis: the project (every choice), the current import, and the segmentation with
each page's prepared data, recomputed in the background."""

from __future__ import annotations

import dataclasses
import functools
import logging
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from core.errors import ClienteleError
from core.language import Language
from core.output import format_date, format_number
from gui import tasks
from gui.error_dialogs import show_error
from gui.model_check import ModelChecks
from gui.translation import window_locale
from gui.worker import TaskRunner

if TYPE_CHECKING:
    from core.analysis_memory import AnalysisMemory, Recalled
    from core.campaigns import MailingList, Offer, OfferTest, ShopInfo
    from core.project import ExportChoices, Project
    from core.segmentation import CompareTo, FactsCache, Segmentation, Settings

#: How long after the last change the analysis is kept for its file (a burst of typing is one write).
KEEP_AFTER_MS = 400

log = logging.getLogger(__name__)


class Session(QObject):
    """State shared by every page. Pages listen to ``segmentation_changed`` and redraw from it.

    ``project`` holds every choice (import options, settings, offers, export choices, the shop and
    its currency); it exists from the first import or opened project on. ``imported`` is the
    current import (its ``result`` is core's ImportResult). ``computed`` is the last segmentation
    with the data each page prepared from it.

    What belongs to the shop is kept for its purchases file (core/analysis_memory.py) a moment after
    every change: opening the file again, or a newer export with the same columns, brings it back
    (``recalled`` says from where); any other file starts from the defaults. ``dirty`` means changed
    since the project file was last saved; only with a project file open is there anything to save.
    """

    imported_changed = Signal()
    segmentation_changed = Signal()
    dirty_changed = Signal(bool)
    #: A file's opening was cancelled or failed before its groups were found: the analysis open
    #: before is back (``imported`` is it again), and the window shows it again.
    opening_undone = Signal()
    #: A page asks the window to show another page (its title), with one of its lists chosen
    #: (a MailingList.key, or ""): the Changes page's "offer" and "export" buttons, the Overview's link.
    page_requested = Signal(str, str)

    def __init__(self, window: QWidget | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.project: Project | None = None
        self.project_path: str | None = None
        self.imported: tasks.Imported | None = None
        self.computed: tasks.Computed | None = None
        self.dirty = False
        #: The window's language (gui.translation, set by the main window at start): what core writes
        #: for the window (segment names, reports, offer packs) is to be asked for in it.
        self.language: Language = Language.ENGLISH
        #: The customer facts kept between recomputes (made with the first one, when pandas loads).
        self.facts_cache: FactsCache | None = None
        self.compute_runner = TaskRunner(self)
        self.compute_runner.cancelled.connect(self._undo)
        #: What was open before a file being opened, until its first segmentation is done.
        self._before: _Before | None = None
        #: Whether the project was unsaved before settings not yet computed (None: none pending).
        self._dirty_before_settings: bool | None = None
        self.export_runner = TaskRunner(self)
        #: The model check of the predictions (definitions §11), computed when first asked for.
        self.model_checks = ModelChecks(self)
        #: The Results page's looks at a campaign (reading a newer file, working out, saving).
        self.results_runner = TaskRunner(self)
        #: The one thread every chart of the window renders on (gui.chart_canvas).
        self.chart_executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="clientele-charts")
        #: Where the shop's choices came from when a file was opened (None: the defaults, or a project).
        self.recalled: Recalled | None = None
        self._memory: AnalysisMemory | None = None
        self._keep_timer = QTimer(self)
        self._keep_timer.setSingleShot(True)
        self._keep_timer.setInterval(KEEP_AFTER_MS)
        self._keep_timer.timeout.connect(self.keep)

    def runners(self) -> list[TaskRunner]:
        return [self.compute_runner, self.export_runner, self.model_checks.runner, self.results_runner]

    @property
    def segmentation(self) -> Segmentation | None:
        """The segmentation on screen, or None before the first one."""
        return self.computed.segmentation if self.computed is not None else None

    @property
    def settings(self) -> Settings | None:
        """The project's segmentation settings (None before the first import)."""
        return self.project.settings if self.project is not None else None

    # ---- data ------------------------------------------------------------------------------------
    def set_imported(self, imported: tasks.Imported) -> None:
        """Show a new import. A project's own file (``imported.project``) takes that project; any
        other file gets the choices kept for it (or for the latest file with its columns), else the
        defaults: nothing of the previous file's analysis carries over. Either way the project
        records the file's import.

        Opening is one step with the first segmentation: until it is done, what was open before is
        kept (``_before``), and a cancelled or failed segmentation puts it back (``_undo_opening``)."""
        from core.project import ExportChoices, Project  # noqa: PLC0415 - pandas stays out of start-up

        if self._before is None and self.imported is not None and self.computed is not None:
            # (a file opened while another is still being opened: the analysis before both is what comes back)
            # new settings still being worked out give way: the opening's segmentation stops their
            # recompute, so the analysis that may come back has the settings its groups were found with
            self._undo_settings(emit=False)
            self._before = _Before(self.project, self.project_path, self.imported, self.computed, self.recalled,
                                   self.dirty)
        old = self.project
        fresh = imported.project is None
        self.recalled = None
        if fresh:
            if self._keep_timer.isActive():
                self.keep()   # (the last changes of the previous analysis, before it goes)
            self.recalled = self.memory().recall(imported.path, imported.result.source.columns)
            if self.recalled is not None:
                project = self.recalled.project
            elif old is not None and old.source_file == imported.path:
                # the same file again, nothing kept: whether its last export had consent information
                # still goes along (the export's question)
                project = Project(export=ExportChoices(consent_info=old.export.consent_info))
            else:
                project = Project()
            self.project_path = None
        else:
            project, self.project_path = imported.project, imported.project_path
        # a project whose files moved (chosen again when it was opened) is unsaved until it records where
        moved = not fresh and (project.source_file, project.customers_file) != (imported.path,
                                                                              imported.attributes_path)
        if project.settings.compare_to is None:   # the window always compares (definitions §10)
            project.settings.compare_to = _default_comparison(imported, project.settings)
        self.project = project
        self.imported = imported
        self.computed = None
        result = imported.result
        project.import_options = result.options
        project.source_file = imported.path
        project.customers_file = imported.attributes_path
        if fresh and self.recalled is None:
            project.shop = self.new_shop(project.shop)
        currency = result.report.currency
        if currency and fresh and self.recalled is None:
            project.shop = dataclasses.replace(project.shop, currency=str(currency).upper())
        log.info("%s analysis of %s (%d rows), money in %s", "new" if fresh else "project's", imported.path,
                 len(result.transactions), project.shop.currency)
        self.mark_dirty(moved)
        self.keep_soon()
        self.imported_changed.emit()
        self.recompute()

    def start_afresh(self) -> None:
        """Forget what was kept for this file: the default settings, tiers, offers and export
        choices (the import and the customers file stay)."""
        from core.project import Project  # noqa: PLC0415 - pandas stays out of start-up

        if self.project is None or self.imported is None:
            return
        old = self.project
        self.memory().forget(self.imported.path)
        self.project = Project(import_options=old.import_options, source_file=old.source_file,
                               customers_file=old.customers_file)
        self.project.shop = self.new_shop(self.project.shop)
        self.recalled = None
        self.mark_dirty()
        self.imported_changed.emit()
        self.recompute()

    # ---- the shop's choices, kept for the file -------------------------------------------------------
    def memory(self) -> AnalysisMemory:
        """The kept analyses (core/analysis_memory.py) in the user data folder."""
        if self._memory is None:
            from core.analysis_memory import AnalysisMemory  # noqa: PLC0415 - pandas stays out of start-up
            from core.user_folders import data_dir  # noqa: PLC0415 - as above

            # (not created here: keeping is a convenience, and a data folder that cannot be made, or is a
            # file, must not stop a file from opening; remember() makes it, and logs when it cannot)
            self._memory = AnalysisMemory(data_dir(create=False))
        return self._memory

    def keep_soon(self) -> None:
        """Keep the analysis for its file a moment from now (see KEEP_AFTER_MS)."""
        self._keep_timer.start()

    def keep(self) -> None:
        """Keep the analysis for its file now (also when the window closes)."""
        self._keep_timer.stop()
        if self.project is not None and self.imported is not None and self.project.source_file:
            try:
                self.memory().remember(self.project, self.imported.result.source.columns)
            except Exception:  # noqa: BLE001 - keeping is a convenience: never stop the owner's work for it
                log.warning("the analysis could not be kept for its file", exc_info=True)

    def customers_file(self) -> str | None:
        """The customers file attached to the analysis: kept for every later import (the import
        dialog's Customer file box shows it) until the owner clears it there."""
        if self.imported is not None:
            return self.imported.attributes_path
        return self.project.customers_file if self.project is not None else None

    def update_settings(self, settings: Settings) -> bool:
        """Use new settings (reference date, window, scoring, map, tiers) and recompute.

        Settings core cannot use are shown as an error and not taken; returns whether they were.
        """
        if self.project is None:
            return False
        try:
            settings = settings.validated()
        except ClienteleError as error:
            show_error(self.window, error)
            return False
        if self._dirty_before_settings is None:
            self._dirty_before_settings = self.dirty
        self.project.settings = settings
        self.mark_dirty()
        self.recompute()
        return True

    def set_comparison(self, compare_to: CompareTo) -> bool:
        """Compare with another earlier date (the Changes page) and recompute."""
        if self.project is None or compare_to == self.project.settings.compare_to:
            return False
        return self.update_settings(dataclasses.replace(self.project.settings, compare_to=compare_to))

    def recompute(self) -> None:
        if self.imported is None or self.project is None:
            return
        if self.facts_cache is None:
            from core.segmentation import FactsCache  # noqa: PLC0415 - pandas stays out of start-up

            self.facts_cache = FactsCache()
        result = self.imported.result
        self.compute_runner.start(
            functools.partial(tasks.segment, latest_date=result.latest_date, facts_cache=self.facts_cache,
                              consent=self.imported.consent),
            result.transactions, self.project.settings, self.imported.attributes,
            on_done=self._on_segmented, on_error=self._on_error, message=self.tr("Finding your customer groups…"))

    def _on_segmented(self, computed: tasks.Computed) -> None:
        self._before = None
        self._dirty_before_settings = None
        self.computed = computed
        self.segmentation_changed.emit()

    def _on_error(self, error: BaseException) -> None:
        show_error(self.window, error)
        self._undo()

    def _undo(self) -> None:
        """A segmentation was cancelled or failed: a file being opened gives way to the analysis open
        before (``_undo_opening``); new settings give way to those of the groups on screen."""
        if self._before is not None:
            self._dirty_before_settings = None
            self._undo_opening()
        else:
            self._undo_settings()

    def _undo_settings(self, emit: bool = True) -> None:
        """Settings whose recompute was cancelled or failed are not kept: the project takes back the
        settings the groups on screen were found with (and its saved state), and the pages show
        them (``emit``), so that what is shown, what is saved and what is exported agree."""
        dirty, self._dirty_before_settings = self._dirty_before_settings, None
        segmentation = self.segmentation
        if dirty is None or self.project is None or segmentation is None:
            return
        self.project.settings = segmentation.settings
        self.mark_dirty(dirty)
        log.info("recompute stopped: the settings of the groups on screen are back")
        if emit:
            self.segmentation_changed.emit()

    def _undo_opening(self) -> None:
        """A file's first segmentation was cancelled or failed: the analysis open before comes back
        as it was (its import, project, groups and saved state), instead of a file without groups."""
        before, self._before = self._before, None
        if before is None:
            return
        self.project, self.project_path, self.imported = before.project, before.project_path, before.imported
        self.computed, self.recalled = before.computed, before.recalled
        self.mark_dirty(before.dirty)
        log.info("opening cancelled: %s is back on screen", before.imported.path if before.imported else "nothing")
        self.imported_changed.emit()
        self.opening_undone.emit()
        self.segmentation_changed.emit()

    # ---- offers, shop, export choices (kept in the project) ----------------------------------------
    def set_offer(self, offer: Offer) -> None:
        """The owner's offer for its list (``offer.target_kind``, ``offer.target``)."""
        if self.project is not None:
            self.project.set_offer(offer)
            self.mark_dirty()

    def reset_offer(self, target_kind: str, target: str) -> None:
        """Back to the default offer for one list."""
        if self.project is not None:
            self.project.remove_offer(target_kind, target)
            self.mark_dirty()

    def set_offer_test(self, test: OfferTest) -> None:
        """A list's second offer (B) and its share, kept in the project (definitions §9)."""
        if self.project is not None:
            self.project.set_offer_test(test)
            self.mark_dirty()

    def remove_offer_test(self, mailing_list: MailingList) -> None:
        """The list gets its one offer again."""
        if self.project is not None and self.project.offer_test(mailing_list) is not None:
            self.project.remove_offer_test(mailing_list)
            self.mark_dirty()

    def new_shop(self, shop: ShopInfo) -> ShopInfo:
        """A new analysis's shop writes in the window's language (a German window: the German offer
        pack, German dates and money); an analysis kept or opened keeps its own language."""
        return shop if self.language is Language.ENGLISH else shop.with_language(self.language)

    def shop_info(self) -> ShopInfo:
        """The shop: name, currency and locale (money everywhere is shown in its currency)."""
        if self.project is None:
            from core.shop import ShopInfo  # noqa: PLC0415 - (light: not the campaign package, see core/shop.py)

            return ShopInfo()
        return self.project.shop

    def set_shop(self, shop: ShopInfo) -> None:
        if self.project is not None and shop != self.project.shop:
            self.project.shop = shop
            self.mark_dirty()

    def set_export_choices(self, choices: ExportChoices) -> None:
        """What the last export used (lists, control share, CSV), saved with the project."""
        if self.project is not None:
            self.project.export = choices
            self.keep_soon()

    # ---- unsaved changes -------------------------------------------------------------------------
    def mark_dirty(self, dirty: bool = True) -> None:
        if dirty:
            self.keep_soon()
        if dirty != self.dirty:
            self.dirty = dirty
            self.dirty_changed.emit(dirty)

    @property
    def unsaved_project(self) -> bool:
        """A project file is open and changed since it was saved (the only thing that can be lost:
        the analysis itself is kept for its file)."""
        return self.dirty and self.project_path is not None

    def status_text(self) -> str:
        if self.imported is None:
            return ""
        tx = self.imported.result.transactions
        locale = window_locale(self.shop_info().locale)     # (the window's words around them)
        parts = [self.tr("%1 purchase row(s)", "", len(tx)).replace("%1", format_number(len(tx), 0, locale))]
        seg = self.segmentation
        if seg is not None:   # (the customers segmented, as every page counts them; then those who never bought)
            buyers = seg.buyer_count   # (on the GUI thread: a count, not a copy of the table)
            parts.append(self.tr("%1 customer(s)", "", buyers).replace("%1", format_number(buyers, 0, locale)))
            prospects = len(seg.customers) - buyers
            if prospects:
                parts.append(self.tr("%1 prospect(s)", "", prospects).replace("%1", format_number(prospects, 0, locale)))
            if seg.reference_date is not None:
                parts.append(self.tr("reference date %1").replace(
                    "%1", format_date(seg.reference_date.date(), locale)))
        return "   ·   ".join(parts)

    def shutdown(self) -> None:
        """Keep the analysis for its file, then stop the session's background work (the charts'
        runners stop first, see MainWindow)."""
        if self._keep_timer.isActive():
            self.keep()
        for runner in self.runners():
            runner.shutdown()
        self.chart_executor.shutdown(wait=True, cancel_futures=True)


@dataclasses.dataclass(frozen=True)
class _Before:
    """The analysis open before a file is opened: what _undo_opening puts back."""

    project: Project | None
    project_path: str | None
    imported: tasks.Imported | None
    computed: tasks.Computed | None
    recalled: Recalled | None
    dirty: bool


def _default_comparison(imported: tasks.Imported, settings: Settings) -> CompareTo | None:
    """The comparison a new analysis starts with: 90 days before the reference date when the
    file's history reaches back that far, else 30 days, else none (CompareTo.default_for)."""
    from core.segmentation import CompareTo  # noqa: PLC0415 - pandas stays out of start-up

    result = imported.result
    dates = result.transactions["date"] if "date" in result.transactions else None
    first = dates.min() if dates is not None and len(dates) else None
    reference = settings.reference_date or (result.latest_date.date() if result.latest_date is not None else None)
    if first is None or first != first:          # no date at all (NaT)
        return None
    return CompareTo.default_for(first.date(), reference)
