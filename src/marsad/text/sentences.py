"""Sentence splitting for Arabic wire copy, on normalized text.

Arabic ``؟`` and ``؛`` arrive here as ``?`` and ``;`` and the comma ``،`` as ``,`` (see :mod:`marsad.text.normalize`);
typographic quotes (« » “ ”) as ``"``.

Rules:

1. A sentence ends at ``.``, ``!``, ``?`` (and runs of them) followed by a space or the end, or at a line break; not at
   a decimal point (2.5), nor inside a quotation that is still open; a closing quote right after the ender belongs to
   the sentence it closes. Scraped copy often loses the space after a full stop (بريف حماة.يأتي ذلك), so an ender
   glued between two Arabic words of two letters or more (the first may close a quotation) ends a sentence too; a
   single letter on either side is an abbreviation (أ.ف.ب، د.محمد), and so is a chain of short dotted parts
   (سي.إس.أكس، إف.بي.آي); a Latin word is a web address: those stay whole.
2. The comma and the semicolon join clauses of one Arabic sentence, so they never split.
3. Boilerplate link cues (``boilerplate_cues.tsv``: اقرأ أيضا، شاهد أيضا، مواضيع ذات صلة ...) that scrapers glue into
   body text without a full stop start a sentence of their own. After a ``headline`` cue the linked headline follows,
   with no punctuation to end it; it ends where the body resumes, recognised by the opening that Arabic narrative
   prose gives a new sentence and a headline does not: a conjunction و/ف fused to a perfect-tense verb (وأفاد،
   وقال، فأعلن، وتزامنت). Headlines are nominal or use the imperfect (الرئيس السوري: التصعيد يستهدف ...), so an
   imperfect verb after و (ويلتقي) does not end them. The headline otherwise ends at a line break or a sentence
   ender. An ``alone`` cue (شاهد الفيديو) is a sentence by itself.
"""

from __future__ import annotations

import re
from functools import lru_cache

from marsad.knowledge import load_table
from marsad.model import Sentence
from marsad.text.normalize import normalize

_ENDERS = ".!?"
_WORD = re.compile(r"[^\W\d_]+")
_ARABIC_LETTER = re.compile(r"[\u0621-\u064A]")
MIN_HEADLINE_WORDS = 2


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern[str], dict[str, str]]:
    kinds: dict[str, str] = {}
    for row in load_table("boilerplate_cues.tsv").rows:
        cue = " ".join(normalize(row["cue"]).split())
        if cue:
            kinds.setdefault(cue, row["kind"] or "headline")
    alternatives = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in sorted(kinds, key=len, reverse=True))
    pattern = re.compile(rf"(?<![^\W\d_])(?:{alternatives})(?![^\W\d_])\s*:?")
    return pattern, kinds


def _arabic_run(text: str, start: int, step: int) -> int:
    """The number of Arabic letters in a row from ``start`` going ``step`` (+1 forward, -1 backward)."""
    count = 0
    i = start
    while 0 <= i < len(text) and _ARABIC_LETTER.match(text[i]):
        count += 1
        i += step
    return count


def _glued(text: str, first: int, after: int) -> bool:
    """True when the enders text[first:after] sit between two Arabic words of two letters or more (rule 1)."""
    before = first - 1
    if before > 0 and text[before] in "\")":
        before -= 1  # a quotation or aside closed right before the stop: اسمتها "ردع العدوان".وأعلن
    back, ahead = _arabic_run(text, before, -1), _arabic_run(text, after, 1)
    # (a chain of short dotted parts is an abbreviation: سي.إس.أكس، إف.بي.آي: a dot before or after the two words)
    chain = text[before - back : before - back + 1] == "." or text[after + ahead : after + ahead + 1] == "."
    return back >= 2 and ahead >= 2 and not (chain and min(back, ahead) <= 3)


def _base_cuts(text: str) -> list[int]:
    """End offsets of sentences by punctuation and line breaks (rules 1 and 2)."""
    cuts: list[int] = []
    in_quote = False
    n = len(text)
    i = 0
    while i < n:
        c = text[i]
        if c == '"':
            in_quote = not in_quote
        elif c == "\n":
            cuts.append(i + 1)
            in_quote = False
        elif c in _ENDERS:
            prev_digit = i > 0 and text[i - 1].isdigit()
            next_digit = i + 1 < n and text[i + 1].isdigit()
            if not (c == "." and prev_digit and next_digit):
                j = i + 1
                while j < n and text[j] in _ENDERS:
                    j += 1
                closes = j < n and text[j] == '"' and in_quote
                if closes:
                    j += 1
                if (not in_quote or closes) and (j >= n or text[j].isspace() or (not closes and _glued(text, i, j))):
                    cuts.append(j)
                    in_quote = False
                    i = j
                    continue
        i += 1
    return cuts


def _body_resumes(word: str) -> bool:
    """True for a conjunction fused to a perfect-tense verb: the opening of a narrative sentence (rule 3)."""
    if len(word) < 4 or word[0] not in "وف":
        return False
    host = word[1:]
    if host[0] in "ين" or (host[0] == "ت" and not host.endswith("ت")):
        return False  # imperfect prefixes: headlines use the imperfect freely
    from marsad.text.lexicon import default_lexicon
    from marsad.text.tokens import segment

    lexicon = default_lexicon()
    if segment(word, lexicon).prefixes[:1] != (word[0],):
        return False  # a word that merely starts with و (وزير، وادي): the clitic splitter keeps it whole
    return lexicon.is_verb(host)


def _cue_cuts(text: str, base: list[int]) -> list[int]:
    """Extra sentence boundaries around boilerplate cues and their headlines."""
    pattern, kinds = _cues()
    if not kinds:
        return []
    extra: list[int] = []
    for m in pattern.finditer(text):
        extra.append(m.start())
        cue = " ".join(text[m.start() : m.end()].rstrip(" :").split())
        if kinds.get(cue) == "alone":
            extra.append(m.end())
            continue
        limit = next((c for c in base if c > m.end()), len(text))
        words = 0
        for w in _WORD.finditer(text, m.end(), limit):
            if words >= MIN_HEADLINE_WORDS and _body_resumes(w.group()):
                extra.append(w.start())
                break
            words += 1
    return extra


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Split normalized ``text`` into sentences covering it without gaps (leading and trailing blanks are trimmed)."""
    base = _base_cuts(text)
    cuts = sorted(set(base + _cue_cuts(text, base) + [len(text)]))
    sentences: list[Sentence] = []
    start = 0
    for end in cuts:
        s, e = start, end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            sentences.append(Sentence(len(sentences), s, e))
        start = end
    return tuple(sentences)
