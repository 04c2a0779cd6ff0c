"""Rules prompted by the seventh held-out set: displacement figures for several places, a speaker's own forces,
stopped or to-be-stopped fighting, tribal names that look like triggers, and the wounded of a dispersed protest."""

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.events.gold import code_with_oracle
from marsad.model import Article

DAY = datetime(2024, 12, 5, 10, tzinfo=UTC)
TOWNS = [("حيس", "Hays"), ("الخوخة", "Al Khawkhah"), ("التحيتا", "At Tuhayta"), ("زبيد", "Zabid")]


def _coded(text: str, places: list[dict], actors: list[dict] = ()) -> Article:
    return code_with_oracle(text, places, actors, published=DAY)


@settings(max_examples=25, deadline=None)
@given(figure=st.integers(2, 900_000), k=st.integers(2, 4))
def test_one_displacement_figure_for_several_places_is_one_record(figure, k):
    towns = TOWNS[:k]
    named = "مديريات " + " و".join(t for t, _ in towns)
    text = f"قالت المنظمة الدولية للهجرة إن {figure} شخص نزحوا من {named} جراء المواجهات."
    places = [{"text": t, "name": n, "role": "region"} for t, n in towns]
    a = _coded(text, places)
    assert [(e.sub_event_type, e.displaced) for e in a.events] == [("Other", figure)]
    event = a.events[0]
    assert a.mention(event.location).text == towns[0][0]
    assert all(name in event.notes for _, name in towns)  # the note names every place the figure covers


def test_a_displacement_figure_for_one_place_stays_with_it():
    a = _coded("نزح نحو 3 آلاف شخص من بلدة الخيام خلال اليومين الماضيين.", [{"text": "بلدة الخيام", "name": "Khiam"}])
    assert [(e.sub_event_type, e.displaced) for e in a.events] == [("Other", 3000)]


def test_flight_told_without_a_figure_is_no_event():
    # a long insurgency's toll of losses and flight is background; flight with no figure carries nothing to code
    text = ("وتواجه البلاد منذ 16 عاما تمردا لمسلحين في بلدة الخيام؛ ما تسبب في وقوع خسائر بشرية كبيرة وعمليات "
            "نزوح وأزمة إنسانية متفاقمة.")
    assert _coded(text, [{"text": "بلدة الخيام", "name": "Khiam"}]).events == ()
    a = _coded("نزح سكان بلدة الخيام اليوم هربا من القصف.", [{"text": "بلدة الخيام", "name": "Khiam"}])
    assert "Other" not in [e.sub_event_type for e in a.events]


def test_the_speaker_whose_forces_fought_is_a_side():
    text = "وقال متحدث باسم الجيش السوداني إن قواته صدت هجوما لقوات الدعم السريع على مدينة الفاشر"
    actors = [
        {"text": "الجيش السوداني", "canonical": "Military Forces of Sudan", "inter": 1},
        {"text": "قوات الدعم السريع", "canonical": "Rapid Support Forces", "inter": 2},
    ]
    a = _coded(text, [{"text": "مدينة الفاشر", "name": "El Fasher"}], actors)
    (event,) = a.events
    assert event.sub_event_type == "Armed clash"
    sides = {a.mention(x).text for x in event.actor1[:1] + event.actor2[:1]}
    assert sides == {"الجيش السوداني", "قوات الدعم السريع"}


def test_the_speaker_of_another_forces_attack_is_still_no_side():
    text = "قالت جماعة الحوثي إن غارات جوية أمريكية استهدفت مطار الحديدة، الأحد."
    actors = [
        {"text": "جماعة الحوثي", "canonical": "Houthi Movement", "inter": 2},
        {"text": "أمريكية", "canonical": "Military Forces of the United States", "inter": 8},
    ]
    a = _coded(text, [{"text": "مطار الحديدة", "name": "Al Hudaydah Airport"}], actors)
    (event,) = a.events
    assert [a.mention(x).text for x in event.actor1] == ["أمريكية"]
    assert not event.actor2


