"""Place recognition and resolution: the ``places`` stage.

How a place is found:

1. The gazetteer's Aho-Corasick automaton runs over the NORMALIZED text. A match counts only when it ends on a word
   boundary and, inside its word, is preceded by nothing but proclitics: a conjunction و/ف, then a preposition ب/ل/ك,
   then the article ال (or لل, where ل + ال dropped the alef). A name that the gazetteer stores with ال (الموصل) needs
   the article in the text (بالموصل, للموصل); a name stored without it (صور, حلب) must not have it, so الصور
   ('the pictures') and السورية (an adjective) are not places. Nisba adjectives (السوري, الإسرائيلي) fail the word
   boundary. The tokenizer's clitic decisions are not used: only the automaton and these rules.
2. Overlapping matches: the longest wins.
3. The stoplist drops names that are common words, or keeps them only after a cue or in a region expression
   (policy ``cue``) or when another place of the same country is named (policy ``context``). Names whose dominant
   reading is a common word in arramooz's frequency table (flagged by the gazetteer) get the ``context`` policy.
   A name that is part of something else is no mention (place_context_words.tsv): after an organisation head
   (جامعة دمشق, صحيفة القدس, رئيس بلدية نابلس), before a newspaper's or club's word (نيويورك تايمز), a town
   before a masculine country nisba (برشلونة الإسباني) or after فاز/أمام in a sentence about sport, a family
   name after a given name (شاكر سمارة), and an adjective-shaped name with ال after a definite noun (الوسائل
   السلمية), or a bare feminine nisba after an indefinite feminine noun or feminine plural it agrees with (مظاهرة
   سلمية, احتجاجات سلمية) when its masculine is a common word (سلمي) and no preposition or cue governs it (في
   سلمية, مدينة سلمية stay Salamiyah). A common-word name of a large town of the region counts after في/إلى/من
   (انفجار في الرمادي).
4. Cues (محافظة، ناحية، مدينة، بلدة ...) restrict the kind of unit; an unknown name after a town cue becomes an
   ``unresolved`` mention that falls back to its admin context. The name runs over up to three words, to the next
   function word, time word, news verb, region head, known place or punctuation (مخيم نور شمس في طولكرم, حي الشيخ
   رضوان بحلب), and is never split into common words (عين زارة). A cue-named gazetteer match that is the first word
   of such a name and lies far from the article's other places gives way to the whole name (نور is a town of Iran).
   After a singular area cue (منطقة, mostly followed by a common word: منطقة زراعية) only a compound opened by an
   element counts as an unknown name (منطقة عين زارة, منطقة أبو شوك).
   A dual or plural cue governs the names coordinated after it (محافظتي حلب وإدلب, مدينتي حمص وحماة, بلدتي X وY);
   after a singular cue an unknown coordinated name counts when a locator follows it (بلدة X وY في جنوب لبنان).
5. Region expressions (ريف حماة الشمالي, شمال سوريا, شرق دير الزور) become ONE mention covering the whole expression,
   role ``region``, resolved to the admin unit (or town, or country) with the direction kept. No separate mention is
   emitted for the place inside a region expression (the events engineer never needs to skip a ``region-head``).
   A dual head (ريفي حماة وإدلب) makes both names region expressions, and a dual adjective after the second
   (الشماليين) gives both the direction. A direction of a country (جنوب لبنان) resolves with feature ``region``,
   precision 3: a part of the country, as ACLED codes 'south Lebanon', not the country itself.

6. Pronoun regions (وريفها الغربي, شمالها, جنوبه) become ``region`` mentions of the place they refer to: the place
   coordinated with them (حلب وريفها), else the first place of their sentence (its topic), else the place named last
   in the two sentences before; ه (masculine) refers only to a country or region, ريف never to a country.

Mention roles: ``""`` a town, city, village or neighbourhood (precision 1); ``region`` a region expression (2 or 3);
``admin1``/``admin2``/``admin3`` an admin unit named as such (محافظة حلب, the span includes the cue word) or named
bare when only the unit exists (ريف دمشق); ``country``; ``unresolved`` a cue-named place missing from the gazetteer,
whose resolution (when a context exists: the nearest place before it in its sentence, else after it, else earlier in
the article, else a country named in the article) carries the context's coordinates, admin names and direction,
precision 2 near a town and 3 in a region or country, with ``name_ar`` the name as written and ``candidates`` 0; it
is None when the article names no place at all. Continents resolve with role ``region`` and feature ``continent``;
``described`` a place named by what it is rather than by its name (العاصمة الجزائرية، وسط العاصمة: the capital of the
country in view), resolved like a town.

How a candidate is chosen: population (log), feature (towns over admin units for bare names; countries over the
towns that share their name), the country the article is about (most frequent country among unambiguous mentions),
Middle East and North Africa first (the genre), the admin1 units named in the same sentence (strong) or article
(weaker), and the distance to other places of the article. A country's name that is also a foreign town once diacritics are
gone (عُمان Oman, عمان Amman) is the country unless the town's country is named by its nisba (الأردني, العاصمة
الأردنية) or the name follows a quarter or street (حي النزهة في عمان); سلطنة عمان is the country by its own entry.
"""

from __future__ import annotations

import bisect
import math
import re
import threading
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import lru_cache
from operator import attrgetter

import ahocorasick

from marsad.events.lexicon import function_words
from marsad.knowledge import load_table
from marsad.model import Article, Mention, MentionKind, PlaceResolution, add_mentions
from marsad.places.gazetteer import (
    FLAG_ARTICLE,
    FLAG_COMMON,
    FLAG_LATIN,
    FREQUENT_WORD,
    HOME_REGIONS,
    SHIFT,
    VERB_WORD,
    Gazetteer,
    Place,
    capital_names,
    common_words,
    distance_km,
    frequent_common_words,
    load_gazetteer,
    seat_key,
    verb_words,
)
from marsad.places.regions import Cue, PlaceVocabulary, RegionWord, load_vocabulary, strip_proclitics
from marsad.text.lexicon import FUNCTION, NOUN, PROPER, VERB, default_lexicon
from marsad.text.morphology import analyze
from marsad.text.normalize import normalize
from marsad.text.tokens import stem_candidates

#: what may precede a name inside its word: [وف]?[بلك]?ال or [وف]?لل (article), [وف]?[بلك]? (none); as sets, since
#: they are checked for every automaton hit
_ARTICLE_PREFIXES = frozenset(c + p + "ال" for c in ("", "و", "ف") for p in ("", "ب", "ل", "ك")) | frozenset(
    {"لل", "ولل", "فلل"}
)
_PLAIN_PREFIXES = frozenset(c + p for c in ("", "و", "ف") for p in ("", "ب", "ل", "ك"))
#: what may stand right before a name in the scanned text: a space (nothing before it in its word) or the last letter
#: of one of the prefixes above; any other letter puts the name inside a longer word (حسن, not سن)
_BEFORE_NAME = frozenset(" " + "".join({w[-1] for w in _ARTICLE_PREFIXES | _PLAIN_PREFIXES if w}))
#: characters that end a word in the scanned text, spaces left out since they need no replacing (most of the
#: substitutions the regex would otherwise make); "_", which joins the words of a hashtag, is replaced apart. One
#: character class, with the Arabic letters (all of them \w) named first, lets the regex engine test each character
#: in one step: the alternation with "_" made it try a match at every position, and look up every letter's category
_NON_WORD_NOR_SPACE = re.compile(r"[^ \u0621-\u064a\w]")
_ARABIC_WORD = re.compile(r"^[\u0621-\u064a]+$")


#: the head 'the surroundings of' (محيط): like قرب, it makes no common word that is also a place name a place
_SURROUNDINGS = normalize("محيط")
#: the head 'the centre of' (وسط), which is also the preposition 'amid' (وسط حصار 'amid a siege', وسط اشتباكات): nor
#: does it make a common word a place
_AMID = normalize("وسط")
#: what وسط still introduces when the name is also a common word: a country's or province's centre (وسط مالي)
_AMID_UNITS = frozenset({"country", "admin1"})

