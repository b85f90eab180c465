"""Project files: every setting (import, segmentation, offers, export, shop) as versioned JSON.

Format: ``{"format": "clientele-project", "version": 1, ...}``. Older versions are migrated step
by step (``MIGRATIONS[v]`` turns version v into v + 1), so a project saved by an older Clientele
still opens; a newer or unknown version is a clear :class:`SettingsError`. Every value is checked
against its type and range (core/project_schema.py) before it is used. A file is read as UTF-8,
UTF-16 or UTF-32 (with or without a byte-order mark, as JSON allows); a file too large, too deeply
nested or holding numbers too long to read is refused with a message, never a traceback.
"""

from __future__ import annotations

import codecs
import json
import logging
import math
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from core.campaigns.channels import Channel
from core.campaigns.control_group import check_seed
from core.campaigns.mailing_list import MailingList
from core.campaigns.offer_test import OfferTest, offer_test_for
from core.campaigns.offers import Discount, Offer, ShopInfo
from core.errors import ClienteleError, SettingsError
from core.importing.importer import ImportOptions
from core.output.atomic import atomic_path
from core.project_schema import DuplicateKey, check_project, parse_int, unique_keys
from core.schema import JSONObject, list_name_key
from core.segmentation import Settings
from core.words import Phrase

log = logging.getLogger(__name__)

FORMAT = "clientele-project"
VERSION = 1
#: A project file is a few kilobytes; anything beyond this is not one.
MAX_PROJECT_BYTES = 10 * 1024 * 1024

#: A file name as the functions here accept it.
PathLike = str | os.PathLike[str]


def _number(value: object) -> float:
    """A JSON number (or numeric text) as float; TypeError/ValueError for anything else."""
    if isinstance(value, (int, float, str)):
        return float(value)
    raise TypeError(f"{value!r} is not a number")


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def _section(value: object, where: str) -> JSONObject:
    """A JSON object of the file, {} for a missing (or empty) one; TypeError for anything else
    (reported by load_project as a value Clientele cannot use)."""
    value = value or {}
    if not isinstance(value, dict):
        raise TypeError(f"{where} is {type(value).__name__}, not an object")
    return value


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
    #: whether the last export had consent information (None: no export yet); the window asks
    #: before an export without it when the last one had it (definitions §6)
    consent_info: bool | None = None
    #: how the lists reach the customers: e-mail, text message or post (core/campaigns/channels.py)
    channel: Channel = Channel.EMAIL

    def to_dict(self) -> JSONObject:
        return {"lists": [m.key for m in self.lists], "control_share": self.control_share, "seed": self.seed,
                "csv": self.csv, "csv_dir": self.csv_dir, "mailing_out": self.mailing_out,
                "consent_info": self.consent_info, "channel": self.channel.value}

    @classmethod
    def from_dict(cls, data: object) -> ExportChoices:
        data = _section(data, "export")
        share = _number(data.get("control_share", 0.10))
        if not (0 <= share < 1) or math.isnan(share):
            raise SettingsError(Phrase("control_share is {share}; it must be at least 0 and below 1.", share=share),
                                "Use for example 0.1 for 10 %.")
        seed = data.get("seed")
        if seed is not None:
            seed = check_seed(seed, "export.seed")
        lists = data.get("lists") or []
        if not isinstance(lists, list):
            raise TypeError(f"export lists {lists!r} is not a list")
        consent_info = data.get("consent_info")
        return cls([MailingList.parse(str(x)) for x in lists], share, seed,
                   bool(data.get("csv", False)), _text(data.get("csv_dir")), _text(data.get("mailing_out")),
                   None if consent_info is None else bool(consent_info), Channel.parse(data.get("channel") or "email"))


