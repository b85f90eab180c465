"""Before sending, in the window (definitions §9): a second offer (B) on the Offers page, saved in
the project and recorded per customer by the export; the Export page's sentence of what each
list's control group can detect, following the control share."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import Qt

from core.campaigns import CampaignHistory, MailingList, plan_detectability, variant_b_size
from core.user_folders import CAMPAIGN_STORE_ENV

pytestmark = pytest.mark.gui

AT_RISK = "segment:At Risk"


def settled(runner, qtbot):
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=20000)


def test_a_second_offer_is_saved_previewed_and_recorded_by_the_export(loaded, qtbot, tmp_path, monkeypatch):
    store = tmp_path / "campaigns.sqlite3"
    monkeypatch.setenv(CAMPAIGN_STORE_ENV, str(store))
    page = loaded.pages["Offers"]
    loaded.show_page("Offers")
    page.select_list(AT_RISK)
    assert not page.test_box.is_on() and not page.tabs.isTabEnabled(1)
    assert not page.test_box.share.isVisible()
    page.test_box.enabled.setChecked(True)                    # "Test a second offer"
    assert page.tabs.isTabEnabled(1) and page.tabs.currentIndex() == 1 and page.test_box.share.isVisible()
    project = loaded.session.project
    at_risk = MailingList.parse(AT_RISK)
    test = project.offer_test(at_risk)
    assert test is not None and test.share_b == 0.5 and test.offer_b.coupon_prefix.endswith("-B")
    # offer B starts as a copy of A: the preview says the test would compare the offer with itself
    alike = "Offer B still gives what offer A gives (only its coupon codes differ)"
    qtbot.waitUntil(lambda: alike in page.preview_text(), timeout=5000)
    page.editor_b.title.setText("A gift for you, {first_name}")
    page.test_box.share.setValue(40)
    test = project.offer_test(at_risk)
    assert test.offer_b.title == "A gift for you, {first_name}" and test.share_b == 0.4
    assert loaded.session.dirty and project.to_dict()["offer_tests"][0]["share_b"] == 0.4
    # the preview shows offer B's message, and says what the export does
    qtbot.waitUntil(lambda: "Subject: A gift for you, " in page.preview_text(), timeout=5000)
    assert page.preview_text().startswith("Offer B of this list's offer test") and alike not in page.preview_text()
    settled(page.test_box.runner, qtbot)
    found = plan_detectability(loaded.session.segmentation, [at_risk], project.export.control_share)[0]
    b = variant_b_size(found.mailed, 0.4)
    assert page.test_box.split.text().startswith(f"With {found.control} held back as the control group (10%), the "
                                                 f"export mails {found.mailed} of this list's customers: "
                                                 f"{found.mailed - b} get offer A and {b} get offer B")
    page.tabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: "Offer A" in page.preview_text(), timeout=5000)
    # exported: the variants recorded per customer, as the preview said
    export = loaded.pages["Export"]
    loaded.show_page("Export")
    out = tmp_path / "mailing.xlsx"
    export.output.setText(str(out))
    export.select_list(AT_RISK)
    with qtbot.waitSignal(loaded.session.export_runner.busy_changed, check_params_cb=lambda busy: not busy,
                          timeout=30000):
        export.export_button.click()
    assert out.exists()
    with CampaignHistory(store) as history:
        members = history.members(history.campaign().number)
    mailed = members[~members["control"]]
    assert len(mailed) == found.mailed and int(members["control"].sum()) == found.control
    assert (mailed["variant"] == "B").sum() == b and (mailed["variant"] == "A").sum() == found.mailed - b
    assert set(mailed.loc[mailed["variant"] == "B", "offer_title"]) == {"A gift for you, [first name]"}  # its outline
    sheet = openpyxl.load_workbook(out, read_only=True)["At Risk"]
    header = [cell.value for cell in next(sheet.iter_rows(max_row=1))]
    assert "Variant" in header
    # switched off: the list gets its one offer again
    loaded.show_page("Offers")
    page.test_box.enabled.setChecked(False)
    assert project.offer_test(at_risk) is None and not page.tabs.isTabEnabled(1)


def test_the_export_page_says_what_the_control_share_can_detect(loaded, qtbot):
    page = loaded.pages["Export"]
    loaded.show_page("Export")
    page.select_list(AT_RISK)
    page.detectable.update_now()
    settled(page.detectable.runner, qtbot)
    seg = loaded.session.segmentation
    at_risk = MailingList.parse(AT_RISK)
    ten = plan_detectability(seg, [at_risk], 0.10)[0]
    assert page.detectable.toPlainText() == f"At Risk: {ten.sentence()}"
    assert ten.sentence().startswith(f"With {ten.customers} customers who can be mailed and a 10% control, ")
    before = page.detectable.toPlainText()
    page.control.setValue(30)                                  # waits for the last change, then works it out
    qtbot.waitUntil(lambda: page.detectable.toPlainText() != before, timeout=5000)
    settled(page.detectable.runner, qtbot)
    thirty = plan_detectability(seg, [at_risk], 0.30)[0]
    assert page.detectable.toPlainText() == f"At Risk: {thirty.sentence()}"
    assert "and a 30% control" in page.detectable.toPlainText()
    # two lists: one sentence each; none ticked: what to do
    for i in range(page.lists.count()):
        if page.lists.item(i).data(Qt.UserRole) == "segment:Hibernating":
            page.lists.item(i).setCheckState(Qt.Checked)
    qtbot.waitUntil(lambda: "Hibernating:" in page.detectable.toPlainText(), timeout=5000)
    page.check_kind(None)
    qtbot.waitUntil(lambda: page.detectable.toPlainText().startswith("Tick a list"), timeout=5000)
