"""Actors, organisations and people in an article.

:class:`ActorRecognizer` finds, on the normalized text:

* named actors and organisations of the dictionary (هيئة تحرير الشام، الجيش السوري، الأمم المتحدة), behind proclitics,
  with the sense valid on the article's date (جبهة النصرة is Hayat Tahrir al Sham after 2017-01-28);
* coordinated nationality adjectives (الطيران السوري والروسي: Syrian and Russian forces);
* generic references (الفصائل، قوات النظام، الطيران الحربي، المرصد), resolved to the nearest compatible actor the article
  named before them; allied factions (والجماعات المتحالفة معها) become associated actors of their lead actor;
* organisations the dictionary does not list, from a head noun (وزارة، جامعة، بلدية، شركة): a construct chain of nouns
  closed by its first definite noun or proper name, then its adjectives; it runs through a dictionary name inside it
  (وكالة أبحاث الكونغرس) and ends before verbs, prepositions, adverbial accusatives (احتفالا) and new phrases;
* people: those the dictionary knows, those a title or apposition introduces (الأمين العام للأمم المتحدة أنطونيو
  غوتيريش، مقاتل عرّف عن نفسه باسم ...), given-name chains, words unknown to the lexicon after a nationality adjective
  (منافسه الإسباني رافائيل نادال) or between a reporting verb and إن, and later bare family names of people already
  introduced.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from marsad.actors.dictionary import (
    POLICE_PREFIX,
    ActorDictionary,
    KnownPerson,
    StateForce,
    Title,
    actor_dictionary,
    state_body_id,
)
from marsad.actors.lexicon import (
    FUNCTION_WORD_NAMES,
    NAME_CHAIN,
    PhraseMatch,
    ambiguous_names,
    given_names,
    longest_first,
    opens_next_person,
    split_cell,
    stop_words,
)
from marsad.actors.non_names import drop_non_names
from marsad.actors.references import FALLEN_ROLE, bare_form, force_word, refine_and_resolve
from marsad.actors.tagger import NameTagger, TaggedSpan, default_lists, default_tagger
from marsad.datelines import filing_city
from marsad.events.lexicon import function_words
from marsad.knowledge import load_table
from marsad.model import (
    ActorResolution,
    Article,
    Mention,
    MentionKind,
    PersonResolution,
    PlaceResolution,
    Token,
    add_mentions,
)
from marsad.text.lexicon import NOUN, PROPER, VERB, default_lexicon
from marsad.text.normalize import normalize

_INTER_ABROAD = 8
#: the tagger's least lead over O for an organisation it adds (a max-marginal of its CRF): on ANERcorp's development
#: set and Wojood val (benchmarks/actors.py) any threshold above 0 lost more right organisations than wrong ones
ORG_MARGIN = 0.0
#: a lone given name (عماد، سميرة) counts as a person when it is not also a common word: on Wojood train this gained
#: more recall than it cost precision
SINGLE_NAMES = True


def inter_for(resolution: ActorResolution, event_country: str | None) -> int | None:
    """ACLED's inter code of an actor in an event: a state's forces acting outside their country are 8."""
    if resolution.actor_type == "state forces" and resolution.country and event_country:
        return 1 if resolution.country == event_country else _INTER_ABROAD
    return resolution.inter


def article_date(article: Article) -> date | None:
    """The day an article speaks of by default: its publication date, from metadata or the dateline."""
    if article.published is not None:
        return article.published.date()
    if article.dateline is not None and article.dateline.published is not None:
        return article.dateline.published.date()
    return None


#: words after a name that make it a former or defunct one (جبهة النصرة سابقا, قوات النظام البائد): what the text
#: recalls, no clue to when it was written
_FORMER_WORDS = function_words("former_words")
#: the attackers (المهاجمون): with no group named before them, men the article never names
_ATTACKERS = function_words("attackers")
#: a state's unspecified security forces, and the words of a protest or a riot that make them its police in their
#: sentence (the events stage reads the latter too: a shooting told with them was at a crowd)
_SECURITY_HEADS = tuple(sorted(function_words("security_heads"), key=len, reverse=True))
PROTEST_WORDS = function_words("protest_words")


_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")


def era_day(text: str, dictionary: ActorDictionary) -> date | None:
    """For an undated article, a day inside the one closed period its period-bound names share, or None.

    Some names belong to one period only (قوات النظام السوري and قوات الأسد name Assad's army, قوات الوفاق the Government
    of National Accord's): an undated article using them was written then, so its ambiguous names (الجيش السوري)
    take that period's sense too, instead of today's. Names that disagree, or no closed period, leave the day unknown.

    Args:
        text: the article's normalized text.
        dictionary: the actor dictionary whose aliases carry validity spans.
    """
    lo, hi = date.min, date.max
    for m in dictionary.actor_matcher.find(text):
        senses = dictionary.senses.get(m.phrase) if m.key == "alias" else None
        if not senses:
            continue
        follower = _NEXT_WORD.match(text, m.end)
        if follower and follower.group(1) in _FORMER_WORDS:
            continue
        lo = max(lo, min(s.valid_from or date.min for s in senses))
        hi = min(hi, max(s.valid_to or date.max for s in senses))
    if hi == date.max or lo >= hi:
        return None
    return hi - timedelta(days=1)


def reading_day(article: Article, dictionary: ActorDictionary) -> date | None:
    """The day names are read on: the article's own date, else the period its period-bound names give it."""
    return article_date(article) or era_day(article.normalized, dictionary)


#: actor types a force named after its leader can be (قوات البرهان): not the government or a monitor they speak for
_ARMED_TYPES = frozenset({"state forces", "rebel group", "political militia", "identity militia", "private security"})


@dataclass(frozen=True, slots=True)
class _Found:
    """A mention before ids are given: normalized offsets, kind, resolution, role."""

    start: int
    end: int
    kind: MentionKind
    resolution: object
    role: str = ""
    #: a reading the tagger's check leaves standing where the tagger sees no name (a name its own title follows)
    sure: bool = False


_NONSTATE_INTERS = frozenset({2, 3, 4})
_MILITARY_PREFIX = "Military Forces of "
_PER_COUNTRY = re.compile(r"^(Islamic State|Civilians|Protesters|Rioters|Unidentified Armed Group) \((.+)\)$")
#: unarmed crowds ACLED names by the country they are in: generic class -> (id prefix, name, inter, actor_type);
#: civilians are victims (inter 7), protesters peaceful demonstrators (6), rioters violent ones (5)
CROWDS = {
    "civilians": ("civ", "Civilians", 7, "civilians"),
    "protesters": ("pro", "Protesters", 6, "protesters"),
    "rioters": ("rio", "Rioters", 5, "rioters"),
}
#: actor types of the crowds: they are the people an event happens to or who gather, never an organisation that speaks
CROWD_TYPES = frozenset(crowd[3] for crowd in CROWDS.values())
_ADJ_TAIL = re.compile(r"\s+(و?)([^\W\d_]+)")
#: the force noun in construct right before a government's name (قوات الحكومه الصوماليه، جيش حكومه السودان)
_FORCES_OF = re.compile(r"(?:^|(?<=\s))[وفبل]?(?:" + "|".join(sorted(function_words("forces_of"))) + ") $")
_BASM = re.compile(r"باسم(ه|ها|هم)?$")


class _ActorPass:
    """Recognition over one article (holds the per-article state)."""

    def __init__(self, article: Article, dictionary: ActorDictionary) -> None:
        self.article = article
        self.d = dictionary
        #: each sentence's words and stems, gathered by police_at_protests when it first runs
        self._sentence_words: dict[int, set[str]] | None = None
        self.text = article.normalized
        self.day = reading_day(article, dictionary)
        self.found: list[_Found] = []
        self._weak: set[tuple[int, int]] = set()
        #: generic references that take up their antecedent's head noun (قوات الجماعة) -> that noun
        self._repeats: dict[tuple[int, int], str] = {}
        self._repeats_only: set[tuple[int, int]] = set()
        #: the provinces named between a governor's title and his name (normalized spans): no name runs over them
        self.governed_places: list[tuple[int, int]] = []
        #: raw ranges inside round brackets, read once for every mention whose sentence's country is asked
        self.raw_asides = _paren_ranges(article.raw)
        #: the raw span of the city a dash-led text was filed from, read once too
        self.filing_city = filing_city(article.raw)

    # actors -------------------------------------------------------------------------------------------------------
    def actors(self) -> None:
        dateline = self._dateline()
        for m in self.d.actor_matcher.find(self.text):
            if dateline[0] <= m.start < dateline[1]:
                continue  # the byline's agency is the publisher, not an actor of the story
            if m.key == "alias":
                self._named(m)
            else:
                self._generic(m)
        self._coordinated()

    def _dateline(self) -> tuple[int, int]:
        line = self.article.dateline
        if line is None or self.article.offsets is None:
            return (0, 0)
        return (self.article.offsets.to_normalized(line.span.start), self.article.offsets.to_normalized(line.span.end))

    def _named(self, m: PhraseMatch) -> None:
        sense = self.d.sense_on(m.phrase, self.day)
        if sense is None:
            return
        entry = self.d.entries[sense.actor_id]
        if entry.country and entry.actor_id == state_body_id(entry.country, "gov"):
            # قوات الحكومه الصوماليه: the government's forces are its army, not the government itself (ACLED codes
            # the force that fought); the matcher prefers the longer body's name over قوات الحكومه, which overlaps it
            forces = _FORCES_OF.search(self.text, max(0, m.start - 10), m.start)
            state = self._country_force(entry.country) if forces else None
            if state is not None:
                self.found.append(_Found(forces.start(), m.end, MentionKind.ACTOR,
                                         self.d.entries[state.actor_id].resolution()))
                return
        other = self._other_state_force(m, entry.country)
        if other is not None:
            self.found.append(other)
            return
        kind = MentionKind.ORGANIZATION if entry.kind == "organization" else MentionKind.ACTOR
        self.found.append(_Found(m.start, m.end, kind, entry.resolution()))

    def _other_state_force(self, m: PhraseMatch, country: str | None) -> _Found | None:
        """الجيش الوطني المالي is Mali's army, whatever its first two words name in Syria: a force's name
        (one that opens with a force head) directly followed by another state's nationality adjective is that
        state's forces, the adjective included. A name that ends in an adjective itself (الجيش السوري الروسي) is a
        list of states, which :meth:`_coordinated` reads."""
        words = m.phrase.split(" ")
        if not force_word(words[0]) or words[-1] in self.d.adjectives:
            return None
        after = self._state_after(m.end)
        if after is None or after[0].iso2 == country:
            return None
        state, end = after
        return _Found(m.start, end, MentionKind.ACTOR, self.d.entries[state.actor_id].resolution())

    def _state_after(self, pos: int) -> tuple[StateForce, int] | None:
        """The state whose nationality adjective stands right after ``pos`` (not joined by و), with the adjective's
        end, or None."""
        tail = _ADJ_TAIL.match(self.text, pos)
        if tail is None or tail.group(1) or tail.group(2) not in self.d.adjectives:
            return None
        state = self._state(self.d.adjectives[tail.group(2)])
        return (state, tail.end()) if state is not None else None

    def _generic(self, m: PhraseMatch) -> None:
        cls, kind_name = self.d.generic[m.phrase]
        if cls == "national":
            other = self._other_state_force(m, None)  # الجيش الوطني المالي: Mali's army, whatever the article's country
            if other is not None:
                self.found.append(other)
                return
        if cls in ("police", "state", "army") and m.phrase not in self.d.weak_generic:
            # مديرية الأمن العام الأردنية، قوات الدرك المالي: a nationality adjective right after the force names its
            # state, whatever other country the sentence names (مخيم البقعة للاجئين الفلسطينيين)
            after = self._state_after(m.end)
            if after is not None:
                state, end = after
                sense = self.d.police_sense(state) if cls == "police" else state.sense
                self.found.append(_Found(m.start, end, MentionKind.ACTOR, self.d.entries[sense.actor_id].resolution()))
                return
        kind = MentionKind.ORGANIZATION if kind_name == "organization" else MentionKind.ACTOR
        role = "associated" if cls == "allied" else "generic"
        self.found.append(_Found(m.start, m.end, kind, cls, role))
        if m.phrase in self.d.weak_generic:
            self._weak.add((m.start, m.end))
        if m.phrase in self.d.generic_repeats:
            self._repeats[(m.start, m.end)] = self.d.generic_repeats[m.phrase]
            if m.phrase in self.d.repeats_only:
                self._repeats_only.add((m.start, m.end))

    def _coordinated(self) -> None:
        """الطيران السوري والروسي، الطيران الحربي السوري الروسي: each further adjective names another state's forces."""
        extra: list[_Found] = []
        for f in self.found:
            if not isinstance(f.resolution, ActorResolution) or f.resolution.actor_type != "state forces":
                continue
            last = self.text[f.start : f.end].rsplit(" ", 1)[-1]
            if last not in self.d.adjectives:
                continue
            pos = f.end
            while True:
                m = _ADJ_TAIL.match(self.text, pos)
                if not m or m.group(2) not in self.d.adjectives:
                    break
                state = self._state(self.d.adjectives[m.group(2)])
                if state is not None and state.actor_id != f.resolution.actor_id:
                    entry = self.d.entries[state.actor_id]
                    extra.append(_Found(m.start(2), m.end(2), MentionKind.ACTOR, entry.resolution()))
                pos = m.end()
        self.found.extend(extra)

    def _state(self, states: list[StateForce]) -> StateForce | None:
        for s in states:
            if s.sense.valid_on(self.day):
                return s
        return states[-1] if states and self.day is None else None

    def localize(self) -> None:
        """Country-specific names follow the country the sentence is about (داعش in Kirkuk is Islamic State (Iraq)).

        ACLED writes some actors per country, "Name (Country)", or per region, "Name (Region)" (داعش in Borno is
        Islamic State (West Africa)). When the sentence's places (from the places stage, when it ran) or its other
        actors point to another country that has its own entry or branch, that entry is used; a sentence that names
        no country takes the country of the article's places.
        """
        by_canonical = {e.canonical: e for e in self.d.entries.values()}
        for k, f in enumerate(self.found):
            res = f.resolution
            if not isinstance(res, ActorResolution):
                continue
            m = _PER_COUNTRY.match(res.canonical)
            # a worldwide group named alone (تنظيم القاعدة) is its regional branch where it has one (in Yemen, AQAP)
            family = m.group(1) if m else res.canonical if res.canonical in self.d.branch_families else None
            if family is None or self._parent_named(f):
                continue
            country = self._sentence_country(f) or self._place_country() or self._adjective_country()
            if country is None or country == res.country:
                continue
            name = self.d.country_names.get(country)
            other = by_canonical.get(f"{family} ({name})") if m and name and name != m.group(2) else None
            branch = self.d.branches.get((family, country))
            if other is None and branch is not None:
                other = self.d.entries[branch]
            if other is not None and other.actor_id != res.actor_id:
                self.found[k] = _Found(f.start, f.end, f.kind, other.resolution(res.generic), f.role)

    def _allied_with(self, f: _Found, g: _Found) -> bool:
        """القوات الديموقراطية المتحالفة مع تنظيم داعش: 'allied with' ends the first name (ADF's own, 'the allied
        forces'), so only مع stands between it and the organisation it is allied with, which describes it."""
        return self.text[f.start : f.end].endswith(_ALLIED) and self.text[f.end : g.start] == " مع "

    def _parent_named(self, f: _Found) -> bool:
        """Whether ``f`` is the parent organisation a named group right before it is tied to (جماعة نصرة الإسلام
        والمسلمين المرتبطة بتنظيم القاعدة): the parent keeps its own name, since there the branch is the group before."""
        before = max((g for g in self.found if g.end <= f.start), key=lambda g: g.end, default=None)
        return before is not None and isinstance(before.resolution, ActorResolution) and not before.resolution.generic \
            and (_AFFILIATED.fullmatch(self.text[before.end : f.start]) is not None or self._allied_with(before, f))

    def _sentence_of(self, f: _Found) -> int:
        """The index of the sentence a found span starts in."""
        return self.article.sentence_of(self.article.raw_span(f.start, f.end).start)

    def _sentence_country(self, f: _Found) -> str | None:
        sentence = self._sentence_of(f)
        # a bracketed aside tells no place of the sentence's events: Russian state media follow every group they
        # call terrorist with (المحظور في روسيا); and a town says where more than a country named beside it
        places: Counter[str] = Counter()
        # nor does the dateline's city (أبوظبي (وام) -، نيويورك (أ ف ب) -): it is where the report was filed
        line = self.article.dateline.span if self.article.dateline is not None else None
        for m in self.article.mentions:
            if m.kind is MentionKind.PLACE and m.sentence == sentence and isinstance(m.resolution, PlaceResolution) \
                    and m.resolution.country_code and not any(a <= m.start < b for a, b in self.raw_asides) \
                    and not (line is not None and line.overlaps(m.span)) and not self._filed_from(m) \
                    and not self.inside_name(m):
                places[m.resolution.country_code] += 1 if m.resolution.feature == "country" else 2
        if places:
            return places.most_common(1)[0][0]
        lo, hi = (self.article.sentences[sentence].start, self.article.sentences[sentence].end) \
            if self.article.sentences else (0, len(self.text))
        actors = Counter(
            g.resolution.country for g in self.found
            if g is not f and lo <= g.start < hi and isinstance(g.resolution, ActorResolution)
            and g.resolution.country and g.resolution.inter != _INTER_ABROAD and g.kind is MentionKind.ACTOR
        )
        return actors.most_common(1)[0][0] if actors else None

    def inside_name(self, m: Mention) -> bool:
        """Whether a place lies inside an actor's, an organisation's or a person's name (البيضاء in الخوذ البيضاء, the
        White Helmets; عمران in عمران خان): it names no place of the sentence's events."""
        offsets = self.article.offsets
        if offsets is None:
            return False
        start, end = offsets.to_normalized(m.start), offsets.to_normalized(m.end)
        return any(g.start <= start and end <= g.end for g in self.found
                   if (isinstance(g.resolution, ActorResolution) and not g.resolution.generic)
                   or g.kind is MentionKind.PERSON)

    def _filed_from(self, m: Mention) -> bool:
        """Whether the place is the city a dash-led text opens with (ابوظبي - سيف اليزيد -، مقديشو –): where the report
        was filed, which names no country of its events."""
        span = self.filing_city
        return span is not None and span[0] <= m.start and m.end <= span[1]

    def resolve_generics(self) -> None:
        """Point each generic reference at the most salient compatible actor named before it.

        Salience is how often the article has referred to the actor so far (nearness breaks ties); actors named in a
        parenthetical aside (قبل فك ارتباطها بتنظيم القاعدة) or only as another group's parent (الموالية لتنظيم
        القاعدة) are background and never antecedents.
        """
        self.found.sort(key=lambda f: f.start)
        called = self._appositions()
        country = self._main_country()
        # (soldiers counted dead where no actor names a country are the army of the article's places: لقي ستة جنود
        # حتفهم في جمهورية أفريقيا الوسطى; a bare الجيش is still left to the actors named, as in Yemen it may be either)
        # (an armed group's own country, Islamic State (Sahel) filed under Mali, says nothing of whose soldiers fell in
        # Niamey, nor of whose is the bare army once some actor was named (JNIM ... مركزين للجيش in Benin): a state
        # force named, else the places, decide; with no actor named the bare army stays unread, as in Yemen)
        fallen_country = self._main_country(states_only=True) or self._place_country() or country
        asides = _paren_ranges(self.text)
        resolved: list[_Found] = []
        counts: Counter[str] = Counter()
        last: dict[str, int] = {}
        for f in self.found:
            cls = f.resolution if isinstance(f.resolution, str) else None
            if isinstance(f.resolution, str):
                candidates = [
                    g for g in resolved
                    if isinstance(g.resolution, ActorResolution) and not g.resolution.generic and g.end <= f.start
                    and not any(a <= g.start < b for a, b in asides) and g.role != AFFILIATION
                ]
                if _OPPOSITION in self.text[f.start : f.end]:
                    # فصائل المعارضة fighting تنظيم الدولة: the opposition is never the Islamic State, whatever the
                    # article named most
                    candidates = [g for g in candidates if not g.resolution.canonical.startswith(_ISLAMIC_STATE)]
                best: dict[str, _Found] = {}
                for g in candidates:
                    best[g.resolution.actor_id] = g
                # a named associate (مدعومة بقوات أميصوم) is no salient actor of its own but may be an antecedent
                ranked = sorted(best.values(), key=lambda g: (-counts[g.resolution.actor_id],
                                                               -last.get(g.resolution.actor_id, g.start)))
                # forces and aircraft are the nearest state named (a roundup moves from country to country); factions
                # and allies follow salience and nearness respectively
                if f.resolution in ("allied", "state", "army", "police", "occupation", "air", "coalition"):
                    ranked = sorted(best.values(), key=lambda g: -last.get(g.resolution.actor_id, g.start))
                if f.resolution == "army":
                    # الجيش الإسرائيلي ... وأضاف الجيش: the bare word is the army just named, even a foreign one
                    # (inter 8 in Lebanon), which the home-state reading of "state" would never pick
                    ranked = [g for g in ranked if self._force_named(g, "جيش")] or ranked
                repeated = self._repeats.get((f.start, f.end))
                # قوات الجماعة after جماعة الحوثي: the group the article named with that noun, whatever its inter
                kin = [g for g in ranked if _opens_with(self.text[g.start : g.end], repeated)] if repeated else []
                ranked = kin or ranked
                # crowds, police and a national army belong to the place where they are; forces may have come from
                # elsewhere
                # (police are the country of the places before the country of the actors named: a group filed under
                # one country, Islamic State (Syria), is arrested by the police of another)
                # (a report that names no place and no actor's country may still call its country by adjective:
                # رئيس الوزراء النيبالي ... اشتبك المتظاهرون مع الشرطة)
                local = (self._sentence_country(f) or (
                    (self._place_country() or country) if f.resolution == "police" else country)
                    or self._adjective_country()) \
                    if f.resolution in CROWDS or f.resolution in ("police", "national") else (
                        fallen_country if f.role == FALLEN_ROLE or f.resolution == "army" and country else country)
                if f.resolution in ("state", "army") and (f.start, f.end) not in self._weak:
                    # a force named by its function (قوات حرس الحدود، قوات المنطقة العسكرية الأولى) is the state's
                    # where it is, not a foreign backer's the article named (المدعومة من الإمارات); the bare الجيش is
                    # left to the actors named, for in Yemen it may be either side's
                    local = self._sentence_country(f) or self._place_country() or country
                learned = called.get(_plural_key(self.text[f.start : f.end]))
                unit_of = self._unit_owner(f) if f.role == FALLEN_ROLE else None
                if learned:
                    resolution = _as_generic(learned)
                elif unit_of is not None:
                    resolution = _as_generic(unit_of)
                elif kin:
                    resolution = _as_generic(kin[0].resolution)
                elif (f.start, f.end) in self._repeats_only:
                    resolution = None
                else:
                    resolution = self._resolve(f.resolution, ranked, local)
                f = _Found(f.start, f.end, f.kind, resolution, f.role)
            if f.resolution is None and (f.start, f.end) in self._weak and not (
                    cls == "nonstate" and self.text[f.start : f.end] in _ATTACKERS):
                # التنظيم، الطيران with nothing named before them are ordinary words here; المهاجمون with no group
                # named before them are men the article never names (ACLED's unidentified armed group), whether
                # unnamed gunmen (مسلحين) were told first or only the attack
                continue
            resolved.append(f)
            if isinstance(f.resolution, ActorResolution) and f.role != "associated":
                counts[f.resolution.actor_id] += 1
                last[f.resolution.actor_id] = f.start
        self.found = resolved

    def _appositions(self) -> dict[str, ActorResolution]:
        """المتمردون الحوثيون، المسلحين الحوثيين: a generic plural with a named group's plural adjective in the same
        case right after it is that group, one mention; the article has then said who "the rebels" are, and its later
        bare المتمردين means them (the Houthis are coded as a state force, which the generic reading would never
        pick for rebels). Returns what each generic word was shown to mean (see :func:`_plural_key`)."""
        called: dict[str, ActorResolution] = {}
        merged: list[_Found] = []
        # حركة الشباب، الجماعة الإرهابية المرتبطة بتنظيم القاعدة: a weak generic set off by a comma right after a named
        # actor restates it, and a generic inside an affiliation apposition describes the group; both are dropped, so
        # that what follows describes the named actor
        found = [f for i, f in enumerate(self.found)
                 if not self._in_affiliation(i)
                 and not (i and (f.start, f.end) in self._weak and isinstance(self.found[i - 1].resolution, ActorResolution)
                          and not self.found[i - 1].resolution.generic
                          and _COMMA_GAP.fullmatch(self.text[self.found[i - 1].end : f.start]))]
        k = 0
        while k < len(found):
            f = found[k]
            g = found[k + 1] if k + 1 < len(found) else None
            if f.resolution == "nonstate" and g is not None and isinstance(g.resolution, ActorResolution) \
                    and not g.resolution.generic and g.start == f.end + 1 and " " not in self.text[g.start : g.end] \
                    and _same_plural_case(self.text[f.start : f.end], self.text[g.start : g.end]):
                merged.append(_Found(f.start, g.end, g.kind, g.resolution, g.role))
                called.setdefault(_plural_key(self.text[f.start : f.end]), g.resolution)
                k += 2
                continue
            if f.resolution == "nonstate" and g is not None and isinstance(g.resolution, ActorResolution) and not g.resolution.generic \
                    and g.resolution.inter in _NONSTATE_INTERS and _LINKED_AFTER.fullmatch(self.text[f.end : g.start]):
                # مجموعة مسلحة خارجة عن القانون مرتبطة بفلول النظام البائد: the armed group is the one it is linked
                # to, as ACLED codes it; the name after the link describes it and is no participant of its own
                merged.append(_Found(f.start, f.end, f.kind, _as_generic(g.resolution), f.role))
                merged.append(_Found(g.start, g.end, g.kind, g.resolution, AFFILIATION))
                k += 2
                # مسلحون تابعون لجماعة نصرة الإسلام والمسلمين المرتبطة بتنظيم القاعدة: the parent the named group
                # is tied to describes it too
                while k < len(found) and isinstance(found[k].resolution, ActorResolution) \
                        and _AFFILIATED.fullmatch(self.text[found[k - 1].end : found[k].start]):
                    h = found[k]
                    merged.append(_Found(h.start, h.end, h.kind, h.resolution, AFFILIATION))
                    k += 1
                continue
            if isinstance(f.resolution, str) and g is not None and isinstance(g.resolution, ActorResolution) \
                    and not g.resolution.generic and _BELONGING.fullmatch(self.text[f.end : g.start]) \
                    and not (f.resolution == "nonstate" and g.resolution.actor_type == "state forces"):
                # طائرات مسيرة تابعة للجيش السوداني: the generic belongs to the actor named right after it; factions
                # "belonging to" a state (الفصائل التابعة لتركيا) are its proxies, not its forces, and stay factions
                merged.append(_Found(f.start, f.end, f.kind, _as_generic(g.resolution), f.role))
                k += 1
                continue
            if isinstance(f.resolution, ActorResolution) and not f.resolution.generic and f.role == "" \
                    and _ALLEGIANCE.search(self.text[max(0, f.start - 20) : f.start]):
                # وأعلنت ولاءها لتنظيم داعش، بايعت تنظيم الدولة: the group sworn allegiance to describes the one
                # that swore it and takes no part in what it does
                merged.append(_Found(f.start, f.end, f.kind, f.resolution, AFFILIATION))
                k += 1
                continue
            if isinstance(f.resolution, ActorResolution) and not f.resolution.generic and g is not None \
                    and isinstance(g.resolution, ActorResolution) and not g.resolution.generic \
                    and g.resolution.actor_id != f.resolution.actor_id \
                    and (_AFFILIATED.fullmatch(self.text[f.end : g.start]) or self._allied_with(f, g)):
                # جماعة نصرة الإسلام والمسلمين الموالية لتنظيم القاعدة: the parent organisation describes the group
                # and takes no part in what it does
                merged.append(f)
                merged.append(_Found(g.start, g.end, g.kind, g.resolution, AFFILIATION))
                k += 2
                continue
            if isinstance(f.resolution, ActorResolution) and g is not None \
                    and isinstance(g.resolution, ActorResolution) and not g.resolution.generic \
                    and g.role == "" and (_SUPPORTED_BY.fullmatch(self.text[f.end : g.start])
                                          or _ALLY.fullmatch(self.text[f.end : g.start])
                                          or _COORDINATED.fullmatch(self.text[f.end : g.start])):
                # سيطرت القوات الصومالية مدعومة بقوات أميصوم: the force that backs another acts with it (ACLED's
                # assoc_actor_1), it is no side of its own
                merged.append(f)
                merged.append(_Found(g.start, g.end, g.kind, g.resolution, "associated"))
                k += 2
                continue
            if f.resolution == "nonstate" and g is not None and isinstance(g.resolution, ActorResolution) \
                    and not g.resolution.generic and g.resolution.inter in _LEADING_INTERS \
                    and _LED_BY.fullmatch(self.text[f.end : g.start]):
                # فصائل مسلحة بقيادة هيئة تحرير الشام: the factions are the named group's allies, and it the lead
                merged.append(_Found(f.start, f.end, f.kind, _allies_of(g.resolution), "associated"))
                k += 1
                continue
            merged.append(f)
            k += 1
        self.found = merged
        return called

    def _in_affiliation(self, k: int) -> bool:
        """Whether found[k] is a generic noun inside the apposition that ties a named group to its parent (حركة
        الشباب، الجماعة الإرهابية المرتبطة بتنظيم القاعدة): the phrase describes the group, and refers to nothing."""
        if k == 0 or k + 1 >= len(self.found) or not isinstance(self.found[k].resolution, str):
            return False
        before, after = self.found[k - 1], self.found[k + 1]
        return all(isinstance(g.resolution, ActorResolution) and not g.resolution.generic for g in (before, after)) \
            and _AFFILIATED.fullmatch(self.text[before.end : after.start]) is not None

    def _unit_owner(self, f: _Found) -> ActorResolution | None:
        """``قتل جندي ... من قوات اللواء الثالث دعم وإسناد التابع للمجلس الانتقالي الجنوبي``: the named force the
        fallen man's unit belongs to, when the words after him name the unit and then whom it belongs to."""
        g = next((g for g in self.found if g.start >= f.end), None)
        if g is None or not isinstance(g.resolution, ActorResolution) or g.resolution.generic:
            return None
        return g.resolution if _UNIT_OF.fullmatch(self.text[f.end : g.start]) else None

    def _main_country(self, states_only: bool = False) -> str | None:
        counts = Counter(
            f.resolution.country
            for f in self.found
            if isinstance(f.resolution, ActorResolution) and f.resolution.country and f.kind is MentionKind.ACTOR
            and f.resolution.inter != _INTER_ABROAD and (not states_only or f.resolution.actor_type == "state forces")
        )
        return counts.most_common(1)[0][0] if counts else None

    def _force_named(self, g: _Found, word: str) -> bool:
        """Whether ``g`` is a state force the text named with ``word`` (الجيش الإسرائيلي: جيش، الاحتلال التركي: احتلال)."""
        return isinstance(g.resolution, ActorResolution) and g.resolution.actor_type == "state forces" \
            and word in self.text[g.start : g.end]

    def _occupier_in(self, g: _Found) -> ActorResolution | None:
        """The state a mention names as an occupier: the force itself (الاحتلال التركي), or the state whose
        occupation a proxy is named after (مرتزقة الاحتلال التركي: the Syrian National Army, Turkey's forces)."""
        if self._force_named(g, "احتلال"):
            return g.resolution  # type: ignore[return-value]
        words = self.text[g.start : g.end].split()
        for k, word in enumerate(words[:-1]):
            if word.endswith("احتلال") and words[k + 1] in self.d.adjectives:
                state = self._state(self.d.adjectives[words[k + 1]])
                return self.d.entries[state.actor_id].resolution() if state else None
        return None

    def _country_force(self, country: str | None) -> StateForce | None:
        """The state force ``country``'s own army is on the article's day, if marsad lists one."""
        return self.d.state_force(country, self.day) if country else None

    def _country_army(self, country: str | None) -> ActorResolution | None:
        """The resolution of ``country``'s own state force (see :meth:`_country_force`), or None."""
        state = self._country_force(country)
        return self.d.entries[state.actor_id].resolution() if state is not None else None

    def _resolve(self, cls: str, named: list[_Found], country: str | None) -> ActorResolution | None:
        def first(pred) -> ActorResolution | None:
            for g in named:
                if pred(g.resolution):
                    return g.resolution
            return None

        if cls == "nonstate":
            hit = first(lambda r: r.inter in _NONSTATE_INTERS and r.actor_type != "civilians")
            return _as_generic(hit)
        if cls == "occupation":
            # برصاص الاحتلال: the occupier the article named (مرتزقة الاحتلال التركي), else, in Palestinian and
            # Lebanese copy, Israel's forces
            occupier = next((r for r in map(self._occupier_in, named) if r is not None), None)
            if occupier is None and self._article_country() in _OCCUPIED_BY_ISRAEL:
                occupier = self.d.entries["il-mil"].resolution() if "il-mil" in self.d.entries else None
            return _as_generic(occupier)
        if cls == "national":
            # الجيش الوطني is the country's own army except where the phrase names another force (national_armies.tsv)
            other = national_armies().get(country or "")
            if other in self.d.entries:
                return _as_generic(self.d.entries[other].resolution())
            return _as_generic(self._country_army(country))
        if cls == "police":
            named_police = first(lambda r: r.actor_type == "state forces" and r.canonical.startswith(POLICE_PREFIX))
            if named_police is not None:
                return _as_generic(named_police)
            state = self._country_force(country)
            if state is None:
                return None
            police = self.d.police_sense(state)
            return _as_generic(self.d.entries[police.actor_id].resolution())
        if cls == "army":
            if named and self._force_named(named[0], "جيش"):
                return _as_generic(named[0].resolution)
            # with no army named, the country's army: in Yemen that is the government's, never the Houthis, whom
            # ACLED codes as a state force too but the copy never calls "the army"
            army = self._country_army(country)
            if army is not None:
                return _as_generic(army)
        if cls in ("state", "army", "air"):
            # القوات الحكومية in Yemeni copy: the government's forces, never the Houthis that ACLED also codes as
            # their country's military (a rival claimant to its state forces)
            home = first(lambda r: r.actor_type == "state forces" and r.inter == 1
                         and not (cls == "state" and rival_claimant(r, self._country_army(r.country))))
            if home is None and cls == "air":
                home = first(lambda r: r.actor_type == "state forces")
            # with nothing named, "the government forces" are the home state's, but warplanes may be anyone's
            # (in Yemen mostly the coalition's): those stay unresolved
            if home is None and cls != "air":
                home = self._country_army(country)
            return _as_generic(home)
        if cls == "coalition":
            # طائرات التحالف: the coalition the article named, else the one that fights in the country of its places
            ids = set(coalitions().values())
            named_coalition = first(lambda r: r.actor_id in ids)
            if named_coalition is not None:
                return _as_generic(named_coalition)
            other = coalitions().get(self._place_country() or country or "")
            return _as_generic(self.d.entries[other].resolution()) if other in self.d.entries else None
        if cls == "allied":
            lead = first(lambda r: r.actor_type not in ("civilians",) and r.inter is not None and r.inter <= 4)
            if lead is None:
                return None
            return _allies_of(lead)
        if cls == "latter":
            # وسط استنفار من قبل قوات الأخيرة: 'the latter's forces' are the armed actor named last
            return _as_generic(first(lambda r: r.inter is not None and r.inter not in (5, 6, 7)))
        if cls == "monitor":
            return _as_generic(first(lambda r: r.actor_type == "monitor"))
        if cls == "international":
            return _as_generic(first(lambda r: r.actor_type == "international organization"))
        if cls in CROWDS:
            return self.crowd(cls, country)
        return None

    def crowd(self, cls: str, country: str | None, name: str | None = None) -> ActorResolution | None:
        """ACLED's "Civilians (Country)", "Protesters (Country)" or "Rioters (Country)" for a crowd in ``country``
        (``name``: ACLED's name of the country, when the caller knows it better than the state forces table)."""
        if country is None:
            return None
        prefix, label, inter, actor_type = CROWDS[cls]
        entry = self.d.entries.get(f"{prefix}-{country.lower()}")
        if entry is not None:
            return entry.resolution(generic=True)
        name = name or self.d.country_names.get(country) or _country_name(country)
        return ActorResolution(f"{prefix}-{country.lower()}", f"{label} ({name})", inter, actor_type, country,
                               None, None, True)

    # organisations the dictionary does not list ------------------------------------------------------------------
    def organizations(self) -> None:
        """وزارة الداخلية الأردنية، جامعة بيرزيت، المجلس الإسلامي الأعلى: a head noun and its genitive or adjectives."""
        heads = self.d.org_heads
        tokens = self.article.tokens
        taken = [(f.start, f.end) for f in self.found]
        # a dictionary name inside a longer head-noun name (وكالة أبحاث الكونغرس، مجلس طلبة جامعة بيرزيت) is its
        # genitive: the chain runs through it and the longer span is the organisation; the inner actor stays
        inner = {f.start: f.end for f in self.found if isinstance(f.resolution, ActorResolution)
                 and not f.resolution.generic and f.role == "" and f.kind in (MentionKind.ORGANIZATION,
                                                                              MentionKind.ACTOR)}
        out: list[_Found] = []
        i = 0
        while i < len(tokens):
            t = tokens[i]
            head, definite = _org_head(t.text, heads)
            # an armed group is named in construct (جيش الإسلام، كتائب حزب الله); التنظيم الإداري is just a noun
            if head is not None and definite and heads[head] == "actor":
                head = None
            if head == "قياده" and t.text.startswith(("بقياده", "وبقياده")):
                head = None  # بقيادة خليفة حفتر 'led by', not a command named after a person
            if head is not None and not definite and i and tokens[i - 1].text in _PASSIVE_AUXILIARIES:
                head = None  # وتم تنظيم الضبط اللازم: a verbal noun after تم 'was done', no body's name
            if head is None or any(a < t.end and t.start < b for a, b in taken):
                i += 1
                continue
            end = None
            j = i + 1
            last = t.end
            indefinites = 0
            # a construct chain is closed by its first definite noun or proper name (جامعة بيرزيت، وزارة الداخلية):
            # after it only adjectives follow, never another indefinite word (احتفالا، قرارا، سارعت، نديم)
            closed = definite
            previous_foreign = False
            while j < len(tokens) and j - i <= 6:
                n = tokens[j]
                if n.sentence != t.sentence or n.start != last + 1 or not n.is_word:
                    break
                if n.start in inner and not closed and not _clitic_prefixed(n):
                    stop = inner[n.start]
                    while j < len(tokens) and tokens[j].start < stop:
                        j += 1
                    end = last = tokens[j - 1].end
                    closed = True
                    continue
                if any(a < n.end and n.start < b for a, b in taken):
                    break
                w = n.text
                if _adverbial_accusative(w):
                    break  # جامعة بيرزيت احتفالا، شركة واصل حدثا: an indefinite accusative masdar is an adverbial
                adjective = w.startswith("ال") or (w.startswith("لل") and len(w) > 4)
                if definite and j == i + 1 and adjective and w.endswith("ه") and not t.text.endswith(("ه", "ات")):
                    break  # البنك المرونة، المجلس الخمسة: a feminine word cannot describe a masculine head
                if w == "في" and end is not None and j + 1 < len(tokens) and (
                        _org_head(tokens[j + 1].text, heads)[0] and not _org_head(tokens[j + 1].text, heads)[1]):
                    # نقابة العاملين في جامعة بيرزيت: a prepositional phrase inside the name opens a new chain
                    last = n.end
                    j += 1
                    indefinites = 0
                    closed = False
                    continue
                if _coordinated_genitive(n, j - i, closed):
                    # منظمة التنمية والتعاون الاقتصادي، لجنة الأمن والإصلاح: a definite word joined by و inside the
                    # name (never a verb, a place or a dictionary actor, which start a new phrase)
                    end = last = n.end
                    j += 1
                    continue
                if w in stop_words() or not _org_word(w) or w in self.d.titles or w in _RELATIONAL:
                    break
                named = _proper_name(w) or w in default_lists().places
                # two indefinite nouns in construct, or three when a proper name closes them (مجلس طلبة جامعة بيرزيت)
                # a foreign name runs over several unknown words (شركة جنرال موتورز، شركة جلوبال كوم)
                foreign = named and previous_foreign and _proper_name(w)
                if (closed and not foreign or indefinites >= 3 or indefinites == 2 and not named) and not adjective:
                    break
                if _clitic_prefixed(n):
                    break  # a glued conjunction or preposition starts a new phrase (والمجلس، لمنحه، بالمرونة)
                if not adjective:
                    # an indefinite adjective describes, it does not name (جمعية خيرية، تجمع مهني، قوات كبيرة): a
                    # nisba, or a feminine form whose lemma is its masculine (كبيرة -> كبير, unlike غزة)
                    # a place name ending like a nisba (بلدية قلقيلية، بلدية عصيرة) names the body's seat
                    if end is None and w not in default_lists().places and (
                            w.endswith("ي") or w.endswith("يه") or w in _DESCRIPTIVE
                            or (w.endswith("ه") and n.lemma == w[:-1] and w not in _PEOPLE_PLURALS)):
                        break
                    indefinites += 1
                if adjective or named:
                    closed = True
                previous_foreign = not adjective and _proper_name(w)
                end = n.end
                last = n.end
                j += 1
            if end is not None:
                kind = MentionKind.ACTOR if heads[head] == "actor" else MentionKind.ORGANIZATION
                # an armed group's name may be followed by adjectives that describe it (جماعة فانو المسلحة); a
                # newspaper's by words about the paper (صحيفة تايمز البريطانية الصادرة), which are no part of it
                described = kind is MentionKind.ACTOR
                named = next((f for f in self.found if i + 1 < len(tokens) and f.start == tokens[i + 1].start
                              and (f.end == end or described and f.end < end
                                   and all(w.startswith("ال") for w in self.text[f.end : end].split()))
                              and isinstance(f.resolution, ActorResolution) and not f.resolution.generic), None)
                head_kind = self.d.org_head_kinds.get(head)
                if named is not None and head_kind in _NAMING_HEAD_KINDS:
                    # ميليشيا حزب الله، صحيفة هآرتس: the head says what the listed body is; it is that body
                    self.found.remove(named)
                    out.append(_Found(_head_start(t, head), end, named.kind, named.resolution, named.role))
                elif named is None or head_kind != "forces":
                    # (قوات هيئة تحرير الشام, قوات أمريكية: the fighters of the actor named inside are that actor,
                    # whose mention stays the name alone, as name annotation has it; no unresolved double)
                    out.append(_Found(_head_start(t, head), end, kind, None))
                taken.append((t.start, end))
                i = j
                continue
            i += 1
        self.found.extend(out)

    def police_at_protests(self) -> None:
        """``قتل شخصان برصاص قوات الأمن المغربية خلال فضها احتجاجات``: a state's unspecified security forces (قوات الأمن،
        عناصر الأمن) in a sentence that tells of a protest or a riot are the police facing the crowd, as ACLED codes
        them (Police Forces of Morocco); elsewhere they stay the state's military, its unspecified security forces."""
        # (the pass runs twice, before and after the generics resolve: the sentences' words are gathered once)
        if self._sentence_words is None:
            self._sentence_words = {}
            for t in self.article.tokens:
                self._sentence_words.setdefault(t.sentence, set()).update((t.text, t.stem))
        words = self._sentence_words
        out = []
        for f in self.found:
            r = f.resolution
            if isinstance(r, ActorResolution) and r.actor_type == "state forces" \
                    and not r.canonical.startswith(POLICE_PREFIX) and self.text.startswith(_SECURITY_HEADS, f.start) \
                    and words.get(self._sentence_of(f), set()) & PROTEST_WORDS:
                state = self._country_force(r.country)
                if state is not None and state.actor_id == r.actor_id:
                    police = self.d.entries[self.d.police_sense(state).actor_id].resolution()
                    f = _Found(f.start, f.end, f.kind, _as_generic(police) if r.generic else police, f.role)
            out.append(f)
        self.found = out

    def known_as(self) -> None:
        """خلية إرهابية تعرف باسم "سرايا الجواد": an unnamed group followed by the name it is known as is that name, a
        group the dictionary lacks; the generic reading (an unidentified armed group) gives way to it."""
        self.found.sort(key=lambda f: f.start)
        drop = set()
        for k, f in enumerate(self.found[:-1]):
            g = self.found[k + 1]
            if isinstance(f.resolution, ActorResolution) and f.resolution.generic and f.role == "generic" \
                    and f.resolution.inter in _NONSTATE_INTERS and g.resolution is None \
                    and g.kind in (MentionKind.ACTOR, MentionKind.ORGANIZATION) \
                    and _KNOWN_AS.fullmatch(self.text[f.end : g.start]):
                drop.add(k)
                self.found[k + 1] = _Found(g.start, g.end, MentionKind.ACTOR, None, g.role)
        self.found = [f for k, f in enumerate(self.found) if k not in drop]

    def bodies_in_context(self) -> None:
        """وزارة الصحة alone in a report from Lebanon is Lebanon's ministry: a state body's head with no nationality
        names the body of the country its sentence is about (its places, else its actors, else the article's), and a
        body listed for a place the article names (وزارة الصحة في غزة) before the country's own."""
        place_words = {normalize(m.text) for m in self.article.mentions if m.kind is MentionKind.PLACE}
        country = None
        for k, f in enumerate(self.found):
            body = self.d.bare_bodies.get(self.text[f.start : f.end])
            if body is None or f.resolution is not None or f.kind is not MentionKind.ORGANIZATION:
                continue
            # وزارة الدفاع الروسية ... وقالت وزارة الدفاع: the same body named before is the one meant
            before = [g for g in self.found if g.end <= f.start and isinstance(g.resolution, ActorResolution)
                      and g.resolution.country and g.resolution.actor_id == state_body_id(g.resolution.country, body)]
            if before:
                named = max(before, key=lambda g: g.end).resolution
                self.found[k] = _Found(f.start, f.end, f.kind, self.d.entries[named.actor_id].resolution(generic=True),
                                       f.role)
                continue
            iso2 = self._sentence_country(f) or country or (country := self._article_country())
            if iso2 is None:
                continue
            local = [a for a, words in self.d.local_bodies(self.text[f.start : f.end], iso2)
                     if any(words == w or w.endswith(" " + words) for w in place_words)]
            actor_id = local[0] if local else state_body_id(iso2, body)
            if actor_id in self.d.entries:
                self.found[k] = _Found(f.start, f.end, f.kind, self.d.entries[actor_id].resolution(generic=True), f.role)

    def drop_adjectival_bodies(self) -> None:
        """الشؤون الداخلية الإيرانية، السياسات الخارجية الأمريكية: a one-word ministry head right after a definite noun
        is that noun's adjective (internal, foreign), not the ministry (أعلنت الداخلية العراقية). The blocking words of
        government_heads.tsv catch the common nouns; this catches the rest without a phrase for every pair."""
        tokens = self.article.tokens
        ends = [t.end for t in tokens]
        keep = []
        for f in self.found:
            if f.kind is MentionKind.ORGANIZATION and self.text[f.start : f.end].split(" ", 1)[0] in \
                    self.d.adjectival_heads:
                k = bisect.bisect_right(ends, f.start) - 1
                own = tokens[k + 1] if k + 1 < len(tokens) else None
                # والخارجية الأمريكية after another ministry is a second body joined by و, not an adjective
                joined = own is not None and own.text[:1] in ("و", "ف") and own.start < f.start
                if not joined and k >= 0 and tokens[k].is_word and tokens[k].text.lstrip("وف").startswith("ال"):
                    continue
            keep.append(f)
        self.found = keep

    def _article_country(self) -> str | None:
        """The country most of the article's places lie in, else its actors'."""
        return self._place_country() or self._main_country()

    def _place_country(self) -> str | None:
        """The country most of the article's places lie in, if it names any."""
        return self.article.place_country()

    def _adjective_country(self) -> str | None:
        """The one country a report that names no place calls its own by nationality adjectives (جهاز المخابرات
        الليبية، وزارة الداخلية الليبية), if it names only one."""
        nisbas = _nisba_countries()
        # (tokens, not the text's words: a comma after the adjective, النيبالي، is no part of it)
        found = {nisbas[w] for t in self.article.tokens for w in (t.text, t.text.removeprefix("و")) if w in nisbas}
        return next(iter(found)) if len(found) == 1 else None

    # people -------------------------------------------------------------------------------------------------------
    def persons(self) -> None:
        tokens = self.article.tokens
        starts = {t.start: i for i, t in enumerate(tokens)}
        taken = [(f.start, f.end) for f in self.found if f.kind is not MentionKind.PERSON]
        people: list[_Found] = []
        title_spans: list[tuple[int, int]] = []
        matches = longest_first(self.d.person_matcher.find_all(self.text))
        cue_starts = {m.start for m in matches if m.key == "title" and self.d.titles[m.phrase].kind == "cue"}
        taken, leaders = self._leaders_bodies(matches, taken)
        people += leaders
        for m in matches:
            if m.key in ("person", "short"):
                known = self.d.person(m.phrase, self.day, short=m.key == "short")
                people.append(_Found(m.start, m.end, MentionKind.PERSON, self._known(known)))
                continue
            title = self.d.titles[m.phrase]
            if title.kind == "anonymous":
                continue
            i = _token_after(tokens, starts, m.end)
            if i is None:
                continue
            if title.kind == "cue":
                role = self._role_before(matches, m)
                span = self._name_at(tokens, i, strict=False)
                if span:
                    people.append(_Found(span[0], span[1], MentionKind.PERSON, PersonResolution(
                        self.text[span[0]:span[1]], role, None, None)))
                continue
            if tokens[i].start in cue_starts:
                continue
            if title.role in _TERRITORIAL_ROLES and (j := self._place_from(tokens, i)) is not None:
                # محافظ صلاح الدين: the province is no given name for the name chains below to start from
                title_spans.append((tokens[i].start, tokens[j - 1].end))
                self.governed_places.append(title_spans[-1])
            person = self._titled(title, m, tokens, i, people, starts)
            if person is not None:
                outer = self._holder_title(matches, m)
                if outer is not None and isinstance(person.resolution, PersonResolution):
                    # المستشار العسكري لمحافظ صلاح الدين فلان: the name is the adviser's; the governor is whom he serves
                    person = replace(person, resolution=replace(person.resolution, role=outer.role))
                people.append(person)
        title_spans += [(m.start - len(m.prefix), m.end) for m in matches if m.key == "title"]
        people = _dedupe(people, taken)
        people += self._family_names(people, [(p.start, p.end) for p in people] + taken)
        chained = self._given_name_chains(tokens, people, taken + title_spans)
        chained += self._speakers(tokens, people + chained, taken + title_spans)
        chained += self._after_nationality(tokens, people + chained, taken + title_spans)
        chained += self._before_title(tokens, people + chained, taken + title_spans)
        people += chained
        people += self._family_names(chained, [(p.start, p.end) for p in people] + taken)
        self.found.extend(people)

    def _leaders_bodies(self, matches: list[PhraseMatch],
                        taken: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], list[_Found]]:
        """حكومة نتنياهو، إدارة ترامب، قوات البرهان، ميليشيات حميدتي: a head of leader_heads.tsv in construct before a
        known leader's name names the government of the leader's country, or the armed actor the leader heads; the
        span ends with the leader's name, and the leader stays a person mention inside it.

        Returns ``taken`` without the spans this rewrites, so that the leader's name is kept, and the leaders that
        only this context names (البرهان، الأسد: family names that are also common words).
        """
        tokens = self.article.tokens
        named = {m.start: m for m in matches if m.key in ("person", "short")}
        freed = set()
        extra: list[_Found] = []
        for head, after in zip(tokens, tokens[1:], strict=False):
            word, definite = _org_head(head.text, self.d.leader_heads)
            if word is None or definite or after.start != head.end + 1 or after.sentence != head.sentence:
                continue
            m = named.get(after.start)
            known = self.d.person(m.phrase, self.day, short=m.key == "short") if m else self.d.person(
                after.text, self.day, short=True)
            if known is None:
                continue
            end = m.end if m else after.end
            body = self.d.leader_heads[word]
            if body:
                entry = self.d.entries.get(state_body_id(known.country, body)) if known.country else None
                kind = MentionKind.ORGANIZATION
            else:
                entry = self.d.entries.get(known.organization) if known.organization else None
                if entry is not None and entry.actor_type not in _ARMED_TYPES:
                    entry = None
                kind = MentionKind.ACTOR
            if entry is None:
                continue
            # the organisation pass may have run the name on over the next word (حكومة نتنياهو المقترح): a body
            # named after its leader ends with the leader's name
            found = next((k for k, f in enumerate(self.found) if f.start == head.start and f.end >= end), None)
            if found is not None and self.found[found].kind in (MentionKind.ORGANIZATION, MentionKind.ACTOR):
                freed.add((self.found[found].start, self.found[found].end))
                self.found[found] = replace(self.found[found], end=end, kind=kind, resolution=entry.resolution())
            elif found is None and not any(f.start < end and head.start < f.end for f in self.found):
                self.found.append(_Found(head.start, end, kind, entry.resolution()))
            else:
                continue
            if m is None:
                extra.append(_Found(after.start, end, MentionKind.PERSON, self._known(known)))
        return [span for span in taken if span not in freed], extra

    def _known(self, person: KnownPerson, role: str | None = None) -> PersonResolution:
        entry = self.d.entries.get(person.organization) if person.organization else None
        return PersonResolution(person.name, role or person.role, entry.canonical if entry else None,
                                entry.actor_id if entry else None)

    def _holder_title(self, matches: list[PhraseMatch], m: PhraseMatch) -> Title | None:
        """The title whose holder the name after title ``m`` is, when ``m`` is that title's complement: a title before
        it, at most two descriptors (العسكري، الخاص) between, and ``m`` written with ل (المستشار العسكري لمحافظ)."""
        if not m.prefix.endswith("ل"):
            return None
        for o in matches:
            if o.key != "title" or o.end > m.start - len(m.prefix) or self.d.titles[o.phrase].kind != "title":
                continue
            between = self.text[o.end : m.start - len(m.prefix)].split()
            if len(between) <= 2 and all(w.startswith("ال") for w in between):
                return self.d.titles[o.phrase]
        return None

    def _role_before(self, matches: list[PhraseMatch], cue: PhraseMatch) -> str | None:
        for m in matches:
            if m.key == "title" and m.end <= cue.start and not self.text[m.end : cue.start].strip():
                return self.d.titles[m.phrase].role or None
        return None

    def _titled(self, title: Title, m: PhraseMatch, tokens, i: int, people: list[_Found],
                starts: dict[int, int]) -> _Found | None:
        """A title, then descriptors (nationality, organisation, باسمه), then the name."""
        org: ActorResolution | None = None
        body: _Found | None = None
        nationality: str | None = None
        spokesman = title.kind == "spokesman"
        limit = i + 6
        while i < len(tokens) and i < limit:
            t = tokens[i]
            # the actor may start after a proclitic (الأمين العام لحلف شمال الأطلسي)
            covering = next((f for f in (self._actor_at(p) for p in range(t.start, min(t.start + 3, t.end))) if f),
                            None)
            if covering is not None:
                res = covering.resolution
                if not isinstance(res, ActorResolution):
                    # جهاز الدفاع المدني الفلسطيني: an unlisted body whose genitive is a listed one is that body
                    res = next((g.resolution for g in self.found if covering.start <= g.start and g.end <= covering.end
                                and isinstance(g.resolution, ActorResolution)), None)
                if isinstance(res, ActorResolution):
                    org = org or res
                    body = body or covering
                i = _token_after(tokens, starts, covering.end)
                if i is None:
                    return None
                continue
            word = t.text
            if title.role in _TERRITORIAL_ROLES:
                # لمحافظ صلاح الدين كاوا شيخاني: the governor's province (a place the places stage found) stands between
                # the title and the name, however much it looks like a given name
                place = self._place_from(tokens, i)
                if place is not None:
                    i = place
                    continue
            if _BASM.match(word) and word != "باسم":
                spokesman = True
                i += 1
                org = org or self._antecedent_org(m.start, people)
                continue
            if word in self.d.adjectives:
                nationality = nationality or self.d.adjectives[word][0].country
                i += 1
                continue
            if word in ("باسم", "في", "لدى", "ل") or word.startswith(("ال", "لل")) and word not in given_names():
                if word.startswith(("ال", "لل")) and _is_stop(word):
                    return None
                i += 1
                continue
            break
        else:
            return None
        if i is None or i >= len(tokens):
            return None
        span = self._name_at(tokens, i, strict=title.role in ("mister", "madam", "young man", "young woman",
                                                                "citizen", "child", "martyr", "prisoner"))
        if span is None:
            return None
        known = self.d.person(self.text[span[0] : span[1]], self.day)
        if known is None:
            # العميد يحيى سريع استهداف سفينة: a listed person's name ends where the list says, however far the chain ran
            words = self.text[span[0] : span[1]].split(" ")
            for n in range(len(words) - 1, 1, -1):
                known = self.d.person(" ".join(words[:n]), self.day)
                if known is not None:
                    span = (span[0], span[0] + len(" ".join(words[:n])))
                    break
        if known is not None:
            self._speaks_for(body, known)
            return _Found(span[0], span[1], MentionKind.PERSON, self._known(known, title.role))
        organization = org.canonical if org else nationality
        actor_id = org.actor_id if org else None
        role = title.role + ("" if not spokesman or "spokesperson" in title.role else " spokesperson")
        return _Found(span[0], span[1], MentionKind.PERSON,
                      PersonResolution(self.text[span[0] : span[1]], role or None, organization, actor_id))

    def _place_from(self, tokens, i: int) -> int | None:
        """The index of the token after the place mention that starts at token ``i``, or None when none does."""
        raw = self.article.raw_span(tokens[i].start, tokens[i].end)
        place = next((m for m in self.article.mentions if m.kind is MentionKind.PLACE
                      and isinstance(m.resolution, PlaceResolution) and m.start <= raw.start < m.end), None)
        if place is None:
            return None
        j = i
        while j < len(tokens) and self.article.raw_span(tokens[j].start, tokens[j].end).start < place.end:
            j += 1
        return j if j < len(tokens) else None

    def _speaks_for(self, body: _Found | None, person: KnownPerson) -> None:
        """المتحدث باسم القوات المسلحة اليمنية العميد يحيى سريع: a body both sides of a war call by one name is the side
        the known person before it speaks for (the Houthis' spokesman, not the government's army)."""
        if body is None or not isinstance(body.resolution, ActorResolution) or person.organization is None:
            return
        mine = self.d.entries.get(person.organization)
        if mine is None or mine.actor_id == body.resolution.actor_id or mine.country != body.resolution.country:
            return
        k = next((n for n, f in enumerate(self.found) if f is body), None)
        if k is not None:
            self.found[k] = _Found(body.start, body.end, body.kind, mine.resolution(), body.role)

    def _antecedent_org(self, pos: int, people: list[_Found]) -> ActorResolution | None:
        """The organisation باسمه refers to: the nearest earlier person's, else the nearest earlier organisation."""
        for p in sorted(people, key=lambda f: -f.start):
            res = p.resolution
            if p.end <= pos and isinstance(res, PersonResolution) and res.actor_id in self.d.entries:
                return self.d.entries[res.actor_id].resolution()
        for f in sorted(self.found, key=lambda f: -f.start):
            if f.end <= pos and f.kind is MentionKind.ORGANIZATION and isinstance(f.resolution, ActorResolution):
                return f.resolution
        return None

    def _actor_at(self, start: int) -> _Found | None:
        for f in self.found:
            if f.start <= start < f.end and f.kind is not MentionKind.PERSON:
                return f
        return None

    def _name_at(self, tokens, i: int, strict: bool, skip: int = 0) -> tuple[int, int] | None:
        """The span of a personal name starting at token ``i`` (one to four words, chains like عبد الرحمن kept)."""
        names = given_names()
        first = tokens[i]
        if not skip and not _name_word(first, names, first_word=True) or first.text in self.d.org_heads \
                or first.text in _PLACE_HEADS:
            return None
        if strict and first.text not in names:
            return None
        end = first.end
        count = 1
        j = i + 1
        chain = first.text in NAME_CHAIN
        links = int(chain)
        # four names (own, father's, grandfather's, family), each of which may be a compound (عبد العزيز، أبو زيد)
        while j < len(tokens) and count < 4 + links + (1 if chain else 0):
            t = tokens[j]
            if t.sentence != first.sentence or t.start != end + 1:
                break
            if self._actor_at(t.start) is not None and not chain:
                break
            if not (chain or _name_word(t, names, first_word=False)) or t.text in self.d.titles:
                break  # a title after a name starts an apposition (بشار أبو زعرور مدير ...)
            if t.text in _PLACE_HEADS and t.text not in names:
                break  # a camp or a town starts a place (شهد مخيم أبو شوك: 'the camp of Abu Shouk witnessed')
            if opens_next_person(t, count - links, names):
                break  # the conjunction starts the next person of a list (على عبد المجيد وجار النبي)
            if tokens[j - 1].text.startswith("ال") and not t.text.startswith("ال") and t.text not in names \
                    and t.text not in NAME_CHAIN and not _proper_name(t.text):
                break  # after a family name with the article a known common word starts an apposition (الطبري وكيل)
            chain = t.text in NAME_CHAIN
            links += int(chain and t.text not in ("بن", "بنت", "ابن"))
            end = t.end
            count += 1
            j += 1
        if chain:  # a name cannot end on أبو / بن / عبد
            return None
        return first.start + skip, end

    def _given_name_chains(self, tokens, people: list[_Found], taken) -> list[_Found]:
        """People nobody introduced: a given name (or أبو / عبد + a name) followed by a family name."""
        names = given_names()
        covered = [(p.start, p.end) for p in people] + list(taken)
        out: list[_Found] = []
        i = 0
        while i < len(tokens):
            t = tokens[i]
            word, skip = t.text, 0
            if word not in names and word[:1] == "و" and word[1:] in names and word[1:] not in ambiguous_names():
                word, skip = word[1:], 1  # وسليمان أبو العز: the conjunction is not part of the name
            nxt = tokens[i + 1].text if i + 1 < len(tokens) else ""
            starts_name = word in names and word not in NAME_CHAIN and (
                word not in ambiguous_names() or self._surname_like(nxt))
            if word in FUNCTION_WORD_NAMES and not (skip == 0 and nxt in names):
                starts_name = False  # على is علي once normalized: only علي حسن، never وعلى اللجنة
            chain = word in ("ابو", "ابي", "ام") and nxt in names or word == "عبد" and nxt.startswith("ال")
            if not (starts_name or chain) or any(s <= t.start < e for s, e in covered):
                i += 1
                continue
            span = self._name_at(tokens, i, strict=False, skip=skip)
            if span is not None and span[1] == t.end and not (SINGLE_NAMES and word not in ambiguous_names()
                                                             and word not in NAME_CHAIN and len(word) > 3):
                span = None
            if span is None:
                i += 1
                continue
            out.append(_Found(span[0], span[1], MentionKind.PERSON,
                              PersonResolution(self.text[span[0] : span[1]], None, None, None)))
            covered.append(span)
            while i < len(tokens) and tokens[i].start < span[1]:
                i += 1
        return out

    def _speakers(self, tokens, people: list[_Found], taken) -> list[_Found]:
        """The subject of a reporting verb right before its clause (وقال رانج علاء الدين إن ...) is a person.

        Only two or three words that are neither definite, nor titles, nor known actors, nor function words, and only
        when أن/إن or a colon follows them: a body would have been recognised as an actor or organisation already.
        """
        verbs = speech_verbs()
        nouns = _source_nouns()
        covered = [(p.start, p.end) for p in people] + list(taken)
        out: list[_Found] = []
        for i, t in enumerate(tokens[:-3]):
            if t.text not in verbs:
                continue
            for n in (3, 2, 1):
                span = tokens[i + 1 : i + 1 + n]
                after = tokens[i + 1 + n] if i + 1 + n < len(tokens) else None
                if len(span) < n or after is None or after.text not in _OPENERS:
                    continue
                # one word alone (وقال فيدرر إن) only when the lexicon does not know it at all: a known word there is
                # a body or a common noun (وقال البيان، وقال مسؤول)
                if n == 1 and not (_proper_name(span[0].text) and span[0].text not in default_lists().places
                                   and not place_nisba("ال" + span[0].text)):
                    continue
                if span[0].text in nouns or any(
                        x.sentence != t.sentence or not x.is_word or x.text.startswith("ال") or x.text in stop_words()
                       or x.text in self.d.titles or x.text in self.d.org_heads or _clitic_prefixed(x)
                       or any(a < x.end and x.start < b for a, b in covered) for x in span):
                    continue
                if not all(_name_word(x, given_names(), first_word=k == 0) for k, x in enumerate(span)):
                    continue
                start, end = span[0].start, span[-1].end
                out.append(_Found(start, end, MentionKind.PERSON, PersonResolution(self.text[start:end], None, None,
                                                                                   None)))
                covered.append((start, end))
                break
        return out

    def _after_nationality(self, tokens, people: list[_Found], taken) -> list[_Found]:
        """A noun, a nationality adjective, then unknown words: a foreign person (منافسه الإسباني رافائيل نادال).

        The nisba is recognised from the place it derives from (الإسباني from إسبانيا), so any country counts; the
        name's first word must be a given name or a word the lexicon does not know at all, and not a place.
        """
        names = given_names()
        covered = [(p.start, p.end) for p in people] + list(taken)
        out: list[_Found] = []
        for i in range(1, len(tokens) - 1):
            t, first = tokens[i], tokens[i + 1]
            country = place_nisba(t.text)
            if country is None or tokens[i - 1].sentence != t.sentence or not tokens[i - 1].is_word \
                    or first.sentence != t.sentence or first.start != t.end + 1:
                continue
            w = first.text
            if w in default_lists().places or w in stop_words() or w in self.d.titles or w in self.d.org_heads \
                    or not (w in names or _proper_name(w)) or _clitic_prefixed(first):
                continue
            if any(a < first.end and first.start < b for a, b in covered):
                continue
            span = self._name_at(tokens, i + 1, strict=False)
            if span is None:
                continue
            if any(a < span[1] and span[0] < b for a, b in covered):
                continue
            out.append(_Found(span[0], span[1], MentionKind.PERSON,
                              PersonResolution(self.text[span[0] : span[1]], None, country, None)))
            covered.append(span)
        return out

    def _before_title(self, tokens, people: list[_Found], taken) -> list[_Found]:
        """A name, then its title in apposition, after a verb or a punctuation mark (وقعت فايزة أبوالنجا وزيرة التعاون،
        ناشد محرم الراغب مدير عام النادي): two or three name words, the first a given name, a proper noun of the
        lexicon or a word it does not know, none definite but the family name."""
        names = given_names()
        lexicon = default_lexicon()
        covered = [(p.start, p.end) for p in people] + list(taken)
        out: list[_Found] = []
        for i in range(2, len(tokens)):
            title = tokens[i]
            if title.text not in self.d.titles or title.text.startswith("ال") or title.prefixes:
                continue
            for n in (2, 3):
                if i - n < 0:
                    break
                span = tokens[i - n : i]
                first = span[0]
                before = tokens[i - n - 1] if i - n > 0 else None
                if any(x.sentence != title.sentence or not x.is_word for x in span):
                    break
                if before is not None and before.sentence == first.sentence and before.is_word and not (
                        lexicon.is_verb(before.text) and not lexicon.is_proper(before.text)
                        and before.text not in names):
                    continue
                w = first.text
                if w.startswith("ال") or _clitic_prefixed(first) or w in self.d.titles or w in self.d.org_heads \
                        or not (w in names or _proper_name(w) or lexicon.is_proper(w)) or w in default_lists().places \
                        or w not in names and any(lexicon.is_verb(v) and not lexicon.is_proper(v)
                                                  for v in (w, w[1:] if w[:1] in "وف" and len(w) > 3 else "") if v):
                    continue  # وأكد سعادة مدير ...: a verb opens the clause, no name
                if not all(_name_word(x, names, first_word=k == 0) for k, x in enumerate(span)) \
                        or any(x.text.startswith("ال") for x in span[1:-1]):
                    continue
                start, end = first.start, span[-1].end
                if any(a < end and start < b for a, b in covered):
                    break
                role = self.d.titles[title.text].role or None
                out.append(_Found(start, end, MentionKind.PERSON,
                                  PersonResolution(self.text[start:end], role, None, None), sure=True))
                covered.append((start, end))
                break
        return out

    def _surname_like(self, word: str) -> bool:
        """Does ``word`` look like the next part of a name (a given name, أبو/بن, or a nisba family name)?"""
        if word in given_names() or word in NAME_CHAIN:
            return True
        return (word.startswith("ال") and word.endswith("ي") and len(word) > 5 and word not in stop_words()
                and word not in self.d.adjectives)

    def _family_names(self, people: list[_Found], occupied: list[tuple[int, int]]) -> list[_Found]:
        """Later bare mentions of a person's family name (وفق عبد الرحمن، وقال دوجاريك)."""
        forms: dict[str, _Found] = {}
        for p in people:
            res = p.resolution
            if not isinstance(res, PersonResolution):
                continue
            words = self.text[p.start : p.end].split()
            if len(words) < 2:
                continue
            known = self.d.person(" ".join(words), self.day)
            shorts = set(known.short) if known else set()
            tail = words[-1] if words[-2] not in NAME_CHAIN and words[-1] not in _COMPOUND_TAILS \
                else " ".join(words[-2:])
            if tail == " ".join(words):
                pass  # صلاح الدين، عبد الله: a compound given name alone has no family name to echo
            elif len(tail) >= 3 and tail not in stop_words() and tail not in given_names():
                shorts.add(tail)
            for form in shorts:
                forms.setdefault(form, p)
        out: list[_Found] = []
        occupied = list(occupied)
        for form, p in forms.items():
            pattern = re.compile(r"(?<![^\W_])(?:[وفبل]{0,2})(" + re.escape(form) + r")(?![^\W_])")
            for m in pattern.finditer(self.text, p.end):
                s, e = m.span(1)
                if any(a < e and s < b for a, b in occupied):
                    continue
                out.append(_Found(s, e, MentionKind.PERSON, p.resolution))
                occupied.append((s, e))
        return out

    def teams(self) -> None:
        """Clubs, national teams and newspapers named after towns (ريال مدريد, مانشستر يونايتد, منتخب مصر, نيويورك
        تايمز), which the places stage reads and leaves out as places (:func:`marsad.places.recognizer.team_names`),
        as organisations where nothing else was found; the tagger, which sees a town or a person there, comes after."""
        from marsad.places.recognizer import team_names

        for start, end in team_names(self.article):
            if not any(f.start < end and start < f.end for f in self.found):
                self.found.append(_Found(start, end, MentionKind.ORGANIZATION, None, "team"))

    # the statistical tagger ---------------------------------------------------------------------------------------
    def tagged(self, tagger: NameTagger) -> None:
        """People and organisations the rules did not find, from the name tagger; rule spans keep priority, except for
        people the rules read off the text alone (see :meth:`_retrace_text_names`)."""
        sentences: dict[int, list[Token]] = {}
        for t in self.article.tokens:
            sentences.setdefault(t.sentence, []).append(t)
        # the tagger runs once per sentence, names carried across the article (NameTagger.scored_article: on ANERcorp's
        # development set, benchmarks/actors.py --context 10, person F1 0.705 -> 0.709 and organisation F1 0.463 ->
        # 0.481; Wojood val unchanged); its spans, trimmed, serve both passes
        tokens_of = list(sentences.values())
        tagged = [(tokens, [_trim_person(sp, tokens) for sp in spans])
                  for tokens, spans in zip(tokens_of, tagger.article_spans(tokens_of, self.text), strict=True)]
        self._retrace_text_names([sp for _, spans in tagged for sp in spans])
        # a name the places stage (when it ran) read as a place (الولايات المتحدة) is left to it
        places = [(m.start, m.end) for m in self.article.mentions if m.kind is MentionKind.PLACE]
        if places:
            self.found = [f for f in self.found if not (
                f.kind is MentionKind.PERSON and isinstance(f.resolution, PersonResolution)
                and f.resolution.name == self.text[f.start : f.end]
                and _all_in_places(self._tokens_between(f.start, f.end), places, self.article))]
        taken = [(f.start, f.end) for f in self.found]
        people: list[_Found] = []
        for tokens, spans in tagged:
            for span in spans:
                if any(a < span.end and span.start < b for a, b in taken) or not _plausible(span, tokens) \
                        or span.label == "ORG" and span.margin < ORG_MARGIN or self._runs_on_from_family(span, tokens):
                    continue
                raw = self.article.raw_span(span.start, span.end)
                if any(2 * (min(b, raw.end) - max(a, raw.start)) >= raw.end - raw.start for a, b in places):
                    continue
                if places and _all_in_places(tokens[span.first : span.last + 1], places, self.article):
                    continue  # مدينة جاسم بريف درعا: each word is a place the places stage read (جاسم، ريف درعا)
                if span.label == "PERS":
                    found = _Found(span.start, span.end, MentionKind.PERSON,
                                   PersonResolution(self.text[span.start : span.end], None, None, None))
                    people.append(found)
                else:
                    found = _Found(span.start, span.end, MentionKind.ORGANIZATION, None)
                self.found.append(found)
                taken.append((span.start, span.end))
        # a family name stands alone later for every person whose name the text gave, the tagger's and the rules'
        # whose boundaries the tagger redrew (صامويل -> صامويل إيتو ... إيتو), which the rules' own carry never saw
        people += [f for f in self.found if f.kind is MentionKind.PERSON and isinstance(f.resolution, PersonResolution)
                   and f not in people]
        self.found.extend(self._family_names(sorted(people, key=lambda f: f.start), taken))

    def _runs_on_from_family(self, span: TaggedSpan, tokens: list[Token]) -> bool:
        """A tagged person that opens with the family name of a person named earlier in the article and runs on into
        words that are no names (إصابة بركات بسيطة after محمد بركات): the family name alone is that person, which the
        family-name carry then reads; a given name or a link after it (سلمان بن عبد العزيز) may make another person."""
        if span.label != "PERS" or span.last == span.first:
            return False
        first = tokens[span.first]
        word = first.stem or first.text
        if not any(f.kind is MentionKind.PERSON and f.end <= span.start and " " in self.text[f.start : f.end]
                   and self.text[f.start : f.end].rsplit(" ", 1)[1] == word for f in self.found):
            return False
        return not any(t.text in NAME_CHAIN or (t.stem or t.text) in NAME_CHAIN or t.text in given_names()
                       for t in tokens[span.first + 1 : span.last + 1])

    def _retrace_text_names(self, spans: list[TaggedSpan]) -> None:
        """Check the names the rules read off the text alone against the tagger: people found by a title or a given
        name with no dictionary entry, organisations found by a head noun (مجلس، شركة، جهاز) with none. One the tagger
        reads no name of its kind in is dropped (مواصلة after a title-like word, الجهاز الفني 'the coaching staff'),
        and one it reads with other boundaries takes them (عبد العزيز السفر -> نوري عبد العزيز). Trained on ANERcorp
        and Wojood, the CRF is the better judge of where a name is: with this pass, on ANERcorp's development set and
        Wojood val (benchmarks/actors.py --split anercorp-dev --split wojood-val), person F1 is 0.704 and 0.857 and
        organisation F1 0.463 and 0.871, against 0.612 and 0.791, 0.414 and 0.871 without it. Names the dictionaries
        know, facilities and state bodies are never touched."""
        drop: set[int] = set()

        def label_of(f: _Found) -> str:
            res = f.resolution
            if f.kind is MentionKind.PERSON and isinstance(res, PersonResolution) and res.name == self.text[f.start : f.end]:
                return "PERS"
            if f.kind is MentionKind.ORGANIZATION and res is None and not f.role and not self._state_body(f):
                return "ORG"  # a facility (مستشفى ...) or a state body (وزارة الصحة) stays as the rules read it
            return ""

        old_names = {k: f.resolution.name for k, f in enumerate(self.found) if label_of(f) == "PERS"}
        for k, f in enumerate(self.found):
            res = f.resolution
            label = label_of(f)
            if not label or k in drop:
                continue
            mine = [sp for sp in spans if sp.label == label and sp.start < f.end and f.start < sp.end]
            if not mine:
                # an organisation the tagger reads a person inside is one named after someone (مستشفى كمال عدوان)
                if label == "PERS" and not f.sure \
                        or label == "ORG" and not any(sp.start < f.end and f.start < sp.end for sp in spans):
                    drop.add(k)
                continue
            # a tagger span inside the rule's counts only where the words it leaves out are ordinary words the rule ran
            # on into (طلعت زكريا يتقمص شخصية), not a family name it missed (محمد دنيا)
            over = [sp for sp in mine if not (f.start <= sp.start and sp.end <= f.end) or self._ran_on(sp, f)]
            if not over and label == "PERS" and len(mine) == 1:
                # a family name the tagger missed, then ordinary words: the name ends before the first of those
                # (لويس ساها التقدم -> لويس ساها, تييري هنري فريقه -> تييري هنري)
                end = self._name_end(mine[0], f)
                if end is not None:
                    self.found[k] = _Found(f.start, end, f.kind, PersonResolution(
                        self.text[f.start : end], res.role, res.organization, res.actor_id), f.role)
                continue
            if len(over) != 1 or any(a < over[0].end and over[0].start < b for a, b in self.governed_places):
                continue  # (nor over the province of a governor's title: محافظ صلاح الدين كاوا شيخاني)
            sp = over[0]
            others = [j for j, g in enumerate(self.found) if j != k and g.start < sp.end and sp.start < g.end]
            # pieces of one name the rules found apart (بن راشد، آل مكتوم of محمد بن راشد آل مكتوم) merge into the
            # tagger's span; a name the dictionary knows, or another kind, keeps it from spreading
            if any(label_of(self.found[j]) != label for j in others):
                continue
            drop.update(others)
            if label == "PERS":
                name = self.text[sp.start : sp.end]
                res = PersonResolution(name, res.role, res.organization, res.actor_id)
            self.found[k] = _Found(sp.start, sp.end, f.kind, res, f.role)
        # a family name the rules carried from a name this pass dropped or cut goes with it: ارسنال of تييري هنري فريقه
        # ارسنال is no person once the name is تييري هنري
        renamed = {before: None if k in drop else self.found[k].resolution.name for k, before in old_names.items()}
        for k, f in enumerate(self.found):
            res = f.resolution
            if k in drop or k in old_names or not isinstance(res, PersonResolution) or res.name not in renamed:
                continue
            name = renamed[res.name]
            if name == res.name:
                continue
            if name is None or not name.endswith(self.text[f.start : f.end]):
                drop.add(k)
            else:
                self.found[k] = _Found(f.start, f.end, f.kind, replace(res, name=name), f.role)
        self.found = [f for k, f in enumerate(self.found) if k not in drop]

    def _state_body(self, found: _Found) -> bool:
        """Whether an organisation opens with a state body's head (وزارة الصحة، مجلس النواب): sources and actors hang
        on such bodies in conflict copy, whatever a newswire-trained tagger makes of them."""
        first = self.text[found.start : found.end].split(" ", 1)[0]
        return bare_form(first, _state_heads()) is not None

    def _ran_on(self, span: TaggedSpan, found: _Found) -> bool:
        """Whether the words of ``found`` after ``span`` (same start) are words of the lexicon, not names: no given
        name, no proper noun, no word the lexicon does not know (a foreign family name) (المعلق العسكري، حلمه)."""
        if span.start != found.start:
            return False
        tail = self._tail(span, found)
        return bool(tail) and all(_common_word(t) for t in tail)

    def _name_end(self, span: TaggedSpan, found: _Found) -> int | None:
        """Where ``found`` (which starts with ``span``) ends once cut before the first word of the lexicon that follows
        the span and the name-like words after it; None when no such word is there."""
        if span.start != found.start:
            return None
        end = span.end
        for t in self._tail(span, found):
            if _common_word(t):
                return end
            end = t.end
        return None

    def _tail(self, span: TaggedSpan, found: _Found) -> list[Token]:
        return self._tokens_between(span.end, found.end)

    def _tokens_between(self, start: int, end: int) -> list[Token]:
        """The tokens wholly inside the normalized range ``[start, end)``."""
        return [t for t in self.article.tokens if start <= t.start and t.end <= end]

    # output -------------------------------------------------------------------------------------------------------
    def mentions(self) -> list[Mention]:
        counters: Counter[str] = Counter()
        out: list[Mention] = []
        # names the text itself gave (not the dictionary) are reported as written, diacritics and hamzas included
        written: dict[str, str] = {}
        for f in self.found:
            res = f.resolution
            if isinstance(res, PersonResolution) and res.name == self.text[f.start : f.end]:
                span = self.article.raw_span(f.start, f.end)
                written.setdefault(res.name, span.text(self.article.raw))
        for k, f in enumerate(self.found):
            res = f.resolution
            if isinstance(res, PersonResolution) and res.name in written:
                self.found[k] = _Found(f.start, f.end, f.kind, PersonResolution(
                    written[res.name], res.role, res.organization, res.actor_id), f.role)
        prefix = {MentionKind.ACTOR: "actor", MentionKind.ORGANIZATION: "org", MentionKind.PERSON: "person"}
        for f in sorted(self.found, key=lambda f: (f.start, -f.end)):
            p = prefix[f.kind]
            res = f.resolution if not isinstance(f.resolution, str) else None
            out.append(self.article.mention_at(f"{p}-{counters[p]}", f.kind, f.start, f.end, res, role=f.role))
            counters[p] += 1
        return out


