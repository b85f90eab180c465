"""Control groups: a seeded random share of each list, kept out of the mailing and recorded."""

from __future__ import annotations

import hashlib
import math
import secrets

import numpy as np
import pandas as pd

from core.errors import SettingsError
from core.words import Phrase

DEFAULT_SHARE = 0.10
#: The largest seed: 15 digits, so that a spreadsheet shows the seed on the Summary sheet exactly
#: and the campaign history holds it as a whole number (definitions §6).
MAX_SEED = 10**15 - 1


def check_seed(value: object, where: str = "the control-group seed") -> int:
    """``value`` as a seed: a whole number from 0 to ``MAX_SEED``; SettingsError naming ``where``."""
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)):
        raise SettingsError(Phrase("{where} must be a whole number, got {value}.", where=where, value=repr(value)),
                            Phrase("Use a whole number from 0 to {top:,}, or leave it out for a random one.",
                                   top=MAX_SEED))
    if not 0 <= int(value) <= MAX_SEED:
        shown = Phrase("{value:,}", value=int(value)) if abs(int(value)) < 10**30 else \
            Phrase("a number of more than 30 digits")
        raise SettingsError(Phrase("{where} is {shown}; it must be a whole number from 0 to {top:,}.",
                                   where=where, shown=shown, top=MAX_SEED),
                            "Use a number in that range, or leave the seed out for a random one.")
    return int(value)


def new_seed() -> int:
    """A fresh random seed (recorded with the campaign so the draw can be repeated)."""
    return secrets.randbelow(2**31 - 1) + 1


def control_size(eligible: int, share: float) -> int:
    """How many of ``eligible`` customers go to the control group (rounded half up)."""
    if not 0 <= share < 1:
        raise ValueError("the control share must be at least 0 and less than 1")
    return math.floor(eligible * share + 0.5)


def list_key(list_name: str) -> int:
    """A number from a list's name (the first four bytes of its SHA-256): each list's own random stream."""
    return int.from_bytes(hashlib.sha256(list_name.encode("utf-8")).digest()[:4], "big")


def pick_control(customer_ids: pd.Series, share: float = DEFAULT_SHARE, seed: int = 0,
                 list_name: str = "") -> pd.Series:
    """Boolean mask (same index as ``customer_ids``) of the control group for one list.

    Deterministic for a given seed, list name and set of customer ids, whatever their order:
    ids are sorted before the seeded shuffle, and each list gets its own stream from the seed.
    """
    return seeded_pick(customer_ids, control_size(len(customer_ids), share), int(seed), list_key(list_name))


def seeded_pick(customer_ids: pd.Series, size: int, *stream: int) -> pd.Series:
    """Boolean mask (on ``customer_ids``' index) of ``size`` customers drawn at random from the seeded
    ``stream`` (the seed, the list's key, …), the same whatever the order of the rows: the ids are
    sorted before the shuffle. The one draw of the control group and of an offer test's offer B."""
    mask = pd.Series(False, index=customer_ids.index)
    if size == 0:
        return mask
    order = np.argsort(customer_ids.astype(str).to_numpy(dtype=object), kind="stable")
    rng = np.random.default_rng(list(stream))
    mask.iloc[order[rng.permutation(len(customer_ids))[:size]]] = True
    return mask
