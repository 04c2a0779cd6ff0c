"""Actor references beyond the dictionary's names: nationality adjectives, civilian victims, facility names and
unnamed armed groups (marsad.actors.references)."""

from datetime import UTC, date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.actors.dictionary import actor_dictionary
from marsad.actors.lexicon import split_cell
from marsad.actors.recognizer import ActorRecognizer
from marsad.actors.references import UNIDENTIFIED_INTER, UNIDENTIFIED_TYPE, bare_form, reference_lexicon
from marsad.extraction import default_pipeline
from marsad.knowledge import load_table
from marsad.model import ActorResolution, Article, MentionKind
from marsad.places.recognizer import PlaceRecognizer
from marsad.readers import make_article
from marsad.text.normalize import normalize
from marsad.text.stages import SentenceSplitter, TextNormalizer, Tokenizer

DEC_2024 = datetime(2024, 12, 3, 10, tzinfo=UTC)


def run(text: str, published: datetime | None = DEC_2024, places: bool = False) -> Article:
    article = Article("t", text, published=published)
    stages = [TextNormalizer(), SentenceSplitter(), Tokenizer()]
    if places:
        stages.append(PlaceRecognizer())
    for stage in (*stages, ActorRecognizer(tagger=False)):
        article = stage(article)
    return article


def actors(article: Article) -> dict[str, ActorResolution | None]:
    return {m.text: m.resolution for m in article.mentions_of(MentionKind.ACTOR)}


def canonical(article: Article, text: str) -> str | None:
    res = actors(article).get(text)
    return res.canonical if isinstance(res, ActorResolution) else None


# data files -----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "columns"),
    [
        ("nationality_adjectives.tsv", ("iso2", "country", "forms", "after_personnel")),
        ("attack_heads.tsv", ("form", "kind")),
        ("civilian_references.tsv", ("form", "kind")),
        ("facility_heads.tsv", ("form", "facility", "source_type")),
        ("armed_group_references.tsv", ("form", "unknown")),
        ("group_adjectives.tsv", ("form", "actor_id")),
        ("identity_militias.tsv", ("kind", "name", "suffix", "forms", "alone", "review")),
    ],
)
def test_data_files_have_schema_and_provenance(name, columns):
    table = load_table(name)
    assert table.columns == columns
    assert len(table.source) > 40 and table.licence
    assert table.rows
    forms = [normalize(row[columns[0]]) for row in table.rows]
    assert all(f and f == normalize(f) for f in forms), "every form survives normalization"


def test_nationalities_are_unambiguous_and_name_dictionary_states():
    seen: dict[str, str] = {}
    d = actor_dictionary()
    for row in load_table("nationality_adjectives.tsv").rows:
        assert len(row["iso2"]) == 2 and row["iso2"].isupper()
        for form in split_cell(row["forms"]):
            key = normalize(form)
            assert seen.setdefault(key, row["iso2"]) == row["iso2"], f"{form} names two countries"
    # every state the file can yield is one of the dictionary's state forces, never a name of our own
    for iso2 in set(seen.values()):
        state = d.state_force(iso2, date(2024, 12, 3))
        if state is not None:
            assert d.entries[state.actor_id].actor_type == "state forces"


def test_kinds_are_known():
    assert {r["kind"] for r in load_table("attack_heads.tsv").rows} == {"head", "modifier", "origin", "personnel"}
    assert {r["kind"] for r in load_table("civilian_references.tsv").rows} == {"noun", "cue", "link", "person"}


# nationality adjectives -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "adjective", "name"),
    [
        ("استهدفت غارات جوية روسية بلدة اللطامنة.", "روسية", "Military Forces of Russia (2000-)"),
        ("وقالت مصادر إن طائرات روسية قصفت مواقع الفصائل.", "روسية", "Military Forces of Russia (2000-)"),
        ("قتل خمسة أشخاص في غارات إسرائيلية على جنوب لبنان.", "إسرائيلية", "Military Forces of Israel (2022-)"),
        ("قصفت طائرة مسيرة تركية سيارة في ريف القامشلي.", "تركية", "Military Forces of Turkey (2002-)"),
        ("طال قصف مدفعي إسرائيلي أطراف بلدة كفركلا.", "إسرائيلي", "Military Forces of Israel (2022-)"),
        ("وقالت مصادر إن قصفا مدفعيا إسرائيليا طال البلدة.", "إسرائيليا", "Military Forces of Israel (2022-)"),
        ("انتشرت قوات أمريكية في قاعدة عين الأسد.", "أمريكية", "Military Forces of the United States (2021-2025)"),
        ("اعترضت سفن حربية أميركية صواريخ في البحر الأحمر.", "أميركية", "Military Forces of the United States (2021-2025)"),
        ("أعلنت خلية الإعلام الأمني تنفيذ ضربة جوية عراقية في الأنبار.", "عراقية", "Military Forces of Iraq (2022-)"),
    ],
)
def test_adjective_after_force_or_weapon_names_the_state(text, adjective, name):
    article = run(text)
    assert canonical(article, adjective) == name
    m = next(m for m in article.mentions_of(MentionKind.ACTOR) if m.text == adjective)
    assert m.text == article.raw[m.start : m.end]


def test_adjective_span_leaves_the_trigger_outside():
    article = run("استهدفت غارات جوية روسية بلدة اللطامنة.")
    m = next(m for m in article.mentions_of(MentionKind.ACTOR) if m.resolution and m.resolution.country == "RU")
    assert article.raw[m.start : m.end] == "روسية"
    assert "غارات" not in m.text


def test_coordinated_adjectives_name_both_states():
    article = run("استهدفت طائرات حربية روسية وسورية مواقع للفصائل.")
    names = {r.canonical for r in actors(article).values() if isinstance(r, ActorResolution)}
    assert {"Military Forces of Russia (2000-)", "Military Forces of Syria (2000-2024)"} <= names
    # the generic "warplanes" is the adjective's state, not a separate antecedent-resolved actor
    assert "طائرات حربية" not in actors(article)


def test_state_name_follows_the_dictionary_dates():
    before = run("قصفت طائرات سورية بلدة في ريف إدلب.", published=datetime(2024, 11, 30, tzinfo=UTC))
    after = run("قصفت طائرات سورية بلدة في ريف إدلب.", published=datetime(2025, 1, 10, tzinfo=UTC))
    assert canonical(before, "سورية") == "Military Forces of Syria (2000-2024)"
    assert canonical(after, "سورية") != "Military Forces of Syria (2000-2024)"


@pytest.mark.parametrize(
    "text",
    [
        "أطلق حزب الله صواريخ روسية الصنع على موقع عسكري.",  # made in Russia, not fired by it
        "التقى وزير الخارجية نظيره الروسي في موسكو.",  # no force noun before the adjective
        "وصل وفد روسي إلى دمشق لبحث الملف الإنساني.",
        "قصفت طائرات ألمانية مواقع في اليمن.",  # no state_forces row: no invented name
    ],
)
def test_no_actor_without_a_force_head_or_a_dictionary_state(text):
    article = run(text)
    for res in actors(article).values():
        assert not (isinstance(res, ActorResolution) and res.country in ("RU", "DE")), text


def test_dictionary_phrase_is_not_split():
    article = run("قصفت الطائرات الروسية مدينة إدلب.")
    assert canonical(article, "الطائرات الروسية") == "Military Forces of Russia (2000-)"
    assert "الروسية" not in actors(article)


# civilians ------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        ("غزة - استشهد 12 مواطنا في قصف على مخيم النصيرات وسط قطاع غزة.", "مواطنا", "Palestine"),
        ("قتل خمسة أطفال في غارة على بلدة الخيام جنوب لبنان.", "أطفال", "Lebanon"),
        ("اعتقلت قوات الاحتلال ستة مواطنين في مدينة جنين.", "مواطنين", "Palestine"),
        ("أسفر القصف عن مقتل ثلاث نساء في مدينة الفاشر.", "نساء", "Sudan"),
    ],
)
def test_civilians_counted_after_a_casualty_word(text, word, country):
    article = run(text, places=True)
    assert canonical(article, word) == f"Civilians ({country})"
    res = actors(article)[word]
    assert res.inter == 7 and res.actor_type == "civilians"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("أفاد مسعفون بأن سبعة أطفال قتلوا في قصف على مدينة الفاشر.", "أطفال"),
        ("قال الدفاع المدني إن أربعة أشخاص على الأقل قتلوا جراء غارة على مدينة الفاشر.", "أشخاص"),
    ],
)
def test_civilians_counted_before_a_plural_verb_of_dying_are_its_victims(text, word):
    article = run(text, places=True)
    assert canonical(article, word) == "Civilians (Sudan)"


