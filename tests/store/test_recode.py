"""``marsad recode``: stored articles coded again by a newer marsad (or after a gazetteer import) replace what the
store held of them, merged events included, and an article the new coder fails on keeps what was stored."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

from marsad.cli import main
from marsad.extraction import coder_fingerprint, process, process_one
from marsad.model import Article
from marsad.readers import ReadProblem, read_paths
from marsad.store.backends import open_store
from marsad.store.ingest import count_rows, ingest, recode


def merged_view(store) -> list[tuple]:
    rows = store.query(
        "SELECT m.sub_event_type, m.location, m.event_date, m.fatalities, m.source, mm.article_key, mm.local_id "
        "FROM merges m JOIN merge_members mm ON mm.merged_id = m.merged_id"
    )
    return sorted(tuple(str(v) for v in r) for r in rows)


def report_view(store) -> list[tuple]:
    rows = store.query("SELECT article_key, local_id, sub_event_type, event_date, fatalities, location FROM events")
    return sorted(tuple(str(v) for v in r) for r in rows)


def a_week_later(article: Article) -> Article:
    """The article as a faulty older coder read it: every event dated a week after the day the text gives."""
    moved = tuple(dataclasses.replace(e, date=e.date + timedelta(days=7)) for e in article.events)
    return dataclasses.replace(article, events=moved)


def coder_of(articles):
    """A stand-in pipeline that codes a stored article as the given processed article of the same id."""
    by_id = {a.id: a for a in articles}
    return lambda stored: by_id[stored.id]


def test_recode_replaces_events_and_merges_with_what_the_new_coder_reads(store, store_url, hand_articles, tmp_path):
    ingest(store, [a_week_later(a) for a in hand_articles], coder="old")
    stale_days = {r[2] for r in merged_view(store)}
    stats = recode(store, coder_of(hand_articles), "new")
    assert (stats.read, stats.new, stats.problems) == (5, 5, 0)
    # the store now holds exactly what a fresh ingest of the new coding holds: no merged event of the old days is left
    with open_store(str(tmp_path / "fresh.duckdb")) as fresh:
        ingest(fresh, hand_articles, coder="new")
        assert report_view(store) == report_view(fresh)
        assert merged_view(store) == merged_view(fresh)
        assert count_rows(store) == count_rows(fresh)
    assert stale_days.isdisjoint({r[2] for r in merged_view(store)})
    # what is current is not coded again unless asked
    assert recode(store, coder_of(hand_articles), "new").read == 0
    assert recode(store, coder_of(hand_articles), "new", everything=True).new == 5


def test_ingest_counts_articles_another_coder_stored(store, hand_articles):
    ingest(store, hand_articles[:3], coder="old")
    stats = ingest(store, hand_articles, coder="new")
    assert (stats.new, stats.already, stats.outdated) == (2, 3, 3)
    assert ingest(store, hand_articles, coder="new").outdated == 3
    recode(store, coder_of(hand_articles), "new")
    assert ingest(store, hand_articles, coder="new").outdated == 0


def test_an_article_the_new_coder_fails_on_keeps_what_was_stored(store, hand_articles):
    ingest(store, hand_articles, coder="old")
    before = report_view(store)
    failing = hand_articles[0].id
    good = coder_of(hand_articles)
    problems = []

    def code(stored: Article) -> Article | ReadProblem:
        if stored.id == failing:
            return ReadProblem(stored.origin, "a stage failed")
        return good(stored)

    stats = recode(store, code, "new", batch_size=2, on_problem=problems.append)
    assert (stats.read, stats.new, stats.problems) == (5, 4, 1)
    assert len(problems) == 1 and str(problems[0]).endswith(": a stage failed")
    assert report_view(store) == before
    # the failed article is still outdated, so the next run tries it again
    assert store.query("SELECT count(*) FROM articles WHERE coder = 'old'") == [(1,)]


def test_recode_with_the_same_pipeline_changes_nothing(store, pipeline, example_paths):
    articles = [a for a in process(read_paths(example_paths), pipeline) if isinstance(a, Article)]
    ingest(store, articles, coder=coder_fingerprint())
    reports, merged = report_view(store), merged_view(store)
    assert reports and merged
    claims = sorted(store.query("SELECT article_key, local_event_id, position, source_name FROM claims"))
    stats = recode(store, lambda a: process_one(a, pipeline), coder_fingerprint(), everything=True)
    assert stats.new == len(articles) and stats.problems == 0
    assert report_view(store) == reports
    assert merged_view(store) == merged
    assert sorted(store.query("SELECT article_key, local_event_id, position, source_name FROM claims")) == claims


def test_recode_command_codes_a_store_written_before_coders_were_recorded(store_url, capsys, pipeline, example_paths):
    assert main(["ingest", "--db", store_url, *example_paths]) == 0
    with open_store(store_url) as s:
        # a store of schema version 1: no coder column, so every article's coder is unknown
        s.execute("ALTER TABLE articles DROP COLUMN coder")
        s.execute("UPDATE marsad_meta SET value = '1' WHERE key = 'schema_version'")
        reports = report_view(s)
    capsys.readouterr()
    assert main(["ingest", "--db", store_url, *example_paths]) == 0
    err = capsys.readouterr().err
    assert "were coded by another marsad" in err and "marsad recode" in err
    with open_store(store_url) as s:
        stored = int(s.scalar("SELECT count(*) FROM articles"))
    assert main(["recode", "--db", store_url]) == 0
    assert f"recoded {stored} of {stored} article(s) (0 problem(s)" in capsys.readouterr().err
    with open_store(store_url) as s:
        assert report_view(s) == reports
        assert s.query("SELECT count(*) FROM articles WHERE coder IS NULL") == [(0,)]
    assert main(["recode", "--db", store_url]) == 0
    assert "recoded 0 of 0 article(s)" in capsys.readouterr().err


def test_recode_command_refuses_a_bad_batch_size(tmp_path, capsys):
    assert main(["recode", "--db", str(tmp_path / "s.duckdb"), "--batch-size", "0"]) != 0
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and "--batch-size must be at least 1" in err
