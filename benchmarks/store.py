"""Store benchmark: ingest throughput, query latency and the store side of recoding, on a corpus of at least 100,000 events, for both backends.

The corpus is generated from templates of Arabic wire sentences (air strikes, clashes, captures, shelling) over
Syria's real sub-districts (``syria_admin.tsv``: OCHA names, Arabic names, centroids) and a year of dates, as processed
articles with mentions, events and claims, so the store does all its real work: rows for six tables, merge blocks,
segment recomputation. Figures are printed with the ratio against a naive baseline measured in the same run:
ingest against one INSERT statement per row, queries against loading every event and filtering in Python.

    python3 benchmarks/store.py                 # 100,000 events, DuckDB (+ PostgreSQL when $MARSAD_TEST_POSTGRES)
    python3 benchmarks/store.py --events 5000   # a quick run
    python3 benchmarks/store.py --pg postgresql://user:pw@host/db
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from urllib.parse import quote

from marsad.knowledge import load_table
from marsad.model import (
    ActorResolution,
    Article,
    Claim,
    Event,
    Mention,
    MentionKind,
    NumberResolution,
    PlaceResolution,
    SourceResolution,
    Span,
)
from marsad.store.backends import Store, open_store
from marsad.store.ingest import ingest, recode, rows_of
from marsad.store.queries import EventFilter, control_with_evidence, merged_records, territory_changes

NUMBERS = {"ثلاثة": 3, "خمسة": 5, "سبعة": 7, "عشرة": 10, "اثني عشر": 12, "عشرين": 20}
# (template, sub-event type, event type, disorder, PLOVER type and mode, actor1 word, actor2 word or "")
TEMPLATES = [
    (
        "قصفت {a1} بلدة {place} في محافظة {gov} ما أسفر عن مقتل {num} مدنيين، وفق ما أفاد {src}.",
        "Air/drone strike",
        "Explosions/Remote violence",
        "Political violence",
        ("ASSAULT", "aerial"),
        "طائرات حربية روسية",
        "",
    ),
    (
        "اندلعت اشتباكات عنيفة بين {a1} و{a2} في محيط {place} قتل فيها {num} مقاتلين، بحسب {src}.",
        "Armed clash",
        "Battles",
        "Political violence",
        ("FIGHT", "firearms"),
        "هيئة تحرير الشام",
        "الجيش السوري",
    ),
    (
        "تمكنت {a1} من السيطرة على {place} بعد معارك مع {a2} أسفرت عن مقتل {num} عناصر، وفق {src}.",
        "Non-state actor overtakes territory",
        "Battles",
        "Political violence",
        ("ASSAULT", "firearms"),
        "هيئة تحرير الشام",
        "الجيش السوري",
    ),
    (
        "استعادت وحدات من {a1} السيطرة على {place} في ريف {gov} بعد مقتل {num} من {a2}، بحسب {src}.",
        "Government regains territory",
        "Battles",
        "Political violence",
        ("ASSAULT", "firearms"),
        "الجيش السوري",
        "هيئة تحرير الشام",
    ),
    (
        "استهدف {a1} بالمدفعية الثقيلة أطراف {place} ما أدى إلى مقتل {num} أشخاص، وفق ما نقلت {src}.",
        "Shelling/artillery/missile attack",
        "Explosions/Remote violence",
        "Political violence",
        ("ASSAULT", "heavy-weapons"),
        "الجيش السوري",
        "",
    ),
]
ACTORS = {
    "طائرات حربية روسية": ActorResolution("ru-army", "Military Forces of Russia (2000-)", 8, "state", "RU"),
    "هيئة تحرير الشام": ActorResolution("hts", "Hayat Tahrir al Sham", 2, "rebel", "SY"),
    "الجيش السوري": ActorResolution("sy-army", "Military Forces of Syria (2000-2024)", 1, "state", "SY"),
}
SOURCES = {
    "المرصد السوري لحقوق الإنسان": SourceResolution("sohr", "Syrian Observatory for Human Rights", "monitoring NGO"),
    "وكالة سانا": SourceResolution("sana", "SANA", "state media", "National"),
    "وكالة الأناضول": SourceResolution("anadolu", "Anadolu Agency", "wire agency", "International"),
}


def syria_places() -> list[tuple[str, PlaceResolution, str]]:
    """Every sub-district as (Arabic name, resolution, Arabic governorate name)."""
    rows = load_table("syria_admin.tsv").rows
    by_code = {r["pcode"]: r for r in rows}
    out = []
    for r in rows:
        if r["level"] != "3":
            continue
        district = by_code.get(r["parent"], {})
        gov = by_code.get(district.get("parent", ""), {})
        res = PlaceResolution(
            f"ocha:{r['pcode']}",
            r["name"],
            float(r["latitude"]),
            float(r["longitude"]),
            "Syria",
            760,
            "SY",
            gov.get("name"),
            district.get("name"),
            r["name"],
            pcode=r["pcode"],
            name_ar=r["name_ar"],
        )
        out.append((r["name_ar"], res, gov.get("name_ar", "")))
    return out


def make_articles(n_events: int, per_article: int, seed: int = 7) -> list[Article]:
    """Articles of ``per_article`` events each, over a year of dates; copies of one event come from other sources."""
    rnd = random.Random(seed)
    places = syria_places()
    start = date(2024, 1, 1)
    articles = []
    for i in range(0, n_events, per_article):
        sentences, mentions, events, claims = [], [], [], []
        offset = 0
        day = start + timedelta(days=rnd.randrange(366))
        for j in range(min(per_article, n_events - i)):
            tpl, sub, etype, disorder, (ptype, pmode), a1, a2 = rnd.choice(TEMPLATES)
            place_ar, place, gov_ar = rnd.choice(places)
            num_word = rnd.choice(list(NUMBERS))
            src = rnd.choice(list(SOURCES))
            text = tpl.format(a1=a1, a2=a2, place=place_ar, gov=gov_ar, num=num_word, src=src)
            ev_mentions = {}
            for kind, word, res in (
                (MentionKind.PLACE, place_ar, place),
                (MentionKind.ACTOR, a1, ACTORS[a1]),
                (MentionKind.ACTOR, a2, ACTORS.get(a2)),
                (MentionKind.NUMBER, num_word, NumberResolution(NUMBERS[num_word], counts="killed")),
                (MentionKind.SOURCE, src, SOURCES[src]),
            ):
                if not word:
                    continue
                pos = text.find(word)
                mid = f"{kind.value}-{len(mentions)}"
                m = Mention(mid, kind, offset + pos, offset + pos + len(word), word, res, sentence=j)
                mentions.append(m)
                ev_mentions.setdefault(kind.value, []).append(mid)
            eid = f"event-{j}"
            events.append(
                Event(
                    eid,
                    etype,
                    sub,
                    disorder,
                    Span(offset, offset + 4),
                    j,
                    (Span(offset, offset + len(text)),),
                    location=ev_mentions["place"][0],
                    actor1=tuple(ev_mentions["actor"][:1]),
                    actor2=tuple(ev_mentions["actor"][1:]),
                    date=day,
                    fatalities=NUMBERS[num_word],
                    number_mentions=tuple(ev_mentions["number"]),
                    plover_type=ptype,
                    plover_mode=pmode,
                )
            )
            src_res = SOURCES[src]
            claims.append(Claim(eid, ev_mentions["source"][0], src_res.source_id, src_res.name, src_res.source_type))
            sentences.append(text)
            offset += len(text) + 1
        raw = " ".join(sentences)
        for m in mentions:
            assert raw[m.start : m.end] == m.text
        articles.append(
            Article(
                id=f"bench-{i // per_article}",
                raw=raw,
                source="AFP",
                published=datetime(day.year, day.month, day.day, 12, tzinfo=UTC),
                mentions=tuple(mentions),
                events=tuple(events),
                claims=tuple(claims),
                layers=frozenset({"raw", "events", "claims"}),
            )
        )
    return articles


def naive_ingest(store: Store, articles: list[Article]) -> float:
    """The baseline: the same rows, one INSERT statement per row, one transaction; returns seconds."""
    from marsad.store import ingest as m

    started = time.perf_counter()
    with store.transaction():
        for a in articles:
            r = rows_of(a, "now")
            for table, cols, rows in (
                ("articles", m.ARTICLE_COLUMNS, [r.article]),
                ("mentions", m.MENTION_COLUMNS, r.mentions),
                ("events", m.EVENT_COLUMNS, r.events),
                ("claims", m.CLAIM_COLUMNS, r.claims),
            ):
                for row in rows:
                    store.execute(
                        f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})", row
                    )
    return time.perf_counter() - started


def timed(fn, repeat: int = 5) -> float:
    """Median wall time of ``fn`` in milliseconds."""
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def naive_query(store: Store, predicate) -> int:
    """The baseline query: every merged record loaded and filtered in Python."""
    return sum(1 for (rec,) in store.query("SELECT record FROM merges") if predicate(json.loads(rec)))


def run_backend(label: str, url: str, articles: list[Article], baseline_articles: list[Article], batch: int) -> None:
    n_events = sum(len(a.events) for a in articles)
    with open_store(url) as store:
        t = time.perf_counter()
        stats = ingest(store, articles, batch_size=batch)
        seconds = time.perf_counter() - t
        merged = int(store.scalar("SELECT count(*) FROM merges"))
        rate = stats.new / seconds
        print(f"[{label}] ingest: {stats.new} articles, {n_events} events -> {merged} merged events in {seconds:.1f} s")
        print(f"[{label}]   {rate:.0f} articles/s, {n_events / seconds:.0f} events/s (batches of {batch})")
    with open_store(_fresh(url, label)) as base_store:
        base = naive_ingest(base_store, baseline_articles)
        base_rate = len(baseline_articles) / base
        print(
            f"[{label}]   baseline, one INSERT per row, no merging ({len(baseline_articles)} articles): "
            f"{base_rate:.0f} articles/s -> marsad is {rate / base_rate:.1f}x"
        )
    with open_store(url) as store:
        queries = {
            "country=SY, one month": EventFilter(country="SY", since=date(2024, 6, 1), until=date(2024, 6, 30)),
            "admin1=Aleppo, type=Armed clash": EventFilter(admin1="Aleppo", event_type="Armed clash"),
            "place (Arabic name)": EventFilter(place="خناصر"),
            "actor=tahrir, source=sana": EventFilter(actor="tahrir", source="sana"),
        }
        naive = {
            "country=SY, one month": lambda r: (
                r["country"] == "Syria" and "2024-06-01" <= r["event_date"] <= "2024-06-30"
            ),
            "admin1=Aleppo, type=Armed clash": lambda r: (
                r["admin1"] == "Aleppo" and r["sub_event_type"] == "Armed clash"
            ),
            "place (Arabic name)": lambda r: r["location"] == "Khanasir",
            "actor=tahrir, source=sana": lambda r: (
                "tahrir" in (r["actor1"] + r["actor2"]).lower() and "SANA" in r["source"]
            ),
        }
        base_ms = timed(lambda: naive_query(store, naive["country=SY, one month"]), repeat=1)
        for name, flt in queries.items():
            rows = len(merged_records(store, flt))
            ms = timed(lambda flt=flt: merged_records(store, flt))
            print(f"[{label}] query {name}: {rows} rows in {ms:.1f} ms (median of 5)")
        print(f"[{label}]   baseline, load all {merged} merged records and filter in Python: {base_ms:.0f} ms")
        ms = timed(lambda: control_with_evidence(store, date(2024, 12, 3), "SY"), repeat=3)
        print(f"[{label}] control on a date (who held each place, with the evidence): {ms:.0f} ms (median of 3)")
        ms = timed(lambda: territory_changes(store, "SY", evidence=False), repeat=3)
        print(f"[{label}] control --history (every change of hands, no evidence): {ms:.0f} ms (median of 3)")
    with open_store(url) as store:
        # the store's side of ``marsad recode`` (read each article back, replace its rows, recompute merges), with a
        # stand-in coder that returns the article as generated, so the pipeline's own time is left out
        by_id = {a.id: a for a in articles}
        t = time.perf_counter()
        again = recode(store, lambda stored: by_id[stored.id], "benchmark", everything=True, batch_size=batch)
        seconds = time.perf_counter() - t
        print(
            f"[{label}] recode, store side: {again.new} articles replaced in {seconds:.1f} s = "
            f"{again.new / seconds:.0f} articles/s ({again.new / seconds / rate:.2f}x ingest's rate)"
        )


_PG_SCHEMAS: list[tuple[str, str]] = []


def _fresh(url: str, label: str) -> str:
    """A fresh, empty store of the same backend for the baseline."""
    if url.startswith("postgres"):
        return _pg_schema(url.split("?")[0])
    return os.path.join(os.path.dirname(url), f"baseline-{label}.duckdb")


def _pg_schema(base: str) -> str:
    import psycopg

    schema = f"marsad_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(base, autocommit=True) as con:
        con.execute(f'CREATE SCHEMA "{schema}"')
    _PG_SCHEMAS.append((base, schema))
    return f"{base}?options={quote(f'-csearch_path={schema}')}"


def _drop_pg_schemas() -> None:
    import psycopg

    for base, schema in _PG_SCHEMAS:
        with psycopg.connect(base, autocommit=True) as con:
            con.execute(f'DROP SCHEMA "{schema}" CASCADE')


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000, help="events in the corpus (default 100,000)")
    parser.add_argument("--per-article", type=int, default=4, help="events per article (default 4)")
    parser.add_argument("--batch", type=int, default=500, help="articles per transaction (default 500)")
    parser.add_argument("--pg", default=os.environ.get("MARSAD_TEST_POSTGRES"), help="PostgreSQL URL")
    parser.add_argument("--skip-duckdb", action="store_true")
    args = parser.parse_args(argv)

    t = time.perf_counter()
    articles = make_articles(args.events, args.per_article)
    baseline = make_articles(min(args.events, 2000), args.per_article, seed=11)[:200]
    print(f"corpus: {len(articles)} articles, {args.events} events generated in {time.perf_counter() - t:.1f} s")
    with tempfile.TemporaryDirectory() as tmp:
        if not args.skip_duckdb:
            run_backend("duckdb", os.path.join(tmp, "bench.duckdb"), articles, baseline, args.batch)
        if args.pg:
            try:
                run_backend("postgresql", _pg_schema(args.pg), articles, baseline, args.batch)
            finally:
                _drop_pg_schemas()
        else:
            print('[postgresql] skipped: give --pg URL or set $MARSAD_TEST_POSTGRES (eval "$(bash .ci/postgres.sh)")')
    return 0


if __name__ == "__main__":
    sys.exit(main())
