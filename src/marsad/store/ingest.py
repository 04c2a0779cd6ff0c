"""Storing processed articles, batch by batch, and keeping the merged events up to date.

An article is keyed by a hash of its id and its text: ingesting it again changes nothing, and a corrected text under
the same id is a new article (the old one is kept; nothing stored is lost). Each batch is one transaction that writes
the articles, their mentions, events, claims, places and actors, and recomputes the merged events of every segment the
batch touched (see :mod:`marsad.merging`; only asserted events are merged), so a crash or Ctrl-C leaves the store
exactly as it was before the unfinished batch and a re-run completes it.

Each article also records which marsad coded it (``extraction.coder_fingerprint``: its code, data files and
gazetteer inputs). After an upgrade or a gazetteer import, :func:`recode` codes the stored articles another marsad
coded again from their stored text and replaces their mentions, events, claims and merged events, batch by batch in
the same way.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TextIO

from marsad.merging import MergedEvent, Report, block_key, merge_reports
from marsad.model import ActorResolution, Article, Event, Mention, PlaceResolution
from marsad.readers import ReadProblem
from marsad.records import event_record, mention_record
from marsad.store.backends import Store
from marsad.store.schema import ACLED_TABLE_COLUMNS

#: environment variables that pause an ingest inside a batch (after the n-th new article of the run is written,
#: before its batch commits) and announce it by creating a file: tests kill the process there, deterministically
PAUSE_AT_ENV = "MARSAD_TEST_PAUSE_AT"
PAUSE_FILE_ENV = "MARSAD_TEST_PAUSE_FILE"

EVENT_COLUMNS = (
    "article_key",
    "local_id",
    "article_id",
    "event_id",
    "modality",
    "injured",
    "displaced",
    "detained",
    "actor_ids",
    "merge_block",
    *ACLED_TABLE_COLUMNS,
)
MERGE_COLUMNS = (
    "merged_id",
    "merge_block",
    "event_id_cnty",
    "reports",
    "fatalities_low",
    "fatalities_high",
    "tags",
    "updated_at",
    *ACLED_TABLE_COLUMNS,
)
ARTICLE_COLUMNS = (
    "article_key",
    "article_id",
    "content_hash",
    "title",
    "published",
    "source",
    "url",
    "origin",
    "raw",
    "layers",
    "ingested_at",
    "coder",
)
MENTION_COLUMNS = (
    "article_key",
    "mention_id",
    "kind",
    "start_offset",
    "end_offset",
    "text",
    "sentence",
    "role",
    "place_key",
    "actor_id",
    "resolution",
)
CLAIM_COLUMNS = (
    "article_key",
    "local_event_id",
    "position",
    "source_mention",
    "source_id",
    "source_name",
    "source_type",
    "cue_start",
    "cue_end",
    "statement_start",
    "statement_end",
)
PLACE_COLUMNS = (
    "place_key",
    "gazetteer_id",
    "geonames_id",
    "pcode",
    "name",
    "name_ar",
    "country",
    "country_code",
    "iso",
    "admin1",
    "admin2",
    "admin3",
    "latitude",
    "longitude",
    "feature",
)
ACTOR_COLUMNS = ("actor_id", "canonical", "inter", "actor_type", "country", "parent", "former_name")

#: the columns a report is rebuilt from when merges are recomputed
_REPORT_SELECT = "e.article_key, e.local_id, e.fatalities, e.actor_ids, e.record"


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def article_key(article: Article) -> str:
    """The store's key of an article: a hash of its id and its text."""
    return hashlib.sha256(f"{article.id}\0{article.raw}".encode()).hexdigest()[:32]


def place_key_of(mention: Mention) -> str | None:
    """A stable key of the place a mention names: gazetteer id, GeoNames id, or country and name."""
    res = mention.resolution
    if isinstance(res, PlaceResolution):
        if res.gazetteer_id:
            return f"gaz:{res.gazetteer_id}"
        if res.geonames_id:
            return f"geonames:{res.geonames_id}"
        return f"name:{res.country_code or ''}:{res.name}"
    return f"text:{mention.text}" if mention.kind.value == "place" else None


