"""The actor, source and person data files: schema, consistency and normalization."""

from datetime import date

import pytest

from marsad.actors.dictionary import ActorDictionary, actor_dictionary
from marsad.actors.lexicon import split_cell
from marsad.knowledge import load_table
from marsad.text.normalize import normalize

ACTOR_COLUMNS = ("actor_id", "kind", "canonical", "inter", "actor_type", "country", "parent", "former_name",
                 "valid_from", "valid_to", "arabic", "latin", "review")
FILES = {
    "actors.tsv": ACTOR_COLUMNS,
    "actor_generic.tsv": ("form", "class", "kind", "weak", "repeats", "only"),
    "state_forces.tsv": ("iso2", "country", "actor_id", "masc", "fem", "valid_from", "valid_to"),
    "force_heads.tsv": ("head", "gender", "branch"),
    "persons.tsv": ("name", "arabic", "short", "role", "organization", "country", "valid_from", "valid_to"),
    "person_titles.tsv": ("title", "role", "kind"),
    "given_names.tsv": ("name", "gender", "origin"),
    "ambiguous_given_names.tsv": ("name", "common_reading"),
    "generic_bodies.tsv": ("phrase", "note"),
    "source_cues.tsv": ("cue", "kind", "source_type", "scale"),
    "role_source_types.tsv": ("role", "source_type"),
}
SCALES = {"", "Local", "National", "International", "Regional", "Other", "New media"}


@pytest.mark.parametrize("name", sorted(FILES))
def test_columns_and_provenance(name):
    table = load_table(name)
    assert table.columns == FILES[name]
    assert len(table.source) > 40
    assert table.rows


def _dates(row):
    lo = date.fromisoformat(row["valid_from"]) if row["valid_from"] else date.min
    hi = date.fromisoformat(row["valid_to"]) if row["valid_to"] else date.max
    assert lo < hi, f"{row['actor_id']}: empty date range"
    return lo, hi


def test_actor_rows_are_well_formed():
    d = actor_dictionary()
    for row in load_table("actors.tsv").rows:
        assert row["kind"] in ("actor", "organization"), row
        assert row["inter"].isdigit() and 1 <= int(row["inter"]) <= 8, row
        assert row["canonical"] and row["actor_type"], row
        assert not row["country"] or (len(row["country"]) == 2 and row["country"].isupper()), row
        assert not row["parent"] or row["parent"] in d.entries, f"unknown parent {row['parent']}"
        assert split_cell(row["arabic"]) or split_cell(row["latin"]), row
        _dates(row)


def test_no_alias_names_two_actors_at_once():
    spans: dict[str, list[tuple[date, date, str]]] = {}
    for row in load_table("actors.tsv").rows:
        lo, hi = _dates(row)
        for alias in split_cell(row["arabic"]) + split_cell(row["latin"]):
            for a_lo, a_hi, other in spans.get(alias, []):
                if other != row["actor_id"]:
                    assert hi <= a_lo or a_hi <= lo, f"{alias!r} names {other} and {row['actor_id']} at once"
            spans.setdefault(alias, []).append((lo, hi, row["actor_id"]))


def test_generated_force_phrases_never_overlap_in_time():
    d = actor_dictionary()
    for alias, senses in d.senses.items():
        for i, a in enumerate(senses):
            for b in senses[i + 1 :]:
                if a.actor_id != b.actor_id:
                    a_lo, a_hi = a.valid_from or date.min, a.valid_to or date.max
                    b_lo, b_hi = b.valid_from or date.min, b.valid_to or date.max
                    assert a_hi <= b_lo or b_hi <= a_lo, alias


@pytest.mark.parametrize("name", sorted(FILES))
def test_every_alias_survives_normalization(name):
    for row in load_table(name).rows:
        for cell in row.values():
            for form in cell.split("|"):
                n = normalize(form)
                assert normalize(n) == n
                if form.strip():
                    assert n.strip(), f"{name}: {form!r} vanishes"


