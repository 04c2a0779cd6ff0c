"""Datelines and bylines as each outlet prints them, and the same names in body text, where they are no byline."""

from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.datelines import agencies, find_dateline

DAY = datetime(2024, 12, 3, tzinfo=UTC)

# (opening of the article, agency name, publication date or None, the byline's raw text)
OUTLETS = [
    # international wires
    ("القدس 3 ديسمبر كانون الأول (رويترز) - قال مسعفون إن غارة قتلت خمسة", "Reuters", None,
     "القدس 3 ديسمبر كانون الأول (رويترز) -"),
    ("(رويترز) - قالت الشرطة العراقية إن انفجارا وقع", "Reuters", None, "(رويترز) -"),
    ("غزة – (رويترز) – قال مسعفون فلسطينيون", "Reuters", None, "غزة – (رويترز) –"),
    ("القاهرة (أ ب) - قال مسؤولون في الجيش السوداني", "Associated Press", None, "القاهرة (أ ب) -"),
    ("برلين - (د ب أ) - أعلنت الحكومة الألمانية", "dpa", None, "برلين - (د ب أ) -"),
    ("بيروت 3 ديسمبر 2024 (شينخوا) -- أفاد مصدر أمني", "Xinhua", DAY, "بيروت 3 ديسمبر 2024 (شينخوا) --"),
    ("بنغازي 3 ديسمبر 2024 (الأنباء الليبية) – أفاد مصدر أمني", "LANA", DAY, "بنغازي 3 ديسمبر 2024 (الأنباء الليبية) –"),
    ("موسكو - سبوتنيك. أعلنت وزارة الدفاع الروسية", "Sputnik", None, "موسكو - سبوتنيك"),
    ("موسكو - آر تي\nقال الكرملين", "RT Arabic", None, "موسكو - آر تي"),
    ("إسطنبول/ الأناضول\nقتل 3 فلسطينيين", "Anadolu Agency", None, "إسطنبول/ الأناضول"),
    ("غزة/ عبد الغني الشامي/ الأناضول\nاستشهد", "Anadolu Agency", None, "غزة/ عبد الغني الشامي/ الأناضول"),
    ("غزة/ نور أبو عيشة/ الأناضول-شيّع مئات الفلسطينيين", "Anadolu Agency", None, "غزة/ نور أبو عيشة/ الأناضول-"),
    ("غزة/ هداية الصعيدي/ الأناضول استشهد اليوم شاب", "Anadolu Agency", None, "غزة/ هداية الصعيدي/ الأناضول"),
    # Gulf state agencies
    ("الرياض 02 جمادى الآخرة 1446 هـ الموافق 03 ديسمبر 2024 م واس\nأكد مجلس الوزراء", "SPA", DAY,
     "الرياض 02 جمادى الآخرة 1446 هـ الموافق 03 ديسمبر 2024 م واس"),
    ("أبوظبي في 3 ديسمبر 2024 / وام / أكد", "WAM", DAY, "أبوظبي في 3 ديسمبر 2024 / وام /"),
    ("الكويت - 3 - 12 - 2024 (كونا) -- قال وزير الخارجية", "KUNA", DAY, "الكويت - 3 - 12 - 2024 (كونا) --"),
    ("المنامة في 3 ديسمبر 2024 / بنا / استقبل", "BNA", DAY, "المنامة في 3 ديسمبر 2024 / بنا /"),
    ("مسقط في 3 ديسمبر 2024 /العُمانية/ تشارك", "ONA", DAY, "مسقط في 3 ديسمبر 2024 /العُمانية/"),
    ("الدوحة في 03 ديسمبر 2024 /قنا/ أدانت دولة قطر", "QNA", DAY, "الدوحة في 03 ديسمبر 2024 /قنا/"),
    # Levant, Iraq, Egypt, Yemen, Sudan
    ("القاهرة - أ ش أ\nأكد وزير الخارجية", "MENA", None, "القاهرة - أ ش أ"),
    ("بغداد - واع\nأعلنت خلية الإعلام الأمني", "INA", None, "بغداد - واع"),
    ("غزة - دنيا الوطن\nأفادت مصادر طبية", "Dunya al-Watan", None, "غزة - دنيا الوطن"),
    ("وطنية - أفاد مندوب الوكالة في الجنوب", "NNA", None, "وطنية -"),
    ("صنعاء - سبأ :\nشن طيران العدوان", "Saba (Houthi)", None, "صنعاء - سبأ :"),
    ("مأرب - سبأنت\nبحث محافظ مأرب", "Saba (Yemen government)", None, "مأرب - سبأنت"),
    ("الخرطوم 3-12-2024 (سونا)- أكد", "SUNA", DAY, "الخرطوم 3-12-2024 (سونا)-"),
    ("عمان 3 كانون الأول 2024 (بترا) - قال", "Petra", DAY, "عمان 3 كانون الأول 2024 (بترا) -"),
    ("حمص-سانا\nاستشهد مدنيان", "SANA", None, "حمص-سانا"),
    ("رام الله 3-12-2024 وفا- اعتقلت قوات الاحتلال", "WAFA", DAY, "رام الله 3-12-2024 وفا-"),
    # North Africa
    ("طرابلس 03 ديسمبر 2024 (وال) - أعلن", "LANA", DAY, "طرابلس 03 ديسمبر 2024 (وال) -"),
    ("الجزائر - (واج) - أكد وزير الداخلية", "APS", None, "الجزائر - (واج) -"),
    ("الرباط (و م ع) - أكد", "MAP", None, "الرباط (و م ع) -"),
    ("تونس 3 ديسمبر 2024 (وات) - أعلنت", "TAP", DAY, "تونس 3 ديسمبر 2024 (وات) -"),
    # Iran
    ("طهران/ 3 كانون الأول/ديسمبر 2024/ارنا- قال", "IRNA", DAY, "طهران/ 3 كانون الأول/ديسمبر 2024/ارنا-"),
    ("طهران - تسنيم\nأكد قائد", "Tasnim News Agency", None, "طهران - تسنيم"),
    ("طهران - فارس\nأعلن الحرس", "Fars News Agency", None, "طهران - فارس"),
    # channels and web outlets
    ("بيروت - المنار\nشن الطيران", "Al Manar", None, "بيروت - المنار"),
    ("بيروت - الميادين نت\nأعلنت المقاومة", "Al Mayadeen", None, "بيروت - الميادين نت"),
    ("دبي - العربية.نت\nأعلن الجيش", "Al Arabiya", None, "دبي - العربية.نت"),
    ("سكاي نيوز عربية - أبوظبي\nقال", "Sky News Arabia", None, "سكاي نيوز عربية -"),
    ("القاهرة: «الشرق الأوسط»\nقالت مصادر", "Asharq Al-Awsat", None, "القاهرة: «الشرق الأوسط»"),
    ("غزة- الجزيرة نت\nقصف الاحتلال", "Al Jazeera", None, "غزة- الجزيرة نت"),
    ("بي بي سي عربي -\nقالت الأمم المتحدة", "BBC", None, "بي بي سي عربي -"),
    ("عنب بلدي – درعا\nقتل شاب", "Enab Baladi", None, "عنب بلدي –"),
    ("تلفزيون سوريا - إدلب\nقصفت", "Syria TV", None, "تلفزيون سوريا -"),
    ("شفق نيوز/ أعلنت خلية الإعلام الأمني", "Shafaq News", None, "شفق نيوز/"),
    ("رووداو ديجيتال\nقال مسؤول", "Rudaw", None, "رووداو ديجيتال"),
    ('لندن- "القدس العربي":\nقالت مصادر', "Al-Quds Al-Arabi", None, 'لندن- "القدس العربي":'),
    ("لندن- عربي21\nكشفت صحيفة", "Arabi21", None, "لندن- عربي21"),
    ("غزة - العربي الجديد\nاستشهد", "Al-Araby Al-Jadeed", None, "غزة - العربي الجديد"),
    ("واشنطن - الحرة\nقال مسؤول", "Alhurra", None, "واشنطن - الحرة"),
    ("باريس - فرانس 24\nقالت الرئاسة", "France 24", None, "باريس - فرانس 24"),
    ("دمشق - الإخبارية السورية\nأفاد مراسل", "Al-Ikhbariya Syria", None, "دمشق - الإخبارية السورية"),
    ("بيت لحم - معا -\nاعتقلت قوات", "Ma'an News Agency", None, "بيت لحم - معا -"),
    ("عنب بلدي-\nأصيب مراسل في مدينة حلب", "Enab Baladi", None, "عنب بلدي-"),
    ("بلدي نيوز - (عبد الكريم)\nتعرض أحد المدنيين", "Baladi News", None, "بلدي نيوز -"),
    ("القدس المحتلة - القسطل: تعاملت الطواقم", "Al-Qastal", None, "القدس المحتلة - القسطل:"),
    ("القدس - النجاح الإخباري - قدمت الطواقم", "An-Najah News", None, "القدس - النجاح الإخباري -"),
    ("الحسكة - نورث برس\nقال مسؤول", "North Press Agency", None, "الحسكة - نورث برس"),
    ("بيروت (أ ف ب، رويترز) - قتل ثلاثة", "AFP", None, "بيروت (أ ف ب، رويترز) -"),
    ("(د ب أ - رويترز) - أعلنت الحكومة", "dpa", None, "(د ب أ - رويترز) -"),
    ("المدينة نيوز :- أعلنت وزارة الصحة", "Al-Madina News", None, "المدينة نيوز :-"),
    # closing credits
    ("شيع مئات جثمان شاب. الأخبار المنشورة على الصفحة الرسمية لوكالة الأناضول، هي اختصار لجزء من الأخبار.",
     "Anadolu Agency", None, "الأخبار المنشورة على الصفحة الرسمية لوكالة الأناضول"),
    ("قال مسؤولون إن القصف استمر.\n(شارك في التغطية فلان - إعداد سامح للنشرة العربية - تحرير محمد)", "Reuters",
     None, "(شارك في التغطية فلان - إعداد سامح للنشرة العربية - تحرير محمد)"),
    ("قصف الاحتلال منزلا في خان يونس.\nالمصدر: الجزيرة + وكالات", "Al Jazeera", None, "المصدر: الجزيرة"),
    ("قتل ثلاثة في غارة على بلدة. (أ ف ب)", "AFP", None, "(أ ف ب)"),
    # an outlet agencies.tsv does not list, credited on the last line, is named as printed
    ("أصيب خمسة مدنيين بقصف على سوق المدينة.\nالمصدر: صدى الجنوب", "صدى الجنوب", None, "المصدر: صدى الجنوب"),
    ("قتل راع بانفجار لغم قرب القرية.\n(المصدر: راديو البلد)", "راديو البلد", None, "المصدر: راديو البلد"),
]