def _specific_actors(article: Article, ids: Iterable[str]) -> list[str]:
    out: list[str] = []
    for mid in ids:
        try:
            res = article.mention(mid).resolution
        except KeyError:
            continue
        if isinstance(res, ActorResolution) and not res.generic:
            # a unit and its parent force are compatible: the 25th Division's clash is the army's clash
            for actor_id in (res.actor_id, res.parent):
                if actor_id and actor_id not in out:
                    out.append(actor_id)
    return out


def _date(value: object) -> date | None:
    if value in (None, ""):
        return None
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def report_from_record(
    article_key_: str, local_id: str, record: dict, actors: Iterable[str], fatalities: int | None
) -> Report:
    """Rebuild the merging view of one stored event."""
    from marsad.merging import area_key

    return Report(
        article_key=article_key_,
        local_id=local_id,
        sub_event_type=record.get("sub_event_type") or "",
        event_date=_date(record.get("event_date")),
        time_precision=int(record.get("time_precision") or 1),
        place_key=record.get("place_key"),
        geo_precision=record.get("geo_precision"),
        admin3=area_key(record),
        actors=frozenset(actors),
        fatalities=fatalities,
        source=record.get("source") or "",
        record=record,
    )


@dataclass(frozen=True)
class ArticleRows:
    """The rows one article adds to each table."""

    key: str
    article: tuple
    mentions: list[tuple]
    events: list[tuple]
    claims: list[tuple]
    places: list[tuple]
    actors: list[tuple]
    reports: list[Report]


def _acled_values(record: dict) -> list:
    values = []
    for col in ACLED_TABLE_COLUMNS:
        if col == "event_date":
            values.append(_date(record.get("event_date")))
        elif col == "record":
            values.append(json.dumps(record, ensure_ascii=False, sort_keys=True))
        else:
            value = record.get(col)
            values.append(None if value == "" and col in ("inter1", "inter2", "interaction", "iso") else value)
    return values


def event_row_record(article: Article, event: Event) -> dict:
    """The stored record of an event: ``event_record`` plus the place key and the figure as the text gave it."""
    record = event_record(article, event)
    record["place_key"] = place_key_of(article.mention(event.location)) if event.location else None
    # event_record writes ACLED's 0 for "no figure"; merging must tell a report of 0 dead from a report without figure
    record["fatalities"] = event.fatalities
    record["modality"] = event.modality
    return record


def rows_of(article: Article, now: str, coder: str | None = None) -> ArticleRows:
    """Every row an article adds to the store; ``coder`` names what coded it (see ``extraction.coder_fingerprint``)."""
    key = article_key(article)
    art = (
        key,
        article.id,
        content_hash(article.raw),
        article.title,
        article.published.isoformat() if article.published else None,
        article.source,
        article.url,
        article.origin,
        article.raw,
        ",".join(sorted(article.layers)),
        now,
        coder,
    )
    mentions, places, actors = [], {}, {}
    for m in article.mentions:
        rec = mention_record(article, m)
        extra = {k: v for k, v in rec.items() if k not in ("article_id", "id", "kind", "start", "end", "text")}
        pkey = place_key_of(m) if m.kind.value == "place" else None
        res = m.resolution
        actor_id = getattr(res, "actor_id", None)
        mentions.append(
            (key, m.id, m.kind.value, m.start, m.end, m.text, m.sentence, m.role, pkey, actor_id, json.dumps(extra))
        )
        if isinstance(res, PlaceResolution) and pkey:
            places[pkey] = (
                pkey,
                res.gazetteer_id,
                res.geonames_id,
                res.pcode,
                res.name,
                res.name_ar,
                res.country,
                res.country_code,
                res.iso,
                res.admin1,
                res.admin2,
                res.admin3,
                res.latitude,
                res.longitude,
                res.feature,
            )
        elif isinstance(res, ActorResolution):
            actors[res.actor_id] = (
                res.actor_id,
                res.canonical,
                res.inter,
                res.actor_type,
                res.country,
                res.parent,
                res.former_name,
            )
    events, reports = [], []
    for ev in article.events:
        record = event_row_record(article, ev)
        ids = _specific_actors(article, (*ev.actor1, *ev.actor2))
        report = report_from_record(key, ev.id, record, ids, ev.fatalities)
        reports.append(report)
        events.append(
            (
                key,
                ev.id,
                article.id,
                record["event_id"],
                ev.modality,
                ev.injured,
                ev.displaced,
                ev.detained,
                json.dumps(ids),
                block_key(report),
                *_acled_values(record),
            )
        )
    claims = []
    counters: dict[str, int] = {}
    for c in article.claims:
        pos = counters.get(c.event_id, 0)
        counters[c.event_id] = pos + 1
        claims.append(
            (
                key,
                c.event_id,
                pos,
                c.source,
                c.source_id,
                c.source_name,
                c.source_type,
                c.cue.start if c.cue else None,
                c.cue.end if c.cue else None,
                c.statement.start if c.statement else None,
                c.statement.end if c.statement else None,
            )
        )
    return ArticleRows(key, art, mentions, events, claims, list(places.values()), list(actors.values()), reports)


