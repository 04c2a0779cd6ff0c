"""Dates in Arabic wire copy, resolved against the article's own date.

A DATE mention is a time expression of the text, resolved to a calendar day with ACLED's ``time_precision`` (1 the
day, 2 the week: the middle day is used, 3 the month: the 15th is used). The anchor is ``article.published`` (from
metadata or the wire dateline) taken as a local day (in the zone of the country the article places, else UTC+3: :func:`anchor_date`); without one, explicit dates
still resolve and relative ones stay unresolved (resolution None).

Forms (data in ``data/date_expressions.tsv`` and ``data/months.tsv``):

* weekdays, alone or after a part of the day (``الثلاثاء``، ``فجر الأربعاء``، ``يوم الخميس``): the most recent such
  day on or before the anchor (``الثلاثاء`` in a Tuesday dispatch is that day); with ``الماضي`` strictly before it;
  with ``المقبل`` the next one after it (a forecast).
* a night named by two days (``ليل الإثنين الثلاثاء``، ``ليل الإثنين إلى الثلاثاء``) resolves to the LATER day. ACLED's
  rule is to code the day an event is reported to have happened; for an overnight event reported in the next
  morning's dispatch the night ends on that day, so marsad codes the later day, consistently, with precision 1. A
  night named by one day (``ليلة الثلاثاء``) is that day.
* relative: اليوم، أمس، أول أمس، الليلة الماضية، خلال الساعات الأخيرة (the anchor), خلال اليومين الماضيين (anchor-1,
  precision 2), الأيام الماضية / قبل أيام (anchor-3, precision 2), قبل يومين / قبل ثلاثة أيام (exact, precision 1),
  الأسبوع الماضي (the middle day of the previous week, precision 2), الشهر الماضي (the 15th of the previous month,
  precision 3), العام الماضي (1 July of the previous year, precision 3, like ``عام 2011``).
* explicit: ``3 كانون الأول/ديسمبر 2024``، ``3 ديسمبر``، ``آذار 2011`` (precision 3), ``عام 2011`` (precision 3, 1 July;
  ACLED has no year precision), ``3/12/2024``، ``2024-12-03``, Hijri ``5 جمادى الآخرة 1446`` (converted by hijridate).
* after ``منذ`` a date marks the start of something ongoing: the mention gets role ``since`` (not an event date).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from marsad.events.lexicon import PhraseMatcher, function_words, ordered_forms, split_forms, word_forms
from marsad.knowledge import load_table
from marsad.model import Article, DateResolution, Mention, MentionKind, Token, add_mentions
from marsad.text.normalize import normalize

_NUMERIC_DATE = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})$")
_NOT_TODAY = function_words("not_today")
#: ``قبل ذلك بيومين`` / ``بعد ذلك بيوم``: the direction, the demonstrative, and the day counts a ب word gives
_SHIFT = {normalize(w): sign for w, sign in (("قبل", -1), ("وقبل", -1), ("بعد", 1), ("وبعد", 1))}
_THAT = function_words("that")
_SHIFT_DAYS = {normalize(w): n for w, n in (("يوم", 1), ("يومين", 2), ("يومان", 2))}
_DAY_PLURALS = function_words("day_plurals")


@dataclass(frozen=True)
class TimeUnit:
    """A unit of time after a count (date_expressions.tsv, kind time_unit)."""

    #: the days the form counts alone (a dual counts both: يومين is 2)
    days: int
    #: ACLED's time precision of a date that far back
    precision: int
    dual: bool
    #: a plural (أيام، أسابيع), which names a span only with its number
    plural: bool


@dataclass(frozen=True)
class Relative:
    key: str
    days_back: int
    precision: int


@dataclass(frozen=True)
class DateLexicon:
    """The compiled time vocabulary."""

    months: PhraseMatcher
    weekdays: PhraseMatcher
    parts: PhraseMatcher
    relatives: PhraseMatcher
    ordinals: PhraseMatcher
    year_intro: frozenset[str]
    since: frozenset[str]
    since_from: frozenset[str]
    since_start: frozenset[str]
    future: frozenset[str]
    past: frozenset[str]
    utc: frozenset[str]
    duration: frozenset[str]
    long_duration: frozenset[str]
    clock: frozenset[str]
    day_names: frozenset[str] = frozenset()
    #: a feast's name -> its Hijri (month, day); the n-th of its days (ثاني أيام) by the ordinal word
    feasts: PhraseMatcher = field(default_factory=lambda: PhraseMatcher([]))
    feast_days: dict[str, int] = field(default_factory=dict)
    #: normalized unit of time after a count (ثلاثة أيام، يومين) -> its :class:`TimeUnit`
    time_units: dict[str, TimeUnit] = field(default_factory=dict)


@lru_cache(maxsize=1)
def lexicon() -> DateLexicon:
    rows = load_table("date_expressions.tsv").rows
    months: list[tuple[str, object]] = []
    for r in load_table("months.tsv").rows:
        for form in split_forms(r["forms"]):
            if not form.isascii():
                months.append((form, (r["calendar"], int(r["month"]))))

    def forms(kind: str) -> list[tuple[str, Relative]]:
        return [
            (f, Relative(r["key"], int(r["days_back"]), int(r["precision"])))
            for r in rows
            if r["kind"] == kind
            for f in split_forms(r["forms"])
        ]

    def words(kind: str, key: str | None = None) -> frozenset[str]:
        return frozenset(normalize(f) for r in rows if r["kind"] == kind and key in (None, r["key"])
                         for f in split_forms(r["forms"]))

    return DateLexicon(
        months=PhraseMatcher(months),
        weekdays=PhraseMatcher(forms("weekday")),
        parts=PhraseMatcher(forms("part")),
        relatives=PhraseMatcher([(f, p) for f, p in forms("relative") if p.key != "days_ago"]),
        ordinals=PhraseMatcher(forms("ordinal_day")),
        year_intro=words("year_intro"),
        since=words("since"),
        since_from=words("since_from"),
        since_start=words("since_start"),
        future=words("future"),
        past=words("past"),
        utc=words("utc"),
        duration=words("duration"),
        long_duration=words("duration", "long"),
        # one file holds the word for both stages: a town after it tells the time, a GMT marker after it the day
        clock=frozenset(normalize(r["word"]) for r in load_table("place_context_words.tsv").rows
                        if r["role"] == "clock"),
        day_names=words("day_name"),
        feasts=PhraseMatcher([(f, tuple(int(x) for x in r["key"].split("-"))) for r in rows if r["kind"] == "feast"
                              for f in split_forms(r["forms"])]),
        feast_days={normalize(f): int(r["key"]) for r in rows if r["kind"] == "feast_day" for f in split_forms(r["forms"])},
        time_units={normalize(f): TimeUnit(int(r["days_back"]), int(r["precision"]), r["key"].startswith("two_"),
                                           r["key"].endswith("s") and not r["key"].startswith("two_"))
                    for r in rows if r["kind"] == "time_unit" for f in split_forms(r["forms"])},
    )


@dataclass(frozen=True)
class DateHit:
    """A time expression over tokens ``[first, last]`` and what it resolves to."""

    first: int
    last: int
    resolution: DateResolution | None
    role: str = ""


def _int(token: Token) -> int | None:
    return int(token.text) if token.text.isdigit() else None


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _hijri(y: int, m: int, d: int) -> date | None:
    try:
        from hijridate import Hijri

        return Hijri(y, m, d).to_gregorian()
    except (ValueError, OverflowError, ImportError):
        return None


def _hijri_year(anchor: date) -> int | None:
    try:
        from hijridate import Gregorian

        return Gregorian(anchor.year, anchor.month, anchor.day).to_hijri().year
    except (ValueError, OverflowError, ImportError):
        return None


def _in_sentence(tokens: Sequence[Token], i: int, sentence: int) -> bool:
    return 0 <= i < len(tokens) and tokens[i].sentence == sentence


#: the preposition after اعتبارا / ابتداء that introduces a start date, and after a span (أسبوعا من المعارك)
FROM = frozenset({normalize("من")})
#: the days of a feast (ثاني أيام العيد) or its day (يوم عيد الفطر)
_FEAST_DAY_NOUNS = frozenset(normalize(w) for w in ("أيام", "يوم"))
_MONTH_WORD = normalize("شهر")


def _has(tokens: Sequence[Token], i: int, sentence: int, words: frozenset[str]) -> bool:
    return _in_sentence(tokens, i, sentence) and bool(word_forms(tokens[i].text) & words)


#: superlatives before منذ, which compare the news with a start rather than date one (لأول مرة منذ اندلاع النزاع)
_SUPERLATIVES = function_words("superlatives")
#: approximators between قبل and its span (قبل نحو عامين)
_ABOUT = function_words("ago_approximators")
#: days after which a day named as a start (منذ اندلاع الحرب في 15 أبريل) begins a war, not the operation reported
_WAR_START_DAYS = 90


class _Scanner:
    """Reads time expressions from a token sequence against an optional anchor date."""

    def __init__(self, tokens: Sequence[Token], anchor: date | None) -> None:
        self.tokens = tokens
        self.anchor = anchor
        self.lex = lexicon()
        #: the last day a scanned expression named, which في اليوم نفسه refers back to
        self.last_day: DateResolution | None = None

    def scan(self, skip: set[int]) -> list[DateHit]:
        hits: list[DateHit] = []
        i = 0
        n = len(self.tokens)
        while i < n:
            if i in skip:
                i += 1
                continue
            hit = self.shifted(i) or self.feast(i) or self.explicit(i) or self.weekday(i) or self.relative(i) \
                or self.year(i)
            if hit is None:
                i += 1
                continue
            s = self.tokens[i].sentence
            if self._after_utc(hit.first, s) or self._before_utc(hit.last, s):
                # (23,20 ت غ ليل الأحد): the day of a time in GMT, given beside the local one, is no day of the event
                i = hit.last + 1
                continue
            if hit.role == "" and (_has(self.tokens, hit.first - 1, s, self.lex.since) or (
                    _has(self.tokens, hit.first - 1, s, FROM) and _has(self.tokens, hit.first - 2, s, self.lex.since_from))
                    or (self._since_start(hit.first, s) and self._long_ago(hit))):
                # منذ الثاني من آذار, and اعتبارا من / ابتداء من الثاني من آذار: the start of what goes on since
                hit = DateHit(hit.first, hit.last, hit.resolution, "since")
            hits.append(hit)
            if hit.role == "" and hit.resolution is not None and hit.resolution.time_precision == 1:
                self.last_day = hit.resolution
            i = hit.last + 1
        return hits

    def _long_ago(self, hit: DateHit) -> bool:
        """Whether a start date is a war's rather than an operation's: a month or a year (في فبراير 2022), or a day
        more than :data:`_WAR_START_DAYS` before the report. A toll since a war began is the war's; people displaced
        since an operation began a fortnight ago (منذ بدء العملية في السادس من مايو) are still its news."""
        r = hit.resolution
        if r is None or r.value is None:
            return True
        return r.time_precision >= 3 or (self.anchor is not None and (self.anchor - r.value).days > _WAR_START_DAYS)

    def _since_start(self, first: int, s: int) -> bool:
        """Whether منذ and a noun of starting (منذ بدء الغزو ... في فبراير 2022) stand within eight words before the date,
        with no comma between: the date is when what still goes on began."""
        for k in range(first - 1, max(0, first - 9) - 1, -1):
            if not _in_sentence(self.tokens, k, s) or self.tokens[k].text in (",", "،"):
                return False
            if _has(self.tokens, k, s, self.lex.since) and _has(self.tokens, k + 1, s, self.lex.since_start):
                # (لأول مرة منذ اندلاع النزاع عام 2011: a superlative compares the news with that start)
                return not _has(self.tokens, k - 1, s, _SUPERLATIVES)
        return False

    def shifted(self, i: int) -> DateHit | None:
        """``وقبل ذلك بيومين``، ``بعد ذلك بثلاثة أيام``: days before or after the day the text named last."""
        from marsad.events.numbers import parse_number

        t = self.tokens
        s = t[i].sentence
        sign = _SHIFT.get(t[i].text)
        if sign is None or self.last_day is None or self.last_day.value is None or not _in_sentence(t, i + 2, s) \
                or t[i + 1].text not in _THAT or not t[i + 2].text.startswith("ب"):
            return None
        last = i + 2
        days = _SHIFT_DAYS.get(t[last].text[1:])
        if days is None and _in_sentence(t, last + 1, s) and t[last + 1].text in _DAY_PLURALS:
            # بثلاثة أيام، بـ3 أيام
            days = parse_number(t[last].text[1:]) if len(t[last].text) > 1 else None
            last += 1
        if days is None or not 0 < days <= 31:
            return None
        return DateHit(i, last, DateResolution(self.last_day.value + timedelta(days=sign * days), 1, "shifted"))

    def feast(self, i: int) -> DateHit | None:
        """``ثاني أيام عيد الأضحى``، ``يوم عيد الفطر``: a day of a feast of the Hijri calendar, the last before the
        report (Umm al-Qura, as hijridate computes it; a country may keep the feast a day apart)."""
        t = self.tokens
        s = t[i].sentence
        nth, j = 1, i
        if t[i].text in self.lex.feast_days and _in_sentence(t, i + 1, s) and t[i + 1].text in _FEAST_DAY_NOUNS:
            nth, j = self.lex.feast_days[t[i].text], i + 2
        elif t[i].text in _FEAST_DAY_NOUNS:
            j = i + 1
        else:
            return None
        m = self.lex.feasts.match_at(t, j) if _in_sentence(t, j, s) else None
        if m is None or self.anchor is None:
            return None
        month, day = m.payload  # type: ignore[misc]
        year = _hijri_year(self.anchor)
        value = _hijri(year, month, day) if year else None
        if value is not None and value + timedelta(days=nth - 1) > self.anchor:
            value = _hijri(year - 1, month, day)
        if value is None:
            return None
        day_of = date(value.year, value.month, value.day) + timedelta(days=nth - 1)
        return DateHit(i, m.last, DateResolution(day_of, 1, "feast"))

    def _after_utc(self, first: int, s: int) -> bool:
        """Whether the expression at ``first`` follows a GMT/UTC marker (``ت غ``، ``بتوقيت غرينتش``، ``GMT``)."""
        j = first - 1
        if not _in_sentence(self.tokens, j, s):
            return False
        forms = word_forms(self.tokens[j].text)
        if forms & self.lex.utc:
            return True
        # ت غ: the abbreviation's second letter, after its first
        return "غ" in forms and _in_sentence(self.tokens, j - 1, s) and self.tokens[j - 1].text in ("ت", "ت.")

    def _before_utc(self, last: int, s: int) -> bool:
        """Whether the expression ending at ``last`` is followed by ``بتوقيت غرينتش`` / ``GMT``."""
        j = last + 1
        if _in_sentence(self.tokens, j, s) and word_forms(self.tokens[j].text) & self.lex.clock:
            j += 1
        return _in_sentence(self.tokens, j, s) and bool(word_forms(self.tokens[j].text) & self.lex.utc)

    # explicit dates ---------------------------------------------------------------------------------------
    def _month_at(self, i: int, sentence: int) -> tuple[int, tuple[str, int]] | None:
        """A month name at ``i`` (with an optional ``/`` second name), as (last token, (calendar, month))."""
        if not _in_sentence(self.tokens, i, sentence):
            return None
        m = self.lex.months.match_at(self.tokens, i)
        if m is None:
            return None
        last = m.last
        if _in_sentence(self.tokens, last + 2, sentence) and self.tokens[last + 1].text == "/":
            m2 = self.lex.months.match_at(self.tokens, last + 2)
            if m2 is not None:
                last = m2.last
        elif _in_sentence(self.tokens, last + 1, sentence):
            # يوليو تموز، يوليو (تموز): the same month by its second name, as Reuters Arabic writes it, before the year
            k = last + 2 if self.tokens[last + 1].text == "(" else last + 1
            m2 = self.lex.months.match_at(self.tokens, k) if _in_sentence(self.tokens, k, sentence) else None
            if m2 is not None and m2.payload == m.payload:  # type: ignore[attr-defined]
                last = m2.last + 1 if k == last + 2 and _in_sentence(self.tokens, m2.last + 1, sentence) \
                    and self.tokens[m2.last + 1].text == ")" else m2.last
        return last, m.payload  # type: ignore[return-value]

    def _current_month(self, j: int, sentence: int) -> tuple[int, date | None] | None:
        """``الشهر الجاري`` / ``الشهر الماضي`` after a day: the anchor's month or the one before."""
        m = self.lex.relatives.match_at(self.tokens, j) if _in_sentence(self.tokens, j, sentence) else None
        if m is None or m.payload.key not in ("this_month", "last_month"):  # type: ignore[attr-defined]
            return None
        if self.anchor is None:
            return m.last, None
        if m.payload.key == "this_month":  # type: ignore[attr-defined]
            return m.last, self.anchor.replace(day=1)
        return m.last, (self.anchor.replace(day=1) - timedelta(days=1)).replace(day=1)

    def _year_after(self, i: int, sentence: int) -> tuple[int, int] | None:
        """A year at ``i`` (``2024`` or ``عام 2024``), as (last token, year)."""
        if _in_sentence(self.tokens, i, sentence) and (y := _int(self.tokens[i])) and 1000 <= y <= 2200:
            last = i
            if _in_sentence(self.tokens, i + 1, sentence) and self.tokens[i + 1].text in ("م", "ه", "هـ"):
                last = i + 1
            return last, y
        if _has(self.tokens, i, sentence, self.lex.year_intro):
            return self._year_after(i + 1, sentence)
        return None

    def explicit(self, i: int) -> DateHit | None:
        tok = self.tokens[i]
        s = tok.sentence
        numeric = _NUMERIC_DATE.match(tok.text)
        if numeric:
            d, m, y = (int(g) for g in numeric.groups())
            value = _safe_date(y, m, d)
            return DateHit(i, i, DateResolution(value, 1, "explicit_day")) if value else None
        day = _int(tok)
        if (
            day is not None
            and _in_sentence(self.tokens, i + 4, s)
            and all(self.tokens[i + k].text in ("/", "-") for k in (1, 3))
        ):
            a, b = _int(self.tokens[i + 2]), _int(self.tokens[i + 4])
            if a is not None and b is not None:
                y, m, d = (day, a, b) if day > 31 else (b, a, day)
                value = _safe_date(y, m, d)
                if value:
                    return DateHit(i, i + 4, DateResolution(value, 1, "explicit_day"))
        last_day_token = i
        om = self.lex.ordinals.match_at(self.tokens, i)
        if day is None and om is not None:
            day = int(om.payload.key)  # type: ignore[attr-defined]
            last_day_token = om.last
        if day is not None and 1 <= day <= 31:
            j = last_day_token + 1
            if _in_sentence(self.tokens, j + 1, s) and self.tokens[j].text == "/" and self._month_at(j + 1, s):
                j += 1  # 15/ أبريل: a slash some papers put between the day and the month's name
            if _in_sentence(self.tokens, j, s) and self.tokens[j].text == "من":
                j += 1
                if _in_sentence(self.tokens, j, s) and self.tokens[j].text == _MONTH_WORD:
                    j += 1  # في 22 من شهر كانون الأول: "the month of" before its name
            month = self._month_at(j, s)
            if month is None and _in_sentence(self.tokens, j + 2, s) and self.tokens[j].text == "و" \
                    and (after := _int(self.tokens[j + 1])) is not None and day < after <= 31:
                # يومي 14 و15 نوفمبر: the first day takes the month (and year) named after the second
                month = self._month_at(j + 2, s)
                if month is not None:
                    _, (calendar, mon) = month
                    year = self._year_after(month[0] + 1, s)
                    return DateHit(i, last_day_token, self._day_month(day, mon, calendar, year[1] if year else None))
            current = self._current_month(j, s) if month is None else None
            if current is not None:
                last, value = current
                resolved = _safe_date(value.year, value.month, day) if value else None
                return DateHit(i, last, DateResolution(resolved, 1, "explicit_day") if resolved else None)
            if month is not None:
                last, (calendar, mon) = month
                year = self._year_after(last + 1, s)
                if year is not None:
                    last = year[0]
                return DateHit(i, last, self._day_month(day, mon, calendar, year[1] if year else None))
        month = self._month_at(i, s)
        if month is not None:
            last, (calendar, mon) = month
            year = self._year_after(last + 1, s)
            if year is not None and calendar == "gregorian":
                return DateHit(i, year[0], DateResolution(date(year[1], mon, 15), 3, "explicit_month"))
            if year is None and calendar == "gregorian" and self.anchor is not None and _in_sentence(
                    self.tokens, last + 1, s) and normalize(self.tokens[last + 1].text) in self.lex.past:
                # في أكتوبر الماضي (the past row of date_expressions.tsv): the last October before the report (this
                # year's when it is over, else last year's)
                y = self.anchor.year if mon < self.anchor.month else self.anchor.year - 1
                return DateHit(i, last + 1, DateResolution(date(y, mon, 15), 3, "explicit_month"))
        return None

    def _day_month(self, day: int, month: int, calendar: str, year: int | None) -> DateResolution | None:
        if calendar == "hijri":
            if year is None:
                year = _hijri_year(self.anchor) if self.anchor else None
            value = _hijri(year, month, day) if year else None
            return DateResolution(value, 1, "hijri_day") if value else None
        if year is None:
            if self.anchor is None:
                return None
            year = self.anchor.year
            value = _safe_date(year, month, day)
            if value and value > self.anchor + timedelta(days=7):
                value = _safe_date(year - 1, month, day)
        else:
            value = _safe_date(year, month, day)
        return DateResolution(value, 1, "explicit_day") if value else None

    def year(self, i: int) -> DateHit | None:
        s = self.tokens[i].sentence
        if not _has(self.tokens, i, s, self.lex.year_intro):
            return self._bare_year(i, s)
        found = self._year_after(i + 1, s)
        if found is None:
            return None
        last, y = found
        return DateHit(i, last, DateResolution(date(y, 7, 1), 3, "year"))

    def _bare_year(self, i: int, s: int) -> DateHit | None:
        """``1948`` alone is a year unless a counted noun follows or a count cue precedes it (قتل 2000 شخص)."""
        from marsad.events.numbers import number_item

        y = _int(self.tokens[i])
        if y is None or not 1900 <= y <= 2100 or len(self.tokens[i].text) != 4:
            return None
        if _in_sentence(self.tokens, i + 1, s):
            nxt = self.tokens[i + 1]
            if number_item(nxt) is not None or _counted(nxt):
                return None
        if i > 0 and self.tokens[i - 1].sentence == s and _count_cue_before(self.tokens[i - 1]):
            return None
        last = i
        if _in_sentence(self.tokens, i + 1, s) and self.tokens[i + 1].text in ("م", "ه", "هـ"):
            last = i + 1
        return DateHit(i, last, DateResolution(date(y, 7, 1), 3, "year"))

    # weekdays -----------------------------------------------------------------------------------------------
    def weekday(self, i: int) -> DateHit | None:
        s = self.tokens[i].sentence
        part: str | None = None
        j = i
        pm = self.lex.parts.match_at(self.tokens, i)
        if pm is not None:
            part = pm.payload.key  # type: ignore[attr-defined]
            j = pm.last + 1
        elif "يوم" in word_forms(self.tokens[i].text) and _in_sentence(self.tokens, i + 1, s):
            j = i + 1
        if not _in_sentence(self.tokens, j, s):
            return None
        if j == i and i > 0 and _in_sentence(self.tokens, i - 1, s) \
                and word_forms(self.tokens[i - 1].text) & self.lex.day_names:
            return None  # سوق الجمعة, a market and quarter named after its day, is a place, not Friday
        if j == i and i > 0 and _in_sentence(self.tokens, i - 1, s) and normalize(self.tokens[i].text) == _THE_TWO \
                and _dual_or_plural_definite(self.tokens[i - 1].text):
            return None  # استشهاد المتظاهرين الاثنين: 'the two protesters', not Monday
        wm = self.lex.weekdays.match_at(self.tokens, j)
        if wm is None:
            if part is not None:
                return self.relative(j, part=part, first=i)
            return None
        wd = int(wm.payload.key)  # type: ignore[attr-defined]
        last = wm.last
        expression = "weekday"
        if part == "night":
            # ليل الإثنين الثلاثاء / ليل الإثنين إلى الثلاثاء / ليل الإثنين-الثلاثاء: the night ends on the later day
            k = last + 1
            if _in_sentence(self.tokens, k, s) and self.tokens[k].text in ("الي", "-", "و"):
                k += 1
            wm2 = self.lex.weekdays.match_at(self.tokens, k) if _in_sentence(self.tokens, k, s) else None
            if wm2 is not None:
                wd = int(wm2.payload.key)  # type: ignore[attr-defined]
                last = wm2.last
                expression = "weekday_night"
        if part is None and _in_sentence(self.tokens, last + 1, s) and not _has(self.tokens, i - 1, s, self.lex.since):
            # (منذ السبت 9 أغسطس: the weekday is what since governs, the date after it stays the day a campaign began)
            named = self.explicit(last + 1)
            if named is not None and named.resolution is not None and named.resolution.time_precision == 1:
                # يوم السبت 15 أبريل الماضي: the date names the day, the weekday beside it only confirms it
                return DateHit(i, named.last, named.resolution)
        role = ""
        direction = 0
        if _has(self.tokens, last + 1, s, self.lex.past):
            direction = -1
            last += 1
        elif _has(self.tokens, last + 1, s, self.lex.future):
            direction = 1
            last += 1
            role = "future"
        if self.anchor is None:
            return DateHit(i, last, None, role)
        if direction == 1:
            ahead = (wd - self.anchor.isoweekday()) % 7 or 7
            value = self.anchor + timedelta(days=ahead)
        else:
            back = (self.anchor.isoweekday() - wd) % 7
            if direction == -1 and back == 0:
                back = 7
            value = self.anchor - timedelta(days=back)
        return DateHit(i, last, DateResolution(value, 1, expression, part), role)

    # relative expressions -----------------------------------------------------------------------------------
    def relative(self, i: int, part: str | None = None, first: int | None = None) -> DateHit | None:
        s = self.tokens[i].sentence
        first = i if first is None else first
        tok = self.tokens[i]
        if "قبل" in word_forms(tok.text) and _in_sentence(self.tokens, i + 1, s):
            return self._ago(i, first)
        counted = self._counted_days(i, first)
        if counted is not None:
            return counted
        m = self.lex.relatives.match_at(self.tokens, i)
        if m is None:
            return None
        rel: Relative = m.payload  # type: ignore[assignment]
        last = m.last
        if rel.key == "same_day":
            # في اليوم نفسه، في نفس اليوم: the day the report named last, not the report's own
            if self.last_day is None:
                return None
            return DateHit(first, last, DateResolution(self.last_day.value, 1, "same_day", part))
        if rel.key == "next_day":
            # في اليوم التالي، في اليوم الموالي: the day after the one the report named last; with none, no day at all
            if self.last_day is None or self.last_day.value is None:
                return None
            return DateHit(first, last, DateResolution(self.last_day.value + timedelta(days=1), 1, "next_day", part))
        if rel.key == "today" and _in_sentence(self.tokens, last + 1, s):
            if word_forms(self.tokens[last + 1].text) & _NOT_TODAY:
                return None
        if rel.key in ("past_days", "past_two_days") and m.first == m.last:
            # a bare أيام / يومين is a duration unless منذ or قبل makes it a point in the past
            prev = self.tokens[i - 1] if i > 0 else None
            if prev is None or prev.sentence != s or not word_forms(prev.text) & (self.lex.since | {"قبل"}):
                return None
        role = "future" if rel.key == "tomorrow" else ""
        named = self._named_day_after(rel, last, part)
        if named is not None:
            return DateHit(first, named[0], named[1], role)
        if self.anchor is None:
            return DateHit(first, last, None, role)
        return DateHit(first, last, self._relative_value(rel, part), role)

    def _named_day_after(
        self, rel: Relative, last: int, part: str | None
    ) -> tuple[int, DateResolution | None] | None:
        """``أمس السبت``، ``مساء أمس الأحد``، ``ليلة أمس الجمعة``، ``غدا الأحد``: one date, not two. When the copy was held
        over, أمس and the weekday disagree; the weekday is the writer's explicit word and wins (the last such
        day on or before the anchor). Returns the last token and the resolution, or None without a weekday."""
        if rel.key not in ("today", "yesterday", "day_before_yesterday", "last_night", "tomorrow"):
            return None
        s = self.tokens[last].sentence
        if not _in_sentence(self.tokens, last + 1, s):
            return None
        k = last + 1
        bracketed = self.tokens[k].text == "(" and _in_sentence(self.tokens, k + 1, s)
        # مساء اليوم (الثلاثاء)، أمس (الجمعة): the weekday in brackets names the same day
        wm = self.lex.weekdays.match_at(self.tokens, k + 1 if bracketed else k)
        if wm is None:
            return None
        end = wm.last + 1 if bracketed and _in_sentence(self.tokens, wm.last + 1, s) \
            and self.tokens[wm.last + 1].text == ")" else wm.last
        if self.anchor is None:
            return end, None
        wd = int(wm.payload.key)  # type: ignore[attr-defined]
        if rel.key == "tomorrow":
            # غدا الأحد، يوم غد الأحد: the next such day after the report's
            ahead = (wd - self.anchor.isoweekday()) % 7 or 7
            return end, DateResolution(self.anchor + timedelta(days=ahead), 1, "tomorrow", part)
        back = (self.anchor.isoweekday() - wd) % 7
        if rel.key == "last_night":
            part = "night"
        expression = "today_named" if rel.key == "today" else "weekday"
        return end, DateResolution(self.anchor - timedelta(days=back), 1, expression, part)

    def _counted_days(self, i: int, first: int) -> DateHit | None:
        """``الأيام الخمسة الماضية``، ``الأيام الثلاثة الأخيرة``: somewhere in the last N days (precision 2)."""
        from marsad.events.numbers import number_words

        s = self.tokens[i].sentence
        if not word_forms(self.tokens[i].text) & {"ايام", "الايام"} or not _in_sentence(self.tokens, i + 2, s):
            return None
        # the count agrees with الأيام and takes the article itself: الأيام الخمسة الماضية
        words = [number_words().get(f) for f in ordered_forms(self.tokens[i + 1].text)]
        count = next((w.value for w in words if w is not None and w.kind == "unit"), None)
        if count is None and self.tokens[i + 1].text.isdigit():
            count = int(self.tokens[i + 1].text)
        last_word = word_forms(self.tokens[i + 2].text)
        if count is None or not last_word & (self.lex.past | {"الاخيره"}):
            return None
        if self.anchor is None:
            return DateHit(first, i + 2, None)
        back = (count + 1) // 2
        return DateHit(first, i + 2, DateResolution(self.anchor - timedelta(days=back), 2, "past_days"))

    def _relative_value(self, rel: Relative, part: str | None) -> DateResolution:
        anchor = self.anchor
        assert anchor is not None
        if rel.key == "last_weekend":
            # خلال عطلة نهاية الأسبوع: the last Saturday and Sunday before the report (its Saturday when the report
            # is of the Sunday; a Saturday report means the weekend before), at week precision, either day being meant
            saturday = anchor - timedelta(days=(anchor.isoweekday() - 6) % 7 or 7)
            return DateResolution(saturday, 2, rel.key, part)
        if rel.key == "last_week":
            monday = anchor - timedelta(days=anchor.isoweekday() - 1) - timedelta(days=7)
            return DateResolution(monday + timedelta(days=3), 2, rel.key, part)
        if rel.key == "this_week":
            monday = anchor - timedelta(days=anchor.isoweekday() - 1)
            return DateResolution(min(anchor, monday + timedelta(days=3)), 2, rel.key, part)
        if rel.key == "last_month":
            prev = anchor.replace(day=1) - timedelta(days=1)
            return DateResolution(prev.replace(day=15), 3, rel.key, part)
        if rel.key == "last_year":
            # no month is known: mid-year at month precision, ACLED's coarsest; mostly it marks history, not news
            return DateResolution(date(anchor.year - 1, 7, 1), 3, rel.key, part)
        if rel.key == "this_month":
            return DateResolution(anchor.replace(day=min(15, anchor.day)), 3, rel.key, part)
        if rel.key == "last_night":
            part = "night"
        return DateResolution(anchor - timedelta(days=rel.days_back), rel.precision, rel.key, part)

    def _ago(self, i: int, first: int) -> DateHit | None:
        """``قبل أيام``، ``قبل يومين``، ``قبل ثلاثة أيام``، ``قبل أسبوع``."""
        from marsad.events.numbers import number_item

        s = self.tokens[i].sentence
        j = i + 1
        if self.tokens[j].text in _ABOUT and _in_sentence(self.tokens, j + 1, s):
            j += 1  # قبل نحو عامين، قبل حوالي شهر: an approximate span is still a point in the past
        count = 1
        item = number_item(self.tokens[j])
        if item is not None and item.kind in ("unit", "digit", "ten") and _in_sentence(self.tokens, j + 1, s):
            count = int(item.value)
            j += 1
        units = self.lex.time_units
        unit = next((units[form] for form in ordered_forms(self.tokens[j].text) if form in units), None)
        if unit is None:
            return None
        if _in_sentence(self.tokens, j + 2, s) and self.tokens[j + 1].text == "من" \
                and normalize(self.tokens[j + 2].text) not in ("الان", "ذلك", "هذا"):
            # قبل أيام من الذكرى الأولى، قبل ساعات من بدء الهدنة: counted back from another event, not from the report
            # (قبل يوم من ذلك counts back from the news just told, mostly the report's own day)
            return None
        days, precision = unit.days, unit.precision
        bare_plural = j == i + 1 + (self.tokens[i + 1].text in _ABOUT) and self.tokens[j].text in (normalize("أيام"), normalize("أسابيع"), normalize("أشهر"))
        if bare_plural:
            days, precision = {"ايام": (3, 2), "اسابيع": (14, 2), "اشهر": (60, 3)}[self.tokens[j].text]
            count = 1
        if self.anchor is None:
            return DateHit(first, j, None)
        key = "days_ago" if precision == 1 else "ago"
        return DateHit(first, j, DateResolution(self.anchor - timedelta(days=days * count), precision, key))


