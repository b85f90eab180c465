"""One colour per name everywhere (gui.palette), the segment filter in the map's order, and a
tooltip on every score, status, segment and tier (gui.segment_help)."""

from __future__ import annotations

import dataclasses

import pytest
from matplotlib.colors import to_hex
from matplotlib.figure import Figure
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from core.segmentation import TierRules, segment_names, tier_distribution
from gui import charts
from gui.palette import EXTRA_COLOURS, TIER_COLOURS, colour_by_name, segment_colour, tier_colour
from gui.segment_help import STATUS_HELP, column_help, score_tooltip, segment_tooltip, tier_tooltip, tier_tooltips
from tests.factories import make_segmentation

pytestmark = pytest.mark.gui


def test_a_tier_keeps_its_colour_whatever_its_place_or_the_file():
    assert tier_colour("Gold") == TIER_COLOURS["Gold"] == tier_colour("gold")
    before = tier_colour("VIP")
    for other in ("Tier 7", "Friends", "Gold", "VIP club"):   # other names seen first change nothing
        tier_colour(other)
        segment_colour(other)
    assert tier_colour("VIP") == before == colour_by_name("vip") and before in EXTRA_COLOURS
    assert segment_colour("Champions") == "#1b7837" and segment_colour("Big spenders") in EXTRA_COLOURS


def test_tier_chart_and_lists_use_the_same_colour_per_name(loaded, qtbot):
    session = loaded.session
    rules = dataclasses.replace(session.settings.tiers, names=["Bronze", "VIP", "Gold", "Platinum"])
    with qtbot.waitSignal(session.segmentation_changed, timeout=30000):
        session.update_settings(dataclasses.replace(session.settings, tiers=rules))
    seg = session.segmentation
    figure = Figure()
    charts.tier_bars(figure, tier_distribution(seg.customers, seg.tier_names))
    bars = {label.get_text(): to_hex(patch.get_facecolor())
            for label, patch in zip(figure.axes[0].get_xticklabels(), figure.axes[0].patches, strict=True)}
    assert bars == {name: tier_colour(name) for name in ["Bronze", "VIP", "Gold", "Platinum"]}
    loaded.show_page("Offers")
    lists = loaded.pages["Offers"].lists
    for row in range(lists.count()):
        entry = lists.item(row)
        name = entry.text().rsplit("  (", 1)[0]
        if name in bars:
            pixel = entry.icon().pixmap(12, 12).toImage().pixelColor(6, 6)
            assert pixel == QColor(bars[name]), name


def test_segment_filter_follows_the_map(loaded):
    loaded.show_page("Customers")
    combo = loaded.pages["Customers"].filters.choices["rfm_segment"]
    shown = [combo.itemText(i) for i in range(1, combo.count())]
    seg = loaded.session.segmentation
    present = set(seg.customers["rfm_segment"])
    assert shown == [name for name in segment_names(seg.settings.segment_map) if name in present]
    statuses = loaded.pages["Customers"].filters.choices["activity_status"]
    assert [statuses.itemText(i) for i in range(1, statuses.count())] == ["Active", "Overdue", "Inactive", "Lost"]
    tiers = loaded.pages["Customers"].filters.choices["tier"]
    assert [tiers.itemText(i) for i in range(1, tiers.count())] == ["Bronze", "Silver", "Gold", "Platinum"]


def test_every_score_status_segment_and_tier_has_a_tooltip(loaded):
    loaded.show_page("Customers")
    model = loaded.pages["Customers"].table.model()
    columns = {model.headerData(c, Qt.Horizontal): c for c in range(model.columnCount())}
    frame = model.frame()
    row = 0
    source = frame.iloc[model.source_row(row)]
    for header, words in (("R", "Recency score"), ("F", "Frequency score"), ("M", "Money score")):
        column = columns[header]
        tip = model.data(model.index(row, column), Qt.ToolTipRole)
        score = int(source[f"{header.lower()}_score"])
        assert tip.startswith(f"{words} {score} of 5"), tip
        assert words in model.headerData(column, Qt.Horizontal, Qt.ToolTipRole)
    segment_tip = model.data(model.index(row, columns["Segment"]), Qt.ToolTipRole)
    assert source["rfm_segment"] in segment_tip and "What to offer" in segment_tip
    status_tip = model.data(model.index(row, columns["Status"]), Qt.ToolTipRole)
    assert status_tip == STATUS_HELP[source["activity_status"]]
    tier_tip = model.data(model.index(row, columns["Tier"]), Qt.ToolTipRole)
    assert tier_tip.startswith(str(source["tier"])) and "£" in tier_tip
    # the lists of Offers and Export say who they hold
    loaded.show_page("Export")
    entry = loaded.pages["Export"].lists.item(0)
    assert "Champions" in entry.toolTip() and "customers" in entry.toolTip()


