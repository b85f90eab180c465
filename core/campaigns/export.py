"""Export mailing lists with personalised offers: Excel workbook, CSV per list, campaign record.

Public entry point: ``export_mailing(ExportRequest(...), progress) -> ExportSummary``.
Everything is written through temporary files and renamed into place together at the end, and the
campaign is committed to the store only when every file is in place: a failure leaves nothing.

Choices (for the user guide): a customer in several chosen lists is mailed once, in the first list
chosen (later lists show them on "Left out" as "in an earlier list"); one e-mail address shared by
several customers is mailed once, to the customer with the highest revenue; the control group is a
seeded share of each list's mailable customers, gets no coupon and is listed on its own sheet; see
core/campaigns/lists.py and core/importing/consent.py for the reasons and the consent policy. The
CSV files (one per list, UTF-8 with BOM) carry no phone numbers: a "+44..." number would need a
leading apostrophe there to be formula-safe, which would break it for SMS tools.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import logging
import re
import time
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from core.background import Background
from core.campaigns.control_group import new_seed
from core.campaigns.coupons import generate_codes
from core.campaigns.lists import ChosenList, PlannedList, clean_emails, default_lists, plan_lists, resolve_list
from core.campaigns.offer_pack import offer_for
from core.campaigns.offers import MessageRenderer, ShopInfo
from core.campaigns.request import ExportRequest
from core.campaigns.store import CampaignStore
from core.campaigns.summary import ExportSummary, ListSummary, write_summary_sheet
from core.errors import OutputError, SettingsError
from core.output.atomic import AtomicGroup, atomic_group, refuse_input_files
from core.output.cells import safe_frame
from core.output.columns import CellKind, Column
from core.output.money import format_date
from core.output.xlsx import Formats, new_workbook, sheet_name, write_table
from core.progress import ProgressCallback, ensure, sub_progress

if TYPE_CHECKING:
    from core.segmentation.segment import Segmentation

__all__ = ["ExportRequest", "ExportSummary", "export_mailing"]

log = logging.getLogger(__name__)

LEFT_OUT_SHEET = "Left out"
CONTROL_SHEET = "Control group — do not contact"
LIST_COLUMNS = [
    Column("Customer ID", "customer_id"), Column("Name", "name"), Column("First name", "first_name"),
    Column("Last name", "last_name"), Column("E-mail", "email_clean"), Column("Phone", "phone"),
    Column("Country", "country"), Column("Segment", "rfm_segment"), Column("Status", "activity_status"),
    Column("Tier", "tier"), Column("Offer", "offer_title"), Column("Message", "message", width=80),
    Column("Coupon", "coupon_code"), Column("Expires", "expiry", CellKind.DATE),
    Column("Last purchase", "last_purchase", CellKind.DATE), Column("Days since last", "days_since_last", CellKind.INT),
    Column("Orders", "orders", CellKind.INT), Column("Revenue", "revenue", CellKind.MONEY),
    Column("Favourite category", "favourite_category"), Column("Next tier", "next_tier"),
    Column("To next tier", "amount_to_next_tier", CellKind.MONEY),
]
LEFT_COLUMNS = [
    Column("Customer ID", "customer_id"), Column("Name", "name"), Column("E-mail", "email"),
    Column("List", "list_name"), Column("Reason", "reason"), Column("Detail", "detail"),
    Column("Segment", "rfm_segment"), Column("Status", "activity_status"), Column("Tier", "tier"),
    Column("Revenue", "revenue", CellKind.MONEY),
]
CONTROL_COLUMNS = [
    Column("Customer ID", "customer_id"), Column("Name", "name"), Column("First name", "first_name"),
    Column("E-mail", "email_clean"), Column("List", "list_name"), Column("Offer held back", "offer_title"),
    Column("Segment", "rfm_segment"), Column("Status", "activity_status"), Column("Tier", "tier"),
    Column("Last purchase", "last_purchase", CellKind.DATE), Column("Orders", "orders", CellKind.INT),
    Column("Revenue", "revenue", CellKind.MONEY),
]
CSV_FIELDS = [("Email Address", "email_clean"), ("First Name", "first_name"), ("Last Name", "last_name"),
              ("OFFER_TITLE", "offer_title"), ("MESSAGE", "message"), ("COUPON", "coupon_code"),
              ("EXPIRY", "expiry_text"), ("DISCOUNT", "discount"), ("SEGMENT", "rfm_segment"),
              ("STATUS", "activity_status"), ("TIER", "tier"), ("NEXT_TIER", "next_tier"),
              ("CUSTOMER_ID", "customer_id")]


#: Customer-table columns a list's sheet, CSV or message can use (the rest are not copied).
_FRAME_COLUMNS = frozenset(c.source for c in LIST_COLUMNS) | frozenset(src for _, src in CSV_FIELDS) | {
    "name", "first_name", "last_name", "email", "days_since_last", "amount_to_next_tier", "favourite_category",
    "favourite_product", "tier", "next_tier", "customer_id"}


def _csv_name(out_path: Path, list_name: str) -> str:
    slug = re.sub(r'[<>:"/\\|?*\x00-\x1f]', "-", list_name).strip(" .") or "list"
    return f"{out_path.stem} - {slug}.csv"


def _chosen_lists(request: ExportRequest, customers: pd.DataFrame) -> list[ChosenList]:
    """The requested lists, resolved (each once), with their offers, on ``customers``' index."""
    chosen: list[ChosenList] = []
    for wanted in (list(request.lists) or default_lists(request.segmentation)):
        resolved = resolve_list(request.segmentation, wanted)
        resolved = dataclasses.replace(resolved, members=pd.Series(resolved.members.to_numpy(), index=customers.index))
        offer = offer_for(request.offers, resolved.mailing_list).validate()
        if resolved.name not in [c.resolved.name for c in chosen]:
            chosen.append(ChosenList(resolved, offer))
    return chosen