@lru_cache(maxsize=1)
def _count_words() -> tuple[frozenset[str], frozenset[str]]:
    """Words after a number that make it a count, and words before it that make it one."""
    after: set[str] = set()
    before: set[str] = set()
    for r in load_table("count_cues.tsv").rows:
        forms = {normalize(f) for f in split_forms(r["forms"]) if " " not in f}
        (after if r["position"] == "after" else before).update(forms)
    return frozenset(after), frozenset(before)


def _counted(token: Token) -> bool:
    return bool(word_forms(token.text) & _count_words()[0])


def _count_cue_before(token: Token) -> bool:
    return bool(word_forms(token.text) & _count_words()[1])


#: hours added to a UTC publication time to reach the reporters' local day when the article places nothing: most
#: conflicts marsad reads (Levant, Iraq, Gulf, Yemen, Somalia) are at UTC+3, so a dispatch filed at 22:30 UTC is
#: already "tomorrow" there
LOCAL_OFFSET_HOURS = 3


@lru_cache(maxsize=1)
def _time_zones() -> dict[str, tuple[str, float]]:
    """ISO code -> (IANA zone, standard offset in hours), from country_time_zones.tsv."""
    return {r["iso2"]: (r["zone"], float(r["standard_offset"])) for r in load_table("country_time_zones.tsv").rows}


