"""A toll broken down after its total (ثمانية أشخاص، ستة من رجال الأمن واثنين من المدنيين) counts each person once,
and a suicide attacker told in the accusative (مهاجما انتحاريا فجر سيارته المفخخة) makes one suicide bombing."""

from datetime import UTC, datetime

from marsad.events.gold import code_with_oracle

DAY = datetime(2025, 2, 8, 12, tzinfo=UTC)
TOWN = {"text": "بلدوين", "name": "Beledweyne", "country_code": "SO"}


def _events(text: str) -> list[tuple[str, int | None, int | None]]:
    article = code_with_oracle(text, [TOWN], [], published=DAY)
    return [(e.sub_event_type, e.fatalities, e.injured) for e in article.events]


def test_the_parts_of_a_toll_are_not_added_to_it():
    text = (
        "قال مسؤول إن مهاجما انتحاريا فجر سيارته المفخخة اليوم قرب حاجز في مدينة بلدوين، ما أدى إلى مقتل "
        "تسعة أشخاص، سبعة من الجنود واثنين من المدنيين، وإصابة ستة أشخاص، أربعة منهم في حالة حرجة."
    )
    assert _events(text) == [("Suicide bomb", 9, 6)]


def test_a_second_group_joined_by_and_adds_to_the_first():
    text = "انفجرت عبوة ناسفة اليوم في مدينة بلدوين، ما أدى إلى مقتل خمسة جنود، وثلاثة مدنيين."
    assert _events(text) == [("Remote explosive/landmine/IED", 8, None)]


IDF = {"text": "قوات الاحتلال", "canonical": "Military Forces of Israel (2022-)", "inter": 8}
TWO_TOWNS = [{"text": "جنين", "name": "Jenin"}, {"text": "طولكرم", "name": "Tulkarm"}]


def _tolls(text: str) -> list[tuple[str, int | None]]:
    article = code_with_oracle(text, TWO_TOWNS, [IDF], published=DAY)
    return sorted((article.mention(e.location).text, e.fatalities) for e in article.events)


def test_an_ordinal_after_a_toll_adds_one_victim_at_the_next_place():
    text = "استشهد شابان برصاص قوات الاحتلال في جنين وثالث في طولكرم اليوم."
    assert _tolls(text) == [("جنين", 2), ("طولكرم", 1)]


def test_another_after_a_toll_adds_one_victim_at_the_next_place():
    text = "استشهد أربعة مواطنين برصاص قوات الاحتلال في جنين وآخر قرب طولكرم اليوم."
    assert _tolls(text) == [("جنين", 4), ("طولكرم", 1)]


def test_one_toll_for_two_places_is_still_shared():
    text = "استشهد أربعة مواطنين برصاص قوات الاحتلال في جنين وطولكرم اليوم."
    assert _tolls(text) == [("جنين", 2), ("طولكرم", 2)]


def test_others_killed_in_a_similar_strike_at_the_same_place_add_to_its_toll():
    text = (
        "قال مسعفون إن ثلاثة مواطنين استشهدوا في غارة لطائرات قوات الاحتلال على خيمة في جنين اليوم. "
        "وأفاد مستشفى المدينة باستشهاد مواطنين اثنين آخرين في غارة مماثلة على جنين."
    )
    assert _tolls(text) == [("جنين", 5)]


def test_a_second_victim_told_by_an_ordinal_adds_to_the_first():
    text = (
        "قالت مصادر طبية إن قوات الاحتلال قتلت شابا في جنين صباح اليوم. "
        "وأضافت أن قوات الاحتلال أطلقت النار مساء في جنين فقتلت شابا فلسطينيا ثانيا."
    )
    assert _tolls(text) == [("جنين", 2)]


def test_a_victim_told_as_the_second_does_not_add_to_a_total_of_two():
    # the headline already counts both; the ordinal only says there were at least two
    text = (
        "استشهاد شابين برصاص قوات الاحتلال في جنين\n"
        "قالت مصادر طبية إن قوات الاحتلال قتلت شابين في جنين اليوم. "
        "وأضافت أن قوات الاحتلال أطلقت النار مساء في جنين فقتلت شابا فلسطينيا ثانيا."
    )
    assert _tolls(text) == [("جنين", 2)]


def test_one_more_victim_told_by_another_adds_to_the_first():
    text = (
        "استشهد مواطن برصاص قوات الاحتلال في جنين صباح اليوم. "
        "واستشهد مواطن آخر برصاص قوات الاحتلال في جنين مساء اليوم."
    )
    assert _tolls(text) == [("جنين", 2)]


