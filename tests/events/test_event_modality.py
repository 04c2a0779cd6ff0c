"""Statements of what someone will do, threatens or would do are no events: only what took place is coded."""

from datetime import UTC, datetime

import pytest

from marsad.events.gold import code_with_oracle
from marsad.events.modality import find_scopes
from marsad.model import Article
from marsad.readers import make_article
from marsad.text.stages import SentenceSplitter, TextNormalizer, Tokenizer

DAY = datetime(2025, 6, 2, 9, tzinfo=UTC)
RSF = {"text": "قوات الدعم السريع", "canonical": "Rapid Support Forces", "inter": 2}
FASHER = {"text": "الفاشر", "name": "El Fasher"}


def _coded(text: str, places: list[dict], actors: list[dict]) -> Article:
    return code_with_oracle(text, places, actors, published=DAY)


def _scoped_words(text: str) -> list[str]:
    article = make_article(text, "t")
    for stage in (TextNormalizer(), SentenceSplitter(), Tokenizer()):
        article = stage(article)
    tokens = article.tokens
    return [tokens[i].text for sc in find_scopes(tokens, 0, len(tokens), {}) for i in range(sc.start, sc.end)]


def test_an_attack_announced_in_the_future_tense_is_no_event():
    text = "وقالت قوات الدعم السريع إنها ستشن هجوما على مدينة الفاشر إذا لم ينسحب الجيش منها."
    assert _coded(text, [FASHER], [RSF]).events == ()


def test_a_future_verb_that_is_itself_the_trigger_is_no_event():
    text = "وقال قائد في قوات الدعم السريع إن مقاتليه سيقصفون مدينة الفاشر خلال أيام."
    assert _coded(text, [FASHER], [RSF]).events == ()


def test_a_shelling_that_happened_is_coded_beside_a_promise_to_go_on():
    text = "قصفت قوات الدعم السريع مدينة الفاشر صباح الأحد، وقالت إنها ستواصل عملياتها."
    assert [e.sub_event_type for e in _coded(text, [FASHER], [RSF]).events] == ["Shelling/artillery/missile attack"]


def test_words_that_only_begin_with_the_future_letter_open_no_scope():
    # ستة (six), سيطرة (control), سنة (year): the letter is part of the word, not the future's proclitic
    assert _scoped_words("سيطرت القوات على ستة مواقع خلال سنة.") == []


def test_the_future_scope_starts_at_the_verb_and_ends_with_its_clause():
    words = _scoped_words("وقال المتحدث إن الجماعة ستهاجم السفن، فيما قصفت الطائرات الميناء.")
    assert words[0] == "ستهاجم" and "قصفت" not in words


def test_the_eve_of_a_day_dates_its_clause_but_the_eve_of_an_event_opens_one():
    from marsad.events.modality import clause_bounds

    def clauses(text: str) -> list[str]:
        article = make_article(text, "t")
        for stage in (TextNormalizer(), SentenceSplitter(), Tokenizer()):
            article = stage(article)
        toks = article.tokens
        return [" ".join(t.text for t in toks[a:b]) for a, b in clause_bounds(toks, 0, len(toks))]

    assert len(clauses("دخلت الفصائل عشية السبت إلى البلدة")) == 1
    assert len(clauses("قصف الجيش البلدة عشية الانتخابات")) == 2


def test_the_negating_noun_negates_a_definite_trigger_too():
    # عدم زجهم في المعارك: 'not drawing them into the fighting' is what the army says it avoids, not a battle
    text = "وقالت قوات الدعم السريع إنها انسحبت حرصا على المدنيين وعدم زجهم في المعارك داخل مدينة الفاشر."
    assert all(e.sub_event_type != "Armed clash" for e in _coded(text, [FASHER], [RSF]).events)
    # beside it, the battle the same sentence reports is coded
    text = "اندلعت معارك عنيفة في مدينة الفاشر وسط عدم وضوح حصيلة القتلى."
    assert [e.sub_event_type for e in _coded(text, [FASHER], [RSF]).events] == ["Armed clash"]


