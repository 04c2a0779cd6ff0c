"""Arabic text normalization with an exact offset map back to the raw text.

Rules, applied character by character so that every output character knows the raw character it came from:

1. Unicode NFKC, which turns presentation forms (ﻻ, ﺣ, ﷲ) into ordinary letters.
2. Latin letters are lower-cased and stripped of accents (``Şūrān`` -> ``suran``), so transliterations match.
3. Dropped: Arabic diacritics (tashkeel, U+064B-U+065F, superscript alef U+0670, Quranic marks U+06D6-U+06ED), tatweel
   (U+0640), bidi and zero-width controls (U+200B-U+200F, U+202A-U+202E, U+2066-U+2069, U+061C, U+FEFF), soft hyphen,
   carriage returns, and any other combining mark.
4. Alef variants أ إ آ ٱ ٲ ٳ -> ا.
5. Alef maqsura ى -> ي and taa marbuta ة -> ه (each can be switched off with :class:`NormalizationConfig`).
6. Persian/Urdu letters used in Arabic text: ی ې ۍ ے -> ي, ک ګ گ -> ك, ە ۀ ہ ھ -> ه, ڤ -> ف, پ -> ب, چ -> ج, ژ -> ز.
7. Arabic-Indic (٠-٩) and Persian (۰-۹) digits -> 0-9; Arabic decimal and thousands separators (٫ ٬) -> ``.`` ``,``.
8. Arabic punctuation ، ؛ ؟ ٪ -> , ; ? %; typographic quotes « » “ ” „ -> ``"``; all space characters but newline -> space.
9. A word broken by a tatweel on each side of a space (``مجـ ـزرة``, written so to slip past keyword filters) is joined:
   the space goes with the tatweels.

The function is idempotent (every output character is a fixed point) and the same function is applied to lexicon
entries, so data files and article text meet in one canonical form.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from dataclasses import dataclass
from functools import lru_cache

from marsad.model import OffsetMap

_DROP_RANGES = (
    (0x064B, 0x065F),
    (0x0670, 0x0670),
    (0x06D6, 0x06ED),
    (0x0640, 0x0640),
    (0x200B, 0x200F),
    (0x202A, 0x202E),
    (0x2066, 0x2069),
    (0x061C, 0x061C),
    (0xFEFF, 0xFEFF),
    (0x00AD, 0x00AD),
    (0x000D, 0x000D),
)

_LETTER_MAP = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ی": "ي", "ې": "ي", "ۍ": "ي", "ے": "ي",
    "ک": "ك", "ګ": "ك", "گ": "ك",
    "ە": "ه", "ۀ": "ه", "ہ": "ه", "ھ": "ه",
    "ڤ": "ف", "پ": "ب", "چ": "ج", "ژ": "ز",
    "٫": ".", "٬": ",", "،": ",", "؛": ";", "؟": "?", "٪": "%",
    "«": '"', "»": '"', "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"',
    "‘": "'", "’": "'", "‚": "'", "‛": "'",
    "–": "-", "—": "-", "‐": "-", "‑": "-", "−": "-",
}  # fmt: skip
for _zero, _first in ((0x0660, 0x0660), (0x06F0, 0x06F0)):
    for _d in range(10):
        _LETTER_MAP[chr(_first + _d)] = str(_d)


@dataclass(frozen=True)
class NormalizationConfig:
    """Switches for the rules that some users want off.

    Attributes:
        yaa: map alef maqsura ى to yaa ي.
        taa_marbuta: map taa marbuta ة to haa ه.
    """

    yaa: bool = True
    taa_marbuta: bool = True


DEFAULT = NormalizationConfig()


def _dropped(c: str) -> bool:
    code = ord(c)
    if any(lo <= code <= hi for lo, hi in _DROP_RANGES):
        return True
    return unicodedata.category(c) in ("Mn", "Me", "Cf")


def _map_one(c: str, config: NormalizationConfig) -> str:
    """One pass of the rules over one character (may return several characters or none)."""
    out = []
    for d in unicodedata.normalize("NFKC", c):
        if _dropped(d):
            continue
        if d.isascii():
            out.append(d.lower())
            continue
        if "LATIN" in unicodedata.name(d, ""):
            base = "".join(x for x in unicodedata.normalize("NFKD", d.lower()) if not unicodedata.combining(x))
            out.append(base)
            continue
        if d.isspace() and d != "\n":
            out.append(" ")
            continue
        if d == "ى" and config.yaa:
            out.append("ي")
            continue
        if d == "ة" and config.taa_marbuta:
            out.append("ه")
            continue
        out.append(_LETTER_MAP.get(d, d))
    return "".join(out)


@lru_cache(maxsize=65536)
def normalize_char(c: str, config: NormalizationConfig = DEFAULT) -> str:
    """Normalize one raw character; the result is a fixed point of the rules."""
    current = _map_one(c, config)
    # Iterate to a fixed point so that normalize(normalize(x)) == normalize(x) holds for every character.
    for _ in range(4):
        following = "".join(_map_one(d, config) for d in current)
        if following == current:
            return current
        current = following
    return current


#: the spaces of a word broken by tatweels (مجـ ـزرة، انتهـ ـاكات), between a letter and tatweel and a tatweel and letter
_BROKEN_WORD = re.compile(r"(?<=[\u0621-\u064a]\u0640)[ \t]+(?=\u0640[\u0621-\u064a])")


def _broken_word_spaces(raw: str) -> frozenset[int]:
    if "\u0640" not in raw:
        return frozenset()
    return frozenset(i for m in _BROKEN_WORD.finditer(raw) for i in range(m.start(), m.end()))


def normalize_with_offsets(raw: str, config: NormalizationConfig = DEFAULT) -> tuple[str, OffsetMap]:
    """Normalize ``raw`` and return the normalized text with its offset map.

    Args:
        raw: text as read.
        config: which optional rules apply.

    Returns:
        The normalized text and an :class:`~marsad.model.OffsetMap` from its characters to ``raw``.
    """
    out: list[str] = []
    starts = array("q")
    ends = array("q")
    joined = _broken_word_spaces(raw)
    for i, c in enumerate(raw):
        if i in joined:
            r = ""
        elif c.isascii() and c != "\r":
            r = c.lower()
        else:
            r = normalize_char(c, config)
        if not r:
            # A dropped mark belongs to the letter before it, so raw spans keep a word's diacritics.
            if ends and ends[-1] == i:
                ends[-1] = i + 1
            continue
        for ch in r:
            out.append(ch)
            starts.append(i)
            ends.append(i + 1)
    return "".join(out), OffsetMap(starts, ends, len(raw))


def normalize(text: str, config: NormalizationConfig = DEFAULT) -> str:
    """Normalize ``text`` (for lexicon entries and queries, where offsets are not needed)."""
    if text.isascii():
        return text.replace("\r", "").lower()
    if "\u0640" in text:
        text = _BROKEN_WORD.sub("", text)
    return "".join(normalize_char(c, config) for c in text)
