"""Text processing for occupation search: folding, query cleaning, stemming, label variants."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Bump whenever search_key(), clean_query() or label_variants() change: a stored index whose
# keys were made by another version is re-keyed at load time.
TEXT_VERSION = 3

_EXTRA_FOLDS = str.maketrans(
    {
        "ø": "o",
        "æ": "ae",
        "œ": "oe",
        "ł": "l",
        "đ": "d",
        "ð": "d",
        "þ": "th",
        "ı": "i",
        # Arabic and Persian keyboards write the same words with different letters.
        "ي": "ی",
        "ى": "ی",
        "ك": "ک",
        "ة": "ه",
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ـ": "",
        "\u200c": " ",
        "\u200d": "",
        "’": "'",
        "ʼ": "'",
        "`": "'",
    }
)
_NON_WORD = re.compile(r"[^\w]+")
_UNDERSCORE = re.compile(r"_+")


def fold(text: str) -> str:
    """NFKC, casefold and strip diacritics; punctuation becomes spaces, apostrophes vanish."""
    text = unicodedata.normalize("NFKC", text).casefold().translate(_EXTRA_FOLDS)
    text = unicodedata.normalize("NFD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("'", "")
    text = _UNDERSCORE.sub(" ", _NON_WORD.sub(" ", text))
    return " ".join(text.split())


def tokens(text: str) -> list[str]:
    """The folded words of a text."""
    return fold(text).split()


# Function words dropped from both labels and queries: they carry no occupation meaning and
# would otherwise dominate character n-gram overlap ("ingenjör inom bygg" vs "civilingenjör, bygg").
STOPWORDS = frozenset(
    [
        *("в", "во", "у", "на", "з", "із", "с", "со", "и", "і", "та", "для"),
        "a",
        "an",
        "and",
        "the",
        "of",
        "for",
        "in",
        "on",
        "at",
        "to",
        "with",
        "by",
        "or",
        "as",
        "i",
        "och",
        "inom",
        "for",
        "av",
        "med",
        "pa",
        "till",
        "en",
        "ett",
        "eller",
        "som",
        "vid",
        "ja",
        "tai",
        "und",
        "fur",
        "der",
        "die",
        "das",
        "dem",
        "den",
        "des",
        "im",
        "am",
        "zum",
        "zur",
        "de",
        "du",
        "des",
        "la",
        "le",
        "les",
        "et",
        "en",
        "au",
        "aux",
        "del",
        "el",
        "los",
        "las",
        "y",
        "og",
        "for",
        "af",
        "med",
        "paa",
        "oraz",
        "w",
        "z",
        "na",
        "i",
    ]
)

_VOWELS = "aeiou"  # not y: "policy" and "police" must stay apart
_FI_CASES = ("", "n", "t", "na", "ssa", "sta", "lla", "lta", "lle", "ksi", "lle")
# -are nouns (läkare, svetsare) keep -are in the plural and take -aren/-arna: all of them must
# meet at one stem, "lak"/"svets", with plurals of -ar nouns ("kockarna" → "kock").
_SV_ENDINGS = (
    *("or", "ar", "er", "orna", "arna", "erna", "ern", "en", "et", "an", "na", "ens"),
    *("are", "aren", "arens", "ares"),
    *("orn", "orns"),  # definite of -or nouns: revisorn, doktorn
)
# -ör nouns (ingenjör, servitör) fold to -or, which is also the plural of -a nouns; their own
# plural and definite forms must end up where the folded singular does.
_SV_OR_ENDINGS = ("orer", "orerna", "oren", "orens", "orers")
_EN_ENDINGS = ("es",)
SUFFIXES = frozenset(
    [v + case for v in _VOWELS for case in _FI_CASES]
    + [*_SV_ENDINGS, *_SV_OR_ENDINGS, *_EN_ENDINGS]
)
_MAX_SUFFIX = max(len(s) for s in SUFFIXES)
_MIN_STEM = 3


# Ukrainian and Russian case endings (after folding, й → и): instrumental, genitive, dative,
# locative and plural forms of nouns and adjectives, longest first.
_CYRILLIC_ENDINGS = tuple(
    sorted(
        {
            *("ами", "ями", "ові", "еві", "ою", "ею", "єю", "ои", "еи", "ем", "єм", "ом"),
            *("ів", "ов", "ах", "ях", "ым", "им", "ых", "их", "ая", "яя", "ое", "ее"),
            *("а", "я", "у", "ю", "и", "і", "ы", "е"),
        },
        key=lambda ending: (-len(ending), ending),
    )
)
_CYRILLIC = re.compile(r"^[\u0400-\u04ff]+$")


def _stem_cyrillic(token: str) -> str:
    for ending in _CYRILLIC_ENDINGS:
        if token.endswith(ending) and len(token) - len(ending) >= _MIN_STEM:
            return token[: -len(ending)]
    return token


def stem(token: str) -> str:
    """Strip one inflectional ending (sv plural/definite, fi case + stem vowel, en plural).

    Applied identically to labels and queries, so forms only need to collide, not to be words:
    sjuksköterska/sjuksköterskor/sjuksköterskan → "sjukskotersk",
    sairaanhoitaja/sairaanhoitajana/sairaanhoitajat → "sairaanhoitaj", nurse/nurses → "nurs".
    """
    if len(token) <= _MIN_STEM or not token.isalpha():
        return token
    if not token.isascii():
        return _stem_cyrillic(token) if _CYRILLIC.match(token) else token
    # English plural first: "electricians" → "electrician" → "electrici" like the singular.
    if token.endswith("s") and not token.endswith(("ss", "is", "us")) and len(token) >= 5:
        token = token[:-1]
    for size in range(min(_MAX_SUFFIX, len(token) - _MIN_STEM), 0, -1):
        if token[-size:] in SUFFIXES:
            return token[:-size]
    return token


def key_tokens(folded: str) -> list[str]:
    """Stemmed content words of already folded text."""
    return [stem(tok) for tok in folded.split() if tok not in STOPWORDS]


def search_key(text: str) -> str:
    """The normalised form under which labels are indexed and queries are looked up."""
    return " ".join(key_tokens(fold(text)))


# --- Query cleaning --------------------------------------------------------------------------

_LEADING_FILLERS = [
    # sv
    "jag har jobbat som",
    "jag har arbetat som",
    "jag jobbar som",
    "jag jobbade som",
    "jag arbetar som",
    "jag arbetade som",
    "jag jobbar inom",
    "jag jobbade inom",
    "jag arbetar inom",
    "jag ar utbildad",
    "jag ar en",
    "jag ar",
    "jag var",
    "har jobbat som",
    "har arbetat som",
    "jobbar som",
    "jobbade som",
    "arbetar som",
    "arbetade som",
    "jobbar inom",
    "mitt yrke ar",
    "mitt jobb ar",
    "mitt yrke",
    "utbildad",
    "yrke",
    # fi
    "olen ammatiltani",
    "olen koulutukseltani",
    "olen tyoskennellyt",
    "olen toiminut",
    "ammatiltani olen",
    "ammatiltani",
    "koulutukseltani",
    "ammattini on",
    "tyoni on",
    "tyoskentelen",
    "tyoskentelin",
    "tyoskennellyt",
    "toimin",
    "olin",
    "olen",
    # en
    "i have worked as",
    "i have been working as",
    "i have been",
    "ive worked as",
    "ive been",
    "i worked as",
    "i work as",
    "i was working as",
    "i am working as",
    "im working as",
    "i work in",
    "i worked in",
    "i was",
    "i am",
    "im",
    "worked as",
    "working as",
    "work as",
    "my job is",
    "my job was",
    "my profession is",
    "my occupation is",
    "profession",
    "occupation",
    "job",
    # ar, fa, uk, ru: "I am", "I was", "I work (as)"
    "انا",
    "كنت",
    "اعمل",
    "عملت",
    "من",
    "я працюю",
    "я працював",
    "я працювала",
    "я був",
    "я була",
    "я работал",
    "я работала",
    "я был",
    "я была",
    "працював",
    "працювала",
    "работал",
    "работала",
    "я працювала",
    "я працював",
    "я работаю",
    "я работала",
    "я работал",
    "працюю",
    "работаю",
    "я",
]
_LEADING_WORDS = frozenset(["a", "an", "the", "en", "ett", "som", "as"])
_LEADING = re.compile(
    r"^(?:"
    + "|".join(re.escape(f) for f in sorted(_LEADING_FILLERS, key=len, reverse=True))
    + r")\b"
)
_TRAILING = re.compile(
    r"\b(?:by profession|till yrket|ammatiltani|in my (?:home )?country|i mitt hemland"
    r"|i hemlandet|kotimaassani|back home)$"
)
_YEAR_UNITS = (
    r"years?|yrs?|y|ar|aar|vuotta|vuoden|vuosi|v|jahre|ans|anos|anios|lat|rokiv|rokov|let|goda"
    r"|года|лет|рокив|років|роки|سنوات|سنة|سال"
)
_YEARS = re.compile(
    r"(?:\b(?:for|in|during|since|over|with|i|under|sedan|pa|med|noin|yli|uber|за|протягом|لمدة)\s+)?"
    r"\b\d+\s*\+?\s*(?:" + _YEAR_UNITS + r")?\b"
    r"(?:\s+(?:of\s+)?(?:work\s+)?(?:experience|erfarenhet|kokemusta|kokemus|arbetslivserfarenhet))?"
)
_PLACE_PREPOSITIONS = frozenset(
    ["in", "i", "at", "from", "fran", "pa", "vid", "och", "в", "во", "у", "из", "з", "із"]
)
PLACES = frozenset(
    [
        "aleppo",
        "halab",
        "damascus",
        "damaskus",
        "damasko",
        "dimashq",
        "syria",
        "syrien",
        "syyria",
        "syyriassa",
        "homs",
        "idlib",
        "latakia",
        "hama",
        "deir",
        "raqqa",
        "iraq",
        "irak",
        "irakissa",
        "baghdad",
        "bagdad",
        "mosul",
        "erbil",
        "basra",
        "kirkuk",
        "kabul",
        "afghanistan",
        "afganistan",
        "afghanistanissa",
        "herat",
        "mazar",
        "kandahar",
        "iran",
        "irania",
        "iranissa",
        "teheran",
        "tehran",
        "shiraz",
        "isfahan",
        "mashhad",
        "tabriz",
        "somalia",
        "somaliassa",
        "mogadishu",
        "mogadisho",
        "hargeisa",
        "kismayo",
        "eritrea",
        "eritreassa",
        "asmara",
        "ethiopia",
        "etiopien",
        "etiopia",
        "addis",
        "ababa",
        "ukraine",
        "ukraina",
        "ukrainassa",
        "kyiv",
        "kiev",
        "kiova",
        "kharkiv",
        "harkova",
        "odessa",
        "odesa",
        "lviv",
        "dnipro",
        "mariupol",
        "zaporizhzhia",
        "russia",
        "ryssland",
        "venaja",
        "venajalla",
        "moscow",
        "moskva",
        "moskova",
        "petersburg",
        "turkey",
        "turkiet",
        "turkki",
        "istanbul",
        "ankara",
        "lebanon",
        "libanon",
        "beirut",
        "jordan",
        "jordanien",
        "amman",
        "egypt",
        "egypten",
        "egypti",
        "cairo",
        "kairo",
        "sudan",
        "khartoum",
        "yemen",
        "jemen",
        "sanaa",
        "palestine",
        "palestina",
        "gaza",
        "sweden",
        "sverige",
        "ruotsi",
        "ruotsissa",
        "finland",
        "suomi",
        "suomessa",
        "stockholm",
        "goteborg",
        "gothenburg",
        "malmo",
        "uppsala",
        "helsinki",
        "helsingfors",
        "espoo",
        "vantaa",
        "tampere",
        "turku",
        "oulu",
    ]
)


@dataclass(frozen=True)
class CleanedQuery:
    """A query after cleaning: the readable text, its search key and the key's head word."""

    text: str
    key: str
    head: int = -1


