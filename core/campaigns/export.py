"""Export mailing lists with personalised offers: Excel workbook, CSV per list, campaign record.

Public entry point: ``export_mailing(ExportRequest(...), progress) -> ExportSummary``; a run that
writes other files too (the command line's customer table) puts a :class:`MailingExport` beside
them (core/run_plan.py). Everything is checked first, written through temporary files, the
campaign committed to the store, and then every file renamed into place; if a rename fails, the
campaign is taken back: a failure leaves nothing (core/output/atomic.write_together).

The files themselves (sheets, columns, CSVs) are written by core/campaigns/export_files.py.

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
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from core.background import Background
from core.campaigns.channels import Channel, contacts, phone_digits
from core.campaigns.control_group import check_seed, new_seed
from core.campaigns.coupons import generate_codes
from core.campaigns.export_files import (
    CHANNEL_CSV_FIELDS,
    csv_targets,
    fixed_sheets,
    list_columns,
    stale_csvs,
    words_for,
    write_csvs,
    write_workbook,
)
from core.campaigns.history import controls_being_measured, default_campaign_name
from core.campaigns.lists import (
    ChosenList,
    PlannedList,
    clean_emails,
    default_lists,
    plan_lists,
    resolve_list,
    unknown_offers,
)
from core.campaigns.mailing_list import ListKind
from core.campaigns.matching import member_keys
from core.campaigns.offer_pack import offer_for
from core.campaigns.offer_test import Variant, offer_test_for, offers_alike
from core.campaigns.offers import MessageRenderer, Offer, ShopInfo, text_column
from core.campaigns.request import ExportRequest
from core.campaigns.store import CampaignStore
from core.campaigns.summary import ControlsMailed, ExportSummary, ListSummary, list_name
from core.campaigns.templates import template_outline
from core.errors import OutputError, SettingsError
from core.output.atomic import AtomicGroup, refuse_input_files, write_together
from core.output.cells import is_dangerous
from core.output.money import format_date
from core.output.xlsx import sheet_name
from core.progress import ProgressCallback, ensure, sub_progress
from core.schema import ANNIVERSARY_SOON, BIRTHDAY_SOON, OCCASION_COLUMNS, OCCASION_DAY_COLUMNS
from core.words import N_

__all__ = ["ExportRequest", "ExportSummary", "MailingExport", "export_mailing"]

log = logging.getLogger(__name__)


#: Customer-table columns a list's sheet, CSV or message can use (the rest are not copied).
_FRAME_COLUMNS = (frozenset(c.source for channel in Channel for c in list_columns(channel))
                  | frozenset(src for fields in CHANNEL_CSV_FIELDS.values() for _, src in fields) | {
    "name", "first_name", "last_name", "email", "phone", "address", "postcode", "city", "country",
    "days_since_last", "amount_to_next_tier", "favourite_category", "favourite_product", "tier", "next_tier",
    "customer_id", *OCCASION_COLUMNS})


def _chosen_lists(request: ExportRequest, customers: pd.DataFrame) -> list[ChosenList]:
    """The requested lists, resolved (each once), with their offers, on ``customers``' index."""
    chosen: list[ChosenList] = []
    for wanted in (list(request.lists) or default_lists(request.segmentation)):
        resolved = resolve_list(request.segmentation, wanted)
        resolved = dataclasses.replace(resolved, members=pd.Series(resolved.members.to_numpy(), index=customers.index))
        offer = offer_for(request.offers, resolved.mailing_list, request.shop.language).validate()
        test = offer_test_for(request.offer_tests, resolved.mailing_list)
        if test is not None:   # (offer B goes to customers too: every problem offer A may not have, it may not)
            test.offer_b.validate()
        if resolved.name not in [c.resolved.name for c in chosen]:
            chosen.append(ChosenList(resolved, offer, test.validate() if test is not None else None))
    return chosen


