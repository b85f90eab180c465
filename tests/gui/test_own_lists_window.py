"""The Customers page's own lists (definitions §12): the filter panel's new filters, "Save as list…",
showing and deleting a saved list, a saved list on the Offers and Export pages, and a saved list
coming back with its project and following a newer purchases file."""

from __future__ import annotations

import pandas as pd
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog

from core.campaigns import MailingList, members_mask
from core.segmentation import Bought, Check, Condition, PurchaseCondition
from tests.gui.helpers import filter_customers

pytestmark = pytest.mark.gui

BAG = "JUMBO BAG RED RETROSPOT"


@pytest.fixture
def loaded(loaded):
    loaded.show_page("Customers")
    return loaded


def recomputed(window, qtbot):
    return qtbot.waitSignal(window.session.segmentation_changed, timeout=30000)


def shown_ids(page) -> list[str]:
    model = page.table.model()
    frame = model.frame()
    return sorted(str(frame.iloc[model.source_row(r)]["customer_id"]) for r in range(model.rowCount()))


def bag_buyers(window, days: int) -> set[str]:
    """Customers with a (non-return) purchase of the red jumbo bag dated in the last ``days`` days,
    straight from the imported purchases."""
    tx = window.session.imported.result.transactions
    ref = window.session.segmentation.reference_date
    rows = tx[(tx["product"].astype(str).str.strip().str.casefold() == BAG.casefold()) & ~tx["is_return"]
              & (tx["date"] >= ref - pd.Timedelta(days=days - 1)) & (tx["date"] <= ref)]
    return set(rows["customer_id"].astype(str))


def set_bag_filter(page, qtbot, days: int = 365) -> None:
    panel = page.filters
    panel.choices["country"].setCurrentIndex(panel.choices["country"].findData("United Kingdom"))
    panel.column.setCurrentIndex(panel.column.findData("revenue"))
    panel.condition.setText(">= 1000")
    panel.field.setCurrentIndex(panel.field.findData("product"))
    panel.item.setEditText(BAG.lower())  # letter case aside
    panel.when.setCurrentIndex(panel.when.findData(Bought.WITHIN.value))
    panel.days.setValue(days)
    filter_customers(page, qtbot)


def test_the_panel_filters_on_any_column_and_on_purchases(loaded, qtbot):
    page = loaded.pages["Customers"]
    customers = loaded.session.segmentation.customers.set_index("customer_id")
    set_bag_filter(page, qtbot)
    ids = shown_ids(page)
    expected = sorted(set(customers.index[(customers["country"] == "United Kingdom")
                                          & (customers["revenue"] >= 1000)]) & bag_buyers(loaded, 365))
    assert ids == expected and 0 < len(ids) < 50
    assert "Showing" in page.count.text() and f"{len(ids)} of 300" in page.count.text()
    assert "Country is United Kingdom" in page.describe.text() and "bought product" in page.describe.text()
    # "before, but not in the last 60 days": bought it in the last year, not in the last 60 days
    page.filters.when.setCurrentIndex(page.filters.when.findData(Bought.NOT_WITHIN.value))
    page.filters.days.setValue(60)
    filter_customers(page, qtbot)
    ever = set(customers.index[(customers["country"] == "United Kingdom") & (customers["revenue"] >= 1000)])
    ever &= bag_buyers(loaded, 100_000)
    assert shown_ids(page) == sorted(ever - bag_buyers(loaded, 60))
    # a favourite product is a choice like the segment
    page.clear_filters()
    favourite = page.filters.choices["favourite_product"]
    assert favourite.findData(BAG) > 0
    with qtbot.waitSignal(page.filtered, timeout=20000):
        favourite.setCurrentIndex(favourite.findData(BAG))
    assert shown_ids(page) == sorted(customers.index[customers["favourite_product"] == BAG])


