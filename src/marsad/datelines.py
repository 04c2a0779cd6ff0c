"""Wire datelines and bylines: who published an article, and when.

Recognised forms (agency names come from ``data/agencies.tsv``):

* AFP's Arabic trailer ``أ ف ب 030912 GMT DEC 24``: day, hour, minute (UTC), month, two-digit year.
* An opening ``CITY (AGENCY) -`` as Reuters, AFP, AP and dpa print it: ``بيروت (رويترز) -``.
* SANA's ``دمشق-سانا``, Anadolu's ``إسطنبول/ الأناضول``, QNA's ``الدوحة في 03 ديسمبر /قنا/`` and WAFA's
  ``رام الله 3-12-2024 وفا-``, with their dates where they carry one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache

from marsad.knowledge import load_table
from marsad.model import Dateline, Span
from marsad.text.normalize import normalize


@dataclass(frozen=True)
class Agency:
    """A news agency from the data file."""

    id: str
    name: str
    forms: tuple[str, ...]
    source_type: str
    scale: str


@lru_cache(maxsize=1)
def agencies() -> dict[str, Agency]:
    table = load_table("agencies.tsv")
    return {
        r["agency"]: Agency(r["agency"], r["name"], tuple(r["arabic"].split("|")), r["source_type"], r["scale"])
        for r in table.rows
    }


@lru_cache(maxsize=1)
def month_numbers() -> dict[str, int]:
    """Normalized Gregorian month form -> month number."""
    out: dict[str, int] = {}
    for r in load_table("months.tsv").rows:
        if r["calendar"] == "gregorian":
            for form in r["forms"].split("|"):
                out[normalize(form)] = int(r["month"])
    return out


def _agency_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    by_form: dict[str, str] = {}
    for agency in agencies().values():
        for form in agency.forms:
            by_form[normalize(form)] = agency.id
    # Raw text keeps hamza and spacing variants, so the pattern tolerates both alef forms and optional dots.
    alts = sorted(by_form, key=len, reverse=True)
    body = "|".join(_loose(a) for a in alts)
    return re.compile(body), by_form


def _loose(form: str) -> str:
    out = []
    for ch in form:
        if ch == "ا":
            out.append("[اأإآ]")
        elif ch == "ه":
            out.append("[هة]")
        elif ch == "ي":
            out.append("[يى]")
        elif ch == " ":
            out.append(r"[\s.]*")
        else:
            out.append(re.escape(ch))
    return "".join(out)


_AFP_TRAILER = re.compile(
    r"(?P<agency>[أا]\s?\.?\s?ف\s?\.?\s?ب)\s+(?P<d>\d{2})(?P<h>\d{2})(?P<m>\d{2})\s+GMT\s+(?P<mon>[A-Za-z]{3})\s+(?P<y>\d{2,4})"
)
_NUM_DATE = re.compile(r"(?P<d>\d{1,2})[-/.](?P<mon>\d{1,2})[-/.](?P<y>\d{4})")
_WORD_DATE = re.compile(r"(?P<d>\d{1,2})\s+(?P<mon>[^\W\d_]+(?:\s[^\W\d_]+)?)\s*(?:/?\s*)(?P<y>\d{4})?")


def _year(text: str) -> int:
    y = int(text)
    return 2000 + y if y < 100 else y


def find_dateline(raw: str) -> Dateline | None:
    """Find the dateline or byline of a wire article.

    Args:
        raw: the raw article text.

    Returns:
        The dateline with agency name and UTC datetime (None where the form carries no date), or None.
    """
    m = _AFP_TRAILER.search(raw)
    if m:
        months = month_numbers()
        mon = months.get(m["mon"].lower())
        published = None
        if mon:
            try:
                published = datetime(_year(m["y"]), mon, int(m["d"]), int(m["h"]), int(m["m"]), tzinfo=UTC)
            except ValueError:
                published = None
        return Dateline(Span(m.start(), m.end()), agencies()["afp"].name, published)
    pattern, by_form = _compiled()
    head = raw[:300]
    for am in pattern.finditer(head):
        form = normalize(am.group())
        agency_id = by_form.get(form)
        if agency_id is None:
            continue
        before = head[max(0, am.start() - 60) : am.start()]
        after = head[am.end() : am.end() + 3]
        # A byline sits in brackets, between slashes, or is glued to the city with a dash or slash.
        framed = (
            re.search(r"[(/\-–]\s*$", before) is not None
            or re.match(r"\s*[)/\-–]", after) is not None
        )
        if not framed:
            continue
        start = _line_start(head, am.start())
        published = _date_in(head[start : am.end()])
        end = am.end()
        close = re.match(r"\s*[)/]?\s*[-–—]?", head[end:])
        if close:
            end += len(close.group().rstrip())
        return Dateline(Span(start, end), agencies()[agency_id].name, published)
    return None


@lru_cache(maxsize=1)
def _compiled() -> tuple[re.Pattern[str], dict[str, str]]:
    return _agency_pattern()


def _line_start(text: str, pos: int) -> int:
    cut = max(text.rfind("\n", 0, pos), text.rfind(".", 0, pos))
    start = cut + 1
    while start < pos and text[start].isspace():
        start += 1
    return start


def _date_in(text: str) -> datetime | None:
    m = _NUM_DATE.search(text)
    if m:
        try:
            return datetime(int(m["y"]), int(m["mon"]), int(m["d"]), tzinfo=UTC)
        except ValueError:
            return None
    months = month_numbers()
    for m in _WORD_DATE.finditer(text):
        mon = months.get(normalize(m["mon"])) or months.get(normalize(m["mon"].split()[0]))
        if mon and m["y"]:
            try:
                return datetime(int(m["y"]), mon, int(m["d"]), tzinfo=UTC)
            except ValueError:
                return None
    return None