def test_another_after_a_conjunction_is_another_clause_not_another_victim():
    text = (
        "استشهد مواطن برصاص قوات الاحتلال في جنين اليوم. "
        "وقالت المصادر إن إطلاق النار في جنين أدى إلى مقتل مواطن وأصيب آخر بجروح."
    )
    assert _tolls(text) == [("جنين", 1)]


def test_two_tolls_of_one_strike_keep_the_lower():
    text = (
        "قال مسعفون إن ثلاثة مواطنين استشهدوا في غارة لطائرات قوات الاحتلال على جنين اليوم. "
        "وأفاد مستشفى المدينة بأن الغارة على جنين أدت إلى استشهاد أربعة مواطنين."
    )
    assert _tolls(text) == [("جنين", 3)]


def test_deaths_reported_with_no_number_take_acleds_figure_for_a_limited_event():
    # ACLED: deaths reported with no number are 3 for a limited event (10 only for a significant attack in a war zone)
    for text in ("أسفرت الغارة على مدينة جنين عن سقوط قتلى وجرحى.", "أسفرت الغارة على مدينة جنين عن سقوط عدد من الشهداء.",
                 # العديد من 'many of' is no number either
                 "أسفرت الغارة على مدينة جنين عن سقوط العديد من الشهداء والمصابين.",
                 "أسفرت الغارة على مدينة جنين عن مقتل العديد من المسلحين."):
        assert _tolls(text) == [("جنين", 3)], text
    # nobody killed, or a figure given, is not that
    assert _tolls("لم تسفر الغارة على مدينة جنين عن سقوط قتلى.") == [("جنين", 0)]
    assert _tolls("أسفرت الغارة على مدينة جنين عن مقتل خمسة وسقوط جرحى.") == [("جنين", 5)]


def test_a_singular_object_of_a_casualty_verb_counts_one():
    # قتلت قوات الاحتلال شابا: the accusative singular after the verb and its subject is one person killed
    assert _tolls("قتلت قوات الاحتلال شابا في جنين اليوم.") == [("جنين", 1)]
    assert _tolls("قتلت قوات الاحتلال 15 شابا في جنين اليوم.") == [("جنين", 15)]
    # an active verb of wounding says what the figure after it counts (أصابت اثنين: two wounded, not killed)
    assert _tolls("قتلت قوات الاحتلال شابا وأصابت اثنين آخرين في جنين اليوم.") == [("جنين", 1)]


def test_a_killing_beside_a_storming_or_an_arrest_is_its_own_violent_event():
    # the dead of a raid are coded; only a violent trigger beside a bare killing takes its toll instead
    article = code_with_oracle("اقتحمت قوات الاحتلال مدينة جنين وقتلت شابا.", TWO_TOWNS, [IDF], published=DAY)
    assert [e.fatalities for e in article.events] == [1]
    article = code_with_oracle("اعتقلت قوات الاحتلال ثلاثة شبان وقتلت خمسة آخرين في مدينة جنين.", TWO_TOWNS, [IDF],
                               published=DAY)
    assert sorted((e.sub_event_type, e.fatalities or 0) for e in article.events) == [("Arrests", 0), ("Attack", 5)]


def test_a_headline_total_is_not_lowered_by_the_body_telling_one_victim():
    text = (
        "مقتل جنديين بانفجار عبوة ناسفة في بلدوين\n\n"
        "قتل جندي اليوم بانفجار عبوة ناسفة زرعت على جانب طريق في مدينة بلدوين، "
        "ثم توفي جندي آخر متأثرا بجروحه."
    )
    assert [(s, f) for s, f, _ in _events(text)] == [("Remote explosive/landmine/IED", 2)]


def test_the_dead_of_both_sides_of_a_battle_are_added():
    # the army's dead in one clause, the militants' in the next: ACLED counts every death of the battle
    text = ("أعلن الجيش مقتل تسعة من جنوده اليوم في اشتباك قرب مدينة بلدوين، مضيفا أن 14 مسلحا قتلوا أيضا في "
            "الاشتباك.")
    assert _events(text) == [("Armed clash", 23, None)]


def test_a_headline_toll_of_one_side_yields_to_the_toll_of_both():
    text = ("مقتل ستة جنود في اشتباك قرب بلدوين\n\n"
            "قتل ستة جنود وأربعة مسلحين اليوم في اشتباك قرب مدينة بلدوين.")
    assert _events(text) == [("Armed clash", 10, None)]


def test_two_figures_for_the_same_soldiers_stay_rival_estimates():
    text = ("قتل سبعة جنود اليوم في اشتباك قرب مدينة بلدوين. وقالت مصادر محلية إن خمسة جنود قتلوا في اشتباك قرب "
            "مدينة بلدوين اليوم.")
    assert _events(text) == [("Armed clash", 5, None)]