@dataclass
class IngestStats:
    """What an ingest run did."""

    read: int = 0
    new: int = 0
    already: int = 0
    events: int = 0
    problems: int = 0
    batches: int = 0
    merged: int = 0
    seconds: float = 0.0
    #: articles already stored that another marsad (or another gazetteer) coded; ``marsad recode`` codes them again
    outdated: int = 0


class Progress:
    """A one-line progress display on stderr, redrawn at most five times a second."""

    def __init__(self, out: TextIO | None, total: int | None = None, verb: str = "ingest", done: str = "new") -> None:
        self.out = out
        self.total = total
        self.verb = verb
        self.done = done
        self.started = time.perf_counter()
        self._last = 0.0
        self._drawn = False

    def update(self, stats: IngestStats, force: bool = False) -> None:
        if self.out is None:
            return
        now = time.perf_counter()
        if not force and now - self._last < 0.2:
            return
        self._last = now
        elapsed = max(now - self.started, 1e-9)
        rate = stats.read / elapsed
        if self.total:
            done = min(stats.read + stats.problems, self.total)
            width = 24
            filled = int(width * done / self.total)
            bar = "[" + "#" * filled + "." * (width - filled) + f"] {done}/{self.total} "
        else:
            bar = f"{stats.read} read "
        line = f"\rmarsad: {self.verb} {bar}{stats.new} {self.done}, {stats.events} events, {rate:.1f} articles/s"
        self.out.write(line)
        self.out.flush()
        self._drawn = True

    def note(self, message: str) -> None:
        """A message on its own line, above the progress line (which the next update redraws)."""
        if self.out is None:
            return
        if self._drawn:
            self.out.write("\r\033[K")
            self._last = 0.0
        self.out.write(message + "\n")
        self.out.flush()

    def finish(self) -> None:
        if self.out is not None and self._drawn:
            self.out.write("\n")
            self.out.flush()


def _pause_hook() -> Callable[[int], None]:
    """The test hook (see :data:`PAUSE_AT_ENV`); a no-op unless both variables are set."""
    at, marker = os.environ.get(PAUSE_AT_ENV), os.environ.get(PAUSE_FILE_ENV)
    if not at or not marker:
        return lambda n: None
    target = int(at)

    def hook(n: int) -> None:
        if n == target:
            with open(marker, "w") as f:
                f.write(str(os.getpid()))
            while True:  # wait to be killed
                time.sleep(60)

    return hook


def ingest(
    store: Store,
    items: Iterable[object],
    *,
    batch_size: int = 100,
    on_problem: Callable[[object], None] | None = None,
    progress: Progress | None = None,
    coder: str | None = None,
) -> IngestStats:
    """Store processed articles batch by batch; anything that is not an :class:`Article` is a problem to report.

    Args:
        store: an open store.
        items: processed articles (and read problems, passed to ``on_problem``).
        batch_size: articles per transaction.
        on_problem: called with every non-article item.
        progress: where to show progress.
        coder: what coded the articles (``extraction.coder_fingerprint()`` for the default pipeline), recorded with
            each new article; stored articles another coder coded are counted in ``outdated``.

    Returns:
        counts of what was read, stored, skipped and merged.
    """
    stats = IngestStats()
    started = time.perf_counter()
    hook = _pause_hook()
    batch: list[Article] = []
    for item in items:
        if not isinstance(item, Article):
            stats.problems += 1
            if on_problem is not None:
                on_problem(item)
            if progress is not None:
                progress.update(stats)
            continue
        stats.read += 1
        batch.append(item)
        if len(batch) >= batch_size:
            _store_batch(store, batch, stats, hook, coder)
            batch = []
        if progress is not None:
            progress.update(stats)
    if batch:
        _store_batch(store, batch, stats, hook, coder)
    return _finished(stats, started, progress)