def _local(published: datetime, country: str | None) -> datetime:
    zone = _time_zones().get(country or "")
    if zone is None:
        return published + timedelta(hours=LOCAL_OFFSET_HOURS)
    try:
        return published.astimezone(ZoneInfo(zone[0]))
    except ZoneInfoNotFoundError:
        return published + timedelta(hours=zone[1])  # a system with no tz database: standard time


def anchor_date(article: Article) -> date | None:
    """The local day an article was published on, which its weekday names and أمس/اليوم refer to: a time in UTC is
    read in the zone of the country the article's places lie in (:meth:`Article.place_country`)."""
    published = article.published
    if published is None:
        return None
    if published.tzinfo is None or published.utcoffset() == timedelta(0):
        return _local(published.replace(tzinfo=UTC), article.place_country()).date()
    return published.date()  # the metadata already carries a local offset


def resolve_dates(tokens: Sequence[Token], anchor: date | None, skip: set[int] | None = None) -> list[DateHit]:
    """Every time expression in ``tokens``, resolved against ``anchor`` (None: only explicit dates resolve)."""
    return _Scanner(tokens, anchor).scan(skip or set())


def _today_named(hits: Sequence[DateHit], anchor: date | None) -> date | None:
    """The day the writer names as today (``صباح اليوم الأحد``) when it is the day before the anchor, else None."""
    if anchor is None:
        return None
    for hit in hits:
        r = hit.resolution
        if isinstance(r, DateResolution) and r.expression == "today_named" and r.value == anchor - timedelta(days=1):
            return r.value
    return None