def test_people_before_a_verb_with_an_object_are_its_subject_not_victims():
    # the verb has an object: the men did the killing
    article = run("قال شهود إن أشخاصا قتلوا ثلاثة مزارعين في مدينة الفاشر.", places=True)
    assert canonical(article, "أشخاصا") is None


@pytest.mark.parametrize(
    "text",
    [
        "قالت وزارة المواطنين في مدينة غزة إنها ستوزع المساعدات.",
        "دعا الرئيس المواطنين في مدينة جنين إلى الهدوء.",
        "استهدف القصف منزلا لعائلة في مخيم النصيرات وسط قطاع غزة.",
    ],
)
def test_civilian_words_outside_a_casualty_clause_are_no_actor(text):
    article = run(text, places=True)
    assert not any(isinstance(r, ActorResolution) and r.inter == 7 for r in actors(article).values())


# facilities -----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("قصفت طائرات الاحتلال محيط مستشفى شهداء الأقصى في دير البلح.", "Al Aqsa Martyrs Brigade"),
        ("قصفت مسيرة منزلا في شارع حزب الله بمدينة طولكرم.", "Hezbollah"),
    ],
)
def test_actor_names_inside_facility_names_are_dropped(text, name):
    article = run(text)
    assert name not in {r.canonical for r in actors(article).values() if isinstance(r, ActorResolution)}
    facilities = [m for m in article.mentions_of(MentionKind.ORGANIZATION) if m.role == "facility"]
    assert len(facilities) == 1 and facilities[0].resolution is None
    assert facilities[0].text.split()[0] in ("مستشفى", "شارع")


def test_actor_after_a_definite_facility_noun_is_kept():
    # "the hospital" is no name; what follows it is a new phrase
    article = run("قال حزب الله إن المستشفى حزب الله لم يتضرر.")
    assert any(isinstance(r, ActorResolution) and r.canonical == "Hezbollah" for r in actors(article).values())


def test_facility_rule_leaves_plain_actors_alone():
    article = run("أعلنت كتائب شهداء الأقصى مسؤوليتها عن الهجوم.")
    assert "Al Aqsa Martyrs Brigade" in {r.canonical for r in actors(article).values() if isinstance(r, ActorResolution)}


# unnamed armed groups -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "phrase", "country"),
    [
        ("استعاد الجيش العربي السوري بلدة خناصر بعد اشتباكات مع التنظيمات الإرهابية.", "التنظيمات الإرهابية", "Syria"),
        ("هاجمت مجموعة مسلحة قرية في ولاية الجزيرة بالسودان.", "مجموعة مسلحة", "Sudan"),
        ("خطف مسلحون مجهولون موظفا في مدينة سبها الليبية.", "مسلحون مجهولون", "Libya"),
        ("شنت طائرات أمريكية غارات على مواقع لفصائل مسلحة في القائم غرب العراق.", "فصائل مسلحة", "Iraq"),
        # a weapon of unknown origin was fired by someone unknown
        ("سقطت طائرة مسيرة مجهولة المصدر قرب حقل نفطي في محافظة أربيل العراقية.", "مجهولة المصدر", "Iraq"),
        ("استهدفت طائرتان مسيرتان مجهولتا المصدر مطار أربيل في العراق.", "مجهولتا المصدر", "Iraq"),
        # state media's names for armed factions it will not name: outlaw groups, rebel gangs
        ("هاجمت مجموعات خارجة عن القانون حاجزا للأمن الداخلي في ريف السويداء بسوريا.", "مجموعات خارجة عن القانون",
         "Syria"),
        ("قصفت العصابات المتمردة قرية المزرعة في ريف السويداء بسوريا.", "العصابات المتمردة", "Syria"),
    ],
)
def test_unnamed_armed_group_is_acled_unidentified(text, phrase, country):
    article = run(text, places=True)
    res = actors(article)[phrase]
    assert isinstance(res, ActorResolution)
    assert res.canonical == f"Unidentified Armed Group ({country})"
    assert res.inter == UNIDENTIFIED_INTER and res.actor_type == UNIDENTIFIED_TYPE and res.generic


def test_named_group_keeps_priority_over_unidentified():
    article = run("سيطرت هيئة تحرير الشام على بلدة في ريف حماة، وقال المرصد إن الفصائل تقدمت نحو المدينة.", places=True)
    assert canonical(article, "الفصائل") == "Hayat Tahrir al Sham"


# properties -----------------------------------------------------------------------------------------------------
_ADJECTIVES = sorted(reference_lexicon().nationalities)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(_ADJECTIVES), st.sampled_from(["", "و", "ب", "ل", "ال", "وال", "بال"]))
def test_bare_form_reads_any_proclitic(adjective, prefix):
    assert bare_form(prefix + adjective, reference_lexicon().nationalities) == adjective


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(_ADJECTIVES), st.sampled_from(sorted(reference_lexicon().heads)))
def test_mentions_point_at_their_raw_text(adjective, head):
    article = run(f"وقالت المصادر إن {head} {adjective} قصفت البلدة أمس.")
    for m in article.mentions:
        assert m.text == article.raw[m.start : m.end]
    for m in article.mentions_of(MentionKind.ACTOR):
        if isinstance(m.resolution, ActorResolution) and m.text == adjective:
            assert m.resolution.actor_type == "state forces"


# the army of the sentence's country -----------------------------------------------------------------------------
def test_army_with_nothing_named_is_the_sentence_countrys():
    article = run("قصفت مسيرة تابعة للجيش سوقا في مدينة نيالا.", places=True)
    army = [r for text, r in actors(article).items() if text.endswith("جيش")]  # لل fuses with the article
    assert [r.canonical for r in army] == ["Military Forces of Sudan (2019-)"]


def test_army_in_a_contested_country_is_left_to_the_generic_rule():
    # Yemen's "army" may be the Houthis' or the government's: no guess from the place alone
    article = run("قصف الجيش مواقع في مدينة تعز.", places=True)
    assert canonical(article, "الجيش") is None


def test_group_adjective_names_a_dictionary_actor():
    for row in load_table("group_adjectives.tsv").rows:
        assert row["actor_id"] in actor_dictionary().entries, row
    article = run("قتل ثلاثة أطفال جراء قصف حوثي استهدف حيا سكنيا في مدينة تعز.")
    assert canonical(article, "حوثي") == "Military Forces of Yemen (2016-) Houthi"


def test_civilians_take_the_country_of_their_towns_not_of_a_country_named():
    article = run("اتهمت حركة حماس إسرائيل بقتل مدنيين في قصف على مدينة رفح جنوب قطاع غزة.", places=True)
    assert canonical(article, "مدنيين") == "Civilians (Palestine)"


def test_civilians_of_a_quoted_toll_with_no_place_take_the_articles_country():
    # the statement quoted in the second sentence names no place; the strike's town does, in the first
    article = run("قصفت القوات الإسرائيلية بلدة كويا في ريف درعا الغربي. وقال مصدر طبي إن القصف أدى إلى مقتل خمسة "
                  "مدنيين.", places=True)
    assert canonical(article, "مدنيين") == "Civilians (Syria)"


def test_by_way_of_an_actor_is_no_street():
    article = run("قال المسؤول إن الأسلحة وصلت عن طريق حزب الله إلى المنطقة.")
    assert canonical(article, "حزب الله") == "Hezbollah"


def test_the_bare_army_is_the_army_just_named_even_a_foreign_one():
    # Israel's forces are inter 8 in Lebanon, so the home-state reading of "the forces" would make الجيش Lebanon's
    article = run("أعلن الجيش الإسرائيلي اغتيال عنصر من حزب الله في غارة على بلدة أرنون في جنوب لبنان. وأضاف الجيش "
                  "أن العنصر كان يعمل على إعادة بناء قدرات الحزب.", places=True)
    found = [(m.text, m.resolution.actor_id) for m in article.mentions_of(MentionKind.ACTOR)
             if isinstance(m.resolution, ActorResolution)]
    assert found[0] == ("الجيش الإسرائيلي", "il-mil") and found[-1] == ("الجيش", "il-mil")
    # with an army of the home state named last, the bare word is that one
    article = run("قصفت القوات الروسية مواقع في ريف إدلب. وقال الجيش السوري إنه صد هجوما، وأضاف الجيش أنه دمر "
                  "مقرات.", places=True)
    assert actors(article)["الجيش"].actor_id == actors(article)["الجيش السوري"].actor_id
    # government forces stay the home state's, whoever was named last
    article = run("أعلن الجيش الإسرائيلي قصف مواقع في جنوب لبنان، وقالت القوات الحكومية إنها انتشرت في البلدة.",
                  places=True)
    assert actors(article)["القوات الحكومية"].actor_id != "il-mil"


