"""The word list the clitic splitter and the morphology consult, built from arramooz and marsad's data files.

Sources, all normalized with :func:`marsad.text.normalize.normalize` exactly like article text:

- arramooz's dictionary (``arabicdictionary.sqlite``): noun lemmas with their broken plurals, and verb lemmas (past,
  third person masculine singular); verbal nouns (masdars) with the verb they derive from, which gives
  :attr:`Lexicon.masdars`;
- arramooz's word-frequency table (``wordfreq.sqlite``): 37,000 frequent inflected forms with their part of speech
  and a corpus frequency; its spellings (with hamza and taa marbuta) are what the morphology hands to qalsadi, which is
  spelling-sensitive;
- arramooz's stop words (``stopwords.sqlite``): function words; those after a conjunction come segmented (وفي = و + في);
- ``known_words.tsv``: proper nouns (places, people, groups) that must stay whole (بشار، لبنان) or must be recognised
  after a clitic (بريف، لحماة);
- ``clitic_exceptions.tsv``: words whose first letters merely look like clitics (الله، الى، لكن، وزير).

The compiled form is a marshal file under :func:`marsad.cache.cache_dir`, keyed by the data files' digests, the
arramooz version and this module's rules, so a process loads it in a few milliseconds instead of reading 100,000 rows.
"""

from __future__ import annotations

import importlib.metadata
import marshal
import os
import sqlite3
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from marsad.cache import cache_dir, stable_key
from marsad.knowledge import load_table
from marsad.text.normalize import normalize

# Bump when the way entries are derived changes, so stale compiled files are not reused.
RULES_VERSION = "lexicon-4"

# Kinds of entry, as bit flags.
NOUN = 1
VERB = 2
PROPER = 4
FUNCTION = 8

_TASHKEEL = {chr(c) for c in range(0x064B, 0x0653)} | {"\u0670", "\u0640"}

# Inflectional endings of nouns and adjectives, longest first (ا is the accusative tanween kept by normalization:
# كبيرا، سنويا); a stem ending in ت before them was a taa marbuta.
NOUN_ENDINGS = ("يين", "يون", "تين", "تان", "ات", "ون", "ين", "ان", "يه", "ي", "ه", "ا")
# Enclitic pronouns that the tokenizer may detach. A lone ه is excluded: after taa-marbuta normalization it is far more
# often the end of a word (حماه، طيبه) than the pronoun "his".
ENCLITICS = ("هما", "كما", "ها", "هم", "هن", "كم", "كن", "نا")
# Verb inflection: imperfect prefixes and subject suffixes (past and imperfect).
VERB_PREFIXES = ("ي", "ت", "ن", "ا")
VERB_SUFFIXES = ("تما", "تم", "تن", "ون", "ان", "ين", "وا", "نا", "ت", "ا", "ن")
MIN_BASE = 3
# the frequency assumed for a function word arramooz lists without one
COMMON = 1_000_000


def _strip_marks(word: str) -> str:
    return "".join(c for c in word if c not in _TASHKEEL)


@dataclass(frozen=True, slots=True)
class Entry:
    """What the lexicon knows of one normalized form.

    Attributes:
        spelling: the most frequent unnormalized spelling (with hamza, taa marbuta, alef maqsura).
        frequency: arramooz's corpus frequency (0 when only the dictionary lists it).
        kinds: bit flags NOUN | VERB | PROPER | FUNCTION.
    """

    spelling: str
    frequency: int
    kinds: int