def _drop_places(raw: str) -> str:
    """Remove place names: known places, and capitalised words after a place preposition."""
    words = raw.split()
    kept: list[str] = []
    for position, word in enumerate(words):
        folded = fold(word)
        previous = fold(words[position - 1]) if position else ""
        capitalised = word[:1].isupper() and not word.isupper() and position > 0
        fi_local_case = capitalised and folded.endswith(("ssa", "sta", "lla", "lta"))
        if folded in PLACES or (capitalised and previous in _PLACE_PREPOSITIONS) or fi_local_case:
            if kept and fold(kept[-1]) in _PLACE_PREPOSITIONS:
                kept.pop()
            continue
        kept.append(word)
    return " ".join(kept)


def clean_query(text: str) -> CleanedQuery:
    """Strip filler phrases (sv/fi/en and a few more), years and places from free text."""
    folded = fold(_drop_places(text))
    folded = _YEARS.sub(" ", folded)
    folded = " ".join(folded.split())
    changed = True
    while changed and folded:
        changed = False
        for pattern in (_LEADING, _TRAILING):
            stripped = pattern.sub("", folded).strip()
            if stripped != folded:
                folded, changed = stripped, True
        words = folded.split()
        while words and words[0] in _LEADING_WORDS:
            words, changed = words[1:], True
        folded = " ".join(words)
    while folded.split()[-1:] and folded.split()[-1] in _PLACE_PREPOSITIONS:
        folded = " ".join(folded.split()[:-1])
    return CleanedQuery(text=folded, key=" ".join(key_tokens(folded)), head=_head(folded))