def test_credit_naming_nobody_is_no_outlet():
    assert find_dateline("قتل شخصان في اشتباك بين عشيرتين.\nالمصدر: وكالات") is None
    # a credit line followed by more copy is not the closing one
    assert find_dateline("قتل شخصان في اشتباك.\nالمصدر: صدى الجنوب\nاقرأ أيضا: أخبار أخرى من المدينة") is None


@pytest.mark.parametrize(("text", "agency", "published", "surface"), OUTLETS, ids=[o[1] + str(i) for i, o in
                                                                                   enumerate(OUTLETS)])
def test_outlet_bylines(text, agency, published, surface):
    d = find_dateline(text)
    assert d is not None, text
    assert (d.agency, d.published) == (agency, published)
    assert text[d.span.start : d.span.end] == surface


# an agency or outlet named inside a sentence, or a common word that is also an outlet's name
BODY = [
    "ونقلت وكالة الأنباء السورية (سانا) عن مصدر عسكري أن الطيران قصف مواقع",
    "ونقلت وكالة الأنباء السعودية (واس) عن مصدر مسؤول",
    "وذكرت وكالة الأنباء الكويتية (كونا) أن الوزير وصل",
    "وبحسب وكالة (واس) فإن الاجتماع عقد",
    "وقال مصدر لـ(الميادين) إن القصف استمر",
    "وأفادت قناة (المنار) بأن غارة استهدفت بلدة",
    "وقال مسؤول لوكالة رويترز إن القصف استمر",
    "قتل 3 أشخاص في غارة على غزة اليوم (الأناضول) وفق مسعفين",
    "جامعة الدول العربية: اجتماع طارئ لبحث الوضع",
    "توتر في الشرق الأوسط - تحليل",
    "تحليل: الشرق الأوسط في 2025",
    "اللغة العربية - دروس",
    "الجزيرة العربية تشهد موجة حر",
    "زار الوفد مدينة بترا الأثرية - الأردن",
    "شهدت محافظة قنا (جنوب مصر) أمطارا",
    "أصيب فارس - 20 عاما - بجروح",
    "أبو ظبي تستضيف معرضا - وام تنقل",
    "قال بنا - ",
    "أعلن الجيش: سانا تكذب",
    "خرجت المسيرة - التي انطلقت من الساحة - باتجاه الوزارة",
    "المنتخب العماني يفوز: العمانية تتصدر",
    "دعا إلى الانتخابات الحرة - وهو مطلب قديم",
    "عملنا معا - كما قال - من أجل السلام",
    "ظهر الجيل العربي الجديد - وفق الكاتب",
    "وقالت صحيفة القدس العربي إن الوفد وصل",
    "حلب اليوم.. مدينة تنهض من الركام",
    "القدس: أكد عدد من العاملين في الإسعاف",
    "وقتل ثلاثة في القصف بحسب ما أوردته قناة (العربية).",
    "وأكد الخبر مسؤول لوكالة (رويترز)",
    "بيروت (وكالات) - قتل ثلاثة",
    'وأعلنت الخطوط الجوية كذلك، ولم تجد "بي بي سي" ردا',
    "ارتفاع عدد الوفيات إلى 9. https://t.co/Abc123Xyz9 #واس",
]


