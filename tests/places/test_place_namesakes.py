"""Names after a town cue that are no names, towns of one country named like a bigger one abroad, provinces two
countries share, and the admin1 spellings ACLED uses."""

from __future__ import annotations

from marsad.model import Article, MentionKind
from marsad.places.recognizer import PlaceRecognizer
from marsad.text.stages import SentenceSplitter, TextNormalizer, Tokenizer

_STAGES = (TextNormalizer(), SentenceSplitter(), Tokenizer(), PlaceRecognizer())


def _places(raw: str) -> dict[str, object]:
    article = Article(id="t", raw=raw)
    for stage in _STAGES:
        article = stage(article)
    return {m.text: m for m in article.mentions if m.kind is MentionKind.PLACE}


def test_a_verb_after_a_town_cue_opens_no_unknown_name():
    # نسب 'was attributed' and اتهم 'accused' head the clause after an indefinite قرية
    found = _places("قتل عشرون قرويا في هجوم على قرية نسب إلى مسلحين في ولاية بورنو")
    assert "نسب" not in found
    assert "ولاية بورنو" in found
    found = _places("أحرق مسلحون قرية اتهم الجيش سكانها بإيواء المتمردين في ولاية بورنو")
    assert not any(t.startswith("اتهم") for t in found)


def test_a_verb_or_adjective_governing_a_preposition_is_no_name():
    found = _places("هاجم مسلحون قرية تبعد عن مدينة مايدوغوري عشرين كيلومترا")
    assert "تبعد" not in found
    found = _places("سقطت قذيفة على قرية قريبة من مدينة مايدوغوري")
    assert "قريبة" not in found


def test_an_unknown_name_after_a_cue_still_counts():
    found = _places("هاجم مسلحون قرية كوراغا في ولاية بورنو")
    assert found["كوراغا"].role == "unresolved"


def test_a_cued_town_in_a_unit_of_another_country_is_no_large_namesake():
    # بوني spells Pune (India); put in Mali's Mopti province it is a Malian town the gazetteer lacks
    for raw in (
        "نصب مسلحون كمينا بين بلدة بوني وقرية دالا التابعتين لولاية موبتي",
        "هاجم مسلحون بلدة بوني التابعة لولاية موبتي وسط مالي",
    ):
        found = _places(raw)
        boni = found["بوني"]
        assert boni.role == "unresolved", raw
        assert boni.resolution.country_code == "ML", raw
        assert boni.resolution.geo_precision == 3, raw


def test_a_cued_town_in_a_unit_of_its_own_country_keeps_its_resolution():
    found = _places("قصفت الطائرات مدينة بونه التابعة لولاية ماهاراشترا")
    assert found["بونه"].role != "unresolved"


def test_a_province_name_two_countries_share_goes_to_the_articles_country():
    found = _places("قتل عنصران من الحرس الثوري الإيراني في اشتباك مع مسلحين في زاهدان. وتشهد بلوشستان هجمات متكررة.")
    assert found["بلوشستان"].resolution.country_code == "IR"
    found = _places("هاجم مسلحون قافلة للجيش الباكستاني في بلوشستان")
    assert found["بلوشستان"].resolution.country_code == "PK"
    found = _places("هاجم مسلحون قافلة في بلوشستان. وقالت باكستان إن المهاجمين فروا")
    assert found["بلوشستان"].resolution.country_code == "PK"


def test_admin1_units_carry_acleds_spelling():
    found = _places("اشتباكات بين الجيش وميليشيا فانو في إقليم أمهرة قرب الحدود مع إقليم تيغراي")
    # إقليم is a first-level region's cue, kept in the mention as محافظة is
    assert found["إقليم أمهرة"].resolution.admin1 == "Amhara"
    assert found["إقليم تيغراي"].resolution.admin1 == "Tigray"


def test_a_province_name_two_countries_share_goes_to_the_one_it_names_whole_without_evidence():
    from marsad.model import Article
    from marsad.places.recognizer import PlaceRecognizer
    from marsad.text.stages import SentenceSplitter, TextNormalizer, Tokenizer

    article = Article("t", "فجر انفصاليون سكة حديد في بلوشستان.")
    for stage in (TextNormalizer(), SentenceSplitter(), Tokenizer(), PlaceRecognizer()):
        article = stage(article)
    (m,) = [m for m in article.mentions if m.text == "بلوشستان"]
    assert m.resolution.country_code == "PK"


def test_a_cued_town_placed_in_another_country_is_no_namesake_there_whatever_its_size():
    # بوني is also India's Pune, a city of millions; في بوركينا فاسو says the reporter meant somewhere else
    found = _places("قتل جنديان في هجوم على بلدة بوني في بوركينا فاسو")
    assert found["بوني"].role == "unresolved"
    assert found["بوني"].resolution.country_code == "BF"