_HEAD_ENDS = frozenset(
    [
        *("of", "for", "in", "at", "with", "inom", "i", "for", "av", "med", "pa", "vid", "som"),
        *("в", "у", "на", "для"),
    ]
)


def head_initial(text: str) -> bool:
    """True for Arabic-script text, whose noun phrases put the head first ("پزشک عمومی")."""
    return any("\u0600" <= ch <= "\u06ff" for ch in text)


def _head(folded: str) -> int:
    """Position in the key of the head word: the last one before a preposition, else the last."""
    if head_initial(folded):
        return 0
    content = 0
    for word in folded.split():
        if word in _HEAD_ENDS and content:
            return content - 1
        if word not in STOPWORDS:
            content += 1
    return -1


# --- Label variants --------------------------------------------------------------------------

_PARENS = re.compile(r"\s*\([^)]*\)\s*")


@dataclass(frozen=True)
class LabelVariant:
    """A searchable form of a label; `loss` says how much of the label it leaves out (0 = none)."""

    text: str
    loss: int


def _slash_alternatives(label: str) -> list[tuple[str, int]]:
    """'servitör/servitris' → both; 'a b/c d' → 'a b d', 'a c d' (plus both sides, less sure)."""
    if label.count("/") != 1:
        return [(part.strip(), 1) for part in label.split("/") if len(part.split()) >= 2]
    left, right = label.split("/")
    head, _, last = left.rpartition(" ")
    first, _, tail = right.partition(" ")
    sides = (len(left.split()), len(right.split()))
    if min(sides) >= 3:
        return [(left, 0), (right, 0)]
    options = [(f"{head} {last} {tail}", 0), (f"{head} {first} {tail}", 0)]
    if min(sides) >= 2:
        options += [(left, 1), (right, 1)]
    # "idrotts-/sportagent": a suspended compound half is no label of its own.
    return [(" ".join(text.split()), loss) for text, loss in options if not text.endswith("-")]


