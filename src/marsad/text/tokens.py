"""Clitic-aware tokenization of normalized Arabic text.

A surface token such as ``وبحلب`` is one unit of the text but three words: the conjunction و, the preposition ب and
the host ``حلب``. Matchers (places, actors, triggers) look words up by their host, so each :class:`~marsad.model.Token`
carries its proclitics, its stem, a detached enclitic pronoun and a lemma.

How a word is split (:func:`segment`), with the packaged :class:`~marsad.text.lexicon.Lexicon`:

1. A forced reading wins: clitic_exceptions.tsv (الله، الى، لكن، وزير) and arramooz's segmented stop words (وفي = و + في).
2. A host listed with its article (الامم، الجزائر، الحوثي in الحوثيين) loses it like any other word, unless spelled
   with a hamza (ألغى، إلقاء) or listed as a verb (التقى): there ال is not the article. For a common word the rest
   must be at least as well known as the whole (التزام stays whole: تزام is not a word).
3. Every reading of :func:`stem_candidates` (و ف, then ب ل ك or the future س, then ال; لل = ل + ال) gets a tier:
   3 when its host is a known form (arramooz's dictionary and frequency list, known_words.tsv), 2 when the host is an
   inflection of a known form (اشتباكات، سيطرت، تسيطر), else 0. A host that is itself a forced reading (الان in والان)
   stops deeper readings (و + ال + ان).
4. The whole word stays whole when its tier is at least that of every split (بشار، لبنان، وادي are known words). Else
   the split with the highest tier wins, the shallowest among equals, so that a known host is not cut again
   (ولبنان = و + لبنان, not و + ل + بنان; والفصائل = و + ال + فصائل because الفصائل itself is not listed). Further:
   - against an inflected whole (tier 2) a split needs a more frequent host or base (كشفت stays whole, not ك + شفت;
     لهويات = ل + هويات), and an inflected verb beats a particle however frequent (فتحت, not ف + تحت);
   - hosts of two letters are refused after ب ل ك ال (كانت is not ك + انت); the future س only precedes a verb;
   - the rare proclitics ك, س and ف need a host of corpus frequency 10,000 or more (كورس and سيريل are names,
     كمقاتلين and سيقصف are not);
   - a whole known only to the dictionary (corpus frequency 0, not a name) yields to و/ف before a frequent word
     (ولقي = و + لقي, not the rare noun ولقى).
5. When no reading is known at all, only the article is trusted: the deepest split that ends in ال with a host of
   three letters or more (والخناصر); other unknown words stay whole, because a name that starts with و or ب is more
   likely than a clitic on a word no dictionary knows; except where qalsadi (when the caller passes the morphology)
   reads the word as a bare و on a host (وتعد = و + تعد: hollow and weak verbs escape the affix rules).
   Matchers that check their own lexicon can still try every reading through :func:`stem_candidates`.
6. An enclitic pronoun (ها هم هما هن كم كما كن نا) is detached when the host is not itself known and what precedes
   it is (ريفها = ريف + ها; مدينتها = مدينت + ها, the ت being the taa marbuta). A lone ه is never detached: after
   taa-marbuta normalization it ends far more place names (حماه، طيبه) than it marks "his".

With the packaged lexicon, each surface form's result (split and lemma) is memoized in memory and in a SQLite file
under the cache directory keyed by the lexicon's inputs and the analyzer's version, so a warm process tokenizes
without touching the lexicon or qalsadi.

Stems are always literal substrings of the token, so ``Token.stem_start`` and ``Token.stem_end`` are exact offsets;
the dictionary form (مدينه for مدينتها) is in ``Token.lemma`` (see :mod:`marsad.text.morphology`).
"""

from __future__ import annotations

import atexit
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from marsad.cache import cache_dir, stable_key
from marsad.model import Sentence, Token
from marsad.text.diskcache import KeyValueStore
from marsad.text.lexicon import ENCLITICS, FUNCTION, MIN_BASE, PROPER, VERB, Lexicon, default_lexicon, lexicon_key
from marsad.text.normalize import normalize