#: where the bare الاحتلال of the copy means Israel's forces
_OCCUPIED_BY_ISRAEL = frozenset({"PS", "LB"})
#: kinds of org_heads.tsv whose head, before a listed actor, only says what that actor is (ميليشيا حزب الله)
_NAMING_HEAD_KINDS = frozenset({"militia", "group", "movement", "newspaper", "magazine", "company", "agency",
                                "channel", "radio", "television"})
# nouns that open a place name (مختار قرية رفيديا): what follows a title there is not a person
_PLACE_HEADS = frozenset({"قريه", "مدينه", "بلده", "مخيم", "حي", "منطقه", "محافظه", "ناحيه", "قضاء", "بلدات", "قري"})



_OPENERS = frozenset({"ان", "انه", "انها", ":"})


@lru_cache(maxsize=256)
def _country_name(iso2: str) -> str:
    """A country's short English name (ISO 3166 via pycountry) for a country the actor tables do not list."""
    import pycountry

    country = pycountry.countries.get(alpha_2=iso2.upper())
    if country is None:
        return iso2
    return getattr(country, "common_name", None) or country.name.split(",")[0]


@lru_cache(maxsize=1)
def national_armies() -> dict[str, str]:
    """ISO2 -> the actor id that the bare الجيش الوطني names in that country's copy (``national_armies.tsv``)."""
    return {r["iso2"]: r["actor_id"] for r in load_table("national_armies.tsv").rows}


