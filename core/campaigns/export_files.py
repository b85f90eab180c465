"""The mailing export's files (definitions §6): the workbook's sheets and columns, and one CSV per list.

``write_workbook`` writes the Summary sheet, one sheet per list, *Left out* and the control group's
sheet through the one table writer (core/output/xlsx.py); ``write_csvs`` the CSV files for e-mail
tools through the one CSV writer (core/output/csv_table.py); ``csv_targets`` names the CSV files
and refuses two lists whose files would have one name. Both return the text cells cut to what a
spreadsheet cell holds. Called by core/campaigns/export.py on temporary paths.
"""

from __future__ import annotations

import contextlib
import dataclasses
import glob
import logging
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd
import pyarrow as pa

from core.campaigns.channels import Channel, postal_address
from core.campaigns.lists import PlannedList
from core.campaigns.offers import ShopInfo
from core.campaigns.request import ExportRequest
from core.campaigns.summary import ExportSummary, write_summary_sheet
from core.errors import SettingsError
from core.output.atomic import AtomicGroup, check_folder, write_error
from core.output.columns import CellKind, Column
from core.output.csv_table import write_csv
from core.output.xlsx import Formats, close_workbook, discard_workbook, new_workbook, sheet_name, write_table
from core.progress import ProgressCallback, sub_progress
from core.schema import OutputKind
from core.words import N_, Phrase, Words

if TYPE_CHECKING:
    from core.segmentation.segment import Segmentation

log = logging.getLogger(__name__)

#: The workbook's own sheets, as keys: each is named in the shop's language (``fixed_sheets``).
SUMMARY_SHEET = N_("Summary")
LEFT_OUT_SHEET = N_("Left out")
CONTROL_SHEET = N_("Control group — do not contact")
_HEAD = [Column("Customer ID", "customer_id"), Column("Name", "name"), Column("First name", "first_name"),
         Column("Last name", "last_name")]
#: The contact columns of a list's sheet, per channel.
_CONTACT = {
    Channel.EMAIL: [Column("E-mail", "email_clean"), Column("Phone", "phone"), Column("Country", "country")],
    Channel.SMS: [Column("Phone", "phone"), Column("E-mail", "email_clean"), Column("Country", "country")],
    Channel.POST: [Column("Address", "address"), Column("Postcode", "postcode"), Column("City", "city"),
                   Column("Country", "country")],
}
_TAIL = [
    Column("Segment", "rfm_segment"), Column("Status", "activity_status"),
    Column("Tier", "tier"), Column("Offer", "offer_title"), Column("Message", "message", width=80),
    Column("Coupon", "coupon_code"), Column("Expires", "expiry", CellKind.DATE),
    Column("Last purchase", "last_purchase", CellKind.DATE), Column("Days since last", "days_since_last", CellKind.INT),
    Column("Orders", "orders", CellKind.INT), Column("Revenue", "revenue", CellKind.MONEY),
    Column("Favourite category", "favourite_category"), Column("Next tier", "next_tier"),
    Column("To next tier", "amount_to_next_tier", CellKind.MONEY),
]
#: The column a tested list's sheet adds after "Offer": which of its two offers each customer got.
VARIANT_COLUMN = Column("Variant", "variant")


def list_columns(channel: Channel = Channel.EMAIL, tested: bool = False) -> list[Column]:
    """A list's sheet: who, how to reach them (by ``channel``), their offer and their figures; with
    "Variant" after "Offer" for a list with an offer test."""
    columns = [*_HEAD, *_CONTACT[channel], *_TAIL]
    if not tested:
        return columns
    at = next(i for i, c in enumerate(columns) if c.source == "offer_title") + 1
    return [*columns[:at], VARIANT_COLUMN, *columns[at:]]


LIST_COLUMNS = list_columns(Channel.EMAIL)


def fixed_sheets(words: Words) -> tuple[str, str, str]:
    """The names of the workbook's Summary, Left out and control group sheets in ``words``'
    language, each a valid sheet name (core/output/xlsx.sheet_name)."""
    summary, left, control = (sheet_name(words.t(key), set()) for key in (SUMMARY_SHEET, LEFT_OUT_SHEET, CONTROL_SHEET))
    return summary, left, control
