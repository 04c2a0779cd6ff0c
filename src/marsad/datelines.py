"""Wire datelines and bylines: who published an article, and when.

Everything is matched on the normalized text (so diacritics, hamza forms, tatweel and dash variants do not matter) and
mapped back to raw offsets. Agency names come from ``data/agencies.tsv``, month names from ``data/months.tsv``,
weekday names from ``data/date_expressions.tsv``; the reporting cues of ``data/source_cues.tsv`` mark a body
sentence that merely names an agency.

Recognised forms, in order of precedence:

* AFP's trailer ``أ ف ب 030912 GMT DEC 24`` (day, hour, minute in UTC, month, year), also ``ا ف ب``, bracketed, or
  after the editors' initials (``ع ش/ح ح أ ف ب ...``).
* A framed byline on one of the first lines. The agency is framed when it sits in brackets (``بيروت (رويترز) -``,
  ``الكويت - 3 - 12 (كونا) --``), between slashes (``الدوحة في 3 ديسمبر /قنا/``), in quotes
  (``القاهرة: «الشرق الأوسط»``), after a separator (``دمشق-سانا``, ``غزة/ مراسل/ الأناضول``, ``بغداد - واع``), before
  one (``رام الله 3-12-2024 وفا-``, ``وطنية -``, ``عنب بلدي – درعا``), or right after a date (SPA's
  ``... 2024 م واس``); several agencies may share one bracket (``(أ ف ب، رويترز)``: the first is taken). What precedes
  it on its line must read as a dateline: a few name words (city, reporter), dates, weekdays, and no reporting verb;
  so ``ونقلت وكالة الأنباء السورية (سانا) عن`` is a source, not a byline.
* A closing credit: ``المصدر: الجزيرة + وكالات``, a credit phrase of the data file (Reuters' ``(إعداد ... للنشرة
  العربية - تحرير ...)``, Anadolu's ``الأخبار المنشورة على الصفحة الرسمية لوكالة الأناضول``), or an agency in brackets
  that ends the text and is not cited there (``بحسب قناة (العربية).`` cites).
* A page title ending with the site's name (``... | عنب بلدي``), when nothing above names the publisher.

Dates are read from the dateline itself, else from a date line among the first lines: ``3 كانون الأول/ديسمبر 2024``,
``الثلاثاء 3 ديسمبر 2024``, ``3 ديسمبر (كانون الأول) 2024``, ``أول أكتوبر 2024``, ``الثالث من كانون الأول 2024``,
``2024/12/03``, ``03-12-2024``, ``10th, December 2024``, Hijri ``2 جمادى الآخرة 1446 هـ`` (converted with hijridate;
a Gregorian date beside it wins), and day-month without a year (``3 - 12``, ``3 ديسمبر``), which takes the year that
puts it nearest the reference date (article metadata) when one is given, else no date. A clock time counts only when
marked as GMT/UTC (``الساعة 09:12 بتوقيت غرينتش``, ``09:12 (GMT)``, ``07:40 PM UTC+00``, ``11:12 GMT+2``) or given as
an ISO stamp with its offset (``2024-12-03T11:12:00+02:00``); it is converted to UTC.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache

from marsad.knowledge import load_table
from marsad.model import Dateline, Span
from marsad.text.normalize import normalize, normalize_with_offsets


@dataclass(frozen=True)
class Agency:
    """A news agency or outlet from the data file.

    Attributes:
        id: the row's id (``afp``).
        name: the name ACLED writes in ``source``.
        forms: Arabic forms that name it anywhere in a text.
        source_type: wire agency, state media, media ...
        scale: ACLED source scale.
        byline_forms: forms that name it only inside a framed byline (abbreviations, bare common words).
        credit_forms: phrases of a closing credit that identify it (Reuters' ``للنشرة العربية``).
    """

    id: str
    name: str
    forms: tuple[str, ...]
    source_type: str
    scale: str
    byline_forms: tuple[str, ...] = ()
    credit_forms: tuple[str, ...] = ()


def _cell(value: str | None) -> tuple[str, ...]:
    return tuple(f.strip() for f in (value or "").split("|") if f.strip())


@lru_cache(maxsize=1)
def agencies() -> dict[str, Agency]:
    """Agency id -> agency, from ``agencies.tsv``."""
    table = load_table("agencies.tsv")
    return {
        r["agency"]: Agency(
            r["agency"],
            r["name"],
            _cell(r["arabic"]),
            r["source_type"],
            r["scale"],
            _cell(r.get("byline")),
            _cell(r.get("credit")),
        )
        for r in table.rows
    }


@lru_cache(maxsize=1)
def month_numbers() -> dict[str, int]:
    """Normalized Gregorian month form -> month number."""
    return _months("gregorian")


@lru_cache(maxsize=2)
def _months(calendar: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for r in load_table("months.tsv").rows:
        if r["calendar"] == calendar:
            for form in _cell(r["forms"]):
                out[normalize(form)] = int(r["month"])
    return out


def squeeze(form: str) -> str:
    """The lookup key of an agency form: normalized, without spaces and dots (``أ.ف.ب`` = ``أ ف ب``)."""
    return re.sub(r"[\s.]+", "", normalize(form))


#: a letter or digit, so a match cannot start or end inside a word
_WORDCHAR = r"[^\W_]"
_LETTER = r"[^\W\d_]"
#: words that belong to a dateline besides dates: the particles and markers of date and time
_DATELINE_PARTICLES = ("في", "الموافق", "م", "ه", "من", "الساعه", "بتوقيت", "غرينتش", "غرينيتش", "جرينتش", "gmt",
                       "utc", "ت", "غ", "تاريخ", "بتاريخ")  # fmt: skip
_GMT = re.compile(r"gmt|utc|غرينتش|غرينيتش|جرينتش|(?<!" + _LETTER + r")ت\s*\.?\s*غ(?!" + _LETTER + ")")
_TIME = re.compile(
    r"(?<!\d)(?P<h>[01]?\d|2[0-3])\s*:\s*(?P<m>[0-5]\d)(?::\d\d)?(?!\d)"
    r"(?:\s*(?:(?P<pm>pm|مساء|م(?!" + _LETTER + r"))|(?P<am>am|صباحا|ص(?!" + _LETTER + r"))))?"
    # a solid HHMM only after الساعة: 2024 GMT is a year, not 20:24
    r"|الساعه\s*(?P<h4>[01]\d|2[0-3])(?P<m4>[0-5]\d)\s*(?:gmt|utc|ت\s*\.?\s*غ)"
)
_GMT_OFFSET = re.compile(r"(?:gmt|utc)\s*(?P<sign>[+-])\s*(?P<h>\d{1,2})(?::?(?P<m>\d\d))?(?!\d)")
_ISO = re.compile(
    r"(?<!\d)(?:19|20)\d\d-\d\d-\d\d[t ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?\s*(?P<tz>z|[+-]\d\d:?\d\d)(?![\d:])"
)
#: raw text that announces AFP's trailer (its DDHHMM GMT group), and how much around it to normalize
_TRAILER_HINT = re.compile(r"\d{6}\s*(?:GMT|gmt|Gmt|UTC|ت\s*\.?\s*غ)")
_TRAILER_REACH = 60
_AFP_TRAILER = re.compile(
    r"(?<!" + _LETTER + r")(?:\(\s*)?(?P<agency>ا\s?\.?\s?ف\s?\.?\s?ب)\s*\)?\s*[-/]?\s*"
    r"(?P<d>\d{2})(?P<h>\d{2})(?P<m>\d{2})\s*(?:gmt|ت\s?\.?\s?غ)\s*(?P<mon>[a-z]{3,9})\.?\s*(?P<y>\d{4}|\d{2})(?!\d)"
)
_YMD = re.compile(r"(?<![\d/.-])(?P<y>(?:19|20)\d\d)\s*[-/.]\s*(?P<mon>\d{1,2})\s*[-/.]\s*(?P<d>\d{1,2})(?!\d)")
_DMY = re.compile(r"(?<![\d/.-])(?P<d>\d{1,2})\s*[-/.]\s*(?P<mon>\d{1,2})\s*[-/.]\s*(?P<y>(?:19|20)\d\d)(?!\d)")
_DM = re.compile(r"(?<![\d/.:-])(?P<d>\d{1,2})\s*[-/]\s*(?P<mon>\d{1,2})(?![\d:])")
#: how far into the text a byline may start, and how far into its line
_HEAD_LINES = 8
_HEAD_CHARS = 1200
#: raw characters beyond a normalized window's size (dropped diacritics and controls)
_HEAD_SLACK = 300
_LINE_REACH = 160
_MAX_NAME_WORDS = 6
_MAX_FIELD_WORDS = 4
_OPEN_FIELD_WORDS = 3
_DATE_LINE_CHARS = 80
#: a date line names little besides the date (نشر في، آخر تحديث)
_DATE_LINE_NAMES = 2
#: a stand-in reference that lets a year-less dateline date count as a date
_ANY_YEAR = date(2000, 6, 15)
#: how far from the end a closing credit may start
_TAIL_CHARS = 400


@dataclass(frozen=True)
class _Lexicon:
    agency: re.Pattern[str]
    agency_of: dict[str, str]
    word_date: re.Pattern[str]
    hijri_date: re.Pattern[str]
    months: dict[str, int]
    hijri: dict[str, int]
    ordinals: dict[str, int]
    date_words: frozenset[str]
    cue_words: frozenset[str]
    byline_only: frozenset[str]
    credits: tuple[tuple[str, str], ...]
    outlet_nouns: frozenset[str]
    agency_list: re.Pattern[str]


def _alternation(forms: list[str]) -> str:
    """Longest first, so ``الجزيرة نت`` wins over ``الجزيرة``; a space or dot inside a form is one or more of
    either (``أ.ف.ب`` = ``أ ف ب``), never none: ``أ ب`` (AP) written solid is آب, August."""
    out = []
    for form in sorted(set(forms), key=len, reverse=True):
        parts = [p for p in re.split(r"[\s.]+", form) if p]
        out.append(r"[\s.]+".join(re.escape(p) for p in parts))
    return "|".join(out)


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    agency_of: dict[str, str] = {}
    forms: list[str] = []
    anywhere: set[str] = set()
    for agency in agencies().values():
        anywhere.update(squeeze(f) for f in agency.forms)
        for form in (*agency.forms, *agency.byline_forms):
            agency_of.setdefault(squeeze(form), agency.id)
            forms.append(normalize(form))
    names = rf"(?<!{_WORDCHAR})(?:{_alternation(forms)})(?!{_WORDCHAR})"
    agency = re.compile(names)
    agency_list = re.compile(rf"(?:\s*(?:[,+/]|و|-)\s*(?:{names}))+(?=\s*\))")
    months, hijri = _months("gregorian"), _months("hijri")
    gm = rf"(?:{_alternation(list(months))})(?!{_LETTER})"
    hm = rf"(?:{_alternation(list(hijri))})(?!{_LETTER})"
    ordinals: dict[str, int] = {}
    for r in load_table("date_expressions.tsv").rows:
        if r["kind"] == "ordinal_day":
            ordinals.update({normalize(f): int(r["key"]) for f in _cell(r["forms"])})
    word_date = re.compile(
        rf"(?<!{_WORDCHAR})(?P<d>\d{{1,2}}|{_alternation(list(ordinals))})(?:st|nd|rd|th)?\s*,?\s*(?:من\s+)?"
        rf"(?P<mon>{gm})"
        rf"(?:\s*[/(-]?\s*{gm}\s*\)?)?(?:\s*[/,-]?\s*(?P<y>(?:19|20)\d\d)(?!\d))?"
    )
    hijri_date = re.compile(rf"(?<!\d)(?P<d>\d{{1,2}})\s*(?P<mon>{hm})\s*[/,-]?\s*(?P<y>1[34]\d\d)\s*ه(?!{_LETTER})")
    words: set[str] = set(_DATELINE_PARTICLES)
    for form in (*months, *hijri):
        words.update(form.split())
    for r in load_table("date_expressions.tsv").rows:
        if r["kind"] == "weekday":
            words.update(normalize(f) for f in _cell(r["forms"]) if " " not in f)
    cue_words: set[str] = set()
    for r in load_table("source_cues.tsv").rows:
        for form in _cell(r["cue"]):
            for w in normalize(form).split():
                if len(w) > 1 and w not in words:
                    cue_words.update({w, "و" + w, "ف" + w})
    byline_only = frozenset(agency_of) - anywhere
    credits = tuple((normalize(c), a.id) for a in agencies().values() for c in a.credit_forms)
    # the nouns that open outlets' full names (وكالة، قناة، صحيفة ...), read off the data: shared by several outlets
    heads = Counter(w for a in agencies().values() for w in {normalize(f).split()[0] for f in a.forms if " " in f})
    outlet_nouns = frozenset(w for w, n in heads.items() if n >= 2 and len(w) > 2 and not w.startswith("ال"))
    return _Lexicon(
        agency,
        agency_of,
        word_date,
        hijri_date,
        months,
        hijri,
        ordinals,
        frozenset(words),
        frozenset(cue_words),
        byline_only,
        credits,
        outlet_nouns,
        agency_list,
    )


def find_dateline(raw: str, reference: datetime | date | None = None) -> Dateline | None:
    """Find the dateline, byline or closing credit of a wire or web article.

    Args:
        raw: the raw article text.
        reference: the article's date from metadata, if any; it supplies the year of a dateline that omits it.

    Returns:
        The dateline with its raw span, the agency's ACLED name and the UTC datetime of publication (None where the
        text carries no date, or no year and no reference), or None when no framed agency is found.
    """
    lex = _lexicon()
    # only the windows where a dateline can sit are normalized, so the cost does not grow with the article
    hints = list(_TRAILER_HINT.finditer(raw))
    windows = []
    if hints:
        windows.append((max(0, hints[-1].start() - _TRAILER_REACH), hints[-1].end() + _TRAILER_REACH, _afp_trailer))
    windows.append((0, _HEAD_CHARS + _HEAD_SLACK, lambda norm: _byline(norm, lex, reference)))
    windows.append((max(0, len(raw) - _TAIL_CHARS - _HEAD_SLACK), len(raw), lambda norm: _credit(norm, lex)))
    windows.append((0, _HEAD_CHARS + _HEAD_SLACK, lambda norm: _site_suffix(norm, lex, reference)))
    for first, last, finder in windows:
        norm, omap = normalize_with_offsets(raw[first:last])
        found = finder(norm)
        if found is not None:
            start, end, agency_id, published = found
            span = omap.to_raw(start, end)
            if agency_id.startswith(_OUTLET):
                # an outlet by the name it is printed under: the raw text after المصدر:
                named = omap.to_raw(int(agency_id[len(_OUTLET) :]), end)
                name = raw[first + named.start : first + named.end].strip()
                return Dateline(Span(first + span.start, first + span.end), name, published)
            return Dateline(Span(first + span.start, first + span.end), agencies()[agency_id].name, published)
    return None


#: a text that opens with a city of one or two words and a dash (مقديشو – قُتل، ابوظبي - سيف اليزيد -), perhaps with
#: the outlet in brackets before the dash (أربيل (كوردستان24)-), or an outlet with its city in brackets (التيار
#: (نواكشوط) -): the whole opening is the filing place
_FILING_CITY = re.compile(
    r"^\s*(?P<city>[^\W\d_]+(?:[ \t]+[^\W\d_]+)?(?:[ \t]*[،,][ \t]*[^\W\d_]+(?:[ \t]+[^\W\d_]+)?)?"
    r"[ \t]*(?:\([^()\n]{1,40}\))?)[ \t]*[-\u2013\u2014]")


def filing_city(raw: str) -> tuple[int, int] | None:
    """The raw span of the city (with its country after a comma, ``بيروت ، لبنان –``, or a bracketed outlet or city)
    before the dash that opens a text with no agency framed beside it: where the report was filed, which names no
    place nor country of its events (a framed dateline is read by :func:`find_dateline`)."""
    m = _FILING_CITY.match(raw)
    return m.span("city") if m else None


def closing_credit(raw: str) -> Span | None:
    """The raw span of the text's closing credit (``(تغطية صحفية ... - إعداد ... للنشرة العربية - تحرير ...)``,
    ``المصدر: الجزيرة + وكالات``), whether or not a byline above names the publisher: a credit reports nothing."""
    first = max(0, len(raw) - _TAIL_CHARS - _HEAD_SLACK)
    norm, omap = normalize_with_offsets(raw[first:])
    found = _credit(norm, _lexicon())
    if found is None:
        return None
    span = omap.to_raw(found[0], found[1])
    return Span(first + span.start, first + span.end)


_Found = tuple[int, int, str, datetime | None]
#: the id a closing credit gives an outlet agencies.tsv does not list, followed by where its name starts
_OUTLET = "outlet@"
#: words after المصدر: that name no outlet (وكالات "agencies", متابعات "follow-ups", مواقع "websites")
_NO_OUTLET_WORDS = frozenset({"وكالات", "متابعات", "مواقع", "مصادر", "صحف", "وسائل", "اعلام", "الانترنت"})


def _afp_trailer(norm: str) -> _Found | None:
    trailers = list(_AFP_TRAILER.finditer(norm))
    if not trailers:
        return None
    m = trailers[-1]  # a quoted earlier dispatch may carry its own; the last trailer is this one's
    published = None
    mon = month_numbers().get(m["mon"][:3]) or month_numbers().get(m["mon"])
    if mon:
        try:
            published = datetime(_year(m["y"]), mon, int(m["d"]), int(m["h"]), int(m["m"]), tzinfo=UTC)
        except ValueError:
            published = None
    return m.start(), m.end(), "afp", published


def _year(text: str) -> int:
    y = int(text)
    return 2000 + y if y < 100 else y


def _head_lines(norm: str) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    pos = 0
    for line in norm[:_HEAD_CHARS].split("\n"):
        if line.strip():
            out.append((pos, line))
            if len(out) == _HEAD_LINES:
                break
        pos += len(line) + 1
    return out


@dataclass(frozen=True)
class _Candidate:
    """A framed agency on one line: its byline's span in the line, the dateline's own date, and whether the agency is
    named by its full descriptive name (وكالة ...) rather than its byline form."""

    start: int
    end: int
    agency_id: str
    published: datetime | None
    descriptive: bool


def _byline(norm: str, lex: _Lexicon, reference: datetime | date | None) -> _Found | None:
    lines = _head_lines(norm)
    chosen: tuple[int, _Candidate] | None = None
    for index, (_, line) in enumerate(lines):
        candidates = _line_bylines(line, lex, reference)
        if not candidates:
            continue
        # a photo caption credited to the agency may precede the dated byline on the same line
        dated = [c for c in candidates if c.published is not None and c.agency_id == candidates[0].agency_id]
        best = (dated or candidates)[0]
        if chosen is None:
            chosen = (index, best)
            if not best.descriptive:
                break
        elif best.agency_id == chosen[1].agency_id and not best.descriptive:
            # an aggregator's credit line (موقع ... - الوكالة العربية السورية للأنباء) above the agency's own byline
            chosen = (index, best)
            break
    if chosen is None:
        return None
    index, found = chosen
    published = found.published
    if published is None:
        # a date line above the byline, or the short line right under it
        nearby = [text for _, text in lines[:index]]
        if index + 1 < len(lines) and len(lines[index + 1][1]) <= _DATE_LINE_CHARS:
            nearby.append(lines[index + 1][1])
        published = _date_from_lines(nearby, lex, reference)
    offset = lines[index][0]
    return offset + found.start, offset + found.end, found.agency_id, published


def _line_bylines(line: str, lex: _Lexicon, reference: datetime | date | None) -> list[_Candidate]:
    """The framed agencies of one line, in reading order."""
    out: list[_Candidate] = []
    for m in lex.agency.finditer(line, 0, min(len(line), _LINE_REACH)):
        key = squeeze(m.group())
        agency_id = lex.agency_of.get(key)
        framed = _frame(line, m.start(), m.end(), lex, out[-1].end if out else 0, key in lex.byline_only)
        if framed is None or agency_id is None:
            continue
        start, prefix_end, end = framed
        published = _date_in(line[start:prefix_end], lex, reference, True)
        out.append(_Candidate(start, end, agency_id, published, m.group().startswith(("وكاله", "الوكاله"))))
    return out


_OPEN = re.compile(r'(?P<mark>\(\(?|"|/|-+|:)\s*$')
_CLOSE = re.compile(r'^\s*(?P<mark>\)\)?|"|/|-+|:|\.(?!\d))')
#: a sentence ends at a full stop that is not inside a number (3.12.2024)
_SENTENCE_END = re.compile(r"[.!?](?!\d)|(?<!\d)[.!?]")


def _frame(
    line: str, a: int, b: int, lex: _Lexicon, floor: int = 0, byline_only: bool = False
) -> tuple[int, int, int] | None:
    """Where the byline starts, where its dateline prefix ends and where it ends, when the agency at ``[a, b)`` is
    framed; else None. ``floor`` is where an earlier byline on the line ended; ``byline_only`` forms are common words
    elsewhere and need a closing mark or a pair of marks."""
    opening = _OPEN.search(line, 0, a)
    if opening and opening["mark"].startswith("("):
        # several agencies in one bracket (أ ف ب، رويترز): the frame closes after the last
        listed = lex.agency_list.match(line, b)
        if listed:
            b = listed.end()
    closing = _CLOSE.match(line[b:])
    open_mark = opening["mark"] if opening else ""
    close_mark = closing["mark"] if closing else ""
    prefix_end = opening.start() if opening else a
    start = min(floor, prefix_end)
    for stop in _SENTENCE_END.finditer(line, start, prefix_end):
        start = stop.end()
    while start < prefix_end and line[start].isspace():
        start += 1
    prefix = line[start:prefix_end]
    if open_mark.startswith("(") and not close_mark.startswith(")"):
        return None
    if open_mark == '"' and (close_mark != '"' or not re.search(r"(?:^|[-:/])\s*$", prefix)):
        return None  # a quoted name is a byline after a separator (القاهرة: «الشرق الأوسط»), else a citation
    if byline_only and close_mark == ".":
        return None  # حلب اليوم.. مدينة is a headline; a full stop closes only unambiguous names (موسكو - سبوتنيك.)
    closed = bool(close_mark) or not line[b:].strip()
    paired = (open_mark[:1], close_mark[:1]) in (("(", ")"), ('"', '"'), ("/", "/"))
    if not open_mark:
        # a name that ends a phrase before a dash (جامعة الدول العربية - ...) is no byline: the agency must open
        # the line, follow a dateline's date (رام الله 3-12-2024 وفا-), or follow SPA's date with no mark at all
        opens_line = not prefix.strip()
        after_date = _calendar_date(prefix, lex, _ANY_YEAR, True) is not None
        if not ((closed and (opens_line or after_date)) or _ends_with_date(prefix, lex)):
            return None
    elif not (paired or closed):
        # تحليل: الشرق الأوسط في 2025 is a headline, «الشرق الأوسط» or "/ بنا /" a byline; an open frame
        # (بغداد - واع أعلنت) follows a short place name, not a clause (أبو ظبي تستضيف معرضا - وام تنقل) or nothing
        last_field = re.split(r"[-/,:()]", prefix.rstrip())[-1]
        if byline_only or not prefix.strip() or len(_names(last_field, lex)) > _OPEN_FIELD_WORDS:
            return None
    if not _reads_as_dateline(prefix, lex):
        return None
    end = b
    tail = re.match(r'\s*(?:\)\)?|"|/)?\s*(?::\s*-+|-+|:)?', line[b:])
    if tail:
        end += len(tail.group().rstrip())
    return start, prefix_end, end


def _reads_as_dateline(prefix: str, lex: _Lexicon) -> bool:
    """A city, a reporter's name, dates and separators; no sentence punctuation and no reporting verb."""
    if len(prefix) > _LINE_REACH or re.search(r'[;?!"]', prefix):
        return False
    total = 0
    # each field between separators (city / reporter / date) is a short name
    for field in re.split(r"[-/,:()]", prefix):
        names = _names(field, lex)
        if len(names) > _MAX_FIELD_WORDS or any(w in lex.cue_words for w in names):
            return False
        total += len(names)
    return total <= _MAX_NAME_WORDS


