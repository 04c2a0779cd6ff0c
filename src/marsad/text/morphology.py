"""Lemmas, roots and parts of speech from qalsadi, cached per surface form in memory and on disk.

qalsadi analyses a few hundred new words a second, and it is spelling-sensitive: it finds أعلن and السيطرة but not the
normalized اعلن and السيطره that marsad's text layer produces. So :func:`analyze` takes a NORMALIZED word (clitics may
still be attached) and:

1. splits it with the clitic splitter (:func:`marsad.text.tokens.segment`);
2. gives the host back its dictionary spelling from arramooz (:meth:`Lexicon.respell`: hamza, taa marbuta, alef
   maqsura) and asks qalsadi about that spelling, and also about the taa-marbuta spelling when the host ends in ه
   (the alef-maqsura one for a final ي; an initial أ for an unknown host: اصيب -> أصيب); qalsadi's own filter is
   relaxed to compare spellings after marsad's normalization;
3. keeps the readings whose proclitics are the splitter's (so بشار stays the name, not ب + شاري);
4. chooses among them by, in order: a known reading over qalsadi's "unknown"; a function-word reading (على, not the
   name علي; qalsadi gives function words no frequency); the highest arramooz corpus frequency of the reading's
   lemma; a verb or verbal-noun reading over others; fewer enclitic letters;
5. maps the chosen lemma to its canonical form: a VERB lemma becomes its most frequent verbal noun (masdar) from
   arramooz, when it has one (سيطر -> سيطره, قصف -> قصف, اشتبك -> اشتباك, قال -> قول; for forms VII, VIII and X
   that arramooz leaves without one, the regular masdar when it is a listed noun: اغتال -> اغتيال), so that the verb and the
   verbal noun of one event share a lemma (سيطرت، تسيطر، وسيطرت، السيطرة -> سيطره). Nouns keep their singular
   lemma (اشتباكات -> اشتباك, قوات -> قوه). Without a usable reading, the lemma is the host itself (بشار); so it is
   for a proper noun of known_words.tsv that qalsadi only knows as a rare common noun (frequency 0: حلب, not حلوب).

Lemmas are normalized. Compare a text's lemma with ``lemma_of(entry)`` of a lexicon entry, never with a literal.

qalsadi's readings are stored in a SQLite file under :func:`marsad.cache.cache_dir`, named by a stable key of qalsadi's,
arramooz's and these rules' versions, one row per spelling (:class:`~marsad.text.diskcache.KeyValueStore`, safe with
concurrent writers). qalsadi itself is imported only on a cache miss.
"""

from __future__ import annotations

import atexit
import importlib.metadata
import json
from dataclasses import dataclass
from pathlib import Path

from marsad.cache import cache_dir, stable_key
from marsad.text.diskcache import KeyValueStore
from marsad.text.lexicon import Lexicon, default_lexicon, parse_proclitics
from marsad.text.normalize import normalize

RULES_VERSION = "morphology-2"

_VERB = "verb"
_MASDAR = "masdar"


@dataclass(frozen=True, slots=True)
class Analysis:
    """The chosen morphological reading of a word.

    Attributes:
        lemma: normalized canonical lemma (a verb's verbal noun; a noun's singular; the host for unknown words).
        root: the root (e.g. ``سيطر``, ``شبك``), or ``""`` when unknown.
        pos: ``verb``, ``masdar``, ``noun``, ``adj``, ``stopword``, ``unknown`` ...
        stem: the normalized host without clitics.
        proclitics: the proclitics of the reading (``("و", "ال")``).
        enclitic: an enclitic pronoun, or ``""``.
        frequency: arramooz's corpus frequency of the lemma (0 when unknown).
    """

    lemma: str
    root: str
    pos: str
    stem: str
    proclitics: tuple[str, ...] = ()
    enclitic: str = ""
    frequency: int = 0


# A stored reading: (lemma as qalsadi gives it, normalized; root; pos; procletic surface; enclitic; frequency)
_Reading = tuple[str, str, str, str, str, int]


def analyzer_version() -> str:
    """The versions the cached readings depend on."""
    versions = []
    for name in ("qalsadi", "arramooz-pysqlite", "pyarabic"):
        try:
            versions.append(f"{name}={importlib.metadata.version(name)}")
        except importlib.metadata.PackageNotFoundError:
            versions.append(f"{name}=none")
    return ";".join(versions + [RULES_VERSION])


