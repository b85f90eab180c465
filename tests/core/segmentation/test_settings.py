"""Settings: JSON round trip, presets, and clear errors for unknown keys and bad values."""

from __future__ import annotations

import datetime as dt
import json

import pandas as pd
import pytest

from core.errors import SettingsError
from core.segmentation import (
    DEFAULT_CLOSE_FRACTION,
    DEFAULT_SEGMENT_MAP,
    DEFAULT_SEGMENT_NAMES,
    DEFAULT_TIER_NAMES,
    WINDOW_PRESETS,
    Settings,
    is_close_to_next_tier,
)


def test_defaults_round_trip_through_json():
    s = Settings()
    data = json.loads(json.dumps(s.to_dict()))
    assert Settings.from_dict(data) == s
    assert data["window_days"] == 180 and data["scoring"]["method"] == "quintiles"
    assert data["tiers"]["names"] == ["Bronze", "Silver", "Gold", "Platinum"]
    assert len(data["segment_map"]) == 10


def test_full_round_trip():
    data = {
        "reference_date": "2024-06-30", "window_days": "subscription",
        "scoring": {"method": "thresholds", "thresholds": {"f": [1, 2, 5, 10]}},
        "segment_map": [{"name": "All", "r": [1, 5], "f": [1, 5]}],
        "tiers": {"basis": "calendar_year", "names": ["A", "B"], "thresholds": [250], "points_per_unit": 2,
                  "close_fraction": 0.1},
        "currency_symbol": "€",
    }
    s = Settings.from_dict(data)
    assert s.reference_date == dt.date(2024, 6, 30) and s.window_days == WINDOW_PRESETS["subscription"] == 30
    again = Settings.from_dict(json.loads(json.dumps(s.to_dict())))
    assert again == s and again.to_dict()["window_days"] == 30


def test_empty_and_none_give_defaults():
    assert Settings.from_dict({}) == Settings() == Settings.from_dict(None)


@pytest.mark.parametrize("data,words", [
    ({"colour": 1}, "unknown key.*colour"),
    ({"window_days": 0}, "window_days"),
    ({"window_days": 12.5}, "whole days"),
    ({"window_days": "weekly"}, "retail, subscription, seasonal"),
    ({"window_days": True}, "window_days"),
    ({"reference_date": "31/12/2024"}, "YYYY-MM-DD"),
    ({"scoring": {"method": "deciles"}}, "quintiles, thresholds"),
    ({"scoring": {"method": "thresholds"}}, "no thresholds"),
    ({"scoring": {"method": "thresholds", "thresholds": {"f": [1, 2, 3]}}}, "four"),
    ({"scoring": {"method": "thresholds", "thresholds": {"f": [1, 3, 2, 4]}}}, "strictly up"),
    ({"scoring": {"method": "thresholds", "thresholds": {"x": [1, 2, 3, 4]}}}, "unknown key.*x"),
    ({"tiers": {"basis": "weekly"}}, "last_12m, lifetime, calendar_year"),
    ({"tiers": {"names": []}}, "names"),
    ({"tiers": {"names": ["A", "a"]}}, "same name"),
    ({"tiers": {"thresholds": [1, 2]}}, "3 number"),
    ({"tiers": {"thresholds": [1, 3, 2]}}, "strictly up"),
    ({"tiers": {"thresholds": [-1, 3, 4]}}, "at least 0"),
    ({"tiers": {"points_per_unit": "lots"}}, "points_per_unit"),
    ({"tiers": {"extra": 1}}, "unknown key.*extra"),
    ({"segment_map": [{"name": "X", "r": [1, 9], "f": [1, 1]}]}, "1 to 5"),
    ({"currency_symbol": 5}, "currency_symbol"),
    ([1, 2], "object"),
])
def test_invalid_values_raise_settings_error(data, words):
    with pytest.raises(SettingsError, match=words) as info:
        Settings.from_dict(data)
    assert info.value.what_to_do


def test_validated_checks_objects_built_in_code():
    s = Settings()
    s.window_days = -3
    with pytest.raises(SettingsError):
        s.validated()


def test_reference_date_given_as_timestamp_is_written_as_a_date():
    s = Settings(reference_date=pd.Timestamp("2024-05-06 13:45"))
    assert s.to_dict()["reference_date"] == "2024-05-06"
    assert s.validated().reference_date == dt.date(2024, 5, 6)


def test_currency_symbol_is_retired_but_still_read_and_written():
    """Money is shown in the shop's currency (the project's ShopInfo); the old settings key is
    still accepted (and checked) when read, and written empty so saved files keep their layout."""
    s = Settings.from_dict({"currency_symbol": "£", "window_days": 90})
    assert not hasattr(s, "currency_symbol") and s.window_days == 90
    assert s.to_dict()["currency_symbol"] == "" and list(s.to_dict())[-1] == "currency_symbol"
    with pytest.raises(SettingsError, match="currency_symbol must be text"):
        Settings.from_dict({"currency_symbol": 5})


def test_default_names_and_close_rule_have_one_definition():
    assert DEFAULT_SEGMENT_NAMES == tuple(s.name for s in DEFAULT_SEGMENT_MAP)
    assert [s.name for s in Settings().segment_map] == list(DEFAULT_SEGMENT_NAMES)
    assert Settings().tiers.names == list(DEFAULT_TIER_NAMES)
    assert Settings().tiers.close_fraction == DEFAULT_CLOSE_FRACTION == 0.2
    # 50 still to spend: close to a 250 threshold (20 % = 50, on the line), not to a 200 one
    assert is_close_to_next_tier([50.0, 50.0, float("nan")], [250.0, 200.0, 100.0], 0.2).tolist() == [True, False,
                                                                                                    False]


def test_a_date_as_text_is_exactly_a_day_perhaps_with_a_time():
    """Found by a trial of the command line: the first ten characters were read, so "2011-12-201" was
    recorded as 20 December and "2011-12-15 oops" as the 15th; "20111201" was read too."""
    import datetime  # noqa: PLC0415

    from core.segmentation.settings import date_of  # noqa: PLC0415

    day = datetime.date(2011, 12, 20)
    assert date_of(" 2011-12-20 ") == date_of("2011-12-20 00:00:00") == date_of("2011-12-20T10:30") == day
    for text in ("2011-12-201", "2011-12-15 oops", "20111201", "2011-02-30", "", "2011-12"):
        assert date_of(text) is None, text