def test_what_follows_the_day_after_belongs_to_another_day():
    # "the day after attacks that hit the city": those attacks were the day before's, coded on that day at their own
    # place, apart from the news
    text = ("قصفت قوات الدعم السريع مدينة الفاشر صباح الأحد، غداة هجمات قالت إنها استهدفت مواقع للجيش في مدينة"
            " الأبيض.")
    obeid = {"text": "الأبيض", "name": "El Obeid"}
    coded = _coded(text, [FASHER, obeid], [RSF])
    events = [(e.sub_event_type, coded.mention(e.location).text, e.date) for e in coded.events]
    assert events[0][:2] == ("Shelling/artillery/missile attack", "الفاشر")
    assert [(place, (events[0][2] - day).days) for _, place, day in events[1:]] == [("الأبيض", 1)]
    assert "هجمات" in _scoped_words("وقتل ثلاثة مدنيين في القصف، عشية هجمات شنها الجيش على المدينة.")


def test_a_force_that_could_not_repel_an_attack_fought_no_battle():
    assert "الهجوم" in _scoped_words("وقال إن القوات المتمركزة في البلدة لم تتمكن من صد الهجوم بسبب الفيضان.")


def test_a_failure_to_intercept_is_no_interception():
    text = "وقال مسؤول إن منظومات الدفاع فشلت في اعتراض صاروخين فوق مدينة الفاشر."
    assert all(e.sub_event_type != "Disrupted weapons use" for e in _coded(text, [FASHER], []).events)
    assert "اعتراض" in _scoped_words("وقالت إن الدفاعات الجوية فشلت في اعتراض المسيرات فوق المدينة.")


def _shelling_recap(day: str) -> list[str]:
    text = (
        "عاد الهدوء الحذر إلى أحياء مدينة الفاشر مساء اليوم بحسب سكان. "
        f"وكانت قوات الدعم السريع قد قصفت مدينة الفاشر {day} بالمدفعية الثقيلة."
    )
    return [e.sub_event_type for e in _coded(text, [FASHER], [RSF]).events]


def test_a_recap_of_an_earlier_event_of_the_same_day_is_coded():
    assert _shelling_recap("صباح اليوم") == ["Shelling/artillery/missile attack"]


def test_a_recap_of_an_earlier_day_or_of_no_day_is_background():
    assert _shelling_recap("أمس") == []
    assert _shelling_recap("مرارا") == []


def test_a_pluperfect_clause_dated_today_is_an_event_of_the_day():
    text = "أفاد مسعفون بأن قوات الدعم السريع كانت قد قصفت مدينة الفاشر فجر اليوم بالمدفعية."
    assert [e.sub_event_type for e in _coded(text, [FASHER], [RSF]).events] == ["Shelling/artillery/missile attack"]
    yesterday = "أفاد مسعفون بأن قوات الدعم السريع كانت قد قصفت مدينة الفاشر فجر أمس بالمدفعية."
    assert _coded(yesterday, [FASHER], [RSF]).events == ()


def test_fighting_named_as_the_setting_of_hardship_is_no_event():
    # في ظل المعارك 'amid the fighting' sets the scene for what the civilians endure; the shelling is the event
    text = ("قتل 17 شخصا في قصف لقوات الدعم السريع على مدينة الفاشر، فيما يعاني السكان من الجوع في ظل استمرار "
            "المعارك.")
    assert [e.sub_event_type for e in _coded(text, [FASHER], [RSF]).events] == ["Shelling/artillery/missile attack"]


def test_an_order_to_repel_any_incursion_is_no_clash():
    # لأي / بأي make what they govern and the verbal noun before them any event that may come, not one that happened
    scoped = _scoped_words("وكلف الرئيس الجيش بالتصدي لأي هجوم على القرى الحدودية.")
    assert "بالتصدي" in scoped and "هجوم" in scoped


def test_a_recommended_war_is_no_fighting():
    scoped = _scoped_words("وأوصت الأجهزة الأمنية بعملية عسكرية واسعة يستمر فيها القتال أسبوعا.")
    assert "القتال" in scoped


def test_weeks_of_fighting_told_as_a_whole_are_no_event_of_the_day():
    text = ("قصفت قوات الدعم السريع مدينة الفاشر صباح الأحد. "
            "وأنهت الهدنة ثلاثة أسابيع من المعارك التي خلفت أكثر من 900 قتيل في مدينة الفاشر.")
    events = _coded(text, [FASHER], [RSF]).events
    assert [e.sub_event_type for e in events] == ["Shelling/artillery/missile attack"]
    assert events[0].fatalities != 900