def test_fighting_an_agreement_stops_is_not_coded_but_locates_it():
    text = "توصل وجهاء القبيلتين إلى اتفاق لوقف الاقتتال في منطقة الفولة بغرب كردفان، الخميس."
    places = [{"text": "منطقة الفولة", "name": "Al Fula"}, {"text": "غرب كردفان", "name": "West Kordofan", "role": "region"}]
    a = _coded(text, places)
    assert [(e.sub_event_type, a.mention(e.location).text) for e in a.events] == [("Agreement", "منطقة الفولة")]


def test_fire_a_group_says_it_would_stop_is_not_coded():
    text = "وقال مسؤول في الحركة إنها ستوقف إطلاق الصواريخ على مدينة عسقلان إذا انسحب الجيش من المحور."
    assert _coded(text, [{"text": "مدينة عسقلان", "name": "Ashkelon"}]).events == ()


def test_a_tribe_named_like_a_drone_is_no_drone_strike():
    text = "اندلعت اشتباكات بين مسلحين من قبيلتي المسيرية والرزيقات في منطقة الفولة، الخميس."
    a = _coded(text, [{"text": "منطقة الفولة", "name": "Al Fula"}])
    assert [e.sub_event_type for e in a.events] == ["Armed clash"]


def test_a_dispersed_protest_counts_its_wounded():
    text = "فرقت الشرطة بالقوة متظاهرين في مدينة الناصرية، ما أدى إلى إصابة 15 شخصا، الخميس."
    actors = [{"text": "متظاهرين", "canonical": "Protesters (Iraq)", "inter": 6}]
    a = _coded(text, [{"text": "مدينة الناصرية", "name": "Nasiriyah"}], actors)
    (event,) = a.events
    assert event.sub_event_type == "Protest with intervention"
    assert (event.injured, event.fatalities) == (15, None)


def test_a_ship_hit_by_a_projectile_is_a_missile_attack():
    text = "قالت الهيئة إن سفينة تجارية أصيبت بمقذوف مجهول غرب ميناء الحديدة، الخميس، دون وقوع إصابات."
    a = _coded(text, [{"text": "ميناء الحديدة", "name": "Al Hudaydah Port"}])
    assert [(e.sub_event_type, e.fatalities) for e in a.events] == [("Shelling/artillery/missile attack", 0)]


def test_a_group_claiming_the_attack_is_its_perpetrator():
    text = "قتل 20 شخصا في تفجير انتحاري استهدف مطعما في مقديشو، مساء الجمعة، وتبنت حركة الشباب الهجوم."
    a = _coded(text, [{"text": "مقديشو", "name": "Mogadishu"}], [{"text": "حركة الشباب", "canonical": "Al Shabaab", "inter": 2}])
    assert [(e.sub_event_type, e.fatalities) for e in a.events] == [("Suicide bomb", 20)]  # the claimed attack only
    assert [a.mention(x).text for x in a.events[0].actor1] == ["حركة الشباب"]


def test_fighting_next_to_a_camp_stays_a_battle():
    text = "أصيب ثلاثة شبان برصاص قوات الاحتلال خلال مواجهات اندلعت في مخيم الفارعة جنوب طوباس، الخميس."
    places = [{"text": "مخيم الفارعة", "name": "Al Far'a Camp"}, {"text": "طوباس", "name": "Tubas"}]
    a = _coded(text, places, [{"text": "قوات الاحتلال", "canonical": "Military Forces of Israel", "inter": 8}])
    assert [(e.sub_event_type, e.injured) for e in a.events] == [("Armed clash", 3)]


def test_the_group_announcing_a_strike_is_its_actor_and_the_sea_its_place():
    text = "أعلن الحوثيون استهداف سفينة أمريكية في خليج عدن بعدد من الصواريخ البحرية، الخميس."
    places = [{"text": "خليج عدن", "name": "Gulf of Aden", "feature": "sea", "geo_precision": 3}]
    actors = [
        {"text": "الحوثيون", "canonical": "Houthi Movement", "inter": 2},
        {"text": "أمريكية", "canonical": "Military Forces of the United States", "inter": 8},
    ]
    a = _coded(text, places, actors)
    (event,) = a.events
    assert event.sub_event_type == "Shelling/artillery/missile attack"
    assert [a.mention(x).text for x in event.actor1] == ["الحوثيون"]
    assert a.mention(event.location).text == "خليج عدن"