class MailingExport:
    """One mailing export as an output of a run (core/output/atomic.StagedOutput).

    Made from an :class:`ExportRequest`, it checks everything that needs no writing: the output
    names, the control share and seed, the lists (an unknown name lists the names available), the
    offers, the CSV names (two lists whose CSV files would have one name are refused) and the
    campaign store. ``stage`` then draws the codes, writes the workbook and the CSVs to temporary
    files and inserts the campaign into an open store transaction; ``record`` commits it before the
    files are renamed, ``unrecord`` takes it back if a rename fails, ``close`` rolls back the rest.
    """

    def __init__(self, request: ExportRequest) -> None:
        started = time.perf_counter()
        self.request = request
        self.out_path = Path(request.out_path)
        self.inputs = [*request.inputs, *([request.source_file] if request.source_file else [])]
        refuse_input_files(self.out_path, self.inputs)
        if self.out_path.suffix.lower() != ".xlsx":
            raise OutputError("the mailing list is written as an Excel workbook.", "End the file name with .xlsx.",
                              file=str(self.out_path))
        if not 0 <= request.control_share < 1:
            raise SettingsError("the control group share must be between 0 % and 99 %.",
                                "Use for example 0.10 for 10 %.")
        self.seed = check_seed(request.seed) if request.seed is not None else new_seed()
        self.export_date = request.export_date or dt.date.today()
        self.customers = request.segmentation.customers.reset_index(drop=True)
        chosen = _chosen_lists(request, self.customers)
        self.emails = clean_emails(self.customers)
        self.plans, self.left, self.consent_info = plan_lists(
            self.customers, chosen, control_share=request.control_share, seed=self.seed,
            consent_column=request.consent_column, consent_meaning=request.consent_meaning,
            channel=request.channel, found=contacts(self.customers, request.channel),
            book=request.segmentation.consent)
        #: nobody is reached: the files are written (who was left out, and why), no campaign recorded
        self.nobody = not any(len(plan.mailed) for plan in self.plans)
        self.csv_targets = csv_targets(request, self.out_path, self.plans)
        self.stale_csvs = stale_csvs(request, self.out_path, self.csv_targets)
        request.store.check(self.inputs)
        log.info("mailing lists planned: %s (seed %d, control share %.2f) in %.2f s",
                 ", ".join(f"{p.name} {len(p.mailed)} mailed/{len(p.control)} control" for p in self.plans),
                 self.seed, request.control_share, time.perf_counter() - started)
        self.summary: ExportSummary | None = None
        self._db: CampaignStore | None = None
        #: the campaign's commit was started and did not fail: unrecord must take it back
        self._maybe_recorded = False

    def targets(self) -> list[Path]:
        return [self.out_path, *self.csv_targets, *self.stale_csvs]

    def stage(self, group: AtomicGroup, progress: ProgressCallback) -> None:
        """Draw the codes, write the workbook and CSVs to temporary files and insert the campaign
        (uncommitted); see the class docstring."""
        report = ensure(progress)
        request, plans, customers = self.request, self.plans, self.customers
        shop, segmentation = request.shop, request.segmentation
        report(0.0, N_("Coupons and messages"))
        db = self._db = request.store.open() if not self.nobody else None
        email = self.emails[0]
        codes = _assign_codes(plans, db)
        renderer = MessageRenderer(customers, shop)        # merge texts worked out once for all lists
        frames = [_list_frame(customers, email, plan, renderer, self.export_date, c)
                  for plan, c in zip(plans, codes, strict=True)]
        titles = [renderer.render(plan.offer, plan.control, text=plan.offer.title) for plan in plans]
        report(0.2, N_("Writing the workbook"))
        summary = self.summary = _summary(plans, customers, self.out_path, self.export_date, self.seed,
                                          request.control_share, self.consent_info, shop, request.channel)
        summary.not_recorded = self.nobody and request.store.record
        summary.removed_csvs = tuple(path.name for path in self.stale_csvs)
        summary.consent_conflicts = segmentation.consent.conflicts
        summary.unknown_offers = tuple(unknown_offers(request.offers, segmentation))
        if db is not None and summary.mailed:
            summary.controls_mailed = _controls_mailed(db, self.export_date, customers, email, plans)
        job = None
        if db is not None and summary.mailed == 0:
            log.info("nobody is mailed: no campaign is recorded")   # nothing to measure (definitions §9)
        elif db is not None:
            db.begin()                       # waits for another Clientele's export (CampaignStore.lock_wait)
            summary.campaign_id = db.add_campaign(
                name=request.campaign_name or default_campaign_name(self.export_date),
                export_date=self.export_date, source_file=request.source_file,
                reference_date=segmentation.reference_date,
                settings={"segmentation": segmentation.settings.to_dict(), "shop": shop.to_dict(),
                          "channel": request.channel.value,
                          "lists": [p.name for p in plans], "offers": [p.offer.to_dict() for p in plans],
                          "offer_tests": [p.test.to_dict() for p in plans if p.test is not None],
                          "file_currency": request.file_currency},
                control_seed=self.seed, control_share=request.control_share, output_path=str(self.out_path),
                sent_date=self.export_date, window_days=request.window_days)
            # the members go in on a background thread (SQLite releases the GIL) while the files
            # are written; leaving its block waits for it, before commit or rollback
            members = _members(customers, email, plans, frames)
            job = Background(db.add_members, summary.campaign_id, members, name="campaign store")
        with job if job is not None else contextlib.nullcontext(), words_for(self.out_path):
            summary.cut_cells = write_workbook(group.path(self.out_path), summary, plans, frames, customers, email,
                                                self.left, segmentation, shop, request.source_file,
                                                sub_progress(report, 0.2, 0.9), names=_names(customers, renderer),
                                                titles=titles)
            if request.csv_dir is not None:
                summary.cut_cells += write_csvs(group, self.csv_targets, summary, frames)
                if request.channel is Channel.EMAIL:
                    summary.long_messages = sum(longer_than_a_text_field(frame["message"]) for frame in frames)
                    summary.formula_like_offers = formula_like_offers(frames)
            for stale in self.stale_csvs:
                group.remove(stale)
            report(0.95, N_("Saving"))
            if job is not None:
                job.result()                 # recorded before the files are renamed into place
        report(1.0, N_("Mailing list ready"))

    def record(self) -> None:
        """Commit the campaign (before the files are renamed into place)."""
        if self._db is not None and self.summary is not None and self.summary.campaign_id is not None:
            self._maybe_recorded = True      # (a stop arriving after SQLite's COMMIT leaves it so)
            try:
                self._db.commit()
            except Exception:
                self._maybe_recorded = False  # (a failed COMMIT is rolled back: nothing to take back or wait for)
                raise

    def unrecord(self) -> None:
        """Take the committed campaign back: its files could not be put in place."""
        if self._db is not None and self.summary is not None and self.summary.campaign_id is not None \
                and self._maybe_recorded:
            self._db.remove_campaign(self.summary.campaign_id, str(self.out_path))

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