def export_mailing(request: ExportRequest, progress: ProgressCallback | None = None) -> ExportSummary:
    """Write the mailing workbook (and CSVs), record the campaign; see the module docstring."""
    report = ensure(progress)
    started = time.perf_counter()
    report(0.0, "Preparing the mailing lists")
    shop, out_path, segmentation = request.shop, Path(request.out_path), request.segmentation
    inputs = [*request.inputs, *([request.source_file] if request.source_file else [])]
    refuse_input_files(out_path, inputs)
    if not 0 <= request.control_share < 1:
        raise SettingsError("the control group share must be between 0 % and 99 %.",
                            "Use for example 0.10 for 10 %.")
    export_date = request.export_date or dt.date.today()
    seed = int(request.seed) if request.seed is not None else new_seed()
    customers = segmentation.customers.reset_index(drop=True)
    chosen = _chosen_lists(request, customers)
    emails = clean_emails(customers)
    plans, left, consent_info = plan_lists(customers, chosen, control_share=request.control_share, seed=seed,
                                           consent_column=request.consent_column,
                                           consent_meaning=request.consent_meaning, emails=emails,
                                           book=segmentation.consent)
    log.info("mailing lists planned: %s (seed %d, control share %.2f) in %.2f s",
             ", ".join(f"{p.name} {len(p.mailed)} mailed/{len(p.control)} control" for p in plans),
             seed, request.control_share, time.perf_counter() - started)
    report(0.1, "Coupons and messages")
    db = request.store.open()
    try:
        email = emails[0]
        codes = _assign_codes(plans, db)
        renderer = MessageRenderer(customers, shop)        # merge texts worked out once for all lists
        frames = [_list_frame(customers, email, plan, renderer, export_date, c) for plan, c in zip(plans, codes, strict=True)]
        report(0.25, "Writing the workbook")
        summary = _summary(plans, customers, out_path, export_date, seed, request.control_share,
                           consent_info, shop)
        summary.consent_conflicts = segmentation.consent.conflicts
        with db.transaction() if db is not None else contextlib.nullcontext():
            job = None
            if db is not None:
                summary.campaign_id = db.add_campaign(
                    name=request.campaign_name or f"Mailing {export_date.isoformat()}",
                    export_date=export_date, source_file=request.source_file,
                    reference_date=segmentation.reference_date,
                    settings={"segmentation": segmentation.settings.to_dict(), "shop": shop.to_dict(),
                              "lists": [p.name for p in plans], "offers": [p.offer.to_dict() for p in plans]},
                    control_seed=seed, control_share=request.control_share, output_path=str(out_path))
                # the members go in on a background thread (SQLite releases the GIL) while the files
                # are written; leaving its block waits for it, before commit or rollback
                members = _members(customers, email, plans, frames)
                job = Background(db.add_members, summary.campaign_id, members, name="campaign store")
            with job if job is not None else contextlib.nullcontext():
                with atomic_group(inputs) as group:          # the workbook and its CSVs: all or none
                    _write_workbook(group.path(out_path), summary, plans, frames, customers, email, left,
                                    segmentation, shop, request.source_file, sub_progress(report, 0.25, 0.9))
                    if request.csv_dir is not None:
                        _write_csvs(group, Path(request.csv_dir), out_path, summary, frames)
                    report(0.95, "Saving")
                    if job is not None:
                        job.result()                 # recorded before the files are renamed into place
    finally:
        if db is not None:
            db.close()
    log.info("mailing written: %s (%d lists, %d mailed, %d in control groups%s) in %.2f s", out_path,
             len(plans), summary.mailed, summary.control,
             f", campaign {summary.campaign_id}" if summary.campaign_id is not None else "",
             time.perf_counter() - started)
    report(1.0, "Mailing list written")
    return summary