def test_a_condition_the_column_cannot_take_is_said_in_words(loaded, qtbot):
    page = loaded.pages["Customers"]
    panel = page.filters
    panel.column.setCurrentIndex(panel.column.findData("revenue"))
    panel.condition.setText(">= lots")
    filter_customers(page, qtbot)
    assert page.table.model().rowCount() == 300  # left out, not a crash
    assert '"lots" is not a number' in panel.problem.text() and "Type a number" in panel.problem.text()
    assert not panel.problem.isHidden()
    panel.condition.setText("100 to 200")
    filter_customers(page, qtbot)
    revenue = loaded.session.segmentation.customers.set_index("customer_id")["revenue"]
    assert shown_ids(page) == sorted(revenue.index[(revenue >= 100) & (revenue <= 200)])
    assert panel.problem.text() == "" and panel.problem.isHidden()


def test_save_as_list_show_it_mail_it_and_delete_it(loaded, qtbot, tmp_path, message_boxes, monkeypatch):
    page = loaded.pages["Customers"]
    set_bag_filter(page, qtbot)
    ids = shown_ids(page)
    # Library patch kept: QInputDialog.getText is modal and static; answering it is the test's only way in.
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("  Big bag buyers ", True))
    with recomputed(loaded, qtbot):
        assert page.save_as_list()
    saved = loaded.session.settings.saved_lists
    assert [s.name for s in saved] == ["Big bag buyers"]
    assert saved[0].filter.conditions == (Condition("country", Check.IS, "United Kingdom"),
                                          Condition("revenue", Check.AT_LEAST, 1000.0))
    assert saved[0].filter.purchases == (PurchaseCondition("product", BAG.lower(), 365, Bought.WITHIN),)
    assert loaded.session.dirty and page.saved.currentText() == "Big bag buyers"

    # the list's filters come back in the panel when it is picked again
    page.clear_filters()
    assert page.table.model().rowCount() == 300
    page.saved.setCurrentIndex(page.saved.findData("Big bag buyers"))
    with qtbot.waitSignal(page.filtered, timeout=20000):
        page.saved.activated.emit(page.saved.currentIndex())
    assert shown_ids(page) == ids
    assert page.filters.choices["country"].currentData() == "United Kingdom"
    assert page.filters.ranges["revenue"][0].text() == "1000"  # typed as a condition, shown as "Spent from"
    assert page.filters.item.currentText() == BAG.lower() and page.filters.days.value() == 365

    # a list like any other: on the Offers page with its count, mailed from Export
    offers = loaded.pages["Offers"]
    loaded.show_page("Offers")
    keys = [offers.lists.item(i).data(Qt.UserRole) for i in range(offers.lists.count())]
    own = [k for k in keys if not k.startswith("migration:")]   # the Changes page's paths come last
    assert own[-4:] == ["occasion:Birthday soon", "occasion:Anniversary soon", "occasion:Due to re-buy",
                        "saved:Big bag buyers"]
    assert offers.lists.item(keys.index("saved:Big bag buyers")).text() == f"Big bag buyers  ({len(ids)})"
    export = loaded.pages["Export"]
    loaded.show_page("Export")
    export.check_kind(None)
    for i in range(export.lists.count()):
        if export.lists.item(i).data(Qt.UserRole) == "saved:Big bag buyers":
            export.lists.item(i).setCheckState(Qt.Checked)
    out = tmp_path / "bags.xlsx"
    export.output.setText(str(out))
    with qtbot.waitSignal(loaded.session.export_runner.busy_changed, check_params_cb=lambda b: not b,
                          timeout=30000):
        export.export_button.click()
    sheets = pd.read_excel(out, sheet_name=None, dtype=str)
    assert "Big bag buyers" in sheets
    mailed = set(sheets["Big bag buyers"]["Customer ID"])
    held = set(sheets.get("Control group — do not contact", pd.DataFrame(columns=["Customer ID"]))["Customer ID"])
    left = sheets["Left out"]
    left_ids = set(left.loc[left["List"] == "Big bag buyers", "Customer ID"]) if len(left) else set()
    assert mailed and mailed | held | left_ids == set(ids)  # everyone on the list, once

    # a name another list has is refused in words; deleting forgets the list, the customers stay
    loaded.show_page("Customers")
    assert not page.save_as_list("Champions")
    assert message_boxes[-1][0] == "warning" and '"Champions" already names a list' in message_boxes[-1][2]
    assert not page.save_as_list("Champions -> At Risk")
    assert "An arrow names a move between two segments" in message_boxes[-1][2]
    with recomputed(loaded, qtbot):
        assert page.delete_list("Big bag buyers", ask=False)
    assert loaded.session.settings.saved_lists == []
    assert page.saved.count() == 1
    loaded.show_page("Offers")
    assert "saved:Big bag buyers" not in [offers.lists.item(i).data(Qt.UserRole) for i in range(offers.lists.count())]