def test_rebels_in_apposition_with_a_named_group_are_that_group_and_the_later_rebels_too():
    article = run("قتل خمسة أشخاص من جراء صاروخ أطلقه المتمردون الحوثيون على مدينة مأرب. ويأتي القصف غداة طرد قوات "
                  "يمنية موالية للحكومة المتمردين من مديرية في محافظة مأرب.", places=True)
    found = actors(article)
    assert found["المتمردون الحوثيون"].actor_id == "ye-houthi"
    assert found["المتمردين"].actor_id == "ye-houthi" and found["المتمردين"].generic
    assert "المتمردون" not in found  # one mention, not a generic beside the name
    # a different case ending is no apposition (a verb's subject and its object): each keeps its own reading
    article = run("وقالت قوات الدعم السريع إن المتمردين الحوثيون لا شأن لهم.", places=True)
    assert "المتمردين الحوثيون" not in actors(article)


def test_the_bare_army_with_no_army_named_is_the_countrys_army_not_a_group_coded_as_a_state_force():
    article = run("هاجم المسلحون الحوثيون مواقع للجيش في محافظة مأرب.", places=True)
    army = [m for m in article.mentions_of(MentionKind.ACTOR) if "جيش" in m.text]
    assert [m.resolution.actor_id for m in army] == ["ye-mil"]


def test_a_head_that_only_says_what_a_listed_group_is_makes_one_mention_of_that_group():
    article = run("أعلن الجيش الإسرائيلي اغتيال عنصر من ميليشيا حزب الله بواسطة طائرة مسيرة في جنوب لبنان.")
    found = {m.text: m.resolution for m in article.mentions
             if m.kind in (MentionKind.ACTOR, MentionKind.ORGANIZATION)}
    assert found["ميليشيا حزب الله"].actor_id == "hezbollah" and "حزب الله" not in found
    # a council of a listed university is a body of its own
    article = run("وقال مجلس طلبة جامعة بيرزيت إن الإضراب مستمر.")
    assert any(m.text == "مجلس طلبة جامعة بيرزيت" and m.resolution is None for m in article.mentions)


def test_the_enemy_with_a_nationality_is_that_states_forces():
    # Lebanese official statements write غارة العدو الإسرائيلي
    article = run("وقالت وزارة الصحة إن غارة العدو الإسرائيلي على سيارة في زوطر الشرقية أدت إلى استشهاد مواطن.")
    assert actors(article)["العدو الإسرائيلي"].actor_id == "il-mil"


def test_a_state_bodys_bare_head_names_the_body_of_the_country_in_view():
    lebanon = run("قتل شخص في غارة إسرائيلية على جنوب لبنان صباح السبت، بحسب ما أفادت وزارة الصحة.", places=True)
    gaza = run("استشهد ثلاثة في قصف على خان يونس في قطاع غزة، وفق وزارة الصحة.", places=True)
    russia = run("أعلنت وزارة الدفاع الروسية أن قواتها سيطرت على بلدة في دونيتسك، وقالت وزارة الدفاع إن الهجوم مستمر.",
                 places=True)
    nowhere = run("قال المتحدث باسم وزارة الصحة إن الوضع مستقر.", places=True)

    def body(article: Article) -> str | None:
        res = [m.resolution for m in article.mentions if m.text in ("وزارة الصحة", "وزارة الدفاع")]
        return res[-1].actor_id if res[-1] is not None else None

    assert body(lebanon) == "lb-moh"
    assert body(gaza) == "gaza-moh"  # the ministry listed for a place the article names comes first
    assert body(russia) == "ru-mod"  # the same body named before, not the country of Donetsk
    assert body(nowhere) is None


def test_a_province_s_police_command_is_the_state_s_police():
    article = run("أعلنت قيادة شرطة ديالى اعتقال متهم بتنفيذ هجمات في المحافظة.", places=True)
    assert actors(article)["قيادة شرطة"].canonical == "Police Forces of Iraq (2022-)"
    article = run("وقالت مديرية شرطة البصرة إنها اعتقلت ثلاثة متهمين.", places=True)
    assert actors(article)["مديرية شرطة"].canonical == "Police Forces of Iraq (2022-)"


def test_military_intelligence_is_the_army_of_the_country_in_view():
    article = run("ألقت استخبارات وأمن الأنبار القبض على خلية إرهابية في مدينة الرمادي.", places=True)
    assert actors(article)["استخبارات وأمن"].canonical == "Military Forces of Iraq (2022-)"
    article = run("اعتقلت الاستخبارات العسكرية عشرة شبان في مدينة عطبرة بولاية نهر النيل السودانية.", places=True)
    assert actors(article)["الاستخبارات العسكرية"].canonical == "Military Forces of Sudan (2019-)"


def test_tripoli_s_militias_are_named_as_acled_names_them():
    article = run("اندلعت اشتباكات بين جهاز الردع لمكافحة الجريمة المنظمة والإرهاب وكتيبة ثوار طرابلس في العاصمة.")
    found = actors(article)
    assert found["كتيبة ثوار طرابلس"].canonical == "Tripoli Revolutionaries Brigade"


def test_police_are_the_states_police_forces_of_the_same_period():
    article = run("قتل 13 عنصرا من الشرطة الاتحادية العراقية في هجوم جنوب كركوك. وقالت الشرطة إن الهجوم وقع ليلا.",
                  places=True)
    found = actors(article)
    assert found["الشرطة الاتحادية العراقية"].canonical == "Police Forces of Iraq (2022-)"
    assert found["الشرطة"].actor_id == found["الشرطة الاتحادية العراقية"].actor_id and found["الشرطة"].generic
    # a listed police force keeps its own row; with no police named, the police of the country in view
    # (the test articles are dated 3 December 2024, five days before the Assad government fell)
    assert canonical(run("وقالت الشرطة السورية إن الحادث قيد التحقيق."), "الشرطة السورية") \
        == "Police Forces of Syria (2000-2024)"
    article = run("هاجم مسلحون قوات الشرطة المحلية في قرية قرب داقوق في محافظة كركوك.", places=True)
    assert any(r is not None and r.canonical == "Police Forces of Iraq (2022-)" for r in actors(article).values())
    # Iraq's forces are named by government, as ACLED names a state's forces by period
    text = "قتل جنديان من الجيش العراقي وعنصر من الشرطة العراقية في هجوم لتنظيم داعش قرب كركوك."
    for year, period in ((2016, "2014-2018"), (2021, "2020-2022"), (2024, "2022-")):
        found = actors(run(text, published=datetime(year, 6, 1, tzinfo=UTC)))
        assert found["الجيش العراقي"].canonical == f"Military Forces of Iraq ({period})"
        assert found["الشرطة العراقية"].canonical == f"Police Forces of Iraq ({period})"
    # and the United States' by presidential term
    text = "قصفت القوات الأمريكية مواقع لتنظيم داعش في سوريا."
    for year, period in ((2016, "2009-2017"), (2019, "2017-2021"), (2023, "2021-2025"), (2025, "2025-")):
        found = actors(run(text, published=datetime(year, 6, 1, tzinfo=UTC)))
        assert found["القوات الأمريكية"].canonical == f"Military Forces of the United States ({period})"
    # Israel's by government (the first period open-started: ACLED's data of the region begin in 2016)
    text = "قصف الجيش الإسرائيلي مواقع في جنوب لبنان."
    for year, period in ((2019, "2009-2021"), (2022, "2021-2022"), (2024, "2022-")):
        found = actors(run(text, published=datetime(year, 6, 1, tzinfo=UTC)))
        assert found["الجيش الإسرائيلي"].canonical == f"Military Forces of Israel ({period})"
    # Somalia's by presidential term
    text = "سيطر الجيش الصومالي على بلدة في إقليم شبيلي الوسطى."
    for year, period in ((2011, "2009-2012"), (2016, "2012-2017"), (2020, "2017-2022"), (2024, "2022-")):
        found = actors(run(text, published=datetime(year, 6, 1, tzinfo=UTC)))
        assert found["الجيش الصومالي"].canonical == f"Military Forces of Somalia ({period})"
    # North Africa's and Jordan's armies and police, named by nationality like the others
    found = actors(run("اشتبك الجيش المصري مع مسلحين، واعتقلت الشرطة التونسية خمسة، وقتل جندي جزائري، وأعلن الجيش "
                       "المغربي والقوات المسلحة الأردنية حالة التأهب."))
    assert found["الجيش المصري"].canonical == "Military Forces of Egypt (2014-)"
    assert found["الشرطة التونسية"].canonical == "Police Forces of Tunisia (2019-)"
    assert found["جزائري"].canonical == "Military Forces of Algeria (2019-)"
    assert found["الجيش المغربي"].canonical == "Military Forces of Morocco (1999-)"
    assert found["القوات المسلحة الأردنية"].canonical == "Military Forces of Jordan (1999-)"
    # the interior ministry's forces are its police (ACLED codes them so), not the ministry as a body
    article = run("قتل ثلاثة من عناصر قوة تابعة لوزارة الداخلية العراقية في هجوم قرب كركوك.", places=True)
    assert canonical(article, "قوة تابعة لوزارة الداخلية العراقية") == "Police Forces of Iraq (2022-)"
    assert canonical(run("واشتبكت قوات وزارة الداخلية العراقية مع مسلحين."), "قوات وزارة الداخلية العراقية") \
        == "Police Forces of Iraq (2022-)"