def _finished(stats: IngestStats, started: float, progress: Progress | None) -> IngestStats:
    """``stats`` with the run's time, after the last progress line is drawn."""
    stats.seconds = time.perf_counter() - started
    if progress is not None:
        progress.update(stats, force=True)
        progress.finish()
    return stats


def _chunks(values: list, size: int = 500) -> Iterator[list]:
    for i in range(0, len(values), size):
        yield values[i : i + size]


def _marks(part: list) -> str:
    return ", ".join("?" for _ in part)


def _existing_coders(store: Store, keys: list[str]) -> dict[str, str | None]:
    found: dict[str, str | None] = {}
    for part in _chunks(keys):
        rows = store.query(f"SELECT article_key, coder FROM articles WHERE article_key IN ({_marks(part)})", part)
        found.update((k, c) for k, c in rows)
    return found


def _insert_coding(store: Store, coded: list[ArticleRows]) -> None:
    """Write what the articles' coding found: mentions, events, claims, and the places and actors not yet stored."""
    # one multi-row INSERT per table and batch: per-article statements cost more than the rows themselves
    store.insert_rows("mentions", MENTION_COLUMNS, [row for r in coded for row in r.mentions])
    store.insert_rows("events", EVENT_COLUMNS, [row for r in coded for row in r.events])
    store.insert_rows("claims", CLAIM_COLUMNS, [row for r in coded for row in r.claims])
    places = {row[0]: row for r in coded for row in r.places}
    store.insert_rows("places", PLACE_COLUMNS, list(places.values()), ignore_existing=True)
    actors = {row[0]: row for r in coded for row in r.actors}
    store.insert_rows("actors", ACTOR_COLUMNS, list(actors.values()), ignore_existing=True)


def _store_batch(
    store: Store, batch: list[Article], stats: IngestStats, hook: Callable[[int], None], coder: str | None = None
) -> None:
    now = datetime.now(UTC).isoformat(timespec="seconds")
    with store.transaction():
        store.lock_for_writing()
        rows = {}
        for article in batch:
            r = rows_of(article, now, coder)
            rows.setdefault(r.key, r)
        existing = _existing_coders(store, list(rows))
        fresh = [r for k, r in rows.items() if k not in existing]
        stats.already += len(batch) - len(fresh)
        if coder is not None:
            stats.outdated += sum(1 for c in existing.values() if c != coder)
        store.insert_rows("articles", ARTICLE_COLUMNS, [r.article for r in fresh])
        _insert_coding(store, fresh)
        for r in fresh:
            stats.new += 1
            stats.events += len(r.events)
            hook(stats.new)
        touched: dict[str, set[date | None]] = {}
        for r in fresh:
            for report in r.reports:
                touched.setdefault(block_key(report), set()).add(report.event_date)
        stats.merged += refresh_merges(store, touched)
    stats.batches += 1


def stored_article(row: Sequence) -> Article:
    """An article as it was read, rebuilt from its stored row (``_STORED_ARTICLE``'s columns), ready to be coded."""
    key, article_id, title, published, source, url, origin, raw = row
    return Article(
        id=article_id,
        raw=raw,
        title=title,
        published=datetime.fromisoformat(published) if published else None,
        source=source,
        url=url,
        origin=origin or f"stored article {key}",
    )


_STORED_ARTICLE = "article_key, article_id, title, published, source, url, origin, raw"


