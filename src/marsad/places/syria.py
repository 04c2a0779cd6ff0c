"""Copying Syria's administrative tables (OCHA COD-AB and OpenSyria) into marsad's data files.

The gazetteer must build on a machine without ``/work/shared``, so the facts it needs from the shared tables are
copied once into ``marsad/data/syria_admin.tsv`` and ``marsad/data/syria_neighbourhoods.tsv`` with their licence and
attribution. Run ``python -m marsad.places.syria /path/to/shared/data`` to regenerate them.

OCHA's English names (``Idleb``, ``Deir-ez-Zor``, ``Ar-Raqqa``, ``Rural Damascus``...) are the ones ACLED uses for
Syria's admin1/admin2/admin3 columns, so they are kept verbatim as each unit's English name; OpenSyria contributes
Arabic aliases, populations and GeoNames ids.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

from marsad.knowledge import data_path

ADMIN_HEADER = """\
# marsad data file: Syria's administrative units (governorates, districts, sub-districts) with p-codes, Arabic names and aliases, centroids.
# source: UN OCHA Common Operational Dataset, Syria administrative boundaries v02 (2020-12-17), attribute tables (names, p-codes, centroids), published on HDX; OpenSyria data-geography (github.com/Open-Syria/data-geography, commit bebd183c): Arabic and English aliases, population, GeoNames ids.
# licence: OCHA COD-AB CC BY-IGO (attribution: UN OCHA); OpenSyria data CC BY 4.0 (attribution: OpenSyria and its upstream sources: geoBoundaries, GeoNames, Wikidata, US Census Bureau).
# columns: level (1 governorate, 2 district, 3 sub-district); OCHA p-code; parent p-code; OCHA English name (as ACLED writes it); Arabic name; Arabic aliases |-separated; English aliases |-separated; centroid latitude; centroid longitude; population (OpenSyria, year varies); GeoNames id
"""

NEIGHBOURHOOD_HEADER = """\
# marsad data file: named neighbourhoods of Syrian cities (Damascus, Aleppo, Homs, Hama and others) with their city and sub-district.
# source: UN OCHA Common Operational Dataset, Syria administrative boundaries v02, neighbourhoods table (syr_neighborhoods), published on HDX.
# licence: CC BY-IGO (attribution: UN OCHA).
# columns: neighbourhood code; English name; Arabic name; city p-code (admin4); city English; city Arabic; sub-district p-code (admin3)
"""


def _aliases(entry: dict, language: str) -> list[str]:
    return [a["value"] for a in entry.get("aliases", ()) if a.get("language") == language]


def write_syria_tables(shared_data: Path, out_dir: Path) -> None:
    """Convert the shared OCHA and OpenSyria tables into the two packaged TSV files."""
    ocha = shared_data / "ocha-cod-ab"
    opensyria = shared_data / "opensyria"
    extra: dict[str, dict] = {}
    for level_file in ("governorates.json", "districts.json", "subdistricts.json"):
        for entry in json.loads((opensyria / level_file).read_text(encoding="utf-8")):
            pcode = entry.get("externalIds", {}).get("ochaPcode")
            if pcode:
                extra[pcode] = entry
    rows: list[list[str]] = []
    for level in (1, 2, 3):
        with open(ocha / f"syr_admin{level}.csv", encoding="utf-8") as f:
            for r in csv.DictReader(f):
                pcode = r[f"adm{level}_pcode"]
                parent = r[f"adm{level - 1}_pcode"] if level > 1 else "SY"
                os_entry = extra.get(pcode, {})
                name_ar = r[f"adm{level}_name1"]
                ar = [os_entry.get("name", {}).get("ar", ""), *_aliases(os_entry, "ar")]
                en = [os_entry.get("name", {}).get("en", ""), r.get(f"adm{level}_ref_n", ""), *_aliases(os_entry, "en")]
                ar = sorted({a for a in ar if a and a != name_ar})
                en = sorted({a for a in en if a and a != r[f"adm{level}_name"]})
                population = (os_entry.get("population") or {}).get("value", "")
                geonames = (os_entry.get("externalIds") or {}).get("geonames", "")
                rows.append(
                    [
                        str(level),
                        pcode,
                        parent,
                        r[f"adm{level}_name"],
                        name_ar,
                        "|".join(ar),
                        "|".join(en),
                        f"{float(r['center_lat']):.5f}",
                        f"{float(r['center_lon']):.5f}",
                        str(population),
                        str(geonames),
                    ]
                )
    columns = (
        "level\tpcode\tparent\tname\tname_ar\taliases_ar\taliases_en\tlatitude\tlongitude\tpopulation\tgeonames_id"
    )
    lines = [ADMIN_HEADER.rstrip("\n"), columns, *("\t".join(c.replace("\t", " ") for c in row) for row in rows)]
    (out_dir / "syria_admin.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")

    nrows = []
    with open(ocha / "syr_neighborhoods.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            nrows.append(
                [
                    r["neighbor_2"],
                    r["neighborho"],
                    r["neighbor_1"],
                    r["adm4_pcode"],
                    r["adm4_en"],
                    r["adm4_ar"],
                    r["adm3_pcode"],
                ]
            )
    columns = "code\tname\tname_ar\tcity_pcode\tcity\tcity_ar\tadmin3_pcode"
    lines = [NEIGHBOURHOOD_HEADER.rstrip("\n"), columns, *("\t".join(row) for row in nrows)]
    (out_dir / "syria_neighbourhoods.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    source = Path(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data")
    write_syria_tables(source, data_path("syria_admin.tsv").parent)