class ReadingStore:
    """qalsadi readings per spelling, as JSON in a :class:`~marsad.text.diskcache.KeyValueStore`."""

    def __init__(self, path: Path) -> None:
        self.table = KeyValueStore(path)

    def get(self, spelling: str) -> list[_Reading] | None:
        found = self.table.get(spelling)
        return [tuple(r) for r in json.loads(found)] if found is not None else None

    def put(self, spelling: str, readings: list[_Reading]) -> None:
        self.table.put(spelling, json.dumps(readings, ensure_ascii=False))

    def flush(self) -> None:
        self.table.flush()


class Morphology:
    """qalsadi behind two caches, with marsad's choice of reading (see the module docstring)."""

    def __init__(self, lexicon: Lexicon | None = None, store: ReadingStore | None = None) -> None:
        self._lexicon = lexicon
        self._store = store
        self._qalsadi = None
        self._readings: dict[str, list[_Reading]] = {}
        self._analyses: dict[tuple[str, str, str], Analysis] = {}
        self.qalsadi_calls = 0

    @property
    def lexicon(self) -> Lexicon:
        if self._lexicon is None:
            self._lexicon = default_lexicon()
        return self._lexicon

    @property
    def store(self) -> ReadingStore:
        if self._store is None:
            key = stable_key(analyzer_version())
            self._store = ReadingStore(cache_dir() / f"morphology-{key[:20]}.sqlite")
        return self._store

    def _analyser(self):
        if self._qalsadi is None:
            import qalsadi.analex

            class _NormalizedAnalex(qalsadi.analex.Analex):
                def check_normalized(self, word_nm, resulted_data):
                    # qalsadi keeps only readings spelled exactly like the input; compare after marsad's
                    # normalization instead, so a hamza restored slightly differently still matches.
                    target = normalize(word_nm)
                    return [d for d in resulted_data if normalize(d.unvocalized) == target]

            self._qalsadi = _NormalizedAnalex()
        return self._qalsadi

    def readings(self, spelling: str) -> list[_Reading]:
        """qalsadi's distinct readings of one spelling, from memory, disk, or qalsadi."""
        found = self._readings.get(spelling)
        if found is not None:
            return found
        found = self.store.get(spelling)
        if found is None:
            found = self._run_qalsadi(spelling)
            self.store.put(spelling, found)
        if len(self._readings) > 500_000:
            self._readings.clear()
        self._readings[spelling] = found
        return found

    def _run_qalsadi(self, spelling: str) -> list[_Reading]:
        self.qalsadi_calls += 1
        out: dict[tuple, int] = {}
        try:
            results = self._analyser().check_word(spelling)
        except Exception:  # noqa: BLE001 - qalsadi raises assorted errors on odd input; treat as unknown
            results = []
        for r in results:
            kind = str(r.get("type", ""))
            if kind.startswith("Verb"):
                pos = _VERB
            elif "مصدر" in kind:
                pos = _MASDAR
            elif kind.startswith("Noun"):
                pos = "adj" if "adj" in kind or "صفة" in kind else "noun"
            elif kind.startswith("STOPWORD"):
                pos = "stopword"
            else:
                pos = kind.lower() or "unknown"
            affix = r.get("affix") or ("", "", "", "")
            lemma = normalize(str(r.get("lemma") or ""))
            root = normalize(str(r.get("root") or ""))
            key = (lemma, root, pos, normalize(str(affix[0])), normalize(str(affix[3])))
            out[key] = max(out.get(key, 0), int(r.get("freq") or 0))
        return [(*k, f) for k, f in out.items()]

    def _spellings(self, prefix: str, host: str) -> list[str]:
        lex = self.lexicon
        respelled = prefix + lex.respell(host)
        spellings = [respelled]
        if host.endswith("ه") and respelled.endswith("ه"):
            spellings.append(respelled[:-1] + "ة")
        if host.endswith("ي") and respelled.endswith("ي"):
            spellings.append(respelled[:-1] + "ى")
        if respelled == prefix + host and host not in lex.forms:
            # an unknown host lost its hamza to normalization (اصيب for أصيب): try the commonest one, initial أ
            first = 0 if host[:1] == "ا" else 1 if host[:1] in "وفبلكس" and host[1:2] == "ا" else -1
            if first >= 0 and len(host) >= 3:
                spellings.append(prefix + host[:first] + "أ" + host[first + 1 :])
        return spellings

    def analyze_split(self, word: str, prefix: str, host: str) -> Analysis:
        """Analyse ``word`` read as the proclitic letters ``prefix`` followed by ``host`` (and maybe an enclitic)."""
        key = (word, prefix, host)
        found = self._analyses.get(key)
        if found is not None:
            return found
        body = word[len(prefix) :]
        candidates: list[_Reading] = []
        for spelling in self._spellings(prefix, body):
            candidates.extend(r for r in self.readings(spelling) if r[3] == prefix)
        found = self._choose(candidates, host)
        if len(self._analyses) > 500_000:
            self._analyses.clear()
        self._analyses[key] = found
        return found

    def _choose(self, readings: list[_Reading], host: str) -> Analysis:
        usable = [r for r in readings if r[2] not in ("unknown", "number", "pounct", "") and r[0]]
        if not usable:
            return Analysis(host, "", "unknown", host)

        lemma, root, pos, procletic, enclitic, frequency = max(usable, key=_rank)
        if frequency == 0 and lemma != host and self.lexicon.is_proper(host):
            # a name qalsadi only knows as a rare common noun (حلب read as حلوب): the name is the lemma
            return Analysis(host, "", "proper", host, parse_proclitics(procletic), enclitic, 0)
        canonical = self.lexicon.masdars.get(lemma, lemma) if pos == _VERB else lemma
        return Analysis(canonical, root, pos, host, parse_proclitics(procletic), enclitic, frequency)

    def best_reading(self, word: str) -> _Reading | None:
        """qalsadi's best known reading of the whole ``word`` (any proclitics), or None."""
        usable = [
            r
            for spelling in self._spellings("", word)
            for r in self.readings(spelling)
            if r[2] not in ("unknown", "number", "pounct", "") and r[0]
        ]
        return max(usable, key=_rank) if usable else None

    def analyze(self, word: str) -> Analysis:
        """Analyse a normalized word, clitics included (see the module docstring)."""
        from marsad.text.tokens import segment

        # normalization is idempotent, so a caller who forgot it gets the same answer as one who did not
        word = normalize(word)
        seg = segment(word, self.lexicon, self)
        prefix = word[: len(word) - len(seg.stem) - len(seg.suffix)]
        return self.analyze_split(word, prefix, seg.stem)

    def flush(self) -> None:
        if self._store is not None:
            self._store.flush()


