"""A mailing list as a typed value: its kind (segment, status, tier, close to next tier, migration
path, occasion, the owner's saved list) and name.

Lists travel as :class:`MailingList` between the command line, the project file, the window and
the export. Their text form (``"segment:At Risk"``, or a bare ``"At Risk"``) exists only at the
edges: ``--lists`` names and project files are read with :meth:`MailingList.parse`, and
:attr:`MailingList.key` writes it back. Light on purpose (no pandas): the project file and the
window import it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from core.schema import NEW_SOURCE, list_name_key

#: The name of the "close to next tier" list (and of its offer's target).
CLOSE_TO_NEXT_TIER = "Close to next tier"
#: The names that mean the close-to-next-tier list (as list_name_key writes them); an empty name
#: with its kind ("close_to_next_tier:") too.
_CLOSE_NAME_KEYS = (list_name_key(CLOSE_TO_NEXT_TIER), "close_to_next_tier", "")
#: What the window adds to a status to name its list ("Lost" -> "Lost customers").
STATUS_LABEL_SUFFIX = " customers"
#: The arrow of a migration path's name ("Champions → At Risk"); "->" is read as it too.
PATH_ARROW = " → "
_ARROW = re.compile(r"\s*(?:→|->)\s*")


class ListKind(StrEnum):
    """Which customer-table column a list is drawn from."""

    SEGMENT = "segment"                          # rfm_segment
    STATUS = "status"                            # activity_status
    TIER = "tier"                                # tier
    CLOSE_TO_NEXT_TIER = "close_to_next_tier"    # Segmentation.close_to_next_tier
    OCCASION = "occasion"                        # Birthday soon, Anniversary soon, Due to re-buy (definitions §12)
    SAVED = "saved"                              # the owner's own list: Settings.saved_lists (definitions §12)
    MIGRATION = "migration"                      # previous_segment → rfm_segment (definitions §10)


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
        is not a list kind is part of the name (``"VIP: gold"``). A name with an arrow is a
        migration path: ``"Champions -> At Risk"`` -> (MIGRATION, "Champions → At Risk")."""
        raw = text.strip()
        head, colon, rest = raw.partition(":")
        if colon and head.strip().lower() in tuple(ListKind):
            kind = ListKind(head.strip().lower())
            return migration_path(*_ends(rest)) if kind == ListKind.MIGRATION else cls(kind, rest.strip())
        if _ARROW.search(raw):
            return migration_path(*_ends(raw))
        return cls(None, raw)

    @property
    def path_ends(self) -> tuple[str | None, str]:
        """A migration path's (previous segment, current segment); None for new customers."""
        return _ends(self.name)

    @property
    def label(self) -> str:
        """The list's name as the window shows it: a status list is "Lost customers"; ``parse``d
        back, that label names the same list (resolve_list)."""
        return f"{self.name}{STATUS_LABEL_SUFFIX}" if self.kind == ListKind.STATUS else self.name

    @property
    def names_close_to_next_tier(self) -> bool:
        """Whether the name means the close-to-next-tier list ("Close to next tier",
        "close_to_next_tier", or none), whatever the kind says."""
        return list_name_key(self.name) in _CLOSE_NAME_KEYS

    def same_name(self, name: str) -> bool:
        """Whether ``name`` names this list (list_name_key: edge spaces and letter case aside)."""
        return list_name_key(self.name) == list_name_key(name)

    @property
    def key(self) -> str:
        """The text form, as in project files and ``--lists``: ``"segment:At Risk"``."""
        return f"{self.kind}:{self.name}" if self.kind is not None else self.name

    def __str__(self) -> str:
        return self.key


def _ends(name: str) -> tuple[str | None, str]:
    """("Champions", "At Risk") from "Champions → At Risk"; (None, "Champions") from "(new) → Champions"."""
    parts = _ARROW.split(name.strip(), maxsplit=1)
    before, after = (parts[0].strip(), parts[1].strip()) if len(parts) == 2 else ("", parts[0].strip())
    return (None if list_name_key(before) in ("", NEW_SOURCE) else before), after


def migration_path(from_segment: str | None, to_segment: str) -> MailingList:
    """The list of the customers who moved from ``from_segment`` (None: new customers) to ``to_segment``."""
    return MailingList(ListKind.MIGRATION, f"{from_segment or NEW_SOURCE}{PATH_ARROW}{to_segment}")