def rival_claimant(a: ActorResolution | None, b: ActorResolution | None) -> bool:
    """Whether ``a`` and ``b`` are two different military forces ACLED gives one country at once (the Houthis'
    "Military Forces of Yemen (2016-) Houthi" beside the government's "Military Forces of Yemen (2022-)")."""
    if a is None or b is None or a.actor_id == b.actor_id or not a.country or a.country != b.country:
        return False
    return a.canonical.startswith(_MILITARY_PREFIX) and b.canonical.startswith(_MILITARY_PREFIX)


@lru_cache(maxsize=1)
def coalitions() -> dict[str, str]:
    """ISO2 -> the actor id of the coalition that the copy's bare التحالف names there (``coalitions.tsv``)."""
    return {r["iso2"]: r["actor_id"] for r in load_table("coalitions.tsv").rows}


@lru_cache(maxsize=1)
def speech_verbs() -> frozenset[str]:
    """Reporting verbs of ``source_cues.tsv``, bare and with و / ف."""
    forms = {normalize(r["cue"]) for r in load_table("source_cues.tsv").rows if r["kind"] == "speech"}
    return frozenset(forms | {c + f for f in forms for c in "وف"})


@lru_cache(maxsize=1)
def _source_nouns() -> frozenset[str]:
    """First words of anonymous and collective sources (مصادر محلية، شهود عيان، مسؤولون): not a person's name."""
    return frozenset(normalize(r["cue"]).split()[0] for r in load_table("source_cues.tsv").rows if r["kind"] == "noun")