def recode(
    store: Store,
    code: Callable[[Article], Article | ReadProblem],
    coder: str,
    *,
    everything: bool = False,
    batch_size: int = 100,
    on_problem: Callable[[object], None] | None = None,
    progress: Progress | None = None,
) -> IngestStats:
    """Code stored articles again and replace what the store holds of them, batch by batch.

    An upgraded marsad, or villages added with ``marsad gazetteer import``, code an article differently; the store
    keeps each article's raw text and metadata, so it can be coded again without the original files. Each batch is
    one transaction: the articles' mentions, events and claims are replaced and the merged events of every segment
    their old and new events touch are recomputed, so an interrupted run leaves every article either as it was or
    fully recoded. An article the pipeline fails on keeps what was stored and is reported to ``on_problem``.

    Args:
        store: an open store.
        code: the pipeline (an article in, the coded article or a problem out).
        coder: what ``code`` is (``extraction.coder_fingerprint()`` for the default pipeline), recorded per article.
        everything: recode every stored article, not only those another coder coded.
        batch_size: articles per transaction.
        on_problem: called with each problem.
        progress: where to show progress.

    Returns:
        ``read`` articles found to recode, ``new`` recoded, ``events`` they now hold, ``problems``, ``merged``.
    """
    stats = IngestStats()
    started = time.perf_counter()
    if everything:
        keys = [r[0] for r in store.query("SELECT article_key FROM articles ORDER BY article_key")]
    else:
        keys = [
            r[0]
            for r in store.query(
                "SELECT article_key FROM articles WHERE coder IS NULL OR coder <> ? ORDER BY article_key", [coder]
            )
        ]
    if progress is not None:
        progress.total = len(keys)
    for part in _chunks(keys, batch_size):
        coded: list[ArticleRows] = []
        now = datetime.now(UTC).isoformat(timespec="seconds")
        for row in store.query(f"SELECT {_STORED_ARTICLE} FROM articles WHERE article_key IN ({_marks(part)})", part):
            stats.read += 1
            result = code(stored_article(row))
            if isinstance(result, Article) and article_key(result) == row[0]:
                coded.append(rows_of(result, now, coder))
            else:
                stats.problems += 1
                if on_problem is not None:
                    on_problem(result if not isinstance(result, Article) else f"{row[0]}: coding changed its text")
            if progress is not None:
                progress.update(stats)
        if coded:
            _replace_batch(store, coded, stats, coder)
    return _finished(stats, started, progress)


def _replace_batch(store: Store, coded: list[ArticleRows], stats: IngestStats, coder: str) -> None:
    with store.transaction():
        store.lock_for_writing()
        keys = [r.key for r in coded]
        touched: dict[str, set[date | None]] = {}
        for part in _chunks(keys):
            for block, day in store.query(
                f"SELECT merge_block, event_date FROM events WHERE article_key IN ({_marks(part)})", part
            ):
                touched.setdefault(block, set()).add(_date(day))
            for table in ("mentions", "events", "claims"):
                store.execute(f"DELETE FROM {table} WHERE article_key IN ({_marks(part)})", part)
            store.execute(f"UPDATE articles SET coder = ? WHERE article_key IN ({_marks(part)})", [coder, *part])
        _insert_coding(store, coded)
        for r in coded:
            stats.new += 1
            stats.events += len(r.events)
            for report in r.reports:
                touched.setdefault(block_key(report), set()).add(report.event_date)
        stats.merged += refresh_merges(store, touched)
    stats.batches += 1


def _segments(dates: list[date], wanted: set[date | None]) -> list[tuple[date | None, date | None]]:
    """The runs of dates (split where a day has no report) that contain a wanted date."""
    if None in wanted or not dates:
        return [(None, None)]
    runs: list[tuple[date, date]] = []
    for d in sorted(set(dates)):
        if runs and (d - runs[-1][1]).days <= 1:
            runs[-1] = (runs[-1][0], d)
        else:
            runs.append((d, d))
    return [(a, b) for a, b in runs if any(w is not None and a <= w <= b for w in wanted)]


_SEGMENT_TABLE = "CREATE TEMP TABLE IF NOT EXISTS marsad_segments (merge_block TEXT, seg_start DATE, seg_end DATE)"
_IN_SEGMENT = (
    "s.merge_block = {t}.merge_block AND (s.seg_start IS NULL OR {t}.event_date BETWEEN s.seg_start AND s.seg_end)"
)