def test_tier_tooltip_words():
    ladder = [("Bronze", 0.0), ("Silver", 630.0), ("Gold", 2100.0), ("Platinum", 5500.0)]
    assert tier_tooltip("Gold", ladder, "last_12m", "GBP", "en_GB") == (
        "Gold: spent at least £2,100 in the last 12 months; next: Platinum from £5,500")
    assert tier_tooltip("Bronze", ladder, "lifetime", "EUR", "de_DE") == (
        "Bronze: the first tier, for everyone below the next; next: Silver from 630\xa0€ since their first purchase")
    assert tier_tooltip("Platinum", ladder, "calendar_year", "GBP", "en_GB").endswith("this calendar year")
    assert score_tooltip("r", 5) == "Recency score 5 of 5 (5 = bought most recently, compared with your other customers)"
    assert score_tooltip("m", None).startswith("Money score: none")
    assert column_help("overdue_ratio").endswith("(overdue_ratio)") and column_help("country") == "country"


def test_owner_tiers_on_a_made_segmentation_get_tooltips_in_ladder_order():
    seg = make_segmentation()
    rules = TierRules.from_dict({"names": ["Friends", "VIP"], "thresholds": [100.0]})
    tips = tier_tooltips(make_segmentation(settings=dataclasses.replace(seg.settings, tiers=rules)), "GBP", "en_GB")
    assert list(tips) == ["Friends", "VIP"] and tips["VIP"].startswith("VIP: spent at least £100")


def test_segment_and_tier_tooltips_are_built_once_per_segmentation_and_shop(loaded, qtbot):
    """Hovering segment and tier cells looks the tooltip up: every cell of one segment gets the one
    text built for it (not a new one per cell, each reading the shop's words from disk); the shop's
    currency or a new segmentation builds them again."""
    loaded.show_page("Customers")
    page = loaded.pages["Customers"]
    model = page.table.model()
    columns = {model.headerData(c, Qt.Horizontal): c for c in range(model.columnCount())}
    frame, session = model.frame(), loaded.session
    rows = range(min(model.rowCount(), 400))

    def tips(header: str) -> dict[str, list[str]]:
        found: dict[str, list[str]] = {}
        for row in rows:
            name = frame.iloc[model.source_row(row)][{"Segment": "rfm_segment", "Tier": "tier"}[header]]
            found.setdefault(name, []).append(model.data(model.index(row, columns[header]), Qt.ToolTipRole))
        return found

    segments, tiers = tips("Segment"), tips("Tier")
    assert len(segments) > 3 and len(tiers) > 1
    for name, texts in {**segments, **tiers}.items():
        assert all(text is texts[0] for text in texts), name        # one text per name, looked up
    assert segments["Champions"][0] == segment_tooltip("Champions", words=session.shop_info().words())
    shop = session.shop_info()
    assert tiers["Gold"][0] == tier_tooltips(session.segmentation, shop.currency, shop.locale)["Gold"]
    assert "£" in tiers["Gold"][0]

    session.set_shop(dataclasses.replace(shop, currency="EUR"))     # (the Offers page's currency box)
    gold = next(row for row in rows if frame.iloc[model.source_row(row)]["tier"] == "Gold")
    euro = model.data(model.index(gold, columns["Tier"]), Qt.ToolTipRole)
    assert "€" in euro and "£" not in euro

    rules = dataclasses.replace(session.settings.tiers, names=["Bronze", "Silver", "Gold", "Diamond"])
    with qtbot.waitSignal(session.segmentation_changed, timeout=30000):
        session.update_settings(dataclasses.replace(session.settings, tiers=rules))
    model = page.table.model()
    gold = next(row for row in range(model.rowCount()) if model.frame().iloc[model.source_row(row)]["tier"] == "Gold")
    assert "next: Diamond from" in model.data(model.index(gold, columns["Tier"]), Qt.ToolTipRole)
