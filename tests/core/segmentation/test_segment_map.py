"""Segment map as data: default map, first match, Other, checker, parsing."""

from __future__ import annotations

import numpy as np
import pytest

from core.errors import SettingsError
from core.segmentation.segment_map import (
    DEFAULT_SEGMENT_MAP,
    OTHER,
    Segment,
    assign_segments,
    check_segment_map,
    segment_map_from_list,
)

SPEC_TABLE = {  # definitions §3, cell by cell
    (5, 4): "Champions", (5, 5): "Champions", (3, 4): "Loyal Customers", (4, 5): "Loyal Customers",
    (4, 2): "Potential Loyalists", (5, 3): "Potential Loyalists", (5, 1): "New Customers",
    (4, 1): "Promising", (3, 3): "Need Attention", (3, 1): "About To Sleep", (3, 2): "About To Sleep",
    (1, 3): "At Risk", (2, 4): "At Risk", (2, 5): "Can't Lose Them", (1, 1): "Hibernating",
    (2, 2): "Hibernating",
}


def test_default_map_tiles_all_25_cells():
    check = check_segment_map(DEFAULT_SEGMENT_MAP)
    assert check.ok and check.uncovered_cells == [] and check.shadowed_segments == []


def test_default_map_cells_as_in_spec():
    cells = list(SPEC_TABLE)
    r = np.array([c[0] for c in cells])
    f = np.array([c[1] for c in cells])
    got = assign_segments(r, f, np.ones(len(cells), dtype=int), DEFAULT_SEGMENT_MAP)
    assert got.tolist() == [SPEC_TABLE[c] for c in cells]


def test_first_match_wins_and_other_for_uncovered():
    segs = [Segment("Big spenders", (1, 5), (1, 5), (5, 5)), Segment("Recent", (4, 5), (1, 5))]
    got = assign_segments(np.array([5, 5, 1]), np.array([1, 1, 1]), np.array([5, 1, 1]), segs)
    assert got.tolist() == ["Big spenders", "Recent", OTHER]
    check = check_segment_map(segs)
    assert (1, 1) in check.uncovered_cells and (1, 1) in check.partly_uncovered_cells
    assert (5, 1) not in check.uncovered_cells
    assert any("recency 1 with frequency 1" in m for m in check.messages())
    # (a trial: "No segment takes these scores" for r1/f1 although Big spenders takes it when m is 5)
    assert check.uncovered_m[(1, 1)] == [1, 2, 3, 4]
    [partly] = [m for m in check.messages() if m.startswith("These scores are taken only for some monetary")]
    assert "recency 1 with frequency 1 (monetary 1, 2, 3, 4)" in partly
    assert not [m for m in check.messages() if m.startswith("No segment takes these scores")]


def test_shadowed_segment_detected():
    segs = list(DEFAULT_SEGMENT_MAP) + [Segment("Never", (5, 5), (5, 5))]
    check = check_segment_map(segs)
    assert check.shadowed_segments == ["Never"]
    segs = [Segment("All", (1, 5), (1, 5)), Segment("Top m", (1, 5), (1, 5), (5, 5))]
    assert check_segment_map(segs).shadowed_segments == ["Top m"]


def test_round_trip_and_parse_errors():
    data = [s.to_dict() for s in DEFAULT_SEGMENT_MAP] + [{"name": "Whales", "r": [1, 5], "f": [1, 5], "m": [5, 5]}]
    segs = segment_map_from_list(data)
    assert segs[-1].m == (5, 5) and segs[0] == DEFAULT_SEGMENT_MAP[0]
    assert [s.to_dict() for s in segs] == data
    for bad, words in [
        ([], "non-empty"),
        ([{"name": "X", "r": [0, 2], "f": [1, 1]}], "1 to 5"),
        ([{"name": "X", "r": [3, 2], "f": [1, 1]}], "low <= high"),
        ([{"name": "X", "f": [1, 1]}], "r is missing"),
        ([{"name": "", "r": [1, 1], "f": [1, 1]}], "name"),
        ([{"name": "X", "r": [1, 1], "f": [1, 1], "colour": "red"}], "colour"),
        ([{"name": "X", "r": [1, 1], "f": [1, 1]}, {"name": "x", "r": [2, 2], "f": [1, 1]}], "Two segments"),
        ([{"name": "Other", "r": [1, 1], "f": [1, 1]}], "reserved"),
        ([{"name": "X", "r": "1-2", "f": [1, 1]}], "two whole scores"),
    ]:
        with pytest.raises(SettingsError, match=words):
            segment_map_from_list(bad)


def test_a_name_longer_than_a_project_holds_is_refused_where_it_is_typed():
    """A segment or tier name of 201 characters was applied in the window, then could not be saved
    in a project (which holds names of at most core/schema.MAX_NAME characters)."""
    from core.errors import SettingsError  # noqa: PLC0415 - beside its one use
    from core.schema import MAX_NAME  # noqa: PLC0415
    from core.segmentation.segment_map import Segment, validate_segment_map  # noqa: PLC0415
    from core.segmentation.settings import TierRules  # noqa: PLC0415

    validate_segment_map([Segment("N" * MAX_NAME, (1, 5), (1, 5))])
    with pytest.raises(SettingsError, match="is 201 characters long; keep it to 200"):
        validate_segment_map([Segment("N" * 201, (1, 5), (1, 5))])
    with pytest.raises(SettingsError, match="tier name .* is 201 characters long"):
        TierRules.from_dict({"names": ["Bronze", "S" * 201]})