#: The contact the Left out sheet shows, per channel (the one its reasons are about).
_LEFT_CONTACT = {Channel.EMAIL: Column("E-mail", "email"), Channel.SMS: Column("Phone", "phone"),
                 Channel.POST: Column("Address", "postal_address")}


def left_columns(channel: Channel = Channel.EMAIL) -> list[Column]:
    """The Left out sheet: who, their contact for ``channel``, the list, the reason and detail."""
    return [Column("Customer ID", "customer_id"), Column("Name", "name"), _LEFT_CONTACT[channel],
            Column("List", "list_name"), Column("Reason", "reason"), Column("Detail", "detail"),
            Column("Segment", "rfm_segment"), Column("Status", "activity_status"), Column("Tier", "tier"),
            Column("Revenue", "revenue", CellKind.MONEY)]


LEFT_COLUMNS = left_columns(Channel.EMAIL)
CONTROL_COLUMNS = [
    Column("Customer ID", "customer_id"), Column("Name", "name"), Column("First name", "first_name"),
    Column("E-mail", "email_clean"), Column("List", "list_name"), Column("Offer held back", "offer_title"),
    Column("Segment", "rfm_segment"), Column("Status", "activity_status"), Column("Tier", "tier"),
    Column("Last purchase", "last_purchase", CellKind.DATE), Column("Orders", "orders", CellKind.INT),
    Column("Revenue", "revenue", CellKind.MONEY),
]
_CSV_TAIL = [("OFFER_TITLE", "offer_title"), ("MESSAGE", "message"), ("COUPON", "coupon_code"),
             ("EXPIRY", "expiry_text"), ("DISCOUNT", "discount"), ("SEGMENT", "rfm_segment"),
             ("STATUS", "activity_status"), ("TIER", "tier"), ("NEXT_TIER", "next_tier"),
             ("CUSTOMER_ID", "customer_id")]
#: The CSV columns per channel: for e-mail tools, text-message tools, and mail merge or labels.
CHANNEL_CSV_FIELDS: dict[Channel, list[tuple[str, str]]] = {
    Channel.EMAIL: [("Email Address", "email_clean"), ("First Name", "first_name"), ("Last Name", "last_name"),
                    *_CSV_TAIL],
    Channel.SMS: [("Phone", "phone_digits"), ("First Name", "first_name"), ("Last Name", "last_name"), *_CSV_TAIL],
    Channel.POST: [("Name", "name"), ("Address", "address"), ("Postcode", "postcode"), ("City", "city"),
                   ("Country", "country"), ("First Name", "first_name"), ("Last Name", "last_name"), *_CSV_TAIL],
}
CSV_FIELDS = CHANNEL_CSV_FIELDS[Channel.EMAIL]


def csv_name(out_path: Path, list_name: str) -> str:
    slug = re.sub(r'[<>:"/\\|?*\x00-\x1f]', "-", list_name).strip(" .") or "list"
    return f"{out_path.stem} - {slug}.csv"


def csv_targets(request: ExportRequest, out_path: Path, plans: list[PlannedList]) -> list[Path]:
    """The CSV file of each list (none without a CSV folder); two lists whose CSV names are one
    file name (letter case aside: one file on Windows and macOS) are refused."""
    if request.csv_dir is None:
        return []
    csv_dir = Path(request.csv_dir)
    check_folder(csv_dir, what=N_("the CSV files"))
    targets: list[Path] = []
    owners: dict[str, str] = {}
    for plan in plans:
        target = csv_dir / csv_name(out_path, plan.name)
        key = target.name.casefold()
        if key in owners:
            raise SettingsError(Phrase('the lists "{first}" and "{second}" would both be written to the CSV '
                                       'file "{file}".', first=owners[key], second=plan.name, file=target.name),
                                "Rename one of them (a segment or tier name), or export them one at a time.",
                                file=str(csv_dir))
        owners[key] = plan.name
        targets.append(target)
    return targets


