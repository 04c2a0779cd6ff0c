"""Wordings of state and partisan media that name ordinary events: an 'air aggression' is an air strike, two
protests in the dual are protests, and a journalist killed counts one dead."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import lru_cache

from marsad.extraction import default_pipeline
from marsad.readers import make_article
from marsad.records import event_records

DAY = datetime(2025, 7, 16, 12, tzinfo=UTC)


@lru_cache(maxsize=1)
def _pipeline():
    return default_pipeline()


def events(text: str) -> list[tuple]:
    return [(r["sub_event_type"], r["actor1"], r["location"], r["fatalities"])
            for r in event_records(_pipeline()(make_article(text, published=DAY)))]


def test_an_air_aggression_is_an_air_strike():
    assert events("شن الاحتلال الإسرائيلي عدوانا جويا استهدف مبنى وزارة الدفاع في دمشق، اليوم الأربعاء.") == [
        ("Air/drone strike", "Military Forces of Israel (2022-)", "Damascus", 0)]


def test_two_protests_in_the_dual_are_protests():
    found = events("فرقت قوات الأمن احتجاجين في مدينة اللاذقية أمس.")
    assert [(sub, place) for sub, _, place, _ in found] == [("Protest with intervention", "Lattakia")]


def test_a_journalist_killed_counts_one():
    found = events("استشهد إعلامي لبناني في غارة إسرائيلية على بلدة الخيام جنوب لبنان.")
    assert found == [("Air/drone strike", "Military Forces of Israel (2022-)", "Khiam", 1)]


def test_fire_opened_with_the_subject_between_verb_and_fire_is_an_attack():
    # أطلق مستوطنون النار على: Arabic puts the subject between the verb and its object
    found = events("أطلق مستوطنون النار على مزارعين في قرية قصرة جنوب نابلس.")
    assert [(sub, actor, place) for sub, actor, place, _ in found] == [("Attack", "Settlers (Israel)", "Qusrah")]
    # the fire of a ceasefire is no attack
    assert [sub for sub, *_ in events("أعلن الطرفان وقف إطلاق النار على جبهة الفاشر.")] == ["Agreement"]


def test_a_dated_toll_update_is_the_report_of_its_event():
    # the lead updates a toll and tells the event nowhere else: its figure is the toll, its day the event's
    found = events("ارتفع عدد ضحايا السيارة المفخخة التي انفجرت في مدينة منبج بريف حلب، مساء أمس الثلاثاء، إلى أربعة "
                   "قتلى.")
    assert found == [("Remote explosive/landmine/IED", "Unidentified Armed Group (Syria)", "Menbij", 4)]
    # with no day of its own it refers to an event reported before, on a day the article does not give
    assert events("ارتفعت حصيلة ضحايا القصف على سوق كبكابية بشمال دارفور إلى أكثر من مئة قتيل.") == []


def test_a_day_between_the_casualty_word_and_the_civilians_keeps_them_victims():
    found = [r["actor2"] for r in event_records(_pipeline()(make_article(
        "قُتل الاثنين عشرة مدنيين في قصف على مدينة الأبيض.", published=DAY)))]
    assert found == ["Civilians (Sudan)"]


def test_a_protest_that_turned_into_clashes_is_a_violent_demonstration():
    found = events("خرج مئات المحتجين في مقديشو في تظاهرة تحولت إلى اشتباكات عنيفة مع قوات الأمن.")
    assert [sub for sub, *_ in found] == ["Violent demonstration"]


def test_a_claim_that_leads_names_and_dates_the_attack_told_after_it():
    text = ("أعلنت حركة الشباب، المرتبطة بتنظيم القاعدة، مسؤوليتها عن الهجوم الانتحاري الذي استهدف أمس الثلاثاء ثكنة "
            "عسكرية في مقديشو. ونفذ مسلح تفجيرا انتحاريا استهدف بوابة القاعدة العسكرية وسط العاصمة مقديشو.")
    recs = list(event_records(_pipeline()(make_article(text, published=DAY))))
    assert [(r["sub_event_type"], r["actor1"], r["event_date"]) for r in recs] == [
        ("Suicide bomb", "Al Shabaab", "2025-07-15")]
    assert "Al Shabaab" in recs[0]["source"]


def test_a_sentence_that_places_the_incident_told_before_locates_it():
    found = events("أطلق جنود إسرائيليون النار على دورية لقوات اليونيفيل في جنوب لبنان. ووقع الحادث قرب بلدة كفرشوبا.")
    assert [place for *_, place, _ in found] == ["Kfar Shouba"]
    # an indefinite incident is another one: it places nothing told before
    found = events("أطلق جنود إسرائيليون النار على دورية لقوات اليونيفيل في جنوب لبنان. وفي حادث منفصل في طرابلس لم يصب "
                   "أحد.")
    assert [place for *_, place, _ in found] == ["Lebanon"]


def test_a_toll_update_raises_the_toll_of_the_event_it_updates():
    found = events("انفجرت سيارة مفخخة في منبج أمس ما أدى إلى مقتل شخصين. وارتفعت حصيلة قتلى الانفجار اليوم إلى أربعة "
                   "قتلى.")
    assert found == [("Remote explosive/landmine/IED", "Unidentified Armed Group (Syria)", "Menbij", 4)]


def test_a_toll_that_rose_after_its_generic_noun_updates_the_attack():
    # حصيلة الهجوم ارتفعت إلى: the update puts the generic noun before its verb; it raises the toll of the attack told
    # in the lead, placed in the country and in its village at once
    found = events("قتل ثمانية مدنيين يوم الجمعة في هجوم مسلح في شمال مالي، حيث هاجم مسلحون قرية ديالوبي. وقال سكان إن "
                   "حصيلة الهجوم ارتفعت إلى 11 قتيلا بعد وفاة جرحى.")
    assert [f for *_, f in found] == [11]


def test_a_toll_so_far_in_a_re_mention_is_the_events_toll_but_not_a_wars():
    # وحتى الآن لقي أكثر من 30 شخصا مصرعهم جراء قصف الطيران: "so far" updates the toll of the strike the lead told
    found = events("قصف الطيران الحربي سوقا شعبيا في مدينة الفاشر اليوم ما أدى إلى مقتل عدد من المدنيين. وحتى الآن لقي "
                   "أكثر من 30 شخصا مصرعهم جراء قصف الطيران للسوق.")
    assert [f for *_, f in found] == [30]
    # a tally since the war began is not this strike's
    found = events("قصف الطيران الحربي سوقا شعبيا في مدينة الفاشر اليوم ما أدى إلى مقتل 4 مدنيين. وحتى الآن قتل أكثر "
                   "من 3000 شخص في قصف الطيران منذ بدء الحرب.")
    assert [f for *_, f in found] == [4]


def test_the_operation_told_next_places_the_arrests_and_names_the_cell():
    # تفكيك خلية في محافظة حماة ... نفذت الوحدات عملية أمنية في منطقة السلمية استهدفت وكرا لتنظيم داعش: the operation
    # is the arrests, at the district it names, of the group whose den it raided
    text = ("أعلنت وزارة الداخلية السورية اليوم تفكيك خلية إرهابية والقبض على أربعة من أفرادها في محافظة حماة. وقال "
            "قائد الأمن الداخلي إن الوحدات المختصة نفذت عملية أمنية في منطقة السلمية استهدفت وكرا لتنظيم داعش.")
    records = event_records(_pipeline()(make_article(text, published=DAY)))
    assert [(r["sub_event_type"], r["location"], r["actor2"]) for r in records] == [
        ("Arrests", "As-Salamiyeh", "Islamic State (Syria)")]


def test_a_killing_beside_a_clause_of_what_has_gone_on_for_years_is_the_news():
    # قتل أكثر من 15 مدنيا على يد مسلحين الأحد في منطقة أمهرة التي تشهد منذ سنوات هجمات: the attacks "for years" are
    # history; the killing of Sunday is the event
    found = events("قتل أكثر من 15 مدنيا على يد مسلحين الأحد في منطقة أمهرة الإثيوبية التي تشهد منذ سنوات هجمات تشنها "
                   "مجموعات مسلحة.")
    assert [(sub, f) for sub, _, _, f in found] == [("Attack", 15)]


def test_a_market_looted_by_gunmen_against_a_backdrop_of_fighting():
    # نهب السوق من قبل مسلحين، على خلفية الاشتباكات بين الجيش والدعم السريع مساء الثلاثاء: the backdrop's forces are
    # no side of the looting; gunmen told again as gunmen name no group; the incident of the looting is the looting;
    # and the market is civilians' property
    text = ("تعرض السوق الكبير بمدينة الفاشر إلى عمليات نهب واسعة اليوم من قبل مسلحين، على خلفية الاشتباكات بين الجيش "
            "والدعم السريع مساء الثلاثاء الماضي. وقال شاهد إن مسلحين دخلوا السوق ونهبوا المحلات. وأضاف أن أي قوة لم "
            "تتدخل بعد إخطارها بحادثة نهب السوق.")
    records = event_records(_pipeline()(make_article(text, published=DAY)))
    assert [(r["sub_event_type"], r["actor1"], r["actor2"]) for r in records] == [
        ("Looting/property destruction", "Unidentified Armed Group (Sudan)", "Civilians (Sudan)")]


def test_a_backdrop_of_the_reports_own_day_stays_news():
    # على خلفية ... مدير الكهرباء الذي اغتيل ظهر اليوم بهجوم مسلح: the killing of today told as the backdrop is news
    found = events("انهار الوضع الأمني في ناحية السلام بمحافظة ميسان، على خلفية دخول قوة من الجيش في اشتباكات مع قتلة "
                   "مدير كهرباء الناحية الذي اغتيل ظهر اليوم بهجوم مسلح.")
    assert "Attack" in [sub for sub, *_ in found]


def test_people_who_met_their_death_at_the_hands_of_gunmen_are_the_attacks_toll():
    # لقي ما لا يقل عن 9 أشخاص مصرعهم على يد مسلحين: the death noun is the killing, with its figure between
    found = events("لقي ما لا يقل عن 9 أشخاص مصرعهم على يد مسلحين مجهولين في ولاية كاتسينا بشمال نيجيريا أمس.")
    assert [(sub, f) for sub, _, _, f in found] == [("Attack", 9)]
