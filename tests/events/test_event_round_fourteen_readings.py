"""Readings the fourteenth round of blind sets (142-144) showed missing, each on a sentence of our own: what a ship had
done before, aid trucks entering, a court's sentences and charges, and a war museum."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

from tests.events.coding import coded

DAY = datetime(2025, 10, 14, 12, tzinfo=UTC)  # a Tuesday

_coded = partial(coded, published=DAY)


def test_what_a_ship_had_done_before_is_no_news():
    text = ("نظمت القوات البحرية الروسية اليوم احتفالا في القاعدة البحرية الروسية بمدينة طرطوس، حيث استعرضت فرقاطة "
            "\"الأميرال غريغوروفيتش\"، التي سبق وأطلقت عدة صواريخ \"كاليبر\" باتجاه الأراضي السورية.")
    assert _coded(text, "sub_event_type") == []
    # a bare سبق أن may tell this month's earlier deed, which stays news
    text = "قتل مسلحان اليوم في اشتباك مع الجيش في منطقة كشتوار، إذ سبق أن قتل ثلاثة مسلحين في عملية مماثلة."
    assert [r[0] for r in _coded(text, "sub_event_type")] == ["Armed clash"]


def test_aid_trucks_entering_take_no_ground_and_seize_nothing():
    text = "أعلن برنامج الأغذية العالمي دخول 137 شاحنة إلى قطاع غزة محملة بالمساعدات الغذائية لدعم تشغيل المخابز."
    assert _coded(text, "sub_event_type") == []


def test_a_courts_sentences_and_charges_tell_no_new_attack():
    text = ("وذكرت الوكالة أن المحكمة العسكرية في مدينة الإسكندرية أصدرت الخميس حكماً بإعدام 17 متهماً. ووجهت المحكمة "
            "تهما للمدانين بتفجير الكنيسة البطرسية بالعباسية.")
    assert _coded(text, "sub_event_type") == []
    text = ("اتهمت محكمة مقاطعة ستوكهولم عميدا سابقا في الجيش السوري بارتكاب جرائم حرب. وقالت إنه زود القيادة العسكرية "
            "بمعلومات سببت هجمات أسفرت عن مقتل عدد كبير من المدنيين في حمص.")
    assert _coded(text, "sub_event_type") == []
    # a group that committed a massacre is its actor
    text = "أفادت مصادر اليوم الاثنين أن الدعم السريع قامت بارتكاب مجزرة في قرية أم كويكة بولاية الجزيرة."
    assert [r[0] for r in _coded(text, "actor1")] == ["Rapid Support Forces"]


def test_the_weapons_of_a_war_museum_are_exhibits():
    text = ("صواريخ وطائرات حربية ودبابات وقذائف يجدها الزائر أمام ناظريه وهو يدلف إلى أروقة المتحف الحربي البريطاني "
            "في لندن.")
    assert _coded(text, "sub_event_type") == []
