"""Show that two revisions write the same files: customer table, mailing workbook and list CSVs.

    python scripts/identity_check.py --before REV [--after REV] [--big FILE]

Checks out REV (and ``--after``, default: the working tree) into temporary git worktrees, runs the
same command lines through each with the same Python, and compares what they wrote:

* CSV files (customer table, one per mailed list) byte for byte;
* workbooks part by part (every zip member), except ``docProps/core.xml`` (the time it was
  written) and, inside the sheets, nothing else;
* coupon codes are random by design (only the control group follows ``--seed``), so the random
  part of every code is masked (``RETURN-99RQ33`` -> ``RETURN-######``) before comparing.

Each run gets a fresh, empty data folder (``CLIENTELE_DATA_DIR``) so the campaign store starts
empty on both sides and coupon codes come out the same. Exit 0 when every output is identical.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TIMESTAMP_PARTS = {"docProps/core.xml"}


def cases(big: Path | None) -> list[tuple[str, list[str]]]:
    sample = "resources/online_retail_sample.xlsx"
    customers = "resources/online_retail_sample_customers.csv"
    out = [
        ("sample xlsx + customers file",
         ["segment", sample, "--customers", customers, "--customers-out", "{out}/customers.csv",
          "--mailing-out", "{out}/mailing.xlsx", "--csv-dir", "{out}/csv", "--seed", "7"]),
        ("sample csv, customer table as xlsx",
         ["segment", "resources/online_retail_sample.csv", "--customers-out", "{out}/customers.xlsx"]),
    ]
    if big is not None:
        out.append((f"{big.name}",
                    ["segment", str(big.resolve()), "--customers-out", "{out}/customers.csv",
                     "--mailing-out", "{out}/mailing.xlsx", "--csv-dir", "{out}/csv", "--seed", "7"]))
    return out


def worktree(rev: str, into: Path) -> Path:
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(into), rev],
                   check=True, capture_output=True)
    return into


def run_case(tree: Path, argv: list[str], out: Path) -> str:
    out.mkdir(parents=True)
    (out / "csv").mkdir()
    data = out.parent / (out.name + "-data")
    data.mkdir()
    env = {**os.environ, "CLIENTELE_DATA_DIR": str(data), "QT_QPA_PLATFORM": "offscreen"}
    args = [a.replace("{out}", str(out)) for a in argv]
    done = subprocess.run([sys.executable, "main.py", *args], cwd=tree, env=env,
                          capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"{tree}: exit {done.returncode}\n{done.stderr}")
    return done.stdout


# PREFIX-XXXXXX with the coupon alphabet (no 0/O, 1/I/L)
CODE = re.compile(rb"\b([A-Z0-9]{1,12})-[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6,8}\b")


def digest(data: bytes) -> str:
    return hashlib.sha256(CODE.sub(rb"\1-######", data)).hexdigest()[:16]


def outputs(folder: Path) -> dict[str, str]:
    """Relative path (or path::zip member) -> digest of everything a run wrote."""
    found: dict[str, str] = {}
    for path in sorted(folder.rglob("*")):
        if not path.is_file():
            continue
        rel = path.relative_to(folder).as_posix()
        if path.suffix == ".xlsx":
            with zipfile.ZipFile(path) as book:
                for member in sorted(book.namelist()):
                    if member not in TIMESTAMP_PARTS:
                        found[f"{rel}::{member}"] = digest(book.read(member))
        else:
            found[rel] = digest(path.read_bytes())
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", required=True, help="git revision written before the change")
    parser.add_argument("--after", help="git revision after the change (default: the working tree)")
    parser.add_argument("--big", type=Path, help="also the benchmark file, e.g. bench/cache/purchases_1000000.xlsx")
    args = parser.parse_args()

    scratch = Path(tempfile.mkdtemp(prefix="identity-"))
    trees = {"before": worktree(args.before, scratch / "before")}
    trees["after"] = worktree(args.after, scratch / "after") if args.after else ROOT
    failed = 0
    try:
        for n, (label, argv) in enumerate(cases(args.big)):
            written = {}
            for side, tree in trees.items():
                out = scratch / f"{side}-{n}"
                run_case(tree, argv, out)
                written[side] = outputs(out)
            before, after = written["before"], written["after"]
            names = sorted(set(before) | set(after))
            differ = [name for name in names if before.get(name) != after.get(name)]
            print(f"{label}: {len(names)} outputs compared "
                  f"({sum('::' not in k for k in names)} files, {sum('::' in k for k in names)} workbook parts)")
            for name in differ:
                print(f"  DIFFERS  {name}: {before.get(name, 'missing')} -> {after.get(name, 'missing')}")
            if not differ:
                print("  identical")
            failed += len(differ)
    finally:
        for tree in trees.values():
            if tree != ROOT:
                subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)],
                               capture_output=True)
        shutil.rmtree(scratch, ignore_errors=True)
    print("IDENTICAL" if not failed else f"{failed} outputs differ")
    return 0 if not failed else 1


if __name__ == "__main__":
    sys.exit(main())
