"""The transactions' customer, product and category columns factorized once per segmentation.

The customer facts (core/segmentation/facts.py) and the purchase history
(core/segmentation/purchases.py) both number customers and items; hashing a text column is their
costliest step (10M rows: ~0.5 s a column), so segment_customers factorizes each column once here
and hands the codes to both. Each side then orders and merges the few distinct values its own way
(the facts keep every spelling, the history merges names that trim alike).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from core import schema


@dataclass(frozen=True)
class Factorized:
    """One column hashed once: ``codes`` per row into ``values`` (the distinct values in the order
    first met, as pandas.factorize gives them), -1 for a missing value. The codes are int32 (half
    the memory of int64: they live through the whole customer facts)."""

    codes: np.ndarray
    values: pd.Index

    @classmethod
    def of(cls, series: pd.Series) -> Factorized:
        codes, uniques = pd.factorize(series, use_na_sentinel=True)
        small = codes.astype(np.int32) if len(uniques) < np.iinfo(np.int32).max else codes.astype(np.int64)
        return cls(small, pd.Index(uniques))


@dataclass(frozen=True)
class TransactionCodes:
    """The customer column and the product and category columns (None when the file has none)."""

    customer: Factorized
    product: Factorized | None
    category: Factorized | None

    @classmethod
    def of(cls, transactions: pd.DataFrame) -> TransactionCodes:
        def coded(column: str) -> Factorized | None:
            return Factorized.of(transactions[column]) if column in transactions.columns else None

        return cls(Factorized.of(transactions[schema.TX_CUSTOMER]), coded("product"), coded("category"))

    def item(self, column: str) -> Factorized | None:
        """The product or category column's codes."""
        return self.product if column == "product" else self.category if column == "category" else None
