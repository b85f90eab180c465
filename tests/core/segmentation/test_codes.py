"""The transactions' columns factorized once per segmentation (core/segmentation/codes.py)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from core.importing.cleaning import STR, kept_text
from core.segmentation.codes import Factorized, TransactionCodes


def test_text_column_codes_follow_first_appearance_and_na_is_minus_one():
    column = Factorized.of(pd.Series(["b", "a", None, "b", "c"], dtype=STR))
    assert column.codes.dtype == np.int32
    assert column.codes.tolist() == [0, 1, -1, 0, 2]
    assert list(column.values) == ["b", "a", "c"]


def test_a_categorical_column_codes_as_its_text_would():
    """The clean table holds product names as categoricals (kept_text): the same codes and values."""
    text = pd.Series(["Mug", "Cup", None, "Mug"], dtype=STR)
    coded = kept_text(np.array([1, 0, -1, 1]), pd.Series(["Cup", "Mug"], dtype=STR), pd.RangeIndex(4))
    assert coded.tolist()[::3] == ["Mug", "Mug"] and pd.isna(coded.iloc[2])
    plain, categorical = Factorized.of(text), Factorized.of(coded)
    assert plain.codes.tolist() == categorical.codes.tolist() == [0, 1, -1, 0]
    assert list(plain.values) == list(categorical.values) == ["Mug", "Cup"]


def test_transaction_codes_hold_what_the_file_has():
    tx = pd.DataFrame({"customer_id": pd.Series(["7", "8", "7"], dtype=STR),
                       "product": pd.Series(["Mug", None, "Mug"], dtype=STR)})
    codes = TransactionCodes.of(tx)
    assert codes.customer.codes.tolist() == [0, 1, 0] and list(codes.customer.values) == ["7", "8"]
    assert codes.item("product") is codes.product and codes.product.codes.tolist() == [0, -1, 0]
    assert codes.category is None and codes.item("category") is None and codes.item("country") is None
