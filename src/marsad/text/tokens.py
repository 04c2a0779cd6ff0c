"""Clitic-aware tokenization of normalized Arabic text.

A surface token such as ``وبحلب`` is one unit of the text but three words: the conjunction و, the preposition ب and
the host ``حلب``. Matchers (places, actors, triggers) look words up by their host, so each :class:`~marsad.model.Token`
carries its proclitics and stem. Splitting is decided conservatively: a word that merely begins with clitic letters
(بشار، لبنان، وادي) is kept whole unless a lexicon knows the stem and not the whole, and every plausible reading is
available through :func:`stem_candidates` for matchers that check a lexicon themselves.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from marsad.model import Sentence, Token

TOKEN_RE = re.compile(r"[^\W\d_]+|\d+(?:[.,]\d+)*|\S")

CONJUNCTIONS = ("و", "ف")
PREPOSITIONS = ("ب", "ل", "ك")
ARTICLE = "ال"
MIN_STEM = 2


def stem_candidates(word: str) -> list[tuple[tuple[str, ...], str]]:
    """Every plausible split of ``word`` into proclitics and a stem, from no split to the deepest.

    Args:
        word: a normalized Arabic word.

    Returns:
        ``(prefixes, stem)`` pairs; the first is always ``((), word)``.
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
        for pre, body in prep_options:
            if body.startswith(ARTICLE) and len(body) - 2 >= MIN_STEM:
                add(pre + (ARTICLE,), body[2:])
    return out


def choose_split(word: str, known: Callable[[str], bool] | None = None) -> tuple[tuple[str, ...], str]:
    """Pick one reading of ``word``.

    A whole word the lexicon knows stays whole. Otherwise the deepest split whose stem the lexicon knows wins; without
    a lexicon verdict, a split is taken only where the article ال follows the clitics (والفصائل، بالمدينة), the one
    case the letters alone make clear.
    """
    candidates = stem_candidates(word)
    if known is not None:
        if known(word):
            return candidates[0]
        for prefixes, stem in reversed(candidates[1:]):
            if known(stem):
                return prefixes, stem
    for prefixes, stem in reversed(candidates[1:]):
        if prefixes and prefixes[-1] == ARTICLE:
            return prefixes, stem
    return candidates[0]


def tokenize(
    text: str, sentences: tuple[Sentence, ...] = (), known: Callable[[str], bool] | None = None
) -> tuple[Token, ...]:
    """Tokenize normalized ``text``; tokens cover every non-space character exactly once.

    Args:
        text: normalized text.
        sentences: sentence bounds, to give each token its sentence index.
        known: optional lexicon lookup used to decide clitic splits.
    """
    tokens: list[Token] = []
    bounds = [(s.start, s.end, s.index) for s in sentences]
    b = 0
    for m in TOKEN_RE.finditer(text):
        start, end = m.span()
        while b < len(bounds) - 1 and start >= bounds[b][1]:
            b += 1
        sentence = bounds[b][2] if bounds else 0
        surface = m.group()
        is_word = surface[0].isalpha() and not surface.isascii()
        if is_word:
            prefixes, stem = choose_split(surface, known)
        else:
            prefixes, stem = (), surface
        stem_start = end - len(stem)
        tokens.append(Token(start, end, surface, prefixes, stem, stem_start, "", "", is_word, sentence))
    return tuple(tokens)
