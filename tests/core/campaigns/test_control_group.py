"""Control groups: share, determinism per seed, independence from row order."""

from __future__ import annotations

import pandas as pd
import pytest

from core.campaigns.control_group import control_size, new_seed, pick_control


def _ids(n: int) -> pd.Series:
    return pd.Series([f"C{i:04d}" for i in range(n)], index=range(1000, 1000 + n))


@pytest.mark.parametrize("n, share, size", [(100, 0.10, 10), (25, 0.10, 3), (4, 0.10, 0), (5, 0.10, 1),
                                            (0, 0.10, 0), (200, 0.0, 0), (200, 0.25, 50)])
def test_control_share(n, share, size):
    assert control_size(n, share) == size
    assert pick_control(_ids(n), share, seed=1).sum() == size


def test_invalid_share():
    with pytest.raises(ValueError):
        control_size(10, 1.0)


def test_same_seed_same_group_whatever_the_order():
    ids = _ids(500)
    a = pick_control(ids, 0.1, seed=42, list_name="At Risk")
    shuffled = ids.sample(frac=1, random_state=3)
    b = pick_control(shuffled, 0.1, seed=42, list_name="At Risk")
    assert set(ids[a]) == set(shuffled[b])
    assert a.index.equals(ids.index)


def test_other_seed_or_list_gives_another_group():
    ids = _ids(500)
    base = set(ids[pick_control(ids, 0.1, seed=42, list_name="At Risk")])
    assert base != set(ids[pick_control(ids, 0.1, seed=43, list_name="At Risk")])
    assert base != set(ids[pick_control(ids, 0.1, seed=42, list_name="Champions")])


def test_new_seed_is_positive_int():
    seed = new_seed()
    assert isinstance(seed, int) and seed > 0


def test_the_one_seeded_draw_ignores_the_rows_order():
    from core.campaigns.control_group import seeded_pick  # noqa: PLC0415 - the draw both picks share

    ids = pd.Series([f"C{i}" for i in range(50)])
    drawn = set(ids[seeded_pick(ids, 7, 11, 22)])
    shuffled = ids.sample(frac=1.0, random_state=3)
    assert len(drawn) == 7 and set(shuffled[seeded_pick(shuffled, 7, 11, 22)]) == drawn
    assert set(ids[seeded_pick(ids, 7, 11, 23)]) != drawn                 # (another stream, another draw)
    assert not seeded_pick(ids, 0, 11).any()