def export_mailing(request: ExportRequest, progress: ProgressCallback | None = None) -> ExportSummary:
    """Write the mailing workbook (and CSVs) and record the campaign, all or nothing; see
    :class:`MailingExport` and the module docstring."""
    report = ensure(progress)
    started = time.perf_counter()
    report(0.0, N_("Preparing the mailing lists"))
    export = MailingExport(request)
    write_together([export], export.inputs, sub_progress(report, 0.1, 1.0))
    summary = export.summary
    if summary is None:                      # never: stage made it
        raise RuntimeError("the mailing export was not written")
    log.info("mailing written: %s (%d lists, %d mailed, %d in control groups%s) in %.2f s", export.out_path,
             len(export.plans), summary.mailed, summary.control,
             f", campaign {summary.campaign_id}" if summary.campaign_id is not None else "",
             time.perf_counter() - started)
    report(1.0, N_("Mailing list written"))
    return summary


def _offer_parts(plan: PlannedList) -> list[tuple[pd.Index, Offer, str | None]]:
    """A list's mailed customers by offer: (customers, offer, variant), one part without a test."""
    if plan.test is None:
        return [(plan.mailed, plan.offer, None)]
    return [(plan.mailed_a, plan.offer, Variant.A.value), (plan.mailed_b, plan.test.offer_b, Variant.B.value)]


def _assign_codes(plans: list[PlannedList], db: CampaignStore | None) -> list[list[list[str]]]:
    """Coupon codes per list and offer part (_offer_parts): unique in this export and never issued
    by an earlier one; each offer's codes carry its own prefix."""
    taken: set[str] = set()
    codes: list[list[list[str]]] = []
    for plan in plans:
        parts = []
        for customers, offer, _ in _offer_parts(plan):
            batch = generate_codes(len(customers), offer.coupon_prefix, taken=taken)
            taken.update(batch)
            parts.append(batch)
        codes.append(parts)
    clashes = db.existing_codes(taken) if db is not None else set()
    while clashes:
        log.info("%d new coupon codes were issued by an earlier export: drawn again", len(clashes))
        for plan, parts in zip(plans, codes, strict=True):
            for (_, offer, _), batch in zip(_offer_parts(plan), parts, strict=True):
                bad = [k for k, code in enumerate(batch) if code in clashes]
                fresh = generate_codes(len(bad), offer.coupon_prefix, taken=taken | clashes)
                taken.update(fresh)
                for k, code in zip(bad, fresh, strict=True):
                    batch[k] = code
        clashes = db.existing_codes([c for parts in codes for batch in parts for c in batch]) \
            if db is not None else set()
    return codes


