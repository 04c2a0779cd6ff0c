"""Towns the gazetteer has no Arabic name for, found by the consonant skeleton of their Latin name in the country the
report places them in."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.places.test_place_compound_names import places

from marsad.knowledge import load_table
from marsad.places.transliteration import arabic_skeleton, find_town, latin_skeleton


def test_letter_classes_are_well_formed():
    rows = load_table("transliteration.tsv").rows
    kinds = {r["kind"] for r in rows}
    assert kinds == {"latin", "latin_hispanic", "arabic", "hispanic", "arabic_named"}
    for r in rows:
        if r["kind"] in ("hispanic", "arabic_named"):
            assert len(r["form"]) == 2 and r["form"].isupper() and not r["class"]
        else:
            assert r["class"] == "" or (len(r["class"]) <= 2 and r["class"].isupper()), r
    # the long vowels Arabic writes have the classes of the Latin vowels they stand for
    arabic = {r["form"]: r["class"] for r in rows if r["kind"] == "arabic"}
    assert (arabic["ا"], arabic["و"], arabic["ي"]) == ("A", "U", "I")
    latin = [r["form"] for r in rows if r["kind"] == "latin"]
    assert len(latin) == len(set(latin))
    # every Latin letter has a class (a vowel's is empty): a name never loses a letter by accident
    assert set("abcdefghijklmnopqrstuvwxyz") <= {f for f in latin if len(f) == 1}


@pytest.mark.parametrize(
    ("latin", "country", "arabic"),
    [
        ("Tarimoro", "MX", "تاريمورو"),
        ("Guanajuato", "MX", "جواناخواتو"),
        ("Syzran", "RU", "سيزران"),
        ("Natore", "BD", "ناتور"),
        ("Chicago", "US", "شيكاغو"),
        ("Pahalgam", "IN", "باهالجام"),
        ("Sudzha", "RU", "سودجا"),
    ],
)
def test_a_latin_name_and_its_transliteration_share_a_skeleton(latin, country, arabic):
    assert latin_skeleton(latin, country) == arabic_skeleton(arabic)


def test_spanish_j_is_the_arabic_kh_only_where_names_are_spanish():
    assert latin_skeleton("Guanajuato", "MX") != latin_skeleton("Guanajuato", "IN")


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz -'", max_size=30))
def test_a_skeleton_is_capital_classes_never_doubled(name):
    key = latin_skeleton(name)
    assert key == "" or key.isupper()
    assert all(a != b for a, b in zip(key, key[1:], strict=False))


def test_a_town_is_found_in_its_country_and_province():
    town = find_town("تاريمورو", "MX", "11")
    assert town is not None and town.name == "Tarimoro" and town.admin1_code == "11"
    assert find_town("سيزران", "RU").name == "Syzran"


@pytest.mark.parametrize(
    ("name", "country", "admin1"),
    [
        ("كيتا", "ML", ""),  # two consonants: Kati or Kita
        ("تاريمورو", "ML", ""),  # no such town in that country
        ("سودجا", "RU", "17"),  # a town of the skeleton elsewhere in Russia, none in that province
        ("تاريمورو", "SY", ""),  # a country whose towns carry Arabic names
        ("تاريمورو", "", ""),
        ("ديباين", "MM", ""),  # Dawbon has the consonants DBN, but not the long vowels Arabic wrote (DIBAIN)
    ],
)
def test_no_town_without_a_single_fit(name, country, admin1):
    assert find_town(name, country, admin1) is None


def test_a_cue_named_town_missing_in_arabic_is_found_by_the_recognizer():
    ms = places("قتل مسلحون عشرة أشخاص في وسط المكسيك. وقال مسؤول في الشرطة من بلدة تاريمورو إنه كان هجوما مباشرا.")
    res = ms["تاريمورو"].resolution
    assert ms["تاريمورو"].role == ""
    assert res.name == "Tarimoro" and res.country_code == "MX" and res.geo_precision == 1
    assert abs(res.latitude - 20.29) < 0.1


def test_the_two_areas_a_dual_cue_names_are_places_past_their_latin_gloss():
    text = ("أعلنت حكومة بنين مقتل جنود في غرب إفريقيا.\nاستهدفت العملية مركزين للجيش في منطقتي بانيكوارا (Banikoara) "
            "وكودو (Koudou) شمال البلاد.")
    ms = places(text)
    # the continent named before is no host: the town is looked for in Benin
    assert ms["بانيكوارا"].resolution.name == "Banikoara" and ms["بانيكوارا"].resolution.country_code == "BJ"
    assert ms["كودو"].role == "unresolved" and ms["كودو"].resolution.country_code == "BJ"
    # a dual area cue still opens no common word (منطقتي الاشتباك والتماس)
    assert "الاشتباك" not in places("تدور المعارك في منطقتي الاشتباك والتماس شمال بنين.")
