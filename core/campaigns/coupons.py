"""Per-customer coupon codes: PREFIX-XXXXXX from an alphabet without look-alikes, never reused."""

from __future__ import annotations

import re
import secrets
import unicodedata
from collections.abc import Iterable

import numpy as np

#: No 0/O, 1/I/L (and no U/V pair confusion worth worrying about): 31 characters.
ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 6
MAX_PREFIX = 12


def normalise_prefix(prefix: str | None) -> str:
    """``"we miss-you!"`` -> ``"WEMISSYOU"``: upper-case letters and digits, at most 12; a letter with
    an accent keeps its letter (``"Über"`` -> ``"UBER"``, ``"ça va"`` -> ``"CAVA"``, ``"süß"`` -> ``"SUSS"``)."""
    plain = unicodedata.normalize("NFKD", (prefix or "").upper())   # (Ü: U and its diaeresis, dropped below)
    return re.sub(r"[^A-Z0-9]", "", plain)[:MAX_PREFIX]


def generate_codes(count: int, prefix: str | None = "", *, taken: Iterable[str] | set = (),
                   rng: np.random.Generator | None = None, length: int = CODE_LENGTH) -> list[str]:
    """``count`` new codes ``PREFIX-XXXXXX``, distinct from each other and from ``taken``.

    ``taken`` holds every code already issued (this export's other offers and every earlier
    export, from the campaign store); it is not modified. The random part uses ``ALPHABET`` only.
    """
    rng = rng if rng is not None else np.random.default_rng(secrets.randbits(128))
    head = normalise_prefix(prefix)
    head = f"{head}-" if head else ""
    used = taken if isinstance(taken, set) else set(taken)
    # grow the random part if the prefix's space is getting crowded
    while len(ALPHABET) ** length < 20 * (count + len(used)):
        length += 1
    codes: list[str] = []
    fresh: set[str] = set()
    alphabet = np.frombuffer(ALPHABET.encode("ascii"), dtype=np.uint8)
    while len(codes) < count:
        need = count - len(codes)
        picks = rng.integers(0, len(ALPHABET), size=(need, length))
        batch = alphabet[picks].astype(np.uint8).view(f"S{length}").ravel().astype(f"U{length}").tolist()
        for body in batch:
            code = head + body
            if code not in used and code not in fresh:
                fresh.add(code)
                codes.append(code)
    return codes