def test_a_province_named_after_its_seat_is_read_through_the_seat():
    # the gazetteer knows Mali's and Burkina's provinces by no Arabic name; ولاية + the seat's name is the province
    for raw, name in (("قتل جنديان في ولاية موبتي وسط مالي", "Mopti"), ("قتل جنديان في ولاية سيغو", "Segou")):
        res = next(m for t, m in _places(raw).items() if t.startswith("ولاية")).resolution
        assert (res.name, res.feature, res.geo_precision) == (name, "admin1", 3), raw
    # a town cue still means the town
    assert _places("قتل جنديان في مدينة موبتي")["موبتي"].resolution.feature == "populated_place"


def test_an_area_cue_takes_a_name_no_dictionary_knows_but_not_a_common_word():
    found = _places("هاجم مسلحون موقعا للجيش في منطقة كوتوغو شمال بوركينا فاسو")
    assert found["كوتوغو"].role == "unresolved" and found["كوتوغو"].resolution.country_code == "BF"
    for raw in ("قتل جنود في منطقة زراعية", "قتل جنود في منطقة حدودية", "في منطقة وجاء ذلك بعد الهجوم"):
        assert not _places(raw), raw


def test_a_direction_before_a_town_cue_is_around_the_town():
    found = _places("قصفت الطائرات قرية قرب الطريق شرق مدينة حماة")
    res = found["شرق مدينة حماة"].resolution
    assert (res.name, res.feature, res.geo_precision, res.direction) == ("Hama", "populated_place", 2, "east")
    assert _places("سقطت قذائف وسط مدينة حلب")["وسط مدينة حلب"].resolution.geo_precision == 1
    # without the cue the direction still reads the governorate
    assert _places("قصفت الطائرات شمال حماة")["شمال حماة"].resolution.feature == "admin1"


def test_an_unknown_place_followed_by_a_direction_from_a_town_is_near_that_town():
    found = _places("هاجم مستوطنون قرية طاروجا شمال شرقي رام الله")
    res = found["طاروجا"].resolution
    assert (res.name, res.geo_precision) == ("Ramallah", 2)


def test_burkina_towns_of_the_war_are_in_the_gazetteer():
    # place_countries.tsv indexes Burkina Faso's towns from 20,000 people, as Mali's and Niger's
    assert _places("حاصر مسلحون مدينة جيبو")["جيبو"].resolution.name == "Djibo"


def test_a_region_of_no_one_country_sets_no_namesake_aside():
    # كشمير spans two countries: بولواما في كشمير stays India's Pulwama district
    res = _places("قتل ثلاثة جنود في هجوم في مقاطعة بولواما في كشمير")["مقاطعة بولواما"].resolution
    assert (res.name, res.country_code, res.feature) == ("Pulwama", "IN", "admin2")


def test_a_cue_before_a_quoted_name_still_announces_it():
    for raw, name in (('وقع الهجوم في مقاطعة "بولواما" في كشمير', "Pulwama"), ('قصفت الطائرات محافظة "حماة"', "Hama")):
        found = _places(raw)
        text, mention = next((t, m) for t, m in found.items() if m.resolution.name == name)
        assert '"' not in text and mention.resolution.feature.startswith("admin"), raw
    # a quoted name with no cue before it is still a title (a newspaper), not the region
    assert not _places('ذكرت صحيفة "الشرق الأوسط" أن الهجوم وقع')


def test_an_admin_cue_before_a_country_is_no_cue():
    # مقاطعة is also 'boycott': مقاطعة إسرائيل names the country, not a province
    found = _places("دعا الحزب إلى مقاطعة إسرائيل")
    assert list(found) == ["إسرائيل"] and found["إسرائيل"].resolution.feature == "country"


def test_near_a_town_is_acleds_precision_2_at_the_town():
    for raw, key in (("قتل جنديان قرب حلب", "قرب حلب"), ("قتل جنديان بالقرب من مدينة حماة", "القرب من مدينة حماة"),
                     ("قتل جنديان على مقربة من إدلب", "مقربة من إدلب")):
        res = _places(raw)[key].resolution
        assert (res.feature, res.geo_precision) == ("populated_place", 2), raw
    # near a sea or a strait is no town's neighbourhood: the name stays the mention
    assert "مضيق هرمز" in _places("عبرت ناقلة قرب مضيق هرمز")
    # قرب makes no common word a place
    assert not _places("وقف الحارس قرب الباب")


def test_function_word_phrases_that_spell_a_foreign_city_are_no_place():
    # GeoNames spells Hefei هي في ('she is in') and Ibb اي بي (spelled initials, as in أي بي سي)
    assert not _places("وقالت إن المدينة كما هي في السابق، وهي في حالة سيئة")
    assert not _places("نقلت شبكة أي بي سي الإخبارية عن مسؤولين")