@pytest.mark.parametrize(
    ("text", "surface", "actor_id"),
    [
        # AFP's spelling of "democratic", and the Turkey-backed factions in their indefinite form
        ("قتل 24 مقاتلا في اشتباكات مع قوات سوريا الديموقراطية في منبج.", "قوات سوريا الديموقراطية", "sdf"),
        ("قتل 24 مقاتلا من فصائل مسلحة مدعومة من تركيا في منبج.", "فصائل مسلحة مدعومة من تركيا", "sna"),
        # a name quoted after its head noun, quotation marks included
        ('قتل 18 شخصا بهجوم في مقديشو تبنته حركة "الشباب".', 'حركة "الشباب"', "al-shabaab"),
        ("وقالت حركة «حماس» إن القصف مستمر.", "حركة «حماس»", "hamas"),
        ('وأعلنت هيئة "تحرير الشام" السيطرة على بلدة.', 'هيئة "تحرير الشام"', "hts"),
        # the Sahel's groups and Mali's army
        ("قتل 15 جنديا في هجوم نسب إلى جماعة نصرة الإسلام والمسلمين.", "جماعة نصرة الإسلام والمسلمين", "jnim"),
        ("وقال الجيش المالي إنه صد هجوما.", "الجيش المالي", "ml-mil"),
        ("صد الجيش هجوما لتنظيم الدولة الإسلامية في الصحراء الكبرى.", "تنظيم الدولة الإسلامية في الصحراء الكبرى",
         "is-sahel"),
        # Africa's and South Asia's armed groups and armies
        ("قتل مسلحو جماعة بوكو حرام عشرة قرويين في ولاية بورنو.", "جماعة بوكو حرام", "boko-haram"),
        ("سيطرت حركة إم 23 المتمردة على مدينة غوما.", "حركة إم 23", "m23"),
        ("هاجمت ميليشيا فانو مواقع في إقليم أمهرة.", "ميليشيا فانو", "fano"),
        ("وقال الجيش الإثيوبي إنه استعاد البلدة.", "الجيش الإثيوبي", "et-mil"),
        ("شنت القوات الأمريكية والبريطانية غارات على الحديدة.", "البريطانية", "gb-mil-2024"),
        # Iraq's factions, Somalia's African Union force and Yemen's Nation's Shield
        ("أعلنت عصائب أهل الحق رفضها للقرار.", "عصائب أهل الحق", "asaib-ahl-al-haq"),
        ("وقالت كتائب سيد الشهداء إنها استهدفت القاعدة.", "كتائب سيد الشهداء", "kataib-sayyid-al-shuhada"),
        ("قالت أتميس إن جنودها صدوا هجوما.", "أتميس", "atmis"),
        ("قتل عنصران من قوات درع الوطن في اشتباكات.", "قوات درع الوطن", "nations-shield"),
        # a generic reference belongs to the actor named right after تابعة لـ
        ("قصفت طائرات مسيرة تابعة للجيش السوداني مطار نيالا.", "طائرات مسيرة", "sd-mil"),
        ("قتل جنديان في هجوم لحركة طالبان باكستان في وزيرستان.", "حركة طالبان باكستان", "ttp"),
    ],
)
def test_listed_actors_in_the_forms_copy_writes_them(text, surface, actor_id):
    assert actors(run(text, published=None))[surface].actor_id == actor_id


def test_financial_is_not_malian():
    # المالية is also 'financial': no state body or force comes of it
    assert not actors(run("قالت السلطات المالية إن الأسواق المالية مستقرة وإن الخسائر المالية محدودة."))


def test_a_relational_participle_ends_a_bodys_name_and_kurdish_spellings_match():
    article = run("اندلعت مواجهات بين القوات الحكومية وقوات النخبة الشبوانية التابعة للمجلس الانتقالي الجنوبي في عتق.")
    found = actors(article)
    assert found["قوات النخبة الشبوانية"].actor_id == "shabwani-elite"
    assert not any("التابعة" in text for text in found)
    article = run("قتل قيادي في حزب العمال الكوردستاني بقصف لمسيرة تركية في محافظة دهوك.")
    assert actors(article)["حزب العمال الكوردستاني"].actor_id == "pkk"


def test_a_targeting_or_an_aggression_with_a_nationality_is_that_states_forces():
    assert actors(run("أفادت وكالة نورنيوز باستهداف إسرائيلي لمدينة همدان غربي إيران."))["إسرائيلي"].actor_id == "il-mil"
    assert actors(run("ندد المجلس باعتداء تركي على قرى في ريف حلب."))["تركي"].actor_id == "tr-mil"


def test_led_by_is_no_command_named_after_a_person():
    # بقيادة خليفة حفتر 'led by Khalifa Haftar': no organisation قيادة خليفة
    article = run("أعلنت قوات القيادة العامة بقيادة خليفة حفتر السيطرة على مدينة غريان.")
    assert not any(m.text.startswith("قيادة") for m in article.mentions_of(MentionKind.ORGANIZATION))


def test_a_known_spokesman_tells_which_side_a_shared_name_means():
    # both sides of Yemen's war call their forces القوات المسلحة اليمنية; Yahya Saree speaks for the Houthis
    article = run("أعلن المتحدث باسم القوات المسلحة اليمنية العميد يحيى سريع استهداف سفينة تجارية في البحر الأحمر.")
    assert actors(article)["القوات المسلحة اليمنية"].actor_id == "ye-houthi"
    people = [m.text for m in article.mentions_of(MentionKind.PERSON)]
    assert people == ["يحيى سريع"]  # the listed name, not the run-on chain (يحيى سريع استهداف سفينة)


def test_the_bare_occupation_is_the_occupier_named_else_israels_forces_in_palestinian_copy():
    article = run("استشهد شاب برصاص الاحتلال في مخيم جنين شمال الضفة الغربية.", places=True)
    assert actors(article)["الاحتلال"].actor_id == "il-mil"
    article = run("قالت قسد إن مرتزقة الاحتلال التركي هاجموا قرى في ريف منبج، وإن الاحتلال قصف المنطقة.", places=True)
    assert actors(article)["الاحتلال"].actor_id == "tr-mil"
    # with neither, the word stays a word
    assert "الاحتلال" not in actors(run("قال إن عهد الاحتلال انتهى.", places=True))


def test_factions_led_by_a_named_group_are_its_allies():
    article = run("تواصل فصائل مسلحة، تقودها هيئة تحرير الشام، تقدمها في ريف إدلب الشرقي.")
    assert canonical(article, "فصائل مسلحة") == "Allied factions (Hayat Tahrir al Sham)"
    assert actors(article)["فصائل مسلحة"].parent == "hts"
    assert [m.role for m in article.mentions_of(MentionKind.ACTOR) if m.text == "فصائل مسلحة"] == ["associated"]
    # led by a state's army: no alliance of factions
    article = run("تقدمت فصائل بقيادة الجيش السوداني نحو مدينة سنجة.")
    assert [m.role for m in article.mentions_of(MentionKind.ACTOR) if m.text == "فصائل"] != ["associated"]


def test_factions_belonging_to_a_state_are_its_proxies_not_its_army():
    article = run("هاجمت الفصائل التابعة لإيران قاعدة أمريكية شرقي دير الزور.")
    res = actors(article).get("الفصائل")
    assert not (isinstance(res, ActorResolution) and res.actor_type == "state forces")
    # Kurdish outlets' names for the Turkish-backed factions are the Syrian National Army, and the bare
    # 'occupation' after them is Turkey's
    article = run("قصفت مرتزقة الاحتلال التركي قرى في ريف تل تمر، وقال الأهالي إن الاحتلال استهدف منازلهم.")
    assert actors(article)["مرتزقة الاحتلال التركي"].actor_id == "sna"
    assert actors(article)["الاحتلال"].actor_id == "tr-mil"


def test_forces_of_a_named_actor_are_that_actor_with_the_name_as_the_mention():
    article = run("انسحبت قوات الدعم السريع من القرية بعد وصول قوات هيئة تحرير الشام إلى أطرافها.")
    found = actors(article)
    assert found["هيئة تحرير الشام"].actor_id == "hts"
    assert "قوات هيئة تحرير الشام" not in found  # no unresolved double of the same group
    assert canonical(run("اشتبكت قوات حكومة دمشق مع مسلحين في ريف حمص."), "قوات حكومة دمشق") == (
        "Military Forces of Syria (2000-2024)")


