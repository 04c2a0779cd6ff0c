"""The ``marsad`` command: a thin layer over the library.

Every problem the user can cause (a missing file, bad bytes, a malformed JSON line, a bad option) is reported as one
line on stderr naming the input; the exit status is non-zero only when nothing could be read at all.
"""

from __future__ import annotations

import argparse
import csv
import importlib
import io
import json
import sys
from collections.abc import Callable, Iterable, Sequence

from marsad import __version__
from marsad.model import Article
from marsad.readers import ReadProblem, read_paths
from marsad.records import EVENT_FIELDS, event_records, mention_records

#: modules that add subcommands; each has ``register(subparsers)``. Listed here, not discovered by import side effect.
COMMAND_MODULES: list[str] = ["marsad.store.commands", "marsad.places.commands"]

EXIT_OK = 0
EXIT_NOTHING_READ = 1
EXIT_USAGE = 2


class CommandError(Exception):
    """A user-facing error: printed as one line, exit status 2."""


def report(problem: ReadProblem | str) -> None:
    print(f"marsad: {problem}", file=sys.stderr)


def run_pipeline(paths: Sequence[str]) -> Iterable[Article | ReadProblem]:
    from marsad.extraction import default_pipeline, process

    return process(read_paths(paths), default_pipeline())


def _flat(value: object) -> object:
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else value


def write_records(records: Iterable[dict], fmt: str, out: io.TextIOBase, fields: Sequence[str]) -> int:
    """Write records as jsonl, json, csv or geojson; return how many were written."""
    n = 0
    if fmt == "jsonl":
        for rec in records:
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
    elif fmt == "json":
        items = list(records)
        json.dump(items, out, ensure_ascii=False, indent=2)
        out.write("\n")
        n = len(items)
    elif fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=list(fields), extrasaction="ignore")
        writer.writeheader()
        for rec in records:
            writer.writerow({k: _flat(rec.get(k)) for k in fields})
            n += 1
    elif fmt == "geojson":
        features = []
        for rec in records:
            lat, lon = rec.get("latitude"), rec.get("longitude")
            geometry = {"type": "Point", "coordinates": [lon, lat]} if lat is not None and lon is not None else None
            props = {k: v for k, v in rec.items() if k not in ("latitude", "longitude")}
            features.append({"type": "Feature", "geometry": geometry, "properties": props})
        json.dump({"type": "FeatureCollection", "features": features}, out, ensure_ascii=False)
        out.write("\n")
        n = len(features)
    else:
        raise CommandError(f"unknown format {fmt!r}")
    return n


def _collect(paths: Sequence[str], per_article: Callable[[Article], Iterable[dict]]) -> tuple[list[dict], int, int]:
    records: list[dict] = []
    read = problems = 0
    for item in run_pipeline(paths):
        if isinstance(item, ReadProblem):
            report(item)
            problems += 1
            continue
        read += 1
        records.extend(per_article(item))
    return records, read, problems


def cmd_extract(args: argparse.Namespace) -> int:
    records, read, _ = _collect(args.paths, event_records)
    if read == 0:
        report("nothing could be read from the inputs given")
        return EXIT_NOTHING_READ
    write_records(records, args.format, sys.stdout, EVENT_FIELDS)
    return EXIT_OK


def cmd_mentions(args: argparse.Namespace) -> int:
    records, read, _ = _collect(args.paths, mention_records)
    if read == 0:
        report("nothing could be read from the inputs given")
        return EXIT_NOTHING_READ
    fields = sorted({k for r in records for k in r}) if records else ["article_id"]
    write_records(records, args.format, sys.stdout, fields)
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from marsad.demo import run_demo

    return run_demo(db=args.db, out=sys.stdout)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="marsad",
        description="Arabic conflict reports in; geocoded, source-attributed event data out.",
    )
    parser.add_argument("--version", action="version", version=f"marsad {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("extract", help="extract events from .txt / .jsonl files or folders")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--format", choices=("jsonl", "json", "csv", "geojson"), default="jsonl")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("mentions", help="list every place, actor, person, date, number and source mention")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--format", choices=("jsonl", "json", "csv"), default="jsonl")
    p.set_defaults(func=cmd_mentions)

    p = sub.add_parser("demo", help="run the main job on the bundled example dispatches into the embedded store")
    p.add_argument("--db", default=None, help="store: a DuckDB file path or postgresql:// URL (default: embedded)")
    p.set_defaults(func=cmd_demo)

    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return args.func(args)
    except CommandError as e:
        report(str(e))
        return EXIT_USAGE
    except KeyboardInterrupt:
        report("interrupted")
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    # Run the module's importable copy: command modules raise ``marsad.cli.CommandError``, and under ``python -m``
    # this file is ``__main__``, whose own CommandError class would not catch theirs.
    from marsad import cli as _cli

    sys.exit(_cli.main())
