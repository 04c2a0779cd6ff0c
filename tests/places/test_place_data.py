"""Schema of the places data files."""

from __future__ import annotations

from marsad.knowledge import load_table

DIRECTIONS = {"", "north", "south", "east", "west", "centre", "north-west", "north-east", "south-west", "south-east"}


def test_region_expressions():
    t = load_table("region_expressions.tsv")
    assert t.columns == ("expression", "kind", "direction", "precision_town", "precision_admin")
    for row in t.rows:
        assert row["kind"] in ("head", "near", "dual", "adjective", "dual-adjective")
        assert row["direction"] in DIRECTIONS
        assert row["precision_town"] in ("1", "2", "3") and row["precision_admin"] in ("2", "3")
    assert any(r["expression"] == "ريف" for r in t.rows)


def test_place_cues():
    t = load_table("place_cues.tsv")
    assert t.columns == ("cue", "role", "unresolved", "plural")
    for row in t.rows:
        assert row["role"] in ("admin1", "admin2", "admin3", "town", "element")
        assert row["unresolved"] in ("yes", "no", "article", "compound", "located") and row["plural"] in ("yes", "dual", "no")
    cues = {r["cue"] for r in t.rows}
    assert {"محافظة", "منطقة", "ناحية", "مدينة", "بلدة", "قرية", "مخيم", "حي"} <= cues


def test_place_stoplist():
    t = load_table("place_stoplist.tsv")
    assert t.columns == ("name", "policy", "note")
    names = [r["name"] for r in t.rows]
    assert len(names) == len(set(names)), "duplicate stoplist entries"
    assert all(r["policy"] in ("never", "cue", "context", "country", "notname", "club", "team-noun") for r in t.rows)


def test_sports_clubs():
    import pycountry

    from marsad.text.normalize import normalize

    t = load_table("sports_clubs.tsv")
    assert t.columns == ("name", "country", "note")
    assert len(t.source) > 40
    names = [normalize(r["name"]) for r in t.rows]
    assert len(names) == len(set(names)), "a club listed twice"
    assert all(pycountry.countries.get(alpha_2=r["country"]) for r in t.rows)
    # the readings that outweigh a club's even on sports pages stay out (see the file's source line)
    assert not {"الجيش", "الشرطه", "قطر", "الكويت", "العين"} & set(names)
    # every name survives normalization as Arabic words
    assert all(n and all("\u0621" <= c <= "\u064a" or c == " " for c in n) for n in names)


def test_place_countries_and_additions():
    t = load_table("place_countries.tsv")
    assert t.columns == ("iso2", "names_ar", "index_population")
    for row in t.rows:
        assert len(row["iso2"]) == 2 and row["iso2"].isupper() and row["names_ar"]
        assert row["index_population"].isdigit()
    a = load_table("place_additions.tsv")
    assert all(r["geonames_id"].isdigit() and r["names_ar"] for r in a.rows)