class Lexicon:
    """Normalized word forms with their spelling, frequency and kind, and the readings of clitic-like words.

    Use :func:`default_lexicon` for the packaged one. A lexicon is also a predicate: ``lexicon(word)`` is True when the
    exact normalized form is known, which makes it usable as the ``known`` argument of
    :func:`marsad.text.tokens.choose_split`.

    Attributes:
        forms: normalized form -> (spelling, frequency, kinds).
        readings: forced readings: normalized form -> (proclitics, host) from clitic_exceptions.tsv and stop words.
        masdars: normalized verb lemma -> its most frequent normalized verbal noun (سيطر -> سيطره).
    """

    def __init__(
        self,
        forms: dict[str, tuple[str, int, int]],
        readings: dict[str, tuple[tuple[str, ...], str]],
        masdars: dict[str, str],
    ) -> None:
        self.forms = forms
        self.readings = readings
        self.masdars = masdars

    def __call__(self, word: str) -> bool:
        return word in self.forms

    def __contains__(self, word: str) -> bool:
        return word in self.forms

    def __len__(self) -> int:
        return len(self.forms)

    def entry(self, word: str) -> Entry | None:
        """The entry of an exact normalized form, or None."""
        found = self.forms.get(word)
        return Entry(*found) if found else None

    def is_proper(self, word: str) -> bool:
        """True for a proper noun from known_words.tsv or arramooz's frequency table."""
        found = self.forms.get(word)
        return bool(found and found[2] & PROPER)

    def base_of(self, host: str) -> tuple[str, int, int] | None:
        """Find the lexicon entry an inflected ``host`` derives from.

        Tries noun endings (plural, dual, nisba, accusative ا, pronoun suffixes; a final ت before an ending restores
        the taa marbuta: مدينتها -> مدينه) and verb affixes (تسيطر, سيطرت, يقصفون, يتم, تعلن -> a verb lemma). Bases
        shorter than three letters are refused, because two-letter strings are known words by chance, except a
        function word before a pronoun (كلها) and a doubled verb after an imperfect prefix (يتم). When several bases
        fit, the most frequent in arramooz's corpus wins.

        Returns:
            ``(base, start, end)``: the known base and where its letters lie in ``host``, or None.
        """
        found: list[tuple[int, str, int, int]] = []
        forms = self.forms

        def consider(base: str, start: int, end: int, verb: bool = False) -> None:
            entry = forms.get(base)
            if entry is not None and (not verb or entry[2] & VERB):
                found.append((entry[1], base, start, end))

        for ending in ENCLITICS:
            base = host[: -len(ending)]
            if host.endswith(ending) and len(base) == 2 and base in forms and forms[base][2] & FUNCTION:
                consider(base, 0, 2)
        for ending in NOUN_ENDINGS + ENCLITICS:
            if host.endswith(ending) and len(host) - len(ending) >= MIN_BASE:
                base = host[: -len(ending)]
                consider(base, 0, len(base))
                if base.endswith("ت"):
                    consider(base[:-1] + "ه", 0, len(base))
                if ending in ("ات", "تين", "تان"):
                    consider(base + "ه", 0, len(base))
        # two layers: a plural before a pronoun (قواتها, مقاتليهم)
        for ending in ENCLITICS:
            if host.endswith(ending):
                inner = host[: -len(ending)]
                for plural in ("ات", "ي", "و"):
                    if inner.endswith(plural) and len(inner) - len(plural) >= MIN_BASE:
                        base = inner[: -len(plural)]
                        if plural == "ات":
                            consider(base + "ه", 0, len(base))
                        consider(base, 0, len(base))
        for start in (0, 1):
            if start and not host.startswith(VERB_PREFIXES):
                break
            body = host[start:]
            for suffix in VERB_SUFFIXES + ("",):
                if suffix and not body.endswith(suffix):
                    continue
                base = body[: len(body) - len(suffix)]
                doubled = start and not suffix and host[0] in "يتن"
                if base == host or len(base) < (2 if doubled else MIN_BASE):
                    continue  # after an imperfect prefix a doubled verb shows two letters (يتم، تشن)
                consider(base, start, start + len(base), verb=True)
                if start and len(base) >= MIN_BASE:
                    # form IV loses its hamza after the prefix (تعلن from أعلن)
                    consider("ا" + base, start, start + len(base), verb=True)
        if not found:
            return None
        _, base, start, end = max(found, key=lambda f: (f[0], -found.index(f)))
        return base, start, end

    def is_verb(self, host: str) -> bool:
        """True when ``host`` is a verb lemma or a verb lemma with its inflectional affixes (تزامنت، افاد)."""
        found = self.forms.get(host)
        if found and found[2] & VERB:
            return True
        based = self.base_of(host)
        return bool(based and self.forms[based[0]][2] & VERB)

    def respell(self, host: str) -> str:
        """Give ``host`` back the hamza, taa marbuta and alef maqsura its dictionary base has, for qalsadi.

        ``اعلنت`` -> ``أعلنت``, ``السيطره`` is handled by the caller per host (``سيطره`` -> ``سيطرة``). Letters that
        normalization does not change are kept as they are; an unknown host is returned unchanged.
        """
        found = self.forms.get(host)
        if found:
            return _restore(host, found[0])
        based = self.base_of(host)
        if based is None:
            return host
        base, start, end = based
        written = host[start:end]
        spelling = self.forms[base][0]
        if base == "ا" + written:
            spelling = spelling[1:]  # form IV after an imperfect prefix: تعلن keeps no hamza
        elif base != written and len(spelling) == len(base):
            # the taa marbuta was restored to find the base (مدينت -> مدينه), or a plural's ات cut it (بلدات -> بلده)
            spelling = spelling[: len(written)] if len(written) < len(base) else spelling[:-1] + written[-1]
        return host[:start] + _restore(written, spelling) + host[end:]


