"""The session holds the real Project and the current import; each page prepares its own data."""

from __future__ import annotations

import dataclasses

import pandas as pd
import pytest

from core.campaigns import MailingList
from core.campaigns.offers import Discount, Offer, ShopInfo
from core.project import ExportChoices, Project
from gui.mailing_lists import MailingLists
from gui.page_registry import PAGE_SPECS, prepare_pages
from gui.pages.overview import OverviewData
from gui.pages.segments import SegmentsData
from tests.factories import make_imported, make_segmentation, random_transactions

pytestmark = pytest.mark.gui


def show(window, qtbot, imported) -> None:
    with qtbot.waitSignal(window.session.segmentation_changed, timeout=30000):
        window.on_imported(imported)


def recompute(window, qtbot, **changes) -> None:
    session = window.session
    with qtbot.waitSignal(session.segmentation_changed, timeout=30000):
        assert session.update_settings(dataclasses.replace(session.settings, **changes))


def test_the_session_holds_the_project_and_the_import(window, qtbot):
    imported = make_imported(random_transactions(60, seed=3), path="shop.csv", currency="eur")
    show(window, qtbot, imported)
    session = window.session
    project = session.project
    assert isinstance(project, Project) and session.settings is project.settings
    assert project.shop.currency == "EUR"                       # the file's currency becomes the shop's
    assert project.source_file == "shop.csv" and project.import_options is imported.result.options
    assert session.segmentation is session.computed.segmentation and len(session.segmentation.buyers) == 60

    offer = Offer("segment", "At Risk", "Come back", Discount("percent", 10), 30, "Hi {first_name}", {}, "BACK")
    session.set_offer(offer)
    assert project.offer_for("segment", "At Risk") is offer and session.dirty
    session.set_shop(ShopInfo("Bloom", "EUR", "de_DE"))
    session.set_export_choices(ExportChoices([MailingList.parse("segment:At Risk")], 0.2))
    recompute(window, qtbot, window_days=30)

    # another shop's file (other columns): the defaults; nothing of the first analysis leaks into it
    other = make_imported(random_transactions(40, seed=4), path="other.csv")
    other.result.source.columns = ["Date", "Client", "Total"]
    show(window, qtbot, other)
    fresh = session.project
    assert fresh is not project and fresh.settings.window_days == 180 and fresh.export == ExportChoices()
    assert fresh.offers == [] and fresh.shop == ShopInfo()
    assert fresh.source_file == "other.csv" and session.project_path is None and not session.dirty
    assert session.recalled is None

    # the first file again: its settings, offers, shop and export choices are back, as left
    again = make_imported(random_transactions(60, seed=3), path="shop.csv", currency="eur")
    show(window, qtbot, again)
    back = session.project
    assert back.settings.window_days == 30 and back.offers == [offer] and back.shop == ShopInfo("Bloom", "EUR", "de_DE")
    assert back.export.control_share == 0.2 and session.recalled.how.value == "same file"


def test_a_settings_change_reuses_the_customer_facts(window, qtbot):
    show(window, qtbot, make_imported(random_transactions(80, seed=5)))
    cache = window.session.facts_cache
    assert (cache.hits, cache.misses) == (0, 1)
    recompute(window, qtbot, window_days=30)
    assert (cache.hits, cache.misses) == (1, 1)
    assert window.session.segmentation.settings.window_days == 30


def test_every_page_prepares_its_own_data(window, qtbot):
    show(window, qtbot, make_imported(random_transactions(80, seed=6)))
    computed = window.session.computed

    assert set(computed.pages) == {spec.key for spec in PAGE_SPECS if spec.prepare}
    overview = computed.data("overview", OverviewData)
    assert overview is not None and overview.headline.customers == 80
    assert computed.data("overview", SegmentsData) is None          # another page's type: not found
    assert computed.pages["offers"] is computed.pages["export"]      # one prepare, shared

    lists = computed.data("export", MailingLists)
    assert lists is not None and lists.lists and sum(lists.counts.values()) > 0


def test_prepare_needs_no_window():
    """The pages' prepare functions are plain functions of a segmentation (run by the worker)."""
    transactions = random_transactions(50, seed=8)
    pages = prepare_pages(make_segmentation(transactions), transactions, lambda fraction, message="": None)
    assert {"overview", "segments", "winback", "tiers", "customers", "offers", "export"} <= set(pages)


def test_money_is_shown_in_the_shop_currency(window, qtbot):
    """The Overview cards, the win-back total and the "why" text use the shop's currency."""
    show(window, qtbot, make_imported(random_transactions(60, seed=7), currency="EUR"))
    window.show_page("Overview")
    assert window.pages["Overview"].cards["revenue"].value.text().startswith("€")
    window.show_page("Win-back")
    assert "€" in window.pages["Win-back"].summary.text()
    customers = window.pages["Customers"]
    window.show_page("Customers")
    customers.table.selectRow(0)
    assert "€" in customers.detail.why.text()


