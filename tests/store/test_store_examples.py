"""The bundled example dispatches end to end through the real pipeline: ingested twice in different orders they give
the same merged events, ``marsad ingest`` is idempotent, and ``marsad demo`` prints events, merges and control.
These tests skip (saying why) until every extraction stage is in place."""

from __future__ import annotations

import io

from marsad.cli import main
from marsad.demo import run_demo
from marsad.extraction import process
from marsad.model import Article
from marsad.readers import read_paths
from marsad.store.backends import open_store
from marsad.store.ingest import count_rows, ingest


def merged_view(store_url: str) -> list[tuple]:
    with open_store(store_url) as s:
        rows = s.query(
            "SELECT m.event_id_cnty, m.sub_event_type, m.location, m.event_date, m.fatalities, m.fatalities_low, "
            "m.fatalities_high, m.source, mm.article_key, mm.local_id "
            "FROM merges m JOIN merge_members mm ON mm.merged_id = m.merged_id"
        )
    return sorted(tuple(str(v) for v in r) for r in rows)


def test_examples_ingested_in_two_orders_give_the_same_merged_events(store_url, tmp_path, pipeline, example_paths):
    articles = [a for a in process(read_paths(example_paths), pipeline) if isinstance(a, Article)]
    assert len(articles) >= 4
    with open_store(store_url) as s:
        ingest(s, articles, batch_size=100)
    other = str(tmp_path / "reversed.duckdb")
    with open_store(other) as s:
        ingest(s, list(reversed(articles)), batch_size=1)
    first = merged_view(store_url)
    assert first, "the examples report events"
    assert first == merged_view(other)


def test_ingest_command_is_idempotent(store_url, capsys, pipeline, example_paths):
    assert main(["ingest", "--db", store_url, *example_paths]) == 0
    with open_store(store_url) as s:
        counts = count_rows(s)
    assert counts["articles"] >= 4 and counts["events"] > 0
    capsys.readouterr()
    assert main(["ingest", "--db", store_url, *example_paths]) == 0
    assert "ingested 0 new article(s)" in capsys.readouterr().err
    with open_store(store_url) as s:
        assert count_rows(s) == counts


def test_demo_prints_events_merges_and_control(tmp_path, pipeline):
    out = io.StringIO()
    assert run_demo(str(tmp_path / "demo.duckdb"), out) == 0
    text = out.getvalue()
    assert "Events as each report tells them" in text
    assert "Events merged across reports" in text
    assert "Who held which place" in text or "No territory changes" in text
    assert "Khanasir" in text or "خناصر" in text


def test_demo_recodes_a_store_an_older_marsad_left(tmp_path, pipeline):
    db = str(tmp_path / "demo.duckdb")
    assert run_demo(db, io.StringIO()) == 0
    with open_store(db) as s:
        s.execute("UPDATE articles SET coder = 'an older marsad'")
    out = io.StringIO()
    assert run_demo(db, out) == 0
    assert "coded by an older marsad" in out.getvalue()
    with open_store(db) as s:
        assert s.query("SELECT count(*) FROM articles WHERE coder = 'an older marsad'") == [(0,)]
    again = io.StringIO()
    assert run_demo(db, again) == 0
    assert "recoded" not in again.getvalue()