TOKEN_RE = re.compile(r"[^\W\d_]+|\d+(?:[.,]\d+)*|\S")

CONJUNCTIONS = ("و", "ف")
PREPOSITIONS = ("ب", "ل", "ك")
FUTURE = "س"
ARTICLE = "ال"
MIN_STEM = 2
# proclitics that news copy seldom uses, or that start many foreign names (فاير، فيسنت), and then only before common
# words: the host's corpus frequency must reach
# RARE_HOST (on arramooz's counts names such as نويل، ورس sit below it, كعاصمه، سيقصف above)
RARE_CLITICS = ("ك", "س", "ف")
RARE_HOST = 10_000
# imperfect prefixes the future س may precede; the first person أ is left out: سا- starts far more nouns (ساعه،
# ساحه) than first-person futures in news copy
_IMPERFECT = ("ي", "ت", "ن")


@dataclass(frozen=True, slots=True)
class Segmentation:
    """One reading of a word: proclitics, the host (a literal substring) and a detached enclitic pronoun."""

    prefixes: tuple[str, ...]
    stem: str
    suffix: str = ""


def stem_candidates(word: str) -> list[tuple[tuple[str, ...], str]]:
    """Every plausible split of ``word`` into proclitics and a stem, from no split to the deepest.

    Args:
        word: a normalized Arabic word.

    Returns:
        ``(prefixes, stem)`` pairs; the first is always ``((), word)``; each stem is a suffix of ``word``.
    """
    out: list[tuple[tuple[str, ...], str]] = [((), word)]
    seen = {word}

    def add(prefixes: tuple[str, ...], rest: str) -> None:
        if len(rest) >= MIN_STEM and rest not in seen:
            seen.add(rest)
            out.append((prefixes, rest))

    conj_options = [((), word)] + [((c,), word[1:]) for c in CONJUNCTIONS if word.startswith(c)]
    for conj, rest in conj_options:
        add(conj, rest)
        prep_options = [(conj, rest)]
        if rest.startswith("لل"):
            # لل is the preposition ل fused with the article: للمدينة = ل + ال + مدينة
            add(conj + ("ل", ARTICLE), rest[2:])
        for p in PREPOSITIONS:
            if rest.startswith(p):
                add(conj + (p,), rest[1:])
                prep_options.append((conj + (p,), rest[1:]))
        if rest.startswith(FUTURE) and rest[1:2] in _IMPERFECT and len(rest) >= 4:
            # the future prefix only comes before an imperfect verb: سيقصف = س + يقصف
            add(conj + (FUTURE,), rest[1:])
        for pre, body in prep_options:
            if body.startswith(ARTICLE) and len(body) - 2 >= MIN_STEM:
                add(pre + (ARTICLE,), body[2:])
    return out


def _tier(lexicon: Lexicon, host: str) -> int:
    return _evidence(lexicon, host)[0]


def _evidence(lexicon: Lexicon, host: str) -> tuple[int, int]:
    """How well the lexicon knows ``host``: (tier, corpus frequency of the entry or its base)."""
    if host in lexicon.readings:
        return 3, 0
    found = lexicon.forms.get(host)
    if found is not None:
        if found[1] < RARE_HOST:
            # an inflected form may be listed rarely while its base is common (تحصل, حصل)
            based = lexicon.base_of(host)
            if based is not None and based[0] not in lexicon.readings:
                return 3, max(found[1], lexicon.forms[based[0]][1])
        return 3, found[1]
    based = lexicon.base_of(host)
    if based is not None:
        base = based[0]
        if base in lexicon.readings or (len(base) == 2 and lexicon.forms[base][2] & FUNCTION):
            # an exception or a function word with a pronoun (لديه = لدى + ه, فيهم = في + هم) is as known as they are
            return 3, 0
        return 2, lexicon.forms[based[0]][1]
    return 0, 0


