"""The fields a nominee import fills, and a first guess of which column holds which.

Headers are compared case- and accent-insensitively, first whole ("Nominerad av"), then
by a telling word inside a longer question ("Vad är ni mest stolta över?" → proud_of).
Each field takes at most one column, each column at most one field.
"""

import re
import unicodedata

# Field key → the Nominee/Organisation/Initiative attribute it fills, in the order a
# mapping step lists them.
FIELDS: tuple[str, ...] = (
    "name",
    "organisations",
    "county",
    "nominated_by",
    "proud_of",
    "effect",
    "lessons",
    "summary",
    "contact_name",
    "contact_email",
    "contact_phone",
    "initiative_title",
    "initiative_description",
)

# Whole headers (normalised) per field.
_WHOLE: dict[str, tuple[str, ...]] = {
    "name": ("namn", "name", "nominee", "nominerad", "nominering", "kandidat", "display name"),
    "organisations": (
        "kommun",
        "kommuner",
        "organisation",
        "organisationer",
        "organization",
        "organizations",
        "organisations",
        "municipality",
        "municipalities",
        "region",
        "huvudman",
    ),
    "county": ("lan", "county", "counties"),
    "nominated_by": (
        "nominerad av",
        "nominated by",
        "nominator",
        "forslagsstallare",
        "inskickad av",
    ),
    "proud_of": ("motivering", "motivation", "proud of", "varfor"),
    "effect": ("effekt", "effekter", "effect", "impact", "resultat"),
    "lessons": ("lardomar", "lessons", "lessons learned"),
    "summary": ("sammanfattning", "summary"),
    "contact_name": ("kontaktperson", "kontakt", "contact", "contact name", "contact person"),
    "contact_email": ("e-post", "epost", "email", "e-mail", "mejl", "mail", "contact e-mail"),
    "contact_phone": ("telefon", "telefonnummer", "phone", "tel", "contact phone", "mobil"),
    "initiative_title": ("initiativ", "initiative", "satsning", "projekt", "project", "title"),
    "initiative_description": ("beskrivning", "description", "beskrivning av initiativet"),
}

# Telling words inside a longer header (a form's question), checked after whole headers:
# each a regular expression that must start a word.
_WORDS: tuple[tuple[str, str], ...] = (
    ("nominated_by", "nominerad av"),
    ("nominated_by", "nominated by"),
    ("proud_of", "stolt"),
    ("proud_of", "proud"),
    ("proud_of", "motiver"),
    ("lessons", "lard"),
    ("lessons", "lart"),
    ("lessons", "learn"),
    ("effect", "effekt"),
    ("effect", "effect"),
    ("effect", "impact"),
    ("summary", "sammanfatt"),
    ("summary", "summary"),
    ("contact_email", "e-post"),
    ("contact_email", "mail"),
    ("contact_phone", "telefon"),
    ("contact_phone", "phone"),
    ("contact_name", "kontakt"),
    ("contact_name", "contact"),
    ("initiative_description", "beskriv"),
    ("initiative_description", "description"),
    # Not "Initiatives" (a count, as in nomdesk's own Nominees sheet).
    ("initiative_title", r"initiativ(?:et|ets)?(?!\w)"),
    ("initiative_title", r"initiative(?!\w)"),
    ("county", r"lan(?!\w)"),
    ("county", "county"),
    ("organisations", "kommun"),
    ("organisations", "organisation"),
    ("organisations", "organization"),
    ("organisations", "municipalit"),
    ("name", "namn"),
    ("name", "name"),
)


def plain(header: str) -> str:
    """Lower case without accents or punctuation around: "Län:" → "lan"."""
    decomposed = unicodedata.normalize("NFKD", header.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w\s-]", " ", stripped).split())


def guess_mapping(headers: list[str]) -> dict[str, int]:
    """Field → column index, for the columns whose header tells the field."""
    mapping: dict[str, int] = {}
    taken: set[int] = set()
    texts = [plain(h) for h in headers]
    for field, names in _WHOLE.items():
        for index, text in enumerate(texts):
            if index not in taken and field not in mapping and text in names:
                mapping[field] = index
                taken.add(index)
    for field, word in _WORDS:
        for index, text in enumerate(texts):
            if index not in taken and field not in mapping and _has_word(text, word):
                mapping[field] = index
                taken.add(index)
    return {field: mapping[field] for field in FIELDS if field in mapping}


def _has_word(text: str, pattern: str) -> bool:
    """`pattern` starts a word of `text` ("stolta" has "stolt"; "kontaktperson" "kontakt")."""
    return re.search(rf"(?<!\w){pattern}", text) is not None