def _names(text: str, lex: _Lexicon) -> list[str]:
    """The words of ``text`` that are not part of a date (nor single letters: the T and Z of an ISO stamp)."""
    return [w for w in re.findall(_LETTER + "+", text) if len(w) > 1 and w not in lex.date_words]


def _ends_with_date(prefix: str, lex: _Lexicon) -> bool:
    """SPA's ``... 2024 م واس``: the agency follows a date with no separator."""
    stripped = re.sub(r"(?:\s+(?:م|ه))+\s*$", "", prefix.rstrip())
    return bool(re.search(r"(?:19|20|14)\d\d$", stripped)) and _date_in(prefix, lex, None) is not None


def _date_from_lines(lines: list[str], lex: _Lexicon, reference: datetime | date | None) -> datetime | None:
    """A date line among the first lines: little but a date (``نشر في: الثلاثاء 3 ديسمبر 2024 - 09:12``)."""
    for line in lines:
        if len(_names(line, lex)) > _DATE_LINE_NAMES:
            continue
        found = _date_in(line, lex, reference)
        if found is not None:
            return found
    return None


def _date_in(
    text: str, lex: _Lexicon, reference: datetime | date | None, year_optional: bool = False
) -> datetime | None:
    """The first date in ``text`` (a dateline or date line), with its time when marked as GMT/UTC or given with an
    offset (``2024-12-03T11:12:00+02:00``, ``11:12 GMT+2``)."""
    iso = _ISO.search(text)
    if iso and iso["tz"]:
        stamp = re.sub(r"\s+", "", iso.group()).replace("z", "+00:00")
        try:
            return datetime.fromisoformat(stamp.upper()).astimezone(UTC)
        except ValueError:
            pass
    day = _calendar_date(text, lex, reference, year_optional)
    if day is None:
        return None
    moment = datetime(day.year, day.month, day.day, tzinfo=UTC)
    if _GMT.search(text):
        t = _TIME.search(text)
        if t:
            hour = int(t["h"] or t["h4"])
            if t["pm"] and hour < 12:
                hour += 12
            elif t["am"] and hour == 12:
                hour = 0
            moment = moment.replace(hour=hour, minute=int(t["m"] or t["m4"]))
            shift = _GMT_OFFSET.search(text)
            if shift:
                sign = 1 if shift["sign"] == "+" else -1
                moment -= sign * timedelta(hours=int(shift["h"]), minutes=int(shift["m"] or 0))
    return moment


