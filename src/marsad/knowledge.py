"""Reading marsad's data files.

Knowledge (event triggers, actor aliases, source cues, number words, region expressions, gazetteer facts) lives in
tab-separated files under ``marsad/data/``. Each opens with ``#`` header lines that must name where its facts come from
(``# source:``) and under which licence (``# licence:``); the first non-comment line names the columns. Cells that hold
Arabic are normalized by the caller with the same normalizer as article text.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path


class DataFileError(ValueError):
    """A data file that does not follow the format."""


@dataclass(frozen=True)
class Table:
    """A data file's rows with its provenance.

    Attributes:
        name: file name (e.g. ``actors.tsv``).
        source: the ``# source:`` header.
        licence: the ``# licence:`` header.
        columns: column names.
        rows: one dict per row, column name to cell (empty cells are ``""``).
        digest: sha256 of the file's bytes, a stable key for caches built from it.
    """

    name: str
    source: str
    licence: str
    columns: tuple[str, ...]
    rows: tuple[dict[str, str], ...]
    digest: str


def data_path(name: str) -> Path:
    """Path of a packaged data file."""
    return Path(str(resources.files("marsad") / "data" / name))


def parse_table(text: str, name: str) -> Table:
    """Parse the text of a data file.

    Raises:
        DataFileError: when the header lacks a source or licence, or a row has the wrong number of cells.
    """
    headers: dict[str, str] = {}
    columns: tuple[str, ...] | None = None
    rows: list[dict[str, str]] = []
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        if line.startswith("#"):
            key, sep, value = line[1:].partition(":")
            if sep and columns is None:
                key = key.strip().lower()
                headers[key] = (headers[key] + " " + value.strip()) if key in headers else value.strip()
            continue
        cells = line.split("\t")
        if columns is None:
            columns = tuple(c.strip() for c in cells)
            continue
        if len(cells) > len(columns):
            raise DataFileError(f"{name}:{lineno}: {len(cells)} cells, but {len(columns)} columns")
        cells += [""] * (len(columns) - len(cells))
        rows.append({c: v.strip() for c, v in zip(columns, cells, strict=True)})
    for required in ("source", "licence"):
        if not headers.get(required):
            raise DataFileError(f"{name}: header has no '# {required}:' line")
    if columns is None:
        raise DataFileError(f"{name}: no column line")
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Table(name, headers["source"], headers["licence"], columns, tuple(rows), digest)


def load_table(name: str) -> Table:
    """Load a packaged data file by name."""
    return parse_table(data_path(name).read_text(encoding="utf-8"), name)