def _restore(normalized: str, spelling: str) -> str:
    """Character-wise restoration of ``spelling``'s letters where they normalize to ``normalized``'s."""
    if len(spelling) != len(normalized):
        return normalized
    out = []
    for n, s in zip(normalized, spelling, strict=True):
        out.append(s if s != n and normalize(s) == n else n)
    return "".join(out)


def _arramooz_data() -> Path:
    return Path(str(resources.files("arramooz") / "data"))


def _arramooz_version() -> str:
    try:
        return importlib.metadata.version("arramooz-pysqlite")
    except importlib.metadata.PackageNotFoundError:  # pragma: no cover - a source checkout of arramooz
        return "unknown"


_CLITIC_LETTERS = ("وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك", "س")
_SPLIT = {"وال": ("و", "ال"), "فال": ("ف", "ال"), "بال": ("ب", "ال"), "كال": ("ك", "ال"), "لل": ("ل", "ال")}


def parse_proclitics(text: str) -> tuple[str, ...]:
    """Parse arramooz's proclitic field (``و-``, ``وب-``) into marsad's clitic tuple."""
    text = normalize(_strip_marks(text)).replace("-", "").strip()
    out: list[str] = []
    while text:
        for piece in _CLITIC_LETTERS:
            if text.startswith(piece):
                out.extend(_SPLIT.get(piece, (piece,)))
                text = text[len(piece) :]
                break
        else:
            return ()
    return tuple(out)