@dataclass(frozen=True)
class DateResolver:
    """Finds DATE mentions (``date-N``) and resolves them against the article's publication date."""

    name: str = "dates"
    requires: frozenset[str] = frozenset({"tokens", "dateline"})
    provides: frozenset[str] = frozenset({"dates"})

    def __call__(self, article: Article) -> Article:
        anchor = anchor_date(article)
        skip: set[int] = set()
        if article.dateline is not None:
            for k, t in enumerate(article.tokens):
                if article.raw_span(t.start, t.end).overlaps(article.dateline.span):
                    skip.add(k)
        hits = resolve_dates(article.tokens, anchor, skip)
        today = _today_named(hits, anchor)
        if today is not None:
            # اليوم الأحد in copy filed on Sunday and published on Monday: every other اليوم، أمس and weekday of
            # the report counts from the day the writer named as today
            anchor = today
            hits = resolve_dates(article.tokens, anchor, skip)
        mentions: list[Mention] = []
        for hit in hits:
            first, last = article.tokens[hit.first], article.tokens[hit.last]
            nstart = first.start
            prefixes = [p for p in first.prefixes if p != "ال"]
            if prefixes and first.stem_start > first.start:
                nstart = first.start + sum(len(p) for p in prefixes)
            elif first.text[:1] == "و" and len(first.text) > 2 and first.text[1:] in word_forms(first.text):
                nstart = (
                    first.start + 1
                )  # وصباح الثلاثاء: the conjunction is not part of the date (no form starts with و)
            mentions.append(article.mention_at(
                f"date-{len(mentions)}", MentionKind.DATE, nstart, last.end, hit.resolution, first.sentence, hit.role
            ))
        return add_mentions(article, mentions, self.provides)


#: الاثنين, both Monday and 'the two' (the numeral agreeing with a definite dual or plural noun before it)
_THE_TWO = normalize("الاثنين")


def _dual_or_plural_definite(word: str) -> bool:
    """A definite noun in the dual or the sound plural (المتظاهرين، الشابين، الطرفين) that الاثنين may count."""
    w = normalize(word).lstrip("وفبل")
    return w.startswith("ال") and len(w) > 5 and w.endswith(("ين", "ان"))

