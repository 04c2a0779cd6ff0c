"""Phrase matching over normalized Arabic text, and the word lists the actor and source stages share.

Arabic writes the conjunctions و ف and the prepositions ب ل ك glued to the next word (والجيش، للأمم المتحدة، بحسب), so
a dictionary phrase must be found behind any of them. :class:`PhraseMatcher` compiles every phrase together with its
proclitic variants into one Aho-Corasick automaton, accepts a hit only on word boundaries, and keeps the longest
non-overlapping hits. The automaton is pickled under :func:`marsad.cache.cache_dir` keyed by a sha256 of its phrases,
so each process builds it at most once and most processes never do.
"""

from __future__ import annotations

import os
import pickle
import sqlite3
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import ahocorasick

from marsad.cache import cache_dir, stable_key
from marsad.knowledge import load_table
from marsad.model import Token
from marsad.text.normalize import normalize

#: proclitic sequences that may precede a phrase inside one written word
PROCLITICS = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك")
#: with a phrase that opens with the article, ل + ال is written لل (للأمم المتحدة)
ARTICLE_PROCLITICS = ("لل", "ولل", "فلل")


@dataclass(frozen=True, slots=True)
class PhraseMatch:
    """One phrase found in normalized text.

    Attributes:
        start: normalized offset where the phrase itself starts (after any proclitics).
        end: normalized end offset.
        phrase: the normalized dictionary phrase.
        prefix: the proclitics written before it (``""``, ``و``, ``لل`` ...).
        key: what the phrase stands for, as given when the matcher was built.
    """

    start: int
    end: int
    phrase: str
    prefix: str
    key: str


def _is_letter(c: str) -> bool:
    return c.isalnum() or c == "_"


def _variants(phrase: str) -> list[tuple[str, str]]:
    """``(surface, prefix)`` forms of a phrase with every proclitic sequence it may carry."""
    if not phrase or phrase.isascii():
        return [(phrase, "")]
    out = [(p + phrase, p) for p in PROCLITICS]
    if phrase.startswith("ال") and len(phrase) > 3:
        out += [(p + phrase[2:], p) for p in ARTICLE_PROCLITICS]
    return out


#: bump when _entries starts making other surface forms (2: quoted names after their head noun)
_FORMS_VERSION = "3"


class PhraseMatcher:
    """Finds dictionary phrases in normalized text, behind proclitics, on word boundaries, longest first.

    Args:
        name: a name for the cache file (e.g. ``actors``).
        phrases: normalized phrase -> key (what it stands for; several phrases may share a key).
        spaceless: also match multi-word phrases written without their spaces (الأممالمتحدة), a common typo of
            Arabic copy where a final letter hides the missing space.
    """

    def __init__(self, name: str, phrases: Mapping[str, str], spaceless: bool = False) -> None:
        self.name = name
        self.phrases = dict(phrases)
        self.spaceless = spaceless
        self._automaton = self._load()

    def _entries(self) -> dict[str, tuple[str, str, str, int]]:
        entries: dict[str, tuple[str, str, str, int]] = {}
        for phrase, key in sorted(self.phrases.items()):
            forms = [phrase]
            if self.spaceless and " " in phrase and not phrase.isascii() and len(phrase) >= 9:
                forms.append(phrase.replace(" ", ""))
            if " " in phrase and not phrase.isascii():
                # حركة "الشباب"، هيئة «تحرير الشام»: copy quotes the name after its head noun (the normalizer makes
                # every quotation mark "); the closing mark is in the match when it closes the name
                head, rest = phrase.split(" ", 1)
                forms += [f'{head} "{rest}"', f'{head} "{rest}']
            for form in forms:
                for surface, prefix in _variants(form):
                    # a real phrase wins over a proclitic reading of another (ولي العهد is not و + لي العهد)
                    if surface not in entries or (prefix == "" and entries[surface][1] != ""):
                        entries[surface] = (phrase, prefix, key, len(surface))
        return entries

    def _load(self) -> ahocorasick.Automaton:
        # the forms _entries makes are part of the key: a cache from before a new form must not be reused
        digest = stable_key("phrase-matcher", _FORMS_VERSION, self.name, str(self.spaceless), *sorted(f"{p}\t{k}" for p, k in
                                                                                     self.phrases.items()))
        path = cache_dir() / f"phrases-{self.name}-{digest[:24]}.pickle"
        try:
            with open(path, "rb") as f:
                return pickle.load(f)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
            pass
        automaton = ahocorasick.Automaton()
        for surface, value in self._entries().items():
            automaton.add_word(surface, value)
        automaton.make_automaton()
        _write_atomically(path, pickle.dumps(automaton, protocol=pickle.HIGHEST_PROTOCOL))
        return automaton

    def find_all(self, text: str) -> list[PhraseMatch]:
        """Every hit on word boundaries, overlapping ones included."""
        out: list[PhraseMatch] = []
        if not len(self._automaton):
            return out
        n = len(text)
        for end_index, (phrase, prefix, key, surface_len) in self._automaton.iter(text):
            end = end_index + 1
            start = end - surface_len
            if start > 0 and _is_letter(text[start - 1]):
                continue
            if end < n and _is_letter(text[end]):
                continue
            out.append(PhraseMatch(start + len(prefix), end, phrase, prefix, key))
        return out

    def find(self, text: str) -> list[PhraseMatch]:
        """The longest non-overlapping hits, in text order (on a tie the earlier hit wins)."""
        return longest_first(self.find_all(text))