def _paren_ranges(text: str) -> list[tuple[int, int]]:
    """Normalized ranges inside round brackets (asides)."""
    out: list[tuple[int, int]] = []
    for m in re.finditer(r"\([^()\n]{0,300}\)", text):
        out.append(m.span())
    return out


#: the proclitics a head noun may carry (وحكومة، لجماعة، وبقوات)
_HEAD_PROCLITICS = ("", "و", "ب", "ل", "ف", "وب", "ول")


def _opens_with(name: str, head: str) -> bool:
    """Whether a name's first word is ``head``, a proclitic allowed (لجماعة الحوثي opens with جماعة)."""
    first = name.split(" ", 1)[0]
    return first.endswith(head) and first[: len(first) - len(head)] in _HEAD_PROCLITICS


def _org_head(word: str, heads: dict[str, str]) -> tuple[str | None, bool]:
    """The organisation head a token starts with (proclitics and article allowed), and whether it is definite."""
    for pre in _HEAD_PROCLITICS:
        if not word.startswith(pre):
            continue
        rest = word[len(pre) :]
        if rest in heads:
            return rest, False
        if rest.startswith("ال") and rest[2:] in heads:
            return rest[2:], True
        if pre.endswith("ل") and rest.startswith("ل") and rest[1:] in heads:
            return rest[1:], True
    return None, False