def test_hours_of_shelling_on_the_day_stay_an_event():
    # hours or days of fighting may be the report's own event; only a week or longer is a period told whole
    words = _scoped_words("شهدت المدينة ساعات من القصف العنيف. وبعد عامين من الحرب تستمر المعاناة.")
    assert "القصف" not in words and "الحرب" in words


def test_fighting_named_as_the_backdrop_is_no_event():
    # مع اشتداد القتال بين ...: the fighting the report sets its event against, not a battle of that day
    text = ("قتل عشرة مدنيين في قصف على مدينة الفاشر، مع اشتداد القتال بين الجيش وقوات الدعم السريع.")
    assert [e.sub_event_type for e in _coded(text, [FASHER], [RSF]).events] == ["Shelling/artillery/missile attack"]


def test_recurring_clashes_describing_a_town_are_no_event():
    # وتشهد المدينة اشتباكات متكررة: what the town usually sees, told as background to the day's event
    text = "وتشهد مدينة الفاشر اشتباكات مسلحة متكررة بين مجموعات تسعى للسيطرة على الأسواق."
    assert _coded(text, [FASHER], [RSF]).events == ()


def test_a_purpose_of_calling_for_something_covers_its_own_clause_only():
    # للمطالبة "to demand" qualifies the march; after the comma the report goes on with what the police did
    words = _scoped_words("خرج مئات في مسيرة للمطالبة بوقف القصف، وفرقت الشرطة المسيرة بالقوة.")
    assert "بوقف" in words and "وفرقت" not in words
    # a finite verb of calling still puts the rest of its sentence among what is called for
    words = _scoped_words("وطالبت الأمم المتحدة بوقف القصف، وفتح الطرق أمام المساعدات.")
    assert "بوقف" in words and "وفتح" in words


def _background_words(text: str) -> list[str]:
    article = make_article(text, "t")
    for stage in (TextNormalizer(), SentenceSplitter(), Tokenizer()):
        article = stage(article)
    tokens = article.tokens
    return [tokens[i].text for sc in find_scopes(tokens, 0, len(tokens), {}) if sc.modality == "background"
            for i in range(sc.start, sc.end)]


def test_a_frame_sets_the_news_against_background_from_its_link_word():
    # "this comes days after ...": what follows the link word is other, earlier news
    words = _background_words("وتأتي هذه الغارات بعد أيام من هجوم على قافلة للجيش قرب المدينة.")
    assert "هجوم" in words and "الغارات" not in words
    words = _background_words("ويأتي ذلك على خلفية خلافات بين الفصيلين على تقاسم المعابر.")
    assert "خلافات" in words
    # a concurrent link tells what happens meanwhile, which may be news of its own
    assert "قصفت" not in _background_words("يأتي ذلك فيما قصفت المدفعية بلدة مجاورة.")
    assert "رشقات" not in _background_words("ويأتي ذلك في ظل رشقات صاروخية أطلقت صباحا على المدينة.")
    # a contrast word ends the history and goes back to the news
    assert "قصفت" not in _background_words("ويأتي ذلك بعد هدنة هشة، غير أن المدفعية قصفت البلدة.")
    # a verb of coming with a subject of its own is no frame
    assert "الحاجز" not in _background_words("وجاء المسلحون بعد منتصف الليل إلى الحاجز وأطلقوا النار.")


def test_an_event_a_frame_dates_to_the_same_day_is_news():
    # "this ambush comes hours after a separate attack this morning": both are the day's events
    text = ("قتلت قوات الدعم السريع أربعة مدنيين في قصف على مدينة الفاشر مساء الاثنين. ويأتي هذا القصف عقب هجوم "
            "شنته القوات نفسها صباح الاثنين على مخيم أبو شوك.")
    camp = {"text": "مخيم أبو شوك", "name": "Abu Shouk"}
    a = _coded(text, [FASHER, camp], [RSF])
    assert len(a.events) == 2
    # dated to an earlier day, the same attack is history
    a = _coded(text.replace("صباح الاثنين", "صباح السبت"), [FASHER, camp], [RSF])
    assert [e.fatalities for e in a.events] == [4]