def test_a_saved_list_follows_a_newer_file_and_comes_back_with_its_project(window, qtbot, tmp_path, monkeypatch,
                                                                          sample_csv):
    # the shop's file as it was in the summer, then the same file exported again in December
    full = pd.read_csv(sample_csv, dtype=str)
    purchases = tmp_path / "shop.csv"
    full[full["InvoiceDate"] < "2011-08-01"].to_csv(purchases, index=False)
    with qtbot.waitSignal(window.session.segmentation_changed, timeout=30000):
        window.open_file(str(purchases), ask_mapping=False)
    window.show_page("Customers")
    page = window.pages["Customers"]
    set_bag_filter(page, qtbot, days=90)
    summer = shown_ids(page)
    assert summer == sorted(set(summer) & bag_buyers(window, 90))
    with recomputed(window, qtbot):
        assert page.save_as_list("Bag buyers")
    project = tmp_path / "shop.json"
    # Library patch kept: the platform's file dialog is modal and static, with no hook to answer it.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(project), ""))
    assert window.save_project()

    def december() -> list[str]:
        customers = window.session.segmentation.customers.set_index("customer_id")
        return sorted(set(customers.index[(customers["country"] == "United Kingdom")
                                          & (customers["revenue"] >= 1000)]) & bag_buyers(window, 90))

    def offered() -> str:
        window.show_page("Offers")
        offers = window.pages["Offers"]
        keys = [offers.lists.item(i).data(Qt.UserRole) for i in range(offers.lists.count())]
        return offers.lists.item(keys.index("saved:Bag buyers")).text()

    # the newer export of the same file (same columns) gets the shop's choices back, its list too,
    # worked out again on the new purchases
    full.to_csv(purchases, index=False)
    with qtbot.waitSignal(window.session.segmentation_changed, timeout=30000):
        window.open_file(str(purchases), ask_mapping=False)
    assert [s.name for s in window.session.settings.saved_lists] == ["Bag buyers"]
    assert window.session.segmentation.reference_date == pd.Timestamp("2011-12-09")
    now = december()
    assert now != summer and now
    assert offered() == f"Bag buyers  ({len(now)})"

    # the project brings it back too, with the same customers
    with qtbot.waitSignal(window.session.segmentation_changed, timeout=30000):
        window.open_project(str(project))
    assert [s.name for s in window.session.settings.saved_lists] == ["Bag buyers"]
    assert december() == now and offered() == f"Bag buyers  ({len(now)})"
    window.show_page("Customers")
    assert page.saved.findData("Bag buyers") > 0


def test_a_list_from_a_product_template(loaded, qtbot):
    page = loaded.pages["Customers"]
    page.search.setText("zzz")
    filter_customers(page, qtbot)
    actions = page.template_button.menu().actions()
    # the sample's purchases name products but no categories: product templates only
    assert [a.text() for a in actions] == ["Bought a product in the last N days",
                                           "Bought a product before, but not in the last N days"]
    actions[1].trigger()
    assert page.search.text() == "" and page.filters.field.currentData() == "product"
    assert page.filters.when.currentData() == Bought.NOT_WITHIN.value
    page.filters.item.setEditText(BAG)
    page.filters.days.setValue(30)
    filter_customers(page, qtbot)
    lapsed = sorted(bag_buyers(loaded, 100_000) - bag_buyers(loaded, 30))
    assert shown_ids(page) == lapsed
    with recomputed(loaded, qtbot):
        assert page.save_as_list("Red bag, not this month")
    seg = loaded.session.segmentation
    mask = members_mask(seg, MailingList.parse("saved:Red bag, not this month")).to_numpy(dtype=bool)
    assert sorted(seg.customers.loc[mask, "customer_id"].astype(str)) == lapsed