#: The most a mailing tool's text field keeps (Mailchimp's text merge fields: 255 bytes, cut after).
TEXT_FIELD_BYTES = 255


def longer_than_a_text_field(messages: pd.Series) -> int:
    """How many ``messages`` are longer than a mailing tool's text field keeps (TEXT_FIELD_BYTES of
    UTF-8: an "ü" is two, an emoji four)."""
    if not len(messages):
        return 0
    sizes = pc.binary_length(pa.array(messages.astype("object").to_numpy(), pa.string(), from_pandas=True))
    return int(pc.sum(pc.greater(sizes, TEXT_FIELD_BYTES)).as_py() or 0)


def formula_like_offers(frames: Sequence[pd.DataFrame]) -> tuple[str, ...]:
    """The offers whose subject, discount words or message start like a formula ("-20% auf alles"):
    in the CSV files they carry the apostrophe of definitions §7, which mail tools send as written."""
    found: dict[str, None] = {}
    for frame in frames:
        if not len(frame):
            continue
        for title, discount, message in frame[["offer_title", "discount", "message"]].head(50).itertuples(index=False):
            if any(isinstance(text, str) and is_dangerous(text) for text in (title, discount, message)):
                found.setdefault(str(title), None)
    return tuple(found)


def _list_frame(customers: pd.DataFrame, email: pd.Series, plan: PlannedList, renderer: MessageRenderer,
                export_date: dt.date, codes: list[list[str]]) -> pd.DataFrame:
    """One list's sheet and CSV rows: the mailed customers with their offer, message and coupon
    (for an offer test, each with their variant's, in the list's order)."""
    wanted = _FRAME_COLUMNS.intersection(customers.columns)
    columns = [c for c in customers.columns if c in wanted]
    shop = renderer.shop
    parts = []
    # an occasion list's offer may count its validity from each customer's own day (definitions §12)
    day_column = OCCASION_DAY_COLUMNS.get(plan.name) if plan.kind == ListKind.OCCASION else None
    for (rows, offer, variant), part_codes in zip(_offer_parts(plan), codes, strict=True):
        frame = customers.loc[rows, columns]
        expiry = offer.expiry(export_date)
        own = offer.expiries(export_date, customers.loc[rows, day_column],
                             yearly=plan.name in (BIRTHDAY_SOON, ANNIVERSARY_SOON)) \
            if day_column is not None and day_column in customers else None
        texts = None
        if own is not None:
            words = {day: format_date(day.date(), shop.locale) for day in own.dropna().unique()}
            texts = own.map(words).astype("object")
        coupons = pd.Series(part_codes, index=frame.index, dtype="object")
        frame["coupon_code"] = coupons
        frame["message"] = renderer.render(offer, rows, coupons=coupons, expiry_date=expiry, arrow=True,
                                           expiry_texts=texts)
        # the title is the e-mail's subject: its merge fields are filled in like the message's
        frame["offer_title"] = renderer.render(offer, rows, coupons=coupons, expiry_date=expiry, text=offer.title,
                                               expiry_texts=texts)
        frame["offer_outline"] = template_outline(offer.title)   # what the campaign store records
        frame["discount"] = offer.discount.describe(shop.currency, shop.locale, renderer.words)
        frame["expiry"] = own if own is not None else pd.Timestamp(expiry)
        frame["expiry_text"] = texts if texts is not None else format_date(expiry, shop.locale)
        frame["variant"] = variant
        parts.append(frame)
    frame = parts[0] if len(parts) == 1 else pd.concat(parts).reindex(plan.mailed)
    frame["name"] = _names(customers, renderer)[plan.mailed]
    frame["email_clean"] = email[plan.mailed]
    frame["first_name"] = renderer.raw("first_name")[plan.mailed]
    frame["last_name"] = renderer.raw("last_name")[plan.mailed]
    if "phone" in frame:
        frame["phone_digits"] = phone_digits(frame["phone"])
    frame["list_name"] = plan.name
    return frame


