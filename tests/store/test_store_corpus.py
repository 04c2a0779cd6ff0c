"""The store against both backends: schema and versions, idempotent transactional ingest, merging, queries, exports
and territorial control. Every test taking ``store`` or ``store_url`` runs on DuckDB and on PostgreSQL."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date

import pytest

from marsad.cli import main
from marsad.control import control_on
from marsad.store import ingest as ingest_module
from marsad.store.backends import StoreError, open_store
from marsad.store.ingest import count_rows, ingest
from marsad.store.queries import ACLED_EXPORT_COLUMNS, EventFilter, merged_records, territory_changes
from marsad.store.schema import SCHEMA_VERSION


def merged_view(store) -> list[tuple]:
    """The merged events without their timestamp: what must not depend on input order or batching."""
    rows = store.query(
        "SELECT m.merged_id, m.event_id_cnty, m.sub_event_type, m.location, m.event_date, m.fatalities, "
        "m.fatalities_low, m.fatalities_high, m.source, mm.article_key, mm.local_id "
        "FROM merges m JOIN merge_members mm ON mm.merged_id = m.merged_id ORDER BY 1, 10, 11"
    )
    return [tuple(str(v) for v in r) for r in rows]


def by_location(store, sub_event_type: str) -> dict[str, dict]:
    return {r["location"]: r for r in merged_records(store, EventFilter(event_type=sub_event_type))}


# -- schema ------------------------------------------------------------------------------------------------------


def test_schema_version_is_recorded_and_reopening_keeps_data(store_url, hand_articles):
    with open_store(store_url) as s:
        assert s.schema_version() == SCHEMA_VERSION
        ingest(s, hand_articles[:2])
    with open_store(store_url) as s:
        assert s.schema_version() == SCHEMA_VERSION
        assert count_rows(s)["articles"] == 2


def test_a_store_from_a_newer_marsad_is_refused_in_one_line(store_url):
    with open_store(store_url) as s:
        with s.transaction():
            s.execute("UPDATE marsad_meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION + 1)])
    with pytest.raises(StoreError) as err:
        open_store(store_url)
    message = str(err.value)
    assert "\n" not in message and "newer marsad" in message and f"version {SCHEMA_VERSION + 1}" in message


def test_bad_db_arguments_are_one_line_errors(tmp_path, capsys):
    not_a_db = tmp_path / "notes.duckdb"
    not_a_db.write_text("هذا ليس ملف قاعدة بيانات")
    cases = [
        str(not_a_db),
        str(tmp_path / "missing" / "x.duckdb"),
        "mysql://host/db",
        "postgresql://u:secret@127.0.0.1:1/x",
    ]
    for db in cases:
        assert main(["events", "--db", db]) == 2
        err = capsys.readouterr().err.strip()
        assert err.startswith("marsad: ") and "\n" not in err and "Traceback" not in err, err
        assert "secret" not in err  # a password never reaches the terminal


# -- ingest ------------------------------------------------------------------------------------------------------


def test_ingest_is_idempotent_and_keys_articles_by_id_and_content(store, hand_articles):
    first = ingest(store, hand_articles)
    counts = count_rows(store)
    assert (first.new, first.events) == (5, 9)
    assert counts["articles"] == 5 and counts["events"] == 9 and counts["merge_members"] == 9
    again = ingest(store, hand_articles, batch_size=2)
    assert (again.new, again.already) == (0, 5)
    assert count_rows(store) == counts
    # the same id with a corrected text is another article: the first version is kept, nothing is lost
    import dataclasses

    corrected = dataclasses.replace(hand_articles[4], raw=hand_articles[4].raw.replace("ثلاثة", "ثلاثه"))
    assert ingest(store, [corrected]).new == 1
    assert count_rows(store)["articles"] == 6


def test_read_problems_are_reported_and_do_not_stop_the_batch(store, hand_articles):
    from marsad.readers import ReadProblem

    seen = []
    items = [hand_articles[0], ReadProblem("bad.jsonl:3", "not JSON"), hand_articles[1]]
    stats = ingest(store, items, on_problem=seen.append)
    assert stats.new == 2 and stats.problems == 1
    assert [str(p) for p in seen] == ["bad.jsonl:3: not JSON"]


def test_a_batch_interrupted_midway_leaves_the_store_as_before_and_a_rerun_completes(store, many_articles, monkeypatch):
    def interrupt_at(n):
        if n == 7:  # inside the second batch of five
            raise KeyboardInterrupt

    monkeypatch.setattr(ingest_module, "_pause_hook", lambda: interrupt_at)
    with pytest.raises(KeyboardInterrupt):
        ingest(store, many_articles, batch_size=5)
    after_crash = count_rows(store)
    assert after_crash["articles"] == 5
    keys = {r[0] for r in store.query("SELECT article_key FROM articles")}
    assert keys == {ingest_module.article_key(a) for a in many_articles[:5]}
    # merges cover exactly the committed events
    assert after_crash["merge_members"] == after_crash["events"]

    monkeypatch.setattr(ingest_module, "_pause_hook", lambda: lambda n: None)
    stats = ingest(store, many_articles, batch_size=5)
    assert (stats.new, stats.already) == (10, 5)
    final = count_rows(store)
    assert final["articles"] == 15 and final["events"] == 27 and final["merge_members"] == 27


# -- merging -----------------------------------------------------------------------------------------------------


def test_reports_of_one_recapture_merge_with_conservative_fatalities_and_who_said_what(store, hand_articles):
    ingest(store, hand_articles)
    khanasir = by_location(store, "Government regains territory")["Khanasir"]
    assert khanasir["reports"] == 2
    assert khanasir["fatalities"] == 7  # ACLED: the most conservative figure
    assert (khanasir["fatalities_low"], khanasir["fatalities_high"]) == (7, 20)
    told = {(f["article_id"], f["fatalities"]) for f in khanasir["fatalities_reported"]}
    assert told == {("sana-khanasir", 20), ("afp-khanasir", 7)}
    # each report names its own agency beside the sources it quotes (the AFP dispatch quotes the Observatory)
    assert khanasir["source"] == "AFP; SANA; Syrian Observatory for Human Rights"
    assert "20" in khanasir["notes"] and "7" in khanasir["notes"]


def test_merging_never_joins_two_places_but_joins_a_region_with_a_town_of_its_admin3(store, hand_articles):
    ingest(store, hand_articles)
    overtakes = by_location(store, "Non-state actor overtakes territory")
    assert set(overtakes) == {"Halfaya", "Suran", "Tayyibat al Imam"}  # same admin3 Suran, still two places
    assert overtakes["Suran"]["reports"] == 2 and overtakes["Tayyibat al Imam"]["reports"] == 1
    clashes = by_location(store, "Armed clash")
    # "ريف حماة الشمالي" (precision 2, admin3 Suran) and the clash at Suran are one event, placed at the town
    assert list(clashes) == ["Suran"] and clashes["Suran"]["reports"] == 2
    assert clashes["Suran"]["geo_precision"] == 1 and clashes["Suran"]["fatalities"] == 5


def test_merged_events_do_not_depend_on_order_or_batching(store_url, tmp_path, many_articles):
    with open_store(store_url) as s:
        ingest(s, many_articles, batch_size=100)
        expected = merged_view(s)
    with open_store(str(tmp_path / "other.duckdb")) as other:
        ingest(other, list(reversed(many_articles)), batch_size=1)
        assert merged_view(other) == expected
    assert len({row[0] for row in expected}) == 6


def test_different_actors_at_one_place_and_day_stay_two_events(store, build):
    build_article, spec = build
    sdf = build_article(
        "afp-suran-sdf",
        "اندلعت اشتباكات بين قوات سوريا الديموقراطية وهيئة تحرير الشام قرب صوران.",
        [
            spec(
                "اشتباكات",
                "Armed clash",
                "صوران",
                date(2024, 12, 3),
                ("قوات سوريا الديموقراطية",),
                ("هيئة تحرير الشام",),
            )
        ],
    )
    army = build_article(
        "afp-suran-army",
        "اندلعت اشتباكات بين الجيش السوري والتنظيمات الإرهابية في صوران.",
        [spec("اشتباكات", "Armed clash", "صوران", date(2024, 12, 3), ("الجيش السوري",), ("التنظيمات الإرهابية",))],
    )
    ingest(store, [sdf, army])
    # {sdf, hts} and {sy-army} share no specific actor: two events
    assert store.scalar("SELECT count(*) FROM merges") == 2


# -- queries and exports -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "flt, locations",
    [
        (EventFilter(country="SY"), {"Khanasir", "Halfaya", "Suran", "Tayyibat al Imam", "Kafr Nobol"}),
        (EventFilter(country="PS"), set()),
        (EventFilter(admin1="hama"), {"Halfaya", "Suran", "Tayyibat al Imam"}),
        (EventFilter(place="خناصر"), {"Khanasir"}),
        (EventFilter(place="tayyib"), {"Tayyibat al Imam"}),
        (EventFilter(actor="russia"), {"Kafr Nobol"}),
        (EventFilter(event_type="Explosions/Remote violence"), {"Kafr Nobol"}),
        (EventFilter(since=date(2024, 12, 3), until=date(2024, 12, 3), source="sana"), set()),
        (EventFilter(until=date(2024, 12, 2)), {"Khanasir"}),
        (EventFilter(source="anadolu"), {"Suran"}),
    ],
)
def test_event_filters(store, hand_articles, flt, locations):
    ingest(store, hand_articles)
    assert {r["location"] for r in merged_records(store, flt)} == locations


def test_csv_export_is_acleds_31_columns(store_url, hand_articles, capsys):
    with open_store(store_url) as s:
        ingest(s, hand_articles)
    assert main(["events", "--db", store_url, "--format", "csv", "--country", "SY"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert tuple(rows[0]) == ACLED_EXPORT_COLUMNS and len(rows[0]) == 31
    assert len(rows) == 1 + 6
    for row in rows[1:]:
        rec = dict(zip(rows[0], row, strict=True))
        assert re.fullmatch(r"SYR\d+", rec["event_id_cnty"])
        assert rec["iso"] == "760" and rec["region"] == "Middle East" and rec["country"] == "Syria"
        assert rec["time_precision"] in {"1", "2", "3"} and rec["geo_precision"] in {"1", "2", "3"}
        assert rec["interaction"] in {"12", "18", "80"}, rec["interaction"]
        assert int(rec["timestamp"]) > 1_600_000_000 and rec["fatalities"].isdigit()
    ids = [row[0] for row in rows[1:]]
    assert len(set(ids)) == len(ids)


def test_jsonl_geojson_and_parquet_exports(store_url, hand_articles, tmp_path, capsys):
    with open_store(store_url) as s:
        ingest(s, hand_articles)
    assert main(["events", "--db", store_url, "--format", "jsonl", "--place", "Khanasir"]) == 0
    [rec] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rec["reports"] == 2 and {m["article_key"] for m in rec["members"]}
    assert main(["events", "--db", store_url, "--format", "geojson"]) == 0
    geo = json.loads(capsys.readouterr().out)
    assert len(geo["features"]) == 6
    assert all(f["geometry"]["coordinates"][0] > 35 for f in geo["features"])  # lon, lat order
    out = tmp_path / "events.parquet"
    assert main(["events", "--db", store_url, "--format", "parquet", "--output", str(out)]) == 0
    import duckdb

    got = duckdb.sql(f"SELECT location, fatalities, fatalities_low FROM '{out}' ORDER BY location").fetchall()
    assert ("Khanasir", 7, 7) in got and len(got) == 6
    assert main(["events", "--db", store_url, "--format", "parquet"]) == 2  # a file is required


def test_reports_view_keeps_each_articles_own_figure(store_url, hand_articles, capsys):
    with open_store(store_url) as s:
        ingest(s, hand_articles)
    assert main(["events", "--db", store_url, "--reports", "--place", "Khanasir"]) == 0
    figures = sorted(json.loads(line)["fatalities"] for line in capsys.readouterr().out.splitlines())
    assert figures == [7, 20]


# -- territorial control -----------------------------------------------------------------------------------------


def test_control_on_a_date_with_evidence(store, hand_articles):
    ingest(store, hand_articles)
    changes = territory_changes(store, "SY")
    places = {p.location: p for p in control_on(changes, date(2024, 12, 3))}
    assert set(places) == {"Khanasir", "Halfaya", "Suran", "Tayyibat al Imam"}
    assert places["Khanasir"].holder == "Military Forces of Syria (2000-2024)"
    assert places["Suran"].holder == "Hayat Tahrir al Sham"
    [change] = places["Khanasir"].changes
    assert {e.article_id for e in change.evidence} == {"sana-khanasir", "afp-khanasir"}
    assert any("خناصر" in e.quote for e in change.evidence)
    assert control_on(changes, date(2024, 12, 1)) == []
    assert territory_changes(store, "PS") == []


def test_control_follows_later_changes_and_withdrawals(store, hand_articles, build):
    build_article, spec = build
    retaken = build_article(
        "sana-halfaya",
        "أفادت سانا بأن وحدات من الجيش العربي السوري استعادت السيطرة على حلفايا بعد معارك مع التنظيمات الإرهابية.",
        [
            spec(
                "استعادت",
                "Government regains territory",
                "حلفايا",
                date(2024, 12, 5),
                ("وحدات من الجيش العربي السوري",),
                ("التنظيمات الإرهابية",),
                source="سانا",
            )
        ],
        agency="SANA",
    )
    withdrawn = build_article(
        "afp-kafrnabl-withdrawal",
        "انسحب الطيران الروسي من محيط كفرنبل.",
        [spec("انسحب", "Other", "كفرنبل", date(2024, 12, 6), ("الطيران الروسي",), (), plover=("RETREAT", "withdraw"))],
    )
    ingest(store, [*hand_articles, retaken, withdrawn])
    changes = territory_changes(store)
    on4 = {p.location: p.holder for p in control_on(changes, date(2024, 12, 4))}
    on6 = {p.location: p for p in control_on(changes, date(2024, 12, 6))}
    assert on4["Halfaya"] == "Hayat Tahrir al Sham"
    assert on6["Halfaya"].holder == "Military Forces of Syria (2000-2024)" and on6["Halfaya"].since == date(2024, 12, 5)
    assert on6["Halfaya"].changes[0].previous == "Unidentified Armed Group (Syria)"
    [change] = on6["Kafr Nobol"].changes
    assert change.how == "withdrawal" and change.previous == "Military Forces of Russia (2000-)" and change.holder == ""


def test_control_command_prints_the_table_and_jsonl(store_url, hand_articles, capsys):
    with open_store(store_url) as s:
        ingest(s, hand_articles)
    assert main(["control", "--db", store_url, "--date", "2024-12-03", "--country", "SY"]) == 0
    out = capsys.readouterr().out
    assert "Khanasir, Aleppo, Syria: Military Forces of Syria (2000-2024) since 2024-12-02" in out
    assert "sana-khanasir [SANA]" in out
    assert main(["control", "--db", store_url, "--date", "2024-12-03", "--format", "jsonl"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {r["location"] for r in records} == {"Khanasir", "Halfaya", "Suran", "Tayyibat al Imam"}
    with pytest.raises(SystemExit) as exit_:
        main(["control", "--db", store_url, "--date", "3 Dec"])
    assert exit_.value.code == 2 and "not a date" in capsys.readouterr().err


def test_only_asserted_events_are_merged(store, build):
    build_article, spec = build
    intent = build_article(
        "afp-hama-intent",
        "قال مقاتل إن الفصائل تسعى للتقدم باتجاه حلفايا بعد تمشيط البلدات التي تمت السيطرة عليها.",
        [
            spec(
                "للتقدم",
                "Non-state actor overtakes territory",
                "حلفايا",
                date(2024, 12, 3),
                ("الفصائل",),
                modality="intended",
            )
        ],
    )
    ingest(store, [intent])
    assert count_rows(store)["events"] == 1
    assert count_rows(store)["merges"] == 0  # a reported intention is kept as a report, never as an event
    assert territory_changes(store) == []


def test_a_non_violent_transfer_is_read_as_the_withdrawal_of_actor1(store, hand_articles, build):
    build_article, spec = build
    left = build_article(
        "anadolu-khanasir-withdrawal",
        "وقالت مصادر في المعارضة إن الفصائل انسحبت من خناصر إثر قصف جوي مكثف.",
        [spec("انسحبت", "Non-violent transfer of territory", "خناصر", date(2024, 12, 4), ("الفصائل",))],
    )
    ingest(store, [*hand_articles, left])
    [khanasir] = [p for p in control_on(territory_changes(store), date(2024, 12, 4)) if p.location == "Khanasir"]
    [change] = khanasir.changes
    assert (change.how, change.previous, change.holder) == ("withdrawal", "Unidentified Armed Group (Syria)", "")
    assert khanasir.since == date(2024, 12, 4)


def test_progress_shows_a_bar_and_keeps_problem_lines_whole(hand_articles):
    from marsad.readers import ReadProblem
    from marsad.store.ingest import Progress

    out = io.StringIO()
    progress = Progress(out, total=3)
    with open_store(":memory:") as s:
        ingest(
            s,
            [hand_articles[0], ReadProblem("x.jsonl:2", "malformed JSON"), hand_articles[1]],
            on_problem=lambda p: progress.note(f"marsad: {p}"),
            progress=progress,
        )
    lines = out.getvalue().replace("\r\033[K", "\n").split("\n")
    assert "marsad: x.jsonl:2: malformed JSON" in lines
    assert out.getvalue().rstrip("\n").endswith("articles/s") and "3/3" in out.getvalue()


def test_two_concurrent_ingests_into_postgresql_store_everything_once(store_url, many_articles):
    if not store_url.startswith("postgresql"):
        pytest.skip("a DuckDB file has one writing process; concurrent writers are a PostgreSQL matter")
    import threading

    errors = []

    def run(order):
        try:
            with open_store(store_url) as s:
                ingest(s, order, batch_size=3)
        except Exception as e:  # surfaced below with the thread's error
            errors.append(e)

    threads = [threading.Thread(target=run, args=(o,)) for o in (many_articles, list(reversed(many_articles)))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert errors == []
    with open_store(store_url) as s:
        counts = count_rows(s)
        doubled = s.scalar(
            "SELECT count(*) FROM (SELECT merged_id FROM merges GROUP BY merged_id HAVING count(*) > 1) d"
        )
    assert (counts["articles"], counts["events"], counts["merge_members"], doubled) == (15, 27, 27, 0)


def test_a_unit_and_its_parent_force_are_compatible_actors(store, build):
    build_article, spec = build
    unit = build_article(
        "sana-kafrnabl-unit",
        "خاضت الفرقة 25 اشتباكات مع هيئة تحرير الشام على أطراف كفرنبل.",
        [spec("اشتباكات", "Armed clash", "كفرنبل", date(2024, 12, 3), ("الفرقة 25",), ("هيئة تحرير الشام",))],
    )
    army = build_article(
        "afp-kafrnabl-army",
        "دارت اشتباكات بين الجيش السوري والتنظيمات الإرهابية في كفرنبل.",
        [spec("اشتباكات", "Armed clash", "كفرنبل", date(2024, 12, 3), ("الجيش السوري",), ("التنظيمات الإرهابية",))],
    )
    ingest(store, [unit, army])
    assert store.scalar("SELECT reports FROM merges") == 2
