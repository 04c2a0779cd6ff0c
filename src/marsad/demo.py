"""``marsad demo``: the main job on the bundled example dispatches, end to end, with no server.

The examples (``marsad/examples``) are read, processed by the default pipeline and ingested into a store (by default a
``demo.duckdb`` file of its own in marsad's data directory, so the demo never mixes with the user's corpus); then the
demo prints every report's events, the events merged across reports, and who held which place on the last day the
reports cover.
"""

from __future__ import annotations

import importlib.resources
import sys
from collections.abc import Sequence
from datetime import date
from typing import TextIO

from marsad.control import control_on


def examples_folder():
    """The bundled example dispatches, as a traversable resource."""
    return importlib.resources.files("marsad") / "examples"


def _cell(value: object, width: int) -> str:
    text = "" if value is None else str(value)
    text = " ".join(text.split())
    if len(text) > width:
        text = text[: width - 1] + "…"
    return text.ljust(width)


def print_table(rows: Sequence[Sequence[object]], header: Sequence[str], widths: Sequence[int], out: TextIO) -> None:
    """Fixed-width columns, long cells shortened with an ellipsis."""
    out.write("  ".join(_cell(h, w) for h, w in zip(header, widths, strict=True)).rstrip() + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for row in rows:
        out.write("  ".join(_cell(v, w) for v, w in zip(row, widths, strict=True)).rstrip() + "\n")


def _sides(rec: dict) -> str:
    a1, a2 = rec.get("actor1") or "?", rec.get("actor2") or ""
    return f"{a1} vs {a2}" if a2 else a1


def _fatalities(rec: dict) -> str:
    low, high = rec.get("fatalities_low"), rec.get("fatalities_high")
    if low is not None and high is not None and low != high:
        return f"{rec.get('fatalities')} ({low}-{high})"
    return str(rec.get("fatalities") if rec.get("fatalities") is not None else "-")


def run_demo(db: str | None, out: TextIO) -> int:
    """Ingest the bundled examples into ``db`` (default: the demo's own embedded store) and print what marsad found.

    Returns:
        the exit status: 0, or 2 with a one-line message on stderr when the store or the pipeline is unavailable.
    """
    from marsad.cache import data_dir
    from marsad.control import timelines
    from marsad.extraction import coder_fingerprint, process, process_one
    from marsad.readers import read_paths
    from marsad.store.backends import StoreError, open_store
    from marsad.store.commands import control_table
    from marsad.store.ingest import ingest, recode, recode_summary_line, summary_line
    from marsad.store.queries import merged_records, report_records, territory_changes

    def fail(message: str) -> int:
        print(f"marsad: {message}", file=sys.stderr)
        return 2

    try:
        from marsad.extraction import default_pipeline

        pipeline = default_pipeline()
    except ImportError as e:
        return fail(f"demo: the extraction stages are not available ({e})")
    coder = coder_fingerprint()
    target = db or str(data_dir() / "demo.duckdb")
    try:
        store = open_store(target)
    except StoreError as e:
        return fail(str(e))
    try:
        with importlib.resources.as_file(examples_folder()) as folder:
            inputs = sorted(str(p) for p in folder.iterdir() if p.suffix in (".txt", ".jsonl"))
            stats = ingest(
                store,
                process(read_paths(inputs), pipeline),
                on_problem=lambda p: print(f"marsad: {p}", file=sys.stderr),
                coder=coder,
            )
        recoded = ""
        if stats.outdated:
            # a demo store left by an older marsad would otherwise show that marsad's events
            again = recode(store, lambda a: process_one(a, pipeline), coder)
            stats.outdated = 0
            recoded = recode_summary_line(again) + " (the store's articles were coded by an older marsad)\n"
        reports = report_records(store)
        ids = {str(r.get("article_id")) for r in reports}
        merged = merged_records(store)
        changes = territory_changes(store)
    finally:
        store.close()
    out.write(f"marsad demo: {len(inputs)} example file(s) into {target}\n{summary_line(stats)}\n{recoded}\n")
    out.write(f"Events as each report tells them ({len(reports)} from {len(ids)} article(s))\n")
    print_table(
        [
            (
                r.get("event_date"),
                r.get("sub_event_type"),
                r.get("location"),
                _sides(r),
                r.get("fatalities"),
                r.get("source"),
                r.get("article_id"),
            )
            for r in reports
        ],
        ("date", "sub-event type", "place", "actors", "dead", "source", "article"),
        (10, 30, 18, 44, 4, 28, 26),
        out,
    )
    out.write(f"\nEvents merged across reports ({len(merged)}; ACLED's conservative fatalities, range in brackets)\n")
    print_table(
        [
            (
                m.get("event_id_cnty"),
                m.get("event_date"),
                m.get("sub_event_type"),
                m.get("location"),
                m.get("reports"),
                _fatalities(m),
                m.get("source"),
            )
            for m in merged
        ],
        ("event_id_cnty", "date", "sub-event type", "place", "reports", "dead", "sources"),
        (18, 10, 30, 18, 7, 10, 50),
        out,
    )
    out.write("\n")
    days = sorted({c.day for place in timelines(changes).values() for c in place})
    dated = [date.fromisoformat(m["event_date"]) for m in merged if m.get("event_date")]
    day = days[-1] if days else max(dated, default=None)
    if day is None:
        out.write("No dated events: no territorial picture to show.\n")
        return 0
    control_table(control_on(changes, day), day, out)
    out.write(f"\nExplore further:\n  marsad events --db {target} --format csv\n")
    out.write(f"  marsad control --db {target} --date {day.isoformat()}\n")
    return 0