def _assign_codes(plans: list[PlannedList], db: CampaignStore | None) -> list[list[str]]:
    """Coupon codes per list: unique in this export and never issued by an earlier one."""
    taken: set[str] = set()
    codes: list[list[str]] = []
    for plan in plans:
        batch = generate_codes(len(plan.mailed), plan.offer.coupon_prefix, taken=taken)
        taken.update(batch)
        codes.append(batch)
    clashes = db.existing_codes(taken) if db is not None else set()
    while clashes:
        log.info("%d new coupon codes were issued by an earlier export: drawn again", len(clashes))
        for plan, batch in zip(plans, codes, strict=True):
            bad = [k for k, code in enumerate(batch) if code in clashes]
            fresh = generate_codes(len(bad), plan.offer.coupon_prefix, taken=taken | clashes)
            taken.update(fresh)
            for k, code in zip(bad, fresh, strict=True):
                batch[k] = code
        clashes = db.existing_codes([c for batch in codes for c in batch]) if db is not None else set()
    return codes


def _list_frame(customers: pd.DataFrame, email: pd.Series, plan: PlannedList, renderer: MessageRenderer,
                export_date: dt.date, codes: list[str]) -> pd.DataFrame:
    """One list's sheet and CSV rows: the mailed customers with their offer, message and coupon."""
    wanted = _FRAME_COLUMNS.intersection(customers.columns)
    frame = customers.loc[plan.mailed, [c for c in customers.columns if c in wanted]]
    offer, shop = plan.offer, renderer.shop
    expiry = offer.expiry(export_date)
    coupons = pd.Series(codes, index=frame.index, dtype="object")
    frame["coupon_code"] = coupons
    frame["message"] = renderer.render(offer, plan.mailed, coupons=coupons, expiry_date=expiry,
                                       arrow=True)
    frame["offer_title"] = offer.title
    frame["discount"] = offer.discount.describe(shop.currency, shop.locale)
    frame["expiry"] = pd.Timestamp(expiry)
    frame["expiry_text"] = format_date(expiry, shop.locale)
    frame["email_clean"] = email[plan.mailed]
    frame["first_name"] = renderer.raw("first_name")[plan.mailed]
    frame["list_name"] = plan.name
    return frame


def _summary(plans: list[PlannedList], customers: pd.DataFrame, out_path: Path, export_date: dt.date, seed: int,
             share: float, consent_info: bool, shop: ShopInfo) -> ExportSummary:
    taken = {"Summary", LEFT_OUT_SHEET, CONTROL_SHEET}
    rows = []
    revenue = customers["revenue"].astype(float) if "revenue" in customers else pd.Series(0.0, index=customers.index)
    for plan in plans:
        rows.append(ListSummary(plan.name, plan.kind, plan.offer.title, sheet_name(plan.name, taken),
                                len(plan.everyone), len(plan.mailed), len(plan.control), dict(plan.left_out),
                                round(float(revenue[plan.everyone].sum()), 2),
                                round(float(revenue[plan.mailed].sum()), 2)))
    return ExportSummary(str(out_path), rows, export_date, seed, share, consent_info,
                         currency=shop.currency, locale=shop.locale)


