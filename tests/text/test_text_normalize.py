"""Normalization rules and the offset map back to raw text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.text.normalize import NormalizationConfig, normalize, normalize_with_offsets

# Arabic letters and marks, Persian letters, presentation forms, digits, punctuation, controls and Latin: the
# characters that real wire copy mixes.
ALPHABET = st.sampled_from(
    list("ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئىةـًٌٍَُِّْٰٱیکەگپچژ٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹،؛؟٪«»“”")
    + ["\ufefb", "\ufe8d", "\ufdf2", "\u200f", "\u200c", "\u202b", "\ufeff", "\xad", "\r", "\n", " ", "\t", "\xa0"]
    + list("abcXYZ012.,:;!?\"'()-")
    + ["é", "Ş", "ū", "ﬁ"]
)
TEXT = st.text(ALPHABET, max_size=60)


@given(TEXT)
@settings(max_examples=300, deadline=None)
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


@given(TEXT)
@settings(max_examples=300, deadline=None)
def test_offset_map_agrees_with_normalize(text: str) -> None:
    normalized, offsets = normalize_with_offsets(text)
    assert normalized == normalize(text)
    assert len(offsets) == len(normalized)


@given(TEXT, st.data())
@settings(max_examples=300, deadline=None)
def test_every_normalized_span_maps_back_to_raw_that_normalizes_to_it(text: str, data: st.DataObject) -> None:
    normalized, offsets = normalize_with_offsets(text)
    start = data.draw(st.integers(0, len(normalized)))
    end = data.draw(st.integers(start, len(normalized)))
    span = offsets.to_raw(start, end)
    piece = normalized[start:end]
    # A presentation form can expand to several letters (ﻻ -> لا); a span cutting through one maps to the whole raw
    # character, whose normalization contains the piece.
    assert piece in normalize(text[span.start : span.end])
    n = len(normalized)
    # a cut is aligned when it does not fall between two characters that one raw character produced
    aligned_start = start in (0, n) or offsets.starts[start] != offsets.starts[start - 1]
    aligned_end = end in (0, n) or offsets.starts[end] != offsets.starts[end - 1]
    if aligned_start and aligned_end:
        assert normalize(text[span.start : span.end]) == piece


def test_alef_variants_diacritics_and_tatweel() -> None:
    assert normalize("أَعْلَنَ إدلب آلاف ٱلله") == "اعلن ادلب الاف الله"
    assert normalize("حـــلب") == "حلب"
    assert normalize("الجيشُ") == "الجيش"


def test_alef_maqsura_and_taa_marbuta_are_configurable() -> None:
    assert normalize("إلى حماة") == "الي حماه"
    keep = NormalizationConfig(yaa=False, taa_marbuta=False)
    assert normalize("إلى حماة", keep) == "الى حماة"


def test_persian_letters_digits_and_punctuation() -> None:
    assert normalize("کرکوک یک") == "كركوك يك"
    assert normalize("٢٠٢٤ و۱۲") == "2024 و12"
    assert normalize("قال، ثم؛ لماذا؟ «نعم»") == 'قال, ثم; لماذا? "نعم"'
    assert normalize("٣٫٥٪") == "3.5%"


def test_presentation_forms_and_controls() -> None:
    assert normalize("\ufefb") == "لا"
    assert normalize("حل\u200fب\u200c") == "حلب"
    assert normalize("a\r\nb") == "a\nb"


def test_dropped_marks_belong_to_the_letter_before() -> None:
    raw = "قَصَفَ حلب"
    normalized, offsets = normalize_with_offsets(raw)
    assert normalized == "قصف حلب"
    span = offsets.to_raw(0, 3)
    assert raw[span.start : span.end] == "قَصَفَ"
    span = offsets.to_raw(4, 7)
    assert raw[span.start : span.end] == "حلب"


def test_a_word_broken_by_tatweels_around_a_space_is_joined_and_maps_back():
    raw = "ارتكبت القوات مجـ ـزرة جديدة"
    norm, omap = normalize_with_offsets(raw)
    assert norm == "ارتكبت القوات مجزره جديده" == normalize(raw)
    start = norm.index("مجزره")
    span = omap.to_raw(start, start + len("مجزره"))
    assert raw[span.start : span.end] == "مجـ ـزرة"
    # a tatweel on one side only is no broken word: the space stays
    assert normalize("مجـ زرة") == "مج زره"