def test_a_new_analysis_in_a_german_window_writes_in_german_and_keeps_it(window, qtbot):
    from core.language import Language  # noqa: PLC0415 - kept beside its one use
    from gui.offer_lists import offer_for_list  # noqa: PLC0415

    session = window.session
    session.language = Language.GERMAN   # as a window started in German sets it (gui.translation)
    show(window, qtbot, make_imported(random_transactions(60, seed=3), path="laden.csv", currency="eur"))
    shop = session.project.shop
    assert (shop.language, shop.locale, shop.currency) == (Language.GERMAN, "de_DE", "EUR")
    offer = offer_for_list(session.project, MailingList.parse("segment:At Risk"))
    assert offer.title == "Wir vermissen Sie: 15 % Rabatt"   # the German pack, not the English one
    # the shop's name typed on the Offers page keeps the language
    window.show_page("Offers")
    qtbot.waitUntil(lambda: "Offers" in window.pages, timeout=10000)
    window.pages["Offers"].shop_name.setText("Blumen Koch")
    assert session.project.shop == dataclasses.replace(shop, name="Blumen Koch")
    session.mark_dirty(False)


def test_cancelling_the_groups_of_a_file_being_opened_brings_the_previous_analysis_back(loaded, qtbot, monkeypatch,
                                                                                       sample_csv):
    """Found by a trial of the window: Cancel while a newly opened file's customer groups were being
    found kept the new file without groups (empty Overview, no lists to export) and lost the open
    analysis. Opening is one step with its first segmentation: the analysis before comes back."""
    from PySide6.QtCore import Qt  # noqa: PLC0415 - the test's own mouse click
    from PySide6.QtWidgets import QFileDialog  # noqa: PLC0415

    from gui.mapping_dialog import MappingDialog  # noqa: PLC0415
    from tests.gui.helpers import when_dialog  # noqa: PLC0415

    session = loaded.session
    before = (session.imported, session.computed, session.project, loaded.windowTitle(), loaded.counts.text())
    report = loaded.import_page.report.toPlainText()
    # Library patch kept: the platform's file dialog is modal and static, with no hook to answer it.
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(sample_csv), ""))
    when_dialog(MappingDialog, lambda d: d.buttons.accepted.emit())
    with qtbot.waitSignal(session.imported_changed, timeout=60000):
        loaded.open_action.trigger()
    assert session.imported.path == str(sample_csv) and session.compute_runner.is_busy()
    with qtbot.waitSignal(session.opening_undone, timeout=10000):
        qtbot.mouseClick(loaded.progress.cancel_button, Qt.LeftButton)
    assert (session.imported, session.computed, session.project, loaded.windowTitle(), loaded.counts.text()) == before
    assert loaded.import_page.report.toPlainText() == report and "online_retail_sample.xlsx" in report
    # a later change of settings recomputes the analysis that is back, and a cancel of that keeps it
    session.recompute()
    session.compute_runner.cancel()
    assert session.imported is before[0] and session.computed is before[1]


def test_settings_being_worked_out_when_another_file_opens_give_way_if_that_opening_is_cancelled(loaded, qtbot,
                                                                                                  sample_csv):
    """Found by a trial of the window: a Win-back window of 365 days chosen while another file was
    being imported was never worked out (the new file's groups stopped it), yet when that opening was
    cancelled the analysis came back with 365 days in its project beside groups found with 180: a
    saved project, the copy kept for the file and the next recompute used 365 days unseen."""
    import threading  # noqa: PLC0415 - this test's own hold on the workers

    from PySide6.QtCore import Qt  # noqa: PLC0415 - the test's own mouse click

    session = loaded.session
    assert session.segmentation.settings.window_days == 180 and not session.dirty
    importing, computing = threading.Event(), threading.Event()
    loaded.import_flow.runner._executor.submit(importing.wait, 30)     # (B's import waits behind this)
    loaded.open_file(str(sample_csv), ask_mapping=False)
    session.compute_runner._executor.submit(computing.wait, 30)        # (every segmentation waits behind this)
    assert session.update_settings(dataclasses.replace(session.project.settings, window_days=365))
    with qtbot.waitSignal(session.imported_changed, timeout=60000):
        importing.set()                                                 # B is imported; its groups stop A's
    assert session.imported.path == str(sample_csv)
    with qtbot.waitSignal(session.opening_undone, timeout=10000):
        qtbot.mouseClick(loaded.progress.cancel_button, Qt.LeftButton)
    computing.set()
    assert session.imported.path.endswith("online_retail_sample.xlsx")
    assert session.project.settings.window_days == session.segmentation.settings.window_days == 180
    assert not session.dirty


def test_the_status_bar_counts_the_customers_every_page_counts_and_the_prospects_apart(loaded, qtbot):
    # found by a trial of the window: with an earlier reference date the status bar said 295 customers
    # (those who bought only later counted in) while the Overview and the Import page said 206
    session = loaded.session
    seg = session.segmentation
    assert f"{len(seg.buyers):,} customers" in session.status_text() and "prospect" not in session.status_text()
    earlier = dataclasses.replace(session.project.settings, reference_date=pd.Timestamp("2011-06-30"))
    with qtbot.waitSignal(session.segmentation_changed, timeout=60000):
        assert session.update_settings(earlier)
    seg = session.segmentation
    prospects = len(seg.customers) - len(seg.buyers)
    assert prospects > 0
    text = session.status_text()
    assert f"   ·   {len(seg.buyers):,} customers   ·   {prospects:,} prospects   ·   " in text
    assert loaded.counts.text() == text