def test_a_group_whose_fighters_fired_is_actor1_of_the_strike():
    text = "أعلن حزب الله أن مقاتليه استهدفوا بصواريخ الكاتيوشا ثكنة زرعيت، الخميس."
    a = _coded(text, [{"text": "ثكنة زرعيت", "name": "Zar'it"}], [{"text": "حزب الله", "canonical": "Hezbollah", "inter": 3}])
    (event,) = a.events
    assert [a.mention(x).text for x in event.actor1] == ["حزب الله"]


def test_police_dispersing_a_protest_are_actor2():
    text = "فرقت قوات الأمن بالقوة متظاهرين في مدينة الناصرية، الخميس."
    actors = [{"text": "قوات الأمن", "canonical": "Police Forces of Iraq", "inter": 1}]
    a = _coded(text, [{"text": "مدينة الناصرية", "name": "Nasiriyah"}], actors)
    (event,) = a.events
    assert event.event_type == "Protests"
    assert not event.actor1
    assert [a.mention(x).text for x in event.actor2] == ["قوات الأمن"]


def test_two_mentions_of_one_place_do_not_divide_the_toll():
    text = "استشهد 12 فلسطينيا في غارة إسرائيلية على حي الشيخ رضوان شمال مدينة غزة، الخميس."
    places = [{"text": "حي الشيخ رضوان", "name": "Gaza", "id": "gaza"}, {"text": "مدينة غزة", "name": "Gaza", "id": "gaza"}]
    a = _coded(text, places, [{"text": "إسرائيلية", "canonical": "Military Forces of Israel", "inter": 8}])
    assert [(e.sub_event_type, e.fatalities) for e in a.events] == [("Air/drone strike", 12)]


def test_feared_or_imminent_attacks_are_not_coded():
    places = [{"text": "مدينة الأبيض", "name": "El Obeid"}]
    actors = [{"text": "قوات الدعم السريع", "canonical": "Rapid Support Forces", "inter": 2}]
    for text in (
        "ويخشى سكان مدينة الأبيض من هجوم لقوات الدعم السريع.",
        "وتحدث شهود عن هجوم وشيك لقوات الدعم السريع على مدينة الأبيض.",
    ):
        assert _coded(text, places, actors).events == (), text


def test_arrests_of_last_year_are_history():
    text = "وطالبت عائلاتهم بالإفراج عن المعتقلين الذين اعتقلتهم قوات الأمن في مدينة البصرة العام الماضي."
    actors = [{"text": "قوات الأمن", "canonical": "Police Forces of Iraq", "inter": 1}]
    assert _coded(text, [{"text": "مدينة البصرة", "name": "Basra"}], actors).events == ()


def test_what_a_protest_is_against_is_neither_event_nor_place():
    places = [{"text": "مدينة تعز", "name": "Taiz"}, {"text": "غزة", "name": "Gaza"}]
    a = _coded("خرج المئات في مدينة تعز احتجاجا على القصف للأحياء السكنية، الجمعة.", places)
    assert [(e.sub_event_type, a.mention(e.location).text) for e in a.events] == [("Peaceful protest", "مدينة تعز")]
    a = _coded("تظاهر الآلاف في مدينة تعز تضامنا مع غزة، الجمعة.", places)
    assert [(e.sub_event_type, a.mention(e.location).text) for e in a.events] == [("Peaceful protest", "مدينة تعز")]
    assert _coded("استقال الوزير احتجاجا على قصف مدينة تعز.", places).events == ()


def test_an_announced_takeover_with_the_actors_pronoun_is_coded():
    actors = [{"text": "قوات الدعم السريع", "canonical": "Rapid Support Forces", "inter": 2}]
    places = [{"text": "مدينة سنجة", "name": "Sinja"}]
    a = _coded("أعلنت قوات الدعم السريع سيطرتها على مدينة سنجة، السبت.", places, actors)
    assert [e.sub_event_type for e in a.events] == ["Non-state actor overtakes territory"]
    assert _coded("وقالت قوات الدعم السريع إن مدينة سنجة تحت سيطرتها منذ أشهر.", places, actors).events == ()


