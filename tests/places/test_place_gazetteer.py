"""The compiled gazetteer: sources, name variants, cache, and GeoNames imports."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from marsad.knowledge import load_table
from marsad.places import gazetteer as gz
from marsad.places.gazetteer import GazetteerError, load_gazetteer
from marsad.places.imports import import_geonames
from marsad.text.normalize import normalize


def test_variants_meet_in_normalized_form():
    g = load_gazetteer()
    for spelling in ("حماة", "حماه", "حَمَاة"):
        assert any(p.geonames_id == 170017 for p in g.lookup(spelling)), spelling
    for spelling in ("إدلب", "ادلب"):
        assert any(p.geonames_id == 169389 for p in g.lookup(spelling)), spelling
    assert [p.name for p in g.lookup("الموصل") if p.feature == "populated_place"] == ["Mosul"]
    assert any(p.name == "Aleppo" for p in g.lookup("Aleppo"))


def test_syrian_places_carry_ocha_names_and_units():
    g = load_gazetteer()
    hama = next(p for p in g.lookup("حماة") if p.feature == "populated_place")
    assert (hama.name, hama.admin1, hama.admin2, hama.admin3) == ("Hama", "Hama", "Hama", "Hama")
    governorates = [p for p in g.lookup("محافظة إدلب") if p.feature == "admin1"]
    assert governorates and governorates[0].pcode == "SY07" and governorates[0].name == "Idleb"
    assert {p.admin1 for p in g.lookup("صوران") if p.feature == "populated_place"} == {"Hama", "Aleppo"}


def test_every_syrian_governorate_is_known():
    g = load_gazetteer()
    for row in load_table("syria_admin.tsv").rows:
        if row["level"] == "1":
            assert any(p.pcode == row["pcode"] for p in g.lookup(row["name_ar"])), row["name_ar"]


def test_countries_have_acled_names():
    g = load_gazetteer()
    assert [p.name for p in g.lookup("فلسطين") if p.feature == "country"] == ["Palestine"]
    assert [p.name for p in g.lookup("سوريا") if p.feature == "country"] == ["Syria"]


def test_cache_key_is_stable_across_processes():
    code = "from marsad.places.gazetteer import cache_key; print(cache_key())"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == gz.cache_key()


def _dump_line(gid: int, name: str, alternates: str, lat: float, lon: float, fclass: str = "P") -> str:
    cells = [str(gid), name, name, alternates, f"{lat}", f"{lon}", fclass, "PPL" if fclass == "P" else "WAD", "SY",
             "", "10", "", "", "", "1200", "", "300", "Asia/Damascus", "2024-01-01"]  # fmt: skip
    return "\t".join(cells) + "\n"


def test_import_adds_a_village_and_changes_the_key(tmp_path, monkeypatch):
    monkeypatch.setenv("MARSAD_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("MARSAD_DATA_DIR", str(tmp_path / "data"))
    before = gz.cache_key()
    dump = tmp_path / "SY.txt"
    dump.write_text(
        _dump_line(9_990_001, "Kafr Testa", "Kafr Testa", 35.31, 36.71)
        + _dump_line(9_990_002, "Wadi Testa", "", 35.3, 36.7, fclass="H"),
        encoding="utf-8",
    )
    alternates = tmp_path / "alternateNames.txt"
    alternates.write_text("1\t9990001\tar\tكفر تستا\t1\t\t\t\n2\t9990001\ten\tKafr Testa\t\t\t\t\n", encoding="utf-8")
    summary = import_geonames(dump, alternates)
    assert (summary.places, summary.arabic, summary.skipped) == (1, 1, 1)
    assert gz.cache_key() != before
    g = load_gazetteer()
    found = g.lookup("كفر تستا")
    assert [p.geonames_id for p in found] == [9_990_001]
    assert found[0].admin1 == "Hama" and found[0].country_code == "SY"
    assert list((tmp_path / "cache").glob("gazetteer-*.pickle"))


def test_import_reads_zipped_dumps(tmp_path, monkeypatch):
    import zipfile

    monkeypatch.setenv("MARSAD_DATA_DIR", str(tmp_path / "data"))
    archive = tmp_path / "SY.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("readme.txt", "GeoNames readme\n")
        z.writestr("SY.txt", _dump_line(9_990_003, "Tal Testa", "Tal Testa,تل تستا", 35.1, 36.7))
    summary = import_geonames(archive)
    assert (summary.places, summary.arabic) == (1, 1)
    assert summary.path.name == "SY.places.tsv" and "تل تستا" in summary.path.read_text(encoding="utf-8")


def test_cli_lookup_lists_candidates():
    proc = subprocess.run(
        [sys.executable, "-m", "marsad.cli", "gazetteer", "lookup", "صوران"], capture_output=True, text=True
    )
    assert proc.returncode == 0
    lines = proc.stdout.strip().splitlines()
    assert any("geonames:163915" in line and "Hama" in line for line in lines)
    assert any("Aleppo" in line for line in lines)


@pytest.mark.parametrize(
    "content, message",
    [
        ("not\ta\tdump\n", "not a GeoNames dump"),
        ("x" * 5 + "\n", "not a GeoNames dump"),
    ],
)
def test_import_rejects_bad_files_in_one_line(tmp_path, monkeypatch, content, message):
    monkeypatch.setenv("MARSAD_DATA_DIR", str(tmp_path / "data"))
    bad = tmp_path / "bad.txt"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(GazetteerError) as e:
        import_geonames(bad)
    assert message in str(e.value) and "\n" not in str(e.value) and "bad.txt:1" in str(e.value)
    with pytest.raises(GazetteerError, match="no such file"):
        import_geonames(tmp_path / "missing.txt")


def test_cli_import_reports_errors_in_one_line(tmp_path):
    env = {"MARSAD_DATA_DIR": str(tmp_path / "data"), "MARSAD_CACHE_DIR": str(tmp_path / "cache"), "PATH": ""}
    import os

    env = {**os.environ, **{k: v for k, v in env.items() if k != "PATH"}}
    proc = subprocess.run(
        [sys.executable, "-m", "marsad.cli", "gazetteer", "import", str(tmp_path / "missing.zip")],
        capture_output=True,
        text=True,
        env=env,
    )
    assert proc.returncode == 2
    assert proc.stderr.strip().count("\n") == 0 and "no such file" in proc.stderr and "Traceback" not in proc.stderr


def test_normalizer_is_the_one_used_for_keys():
    g = load_gazetteer()
    for key in list(g.names)[:2000]:
        assert normalize(key) == key


def test_district_sits_at_its_seat_town_spelled_only_in_latin():
    # cities500 names Al Khafjī in Latin only; the district محافظة الخفجي must not sit at its province's seat
    # (Dammam, 300 km away) and its Arabic name must reach the town too
    g = load_gazetteer()
    district = next(p for p in g.lookup("محافظة الخفجي") if p.feature == "admin2")
    town = next(p for p in g.lookup("الخفجي") if p.feature == "populated_place")
    assert town.geonames_id == 109380
    assert gz.distance_km(district.latitude, district.longitude, town.latitude, town.longitude) < 1


def test_names_stored_backwards_are_turned_round():
    from marsad.places.gazetteer import _logical_order, load_gazetteer

    # a word never starts with ة or ء: that name, and a sibling mirroring the article (لا), were typed backwards
    assert _logical_order(["ةعلقلا ءابصخلا", "نينكملا", "القلعة"]) == ["الخصباء القلعة", "المكنين", "القلعة"]
    assert _logical_order(["كسلا", "ولاية كسلا"]) == ["كسلا", "ولاية كسلا"]  # كسلا is a real name
    assert any(p.country_code == "TN" for p in load_gazetteer().lookup("المكنين"))


def test_places_are_shown_by_a_clean_arabic_name():
    # a typing slip (a tripled alef), an Urdu spelling or a "town, province" pair is no name to show or search by
    assert gz._display_name(["ااالمدينة", "المدينة"]) == "المدينة"
    assert gz._display_name(["جموں", "جمو"]) == "جمو"
    assert gz._display_name(["لبيتو, انقولا"]) == "لبيتو"
    assert gz._display_name(["جموں"]) == "جموں"  # nothing cleaner: the name GeoNames gives
    g = load_gazetteer()
    khartoum = max(g.lookup("الخرطوم"), key=lambda p: p.population)
    assert khartoum.feature == "populated_place" and khartoum.name_ar == normalize("الخرطوم")
    tripled = [p.name for i in range(len(g)) if re.match(r"(.)\1\1", (p := g.place(i)).name_ar)]
    assert tripled == []
