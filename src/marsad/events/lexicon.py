"""Matching the phrases of marsad's event data files against clitic-split tokens.

Data files list surface forms (``اشتباكات``، ``الأسبوع الماضي``، ``قتلى وجرحى``). Article tokens carry proclitics
(``والاشتباكات``، ``وبريف``), so a phrase word matches a token when it equals one of the token's readings from
:func:`marsad.text.tokens.stem_candidates`, with or without the article. Phrases are normalized and split with the
tokenizer's own pattern so that ``الـ24`` in a data file meets ``ال`` + ``24`` in the text.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from marsad.model import Token
from marsad.text.lexicon import default_lexicon
from marsad.text.normalize import normalize
from marsad.text.tokens import TOKEN_RE, stem_candidates

#: enclitic pronouns (longest first) that turn a verbal noun into a possessed state: سيطرتها، هجومها. The bare ه
#: (his) is left out: after normalization it is also every taa marbuta (قضية -> قضيه), so it cannot be told apart.
PRONOUN_SUFFIXES = ("هما", "كما", "هم", "هن", "كم", "نا", "ها")


@lru_cache(maxsize=1 << 16)
def ordered_forms(text: str) -> tuple[str, ...]:
    """:func:`word_forms` in a fixed order: the word itself, then each stem from the least stripped to the deepest.

    Whatever reads forms one by one and stops at the first that fits walks this order, so the reading nearest the
    text wins and the same text always gives the same answer (a frozenset's order changes with each process's string
    hashing: للمطالبة read as itself in one run and as مطالبة in the next).
    """
    if default_lexicon().readings.get(text) == ((), text):
        # clitic_exceptions.tsv keeps the word whole: كفر is no ك + فر 'like fled', وسط no و + سط
        return (text,)
    return tuple(stem for _, stem in stem_candidates(text))


@lru_cache(maxsize=1 << 16)
def word_forms(text: str) -> frozenset[str]:
    """Every form a normalized surface word may stand for: itself and each stem left after proclitics."""
    return frozenset(ordered_forms(text))


def strip_article(word: str) -> str:
    """The word without a leading article, when what remains is still a word of two letters or more."""
    return word[2:] if word.startswith("ال") and len(word) >= 4 else word


@lru_cache(maxsize=1 << 16)
def suffix_bases(text: str) -> tuple[str, ...]:
    """Forms of a word with an enclitic pronoun removed (``سيطرتها`` -> ``سيطره``), empty when it has none; in the
    order of :func:`ordered_forms`."""
    out: dict[str, None] = {}
    for form in ordered_forms(text):
        for suffix in PRONOUN_SUFFIXES:
            if form.endswith(suffix) and len(form) - len(suffix) >= 3:
                base = form[: -len(suffix)]
                out[base] = None
                if base.endswith("ت"):
                    # the feminine ending is written ت before a suffix: سيطرت+ها stands for سيطرة
                    out[base[:-1] + "ه"] = None
                break
    return tuple(out)


def phrase_words(form: str) -> tuple[str, ...]:
    """Normalize a data-file form and split it the way the tokenizer splits text."""
    return tuple(TOKEN_RE.findall(normalize(form)))


def word_matches(word: str, token: Token) -> bool:
    forms = word_forms(token.text)
    return word in forms or strip_article(word) in forms


@dataclass(frozen=True)
class Match:
    """A phrase found in a token sequence: tokens ``[first, last]`` inclusive."""

    first: int
    last: int
    payload: object
    suffixed: bool = False


class PhraseMatcher:
    """Finds data-file phrases in tokens, longest first.

    Args:
        entries: ``(form, payload)`` pairs; forms are raw Arabic as written in a data file.
        suffixes: also match single-word forms carrying an enclitic pronoun (``سيطرتها``); such matches are flagged.
    """

    def __init__(self, entries: Iterable[tuple[str, object]], suffixes: bool = False) -> None:
        self._index: dict[str, list[tuple[tuple[str, ...], object]]] = {}
        self.suffixes = suffixes
        for form, payload in entries:
            words = phrase_words(form)
            if not words:
                continue
            # a form written with the article only matches tokens that have it: الاثنين (Monday), not اثنين (two)
            self._index.setdefault(words[0], []).append((words, payload))
        for phrases in self._index.values():
            phrases.sort(key=lambda p: -len(p[0]))

    def match_at(self, tokens: Sequence[Token], i: int) -> Match | None:
        """The longest phrase starting at token ``i`` (within its sentence), or None."""
        token = tokens[i]
        best: Match | None = None
        for form in ordered_forms(token.text):
            for words, payload in self._index.get(form, ()):
                n = len(words)
                if best is not None and n <= best.last - best.first + 1:
                    break
                if i + n > len(tokens):
                    continue
                if all(
                    tokens[i + k].sentence == token.sentence and word_matches(words[k], tokens[i + k])
                    for k in range(1, n)
                ):
                    best = Match(i, i + n - 1, payload)
                    break
        if best is None and self.suffixes:
            for base in suffix_bases(token.text):
                for words, payload in self._index.get(base, ()):
                    if len(words) == 1:
                        return Match(i, i, payload, suffixed=True)
        return best

    def find_all(self, tokens: Sequence[Token], start: int = 0, end: int | None = None) -> list[Match]:
        """Non-overlapping matches from left to right, each the longest at its position."""
        end = len(tokens) if end is None else end
        out: list[Match] = []
        i = start
        while i < end:
            m = self.match_at(tokens, i)
            if m is not None and m.last < end:
                out.append(m)
                i = m.last + 1
            else:
                i += 1
        return out


def split_forms(cell: str) -> list[str]:
    """The ``|``-separated alternatives of a data-file cell, blanks dropped."""
    return [f.strip() for f in cell.split("|") if f.strip()]


FUNCTION_WORDS_FILE = "function_words.tsv"


@lru_cache(maxsize=1)
def _function_word_sets() -> dict[str, tuple[str, ...]]:
    """The named sets of ``function_words.tsv``, normalized like article text, in their written order."""
    from marsad.knowledge import DataFileError, load_table

    sets: dict[str, tuple[str, ...]] = {}
    for row in load_table(FUNCTION_WORDS_FILE).rows:
        if row["set"] in sets:
            raise DataFileError(f"{FUNCTION_WORDS_FILE}: set {row['set']!r} is defined twice")
        sets[row["set"]] = tuple(dict.fromkeys(normalize(f) for f in split_forms(row["forms"])))
    return sets


def function_words(name: str) -> frozenset[str]:
    """The normalized words of the set ``name`` of ``function_words.tsv`` (prepositions, demonstratives, verbs of
    speech ... that the readers consult around what they find).

    Raises:
        KeyError: for a set the file does not define.
    """
    return frozenset(_function_word_sets()[name])


def function_stems(name: str) -> tuple[str, ...]:
    """The set ``name`` of ``function_words.tsv`` as a tuple, for ``str.startswith`` on stems."""
    return _function_word_sets()[name]
