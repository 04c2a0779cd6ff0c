"""Sentence splitting: punctuation, quotes and boilerplate link cues."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.text.normalize import normalize
from marsad.text.sentences import split_sentences


def pieces(raw: str) -> list[str]:
    text = normalize(raw)
    return [text[s.start : s.end] for s in split_sentences(text)]


def test_arabic_question_mark_and_full_stop_end_sentences_but_comma_and_semicolon_do_not() -> None:
    assert pieces("هل انسحب الجيش؟ نعم، انسحب؛ ثم عاد.") == ["هل انسحب الجيش?", "نعم, انسحب; ثم عاد."]


def test_no_split_inside_quotes_or_decimals() -> None:
    assert pieces("قال «انسحبنا. ثم عدنا» أمس. وارتفع العدد 2.5 مرة.") == [
        'قال "انسحبنا. ثم عدنا" امس.',
        "وارتفع العدد 2.5 مره.",
    ]
    assert pieces("وقال: “انتهى القتال.” ثم غادر.") == ['وقال: "انتهي القتال."', "ثم غادر."]


def test_line_breaks_end_sentences_and_blanks_are_trimmed() -> None:
    assert pieces("  عاجل\nقصف على غزة  ") == ["عاجل", "قصف علي غزه"]


def test_read_also_cue_and_its_headline_are_a_sentence_ending_where_the_body_resumes() -> None:
    raw = "قُتل ثلاثة مدنيين في قصف على الحديدة. اقرأ أيضاً: الحوثيون يعلنون استهداف سفينة ويتوعدون بالمزيد وأفادت مصادر محلية بأن القصف طال سوقاً"
    assert pieces(raw) == [
        "قتل ثلاثه مدنيين في قصف علي الحديده.",
        "اقرا ايضا: الحوثيون يعلنون استهداف سفينه ويتوعدون بالمزيد",
        "وافادت مصادر محليه بان القصف طال سوقا",
    ]


def test_cue_glued_to_the_previous_sentence_still_starts_one() -> None:
    raw = "وسيطرت قوات الدعم السريع على المدينة شاهد أيضا: مشاهد من الفاشر وقال شهود إن"
    assert pieces(raw) == [
        "وسيطرت قوات الدعم السريع علي المدينه",
        "شاهد ايضا: مشاهد من الفاشر",
        "وقال شهود ان",
    ]


def test_alone_cue_is_its_own_sentence() -> None:
    assert pieces("شاهد الفيديو قصف مدفعي على بلدات في جنوب لبنان") == [
        "شاهد الفيديو",
        "قصف مدفعي علي بلدات في جنوب لبنان",
    ]


def test_word_that_only_starts_with_waw_does_not_end_a_headline() -> None:
    raw = "اقرأ أيضا: وزير الدفاع يزور وادي خالد"
    assert pieces(raw) == ["اقرا ايضا: وزير الدفاع يزور وادي خالد"]


SENTENCE_TEXT = st.lists(
    st.sampled_from(list("قصفحلبوالجيشاقرايض") + [" ", " ", "\n", ".", "!", "?", ",", ";", '"', ":", "1", "2"])
    | st.sampled_from(["اقرا ايضا: ", " وافاد ", " شاهد الفيديو ", "2.5"]),
    max_size=60,
).map("".join)


@given(SENTENCE_TEXT)
@settings(max_examples=300, deadline=None)
def test_sentences_are_ordered_trimmed_and_cover_every_non_space_character(text: str) -> None:
    sentences = split_sentences(text)
    covered = [0] * len(text)
    previous_end = 0
    for i, s in enumerate(sentences):
        assert s.index == i
        assert previous_end <= s.start < s.end <= len(text)
        assert not text[s.start].isspace() and not text[s.end - 1].isspace()
        for k in range(s.start, s.end):
            covered[k] += 1
        previous_end = s.end
    assert all(covered[k] == 1 for k, c in enumerate(text) if not c.isspace())


def test_a_stop_glued_to_the_next_word_ends_a_sentence_but_abbreviations_and_addresses_stay_whole() -> None:
    # scraped copy loses the space after a full stop, also after a closing quote
    assert pieces('دخلت الفصائل بلدة كفرنبل.وأعلنت الفصائل "انتهاء المعركة".وقال مصدر') == [
        "دخلت الفصائل بلده كفرنبل.",
        'واعلنت الفصائل "انتهاء المعركه".',
        "وقال مصدر",
    ]
    # a single letter on either side is an abbreviation; a Latin word is a web address; 3.5 a decimal
    assert pieces("نقلت أ.ف.ب عن د.سمير أن موقع alhadath.net نشر 3.5 ساعات من التسجيل.") == [
        "نقلت ا.ف.ب عن د.سمير ان موقع alhadath.net نشر 3.5 ساعات من التسجيل."
    ]


def test_a_chain_of_short_dotted_parts_is_an_abbreviation_not_a_sentence_end() -> None:
    assert len(pieces("اصطدم قطار أمتراك بقطار شحن من شركة سي.إس.أكس قرب عاصمة الولاية.")) == 1
    assert len(pieces("أعلن مكتب إف.بي.آي فتح تحقيق في الهجوم.")) == 1
    # a full stop that lost its space between two words still ends a sentence, short words included
    assert len(pieces("قتل خمسة في ريف حماة.يأتي ذلك بعد هجوم.")) == 2
    assert len(pieces("قال له.وأكد المتحدث أن الهجوم فشل.")) == 2
