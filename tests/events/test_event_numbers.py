"""Numbers: Arabic number words and digits, what they count, vague and approximate figures."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.events.numbers import NumberRecognizer, parse_number
from marsad.model import Article, MentionKind, NumberResolution
from marsad.readers import make_article
from marsad.text.stages import SentenceSplitter, TextNormalizer, Tokenizer

UNITS_M = ["", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"]
UNITS_F = ["", "واحدة", "اثنتان", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثماني", "تسع", "عشر"]
UNITS_OBL = ["", "واحد", "اثنين", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"]
TEEN_HEAD = ["", "أحد", "اثنا", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة"]
TENS_NOM = ["", "", "عشرون", "ثلاثون", "أربعون", "خمسون", "ستون", "سبعون", "ثمانون", "تسعون"]
TENS_OBL = ["", "", "عشرين", "ثلاثين", "أربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين"]
HUNDREDS = ["", "مئة", "مئتان", "ثلاثمئة", "أربعمئة", "خمسمئة", "ستمئة", "سبعمئة", "ثمانمئة", "تسعمئة"]
HUNDREDS_ALT = ["", "مائة", "مائتين", "ثلاث مئة", "أربعمائة", "خمس مئة", "ستمائة", "سبع مئة", "ثمانمائة", "تسع مئة"]


def below_thousand(n: int, variant: int) -> str:
    """Arabic words for 1..999 (variant picks gender, case and spelling)."""
    h, r = divmod(n, 100)
    parts = []
    if h:
        parts.append((HUNDREDS_ALT if variant & 1 else HUNDREDS)[h])
    if r:
        if r <= 10:
            units = (UNITS_M, UNITS_F, UNITS_OBL)[variant % 3]
            parts.append(units[r])
        elif r < 20:
            parts.append(f"{TEEN_HEAD[r - 10]} {'عشرة' if variant & 2 else 'عشر'}")
        else:
            tens, ones = divmod(r, 10)
            ten = (TENS_OBL if variant & 2 else TENS_NOM)[tens]
            parts.append(f"{(UNITS_M if variant & 4 else UNITS_F)[ones]} و{ten}" if ones else ten)
    return " و".join(parts)


def scaled(k: int, one: str, two: str, plural: str, acc: str, variant: int) -> str:
    if k == 1:
        return one
    if k == 2:
        return two
    if 3 <= k <= 10:
        return f"{below_thousand(k, variant)} {plural}"
    return f"{below_thousand(k, variant)} {acc if variant & 8 else one}"


def arabic_words(n: int, variant: int = 0) -> str:
    """Write ``n`` (0..10,000,000) in Arabic words, as wire copy does."""
    if n == 0:
        return "صفر"
    millions, rest = divmod(n, 1_000_000)
    thousands, units = divmod(rest, 1000)
    parts = []
    if millions:
        parts.append(scaled(millions, "مليون", "مليونان" if variant & 1 else "مليونين", "ملايين", "مليونا", variant))
    if thousands:
        parts.append(scaled(thousands, "ألف", "ألفان" if variant & 1 else "ألفين", "آلاف", "ألفا", variant))
    if units:
        parts.append(below_thousand(units, variant))
    return " و".join(parts)


@settings(max_examples=400, deadline=None)
@given(st.integers(min_value=0, max_value=10_000_000), st.integers(min_value=0, max_value=15))
def test_number_words_round_trip(n, variant):
    words = arabic_words(n, variant)
    assert parse_number(words) == n, words


def test_edges_round_trip():
    for n in (0, 1, 2, 10, 11, 12, 19, 20, 21, 99, 100, 101, 200, 999, 1000, 2000, 3200, 10_000, 11_000, 50_000,
              100_000, 999_999, 1_000_000, 2_000_000, 10_000_000):  # fmt: skip
        for variant in range(16):
            assert parse_number(arabic_words(n, variant)) == n, arabic_words(n, variant)


def test_forms_from_the_issue():
    assert parse_number("خمسين ألف") == 50_000
    assert parse_number("ثلاثة آلاف ومئتان") == 3200
    assert parse_number("عشرة") == 10
    assert parse_number("50 ألفا") == 50_000
    assert parse_number("1,200") == 1200
    assert parse_number("1.5 مليون") == 1_500_000
    assert parse_number("٣٤ ألفا") == 34_000
    assert parse_number("عشرات الآلاف") == 10_000
    assert parse_number("مئات") == 100
    assert parse_number("قتلى") is None


def _numbers(text: str, published=None) -> list[NumberResolution]:
    a: Article = make_article(text, published=published)
    for stage in (TextNormalizer(), SentenceSplitter(), Tokenizer(), NumberRecognizer()):
        a = stage(a)
    out = []
    for m in a.mentions_of(MentionKind.NUMBER):
        assert a.raw[m.start : m.end] == m.text
        out.append(m.resolution)
    return out


def test_bodies_recovered_are_dead():
    (r,) = _numbers("وتمكن المسعفون من انتشال 40 جثمانا من تحت الأنقاض.")
    assert (r.value, r.counts) == (40, "killed")


def test_a_speaker_named_after_a_toll_is_not_counted_with_it():
    # قتل خمسة ... وثمانية counts both; after a reporting cue, وأحد السكان is who speaks, not a sixth victim
    (toll, speaker) = _numbers("قتل 30 جنديا في الهجوم، وفق ما أفاد مسؤول محلي وأحد السكان.")
    assert (toll.value, toll.counts) == (30, "killed")
    assert speaker.counts == ""
    (first, second) = _numbers("قتل خمسة من الجنود وثمانية من المسلحين.")
    assert second.counts == "killed"


def test_what_a_number_counts():
    (r,) = _numbers("قتل خمسة مدنيين في غارة جوية.")
    assert (r.value, r.counts) == (5, "killed")
    (r,) = _numbers("أسفر القصف عن سقوط 12 قتيلا.")
    assert (r.value, r.counts) == (12, "killed")
    (r,) = _numbers("وأصيب 7 أشخاص بجروح.")
    assert r.value == 7
    (r,) = _numbers("أسفر الانفجار عن إصابة عشرين شخصا.")
    assert (r.value, r.counts) == (20, "injured")
    (r,) = _numbers("ويوقع عشرات القتلى والجرحى في صفوف المسلحين.")
    assert (r.value, r.counts, r.approximate) == (10, "killed_or_injured", True)
    (r,) = _numbers("ودفع التصعيد قرابة خمسين ألف شخص الى الفرار من منازلهم.")
    assert (r.value, r.counts, r.approximate) == (50_000, "displaced", True)
    (r,) = _numbers("شنت القوات حملة أسفرت عن اعتقال 30 شخصا.")
    assert (r.value, r.counts) == (30, "detained")


def test_approximations_and_ranges():
    (r,) = _numbers("قتل أكثر من 40 شخصا.")
    assert (r.value, r.approximate, r.low) == (40, True, 40)
    (r,) = _numbers("قتل ما لا يقل عن عشرة أشخاص.")
    assert (r.value, r.low, r.counts) == (10, 10, "killed")
    (r,) = _numbers("قتل بين 10 و15 شخصا.")
    assert (r.value, r.low, r.high) == (10, 10, 15)


def test_cumulative_totals_are_marked():
    (r,) = _numbers("ليرتفع عدد الشهداء إلى 34 ألفا منذ بدء الحرب.")
    assert (r.value, r.counts, r.cumulative) == (34_000, "killed", True)
    # the cue may stand well before the figure, with the campaign it counts in between
    (r,) = _numbers("وقالت الوزارة إن حصيلة القتلى منذ اندلاع المعارك في ولاية الجزيرة بلغت الآن 812 قتيلا.")
    assert (r.value, r.cumulative) == (812, True)
    # 'so far' before or after the figure
    (r,) = _numbers("وخلفت المواجهات حتى الآن أكثر من ستمئة قتيل في الولاية.")
    assert (r.value, r.cumulative) == (600, True)
    (r,) = _numbers("قتل 45 شخصا في المعارك حتى الآن.")
    assert (r.value, r.cumulative) == (45, True)
    (r,) = _numbers("قتل 8 أشخاص حتى صباح اليوم.")
    assert (r.value, r.cumulative) == (8, False)
    # what a war or a conflict has caused is its running toll, with no word of 'so far'; a strike's is its own
    (r,) = _numbers("وأسفرت الحرب عن مقتل أكثر من 40 ألف شخص.")
    assert (r.value, r.cumulative) == (40_000, True)
    (r,) = _numbers("وهو النزاع الذي خلف 150 ألف قتيل.")
    assert (r.value, r.cumulative) == (150_000, True)
    (r,) = _numbers("وأسفرت الغارة عن مقتل 5 أشخاص.")
    assert (r.value, r.cumulative) == (5, False)
    # الآن loses its article and hamza in matching and would read as أن: 'pointing out that two ...' is no total
    (r,) = _numbers("مشيرا إلى أن اثنين من الجرحى توفيا في المستشفى.")
    assert r.cumulative is False
    # but only a running-total cue reaches that far: a day's toll in a long sentence stays the day's
    (r,) = _numbers("وقالت الوزارة في بيان صدر مساء الأحد عن مكتبها في مدينة بورتسودان إن القصف قتل 9 مدنيين.")
    assert (r.value, r.cumulative) == (9, False)


def test_an_indefinite_singular_casualty_noun_counts_one():
    assert [(r.value, r.counts) for r in _numbers("أدت الغارة إلى سقوط قتيل وإصابة أربعة أشخاص بجروح.")] == [
        (1, "killed"), (4, "injured")]
    assert [(r.value, r.counts) for r in _numbers("أسفر القصف عن شهيد وجريح.")] == [(1, "killed"), (1, "injured")]
    # a numeral before it counts it already; بين قتيل وجريح gives no figure; the definite noun counts nobody new
    assert [(r.value, r.counts) for r in _numbers("قتل مئة قتيل في المعركة.")] == [(100, "killed")]
    assert _numbers("أسفر القصف عن ضحايا بين قتيل وجريح.") == []
    assert _numbers("نقل القتيل إلى المستشفى.") == []


def test_numbers_naming_a_unit_count_nothing():
    # the brigade's and the division's numbers count nobody; the commander killed is one death
    assert [r.value for r in _numbers("قتل قائد اللواء 444 داخل مقر الفرقة 25 في المدينة.")] == [1]
    (r,) = _numbers("قتل 12 جنديا من الفرقة الرابعة.")
    assert (r.value, r.counts) == (12, "killed")


def test_years_dates_and_times_are_not_quantities():
    assert _numbers("منذ اندلاع النزاع عام 2011.") == []
    assert _numbers("في 3 ديسمبر 2024 عند الساعة 10:30.") == [] or all(r.counts == "" for r in _numbers("x"))
    values = [r.value for r in _numbers("قتل 3 أشخاص في 12 آذار.")]
    assert values == [3]


def test_dual_nouns_count_two():
    assert [(r.value, r.counts) for r in _numbers("أسفر القصف عن سقوط قتيلين وجريحين.")] == [
        (2, "killed"),
        (2, "injured"),
    ]
    assert [(r.value, r.counts) for r in _numbers("قتل جنديان في الهجوم.")] == [(2, "killed")]
    assert [(r.value, r.counts) for r in _numbers("ما أدى إلى مقتل متظاهر.")] == [(1, "killed")]


def test_a_dual_noun_before_a_dual_verb_counts_two():
    assert [(r.value, r.counts) for r in _numbers("وقال المحافظ إن مدنيين اثنين جرحا وإن شخصين قتلا في القصف.")] == [
        (2, "injured"),
        (2, "killed"),
    ]


def test_a_singular_noun_with_its_numeral_is_one_person():
    assert [(r.value, r.counts) for r in _numbers("لقي رجل واحد حتفه في الغارة.")] == [(1, "killed")]


def test_at_least_after_the_figure_still_lets_the_verb_say_what_it_counts():
    # وقالت خدمة الطوارئ إن خمسة على الأقل قتلوا: the hedge stands between the figure and its verb
    [killed] = _numbers("وقالت خدمة الطوارئ إن خمسة على الأقل قتلوا في الضربات.")
    assert (killed.value, killed.counts, killed.low, killed.approximate) == (5, "killed", 5, True)
    [wounded] = _numbers("وقال المسعفون إن 30 على الأقل أصيبوا بجروح.")
    assert (wounded.value, wounded.counts) == (30, "injured")


def test_a_figure_of_injuries_counted_by_the_noun_after_it():
    # headline style: "N dead and M injuries", the singular verbal noun after 11..99 counts the wounded
    assert [(r.value, r.counts) for r in _numbers("ثلاثة قتلى و14 إصابة في قصف على بلدة المنصورة.")] == [
        (3, "killed"), (14, "injured")]
    assert [(r.value, r.counts) for r in _numbers("قتيلان و23 إصابة في غارة على السوق.")] == [
        (2, "killed"), (23, "injured")]
    # but with و in front it opens the next figure, and the count before it keeps what it was
    assert [(r.value, r.counts) for r in _numbers("أسفرت الضربة عن مقتل 35 شخصا وإصابة 90 آخرين.")] == [
        (35, "killed"), (90, "injured")]
    assert [(r.value, r.counts) for r in _numbers("أسفر الاشتباك عن مقتل شخصين وإصابة ثلاثة.")] == [
        (2, "killed"), (3, "injured")]


def test_a_nationality_after_a_counted_victim_is_its_adjective_not_a_second_victim():
    # قتلت القوات طفلا فلسطينيا: one Palestinian child; the adjective is no second accusative victim
    assert [(r.value, r.counts) for r in _numbers("قتلت قوات الاحتلال طفلا فلسطينيا في جنين.")] == [(1, "killed")]
    # joined by و they are two victims
    assert [(r.value, r.counts) for r in _numbers("قتلت قوات الاحتلال شابا وطفلا في جنين.")] == [
        (1, "killed"), (1, "killed")]


def test_a_counted_noun_that_begins_with_fa_keeps_its_first_letter():
    a = make_article("قتلت قوات الاحتلال فلسطينيا في جنين.")
    for stage in (TextNormalizer(), SentenceSplitter(), Tokenizer(), NumberRecognizer()):
        a = stage(a)
    assert [m.text for m in a.mentions_of(MentionKind.NUMBER)] == ["فلسطينيا"]


def test_a_killing_told_with_a_pronoun_counts_the_men_it_refers_to():
    # استهدفوه ... ما أدى إلى مقتله: the pronoun on the casualty noun says one (مقتله) or two (مقتلهما) were killed
    dual = [n for n in _numbers("أطلق مسلحون النار على عنصرين من الشرطة، ما أدى إلى مقتلهما على الفور.")
            if n.counts == "killed"]
    assert [n.value for n in dual] == [2]
    one = [n for n in _numbers("اغتال مسلحون قياديا في الأمن العام أمام منزله، ما أدى إلى مقتله.") if n.counts == "killed"]
    assert [n.value for n in one] == [1]
    # لقي جنديان مصرعهما: the idiom's pronoun repeats the figure before it and counts nothing of its own
    assert [n.value for n in _numbers("لقي جنديان مصرعهما في انفجار عبوة.") if n.counts == "killed"] == [2]


def test_one_after_a_family_or_a_house_is_an_adjective_not_a_figure():
    # "of one family", "in a single house": no one more is counted
    assert [r.value for r in _numbers("قضى خمسة مدنيين من أسرة واحدة في القصف.")] == [5]
    assert [r.value for r in _numbers("قتل طفلان في منزل واحد بعد الغارة.")] == [2]
    # a counted noun followed by واحد is still a figure of one
    assert [r.value for r in _numbers("أصيب عنصر واحد من الشرطة.")] == [1]


def test_a_dual_of_nationality_or_status_counts_two():
    # the nominative dual of a people or of who the dead were (فلسطينيان، مواطنان، مسعفان) is a figure of two, as
    # شابان or شخصان already are; the oblique/plural form (فلسطينيين) stays the noun a numeral counts
    (r,) = _numbers("واستشهد فلسطينيان اليوم في غارة على منزل شرقي المدينة.")
    assert (r.value, r.counts) == (2, "killed")
    (r,) = _numbers("قتل مواطنان، أحدهما طفل، بقصف استهدف بلدتهما أمس.")
    assert (r.value, r.counts) == (2, "killed")
    (r,) = _numbers("وأصيب مسعفان بجروح خلال إخلاء المصابين.")
    assert (r.value, r.counts) == (2, "injured")
    (r,) = _numbers("واستشهد ثلاثة فلسطينيين في القصف.")
    assert r.value == 3
    # a dual adjective after a counted noun, or a dual the numeral after it counts, adds nobody
    assert [(r.value, r.counts) for r in _numbers("قتل شرطيان لبنانيان في الكمين.")] == [(2, "killed")]
    assert [(r.value, r.counts) for r in _numbers("واستشهد مواطنان اثنان في القصف.")] == [(2, "killed")]


def test_a_singular_victim_joined_to_a_count_by_wa_is_one_more():
    # the officer is counted beside the four soldiers, while واحد after a noun counts that noun itself
    assert sorted(r.value for r in _numbers("أسفر الهجوم عن مقتل ضابط وأربعة جنود.")) == [1, 4]
    assert [r.value for r in _numbers("لقي شخص واحد حتفه في القصف.")] == [1]


def test_a_titled_victim_counts_one_and_kin_joined_to_him_one_more():
    # مقتل قيادي: a leader or official killed is one death, and و joins his wife to him as a second victim, across the
    # words that describe him
    assert [r.value for r in _numbers("أعلن الجيش مقتل قيادي ميداني في الحركة.")] == [1]
    assert sorted(r.value for r in _numbers("قتل مسؤول حكومي كبير وزوجته بقصف على منزلهما.")) == [1, 1]
    # the title of a speaker is no victim
    assert [r.value for r in _numbers("وقال مسؤول إن القصف قتل ثلاثة مدنيين.")] == [3]


def test_a_person_joined_to_a_counted_figure_is_one_more():
    # مقتل 3 جنود وضابط: the officer joined by و to the three soldiers is a fourth victim, as is a friend named after a
    # count of brothers; 52 شابا ورجلا is one group of 52 (the accusative singular after 11-99 names the counted noun)
    assert sorted(r.value for r in _numbers("أسفرت المواجهة عن مقتل 3 جنود وضابط برتبة نقيب.")) == [1, 3]
    assert sorted(r.value for r in _numbers("قتل خمسة إخوة مدنيين وصديقهم في قصف على سيارتهم.")) == [1, 5]
    assert [r.value for r in _numbers("أسفر الهجوم عن مقتل 31 شابا ورجلا في القرية.")] == [31]


def test_a_hedge_typed_without_its_space_still_hedges_a_number_word():
    (r,) = _numbers("أسفر الهجوم عن سقوط نحوخمسين قتيلا.")
    assert (r.value, r.counts) == (50, "killed")
    # the word نحو alone, or a word that only starts like it, is no number
    assert _numbers("تقدمت القوات نحوالمدينة.") == []


def test_took_the_life_of_and_rose_a_martyr_count_the_dead():
    # أودى بحياة "took the life of" and ارتقى "rose (a martyr)" govern a death toll as مقتل does
    (r,) = _numbers("قال سكان إن قصفا على السوق أودى بحياة 6 وأسفر عن إصابة آخرين.")
    assert (r.value, r.counts) == (6, "killed")
    (r,) = _numbers("الغارة أودت بحياة خمسة مدنيين.")
    assert (r.value, r.counts) == (5, "killed")
    (r,) = _numbers("ارتقى مواطن شهيدا صباح اليوم بغارة على سيارته.")
    assert (r.value, r.counts) == (1, "killed")


def test_a_singular_subject_of_a_verb_of_dying_after_anna_is_one_dead():
    # أن فلسطينيا استشهد: the noun comes before its verb, so no cue governs it, yet the clause tells one death
    (r,) = _numbers("وذكرت مصادر طبية أن فلسطينيا استشهد برصاص الجيش في البلدة.")
    assert (r.value, r.counts) == (1, "killed")
    (r,) = _numbers("وأفاد الأهالي بأن شابا قتل بنيران مجهولين.")
    assert (r.value, r.counts) == (1, "killed")
    # a wounded subject is no death, and the noun with no complementizer before it is left as it was
    assert [(r.value, r.counts) for r in _numbers("وقالت المصادر إن شابا أصيب بجروح.")] != [(1, "killed")]


def test_fell_counts_the_dead_only_when_the_figure_counts_people():
    # سقط/سقوط "fell": of people it means they were killed, of shells only that they landed
    (r,) = _numbers("وسقط أربعة عناصر من الشرطة خلال الهجوم على المخفر.")
    assert (r.value, r.counts) == (4, "killed")
    (r,) = _numbers("أدى القصف إلى سقوط مدني في القرية.")
    assert (r.value, r.counts) == (1, "killed")
    (r,) = _numbers("وأبلغ السكان عن سقوط 7 قذائف هاون على الحي.")
    assert (r.value, r.counts) == (7, "")
    # an after-word still says what the figure counts: fallen wounded are wounded
    (r,) = _numbers("وسقط 12 جريحا في الانفجار.")
    assert (r.value, r.counts) == (12, "injured")
    # a numeral after its noun counts that noun, people who fell among them
    assert [(r.value, r.counts) for r in _numbers("أسفرت الغارة عن سقوط قتيل واحد على الأقل.")] == [(1, "killed")]


def test_a_numeral_after_a_casualty_noun_counts_what_the_noun_names():
    assert [(r.value, r.counts) for r in _numbers("وأسفر الانفجار عن قتيل واحد وجريحين.")] == [
        (1, "killed"), (2, "injured")]
    # a person noun says nothing of its own: the numeral after it counts what a verb makes of it
    assert [(r.value, r.counts) for r in _numbers("وشوهد شخص واحد يغادر المبنى.")] == [(1, "")]


def test_the_meaning_of_a_person_noun_is_not_read_from_the_next_figure():
    # أشخاص takes its meaning from the verbal noun before it; جرحى belongs to the figure that follows
    assert [(r.value, r.counts) for r in _numbers("أدت الغارة إلى مقتل 4 أشخاص وسقوط 10 جرحى.")] == [
        (4, "killed"), (10, "injured")]
    assert [(r.value, r.counts) for r in _numbers("أدت الغارة إلى مقتل 4 أشخاص و10 جرحى.")] == [
        (4, "killed"), (10, "injured")]
    # two figures of people joined by و share the verb after them
    assert [(r.value, r.counts) for r in _numbers("وقالت المصادر إن 9 جنود و11 مسلحا سقطوا في المعارك.")] == [
        (9, "killed"), (11, "killed")]


def test_a_named_definite_victim_after_a_verb_of_dying_or_wounding_is_one():
    (r,) = _numbers("استشهد الشاب محمد أحمد برصاص الاحتلال في جنين.")
    assert (r.value, r.counts) == (1, "killed")
    (r,) = _numbers("أصيب الطفل مطهر عبدالله بشظية في القصف.")
    assert (r.value, r.counts) == (1, "injured")
    # after a verbal noun other than قتل the definite noun is no count of its own
    assert [x for x in _numbers("وأعلنت الوزارة مقتل الشاب محمد أحمد.") if x.counts == "killed"] == []


def test_a_soldier_named_by_rank_after_a_verb_of_dying_is_one():
    (r, other) = _numbers("قُتل الجندي سالم ودود الصبيحي وأصيب آخر خلال التصدي لهجوم حوثي.")
    assert (r.value, r.counts) == (1, "killed") and (other.value, other.counts) == (1, "injured")
    (r,) = _numbers("استشهد العقيد أحمد الخطيب في قصف على مقر القيادة.")
    assert (r.value, r.counts) == (1, "killed")


def test_one_of_a_group_of_people_counts_one_when_a_casualty_word_governs_it():
    (r, two) = _numbers("أفادت الوكالة بمقتل أحد عناصر الأمن العام وإصابة اثنين في كمين.")
    assert (r.value, r.counts, two.value) == (1, "killed", 2)
    (r,) = _numbers("قتل أحد الجنود في هجوم على حاجز.")
    assert (r.value, r.counts) == (1, "killed")
    # one of the places is no one; أحد before عشر is eleven
    assert [x for x in _numbers("سيطرت القوات على أحد المواقع بعد معارك.") if x.counts] == []
    assert [(x.value, x.counts) for x in _numbers("قتل أحد عشر جنديا.")] == [(11, "killed")]


def test_a_statement_s_list_of_the_dead_counts_each_part_and_a_tally_word_is_transparent():
    # official statements: "(قتل) ضابط وأمين شرطة وعدد 6 مجندين"; عدد 'number of' before a figure hides no cue
    counts = [(r.value, r.counts) for r in _numbers('وتابع البيان: "(قتل) ضابط وأمين شرطة وعدد 6 مجندين".')]
    assert counts == [(1, "killed"), (6, "killed")]
    assert [(r.value, r.counts) for r in _numbers("أسفر الحادث عن مقتل عدد 3 أشخاص.")] == [(3, "killed")]
    # the parts of a toll listed after بينهم are no new dead
    counts = [(r.value, r.counts) for r in _numbers("قتل تسعة أشخاص بينهم أربعة أطفال وامرأتان وثلاثة مسنين.")]
    assert counts[0] == (9, "killed") and all(c != "killed" for _, c in counts[1:])


def test_a_victim_s_age_in_words_counts_nobody():
    counts = [(r.value, r.counts) for r in _numbers("قُتل الطفل زيد علي (عام واحد) بقذيفة هاون.")]
    assert counts[0] == (1, "killed") and all(c == "" for _, c in counts[1:])


def test_a_figure_over_several_days_is_a_running_total_but_one_over_hours_is_not():
    def killed(text: str) -> list[NumberResolution]:
        return [r for r in _numbers(text) if r.counts == "killed"]

    (r,) = killed("أودت القذائف بحياة 12 مدنيا خلال اليومين الماضيين.")
    assert r.cumulative
    # and the hours of the span count nobody
    (r,) = killed("قتل سبعة أشخاص خلال أقل من 48 ساعة.")
    assert r.value == 7 and r.cumulative
    (r,) = killed("استشهد 45 فلسطينيا خلال الساعات الـ24 الماضية.")
    assert not r.cumulative


def test_a_toll_of_the_current_year_or_month_is_a_running_total():
    (r,) = [r for r in _numbers("قتل 23 عاملا في المجال الإنساني هذا العام في مناطق النزاع.") if r.counts == "killed"]
    assert r.value == 23 and r.cumulative
    (r,) = [r for r in _numbers("اعتقلت الشرطة 40 شخصا الشهر الجاري في العاصمة.") if r.counts == "detained"]
    assert r.cumulative
    # a day of this year is no period: the figure stays the day's
    (r,) = [r for r in _numbers("قتل تسعة أشخاص هذا الصباح في انفجار بالسوق.") if r.counts == "killed"]
    assert not r.cumulative


def test_dying_of_wounds_told_as_a_consequence_is_one_dead():
    counts = [(r.value, r.counts) for r in _numbers("أصيب طفل بشظية، ليفارق الحياة أثناء إسعافه.")]
    assert (1, "killed") in counts


def test_people_still_missing_are_no_dead():
    # قتل 11 جنديا وما زال تسعة في عداد المفقودين: the nine missing are counted apart, in no toll
    found = {r.value: r.counts for r in _numbers("وأفادت الوزارة بأن 11 جنديا قتلوا وما زال تسعة في عداد المفقودين.")}
    assert found == {11: "killed", 9: "missing"}


def test_people_fallen_between_dead_and_wounded_are_a_joint_figure():
    # سقطوا names the killed alone, but بين قتيل وجريح right after it splits the figure between both
    for text in ("سقط 12 شخصا بين قتيل وجريح في القصف.", "12 شخصا سقطوا بين قتيل وجريح في القصف."):
        found = [r.counts for r in _numbers(text)]
        assert found == ["killed_or_injured"], text


def test_a_commander_and_two_joined_by_waw_are_three_dead():
    # آمر فوج is one person; واثنان after a unit noun is a new figure joined by و, not the regiment's number
    found = [(r.value, r.counts) for r in _numbers("استشهد آمر فوج واثنان من المراتب بالجيش العراقي.")]
    assert found == [(1, "killed"), (2, "killed")]
    # a number right after a unit noun still names the unit
    assert [r.value for r in _numbers("وصل الفوج 44 إلى المدينة.")] == []


def test_a_toll_of_this_week_is_a_running_total():
    (r,) = _numbers("أسفرت أعمال العنف عن مقتل 133 شخصا هذا الأسبوع.")
    assert (r.counts, r.cumulative) == ("killed", True)


def test_a_month_named_before_an_earlier_incident_does_not_make_its_toll_a_sum():
    text = "ويأتي هذا الحادث الثاني من نوعه خلال الشهر الجاري، إذ سبق أن قتل ثلاثة مسلحين في عملية مماثلة."
    assert [r.cumulative for r in _numbers(text)] == [False]
    # a period named as such before the toll still sums it
    text = "أسفرت الجهود خلال الفترة الممتدة من الأول من سبتمبر وحتى الثامن من ديسمبر عن مقتل 25 مسلحا."
    assert [r.cumulative for r in _numbers(text) if r.counts == "killed"] == [True]


@pytest.mark.parametrize("raw", ["2025.11.14", "1.2.3", "12,5,2024"])
def test_dotted_dates_and_versions_are_no_figures(raw):
    from marsad.events.numbers import number_item

    [token] = Tokenizer()(SentenceSplitter()(TextNormalizer()(Article(id="t", raw=raw)))).tokens
    assert number_item(token) is None


def test_a_dotted_date_does_not_stop_the_pipeline():
    from marsad.extraction import default_pipeline

    article = default_pipeline()(make_article("عقد المؤتمر بتاريخ 2025.11.14 في القاهرة، وقتل 50.000 شخص.", "t"))
    assert [m.resolution.value for m in article.mentions if m.kind.value == "number"] == [50000]