def test_a_parent_organisation_named_after_a_group_is_only_its_affiliation():
    article = run("أعلنت جماعة نصرة الإسلام والمسلمين الإرهابية الموالية لتنظيم القاعدة مقتل جنديين في كمين، وقالت "
                  "الجماعة إن التنظيمات الإرهابية ستواصل هجماتها.")
    roles = {m.text: m.role for m in article.mentions_of(MentionKind.ACTOR)}
    assert roles["تنظيم القاعدة"] == "affiliation"
    # and a generic reference later means the group, never its parent
    assert canonical(article, "التنظيمات الإرهابية") == "JNIM: Jamaah Nusrat al Islam wal Muslimin"
    # set off by commas, the parent is still only the group's affiliation
    article = run("أعلنت جماعة نصرة الإسلام والمسلمين، المرتبطة بتنظيم القاعدة، مسؤوليتها عن كمين في ولاية كاي.")
    roles = {m.text: m.role for m in article.mentions_of(MentionKind.ACTOR)}
    assert roles["تنظيم القاعدة"] == "affiliation"


def test_led_by_may_quote_the_lead_and_follow_the_factions_country():
    article = run("أعلنت الفصائل المسلحة في سوريا، بقيادة «هيئة تحرير الشام»، السيطرة على مدينة حماة.")
    assert canonical(article, "الفصائل المسلحة") == "Allied factions (Hayat Tahrir al Sham)"


def test_a_person_who_changed_office_speaks_for_the_office_of_the_day():
    before = run("وقال أحمد الشرع إن المعركة مستمرة.", published=datetime(2024, 12, 5, 9, tzinfo=UTC))
    after = run("وقال أحمد الشرع إن المعركة انتهت.", published=datetime(2025, 7, 18, 9, tzinfo=UTC))
    (p1,) = before.mentions_of(MentionKind.PERSON)
    (p2,) = after.mentions_of(MentionKind.PERSON)
    assert p1.resolution.actor_id == "hts" and p1.resolution.role == "leader"
    assert p2.resolution.actor_id == "sy-mil-2024" and p2.resolution.role == "president"


def test_identity_militias_file_names_communities_and_heads():
    rows = load_table("identity_militias.tsv").rows
    assert {r["kind"] for r in rows} == {"head", "link", "community"}
    assert all(w.startswith("من") for r in rows if r["kind"] == "link" for w in split_cell(r["forms"]))
    for r in rows:
        if r["kind"] == "community":
            assert r["name"] and r["suffix"].endswith("Militia") and split_cell(r["forms"])
            assert set(split_cell(r["alone"])) <= set(split_cell(r["forms"])), r["name"]


def test_armed_men_named_by_their_community_are_its_militia_in_the_sentence_country():
    article = run("هاجم مسلحون دروز حاجزا في ريف السويداء الغربي، فيما رد مقاتلون من العشائر البدوية بقصف قرية "
                  "الثعلة.", places=True)
    assert canonical(article, "مسلحون دروز") == "Druze Ethnic Militia (Syria)"
    assert canonical(article, "مقاتلون من العشائر البدوية") == "Bedouin Ethnic Militia (Syria)"
    assert actors(article)["مسلحون دروز"].inter == 4
    article = run("قتل 12 شخصا في هجوم شنه مسلحون من الفولاني على قرية في ولاية بلاتو بنيجيريا.", places=True)
    assert canonical(article, "مسلحون من الفولاني") == "Fulani Ethnic Militia (Nigeria)"
    # armed herders, and a word of ethnicity between them and the community
    article = run("هاجم رعاة الماشية المسلحين من عرقية الفولاني قرية في ولاية بينوي بنيجيريا أمس.", places=True)
    assert canonical(article, "رعاة الماشية المسلحين من عرقية الفولاني") == "Fulani Ethnic Militia (Nigeria)"
    # a community word with no armed head is no militia
    assert not actors(run("نزحت عائلات بدوية من أحياء السويداء.", places=True))


def test_the_mercenaries_of_kurdish_copy_are_the_group_it_named():
    article = run("قال المرصد إن مرتزقة هيئة تحرير الشام دخلوا حماة، وفي إدلب أعلن المرتزقة سيطرتهم على خان شيخون.")
    assert canonical(article, "المرتزقة") == "Hayat Tahrir al Sham"
    # with no group named the word stays a word
    assert "المرتزقة" not in actors(run("تحدث التقرير عن المرتزقة في الحروب الحديثة."))


def test_a_country_named_as_the_subject_of_an_armed_verb_is_its_forces():
    article = run("قصفت إسرائيل مواقع في جنوب لبنان فجر اليوم.", places=True)
    assert canonical(article, "إسرائيل") == "Military Forces of Israel (2022-)"
    article = run("روسيا تشن هجوما واسعا بالمسيرات على كييف.", places=True)
    assert canonical(article, "روسيا") == "Military Forces of Russia (2000-)"
    # the country it hit is no actor, nor a country in other roles
    article = run("هاجمت روسيا أوكرانيا بمئات المسيرات.", places=True)
    assert "أوكرانيا" not in actors(article)
    assert "فرنسا" not in actors(run("قال الرئيس إن فرنسا تدعم لبنان.", places=True))


def test_a_country_that_says_it_struck_is_its_forces():
    article = run("أعلنت باكستان أنها شنت ضربات جوية على مجموعات مسلحة على الحدود.", published=MAY_2025, places=True)
    assert canonical(article, "باكستان") == "Military Forces of Pakistan (2024-)"
    # a country that only says something is no actor
    assert "باكستان" not in actors(run("أعلنت باكستان أنها تدعم الحوار.", published=MAY_2025, places=True))


MAY_2025 = datetime(2025, 5, 20, 10, tzinfo=UTC)


def test_the_general_and_internal_security_are_the_police_of_the_country_in_view():
    # after the fall of the Assad government the General Security (الأمن العام) and the Internal Security Forces (قوى
    # الأمن الداخلي) of the interior ministry are Syria's police of the new period
    article = run("قتل عنصران من الأمن العام في هجوم مسلح على حاجز قرب مدينة حمص.", published=MAY_2025, places=True)
    assert canonical(article, "الأمن العام") == "Police Forces of Syria (2024-)"
    article = run("أصيب ثلاثة من قوى الأمن الداخلي في اشتباك مع مسلحين في ريف حماة.", published=MAY_2025, places=True)
    assert canonical(article, "قوى الأمن الداخلي") == "Police Forces of Syria (2024-)"


def test_maghreb_judicial_police_and_domestic_intelligence_are_the_states_police():
    # Morocco's terrorism arrests are made by the BCIJ on intelligence from the DGST, named without a nationality
    article = run("أوقف المكتب المركزي للأبحاث القضائية متطرفا في مدينة سطات بناء على معلومات وفرتها المديرية العامة "
                  "لمراقبة التراب الوطني.", published=MAY_2025, places=True)
    assert canonical(article, "المكتب المركزي للأبحاث القضائية") == "Police Forces of Morocco (1999-)"
    assert canonical(article, "المديرية العامة لمراقبة التراب الوطني") == "Police Forces of Morocco (1999-)"


def test_bandits_are_an_unidentified_armed_group():
    article = run("خطف قطاع طرق عشرين قرويا في هجوم على قرية في ولاية زمفارا شمال غرب نيجيريا.", published=MAY_2025,
                  places=True)
    assert canonical(article, "قطاع طرق") == "Unidentified Armed Group (Nigeria)"


def test_who_names_the_attackers_is_no_side_of_the_attack():
    text = "خطف عشرون قرويا في ولاية زمفارا شمال غرب نيجيريا على يد ما وصفته الشرطة بقطاع الطرق."
    a = default_pipeline()(make_article(text, "t", published=MAY_2025))
    (event,) = a.events
    sides = [a.mention(x).resolution.canonical for x in (*event.actor1, *event.actor2)]
    assert "Police Forces of Nigeria (2023-)" not in sides
    assert sides[0] == "Unidentified Armed Group (Nigeria)"


def test_remnants_of_the_fallen_government_are_assad_loyalists_not_its_army():
    article = run("هاجمت مجموعة من فلول النظام المخلوع حاجزا لوزارة الدفاع السورية في ريف جبلة.", published=MAY_2025)
    assert canonical(article, "فلول النظام المخلوع") == "Assad Loyalists (Syria)"
    assert canonical(article, "وزارة الدفاع السورية") == "Military Forces of Syria (2024-)"
    article = run("قتل جندي بنيران فلول ميليشيات الأسد قرب القرداحة.", published=MAY_2025)
    assert canonical(article, "فلول ميليشيات الأسد") == "Assad Loyalists (Syria)"