def stale_csvs(request: ExportRequest, out_path: Path, targets: list[Path]) -> list[Path]:
    """The CSV files an earlier export under this workbook's name left in the CSV folder for lists
    this export does not write ("mailing - Hibernating.csv" beside a new mailing of Champions only):
    they are taken away with this export's files, so that the folder holds this mailing only (an
    earlier list could hold a customer who has opted out since). Only a list CSV Clientele wrote
    (is_list_csv) is taken: the owner's own "mailing - notes.csv", or a customers file, stays."""
    if request.csv_dir is None:
        return []
    folder, written = Path(request.csv_dir), {target.name.casefold() for target in targets}
    try:
        found = sorted(folder.glob(glob.escape(f"{out_path.stem} - ") + "*.csv"))
    except OSError:
        return []
    return [path for path in found if path.name.casefold() not in written and path.is_file() and is_list_csv(path)]


#: The first line of each list CSV Clientele writes (the headers of CHANNEL_CSV_FIELDS, as write_csv quotes them).
_LIST_CSV_HEADERS = frozenset(",".join(f'"{header}"' for header, _ in fields).encode()
                              for fields in CHANNEL_CSV_FIELDS.values())


def is_list_csv(path: Path) -> bool:
    """Whether ``path`` begins as a list CSV of write_csvs does: a byte-order mark, then exactly one
    of the channels' header lines. Any other file, or one that cannot be read, is not one."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(1024)
    except OSError:
        return False
    if not head.startswith(b"\xef\xbb\xbf"):
        return False
    return head[3:].split(b"\r\n", 1)[0] in _LIST_CSV_HEADERS


@contextlib.contextmanager
def words_for(out_path: Path) -> Iterator[None]:
    """A failed write of the workbook or its CSVs (a full disk) in the owner's words."""
    try:
        yield
    except OSError as exc:
        raise write_error(exc, out_path, N_("the mailing workbook and its CSV files")) from exc


def write_workbook(tmp: Path, summary: ExportSummary, plans: list[PlannedList], frames: list[pd.DataFrame],
                    customers: pd.DataFrame, email: pd.Series, left: pd.DataFrame, segmentation: Segmentation,
                    shop: ShopInfo, source_file: str | None, progress: ProgressCallback, *,
                    names: pd.Series, titles: list[pd.Series]) -> int:
    """Write the workbook to ``tmp``; returns the text cells cut to what a cell holds. ``names``:
    each customer's name (the name, else first and last name); ``titles``: each list's control
    group's offer title, per customer."""
    started = time.perf_counter()
    workbook = new_workbook(tmp, OutputKind.MAILING)
    cut = 0
    try:
        formats = Formats(workbook, shop.currency, shop.locale)
        words = shop.words()
        summary_sheet, left_sheet, control_sheet = fixed_sheets(words)
        write_summary_sheet(workbook.add_worksheet(summary_sheet), summary, formats, shop_name=shop.name,
                            source_file=source_file, segmentation=segmentation, words=words)
        total = max(sum(len(f) for f in frames), 1)
        done = 0
        for info, frame in zip(summary.lists, frames, strict=True):
            ws = workbook.add_worksheet(info.sheet_name)
            cut += write_table(ws, in_words(frame, words), headers_in(
                list_columns(summary.channel, info.offer_b_title is not None), words),
                               formats, progress=sub_progress(
                progress, done / total * 0.8, (done + len(frame)) / total * 0.8)).cut_cells
            log.info("list %s written: sheet %r, %d rows", info.name, info.sheet_name, len(frame))
            done += len(frame)
        columns = left_columns(summary.channel)
        wanted = [c for c in customers.columns if c in {col.source for col in columns}]
        left_frame = customers.loc[left["index"], wanted].reset_index(drop=True)
        where = customers.index.get_indexer(pd.Index(left["index"]))
        left_frame["name"] = names.take(where).to_numpy()
        if summary.channel is Channel.POST:
            left_frame["postal_address"] = postal_address(customers).take(where).to_numpy()
        for col in ("list_name", "reason", "detail"):
            left_frame[col] = left[col].to_numpy()
        cut += write_table(workbook.add_worksheet(left_sheet), in_words(left_frame, words),
                           headers_in(columns, words), formats).cut_cells
        wanted = [c for c in customers.columns if c in {col.source for col in CONTROL_COLUMNS}]
        ctrl_parts = []
        for plan, title in zip(plans, titles, strict=True):
            part = customers.loc[plan.control, wanted]
            part["list_name"], part["offer_title"] = plan.name, title.reindex(plan.control).to_numpy()
            part["email_clean"] = email[plan.control]
            part["name"] = names[plan.control]
            ctrl_parts.append(part)
        ctrl = pd.concat(ctrl_parts) if ctrl_parts else customers.iloc[:0]
        cut += write_table(workbook.add_worksheet(control_sheet), in_words(ctrl, words),
                           headers_in(CONTROL_COLUMNS, words), formats).cut_cells
        progress(0.95, N_("Saving the workbook"))
        log.debug("workbook sheets written in %.2f s", time.perf_counter() - started)
    except BaseException:
        discard_workbook(workbook)
        raise
    close_workbook(workbook, summary.workbook_path, N_("the mailing workbook"))
    return cut