def _coordinated_genitive(n: Token, position: int, closed: bool) -> bool:
    """Is ``n`` (و + a definite word) coordinated inside a name's genitive or adjectives, within its first four words
    (منظمة التنمية والتعاون، قسم العلوم الإدارية والمالية، الدائرة المركزية للتنظيم والبناء)?"""
    w = n.text
    if not closed or not 2 <= position <= 4 or not w.startswith("وال") or len(w) < 6 or n.prefixes != ("و", "ال"):
        return False
    rest = w[1:]
    lexicon = default_lexicon()
    places = default_lists().places
    return not lexicon.is_verb(rest) and rest not in places and rest[2:] not in places


def place_nisba(w: str) -> str | None:
    """The place a definite nisba adjective derives from (الإسباني -> اسبانيا، العراقية -> عراق), if it is one."""
    if not w.startswith("ال") or len(w) < 6:
        return None
    body = w[2:]
    if body.endswith("يه"):
        body = body[:-2]
    elif body.endswith("ي"):
        body = body[:-1]
    else:
        return None
    places = default_lists().places
    for form in (body + "ا", body + "يا", body, body + "ه"):
        if form in places and len(form) >= 3:
            return form
    return None


def _adverbial_accusative(w: str) -> bool:
    """An indefinite accusative noun (احتفالا، استنكارا، تضامنا، قرارا): the word without its final alif is a noun
    the lexicon knows, the word itself is not."""
    if len(w) < 4 or not w.endswith("ا") or w.startswith("ال"):
        return False
    lexicon = default_lexicon()
    if w in lexicon.forms:
        return False
    entry = lexicon.forms.get(w[:-1])
    return bool(entry and entry[1] > 0 and entry[2] & NOUN)


