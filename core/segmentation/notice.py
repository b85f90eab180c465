"""Notice: the one type of warning a segmentation gives about the data or the settings."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from core.words import Phrase, Words


class NoticeKind(StrEnum):
    """What a notice is about (the values are plain text, so ``kind == "few_values"`` holds)."""

    FEW_VALUES = "few_values"            # too few different values of a score's column for five scores
    EMPTY_SCORE = "empty_score"          # some score (1-5) of a dimension has no customer
    SEGMENT_MAP = "segment_map"          # cells no segment covers, segments that never get a customer
    TIERS = "tiers"                      # tier thresholds could not come from the data
    AFTER_REFERENCE = "after_reference"  # rows dated after the reference date were left out
    ALL_RETURNS = "all_returns"          # customers with only returns are not segmented
    OCCASIONS = "occasions"              # birthdays that cannot be read, no re-buy interval (definitions §12)
    COMPARISON = "comparison"            # the comparison date (definitions §10) cannot show who moved
    CUSTOMERS_FILE = "customers_file"    # the customers file names nobody who bought (definitions §1)
    LATE_REFERENCE = "late_reference"    # the reference date is long after the file's last purchase
    FEW_CUSTOMERS = "few_customers"      # too few customers bought for scores and tiers to say much


@dataclass(frozen=True)
class Notice:
    """A warning for the owner: ``message`` is the text to show in English, ``text(words)`` in
    the shop's language (``phrase``: the sentence as words, core/words.py; a notice without one
    shows its message as written, and two notices with the same message are equal).

    ``dimension`` ("r", "f" or "m") and ``empty_scores`` are set by score notices only.
    """

    kind: NoticeKind
    message: str
    dimension: str = ""
    empty_scores: tuple[int, ...] = ()
    phrase: Phrase | None = field(default=None, compare=False)

    @classmethod
    def of(cls, kind: NoticeKind, phrase: Phrase, dimension: str = "", empty_scores: tuple[int, ...] = ()) -> Notice:
        """The notice saying ``phrase`` (its message the English text)."""
        return cls(kind, str(phrase), dimension, empty_scores, phrase)

    def text(self, words: Words | None = None) -> str:
        """The message in ``words``' language (English without)."""
        return (words or Words()).say(self.phrase) if self.phrase is not None else self.message

    def __str__(self) -> str:
        return self.message
