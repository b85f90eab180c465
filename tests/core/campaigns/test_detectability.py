"""Before sending: what each list's control share can detect, and the rate it assumes."""

from __future__ import annotations

import numpy as np
import pandas as pd

from core.campaigns.detectability import (
    DEFAULT_BASE_RATE,
    BaseRate,
    detectability,
    list_base_rate,
    plan_detectability,
)
from core.campaigns.mailing_list import ListKind, MailingList
from core.campaigns.statistics import min_detectable_uplift
from tests.core.campaigns.test_export import make_customers
from tests.factories import segmentation_of


def test_the_sentence_for_a_list_of_120():
    found = detectability("At Risk", 120, 0.10, BaseRate(0.10, False))
    assert (found.mailed, found.control) == (108, 12)
    assert found.uplift == min_detectable_uplift(108, 12, 0.10)
    assert found.compare_share == 0.25 and found.compare_uplift == min_detectable_uplift(90, 30, 0.10)
    assert found.sentence() == ("With 120 customers who can be mailed and a 10% control, only an uplift of 23 points or more would "
                                "show; a 25% control would detect 16 points. (Assuming 10% of them buy within the "
                                "window without mail: the data cannot tell for this list.)")
    assert "a 50% control would detect" in detectability("x", 120, 0.25, BaseRate(0.1, True)).sentence()
    assert "would detect" not in detectability("x", 120, 0.5, BaseRate(0.1, True)).sentence()
    assert "10\u00a0%" in detectability("x", 120, 0.10, BaseRate(0.1, True)).sentence("de_DE")


def test_no_control_group_and_tiny_lists_say_so():
    assert "no control group is kept" in detectability("New", 4, 0.10, BaseRate(0.1, False)).sentence()
    assert "not even the largest uplift would show" in detectability("New", 12, 0.10, BaseRate(0.3, True)).sentence()


def test_the_base_rate_comes_from_the_list_when_it_can():
    customers = pd.DataFrame({"days_since_last": pd.array(list(range(0, 100)), dtype="Int64")})
    everyone = pd.Series(True, index=customers.index)
    assert list_base_rate(customers, everyone, 30) == BaseRate(0.30, True)      # 30 of 100 bought in 30 days
    quiet = pd.Series(customers["days_since_last"] >= 60, index=customers.index)
    assert list_base_rate(customers, quiet, 30) == BaseRate(DEFAULT_BASE_RATE, False)   # none lately: 10 %
    few = pd.Series(np.arange(100) < 20, index=customers.index)
    assert list_base_rate(customers, few, 30) == BaseRate(DEFAULT_BASE_RATE, False)      # under 30 customers


def test_plan_counts_only_the_customers_an_export_could_mail():
    customers = make_customers(300)
    segmentation = segmentation_of(customers, reference_date=pd.Timestamp("2026-06-30"))
    lists = [MailingList(ListKind.SEGMENT, "At Risk"), MailingList(ListKind.STATUS, "Lost")]
    found = plan_detectability(segmentation, lists, 0.10)
    assert [f.list_name for f in found] == ["At Risk", "Lost"]
    at_risk = customers["rfm_segment"] == "At Risk"
    assert found[0].customers <= int(at_risk.sum())
    assert found[0].control == int(np.floor(found[0].customers * 0.1 + 0.5))
    assert all(f.sentence().startswith(f"With {f.customers} customers who can be mailed and a 10% control") for f in found
               if f.control)


def test_the_sentence_in_the_shops_language():
    """Found by a trial of the window: the Export page's "It can show" box was English in German and
    French windows (an f-string, no catalogue key)."""
    from core.language import Language  # noqa: PLC0415 - beside its one use
    from core.words import Words  # noqa: PLC0415

    german = detectability("x", 120, 0.10, BaseRate(0.1, True)).sentence("de_DE", Words(Language.GERMAN))
    assert german.startswith("Bei 120 Kunden, die angeschrieben werden können, und 10\u00a0% Kontrollgruppe würde erst ein Zuwachs ab ")
    assert "mit 25\u00a0% Kontrollgruppe wären es" in german and "wie im letzten Zeitraum.)" in german


def test_one_customer_who_can_be_mailed_is_said_in_the_singular():
    """Found by a trial of the window: "New Customers: With 1 customers …", and "With 12 customers" beside
    a list of 19 (12 could be mailed), which the sentence now says."""
    from core.campaigns.detectability import BaseRate, detectability  # noqa: PLC0415

    one = detectability("New Customers", 1, 0.1, BaseRate(0.1, False))
    assert one.sentence().startswith("With 1 customer who can be mailed and a 10% control, no control group is kept")