def _members(customers: pd.DataFrame, email: pd.Series, plans: list[PlannedList],
             frames: list[pd.DataFrame]) -> pd.DataFrame:
    """The campaign store's rows: each list's mailed customers, then its control group."""
    if not plans:
        return pd.DataFrame(columns=["customer_id"])
    where: list[np.ndarray] = []
    names: list[np.ndarray] = []
    titles: list[np.ndarray] = []
    codes: list[np.ndarray] = []
    expiry: list[np.ndarray] = []
    control: list[np.ndarray] = []
    for plan, frame in zip(plans, frames, strict=True):
        for idx, held_back in ((plan.mailed, False), (plan.control, True)):
            n = len(idx)
            where.append(customers.index.get_indexer(idx))
            names.append(np.full(n, plan.name, dtype=object))
            titles.append(np.full(n, plan.offer.title, dtype=object))
            codes.append(np.full(n, None, dtype=object) if held_back else frame["coupon_code"].to_numpy(dtype=object))
            expiry.append(np.full(n, np.datetime64("NaT"), dtype="datetime64[ns]") if held_back
                          else frame["expiry"].to_numpy(dtype="datetime64[ns]"))
            control.append(np.full(n, held_back))
    pos = np.concatenate(where)

    def column(name: str) -> np.ndarray | None:
        return customers[name].take(pos).to_numpy() if name in customers else None

    return pd.DataFrame({"customer_id": customers["customer_id"].astype(str).take(pos).to_numpy(),
                         "list_name": np.concatenate(names), "offer_title": np.concatenate(titles),
                         "coupon_code": np.concatenate(codes), "expiry_date": np.concatenate(expiry),
                         "control": np.concatenate(control), "email": email.to_numpy()[pos],
                         "segment": column("rfm_segment"), "revenue_at_export": column("revenue")})


def _write_workbook(tmp: Path, summary: ExportSummary, plans: list[PlannedList], frames: list[pd.DataFrame],
                    customers: pd.DataFrame, email: pd.Series, left: pd.DataFrame, segmentation: Segmentation,
                    shop: ShopInfo, source_file: str | None, progress: ProgressCallback) -> None:
    started = time.perf_counter()
    workbook = new_workbook(tmp)
    try:
        formats = Formats(workbook, shop.currency, shop.locale)
        write_summary_sheet(workbook.add_worksheet("Summary"), summary, formats, shop_name=shop.name,
                            source_file=source_file, reference_date=segmentation.reference_date,
                            cut_points=segmentation.cut_points, scoring_method=segmentation.scoring_method,
                            settings=segmentation.settings.to_dict())
        total = max(sum(len(f) for f in frames), 1)
        done = 0
        for info, frame in zip(summary.lists, frames, strict=True):
            ws = workbook.add_worksheet(info.sheet_name)
            write_table(ws, frame, LIST_COLUMNS, formats,
                        progress=sub_progress(progress, done / total * 0.8, (done + len(frame)) / total * 0.8))
            log.info("list %s written: sheet %r, %d rows", info.name, info.sheet_name, len(frame))
            done += len(frame)
        wanted = [c for c in customers.columns if c in {col.source for col in LEFT_COLUMNS}]
        left_frame = customers.loc[left["index"], wanted].reset_index(drop=True)
        for col in ("list_name", "reason", "detail"):
            left_frame[col] = left[col].to_numpy()
        write_table(workbook.add_worksheet(LEFT_OUT_SHEET), left_frame, LEFT_COLUMNS, formats)
        wanted = [c for c in customers.columns if c in {col.source for col in CONTROL_COLUMNS}]
        ctrl_parts = []
        for plan in plans:
            part = customers.loc[plan.control, wanted]
            part["list_name"], part["offer_title"] = plan.name, plan.offer.title
            part["email_clean"] = email[plan.control]
            ctrl_parts.append(part)
        ctrl = pd.concat(ctrl_parts) if ctrl_parts else customers.iloc[:0]
        write_table(workbook.add_worksheet(CONTROL_SHEET), ctrl, CONTROL_COLUMNS, formats)
        progress(0.95, "Saving the workbook")
        log.debug("workbook sheets written in %.2f s", time.perf_counter() - started)
    except BaseException:
        with contextlib.suppress(Exception):
            workbook.close()
        raise
    try:
        workbook.close()
    except Exception as exc:  # xlsxwriter wraps OSErrors in its own exceptions
        raise OutputError(f"the workbook could not be saved ({exc}).", "Check the folder and free space.",
                          file=str(summary.workbook_path)) from exc


def _write_csvs(group: AtomicGroup, csv_dir: Path, out_path: Path, summary: ExportSummary,
                frames: list[pd.DataFrame]) -> None:
    if not csv_dir.is_dir():
        raise OutputError("the folder for the CSV files does not exist.", "Create it or choose another.",
                          file=str(csv_dir))
    for info, frame in zip(summary.lists, frames, strict=True):
        target = csv_dir / _csv_name(out_path, info.name)
        out = pd.DataFrame({header: (frame.get(src)) for header, src in CSV_FIELDS})
        out = safe_frame(out.astype("object").where(out.notna(), None))
        tmp = group.path(target)
        out.to_csv(tmp, index=False, encoding="utf-8-sig", lineterminator="\r\n")
        info.csv_path = str(target)
        summary.csv_paths.append(str(target))
        log.info("list %s written as CSV: %s (%d rows)", info.name, target, len(out))
