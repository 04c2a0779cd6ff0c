from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.datelines import agencies, find_dateline, squeeze
from marsad.knowledge import data_path, load_table
from marsad.text.normalize import normalize


@pytest.mark.parametrize(
    ("text", "agency", "published", "surface"),
    [
        ("قصف على المدينة. أ ف ب 030912 GMT DEC 24", "AFP", datetime(2024, 12, 3, 9, 12, tzinfo=UTC),
         "أ ف ب 030912 GMT DEC 24"),
        ("خبر. ا ف ب 311745 GMT JAN 23", "AFP", datetime(2023, 1, 31, 17, 45, tzinfo=UTC), "ا ف ب 311745 GMT JAN 23"),
        ("بيروت (رويترز) - قال مسؤول أمني", "Reuters", None, "بيروت (رويترز) -"),
        ("دمشق-سانا\nاستشهد مدنيان", "SANA", None, "دمشق-سانا"),
        ("غزة/ الأناضول\nقتل فلسطينيون", "Anadolu Agency", None, "غزة/ الأناضول"),
        ("الدوحة في 12 يناير 2025 /قنا/ أكدت الوزارة", "QNA", datetime(2025, 1, 12, tzinfo=UTC),
         "الدوحة في 12 يناير 2025 /قنا/"),
        ("رام الله 5-3-2024 وفا- اعتقلت قوات الاحتلال", "WAFA", datetime(2024, 3, 5, tzinfo=UTC),
         "رام الله 5-3-2024 وفا-"),
        ("الخرطوم (أ ف ب) - اندلعت اشتباكات", "AFP", None, "الخرطوم (أ ف ب) -"),
    ],
)
def test_wire_datelines(text, agency, published, surface):
    d = find_dateline(text)
    assert d is not None
    assert d.agency == agency
    assert d.published == published
    assert text[d.span.start : d.span.end] == surface


def test_agency_named_in_the_body_is_not_a_dateline():
    assert find_dateline("وقال مسؤول لوكالة رويترز إن القصف استمر") is None
    assert find_dateline("قصفت الطائرات مواقع في ريف حلب") is None


SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seed" / "afp-2024-12-03-hama.txt"


@pytest.mark.skipif(not SEED.exists(), reason="the reference dispatch is not shipped with marsad")
def test_the_reference_dispatch_is_afp_at_0912_gmt():
    raw = SEED.read_text(encoding="utf-8")
    d = find_dateline(raw)
    assert d is not None and d.agency == "AFP"
    assert d.published == datetime(2024, 12, 3, 9, 12, tzinfo=UTC)
    assert raw[d.span.start : d.span.end] == "أ ف ب 030912 GMT DEC 24"


# --- AFP's trailer ------------------------------------------------------------------------------------------------

MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
AGENCY_FORMS = ["أ ف ب", "ا ف ب", "أ.ف.ب", "(أ ف ب)"]
INITIALS = ["", "ع ش/", "ح ح/ب ق ", "م ن/س ح/ك ع "]


@settings(max_examples=150, deadline=None)
@given(
    st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2099, 12, 31, 23, 59)),
    st.sampled_from(AGENCY_FORMS),
    st.sampled_from(INITIALS),
    st.booleans(),
)
def test_any_datetime_in_afps_trailer_form_parses_back(moment, form, initials, four_digit_year):
    year = f"{moment.year}" if four_digit_year else f"{moment.year % 100:02d}"
    trailer = f"{form} {moment.day:02d}{moment.hour:02d}{moment.minute:02d} GMT {MONTHS[moment.month - 1]} {year}"
    raw = f"قصفت الطائرات مواقع في ريف حلب.\n{initials}{trailer}"
    d = find_dateline(raw)
    assert d is not None and d.agency == "AFP"
    assert d.published == moment.replace(second=0, microsecond=0, tzinfo=UTC)
    assert raw[d.span.start : d.span.end] == trailer


def test_an_impossible_trailer_date_keeps_the_agency_without_a_date():
    d = find_dateline("نص. أ ف ب 311200 GMT FEB 24")
    assert d is not None and d.agency == "AFP" and d.published is None