def _rare_word(w: str) -> bool:
    """A word the lexicon does not know, or knows with no corpus frequency (شناق)."""
    entry = default_lexicon().forms.get(w)
    return _proper_name(w) or bool(entry and entry[1] == 0)


def _proper_name(w: str) -> bool:
    """A word the lexicon does not know at all (بيرزيت، الكونغرس، غوغل): a proper name, definite by itself."""
    lexicon = default_lexicon()
    return w not in lexicon.forms and lexicon.base_of(w) is None


def _head_start(t: Token, head: str) -> int:
    """Where the organisation name starts inside the token: at the head, or at its article."""
    idx = t.text.rfind(head)
    if idx >= 2 and t.text[idx - 2 : idx] == "ال":
        idx -= 2
    return t.start + max(idx, 0)


#: common indefinite adjectives after an organisation noun that the lemma test misses
_DESCRIPTIVE = frozenset({"خاصه", "خاص", "عامه", "عام", "جديده", "جديد", "محليه", "كبيره", "صغيره", "مشتركه", "عديده",
                          "اخري", "اخر", "مختلفه", "تابعه", "تابع"})
#: participles that open a relative modifier after a body's name (قوات النخبة الشبوانية التابعة للمجلس الانتقالي،
#: الفصائل الموالية لتركيا): they end the name, they do not describe it
_RELATIONAL = function_words("relational")


