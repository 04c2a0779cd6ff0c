"""Properties of merging that hold for any set of reports: input order never matters, two precisely located places are
never merged, every merged pair is compatible, each report lands in exactly one event, and the store's incremental
recomputation (batch by batch, segment by segment) gives what merging everything at once gives."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marsad.merging import Report, compatible, merge_reports

# places: (place_key, geo_precision, admin3 area); two towns and a region share the admin3 "Suran"
PLACES = [
    ("gaz:suran", 1, "Syria|Hama|Hama|Suran"),
    ("gaz:tayyibat", 1, "Syria|Hama|Hama|Suran"),
    ("region:north-hama", 2, "Syria|Hama|Hama|Suran"),
    ("gaz:khanasir", 1, "Syria|Aleppo|As-Safira|Khanasir"),
    ("name:SY:unresolved", 1, None),
    (None, None, None),
]
SUB_TYPES = ["Armed clash", "Non-state actor overtakes territory", "Air/drone strike"]
ACTOR_SETS = [
    frozenset(),
    frozenset({"hts"}),
    frozenset({"sy-army"}),
    frozenset({"hts", "sy-army"}),
    frozenset({"sdf"}),
]
SOURCES = ["AFP", "SANA", "Syrian Observatory for Human Rights", "Anadolu Agency"]
START = date(2024, 12, 1)


@st.composite
def reports(draw) -> list[Report]:
    n = draw(st.integers(1, 14))
    out = []
    for i in range(n):
        place, precision, admin3 = draw(st.sampled_from(PLACES))
        day = draw(st.one_of(st.none(), st.integers(0, 5).map(lambda d: START + timedelta(days=d))))
        out.append(
            Report(
                article_key=f"a{draw(st.integers(0, 5))}",
                local_id=f"event-{i}",
                sub_event_type=draw(st.sampled_from(SUB_TYPES)),
                event_date=day,
                time_precision=draw(st.sampled_from([1, 1, 1, 2])),
                place_key=place,
                geo_precision=precision,
                admin3=admin3,
                actors=draw(st.sampled_from(ACTOR_SETS)),
                fatalities=draw(st.one_of(st.none(), st.integers(0, 40))),
                source=draw(st.sampled_from(SOURCES)),
                record={"event_date": day.isoformat() if day else None, "country": "Syria", "iso": 760},
            )
        )
    return out


def canonical(merged) -> list[tuple]:
    return sorted((m.merged_id, m.members, m.fatalities, m.fatalities_low, m.fatalities_high) for m in merged)


@given(reports(), st.randoms(use_true_random=False))
@settings(max_examples=200, deadline=None)
def test_merging_ignores_input_order(items, rnd):
    shuffled = list(items)
    rnd.shuffle(shuffled)
    assert canonical(merge_reports(shuffled)) == canonical(merge_reports(items))


@given(reports())
@settings(max_examples=200, deadline=None)
def test_merged_reports_are_pairwise_compatible_and_never_two_precise_places(items):
    merged = merge_reports(items)
    by_key = {r.key: r for r in items}
    seen = [key for m in merged for key in m.members]
    assert sorted(seen) == sorted(by_key)  # each report in exactly one merged event
    for m in merged:
        members = [by_key[k] for k in m.members]
        precise_places = {r.place_key for r in members if r.geo_precision == 1}
        assert len(precise_places) <= 1
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                assert compatible(a, b)
        figures = [r.fatalities for r in members if r.fatalities is not None]
        assert m.fatalities == (min(figures) if figures else 0)
        assert (m.fatalities_low, m.fatalities_high) == ((min(figures), max(figures)) if figures else (None, None))


@given(st.data())
@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_incremental_store_merges_equal_merging_everything_at_once(tmp_path_factory, many_articles, data):
    """Ingesting in random order and batch sizes recomputes only touched segments, yet ends where a full merge does."""
    import dataclasses

    from marsad.store.backends import open_store
    from marsad.store.ingest import ingest, rows_of

    # shift each copy by a few days, so that segments (runs of days separated by a day without reports) form and join
    shifted = []
    for article in many_articles:
        k = data.draw(st.integers(0, 4))
        events = tuple(dataclasses.replace(e, date=e.date + timedelta(days=k)) for e in article.events)
        shifted.append(dataclasses.replace(article, events=events))
    order = data.draw(st.permutations(shifted))
    batch = data.draw(st.integers(1, 6))
    path = tmp_path_factory.mktemp("inc") / "s.duckdb"
    with open_store(str(path)) as store:
        ingest(store, order, batch_size=batch)
        stored = sorted(
            (r[0], r[1], r[2])
            for r in store.query(
                "SELECT m.merged_id, mm.article_key, mm.local_id FROM merges m "
                "JOIN merge_members mm ON mm.merged_id = m.merged_id"
            )
        )
    everything = [rep for a in shifted for rep in rows_of(a, "now").reports]
    expected = sorted((m.merged_id, k[0], k[1]) for m in merge_reports(everything) for k in m.members)
    assert stored == expected


def test_a_merged_source_names_no_unknown_speaker_beside_a_named_one():
    from marsad.merging import _distinct_parts
    from marsad.model import known_sources

    assert known_sources(_distinct_parts(["SANA; unknown", "unknown"], "; ")) == ["SANA"]
    # alone, the placeholder stays: the field says nobody could be named rather than nothing
    assert known_sources(_distinct_parts(["unknown", ""], "; ")) == ["unknown"]
