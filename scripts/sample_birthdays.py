"""Give the invented customers of the bundled sample a birthday column (resources/SAMPLE_DATA.md).

`python scripts/sample_birthdays.py` rewrites resources/online_retail_sample_customers.csv with a
`Birthday` column after its other columns, drawn with a fixed seed (2026), so running it again gives
the same file byte for byte. The other columns are kept exactly as they are. About 70 % of customers
have a birthday written `YYYY-MM-DD` (born 1950 to 2000), 10 % one without the year (`--MM-DD`, as
vCard and ISO 8601 write it) and 20 % none; 29 February is as likely as any other day of a leap
year. The birthdays are invented, like the names and addresses.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
CUSTOMERS = ROOT / "resources" / "online_retail_sample_customers.csv"
SEED = 2026
COLUMN = "Birthday"


def birthdays(count: int, seed: int = SEED) -> list[str]:
    """``count`` invented birthdays: ISO dates, year-less ``--MM-DD`` or empty."""
    rng = np.random.default_rng(seed)
    first, last = dt.date(1950, 1, 1).toordinal(), dt.date(2000, 12, 31).toordinal()
    days = rng.integers(first, last + 1, count)
    kind = rng.random(count)
    out = []
    for ordinal, pick in zip(days, kind, strict=True):
        day = dt.date.fromordinal(int(ordinal))
        out.append(day.isoformat() if pick < 0.7 else f"--{day:%m-%d}" if pick < 0.8 else "")
    return out


def main() -> None:
    text = CUSTOMERS.read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    header, body = rows[0], rows[1:]
    if COLUMN in header:                       # again: replace the column, the rest stays
        at = header.index(COLUMN)
        header = header[:at] + header[at + 1:]
        body = [row[:at] + row[at + 1:] for row in body]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([*header, COLUMN])
    for row, birthday in zip(body, birthdays(len(body)), strict=True):
        writer.writerow([*row, birthday])
    CUSTOMERS.write_text(out.getvalue(), encoding="utf-8")
    print(f"{CUSTOMERS.name}: {len(body)} customers, {sum(1 for b in birthdays(len(body)) if b)} birthdays")


if __name__ == "__main__":
    main()
