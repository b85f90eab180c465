"""RFM scores 1–5 from value-based quintile cut points (numpy linear quantiles) or the owner's thresholds."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from core.segmentation.notice import Notice, NoticeKind
from core.segmentation.settings import ScoringSettings
from core.words import N_, Name, Phrase

QUINTILES = (0.2, 0.4, 0.6, 0.8)
#: dimension → (customer-table column, words for messages)
DIMENSION_COLUMNS = {"r": "days_since_last", "f": "orders", "m": "revenue"}
DIMENSION_WORDS = {"r": N_("Recency"), "f": N_("Frequency"), "m": N_("Monetary")}
#: What each dimension counts, in words ("days since the last purchase").
_COLUMN_WORDS = {"r": N_("days since the last purchase"), "f": N_("number of orders"), "m": N_("amount spent")}
#: A dimension's score, and its scores, in words ("recency score").
_SCORE_WORDS = {"r": (N_("recency score"), N_("recency scores")), "f": (N_("frequency score"), N_("frequency scores")),
                "m": (N_("monetary score"), N_("monetary scores"))}


@dataclass
class RFMResult:
    """Scores (int64 arrays aligned with the input), cut points and methods per dimension, warnings."""

    r: np.ndarray
    f: np.ndarray
    m: np.ndarray
    cut_points: dict[str, list[float] | None]
    methods: dict[str, str]
    warnings: list[Notice] = field(default_factory=list)

    @property
    def scoring_method(self) -> str:
        """"quintiles", "thresholds", or "mixed" when dimensions differ."""
        kinds = set(self.methods.values())
        return kinds.pop() if len(kinds) == 1 else "mixed"


def quintile_cut_points(values: np.ndarray) -> list[float] | None:
    """The 20/40/60/80 % quantiles (numpy default linear method); None for no values."""
    values = np.asarray(values, dtype=np.float64)
    values = values[~np.isnan(values)]
    if values.size == 0:
        return None
    return [float(x) for x in np.quantile(values, QUINTILES)]


def count_above(values: np.ndarray, cuts: list[float]) -> np.ndarray:
    """Number of cut points c with value > c, per value (int64)."""
    cuts_sorted = np.sort(np.asarray(cuts, dtype=np.float64))
    return np.searchsorted(cuts_sorted, np.asarray(values, dtype=np.float64), side="left").astype(np.int64)


def score_higher_better(values: np.ndarray, cuts: list[float]) -> np.ndarray:
    """f/m: 1 + number of cut points c with value > c."""
    return 1 + count_above(values, cuts)


def score_lower_better(values: np.ndarray, cuts: list[float]) -> np.ndarray:
    """r: 5 − number of cut points c with days_since_last > c."""
    return 5 - count_above(values, cuts)


def score_customers(days_since_last: np.ndarray, orders: np.ndarray, revenue: np.ndarray,
                    scoring: ScoringSettings | None = None) -> RFMResult:
    """Score every customer given (all must be segmented customers, no prospects)."""
    scoring = scoring or ScoringSettings()
    inputs = {"r": days_since_last, "f": orders, "m": revenue}
    scores, cuts, methods, warnings = {}, {}, {}, []
    for dim, raw in inputs.items():
        values = np.asarray(raw, dtype=np.float64)
        method = scoring.method_for(dim)
        cut = list(map(float, scoring.thresholds[dim])) if method == "thresholds" else quintile_cut_points(values)
        methods[dim] = method
        cuts[dim] = cut
        if cut is None:
            scores[dim] = np.zeros(0, dtype=np.int64)
            continue
        scores[dim] = score_lower_better(values, cut) if dim == "r" else score_higher_better(values, cut)
        warnings.extend(_warnings_for(dim, values, scores[dim]))
    return RFMResult(scores["r"], scores["f"], scores["m"], cuts, methods, warnings)


def _warnings_for(dim: str, values: np.ndarray, scores: np.ndarray) -> list[Notice]:
    out = []
    words = {"dimension": Name(DIMENSION_WORDS[dim]), "column": Name(_COLUMN_WORDS[dim]),
             "score": Name(_SCORE_WORDS[dim][0]), "scores": Name(_SCORE_WORDS[dim][1])}
    distinct = np.unique(values).size
    if distinct < 5:
        if distinct <= 1:
            phrase = Phrase("{dimension}: every customer has the same {column}, so every customer gets the same "
                            "{score}; this score does not tell customers apart.", **words)
        else:
            phrase = Phrase("{dimension}: only {distinct:,} different values of {column}, too few for five scores; "
                            "some {scores} stay empty.", distinct=distinct, **words)
        out.append(Notice.of(NoticeKind.FEW_VALUES, phrase, dim))
    used = set(np.unique(scores).tolist())
    empty = tuple(s for s in range(1, 6) if s not in used)
    if empty:
        listed = ", ".join(map(str, empty))
        out.append(Notice.of(NoticeKind.EMPTY_SCORE,
                             Phrase("{dimension}: no customer has {score} {listed} (equal values share a score).",
                                    listed=listed, **words), dim, empty))
    return out
