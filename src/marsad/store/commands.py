"""The store's subcommands: ``marsad ingest``, ``marsad recode``, ``marsad events`` and ``marsad control``.

Each takes ``--db`` (a DuckDB file, or a ``postgresql://`` URL; default: the embedded store in marsad's data
directory). Every problem is one line on stderr.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from typing import TYPE_CHECKING, TextIO

from marsad.control import PlaceControl, timelines
from marsad.store.backends import Store, StoreError, open_store
from marsad.store.queries import (
    ACLED_EXPORT_COLUMNS,
    EventFilter,
    acled_row,
    control_with_evidence,
    merged_records,
    report_records,
    territory_changes,
)

if TYPE_CHECKING:
    from marsad.store.ingest import Progress

DB_HELP = "store: a DuckDB file path or a postgresql:// URL (default: marsad.duckdb in marsad's data directory)"


def _open(db: str | None) -> Store:
    from marsad.cli import CommandError

    try:
        return open_store(db)
    except StoreError as e:
        raise CommandError(str(e)) from None


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def _default_pipeline():
    from marsad.cli import CommandError
    from marsad.extraction import default_pipeline

    try:
        return default_pipeline()
    except ImportError as e:
        raise CommandError(f"the extraction stages are not available ({e})") from None


def processed(paths: Iterable[str]) -> Iterator[object]:
    """Articles read from ``paths`` and run through the default pipeline (read problems passed through)."""
    from marsad.extraction import process
    from marsad.readers import read_paths

    return process(read_paths(paths), _default_pipeline())


def count_inputs(paths: Iterable[str]) -> int | None:
    """How many articles the inputs hold (text files, plus non-blank lines of JSON Lines files), for the progress bar;
    None when a path cannot be walked (the reader reports it)."""
    from pathlib import Path

    from marsad.readers import JSONL_SUFFIXES, TEXT_SUFFIXES

    total = 0
    for raw in paths:
        path = Path(raw)
        try:
            files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
            for f in files:
                suffix = f.suffix.lower()
                if suffix in TEXT_SUFFIXES:
                    total += 1
                elif suffix in JSONL_SUFFIXES:
                    with open(f, "rb") as fh:
                        total += sum(1 for line in fh if line.strip())
        except OSError:
            return None
    return total


def _check_batch_size(args: argparse.Namespace) -> None:
    from marsad.cli import CommandError

    if args.batch_size < 1:
        raise CommandError(f"--batch-size must be at least 1, not {args.batch_size}")


def _progress(args: argparse.Namespace, make: Callable[[], Progress]) -> tuple[Progress | None, Callable]:
    """The progress line to draw (made only with ``--progress`` or on a terminal, since counting the inputs walks
    them) and where problems are told: above that line, or on stderr."""
    from marsad.cli import report

    if not (args.progress or sys.stderr.isatty()):
        return None, report
    progress = make()
    return progress, lambda p: progress.note(f"marsad: {p}")


def _add_batch_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", default=None, help=DB_HELP)
    p.add_argument("--batch-size", type=int, default=100, help="articles per transaction (default 100)")
    p.add_argument("--progress", action="store_true", help="show progress even when stderr is not a terminal")


def cmd_ingest(args: argparse.Namespace) -> int:
    from marsad.cli import EXIT_NOTHING_READ, EXIT_OK, report
    from marsad.extraction import coder_fingerprint
    from marsad.store.ingest import Progress, ingest, summary_line

    _check_batch_size(args)
    store = _open(args.db)
    try:
        progress, on_problem = _progress(args, lambda: Progress(sys.stderr, count_inputs(args.paths)))
        stats = ingest(
            store,
            processed(args.paths),
            batch_size=args.batch_size,
            on_problem=on_problem,
            progress=progress,
            coder=coder_fingerprint(),
        )
    finally:
        store.close()
    report(summary_line(stats))
    if stats.read == 0:
        report("nothing could be read from the inputs given")
        return EXIT_NOTHING_READ
    return EXIT_OK


def cmd_recode(args: argparse.Namespace) -> int:
    from marsad.cli import EXIT_OK, report
    from marsad.extraction import coder_fingerprint, process_one
    from marsad.store.ingest import Progress, recode, recode_summary_line

    _check_batch_size(args)
    pipeline = _default_pipeline()
    store = _open(args.db)
    try:
        progress, on_problem = _progress(args, lambda: Progress(sys.stderr, verb="recode", done="recoded"))
        stats = recode(
            store,
            lambda article: process_one(article, pipeline),
            coder_fingerprint(),
            everything=args.all,
            batch_size=args.batch_size,
            on_problem=on_problem,
            progress=progress,
        )
    finally:
        store.close()
    report(recode_summary_line(stats))
    return EXIT_OK


def _filter(args: argparse.Namespace) -> EventFilter:
    return EventFilter(
        country=args.country,
        admin1=args.admin1,
        place=args.place,
        actor=args.actor,
        event_type=args.type,
        since=args.since,
        until=args.until,
        source=args.source,
    )


def _scalar(value: object) -> object:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, list | dict) else value


def write_parquet(records: list[dict], columns: list[str], path: str) -> None:
    """Write records to Parquet with DuckDB's writer (an in-memory DuckDB, whatever the store's backend)."""
    import duckdb

    with tempfile.TemporaryDirectory() as tmp:
        staged = os.path.join(tmp, "records.jsonl")
        with open(staged, "w", encoding="utf-8") as f:
            for rec in records:
                f.write(json.dumps({c: _scalar(rec.get(c)) for c in columns}, ensure_ascii=False, default=str) + "\n")
        con = duckdb.connect(":memory:")
        try:
            if records:
                source = f"read_json('{staged}', format='newline_delimited')"
            else:
                source = "(SELECT " + ", ".join(f"NULL::VARCHAR AS {c}" for c in columns) + " WHERE FALSE)"
            target = path.replace("'", "''")
            con.execute(f"COPY (SELECT {', '.join(columns)} FROM {source}) TO '{target}' (FORMAT parquet)")
        finally:
            con.close()


def write_events(records: list[dict], fmt: str, out: TextIO, output: str | None, merged: bool) -> int:
    """Write events as jsonl, csv (ACLED's 31 columns), geojson or parquet."""
    from marsad.cli import CommandError, write_records
    from marsad.records import EVENT_FIELDS

    if fmt == "parquet":
        if not output:
            raise CommandError("--format parquet writes a file: give --output FILE.parquet")
        columns = list(ACLED_EXPORT_COLUMNS) if merged else [c for c in EVENT_FIELDS]
        if merged:
            columns += ["event_id", "reports", "fatalities_low", "fatalities_high", "fatalities_reported", "members"]
            columns += ["geonames_id", "gazetteer_id", "plover_type", "plover_mode"]
        write_parquet(records, columns, output)
        return len(records)
    if fmt == "csv" and merged:
        records = [acled_row(r) for r in records]
        fields: list[str] = list(ACLED_EXPORT_COLUMNS)
    else:
        fields = list(EVENT_FIELDS)
    if output:
        with open(output, "w", encoding="utf-8", newline="") as f:
            return write_records(records, fmt, f, fields)
    return write_records(records, fmt, out, fields)


def cmd_events(args: argparse.Namespace) -> int:
    from marsad.cli import EXIT_OK, report

    store = _open(args.db)
    try:
        flt = _filter(args)
        records = report_records(store, flt, args.limit) if args.reports else merged_records(store, flt, args.limit)
    finally:
        store.close()
    n = write_events(records, args.format, sys.stdout, args.output, merged=not args.reports)
    if args.output:
        report(f"wrote {n} event(s) to {args.output}")
    return EXIT_OK


def control_table(places: list[PlaceControl], day: date, out: TextIO, evidence: bool = True) -> None:
    """A readable table of who held which place on ``day``, each with the change and the reports behind it."""
    if not places:
        out.write(f"No territory changes reported on or before {day.isoformat()}.\n")
        return
    out.write(f"Who held which place on {day.isoformat()} (latest reported change on or before that day)\n")
    for p in places:
        where = ", ".join(x for x in (p.location, p.admin1, p.country) if x)
        flag = "  [contested]" if p.contested else ""
        out.write(f"- {where}: {p.holder} since {p.since.isoformat()}{flag}\n")
        for c in p.changes:
            if c.how == "withdrawal":
                lost = f" of {c.previous}" if c.previous else ""
            else:
                lost = f", from {c.previous}" if c.previous else ""
            out.write(f"    {c.how}{lost} ({c.event_id_cnty}; sources: {c.sources})\n")
            if evidence:
                for e in c.evidence:
                    out.write(f"      {e.article_id} [{e.source}]: {e.quote}\n")


def control_record(p: PlaceControl, day: date) -> dict:
    return {
        "date": day.isoformat(),
        "place_key": p.place_key,
        "location": p.location,
        "admin1": p.admin1,
        "country": p.country,
        "holder": p.holder,
        "since": p.since.isoformat(),
        "contested": p.contested,
        "changes": [
            {
                "how": c.how,
                "holder": c.holder,
                "previous": c.previous,
                "event_id_cnty": c.event_id_cnty,
                "merged_id": c.merged_id,
                "sources": c.sources,
                "evidence": [{"article_id": e.article_id, "source": e.source, "quote": e.quote} for e in c.evidence],
            }
            for c in p.changes
        ],
    }


def cmd_control(args: argparse.Namespace) -> int:
    from marsad.cli import EXIT_OK

    store = _open(args.db)
    try:
        if args.history:
            changes = territory_changes(store, args.country, until=args.date, evidence=False)
        else:
            places = control_with_evidence(store, args.date, args.country)
    finally:
        store.close()
    if args.history:
        for place_changes in timelines(changes).values():
            for c in place_changes:
                if c.day <= args.date:
                    sys.stdout.write(
                        f"{c.day.isoformat()}\t{c.location}\t{c.holder or '(left)'}\t{c.how}\t{c.sources}\n"
                    )
        return EXIT_OK
    if args.format == "jsonl":
        for p in places:
            sys.stdout.write(json.dumps(control_record(p, args.date), ensure_ascii=False) + "\n")
    else:
        control_table(places, args.date, sys.stdout)
    return EXIT_OK


def _add_filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("--country", help="country name or ISO alpha-2 code (e.g. SY)")
    p.add_argument("--admin1", help="province / governorate")
    p.add_argument("--place", help="place name (English or Arabic), or part of it")
    p.add_argument("--actor", help="actor name or part of it (either side, associated actors included)")
    p.add_argument("--type", help="ACLED event type or sub-event type")
    p.add_argument("--since", type=_day, help="first date, YYYY-MM-DD")
    p.add_argument("--until", type=_day, help="last date, YYYY-MM-DD")
    p.add_argument("--source", help="source name or part of it")


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``ingest``, ``recode``, ``events`` and ``control`` to the marsad command."""
    p = subparsers.add_parser("ingest", help="process .txt / .jsonl files or folders into the store")
    p.add_argument("paths", nargs="+", metavar="PATH")
    _add_batch_options(p)
    p.set_defaults(func=cmd_ingest)

    p = subparsers.add_parser(
        "recode", help="code stored articles again after an upgrade or a gazetteer import, replacing their events"
    )
    _add_batch_options(p)
    p.add_argument("--all", action="store_true", help="every stored article, not only those another marsad coded")
    p.set_defaults(func=cmd_recode)

    p = subparsers.add_parser("events", help="query and export stored events (merged across reports by default)")
    p.add_argument("--db", default=None, help=DB_HELP)
    _add_filters(p)
    p.add_argument("--reports", action="store_true", help="one row per report instead of per merged event")
    p.add_argument("--format", choices=("jsonl", "csv", "geojson", "parquet"), default="jsonl")
    p.add_argument("--output", help="write to this file (required for parquet)")
    p.add_argument("--limit", type=int, default=None)
    p.set_defaults(func=cmd_events)

    p = subparsers.add_parser("control", help="who held which place on a date, with the evidence for each change")
    p.add_argument("--db", default=None, help=DB_HELP)
    p.add_argument("--date", type=_day, required=True, help="the day, YYYY-MM-DD")
    p.add_argument("--country", help="country name or ISO alpha-2 code (e.g. SY)")
    p.add_argument("--format", choices=("table", "jsonl"), default="table")
    p.add_argument("--history", action="store_true", help="list every change up to the date instead")
    p.set_defaults(func=cmd_control)