# --- dates in datelines and the first lines ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("بيروت 3 كانون الأول/ديسمبر 2024 (أ ف ب) - قتل", datetime(2024, 12, 3, tzinfo=UTC)),
        ("القاهرة الثلاثاء 3 ديسمبر 2024 (أ ش أ) - أكد", datetime(2024, 12, 3, tzinfo=UTC)),
        ("طرابلس 2024/12/03 (وال) - أعلن", datetime(2024, 12, 3, tzinfo=UTC)),
        ("الخرطوم 03-12-2024 (سونا) - قال", datetime(2024, 12, 3, tzinfo=UTC)),
        ("بيروت 3 ديسمبر (كانون الأول) 2024 (رويترز) - قال", datetime(2024, 12, 3, tzinfo=UTC)),
        ("القدس ٣ ديسمبر كانون الأول ٢٠٢٤ (رويترز) - قال", datetime(2024, 12, 3, tzinfo=UTC)),
        ("دمشق أول أكتوبر 2024 (شينخوا) -- أفاد", datetime(2024, 10, 1, tzinfo=UTC)),
        ("بيروت الثالث من كانون الأول 2024 (أ ف ب) - قتل", datetime(2024, 12, 3, tzinfo=UTC)),
        ("جدة 2 جمادى الآخرة 1446 هـ واس\nأكد", datetime(2024, 12, 3, tzinfo=UTC)),
        ("الرياض 02 جمادى الآخرة 1446 هـ الموافق 03 ديسمبر 2024 م واس\nأكد", datetime(2024, 12, 3, tzinfo=UTC)),
        ("دمشق-سانا\nالثلاثاء 3 ديسمبر 2024 الساعة 09:12 بتوقيت غرينتش", datetime(2024, 12, 3, 9, 12, tzinfo=UTC)),
        ("هجوم على حماة\nنشر في: 2024/12/03 - 09:12 (GMT)\nدمشق (أ ف ب) - اندلعت",
         datetime(2024, 12, 3, 9, 12, tzinfo=UTC)),
        ("دمشق-سانا\n3 ديسمبر 2024، 09:12 بتوقيت دمشق", datetime(2024, 12, 3, tzinfo=UTC)),
        ("دمشق-سانا\nتاريخ النشر: 2024-12-03T11:12:00+02:00", datetime(2024, 12, 3, 9, 12, tzinfo=UTC)),
        ("دمشق-سانا\nتاريخ النشر: 2024-12-03T09:12:00Z", datetime(2024, 12, 3, 9, 12, tzinfo=UTC)),
        ("دمشق-سانا\n3 ديسمبر 2024 11:12 GMT+2", datetime(2024, 12, 3, 9, 12, tzinfo=UTC)),
        ("دمشق-سانا\nتاريخ النشر: 10th, December 2024 GMT", datetime(2024, 12, 10, tzinfo=UTC)),
        ("دمشق-سانا\n2024-12-03 09:12", datetime(2024, 12, 3, tzinfo=UTC)),
        ("دمشق-سانا\n3 December 2024 07:40 PM UTC+00", datetime(2024, 12, 3, 19, 40, tzinfo=UTC)),
        ("دمشق-سانا\n3 December 2024 12:05 AM UTC", datetime(2024, 12, 3, 0, 5, tzinfo=UTC)),
        ("دمشق-سانا\nالثلاثاء 3 ديسمبر 2024 - 09:12 م بتوقيت غرينتش", datetime(2024, 12, 3, 21, 12, tzinfo=UTC)),
    ],
)
def test_dates_in_datelines(text, published):
    d = find_dateline(text)
    assert d is not None
    assert d.published == published


def test_a_date_without_a_year_takes_the_metadata_year_or_none():
    text = "أبوظبي في 3 ديسمبر / وام / أكد"
    assert find_dateline(text).published is None
    assert find_dateline(text, date(2024, 11, 20)).published == datetime(2024, 12, 3, tzinfo=UTC)
    # a 31 December dateline on an article of 2 January is last year's
    late = "الكويت - 31 - 12 (كونا) -- قال"
    assert find_dateline(late, datetime(2025, 1, 2, 8, tzinfo=UTC)).published == datetime(2024, 12, 31, tzinfo=UTC)
    assert find_dateline(late).published is None


def test_a_time_counts_only_when_marked_as_gmt():
    assert find_dateline("دمشق-سانا\n3 ديسمبر 2024 الساعة 0912 ت غ").published == datetime(2024, 12, 3, 9, 12, tzinfo=UTC)
    assert find_dateline("دمشق-سانا\n3 ديسمبر 2024 الساعة 09:12").published == datetime(2024, 12, 3, tzinfo=UTC)


def test_a_date_in_the_body_is_not_the_publication_date():
    text = "دمشق-سانا\nوفي 8 ديسمبر 2024 سقط النظام بعد هجوم واسع بدأ في 27 نوفمبر 2024."
    assert find_dateline(text).published is None


# --- the data file ------------------------------------------------------------------------------------------------

SOURCE_TYPES = {"wire agency", "state media", "media", "monitoring NGO"}
SCALES = {"Local", "Subnational", "National", "Regional", "International", "Other", "New media"}