def test_exchanged_shelling_during_a_battle_is_the_battle():
    text = "تجددت المعارك بين الجيش وقوات الدعم السريع في محيط مدينة الفاشر، الأحد، وسط قصف مدفعي متبادل."
    a = _coded(text, [{"text": "مدينة الفاشر", "name": "El Fasher"}])
    assert [e.sub_event_type for e in a.events] == ["Armed clash"]


def test_fighters_of_the_speaker_act_against_the_force_they_hit():
    text = "أعلنت كتائب القسام أن مقاتليها فجروا عبوة ناسفة بقوة إسرائيلية في حي الأمل غرب خان يونس."
    actors = [
        {"text": "كتائب القسام", "canonical": "Hamas Movement", "inter": 2},
        {"text": "إسرائيلية", "canonical": "Military Forces of Israel", "inter": 8},
    ]
    a = _coded(text, [{"text": "حي الأمل", "name": "Al Amal"}], actors)
    (event,) = a.events
    assert event.sub_event_type == "Remote explosive/landmine/IED"
    assert [a.mention(x).text for x in event.actor1] == ["كتائب القسام"]
    assert [a.mention(x).text for x in event.actor2] == ["إسرائيلية"]


def test_a_relative_named_alone_counts_one():
    text = "قتل ثلاثة أطفال وأصيبت والدتهم بانفجار لغم في بلدة تفتناز، الثلاثاء."
    a = _coded(text, [{"text": "بلدة تفتناز", "name": "Taftanaz"}])
    assert [(e.fatalities, e.injured) for e in a.events] == [(3, 1)]


def test_shelling_that_breaks_a_ceasefire_is_coded():
    text = "خرقت قوات النظام وقف إطلاق النار بقصف مدفعي على بلدة كفرنبل، الخميس."
    a = _coded(text, [{"text": "بلدة كفرنبل", "name": "Kafr Nabl"}])
    assert [e.sub_event_type for e in a.events] == ["Shelling/artillery/missile attack"]


def test_a_claim_that_is_the_only_report_of_the_attack_is_coded():
    text = "وتبنى تنظيم الدولة الإسلامية الهجوم الذي استهدف حافلة لعناصر الجيش السوري في بادية تدمر."
    actors = [
        {"text": "تنظيم الدولة الإسلامية", "canonical": "Islamic State", "inter": 2},
        {"text": "الجيش السوري", "canonical": "Military Forces of Syria", "inter": 1},
    ]
    a = _coded(text, [{"text": "بادية تدمر", "name": "Palmyra desert", "role": "region"}], actors)
    (event,) = a.events
    assert [a.mention(x).text for x in event.actor1] == ["تنظيم الدولة الإسلامية"]


def test_a_group_claiming_responsibility_for_an_attack_on_its_own_is_the_report():
    # مسؤوليتها عن هجوم: عن before an attack word says what the claim is about; it names no control over it
    text = "أعلنت حركة الشباب مسؤوليتها عن هجوم استهدف قاعدة عسكرية قرب بلدة جوهر، صباح اليوم."
    actors = [{"text": "حركة الشباب", "canonical": "Al Shabaab", "inter": 2}]
    a = _coded(text, [{"text": "بلدة جوهر", "name": "Jawhar"}], actors)
    (event,) = a.events
    assert event.sub_event_type == "Armed clash"
    assert [a.mention(x).text for x in event.actor1] == ["حركة الشباب"]


