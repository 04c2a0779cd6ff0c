"""``marsad gazetteer``: import GeoNames dumps, look names up, show what the compiled gazetteer holds."""

from __future__ import annotations

import argparse
import sys

from marsad.places.gazetteer import GazetteerError


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``gazetteer`` command to the ``marsad`` parser."""
    p = sub.add_parser("gazetteer", help="import GeoNames dumps into the gazetteer, look names up")
    gsub = p.add_subparsers(dest="gazetteer_command", metavar="ACTION")

    q = gsub.add_parser("import", help="add a GeoNames country or allCountries dump (.txt or .zip)")
    q.add_argument("path", metavar="PATH")
    q.add_argument("--alternate-names", metavar="PATH", default=None, help="GeoNames alternateNames file (.txt/.zip)")
    q.set_defaults(func=cmd_import)

    q = gsub.add_parser("lookup", help="places a name (Arabic or Latin) may refer to")
    q.add_argument("name")
    q.set_defaults(func=cmd_lookup)

    q = gsub.add_parser("info", help="where the compiled gazetteer and the imports are, and their size")
    q.set_defaults(func=cmd_info)
    p.set_defaults(func=lambda args: (p.print_help(sys.stderr), 2)[1])


def cmd_import(args: argparse.Namespace) -> int:
    from marsad.places.imports import import_geonames

    try:
        summary = import_geonames(args.path, args.alternate_names)
    except GazetteerError as e:
        # one line, like every other marsad error (run as ``python -m marsad.cli`` the CLI's own error class differs)
        print(f"marsad: gazetteer import: {e}", file=sys.stderr)
        return 2
    print(
        f"imported {summary.places} places ({summary.arabic} with Arabic names, {summary.skipped} other features "
        f"skipped) into {summary.path}; the gazetteer recompiles on next use, and `marsad recode` geocodes the articles "
        "already stored again"
    )
    return 0


def cmd_lookup(args: argparse.Namespace) -> int:
    from marsad.places.gazetteer import load_gazetteer

    for p in load_gazetteer().lookup(args.name):
        admin = ", ".join(a for a in (p.admin3, p.admin2, p.admin1) if a)
        print(f"{p.id}\t{p.name}\t{p.feature}\t{p.country_code}\t{admin}\t{p.latitude}\t{p.longitude}\t{p.population}")
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    from marsad.cache import cache_dir
    from marsad.places.gazetteer import cache_key, import_files, load_gazetteer

    gaz = load_gazetteer()
    path = cache_dir() / f"gazetteer-{cache_key()[:24]}.pickle"
    size = path.stat().st_size / 1e6 if path.exists() else 0.0
    print(f"gazetteer: {len(gaz)} places, {len(gaz.names)} names, {path} ({size:.1f} MB)")
    for f in import_files():
        print(f"import: {f}")
    return 0