#: broken plurals of people in ة whose lemma is their singular (طلبة -> طالب/طلب): a genitive, not a feminine adjective
_PEOPLE_PLURALS = frozenset({"طلبه", "قضاه", "اساتذه", "تلامذه", "رعاه", "دعاه", "حماه", "ولاه", "قاده", "كهنه", "بحاره",
                             "عمله", "رهبان", "ائمه", "ساسه", "هواه", "رماه", "غزاه", "سعاه", "جباه"})


@lru_cache(maxsize=1)
def _agency_forms() -> frozenset[str]:
    """Every Arabic name of agencies.tsv, with and without the article (the dictionary keeps only unambiguous ones)."""
    forms: set[str] = set()
    for row in load_table("agencies.tsv").rows:
        for form in split_cell(row["arabic"]):
            forms |= {form, form[2:] if form.startswith("ال") else "ال" + form}
    return frozenset(forms)


#: particles that occur inside names (نقابة العاملين في جامعة بيرزيت، منظمة أطباء بلا حدود)
_NAME_CONNECTORS = frozenset({"في", "بلا", "بن", "بنت", "ابن", "ابو", "ام", "عبد", "من", "ضد"})
#: particles of European family names that normalize to Arabic function words (van: فان = فإن)
_NAME_PARTICLES = frozenset({"فان", "فون", "دي", "دا", "دو"})


@lru_cache(maxsize=1)
def _state_heads() -> frozenset[str]:
    """The first words of government_heads.tsv's heads without the article (وزاره، مجلس، حكومه، محكمه)."""
    out = set()
    for row in load_table("government_heads.tsv").rows:
        for head in row["head"].split("|"):
            word = normalize(head.split()[0])
            out.add(word[2:] if word.startswith("ال") else word)
    return frozenset(out)


#: words that bind the next word into a compound name
_NAME_LINKS = NAME_CHAIN | {"ولد"}  # ولد as in Mauritanian names (محمد ولد الغزواني)


#: a comma between a named actor and a generic reference that restates it (حركة الشباب، الجماعة ...), normalized
_COMMA_GAP = re.compile(r" ?, ?")
#: the verbs of the Arabic periphrastic passive (تم تنظيم، يتم تشكيل، جرى تسليم), normalized: a verbal noun follows them
_PASSIVE_AUXILIARIES = frozenset({"تم", "وتم", "يتم", "ويتم", "سيتم", "وسيتم", "جري", "وجري", "يجري", "ويجري"})
#: what stands between a generic reference and the actor it belongs to (مسيرة تابعة للجيش، القوات التابعة لحفتر)
_BELONGING = re.compile(r" (?:ال)?تابع(?:ه|ين|تين|ان|تان)? (?:لل|ل)?")
# after a generic armed group, up to four words (خارجة عن القانون) then a participle of being linked to (مرتبطة ب،
# تابعة ل، موالية ل) or a verb of holding its creed (تحمل فكر) right before a named group (normalized text)
# 'known as', 'called' between a generic group and the name it goes by (normalized text: ة is ه, quotes are ")
_KNOWN_AS = re.compile(r'"?(?: [^ ]+){0,2}? (?:تعرف|يعرف|المعروفه|المعروف|تدعي|يدعي|تسمي|يسمي|تطلق علي نفسها اسم|يطلق علي نفسه اسم)'
                       r'(?: باسم| ب)? ?"?')
_LINKED_AFTER = re.compile(
    r'"?(?: [^ ]+){0,4}? (?:(?:ال)?(?:مرتبط|تابع|موالي|منتم)(?:ي|ه|ين|ون|تين|ان|تان|يه)? (?:لل|ل|ب)?'
    r'|(?:تحمل|يحمل|يحملون|تتبنى|يتبنى|يتبنون) (?:فكر|افكار) )')
# 'affiliated with' between two named groups, perhaps after adjectives of the first (الإرهابية التابعة لتنظيم;
# normalized text: ة is ه; quotes are "): the second is the first's parent
_AFFILIATED = re.compile(
    r'"?,?(?: ال\w+){0,2} (?:ال)?(?:تابع|موالي|مرتبط|مقرب|منتمي|فرع)(?:ه|ين|تين|ان|تان)? (?:لل|ل|ب|من )?'
    r'(?:تنظيم |جماعه )?"?')
# 'allegiance to' right before a group (normalized text): وأعلنت ولاءها لتنظيم داعش، بايعت تنظيم الدولة، مبايعتها لداعش
_ALLEGIANCE = re.compile(r'(?:ولاء(?:ه|ها|هم)?|بيع(?:ه|ته|تها|تهم)|و?بايع(?:ت|وا)?|مبايع(?:ه|ته|تها|تهم)) (?:لل|ل)?'
                         r'(?:تنظيم |جماعه )?"?$')
#: 'the opposition' in a generic group's phrase (normalized: فصائل المعارضة، قوات المعارضة السورية)
_OPPOSITION = "المعارض"
#: the family of ACLED's names for the Islamic State and its provinces
_ISLAMIC_STATE = "Islamic State"
#: 'allied', the adjective that may end a group's own name (normalized: القوات الديمقراطية المتحالفة)
_ALLIED = ("المتحالفه", "المتحالف")
#: the role of a mention of a group named only as another group's parent organisation
AFFILIATION = "affiliation"
# 'led by' between a generic group (perhaps with its country: الفصائل المسلحة في سوريا) and a named one, perhaps
# quoted (normalized text: ة is ه, the comma ","); the lead is a faction,
# militia or rebel group (inter 2-4): فصائل بقيادة الجيش is no alliance of factions
_LED_BY = re.compile(r'(?: في \S+)?,? (?:ب?قياده|تقودها|يقودها|بزعامه) "?')
_LEADING_INTERS = frozenset({2, 3, 4})
# 'backed by', 'with the support of' between two named forces (normalized text: ة is ه), perhaps after adjectives of
# the first: the second acts with the first
_SUPPORTED_BY = re.compile(
    r'"?,?(?: ال\w+){0,2},? (?:(?:ال)?مدعوم(?:ا|ه|ين|ون|تين)? |ب(?:دعم|مسانده|اسناد|مؤازره|مشاركه) (?:من )?)(?:من )?ب?(?:(?:ال)?قوات |قوه |عناصر )?"?')


#: after a fallen soldier: من + a unit (up to nine words) + a participle of belonging (التابع للمجلس الانتقالي)
_UNIT_OF = re.compile(r"(?: \S+){0,4} من(?: \S+){1,9} (?:ال)?تابع(?:ه|ين)? (?:لل|ل)")
#: نفذ الجيش بالتنسيق مع بعثة الاتحاد الإفريقي عملية: the force a side acted in coordination with (a verb may stand
#: between them) acts with it (normalized text)
_COORDINATED = re.compile(r'"?,?(?: \S+)?,? (?:بالتنسيق|بالتعاون) مع (?:(?:ال)?قوات |قوه |عناصر )?"?')
#: وحليفته مجموعة "فاغنر"، وحلفاؤه: the ally named after a force acts with it (ACLED's assoc_actor_1)
_ALLY = re.compile(r'"?,? و?(?:حليف(?:ه|ته|تها|ها)|حلفا(?:ؤه|ئه|ؤها|ئها)) (?:(?:ال)?قوات |قوه |(?:ال)?مجموعه )?"?')


@lru_cache(maxsize=1)
def _nisba_countries() -> dict[str, str]:
    """Every form of nationality_adjectives.tsv, bare and with the article, normalized -> the country's ISO2."""
    out: dict[str, str] = {}
    for row in load_table("nationality_adjectives.tsv").rows:
        for form in split_cell(row["forms"]):
            out[normalize(form)] = out[normalize("ال" + form)] = row["iso2"]
    return out


def _allies_of(lead: ActorResolution) -> ActorResolution:
    """ACLED's associated actor for the factions allied with ``lead``, under its name."""
    return ActorResolution(
        f"{lead.actor_id}:allies", f"Allied factions ({lead.canonical})", lead.inter, lead.actor_type, lead.country,
        lead.actor_id, None, True,
    )


def _same_plural_case(generic: str, adjective: str) -> bool:
    """Both end in the same sound masculine plural case ending (المتمردون الحوثيون، المتمردين الحوثيين)."""
    last = generic.rsplit(" ", 1)[-1]
    return any(last.endswith(e) and adjective.endswith(e) for e in ("ون", "ين"))


def _plural_key(generic: str) -> str:
    """A generic reference's last word without proclitics or case ending: وللمتمردين and المتمردون -> المتمرد."""
    word = generic.rsplit(" ", 1)[-1]
    at = word.find("ال")
    if 0 < at <= 2:
        word = word[at:]
    elif word.startswith(("لل", "ولل", "فلل")):
        word = "ال" + word[word.index("لل") + 2 :]
    return word[:-2] if word.endswith(("ون", "ين")) else word


