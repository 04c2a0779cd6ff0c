"""Clitic-aware tokens with real forms, and the coverage property."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.text.lexicon import default_lexicon
from marsad.text.normalize import normalize
from marsad.text.sentences import split_sentences
from marsad.text.tokens import choose_split, segment, stem_candidates, tokenize


@pytest.mark.parametrize(
    ("word", "prefixes", "stem"),
    [
        ("وبحلب", ("و", "ب"), "حلب"),
        ("لحماة", ("ل",), "حماه"),
        ("والفصائل", ("و", "ال"), "فصائل"),
        ("بريف", ("ب",), "ريف"),
        ("بشار", (), "بشار"),
        ("لبنان", (), "لبنان"),
        ("وادي", (), "وادي"),
        ("للنظام", ("ل", "ال"), "نظام"),
        ("وللمرة", ("و", "ل", "ال"), "مره"),
        ("بالكامل", ("ب", "ال"), "كامل"),
        ("وسيطرت", ("و",), "سيطرت"),
        ("وسيقصف", ("و", "س"), "يقصف"),
        ("الاشتباكات", ("ال",), "اشتباكات"),
        ("بدمشق", ("ب",), "دمشق"),
        ("وإدلب", ("و",), "ادلب"),
        ("الله", (), "الله"),
        ("إلى", (), "الي"),
        ("والآن", ("و",), "الان"),
        ("ولكن", ("و",), "لكن"),
        ("وفي", ("و",), "في"),
        ("كان", (), "كان"),
        ("سوريا", (), "سوريا"),
        ("وزير", (), "وزير"),
        ("بوتين", (), "بوتين"),
        ("الأمم", ("ال",), "امم"),
        ("التقى", (), "التقي"),
        ("التزام", (), "التزام"),
        ("ولبنان", ("و",), "لبنان"),
        ("والحوثيين", ("و", "ال"), "حوثيين"),
        ("ولقي", ("و",), "لقي"),
        ("لهويات", ("ل",), "هويات"),
        ("لديه", (), "لديه"),
        ("بلدات", (), "بلدات"),
        ("بنش", (), "بنش"),
    ],
)
def test_real_forms_split_as_a_reader_splits_them(word: str, prefixes: tuple[str, ...], stem: str) -> None:
    seg = segment(normalize(word))
    assert (seg.prefixes, seg.stem) == (prefixes, stem)


@pytest.mark.parametrize(
    ("word", "stem", "suffix"),
    [("ريفها", "ريف", "ها"), ("مدينتها", "مدينت", "ها"), ("قواتهم", "قوات", "هم"), ("حماه", "حماه", "")],
)
def test_enclitic_pronouns_are_detached_but_not_a_final_haa(word: str, stem: str, suffix: str) -> None:
    seg = segment(word)
    assert (seg.stem, seg.suffix) == (stem, suffix)


def test_choose_split_keeps_its_two_forms() -> None:
    assert choose_split("وبحلب") == (("و", "ب"), "حلب")
    assert choose_split("وبحلب", default_lexicon()) == (("و", "ب"), "حلب")
    # with a bare predicate: known whole stays whole, else the deepest known stem
    assert choose_split("بريف", lambda w: w == "ريف") == (("ب",), "ريف")
    assert choose_split("بشار", lambda w: w in {"بشار", "شار"}) == ((), "بشار")


def test_stem_candidates_start_with_the_whole_word_and_end_in_suffixes() -> None:
    candidates = stem_candidates("وبالمدينه")
    assert candidates[0] == ((), "وبالمدينه")
    assert (("و", "ب", "ال"), "مدينه") in candidates
    assert all("وبالمدينه".endswith(stem) for _, stem in candidates)


def test_tokens_of_a_sentence() -> None:
    text = normalize("وسيطرت الفصائل على بلدتين بريف حماة، وقُتل 12 شخصًا.")
    tokens = tokenize(text, split_sentences(text))
    assert [t.text for t in tokens][:3] == ["وسيطرت", "الفصائل", "علي"]
    first = tokens[0]
    assert first.prefixes == ("و",) and first.stem == "سيطرت" and first.stem_start == first.start + 1
    assert first.lemma == "سيطره"
    reef = next(t for t in tokens if t.text == "بريف")
    assert text[reef.stem_start : reef.stem_end] == "ريف"
    number = next(t for t in tokens if t.text == "12")
    assert not number.is_word and number.stem == "12"
    assert tokens[-1].text == "." and not tokens[-1].is_word


def test_sentence_indices_follow_the_splitter() -> None:
    text = normalize("قصفت الطائرات حلب. وانسحب الجيش من المدينة.")
    tokens = tokenize(text, split_sentences(text), lemmas=False)
    assert {t.sentence for t in tokens if t.text in ("قصفت", "حلب")} == {0}
    assert {t.sentence for t in tokens if t.text in ("وانسحب", "المدينه")} == {1}


ARABIC = st.text(st.sampled_from(list("ابتجحدرسعفقكلمنهوي") + [" ", " ", "\n", ".", ",", "?", '"', "1", "2", "x"]))


@given(ARABIC)
@settings(max_examples=200, deadline=None)
def test_tokens_cover_every_non_space_character_once(text: str) -> None:
    tokens = tokenize(text, split_sentences(text), lemmas=False)
    covered = [0] * len(text)
    previous_end = 0
    for t in tokens:
        assert previous_end <= t.start < t.end
        assert text[t.start : t.end] == t.text
        assert t.start <= t.stem_start and t.stem_end + len(t.suffix) == t.end
        assert text[t.stem_start : t.stem_end] == t.stem
        prefix_letters = "".join(t.prefixes)
        # لل is written for ل + ال: the prefixes spell the letters before the stem, one ا apart at most
        assert len(text[t.start : t.stem_start]) in (len(prefix_letters), len(prefix_letters) - 1)
        for i in range(t.start, t.end):
            covered[i] += 1
        previous_end = t.end
    assert all(covered[i] == (0 if c.isspace() else 1) for i, c in enumerate(text))


@pytest.mark.parametrize(
    ("word", "prefixes", "stem"),
    [
        ("سيتم", ("س",), "يتم"),
        ("ستعلن", ("س",), "تعلن"),
        ("وستشن", ("و", "س"), "تشن"),
        ("ساعتين", (), "ساعتين"),
        ("سيريل", (), "سيريل"),
        ("كانت", (), "كانت"),
        ("كشفت", (), "كشفت"),
        ("كبيرا", (), "كبيرا"),
        ("كمقاتلين", ("ك",), "مقاتلين"),
        ("كورس", (), "كورس"),
        ("كلها", (), "كلها"),
    ],
)
def test_rare_clitics_need_common_hosts(word: str, prefixes: tuple[str, ...], stem: str) -> None:
    seg = segment(word)
    assert (seg.prefixes, seg.stem) == (prefixes, stem)


@pytest.mark.parametrize(
    ("word", "prefixes", "stem"),
    [
        ("فعل", (), "فعل"),
        ("فروع", (), "فروع"),
        ("فيهم", (), "فيهم"),
        ("فاير", (), "فاير"),
        ("فتحت", (), "فتحت"),
        ("فقد", ("ف",), "قد"),
        ("فالجيش", ("ف", "ال"), "جيش"),
    ],
)
def test_fa_needs_a_common_host_and_loses_to_content_words(word: str, prefixes: tuple[str, ...], stem: str) -> None:
    seg = segment(word)
    assert (seg.prefixes, seg.stem) == (prefixes, stem)


def test_text_normalized_without_the_optional_rules_splits_the_same() -> None:
    from marsad.text.normalize import NormalizationConfig

    keep = NormalizationConfig(yaa=False, taa_marbuta=False)
    text = normalize("وصلت التعزيزات لحماة وبلدة صوران", keep)
    tokens = tokenize(text, split_sentences(text))
    hama = next(t for t in tokens if t.text == "لحماة")
    assert (hama.prefixes, hama.stem) == (("ل",), "حماة")
    assert hama.lemma == "حماه"
    town = next(t for t in tokens if t.text == "وبلدة")
    assert (town.prefixes, town.stem) == (("و",), "بلدة")