def test_a_two_letter_city_name_counts_only_as_a_whole_word_after_a_cue():
    # إب (Ibb) and قم (Qom) are words too (August/father, 'stand up'); the stoplist lets them count only after a cue
    assert _places("قصفت الطائرات مدينة إب")["إب"].resolution.name == "Ibb"
    assert _places("قصفت الطائرات محافظة إب")["محافظة إب"].resolution.feature == "admin1"
    assert _places("وصل الوفد إلى مدينة قم")["قم"].resolution.name == "Qom"
    for raw in ("في شهر آب الماضي", "قم بزيارة الموقع", "سيطرت على أحياء الفردوس وباب النيرب في حلب"):
        assert all(m.resolution.name not in ("Ibb", "Qom") for m in _places(raw).values()), raw


def _countries(raw: str) -> list[tuple[str, str]]:
    article = Article(id="t", raw=raw)
    for stage in _STAGES:
        article = stage(article)
    return [(m.text, m.resolution.country_code) for m in article.mentions
            if m.kind is MentionKind.PLACE and m.resolution is not None]


def test_a_country_adjective_right_after_a_name_says_whose_town_it_is():
    # Lebanon's Tripoli district named in the article pulls the bare name to Lebanon; the adjective does not allow it
    text = ("اندلعت اشتباكات في مدينة طرابلس الليبية مساء الاثنين. "
            "وكانت اشتباكات قد وقعت الأسبوع الماضي في قضاء طرابلس شمال لبنان.")
    assert _countries(text)[0] == ("طرابلس", "LY")


def test_a_military_region_named_after_a_town_is_no_district_of_that_name():
    # منطقة طرابلس العسكرية: Libya's military region of Tripoli, not the Lebanese district Tripoli
    found = _countries("قتل القائد داخل مقر اللواء في منطقة طرابلس العسكرية ليلة الاثنين. "
                       "وشهدت العاصمة الليبية طرابلس اشتباكات عنيفة.")
    assert all(cc == "LY" for _, cc in found)
    assert ("طرابلس", "LY") in found


def test_the_surroundings_of_the_neighbourhood_are_no_town():
    # الحي is also Al Hayy (Wasit): 'the neighbourhood' after محيط is no place; after a cue it is the district
    assert not _places("أصيب مدنيون بقذائف هاون سقطت في محيط الحي")
    assert "قضاء الحي" in _places("سقطت قذيفة على قضاء الحي في محافظة واسط")


def test_the_countryside_or_side_of_a_name_is_its_province_before_a_foreign_namesake_town():
    # القنيطرة is also Morocco's much bigger Kenitra; a countryside is a governorate's, so Syria's Quneitra
    found = _places("توغلت دورية عسكرية في قرى ريف القنيطرة الجنوبي")
    quneitra = found["ريف القنيطرة الجنوبي"].resolution
    assert (quneitra.country_code, quneitra.feature) == ("SY", "admin1")
    # صلاح الدين is also a town near Erbil; the east of it is the Iraqi province's
    found = _places("قصفت طائرات عراقية مخابئ للمسلحين شرقي صلاح الدين")
    side = found["شرقي صلاح الدين"].resolution
    assert (side.feature, side.admin1) == ("admin1", "Salah ad Din")


def test_a_near_expression_still_means_the_town():
    found = _places("سقطت قذيفة قرب القنيطرة المغربية")
    assert found["قرب القنيطرة"].resolution.feature == "populated_place"


def test_a_region_cue_before_a_provincial_seat_names_its_province():
    # منطقة before the name of a Sahel region's seat names the region, which the gazetteer knows only through the
    # town (as ولاية موبتي does)
    found = _places("قتل مسلحون عشرين مدنيا في منطقة تيلابيري غرب النيجر")
    assert found["منطقة تيلابيري"].resolution.feature == "admin1"


def test_the_second_end_of_a_span_keeps_its_first_letter():
    # بين X وكY: the ك of the second name is its own letter, not 'like' before Indiana
    found = _places("نصب مسلحون كمينا لقافلة بين كولونديبا وكانديانا في جنوب مالي")
    assert not any(m.resolution is not None and m.resolution.country_code == "US" for m in found.values())
    assert "كولونديبا" in found


def test_an_unknown_name_measured_from_a_town_goes_near_that_town():
    # the camp's name is unknown; its province is named first, but a later sentence measures it from a town of the
    # province: every mention of it is near that town (precision 2), the nearest place the report gives
    article = Article(id="t", raw=(
        "هاجمت قوات مسلحة مخيم كالوما بولاية شمال دارفور أمس. "
        "ويقع مخيم كالوما على بعد نحو 15 كيلومترا جنوب مدينة الفاشر."
    ))
    for stage in _STAGES:
        article = stage(article)
    camps = [m for m in article.mentions if m.kind is MentionKind.PLACE and m.text == "كالوما"]
    assert len(camps) == 2
    assert all(m.resolution.name == "El Fasher" and m.resolution.geo_precision == 2 for m in camps)