def _calendar_date(text: str, lex: _Lexicon, reference: datetime | date | None, year_optional: bool) -> date | None:
    yearless: tuple[int, int] | None = None
    for m in lex.word_date.finditer(text):
        d = int(m["d"]) if m["d"].isdigit() else _month_of(m["d"], lex.ordinals)
        mon = _month_of(m["mon"], lex.months)
        if m["y"]:
            return _valid(int(m["y"]), mon, d)
        yearless = yearless or (mon, d)
    for pattern in (_YMD, _DMY):
        m = pattern.search(text)
        if m:
            return _valid(int(m["y"]), int(m["mon"]), int(m["d"]))
    m = lex.hijri_date.search(text)
    if m:
        return _from_hijri(int(m["y"]), _month_of(m["mon"], lex.hijri), int(m["d"]))
    if yearless is None and year_optional:
        m = _DM.search(text)
        if m and 1 <= int(m["mon"]) <= 12:
            yearless = (int(m["mon"]), int(m["d"]))
    if yearless is not None and reference is not None:
        return _nearest(yearless[0], yearless[1], reference)
    return None


def _month_of(surface: str, months: dict[str, int]) -> int:
    """The number a month (or ordinal day) surface stands for, whatever its spacing."""
    squeezed = {k.replace(" ", ""): v for k, v in months.items()}
    return squeezed[re.sub(r"[\s.]+", "", surface)]