def _trie_alternation(words: list[str] | set[str]) -> str:
    """A regex alternation of ``words`` with their shared prefixes factored out (بلد(?:ات|ت(?:ا|ي)|ه|يه)).

    It matches what the flat alternation of the words sorted longest first matches: at a position the words that
    match are prefixes of one another, and the greedy ``?`` tries the longer ones first. Python's engine tries a flat
    alternation's words one by one at every position that starts one; the factored one reads each letter once.
    """
    trie: dict = {}
    for word in words:
        node = trie
        for c in word:
            node = node.setdefault(c, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        branches = [re.escape(c) + pattern(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and "" not in node else "(?:" + "|".join(branches) + ")"
        return body + "?" if "" in node else body

    return pattern(trie)


_NO_COUNTS: dict = {}

PRECISION = {
    "populated_place": 1, "neighbourhood": 1, "admin3": 2, "admin2": 3, "admin1": 3, "country": 3, "continent": 3,
    "region": 3, "world_region": 3, "sea": 3,
}  # fmt: skip
#: the role of a mention resolved to a place of each feature (towns and neighbourhoods have none)
_FEATURE_ROLES = {
    "admin1": "admin1", "admin2": "admin2", "admin3": "admin3", "country": "country", "continent": "region",
    "region": "region", "world_region": "region", "sea": "region",
}  # fmt: skip


def _is_word_char(c: str) -> bool:
    # "_" joins the words of a hashtag (#أمطار_الكويت): a name inside a compound hashtag is not a mention of its own
    return c.isalnum() or c == "_"


@dataclass(slots=True)
class _Match:
    """A gazetteer match in the normalized text, before resolution."""

    word_start: int
    start: int
    end: int
    key: str
    article: bool
    candidates: tuple[int, ...]
    common: frozenset[int] = frozenset()
    span_start: int = 0
    span_end: int = 0
    sentence: int = 0
    role: str = ""
    cue_role: str = ""
    cued: bool = False
    region: RegionWord | None = None
    adjective: RegionWord | None = None
    chosen: Place | None = None
    places: Sequence[Place] = ()
    #: some candidate is a neighbourhood
    neighbourhoods: bool = False
    ncandidates: int = 0
    #: named as the town a street or quarter lies in (حي النزهة في عمان): a town, not a country
    in_town: bool = False
    #: a country's name that is also a place of another country (عمان)
    homograph: bool = False
    #: the admin1 this match itself added to the article's admin context, if any
    admin_key: tuple[str, str] | None = None
    #: the word before the match's word, when only spaces separate them (found by find_matches)
    prev: tuple[int, int] | None = None
    #: the country whose nisba follows the name as its adjective (طرابلس الليبية), for names of several countries
    nisba_after: str = ""
    #: that word's text, or None: sliced once, since the steps after find_matches look it up in several word lists
    before: str | None = None
    #: named after a plural or dual cue or head (محافظتي, مدينتي, ريفي), or coordinated with a name that was: the
    #: next coordinated name is read the same way
    governs_list: bool = False
    #: its candidates hold provinces of more than one country (بلوشستان in Pakistan and Iran)
    shared_province: bool = False


@dataclass(frozen=True)
class PlaceRecognizer:
    """Finds and resolves place mentions (the ``places`` layer)."""

    name: str = "places"
    requires: frozenset[str] = frozenset({"tokens"})
    provides: frozenset[str] = frozenset({"places"})

    def __call__(self, article: Article) -> Article:
        gaz = load_gazetteer()
        vocab = load_vocabulary()
        mentions = recognize(article, gaz, vocab)
        return add_mentions(article, mentions, self.provides)


#: the word after a comma or an opening bracket right after a name (بلدة الخيام، قضاء مرجعيون)
_SET_OFF_WORD = re.compile(r"[ \t]*[،,(][ \t]*([^\W\d_]+)")
#: the first word after a position, with only spaces before it
_FIRST_WORD = re.compile(r" *(\w+)")

_LAST_SCAN = threading.local()


def _scan_of(text: str) -> str:
    """``text`` with every non-word character (and "_") a space, one for one, plus a closing space; kept for the
    last text of the thread, since neighbour look-ups ask for it hundreds of times per article."""
    cached = getattr(_LAST_SCAN, "pair", None)
    if cached is None or cached[0] is not text:
        words = text.replace("_", " ") if "_" in text else text
        cached = _LAST_SCAN.pair = (text, _NON_WORD_NOR_SPACE.sub(" ", words) + " ")
    return cached[1]


def _sentence_index(article: Article, sentence_starts: list[int], pos: int) -> int:
    """The index of the sentence a normalized offset lies in (``sentence_starts``: the sentences' starts, in
    order), 0 when the article has no sentence."""
    i = bisect.bisect_right(sentence_starts, pos) - 1
    return article.sentences[i].index if i >= 0 else 0


def _prev_word(text: str, pos: int, scan: str | None = None) -> tuple[int, int] | None:
    """The word ending before ``pos`` with only spaces between (no punctuation), as (start, end); ``scan``: the
    text's :func:`_scan_of`, when the caller holds it."""
    j = pos
    while j > 0 and text[j - 1] == " ":
        j -= 1
    if j == 0:
        return None
    c = text[j - 1]
    if not (c.isalnum() or c == "_"):  # _is_word_char, inlined: this runs for every match, often twice
        return None
    if scan is None:
        scan = _scan_of(text)
    # "_" is a space in the scan but part of a word here (as \w): step over it the slow way
    start = scan.rfind(" ", 0, j) + 1
    while start > 0 and text[start - 1] == "_":
        start = scan.rfind(" ", 0, start - 1) + 1
    return start, j


def _proclitics_only(text: str, pos: int) -> bool:
    """True when nothing but proclitics (و ف, then ب ل ك) stand between the start of its word and ``pos``."""
    ws = _scan_of(text).rfind(" ", 0, pos) + 1
    return text[ws:pos] in _PLAIN_PREFIXES and (ws == 0 or text[ws - 1] != "_")


def _next_word(text: str, pos: int) -> tuple[int, int] | None:
    """The word starting after ``pos`` with only spaces between (no punctuation), as (start, end)."""
    w = _FIRST_WORD.match(text, pos)
    return w.span(1) if w is not None else None


#: a Latin spelling in brackets right after a name (بانيكوارا (Banikoara)), which copy adds for foreign places
_LATIN_GLOSS = re.compile(r" ?\([A-Za-z][A-Za-z .'-]{0,40}\)")


def _past_gloss(text: str, pos: int) -> int:
    """``pos``, or the end of a bracketed Latin spelling right after it: a list of names (منطقتي بانيكوارا (Banikoara)
    وكودو (Koudou)) goes on after the gloss."""
    m = _LATIN_GLOSS.match(text, pos)
    return m.end() if m is not None else pos


def _whole_hashtag(text: str, start: int, end: int) -> bool:
    """True when ``[start, end)`` is the whole body of a hashtag (after ``#``, up to the next non-word character)."""
    h = start
    while h > 0 and (_is_word_char(text[h - 1])):
        h -= 1
    e = end
    while e < len(text) and _is_word_char(text[e]):
        e += 1
    return h > 0 and text[h - 1] == "#" and h == start and e == end


_ENTRIES: dict[int, object] = {}


def _entry_cache(gaz: Gazetteer):
    """A memo of each key's candidates split once: (latin, plain, with article, common), instead of per match."""
    cached = _ENTRIES.get(id(gaz))
    if cached is not None and cached[0] is gaz:
        return cached[1]
    memo: dict[str, tuple] = {}
    names = gaz.names

    def entries_of(key: str) -> tuple:
        e = memo.get(key)
        if e is None:
            entries = names[key]
            latin = key.isascii()
            if latin:
                plain = tuple(dict.fromkeys(x >> SHIFT for x in entries if x & FLAG_LATIN))
                article = ()
            else:
                plain = tuple(dict.fromkeys(x >> SHIFT for x in entries if not x & (FLAG_ARTICLE | FLAG_LATIN)))
                article = tuple(
                    dict.fromkeys(x >> SHIFT for x in entries if x & FLAG_ARTICLE and not x & FLAG_LATIN)
                )
            common = frozenset(x >> SHIFT for x in entries if x & FLAG_COMMON)
            e = memo[key] = (latin, plain, article, common)
        return e

    entries_of.memo = memo  # type: ignore[attr-defined]

    _ENTRIES.clear()
    _ENTRIES[id(gaz)] = (gaz, entries_of)
    return entries_of


_START = attrgetter("start")


def find_matches(text: str, gaz: Gazetteer) -> list[_Match]:
    """All boundary-valid gazetteer matches, longest first among overlaps, in text order."""
    raw: list[_Match] = []
    n = len(text)
    # a hashtag's words are joined by "_" (#حفر_الباطن): a match inside a hashtag counts only when it is the whole
    # hashtag (#أمطار_الكويت names floods, not Kuwait). Every non-word character becomes a space (one for one, so offsets hold) and a space closes the text: the
    # automaton's keys end with a space, so a match that ends inside a word is never reported
    scan = _scan_of(text)
    entries_of = _entry_cache(gaz)
    memo = entries_of.memo
    shadow = gaz.shadow
    hashtags = "_" in text
    # bound once: this loop runs for every hit of the automaton, most of them inside longer words
    rfind = scan.rfind
    keep = raw.append
    article_prefixes, plain_prefixes = _ARTICLE_PREFIXES, _PLAIN_PREFIXES
    before_name = _BEFORE_NAME
    # the sort key of a kept hit: longest first, then in text order, as one number (a hit is one (start, end) pair)
    # so that sorting never compares more than it
    rank = n + 1
    for end, key in gaz.automaton.iter(scan):
        start = end - len(key)
        before = scan[start - 1]  # the closing space when the name starts the text
        if before != " ":
            if before not in before_name:
                continue  # most hits end a longer word: one character tells, before looking for the word's start
            ws = rfind(" ", 0, start) + 1
            if start - ws > 4:
                continue  # more than proclitics before the name (وبال at most): the name ends another word (حسن, سن)
            prefix = text[ws:start]
            has_article = prefix in article_prefixes
            if not has_article and prefix not in plain_prefixes:
                continue
            if end - start < 3:
                continue  # a two-letter name (إب، قم) only as a whole word: وباب is not و + ب + إب
            if text[ws:end] in shadow:
                continue
        else:
            ws = start  # the name starts its word: no need to look for the word's start
            prefix = ""
            has_article = False
        if hashtags and "_" in text[max(0, ws - 1) : end + 1] and not _whole_hashtag(text, ws, end):
            continue
        entry = memo.get(key) or entries_of(key)
        if entry[0]:  # Latin-script key
            if prefix:
                continue
            cands = entry[1]
        else:
            cands = entry[2] if has_article else entry[1]
        if cands:
            keep(((start - end) * rank + start, start, end, ws, key, has_article, cands, entry[3], prefix))
    # longest first; a _Match is built only for the matches kept
    raw.sort()
    taken: list[_Match] = []
    occupied = bytearray(n)
    for _rank, start, end, ws, key, has_article, cands, common, prefix in raw:
        if occupied.find(1, start, end) >= 0:  # no slice copied for the test
            continue
        occupied[start:end] = b"\x01" * (end - start)
        span_start = start - 2 if has_article and prefix.endswith("ال") else start
        m = _Match(ws, start, end, key, has_article, cands, common, span_start, end)
        prev = m.prev = _prev_word(text, ws, scan)  # read by every later step, and the scan is at hand here
        if prev is not None:
            m.before = text[prev[0] : prev[1]]
        taken.append(m)
    taken.sort(key=_START)
    return taken


_TANWEEN = frozenset("\u064b\u064c\u064d")


def _tanween(article: Article, m: _Match) -> bool:
    """Whether the raw word carries nunation (fathatan, dammatan, kasratan), which the normalizer strips and the
    offset map attributes to the letter before it (the last or, before a final alef, the one but last)."""
    offsets = article.offsets
    if offsets is None:
        return False
    first = max(m.start, m.end - 2)
    return not _TANWEEN.isdisjoint(article.raw[offsets.starts[first] : offsets.ends[m.end - 1]])


def _possessive_of_a_word(article: Article, m: _Match, gaz: Gazetteer) -> bool:
    """Whether a small place whose name ends in ة (مصيرة, Masirah) is written with ه and spells a common noun with
    the pronoun 'his' (مصيره 'his fate'): the normalizer writes both ه, the raw text tells them apart."""
    offsets = article.offsets
    if offsets is None or not m.key.endswith("ه") or m.key[:-1] not in common_words():
        return False
    if article.raw[offsets.starts[m.end - 1] : offsets.ends[m.end - 1]] != "ه":
        return False
    return all(
        (p := gaz.place(c)).population < PREPOSITION_CUE_POPULATION and p.feature not in ("admin1", "country")
        for c in m.candidates
    )


@lru_cache(maxsize=50_000)
def _word_of_its_own(word: str, prefix_length: int) -> bool:
    """Whether a word read as proclitics + name is, with fewer proclitics taken off, a frequent word of its own: a
    common noun or adjective (وجيزه, فقيره: the feminine of وجيز, فقير) or a verb with a subject suffix (بدانا)."""
    lexicon = default_lexicon()
    for k in range(prefix_length):
        host = word[k:]
        if len(host) < 4:
            continue
        found = lexicon.forms.get(host)
        if found and not found[2] & PROPER and found[1] >= FREQUENT_WORD:
            return True
        if host.endswith("ه"):
            found = lexicon.forms.get(host[:-1])
            if found and not found[2] & PROPER and found[1] >= FREQUENT_WORD:
                return True
        if host.endswith(("نا", "وا")) and lexicon.forms.get(host[:-2], ("", 0, 0))[2] & VERB:
            return True
    return False


def _is_nisba(surface: str, gaz: Gazetteer) -> bool:
    """True when ``surface`` reads as the nisba adjective of a country, governorate or city (الهندية of الهند)."""
    memo = _NISBAS.of(gaz)
    known = memo.get(surface)
    if known is None:
        known = memo[surface] = _reads_as_nisba(surface, gaz)
    return known


def _reads_as_nisba(surface: str, gaz: Gazetteer) -> bool:
    for ending in ("يه", "ي"):
        if surface.endswith(ending) and len(surface) - len(ending) >= 3:
            base = surface[: -len(ending)]
            if any(p.feature in ("country", "admin1") or p.population >= 100_000 for p in gaz.lookup(base)):
                return True
    return False


def _surface(m: _Match) -> str:
    return ("ال" + m.key) if m.article else m.key


_FORMS: dict[int, tuple[dict, dict, frozenset, frozenset]] = {}
_PROCLITIC_FORMS = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك")


def _in_town(text: str, m: _Match) -> bool:
    """True when the match follows في after a part of a town within three words (حي النزهة في عمان), or is
    governed by a word for the parts of a town (شوارع عمان, وسط عمان, أحياء عمان)."""
    prev = _prev_word(text, m.word_start)
    if prev is None:
        return False
    if text[m.word_start : m.start] == "" and any(
        stem in _WITHIN_TOWN or stem in _TOWN_PARTS for stem in strip_proclitics(text[prev[0] : prev[1]])
    ):
        return True
    if text[prev[0] : prev[1]] != "في":
        return False
    w = prev[0]
    for _ in range(3):
        before = _prev_word(text, w)
        if before is None:
            return False
        if any(stem in _WITHIN_TOWN for stem in strip_proclitics(text[before[0] : before[1]])):
            return True
        w = before[0]
    return False


def _surface_forms(vocab: PlaceVocabulary) -> tuple[dict, dict, frozenset, frozenset]:
    """Every written form of the one-word heads and cues (with proclitics: وبريف, لمحافظة) -> (entry, stem), and
    the last words of the two-word heads (شمال غرب): one dict look-up per neighbour word instead of stripping."""
    forms = _FORMS.get(id(vocab))
    if forms is None:
        heads: dict[str, tuple[RegionWord, str]] = {}
        cues: dict[str, tuple[object, str]] = {}
        for table, source in ((heads, vocab.heads), (cues, vocab.cues)):
            for stem, entry in source.items():
                if " " in stem or (source is vocab.cues and entry.role == "element"):
                    continue
                for prefix in _PROCLITIC_FORMS:
                    word = prefix + stem
                    # the longest stem wins, as strip_proclitics tries the whole word first
                    if stem in strip_proclitics(word) and (word not in table or len(table[word][1]) < len(stem)):
                        table[word] = (entry, stem)
        seconds = frozenset(h.split(" ")[1] for h in vocab.heads if " " in h)
        clubs = frozenset(
            p + c for c in vocab.clubs for p in _PROCLITIC_FORMS if c in strip_proclitics(p + c)
        )
        forms = (heads, cues, seconds, clubs)
        _FORMS.clear()
        _FORMS[id(vocab)] = forms
    return forms


def _zone_tail(text: str, end: int, vocab: PlaceVocabulary) -> bool:
    """Whether the word after ``end`` makes the cue's name a zone named after a town (منطقة طرابلس العسكرية)."""
    if end >= len(text) or text[end] != " ":
        return False
    stop = text.find(" ", end + 1)
    return text[end + 1 : stop if stop != -1 else len(text)].rstrip(".،,") in vocab.zone_tails


def _attach_context(
    text: str, m: _Match, vocab: PlaceVocabulary, previous: _Match | None, forms: tuple | None = None
) -> None:
    """Find the cue, region head and direction adjectives around a match (``forms``: :func:`_surface_forms`)."""
    prev = m.prev  # find_matches found it
    quote = m.word_start - 1 if m.word_start > 1 and text[m.word_start - 1] == '"' else (
        m.word_start - 2 if m.word_start > 2 and text[m.word_start - 2 : m.word_start] == '" ' else None)
    if prev is None and quote is not None:
        # مقاطعة "بولواما", محافظة "حماة", محافظة " السويس ": a cue before a quoted name still announces it
        before = _prev_word(text, quote)
        if before is not None and text[before[0] : before[1]] in (forms or _surface_forms(vocab))[1]:
            prev = before
    quoted = prev is not None and prev is not m.prev
    if prev is not None:
        heads, cues, seconds, _clubs = forms or _surface_forms(vocab)
        w1 = text[prev[0] : prev[1]] if quoted else m.before
        if not quoted and w1 not in cues and w1 not in heads and _nisba_shaped(w1):
            # غرب العاصمة الليبية طرابلس، في العاصمة السودانية الخرطوم: a country's nisba between a town cue and the
            # name is the cue's adjective; the cue still announces the name
            before = _prev_word(text, prev[0])
            found = cues.get(text[before[0] : before[1]]) if before is not None else None
            if found is not None and found[0].role == "town" and not found[0].plural:
                prev, w1 = before, text[before[0] : before[1]]
        found_head = _head_before(text, prev, w1, vocab, heads, seconds)
        head = found_head[0] if found_head is not None else None
        if head is not None:
            m.region, m.span_start = found_head
        else:
            found = cues.get(w1)
            if found is not None and found[0].role != "town" and _zone_tail(text, m.end, vocab):
                found = None  # منطقة طرابلس العسكرية: a military region named after the town, no district of that name
            if found is not None:
                cue, stem = found
                m.cued = True
                m.cue_role = cue.role
                m.governs_list = cue.plural
                if cue.role != "town":
                    m.span_start = prev[0] + (len(w1) - len(stem))
                elif not cue.plural:
                    _town_region(text, m, vocab, prev, heads, seconds)
            elif (
                previous is not None
                and (previous.governs_list or previous.cue_role not in ("", "town"))
                and _coordinated(text, previous, m)
            ):
                if previous.region is not None and previous.governs_list:
                    # ريفي حماة وإدلب: the dual head makes both names region expressions
                    m.region = previous.region
                    m.governs_list = True
                elif previous.cue_role and (previous.cue_role != "town" or previous.governs_list):
                    # a list governed by a plural cue: محافظات حلب وإدلب وحماة, مدينتي حلب وحماة
                    m.cue_role = previous.cue_role
                    m.cued = m.cued or previous.governs_list
                    m.governs_list = previous.governs_list
        if head is not None and head.dual:
            m.governs_list = True
        if quoted:
            m.span_start = max(m.span_start, m.word_start)  # the mention is the quoted name, not the cue and quote
    if m.region is None and m.key.startswith("ريف "):
        m.region = vocab.heads.get("ريف")
    if m.region is not None:
        nxt = _next_word(text, m.end)
        if nxt is not None:
            w1 = text[nxt[0] : nxt[1]]
            nxt2 = _next_word(text, nxt[1])
            if nxt2 is not None:
                pair = w1 + " " + text[nxt2[0] : nxt2[1]]
                if pair in vocab.adjectives:
                    m.adjective = vocab.adjectives[pair]
                    m.span_end = nxt2[1]
            if m.adjective is None and w1 in vocab.adjectives:
                m.adjective = vocab.adjectives[w1]
                m.span_end = nxt[1]


def _nisba_shaped(word: str) -> bool:
    """A definite feminine nisba as normalized text writes it (الليبيه، السودانيه، السوريه)."""
    return len(word) > 5 and word.startswith("ال") and word.endswith("يه")


def _town_region(
    text: str, m: _Match, vocab: PlaceVocabulary, cue: tuple[int, int], heads: dict, seconds: frozenset[str]
) -> None:
    """A direction before a town cue (شرق مدينة حماة, جنوب غربي بلدة سراقب): a region expression around the town
    itself, which the cue keeps from being read as the governorate."""
    prev = _prev_word(text, cue[0])
    found = _head_before(text, prev, text[prev[0] : prev[1]], vocab, heads, seconds) if prev is not None else None
    if found is not None and (found[0].direction or found[0].kind == "near") and not found[0].dual:
        m.region, m.span_start = found


def _head_before(
    text: str, prev: tuple[int, int], w1: str, vocab: PlaceVocabulary, heads: dict, seconds: frozenset[str]
) -> tuple[RegionWord, int] | None:
    """The region head ending with the word ``w1`` at ``prev`` (one word, or two: شمال غرب, القرب من) and where it
    starts after its proclitics, or None."""
    prev2 = _prev_word(text, prev[0]) if w1 in seconds else None
    if prev2 is not None:
        w2 = text[prev2[0] : prev2[1]]
        for stem in strip_proclitics(w2):
            head = vocab.heads.get(stem + " " + w1)
            if head is not None:
                return head, prev2[0] + (len(w2) - len(stem))
    found = heads.get(w1)
    if found is not None:
        return found[0], prev[0] + (len(w1) - len(found[1]))
    return None


def _coordinated(text: str, previous: _Match, m: _Match) -> bool:
    """True when ``m`` follows ``previous`` in a list: only و (on ``m``'s word) or a comma between them."""
    if m.word_start - previous.span_end > 3:
        return False
    gap = text[previous.span_end : m.word_start].strip()
    return gap in ("", ",", "،") and (text[m.word_start] == "و" or gap in (",", "،"))


def _country_facts(gaz: Gazetteer, cc: str) -> tuple[str, int | None, str]:
    f = gaz.countries.get(cc)
    return (f.name, f.iso, cc) if f else (cc, None, cc)


class _GazetteerMemo(dict):
    """Results that depend on one gazetteer, memoized across articles: emptied when another gazetteer is asked about
    and when it holds more than ``limit`` entries, so that a long-running service's memory stays bounded."""

    def __init__(self, limit: int = 100_000) -> None:
        super().__init__()
        self.limit = limit
        self.owner: Gazetteer | None = None

    def of(self, gaz: Gazetteer) -> _GazetteerMemo:
        """This memo, emptied first if it holds another gazetteer's results or has grown past its limit."""
        if self.owner is not gaz or len(self) > self.limit:
            self.clear()
            self.owner = gaz
        return self


_RESOLUTIONS = _GazetteerMemo()
#: whether a surface reads as a nisba (see _is_nisba)
_NISBAS = _GazetteerMemo()


def _region_feature(p: Place, direction: str | None) -> str:
    """The feature of a region expression's resolution: a part of a country (جنوب لبنان, شمال سوريا) is a
    ``region`` (ACLED codes 'south Lebanon' at precision 3 as a region, not as the country), anything else keeps its
    own feature."""
    return "region" if direction and p.feature == "country" else p.feature


def _resolution(
    gaz: Gazetteer,
    p: Place,
    precision: int,
    direction: str | None,
    ncand: int,
    name_ar: str = "",
    feature: str = "",
) -> PlaceResolution:
    # resolutions are frozen: one instance serves every mention of the same place read the same way
    memo = _RESOLUTIONS.of(gaz)
    key = (p.id, p.country_code, precision, direction, ncand, name_ar, feature)
    res = memo.get(key)
    if res is None:
        res = memo[key] = _new_resolution(gaz, p, precision, direction, ncand, name_ar, feature)
    return res


def _new_resolution(
    gaz: Gazetteer, p: Place, precision: int, direction: str | None, ncand: int, name_ar: str, feature: str = ""
) -> PlaceResolution:
    country, iso, cc = _country_facts(gaz, p.country_code)
    if p.id.startswith("geonames:"):
        gid = int(p.id.split(":", 1)[1])
    else:
        gid = p.geonames_id
    return PlaceResolution(
        gazetteer_id=p.id,
        name=p.name,
        latitude=p.latitude,
        longitude=p.longitude,
        country=country,
        iso=iso,
        country_code=cc,
        admin1=p.admin1 or None,
        admin2=p.admin2 or None,
        admin3=p.admin3 or None,
        feature=feature or p.feature,
        geo_precision=precision,
        direction=direction or None,
        geonames_id=gid,
        pcode=p.pcode,
        name_ar=name_ar or p.name_ar or None,
        population=p.population,
        candidates=ncand,
    )


_PRIORS = _GazetteerMemo()


class _Scorer:
    def __init__(self, gaz: Gazetteer, regions: dict[str, str]) -> None:
        self.gaz = gaz
        self.regions = regions
        self.article_country = ""
        #: sentence index -> (country, admin1) -> how many unambiguous mentions name it; plain dicts, since pass 1
        #: fills them for nearly every match and a Counter's missing-key hook is a Python call each time
        self.sentence_admin: dict[int, dict[tuple[str, str], int]] = {}
        self.article_admin: dict[tuple[str, str], int] = {}
        self.anchors: dict[str, tuple[Place, int]] = {}
        #: the anchors' (id, latitude, longitude), read for every candidate's distance (see :meth:`set_anchors`)
        self._anchor_points: list[tuple[str, float, float]] = []
        self._nearest: dict[tuple[str, str], float] = {}
        #: ISO2 -> sentences where the country's nisba adjective (الأردني، السورية) occurs
        self.nisba: dict[str, set[int]] = {}
        #: sentence index -> countries a part of which it names (بلدة «ليري» بوسط مالي)
        self.sentence_countries: dict[int, set[str]] = {}

    def prior(self, p: Place) -> tuple[float, bool]:
        """What a candidate scores whatever the article says (population and feature), and whether its country is
        in the genre's home regions; memoized by place and country (a shared water takes the article's country),
        since the same candidates recur in every article."""
        memo = _PRIORS.of(self.gaz)
        key = (p.id, p.country_code)
        prior = memo.get(key)
        if prior is None:
            s = 0.5 * math.log10(p.population + 1)
            if p.feature == "populated_place":
                s += 1.0
            elif p.feature in ("country", "continent"):
                s += 6.0
            elif p.feature in ("admin2", "admin3"):
                s -= 0.5  # a district is named less often than a first-level unit sharing its name (قطاع غزة)
            elif p.feature in ("region", "world_region", "sea"):
                s += 4.0  # دارفور, الجولان: a named region outranks the village that shares its name
            elif p.feature == "neighbourhood":
                s -= 1.0
            prior = memo[key] = (s, self.regions.get(p.country_code, "") in HOME_REGIONS)
        return prior

    def set_anchors(self, anchors: dict[str, tuple[Place, int]]) -> None:
        """The towns and units chosen by the last resolution pass, which the next one measures candidates against."""
        self.anchors = anchors
        self._anchor_points = [(aid, a.latitude, a.longitude) for aid, (a, _count) in anchors.items()]
        self._nearest.clear()

    def choose(self, m: _Match) -> Place:
        """The candidate of ``m`` that scores highest, the first of equals (as ``max`` picks it).

        What the score reads from the match and the article (its sentence's admin units, the anchor it may have
        chosen alone) is looked up once per match here rather than once per candidate.
        """
        places = m.places
        if len(places) == 1:
            return places[0]
        priors = _PRIORS.of(self.gaz)
        article_country, nisba, anchors, nearest = self.article_country, self.nisba, self.anchors, self._nearest
        in_sentence = self.sentence_admin.get(m.sentence, _NO_COUNTS)
        in_countries = self.sentence_countries.get(m.sentence, ())
        article_admin = self.article_admin
        # an anchor chosen by this match alone says nothing about it
        alone = m.chosen.id if m.chosen is not None and anchors.get(m.chosen.id, (None, 0))[1] == 1 else ""
        # وسط حمص is the city's centre, not the province's
        admin_region = m.region is not None and m.region.kind in ("head", "dual") and not m.cued and m.region.text != _AMID
        best = None
        best_score = 0.0
        for p in places:
            prior = priors.get((p.id, p.country_code))
            s, home = prior if prior is not None else self.prior(p)
            # the bonuses are added in this order, as ever: a float sum in another order may break a tie differently
            if p.country_code == article_country:
                s += 2.0
            if p.country_code in in_countries:
                s += 2.0
            if home and not m.shared_province:
                s += 1.0
            elif m.shared_province and " " not in normalize(p.name_ar):
                # with no other evidence, the province whose whole name the word is (Pakistan's بلوجستان/بلوشستان)
                # before one whose compound name it only shortens (Iran's سيستان وبلوشستان)
                s += 0.5
            if m.in_town and p.feature == "populated_place":
                s += 3.0
            if nisba and p.feature != "country":
                by_sentence = nisba.get(p.country_code)
                if by_sentence:
                    s += 3.0 if m.sentence in by_sentence else 1.5
            if p.admin1:
                key = (p.country_code, p.admin1)
                # a mention is no evidence for itself: الجزائر (Algeria, and Algiers in Alger province) would
                # otherwise always find its own city's province named
                own = 1 if m.admin_key == key else 0
                if in_sentence.get(key, 0) > own:
                    s += 4.0
                elif article_admin.get(key, 0) > own:
                    s += 2.0
            # the distance bonus is 2 at most: a candidate that cannot pass the best one even with it (a village
            # against a country's prior) is not measured, which leaves the choice as it was
            if p.latitude is not None and anchors and (best is None or s + 2.0 > best_score):
                d = nearest.get((p.id, alone))
                if d is None:
                    # an equirectangular distance: within 1 % of the great circle at the 60-200 km this scores, and
                    # computed for every candidate against every anchor (a plain loop: a generator into min() cost
                    # a third more)
                    lat, lon = p.latitude, p.longitude
                    kx = math.cos(math.radians(lat)) ** 2
                    d2 = None
                    for aid, alat, alon in self._anchor_points:
                        if aid != alone:
                            e = (lat - alat) ** 2 + kx * (lon - alon) ** 2
                            if d2 is None or e < d2:
                                d2 = e
                    d = 111.195 * math.sqrt(1e6 if d2 is None else d2)
                    nearest[(p.id, alone)] = d
                if d < 60:
                    s += 2.0
                elif d < 200:
                    s += 1.0
            if m.nisba_after and p.country_code == m.nisba_after:
                s += 10.0
            if admin_region and p.feature == "admin1":
                # ريف القنيطرة, شرقي صلاح الدين: a countryside or a side is that of a province; among namesakes the
                # province (Syria's Quneitra, Iraq's Salah ad Din) before a bigger town of another country (Kenitra)
                # or a town of the same name (Salahaddin near Erbil; GeoNames gives most provinces no population)
                s += 4.0
            if best is None or s > best_score:
                best, best_score = p, s
        return best


#: words for parts of a town (quarter, street, square, market): "X في Y" after them names Y as a town
_WITHIN_TOWN = frozenset({"حي", "احياء", "شارع", "حاره", "ساحه", "سوق"})
#: words for a town's parts that govern the town's name directly (شوارع عمان), never a country's
_TOWN_PARTS = frozenset({"شوارع", "وسط", "ضواحي", "امانه", "بلديه", "احياء", "طرقات", "ازقه", "اسواق", "حارات"})
_COMPOUND_HASHTAG = re.compile(r"#(\w+_\w+)")


def _hashtag_countries(text: str, gaz: Gazetteer) -> Counter:
    """Countries named inside compound hashtags (#سيول_الأردن, #أمطار_الكويت), once per hashtag: not place
    mentions (the hashtag names floods, not Jordan), but they tell a tweet's country as a dateline would."""
    found: Counter = Counter()
    for tag in _COMPOUND_HASHTAG.finditer(text):
        codes = {
            p.country_code for part in tag.group(1).split("_") for stem in strip_proclitics(part)
            for p in gaz.lookup(stem) if p.feature == "country"
        }  # fmt: skip
        if len(codes) == 1:
            found[codes.pop()] += 1
    return found


#: a nisba word (الأردني, والسورية), written from its article on: the regex engine then jumps from one ال to the next
#: instead of trying a match at every character, and the look-behinds put at most one proclitic before the article,
#: at the start of a word, as (?<![\w])[وفبلك]?ال did
_NISBA_WORD = re.compile(r"ال(?:(?<=(?<![\w])[وفبلك]ال)|(?<=(?<![\w])ال))([\u0621-\u064a]{3,})(?:يه|يون|يين|ي)(?![\w])")
_NISBA_FORMS: dict[int, dict[str, str]] = {}


#: the words for a kind of state that open a country's formal name (سلطنة عمان، دولة الكويت): its nisba is the rest's
_STATE_WORDS = function_words("state_words")


def _nisba_forms(gaz: Gazetteer) -> dict[str, str]:
    """Stem of a country's nisba (الاردن -> اردن, سوريا -> سور) -> ISO2, for country names of one word."""
    forms = _NISBA_FORMS.get(id(gaz))
    if forms is None:
        forms = {}
        for cc, idx in gaz.country_places.items():
            p = gaz.place(idx)
            name = p.name_ar
            first, _, rest = name.partition(" ")
            if rest and " " not in rest and first in _STATE_WORDS:
                name = rest  # سلطنة عمان -> عمان, whose nisba is العماني
            for key in {name, *(k for k in (name[2:],) if name.startswith("ال"))}:
                if key and " " not in key:
                    forms.setdefault(key, cc)
                    if key.endswith(("ا", "ه")):
                        forms.setdefault(key[:-1], cc)  # سوريا -> السوري, تركيا -> التركي
                    if key.endswith("يا") and len(key) >= 5:
                        # _NISBA_WORD reads the ي of السوري، التركية as the ending, leaving سور، ترك
                        forms.setdefault(key[:-2], cc)
        # and the adjectives not derived from the country's Arabic name (البوركينابي، الأمريكي)
        for row in load_table("nationality_adjectives.tsv").rows:
            for form in row["forms"].split("|"):
                form = normalize(form)
                stem = next((form[: -len(e)] for e in ("يين", "يون", "يه", "ي") if form.endswith(e)), "")
                if len(stem) >= 3 and " " not in stem:
                    forms.setdefault(stem, row["iso2"])
        _NISBA_FORMS.clear()
        _NISBA_FORMS[id(gaz)] = forms
    return forms


_NISBA_STEMS: dict[int, dict[str, list[str]]] = {}


def _nisbas_present(text: str, gaz: Gazetteer, codes: set[str]) -> set[str]:
    """Those of ``codes`` whose nisba (ال + stem + ي, يه, يون, يين) the text holds: a substring test per stem, since
    only a few countries are asked about and a full scan (:func:`_nisba_countries`) would cost more."""
    if not codes:
        return set()
    stems = _NISBA_STEMS.get(id(gaz))
    if stems is None:
        stems = {}
        for stem, cc in _nisba_forms(gaz).items():
            stems.setdefault(cc, []).append(stem)
        _NISBA_STEMS.clear()
        _NISBA_STEMS[id(gaz)] = stems
    return {cc for cc in codes if any(("ال" + stem + "ي") in text for stem in stems.get(cc, ()))}


_NISBA_AFTER = re.compile(r" ال([\u0621-\u064a]{3,}?)(?:يه|يون|يين|ي)(?![\w])")


def _nisba_after(text: str, end: int, gaz: Gazetteer) -> str:
    """The country whose nisba is the word right after ``end`` (طرابلس الليبيه -> LY), else ""."""
    w = _NISBA_AFTER.match(text, end)
    return _nisba_forms(gaz).get(w.group(1), "") if w else ""


def _unit_country_after(
    text: str, end: int, vocab: PlaceVocabulary, starts: dict[int, _Match], gaz: Gazetteer
) -> str:
    """The country of the administrative unit a name is joined to right after ``end`` (X بعمالة Y, X بمحافظة Y, X في
    ولاية Y, X قضاء Y) when all the unit's readings lie in one country, else "". A unit named with its cue is the
    unit the place lies in; a bare place after ب or في may be where an event happened, so it does not count."""
    after = _next_word(text, end)
    if after is None:
        return ""
    word = text[after[0] : after[1]]
    if word in ("في", "فى"):
        after = _next_word(text, after[1])
        if after is None:
            return ""
    elif word.startswith("ب") and vocab.cues.get(word) is None:
        after = (after[0] + 1, after[1])
    cue, host = _cued_place_at(text, after, vocab, starts)
    if cue is None or host is None or not cue.role.startswith("admin"):
        return ""
    countries = {gaz.place(i).country_code for i in host.candidates}
    return next(iter(countries)) if len(countries) == 1 else ""


def _cued_place_at(
    text: str, span: tuple[int, int], vocab: PlaceVocabulary, starts: dict[int, _Match]
) -> tuple[Cue | None, _Match | None]:
    """The cue of one unit (not a plural's) written at ``span`` and the place it names there: the mention that holds
    the cue (عمالة إنزكان أيت ملول) or the one that starts right after it (حي التفاح); (None, None) without a cue."""
    cue = vocab.cues.get(text[span[0] : span[1]])
    if cue is None or cue.plural:
        return None, None
    name = _next_word(text, span[1])
    return cue, starts.get(span[0]) or (starts.get(name[0]) if name is not None else None)


def _nisba_countries(text: str, gaz: Gazetteer, article: Article, sentence_starts: list[int]) -> dict[str, set[int]]:
    forms = _nisba_forms(gaz)
    out: dict[str, set[int]] = {}
    for w in _NISBA_WORD.finditer(text):
        cc = forms.get(w.group(1))
        if cc is not None:
            start = w.start()
            if start and text[start - 1] in "وفبلك":
                start -= 1  # the word starts at its proclitic
            out.setdefault(cc, set()).add(_sentence_index(article, sentence_starts, start))
    return out


_BARE = _GazetteerMemo()


def _bare_candidates(gaz: Gazetteer, m: _Match) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The candidates of a match named without a cue, neighbourhoods left out, and those of them that are not
    mostly a common word; memoized by candidates and flags, since the same names recur in every article."""
    memo = _BARE.of(gaz)
    key = (m.candidates, m.common)  # as recognize reads it
    bare = memo.get(key)
    if bare is None:
        named = tuple(i for i in m.candidates if gaz.place(i).feature != "neighbourhood")
        bare = memo[key] = (named, tuple(i for i in named if i not in m.common))
    return bare


_FACTS = _GazetteerMemo()


def _candidate_facts(gaz: Gazetteer, m: _Match) -> tuple:
    """The filtered candidates of a match and what pass 1 reads from them (the admin1 unit and the country, when
    they are all in one, neighbourhoods only, country homograph, any neighbourhood, the count of distinct readings,
    provinces of more than one country), memoized: the same name with the same cue recurs across articles."""
    memo = _FACTS.of(gaz)
    key = (m.candidates, m.cue_role, m.region.kind if m.region is not None else "", m.cued)  # as recognize reads it
    facts = memo.get(key)
    if facts is None:
        places = tuple(_filter_candidates(gaz, m))
        ccs = {p.country_code for p in places}
        admin_keys = {(p.country_code, p.admin1) for p in places if p.admin1}
        facts = memo[key] = (
            places,
            next(iter(admin_keys)) if len(admin_keys) == 1 else None,
            next(iter(ccs)) if len(ccs) == 1 else None,
            all(p.feature == "neighbourhood" for p in places),
            len(ccs) > 1 and any(p.feature == "country" for p in places),
            any(p.feature == "neighbourhood" for p in places),
            _readings(places),
            # (recognize drops only neighbourhoods from these places, so this holds for what it keeps)
            len({p.country_code for p in places if p.feature == "admin1"}) > 1,
        )
    return facts


def _city_named(article_admin: dict[tuple[str, str], int], m: _Match, hood: Place) -> bool:
    """Whether the article names the governorate of neighbourhood ``hood`` (by a mention other than ``m``), or
    names no governorate of its country at all."""
    def named(key: tuple[str, str]) -> int:
        return article_admin.get(key, 0) - (1 if m.admin_key == key else 0)

    if named((hood.country_code, hood.admin1)) > 0:
        return True
    return not any(named(key) > 0 for key in article_admin if key[0] == hood.country_code)


def _readings(places: Sequence[Place]) -> int:
    """How many distinct readings the candidates give (admin1 unit, or country), a mention's ``candidates``."""
    return len({(p.country_code, p.admin1, p.feature == "country") for p in places})


#: how near a town must stand to a province's GeoNames point to be taken for its seat, in km
_SEAT_KM = 3.0


#: how alike (difflib's ratio) a seat's name and its province's other spelling must be (Timbuktu, Tombouctou: 0.67)
_SEAT_SPELLING = 0.6


def _stands_on(town: Place, province: Place) -> bool:
    """Whether the town is its first-level unit's seat under another spelling: it stands where GeoNames puts the
    unit's point (which GeoNames sets on the seat), and the two names are spelt alike. A capital whose province bears
    another name (Juba, Central Equatoria) is no such seat: إقليم جوبا السفلى is Somalia's Lower Juba."""
    return distance_km(town.latitude, town.longitude, province.latitude, province.longitude) <= _SEAT_KM and \
        SequenceMatcher(None, town.name.lower(), province.name.lower()).ratio() >= _SEAT_SPELLING


def _filter_candidates(gaz: Gazetteer, m: _Match) -> list[Place]:
    places = [gaz.place(i) for i in m.candidates]
    if m.cue_role in ("admin1", "admin2", "admin3"):
        # the level a cue names differs by country (منطقة is a Syrian district but a Saudi region, محافظة a Syrian
        # governorate but a Saudi or Jordanian district): the cue's own level first, then any admin unit
        # a named region is first-level too (إقليم كردستان is Iraq's Kurdistan Region before Iran's Kordestan)
        admins = [p for p in places if p.feature == m.cue_role or (m.cue_role == "admin1" and p.feature == "region")]
        admins = admins or [p for p in places if p.feature in _ADMIN_LEVELS]
        if admins:
            return admins
        if m.cue_role in ("admin1", "admin2"):
            # ولاية موبتي, منطقة تيلابيري: a province the gazetteer knows by no Arabic name of its own is read through the town it is
            # named after, which GeoNames places in it
            # (only by the town's own name: منطقة عين زارة is a quarter of Tripoli, which names Tripoli's province
            # 'شعبية طرابلس' by another)
            # (or the town the province's point stands on, its seat under another spelling: تمبكتو, Timbuktu, is the
            # seat of the Tombouctou region, whose GeoNames point is the town's)
            provinces = {
                k: gaz.place(k)
                for p in places
                if p.feature == "populated_place"
                and (k := gaz.admin1.get((p.country_code, p.admin1))) is not None
                and (seat_key(p.name) == seat_key(p.admin1) or _stands_on(p, gaz.place(k)))
                and (not gaz.place(k).name_ar or m.key in gaz.place(k).name_ar)
            }
            if provinces:
                return list(provinces.values())
    if m.region is not None and m.region.kind == "near":
        towns = [p for p in places if p.feature == "populated_place"]
        return towns or places  # قرب حماة is near the city, not near its governorate
    if m.region is not None and not m.cued:
        return places  # شرق مدينة حماة goes on to the town cue's filter: the direction is around a town
    # a bare name shared by a town and the district or sub-district it gives its name to means the town
    towns = {(p.country_code, p.admin1) for p in places if p.feature == "populated_place"}
    places = [p for p in places if p.feature not in ("admin2", "admin3") or (p.country_code, p.admin1) not in towns]
    if m.cued and m.cue_role == "town":
        towns = [p for p in places if p.feature in ("populated_place", "neighbourhood")]
        if towns:
            return towns
    return places


_ADMIN_LEVELS = frozenset({"admin1", "admin2", "admin3"})
#: (normalized like the text they are compared with: على and إلى are written علي and الي there)
_PLACE_PREPOSITIONS = frozenset(map(normalize, ("في", "من", "إلى", "على", "وفي", "ومن", "وإلى", "وعلى")))


def _stands_alone(text: str, m: _Match, vocab: PlaceVocabulary, gaz: Gazetteer) -> bool:
    """False when the name is part of another name or a modifier, not a place mention of its own.

    - after an organisation head, with no proclitic of its own: جامعة دمشق, صحيفة القدس, مجلس محلي البيرة; بلدية X
      is the council unless a preposition puts something in it (في بلدية الأبيار, ببلدية);
    - before a newspaper's or club's word: نيويورك تايمز, مانشستر يونايتد;
    - a town before a masculine country nisba: برشلونة الإسباني is the club (a town is feminine);
    - a name with ال right after a definite noun agrees with it as an adjective: الوسائل السلمية (peaceful),
      المصالح السعودية (Saudi), unless that word is a particle (الى, التي) or a title in apposition (العاصمة).
    """
    prefix = text[m.word_start : m.start]
    prev = m.prev
    bare = prefix in ("", "ال")
    if prev is None and bare and m.word_start > 1:
        # راديو "فرنسا الدولي": an organisation head before the quoted name governs it too
        k = m.word_start - 1
        while k > 0 and text[k] == " ":
            k -= 1
        head = _prev_word(text, k) if text[k] == '"' else None
        if head is not None and text[head[0] : head[1]] in _context_forms(vocab)[0] \
                and _in_organisation(text, head, vocab):
            return False
    if prev is not None and bare:
        org_words, person_words, _sports = _context_forms(vocab)
        w1 = m.before
        if w1 in org_words and _in_organisation(text, prev, vocab):
            return False
        cue = vocab.cues.get(w1)
        # only a bare cue continues the construct (بلدية مدينة البيرة); لمدينة opens a phrase of its own
        if cue is not None and cue.role == "town":
            head = _prev_word(text, prev[0])  # بلدية مدينة البيرة: the head stands before the cue
            if head is not None and text[head[0] : head[1]] in org_words and _in_organisation(text, head, vocab):
                return False
        if not m.cued and w1 in person_words:
            return False  # شاكر سمارة, محمد حسين تنيرة: a family name after a given name
    if (
        not m.cued
        and text[m.word_start : m.start] in ("", "و")
        and not m.article
        and m.key in _person_names()
        and m.before not in _GOVERNING_PREPOSITIONS
    ):
        return False  # كولن باول, رياض: a given name that is also a town's, and no preposition makes it a place
    if not m.cued and prefix == "و" and "و" + m.key in _person_names() and m.before not in _GOVERNING_PREPOSITIONS \
            and not (m.before and _names_a_place(m.before, gaz)):
        return False  # اللواء ونيس بوخمادة: a given name that starts with و (Wanis), not "and Nice" (باريس ونيس is)
    if _named_after(text, m, vocab, gaz) is not None:
        return False
    if prefix == "" and prev is not None and not m.cued and _indefinite_agreement(text, m, prev, vocab, gaz):
        return False  # مظاهرة سلمية 'a peaceful demonstration', not Salamiyah
    if prefix == "" and not m.cued and _chanted(text, m):
        # مرددين "سلمية سلمية": a chant repeats an adjective; النائب قبلان قبلان: a person may bear his given name as
        # his family's; no town is named twice in a row
        return False
    if prefix == "ال" and prev is not None and not m.cued:
        w1 = m.before
        stems = strip_proclitics(w1)
        definite = (
            w1.startswith(("لل", "ولل", "فلل"))
            or any(st.startswith("ال") and len(st) > 3 for st in stems)
            or _possessed_noun(w1)
        )
        if (
            definite
            and _adjective_shaped(m, gaz)
            and not any(st in vocab.particles or st in vocab.cues or st in vocab.heads for st in stems)
            and (not any(_names_a_place(st, gaz) for st in stems) or _agrees_past_a_place(text, m, vocab))
        ):
            return False
    return True


def _agrees_past_a_place(text: str, m: _Match, vocab: PlaceVocabulary) -> bool:
    """Whether a nisba-shaped name with ال (السلمية) follows a place that is itself the genitive of an indefinite
    noun (انتفاضة السويداء السلمية 'the peaceful uprising of Sweida'): the name agrees with that noun, the head of
    the construct, as its adjective."""
    if not m.key.endswith("يه"):
        return False
    place = _prev_word(text, m.word_start)
    head = _prev_word(text, place[0]) if place is not None else None
    if head is None:
        return False
    word = text[head[0] : head[1]]
    return word.endswith(("ه", "ات")) and not word.startswith(("ال", "وال", "بال", "لل")) \
        and word not in vocab.particles and word not in vocab.cues and word not in vocab.heads


def _command_named_after(text: str, m: _Match, word_before: str, vocab: PlaceVocabulary) -> bool:
    """Whether the name stands between a command head and its adjective (محور تعز العسكري، لمحور عتق العسكري):
    a military command named after its town, as Yemen's army names its axes, not the town."""
    if not any(w in vocab.command_heads for w in strip_proclitics(word_before)):
        return False
    nxt = _next_word(text, m.end)
    return nxt is not None and text[nxt[0] : nxt[1]] in vocab.command_tails


def _named_after(text: str, m: _Match, vocab: PlaceVocabulary, gaz: Gazetteer) -> tuple[int, int] | None:
    """The span of the newspaper or club a town's name names, read from the word after it, or None: a name before
    a newspaper's or club's word (نيويورك تايمز, مانشستر يونايتد) or a town before a masculine country nisba
    (برشلونة الإسباني, ليفربول الإنجليزي: a town is feminine, so this is the club; the nisba stays outside)."""
    nxt = _next_word(text, m.end)
    if nxt is None:
        return None
    w = text[nxt[0] : nxt[1]]
    if w in vocab.organisation_tails:
        return m.start, nxt[1]
    if (
        w.startswith("ال")
        and w.endswith("ي")
        and not m.cued
        and (w in vocab.nisbas or _country_nisba(w[2:-1], gaz))
        and m.candidates
        and all(gaz.place(i).feature == "populated_place" for i in m.candidates)
    ):
        return m.start, m.end
    return None


def team_names(article: Article, gaz: Gazetteer | None = None, vocab: PlaceVocabulary | None = None) -> list[tuple[int, int]]:
    """Normalized spans of the clubs, national teams and newspapers that the places stage reads in town names and
    leaves out as places: after a club word (ريال مدريد, منتخب مصر, دينامو كييف), before a club's or newspaper's
    word (مانشستر يونايتد, نيويورك تايمز), before a country nisba (برشلونة الإسباني), and after a word that
    makes a team of a town in a sentence about sport (فاز ليون على ...). Organisations for the actors stage."""
    gaz = gaz or load_gazetteer()
    vocab = vocab or load_vocabulary()
    text = article.normalized
    sentence_starts = [s.start for s in article.sentences]
    forms = _surface_forms(vocab)
    club_words = forms[3]
    sports: set[int] | None = None
    out: list[tuple[int, int]] = []
    previous = None
    for m in find_matches(text, gaz):
        _attach_context(text, m, vocab, previous, forms)
        previous = m
        if m.cued or m.region is not None or text[m.word_start : m.start] not in ("", "ال", "و", "وال", "ل", "لل"):
            continue
        before = m.prev
        if before is not None and text[before[0] : before[1]] in club_words:
            word = text[before[0] : before[1]]
            stem = next((st for st in strip_proclitics(word) if st in vocab.clubs), word)
            after = _named_after(text, m, vocab, gaz)
            # ريال مدريد is the club's name; فريق برشلونة is the team برشلونة
            start = m.word_start if stem in vocab.team_nouns else before[1] - len(stem)
            out.append((start, after[1] if after else m.end))
            continue
        after = _named_after(text, m, vocab, gaz)
        if after is not None:
            out.append(after)
            continue
        if before is not None and _plays(text, m, vocab, gaz):
            if sports is None:
                sports = _sports_sentences(article, vocab, sentence_starts)
            if sentence_starts and _sentence_index(article, sentence_starts, m.start) in sports:
                out.append((m.start, m.end))
    for span in _clubs_in_sport(article, gaz, vocab, sentence_starts, sports):
        if not any(a < span[1] and span[0] < b for a, b in out):
            out.append(span)
    return sorted(out)


@lru_cache(maxsize=1)
def _club_names() -> frozenset[str]:
    """Normalized names of the clubs of ``sports_clubs.tsv`` (الاهلي, السد, الوكره)."""
    return frozenset(normalize(r["name"]) for r in load_table("sports_clubs.tsv").rows)


@lru_cache(maxsize=1)
def _club_pattern() -> re.Pattern[str]:
    names = sorted(_club_names(), key=len, reverse=True)
    whole = "|".join(re.escape(n) for n in names)
    # ل before the article writes لل (للاهلي): the name's ال is then one ل
    bare = "|".join(re.escape(n[2:]) for n in names if n.startswith("ال"))
    return re.compile(rf"(?<![^\W_])(?:[وف]?[بك]?(?P<whole>{whole})|[وف]?ل(?P<bare>ل(?:{bare})))(?![^\W_])")


def _clubs_in_sport(article: Article, gaz: Gazetteer, vocab: PlaceVocabulary, sentence_starts: list[int],
                    sports: set[int] | None) -> list[tuple[int, int]]:
    """The clubs of ``sports_clubs.tsv`` named in a sentence about sport (فاز الغرافة على الخور، تعادل السد والريان),
    unless an adjective makes the word part of a longer name (الاتحاد الآسيوي) or the word is itself an adjective
    of the definite noun before it (المنتخب العربي). A country nisba after the club stays outside (الاهلي المصري).
    ``sports``: the sentences about sport when already found, else found here at the first club named, since most
    articles name none."""
    text = article.normalized
    clubs = _club_names()
    out = []
    for hit in _club_pattern().finditer(text):
        if sports is None:
            sports = _sports_sentences(article, vocab, sentence_starts)
        if _sentence_index(article, sentence_starts, hit.start()) not in sports:
            continue
        start, end = hit.span("whole") if hit.group("whole") else hit.span("bare")
        nxt = _next_word(text, end)
        if nxt is not None:
            w = text[nxt[0] : nxt[1]]
            if w.startswith("ال") and w.endswith(("ي", "يه")) and len(w) > 4 and w not in vocab.particles and not (
                    w in vocab.nisbas or _country_nisba(w[2:-2] if w.endswith("يه") else w[2:-1], gaz)):
                continue
        # only a club with no proclitic can be an adjective (المنتخب العربي; الجهاز الفني للأهلي is the club's)
        prev = _prev_word(text, hit.start()) if start == hit.start() else None
        if prev is not None:
            w = text[prev[0] : prev[1]]
            stems = strip_proclitics(w)
            if any(st.startswith("ال") for st in stems) and not any(st in clubs for st in stems):
                continue
        out.append((start, end))
    return out


def _feminine_adjective_shaped(m: _Match, gaz: Gazetteer) -> bool:
    """True when a bare name reads as an indefinite feminine nisba adjective whose masculine is a common word (سلمية
    of سلمي, احتجاجية of احتجاجي). A name that is only a name (قونية: no قوني) is not, nor a country or province
    (سورية in SANA's spelling). The feminine of other common words (حديثة 'modern' and Haditha, جدة) is left alone:
    most are nouns (رملة, مدينة), so a construct (قمة جدة) is likelier than an adjective."""
    if " " in m.key or m.article or not m.key.endswith("يه") or len(m.key) < 5:
        return False
    if any(gaz.place(i).feature in ("country", "admin1") for i in m.candidates):
        return False
    return m.key[:-1] in common_words()


def _indefinite_agreement(
    text: str, m: _Match, prev: tuple[int, int], vocab: PlaceVocabulary, gaz: Gazetteer
) -> bool:
    """True when a bare name shaped like a feminine adjective follows an indefinite feminine noun it agrees with
    (مظاهرة سلمية, وقفة احتجاجية, احتجاجات سلمية): an adjective, since no preposition or cue governs it. The noun may
    carry و, ف, ب, ل or ك but not the article (المظاهرة سلمية is a sentence, rarer than a name) and is no cue,
    head, particle or place (مدينة سلمية, في سلمية, قرب سلمية stay places)."""
    if not _feminine_adjective_shaped(m, gaz):
        return False
    w1 = text[prev[0] : prev[1]]
    stems = strip_proclitics(w1)
    if any(st in vocab.copulas for st in stems):
        return True  # الاحتجاجات التي كانت سلمية: the predicate of a verb of being
    if not stems or any(st.startswith("ال") for st in stems):
        return False
    # a feminine singular, a sound feminine plural (احتجاجات سلمية) or a broken plural of the أفعال pattern (أجواء
    # سلمية، أعمال احتجاجية): a plural of things takes a feminine adjective
    if not any((st.endswith("ه") and len(st) >= 3) or (st.endswith("ات") and len(st) >= 5)
               or (len(st) == 5 and st[0] in "اأ" and st[3] == "ا") for st in stems):
        return False
    words = set(stems) | {w1}
    if any(st in vocab.particles or st in vocab.cues or st in vocab.heads for st in words):
        return False
    if w1 in _GOVERNING_PREPOSITIONS:
        return False
    return not any(_names_a_place(st, gaz) for st in words)


def _chanted(text: str, m: _Match) -> bool:
    """True when the bare word is said twice in a row (سلمية سلمية، قبلان قبلان), as chants and names repeat it."""
    word = text[m.word_start : m.end]
    after = text[m.end : m.end + len(word) + 3].lstrip(" \"“”«»'،,")
    return m.before == word or after.startswith(word)


_POSSESSIVES = ("هما", "هم", "هن", "ها", "ه")


#: a word this frequent in arramooz's table (حكومة 2,039,399, قائم 271,313) is never a village on its country's
#: context alone; rarer ones (طريف 11,059, مليح 2,454: towns of Saudi Arabia and Jordan) still are
VERY_FREQUENT_WORD = 100_000


def _frequent_word(word: str) -> bool:
    """A very frequent common word, also with the article or a proclitic (الحكومة، والحكومة، للحكومة)."""
    frequent = frequent_common_words(VERY_FREQUENT_WORD)
    for _, stem in stem_candidates(word):
        if stem in frequent or (stem.startswith("ال") and len(stem) > 4 and stem[2:] in frequent):
            return True
    return False


@lru_cache(maxsize=50_000)
def _possessed_noun(word: str) -> bool:
    """Whether a word is a noun with a possessive pronoun (اجهزتها 'its devices', زوجته), definite as ال makes it."""
    lexicon = default_lexicon()
    for suffix in _POSSESSIVES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[: -len(suffix)]
            for form in (base, base[:-1] + "ه" if base.endswith("ت") else ""):
                found = lexicon.forms.get(form) if form else None
                if found and found[2] & NOUN and not found[2] & (VERB | PROPER):
                    return True
    return False


def _adjective_shaped(m: _Match, gaz: Gazetteer) -> bool:
    """True when a name with ال could be an adjective agreeing with the definite word before it: a nisba
    (السعودية, السلمية), the feminine of a frequent common word (الجديدة of جديد), or a small town's name
    (الطيبة). A province, a country or a large town with any other name is its object (قصف الطيران الرقة)."""
    if (" " not in m.key and m.key.endswith(("يه", "ي"))) or (m.candidates and m.common.issuperset(m.candidates)):
        return True
    places = [gaz.place(i) for i in m.candidates]
    if any(p.feature in ("country", "admin1") for p in places):
        return False
    if m.key.endswith("ه") and m.key[:-1] in frequent_common_words():
        return True
    return all(p.population < PREPOSITION_CUE_POPULATION for p in places)


def _plays(text: str, m: _Match, vocab: PlaceVocabulary, gaz: Gazetteer) -> bool:
    """True when a town (no country, no province) follows a word after which a team is named (فاز, أمام)."""
    w1 = m.before
    if w1 in _PLAIN_PREPOSITIONS and text[m.start : m.end] in frequent_common_words():
        return False  # على الملعب 'on the pitch': after a plain preposition a common word stays one
    return (
        w1 in _context_forms(vocab)[2]
        and text[m.word_start : m.start] in ("", "ال", "و", "وال")
        and bool(m.candidates)
        and all(gaz.place(i).feature not in ("country", "admin1") for i in m.candidates)
    )


#: the sports-before words that are plain prepositions (فاز على ليون, تعادل مع ميلان), normalized
_PLAIN_PREPOSITIONS = frozenset({"علي", "مع"})


#: a name that is mostly a common word counts as a place after a spatial preposition when it names a town of at
#: least this population in the Middle East or North Africa (الرمادي, الحسكة, الحلة, كسلا); smaller ones (and the
#: words the stoplist keeps for context: الخبر, الوادي, العين) still need their country named
PREPOSITION_CUE_POPULATION = 100_000
NEAR_CUE_POPULATION = 20_000
_NEAR_PREPOSITIONS = frozenset({"قرب", "بقرب", "وقرب", "نحو", "باتجاه", "صوب"})
_SPATIAL_PREPOSITIONS = frozenset(map(normalize, (
    "في", "إلى", "من", "نحو", "قرب", "داخل", "وفي", "وإلى", "ومن", "باتجاه", "بقرب", "وقرب", "صوب",
)))  # fmt: skip
#: the spatial prepositions and على (قصف على جاسم): a given name after them is the town's
_GOVERNING_PREPOSITIONS = _SPATIAL_PREPOSITIONS | {normalize("على"), normalize("وعلى")}


def _towns_after_preposition(text: str, m: _Match, gaz: Gazetteer, regions: dict[str, str]) -> list[int]:
    """The candidates that are large towns of the genre's regions when a spatial preposition governs the name."""
    if m.prev is None or text[m.word_start : m.start] not in ("", "ال"):
        return []
    if m.before not in _SPATIAL_PREPOSITIONS:
        return []
    if text[m.word_start : m.end] in frequent_common_words():
        return []  # في سنة 'in the year' is no town (Sanandaj), however large; الرمادي with its article still is
    # قرب 'near' and نحو 'towards' govern nothing but places: a smaller town passes (قرب القائم, 74,000 people)
    least = NEAR_CUE_POPULATION if m.before in _NEAR_PREPOSITIONS else PREPOSITION_CUE_POPULATION
    out = []
    for i in m.candidates:
        p = gaz.place(i)
        if p.population >= least and regions.get(p.country_code, "") in HOME_REGIONS:
            out.append(i)
    return out


def _country_after_preposition(text: str, m: _Match, gaz: Gazetteer) -> bool:
    """True when a spatial preposition governs a bare name that is only a country's (في مالي, إلى مالي): an adjective
    (دعم مالي 'financial support') follows its noun, never a preposition, so the country's reading is the one left."""
    if m.before not in _SPATIAL_PREPOSITIONS or text[m.word_start : m.start] or not m.candidates:
        return False
    return all(gaz.place(c).feature == "country" for c in m.candidates)


_SPORTS: dict[int, tuple[re.Pattern, frozenset[str]]] = {}
#: what may precede a sports term inside its word, before the article: up to two of و ف ب ل ك
_SPORTS_PROCLITICS = ("", *"وفبلك", *(a + b for a in "وفبلك" for b in "وفبلك"))


def _sports_words(vocab: PlaceVocabulary, text: str, lo: int = 0, hi: int | None = None) -> Iterator[int]:
    """The starts of the words of ``text`` that are a sports term (مباراة, الدوري, كأس) after up to two proclitics
    and the article, among the words starting in ``[lo, hi)``."""
    found = _SPORTS.get(id(vocab))
    if found is None:
        # the regex finds a term that ends a word, with no look-behind and nothing optional in front, so the engine
        # jumps from one of the terms' first letters to the next; the whole word is then looked up among the terms'
        # written forms, which is what a look-behind and optional proclitics would have matched
        forms = frozenset(p + a + w for w in vocab.sports for a in ("", "ال") for p in _SPORTS_PROCLITICS)
        found = _SPORTS[id(vocab)] = (re.compile(rf"(?:{_trie_alternation(vocab.sports)})(?!\w)"), forms)
    pattern, forms = found
    n = len(text)
    # the regex reads up to the end of the word at hi, where its look-ahead sees what the whole text would show
    end = n if hi is None else hi
    while end < n and _is_word_char(text[end]):
        end += 1
    for hit in pattern.finditer(text, lo, end):
        start = hit.start()
        while start > 0 and _is_word_char(text[start - 1]):
            start -= 1
        if start >= lo and (hi is None or start < hi) and text[start : hit.end()] in forms:
            yield start


def _sports_sentences(article: Article, vocab: PlaceVocabulary, sentence_starts: list[int]) -> set[int]:
    """Indexes of the sentences that name a sports term (مباراة, الدوري, كأس) as a word of its own, after up to two
    proclitics and the article."""
    return {_sentence_index(article, sentence_starts, start) for start in _sports_words(vocab, article.normalized)}


def _about_sport(
    article: Article, vocab: PlaceVocabulary, sentence_starts: list[int], sentence: int, memo: dict[int, bool]
) -> bool:
    """Whether the sentence of index ``sentence`` is one of :func:`_sports_sentences`, reading only its own text;
    memoized in ``memo`` (one per article). recognize asks about the sentences of the few clubs and teams it meets,
    and the whole text cost it more than all its other tests of those matches."""
    known = memo.get(sentence)
    if known is None:
        text = article.normalized
        n = len(text)
        # the ranges of offsets that _sentence_index maps to this index (before the first sentence: index 0)
        bounds = [*sentence_starts, n]
        ranges = [(bounds[i], bounds[i + 1]) for i, s in enumerate(article.sentences) if s.index == sentence]
        if sentence == 0:
            ranges.append((0, bounds[0]))
        known = memo[sentence] = any(
            next(_sports_words(vocab, text, lo, hi), None) is not None for lo, hi in ranges if lo < hi
        )
    return known


_CONTEXT_FORMS: dict[int, tuple[frozenset[str], frozenset[str], frozenset[str]]] = {}


def _context_forms(vocab: PlaceVocabulary) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Every written form (with proclitics) of the organisation heads' last words, of the given names and of the
    words after which a team is named: one set look-up per match decides whether the slower checks are needed."""
    forms = _CONTEXT_FORMS.get(id(vocab))
    if forms is None:
        lasts = {h.split(" ")[-1] for h in vocab.organisations}
        org = frozenset(p + w for w in lasts for p in _PROCLITIC_FORMS)
        person = frozenset(p + w for w in _person_names() for p in ("", "و", "ف"))
        sports = frozenset(
            p + w for w in vocab.sports_before for p in _PROCLITIC_FORMS if w in strip_proclitics(p + w)
        )
        forms = _CONTEXT_FORMS[id(vocab)] = (org | frozenset(lasts), person, sports)
    return forms


# (a common phrase's head, السلاح الأبيض 'bladed weapons', spells El Obeid after it as a newspaper's word does)
_NAME_AFTER_IS_NO_PLACE = frozenset({"organisation", "phrase-head"})


def _in_organisation(text: str, head: tuple[int, int], vocab: PlaceVocabulary) -> bool:
    """True when the word at ``head`` (or it and the word before) is an organisation head governing what follows."""
    w1 = text[head[0] : head[1]]
    role = stem = None
    prev2 = _prev_word(text, head[0])
    if prev2 is not None:
        for s2 in strip_proclitics(text[prev2[0] : prev2[1]]):
            role = vocab.organisations.get(s2 + " " + w1)
            if role is not None:
                return role in _NAME_AFTER_IS_NO_PLACE
    for stem in strip_proclitics(w1):
        role = vocab.organisations.get(stem)
        if role is not None:
            break
    if role == "municipality":
        # في بلدية الأبيار, ببلدية: the commune as a place; رئيس بلدية نابلس: the council
        return not ("ب" in w1[: len(w1) - len(stem)] or (
            prev2 is not None and text[prev2[0] : prev2[1]] in _PLACE_PREPOSITIONS
        ))  # fmt: skip
    return role in _NAME_AFTER_IS_NO_PLACE


_OPENING_QUOTES = frozenset('«"“')
_CLOSING_QUOTES = frozenset('»"”')


def _quoted_title(text: str, m: _Match) -> bool:
    """Whether the name is alone between quotation marks, as news copy prints a title (ذكرت «الشرق الأوسط»)."""
    after = text[m.end : m.end + 2].strip()
    if not after or after[0] not in _CLOSING_QUOTES:
        return False  # most names are followed by neither mark: then the words before are not read
    before = text[max(0, m.word_start - 2) : m.word_start].strip()
    if not before or before[-1] not in _OPENING_QUOTES:
        return False
    # (في "السويس": a preposition of place governs the quoted name, a place)
    k = text.rfind(before[-1], 0, m.word_start)
    governing = _prev_word(text, k)
    return governing is None or text[governing[0] : governing[1]] not in _PLACE_PREPOSITIONS


@lru_cache(maxsize=1)
def _agency_names() -> frozenset[str]:
    """One-word Arabic names of the news agencies (قنا، وفا، سانا), normalized, as the dateline reader loads them."""
    from marsad.datelines import agencies

    forms = (normalize(f) for a in agencies().values() for f in (*a.forms, *a.byline_forms))
    return frozenset(f for f in forms if " " not in f)


@lru_cache(maxsize=1)
def _agency_phrases() -> dict[str, tuple[str, ...]]:
    """The agencies' names of several words (بغداد اليوم، صوت بيروت), normalized, by their first word."""
    from marsad.datelines import agencies

    out: dict[str, list[str]] = {}
    for a in agencies().values():
        for f in (*a.forms, *a.byline_forms):
            phrase = normalize(f)
            if " " in phrase:
                out.setdefault(phrase.split()[0], []).append(phrase)
    return {k: tuple(v) for k, v in out.items()}


def _in_credit(text: str, m: _Match) -> bool:
    """Whether a name stands where a dateline or credit names its agency: after a dash or an opening bracket, or
    before a closing one (الدوحة - قنا, (وفا))."""
    before = text[max(0, m.word_start - 3) : m.word_start].strip()
    after = text[m.end : m.end + 2].strip()
    return (bool(before) and before[-1] in "-–(/") or (bool(after) and after[0] in ")/")


@lru_cache(maxsize=1)
def _known_people() -> frozenset[str]:
    """Every Arabic form of the people in persons.tsv, full and short (a place only after a cue: مدينة الصدر)."""
    from marsad.actors.lexicon import split_cell

    rows = load_table("persons.tsv").rows
    return frozenset(normalize(f) for r in rows for f in (*split_cell(r["arabic"]), *split_cell(r["short"])))


@lru_cache(maxsize=1)
def _person_names() -> frozenset[str]:
    """Given names (given_names.tsv, read as the actors stage reads it) that are not mostly common words in
    arramooz's table (سعيد 'happy', أمين 'secretary' are left out): a place name right after one is a family name."""
    common = common_words()
    names = (normalize(r["name"]) for r in load_table("given_names.tsv").rows)
    return frozenset(n for n in names if n not in common)


def _names_a_place(word: str, gaz: Gazetteer) -> bool:
    """True when ``word`` is a gazetteer name not flagged as a common word (the place before a place in a list)."""
    key = word[2:] if word.startswith("ال") else word
    return any(not e & FLAG_COMMON for e in gaz.names.get(key, ()))


def _second_of_between(text: str, m: _Match) -> bool:
    """Whether ``m``'s word is the second of two names after بين (بين X وY): the word before it is a single word
    right after بين."""
    first = m.prev or _prev_word(text, m.word_start)
    if first is None:
        return False
    head = _prev_word(text, first[0])
    return head is not None and text[head[0] : head[1]] == "بين"


def _country_nisba(stem: str, gaz: Gazetteer) -> bool:
    """True when ال + ``stem`` + ي is a country's nisba (الإسباني: إسبانيا, الفرنسي: فرنسا)."""
    forms = _nisba_forms(gaz)
    return len(stem) >= 3 and (stem in forms or stem + "ا" in forms or stem + "يا" in forms)


def recognize(article: Article, gaz: Gazetteer | None = None, vocab: PlaceVocabulary | None = None) -> list[Mention]:
    """Place mentions of ``article`` (which must be normalized), in text order."""
    gaz = gaz or load_gazetteer()
    vocab = vocab or load_vocabulary()
    text = article.normalized
    sentence_starts = [s.start for s in article.sentences]
    matches = find_matches(text, gaz)
    previous = None
    forms = _surface_forms(vocab)
    # _sentence_index for every match, inlined on a list of the sentences' indexes
    sentence_indexes = [s.index for s in article.sentences]
    for m in matches:
        i = bisect.bisect_right(sentence_starts, m.start) - 1
        m.sentence = sentence_indexes[i] if i >= 0 else 0
        _attach_context(text, m, vocab, previous, forms)
        if m.region is not None and m.region.kind == "near" and not any(
            gaz.place(c).feature == "populated_place" for c in m.candidates
        ):
            m.region, m.span_start = None, max(m.span_start, m.word_start)  # قرب مضيق هرمز: near names a town only
        if m.cue_role in ("admin1", "admin2", "admin3") and all(gaz.place(c).feature == "country" for c in m.candidates):
            # مقاطعة إسرائيل is a boycott, not a province: no administrative unit is called after a whole country
            m.cued, m.cue_role, m.governs_list, m.span_start = False, "", False, max(m.span_start, m.word_start)
        if (
            previous is not None and m.adjective is not None and m.adjective.dual and previous.region is m.region
            and previous.governs_list and previous.adjective is None
        ):
            previous.adjective = m.adjective  # ريفي حماة وإدلب الشماليين: the dual adjective describes both
        previous = m

    regions = _acled_regions()
    club_forms = forms[3]
    team_words = _context_forms(vocab)[2]
    clubs = _club_names()
    nunated = any(c in article.raw for c in _TANWEEN)  # most copy is unvocalized: then no match needs the raw text
    quoted = any(c in text for c in _OPENING_QUOTES)
    sports: dict[int, bool] = {}  # _about_sport's memo
    agencies, people = _agency_names(), _known_people()
    stop, cues = vocab.stop, vocab.cues
    # the memos of the per-name steps, read here for every match; the helpers fill them on a miss
    bare_memo, facts_memo, nisbas = _BARE.of(gaz), _FACTS.of(gaz), _NISBAS.of(gaz)
    kept: list[_Match] = []
    # every test below only drops a match, so the cheap ones run first
    for m in matches:
        surface = ("ال" + m.key) if m.article else m.key  # _surface, inlined: this runs for every match
        policy = stop.get(surface)
        # a name with no cue and no region head around it
        # (قرب 'near' makes no common word a place: قرب الباب is mostly 'near the door'; nor does محيط 'the
        # surroundings of': محيط الحي is around the neighbourhood)
        free = not m.cued and (
            m.region is None or m.region.kind == "near" or m.region.text == _SURROUNDINGS
            or (m.region.text == _AMID and not any(gaz.place(c).feature in _AMID_UNITS for c in m.candidates))
        )
        if policy == "never" or (policy in ("cue", "country") and free):
            continue
        cue_word = cues.get(surface)
        if cue_word is not None and not m.cued and cue_word.unresolved != "compound":
            continue  # a cue word alone (العاصمة, مدينة) names no place; معسكر is also Mascara, kept by its stoplist
        if m.cued and m.cue_role == "town" and surface in vocab.not_names:
            continue  # مدينة كبرى 'a major city'
        if m.cued and "ك" in text[m.word_start : m.start]:
            continue  # قرية كانكارا is the village Kankara, not 'like Ankara': after a cue the whole word is the name
        if free and (surface in people or (nisbas.get(surface) if surface in nisbas else _is_nisba(surface, gaz))):
            # الهندية 'Indian' (fem.), not al-Hindiya: the adjective of a larger place; نصر الله, أوستن, الصدر: a
            # person the actor tables know, not Nasrallah (Tunisia) or Austin
            continue
        if quoted and free and _quoted_title(text, m):
            continue  # «الشرق الأوسط», "الخليج": a newspaper's or programme's name in quotes, not the region
        if surface in agencies and _in_credit(text, m):
            continue  # الدوحة - قنا, (وفا): the Qatar and Palestinian news agencies, not Qena or a village
        if any(text.startswith(phrase, m.word_start) for phrase in _agency_phrases().get(surface, ())):
            continue  # لـ"بغداد اليوم": an outlet whose name opens with a city's, not the city
        # the word before, read once for the tests that look at it
        word_before = m.before
        if word_before in club_forms:
            continue  # منتخب مصر, ريال مدريد: a team
        if word_before is not None and any(w in vocab.clocks for w in strip_proclitics(word_before)):
            continue  # العاشرة مساء بتوقيت بغداد: Baghdad's time, not a place of the report
        if (word_before is not None and not m.cued and any(w in vocab.basins for w in strip_proclitics(word_before))
                and not any(gaz.place(c).feature == "sea" for c in m.candidates)):
            continue  # منطقة حوض اليرموك: the Yarmouk river's basin, not the Damascus camp called al-Yarmuk (a water
            # the gazetteer holds, حوض الفرات, stays the water)
        if word_before is not None and not m.cued and _command_named_after(text, m, word_before, vocab):
            continue  # أعلن محور تعز العسكري: the army's Taiz command speaks, it is no place of the report
        if word_before in _SON_OF and not m.cued:
            continue  # مستشفى ابن سينا, ابن خلدون, بن لادن: the word after "son of" is part of a person's name
        if not m.cued and _possessive_of_a_word(article, m, gaz):
            continue  # حول مصيره 'about his fate', not Oman's Masirah (مصيرة)
        if nunated and _tanween(article, m):
            continue  # دوراً 'a role' (not Dura), مراتٍ: a name does not take the indefinite ending
        if not m.cued and m.start > m.word_start and _word_of_its_own(text[m.word_start : m.end], m.start - m.word_start):
            continue  # فترة وجيزة 'a brief time', not و + Giza; وبدأنا 'and we began', not و + ب + Dana
        if m.start - m.word_start == 2 and text.startswith("وك", m.word_start) and _second_of_between(text, m):
            continue  # بين كولونديبا وكانديانا: the second end of a span is a name of its own (Kadiana), not 'and
            # like' + Indiana
        if m.region is None and not _stands_alone(text, m, vocab, gaz):
            continue
        if free and surface in clubs and word_before not in _SPATIAL_PREPOSITIONS:
            # (not _GOVERNING_PREPOSITIONS: فاز X على Y, على is what the winner beat)
            if _about_sport(article, vocab, sentence_starts, m.sentence, sports):
                continue  # فاز الغرافة على الخور: the club, in a sentence about sport (sports_clubs.tsv)
        # _plays reads the word before first: its test here saves the call for nearly every match
        if free and word_before in team_words and _plays(text, m, vocab, gaz):
            if _about_sport(article, vocab, sentence_starts, m.sentence, sports):
                continue  # فاز برشلونة على إشبيلية: a team, in a sentence about sport
        if (policy == "context" and (free or (not m.cued and not any(
                gaz.place(c).feature == "country" for c in m.candidates)))
                and not _country_after_preposition(text, m, gaz)) or policy == "country":
            # (a region head rescues no town that is mostly a common word: جنوب الوادي is south of the valley, El Oued
            # only when Algeria is in view; a country's name, وسط مالي, stands)
            # (a compass word after a cue, إقليم الشمال، منطقة الجنوب, names a region of the country the article is
            # about: Qatar's Ash Shamal only when Qatar is named)
            m.role = "context?"
        # neighbourhood names (الروضة, المالكي) and names that are mostly common words count only after a cue; done
        # as each match is kept, since it reads nothing but the match
        if not m.cued:
            m.candidates, plain = bare_memo.get((m.candidates, m.common)) or _bare_candidates(gaz, m)
            if free:
                if plain:
                    m.candidates = plain
                elif m.candidates:
                    towns = _towns_after_preposition(text, m, gaz, regions) if m.role != "context?" else []
                    if towns:
                        m.candidates = tuple(towns)  # انفجار في الرمادي: a large town of the region after في, إلى, من
                    else:
                        m.role = "context?"  # a common word (الطيبة, وادي) unless its country is named otherwise
        if m.candidates:
            kept.append(m)
    # a region expression swallows what its head and adjectives overlap (الشمالي is also a neighbourhood's name)
    # (a match's first or last character inside a region's span, read from the offsets the spans cover instead of
    # comparing every match with every span)
    regions_spans = [(m.span_start, m.span_end) for m in kept if m.region is not None]
    if regions_spans:
        in_region = bytearray(len(text) + 1)
        for s, e in regions_spans:
            in_region[s:e] = b"\x01" * (e - s)
        kept = [m for m in kept if m.region is not None or not (in_region[m.start] or in_region[m.end - 1])]
    if "-" in text:
        kept = _drop_hyphen_glued(text, kept)
    kept = _drop_facility_names(text, kept)

    # منطقة القليعة بعمالة إنزكان أيت ملول: a name put in a unit of one country (named with its cue) is that country's
    # place, even where the cue before it would have read a namesake abroad as the unit meant
    starts_of = {o.span_start: o for o in kept} | {o.start: o for o in kept}
    for m in kept:
        cc = _unit_country_after(text, m.span_end, vocab, starts_of, gaz) if len(m.candidates) > 1 else ""
        own = tuple(i for i in m.candidates if gaz.place(i).country_code == cc) if cc else ()
        if own:
            m.candidates = own

    # pass 1: unambiguous mentions set the article's country and admin context
    scorer = _Scorer(gaz, regions)
    countries: dict[str, int] = {}
    for m in kept:
        (places, key, cc, hoods_only, m.homograph, m.neighbourhoods, m.ncandidates, m.shared_province) = facts_memo.get(
            (m.candidates, m.cue_role, m.region.kind if m.region is not None else "", m.cued)
        ) or _candidate_facts(gaz, m)
        m.places = places
        if cc is not None and m.role != "context?" and not hoods_only:
            countries[cc] = countries.get(cc, 0) + (2 if m.region is not None else 1)
            if m.region is not None and all(p.feature == "country" for p in places):
                # a part of a country (بوسط مالي، شمال غربي نيجيريا) locates what its sentence names; a country
                # named alone may be an actor (اتهمت حماس إسرائيل بقتل مدنيين في رفح)
                scorer.sentence_countries.setdefault(m.sentence, set()).add(cc)
        # a name that may also be another country (عمان: Amman or Oman) sets no admin context on its own
        if key is not None and cc is not None and (m.region is not None or len(places) <= 3 or m.cue_role):
            in_sentence = scorer.sentence_admin.get(m.sentence)
            if in_sentence is None:
                in_sentence = scorer.sentence_admin[m.sentence] = {}
            in_sentence[key] = in_sentence.get(key, 0) + 1
            scorer.article_admin[key] = scorer.article_admin.get(key, 0) + 1
            m.admin_key = key
    if "#" in text:
        for cc, count in _hashtag_countries(text, gaz).items():
            countries[cc] = countries.get(cc, 0) + count
    kept, partial_starts = _drop_partial_names(text, kept, vocab)
    if countries:
        scorer.article_country = _most_frequent(countries)
    elif any(len({p.country_code for p in m.places}) > 1 for m in kept):
        # طرابلس with no country named: the one nationality the report uses (الجيش اللبناني) says whose town it is
        scorer.article_country = _sole_nisba(text, gaz, article, sentence_starts)
    # حي النزهة in a Jordanian report is not Damascus's النزهة: a neighbourhood needs its country to be the article's
    # (the unresolved-cue path then keeps حي X with the article's own context)
    # and in a report that names cities of that country, one of them: أحياء الشعار والفردوس in a report on Aleppo is
    # not Homs's الفردوس (the list's unknown names then fall back to the city named)
    for m in kept:
        if m.neighbourhoods:
            m.places = [p for p in m.places if p.feature != "neighbourhood" or (
                p.country_code == scorer.article_country and _city_named(scorer.article_admin, m, p))]
            m.ncandidates = _readings(m.places)
    kept = [m for m in kept if m.places]
    # a homograph of a country and a foreign town (عمان Oman/Amman, after the diacritics are gone): the nisba of the
    # town's country (الأردني, العاصمة الأردنية) is evidence for the town; otherwise the country's prior wins
    homographs = [m for m in kept if m.homograph]
    # so is it between provinces of two countries that share a name (بلوشستان: Pakistan's and Iran's), where the
    # home regions' bonus is no evidence: only the article's country, a nisba or a nearby place tells them apart
    # (الجيش الباكستاني في بلوشستان), and without any the name's first owner in the gazetteer stays
    shared = any(m.shared_province for m in kept)
    # a country's nisba right after a name of towns in several countries agrees with it (مدينة طرابلس الليبية): it
    # names the town's country outright, whatever else the article names (a Lebanese district called Tripoli)
    for m in kept:
        if m.ncandidates > 1 and len({p.country_code for p in m.places}) > 1:
            m.nisba_after = _nisba_after(text, m.end, gaz)
    if homographs or shared:
        scorer.nisba = _nisba_countries(text, gaz, article, sentence_starts)
        # a name that is mostly a common word still tells its country when it has no other (سيول عمان والسلط)
        for o in kept:
            ccs = {p.country_code for p in o.places}
            if o.role == "context?" and len(ccs) == 1 and not o.homograph:
                scorer.nisba.setdefault(next(iter(ccs)), set()).add(o.sentence)
        for m in homographs:
            m.in_town = _in_town(text, m)

    # pass 2: resolve, anchors from the first resolution refine the second
    ambiguous = any(len(m.places) > 1 for m in kept)
    for _ in range(2 if ambiguous else 1):
        anchors: dict[str, tuple[Place, int]] = {}
        for m in kept:
            best = m.places[0] if len(m.places) == 1 else scorer.choose(m)
            m.chosen = best
            if best.feature in ("populated_place", "admin1", "admin2", "admin3") and best.latitude is not None:
                anchors[best.id] = (best, anchors.get(best.id, (best, 0))[1] + 1)
        scorer.set_anchors(anchors)
        if not scorer.article_country:
            resolved_countries = Counter(m.chosen.country_code for m in kept if m.chosen and m.role != "context?")
            if resolved_countries:
                scorer.article_country = resolved_countries.most_common(1)[0][0]

    # context-only names (صور) stay only when another place of their country is named
    final: list[_Match] = []
    others = {o.chosen.country_code for o in kept if o.chosen and o.role != "context?"}
    for m in kept:
        if m.role == "context?":
            if m.chosen is None or m.chosen.country_code not in others:
                continue
            if not m.cued and m.region is None and vocab.stop.get(_surface(m)) != "context" \
                    and m.chosen.population < PREPOSITION_CUE_POPULATION and _frequent_word(text[m.word_start : m.end]):
                continue  # الحكومة 'the government' in a Yemeni story is not a Yemeni village; a city (بحري) and the
                # stoplist's own context names (صور، معسكر) keep their rule
            nxt = _next_word(text, m.end)
            # a name with the article heads no construct: the definite word after it is its adjective (منطقة وطى
            # الخيام الحدودية), as after any definite noun
            if nxt is not None and not m.article and text.startswith("ال", nxt[0]) \
                    and text[nxt[0] : nxt[1]] not in vocab.adjectives:
                continue  # the head of a construct (صور الدمار 'pictures of the destruction'), not a place
            m.role = ""
        final.append(m)

    final, strays = _set_apart_strays(text, gaz, vocab, article, final, scorer.article_country, sentence_starts)
    mentions: list[tuple[int, int, int, PlaceResolution | None, str]] = []
    shores = _water_shores()
    for m in final:
        p = m.chosen
        assert p is not None
        if p.feature == "sea" and not p.country_code and scorer.article_country in shores.get(p.id, ()):
            p = replace(p, country_code=scorer.article_country)  # the Dead Sea of a Jordanian report
        if m.region is not None:
            admin1_place = _admin_unit_for_region(gaz, p, m)
            direction = "-".join(d for d in (m.region.direction, m.adjective.direction if m.adjective else "") if d)
            if admin1_place is not None:
                res = _resolution(
                    gaz, admin1_place, m.region.precision_admin, direction, m.ncandidates,
                    feature=_region_feature(admin1_place, direction),
                )  # fmt: skip
            else:
                res = _resolution(gaz, p, m.region.precision_town, direction, m.ncandidates)
            role = "region"
        else:
            res = _resolution(gaz, p, PRECISION.get(p.feature, 1), None, m.ncandidates)
            role = _FEATURE_ROLES.get(p.feature, "")
        mentions.append((m.span_start, m.span_end, m.sentence, res, role))

    mentions += _stray_mentions(article, gaz, final, strays, scorer.article_country, vocab)
    # a stray is already an unresolved mention, placed in its host: the cue before it (بلدة شقرا) must not make another
    strayed = [(m.span_start, m.span_end) for m, _ in strays.values()]
    cue_spans, pronoun_ends = _markers(text, vocab)
    mentions += _unresolved(article, text, vocab, gaz, final, sentence_starts, cue_spans, partial_starts, strayed)
    mentions += _pronoun_regions(article, text, vocab, gaz, final, sentence_starts, pronoun_ends)
    mentions += _capital_mentions(article, text, gaz, mentions, sentence_starts, scorer.article_country)
    mentions += _country_sides(article, text, vocab, gaz, mentions, sentence_starts, scorer.article_country)
    mentions = _nisba_regions(article, text, gaz, vocab, mentions, sentence_starts)
    mentions += _nisba_lands(article, text, gaz, mentions, sentence_starts)
    mentions = _south_of_a_country(text, gaz, mentions)
    mentions.sort(key=lambda t: (t[0], -t[1]))
    return _place_mentions(article, mentions)


#: countries whose name is a direction and another country's name (جنوب السودان South Sudan, 'the south of Sudan'):
#: the direction's country by ISO2 -> the country the whole name is
_DIRECTION_COUNTRIES = {"SD": ("SS", "جنوب", "south")}
#: words before such a name that make it the state (رئيس جنوب السودان, دولة جنوب السودان), never a direction
_DIRECTION_STATE_WORDS = function_words("direction_state_words")
#: words that put a place inside a direction of the country (قرية في جنوب السودان, مناطق جنوب السودان); إلى and من
#: are left out: refugees flee to South Sudan (فروا من كادوقلي إلى جنوب السودان) and come from it
_DIRECTION_PREPOSITIONS = function_words("direction_prepositions")


def _south_of_a_country(
    text: str, gaz: Gazetteer, mentions: list[tuple[int, int, int, PlaceResolution | None, str]]
) -> list[tuple[int, int, int, PlaceResolution | None, str]]:
    """جنوب السودان is South Sudan, and in a report on Sudan's war whose places are all Sudan's ('a village in
    the south of Sudan, as they fled Kadugli') the south of Sudan: after a preposition, when the article places
    something in Sudan, nothing else in South Sudan and names no South Sudanese (جنوب سوداني), the name is Sudan's
    southern region, as any other direction of a country (جنوب لبنان) is read."""
    out = list(mentions)
    for home, (other, head, direction) in _DIRECTION_COUNTRIES.items():
        whole = [i for i, t in enumerate(out) if t[3] is not None and t[3].gazetteer_id == f"country:{other}"]
        if not whole or home not in gaz.country_places:
            continue
        codes = {t[3].country_code for i, t in enumerate(out) if t[3] is not None and i not in whole}
        if home not in codes or other in codes or re.search(head + r" ?سوداني", text):
            continue
        country = gaz.place(gaz.country_places[home])
        for i in whole:
            start, end, sentence, res, role = out[i]
            if not text[start:end].lstrip("وفبل").startswith(head):
                continue
            prev = _prev_word(text, start)
            before = text[prev[0] : prev[1]] if prev is not None else ""
            glued = text[start:end].startswith(("ب", "وب", "فب"))  # بجنوب السودان
            if before in _DIRECTION_STATE_WORDS or not (glued or before in _DIRECTION_PREPOSITIONS):
                continue
            region = _resolution(gaz, country, 3, direction, res.candidates, feature="region")
            out[i] = (start, end, sentence, region, "region")
    return out


# a definite compass noun, perhaps with a second direction, then a masculine nisba (الشمال السوري، الجنوب اللبناني،
# الشمال الشرقي السوري): the nisba's group is read against the country nisbas by _nisba_forms; the word boundary
# before ال is checked in code, since a lookbehind first would keep the engine from jumping to each literal ال
_NISBA_REGION = re.compile(r"ال(شمال|جنوب|شرق|غرب|وسط)(?: ال(شرقي|غربي))? ال([\u0621-\u064a]{3,}?)ي(?![\w])")


def _nisba_regions(
    article: Article,
    text: str,
    gaz: Gazetteer,
    vocab: PlaceVocabulary,
    mentions: list[tuple[int, int, int, PlaceResolution | None, str]],
    sentence_starts: list[int],
) -> list[tuple[int, int, int, PlaceResolution | None, str]]:
    """A part of a country named by a compass noun and the country's nisba (الشمال السوري 'the Syrian north', الجنوب
    اللبناني): the same region as شمال سوريا or جنوب لبنان, in place of whatever the words alone matched (الجنوب is
    also a governorate's name in Lebanon and Eritrea)."""
    if "ال" not in text:
        return mentions
    found = []
    forms = _nisba_forms(gaz)
    for w in _NISBA_REGION.finditer(text):
        # the word starts at ال or at one proclitic before it (والشمال، في الجنوب): a literal start keeps the scan fast;
        # the mention itself starts at ال
        start = w.start()
        word_start = start - 1 if start and text[start - 1] in "وفبلك" else start
        if word_start and _is_word_char(text[word_start - 1]):
            continue
        cc = forms.get(w.group(3))
        idx = gaz.country_places.get(cc) if cc else None
        head = vocab.heads.get(w.group(1) + (" " + w.group(2) if w.group(2) else ""))
        if idx is None or head is None or not head.direction:
            continue
        p = gaz.place(idx)
        res = _resolution(gaz, p, head.precision_admin, head.direction, 1, feature=_region_feature(p, head.direction))
        found.append((start, w.end(), _sentence_index(article, sentence_starts, start), res, "region"))
    if not found:
        return mentions
    kept = [m for m in mentions if not any(m[0] < f[1] and f[0] < m[1] for f in found)]
    return kept + found


def _nisba_lands(
    article: Article,
    text: str,
    gaz: Gazetteer,
    mentions: list[tuple[int, int, int, PlaceResolution | None, str]],
    sentence_starts: list[int],
) -> list[tuple[int, int, int, PlaceResolution | None, str]]:
    """مدن مغربية، الشوارع المغربية، المحافظات العراقية: a country's towns, streets or provinces named by a plural and
    its nisba, with no town named, are that country (ACLED's precision 3 for a report that names no town)."""
    out: list[tuple[int, int, int, PlaceResolution | None, str]] = []
    forms = _nisba_forms(gaz)
    taken = [(m[0], m[1]) for m in mentions]
    for w in _NISBA_LAND.finditer(text):
        start, end = w.start(1), w.end()
        if start and _is_word_char(text[start - 1]) or any(a < end and start < b for a, b in taken):
            continue
        cc = forms.get(w.group(2))
        idx = gaz.country_places.get(cc) if cc else None
        if idx is None:
            continue
        res = _resolution(gaz, gaz.place(idx), 3, None, 1)
        out.append((start, end, _sentence_index(article, sentence_starts, start), res, "region"))
    return out


# a plural of towns, streets or provinces, then a nationality adjective in the feminine (مدن مغربية، الشوارع
# المغربية), normalized (ة is ه), perhaps after one proclitic
_NISBA_LAND = re.compile(
    r"(?:[وفبلك])?((?:ال)?(?:مدن|شوارع|محافظات|ولايات|بلدات|قرى)) (?:ال)?([\u0621-\u064a]{3,}?)يه(?![\w])"
)


# العاصمة, perhaps with a nationality adjective (العاصمة الجزائرية), normalized (ة is ه); written from the word itself
# on, so that the regex engine jumps to each occurrence, with at most one proclitic before it at the start of a word
_CAPITAL = re.compile(
    r"(العاصمه)(?:(?<=(?<![\w])[وفبلك]العاصمه)|(?<=(?<![\w])العاصمه))(?: ال([\u0621-\u064a]{3,}?)يه)?(?![\w])"
)
_CAPITALS = _GazetteerMemo()


def _capital_of(gaz: Gazetteer, cc: str) -> Place | None:
    """The gazetteer's town that is the capital of country ``cc`` (GeoNames' capital name, looked up in the
    gazetteer's Latin names: the most populous town of that name in that country), memoized per gazetteer."""
    memo = _CAPITALS.of(gaz)
    if cc not in memo:
        name = capital_names().get(cc, "")
        towns = [p for p in gaz.lookup(name) if p.country_code == cc and p.feature == "populated_place"] if name \
            else []
        memo[cc] = max(towns, key=lambda p: p.population) if towns else None
    return memo[cc]


def _sole_nisba(text: str, gaz: Gazetteer, article: Article, sentence_starts: list[int]) -> str:
    """The one country whose nationality adjective the text uses, or "" when it uses none or several."""
    found = _nisba_countries(text, gaz, article, sentence_starts)
    return next(iter(found)) if len(found) == 1 else ""


_COUNTRY_SIDES: dict[int, re.Pattern] = {}


def _country_sides(
    article: Article, text: str, vocab: PlaceVocabulary, gaz: Gazetteer, mentions: list, sentence_starts: list[int],
    article_country: str,
) -> list[tuple[int, int, int, PlaceResolution | None, str]]:
    """شمال البلاد، في غرب البلاد: a side of 'the country' is a side of the report's country, else of the country
    named last before it (in its sentence or the two before), resolved as جنوب لبنان is (a region, precision 3)."""
    out: list[tuple[int, int, int, PlaceResolution | None, str]] = []
    if "البلاد" not in text:
        return out
    if any(isinstance(m[3], PlaceResolution) and m[3].feature != "country" for m in mentions):
        # a report that names a town or a province places its events there; وسط البلاد beside them mostly says where
        # that town lies (عدن يابال، البلدة الواقعة وسط البلاد), and would draw them away to the country's side
        return out
    regex = _COUNTRY_SIDES.get(id(vocab))
    if regex is None:
        heads = sorted((h for h, w in vocab.heads.items() if w.direction and not w.dual), key=len, reverse=True)
        regex = _COUNTRY_SIDES[id(vocab)] = re.compile(
            rf"(?<![\w])[وفب]?(?P<head>{'|'.join(map(re.escape, heads))}) البلاد(?![\w])"
        )
    taken = [(m[0], m[1]) for m in mentions]
    countries = sorted(
        (m[0], m[2], m[3].country_code) for m in mentions
        if isinstance(m[3], PlaceResolution) and m[3].feature == "country" and m[3].country_code
    )
    for w in regex.finditer(text):
        start, end = w.start("head"), w.end()
        if any(a < end and start < b for a, b in taken):
            continue
        sentence = _sentence_index(article, sentence_starts, start)
        # (the report's own country first: a foreign state named before, روسيا as a supplier or اليمن as a route, is
        # seldom the country a side of which the report means)
        named = [cc for pos, s, cc in countries if pos < start and s >= sentence - PRONOUN_REACH]
        cc = article_country or (named[-1] if named else "")
        p = gaz.by_id(f"country:{cc}") if cc else None
        if p is None:
            continue
        head = vocab.heads[w.group("head")]
        res = _resolution(gaz, p, head.precision_admin, head.direction, 1, feature=_region_feature(p, head.direction))
        out.append((start, end, sentence, res, "region"))
    return out


def _capital_mentions(
    article: Article, text: str, gaz: Gazetteer, mentions: list, sentence_starts: list[int], article_country: str
) -> list[tuple[int, int, int, PlaceResolution | None, str]]:
    """العاصمة الجزائرية، وسط العاصمة: the capital a report names without its name is the capital of the country its
    adjective names, else of the article's country; when the name follows (العاصمة طرابلس) or the word is already
    part of a mention (جنوب العاصمة), the mention there stands."""
    out: list[tuple[int, int, int, PlaceResolution | None, str]] = []
    if "العاصمه" not in text:
        return out
    taken = [(m[0], m[1]) for m in mentions]
    nisbas = _nisba_forms(gaz)
    home: str | None = None  # the report's country, worked out at the first bare العاصمة
    for w in _CAPITAL.finditer(text):
        start, end = w.start(1), w.end()
        if any(a < end + 1 and start < b for a, b in taken):
            continue
        after = _next_word(text, end)
        for _ in range(2):
            # العاصمة اليمنية المؤقتة عدن: an adjective of the capital may stand before the name
            if after is None or any(a <= after[0] < b for a, b in taken) or not text.startswith("ال", after[0]) \
                    or not text[after[0] : after[1]].endswith(("ه", "ي")):
                break
            after = _next_word(text, after[1])
        if after is not None and any(a <= after[0] < b for a, b in taken):
            continue  # العاصمة الليبية طرابلس: the city is named
        if w.group(2):
            cc = nisbas.get(w.group(2), "")
        else:
            # with no place named, a nationality of the report's people tells its country (المواطنين الجزائريين)
            if home is None:
                home = article_country or _sole_nisba(text, gaz, article, sentence_starts)
            cc = home
        capital = _capital_of(gaz, cc) if cc else None
        if capital is None:
            continue
        sentence = _sentence_index(article, sentence_starts, start)
        out.append((start, end, sentence, _resolution(gaz, capital, 1, None, 1), "described"))
    return out


def _most_frequent(counts: dict[str, int]) -> str:
    """The key with the highest count, the first counted of equals, as ``Counter.most_common(1)`` picks it."""
    return max(counts, key=counts.__getitem__)


def _place_mentions(article: Article, mentions: list[tuple[int, int, int, PlaceResolution | None, str]]) -> list[Mention]:
    """The mentions of sorted (normalized start, end, sentence, resolution, role) tuples, as
    :meth:`Article.mention_at` makes them: placed on the raw span each normalized range came from.

    The raw offsets are read from the article's offset map directly: mention_at's checked :class:`Span` per mention
    cost as much as the rest of this step. A range that needs its care (empty, out of the text, or an article not
    normalized) still goes through it.
    """
    offsets = article.offsets
    if offsets is None:
        n, starts, ends = -1, None, None  # every mention then goes through mention_at, which raises
    else:
        n, starts, ends = len(offsets.starts), offsets.starts, offsets.ends
    raw = article.raw
    out = []
    for i, (ns, ne, sent, res, role) in enumerate(mentions):
        if 0 <= ns < ne <= n:
            rs, re_ = starts[ns], ends[ne - 1]
            out.append(Mention(f"place-{i}", MentionKind.PLACE, rs, re_, raw[rs:re_], res, sent, role))
        else:
            out.append(article.mention_at(f"place-{i}", MentionKind.PLACE, ns, ne, res, sent, role))
    return out


def _drop_hyphen_glued(text: str, kept: list[_Match]) -> list[_Match]:
    """Drop a name glued by a hyphen to a word that is no place (سيريدينا-بودا, a Ukrainian village: بودا alone is
    Hungary's Buda): it is one part of a compound name the gazetteer lacks. Two places so joined (طريق حلب-دمشق)
    both stay."""
    starts = {m.word_start for m in kept}
    ends = {m.end for m in kept}
    out = []
    for m in kept:
        ws, e = m.word_start, m.end
        if ws >= 2 and text[ws - 1] == "-" and _is_word_char(text[ws - 2]) and ws - 1 not in ends:
            i = ws - 2
            while i > 0 and _is_word_char(text[i - 1]):
                i -= 1
            if not _known_word(text[i : ws - 1]):
                continue
        if e + 1 < len(text) and text[e] == "-" and _is_word_char(text[e + 1]) and e + 1 not in starts:
            j = e + 1
            while j < len(text) and _is_word_char(text[j]):
                j += 1
            if not _known_word(text[e + 1 : j]):
                continue
        out.append(m)
    return out


@lru_cache(maxsize=1)
def _facility_heads() -> frozenset[str]:
    """Nouns that open a building's or street's name (facility_heads.tsv), less those that also announce a place
    (مخيم جنين, حي الشجاعية are that camp and that quarter: place_cues.tsv) and markets, which take their town's
    name where they are (سوق دبي المالي)."""
    cues = {normalize(r["cue"]) for r in load_table("place_cues.tsv").rows}
    return frozenset(f for r in load_table("facility_heads.tsv").rows
                     if (f := normalize(r["form"])) not in cues and r["facility"] != "market")


@lru_cache(maxsize=1)
def _street_heads() -> frozenset[str]:
    """The facility heads of kind street (شارع، شارعي): a street is named after a town it is not in."""
    return frozenset(normalize(r["form"]) for r in load_table("facility_heads.tsv").rows if r["facility"] == "street")


def _drop_facility_names(text: str, kept: list[_Match]) -> list[_Match]:
    """Drop a name that only names a building or street (مستشفى القدس في حي تل الهوى بمدينة غزة, شارع بغداد في
    دمشق) when a later place of the sentence says where it stands: Gaza's al-Quds hospital is not in Jerusalem. Alone
    (مستشفى حلب الجامعي), the name still places the hospital in its town; a street's name never does (شارعي عمر
    المختار وجمال عبد الناصر، وسط المدينة: Omar al-Mukhtar Street is in Zawiya, no village of that name)."""
    heads = _facility_heads()
    out = []
    for m in kept:
        # the name in construct right after the noun; بمستشفى بالأردن is a hospital in Jordan
        if not m.cued and m.region is None and text[m.word_start : m.start] in ("", "ال") and m.before is not None \
                and any(f in heads for f in strip_proclitics(m.before)) \
                and (any(o.sentence == m.sentence and o.start > m.end for o in kept)
                     or any(f in _street_heads() for f in strip_proclitics(m.before))):
            continue
        out.append(m)
    return out


def _known_word(word: str) -> bool:
    # a word of the lexicon glued by a typo (دمشق-الدولي) leaves the name a name
    return _frequent_word(word) or any(stem in common_words() for _, stem in stem_candidates(word))


#: a cue-named match farther than this from every other place of the article may be the first word of a longer
#: unknown name (مخيم نور شمس near Tulkarm is not Nur in Iran)
PARTIAL_NAME_KM = 400.0


def _drop_partial_names(text: str, kept: list[_Match], vocab: PlaceVocabulary) -> tuple[list[_Match], set[int]]:
    """Drop a cue-named match that is only the first word of a longer name the gazetteer lacks (مخيم نور شمس: نور
    is a town of Iran), so the whole name becomes one unresolved mention; returns the kept matches and the starts of
    the dropped ones. Only when every candidate lies farther than :data:`PARTIAL_NAME_KM` from every other place
    (countries aside) the article names: a town near the others keeps its reading (مخيم جنين عام 2002 ... حيفا),
    and so does a name with no other place to compare with."""
    starts = {m.start for m in kept}
    suspects = []
    for m in kept:
        # an area cue opens a name the same way when the match is a name's first element (منطقة وادي القمر: وادي
        # alone is Algeria's El Oued)
        if m.cued and m.region is None and not m.governs_list and (
            m.cue_role == "town" or text[m.word_start : m.end] in vocab.elements
        ):
            nxt = _next_word(text, m.end)
            word = text[nxt[0] : nxt[1]] if nxt is not None else ""
            # an imperfect verb (يضم, تقع) often follows a known town as the sentence goes on: not a name's part
            # (a word the morphology does not read as a verb may still be, يابال in بلدة عدن يابال)
            imperfect = word.startswith(("ي", "ت")) and (word in verb_words() or analyze(word).pos in ("verb", ""))
            if nxt is not None and nxt[0] not in starts and not imperfect and _continues_name(word, vocab):
                suspects.append(m)
    if not suspects:
        return kept, set()
    # only the places that are not suspects themselves are evidence (حيفا and نور would otherwise drop each other)
    # (nor is another mention of a suspect's longer name: عدن يابال written first without its cue)
    def with_next(m: _Match) -> str:
        nxt = _next_word(text, m.end)
        return text[m.word_start : nxt[1]] if nxt is not None else ""

    suspect_names = {with_next(m) for m in suspects}
    others = [
        q for o in kept if o.role != "context?" and not any(o is x for x in suspects)
        and with_next(o) not in suspect_names for q in o.places
        if q.feature != "country" and q.latitude is not None
    ]  # fmt: skip
    dropped = {m.start for m in suspects if others and all(_far_from(p, others) for p in m.places)}
    # بلدة مجدل زون in a report on south Lebanon: after a town cue, a first word that is only a town of a country the
    # article's other places never are (Israel's Migdal, Iran's Deyr) is the first word of the village's name the
    # gazetteer lacks, however near that town lies, unless the next word is a verb (قرية دير سلم: سلم 'handed over')
    named = {
        q.country_code for o in kept if o.role != "context?" and not any(o is x for x in suspects)
        if len({p.country_code for p in o.places}) == 1 for q in o.places[:1]
    }  # fmt: skip
    for m in suspects:
        nxt = _next_word(text, m.end)
        if m.start in dropped or m.cue_role != "town" or not named or nxt is None:
            continue
        if _news_verb(text[nxt[0] : nxt[1]]) or text[nxt[0] : nxt[1]] in verb_words():
            continue
        if not any(p.country_code in named for p in m.places):
            dropped.add(m.start)
    # سيطرت الحركة على عدن يابال؛ البلدة ... أخلت مواقعها في بلدة عدن يابال: the longer name a cue showed is that name
    # wherever the article writes it, with or without the cue
    longer = {with_next(m) for m in kept if m.start in dropped} - {""}
    if longer:
        dropped |= {m.start for m in kept if m.start not in dropped and with_next(m) in longer}
    return [m for m in kept if m.start not in dropped], dropped


def _far_from(p: Place, others: list[Place], km: float = PARTIAL_NAME_KM) -> bool:
    """True when ``p`` lies farther than ``km`` (:data:`PARTIAL_NAME_KM`) from each of ``others``."""
    if p.latitude is None:
        return False
    kx = math.cos(math.radians(p.latitude)) ** 2
    limit = (km / 111.195) ** 2
    return all((p.latitude - q.latitude) ** 2 + kx * (p.longitude - q.longitude) ** 2 > limit for q in others)


def _admin_unit_for_region(gaz: Gazetteer, p: Place, m: _Match) -> Place | None:
    """The admin unit a region expression names: a unit itself, the governorate of its seat, or a country."""
    if p.feature in ("admin1", "admin2", "country", "region", "world_region", "sea"):
        return p
    if (m.cued and m.cue_role == "town") or (m.region is not None and (m.region.kind == "near" or m.region.text == _AMID)):
        return None  # شرق مدينة حماة, قرب حماة and وسط حمص are around or in the city, not its governorate
    # ريف حماة: Hama the city is the seat of Hama governorate; prefer the governorate among the candidates
    for i in m.candidates:
        c = gaz.place(i)
        if c.feature == "admin1" and c.country_code == p.country_code and c.admin1 == p.admin1:
            return c
    return None


def _unresolved(
    article: Article,
    text: str,
    vocab: PlaceVocabulary,
    gaz: Gazetteer,
    final: list[_Match],
    sentence_starts: list[int],
    cue_spans: list[tuple[int, int]],
    partial_starts: frozenset[int] | set[int] = frozenset(),
    taken: Sequence[tuple[int, int]] = (),
):
    """Cue-named places missing from the gazetteer (بلدة X), resolved to their admin context. ``cue_spans`` are the
    town cues of the text (:func:`_markers`); ``partial_starts`` are the starts of gazetteer matches dropped as the
    first word of a longer name, whose next word may be common; ``taken`` are spans already given a mention of their
    own."""
    # most articles have no cue that opens a name: the coverage and the contexts below are built only for those that do
    opening = []
    for cue_start, cue_end in cue_spans:
        if _proclitics_only(text, cue_start):
            cue = vocab.cue(text[cue_start:cue_end])
            if cue is not None and _opens_unknown_names(cue):
                opening.append((cue_start, cue_end, cue))
    if not opening:
        return []
    covered = bytearray(len(text))
    for a, b in [(m.span_start, m.span_end) for m in final] + list(taken):
        covered[a:b] = b"\x01" * (b - a)
    by_sentence: dict[int, list[_Match]] = {}
    for m in final:
        # (a continent, غرب إفريقيا, is in no country: no host for a town)
        if m.chosen is not None and m.chosen.feature != "country" and m.chosen.country_code:
            by_sentence.setdefault(m.sentence, []).append(m)
    starts = {m.span_start: m for m in final}
    out = []
    for cue_start, cue_end, cue in opening:
        # منطقة زراعية, منطقة عسكرية: an area cue is mostly followed by a common word or an adjective, so its unknown
        # name counts only as a compound with an element (منطقة عين زارة, منطقة تل أبيض, منطقة أبو شوك)
        # (a ``located`` cue, مناطق, opens names only where a unit files them: مناطق X وY بالولاية ذاتها)
        compound_only = cue.role != "town" or cue.unresolved in ("compound", "located")
        ws = _scan_of(text).rfind(" ", 0, cue_start) + 1
        before = _prev_word(text, ws) if ws == cue_start else None
        if _in_organisation(text, (ws, cue_end), vocab) or (
            before is not None and _in_organisation(text, before, vocab)
        ):
            continue  # رئيس بلدية نابلس, بلدية مدينة البيرة: the council, not a place
        quoted = _quoted_name(text, cue_end)
        if quoted is not None and cue.role in ("town", "admin2", "admin3") and not any(covered[quoted[0] : quoted[1]]):
            # قرية "اللعوتة الحجاج": the quotes bound the name, whatever its words
            start, end = quoted
            sentence = _sentence_index(article, sentence_starts, start)
            context = (_host_after(text, end + 1, vocab, starts, set_off=True)
                       or _belonging_host(text, end + 1, vocab, starts)
                       or _context_for(by_sentence, final, start, sentence))
            known = _quoted_town(gaz, text[start:end], context)
            if known is not None:
                out.append((start, end, sentence, _resolution(gaz, known, PRECISION.get(known.feature, 1), None, 1),
                            ""))
            else:
                out.append((start, end, sentence, _resolution_in_context(gaz, context, _written(article, start, end)),
                            "unresolved"))
            covered[start:end] = b"\x01" * (end - start)
            continue
        nxt = _next_word(text, cue_end)
        # a dual cue (بلدتي عيتا الشعب وكفركلا) governs the name coordinated after its first one, a plural cue
        # (قرى، أحياء) every name of its list
        governed = (2 if cue.dual else MAX_LIST_NAMES) if cue.plural else 1
        taken = 0
        while nxt is not None and taken < MAX_LIST_NAMES:
            if 1 in covered[nxt[0] : nxt[1]]:
                if not cue.plural or not covered[nxt[0]]:
                    break
                # a known place of a plural cue's list (بلدات كفرنبل وحزارين): step over it to the names after it
                end = nxt[0]
                while end < len(covered) and covered[end]:
                    end += 1
                taken += 1
                nxt = _next_list_name(text, end)
                continue
            word = text[nxt[0] : nxt[1]]
            if taken and (word in common_words() or word.startswith("ال") and word[2:] in common_words()):
                break  # بلدتي حزارين والقصف مستمر: a common noun after the list's first name ends the list
            if taken and _news_verb(word):
                break  # اقتحمت بلدة غدير البستان واعتقلت شابين: the clause goes on with a verb, no second name
            span = _cued_name(text, nxt, cue, vocab, covered, nxt[0] in partial_starts)
            if span is None or (taken >= governed and not _located_unknown(text, span, vocab)):
                break
            if compound_only and (text[nxt[0] : nxt[1]] not in vocab.elements or " " not in text[span[0] : span[1]]) \
                    and not _foreign_name(text[span[0] : span[1]]) \
                    and not (cue.unresolved == "located" and _unit_follows(text, span, vocab)):
                break
            # (the list goes on past a bracketed Latin spelling of the name: بانيكوارا (Banikoara) وكودو)
            past = _past_gloss(text, span[1])
            after = _next_word(text, past) if cue.plural and taken == 0 else None
            if cue.plural and taken == 0 and (after is None or not text.startswith("و", after[0])) and not (
                    not cue.dual and _next_comma_name(text, past) is not None
                    and not text[span[0] : span[1]].endswith(_PLURAL_NISBA)):
                # a dual names two places (بلدتي X وY); مدينتي تعاني is 'my city suffers'; a plural's list may run on
                # over commas (قرى الراغبية، الشعبانية وقصاجك)
                break
            taken += 1
            start, end = span
            sentence = _sentence_index(article, sentence_starts, start)
            located = (
                _host_after(text, end, vocab, starts, set_off=True)
                or _belonging_host(text, end, vocab, starts)
                or _region_after(text, end, starts)
                or _host_after_word(text, end, vocab, starts)
            )
            context = located or _context_for(by_sentence, final, start, sentence)
            if context is not None and context.span_start > end and _far_from_host(text, end, context.span_start):
                # بلدة نزكو ...، على بعد 700 كيلومتر شرقي العاصمة بانغي: a town hundreds of kilometres off only
                # measures where the place is: the place is in that town's country, not near it
                res = _in_country(gaz, context.chosen.country_code if context.chosen else "", _written(article, start, end))
            else:
                res = _resolution_in_context(gaz, context, _written(article, start, end))
            # (a town of cities500 the name transliterates is a place of its own, no longer an unresolved one)
            town = _transliterated_town(gaz, text[start:end], context, _written(article, start, end),
                                        in_unit=located is not None)
            out.append((start, end, sentence, town, "") if town is not None else (start, end, sentence, res, "unresolved"))
            covered[start:end] = b"\x01" * (end - start)
            nxt = _next_list_name(text, past)
            if nxt is None and cue.plural and not cue.dual:
                nxt = _next_comma_name(text, past)
    return _measured_from(text, gaz, final, out)


#: a distance that places a name from a town (normalized: ى is ي; على بعد 12 كيلومترا جنوب غرب الفاشر, يبعد 30 كلم عن باماكو)
_DISTANCE = re.compile(r"(?<!\w)(?:علي (?:بعد|مسافه)|[يت]بعد)(?!\w)")
#: how far after the name the distance may be written, and the town after the distance (characters)
_DISTANCE_REACH, _DISTANCE_TOWN_REACH = 120, 60


def _measured_from(text: str, gaz: Gazetteer, final: list[_Match], out: list) -> list:
    """Unknown names put at a province or region (precision 3) that the report places at a distance from a town
    of the same country (مخيم زمزم بولاية شمال دارفور ... زمزم، الواقع على بعد 12 كيلومترا جنوب غرب الفاشر): every
    mention of the name goes near that town (ACLED's precision 2), the nearest place the report gives."""
    if not out:
        return out
    # no scan of the whole text for a distance word: only the few characters after each unknown name are read
    towns = [m for m in final if m.chosen is not None and m.chosen.feature == "populated_place"]
    found: dict[str, _Match] = {}
    for start, end, _sentence, res, role in out:
        name = text[start:end]
        if role != "unresolved" or res is None or res.geo_precision < 3 or name in found or len(name) < 3:
            continue
        pos = text.find(name)
        while pos >= 0:
            whole = (pos == 0 or not _is_word_char(text[pos - 1])) and (
                pos + len(name) == len(text) or not _is_word_char(text[pos + len(name)]))
            town = _town_measured(text, pos + len(name), towns, res.country_code) if whole else None
            if town is not None:
                found[name] = town
                break
            pos = text.find(name, pos + 1)
    if not found:
        return out
    moved = []
    for start, end, sentence, res, role in out:
        town = found.get(text[start:end]) if res is not None and res.geo_precision >= 3 else None
        if town is not None and town.chosen is not None and town.chosen.country_code == res.country_code:
            res = _resolution(gaz, town.chosen, 2, None, 0, name_ar=res.name_ar or "")
        moved.append((start, end, sentence, res, role))
    return moved


#: farther than this (km) from a town, a place is no longer near it (ACLED's precision 2): 60 كيلومترا عن
#: داماتورو leaves a base at its state's level
NEAR_KM = 50
_FIGURE = re.compile(r"\d+")
_HUNDREDS = ("مئ", "مائ", "الف", "آلاف", "الاف")


def _far_distance(after: str) -> bool:
    """Whether the distance written at the start of ``after`` (نحو 12 كيلومترا, 60 كلم, مئة كيلومتر) is more
    than :data:`NEAR_KM`."""
    head = " ".join(after.split(" ")[:3])
    figure = _FIGURE.search(head)
    if figure is not None:
        return int(figure.group()) > NEAR_KM
    return any(w.startswith(_HUNDREDS) for w in head.split(" "))


def _in_country(gaz: Gazetteer, cc: str, name_ar: str) -> PlaceResolution | None:
    """A place the gazetteer lacks, put in the country ``cc`` only (precision 3), or None for no such country."""
    index = gaz.country_places.get(cc)
    return None if index is None else _resolution(gaz, gaz.place(index), 3, None, 0, name_ar=name_ar)


def _far_from_host(text: str, end: int, host_start: int) -> bool:
    """Whether a distance beyond :data:`NEAR_KM` is written between a name ending at ``end`` and its host."""
    d = _DISTANCE.search(text, end, host_start)
    return d is not None and _far_distance(text[d.end() : d.end() + 30])


def _town_measured(text: str, end: int, towns: list[_Match], cc: str | None) -> _Match | None:
    """The town a distance right after ``end`` (within the sentence) is measured from, if any."""
    window = text[end : end + _DISTANCE_REACH]
    d = _DISTANCE.search(window)
    if d is None or "." in window[: d.start()]:
        return None
    lo = end + d.end()
    if _far_distance(text[lo : lo + 30]):
        return None
    for m in towns:
        if lo <= m.start <= lo + _DISTANCE_TOWN_REACH and "." not in text[lo : m.start]:
            return m if m.chosen is not None and m.chosen.country_code == cc else None
    return None


def _host_after(
    text: str, end: int, vocab: PlaceVocabulary, starts: dict[int, _Match], countries: bool = False,
    set_off: bool = False, joined: bool = False,
) -> _Match | None:
    """The place a name is said to lie in right after it: في Y, or an administrative unit directly (مدينة بارا في
    ولاية شمال كردفان، بلدة شقرا قضاء بنت جبيل); it outranks any place named before, such as a dateline's city.
    A country counts as that place only when ``countries`` says so. With ``set_off`` (for a name the gazetteer lacks)
    the unit may also be set off by a comma or a bracket (بلدة الخيام، قضاء مرجعيون) or joined by ب (بلدة تول بقضاء
    النبطية); between known places a comma more often separates a list. With ``joined`` any place joined by ب counts
    (الثورة بأم درمان، قرية X بريف إدلب)."""
    if text.startswith('"', end):
        end += 1  # منطقة "الشعب" في العاصمة بغداد: the closing quote of the name
    after = _next_word(text, end)
    comma = False
    if after is None:
        m = _SET_OFF_WORD.match(text, end) if set_off else None
        if m is None:
            return None
        after, comma = m.span(1), True
    word = text[after[0] : after[1]]
    cue = vocab.cues.get(word)
    if cue is None and set_off and not comma and word.startswith("ب"):
        cue = vocab.cues.get(word[1:])
        after = (after[0] + 1, after[1]) if cue is not None else after
    if cue is not None and cue.role.startswith("admin") and not cue.plural:
        host = starts.get(after[0])
    elif comma:
        return None
    elif word in ("في", "فى"):
        nxt = _next_word(text, after[1])
        if nxt is not None and nxt[0] not in starts and text[nxt[0] : nxt[1]] in vocab.cues:
            nxt = _next_word(text, nxt[1])  # منطقة "الشعب" في العاصمة بغداد: the unit's cue word before its name
        host = starts.get(nxt[0]) if nxt is not None else None
    elif joined and word.startswith("ب") and after[0] + 1 in starts:
        host = starts[after[0] + 1]
    else:
        return None
    if host is None or host.chosen is None or (host.chosen.feature == "country" and not countries):
        return None
    return host


def _host_after_word(text: str, end: int, vocab: PlaceVocabulary, starts: dict[int, _Match]) -> _Match | None:
    """The administrative unit named one word after a name the cue took only the first word of (منطقة شعب الحافة
    بمديرية شعوب: الحافة is a common word, so the name stopped before it): a unit joined by ب or set off by a cue,
    not a mere في, which may open the next clause."""
    nxt = _next_word(text, end)
    if nxt is None or text[nxt[0] : nxt[1]] in vocab.cues or nxt[0] in starts:
        return None
    after = _next_word(text, nxt[1])
    if after is None or text[after[0] : after[1]] in ("في", "فى"):
        return None
    host = _host_after(text, nxt[1], vocab, starts, set_off=True)
    return host if host is not None and host.chosen is not None and host.chosen.feature.startswith("admin") else None


def _belonging_host(text: str, end: int, vocab: PlaceVocabulary, starts: dict[int, _Match]) -> _Match | None:
    """The place a participle of belonging puts a name in (منطقة "عرب كوي" التابعة لمدينة داقوق، قرية X التابعة
    لداقوق): any known place but a country, with or without its own cue."""
    if text.startswith('"', end):
        end += 1
    nxt = _next_word(text, end)
    if nxt is None or text[nxt[0] : nxt[1]] not in _BELONGING:
        return None
    after = _next_word(text, nxt[1])
    if after is None or not text.startswith("ل", after[0]):
        return None
    start = after[0] + 1
    if start not in starts and text[start : after[1]] in vocab.cues:
        name = _next_word(text, after[1])  # التابعة لمدينة داقوق: a town's cue stands outside its mention
        start = name[0] if name is not None else start
    host = starts.get(start)
    return host if host is not None and host.chosen is not None and host.chosen.feature != "country" else None


def _region_after(text: str, end: int, starts: dict[int, _Match]) -> _Match | None:
    """A direction from a known place right after a name (منطقة طاروجا شمال شرقي رام الله): where the name lies."""
    after = _next_word(text, end)
    host = starts.get(after[0]) if after is not None else None
    return host if host is not None and host.region is not None and host.chosen is not None else None


# (a quote glued to the cue with a space after it, مقاطعة" خلال احتجاجات "يوم, closes a quotation the cue ends; an
# opening one is glued to the name, قرية"التكلة جبارة", or set off on both sides)
_QUOTED = re.compile(r'(?: *"(?=[\u0621-\u064a])| +" )([\u0621-\u064a]+(?: [\u0621-\u064a]+){0,3}) ?"')


def _quoted_town(gaz: Gazetteer, name: str, context: _Match | None) -> Place | None:
    """The town a quoted name after a town cue is, when the gazetteer knows one: in the country, then the first-level
    unit, of the place that gives its context, then the most populous."""
    towns = [p for p in gaz.lookup(name) if p.feature in ("populated_place", "neighbourhood")]
    if not towns:
        return None
    near = context.chosen if context is not None else None
    home, unit = (near.country_code, near.admin1) if near is not None else ("", "")
    return max(towns, key=lambda p: (p.country_code == home, bool(unit) and p.admin1 == unit, p.population))


def _quoted_name(text: str, pos: int) -> tuple[int, int] | None:
    """The span inside quotes right after ``pos`` (normalized text writes every quote as "), one to four words."""
    m = _QUOTED.match(text, pos)
    return m.span(1) if m is not None else None


def _next_list_name(text: str, end: int) -> tuple[int, int] | None:
    """The word after a list's name at ``end`` without its و, when only و stands between (بلدتي X وY), else None."""
    nxt = _next_word(text, end)
    if nxt is None or not text.startswith("و", nxt[0]) or nxt[1] - nxt[0] < 3:
        return None
    return nxt[0] + 1, nxt[1]


#: the endings of a plural nisba (سوريين، لبنانيون): the people a plural cue's places belong to (مخيمات سوريين)
_PLURAL_NISBA = ("يين", "يون")
#: a comma between two names of a plural cue's list (normalized text writes the Arabic comma ,)
_LIST_COMMA = re.compile(r" *, *")


def _next_comma_name(text: str, end: int) -> tuple[int, int] | None:
    """The word after a comma right after a list's name at ``end`` (قرى تل أحمر، الراغبية، الشعبانية وقصاجك), with
    its و when it has one stripped, else None: a plural cue's list runs on over commas."""
    m = _LIST_COMMA.match(text, end)
    nxt = _next_word(text, m.end()) if m is not None else None
    if nxt is None or nxt[1] - nxt[0] < 3:
        return None
    return (nxt[0] + 1, nxt[1]) if text.startswith("و", nxt[0]) else nxt


def _written(article: Article, start: int, end: int) -> str:
    """The raw text of a normalized range: a name the gazetteer lacks keeps the reporter's spelling (ة, أ)."""
    span = article.raw_span(start, end)
    return article.raw[span.start : span.end]


#: (country, GeoNames admin1 code) -> the admin1 name the gazetteer gives, per gazetteer
_ADMIN1_NAMES = _GazetteerMemo()


def _transliterated_town(gaz: Gazetteer, name: str, context: _Match | None, name_ar: str,
                         in_unit: bool = False) -> PlaceResolution | None:
    """The town the gazetteer has no Arabic name for whose Latin name a cue-named unknown name transliterates, in the
    country its context places it, and in the province when the text files it there (``in_unit``: بلدة تاريمورو بولاية
    جواناخواتو; a place merely named nearby, as Cirebon beside بيكالونجان, gives only the country), as a town of its
    own (precision 1); None when the context gives no country or no single town fits."""
    from marsad.places.transliteration import find_town

    if context is None or context.chosen is None or not context.chosen.country_code:
        return None
    p = context.chosen
    admin1_code = p.admin1_code if p.feature != "country" and in_unit else ""
    town = find_town(name, p.country_code, admin1_code)
    if town is None:
        return None
    names = _ADMIN1_NAMES.of(gaz)
    if not names:
        names.update(((u.country_code, u.admin1_code), u.admin1) for u in (Place(*r) for r in gaz.rows)
                     if u.feature == "admin1" and u.admin1_code)
    place = Place(id=f"geonames:{town.geonames_id}", name=town.name, name_ar=name_ar, latitude=town.latitude,
                  longitude=town.longitude, country_code=town.country_code,
                  admin1=names.get((town.country_code, town.admin1_code), ""), population=town.population,
                  geonames_id=town.geonames_id, admin1_code=town.admin1_code)
    return _resolution(gaz, place, 1, None, 1, name_ar=name_ar)


def _resolution_in_context(gaz: Gazetteer, context: _Match | None, name_ar: str) -> PlaceResolution | None:
    """Where a place the gazetteer does not hold is put: at the place named nearest before it, with precision 2
    beside a town (ACLED: 'a town near ...') and 3 within a region or country, the region's direction kept."""
    if context is None or context.chosen is None:
        return None
    p = context.chosen
    precision = 2 if p.feature in ("populated_place", "neighbourhood") and context.region is None else 3
    unit = _admin_unit_for_region(gaz, p, context) if context.region is not None else None
    direction = None
    if context.region is not None:
        parts = (context.region.direction, context.adjective.direction if context.adjective else "")
        direction = "-".join(d for d in parts if d) or None
    if unit is None and context.region is not None and p.feature == "populated_place":
        # قرية X شمال شرقي رام الله: near a town, as the direction from the town itself is (ACLED's 2)
        precision = context.region.precision_town
    target = unit or p
    return _resolution(gaz, target, precision, direction, 0, name_ar=name_ar, feature=_region_feature(target, direction))


#: a place of another country than the article's, below this population, that nothing else in the article puts in
#: its country (no other place there, no nisba of it) is read as an unlisted place of the article's own country
STRAY_POPULATION = 100_000
_STRAY_FEATURES = frozenset({"populated_place", "neighbourhood", "admin2", "admin3"})


def _set_apart_strays(
    text: str, gaz: Gazetteer, vocab: PlaceVocabulary, article: Article, final: list[_Match], country: str,
    sentence_starts: list[int],
) -> tuple[list[_Match], dict[int, tuple[_Match, _Match | None]]]:
    """Split off the small foreign places an article about one country never situates abroad.

    cities500 holds a few hundred of a country's thousands of villages, so a village of a Jordanian flood report
    (منطقة الجفر) often matches only a namesake in Saudi Arabia, and a Cairo district (المرج) only a Libyan town. A
    reporter who means a small place abroad says where it is: its country, a neighbouring place or a nisba (بلدة
    أقجة قلعة التركية). Without any of that, the namesake is the likelier error.
    """
    small = [m for m in final if _small_place(m)]
    # a town cue puts even a large namesake's name in question when the text places it in another country: بلدة بوني
    # في مالي is no town of India's Pune, nor is قرب بلدة بوني في وسط مالي
    situated = small + [
        m for m in final
        if m.cued and m.cue_role == "town" and (m.region is None or m.region.kind == "near") and m.chosen is not None
        and not _small_place(m)
    ]  # fmt: skip
    # المنطقة الوسطى في هايتي: any name the text puts in a country right after it (not only a small place) must have a
    # namesake there
    starts = {m.span_start: m for m in final}
    situated += [m for m in final if m not in situated and m.chosen is not None and m.chosen.feature != "country"
                 and _in_named_country(text, m, starts, vocab)]
    strays = _contained_strays(text, gaz, vocab, final, situated) if situated else {}
    strays.update(_towns_in_foreign_units(text, gaz, vocab, final, strays))
    strays.update(_towns_before_a_direction(text, gaz, vocab, final, strays))
    home = sum(1 for m in final if m.chosen is not None and m.chosen.country_code == country and not m.role)
    if country:
        # في مالي ... في منطقة نارا: a unit of another country (Japan's Nara prefecture) named with an administrative
        # cue after the report named its own country, in a report that names nothing of that other country, is an
        # unlisted unit of the report's country (a unit abroad is named with its country: ولاية كاليفورنيا الأمريكية)
        named_at = min((m.start for m in final if m.chosen is not None and m.chosen.feature == "country"
                        and m.chosen.country_code == country), default=None)
        units = [m for m in final if named_at is not None and named_at < m.start and id(m) not in strays
                 and m.cued and m.cue_role in _ADMIN_FEATURES
                 and m.chosen is not None and m.chosen.feature in _ADMIN_FEATURES
                 and m.chosen.country_code != country and not any(p.country_code == country for p in m.places)]
        if units:
            ids = {id(m) for m in units}
            situated = {m.chosen.country_code for m in final if m.chosen is not None and id(m) not in ids}
            situated |= _nisbas_present(text, gaz, {m.chosen.country_code for m in units} - situated)
            strays.update((id(m), (m, None)) for m in units if m.chosen.country_code not in situated)
    # with the article's country resting on a single name, too weak to overrule another, only containment counts
    if country and home >= 2:
        # (a namesake of the article's country counts only if it is still a reading: حي القصور in Daraa is none of
        # the Qusur quarters of Damascus or Homs, which the neighbourhood filter dropped as no city of theirs is named)
        suspects = [
            m for m in small
            if id(m) not in strays and m.chosen.country_code != country
            and not any(p.country_code == country for p in m.places)
        ]  # fmt: skip
        if suspects:
            ids = {id(m) for m in suspects}
            situated = {m.chosen.country_code for m in final if m.chosen is not None and id(m) not in ids}
            situated |= _nisbas_present(text, gaz, {m.chosen.country_code for m in suspects} - situated)
            strays.update((id(m), (m, None)) for m in suspects if m.chosen.country_code not in situated)
    strays.update(_parts_of_the_town(text, vocab, final, strays))
    if not strays:
        return final, {}
    return [m for m in final if id(m) not in strays], strays


#: the administrative levels a cue or a place may have
_ADMIN_FEATURES = frozenset({"admin1", "admin2", "admin3"})


_ANAPHOR_WORD = re.compile(r'"? *([\u0621-\u064a]+)(?: ([\u0621-\u064a]+))? (ال[\u0621-\u064a]+)')


def _parts_of_the_town(
    text: str, vocab: PlaceVocabulary, final: list[_Match], found: dict
) -> dict[int, tuple[_Match, _Match | None]]:
    """Names said to lie in a direction from "the town" (منطقة "البرج" شرق البلدة، حي X غربي القرية): a part of the
    town last named with that cue (بلدة المزرعة الشرقية) when the gazetteer holds the name only in another country; by
    id, each with that town, where :func:`_stray_mentions` puts it (precision 2)."""
    out: dict[int, tuple[_Match, _Match | None]] = {}
    for n, m in enumerate(final):
        if id(m) in found or m.chosen is None:
            continue
        words = _ANAPHOR_WORD.match(text, m.span_end + (text[m.span_end : m.span_end + 1] == '"') + 1)
        if words is None:
            continue
        w1, w2, anaphor = words.groups()
        head = vocab.heads.get(w1 + " " + w2) if w2 else vocab.heads.get(w1)
        cue = vocab.cues.get(anaphor[2:])
        if head is None or not head.direction or cue is None or cue.role != "town":
            continue
        # the town the anaphor points back to: the last one named before with the same cue word
        for o in reversed(final[:n]):
            if o.chosen is not None and o.before is not None and anaphor[2:] in strip_proclitics(o.before):
                # a namesake in the town's own country may be the neighbour village meant (مخيم بلاطة شرق المدينة)
                if o.chosen.country_code != m.chosen.country_code:
                    out[id(m)] = (m, o)
                break
    return out


def _small_place(m: _Match) -> bool:
    p = m.chosen
    return m.region is None and p is not None and p.feature in _STRAY_FEATURES and p.population < STRAY_POPULATION


def _in_named_country(text: str, m: _Match, starts: dict[int, _Match], vocab: PlaceVocabulary) -> bool:
    """Whether في and a country's name follow the name right after it (المنطقة الوسطى في هايتي), or ب and a place
    named with its cue (منطقة الزرقاء بحي التفاح): the text puts the name inside that place."""
    after = _next_word(text, m.span_end)
    if after is None:
        return False
    word = text[after[0] : after[1]]
    if word.startswith("ب"):
        host = _host_after_cue(text, m.span_end, vocab, starts)
        return host is not None and host.chosen is not None
    if word not in ("في", "فى"):
        return False
    nxt = _next_word(text, after[1])
    host = starts.get(nxt[0]) if nxt is not None else None
    return host is not None and host.chosen is not None and host.chosen.feature == "country"


def _host_after_cue(text: str, end: int, vocab: PlaceVocabulary, starts: dict[int, _Match]) -> _Match | None:
    """The place joined by ب and its cue right after ``end`` (منطقة الزرقاء بحي التفاح, بمدينة مأرب), whether its
    mention holds the cue or starts after it."""
    after = _next_word(text, end)
    if after is None or not text.startswith("ب", after[0]):
        return None
    return _cued_place_at(text, (after[0] + 1, after[1]), vocab, starts)[1]


def _contained_strays(
    text: str, gaz: Gazetteer, vocab: PlaceVocabulary, final: list[_Match], small: list[_Match]
) -> dict[int, tuple[_Match, _Match | None]]:
    """Small places (``small``: those of ``final`` that :func:`_small_place` finds) that the text puts inside a place
    of another country than all their namesakes': in X في Y and X بY, X lies in Y (منطقة النزهة في مأدبا is a Madaba
    district, not Kuwait's An Nuzhah), and so it does in X followed by an administrative unit, the way Lebanese and
    Yemeni copy situates a village (بلدة شقرا قضاء بنت جبيل is not Saudi Arabia's Shaqra); by id, each with its Y."""
    out: dict[int, tuple[_Match, _Match | None]] = {}
    by_start = {m.span_start: m for m in final}
    for m in small:
        host = _host_after(text, m.span_end, vocab, by_start, countries=True, joined=True) \
            or _host_after_cue(text, m.span_end, vocab, by_start)
        quarter = _quarter(text, m)
        if host is None and quarter:
            # حي الروضة السكني بمدينة مأرب: an adjective of the quarter may stand before its town
            after = _next_word(text, m.span_end)
            if after is not None and text.startswith("ال", after[0]) and after[0] not in by_start:
                after = _next_word(text, after[1])
            word = text[after[0] : after[1]] if after is not None else ""
            # بمدينة مأرب، في مدينة مأرب: the town with its cue
            if word in ("في", "فى") or (word.startswith("ب") and vocab.cues.get(word[1:]) is not None):
                nxt = _next_word(text, after[1])
                if nxt is not None and word in ("في", "فى") and vocab.cues.get(text[nxt[0] : nxt[1]]) is not None:
                    nxt = _next_word(text, nxt[1])
                host = by_start.get(nxt[0]) if nxt is not None else None
        if host is not None and host.chosen is not None and host.chosen.country_code == m.chosen.country_code \
                and (quarter or (not m.cued and _small_place(m))) and host.chosen.feature == "populated_place" \
                and host.chosen.latitude is not None and _far_from(m.chosen, [host.chosen], QUARTER_KM):
            # a quarter or a hamlet (حي الروضة، تجمع حوارة بمسافر يطا) the text puts in a town far from the namesake
            # the gazetteer holds (Sanaa's Rawdah for a Marib quarter, Huwwara by Nablus for a Hebron hamlet) is a
            # part of that town the gazetteer lacks (a town named with its cue, مدينة الميادين بدير الزور, is put in
            # the province that shares the city's name)
            out[id(m)] = (m, host)
            continue
        # a region of no one country (كشمير, the Sahel) contradicts no namesake: بولواما في كشمير is India's
        if host is None or not host.chosen.country_code or host.chosen.country_code == m.chosen.country_code:
            continue
        if not any(gaz.place(i).country_code == host.chosen.country_code for i in m.candidates):
            out[id(m)] = (m, host)
    return out


def _quarter(text: str, m: _Match) -> bool:
    """Whether a word for a town's quarter or street stands right before the name (حي الروضة، شارع الثورة)."""
    prev = _prev_word(text, m.span_start)
    return prev is not None and any(stem in _WITHIN_TOWN for stem in strip_proclitics(text[prev[0] : prev[1]]))


#: how far a town's quarter may lie from the town's point and still be the namesake the gazetteer holds there
QUARTER_KM = 25.0


#: participles that put the names before them in the unit after them (بلدة X التابعة لولاية Y, بلدتا X وZ
#: الواقعتان في منطقة Y), in every gender and number
_BELONGING = frozenset(
    a + b for a in ("التابع", "الواقع") for b in ("", "ه", "ان", "تان", "ين", "تين")
)


def _unit_after(
    text: str, end: int, vocab: PlaceVocabulary, by_start: dict[int, _Match]
) -> _Match | None:
    """The administrative unit a town named up to ``end`` is put in: (و + one more name of the list,) an optional
    participle of :data:`_BELONGING`, then في or لـ and a unit named with its cue (بلدة بوني وهونمبري التابعتان
    لولاية موبتي, قرية X في محافظة Y)."""
    nxt = _next_word(text, end)
    if nxt is not None and text.startswith("و", nxt[0]) and nxt[1] - nxt[0] > 3:
        rest = text[nxt[0] + 1 : nxt[1]]
        if rest not in vocab.name_ends and rest not in vocab.particles:
            if vocab.cue(rest) is not None:  # وقرية دالا: the second name with its own cue
                nxt = _next_word(text, nxt[1]) or nxt
            nxt = _next_word(text, nxt[1])  # the list's second name, known or not (وهونمبري)
    if nxt is not None and text[nxt[0] : nxt[1]] in _BELONGING:
        nxt = _next_word(text, nxt[1])
    if nxt is None:
        return None
    word = text[nxt[0] : nxt[1]]
    if word in ("في", "فى"):
        nxt = _next_word(text, nxt[1])
        if nxt is None:
            return None
        start = nxt[0]
    elif word.startswith("ل") and len(word) > 3:
        start = nxt[0] + 1
    else:
        return None
    unit = by_start.get(start)
    if unit is None or unit.chosen is None or not unit.cue_role.startswith("admin"):
        return None
    return unit


#: one-letter prepositions a region expression after a town may carry (بريف السويداء، لريف حلب)
_HOST_PROCLITICS = frozenset("بل")
#: how far from the place a direction is taken from a namesake may lie and still be the town a report puts there
DIRECTION_HOST_KM = 100.0


def _towns_before_a_direction(
    text: str, gaz: Gazetteer, vocab: PlaceVocabulary, final: list[_Match], found: dict
) -> dict[int, tuple[_Match, _Match | None]]:
    """Towns said to lie in a direction from a place named right after them (قرية المنصورة غرب السويداء، ولغا -
    المنصورة في غرب ريف السويداء) whose every namesake lies far from that place.

    The reporter puts the town there: a village the gazetteer lacks, not the Egyptian city or the Raqqa subdistrict
    of the same name hundreds of kilometres away. By id, each with the region expression that places it, where
    :func:`_stray_mentions` puts it (precision 2 or 3, the direction kept)."""
    out: dict[int, tuple[_Match, _Match | None]] = {}
    by_start = {m.span_start: m for m in final}
    for m in final:
        if id(m) in found or m.region is not None or m.chosen is None:
            continue
        if m.chosen.feature not in _STRAY_FEATURES and not (m.cued and m.cue_role == "town"):
            continue  # قرية ريمة حازم بريف السويداء: a town cue makes even a province's namesake a village there
        # the region expression right after the name, perhaps after في and a compass word (في غرب ريف السويداء),
        # or after the rest of the village's name when that rest is a name too (قرية صيدا الجولان في ريف القنيطرة)
        host, nxt, steps = None, _next_word(text, m.span_end), 0
        while nxt is not None and host is None and steps < 3:
            host = by_start.get(nxt[0])
            if host is None and text[nxt[0]] in _HOST_PROCLITICS:
                host = by_start.get(nxt[0] + 1)  # بريف السويداء: the expression starts after the preposition
            if host is not None and steps == 0 and host.region is None and not host.cued:
                host = None  # the name's own second word (صيدا الجولان), not where the village lies
            elif host is None:
                host = _governorate_named_before(text, nxt, m, vocab, final)
            nxt, steps = _next_word(text, nxt[1]), steps + 1
        if host is None or host is m or host.chosen is None or (host.region is None and host.cue_role != "admin1"
                                                                 and host.chosen.feature != "admin1"):
            continue
        h = host.chosen
        if h.feature in ("world_region", "sea") or h.country_code == m.chosen.country_code:
            continue  # جنوبي سورية: a direction of a country holds its towns; a namesake at home may be the one meant
        if h.feature in ("country", "region"):
            # بلدة الطيبة جنوب لبنان: a town put in a part of a country where it has no namesake is a village of that
            # country the gazetteer lacks, not the namesake across the border
            if not h.country_code:
                continue
            # and where it has one (Lebanon's own Taybeh, place_points.tsv), that namesake, however much larger the
            # one across the border is
            own = [gaz.place(i) for i in m.candidates if gaz.place(i).country_code == h.country_code]
            if own:
                m.chosen = max(own, key=lambda p: p.population)
                continue
            out[id(m)] = (m, host)
            continue
        if h.latitude is None:
            continue
        near = [
            gaz.place(i) for i in m.candidates
            if gaz.place(i).country_code == h.country_code and (gaz.place(i).admin1 == h.admin1 and bool(h.admin1)
                                                                or not _far_from(gaz.place(i), [h], DIRECTION_HOST_KM))
        ]  # fmt: skip
        if near:
            if m.chosen not in near:
                m.chosen = max(near, key=lambda p: p.population)  # the namesake where the reporter puts the town
            continue
        out[id(m)] = (m, host)
    # one name, one place in a report: the name's other mentions (والمنصورة، محور المنصورة) are that village too
    placed = {(m.key, m.chosen.id): host for m, host in out.values()}
    for o in final:
        if id(o) not in found and id(o) not in out and o.chosen is not None and (o.key, o.chosen.id) in placed:
            out[id(o)] = (o, placed[(o.key, o.chosen.id)])
    return out


def _governorate_named_before(
    text: str, word: tuple[int, int], m: _Match, vocab: PlaceVocabulary, final: list[_Match]
) -> _Match | None:
    """The governorate a region head with a definite unit word refers back to (قرية المنصورة بريف المحافظة الغربي،
    في ريف الولاية الشمالي): the province or the region expression named last before the town ``m``, as the unit word
    alone names the one the report is about. None when the words at ``word`` are no such expression."""
    head = text[word[0] : word[1]]
    if not any(stem in vocab.heads and not vocab.heads[stem].direction for stem in strip_proclitics(head)):
        return None
    unit = _next_word(text, word[1])
    if unit is None or text[unit[0] : unit[1]] not in _definite_provinces(vocab):
        return None
    for o in reversed(final):
        if o.span_end > m.span_start or o.chosen is None:
            continue
        if o.chosen.feature == "admin1" or o.cue_role == "admin1" or (
            o.region is not None and o.chosen.feature in ("populated_place", "admin1", "admin2")
        ):
            return o
    return None


def _definite_provinces(vocab: PlaceVocabulary) -> frozenset[str]:
    """The singular province cues with the article (المحافظه، الولايه، الاقليم), as normalized text writes them."""
    return frozenset("ال" + w for w, c in vocab.cues.items() if c.role == "admin1" and not c.plural)


def _towns_in_foreign_units(
    text: str, gaz: Gazetteer, vocab: PlaceVocabulary, final: list[_Match], found: dict
) -> dict[int, tuple[_Match, _Match | None]]:
    """Towns named with a town cue and put in an administrative unit of another country than all their namesakes'.

    The cue and the unit say the reporter means a town of the unit's country that the gazetteer lacks: بلدة بوني
    التابعة لولاية موبتي is Boni in Mali, not Pune in India, however large the namesake (:func:`_contained_strays`
    covers only small places right before their unit); by id, each with its unit.
    """
    out: dict[int, tuple[_Match, _Match | None]] = {}
    by_start = {m.span_start: m for m in final}
    for m in final:
        if id(m) in found or not (m.cued and m.cue_role == "town") or m.region is not None or m.chosen is None:
            continue
        if m.chosen.feature not in _STRAY_FEATURES:
            continue
        unit = _unit_after(text, m.span_end, vocab, by_start)
        if unit is None or unit.chosen.country_code == m.chosen.country_code:
            continue
        if not any(gaz.place(i).country_code == unit.chosen.country_code for i in m.candidates):
            out[id(m)] = (m, unit)
    return out


def _stray_mentions(
    article: Article, gaz: Gazetteer, final: list[_Match], strays: dict[int, tuple[_Match, _Match | None]], country: str,
    vocab: PlaceVocabulary | None = None,
) -> list[tuple]:
    """Unresolved mentions for the strays, put at the nearest earlier place of the article's country (or the
    country itself), precision 2 or 3 as for a cue-named place the gazetteer lacks."""
    out = []
    home = [m for m in final if m.chosen is not None and m.chosen.country_code == country]
    for m, host in strays.values():
        before = [o for o in home if o.start < m.start and o.chosen.feature != "country"]
        same = [o for o in before if o.sentence == m.sentence]
        if host is None and vocab is not None:
            # منطقة شعب الحافة بمديرية شعوب: the unit a word after the name (a common word the name stopped before)
            # places it, not the last place named before it
            starts = {o.span_start: o for o in final}
            host = (_host_after(article.normalized, m.span_end, vocab, starts, set_off=True)
                    or _host_after_word(article.normalized, m.span_end, vocab, starts))
        context = host or (_last_host(same or before) if same or before else None)
        name = _written(article, m.span_start, m.span_end)
        # ولاية موبتي read as Mopti town still names the province the place lies in, often far from its seat
        province = (
            gaz.admin1.get((host.chosen.country_code, host.chosen.admin1))
            if host is not None and host.cue_role == "admin1" and host.chosen.feature == "populated_place"
            else None
        )
        if province is not None:
            res = _resolution(gaz, gaz.place(province), 3, None, 0, name_ar=name)
        elif host is None and m.cued and m.cue_role in _ADMIN_FEATURES and m.chosen.feature in _ADMIN_FEATURES:
            # ولاية نارا read as a unit abroad: a unit is no part of the place named before it
            res = _in_country(gaz, country, name)
        elif context is not None:
            res = _resolution_in_context(gaz, context, name)
        else:
            res = _in_country(gaz, country, name)
        out.append((m.span_start, m.span_end, m.sentence, res, "unresolved"))
    return out


#: "son of", "daughter of": the word after them is a person's name (places that start with بن are whole names)
_SON_OF = frozenset({"ابن", "بن", "بنت", "ابنه"})
#: the most names a cue's list may hold (بلدتي X وY, بلدة X وY وZ في جنوب لبنان)
MAX_LIST_NAMES = 5
#: words after which a coordinated unknown name is located, hence a place: في جنوب لبنان, قرب صور
_LOCATING_WORDS = frozenset({"في", "فى", "قرب", "بالقرب", "داخل", "شمال", "جنوب", "شرق", "غرب"})


def _unit_follows(text: str, span: tuple[int, int], vocab: PlaceVocabulary) -> bool:
    """True when a one-word unknown name after an area cue is filed under an administrative unit right after it
    (منطقة العصايد بمديرية كتاف، مناطق السماسم والكرقل بالولاية ذاتها): a common word or an adjective after منطقة
    (منطقة زراعية بمحافظة) is no name, so the word must be definite or no nisba, and not a common word."""
    word = text[span[0] : span[1]]
    if " " in word or word in common_words() or word in vocab.not_names or word.startswith(("لل", "بال")) \
            or (word.endswith("يه") and not word.startswith("ال")):
        return False
    nxt = _next_word(text, span[1])
    if nxt is None:
        return False
    after = text[nxt[0] : nxt[1]]
    for _ in range(MAX_LIST_NAMES):
        # (the unit after a list files all its names: مناطق السماسم والكرقل بالولاية ذاتها)
        if not after.startswith("و") or after.startswith("وب") or after[1:] in common_words():
            break
        nxt = _next_word(text, nxt[1])
        if nxt is None:
            return False
        after = text[nxt[0] : nxt[1]]
    if after == "في":
        # (في المنطقة refers back to an area already named; في مديرية X files the name under X)
        nxt = _next_word(text, nxt[1])
        after = text[nxt[0] : nxt[1]] if nxt is not None else ""
        if after.startswith("ال"):
            return False
    elif not after.startswith(("ب", "وب")):
        return False
    # (with its article or without: بمديرية، بالولاية)
    cue = next((c for f in strip_proclitics(after) for g in (f, f.removeprefix("ال")) if (c := vocab.cues.get(g))), None)
    return cue is not None and cue.role in ("admin1", "admin2", "admin3")


def _located_unknown(text: str, span: tuple[int, int], vocab: PlaceVocabulary) -> bool:
    """True when an unknown name coordinated after a singular cue's name is a place of the list too: none of its
    words is a common word (وتدمير, والشعب) and a locating word or a region head follows it (بلدة عيتا الشعب
    وكفركلا في جنوب لبنان), or the sentence's punctuation."""
    common = common_words()
    if any(w in common for w in text[span[0] : span[1]].split(" ")):
        return False
    after = text[span[1] :].lstrip(" ")
    if not after or after[0] in ".,،؛;:":
        return True
    nxt = _next_word(text, span[1])
    if nxt is None:
        return False
    word = text[nxt[0] : nxt[1]]
    return word in _LOCATING_WORDS or any(st in vocab.heads for st in strip_proclitics(word))


def _continues_name(word: str, vocab: PlaceVocabulary) -> bool:
    """True when ``word`` may continue a name a cue introduced (مخيم نور شمس, حي الشيخ رضوان): not punctuation, a
    conjunction's word, a function or time word, a news verb, a region head, a cue or a direction adjective."""
    # و opens the next phrase; a preposition with the article (للاجئين, بالقرب) follows a name, never continues it
    if not _ARABIC_WORD.match(word) or len(word) < 2 or word.startswith(("و", "لل", "بال", "كال")):
        return False
    if word in vocab.not_names or word in vocab.adjectives or word in vocab.name_ends or word in vocab.time_words:
        return False
    if any(st in vocab.heads or st in vocab.cues or st in vocab.name_ends for st in strip_proclitics(word)):
        return False
    # an indefinite nisba adjective (مدينة استراتيجية) or a definite one (حي الشجاعية الشرقية) is no part of a name
    return not (word.endswith("يه") and len(word) > 5) and not _participle(word)


def _participle(word: str) -> bool:
    """True when ``word`` reads as an indefinite participle agreeing with a town cue or in the accusative (بلدة زبقين
    مستخدمة صواريخ, قرية X محاصرة, مستهدفا منزلا): the ``م`` prefix of a derived form of a triliteral root (the
    analyzer's lemma starts with it, the root does not). Such a word describes the place; it never continues a name."""
    if word.startswith("ال") or not word.startswith("م") or not word.endswith(("ه", "ا")) or len(word) < 5:
        return False
    reading = analyze(word)
    return (
        reading.pos in ("noun", "adj") and len(reading.root) == 3 and reading.lemma.startswith("م")
        and not reading.root.startswith("م") and not reading.enclitic
    )  # fmt: skip


#: prepositions that a verb or an adjective governs right after it (نسب إلى, تبعد عن, قريبة من); في is left out, as
#: it follows most names (قرية X في ولاية Y), and so is من after a verb (بلدة X من ريف حلب)
_VERB_PREPOSITIONS = frozenset(map(normalize, ("إلى", "عن", "على")))
_ADJECTIVE_PREPOSITIONS = _VERB_PREPOSITIONS | {"من"}


def _reads_as_predicate(text: str, first: tuple[int, int]) -> bool:
    """True when the word at ``first`` after a town cue is a verb, a function word or an adjective, not a name.

    An indefinite cue often heads a clause of its own: هجوم على قرية نسب إلى الجماعة ('a village, attributed to'),
    قرية تبعد عن المدينة, قرية قريبة من الحدود. A word mostly read as a verb or a function word is never the name;
    a verb reading or a feminine adjective (agreeing with قرية, بلدة) is not either when a preposition it governs
    follows. Names with such readings (حرستا, طيبة) are mostly in the gazetteer, matched before this is asked.
    """
    word = text[first[0] : first[1]]
    if word in verb_words():
        return True
    entry = default_lexicon().forms.get(word)
    if entry is not None and entry[2] & FUNCTION and not entry[2] & (NOUN | PROPER):
        return True
    nxt = _next_word(text, first[1])
    following = text[nxt[0] : nxt[1]] if nxt is not None else ""
    if following in _ADJECTIVE_PREPOSITIONS and word.endswith("ه") and word[:-1] in common_words():
        return True
    if following not in _VERB_PREPOSITIONS:
        return False
    reading = analyze(word)
    return reading.pos == "verb" and reading.frequency >= VERB_WORD


def _news_verb(word: str) -> bool:
    """Whether ``word`` reads first as a verb that news copy writes often (اعتقلت، أحرقت، فتشت), as the morphology
    analyzer reads it: a name coordinated after a cue's first name is no such word."""
    reading = analyze(word)
    return reading.pos == "verb" and reading.frequency >= VERB_WORD


#: the most words a name that a cue introduces and the gazetteer lacks may have (عين الحلوة, تل أبو الخير)
CUED_NAME_WORDS = 3


def _cued_name(
    text: str, first: tuple[int, int], cue, vocab: PlaceVocabulary, covered: bytearray, partial: bool = False
) -> tuple[int, int] | None:
    """The span of the unknown name starting at ``first`` after a town cue, or None when it is no name.

    The name runs up to the next function word, punctuation, region head or known place (مخيم نور شمس في طولكرم,
    حي الشيخ رضوان بحلب), at most :data:`CUED_NAME_WORDS` words; a third word only after a second element (تل
    أبو الخير). It is never split: عين زارة is one unknown name, not عين 'spring' and a word.
    """
    word = text[first[0] : first[1]]
    # a two-letter first element (ام, بن, ود) opens a compound name: قرية أم الزينات, قرية ود النورة
    if not _ARABIC_WORD.match(word) or word in vocab.not_names or (len(word) < 3 and word not in vocab.elements):
        return None
    if word in vocab.name_ends or any(st in vocab.heads or st in vocab.cues for st in strip_proclitics(word)):
        return None
    if cue.unresolved == "article" and not word.startswith("ال"):
        return None
    if cue.plural and word in common_words():
        return None  # مدينتي تتعرض 'my city is ...': a dual cue's word also reads as a possessed noun
    if not word.startswith("ال") and word.endswith("يه") and len(word) > 5:
        return None  # an indefinite nisba adjective (مدينة استراتيجية), not a name
    if vocab.stop.get(word) == "never" and word not in vocab.elements:
        return None
    if word not in vocab.elements and _reads_as_predicate(text, first):
        return None
    end = first[1]
    words = [word]
    while len(words) < CUED_NAME_WORDS:
        if len(words) == 2 and words[1] not in vocab.elements:
            break
        nxt = _next_word(text, end)
        if nxt is None or 1 in covered[nxt[0] : nxt[1]]:
            break
        w = text[nxt[0] : nxt[1]]
        if not _continues_name(w, vocab):
            break
        if (
            not partial and not w.startswith("ال") and w not in vocab.elements and words[-1] not in vocab.elements
            and any(st in common_words() for st in strip_proclitics(w))
        ):
            break  # بلاطة عام 1948, يافا فترة: a common noun after a name, unless the name's first word was a far town
        words.append(w)
        end = nxt[1]
    if len(words) == 1 and len(word) < 3:
        return None  # a first element alone (قرية أم) is no name
    return first[0], end


_PRONOUN_PATTERNS: dict[int, tuple[re.Pattern, tuple[str, ...], int]] = {}
#: how many sentences back a pronoun region (ريفها) looks for the place it refers to
PRONOUN_REACH = 2


def _pronoun_pattern(vocab: PlaceVocabulary) -> tuple[re.Pattern, tuple[str, ...], int]:
    """A regex finding region heads with an enclitic pronoun (ريفها, شمالها, جنوب غربه), with their proclitics, the
    pronoun forms themselves (the head's last word with ه): a text where none ends a word (most texts, as
    :func:`_markers` finds them) is not searched with the regex, and the longest match the regex can make."""
    pattern = _PRONOUN_PATTERNS.get(id(vocab))
    if pattern is None:
        # a head ending in ي plus ه is the feminine adjective once taa marbuta is normalized (جنوبية -> جنوبيه,
        # ريفية 'rural'); a dual head takes no pronoun
        heads = sorted(
            (h for h, w in vocab.heads.items() if not (h.endswith("ي") and w.direction) and not w.dual),
            key=len,
            reverse=True,
        )
        alternation = "|".join(re.escape(h) for h in heads)
        regex = re.compile(rf"(?P<head>{alternation})(?P<pron>ها|ه)(?![\w])")
        forms = tuple(sorted({h.split(" ")[-1] + "ه" for h in heads}))
        pattern = _PRONOUN_PATTERNS[id(vocab)] = (regex, forms, max(map(len, heads)) + len("ها"))
    return pattern


def _antecedent(text: str, compatible: list[_Match], pos: int, sentence: int) -> _Match | None:
    """The place a pronoun at ``pos`` refers to, among compatible earlier places (latest first).

    A place coordinated with the pronoun's word (حلب وريفها) is its antecedent; otherwise the first place of the
    pronoun's own sentence, its topic (وتعد حماة مدينة ... تربط حلب بدمشق ... في ريفها الغربي: Hama, not Damascus);
    otherwise the place named last in the sentences before.
    """
    if not compatible:
        return None
    latest = compatible[0]
    ws = _scan_of(text).rfind(" ", 0, pos) + 1
    if text.startswith("و", ws) and not text[latest.span_end : ws].strip():
        return latest
    same = [m for m in compatible if m.sentence == sentence]
    return same[-1] if same else latest


def _pronoun_regions(
    article: Article,
    text: str,
    vocab: PlaceVocabulary,
    gaz: Gazetteer,
    final: list[_Match],
    sentence_starts: list[int],
    pronoun_ends: Sequence[int] | None = None,
):
    """Region heads whose place is a pronoun (وريفها الغربي, شمالها): resolved like the region expression of the
    place named last before them, in their sentence or the :data:`PRONOUN_REACH` before it.

    ها (feminine) may refer to a town, a governorate, a region or a country (Arabic treats town names as feminine);
    ه (masculine) only to a country or region (لبنان وجنوبه), since a masculine antecedent before it is far more often
    no place at all. A head without a direction (ريف, ضواحي, أطراف) does not take a country. ``pronoun_ends``: where
    :func:`_markers` found a head's last word with a pronoun ending a word, which every match of the regex ends at
    (None: read the whole text).
    """
    if not final or pronoun_ends is not None and not pronoun_ends:
        return []
    regex, _forms, reach = _pronoun_pattern(vocab)
    out = []
    starts = [m.span_start for m in final]
    for match in _pronoun_matches(regex, text, pronoun_ends, reach):
        if not _proclitics_only(text, match.start()):
            continue
        head = vocab.heads[match.group("head")]
        i = bisect.bisect_right(starts, match.start()) - 1
        sentence = _sentence_index(article, sentence_starts, match.start())
        compatible = []
        while i >= 0:
            m = final[i]
            i -= 1
            if m.span_end > match.start() or m.chosen is None:
                continue
            if m.sentence < sentence - PRONOUN_REACH:
                break
            feature = m.chosen.feature
            if feature in ("continent", "world_region") or (
                match.group("pron") == "ه" and feature not in ("country", "region")
            ):
                continue
            if feature == "country" and not head.direction:
                continue
            compatible.append(m)
        antecedent = _antecedent(text, compatible, match.start(), sentence)
        if antecedent is None:
            continue
        p = antecedent.chosen
        end = match.end()
        nxt = _next_word(text, end)
        adjective = None
        if nxt is not None:
            nxt2 = _next_word(text, nxt[1])
            pair = text[nxt[0] : nxt[1]] + " " + text[nxt2[0] : nxt2[1]] if nxt2 is not None else ""
            if pair in vocab.adjectives:
                adjective, end = vocab.adjectives[pair], nxt2[1]
            elif text[nxt[0] : nxt[1]] in vocab.adjectives:
                adjective, end = vocab.adjectives[text[nxt[0] : nxt[1]]], nxt[1]
        direction = "-".join(d for d in (head.direction, adjective.direction if adjective else "") if d)
        unit = _admin_unit_for_region(gaz, p, antecedent)
        if unit is not None:
            res = _resolution(
                gaz, unit, head.precision_admin, direction, antecedent.ncandidates,
                feature=_region_feature(unit, direction),
            )  # fmt: skip
        else:
            res = _resolution(gaz, p, head.precision_town, direction, antecedent.ncandidates)
        start = match.start("head")
        out.append((start, end, sentence, res, "region"))
    return out


def _foreign_name(name: str) -> bool:
    """One word no Arabic dictionary knows, in any inflection (كوتوغو، هومبوري): after an area cue (منطقة كوتوغو) it is
    a transliterated place name, where a word the lexicon knows is an adjective or a common noun (منطقة زراعية,
    منطقة اشتباكات)."""
    if " " in name or len(name) < 4 or name.startswith("ال") or name in common_words():
        return False
    lex = default_lexicon()
    for _, stem in stem_candidates(name):
        # وجاء is و + a verb, بداياته a noun + its pronoun: a known word under a clitic is no foreign name
        for form in (stem, stem[:-1] if stem.endswith("ه") else stem):
            if form in lex or lex.base_of(form) is not None:
                return False
    return True


def _pronoun_matches(
    regex: re.Pattern, text: str, ends: Sequence[int] | None, reach: int
) -> Iterator[re.Match]:
    """``regex.finditer(text)``, read only where a match can be: each match ends at one of ``ends`` (where the
    marker automaton found a head's last word with its pronoun) and starts at most ``reach`` characters before, so
    the windows around them, merged where they touch, hold every match whole, with the character its look-ahead
    reads; the regex tried a match at each first letter of a head in the whole text."""
    if ends is None:
        yield from regex.finditer(text)
        return
    windows: list[list[int]] = []
    for end in sorted(ends):
        lo, hi = max(end - reach, 0), min(end + 1, len(text))
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], hi)
        else:
            windows.append([lo, hi])
    for lo, hi in windows:
        yield from regex.finditer(text, lo, hi)


def _opens_unknown_names(cue) -> bool:
    """True for a cue after which a name missing from the gazetteer may be an unresolved place: a town cue, or a
    singular or dual area cue (منطقة، منطقتي) whose unknown name must then be a compound opened by an element (منطقة عين زارة), as
    after a ``compound`` town cue (معسكر أبو شوك; معسكر تدريب is a training camp)."""
    if cue.role == "town":
        return cue.unresolved != "no"
    # (a dual, منطقتي X وY, governs the two names coordinated after it, which must then be names too)
    return cue.role in ("admin2", "admin3") and (not cue.plural or cue.dual) and cue.unresolved in ("no", "located")


_MARKERS: dict[int, ahocorasick.Automaton] = {}


def _marker_automaton(vocab: PlaceVocabulary) -> ahocorasick.Automaton:
    """An automaton over the town cues that may introduce an unknown name (:func:`_opens_unknown_names`) and the
    pronoun forms of the region heads (ريفه, شماله, and with ا: ريفها), each followed by a space, as the gazetteer's
    automaton holds the names; values are (cue, pronoun form?), the cue "" for a pronoun form only."""
    automaton = _MARKERS.get(id(vocab))
    if automaton is None:
        entries: dict[str, tuple[str, bool]] = {}
        for cue in (c.text for c in vocab.cues.values() if _opens_unknown_names(c)):
            entries[cue + " "] = (cue, False)
        for form in _pronoun_pattern(vocab)[1]:
            for key in (form + " ", form + "ا "):
                entries[key] = (entries.get(key, ("", False))[0], True)
        automaton = ahocorasick.Automaton()
        for key, value in entries.items():
            automaton.add_word(key, value)
        automaton.make_automaton()
        _MARKERS.clear()
        _MARKERS[id(vocab)] = automaton
    return automaton


def _markers(text: str, vocab: PlaceVocabulary) -> tuple[list[tuple[int, int]], list[int]]:
    """The town cues that end a word of ``text``, as (start, end), and the ends of the words that a region head's
    last word with a pronoun ends (where :func:`_pronoun_regions` reads the text with its regex).

    One pass of a small automaton over the scan text finds both: a regex over the cues tried a match at every one
    of their first letters (ب, ح, م, ن, ق: a fifth of the text), and the pronoun forms cost a substring search each.
    A cue is found where that regex found it: in each word, the longest cue that ends it (the leftmost start), and
    not before "_", which joins a hashtag's words and ends none.
    """
    scan = _scan_of(text)
    n = len(text)
    starts: dict[int, int] = {}
    pronouns = []
    for end, (cue, pronoun) in _marker_automaton(vocab).iter(scan):
        if pronoun:
            pronouns.append(end)
        # ``end`` is the space after the cue, where the regex's look-ahead stood
        if cue and (end == n or text[end] != "_"):
            start = end - len(cue)
            if start < starts.get(end, n):
                starts[end] = start
    return [(start, end) for end, start in starts.items()], pronouns


def _context_for(by_sentence: dict[int, list[_Match]], final: list[_Match], pos: int, sentence: int) -> _Match | None:
    same = by_sentence.get(sentence, [])
    before = [m for m in same if m.start < pos]
    if before:
        return _last_host(before)
    # (a place later in the sentence, in a country the article has not been in, is where something else is:
    # قرية هامبي (وسط) ... كانت متجهة نحو مخيم للاجئين في موريتانيا after a report on central Mali)
    prior = {m.chosen.country_code for m in final if m.start < pos and m.chosen is not None}
    same = [m for m in same if not prior or m.chosen is None or m.chosen.country_code in prior]
    if same:
        return same[0]
    earlier = [m for m in final if m.start < pos and m.chosen is not None and m.chosen.feature != "country"
               and m.chosen.country_code]
    if earlier:
        return earlier[-1]
    # last resort: the country (بلدة X في جنوب لبنان), precision 3
    countries = [m for m in final if m.chosen is not None and m.chosen.feature == "country"
                 and (not prior or m.chosen.country_code in prior)]
    in_sentence = [m for m in countries if m.sentence == sentence]
    return (in_sentence or countries or [None])[0]


def _last_host(before: Sequence[_Match]) -> _Match:
    """The last of the places named before an unknown one, where it lies; a compass bearing from a town set right
    after another place (ففي بلدة كفر قدوم شرق مدينة قلقيلية ... في منطقة الوجه) only says where that place lies, which
    is then the host."""
    last = before[-1]
    if len(before) > 1:
        prev = before[-2]
        if (last.region is not None and last.region.kind == "head" and last.region.direction not in ("", "centre")
                and last.span_start - prev.span_end <= 2 and prev.chosen is not None
                and prev.chosen.feature not in ("country", "admin1")):
            return prev
    return last


@lru_cache(maxsize=1)
def _water_shores() -> dict[str, frozenset[str]]:
    """Water id -> the countries on its shores or along its course (``place_waters.tsv``)."""
    return {r["id"]: frozenset(r["shores"].split("|")) for r in load_table("place_waters.tsv").rows if r["shores"]}


_REGIONS: dict[str, str] = {}


def _acled_regions() -> dict[str, str]:
    if not _REGIONS:
        from marsad.knowledge import load_table

        for row in load_table("acled_regions.tsv").rows:
            _REGIONS[row["iso2"]] = row["region"]
    return _REGIONS