@dataclass
class Project:
    """All of a user's choices: how the file is imported, the segmentation settings, the offers,
    the last export's choices, the shop (name, currency and locale: the one currency setting,
    used wherever money is shown) and the files the analysis was made from."""

    import_options: ImportOptions = field(default_factory=ImportOptions)
    settings: Settings = field(default_factory=Settings)
    offers: list[Offer] = field(default_factory=list)
    export: ExportChoices = field(default_factory=ExportChoices)
    shop: ShopInfo = field(default_factory=ShopInfo)
    source_file: str | None = None
    customers_file: str | None = None
    #: lists that get a second offer, B (definitions §9); older project files have none
    offer_tests: list[OfferTest] = field(default_factory=list)

    def offer_test(self, mailing_list: MailingList) -> OfferTest | None:
        """The list's offer test (its second offer and the share who get it), or None."""
        return offer_test_for(self.offer_tests, mailing_list)

    def set_offer_test(self, test: OfferTest) -> None:
        """Keep ``test`` for its list, in place of the one the list had (else at the end)."""
        for i, old in enumerate(self.offer_tests):
            if offer_test_for([old], test.mailing_list) is not None:
                self.offer_tests[i] = test
                return
        self.offer_tests.append(test)

    def remove_offer_test(self, mailing_list: MailingList) -> None:
        """The list goes back to one offer."""
        self.offer_tests = [t for t in self.offer_tests if offer_test_for([t], mailing_list) is None]

    def offer_for(self, target_kind: str, target: str) -> Offer | None:
        """The owner's offer for one list (e.g. "segment", "At Risk"), or None."""
        return next((o for o in self.offers if o.target_kind == target_kind and o.target == target), None)

    def set_offer(self, offer: Offer) -> None:
        """Keep ``offer`` for its list, in place of the one the list had (else at the end)."""
        for i, old in enumerate(self.offers):
            if old.target_kind == offer.target_kind and old.target == offer.target:
                self.offers[i] = offer
                return
        self.offers.append(offer)

    def remove_offer(self, target_kind: str, target: str) -> None:
        """Forget the owner's offer for one list (it goes back to the default)."""
        self.offers = [o for o in self.offers if not (o.target_kind == target_kind and o.target == target)]

    def to_dict(self) -> JSONObject:
        return {"format": FORMAT, "version": VERSION,
                "source_file": self.source_file, "customers_file": self.customers_file,
                "import_options": self.import_options.to_dict(), "settings": self.settings.to_dict(),
                "offers": [o.to_dict() for o in self.offers], "export": self.export.to_dict(),
                "shop": self.shop.to_dict(), "offer_tests": [t.to_dict() for t in self.offer_tests]}

    @classmethod
    def from_dict(cls, data: object) -> Project:
        """A project from its JSON (any known version); SettingsError when it cannot be used."""
        data = migrate(data)
        check_project(data)
        raw_offers = data.get("offers") or []
        if not isinstance(raw_offers, list):
            raise TypeError(f"offers {raw_offers!r} is not a list")
        offers = [Offer.from_dict(_section(o, "an offer")) for o in raw_offers]
        for offer in offers:
            offer.validate(discount=False)   # (a discount that gives nothing is shown in the offer editor)
        raw_tests = data.get("offer_tests") or []
        if not isinstance(raw_tests, list):
            raise TypeError(f"offer_tests {raw_tests!r} is not a list")
        tests = [OfferTest.from_dict(_section(t, "an offer test")).validate() for t in raw_tests]
        _one_each(offers, tests)
        return cls(ImportOptions.from_dict(_section(data.get("import_options"), "import_options")),
                   Settings.from_dict(data.get("settings") or {}),
                   offers, ExportChoices.from_dict(data.get("export")),
                   ShopInfo.from_dict(_section(data.get("shop"), "shop")),
                   _text(data.get("source_file")), _text(data.get("customers_file")), tests)


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
        # (version 0 had no "format" key: a file that has one and says 0 is damaged, not version 0)
        if isinstance(version, int) and not isinstance(version, bool) and version >= 1:
            return version
        raise SettingsError(Phrase("the project file has no usable version number ({version}).", version=repr(version)),
                            "Save the project again from Clientele.")
    if "clientele_project" in data:          # version 0 marker
        return int(data["clientele_project"])
    raise SettingsError("this is not a Clientele project file.", "Choose a file saved by Clientele.")


def migrate(data: object) -> JSONObject:
    """Bring a project dict of any known version up to ``VERSION``."""
    if not isinstance(data, dict):
        raise SettingsError("this is not a Clientele project file (the top level is not an object).",
                            "Choose a file saved by Clientele.")
    version = _version(data)
    if version > VERSION:
        raise SettingsError(Phrase("the project file is version {version}, newer than this Clientele ({newest}).",
                                   version=version, newest=VERSION),
                            "Update Clientele to open it.")
    while version < VERSION:
        if version not in MIGRATIONS:
            raise SettingsError(Phrase("project files of version {version} are not supported.", version=version),
                                "Recreate the project in Clientele.")
        data = MIGRATIONS[version](data)
        version += 1
    return data