def _valid(y: int, mon: int, d: int) -> date | None:
    try:
        return date(y, mon, d)
    except ValueError:
        return None


def _from_hijri(y: int, mon: int, d: int) -> date | None:
    from hijridate import Hijri

    try:
        return Hijri(y, mon, d).to_gregorian()
    except (ValueError, OverflowError):
        return None


def _nearest(mon: int, d: int, reference: datetime | date) -> date | None:
    """The day-month closest to the reference date (a dateline of 31 December on a 2 January article is last year's)."""
    ref = reference.date() if isinstance(reference, datetime) else reference
    options = [c for y in (ref.year - 1, ref.year, ref.year + 1) if (c := _valid(y, mon, d)) is not None]
    return min(options, key=lambda c: abs((c - ref).days)) if options else None


def _site_suffix(norm: str, lex: _Lexicon, reference: datetime | date | None) -> _Found | None:
    """A page title that ends with the site's name (``عنوان الخبر | عنب بلدي``, ``... - الجزيرة نت``): the
    publisher when no byline names one."""
    lines = _head_lines(norm)
    if not lines:
        return None
    offset, title = lines[0]
    m = re.search(r"\s[|\-]\s*(?P<site>[^|\-]{2,40}?)\s*$", title)
    if m is None:
        return None
    site = lex.agency.fullmatch(m["site"])
    aid = lex.agency_of.get(squeeze(m["site"])) if site else None
    if aid is None or squeeze(m["site"]) in lex.byline_only:
        return None
    published = _date_from_lines([text for _, text in lines[1:3]], lex, reference)
    return offset + m.start() + 1, offset + m.end("site"), aid, published


