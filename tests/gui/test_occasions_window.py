"""The Occasions page (definitions §12) on the sample: the three lists and who is on them, the
windows as settings, the re-buy table; occasion lists on the Offers page with their own offers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from core import schema
from core.segmentation import occasion_members

pytestmark = pytest.mark.gui


@pytest.fixture
def loaded(loaded):
    loaded.show_page("Occasions")
    return loaded


def members(window, name: str) -> list[str]:
    seg = window.session.segmentation
    found = occasion_members(seg.customers, seg.reference_date, seg.settings.occasions, name)
    return sorted(seg.customers.loc[found.to_numpy(), "customer_id"].astype(str))


def offer_counts(window) -> dict[str, str]:
    offers = window.pages["Offers"]
    window.show_page("Offers")
    return {offers.lists.item(i).data(Qt.UserRole): offers.lists.item(i).text() for i in range(offers.lists.count())}


def test_the_page_shows_each_list_and_everyone_on_it(loaded):
    page = loaded.pages["Occasions"]
    birthdays, anniversaries, due = (members(loaded, name) for name in schema.OCCASIONS)
    # the sample's invented birthdays (resources/SAMPLE_DATA.md) put 12 customers in the 14 days after 9 Dec 2011
    assert (len(birthdays), len(anniversaries), len(due)) == (12, 18, 104)
    assert page.counts[schema.BIRTHDAY_SOON].text() == "<b>Birthday soon</b>: 12 customers"
    model = page.upcoming.model()
    frame = model.frame()
    assert model.rowCount() == 12 + 18 + 104
    assert sorted(frame.loc[frame["occasion"] == schema.BIRTHDAY_SOON, "customer_id"].astype(str)) == birthdays
    ahead = frame["days_ahead"].to_numpy()
    assert (ahead[:-1] <= ahead[1:]).all() and ahead.min() >= -7 and ahead.max() <= 14  # soonest first
    seg = loaded.session.segmentation
    rebuy = page.rebuy.model()
    assert rebuy.rowCount() == len(seg.occasions.rebuy) == 71
    assert [rebuy.text(0, c) for c in range(rebuy.columnCount())] == [
        "JUMBO BAG RED RETROSPOT", "62.50", "36.00", "89.50", "82", "26", "9"]
    assert "71 products are bought again" in page.rebuy_intro.text()
    assert [rebuy.headerData(c, Qt.Horizontal) for c in range(rebuy.columnCount())][-2:] == ["Repeat buyers",
                                                                                              "Due now"]
    assert "25th percentile" in rebuy.headerData(2, Qt.Horizontal, Qt.ToolTipRole)


def test_a_longer_window_is_a_setting_and_recomputes_the_lists(loaded, qtbot):
    page = loaded.pages["Occasions"]
    before = members(loaded, schema.BIRTHDAY_SOON)
    with qtbot.waitSignal(loaded.session.segmentation_changed, timeout=30000):
        page.birthday_days.setValue(30)  # applied after a short pause for typing
    assert loaded.session.settings.occasions.birthday_days == 30 and loaded.session.dirty
    after = members(loaded, schema.BIRTHDAY_SOON)
    assert set(before) < set(after)
    assert page.counts[schema.BIRTHDAY_SOON].text() == f"<b>Birthday soon</b>: {len(after)} customers"
    assert page.birthday_days.value() == 30
    assert offer_counts(loaded)["occasion:Birthday soon"] == f"Birthday soon  ({len(after)})"
    # re-buy from 0 days before to 0 after: only who is due on the reference date itself
    loaded.show_page("Occasions")
    with qtbot.waitSignal(loaded.session.segmentation_changed, timeout=30000):
        page.due_before.setValue(0)
        page.due_after.setValue(0)
        page._timer.stop()
        page.apply_settings()
    seg = loaded.session.segmentation
    due = seg.customers.loc[seg.customers["due_product"].notna()]
    assert (due["due_date"] == seg.reference_date).all()
    assert len(due) == len(members(loaded, schema.DUE_TO_REBUY)) < 104


def test_a_cancelled_recompute_puts_the_settings_on_screen_back(loaded, qtbot):
    """Cancelled, the new window stayed in the spin box and the project (and was saved) over lists worked
    out with the old one."""
    page, session = loaded.pages["Occasions"], loaded.session
    shown = session.segmentation
    assert not session.dirty and shown.settings.occasions.anniversary_days == 14
    with qtbot.waitSignal(session.compute_runner.cancelled, timeout=30000):
        page.anniversary_days.setValue(100)
        page._timer.stop()
        page.apply_settings()
        assert session.settings.occasions.anniversary_days == 100 and session.dirty
        qtbot.mouseClick(loaded.progress.cancel_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not session.compute_runner.is_busy(), timeout=30000)
    assert session.segmentation is shown
    assert session.settings == shown.settings and session.settings.occasions.anniversary_days == 14
    assert not session.dirty
    qtbot.waitUntil(lambda: page.anniversary_days.value() == 14, timeout=5000)
    assert page.counts[schema.ANNIVERSARY_SOON].text() == "<b>Anniversary soon</b>: 18 customers"
    # and a recompute that finishes keeps its settings
    with qtbot.waitSignal(session.segmentation_changed, timeout=30000):
        page.anniversary_days.setValue(20)
        page._timer.stop()
        page.apply_settings()
    qtbot.waitUntil(lambda: session.segmentation is not shown, timeout=30000)
    assert session.segmentation.settings.occasions.anniversary_days == session.settings.occasions.anniversary_days == 20
    assert session.dirty


def test_occasion_lists_have_their_own_offers(loaded):
    counts = offer_counts(loaded)
    assert counts["occasion:Due to re-buy"] == "Due to re-buy  (104)"
    offers = loaded.pages["Offers"]
    offers.select_list("occasion:Birthday soon")
    editor = offers.editor
    assert editor.title.text() == "A birthday treat for you"
    assert not editor.validity_from.isHidden() and editor.validity_from.currentData() == "occasion"
    assert editor.validity.value() == 7
    assert "Happy birthday for " in offers.preview_text()
    offers.select_list("occasion:Due to re-buy")
    assert "{due_product}" in editor.template.toPlainText()
    first = members(loaded, schema.DUE_TO_REBUY)
    assert first and any(product in offers.preview_text()
                         for product in loaded.session.segmentation.occasions.rebuy["product"])
    # the restock reminder counts its 21 days from the export; the owner counts them from the due day
    assert editor.validity_from.currentData() == "export" and loaded.session.project.offers == []
    editor.validity_from.setCurrentIndex(editor.validity_from.findData("occasion"))
    assert loaded.session.project.offer_for("occasion", "Due to re-buy").validity_from == "occasion"
    offers.select_list("segment:At Risk")
    assert editor.validity_from.isHidden()