@pytest.mark.parametrize("text", BODY)
def test_names_in_body_text_are_no_byline(text):
    assert find_dateline(text, DAY) is None


def test_reuters_yearless_dateline_takes_the_metadata_year():
    d = find_dateline("القدس 3 ديسمبر كانون الأول (رويترز) - قال مسعفون", datetime(2024, 12, 3, 14, tzinfo=UTC))
    assert d.published == DAY


def test_the_first_framed_byline_wins_over_a_source_named_later():
    text = "بيروت (أ ف ب) - ونقلت وكالة الأنباء السورية (سانا) عن مصدر أن"
    assert find_dateline(text).agency == "AFP"


def test_a_caption_credit_before_the_dated_byline_yields_the_bylines_date():
    text = "نازحون عند المعبر في 30 سبتمبر 2024. (شينخوا) دمشق أول اكتوبر 2024 (شينخوا) أفاد مصدر"
    d = find_dateline(text)
    assert d.agency == "Xinhua" and d.published == datetime(2024, 10, 1, tzinfo=UTC)
    assert text[d.span.start : d.span.end] == "دمشق أول اكتوبر 2024 (شينخوا)"


def test_the_afp_trailer_wins_over_a_byline():
    text = "بيروت (رويترز) - قال مسؤول.\nأ ف ب 030912 GMT DEC 24"
    assert find_dateline(text).agency == "AFP"


