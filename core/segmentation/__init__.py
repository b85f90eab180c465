"""From transactions to the customer table: facts, RFM scores, the segment map, activity, tiers, explanations, page summaries.

The names other packages use are importable from here (``from core.segmentation import
segment_customers, Settings``). Importing this package loads pandas: the window imports it only
once a file is being read (its start-up modules import these names lazily or for type checks).
"""

from core.segmentation.activity import (
    AT_STAKE,
    WINBACK_STATUSES,
    WinbackOrder,
    WinbackRanking,
    at_stake,
    buyers_of,
    overdue_quiet_days,
    winback_list,
    winback_ranking,
)
from core.segmentation.charges import (
    DEFAULT_CHARGE_LINES,
    ChargeLine,
    charge_lines_in,
    line_names,
    parse_charge_lines,
)
from core.segmentation.explain import explain, prediction_sentence
from core.segmentation.facts_cache import FactsCache
from core.segmentation.filter_text import column_kind, condition_text, conditions_of, parse_condition
from core.segmentation.filters import (
    CLOSE_TO_NEXT_TIER_COLUMN,
    MAX_NAME,
    Bought,
    Check,
    Condition,
    CustomerFilter,
    PurchaseCondition,
    SavedList,
)
from core.segmentation.migration import Migration, Move, path_name
from core.segmentation.model_check import CheckBucket, ModelCheck, model_check
from core.segmentation.notice import Notice, NoticeKind
from core.segmentation.occasions import MAX_WINDOW_DAYS, OccasionSettings, occasion_members, upcoming
from core.segmentation.owner_input import (
    CUT_POINT_BOXES,
    number_text,
    read_cut_points,
    read_number,
    read_segment_map,
    read_tier_names,
    read_tier_thresholds,
)
from core.segmentation.predictions import PREDICTION_COLUMNS, Predictions
from core.segmentation.rebuy import MIN_GAPS, REBUY_COLUMNS
from core.segmentation.segment import Segmentation, segment_customers, summary_text
from core.segmentation.segment_map import (
    DEFAULT_SEGMENT_MAP,
    DEFAULT_SEGMENT_NAMES,
    OTHER,
    MapCheck,
    Segment,
    check_segment_map,
    default_segment_map,
)
from core.segmentation.settings import (
    COMPARE_PRESETS,
    DEFAULT_CLOSE_FRACTION,
    DEFAULT_TIER_NAMES,
    WINDOW_PRESETS,
    CompareTo,
    ScoringSettings,
    Settings,
    TierRules,
    parse_reference_date,
    parse_thresholds,
)
from core.segmentation.summaries import (
    Activity,
    Headline,
    Period,
    activity_over_time,
    headline,
    monthly_activity,
    rf_grid,
    segment_names,
    segment_table,
    tier_distribution,
)
from core.segmentation.tiers import is_close_to_next_tier
from core.segmentation.totals import FileTotals, file_totals

__all__ = [
    "PREDICTION_COLUMNS",
    "CheckBucket",
    "ModelCheck",
    "Predictions",
    "model_check",
    "AT_STAKE",
    "WinbackOrder",
    "WinbackRanking",
    "at_stake",
    "prediction_sentence",
    "winback_ranking",
    "CLOSE_TO_NEXT_TIER_COLUMN",
    "CUT_POINT_BOXES",
    "DEFAULT_CHARGE_LINES",
    "COMPARE_PRESETS",
    "DEFAULT_CLOSE_FRACTION",
    "DEFAULT_SEGMENT_MAP",
    "DEFAULT_SEGMENT_NAMES",
    "DEFAULT_TIER_NAMES",
    "MAX_NAME",
    "MAX_WINDOW_DAYS",
    "MIN_GAPS",
    "OTHER",
    "REBUY_COLUMNS",
    "WINBACK_STATUSES",
    "WINDOW_PRESETS",
    "Activity",
    "Bought",
    "Check",
    "Condition",
    "CustomerFilter",
    "ChargeLine",
    "CompareTo",
    "FactsCache",
    "FileTotals",
    "Headline",
    "MapCheck",
    "Migration",
    "Move",
    "Notice",
    "NoticeKind",
    "OccasionSettings",
    "Period",
    "PurchaseCondition",
    "SavedList",
    "ScoringSettings",
    "Segment",
    "Segmentation",
    "Settings",
    "TierRules",
    "activity_over_time",
    "buyers_of",
    "charge_lines_in",
    "check_segment_map",
    "column_kind",
    "condition_text",
    "conditions_of",
    "default_segment_map",
    "explain",
    "file_totals",
    "headline",
    "line_names",
    "is_close_to_next_tier",
    "monthly_activity",
    "occasion_members",
    "parse_condition",
    "overdue_quiet_days",
    "parse_charge_lines",
    "parse_reference_date",
    "parse_thresholds",
    "number_text",
    "read_cut_points",
    "read_number",
    "read_segment_map",
    "read_tier_names",
    "read_tier_thresholds",
    "path_name",
    "rf_grid",
    "segment_customers",
    "segment_names",
    "segment_table",
    "summary_text",
    "tier_distribution",
    "upcoming",
    "winback_list",
]