# the national army ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Syrian copy: the Turkish-backed opposition's army, not the state's
        ("هاجم الجيش الوطني مواقع لقوات سوريا الديمقراطية قرب منبج في ريف حلب.", "Syrian National Army"),
        # eastern Libyan copy: Haftar's forces
        ("قصف الجيش الوطني مواقع في غريان جنوب طرابلس الليبية.", "LNA: Libyan National Army"),
        # elsewhere the country's own army
        ("نفذ الجيش الوطني غارة على عناصر لحركة الشباب في إقليم شبيلي الوسطى بالصومال.", "Military Forces of Somalia"),
        ("تصدى الجيش الوطني لهجوم حوثي على مواقعه في مأرب.", "Military Forces of Yemen (2022-)"),
    ],
)
def test_the_bare_national_army_is_the_one_its_country_calls_so(text, expected):
    article = run(text, published=datetime(2025, 6, 1, tzinfo=UTC), places=True)
    assert (canonical(article, "الجيش الوطني") or "").startswith(expected)


# the unnamed coalition ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "alias", "expected"),
    [
        # Yemeni copy: the Saudi-led coalition
        ("أغارت طائرات التحالف على تجمعات للحوثيين في مديرية حرض بمحافظة حجة.", "طائرات التحالف",
         "Operation Restoring Hope"),
        # Syrian and Iraqi copy: the US-led coalition against the Islamic State
        ("نفذت مقاتلات التحالف ضربة على مخبأ لخلية من داعش في بادية دير الزور.", "مقاتلات التحالف",
         "Coalition Forces"),
        ("قالت خلية الإعلام الأمني إن طيران التحالف دمر نفقا لداعش في صحراء الأنبار.", "طيران التحالف",
         "Coalition Forces"),
    ],
)
def test_the_unnamed_coalition_is_the_one_that_fights_in_the_country(text, alias, expected):
    article = run(text, published=datetime(2025, 6, 1, tzinfo=UTC), places=True)
    assert canonical(article, alias) == expected


def test_a_coalition_named_before_is_the_one_meant_after():
    article = run("أعلن التحالف الدولي ضد داعش مقتل قيادي في التنظيم. وقالت مصادر إن طائرات التحالف قصفت موقعا "
                  "قرب مدينة الحديدة.", published=datetime(2025, 6, 1, tzinfo=UTC), places=True)
    assert canonical(article, "طائرات التحالف") == "Coalition Forces"


# a nisba two countries share ----------------------------------------------------------------------------------
SEPT_2025 = datetime(2025, 9, 11, 9, tzinfo=UTC)


def test_the_nigerian_nisba_names_nigers_army_in_a_report_from_niger():
    article = run("قتل 12 جنديا من القوات المسلحة النيجيرية في كمين قرب بلدة تيلابيري غربي النيجر.",
                  published=SEPT_2025, places=True)
    assert "Military Forces of Niger (2023-)" in {r.canonical for r in actors(article).values()
                                                  if isinstance(r, ActorResolution)}


def test_the_nigerian_nisba_stays_nigerias_in_a_report_from_nigeria():
    article = run("قتل 12 جنديا من القوات المسلحة النيجيرية في هجوم على قاعدة في ولاية بورنو.",
                  published=SEPT_2025, places=True)
    names = {r.canonical for r in actors(article).values() if isinstance(r, ActorResolution)}
    assert "Military Forces of Nigeria (2023-)" in names and "Military Forces of Niger (2023-)" not in names


def test_a_force_noun_in_construct_with_a_country_names_its_forces():
    article = run("اندلعت مواجهات عنيفة فجر اليوم بين قوات باكستان وأفغانستان عند المعبر الحدودي.",
                  published=SEPT_2025, places=True)
    assert canonical(article, "قوات باكستان") == "Military Forces of Pakistan (2024-)"
    # a longer name the dictionary knows keeps its own reading
    article = run("أعلنت قوات سوريا الديمقراطية مقتل عشرة من عناصرها في ريف دير الزور.", published=SEPT_2025,
                  places=True)
    assert canonical(article, "قوات سوريا الديمقراطية") == "QSD: Syrian Democratic Forces"


@pytest.mark.parametrize(
    ("text", "adjective", "name"),
    [
        ("قتل خمسة جنود نيجيريين في كمين قرب مايدوغوري.", "نيجيريين", "Military Forces of Nigeria (2023-)"),
        ("أصيب جنود إثيوبيون في هجوم على معسكرهم.", "إثيوبيون", "Military Forces of Ethiopia (2018-)"),
    ],
)
def test_soldiers_named_by_a_nisba_are_their_states_forces(text, adjective, name):
    assert canonical(run(text, published=datetime(2026, 1, 10, tzinfo=UTC)), adjective) == name


def test_the_financial_adjective_names_no_malian_force():
    article = run("وعد المانحون بمساعدات مالية للجيش.", published=datetime(2026, 1, 10, tzinfo=UTC))
    assert "مالية" not in actors(article)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("قتل أربعة من قوات الأمن الباكستانية في هجوم.", "قوات الأمن الباكستانية"),
        ("أصيب اثنان من أفراد الأمن الباكستاني بانفجار.", "أفراد الأمن الباكستاني"),
    ],
)
def test_a_states_security_forces_named_by_nationality_are_its_forces(text, phrase):
    article = run(text, published=datetime(2026, 1, 10, tzinfo=UTC))
    assert canonical(article, phrase) == "Military Forces of Pakistan (2024-)"


def test_a_group_adjective_after_the_word_for_members_names_the_group():
    article = run("أحبطت القوات الحكومية محاولة تسلل نفذتها عناصر حوثية في الضالع.", published=datetime(2026, 2, 3, tzinfo=UTC))
    assert canonical(article, "حوثية") == "Military Forces of Yemen (2016-) Houthi"


def test_a_reference_that_repeats_its_antecedents_head_noun_finds_it_whatever_its_inter():
    # ACLED codes the Houthis as a state force, which "the group" would never pick by class alone
    article = run("أعلن المتحدث باسم جماعة الحوثي أن قوات الجماعة استهدفت سفينة تجارية في البحر الأحمر.")
    assert canonical(article, "قوات الجماعة") == "Military Forces of Yemen (2016-) Houthi"
    article = run("وقالت حركة الشباب في بيان إن مقاتلي الحركة سيطروا على القاعدة.")
    assert canonical(article, "مقاتلي الحركة") == "Al Shabaab"
    # Yemeni government copy calls the Houthis مليشيا الحوثي, then "the militia"
    article = run("صعدت مليشيا الحوثي هجماتها في تعز. وقالت مصادر إن المليشيا قصفت منزلا في قرية بمديرية مقبنة.")
    assert canonical(article, "المليشيا") == "Military Forces of Yemen (2016-) Houthi"


def test_a_repeated_head_noun_with_no_antecedent_so_named_falls_back_to_the_factions_rule():
    article = run("هاجم داعش قرية، وقال الجيش إن عناصر التنظيم انسحبوا.")
    assert canonical(article, "عناصر التنظيم") == canonical(article, "داعش") == "Islamic State (Syria)"
    # with nothing named before it, the weak form is an ordinary phrase
    assert "عناصر التنظيم" not in actors(run("وقال عناصر التنظيم إنهم لن يتراجعوا."))


def test_the_group_means_only_a_group_named_as_one():
    # an al-Qaeda-linked group the copy leaves unnamed is not al-Qaeda, nor is "the group" the Houthis named without
    # جماعة; the class rule, which would pick them, does not apply to الجماعة
    article = run("قال مسلحون مرتبطون بتنظيم القاعدة إنهم قتلوا جنودا. وقالت الجماعة إنها احتجزت جنديين.")
    assert "الجماعة" not in actors(article)
    article = run("هاجم تنظيم الدولة الإسلامية قرية، وقال الحوثيون إن عناصر الجماعة لن يتراجعوا.")
    assert "عناصر الجماعة" not in actors(article)


def test_generic_repeats_are_head_nouns_of_listed_actors():
    names = [a for row in load_table("actors.tsv").rows for a in split_cell(row["arabic"])]
    repeats = {x for row in load_table("actor_generic.tsv").rows for x in split_cell(row["repeats"])}
    assert repeats and all(any(n.split()[0] == head for n in names) for head in repeats)


def test_a_nationality_that_is_also_an_everyday_word_names_forces_only_after_soldiers():
    # ماليين is 'Malian' after soldiers and 'financial' elsewhere (خبراء ماليون، مساعدات مالية)
    assert canonical(run("قتل سبعة جنود ماليين في هجوم على ثكنة."), "ماليين") == "Military Forces of Mali (2021-)"
    assert canonical(run("وأصيب جنديان ماليان بجروح."), "ماليان") == "Military Forces of Mali (2021-)"
    assert not actors(run("ووصل خبراء ماليون إلى العاصمة لبحث مساعدات مالية."))
    assert not actors(run("وقال إن الغارات ماليين."))