def segment(word: str, lexicon: Lexicon | None = None, morphology: object | None = None) -> Segmentation:
    """Split a normalized word into proclitics, host and enclitic with a lexicon (rules in the module docstring).

    Args:
        word: a normalized word.
        lexicon: the lexicon (None: the packaged one).
        morphology: a :class:`~marsad.text.morphology.Morphology` consulted when no rule decides (rule 5).
    """
    lex = lexicon if lexicon is not None else default_lexicon()
    forced = lex.readings.get(word)
    if forced is not None and word.endswith(forced[1]):
        return Segmentation(forced[0], forced[1])
    candidates = stem_candidates(word)
    # A candidate host that is a forced whole reading must not be cut further (والان: و + الان, not و + ال + ان).
    floor = 0
    for _prefixes, stem in candidates[1:]:
        reading = lex.readings.get(stem)
        if reading is not None and not reading[0]:
            floor = max(floor, len(stem))
    whole_tier, whole_frequency = _evidence(lex, word)
    best: tuple[tuple[str, ...], str] | None = None
    best_tier = whole_tier
    for prefixes, stem in candidates[1:]:
        if len(stem) < floor:
            continue
        if len(stem) < 3 and prefixes not in (("و",), ("ف",)):
            continue  # two-letter hosts after ب ل ك or ال are words by chance (كانت is not ك + انت)
        if prefixes[-1] == FUTURE and not lex.is_verb(stem):
            continue
        tier, frequency = _evidence(lex, stem)
        if prefixes[-1] in RARE_CLITICS and frequency < RARE_HOST:
            continue  # ك and the future س are rare clitics: a rare host is likelier a name (كورس، سيريل)
        if best is None and whole_tier == 2 and (frequency <= whole_frequency or _verb_over_particle(lex, word, stem)):
            # an inflected whole against a split: the more frequent base wins (كشفت = كشف + ت, not ك + شفت;
            # لهويات = ل + هويات; بلدات stays whole)
            continue
        if tier > best_tier or (best is None and tier == 2 == whole_tier):
            best, best_tier = (prefixes, stem), tier
    if best is None and whole_tier == 3:
        best = _rare_whole(lex, word, candidates, floor)
    if best is None and whole_tier == 0 and len(candidates) > 1:
        for prefixes, stem in reversed(candidates[1:]):
            if prefixes and prefixes[-1] == ARTICLE and len(stem) >= 3 and len(stem) >= floor:
                best = (prefixes, stem)
                break
        if best is None and morphology is not None:
            best = _ask_morphology(morphology, word, candidates)
    prefixes, stem = best if best is not None else ((), word)
    prefixes, stem = _detach_article(lex, prefixes, stem)
    return _detach_enclitic(lex, prefixes, stem)


def _verb_over_particle(lex: Lexicon, word: str, stem: str) -> bool:
    """An inflected verb against a conjunction + particle reading: the verb (فتحت is "opened", not ف + تحت)."""
    host = lex.forms.get(stem)
    return bool(host and host[2] & FUNCTION and len(stem) <= 3 and lex.is_verb(word))


def _rare_whole(lex: Lexicon, word: str, candidates: list, floor: int) -> tuple[tuple[str, ...], str] | None:
    """A conjunction on a frequent word beats a rare dictionary homograph: ولقي = و + لقي, not the noun ولقى."""
    entry = lex.forms.get(word)
    if entry is None or entry[1] > 0 or entry[2] & PROPER or word in lex.readings:
        return None
    for prefixes, stem in candidates[1:]:
        host = lex.forms.get(stem)
        if prefixes in (("و",), ("ف",)) and len(stem) >= max(3, floor) and host and host[1] >= RARE_HOST:
            return prefixes, stem
    return None


