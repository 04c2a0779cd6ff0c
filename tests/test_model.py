from datetime import date

import pytest

from marsad.model import (
    Article,
    Event,
    Mention,
    MentionKind,
    OffsetMap,
    PlaceResolution,
    Span,
    add_mentions,
)


def test_span_rejects_negative_or_reversed_ranges():
    with pytest.raises(ValueError):
        Span(5, 3)
    with pytest.raises(ValueError):
        Span(-1, 2)


def test_offset_map_maps_normalized_ranges_to_raw_spans():
    # raw "بَيت" (4 chars, one diacritic) normalizes to "بيت": ب keeps the fatha it carries
    offsets = OffsetMap.identity(0)
    from array import array

    offsets = OffsetMap(array("q", [0, 2, 3]), array("q", [2, 3, 4]), 4)
    assert offsets.to_raw(0, 3) == Span(0, 4)
    assert offsets.to_raw(1, 2) == Span(2, 3)
    assert offsets.to_raw(0, 1) == Span(0, 2)
    assert offsets.to_raw(3, 3) == Span(4, 4)
    assert offsets.to_normalized(2) == 1
    with pytest.raises(ValueError):
        offsets.to_raw(2, 4)


def test_article_is_frozen_and_replace_adds_layers():
    a = Article(id="a", raw="نص")
    with pytest.raises(AttributeError):
        a.raw = "x"  # type: ignore[misc]
    b = a.replace({"normalized"}, normalized="نص")
    assert b.layers == {"normalized"} and a.layers == frozenset()
    assert b.normalized == "نص" and a.normalized == ""


def test_add_mentions_keeps_raw_order_and_lookup_by_id():
    raw = "قصف حلب وحماة"
    a = Article(id="a", raw=raw)
    m2 = Mention("place-1", MentionKind.PLACE, 9, 13, raw[9:13], PlaceResolution("g:2", "Hama", 35.1, 36.7))
    m1 = Mention("place-0", MentionKind.PLACE, 4, 7, raw[4:7], PlaceResolution("g:1", "Aleppo", 36.2, 37.2))
    b = add_mentions(a, [m2, m1], {"places"})
    assert [m.id for m in b.mentions] == ["place-0", "place-1"]
    assert b.mention("place-1").text == "حماة"
    assert b.mentions_of(MentionKind.PLACE) == b.mentions
    assert b.mentions_of(MentionKind.ACTOR) == ()
    with pytest.raises(KeyError):
        b.mention("place-9")


def test_event_defaults_are_asserted_day_precision():
    e = Event("event-0", "Battles", "Armed clash", "Political violence", Span(0, 3), 0, date=date(2024, 12, 3))
    assert e.modality == "asserted" and e.time_precision == 1 and e.fatalities is None