def longest_first(matches: Iterable[PhraseMatch]) -> list[PhraseMatch]:
    """Keep the longest of overlapping hits (measured with proclitics), in text order."""
    chosen: list[PhraseMatch] = []
    taken: list[tuple[int, int]] = []
    for m in sorted(matches, key=lambda m: (-(m.end - m.start + len(m.prefix)), m.start)):
        lo = m.start - len(m.prefix)
        if any(lo < e and s < m.end for s, e in taken):
            continue
        taken.append((lo, m.end))
        chosen.append(m)
    return sorted(chosen, key=lambda m: m.start)


def _write_atomically(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except OSError:
        # a cache that cannot be written only costs a rebuild next time
        try:
            os.unlink(tmp)
        except OSError:
            pass


def split_cell(cell: str) -> list[str]:
    """The normalized, non-empty alternatives of a ``|``-separated data cell."""
    return [f for f in (normalize(x).strip() for x in cell.split("|")) if f]


#: name-chain words that arramooz lists as stop words but that build names (أبو محمد، عبد الرحمن، محمد بن سلمان)
NAME_CHAIN = frozenset({"ابو", "ابي", "ابا", "ابن", "بن", "بنت", "عبد", "ال", "ام"})

#: time words, weekdays and function words that end a name in news copy (بحسب ما أعلن دوجاريك الإثنين)
_EXTRA_STOPS = """اليوم امس غدا الليله صباح مساء ليل ظهر فجر صباحا مساء ليلا ظهرا فجرا الاحد الاثنين الثلاثاء الاربعاء
الخميس الجمعه السبت يوم الساعه الساعات خلال حيث بعد قبل منذ بين عند لدي نحو قرابه حوالي ايضا كذلك اثر اثناء ازاء ضد
مع الي علي عن في من ان انه انها الذي التي الذين كما لكن بينما وقال قال قالت اكد اكدت اعلن اعلنت اضاف اضافت امام خلف
عبر وسط شمال جنوب شرق غرب شمالي جنوبي شرقي غربي العام الماضي الجاري المقبل الحالي الاول الثاني الثالث عام سنه شهر
وذلك ذلك هذا هذه هناك هنا كل بعض جميع غير دون تحت فوق لدى لفرانس لوكاله لرويترز لقناه لصحيفه
بتاريخ بخصوص باشراف بعنوان بحضور بمشاركه بهدف بسبب بموجب بشان رقم السابق السابقه الاولي الثانيه الثالثه الرابعه
الاول الثاني الثالث الرابع الجديد الجديده القديم تم يتم قد لقد شو رحمه الان بمناسبه بذكري العدد لصالح لمده""".split()


#: given names whose normalized form is above all a function word (على -> علي, لما, مني)
FUNCTION_WORD_NAMES = frozenset({"علي", "انا", "ايه", "ايهم", "غير", "لما", "مني", "بيني"})


def opens_next_person(t: Token, words_before: int, names: frozenset[str]) -> bool:
    """Whether ``t``, after ``words_before`` words of a person's name (a chain such as أم محمد counting one), is و +
    the next person of a list (عيسى ونورالدين, ايمانويل ايبواه ودراماني ديابي): a word the conjunction opens that is
    no given name itself (وليد) and no link of a name (ولد). A word the tokenizer left whole is more often a family
    name right after the first word (محمد وهبة), so it opens a person only from the second on."""
    w = t.text
    if t.prefixes[:1] == ("و",):
        return w not in names
    return words_before >= 2 and w[:1] == "و" and len(w) > 3 and w not in names and w not in NAME_CHAIN


@lru_cache(maxsize=1)
def ambiguous_names() -> frozenset[str]:
    """Normalized given names that are mostly common words (``ambiguous_given_names.tsv``)."""
    return frozenset(normalize(r["name"]) for r in load_table("ambiguous_given_names.tsv").rows)


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """Function words (arramooz's stop-word list, with their clitic forms) plus time and reporting words.

    Normalizing arramooz's 17,000 forms takes half a second, so the set is cached on disk keyed by the list file's
    size and date and by the extra words.
    """
    import arramooz

    path = Path(arramooz.__file__).parent / "data" / "stopwords.sqlite"
    try:
        stat = path.stat()
        stamp = f"{stat.st_size}:{stat.st_mtime_ns}"
    except OSError:
        stamp = "absent"
    names = given_names()
    digest = stable_key("stop-words", stamp, *_EXTRA_STOPS, *sorted(names), *sorted(FUNCTION_WORD_NAMES))
    cache = cache_dir() / f"stopwords-{digest[:24]}.pickle"
    try:
        with open(cache, "rb") as f:
            return pickle.load(f)
    except (OSError, pickle.UnpicklingError, EOFError):
        pass
    words: set[str] = {normalize(w) for w in _EXTRA_STOPS}
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
            for (w,) in db.execute("select unvocalized from STOPWORDS"):
                if w:
                    words.add(normalize(w))
    except sqlite3.Error:
        pass  # without arramooz's list the extra stops above still end names
    # names that arramooz lists as words (امين "amen", معاذ) stay names, but true function words stay stops
    out = frozenset(words - NAME_CHAIN - (names - FUNCTION_WORD_NAMES))
    _write_atomically(cache, pickle.dumps(out, protocol=pickle.HIGHEST_PROTOCOL))
    return out


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Normalized given names from ``given_names.tsv``."""
    return frozenset(normalize(r["name"]) for r in load_table("given_names.tsv").rows)