def _detach_article(lex: Lexicon, prefixes: tuple[str, ...], stem: str) -> tuple[tuple[str, ...], str]:
    """Detach ال from a host the lexicon lists with it (الامم، الجزائر، الحوثيين), as after و or ب (rule 2)."""
    if (prefixes and prefixes[-1] == ARTICLE) or not stem.startswith(ARTICLE) or len(stem) < 5:
        return prefixes, stem
    if stem in lex.readings:
        return prefixes, stem
    entry = lex.forms.get(stem)
    if entry is None:
        based = lex.base_of(stem)
        entry = lex.forms.get(based[0]) if based and based[0].startswith(ARTICLE) else None
        if entry is None or not entry[2] & PROPER:
            return prefixes, stem
    # spelled with a hamza (ألغى، إلقاء) or a verb (التقى، التحم): ال is not the article
    if not entry[0].startswith(ARTICLE) or entry[2] & VERB:
        return prefixes, stem
    rest = stem[2:]
    if entry[2] & PROPER or _tier(lex, rest) >= _tier(lex, stem):
        return prefixes + (ARTICLE,), rest
    return prefixes, stem


def _ask_morphology(morphology, word: str, candidates: list) -> tuple[tuple[str, ...], str] | None:
    """qalsadi's preferred reading of an unknown word, when it cuts a proclitic we also propose (وتعد = و + تعد)."""
    best = morphology.best_reading(word)
    if best is None or best[3] != "و":
        # only a bare و: qalsadi reads unknown names as future verbs, prepositional phrases or ف + something
        # (سيدريك، فاير)
        return None
    for prefixes, stem in candidates[1:]:
        if len(word) - len(stem) == len(best[3]) and word.startswith(best[3]):
            return prefixes, stem
    return None


def _detach_enclitic(lex: Lexicon, prefixes: tuple[str, ...], stem: str) -> Segmentation:
    if stem in lex.forms or stem in lex.readings:
        return Segmentation(prefixes, stem)
    forms = lex.forms
    for enclitic in ENCLITICS:
        if stem.endswith(enclitic) and len(stem) - len(enclitic) >= MIN_BASE:
            base = stem[: -len(enclitic)]
            if base in forms or (base.endswith("ت") and base[:-1] + "ه" in forms) or lex.base_of(base) is not None:
                return Segmentation(prefixes, base, enclitic)
    return Segmentation(prefixes, stem)


def choose_split(word: str, known: Callable[[str], bool] | None = None) -> tuple[tuple[str, ...], str]:
    """Pick one reading of ``word`` as ``(prefixes, stem)``; the stem keeps any enclitic pronoun.

    Args:
        word: a normalized Arabic word.
        known: a :class:`~marsad.text.lexicon.Lexicon` (None means the packaged one), or any predicate on normalized
            words: then a known whole word stays whole, else the deepest split whose stem is known wins, else only a
            split ending in the article ال is taken.
    """
    if known is None or isinstance(known, Lexicon):
        seg = segment(word, known)
        return seg.prefixes, seg.stem + seg.suffix
    candidates = stem_candidates(word)
    if known(word):
        return candidates[0]
    for prefixes, stem in reversed(candidates[1:]):
        if known(stem):
            return prefixes, stem
    for prefixes, stem in reversed(candidates[1:]):
        if prefixes and prefixes[-1] == ARTICLE:
            return prefixes, stem
    return candidates[0]


# Bump when segmentation or lemma choice changes, so the on-disk token cache is rebuilt.
RULES_VERSION = "tokens-1"

# surface -> (prefixes, stem offset in the surface, stem, suffix, lemma) for the packaged lexicon
_MEMO: dict[str, tuple[tuple[str, ...], int, str, str, str]] = {}
_MEMO_LIMIT = 500_000
_STORE: list[KeyValueStore] = []


def _surface_store() -> KeyValueStore:
    """Per-surface results on disk, keyed by the lexicon's inputs and the analyzer's version."""
    if not _STORE:
        from marsad.text import lexicon, morphology
        from marsad.text.morphology import analyzer_version

        # the rules' source is part of the key, so editing them can never serve stale splits
        sources = [Path(module.__file__).read_bytes() for module in (sys.modules[__name__], lexicon, morphology)]
        key = stable_key(RULES_VERSION, lexicon_key(), analyzer_version(), *sources)
        _STORE.append(KeyValueStore(cache_dir() / f"tokens-{key[:20]}.sqlite"))
        atexit.register(_STORE[0].flush)
    return _STORE[0]