def build_lexicon() -> Lexicon:
    """Read arramooz and the data files into a :class:`Lexicon` (about a second; use :func:`default_lexicon`)."""
    forms: dict[str, tuple[str, int, int]] = {}

    def add(spelling: str, frequency: int, kinds: int) -> None:
        spelling = _strip_marks(spelling).strip()
        if not spelling or " " in spelling:
            return
        key = normalize(spelling)
        if len(key) < 2:
            return
        old = forms.get(key)
        if old is None:
            forms[key] = (spelling, frequency, kinds)
        else:
            best = spelling if frequency > old[1] else old[0]
            forms[key] = (best, max(frequency, old[1]), old[2] | kinds)

    data = _arramooz_data()
    frequency: dict[str, int] = {}
    with sqlite3.connect(f"file:{data / 'wordfreq.sqlite'}?mode=ro", uri=True) as db:
        for word, word_type, freq in db.execute("select unvocalized, word_type, freq from wordfreq"):
            kind = PROPER if word_type == "noun_prop" else VERB if word_type.startswith("verb") else NOUN
            if word_type in ("prep", "conj", "conj_sub", "part", "pron", "pron_rel", "pron_dem", "part_neg"):
                kind = FUNCTION
            add(word, int(freq), kind)
            if kind == NOUN:
                # a masdar's frequency as a noun decides between a verb's several masdars (قال: قول, not قال)
                key = normalize(_strip_marks(word))
                frequency[key] = max(int(freq), frequency.get(key, 0))
    masdar_candidates: dict[str, list[str]] = {}
    with sqlite3.connect(f"file:{data / 'arabicdictionary.sqlite'}?mode=ro", uri=True) as db:
        for word, plural, category, original in db.execute(
            "select unvocalized, broken_plural, category, original from nouns"
        ):
            add(word, 0, NOUN)
            for form in (plural or "").split(";"):
                add(form, 0, NOUN)
            if category == "مصدر" and original:
                verb = normalize(_strip_marks(original))
                masdar_candidates.setdefault(verb, []).append(normalize(_strip_marks(word)))
        for (word,) in db.execute("select unvocalized from verbs"):
            add(word, 0, VERB)
    masdars = {
        verb: max(options, key=lambda m: (frequency.get(m, 0), -len(m), m))
        for verb, options in masdar_candidates.items()
    }
    for key, (_spelling, _freq, kinds) in list(forms.items()):
        if kinds & VERB and key not in masdars and len(key) >= 5 and key[0] == "ا":
            # Derived forms VII, VIII and X build their masdar by a long vowel before the last radical
            # (اغتال -> اغتيال, انسحب -> انسحاب); arramooz lacks some of them. Kept only when the noun is listed.
            for candidate in (key[:-1] + "ا" + key[-1], key[:-2] + "يا" + key[-1] if key[-2] == "ا" else ""):
                if candidate in forms and forms[candidate][2] & NOUN:
                    masdars[key] = candidate
                    break
    readings: dict[str, tuple[tuple[str, ...], str]] = {}
    conjunction_readings: dict[str, tuple[tuple[str, ...], str]] = {}
    inflected: list[str] = []
    with sqlite3.connect(f"file:{data / 'stopwords.sqlite'}?mode=ro", uri=True) as db:
        for word, procletic, stem, encletic in db.execute(
            "select UNVOCALIZED, PROCLETIC, STEM, ENCLETIC from STOPWORDS order by ID"
        ):
            key = normalize(_strip_marks(word))
            if key in conjunction_readings or encletic:
                continue
            clitics = parse_proclitics(procletic or "")
            host = normalize(_strip_marks(stem or ""))
            add(stem or word, 0, FUNCTION)
            # Only a conjunction before a function word is forced (وفي = و + في); a preposition reading such as
            # كأن would hide the far more frequent كان once hamza is normalized away.
            if clitics and clitics[0] in ("و", "ف") and key.endswith(host) and key == "".join(clitics) + host:
                conjunction_readings[key] = (clitics, host)
    for key, (clitics, host) in conjunction_readings.items():
        # ...and only when the function word is more frequent than the whole read as a content word (فعل is "act",
        # not ف + عل; وفي is و + في, not the verb وفى)
        # (arramooz has no frequency for some of the commonest function words, في among them: count them as common)
        host_frequency = forms.get(host, ("", 0, 0))[1] or COMMON
        if key in forms and forms[key][1] < host_frequency:
            readings[key] = (clitics, host)
        elif key not in forms:
            readings[key] = (clitics, host)
            inflected.append(key)
    for row in load_table("known_words.tsv").rows:
        add(row["word"], 0, PROPER)
    for row in load_table("clitic_exceptions.tsv").rows:
        form = normalize(row["form"])
        if not form:
            continue
        if row["split"]:
            parts = [normalize(p) for p in row["split"].split("+")]
            readings[form] = (tuple(parts[:-1]), parts[-1])
        else:
            readings[form] = ((), form)
            add(row["form"], 0, NOUN)
    lexicon = Lexicon(forms, readings, masdars)
    for key in inflected:
        if lexicon.is_verb(key):
            del readings[key]  # an inflected verb, not a conjunction and a particle (فتحت, not ف + تحت)
    return lexicon


@lru_cache(maxsize=1)
def lexicon_key() -> str:
    """A stable key of everything the packaged lexicon is built from (for caches derived from it)."""
    digests = [load_table(name).digest for name in ("known_words.tsv", "clitic_exceptions.tsv")]
    return stable_key(RULES_VERSION, _arramooz_version(), Path(__file__).read_bytes(), *digests)


def _compiled_path() -> Path:
    return cache_dir() / f"lexicon-{lexicon_key()[:20]}.marshal"


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The packaged lexicon, built once and then loaded from the cache directory."""
    path = _compiled_path()
    try:
        forms, readings, masdars = marshal.loads(path.read_bytes())
        return Lexicon(forms, readings, masdars)
    except (OSError, ValueError, EOFError, TypeError):
        pass
    lexicon = build_lexicon()
    payload = marshal.dumps((lexicon.forms, lexicon.readings, lexicon.masdars))
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".lexicon-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(payload)
        # Several processes may build at once; os.replace makes the last complete file win, never a torn one.
        os.replace(tmp, path)
    except OSError:
        Path(tmp).unlink(missing_ok=True)
    return lexicon
