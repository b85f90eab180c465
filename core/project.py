"""Project files: every setting (import, segmentation, offers, export, shop) as versioned JSON.

Format: ``{"format": "clientele-project", "version": 1, ...}``. Older versions are migrated step
by step (``MIGRATIONS[v]`` turns version v into v + 1), so a project saved by an older Clientele
still opens; a newer or unknown version is a clear :class:`SettingsError`.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.output.atomic import atomic_path
from core.errors import ClienteleError, SettingsError
from core.campaigns.mailing_list import MailingList
from core.campaigns.offers import Discount, Offer, ShopInfo

FORMAT = "clientele-project"
VERSION = 1


@dataclass
class ExportChoices:
    """What the last mailing export used: lists, control share, seed, CSV and output paths.

    In the file, each list is its text form (``"segment:At Risk"``, or a bare name as older and
    hand-written files have it); it is read back as a MailingList here, and only here."""

    lists: list[MailingList] = field(default_factory=list)
    control_share: float = 0.10
    seed: int | None = None
    csv: bool = False
    csv_dir: str | None = None
    mailing_out: str | None = None

    def to_dict(self) -> dict[str, object]:
        return {"lists": [m.key for m in self.lists], "control_share": self.control_share, "seed": self.seed,
                "csv": self.csv, "csv_dir": self.csv_dir, "mailing_out": self.mailing_out}

    @classmethod
    def from_dict(cls, data: Mapping[str, object] | None) -> ExportChoices:
        data = data or {}
        share = float(_number(data.get("control_share", 0.10), "control_share"))
        if not (0 <= share < 1) or math.isnan(share):
            raise SettingsError(f"control_share is {share}; it must be at least 0 and below 1.",
                                "Use for example 0.1 for 10 %.")
        seed = data.get("seed")
        lists = data.get("lists") or []
        if not isinstance(lists, list):
            raise TypeError(f"export lists must be a list, not {lists!r}")
        csv_dir, mailing_out = data.get("csv_dir"), data.get("mailing_out")
        return cls([MailingList.parse(str(x)) for x in lists], share,
                   None if seed is None else int(_number(seed, "seed")), bool(data.get("csv", False)),
                   None if csv_dir is None else str(csv_dir), None if mailing_out is None else str(mailing_out))


def _number(value: object, name: str) -> int | float | str:
    """A JSON value that float() or int() can read; TypeError (a broken project file) otherwise."""
    if isinstance(value, (int, float, str)):
        return value
    raise TypeError(f"{name} must be a number, not {value!r}")


class _PlainOptions(dict):
    """Stand-in with ``to_dict`` when a typed class is not importable."""

    def to_dict(self) -> dict:
        return dict(self)


def _import_options(data: dict):
    try:
        from core.importing.importer import ImportOptions
    except ImportError:  # pragma: no cover - the importer is part of the app
        return _PlainOptions(data or {})
    return ImportOptions.from_dict(data or {})


def _settings(data: dict):
    try:
        from core.segmentation.settings import Settings
    except ImportError:  # pragma: no cover
        return _PlainOptions(data or {})
    return Settings.from_dict(data or {})


def _as_dict(obj) -> dict:
    if obj is None:
        return {}
    return obj.to_dict() if hasattr(obj, "to_dict") else dict(obj)


@dataclass
class Project:
    """All of a user's choices. ``import_options``/``settings`` are core.importing.importer.ImportOptions and
    core.segmentation.settings.Settings (anything with ``to_dict`` is accepted when saving)."""

    import_options: Any = None
    settings: Any = None
    offers: list[Offer] = field(default_factory=list)
    export: ExportChoices = field(default_factory=ExportChoices)
    shop: ShopInfo = field(default_factory=ShopInfo)
    source_file: str | None = None
    customers_file: str | None = None

    def __post_init__(self) -> None:
        if self.import_options is None:
            self.import_options = _import_options({})
        if self.settings is None:
            self.settings = _settings({})

    def to_dict(self) -> dict:
        return {"format": FORMAT, "version": VERSION,
                "source_file": self.source_file, "customers_file": self.customers_file,
                "import_options": _as_dict(self.import_options), "settings": _as_dict(self.settings),
                "offers": [o.to_dict() for o in self.offers], "export": self.export.to_dict(),
                "shop": self.shop.to_dict()}

    @classmethod
    def from_dict(cls, data: Any) -> Project:
        data = migrate(data)
        offers = [Offer.from_dict(o) for o in data.get("offers") or []]
        for offer in offers:
            offer.validate()
        return cls(_import_options(data.get("import_options") or {}), _settings(data.get("settings") or {}),
                   offers, ExportChoices.from_dict(data.get("export")), ShopInfo.from_dict(data.get("shop")),
                   data.get("source_file"), data.get("customers_file"))


def _from_v0(old: dict) -> dict:
    """Version 0 (the first prototype): flat keys, offers keyed by segment with percent discounts."""
    offers = []
    for target, spec in (old.get("offers") or {}).items():
        spec = spec or {}
        discount = (Discount("percent", float(spec["discount_percent"])).to_dict()
                    if spec.get("discount_percent") is not None else Discount().to_dict())
        offers.append({"target_kind": "segment", "target": target, "title": spec.get("title") or target,
                       "discount": discount, "validity_days": int(spec.get("valid_days", 30)),
                       "template": spec.get("message", ""), "fallbacks": {"first_name": "there"},
                       "coupon_prefix": spec.get("prefix", "")})
    settings = dict(old.get("segmentation") or {})
    return {"format": FORMAT, "version": 1, "source_file": old.get("file"), "customers_file": None,
            "import_options": {"sheet": old.get("sheet"), "header_row": None,
                               "mapping": dict(old.get("mapping") or {}), "date_order": old.get("date_order")},
            "settings": settings, "offers": offers,
            "export": {"lists": list(old.get("lists") or []), "control_share": old.get("control_percent", 10) / 100},
            "shop": {"name": old.get("shop_name", ""), "currency": old.get("currency", "GBP"),
                     "locale": old.get("locale", "en_GB")}}


#: MIGRATIONS[v] turns a version-v dict into version v + 1.
MIGRATIONS: dict[int, Callable[[dict], dict]] = {0: _from_v0}


def _version(data: dict) -> int:
    if data.get("format") == FORMAT:
        version = data.get("version")
        if isinstance(version, int) and not isinstance(version, bool):
            return version
        raise SettingsError(f"the project file has no usable version number ({version!r}).",
                            "Save the project again from Clientele.")
    if "clientele_project" in data:          # version 0 marker
        return int(data["clientele_project"])
    raise SettingsError("this is not a Clientele project file.", "Choose a file saved by Clientele.")


def migrate(data: Any) -> dict:
    """Bring a project dict of any known version up to ``VERSION``."""
    if not isinstance(data, dict):
        raise SettingsError("this is not a Clientele project file (the top level is not an object).",
                            "Choose a file saved by Clientele.")
    version = _version(data)
    if version > VERSION:
        raise SettingsError(f"the project file is version {version}, newer than this Clientele ({VERSION}).",
                            "Update Clientele to open it.")
    while version < VERSION:
        if version not in MIGRATIONS:
            raise SettingsError(f"project files of version {version} are not supported.",
                                "Recreate the project in Clientele.")
        data = MIGRATIONS[version](data)
        version += 1
    return data


def save_project(project: Project, path, inputs=()) -> None:
    """Write ``project`` as JSON through a temporary file (never over an imported file)."""
    text = json.dumps(project.to_dict(), indent=2, ensure_ascii=False, default=str)
    with atomic_path(path, inputs) as tmp:
        Path(tmp).write_text(text + "\n", encoding="utf-8")


def load_project(path) -> Project:
    """Read a project file of any supported version; SettingsError when it cannot be used."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise SettingsError(f"the project file cannot be read ({exc.strerror or exc}).",
                            "Check the file name and that you may read it.", file=str(path)) from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SettingsError(f"the project file is not valid JSON (line {exc.lineno}, column {exc.colno}: "
                            f"{exc.msg}).", "Fix the file or save the project again.", file=str(path)) from exc
    try:
        return Project.from_dict(data)
    except ClienteleError as exc:
        if exc.file is None:
            exc.file = str(path)
        raise
    except (TypeError, ValueError, KeyError, AttributeError) as exc:
        raise SettingsError(f"the project file holds a value Clientele cannot use ({exc}).",
                            "Fix the file or save the project again.", file=str(path)) from exc