def test_a_distance_to_a_town_of_another_country_moves_nothing():
    found = _places("هاجم مسلحون مخيم كالوما بولاية شمال دارفور، على بعد 200 كيلومتر من مدينة أبشي التشادية.")
    assert found["كالوما"].resolution.feature == "admin1"


def test_a_town_far_from_the_unknown_name_does_not_place_it():
    # sixty kilometres from the state capital is no longer near it: the base stays at its state's level
    found = _places("هاجم مسلحون قاعدة في بلدة كالوما بولاية يوبي، التي تبعد 60 كيلومترا عن مدينة داماتورو.")
    assert found["كالوما"].resolution.feature == "admin1"


def test_a_name_hyphenated_to_an_unknown_word_is_part_of_a_longer_name():
    # the second half of a compound village name spells a Hungarian town on its own; the cue and the oblast after
    # it put the village in Ukraine
    found = _places("سقطت قذائف على قرية ميروفكا-بودا في مقاطعة سومي ليلا.")
    assert not any(m.resolution is not None and m.resolution.country_code == "HU" for m in found.values())
    assert found["مقاطعة سومي"].resolution.country_code == "UA"


def test_two_places_joined_by_a_hyphen_both_stay():
    found = _places("أغلق محتجون طريق حمص-طرطوس لساعات.")
    assert found["حمص"].resolution.name == "Homs" and found["طرطوس"].resolution.name == "Tartous"


def test_a_place_name_hyphenated_to_a_common_word_stays():
    found = _places("هبطت طائرة إغاثة في مطار حلب-الدولي صباح اليوم.")
    assert found["حلب"].resolution.name == "Aleppo"


def test_a_plural_area_word_before_a_city_keeps_the_city_of_the_articles_country():
    # مناطق 'the areas of' a city names no district: Libya's capital, not Lebanon's Tripoli District
    found = _places("طلبت السلطات من سكان مناطق طرابلس ملازمة بيوتهم بعد اشتباكات في العاصمة الليبية.")
    tripoli = next(m for t, m in found.items() if "طرابلس" in t)
    assert tripoli.resolution.country_code == "LY"


def test_a_small_namesake_joined_by_b_to_a_town_of_another_country_lies_in_that_town():
    # الثورة بأم درمان is Omdurman's al-Thawra quarter, not the Syrian town of the same name
    found = _places("شهدت مناطق الثورة بأم درمان مظاهرات ليلية.")
    assert all(m.resolution is None or m.resolution.country_code == "SD" for m in found.values())


def test_a_region_cue_picks_the_province_of_the_articles_country():
    found = _places("قتل ثلاثة جنود في كمين لمسلحين في إقليم هيران جنوب الصومال.")
    region = found["إقليم هيران"]
    assert region.role == "admin1" and region.resolution.name == "Hiiraan"
    assert region.resolution.country_code == "SO" and region.resolution.geo_precision == 3


def test_the_region_cue_before_a_named_region_keeps_the_region():
    # Iraq's Kurdistan Region is a region of marsad's own table; the cue must not hand it to Iran's Kordestan province
    found = _places("أعلنت سلطات إقليم كردستان أن مسيرتين استهدفتا حقلا نفطيا.")
    assert found["إقليم كردستان"].resolution.country_code == "IQ"


def test_amid_a_common_word_is_no_place():
    # وسط is the centre of a place and also 'amid': وسط حصار is 'amid a siege', not India's Hisar
    assert _places("تقدمت الجرافات وسط حصار مشدد للمخيم.") == {}
    # a country whose name is also a common word (مالي 'financial') keeps its centre
    assert _places("قتل جنود في هجوم وسط مالي.")["وسط مالي"].resolution.country_code == "ML"


def test_the_centre_of_a_city_is_the_city_not_its_province():
    for raw, name in (("انفجرت عبوة ناسفة وسط حمص صباح اليوم.", "Homs"), ("تجمع محتجون وسط الخرطوم.", "Khartoum")):
        m = next(iter(_places(raw).values()))
        assert m.resolution.name == name
        assert m.resolution.feature == "populated_place" and m.resolution.geo_precision == 1


def test_khartoum_is_the_city_unless_the_state_is_named():
    city = _places("خرج محتجون في الخرطوم للمطالبة بوقف الحرب.")["الخرطوم"]
    assert city.resolution.feature == "populated_place" and city.resolution.geo_precision == 1
    state = _places("قصفت مسيرة مواقع في ولاية الخرطوم.")["ولاية الخرطوم"]
    assert state.resolution.feature == "admin1" and state.resolution.geo_precision == 3


def test_a_country_adjective_between_the_capital_cue_and_its_name_keeps_the_cue():
    # غرب العاصمة الليبية طرابلس is a direction from Tripoli, as غرب العاصمة طرابلس is: one region expression, not
    # a bare mention of the capital beside the town the clashes were in
    found = _places("اندلعت اشتباكات جنوبي مدينة الزاوية غرب العاصمة الليبية طرابلس مساء الجمعة")
    assert "غرب العاصمة الليبية طرابلس" in found
    assert found["غرب العاصمة الليبية طرابلس"].role == "region"
    # without a direction before it the capital is still the town itself
    found = _places("قصفت مسيرة حيا في العاصمة السودانية الخرطوم فجر اليوم")
    assert [m.resolution.name for m in found.values() if m.resolution is not None] == ["Khartoum"]


