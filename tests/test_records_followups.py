"""Whole-pipeline records for readings added from held-out leads: a loser's withdrawal, a march beside tear gas, the
origin of a journey, function-named police, and South Sudan's forces."""

from marsad.extraction import default_pipeline
from marsad.readers import make_article
from marsad.records import event_records

PIPELINE = default_pipeline()


def records(text):
    return [
        (r["sub_event_type"], r["actor1"], r["actor2"], r["location"])
        for r in event_records(PIPELINE(make_article(text, "t")))
    ]


def test_the_losers_withdrawal_is_the_takeover_told_from_its_side():
    rows = records(
        "استعادت القوات المسلحة لجنوب السودان السيطرة على مدينة ملكال في ولاية أعالي النيل بعد مواجهات مع ميليشيا "
        "الجيش الأبيض. ووصف متحدث باسم الجيش الأبيض العملية بأنها انسحاب تكتيكي."
    )
    assert rows == [
        (
            "Government regains territory",
            "Military Forces of South Sudan (2011-)",
            "Nuer Ethnic Militia (South Sudan)",
            "Malakal",
        )
    ]


def test_the_march_the_police_dispersed_is_no_drone():
    rows = records(
        "أطلقت الشرطة الغاز المسيل للدموع لتفريق محتجين وسط مدينة صفاقس في تونس اليوم. "
        "وطاردت الشرطة بعد تفرق المسيرة، مجموعات من المحتجين بإطلاق الغاز."
    )
    assert rows and all(kind == "Protest with intervention" for kind, *_ in rows)


def test_what_a_march_calls_for_is_no_event():
    rows = records("خرجت مسيرة في مدينة صفاقس في تونس اليوم للدعوة إلى تفكيك وحدات مصنع كيميائي.")
    assert [kind for kind, *_ in rows] == ["Peaceful protest"]


def test_where_the_arrested_man_flew_from_is_not_where_he_was_arrested():
    rows = records(
        "أوقفت السلطات الأحد الكاتب بوعلام صنصال لدى وصوله إلى مطار الجزائر الدولي، قادماً من باريس. "
        "وقالت الصحيفة إن عناصر المديرية العامة للأمن الداخلي قامت بتوقيف الكاتب."
    )
    [(kind, actor1, _, location)] = rows
    assert (kind, actor1) == ("Arrests", "Police Forces of Algeria (2019-)")
    assert location != "Paris"