def _names(customers: pd.DataFrame, renderer: MessageRenderer) -> pd.Series:
    """Each customer's name for the sheets: the name as written, else first and last name together
    ({name}'s rule, core/campaigns/offers.py), so that the Name column is never empty when the
    files know the names."""
    composed = renderer.raw("name")
    if "name" not in customers:
        return composed
    return customers["name"].astype("object").where(text_column(customers, "name").notna(), composed)


def _summary(plans: list[PlannedList], customers: pd.DataFrame, out_path: Path, export_date: dt.date, seed: int,
             share: float, consent_info: bool, shop: ShopInfo, channel: Channel) -> ExportSummary:
    words = shop.words()
    taken = set(fixed_sheets(words))
    rows = []
    revenue = customers["revenue"].astype(float) if "revenue" in customers else pd.Series(0.0, index=customers.index)
    for plan in plans:
        rows.append(ListSummary(plan.name, plan.kind, template_outline(plan.offer.title),
                                sheet_name(list_name(plan.name, plan.kind, words), taken),
                                len(plan.everyone), len(plan.mailed), len(plan.control), dict(plan.left_out),
                                round(float(revenue[plan.everyone].sum()), 2),
                                round(float(revenue[plan.mailed].sum()), 2),
                                offer_b_title=template_outline(plan.offer_b.title) if plan.offer_b is not None else None,
                                mailed_b=len(plan.mailed_b),
                                offer_b_alike=plan.offer_b is not None and offers_alike(plan.offer, plan.offer_b)))
    return ExportSummary(str(out_path), rows, export_date, seed, share, consent_info,
                         currency=shop.currency, locale=shop.locale, channel=channel, language=shop.language)


def _controls_mailed(db: CampaignStore, day: dt.date, customers: pd.DataFrame, email: pd.Series,
                     plans: list[PlannedList]) -> tuple[ControlsMailed, ...]:
    """Per campaign whose response window runs on ``day``: how many of its control group this export
    mails (by customer id, or by the address it was held back with): its results would count them
    as contacted (definitions §6, "A running campaign's control group")."""
    running = controls_being_measured(db, day)
    if not running:
        return ()
    mailed = customers.index.get_indexer(pd.Index(np.concatenate([plan.mailed.to_numpy() for plan in plans])))
    ours = set(pd.concat(member_keys(pd.DataFrame({"customer_id": customers["customer_id"].to_numpy()[mailed],
                                                   "email": email.to_numpy()[mailed]}))).dropna())
    found = []
    for info, held in running:
        hit = np.logical_or.reduce([keys.isin(ours).to_numpy(dtype=bool) for keys in member_keys(held)])
        if hit.any():
            found.append(ControlsMailed(info.number, int(hit.sum()), info.window_end))
    return tuple(found)


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
    variants: list[np.ndarray] = []
    for plan, frame in zip(plans, frames, strict=True):
        for idx, held_back in ((plan.mailed, False), (plan.control, True)):
            n = len(idx)
            where.append(customers.index.get_indexer(idx))
            names.append(np.full(n, plan.name, dtype=object))
            titles.append(np.full(n, template_outline(plan.offer.title), dtype=object) if held_back
                          else frame["offer_outline"].to_numpy(dtype=object))
            codes.append(np.full(n, None, dtype=object) if held_back else frame["coupon_code"].to_numpy(dtype=object))
            expiry.append(np.full(n, np.datetime64("NaT"), dtype="datetime64[ns]") if held_back
                          else frame["expiry"].to_numpy(dtype="datetime64[ns]"))
            variants.append(np.full(n, None, dtype=object) if held_back else frame["variant"].to_numpy(dtype=object))
            control.append(np.full(n, held_back))
    pos = np.concatenate(where)

    def column(name: str) -> np.ndarray | None:
        return customers[name].take(pos).to_numpy() if name in customers else None

    return pd.DataFrame({"customer_id": customers["customer_id"].astype(str).take(pos).to_numpy(),
                         "list_name": np.concatenate(names), "offer_title": np.concatenate(titles),
                         "coupon_code": np.concatenate(codes), "expiry_date": np.concatenate(expiry),
                         "control": np.concatenate(control), "email": email.to_numpy()[pos],
                         "segment": column("rfm_segment"), "revenue_at_export": column("revenue"),
                         "variant": np.concatenate(variants)})