def _rank(r: _Reading) -> tuple:
    # function words first (qalsadi gives them no frequency), then frequency, then verb/masdar, then fewer enclitics
    return (r[2] == "stopword", r[5], r[2] in (_VERB, _MASDAR), -len(r[4]), r[0])


_DEFAULT: Morphology | None = None


def default_morphology() -> Morphology:
    """The process-wide analyser (lexicon and caches are shared by every caller)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Morphology()
        atexit.register(_DEFAULT.flush)
    return _DEFAULT


def analyze(word: str) -> Analysis:
    """The chosen reading of a normalized ``word`` (clitics may be attached)."""
    return default_morphology().analyze(word)


def lemma_of(word: str) -> str:
    """The normalized canonical lemma of a normalized ``word``: سيطرت، تسيطر، وسيطرت، السيطره -> سيطره.

    A phrase is lemmatized word by word (إطلاق النار -> اطلاق نار), so multi-word lexicon entries can be compared
    with the lemmas of consecutive tokens.
    """
    morphology = default_morphology()
    if " " in word.strip():
        return " ".join(morphology.analyze(w).lemma for w in word.split())
    return morphology.analyze(word.strip()).lemma


def lemma_for(word: str, prefix: str, host: str) -> str:
    """The lemma of ``word`` read as ``prefix`` + ``host`` (used by the tokenizer with its own split)."""
    return default_morphology().analyze_split(word, prefix, host).lemma


def flush() -> None:
    """Write pending cache rows to disk (also done at exit)."""
    if _DEFAULT is not None:
        _DEFAULT.flush()
