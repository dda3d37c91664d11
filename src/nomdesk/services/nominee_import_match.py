"""Matching organisation names from a file with the organisations the database holds.

- **exact**: the same name (or one of its other names, kept from merges) after case,
  Unicode form and whitespace are normalised: "karlstads  Kommun" is Karlstads kommun.
- **loose**: the same place once the words kommun/kommuner/stad/region/län/landsting
  (and English municipality/city/council/county) and a genitive "s" are set aside:
  "Karlstad" ↔ "Karlstads kommun", "Älvdalens kommuner" ↔ "Älvdalens kommun". A name
  marked as a region never loosely matches one marked as a municipality ("Region
  Stockholm" is not "Stockholms stad"), an unmarked one may match either. A loose match
  is only ever a proposal for a person to confirm.
- **new**: nothing matches; the organisation will be created.

A cell may name several organisations: parts are separated by ";" or line breaks, and
within a part by ",", " och ", " and " or "&", unless the whole part is an existing
organisation's exact name (so "Mora, Orsa och Älvdalens kommuner" can stay one name
when the database has it).
"""

import re
import unicodedata
from dataclasses import dataclass, field

MUNICIPAL_WORDS = frozenset({"kommun", "kommuner", "stad", "municipality", "city", "council"})
REGION_WORDS = frozenset({"region", "regionen", "län", "landsting", "county"})
FILLER_WORDS = frozenset({"of", "the"})
_SEPARATORS = re.compile(r"[;\n\r]+")
_JOINERS = re.compile(r"\s*,\s*|\s+(?:och|and)\s+|\s*&\s*", re.IGNORECASE)
_PUNCTUATION = re.compile(r"[^\w\s-]")


def tidy(text: str) -> str:
    """Whitespace collapsed and trimmed, Unicode composed (å as one character)."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def normalised(text: str) -> str:
    """The form two names share when they are 'exactly' the same."""
    return tidy(text).casefold()


def _words(text: str) -> list[str]:
    return _PUNCTUATION.sub(" ", normalised(text)).split()


def hint_of(text: str) -> str | None:
    """'region' or 'municipality' when the name says which, else None."""
    words = set(_words(text))
    if words & REGION_WORDS:
        return "region"
    if words & MUNICIPAL_WORDS:
        return "municipality"
    return None


def loose_keys(text: str) -> set[str]:
    """The place a name stands for, with and without a genitive s."""
    ignored = MUNICIPAL_WORDS | REGION_WORDS | FILLER_WORDS
    core = " ".join(w for w in _words(text) if w not in ignored)
    if not core:
        return set()
    keys = {core}
    if core.endswith("s") and len(core) > 3:
        keys.add(core[:-1])
    return keys


def compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


@dataclass(frozen=True)
class Known:
    """An organisation a name can be matched with: `choice` is "org:<uid>" for one the
    database holds, "new:<key>" for one the same file creates."""

    choice: str
    name: str
    county: str = ""

    @property
    def is_new(self) -> bool:
        return self.choice.startswith("new:")


@dataclass
class OrganisationIndex:
    """Every organisation by exact (normalised) name and by loose key."""

    exact: dict[str, Known] = field(default_factory=dict)
    loose: dict[str, list[tuple[Known, str | None]]] = field(default_factory=dict)

    def add(self, org: Known, name: str) -> None:
        self.exact.setdefault(normalised(name), org)
        for key in loose_keys(name):
            entries = self.loose.setdefault(key, [])
            if all(known.choice != org.choice for known, _hint in entries):
                entries.append((org, hint_of(name)))

    def find_exact(self, text: str) -> Known | None:
        return self.exact.get(normalised(text))

    def find_loose(self, text: str) -> list[Known]:
        hint = hint_of(text)
        found: dict[str, Known] = {}
        for key in sorted(loose_keys(text), key=len, reverse=True):
            for org, org_hint in self.loose.get(key, []):
                if compatible(hint, org_hint):
                    found.setdefault(org.choice, org)
        return sorted(found.values(), key=lambda o: (hint_of(o.name) != hint, o.name))


def split_organisations(cell: str, index: OrganisationIndex) -> list[str]:
    """The organisation names a cell holds, tidied, each once, in the order written."""
    names: list[str] = []
    for part in _SEPARATORS.split(cell):
        part = tidy(part)
        if not part:
            continue
        if index.find_exact(part) is not None:
            names.append(part)
            continue
        names.extend(tidy(p) for p in _JOINERS.split(part) if tidy(p))
    unique: dict[str, str] = {}
    for name in names:
        unique.setdefault(normalised(name), name)
    return list(unique.values())