def test_a_village_said_to_lie_west_of_a_town_is_no_namesake_far_away():
    # قرية المنصورة غرب السويداء: the reporter places the village beside As-Sweida; Egypt's Al Mansurah and the
    # Raqqa subdistrict lie hundreds of kilometres off, so the name is a village the gazetteer lacks, put by its
    # region, and so are the name's later mentions in the report
    found = _countries("اندلعت اشتباكات على محور قرية المنصورة غرب السويداء مساء الأحد. "
                       "وقالت مصادر إن القذائف أطلقت من المنصورة باتجاه أطراف المدينة.")
    assert [cc for name, cc in found if name == "المنصورة"] == ["SY", "SY"]
    # a direction of a whole country holds its towns: the town keeps its own entry
    found = _places("اندلعت اشتباكات في مدينة السويداء جنوبي سورية مساء الأحد")
    assert found["السويداء"].role == ""


def test_a_village_in_the_countryside_of_the_province_just_named_is_there():
    # ريف المحافظة: the governorate word alone refers back to the one the report named (here Daraa); the Egyptian
    # city of the same name is not the village the reporter puts in that countryside
    found = _places("تواصل التوتر في محافظة درعا، إذ قصفت مجموعة مسلحة بالهاون قرية المنصورة بريف المحافظة الشرقي "
                     "مساء أمس دون إصابات.")
    mansoura = found["المنصورة"]
    assert mansoura.role == "unresolved"
    assert mansoura.resolution.country_code == "SY" and mansoura.resolution.admin1 == "Dar'a"


def test_the_second_word_of_a_village_name_does_not_hide_its_countryside():
    # صيدا الجولان is a village of the Quneitra countryside, not Lebanon's Sidon: the countryside named after the
    # whole name places it, though the name's first word alone matches the big city
    found = _places("داهمت دورية منزلا في قرية صيدا الجولان في ريف القنيطرة الجنوبي واعتقلت شابا.")
    saida = found["صيدا"]
    assert saida.resolution.country_code == "SY" and saida.resolution.admin1 == "Quneitra"


def test_a_town_cue_before_a_foreign_province_name_in_a_syrian_countryside():
    # ريمة is a Yemeni governorate; قرية ريمة حازم بريف السويداء is a Syrian village that shares its first word
    found = _places("صدت قوى الأمن محاولة تسلل إلى قرية ريمة حازم بريف السويداء الغربي ليلا.")
    rima = found["ريمة"]
    assert rima.resolution.country_code == "SY" and rima.resolution.admin1 == "As-Sweida"


def test_a_verb_coordinated_after_a_cued_unknown_name_is_no_second_name():
    # داهمت القوة بلدة X وفتشت منازلها: the clause continues with a verb; فتشت is no second village
    found = _places("داهمت دورية مؤللة بلدة كودنة في ريف القنيطرة وفتشت عددا من المنازل.")
    assert "كودنة" in found
    assert not any("فتشت" in t for t in found)
    found = _places("اقتحمت قوة بلدة الرفيد واعتقلت شابين.")
    assert not any("اعتقلت" in t for t in found)


def test_an_information_directorate_named_after_its_governorate_is_no_place():
    # مديرية إعلام القنيطرة issues the report; the village it reports on is the place
    found = _places("وأفادت مديرية إعلام القنيطرة أن دورية اعتقلت شابين من قرية كودنة في ريف المحافظة الجنوبي.")
    assert "القنيطرة" not in found
    assert "كودنة" in found


def test_a_town_put_in_the_south_of_a_country_where_it_has_no_namesake_is_that_countrys():
    # بلدة القليعة جنوب لبنان: GeoNames' Qlayaa-like names are Morocco's and Algeria's towns; the reporter puts the
    # village in south Lebanon, so it is a Lebanese village the gazetteer lacks, placed by that region
    found = _places("قالت وزارة الصحة إن غارة على بلدة القليعة جنوب لبنان أدت إلى سقوط شهيد.")
    village = found["القليعة"]
    assert village.role == "unresolved"
    assert village.resolution.country_code == "LB" and village.resolution.geo_precision == 3
    # once the gazetteer holds the Lebanese village (place_points.tsv), the region makes it that village
    taybeh = _places("قالت وزارة الصحة إن غارة على بلدة الطيبة جنوب لبنان أدت إلى سقوط شهيد.")["الطيبة"]
    assert taybeh.resolution.gazetteer_id == "point:lb-taybeh"
    # a town of that very country keeps its own entry
    found = _places("قصفت المدفعية مدينة رفح جنوب قطاع غزة.")
    assert found["رفح"].resolution.country_code == "PS" and found["رفح"].role == ""


