"""A run's outputs, all or nothing (definitions §7 and §8): the one plan the command line and the
window's export share.

Two steps. Before any work, :func:`check_outputs` looks at everything that needs no data: the
output names and suffixes, that no output is an imported file or a folder, that no two outputs
name one file, that every folder exists and can be written, the CSV folder, the campaign store,
the seed and the control share. After the analysis, :func:`run_plan` prepares the mailing (the
list names, the offers, the CSV names: core/campaigns/export.MailingExport), then writes every
output to temporary files, commits the campaign record and renames every file into place
(core/output/atomic.write_together); any failure leaves the earlier files, no temporary file and no
record.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from core.errors import OutputError, SettingsError
from core.output.atomic import StagedOutput, check_folder, check_targets, write_together
from core.output.customer_table import CustomerTableOutput, check_customer_table_path
from core.progress import ProgressCallback, done, ensure, sub_progress
from core.schema import OutputKind
from core.words import N_

if TYPE_CHECKING:
    import pandas as pd

    from core.campaigns.request import ExportRequest, StoreChoice
    from core.campaigns.summary import ExportSummary

log = logging.getLogger(__name__)

#: The re-buy table (definitions §12) in messages.
REBUY_TABLE = N_("the re-buy table")
#: The migration table (definitions §10) in messages.
MIGRATION_TABLE = N_("the migration table")


@dataclass(frozen=True)
class OutputTargets:
    """What a run is asked to write, known before any work: the customer table, the mailing
    workbook, the CSV folder, the files that must never be written (``inputs``), and for a
    mailing the campaign store, the seed and the control share."""

    customers_out: Path | None = None
    mailing_out: Path | None = None
    csv_dir: Path | None = None
    inputs: tuple[str, ...] = ()
    store: StoreChoice | None = None
    seed: int | None = None
    control_share: float | None = None
    rebuy_out: Path | None = None
    migration_out: Path | None = None


def check_outputs(targets: OutputTargets) -> None:
    """Raise OutputError or SettingsError for anything that would make the run fail and needs no
    data; nothing is written (a probe file per folder is made and removed at once). The targets'
    own checks come first: a folder named as an output is said to be one (its missing suffix was)."""
    files = [Path(p) for p in (targets.customers_out, targets.mailing_out, targets.migration_out, targets.rebuy_out)
             if p is not None]
    check_targets(files, targets.inputs)
    if targets.customers_out is not None:
        check_customer_table_path(targets.customers_out)
    if targets.migration_out is not None:
        check_customer_table_path(targets.migration_out, MIGRATION_TABLE)
    if targets.rebuy_out is not None:
        check_customer_table_path(targets.rebuy_out, REBUY_TABLE)
    if targets.mailing_out is not None and Path(targets.mailing_out).suffix.lower() != ".xlsx":
        raise OutputError("the mailing list is written as an Excel workbook.", "End the file name with .xlsx.",
                          file=str(targets.mailing_out))
    if targets.csv_dir is not None:
        check_folder(targets.csv_dir, what=N_("the CSV files"))
    if targets.control_share is not None and not 0 <= targets.control_share < 1:
        raise SettingsError("the control group share must be at least 0 and below 1 (0.10 is 10 %).",
                            "Write for example 0.1.")
    if targets.seed is not None:
        from core.campaigns.control_group import check_seed  # noqa: PLC0415 - the campaign code (with scipy) loads only for a mailing

        check_seed(targets.seed)
    if targets.store is not None:
        targets.store.check(targets.inputs)


@dataclass(frozen=True)
class RunPlan:
    """The outputs of one run: the customer table (``customers`` written to ``customers_out``),
    the mailing export (``mailing``), the migration table of definitions §10 (``migration``
    written to ``migration_out``) and the re-buy table of definitions §12 (``rebuy`` written to
    ``rebuy_out``); ``inputs`` are never written."""

    customers: pd.DataFrame | None = None
    customers_out: Path | None = None
    mailing: ExportRequest | None = None
    inputs: tuple[str, ...] = ()
    rebuy: pd.DataFrame | None = None
    rebuy_out: Path | None = None
    migration: pd.DataFrame | None = None
    migration_out: Path | None = None

    def all_inputs(self) -> tuple[str, ...]:
        """Every file the run must not write: its own inputs and the mailing's."""
        extra: list[str] = []
        if self.mailing is not None:
            extra = [str(p) for p in self.mailing.inputs]
            if self.mailing.source_file:
                extra.append(str(self.mailing.source_file))
        return tuple(dict.fromkeys([*map(str, self.inputs), *extra]))

    def targets(self) -> OutputTargets:
        """The checks of :func:`check_outputs` for this plan."""
        mailing = self.mailing
        return OutputTargets(
            customers_out=self.customers_out, mailing_out=Path(mailing.out_path) if mailing is not None else None,
            csv_dir=Path(mailing.csv_dir) if mailing is not None and mailing.csv_dir is not None else None,
            inputs=self.all_inputs(), store=mailing.store if mailing is not None else None,
            seed=mailing.seed if mailing is not None else None,
            control_share=mailing.control_share if mailing is not None else None, migration_out=self.migration_out,
            rebuy_out=self.rebuy_out)


@dataclass
class RunResult:
    """What a run wrote: the customer table (and its text cells cut to what a cell holds) and
    the mailing export's summary."""

    customer_table: Path | None = None
    customer_table_cut_cells: int = 0
    mailing: ExportSummary | None = None
    paths: list[str] = field(default_factory=list)


def run_plan(plan: RunPlan, progress: ProgressCallback | None = None,
             on_written: Callable[[], None] | None = None) -> RunResult:
    """Write every output of ``plan``, or none (see the module docstring); ``on_written`` as for
    write_together."""
    report = ensure(progress)
    report(0.0, N_("Checking the outputs"))
    check_outputs(plan.targets())
    outputs: list[StagedOutput] = []
    table = None
    if plan.customers_out is not None:
        if plan.customers is None:
            raise ValueError("a customer table to write needs its customers")
        table = CustomerTableOutput(plan.customers, Path(plan.customers_out))
        outputs.append(table)
    mailing = None
    if plan.mailing is not None:
        from core.campaigns.export import MailingExport  # noqa: PLC0415 - the campaign code (with scipy) loads only for a mailing

        mailing = MailingExport(plan.mailing)   # lists, CSV names: checked here
        outputs.append(mailing)
    if plan.rebuy_out is not None:
        if plan.rebuy is None:
            raise ValueError("a re-buy table to write needs its table")
        outputs.append(CustomerTableOutput(plan.rebuy, Path(plan.rebuy_out), sheet="Re-buy", what=REBUY_TABLE,
                                           kind=OutputKind.REBUY))
    if plan.migration_out is not None:
        if plan.migration is None:
            raise ValueError("a migration table to write needs its table")
        outputs.append(CustomerTableOutput(plan.migration, Path(plan.migration_out), sheet="Migration",
                                           what=MIGRATION_TABLE, kind=OutputKind.MIGRATION))
    report(0.1, N_("Writing"))
    write_together(outputs, plan.all_inputs(), sub_progress(report, 0.1, 1.0), on_written)
    result = RunResult(customer_table=table.path if table is not None else None,
                       customer_table_cut_cells=table.cut_cells if table is not None else 0,
                       mailing=mailing.summary if mailing is not None else None)
    result.paths = [str(p) for output in outputs for p in output.targets()]
    log.info("run written: %s", ", ".join(result.paths))
    done(report, N_("Written"))
    return result