CITIES = ["دمشق", "غزة", "بيروت", "الخرطوم", "رام الله", "دير الزور", "صنعاء", "طرابلس"]
FRAMES = ["{city} ({form}) - ", "{city} - ({form}) - ", "{city}/ {form}/ ", "({form}) -- "]
BODY_CUES = ["ونقلت وكالة {form} عن", "وقال مسؤول لـ{form} إن", "وبحسب ما نقلت ({form}) فإن"]


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(sorted(agencies())), st.sampled_from(CITIES), st.sampled_from(FRAMES), st.data())
def test_any_agency_in_a_byline_frame_is_found_and_its_span_is_the_frame(agency_id, city, frame, data):
    agency = agencies()[agency_id]
    form = data.draw(st.sampled_from(agency.forms + agency.byline_forms))
    byline = frame.format(city=city, form=form)
    text = byline + "قتل مدنيان في قصف على المدينة."
    d = find_dateline(text)
    assert d is not None and d.agency == agency.name
    assert text[d.span.start : d.span.end] == byline.rstrip()


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(sorted(agencies())), st.sampled_from(BODY_CUES), st.data())
def test_an_agency_after_a_reporting_verb_is_never_a_byline(agency_id, cue, data):
    agency = agencies()[agency_id]
    form = data.draw(st.sampled_from(agency.forms + agency.byline_forms))
    text = "قتل مدنيان في قصف على المدينة.\n" + cue.format(form=form) + " القصف استمر."
    assert find_dateline(text) is None


def test_an_aggregators_credit_line_gives_way_to_the_agencys_own_byline():
    text = (
        "أخبار اليمن\nموقع الأخبار -الوكالة العربية السورية للأنباء\nنشر بتاريخ: ١٨ أيار ٢٠٢٥\n"
        "حماة-سانا\nأعلنت وزارة الدفاع أن"
    )
    d = find_dateline(text)
    assert d.agency == "SANA" and d.published == datetime(2025, 5, 18, tzinfo=UTC)
    assert text[d.span.start : d.span.end] == "حماة-سانا"


def test_a_page_title_ending_with_the_site_name_gives_the_publisher_when_no_byline_does():
    text = "غارات على جنوب لبنان تقتل ثلاثة مسعفين وتدمر منازل عدة في القرى الحدودية | عنب بلدي\nنشر في 3 ديسمبر 2024\nقتل"
    d = find_dateline(text)
    assert (d.agency, d.published) == ("Enab Baladi", DAY)
    assert text[d.span.start : d.span.end] == "| عنب بلدي"
    # a byline further down wins over the title's site name
    text = "غارات على جنوب لبنان تقتل ثلاثة مسعفين وتدمر منازل عدة | الجزيرة نت\nالقدس (رويترز) - قال مسعفون"
    assert find_dateline(text).agency == "Reuters"
    # a title that merely ends with a common word some outlet is named after is not signed
    assert find_dateline("اجتماع طارئ لوزراء الخارجية لبحث الأوضاع في المنطقة العربية - الحرة\nقال") is None