def test_the_southern_governorate_is_bahrains_only_when_bahrain_is_named():
    # Syrian copy names Suwayda again as المحافظة الجنوبية; Bahrain's Southern Governorate carries that very name
    found = _places("قصفت فصائل مسلحة قرى في ريف السويداء، وتعرضت قرى في المحافظة الجنوبية لقصف بقذائف الهاون.")
    assert "المحافظة الجنوبية" not in found
    found = _places("اعتقلت السلطات في البحرين شخصين في المحافظة الجنوبية.")
    assert found["المحافظة الجنوبية"].resolution.country_code == "BH"


def test_a_compass_region_after_a_cue_belongs_to_the_articles_country():
    burkina = [m.resolution for m in _places("هاجم مسلحون قرية قرب مدينة واهيغويا عاصمة إقليم الشمال في بوركينا فاسو.")
               .values() if m.resolution is not None]
    assert burkina and {r.country_code for r in burkina} == {"BF"}
    qatar = [m.resolution for m in _places("وصل الوفد إلى بلدية الشمال في قطر.").values() if m.resolution is not None]
    assert "QA" in {r.country_code for r in qatar}


def test_the_squares_and_the_capitals_areas_are_no_towns_of_another_country():
    # العصيان المدني في الميادين: "the squares", not Al Mayadin in Syria, so the capital stays Libya's Tripoli
    found = _places("أعلن المتظاهرون في العاصمة طرابلس العصيان المدني في الميادين حتى رحيل الحكومة.")
    assert set(found) == {"طرابلس"} and found["طرابلس"].resolution.country_code == "LY"
    # Al Mayadin still, when Syria is in view
    assert "الميادين" in _places("قصفت طائرات مسيرة مواقع في الميادين بريف دير الزور الشرقي.")
    # مناطق العاصمة الخرطوم: areas of the capital, Khartoum, not Bahrain's Capital governorate
    found = _places("تظاهر الآلاف في عدد من مناطق العاصمة الخرطوم أمس.")
    assert {m.resolution.country_code for m in found.values()} == {"SD"}


def test_a_camp_for_the_displaced_is_no_camp_named_for_the_displaced():
    # مخيم للنازحين ببلدة موزوجو: "a camp for the displaced", then the town
    assert set(_places("ألقى مسلحون قنبلة على مخيم للنازحين ببلدة موزوجو شمال الكاميرون.")) == {
        "موزوجو", "شمال الكاميرون"}


def test_a_town_near_which_something_happened_in_another_country_is_no_far_namesake():
    # قرب بلدة بوني في وسط مالي: a Malian town the gazetteer lacks, not India's Pune
    found = _places("انفجرت عبوة ناسفة قرب بلدة بوني في وسط مالي.")
    assert found["قرب بلدة بوني"].resolution.country_code == "ML"


def test_a_town_hundreds_of_kilometres_from_a_city_is_not_put_at_the_city():
    # بلدة X ...، على بعد 700 كيلومتر شرقي العاصمة بانغي: the capital only measures where X is
    found = _places("هاجم المتمردون بلدة زيميو، على بعد 700 كيلومتر شرقي العاصمة بانغي.")
    village = found["زيميو"].resolution
    assert village.country_code == "CF" and village.feature == "country"


def test_a_given_name_that_starts_with_and_is_no_and_before_a_town():
    # ونيس (Wanis) is a Libyan given name, not و + نيس (Nice); an adjective 'aerial' is no place either
    assert "نيس" not in _places("ونجا آمر القوات الخاصة اللواء ونيس بوخمادة من الهجوم في بنغازي")
    assert "جويا" not in _places("نفذت القوات هجوما جويا قرب بلدة دوينتزا")
    # شهدا, 'the two (months) saw', is a verb, not Shuhada in Afghanistan
    assert not _places("وأضافت أن شهري مايو ويونيو شهدا زيادة في عدد القتلى")
    # after a preposition the town stands
    assert "نيس" in _places("وصل الوفد إلى باريس ونيس أمس")


def test_niger_state_is_nigerias_and_niger_alone_the_country():
    found = _places("قتل 37 شخصا في ولاية النيجر الواقعة وسط شمال نيجيريا")
    assert (found["ولاية النيجر"].resolution.feature, found["ولاية النيجر"].resolution.country_code) == ("admin1", "NG")
    found = _places("قتل جنود في هجوم غرب النيجر")
    assert found["غرب النيجر"].resolution.country_code == "NE"


def test_spellings_arabic_copy_uses_for_kunar_bannu_and_antananarivo():
    found = _places("امتدت الهجمات إلى ولايتي كونر وبكتيكا")
    assert found["ولايتي كونر"].resolution.name == "Kunar"
    assert _places("نفذت العملية في مديرية بنو بالإقليم")["مديرية بنو"].resolution.country_code == "PK"
    assert not _places("قاتل بنو هاشم في الجاهلية")  # 'the sons of'
    assert _places("حظر تجول في العاصمة أنتناناريفو")["أنتناناريفو"].resolution.country_code == "MG"