def test_references_between_files_resolve():
    d = actor_dictionary()
    for row in load_table("state_forces.tsv").rows:
        assert row["actor_id"] in d.entries
        assert d.entries[row["actor_id"]].country == row["iso2"]
    for row in load_table("persons.tsv").rows:
        assert not row["organization"] or row["organization"] in d.entries, row
    # a person listed twice holds the offices one after the other: the spans never overlap
    spans: dict[str, list[tuple[str, str]]] = {}
    for row in load_table("persons.tsv").rows:
        spans.setdefault(row["name"], []).append((row["valid_from"] or "0000", row["valid_to"] or "9999"))
    for name, held in spans.items():
        held.sort()
        assert all(a[1] <= b[0] for a, b in zip(held, held[1:], strict=False)), name
    classes = {"nonstate", "state", "army", "national", "police", "occupation", "air", "coalition", "allied", "monitor", "international", "latter", "civilians", "protesters",
               "rioters"}
    # the bare الجيش الوطني names a listed actor wherever it is not the country's own army
    assert all(r["actor_id"] in d.entries and len(r["iso2"]) == 2 for r in load_table("national_armies.tsv").rows)
    # the bare التحالف names a listed coalition in each country the table gives
    assert all(r["actor_id"] in d.entries and len(r["iso2"]) == 2 for r in load_table("coalitions.tsv").rows)
    assert {r["class"] for r in load_table("actor_generic.tsv").rows} <= classes
    assert {r["weak"] for r in load_table("actor_generic.tsv").rows} <= {"", "yes"}
    assert {r["kind"] for r in load_table("person_titles.tsv").rows} <= {"title", "cue", "spokesman", "anonymous"}
    for row in load_table("source_cues.tsv").rows:
        assert row["kind"] in {"according", "speech", "transmit", "witness", "noun"}
        assert row["scale"] in SCALES
        assert bool(row["source_type"]) == (row["kind"] == "noun"), row
    for row in load_table("agencies.tsv").rows:
        assert row["scale"] in SCALES and row["source_type"] and row["name"]
    # a person's role names a type from the same vocabulary, and every role is one a title or a known person gives
    roles = {r["role"] for r in load_table("person_titles.tsv").rows} | {r["role"] for r in load_table("persons.tsv").rows}
    types = {r["source_type"] for r in load_table("source_cues.tsv").rows} | {"armed group", "media"}
    for row in load_table("role_source_types.tsv").rows:
        assert row["role"] in roles and row["source_type"] in types, row


def test_issue_coverage():
    d = actor_dictionary()
    canon = {e.canonical for e in d.entries.values()}
    for name in ("Hayat Tahrir al Sham", "Military Forces of Syria (2000-2024)", "Military Forces of Russia (2000-)",
                 "QSD: Syrian Democratic Forces", "Syrian National Army", "Islamic State (Syria)", "Hezbollah",
                 "Hamas Movement", "Al Quds Brigades", "Rapid Support Forces", "Military Forces of Sudan (2019-)",
                 "Popular Mobilization Forces", "United Nations", "ICRC: International Committee of the Red Cross",
                 "Arab League", "LNA: Libyan National Army", "Operation Restoring Hope"):
        assert name in canon, name
    assert {"afp", "reuters", "ap", "sana", "anadolu", "qna", "wafa", "aljazeera"} <= {
        r["agency"] for r in load_table("agencies.tsv").rows}


def test_a_conflicting_row_is_refused(monkeypatch):
    import marsad.actors.dictionary as dictionary
    from marsad.knowledge import DataFileError, parse_table

    real = dictionary.load_table

    def fake(name):
        if name != "actors.tsv":
            return real(name)
        text = "# source: test rows\n# licence: CC0\n" + "\t".join(ACTOR_COLUMNS) + "\n"
        text += "x\tactor\tX\t2\trebel group\tSY\t\t\t\t\tاكس\t\t\n"
        text += "x\tactor\tY\t2\trebel group\tSY\t\t\t\t\tواي\t\t\n"
        return parse_table(text, "actors.tsv")

    monkeypatch.setattr(dictionary, "load_table", fake)
    with pytest.raises(DataFileError, match="disagrees"):
        ActorDictionary()


def test_ambiguous_names_are_distinct_normalized_words_with_a_reading():
    from marsad.actors.lexicon import ambiguous_names

    rows = load_table("ambiguous_given_names.tsv").rows
    forms = [normalize(r["name"]) for r in rows]
    assert len(set(forms)) == len(forms) == len(ambiguous_names())
    assert all(r["common_reading"] and " " not in f for r, f in zip(rows, forms, strict=True))
    assert normalize("هدى") in ambiguous_names()  # normalized like the text, so the alif maqsura form matches


def test_an_abbreviation_shared_by_several_countries_forces_is_no_alias():
    # ISF is Iraq's security forces in English copy, but Arabic reports print it after قوى الأمن الداخلي, Lebanon's and
    # (since 2025) Syria's internal security forces: the letters alone cannot say whose
    for row in load_table("actors.tsv").rows:
        assert "isf" not in [a.lower() for a in split_cell(row["latin"])], row["actor_id"]