def test_after_personnel_forms_are_no_plain_nationality_forms():
    rows = load_table("nationality_adjectives.tsv").rows
    plain = {f for row in rows for f in split_cell(row["forms"])}
    gated = {f for row in rows for f in split_cell(row["after_personnel"])}
    assert gated and not gated & plain


def test_a_generic_noun_inside_an_affiliation_apposition_refers_to_nothing():
    # الجماعة here describes al-Shabaab; al-Qaeda stays its parent, not a second party to the attack
    article = run("شنت حركة الشباب، الجماعة الإرهابية المرتبطة بتنظيم القاعدة، هجوما على قاعدة للجيش.")
    found = {m.text: (m.resolution.canonical if m.resolution else None, m.role) for m in article.mentions
             if m.kind is MentionKind.ACTOR}
    assert found["حركة الشباب"] == ("Al Shabaab", "")
    assert found["تنظيم القاعدة"][1] != ""
    assert "الجماعة" not in found


def test_government_forces_after_the_houthis_are_yemens_government():
    article = run("قصفت جماعة الحوثي مواقع في مديرية حيس. وقالت مصادر إن القوات الحكومية ردت على مصادر النيران "
                  "جنوب محافظة الحديدة.", published=datetime(2025, 6, 1, tzinfo=UTC), places=True)
    assert canonical(article, "القوات الحكومية") == "Military Forces of Yemen (2022-)"



def test_a_south_sudanese_community_names_its_militia():
    # مسلحون من المورلي في جنوب السودان: ACLED's "Murle Ethnic Militia (South Sudan)", the country named by its
    # ACLED name now that South Sudan has one
    article = run("هاجم مسلحون من المورلي قرية في جنوب السودان.", places=True)
    assert canonical(article, "مسلحون من المورلي") == "Murle Ethnic Militia (South Sudan)"
    article = run("قال المسؤول إن المهاجمين من جماعة المورلي في جنوب السودان.", places=True)
    assert canonical(article, "جماعة المورلي") == "Murle Ethnic Militia (South Sudan)"


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        # forces named by their function, with no actor named before them: the state where the sentence places them
        ("فرقت قوات حفظ النظام متظاهرين في البصرة.", "قوات حفظ النظام", "Police Forces of Iraq (2022-)"),
        ("ضبطت قوات حرس الحدود شحنة أسلحة قرب السلوم غرب مصر.", "قوات حرس الحدود", "Military Forces of Egypt (2014-)"),
        # a foreign backer named in the sentence does not own the region's forces
        (
            "سيطرت قوات المجلس الانتقالي المدعومة من الإمارات على مدينة سيئون بعد اشتباكات مع قوات المنطقة العسكرية "
            "الأولى في وادي حضرموت.",
            "قوات المنطقة العسكرية",
            "Military Forces of Yemen (2022-)",
        ),
        # the tribes' forces are ACLED's unidentified tribal militia of the country
        ("اندلعت اشتباكات بين قوات سوريا الديمقراطية وقوات العشائر في ريف دير الزور.", "قوات العشائر",
         "Unidentified Tribal Militia (Syria)"),
    ],
)
def test_function_named_forces_and_tribal_forces_are_named(text, mention, expected):
    article = run(text, published=datetime(2025, 6, 1, tzinfo=UTC), places=True)
    assert canonical(article, mention) == expected


def test_a_community_named_in_a_sentence_without_places_takes_the_articles_country():
    text = (
        "قتل سبعة أشخاص في هجوم على قرية في ولاية جونقلي بجنوب السودان. "
        "وقال المفوض إن المهاجمين ينتمون لجماعة المورلي العرقية."
    )
    article = run(text, places=True)
    assert canonical(article, "جماعة المورلي") == "Murle Ethnic Militia (South Sudan)"


def test_soldiers_counted_hurt_are_the_army_of_the_place_not_of_the_group_that_struck():
    # Islamic State (Sahel) is filed under Mali; the soldiers wounded at Niamey's airport are Niger's
    article = run("تبنى تنظيم الدولة الإسلامية هجوما على مطار نيامي. وخلف الهجوم إصابة 4 جنود بجروح.", places=True)
    assert canonical(article, "جنود") == "Military Forces of Niger (2023-)"


def test_an_armed_group_linked_to_a_named_one_is_that_group():
    # (Assad's loyalists are an actor from his fall, 8 December 2024)
    article = run("ألقت قوات الأمن القبض على مجموعة مسلحة خارجة عن القانون مرتبطة بفلول النظام البائد.",
                  published=datetime(2025, 11, 13, tzinfo=UTC))
    assert canonical(article, "مجموعة مسلحة") == "Assad Loyalists (Syria)"
    # a force of a state "belonging to" nobody named stays generic: no named group after the participle
    assert canonical(run("قتل ثلاثة في هجوم لمجموعة مسلحة مرتبطة بالتهريب."), "مجموعة مسلحة") != "Assad Loyalists (Syria)"


def test_the_islamic_state_in_the_dr_congo_is_coded_as_the_adf():
    article = run("هاجمت جماعة مرتبطة بتنظيم داعش كنيسة في بلدة كوماندا شرق الكونغو الديمقراطية.", places=True)
    assert canonical(article, "تنظيم داعش") == "ADF: Allied Democratic Forces"


def test_a_fallen_soldiers_unit_belongs_to_the_force_named_after_it():
    article = run("قتل جندي وأصيب 11 آخرون من قوات اللواء الثالث دعم وإسناد التابع للمجلس الانتقالي الجنوبي في أبين.",
                  published=datetime(2025, 9, 5, tzinfo=UTC), places=True)
    assert canonical(article, "جندي") == "STC: Southern Transitional Council"
    # with no unit named as belonging to anyone, the fallen soldier is his country's army
    article = run("قتل جندي في انفجار عبوة ناسفة في محافظة أبين.", published=datetime(2025, 9, 5, tzinfo=UTC), places=True)
    assert canonical(article, "جندي") == "Military Forces of Yemen (2022-)"


def test_puntlands_forces_and_fighters_belonging_to_a_named_group():
    article = run("قتل 27 جنديا من قوات ولاية بونتلاند في هجمات شنها عناصر من تنظيم داعش.",
                  published=datetime(2025, 2, 11, tzinfo=UTC))
    assert canonical(article, "قوات ولاية بونتلاند") == "Military Forces of Puntland (2024-)"
    article = run("ألقت قوات الأمن القبض على عشرات المقاتلين الأجانب المنتمين لتنظيم داعش في بونتلاند.",
                  published=datetime(2026, 1, 17, tzinfo=UTC), places=True)
    assert canonical(article, "المقاتلين") == "Islamic State (Somalia)"


def test_a_cell_holding_a_groups_creed_is_that_group_and_the_group_named_takes_no_part():
    article = run("أعلنت وزارة الداخلية اعتقال أفراد خلية إرهابية تحمل فكر تنظيم داعش في ريف اللاذقية.",
                  published=datetime(2025, 11, 25, tzinfo=UTC), places=True)
    assert canonical(article, "خلية إرهابية") == "Islamic State (Syria)"
    roles = {m.text: m.role for m in article.mentions_of(MentionKind.ACTOR)}
    assert roles["تنظيم داعش"] == "affiliation"


def test_a_report_that_names_no_place_takes_the_branch_of_the_country_its_adjectives_name():
    article = run("نفذ جهاز المخابرات الليبية اليوم عملية أسفرت عن تفكيك خلية إرهابية تابعة لتنظيم داعش.",
                  published=datetime(2025, 10, 19, tzinfo=UTC), places=True)
    assert canonical(article, "تنظيم داعش") == "Islamic State (Libya)"
    # two countries named by adjectives decide nothing
    article = run("قال مسؤولون ليبيون وتونسيون إن تنظيم داعش يجند عناصر.", published=datetime(2025, 10, 19, tzinfo=UTC),
                  places=True)
    assert canonical(article, "تنظيم داعش") == "Islamic State (Syria)"


def test_jubalands_forces():
    article = run("اندلعت اشتباكات عنيفة في بليد هاو بين قوات جوبالاند والحكومة الفيدرالية الصومالية.",
                  published=datetime(2025, 7, 28, tzinfo=UTC))
    assert canonical(article, "قوات جوبالاند") == "Military Forces of Jubaland (2013-)"


def test_a_juntas_forces_are_the_countrys_military():
    article = run("قصفت قوات المجلس العسكري قرية في ولاية راخين في ميانمار.", places=True)
    assert canonical(article, "قوات المجلس العسكري") == "Military Forces of Myanmar (2021-)"


