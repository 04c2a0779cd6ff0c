"""Sentence splitting for Arabic wire copy, on normalized text.

Arabic ``؟`` and ``؛`` arrive here as ``?`` and ``;`` (see :mod:`marsad.text.normalize`); typographic quotes as ``"``.
A sentence ends at ``.``, ``!``, ``?`` or a line break, but not inside a quotation that is still open, nor at a decimal
point. The comma ``،`` and semicolon ``؛`` join clauses of one sentence in Arabic prose, so they do not split.
"""

from __future__ import annotations

from marsad.model import Sentence

_ENDERS = ".!?"


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Split normalized ``text`` into sentences covering it without gaps (leading blanks are trimmed)."""
    bounds: list[tuple[int, int]] = []
    start = 0
    in_quote = False
    n = len(text)
    i = 0
    while i < n:
        c = text[i]
        if c == '"':
            in_quote = not in_quote
        elif c == "\n":
            bounds.append((start, i + 1))
            start = i + 1
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
                if (not in_quote or closes) and (j >= n or text[j].isspace()):
                    bounds.append((start, j))
                    start = j
                    in_quote = False
                    i = j
                    continue
        i += 1
    if start < n:
        bounds.append((start, n))
    sentences: list[Sentence] = []
    for s, e in bounds:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            sentences.append(Sentence(len(sentences), s, e))
    return tuple(sentences)