#: The workbook columns holding segment, status and tier names, shown in the shop's language.
NAME_COLUMNS = ("rfm_segment", "activity_status", "tier", "next_tier", "list_name")
#: The Left out sheet's details other modules write (lists.py, consent_book.py), as keys; a detail
#: naming the earlier list is that list's name.
LEFT_OUT_DETAILS = (N_("kept customer {id}"),
                    N_('customer "{other}" opted out (the same id apart from case or spaces)'),
                    N_('the address was opted out by customer "{customer}"'),
                    N_('the phone number was opted out by customer "{customer}"'),
                    N_('the postal address was opted out by customer "{customer}"'),
                    N_("the address was opted out on a record without customer id"))


def headers_in(columns: list[Column], words: Words) -> list[Column]:
    """The columns with their headers in the words' language (the CSV names never change)."""
    if words.is_english:
        return columns
    return [dataclasses.replace(column, header=words.t(column.header)) for column in columns]


def in_words(frame: pd.DataFrame, words: Words) -> pd.DataFrame:
    """A sheet's frame with its default segment, status and tier names in the words' language (a
    copy; the frame itself, also written to the CSVs, keeps the names as the analysis has them)."""
    if words.is_english:
        return frame
    shown = frame.copy(deep=False)
    for column in (*NAME_COLUMNS, "reason", "detail"):
        if column in shown.columns:
            names = shown[column]
            mapping = {value: _shown(column, str(value), words) for value in pd.unique(names.dropna())}
            shown[column] = names.map(mapping).astype("object").where(names.notna(), None)
    return shown


def _shown(column: str, value: str, words: Words) -> str:
    """One value of a sheet as people read it: a name, a left-out reason or its detail."""
    if column == "reason":
        return words.t(value)                          # "opted out" -> "abgemeldet"
    if column == "detail":
        return words.phrase(value, LEFT_OUT_DETAILS) if value else value
    return words.name(value)


def _text_array(values: pd.Series | None, length: int) -> pa.Array:
    """A CSV column as Arrow text (null where missing); a missing column is all null."""
    if values is None:
        return pa.nulls(length, pa.string())
    items = values.astype("object").where(values.notna(), None).tolist()
    return pa.array([None if v is None else str(v) for v in items], pa.string())


def write_csvs(group: AtomicGroup, targets: list[Path], summary: ExportSummary, frames: list[pd.DataFrame]) -> int:
    """One CSV per list for e-mail tools, text-message tools or a mail merge (definitions §6, by the
    export's channel): UTF-8 with a byte-order mark, Windows line ends, every text value quoted
    (core/output/csv_table.py). Returns the cells cut."""
    cut = 0
    fields = CHANNEL_CSV_FIELDS[summary.channel]
    for info, frame, target in zip(summary.lists, frames, targets, strict=True):
        columns = {header: _text_array(frame.get(src), len(frame)) for header, src in fields}
        cut += write_csv(columns, group.path(target), bom=True, windows_line_ends=True)
        info.csv_path = str(target)
        summary.csv_paths.append(str(target))
        log.info("list %s written as CSV: %s (%d rows)", info.name, target, len(frame))
    return cut