def test_a_town_inside_an_organisations_name_gives_no_country_to_the_civilians():
    # البيضاء in الخوذ البيضاء (the White Helmets) is also a Libyan city
    article = run('قال الدفاع المدني السوري "الخوذ البيضاء" إن تسعة مدنيين أصيبوا في قصف على ريف إدلب الشمالي.',
                  published=MAY_2025, places=True)
    assert canonical(article, "مدنيين") == "Civilians (Syria)"


def test_the_islamic_state_in_turkey_and_in_yemen_are_its_branches_there():
    article = run("أوقفت الشرطة التركية عشرين شخصا يشتبه بانتمائهم لتنظيم داعش في مدينة يالوفا.",
                  published=datetime(2025, 12, 31, tzinfo=UTC), places=True)
    assert canonical(article, "تنظيم داعش") == "Islamic State (Turkey)"
    article = run("قتل ثلاثة جنود في هجوم شنه عناصر من تنظيم داعش على نقطة عسكرية في محافظة البيضاء اليمنية.",
                  published=datetime(2025, 12, 31, tzinfo=UTC), places=True)
    assert canonical(article, "تنظيم داعش") == "Islamic State (Yemen)"


def test_a_country_a_quoted_clause_opens_or_a_charge_names_is_its_forces():
    text = "قالت الحكومة الأفغانية إن باكستان قصفت منزلا في إقليم خوست."
    assert canonical(run(text, published=MAY_2025, places=True), "باكستان") == "Military Forces of Pakistan (2024-)"
    text = "اتهمت حكومة طالبان في أفغانستان، باكستان بشن غارات جوية على ثلاثة أقاليم."
    assert canonical(run(text, published=MAY_2025, places=True), "باكستان") == "Military Forces of Pakistan (2024-)"
    # a country charged with something other than an armed act, or said to do something peaceful, is no actor
    text = "اتهمت حكومة طالبان في أفغانستان، باكستان بدعم المتمردين."
    assert "باكستان" not in actors(run(text, published=MAY_2025, places=True))
    assert "فرنسا" not in actors(run("قال الرئيس إن فرنسا تدعم لبنان.", places=True))


def test_armed_after_a_dual_attack_noun_is_its_adjective_not_gunmen():
    article = run("قتل 60 شخصا في هجومين مسلحين إرهابيين في شمال مالي.", places=True)
    assert "مسلحين" not in actors(article) and "إرهابيين" not in actors(article)
    # men counted by a personnel noun are gunmen, and so are the gunmen of a singular attack
    assert canonical(run("قتل عنصرين مسلحين في اشتباك مع الجيش في شمال مالي.", places=True),
                     "مسلحين") == "Unidentified Armed Group (Mali)"
    assert "مسلحين" in actors(run("قتل 5 أشخاص في هجوم مسلحين على قرية في شمال مالي.", places=True))
    # نيران and طيران only end like a dual: the force after them is still read
    article = run("قتل خمسة بنيران الاحتلال في رفح.", places=True)
    assert canonical(article, "الاحتلال") == "Military Forces of Israel (2022-)"


def test_al_qaeda_in_the_sahel_is_jnim_unless_it_is_the_parent_named_after_jnim():
    article = run("قتل 49 مدنيا في هجوم لتنظيم القاعدة على زورق في شمال مالي.", published=MAY_2025, places=True)
    assert canonical(article, "تنظيم القاعدة") == "JNIM: Jamaah Nusrat al Islam wal Muslimin"
    article = run("أعلنت جماعة نصرة الإسلام والمسلمين المرتبطة بتنظيم القاعدة مسؤوليتها عن هجوم في وسط مالي.",
                  published=MAY_2025, places=True)
    assert canonical(article, "تنظيم القاعدة") == "Al Qaeda"
    assert {m.text: m.role for m in article.mentions_of(MentionKind.ACTOR)}["تنظيم القاعدة"] == "affiliation"
    # gunmen linked to the organisation are its branch of the country
    article = run("قتل 11 جنديا في هجوم شنه مسلحون مرتبطون بتنظيم القاعدة على قافلة في بوركينا فاسو.",
                  published=MAY_2025, places=True)
    assert canonical(article, "مسلحون") == "JNIM: Jamaah Nusrat al Islam wal Muslimin"


def test_the_organisation_a_group_is_allied_with_is_only_its_affiliation():
    article = run("قتل 41 في هجوم نفذه عناصر من القوات الديموقراطية المتحالفة مع تنظيم داعش الإرهابي على مدرسة في "
                  "غرب أوغندا.", published=MAY_2025, places=True)
    roles = {m.text: m.role for m in article.mentions_of(MentionKind.ACTOR)}
    assert roles["تنظيم داعش"] == "affiliation"
    assert canonical(article, "القوات الديموقراطية المتحالفة") == "ADF: Allied Democratic Forces"


def test_a_bare_army_is_the_state_the_places_name_not_an_armed_groups_country():
    # JNIM is filed under Mali, which says nothing of whose army it attacked in Benin
    article = run("أعلنت حكومة بنين مقتل جنود في هجوم نفذته جماعة نصرة الإسلام والمسلمين (JNIM). واستهدفت جماعة "
                  "نصرة الإسلام والمسلمين مركزين للجيش في شمال بنين.", published=MAY_2025, places=True)
    assert canonical(article, "جيش") == "Military Forces of Benin (2016-)"
    # an army named before is still the antecedent
    article = run("هاجم الجيش المالي مواقع لجماعة نصرة الإسلام والمسلمين قرب الحدود مع بنين. وقال الجيش إنه قتل "
                  "عشرة مسلحين.", published=MAY_2025, places=True)
    assert canonical(article, "الجيش") == "Military Forces of Mali (2021-)"


def test_crowds_of_a_report_that_names_its_country_only_by_adjective_are_that_countrys():
    # the comma right after the adjective (النيبالي،) is no part of it
    article = run("استقال رئيس الوزراء النيبالي، وسط احتجاجات عنيفة تحدى فيها المتظاهرون حظر التجول.", places=True)
    assert canonical(article, "المتظاهرون") == "Protesters (Nepal)"
    # two countries named by adjective leave the crowd's country unread
    article = run("التقى رئيس الوزراء النيبالي نظيره الهندي، فيما تحدى المتظاهرون حظر التجول.", places=True)
    assert canonical(article, "المتظاهرون") is None


def test_an_unnamed_group_known_by_a_name_is_that_name():
    article = run('نجحت قوات الأمن السورية في تفكيك "خلية إرهابية" تعرف باسم "سرايا الجواد" في مدينة جبلة.',
                  published=MAY_2025, places=True)
    found = actors(article)
    assert "سرايا الجواد" in found and found["سرايا الجواد"] is None
    assert "خلية إرهابية" not in found
    # with no name given the cell is still an unidentified armed group
    article = run('نجحت قوات الأمن السورية في تفكيك "خلية إرهابية" في مدينة جبلة.', published=MAY_2025, places=True)
    assert canonical(article, "خلية إرهابية") == "Unidentified Armed Group (Syria)"


def test_the_derna_council_is_read_only_in_its_years():
    text = 'اندلعت اشتباكات بين قوات القيادة العامة للجيش الليبي و"مجلس شورى المجاهدين" عند المدخل الغربي لمدينة درنة.'
    article = run(text, published=datetime(2017, 11, 27, tzinfo=UTC), places=True)
    assert canonical(article, "مجلس شورى المجاهدين") == "Mujahideen Shura Council of Derna"
    assert "LNA: Libyan National Army" in {r.canonical for r in actors(article).values() if r is not None}
    article = run('أعلن "مجلس شورى المجاهدين" مسؤوليته عن هجوم في بغداد.', published=datetime(2006, 5, 1, tzinfo=UTC))
    assert canonical(article, "مجلس شورى المجاهدين") != "Mujahideen Shura Council of Derna"


def test_the_opposition_is_never_the_islamic_state_it_fights():
    article = run("تمكن تنظيم الدولة من التقدم في ريف حلب الشمالي والسيطرة على سبع قرى بعد معارك مع فصائل المعارضة.",
                  published=datetime(2016, 6, 27, tzinfo=UTC), places=True)
    assert canonical(article, "تنظيم الدولة") == "Islamic State (Syria)"
    assert canonical(article, "فصائل المعارضة") != "Islamic State (Syria)"
    # the opposition factions an article names are still the group it named as leading them
    article = run("سيطرت هيئة تحرير الشام على مدينة حماة، وقالت فصائل المعارضة إنها تتقدم نحو حمص.", places=True)
    assert canonical(article, "فصائل المعارضة") == "Hayat Tahrir al Sham"