def _cites(before: str, lex: _Lexicon) -> bool:
    """Whether the words before a bracketed name cite it (بحسب قناة (العربية)) rather than credit the text."""
    words = re.findall(_LETTER + "+", before)[-2:]
    return any(w in lex.cue_words or w.lstrip("لب") in lex.outlet_nouns or w in lex.outlet_nouns for w in words)


def _credit(norm: str, lex: _Lexicon) -> _Found | None:
    """A closing credit: ``المصدر: الجزيرة + وكالات``, Reuters' ``(إعداد ... للنشرة العربية - تحرير ...)``, or an
    agency in brackets ending the text."""
    tail_start = max(0, len(norm) - _TAIL_CHARS)
    tail = norm[tail_start:]
    for m in re.finditer(r"(?<!" + _LETTER + r")المصدر\s*:\s*", tail):
        a = lex.agency.match(tail, m.end())
        if a and (aid := lex.agency_of.get(squeeze(a.group()))):
            return tail_start + m.start(), tail_start + a.end(), aid, None
        # المصدر: تاق برس — an outlet agencies.tsv does not list, alone on the text's last line, still names the
        # publisher (its name as printed); a bare "agencies" or "follow-ups" names nobody
        name = re.match(r"(" + _LETTER + r"+(?: " + _LETTER + r"+){0,3})\s*\)?\s*$", tail[m.end() :])
        if name and not set(name.group(1).split()) & _NO_OUTLET_WORDS:
            return tail_start + m.start(), tail_start + m.end() + name.end(1), f"{_OUTLET}{tail_start + m.end()}", None
    for phrase, aid in lex.credits:
        at = tail.rfind(phrase)
        if at >= 0:
            # the whole bracketed credit when the phrase sits in one ((إعداد ... للنشرة العربية - تحرير ...))
            start, end = at, at + len(phrase)
            # the bracket that encloses the phrase, not merely the first one of the 200 characters before it
            b0, b1 = tail.rfind("(", max(0, at - 200), at), tail.find(")", end)
            if b0 >= 0 and b1 >= 0 and b1 - end <= 200 and ")" not in tail[b0:at] and "(" not in tail[end:b1]:
                start, end = b0, b1 + 1
            return tail_start + start, tail_start + end, aid, None
    m = re.search(r"\(\s*(?P<agency>[^()\n]{1,40}?)\s*\)\W*$", tail)
    if m and not _cites(tail[: m.start()], lex):
        a = lex.agency.fullmatch(m["agency"])
        if a and (aid := lex.agency_of.get(squeeze(a.group()))):
            close = tail.index(")", m.end("agency")) + 1
            return tail_start + m.start(), tail_start + close, aid, None
    return None