_CONJUNCTIONS = frozenset(["and", "och", "og", "und", "et", "y", "i", "ja", "oraz", "ir", "ning"])


def label_variants(label: str, qualifier_commas: bool = True) -> list[LabelVariant]:
    """Extra searchable forms of an ESCO label, each marked with what it leaves out.

    "sjuksköterska, grundutbildad" → "sjuksköterska" (loss 2) and "grundutbildad sjuksköterska"
    (loss 0); "servitör/servitris" → "servitör", "servitris" (loss 0); "x (y)" → "x" (loss 1).
    The full label itself is not included. `qualifier_commas` says the language writes
    "head, qualifier" (ESCO sv/no/da); elsewhere a comma mostly joins a list ("hides, skins and
    leather products logistics planner"), so only a short qualifier without a conjunction counts.
    """
    variants: dict[str, int] = {}

    def add(text: str, loss: int) -> None:
        text = " ".join(text.split()).strip(" ,")
        if text and text != label and variants.get(text, 99) > loss:
            variants[text] = loss

    base, base_loss = label, 0
    if "(" in label:
        base, base_loss = _PARENS.sub(" ", label).strip(), 1
    options = _slash_alternatives(base) if "/" in base else [(base, 0)]
    for option, option_loss in options:
        slash_loss = max(option_loss, base_loss)
        add(option, slash_loss)
        if option.count(",") == 1:
            head, qualifier = (part.strip() for part in option.split(","))
            words = qualifier.split()
            qualifies = qualifier_commas or (len(words) <= 3 and not _CONJUNCTIONS & set(words))
            if head and qualifier and len(head.split()) <= 3 and qualifies:
                add(f"{qualifier} {head}", slash_loss)
                add(head, 2)
    return [LabelVariant(text, loss) for text, loss in variants.items()]