def test_the_event_a_frame_recalls_neither_replaces_nor_moves_the_news():
    text = ("قتلت قوات الدعم السريع أربعة مدنيين في قصف على مدينة الفاشر صباح الأحد. ويأتي هذا القصف بعد أيام من "
            "مقتل سبعة أشخاص في هجوم على مخيم أبو شوك.")
    camp = {"text": "مخيم أبو شوك", "name": "Abu Shouk"}
    a = _coded(text, [FASHER, camp], [RSF])
    assert [(e.sub_event_type, e.fatalities) for e in a.events] == [("Shelling/artillery/missile attack", 4)]


def test_a_frame_that_names_no_event_leaves_its_where_clause_in_the_news():
    # "these operations came after the positions were spotted, where the strikes hit hideouts in Sokolo"
    text = ("قصفت قوات الدعم السريع مدينة الفاشر صباح الأحد. وجاءت هذه العمليات بعد رصد مواقع الجيش، حيث "
            "استهدفت القذائف مخيم أبو شوك شمالي المدينة.")
    camp = {"text": "مخيم أبو شوك", "name": "Abu Shouk"}
    a = _coded(text, [FASHER, camp], [RSF])
    assert [a.mention(e.location).text for e in a.events] == ["الفاشر", "مخيم أبو شوك"]
    # a frame that names an earlier event keeps the حيث clause, which tells that event
    text = ("قصفت قوات الدعم السريع مدينة الفاشر صباح الأحد. وجاءت هذه العمليات بعد أيام من هجوم على مخيم أبو "
            "شوك، حيث قتل سبعة أشخاص.")
    a = _coded(text, [FASHER, camp], [RSF])
    assert [a.mention(e.location).text for e in a.events] == ["الفاشر"]


def test_a_frame_whose_link_names_a_time_keeps_its_where_clause_in_the_past():
    text = ("قصفت قوات الدعم السريع مدينة الفاشر صباح الأحد. وتأتي هذه المأساة بعد أسابيع قليلة من عمل شنيع آخر، "
            "حيث تسبب هجوم مماثل على مخيم أبو شوك في مقتل 25 شخصا.")
    camp = {"text": "مخيم أبو شوك", "name": "Abu Shouk"}
    a = _coded(text, [FASHER, camp], [RSF])
    assert [(a.mention(e.location).text, e.fatalities) for e in a.events] == [("الفاشر", None)]


def test_the_means_named_after_a_participle_of_using_is_no_event():
    # "pressing on the city, using shelling and starvation": the way a campaign is waged, not a shelling of the day
    text = "وتواصل قوات الدعم السريع حصار مدينة الفاشر، مستخدمة القصف والتجويع."
    assert _coded(text, [FASHER], [RSF]).events == ()
    # the strike the main verb reports is still coded, once
    text = "قصفت قوات الدعم السريع مدينة الفاشر مستخدمة الطائرات المسيرة."
    assert len(_coded(text, [FASHER], [RSF]).events) == 1


@pytest.mark.parametrize(
    ("quiet", "strike"),
    [
        # drones flown to watch; a drone that struck is a strike
        (["وقالت المصادر إن قوات الدعم السريع استخدمت طائرات مسيرة في المراقبة والاستطلاع فوق مدينة الفاشر.",
          "وحلقت مسيرة استطلاعية تابعة لقوات الدعم السريع فوق مدينة الفاشر صباح اليوم."],
         "وقصفت طائرة مسيرة تابعة لقوات الدعم السريع مدينة الفاشر صباح اليوم."),
        # an overflight; the drone that flew over and then struck is a strike, and a drone strike
        (["وحلقت طائرات مسيرة تابعة لقوات الدعم السريع على علو منخفض فوق مدينة الفاشر صباح اليوم.",
          "وشهدت مدينة الفاشر تحليقا مكثفا للطيران المسير التابع لقوات الدعم السريع."],
         "وحلقت طائرة مسيرة تابعة لقوات الدعم السريع فوق مدينة الفاشر ثم قصفت سوق المدينة."),
    ],
)
def test_drones_that_only_watch_or_fly_over_are_no_strike(quiet, strike):
    for text in quiet:
        assert _coded(text, [FASHER], [RSF]).events == ()
    assert [e.sub_event_type for e in _coded(strike, [FASHER], [RSF]).events] == ["Air/drone strike"]
