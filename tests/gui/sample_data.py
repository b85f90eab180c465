"""Canonical transactions from the bundled sample CSV (plain pandas) for GUI tests that skip the importer."""
import pandas as pd, numpy as np
def canonical(path="resources/online_retail_sample.csv"):
    raw = pd.read_csv(path, dtype={"InvoiceNo": str, "CustomerID": str})
    raw = raw[raw["CustomerID"].notna()]
    tx = pd.DataFrame({
        "customer_id": raw["CustomerID"].str.replace(r"\.0$", "", regex=True),
        "date": pd.to_datetime(raw["InvoiceDate"]).dt.normalize().astype("datetime64[ns]"),
        "amount": (raw["Quantity"] * raw["UnitPrice"]).astype(float),
        "order_id": raw["InvoiceNo"],
        "is_return": (raw["Quantity"] < 0) | raw["InvoiceNo"].str.startswith("C"),
        "source_row": np.arange(len(raw), dtype="int64") + 2,
        "country": raw["Country"], "product": raw["Description"],
    })
    return tx.reset_index(drop=True)


def fake_imported(path=None):
    """A tasks.Imported as the importer would give it, built without the importer."""
    from pathlib import Path
    from types import SimpleNamespace

    from gui import tasks

    root = Path(__file__).resolve().parents[2]
    path = path or root / "resources" / "online_retail_sample.csv"
    tx = canonical(str(path))

    class Report:
        def to_text(self):
            return f"Rows kept: {len(tx)}"

    result = SimpleNamespace(transactions=tx, report=Report(), source=None, mapping=None)
    return tasks.Imported(result=result, first_rows=tx.head(50), path=str(path), history=tasks.history_index(tx))
