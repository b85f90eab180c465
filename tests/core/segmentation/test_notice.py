"""core.segmentation.notice: the one warning type of a segmentation."""

from __future__ import annotations

from core.segmentation.notice import Notice, NoticeKind
from tests.factories import make_segmentation, tx_frame


def test_a_notice_reads_as_its_message_and_its_kind_as_text():
    notice = Notice(NoticeKind.EMPTY_SCORE, "No customer has r_score 5.", dimension="r", empty_scores=(5,))
    assert str(notice) == "No customer has r_score 5."
    assert notice.kind == "empty_score" and notice.empty_scores == (5,)


def test_a_segmentation_of_three_customers_warns_about_few_values():
    frame = tx_frame([("A", "2024-01-05", 10.0, "O1", False), ("B", "2024-02-05", 20.0, "O2", False),
                      ("C", "2024-03-05", 30.0, "O3", False)])
    warnings = make_segmentation(frame).warnings
    assert warnings and all(isinstance(w, Notice) for w in warnings)
    assert NoticeKind.FEW_VALUES in {w.kind for w in warnings}