def test_a_countrys_towns_or_streets_named_by_its_nisba_are_that_country():
    found = _places("شهدت ثمانية مدن مغربية مظاهرات سلمية، وعادت الاحتجاجات إلى الشوارع المغربية")
    assert found["مدن مغربية"].resolution.country_code == "MA"
    assert found["الشوارع المغربية"].resolution.country_code == "MA"
    # a named town stays the mention
    assert "مدن مغربية" not in _places("في الرباط")


def test_sudans_river_nile_state_its_shorthand_and_its_towns():
    found = _places("أطلقت الميليشيا 35 مسيرة على مدن عطبرة والدامر وبربر في ولاية النيل")
    assert [found[n].resolution.name for n in ("عطبرة", "الدامر", "بربر", "ولاية النيل")] == [
        "Atbara", "Ad-Damir", "Berber", "River Nile"]
    # the Berbers are no town, and the bare river is no place
    assert "البربر" not in _places("تعود أصول البربر إلى شمال أفريقيا")
    assert not _places("غرق قارب في النيل")


def test_port_au_prince_as_arabic_copy_spells_it_is_no_bor():
    found = _places("مع اجتياح عنف العصابات لبور أو برنس وانتشاره في مناطق أخرى من هايتي")
    assert found["بور أو برنس"].resolution.name == "Port-au-Prince"


def test_a_name_put_in_a_unit_of_one_country_is_that_countrys_place():
    # القليعة is a town of Morocco's Inezgane-Ait Melloul prefecture and of Algeria's Tipaza: the unit decides
    found = _places("تجمع محتجون في منطقة القليعة بعمالة إنزكان أيت ملول مساء الأربعاء.")
    assert found["منطقة القليعة"].resolution.country_code == "MA"
    found = _places("تجمع محتجون في مدينة القليعة بولاية تيبازة مساء الأربعاء.")
    assert found["القليعة"].resolution.country_code == "DZ"


def test_a_region_put_in_a_country_where_it_has_no_namesake_is_that_countrys():
    # the Gaza Strip's Middle Area is no region of Haiti
    found = _places("هاجمت عصابات مسلحة المنطقة الوسطى في هايتي خلال عطلة نهاية الأسبوع.")
    assert found["المنطقة الوسطى"].resolution.country_code == "HT"


def test_a_name_joined_by_bi_and_a_cue_to_a_place_lies_there():
    # Jordan's Zarqa is no area of Gaza City's Tuffah quarter
    found = _places("استشهد شاب في منطقة الزرقاء بحي التفاح شمال شرقي مدينة غزة.")
    assert found["منطقة الزرقاء"].resolution.country_code == "PS"


def test_valley_of_is_the_head_of_a_name_not_el_oued():
    # وادي 'valley of' opens compound names in Lebanon, Syria, Yemen; El Oued (Algeria) is written الوادي
    found = _places("استهدفت مسيرة سيارة في منطقة وادي خليل التابعة لبلدة في جنوب لبنان")
    assert all(m.resolution is None or m.resolution.country_code != "DZ" for m in found.values())


def test_an_unknown_place_after_a_town_and_its_bearing_lies_at_the_town():
    # the bearing (شرق مدينة قلقيلية) says where the town lies; the unknown area after it is in the town
    found = _places("ففي بلدة كفر قدوم شرق مدينة قلقيلية، أصيب مواطنان إثر هجوم للمستوطنين في منطقة الجرف الشامي")
    assert found["كفر قدوم"].resolution.name == "Kafr Qaddum"
    area = next(m for t, m in found.items() if "الجرف" in t)
    assert area.role == "unresolved" and area.resolution.name == "Kafr Qaddum"


def test_a_unit_abroad_named_with_an_admin_cue_in_a_report_on_one_country_is_that_countrys():
    # Japan's Nara prefecture is the only نارا the gazetteer holds; Mali's Nara is named with its cue in a Mali report
    found = _places("في مالي أعلن الجيش أنه أحبط هجوما على موقع للقوات المسلحة في منطقة نارا من قبل الجهاديين")
    nara = found["منطقة نارا"]
    assert nara.role == "unresolved" and nara.resolution.country_code == "ML"
    # a unit abroad named with its country stays abroad
    found = _places("في مالي أعلن الجيش ... وفي اليابان ضربت عاصفة محافظة نارا")
    assert found["محافظة نارا"].resolution.country_code == "JP"


def test_the_sahel_or_the_coast_is_no_village():
    found = _places("مجموعة نصرة الإسلام والمسلمين فرع تنظيم القاعدة في منطقة الساحل")
    assert not any(m.resolution is not None and m.resolution.country_code == "EG" for m in found.values())