def _encode(found: tuple[tuple[str, ...], int, str, str, str]) -> str:
    prefixes, offset, stem, suffix, lemma = found
    return "\t".join(("+".join(prefixes), str(offset), stem, suffix, lemma))


def _decode(value: str) -> tuple[tuple[str, ...], int, str, str, str]:
    prefixes, offset, stem, suffix, lemma = value.split("\t")
    return tuple(prefixes.split("+")) if prefixes else (), int(offset), stem, suffix, lemma


def _analyse_surface(surface: str, known: Callable[[str], bool] | None, lemmas: bool) -> tuple:
    # Text normalized with the optional rules off (ة and ى kept) is looked up in the lexicon's canonical form; those
    # rules map one letter to one letter, so offsets found on the canonical form hold for the surface.
    key = normalize(surface)
    if len(key) != len(surface):
        key = surface
    if known is None or isinstance(known, Lexicon):
        morphology = None
        if lemmas:
            from marsad.text.morphology import default_morphology

            morphology = default_morphology()
        seg = segment(key, known, morphology)
        prefixes, stem_length, suffix_length = seg.prefixes, len(seg.stem), len(seg.suffix)
    else:
        prefixes, stem = choose_split(key, known)
        stem_length, suffix_length = len(stem), 0
    offset = len(surface) - stem_length - suffix_length
    stem = surface[offset : offset + stem_length]
    suffix = surface[offset + stem_length :]
    lemma = ""
    if lemmas:
        from marsad.text.morphology import lemma_for

        lemma = lemma_for(key, key[:offset], key[offset : offset + stem_length])
    return prefixes, offset, stem, suffix, lemma


def tokenize(
    text: str,
    sentences: tuple[Sentence, ...] = (),
    known: Callable[[str], bool] | None = None,
    lemmas: bool = True,
) -> tuple[Token, ...]:
    """Tokenize normalized ``text``; tokens cover every non-space character exactly once.

    Args:
        text: normalized text.
        sentences: sentence bounds, to give each token its sentence index.
        known: the lexicon deciding clitic splits (None: the packaged :class:`~marsad.text.lexicon.Lexicon`), or a
            predicate on normalized words.
        lemmas: fill ``Token.lemma`` from :mod:`marsad.text.morphology` (cached; qalsadi runs once per new form).
    """
    tokens: list[Token] = []
    append = tokens.append
    bounds = [(s.start, s.end, s.index) for s in sentences]
    nbounds = len(bounds)
    b = 0
    sentence = bounds[0][2] if bounds else 0
    bound_end = bounds[0][1] if bounds else 0
    cached = known is None and lemmas
    memo = _MEMO if cached else {}
    if len(memo) > _MEMO_LIMIT:
        memo.clear()
    store = _surface_store() if cached else None
    matches = list(TOKEN_RE.finditer(text))
    if store is not None:
        # one query for the document's unseen words instead of one per word
        unseen = [w for w in {m.group() for m in matches} if w not in memo]
        for surface, value in store.get_many(unseen).items():
            memo[surface] = _decode(value)
    for m in matches:
        start, end = m.span()
        if nbounds and start >= bound_end and b < nbounds - 1:
            while b < nbounds - 1 and start >= bounds[b][1]:
                b += 1
            sentence = bounds[b][2]
            bound_end = bounds[b][1]
        surface = m.group()
        if surface.isascii() or not surface[0].isalpha():
            append(Token(start, end, surface, (), surface, start, "", "", False, sentence))
            continue
        found = memo.get(surface)
        if found is None:
            found = memo[surface] = _analyse_surface(surface, known, lemmas)
            if store is not None:
                store.put(surface, _encode(found))
        prefixes, offset, stem, suffix, lemma = found
        append(Token(start, end, surface, prefixes, stem, start + offset, suffix, lemma, True, sentence))
    if store is not None:
        from marsad.text.morphology import flush

        flush()
        store.flush()
    return tuple(tokens)
