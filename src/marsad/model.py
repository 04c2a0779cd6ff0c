"""The central data model of marsad.

Everything a stage reads or writes is one of these frozen dataclasses. An :class:`Article` owns the raw text, the
normalized text and the :class:`OffsetMap` between them; every :class:`Mention`, event trigger and evidence span is a
pair of character offsets into the RAW text, so that any field marsad outputs can be checked against the characters it
came from. Stages never mutate an article: they return a new one with ``dataclasses.replace``.
"""

from __future__ import annotations

import dataclasses
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


class MentionKind(StrEnum):
    """What a mention names."""

    PLACE = "place"
    ACTOR = "actor"
    PERSON = "person"
    ORGANIZATION = "organization"
    DATE = "date"
    NUMBER = "number"
    SOURCE = "source"


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range ``[start, end)`` of the raw article text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"invalid span [{self.start}, {self.end})")

    def text(self, raw: str) -> str:
        """Return the characters of ``raw`` this span covers."""
        return raw[self.start : self.end]

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end


@dataclass(frozen=True, eq=False)
class OffsetMap:
    """Maps every character of a normalized text back to the raw characters it came from.

    ``starts[i]`` and ``ends[i]`` give the raw range that produced normalized character ``i``. One raw character may
    yield several normalized ones (NFKC expands ligatures) and several raw characters may yield none (diacritics are
    dropped); dropped characters are attributed to the preceding kept character, so a raw span always covers the marks
    that belong to its letters.

    Attributes:
        starts: raw start offset of each normalized character.
        ends: raw end offset of each normalized character.
        raw_length: length of the raw text.
    """

    starts: array
    ends: array
    raw_length: int

    def __len__(self) -> int:
        return len(self.starts)

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, OffsetMap)
            and self.raw_length == other.raw_length
            and self.starts == other.starts
            and self.ends == other.ends
        )

    __hash__ = None  # type: ignore[assignment]

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        return cls(array("q", range(length)), array("q", range(1, length + 1)), length)

    def to_raw(self, start: int, end: int) -> Span:
        """Map a normalized range ``[start, end)`` to the raw span that produced it."""
        n = len(self.starts)
        if not 0 <= start <= end <= n:
            raise ValueError(f"normalized range [{start}, {end}) outside text of length {n}")
        if start == end:
            pos = self.starts[start] if start < n else self.raw_length
            return Span(pos, pos)
        return Span(self.starts[start], self.ends[end - 1])

    def to_normalized(self, raw_offset: int) -> int:
        """Return the first normalized index whose raw start is at or after ``raw_offset``."""
        lo, hi = 0, len(self.starts)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.starts[mid] < raw_offset:
                lo = mid + 1
            else:
                hi = mid
        return lo