def test_a_quoted_name_a_preposition_or_cue_governs_is_a_place_even_with_spaces_inside_the_quotes():
    assert _places('خرج متظاهرون في "السويس" مساء أمس')["السويس"].resolution.country_code == "EG"
    assert _places('خرج متظاهرون في محافظة ” السويس ” مساء أمس')["السويس"].resolution.feature == "admin1"
    # a title in quotes after a verb of saying is the newspaper, not the region
    assert not _places('ذكرت "الشرق الأوسط" أن الوفد وصل')


def test_the_sunset_prayer_is_no_morocco():
    assert not _places("اعتقل بعيد أذان المغرب بقليل وبعد صلاة المغرب")
    assert _places("وصل الوفد إلى المغرب")["المغرب"].resolution.country_code == "MA"


def test_a_valley_named_after_a_town_is_no_town():
    found = _places("أكدت قوات الجيش سيطرتها على بئر غاروبا في وادي بلعد في الشمال الشرقي")
    assert all(getattr(m.resolution, "name", "") != "Balcad" for m in found.values())
    assert _places("سيطرت حركة الشباب على مدينة بلعد شمال مقديشو")["بلعد"].resolution.name == "Balcad"


def test_the_bare_congo_is_the_congo_the_reports_places_are_in():
    assert _countries("قتل مسلحون 20 مدنيا في إقليم إيتوري شرق الكونغو") == [("إقليم إيتوري", "CD"), ("شرق الكونغو", "CD")]
    assert ("الكونغو", "CG") in _countries("تظاهر المئات في برازافيل عاصمة الكونغو احتجاجا على الانتخابات")


def test_a_town_of_two_countries_takes_the_country_of_the_reports_one_nationality():
    # Tripoli is Libya's capital and Lebanon's northern city; the Lebanese army tells which
    lebanon = _places("أصيب عشرة جنود في الجيش اللبناني برشق الحجارة من قبل متظاهرين في طرابلس شمال البلاد.")
    assert lebanon["طرابلس"].resolution.country_code == "LB"
    libya = _places("اندلعت اشتباكات بين مجموعات مسلحة ليبية في طرابلس.")
    assert libya["طرابلس"].resolution.country_code == "LY"


def test_an_unknown_area_lies_in_the_town_it_is_said_to_belong_to():
    # the city named before (كركوك, where the sources are) is not where the area lies
    found = _places('وأكدت مصادر أمنية في كركوك أن مسلحين هاجموا تجمعا للشرطة في منطقة "عرب كوي" التابعة لمدينة داقوق.')
    assert found["عرب كوي"].role == "unresolved"
    assert found["عرب كوي"].resolution.name == "Daquq"


def test_a_given_name_before_khan_is_no_yemeni_town():
    found = _places("تظاهر أنصار رئيس الوزراء السابق عمران خان في إسلام أباد.")
    assert "عمران" not in found and "إسلام أباد" in found


def test_a_misspelt_word_for_civilians_is_no_tunisian_town():
    # مدنين is Medenine, and a common misspelling of مدنيين in informal copy
    found = _places("تعرض معسكر أبو شوك بولاية شمال دارفور لقصف مدفعي أسفر عن مقتل ٦ مدنين.")
    assert "مدنين" not in found
    assert _places("تظاهر المئات في مدينة مدنين جنوب شرقي تونس.")["مدنين"].resolution.country_code == "TN"


def test_a_somali_place_name_is_not_chennai_under_its_persian_spelling():
    found = _places("شن مسلحون هجوما على قاعدة عسكرية في منطقة جناي عبدله الواقعة على بعد 60 كلم غربي مدينة كيسمايو.")
    assert all(getattr(m.resolution, "country_code", "") != "IN" for m in found.values())


def test_the_eastern_part_of_a_west_bank_town_is_no_saudi_province():
    found = _places("وأصيب عدد من المواطنين عندما هاجم مستوطنون منازل بالمنطقة الشرقية في بلدة قريوت جنوب نابلس.")
    assert "المنطقة الشرقية" not in found or found["المنطقة الشرقية"].resolution.country_code != "SA"
    assert found["قريوت"].resolution.country_code == "PS"
    # named with a Saudi place, the Eastern Province stays
    found = _places("أعلنت السلطات السعودية توقيف مطلوبين في القطيف بالمنطقة الشرقية.")
    assert found["المنطقة الشرقية"].resolution.country_code == "SA"


def test_the_presidential_palace_is_no_tunisian_town():
    found = _places("وسار المتظاهرون نحو القصر الرئاسي في تبليسي وحاولوا اقتحامه.")
    assert not any(t.startswith("القصر") for t in found)


def test_a_libyan_neighbourhood_is_no_ghanaian_capital():
    found = _places("أجلت فرق الهلال الأحمر العائلات من مناطق جنوب مدينة الزاوية، منها منطقة أبوصره والتاجوري عكرة.")
    assert not any(getattr(m.resolution, "country_code", None) == "GH" for m in found.values())
