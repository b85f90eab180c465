"""core.segmentation.facts_cache: the customer facts reused for the very same frames and reference
date, rebuilt for anything else."""

from __future__ import annotations

import datetime as dt

from core.segmentation.facts import CustomerFacts, build_customer_facts
from core.segmentation.facts_cache import FactsCache, fingerprint
from tests.factories import example_frame


def _counting_build(calls: list[int], facts: CustomerFacts):
    def build() -> CustomerFacts:
        calls.append(1)
        return facts
    return build


def test_same_frames_and_date_reuse_other_calls_rebuild():
    cache = FactsCache()
    frame = example_frame()
    facts = build_customer_facts(frame)          # what is kept is handed back as it is
    calls: list[int] = []
    build = _counting_build(calls, facts)
    day = dt.date(2024, 3, 31)
    assert cache.facts(frame, day, None, build) is facts
    assert cache.facts(frame, day, None, build) is facts
    assert (len(calls), cache.hits, cache.misses) == (1, 1, 1)
    cache.facts(frame, dt.date(2024, 4, 30), None, build)           # another reference date
    cache.facts(frame.copy(), dt.date(2024, 4, 30), None, build)    # another frame, equal content
    assert len(calls) == 3
    cache.clear()
    cache.facts(frame.copy(), dt.date(2024, 4, 30), None, build)
    assert len(calls) == 4


def test_a_frame_changed_in_place_no_longer_matches():
    frame = example_frame()
    before = fingerprint(frame)
    frame.loc[0, "amount"] = 999.0
    assert fingerprint(frame) != before
    assert fingerprint(None) == ()
