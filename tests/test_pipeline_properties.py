"""Properties of the whole default pipeline on arbitrary text: it never crashes, and everything it outputs points
back to the raw characters it came from.

The text is built from real wire-copy fragments (triggers, places, actors, numbers, dates, attribution cues), noise
characters (diacritics, tatweel, bidi marks, Latin, digits, punctuation) and random Arabic letters, so the stages meet
the shapes of unseen copy rather than only the sentences their authors wrote.
"""

from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marsad.extraction import default_pipeline
from marsad.model import Article, MentionKind
from marsad.records import event_records, mention_records

FRAGMENTS = [
    "قصفت طائرات حربية", "غارة جوية إسرائيلية على", "اشتباكات عنيفة بين", "سيطرت قوات الدعم السريع على",
    "استعاد الجيش السوري", "مقتل ثلاثة مدنيين", "وإصابة 12 آخرين", "نزوح خمسين ألف شخص", "اعتقلت قوات الاحتلال",
    "بلدة كفرنبل", "ريف إدلب الجنوبي", "مدينة الفاشر", "مخيم جنين", "محافظة الحديدة", "جنوب لبنان", "وبحلب",
    "هيئة تحرير الشام", "حزب الله", "جماعة الحوثي", "الفصائل المسلحة", "وفق ما أفاد المرصد السوري لحقوق الإنسان",
    "نقلت وكالة سانا عن مصدر عسكري", "بحسب الأمم المتحدة", "قال متحدث باسم الجيش", "الثلاثاء", "ليل الإثنين الثلاثاء",
    "أمس", "في 3 كانون الأول/ديسمبر 2024", "عشرات", "قرابة", "ألفا", "تسعى للتقدم باتجاه", "لم يسفر عن",
    "«", "»", "،", "؛", "؟", ".", "\n", " - ", "(", ")", "/", "ـ", "ً", "\u200f", "Reuters", "2011", "٣٤",
]
letters = st.characters(min_codepoint=0x0621, max_codepoint=0x064A)
word = st.text(letters, min_size=1, max_size=7)
piece = st.one_of(st.sampled_from(FRAGMENTS), word)
texts = st.lists(piece, min_size=1, max_size=40).map(" ".join)

PIPELINE = default_pipeline()
ANCHOR = datetime(2024, 12, 3, 9, 12, tzinfo=UTC)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.booleans())
def test_pipeline_output_points_back_to_the_raw_text(raw, anchored):
    article = Article(id="p", raw=raw, published=ANCHOR if anchored else None, layers=frozenset({"raw", "dateline"}))
    out = PIPELINE(article)
    ids = {m.id for m in out.mentions}
    assert len(ids) == len(out.mentions), "mention ids are unique"
    for m in out.mentions:
        assert raw[m.start : m.end] == m.text
    for ev in out.events:
        for span in (ev.trigger, *ev.evidence):
            assert 0 <= span.start <= span.end <= len(raw)
        for ref in (ev.location, ev.date_mention, *ev.actor1, *ev.actor2, *ev.number_mentions):
            assert ref is None or ref in ids, f"event {ev.id} refers to unknown mention {ref}"
        if ev.location:
            assert out.mention(ev.location).kind is MentionKind.PLACE
        assert ev.fatalities is None or ev.fatalities >= 0
    event_ids = {ev.id for ev in out.events}
    assert {c.event_id for c in out.claims} <= event_ids
    for rec in event_records(out):
        for span in rec["evidence"]:
            assert raw[span["start"] : span["end"]] == span["text"]
    for rec in mention_records(out):
        assert raw[rec["start"] : rec["end"]] == rec["text"]