def refresh_merges(store: Store, touched: dict[str, set[date | None]]) -> int:
    """Recompute the merged events of every segment of ``touched`` blocks that holds a touched date.

    Must run inside the caller's transaction. Returns how many merged events were written.
    """
    if not touched:
        return 0
    blocks = sorted(touched)
    dates: dict[str, list[date]] = {b: [] for b in blocks}
    for part in _chunks(blocks):
        for block, day in store.query(
            f"SELECT merge_block, event_date FROM events WHERE merge_block IN ({_marks(part)}) "
            "GROUP BY merge_block, event_date",
            part,
        ):
            if day is not None:
                dates[block].append(_date(day))
    for b in blocks:
        # a recoded article's old dates may have left the table: their segments must still be recomputed
        dates[b].extend(d for d in touched[b] if d is not None)
    segments = [(b, s, e) for b in blocks for s, e in _segments(dates[b], touched[b])]
    store.execute(_SEGMENT_TABLE)
    store.execute("DELETE FROM marsad_segments")
    store.insert_rows("marsad_segments", ("merge_block", "seg_start", "seg_end"), segments)
    # only asserted events are merged into ACLED's events; background and reported intentions stay reports
    rows = store.query(
        f"SELECT {_REPORT_SELECT} FROM events e JOIN marsad_segments s ON {_IN_SEGMENT.format(t='e')} "
        "WHERE coalesce(e.modality, 'asserted') = 'asserted'"
    )
    reports = [
        report_from_record(k, lid, json.loads(rec), json.loads(ids or "[]"), fat) for k, lid, fat, ids, rec in rows
    ]
    merged = merge_reports(reports)
    store.execute(
        f"DELETE FROM merges WHERE EXISTS (SELECT 1 FROM marsad_segments s WHERE {_IN_SEGMENT.format(t='merges')})"
    )
    store.execute(
        "DELETE FROM merge_members WHERE EXISTS "
        f"(SELECT 1 FROM marsad_segments s WHERE {_IN_SEGMENT.format(t='merge_members')})"
    )
    write_merges(store, merged, {r.key: r for r in reports})
    return len(merged)


def write_merges(store: Store, merged: list[MergedEvent], reports: dict[tuple[str, str], Report]) -> None:
    stamp = int(time.time())
    merge_rows, member_rows = [], []
    for m in merged:
        record = dict(m.record)
        merge_rows.append(
            (
                m.merged_id,
                m.block,
                record["event_id_cnty"],
                len(m.members),
                m.fatalities_low,
                m.fatalities_high,
                "",
                stamp,
                *_acled_values(record),
            )
        )
        for key in m.members:
            member_rows.append((m.merged_id, m.block, reports[key].event_date, key[0], key[1]))
    store.insert_rows("merges", MERGE_COLUMNS, merge_rows)
    store.insert_rows(
        "merge_members", ("merged_id", "merge_block", "event_date", "article_key", "local_id"), member_rows
    )


def count_rows(store: Store) -> dict[str, int]:
    """Rows per table, for checks and summaries."""
    from marsad.store.schema import TABLES

    return {t: int(store.scalar(f"SELECT count(*) FROM {t}") or 0) for t in TABLES}


def summary_line(stats: IngestStats) -> str:
    line = (
        f"ingested {stats.new} new article(s) ({stats.already} already stored, {stats.problems} problem(s)), "
        f"{stats.events} event(s), {stats.merged} merged event(s) refreshed in {stats.seconds:.1f} s"
    )
    if stats.outdated:
        line += (
            f"; {stats.outdated} of the stored articles were coded by another marsad or gazetteer "
            "(marsad recode codes them again)"
        )
    return line


def recode_summary_line(stats: IngestStats) -> str:
    return (
        f"recoded {stats.new} of {stats.read} article(s) ({stats.problems} problem(s) kept as stored), "
        f"{stats.events} event(s), {stats.merged} merged event(s) refreshed in {stats.seconds:.1f} s"
    )


def stderr_progress() -> Progress | None:
    """Progress on stderr when it is a terminal (a log file gets only the summary line)."""
    return Progress(sys.stderr) if sys.stderr.isatty() else None
