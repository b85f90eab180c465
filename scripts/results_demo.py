"""A demo pair of purchase files whose campaign has a known effect, for the Results page's pictures.

    python scripts/results_demo.py FOLDER        writes FOLDER/demo-purchases-to-september.csv,
                                                 FOLDER/demo-purchases-to-november.csv and records
                                                 the campaign in FOLDER/campaigns.sqlite3

A shop of 1,500 customers bought from January to September 2024. On 30 September a mailing was
exported through core (every segment, a 30 % control group, seed 7; At Risk tests a second offer
on half of its mailed customers) and recorded in a campaign store. The newer file holds the same
history and October's purchases, simulated with a known effect: in the 30 days after the mailing
a mailed customer buys with a chance of 25 % (At Risk's offer B: 32 %), a control customer with
10 %; most mailed buyers use their coupon code, and two control customers use codes passed on to
them. The Results page should therefore say that the mailing helped, about 15 more of every 100.
A developer tool for the screenshots and the tests; not shipped inside the app.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
#: The day the demo's mailing went out, and its shop's size.
SENT = dt.date(2024, 9, 30)
CUSTOMERS = 1500
#: The chance of buying in the window: control, mailed, and At Risk's offer B.
BASE_RATE, MAILED_RATE, OFFER_B_RATE = 0.10, 0.25, 0.32
BEFORE_NAME, AFTER_NAME, STORE_NAME = "demo-purchases-to-september.csv", "demo-purchases-to-november.csv", \
    "campaigns.sqlite3"


def _history(rng: np.random.Generator) -> pd.DataFrame:
    """January to September 2024: every customer bought one to seven times."""
    rows = []
    start = pd.Timestamp("2024-01-02")
    for i in range(CUSTOMERS):
        cid = f"D{i + 1:05d}"
        visits = int(rng.integers(1, 8))
        days = np.sort(rng.integers(0, 272, size=visits))
        for k, day in enumerate(days):
            rows.append({"Order": f"H{i + 1:05d}-{k}", "Customer": cid, "Email": f"{cid.lower()}@example.com",
                         "First name": f"Customer{i + 1}", "Date": (start + pd.Timedelta(days=int(day))).date(),
                         "Total": round(float(rng.gamma(2.0, 25.0)) + 5, 2), "Discount Code": ""})
    return pd.DataFrame(rows)


def make_demo(folder: Path, store: Path | None = None) -> tuple[Path, Path, Path]:
    """Write the demo pair into ``folder`` and record its campaign in ``store`` (default: a new
    store in ``folder``); (before, after, store)."""
    sys.path.insert(0, str(ROOT))
    from core.campaigns import (  # noqa: PLC0415 - after the checkout is on sys.path
        Discount,
        ExportRequest,
        ListKind,
        MailingList,
        Offer,
        OfferTest,
        ShopInfo,
        StoreChoice,
        export_mailing,
        offer_for,
    )
    from core.campaigns.history import CampaignHistory  # noqa: PLC0415 - as above
    from core.importing import import_purchases  # noqa: PLC0415 - as above
    from core.segmentation import Settings, segment_customers  # noqa: PLC0415 - as above

    folder.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(2024)
    before, after = folder / BEFORE_NAME, folder / AFTER_NAME
    store = store if store is not None else folder / STORE_NAME
    history = _history(rng)
    history.to_csv(before, index=False)
    imported = import_purchases(before)
    segmentation = segment_customers(imported.transactions, Settings(reference_date=SENT), consent=None)
    at_risk = MailingList(ListKind.SEGMENT, "At Risk")
    offer_a = offer_for([], at_risk)
    offer_b = Offer(offer_a.target_kind, offer_a.target, "A gift for you, {first_name}", Discount("amount", 10.0),
                    offer_a.validity_days, offer_a.template, dict(offer_a.fallbacks), "GIFT")
    export_mailing(ExportRequest(segmentation, folder / "demo-mailing.xlsx", control_share=0.3, seed=7,
                                 shop=ShopInfo("The Demo Shop", "GBP", "en_GB"), source_file=str(before),
                                 store=StoreChoice.file(store), export_date=SENT, campaign_name="Autumn mailing",
                                 offer_tests=[OfferTest(at_risk, offer_b)]))
    with CampaignHistory(store) as campaigns:
        number = campaigns.campaign().number
        members = campaigns.members(number)
    window = []
    control_codes = iter(members.loc[~members["control"] & members["coupon_code"].notna(), "coupon_code"].tolist())
    passed_on = 0
    for _, member in members.iterrows():
        rate = BASE_RATE if member["control"] else OFFER_B_RATE if member["variant"] == "B" else MAILED_RATE
        if rng.random() >= rate:
            continue
        code = ""
        if not member["control"] and isinstance(member["coupon_code"], str) and rng.random() < 0.7:
            code = member["coupon_code"]
        elif member["control"] and passed_on < 2:
            code, passed_on = next(control_codes), passed_on + 1
        day = SENT + dt.timedelta(days=int(rng.integers(1, 31)))
        window.append({"Order": f"W-{member['customer_id']}", "Customer": member["customer_id"],
                       "Email": f"{str(member['customer_id']).lower()}@example.com", "First name": "",
                       "Date": day, "Total": round(float(rng.gamma(2.0, 30.0)) + 5, 2), "Discount Code": code})
    later = [{"Order": "LATE-1", "Customer": "D00001", "Email": "d00001@example.com", "First name": "",
              "Date": dt.date(2024, 11, 15), "Total": 12.0, "Discount Code": ""}]
    pd.concat([history, pd.DataFrame(window), pd.DataFrame(later)], ignore_index=True).to_csv(after, index=False)
    return before, after, store


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="A demo pair of purchase files with a known campaign effect.")
    parser.add_argument("folder", help="where to write the files and the campaign store")
    args = parser.parse_args(argv)
    for path in make_demo(Path(args.folder)):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