def save_project(project: Project, path: PathLike, inputs: Sequence[PathLike] = ()) -> None:
    """Write ``project`` as JSON through a temporary file (never over an imported file); a value
    out of its range (core/project_schema.py) is a SettingsError and nothing is written."""
    data = project.to_dict()
    check_project(data)
    text = json.dumps(data, indent=2, ensure_ascii=False, default=str)
    with atomic_path(path, inputs) as tmp:
        Path(tmp).write_text(text + "\n", encoding="utf-8")
    log.info("project saved: %s (%d offers)", path, len(project.offers))


def _one_each(offers: Sequence[Offer], tests: Sequence[OfferTest]) -> None:
    """Refuse a project (hand-edited: Clientele keeps one of each per list) with two offers, or two
    offer tests, for one list: the first would be used and the second silently ignored."""
    seen: dict[tuple[str, str], int] = {}
    for number, offer in enumerate(offers, 1):
        first = seen.setdefault((offer.target_kind, list_name_key(offer.target)), number)
        if first != number:
            raise SettingsError(Phrase('offers {first} and {second} in the project file are both for the list '
                                       '"{name}"; only one can be used.', first=first, second=number,
                                       name=offer.target),
                                "Delete one of them from the file's \"offers\" in a text editor.")
    for number, test in enumerate(tests, 1):
        first = next((k for k, earlier in enumerate(tests[:number - 1], 1)
                      if offer_test_for([earlier], test.mailing_list) is not None), number)
        if first != number:
            raise SettingsError(Phrase('offer tests {first} and {second} in the project file are both for the list '
                                       '"{name}"; only one can be used.', first=first, second=number,
                                       name=test.mailing_list.name),
                                "Delete one of them from the file's \"offer_tests\" in a text editor.")


def _decode(raw: bytes, path: PathLike) -> str:
    """A project file's text: UTF-8 (a byte-order mark allowed), or UTF-16 / UTF-32 with their mark."""
    marks = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
             (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
    encoding = next((name for mark, name in marks if raw.startswith(mark)), "utf-8")
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as exc:
        raise SettingsError(Phrase("the project file is not UTF-8 text (byte {byte:,} cannot be read).",
                                   byte=exc.start + 1),
                            "Save it as UTF-8 text, or save the project again from Clientele.", file=str(path)) from exc


def load_project(path: PathLike) -> Project:
    """Read a project file of any supported version; SettingsError when it cannot be used."""
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_PROJECT_BYTES + 1)
    except OSError as exc:
        raise SettingsError(Phrase("the project file cannot be read ({reason}).", reason=str(exc.strerror or exc)),
                            "Check the file name and that you may read it.", file=str(path)) from exc
    if len(raw) > MAX_PROJECT_BYTES:
        raise SettingsError(Phrase("the file is larger than {megabytes} MB, far more than a project file holds.",
                                   megabytes=MAX_PROJECT_BYTES // 1024 ** 2),
                            "Choose a project file saved by Clientele.", file=str(path))
    text = _decode(raw, path)
    try:
        data = json.loads(text, parse_int=parse_int, object_pairs_hook=unique_keys)   # (too many digits: named by its key)
    except DuplicateKey as exc:
        raise SettingsError(Phrase('the project file names "{key}" twice in one place, so which one counts cannot be '
                                   "told.", key=exc.key[:80]), "Fix the file or save the project again.",
                            file=str(path)) from exc
    except json.JSONDecodeError as exc:
        raise SettingsError(Phrase("the project file is not valid JSON (line {line}, column {column}: {detail}).",
                                   line=exc.lineno, column=exc.colno, detail=exc.msg),
                            "Fix the file or save the project again.", file=str(path)) from exc
    except RecursionError as exc:
        raise SettingsError("the project file is nested far too deeply to be a project file.",
                            "Choose a project file saved by Clientele.", file=str(path)) from exc
    try:
        project = Project.from_dict(data)
    except ClienteleError as exc:
        if exc.file is None:
            exc.file = str(path)
        raise
    except (TypeError, ValueError, KeyError, AttributeError, OverflowError, RecursionError) as exc:
        raise SettingsError(Phrase("the project file holds a value Clientele cannot use ({detail}).", detail=str(exc)),
                            "Fix the file or save the project again.", file=str(path)) from exc
    log.info("project loaded: %s (version %s, %d offers)", path, data.get("version", data.get("clientele_project"))
             if isinstance(data, dict) else "?", len(project.offers))
    return project