def test_agencies_file_schema():
    table = load_table("agencies.tsv")
    assert table.columns[:5] == ("agency", "name", "arabic", "source_type", "scale")
    assert "byline" in table.columns
    ids = [r["agency"] for r in table.rows]
    assert len(ids) == len(set(ids))
    owner: dict[str, str] = {}
    for r in table.rows:
        assert r["source_type"] in SOURCE_TYPES, r
        assert r["scale"] in SCALES, r
        assert r["name"] and r["arabic"], r
        forms = [f for f in (r["arabic"] + "|" + r["byline"]).split("|") if f.strip()]
        for form in forms:
            key = squeeze(form)
            assert key and normalize(normalize(form)) == normalize(form)
            # one form, one agency: a byline must never be ambiguous
            assert owner.setdefault(key, r["agency"]) == r["agency"], (form, owner[key], r["agency"])
    assert table.source and "ACLED" in table.source
    assert data_path("agencies.tsv").exists()


def test_agency_records_keep_forms_and_byline_forms_apart():
    table = agencies()
    assert "بنا" in table["bna"].byline_forms and "بنا" not in table["bna"].forms
    assert "الشرق الأوسط" in table["asharqalawsat"].byline_forms
    assert table["afp"].source_type == "wire agency" and table["sana"].source_type == "state media"


@pytest.mark.parametrize("agency_id", sorted(agencies()))
def test_every_form_of_every_agency_is_read_in_a_bracketed_byline(agency_id):
    agency = agencies()[agency_id]
    for form in (*agency.forms, *agency.byline_forms):
        text = f"بيروت 3 ديسمبر 2024 ({form}) - قال مسؤول إن القصف استمر."
        d = find_dateline(text)
        assert d is not None and d.agency == agency.name, form
        assert d.published == datetime(2024, 12, 3, tzinfo=UTC)
        assert text[d.span.start : d.span.end] == f"بيروت 3 ديسمبر 2024 ({form}) -"


# --- properties of the date forms ---------------------------------------------------------------------------------


def _month_forms(calendar: str) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for r in load_table("months.tsv").rows:
        if r["calendar"] == calendar:
            out[int(r["month"])] = [f for f in r["forms"].split("|") if f.strip()]
    return out


GREGORIAN = _month_forms("gregorian")
HIJRI = _month_forms("hijri")
INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
DATE_FORMS = [
    "{d} {month} {y}",
    "{d} {month}/{other} {y}",
    "{d} {month} ({other}) {y}",
    "{weekday} {d} {month} {y}",
    "{y}/{m:02d}/{dd:02d}",
    "{dd:02d}-{m:02d}-{y}",
]


@settings(max_examples=150, deadline=None)
@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2060, 12, 31)), st.sampled_from(DATE_FORMS), st.data())
def test_any_date_in_a_dateline_form_parses_back(day, form, data):
    month = data.draw(st.sampled_from(GREGORIAN[day.month]))
    other = data.draw(st.sampled_from(GREGORIAN[day.month]))
    rendered = form.format(d=day.day, dd=day.day, m=day.month, y=day.year, month=month, other=other,
                           weekday="الثلاثاء")
    if data.draw(st.booleans()):
        rendered = rendered.translate(INDIC)
    text = f"بيروت {rendered} (أ ف ب) - قتل مدنيان في قصف."
    d = find_dateline(text)
    assert d is not None and d.agency == "AFP"
    assert d.published == datetime(day.year, day.month, day.day, tzinfo=UTC)


@settings(max_examples=100, deadline=None)
@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2070, 12, 31)), st.data())
def test_any_hijri_date_with_its_era_mark_converts_back(day, data):
    from hijridate import Gregorian

    hijri = Gregorian(day.year, day.month, day.day).to_hijri()
    month = data.draw(st.sampled_from(HIJRI[hijri.month]))
    text = f"الرياض {hijri.day} {month} {hijri.year} هـ واس\nأكد مجلس الوزراء"
    d = find_dateline(text)
    assert d is not None and d.agency == "SPA"
    assert d.published == datetime(day.year, day.month, day.day, tzinfo=UTC)


PIECES = ["بيروت", " ", "\n", "(", ")", "/", "-", "–", ":", "«", "»", "،", ".", "3", "12", "2024", "ديسمبر",
          "كانون الأول", "رويترز", "أ ف ب", "سانا", "واس", "بنا", "الشرق الأوسط", "وقال", "نقلت", "GMT", "030912",
          "DEC", "24", "هـ", "\u064e", "\u0640", "ـ"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
def test_any_text_yields_no_dateline_or_a_span_inside_it(text):
    d = find_dateline(text)
    if d is not None:
        assert 0 <= d.span.start < d.span.end <= len(text)
        assert d.agency in {a.name for a in agencies().values()}
        assert d.published is None or d.published.tzinfo is not None
