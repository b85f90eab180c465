"""A mailing list as a typed value: its kind (segment, status, tier, close to next tier, occasion,
the owner's saved list) and name.

Lists travel as :class:`MailingList` between the command line, the project file, the window and
the export. Their text form (``"segment:At Risk"``, or a bare ``"At Risk"``) exists only at the
edges: ``--lists`` names and project files are read with :meth:`MailingList.parse`, and
:attr:`MailingList.key` writes it back. Light on purpose (no pandas): the project file and the
window import it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

#: The name of the "close to next tier" list (and of its offer's target).
CLOSE_TO_NEXT_TIER = "Close to next tier"
#: What the window adds to a status to name its list ("Lost" -> "Lost customers").
STATUS_LABEL_SUFFIX = " customers"


class ListKind(StrEnum):
    """Which customer-table column a list is drawn from."""

    SEGMENT = "segment"                          # rfm_segment
    STATUS = "status"                            # activity_status
    TIER = "tier"                                # tier
    CLOSE_TO_NEXT_TIER = "close_to_next_tier"    # Segmentation.close_to_next_tier
    OCCASION = "occasion"                        # Birthday soon, Anniversary soon, Due to re-buy (definitions §12)
    SAVED = "saved"                              # the owner's own list: Settings.saved_lists (definitions §12)


@dataclass(frozen=True)
class MailingList:
    """One list. ``kind`` None: named only (a bare ``--lists`` name or an old project file's); the
    export finds the kind by name in the segmentation (segments first, then statuses, tiers,
    occasions, the owner's saved lists)."""

    kind: ListKind | None
    name: str

    @classmethod
    def parse(cls, text: str) -> MailingList:
        """``"status:Lost"`` -> (STATUS, "Lost"); ``"At Risk"`` -> (None, "At Risk"); a prefix that
        is not a list kind is part of the name (``"VIP: gold"``)."""
        raw = text.strip()
        head, colon, rest = raw.partition(":")
        if colon and head.strip().lower() in tuple(ListKind):
            return cls(ListKind(head.strip().lower()), rest.strip())
        return cls(None, raw)

    @property
    def label(self) -> str:
        """The list's name as the window shows it: a status list is "Lost customers"; ``parse``d
        back, that label names the same list (resolve_list)."""
        return f"{self.name}{STATUS_LABEL_SUFFIX}" if self.kind == ListKind.STATUS else self.name

    @property
    def key(self) -> str:
        """The text form, as in project files and ``--lists``: ``"segment:At Risk"``."""
        return f"{self.kind}:{self.name}" if self.kind is not None else self.name

    def __str__(self) -> str:
        return self.key