def test_an_attack_on_a_convoy_of_an_army_has_that_army_as_its_target():
    # قافلة للجيش، القاعدة الرئيسية للجيش: the force joined by ل to what was aimed at owns it and is attacked
    actors = [
        {"text": "جماعة نصرة الإسلام والمسلمين", "canonical": "JNIM", "inter": 2},
        {"text": "للجيش المالي", "canonical": "Military Forces of Mali", "inter": 1},
    ]
    text = "شنت جماعة نصرة الإسلام والمسلمين هجوما استهدف قافلة للجيش المالي قرب مدينة كاي، أمس."
    a = _coded(text, [{"text": "مدينة كاي", "name": "Kayes"}], actors)
    (event,) = a.events
    assert [a.mention(x).text for x in event.actor1] == ["جماعة نصرة الإسلام والمسلمين"]
    assert [a.mention(x).text for x in event.actor2] == ["للجيش المالي"]
    army = [{"text": "للجيش السوداني", "canonical": "Military Forces of Sudan", "inter": 1}]
    a = _coded("استهدفت طائرة مسيرة القاعدة الرئيسية للجيش السوداني في مدينة كوستي فجر اليوم.",
               [{"text": "مدينة كوستي", "name": "Kosti"}], army)
    (event,) = a.events
    assert event.actor1 == () and [a.mention(x).text for x in event.actor2] == ["للجيش السوداني"]
    army = [{"text": "الجيش السوداني", "canonical": "Military Forces of Sudan", "inter": 1}]
    a = _coded("استهدفت طائرة مسيرة القاعدة الرئيسية لـ الجيش السوداني في مدينة كوستي فجر اليوم.",
               [{"text": "مدينة كوستي", "name": "Kosti"}], army)
    (event,) = a.events
    assert event.actor1 == () and [a.mention(x).text for x in event.actor2] == ["الجيش السوداني"]


def test_the_group_claiming_an_attack_of_gunmen_names_them():
    text = ("هاجم مسلحون مواقع للجيش في مدينة جيبو يوم الأحد، وأعلنت جماعة نصرة الإسلام والمسلمين مسؤوليتها عن "
            "الهجوم.")
    actors = [
        {"text": "مسلحون", "canonical": "Unidentified Armed Group (Burkina Faso)", "inter": 3,
         "actor_type": "unidentified armed group"},
        {"text": "جماعة نصرة الإسلام والمسلمين", "canonical": "JNIM", "inter": 2},
    ]
    a = _coded(text, [{"text": "مدينة جيبو", "name": "Djibo"}], actors)
    (event,) = a.events
    assert [a.mention(x).text for x in event.actor1] == ["جماعة نصرة الإسلام والمسلمين"]


def test_the_speaker_is_the_subject_of_an_active_verb_after_its_pronoun():
    text = "أعلنت القوات المسلحة السودانية أنها دمرت مخازن أسلحة لقوات الدعم السريع في مدينة نيالا بغارات جوية."
    actors = [
        {"text": "القوات المسلحة السودانية", "canonical": "Military Forces of Sudan", "inter": 1},
        {"text": "قوات الدعم السريع", "canonical": "Rapid Support Forces", "inter": 2},
    ]
    a = _coded(text, [{"text": "مدينة نيالا", "name": "Nyala"}], actors)
    (event,) = a.events
    assert event.sub_event_type == "Air/drone strike"
    assert [a.mention(x).text for x in event.actor1] == ["القوات المسلحة السودانية"]
    assert [a.mention(x).text for x in event.actor2] == ["قوات الدعم السريع"]


def test_a_modality_cue_inside_a_groups_name_is_part_of_the_name():
    # نصرة opens a purpose phrase (نصرة لغزة) but in جماعة نصرة الإسلام والمسلمين it is the group's name
    text = "تبنت جماعة نصرة الإسلام والمسلمين هجوما على قاعدة عسكرية في بلدة بوني."
    actors = [{"text": "جماعة نصرة الإسلام والمسلمين", "canonical": "JNIM: Jamaah Nusrat al Islam wal Muslimin",
               "inter": 2}]
    a = _coded(text, [{"text": "بلدة بوني", "name": "Boni"}], actors)
    (event,) = a.events
    assert [a.mention(x).text for x in event.actor1] == ["جماعة نصرة الإسلام والمسلمين"]


def test_attackers_getting_away_are_no_displacement():
    text = "اغتال مسلحون مجهولون عنصرا في الشرطة في بلدة حيس، ولاذوا بالفرار على متن دراجة نارية."
    actors = [{"text": "مسلحون مجهولون", "canonical": "Unidentified Armed Group (Yemen)", "inter": 3}]
    a = _coded(text, [{"text": "حيس", "name": "Hays"}], actors)
    assert len(a.events) == 1 and a.events[0].sub_event_type != "Other"
    text = "يستهدف المسلحون ضحاياهم من مسافة قريبة في بلدة حيس ثم يفرون، بحسب مصادر أمنية."
    assert not [e for e in _coded(text, [{"text": "حيس", "name": "Hays"}]).events if e.sub_event_type == "Other"]