# --- Sectors typed instead of an occupation --------------------------------------------------

# A sector is not an occupation: "vård" or "IT" must not be matched confidently to whatever label
# looks alike ("värd", "IT-chef"); the dialog offers the sector tree from these ISCO-08 groups.
_SECTOR_GROUPS: dict[tuple[str, ...], tuple[str, ...]] = {
    ("22", "32", "53"): [
        "vård",
        "vården",
        "omsorg",
        "vård och omsorg",
        "sjukvård",
        "sjukvården",
        "hälsovård",
        "äldreomsorg",
        "vårdbranschen",
        "terveydenhuolto",
        "hoitoala",
        "hoitoalalla",
        "hoiva",
        "hoiva-ala",
        "sote",
        "sote-ala",
        "terveysala",
        "health",
        "healthcare",
        "health care",
        "care",
        "care sector",
    ],
    ("25", "35"): [
        "it",
        "ikt",
        "ict",
        "data",
        "it-branschen",
        "it-sektorn",
        "tech",
        "it-ala",
        "it-alalla",
        "tietotekniikka",
        "information technology",
        "software",
        "mjukvara",
        "ohjelmistoala",
    ],
    ("71", "93"): [
        "bygg",
        "byggbranschen",
        "byggnad",
        "bygge",
        "rakennus",
        "rakennusala",
        "rakennusalalla",
        "rakentaminen",
        "construction",
        "building",
    ],
    ("23",): [
        "skola",
        "utbildning",
        "undervisning",
        "education",
        "teaching",
        "koulutus",
        "opetus",
        "opetusala",
    ],
    ("24", "33", "41", "43"): [
        "ekonomi",
        "finans",
        "bank",
        "banking",
        "finance",
        "economy",
        "talous",
        "taloushallinto",
        "pankki",
        "pankkiala",
    ],
    ("51", "94"): [
        "restaurang",
        "hotell",
        "restaurang och hotell",
        "hospitality",
        "restaurant",
        "ravintola",
        "ravintola-ala",
        "hotelli",
        "matlagning",
        "catering",
    ],
    ("52",): [
        "handel",
        "butik",
        "retail",
        "sales",
        "försäljning",
        "kauppa",
        "myynti",
        "kaupan ala",
    ],
    ("83", "93"): [
        "transport",
        "logistik",
        "logistics",
        "kuljetus",
        "logistiikka",
        "transportbranschen",
    ],
    ("91",): ["städ", "städning", "cleaning", "siivous", "siivousala"],
    ("81", "82", "93"): [
        "industri",
        "industry",
        "tillverkning",
        "manufacturing",
        "fabrik",
        "factory",
        "teollisuus",
        "tehdas",
    ],
    ("61", "92"): ["jordbruk", "lantbruk", "agriculture", "farming", "maatalous", "maanviljely"],
    ("21", "31"): ["teknik", "engineering", "tekniikka"],
    ("41", "33"): ["kontor", "administration", "office", "toimisto", "hallinto"],
}
_SECTORS = {
    fold(phrase): (phrase, codes) for codes, phrases in _SECTOR_GROUPS.items() for phrase in phrases
}


def sector_codes(raw: str, cleaned: CleanedQuery) -> tuple[str, ...]:
    """ISCO-08 groups of a sector name typed instead of an occupation, else ()."""
    match = _SECTORS.get(cleaned.text)
    if match is None:
        return ()
    spelling, codes = match
    # Folding makes "värd" (a host) look like "vård" (care): typed diacritics must agree.
    typed = {ch for ch in unicodedata.normalize("NFKC", raw).casefold() if not ch.isascii()}
    return codes if typed <= set(spelling) else ()