def _trim_person(span: TaggedSpan, tokens: list[Token]) -> TaggedSpan:
    """A person's name ends before an imperfect verb or a frequent common word the tagger ran on into (عماد يعطي،
    أمين سر), and never on a link: the word after أبو, بن or عبد belongs to the name however common it is (صهيب أبو
    طاقية), and a link with no word after it is no part of one."""
    if span.label != "PERS":
        return span
    last = span.last
    if (tokens[last].stem or tokens[last].text) in _NAME_LINKS and tokens[last].text == (tokens[last].stem or
                                                                                      tokens[last].text):
        following = tokens[last + 1] if last + 1 < len(tokens) else None
        if following is not None and following.is_word and following.start == tokens[last].end + 1 \
                and not following.prefixes and following.text not in stop_words():
            return TaggedSpan(span.start, following.end, span.label, span.first, last + 1, span.margin)
        if last == span.first:
            return span
        last -= 1
        span = TaggedSpan(span.start, tokens[last].end, span.label, span.first, last, span.margin)
    lexicon = default_lexicon()
    while last > span.first:
        t = tokens[last]
        if (tokens[last - 1].stem or tokens[last - 1].text) in _NAME_LINKS:
            break  # عبد العزيز، أبو عوف: the word after a link is part of the name, however common
        # only imperfect verbs: family names are often perfect verbs too (خاطر، ناصر); and a place name the tagger
        # read inside a name is a family name there (جوليو سيزار، محمد بركات), not the end of the name
        verb = t.text[:1] in "يتن" and len(t.text) >= 4 and lexicon.is_verb(t.text) and not lexicon.is_proper(t.text)
        # a future prefix the tokenizer split off an unknown word (سيزار -> س + يزار) is read on the whole word, which
        # the lexicon still splits when it is a verb (سيزور)
        word = t.text if t.prefixes == ("س",) else t.stem or t.text
        if t.text in given_names() or not (verb or _frequent_common_word(word)):
            break
        last -= 1
    if last == span.last:
        return span
    return TaggedSpan(span.start, tokens[last].end, span.label, span.first, last, span.margin)


def _plausible(span: TaggedSpan, tokens: list[Token]) -> bool:
    """Vetoes the rules hold over the tagger: names are words, and an indefinite noun with a nisba or a descriptive
    adjective (جمعية خيرية، قوات كبيرة) describes a body rather than naming it."""
    words = tokens[span.first : span.last + 1]
    if not all(t.is_word for t in words):
        return False
    if words[0].text in stop_words() and not (words[0].text in _NAME_PARTICLES and len(words) > 1):
        return False  # فان (فإن once normalized) only before the rest of a name the tagger read: فان نيستلروي
    if any(t.text in stop_words() and t.text not in _NAME_CONNECTORS and t.text not in NAME_CHAIN
           and t.text not in _NAME_PARTICLES for t in words[1:]):
        return False  # وقال الناطق باسم الحكومة إن البرلمان: a particle ends a name
    if span.label == "PERS" and words[0].text not in given_names() and _verb_only(words[0].text):
        return False  # انفجرت عبوتان ناسفتان: a clause opened by a verb that is nothing else names nobody
    if span.label == "PERS" and any(t.text in _PLACE_HEADS and t.text not in given_names() for t in words):
        return False  # شهد مخيم أبو شوك: a camp, a town or a district names a place, never a person
    if span.label == "ORG" and not all(_org_word(t.text) for t in words[1:]):
        return False  # الجيش يستعد: an imperfect verb is the predicate
    if len(words) == 1 and _common_noun(words[0].stem or words[0].text):
        return False  # الحكومة، الشركة، فريق: a common noun refers to a body or a person, it does not name one
    if len(words) == 1 and (force_word(words[0].text, "modifiers") or force_word(words[0].text)):
        return False  # قوة كوماندوس إسرائيلية: a force's descriptor, the state named after it
    name = " ".join(t.text for t in words)
    stem_name = " ".join([words[0].stem or words[0].text] + [t.text for t in words[1:]])
    if name in _agency_forms() or stem_name in _agency_forms():
        return False  # للأناضول، الجزيرة: an agency or channel is the sources stage's, however the tagger reads it
    places = default_lists().places
    if all((t.stem or t.text) in places or t.text[1:] in places and t.text[:1] == "و" for t in words) \
            and not any(t.text in given_names() for t in words):
        return False  # place names (روسيا، صبرا وشاتيلا) are the places stage's; a state's forces are in the dictionary
    if span.label == "ORG" and len(words) == 2 and not any("ال" in t.prefixes or t.text.startswith("ال")
                                                            for t in words):
        last = words[-1].text
        return not (last.endswith(("ي", "يه")) or last in _DESCRIPTIVE)
    return True


#: second words of compound given names (صلاح الدين، نور الدين، عبد الله، فتح الله): never a family name alone
_COMPOUND_TAILS = function_words("compound_tails")
#: the roles whose title names the territory its holder governs before the name (محافظ البصرة فلان)
_TERRITORIAL_ROLES = frozenset({"governor", "mayor", "mukhtar"})


def _all_in_places(words: list[Token], places: list[tuple[int, int]], article: Article) -> bool:
    """Whether every word of a tagged name overlaps a place mention (raw offsets)."""
    spans = [article.raw_span(t.start, t.end) for t in words]
    return all(any(a < sp.end and sp.start < b for a, b in places) for sp in spans)


def _clitic_prefixed(t: Token) -> bool:
    """A token with a conjunction or a preposition other than the genitive لل (للصحة النفسية).

    A lone ب is not trusted: many place names start with the letter (بيرزيت، بيروت، بنغازي) and a split there is a
    guess of the tokenizer; ب before the article (بالمرونة) is certain.
    """
    if any(p in ("و", "ف") for p in t.prefixes):
        return True
    if any(p in ("ب", "ك") for p in t.prefixes):
        return "ال" in t.prefixes
    return "ل" in t.prefixes and "ال" not in t.prefixes


def _org_word(w: str) -> bool:
    if len(w) < 2:
        return False
    if not w.isascii() and w[0] in "يت" and len(w) >= 4 and not w.startswith("ال") and w not in given_names() \
            and not _proper_name(w):
        return False  # an imperfect verb ends the name (وزارة الصحة تعلن), not a name (مستشفى بئر يعقوب، تكساس)
    return True


def _as_generic(res: ActorResolution | None) -> ActorResolution | None:
    if res is None:
        return None
    return ActorResolution(res.actor_id, res.canonical, res.inter, res.actor_type, res.country, res.parent,
                           res.former_name, True)


def _is_stop(word: str) -> bool:
    return word in stop_words()


def _name_word(t: Token, names: frozenset[str], first_word: bool) -> bool:
    """Could this token be part of a personal name?"""
    w = t.text
    if not t.is_word or len(w) < 2 or w in stop_words():
        return False
    if w in names or w in NAME_CHAIN:
        return True
    if first_word and w.startswith("ال"):
        return False
    if _ordinary_word(w):
        return False
    # a clitic the tokenizer split off (لفرانس، والجيش) starts a new phrase; the tokenizer keeps unknown words whole,
    # so a foreign name that merely starts with one of the letters (بوش، فيدرر، لويس، كوندوليزا) stays a name
    if any(p in _NAME_BREAKING_CLITICS for p in t.prefixes) and not (
            not first_word and not any(p in "وف" for p in t.prefixes) and _proper_name(w)
            and _rare_word(t.stem or w)):
        # ... except a later word the lexicon knows neither whole nor split (ماري لوبان): a foreign family name
        return False
    # an imperfect verb (يسعى، تستهدف، يمشي) after a title or a name is the predicate, not a name; a word the lexicon
    # also lists as a proper noun (ياسر، توني) or does not know as a verb at all (يوكا، نيكولا) may be one
    if w[0] == "س" and w[1:2] in ("ي", "ت", "ن") and len(w) >= 5 and default_lexicon().is_verb(w[1:]) \
            and _verb_frequency(w[1:]) >= _RARE_VERB:
        return False  # a future verb (كلينسمان سيبقى)
    if w[0] in "يتن" and len(w) >= 4 and (first_word or not w.startswith("ال")):
        lexicon = default_lexicon()
        if lexicon.is_verb(w) and not lexicon.is_proper(w) and _verb_frequency(w) >= _RARE_VERB:
            return False  # a rare verb reading (نادال as ن + أدال) does not outweigh a name
    return True


_NAME_BREAKING_CLITICS = frozenset("وفبلك")
#: arramooz corpus frequency under which a verb reading of a word after a name is too rare to end the name
_RARE_VERB = 10_000


def _verb_frequency(w: str) -> int:
    """Corpus frequency of the verb ``w`` is read as (its own entry, else the base the lexicon splits it to)."""
    lexicon = default_lexicon()
    entry = lexicon.forms.get(w)
    if entry and entry[2] & VERB:
        return entry[1]
    based = lexicon.base_of(w)
    return lexicon.forms[based[0]][1] if based else 0
#: arramooz corpus frequency above which a word that is not a proper noun is a common word, not part of a name
_COMMON_FREQUENCY = 200_000


def _common_noun(w: str) -> bool:
    """A word arramooz knows as a common word (with a corpus frequency) and not as a proper noun or a given name."""
    entry = default_lexicon().forms.get(w)
    return bool(entry and entry[1] > 0 and not entry[2] & PROPER and w not in given_names())


def _ordinary_word(w: str) -> bool:
    """A place name of the gazetteer (محافظ نابلس) or a frequent common word or inflection (بداية، احتجاجات).

    Called only for words outside the given-name list: such a word ends a name instead of extending it.
    """
    return w in default_lists().places or _frequent_common_word(w)


def _verb_only(w: str) -> bool:
    """Whether ``w`` is an inflection of a frequent word the lexicon knows only as a verb (انفجرت، استهدفت، اندلعت);
    a verb that is also a noun (عصمت, شوكت, given names as well) is not."""
    lexicon = default_lexicon()
    entry = lexicon.forms.get(w)
    if entry is None:
        based = lexicon.base_of(w)
        entry = lexicon.forms[based[0]] if based else None
    return bool(entry and entry[2] == VERB and entry[1] >= _VERB_FREQUENCY)


#: how often (arramooz's frequency) a verb must occur for a name opened by it to be no name
_VERB_FREQUENCY = 10_000


def _frequent_common_word(w: str) -> bool:
    """A frequent common word or inflection of one (بداية، احتجاجات), not a proper noun."""
    lexicon = default_lexicon()
    entry = lexicon.forms.get(w)
    if entry is None:
        based = lexicon.base_of(w)
        entry = lexicon.forms[based[0]] if based else None
    return bool(entry and entry[1] >= _COMMON_FREQUENCY and not entry[2] & PROPER)


def _token_after(tokens, starts: dict[int, int], pos: int) -> int | None:
    for k in range(pos, pos + 3):
        if k in starts:
            return starts[k]
    return None


def _dedupe(people: list[_Found], taken) -> list[_Found]:
    out: list[_Found] = []
    for p in sorted(people, key=lambda f: (f.start, -(f.end - f.start))):
        if any(a < p.end and p.start < b for a, b in taken):
            continue
        if out and out[-1].start <= p.start < out[-1].end:
            continue
        out.append(p)
    return out


def _common_word(t: Token) -> bool:
    """A word of the lexicon that is no name: not a given name, not a proper noun, not unknown (a foreign name)."""
    lexicon = default_lexicon()
    word = t.stem or t.text
    if t.text in given_names() or word in given_names() or lexicon.is_proper(word):
        return False
    return word in lexicon.forms or lexicon.base_of(word) is not None


@dataclass(frozen=True)
class ActorRecognizer:
    """Recognises actors, organisations and people, and resolves generic references in context."""

    name: str = "actors"
    requires: frozenset[str] = frozenset({"tokens"})
    provides: frozenset[str] = frozenset({"actors", "persons"})
    #: add the statistical name tagger's people and organisations where the rules found nothing
    tagger: bool = True
    #: the name tagger to use instead of the packaged one (a development model, to score it on the data it left out)
    name_tagger: NameTagger | None = None

    def __call__(self, article: Article) -> Article:
        run = _ActorPass(article, actor_dictionary())
        run.actors()
        run.localize()
        refine_and_resolve(run)  # nationalities, victims, facility names, unnamed armed groups; then generics
        run.organizations()
        run.known_as()
        run.bodies_in_context()
        run.drop_adjectival_bodies()
        run.persons()
        run.teams()
        if self.tagger:
            run.tagged(self.name_tagger or default_tagger())
        drop_non_names(run)  # front lines (جبهة حيفان) and weapons (الكاتيوشا) read as names
        mentions = _by_outlet(article, run.mentions(), actor_dictionary())
        return add_mentions(article, mentions, self.provides)


@lru_cache(maxsize=1)
def _outlet_aliases() -> dict[tuple[str, str], list[tuple[str, date | None, date | None]]]:
    """(agency, normalized name) to the actor ids it means and their date ranges, from source_actor_aliases.tsv."""
    out: dict[tuple[str, str], list[tuple[str, date | None, date | None]]] = {}
    for row in load_table("source_actor_aliases.tsv").rows:
        since = date.fromisoformat(row["valid_from"]) if row["valid_from"] else None
        until = date.fromisoformat(row["valid_to"]) if row["valid_to"] else None
        for form in row["arabic"].split("|"):
            if form.strip():
                out.setdefault((row["source"], normalize(form)), []).append((row["actor_id"], since, until))
    return out


def _by_outlet(article: Article, mentions: list[Mention], dictionary: ActorDictionary) -> list[Mention]:
    """In an outlet's own copy, its name for a side (Saba's القوات المسلحة اليمنية) means the actor that outlet
    speaks for, not the one the name denotes elsewhere."""
    agencies = {article.source, article.dateline.agency if article.dateline is not None else None} - {None}
    aliases = _outlet_aliases()
    if not agencies & {agency for agency, _ in aliases}:
        return mentions
    day = reading_day(article, dictionary)
    out = []
    for m in mentions:
        if m.kind is MentionKind.ACTOR:
            text = normalize(article.raw[m.start : m.end])
            forms = [text] + [text[k:] for k in (1, 2) if text[:k] and set(text[:k]) <= set("وفبل")]
            senses = [s for a in agencies for f in forms for s in aliases.get((a, f), [])]
            actor_id = next(
                (
                    a
                    for a, since, until in senses
                    if day is None or ((since is None or since <= day) and (until is None or day <= until))
                ),
                None,
            )
            entry = dictionary.entries.get(actor_id) if actor_id else None
            if entry is not None:
                generic = isinstance(m.resolution, ActorResolution) and m.resolution.generic
                m = replace(m, resolution=entry.resolution(generic))
        out.append(m)
    return out
