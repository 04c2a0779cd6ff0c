"""Every data file shipped in the package opens with its provenance and parses."""

from importlib import resources
from pathlib import Path

import pytest

from marsad.knowledge import DataFileError, load_table, parse_table
from marsad.text.normalize import normalize

DATA = Path(str(resources.files("marsad") / "data"))
TSV_FILES = sorted(p.name for p in DATA.glob("*.tsv"))


def test_there_are_data_files():
    assert "agencies.tsv" in TSV_FILES and "months.tsv" in TSV_FILES


@pytest.mark.parametrize("name", TSV_FILES)
def test_data_file_has_source_licence_and_rows(name):
    table = load_table(name)
    assert len(table.source) > 10, f"{name}: '# source:' should say where the facts come from"
    assert table.licence
    assert table.rows, f"{name}: no rows"
    assert len(set(table.columns)) == len(table.columns)


@pytest.mark.parametrize("name", TSV_FILES)
def test_arabic_cells_survive_normalization(name):
    for row in load_table(name).rows:
        for cell in row.values():
            for form in cell.split("|"):
                if any("\u0600" <= c <= "\u06ff" for c in form):
                    assert normalize(form).strip(), f"{name}: {form!r} normalizes to nothing"
                    assert normalize(normalize(form)) == normalize(form)


def test_header_without_licence_is_rejected():
    with pytest.raises(DataFileError, match="licence"):
        parse_table("# source: somewhere\na\tb\n1\t2\n", "x.tsv")
    with pytest.raises(DataFileError, match="3 cells"):
        parse_table("# source: s\n# licence: l\na\tb\n1\t2\t3\n", "y.tsv")