@dataclass(frozen=True, slots=True)
class Token:
    """A whitespace/punctuation-delimited unit of the normalized text, split into its clitics.

    Offsets are into the NORMALIZED text; use ``Article.raw_span`` to reach the raw text.

    Attributes:
        start: normalized start offset of the whole surface token.
        end: normalized end offset.
        text: the normalized surface form (e.g. ``وبحلب``).
        prefixes: proclitics in order (e.g. ``("و", "ب")``); the article ``ال`` is included when detached.
        stem: the host word without clitics (e.g. ``حلب``).
        stem_start: normalized offset where ``stem`` begins.
        suffix: an enclitic pronoun when detached (e.g. ``ها``), else ``""``.
        lemma: the dictionary form when known (from rules or morphology), else ``""``.
        is_word: False for punctuation, digits and Latin tokens.
        sentence: index of the sentence the token belongs to.
    """

    start: int
    end: int
    text: str
    prefixes: tuple[str, ...] = ()
    stem: str = ""
    stem_start: int = -1
    suffix: str = ""
    lemma: str = ""
    is_word: bool = True
    sentence: int = 0

    @property
    def stem_end(self) -> int:
        return self.stem_start + len(self.stem)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence, as offsets into the normalized text."""

    index: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class PlaceResolution:
    """Where a place mention points.

    ``geo_precision`` follows ACLED: 1 the town itself, 2 near a known place or part of a region, 3 only a larger
    region (the provincial capital's coordinates are used).
    """

    gazetteer_id: str | None
    name: str
    latitude: float | None
    longitude: float | None
    country: str | None = None
    iso: int | None = None
    country_code: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    feature: str = "populated_place"
    geo_precision: int = 1
    direction: str | None = None
    geonames_id: int | None = None
    pcode: str | None = None
    name_ar: str | None = None
    population: int = 0
    candidates: int = 1


@dataclass(frozen=True, slots=True)
class ActorResolution:
    """The actor a mention names, normalised to the actor dictionary."""

    actor_id: str
    canonical: str
    inter: int | None = None
    actor_type: str = ""
    country: str | None = None
    parent: str | None = None
    former_name: str | None = None
    generic: bool = False


@dataclass(frozen=True, slots=True)
class PersonResolution:
    """A person, with the role and organisation their title or apposition gives."""

    name: str
    role: str | None = None
    organization: str | None = None
    actor_id: str | None = None


@dataclass(frozen=True, slots=True)
class DateResolution:
    """A calendar date an expression resolves to, with ACLED's time precision (1 day, 2 week, 3 month)."""

    value: date
    time_precision: int = 1
    expression: str = ""
    part_of_day: str | None = None


@dataclass(frozen=True, slots=True)
class NumberResolution:
    """A quantity and what it counts.

    Attributes:
        value: the figure ACLED would code (e.g. 12 for "dozens").
        approximate: True for قرابة / نحو / أكثر من or vague words.
        counts: what is counted: ``killed``, ``injured``, ``killed_or_injured``, ``displaced``, ``detained``,
            ``missing`` (people whose fate is unknown, counted in no toll) or ``""``.
        cumulative: True for running totals (ليرتفع عدد ... إلى), which are not one event's figure.
        low: the lower bound when a range or "more than" is given.
        high: the upper bound when a range or "less than" is given.
    """

    value: int
    approximate: bool = False
    counts: str = ""
    cumulative: bool = False
    low: int | None = None
    high: int | None = None


@dataclass(frozen=True, slots=True)
class SourceResolution:
    """Who reports: a wire agency, state media, a monitor, an armed group, an official, an eyewitness."""

    source_id: str
    name: str
    source_type: str
    scale: str = ""
    actor_id: str | None = None


Resolution = (
    PlaceResolution | ActorResolution | PersonResolution | DateResolution | NumberResolution | SourceResolution
)


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of the raw text that names something, with what it resolves to.

    Attributes:
        id: unique within the article (e.g. ``place-3``).
        kind: what the mention names.
        start: raw start offset.
        end: raw end offset.
        text: the raw characters ``raw[start:end]``.
        resolution: the resolved entity, or None when the mention is recognised but unresolved.
        sentence: the sentence index.
        role: a stage-specific qualifier (e.g. ``region`` for ريف حماة الشمالي, ``generic`` for الفصائل).
    """

    id: str
    kind: MentionKind
    start: int
    end: int
    text: str
    resolution: Resolution | None = None
    sentence: int = 0
    role: str = ""

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


@dataclass(frozen=True, slots=True)
class Event:
    """One ACLED-style event: one type, one place, one day.

    Actors, place, date and numbers are references to mention ids of the same article.

    Attributes:
        id: unique within the article.
        event_type: ACLED event type.
        sub_event_type: ACLED sub-event type.
        disorder_type: ACLED disorder type.
        trigger: raw span of the word(s) that evoke the event.
        sentence: sentence index of the trigger.
        evidence: raw spans supporting the event (always includes the trigger's sentence).
        location: mention id of the place, or None.
        actor1: mention ids of the primary actor (first is ACLED's actor1, the rest are associated actors).
        actor2: mention ids of the target/opponent side, likewise.
        date: the resolved date (ISO) or None when unknown.
        time_precision: ACLED's 1/2/3.
        date_mention: mention id of the date expression, when one was used.
        fatalities: ACLED fatalities (conservative), or None when the text gives no figure.
        injured: injured count when given.
        displaced: displaced count when given.
        detained: detained count when given.
        number_mentions: mention ids of the numbers used.
        plover_type: PLOVER event type.
        plover_mode: PLOVER mode.
        modality: ``asserted`` for a coded event; other values mark background or reported intentions.
        civilian_targeting: True when civilians were the target.
        related: ids of linked events (e.g. air strikes during a battle).
        notes: a short summary.
    """

    id: str
    event_type: str
    sub_event_type: str
    disorder_type: str
    trigger: Span
    sentence: int
    evidence: tuple[Span, ...] = ()
    location: str | None = None
    actor1: tuple[str, ...] = ()
    actor2: tuple[str, ...] = ()
    date: date | None = None
    time_precision: int = 1
    date_mention: str | None = None
    fatalities: int | None = None
    injured: int | None = None
    displaced: int | None = None
    detained: int | None = None
    number_mentions: tuple[str, ...] = ()
    plover_type: str = ""
    plover_mode: str = ""
    modality: str = "asserted"
    civilian_targeting: bool = False
    related: tuple[str, ...] = ()
    notes: str = ""


#: the source name of a claim whose speaker cannot be named: the article's own agency when it is not known either
UNKNOWN_SOURCE = "unknown"


def known_sources(names: list[str]) -> list[str]:
    """``names`` without the unknown source, unless it is all there is: a speaker nobody can name adds nothing beside one
    who is named, but an event whose only source is unnamed still says so."""
    named = [n for n in names if n != UNKNOWN_SOURCE]
    return named or names


@dataclass(frozen=True, slots=True)
class Claim:
    """Who asserts an event, and what exactly they said.

    Attributes:
        event_id: the event asserted.
        source: mention id of the source (e.g. ``المرصد السوري``), or None when the article's agency is the source.
        source_id: stable id of the source (e.g. ``sohr``, ``sana``, ``afp``).
        source_name: display name.
        source_type: wire agency | state media | media | monitoring NGO | NGO | UN | international organization |
            government | military source | medical source | armed group | local source | eyewitness | other.
        cue: raw span of the attribution cue (وفق, أفاد, نقلت ... عن).
        statement: raw span of what the source said.
    """

    event_id: str
    source: str | None
    source_id: str
    source_name: str
    source_type: str
    cue: Span | None = None
    statement: Span | None = None


@dataclass(frozen=True, slots=True)
class Dateline:
    """A wire dateline or byline found in the raw text."""

    span: Span
    agency: str
    published: datetime | None


@dataclass(frozen=True)
class Article:
    """A news report and everything the pipeline has found in it.

    Attributes:
        id: the article id (given, or derived from the content hash).
        raw: the raw text, exactly as read.
        title: headline, when known.
        published: publication datetime (UTC), from metadata or the dateline.
        source: the publishing agency (e.g. ``AFP``).
        url: where it came from.
        dateline: the wire dateline, when one was found.
        normalized: the normalized text (empty until the normalizer runs).
        offsets: map from normalized to raw offsets.
        sentences: sentence boundaries in normalized offsets.
        tokens: clitic-aware tokens in normalized offsets.
        mentions: everything recognised, in raw offsets.
        events: coded events.
        claims: who asserts which event.
        layers: the names of the layers stages have provided so far.
        origin: the file (and line) the article was read from, for messages.
    """

    id: str
    raw: str
    title: str | None = None
    published: datetime | None = None
    source: str | None = None
    url: str | None = None
    dateline: Dateline | None = None
    normalized: str = ""
    offsets: OffsetMap | None = None
    sentences: tuple[Sentence, ...] = ()
    tokens: tuple[Token, ...] = ()
    mentions: tuple[Mention, ...] = ()
    events: tuple[Event, ...] = ()
    claims: tuple[Claim, ...] = ()
    layers: frozenset[str] = field(default_factory=frozenset)
    origin: str = ""

    def replace(self, provides: Iterable[str] = (), **changes: object) -> Article:
        """Return a copy with ``changes`` applied and ``provides`` added to ``layers``."""
        layers = self.layers | frozenset(provides)
        return dataclasses.replace(self, layers=layers, **changes)

    def raw_span(self, start: int, end: int) -> Span:
        """Map a normalized range to its raw span."""
        if self.offsets is None:
            raise ValueError(f"article {self.id}: not normalized yet")
        return self.offsets.to_raw(start, end)

    def mention_at(
        self,
        mention_id: str,
        kind: MentionKind,
        start: int,
        end: int,
        resolution: Resolution | None = None,
        sentence: int | None = None,
        role: str = "",
    ) -> Mention:
        """A mention of the normalized range ``[start, end)``, placed on the raw span it came from and carrying that
        span's raw text; its sentence, unless given, is the one the raw span starts in."""
        span = self.raw_span(start, end)
        if sentence is None:
            sentence = self.sentence_of(span.start)
        return Mention(mention_id, kind, span.start, span.end, span.text(self.raw), resolution, sentence, role)

    def mention(self, mention_id: str) -> Mention:
        for m in self.mentions:
            if m.id == mention_id:
                return m
        raise KeyError(f"article {self.id}: no mention {mention_id!r}")

    def mentions_of(self, kind: MentionKind) -> tuple[Mention, ...]:
        return tuple(m for m in self.mentions if m.kind is kind)

    def sentence_of(self, raw_offset: int) -> int:
        """Index of the sentence containing a raw offset (0 if there are no sentences)."""
        if self.offsets is None or not self.sentences:
            return 0
        n = self.offsets.to_normalized(raw_offset)
        for s in self.sentences:
            if s.start <= n < s.end:
                return s.index
        return self.sentences[-1].index if n >= self.sentences[-1].start else 0

    def sentence_span(self, index: int) -> Span:
        s = self.sentences[index]
        return self.raw_span(s.start, s.end)

    def sentence_tokens(self, index: int) -> Sequence[Token]:
        return [t for t in self.tokens if t.sentence == index]

    def place_country(self) -> str | None:
        """The country most of the article's resolved places lie in (the first named among equals), or None when
        the places stage has not run or found none; the dateline's city counts like any other place."""
        counts: dict[str, int] = {}
        for m in self.mentions:
            if m.kind is MentionKind.PLACE and isinstance(m.resolution, PlaceResolution) and m.resolution.country_code:
                counts[m.resolution.country_code] = counts.get(m.resolution.country_code, 0) + 1
        # (max keeps the first of equal counts, as Counter.most_common does)
        return max(counts, key=counts.__getitem__) if counts else None


def add_mentions(article: Article, new: Iterable[Mention], provides: Iterable[str]) -> Article:
    """Return ``article`` with ``new`` mentions appended (kept in raw-offset order)."""
    merged = sorted((*article.mentions, *new), key=lambda m: (m.start, -m.end, m.kind.value))
    return article.replace(provides=provides, mentions=tuple(merged))
