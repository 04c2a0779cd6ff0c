"""Readers: files and folders in, :class:`~marsad.model.Article` objects out.

Supported inputs: a plain-text dispatch (``.txt``: one article, its wire dateline recognised), JSON Lines (``.jsonl``
or ``.json`` with one object a line: ``id``, ``text`` and optional ``title``, ``published``, ``source``, ``url``), and
folders holding either. Problems never raise: each one is yielded as a :class:`ReadProblem` whose message names the
file (and line), so the other inputs of the same run are still processed.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from marsad.datelines import find_dateline
from marsad.model import Article
from marsad.text.encoding import DecodeError, decode

TEXT_SUFFIXES = {".txt", ".text"}
JSONL_SUFFIXES = {".jsonl", ".json", ".ndjson"}
_ARABIC_LETTERS = re.compile(r"[\u0621-\u064A]")
MIN_ARABIC_SHARE = 0.2


@dataclass(frozen=True)
class ReadProblem:
    """An input that could not be read, with a one-line message naming it."""

    origin: str
    message: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


def content_id(text: str) -> str:
    """A stable article id from its text: the first 16 hex digits of its sha256."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def check_arabic(text: str) -> str | None:
    """Return a problem description when ``text`` is empty or not Arabic, else None."""
    if not text.strip():
        return "empty: no text to read"
    letters = sum(1 for c in text if c.isalpha())
    arabic = len(_ARABIC_LETTERS.findall(text))
    if arabic == 0 or arabic < MIN_ARABIC_SHARE * letters:
        return f"not Arabic text ({arabic} Arabic letters of {letters}); marsad reads Arabic reports"
    return None


def parse_published(value: object) -> datetime | None:
    """Parse an ISO 8601 date or datetime (naive values are taken as UTC)."""
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise ValueError(f"'published' must be an ISO 8601 string, not {type(value).__name__}")
    try:
        dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(f"'published' is not an ISO 8601 date: {value!r}") from None
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def make_article(
    text: str,
    article_id: str | None = None,
    *,
    title: str | None = None,
    published: datetime | None = None,
    source: str | None = None,
    url: str | None = None,
    origin: str = "",
) -> Article:
    """Build an article from text and metadata, filling agency and date from the dateline where metadata lacks them.

    A lone surrogate (a JSON ``\\udcd9`` escape, bytes decoded with surrogateescape) is no character and cannot be
    encoded or stored: it becomes the replacement character, one for one, so offsets keep their meaning."""
    text, title, article_id = (_without_surrogates(x) for x in (text, title, article_id))
    dateline = find_dateline(text, published)
    if dateline is not None:
        published = published or dateline.published
        source = source or dateline.agency
    return Article(
        id=article_id or content_id(text),
        raw=text,
        title=title,
        published=published,
        source=source,
        url=url,
        dateline=dateline,
        layers=frozenset({"raw", "dateline"}),
        origin=origin,
    )


_SURROGATE = re.compile("[\ud800-\udfff]")


def _without_surrogates(value: str | None) -> str | None:
    return _SURROGATE.sub("\ufffd", value) if value else value


def read_decoded(path: Path) -> str | ReadProblem:
    """The text of a file, decoded, or the problem that stops it from being read."""
    origin = str(path)
    try:
        data = path.read_bytes()
    except OSError as e:
        return ReadProblem(origin, f"cannot read: {e.strerror or e}")
    if not data.strip():
        return ReadProblem(origin, "empty: no text to read")
    try:
        text, _encoding = decode(data)
    except DecodeError as e:
        return ReadProblem(origin, str(e))
    return text


def read_text_file(path: Path) -> Iterator[Article | ReadProblem]:
    """Read one plain-text dispatch."""
    origin = str(path)
    text = read_decoded(path)
    if isinstance(text, ReadProblem):
        yield text
        return
    problem = check_arabic(text)
    if problem:
        yield ReadProblem(origin, problem)
        return
    yield make_article(text, path.stem, origin=origin)


def read_jsonl_file(path: Path) -> Iterator[Article | ReadProblem]:
    """Read a JSON Lines file, one article a line; a bad line is reported and skipped."""
    origin = str(path)
    text = read_decoded(path)
    if isinstance(text, ReadProblem):
        yield text
        return
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{origin}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            yield ReadProblem(where, f"malformed JSON ({e.msg} at column {e.colno})")
            continue
        if not isinstance(obj, dict):
            yield ReadProblem(where, f"expected a JSON object, got {type(obj).__name__}")
            continue
        body = obj.get("text")
        if not isinstance(body, str):
            yield ReadProblem(where, "missing 'text' (a string)")
            continue
        problem = check_arabic(body)
        if problem:
            yield ReadProblem(where, problem)
            continue
        try:
            published = parse_published(obj.get("published"))
        except ValueError as e:
            yield ReadProblem(where, str(e))
            continue
        article_id = obj.get("id")
        yield make_article(
            body,
            str(article_id) if article_id not in (None, "") else None,
            title=obj.get("title") if isinstance(obj.get("title"), str) else None,
            published=published,
            source=obj.get("source") if isinstance(obj.get("source"), str) else None,
            url=obj.get("url") if isinstance(obj.get("url"), str) else None,
            origin=where,
        )


def read_path(path: Path) -> Iterator[Article | ReadProblem]:
    """Read a file or a folder (recursively, in name order)."""
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES | JSONL_SUFFIXES)
        if not files:
            yield ReadProblem(str(path), "folder holds no .txt or .jsonl files")
        for f in files:
            yield from read_path(f)
        return
    if not path.exists():
        yield ReadProblem(str(path), "no such file or folder")
        return
    if path.suffix.lower() in JSONL_SUFFIXES:
        yield from read_jsonl_file(path)
    else:
        yield from read_text_file(path)


def read_paths(paths: Iterable[str | Path]) -> Iterator[Article | ReadProblem]:
    """Read every path in turn."""
    for p in paths:
        yield from read_path(Path(p))
