"""Who says so: source mentions and the claims that tie each event to its source.

Arabic wire copy attributes almost every fact, in a handful of patterns:

* ``X، وفق ما أفاد المرصد`` / ``بحسب الأمم المتحدة``: an "according to" cue whose scope is its sentence;
* ``وأفاد المرصد عن "..."`` / ``قال مدير المرصد ... إن ...``: a reporting verb, its source, then a quotation (which may
  run across sentences) or the clause after أن/إن;
* ``نقلت سانا عن مصدر عسكري أن ...``: a medium relaying an inner source;
* ``شاهد مصور لفرانس برس ...``: an eyewitness of the agency.

:class:`SourceRecognizer` turns the sources of these patterns into ``source-N`` mentions; :class:`ClaimAttributor`
finds the scope of each attribution and gives every event one claim per source whose statement contains the event's
trigger, or a claim by the article's own agency when nothing in the text attributes it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from marsad.actors.dictionary import actor_dictionary
from marsad.actors.lexicon import PhraseMatch, PhraseMatcher, split_cell
from marsad.actors.recognizer import CROWD_TYPES
from marsad.datelines import Agency, agencies
from marsad.events.lexicon import function_words
from marsad.knowledge import load_table
from marsad.model import (
    UNKNOWN_SOURCE,
    ActorResolution,
    Article,
    Claim,
    Mention,
    MentionKind,
    PersonResolution,
    SourceResolution,
    Span,
    Token,
    add_mentions,
)
from marsad.text.normalize import normalize

#: words that may stand between a cue and its source (وفق ما أفاد المرصد، نقلت وكالة الأنباء ... "سانا")
_SLOT_FILLERS = function_words("slot_fillers")
#: "issued": in بحسب بيان صادر عن وزارة الصحة the عن after it leads to the source
_ISSUED_FORMS = function_words("issued_forms")
_CLAUSE_OPENERS = function_words("actors_sources.clause_openers")
#: adverbs that may stand between a reporting verb and its subject or clause (وأضاف أيضا أن، وتابع لاحقا)
_ADVERBS = function_words("adverbs")
#: nouns that stand for the last speaker's statement (وأضاف البيان، وتابعت الرسالة)
_STATEMENT_NOUNS = function_words("statement_nouns")
#: verbs of saying, which take a subject or a clause but no object (وقال X، وذكر X، but وأكد حصول، وأعلن مقتل)
_SAYING = function_words("saying")
#: words that open a subject of their own (وذكر أحد السكان، وقالت إحدى الناجيات، وأفاد بعض الأهالي)
_SUBJECT_WORDS = function_words("subject_words")
_SLOT_TOKENS = 9
#: "as" before a reporting verb that closes its sentence (كما أفاد المرصد)
_AS = normalize("كما")
#: how far after an anonymous source the agency it spoke to may be named (مصادر أمنية من داخل وزارة الدفاع لرويترز)
_CHANNEL_REACH = 50
_QUOTE = '"'
#: "general", between a command and the force it commands (القيادة العامة للقوات المسلحة)
_GENERAL = function_words("general")


def _glued_width(t: Token) -> int:
    """How many characters the proclitics before the article take in the token as written (بال: 1 before الجيش, لمجموعة:
    1); ل before the article is written لل, its alif dropped (للجيوش), so the name after it starts two characters in."""
    glued = next((k for k, p in enumerate(t.prefixes) if p == "ال"), len(t.prefixes))
    width = sum(len(p) for p in t.prefixes[:glued])
    if 0 < glued < len(t.prefixes) and t.prefixes[glued - 1] == "ل" and t.text[width - 1 : width + 1] == "لل":
        return width + 1
    return width


@dataclass(frozen=True, slots=True)
class Cue:
    """A reporting cue of ``source_cues.tsv``."""

    form: str
    kind: str
    source_type: str
    scale: str


@dataclass(frozen=True, slots=True)
class Attribution:
    """One attribution in an article (normalized offsets until turned into a claim).

    Attributes:
        cue: normalized range of the reporting cue.
        source: normalized range of the source.
        resolution: who the source is.
        statement: normalized range of what the source asserted.
        kind: the cue's kind (according, speech, transmit, witness).
        quoted: True when the statement is a quotation.
    """

    cue: tuple[int, int]
    source: tuple[int, int]
    resolution: SourceResolution
    statement: tuple[int, int]
    kind: str
    quoted: bool = False


def _hit_agency(hit: PhraseMatch) -> Agency:
    """The agency a phrase hit of key ``agency:<id>`` names."""
    return agencies()[hit.key.split(":", 1)[1]]


@lru_cache(maxsize=1)
def _source_nouns() -> frozenset[str]:
    """First words of the anonymous and collective sources of ``source_cues.tsv`` (مصدر، مصادر، شهود)."""
    return frozenset(normalize(c.form).split()[0] for c in cues().values() if c.kind == "noun")


@lru_cache(maxsize=1)
def _command_heads() -> frozenset[str]:
    """Normalized heads of kind command in ``org_heads.tsv`` (قيادة)."""
    return frozenset(normalize(form) for form, kind in actor_dictionary().org_head_kinds.items() if kind == "command")


@lru_cache(maxsize=1)
def cues() -> dict[str, Cue]:
    out: dict[str, Cue] = {}
    for row in load_table("source_cues.tsv").rows:
        for form in split_cell(row["cue"]):
            out[form] = Cue(form, row["kind"], row["source_type"], row["scale"])
    return out


@lru_cache(maxsize=1)
def agency_forms() -> dict[str, str]:
    """Normalized agency form -> agency id."""
    return {normalize(form): a.id for a in agencies().values() for form in a.forms if form.strip()}


@lru_cache(maxsize=1)
def _matcher() -> PhraseMatcher:
    keys = {form: f"cue:{form}" for form in cues()}
    keys.update({form: f"agency:{aid}" for form, aid in agency_forms().items()})
    return PhraseMatcher("sources", keys)


def own_agency_name(article: Article) -> str | None:
    """The name the article gives its publishing agency: its metadata's, else its dateline's."""
    return article.source or (article.dateline.agency if article.dateline else None)


def agency_named(name: str | None) -> Agency | None:
    """The agency whose id, display name or Arabic form is ``name``."""
    if not name:
        return None
    table = agencies()
    if name.lower() in table:
        return table[name.lower()]
    for a in table.values():
        if a.name.lower() == name.lower():
            return a
    aid = agency_forms().get(normalize(name))
    return table.get(aid) if aid else None


def _agency_resolution(agency: Agency, source_type: str | None = None) -> SourceResolution:
    return SourceResolution(agency.id, agency.name, source_type or agency.source_type, agency.scale)


#: adjectives that make any body a medical one (مجمع ناصر الطبي، مركز صحي)
_MEDICAL_ADJECTIVES = function_words("medical_adjectives")


@lru_cache(maxsize=1)
def _head_source_types() -> dict[str, str]:
    """Head noun -> source type, from the organisation heads and the facility nouns (an empty type is "other")."""
    out = {form: row["source_type"] for row in load_table("org_heads.tsv").rows for form in split_cell(row["head"])}
    out.update({normalize(row["form"]): row["source_type"] for row in load_table("facility_heads.tsv").rows})
    return out


def body_source_type(name: str) -> str:
    """The source type of a body the dictionary does not list, from the first head noun of its normalized name."""
    heads = _head_source_types()
    if any(w in _MEDICAL_ADJECTIVES for w in name.split()):
        return "medical source"  # مجمع ناصر الطبي، المركز الصحي
    for word in name.split()[:2]:
        for form in (word, word[2:] if word.startswith("ال") else word):
            if heads.get(form):
                return heads[form]
    return "other"


@lru_cache(maxsize=1)
def role_source_types() -> dict[str, str]:
    """The source type of each person role (``role_source_types.tsv``)."""
    return {row["role"]: row["source_type"] for row in load_table("role_source_types.tsv").rows}


def _role_source_type(role: str | None) -> str | None:
    """A quoted person's source type from their role; a role made of several (الناطق العسكري باسم ... spokesperson)
    is read by its head, its last known word group."""
    if not role:
        return None
    types = role_source_types()
    if role in types:
        return types[role]
    words = role.split()
    return next((types[" ".join(words[k:])] for k in range(1, len(words)) if " ".join(words[k:]) in types), None)


def _actor_source(res: ActorResolution) -> SourceResolution:
    """The source an actor or organisation is, with ACLED's scale."""
    if res.actor_id.startswith("agency:") and res.actor_id[7:] in agencies():
        return _agency_resolution(agencies()[res.actor_id[7:]])
    d = actor_dictionary()
    entry = d.entries.get(res.actor_id)
    lineage = {res.actor_id, res.parent}
    if entry is not None and entry.parent:
        lineage.add(d.entries[entry.parent].parent if entry.parent in d.entries else None)
    if res.actor_type == "monitor":
        stype = "monitoring NGO"
    elif "un" in lineage:
        stype = "UN"
    elif res.actor_type == "international organization":
        stype = "international organization"
    elif res.actor_type == "humanitarian organization":
        stype = "NGO"
    elif res.actor_type in ("government", "state forces"):
        stype = "government"
    else:
        stype = "armed group"
    scale = "National" if res.country else "International"
    return SourceResolution(res.actor_id, res.canonical, stype, scale, res.actor_id)


class _SourcePass:
    """Finds attributions in one article."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.text = article.normalized
        self.tokens = article.tokens
        self.hits = _matcher().find(self.text)
        dateline = article.dateline.span if article.dateline else None
        if dateline is not None and article.offsets is not None:
            lo = article.offsets.to_normalized(dateline.start)
            hi = article.offsets.to_normalized(dateline.end)
            self.hits = [h for h in self.hits if not (lo <= h.start < hi)]
        self.entities = [
            m for m in article.mentions
            if m.kind in (MentionKind.ACTOR, MentionKind.ORGANIZATION, MentionKind.PERSON)
            and (m.resolution is not None or m.kind is MentionKind.ORGANIZATION)
        ]
        self.own = agency_named(own_agency_name(article))

    def _n(self, raw_offset: int) -> int:
        return self.article.offsets.to_normalized(raw_offset)

    def _entity_at(self, pos: int) -> tuple[Mention, int, int] | None:
        """The actor/organisation/person mention starting at normalized ``pos`` (people preferred)."""
        best = None
        for m in self.entities:
            s, e = self._n(m.start), self._n(m.end)
            if s == pos and (best is None or m.kind is MentionKind.PERSON):
                best = (m, s, e)
        return best

    def _hit_at(self, pos: int) -> PhraseMatch | None:
        for h in self.hits:
            if h.start - len(h.prefix) == pos or h.start == pos:
                return h
        return None

    def _token_index(self, pos: int) -> int | None:
        for i, t in enumerate(self.tokens):
            if t.end > pos:
                return i
        return None

    def _sentence_bounds(self, pos: int) -> tuple[int, int]:
        for s in self.article.sentences:
            if s.start <= pos < s.end:
                return s.start, s.end
        return 0, len(self.text)

    def source_after(self, pos: int, sentence_end: int) -> tuple[SourceResolution, int, int, int] | None:
        """The source in the slot after a cue ending at ``pos``: (resolution, start, end, slot end)."""
        i = self._token_index(pos)
        steps = 0
        medium: tuple[SourceResolution, int, int] | None = None
        while i is not None and i < len(self.tokens) and steps < _SLOT_TOKENS:
            t = self.tokens[i]
            if t.start >= sentence_end or t.text in _CLAUSE_OPENERS or t.text in (":", ",", _QUOTE, "."):
                named = self._quoted_name(i) if t.text == _QUOTE and medium is None else None
                if named is not None:
                    return named
                if medium is not None and t.text == _QUOTE and steps <= 6:
                    i += 1
                    steps += 1
                    continue
                break
            found = self._source_at(t.start)
            if found is None and t.prefixes and t.prefixes[0] != "ال":
                # بحسب بيان لمجموعة محامي الطوارئ: the body's mention starts after the glued preposition
                found = self._source_at(t.start + _glued_width(t))
            if found is not None:
                res, s, e = found
                if medium is not None and res.source_type in ("military source", "medical source", "government",
                                                              "local source", "media") and res.source_id == "":
                    res = SourceResolution(medium[0].source_id, medium[0].name, res.source_type, medium[0].scale,
                                           medium[0].actor_id)
                    return res, s, e, e
                if t.text == "عن" or self._next_word(e) == "عن":
                    medium = (res, s, e)
                    i = self._token_index(e)
                    steps += 1
                    continue
                return res, s, e, e
            if t.text == "عن" and (medium is not None or i and self.tokens[i - 1].text in _ISSUED_FORMS):
                i += 1
                steps += 1
                continue
            if t.text not in _SLOT_FILLERS and not (t.text in cues() and cues()[t.text].kind == "speech") \
                    and not (medium is None and steps < 2 and self._title_at(t.start)):
                # وأفاد مدير إدارة الأمن العام في اللاذقية، المقدم ...: the title's body speaks when no name is found
                if medium is None:
                    break
            i += 1
            steps += 1
        if medium is not None:
            res, s, e = medium
            return res, s, e, e
        return None

    def _quoted_name(self, i: int) -> tuple[SourceResolution, int, int, int] | None:
        """A source whose name alone stands in quotes (أعلنت "هيئة تحرير الشام" أنها ...), as copy often prints a
        group's name; a quotation that merely opens with a name is a statement, not its speaker."""
        if i + 1 >= len(self.tokens):
            return None
        found = self._source_at(self.tokens[i + 1].start)
        if found is None:
            return None
        closing = self._token_index(found[2])
        if closing is None or closing >= len(self.tokens) or self.tokens[closing].text != _QUOTE:
            return None
        return found[0], found[1], found[2], found[2]

    def _next_word(self, pos: int) -> str:
        i = self._token_index(pos)
        return self.tokens[i].text if i is not None and i < len(self.tokens) else ""

    def _named(self, res: SourceResolution) -> SourceResolution:
        """A source the text does not name (مراسل، مصدر) stands for the article's own agency, else for the unknown."""
        if res.name:
            return res
        own = self.own.id if self.own else UNKNOWN_SOURCE, self.own.name if self.own else UNKNOWN_SOURCE
        return SourceResolution(*own, res.source_type, res.scale, res.actor_id)

    def _source_at(self, pos: int) -> tuple[SourceResolution, int, int] | None:
        """A source starting at normalized ``pos``: an agency, a source noun (with its agency), or an entity."""
        if self._title_at(pos):
            # المتحدث باسم الخارجية الروسية ماريا زاخاروفا: the named person is the source, not the bare title
            person = self._person_after_title(pos)
            if person is not None:
                return person
        hit = self._hit_at(pos)
        if hit is not None and hit.key.startswith("agency:"):
            agency = _hit_agency(hit)
            end = self._extend_agency(hit)
            return _agency_resolution(agency), hit.start, end
        if hit is not None and hit.key.startswith("cue:"):
            cue = cues()[hit.key[4:]]
            if cue.kind == "noun":
                return self._noun_source(cue, hit)
        entity = self._entity_at(pos)
        if entity is None:
            commanded = self._command_of(pos)
            if commanded is not None:
                return commanded
        if entity is not None:
            m, s, e = entity
            res = m.resolution
            if isinstance(res, PersonResolution):
                d = actor_dictionary()
                if res.actor_id and res.actor_id in d.entries:
                    src = _actor_source(d.entries[res.actor_id].resolution())
                else:
                    stype = _role_source_type(res.role) or ("government" if res.organization else "other")
                    src = SourceResolution(f"person:{normalize(res.name)}", res.name, stype, "Other")
                return src, s, e
            if isinstance(res, ActorResolution) and res.actor_type not in CROWD_TYPES:
                return _actor_source(res), s, e
            if res is None:
                named = self._agency_named_after(e)
                if named is not None:
                    # وكالة الأنباء الرسمية الفلسطينية "وفا": a description the agency table lacks, then its short name
                    return _agency_resolution(named[0]), s, named[1]
                # أفاد مجمع ناصر الطبي، قالت بلدية خان يونس: a body the dictionary does not list, typed by its head
                stype = body_source_type(normalize(m.text))
                scale = "Local" if stype in ("medical source", "government") else "Other"
                return SourceResolution(f"org:{normalize(m.text)}", m.text, stype, scale), s, e
        return None

    def _agency_named_after(self, pos: int) -> tuple[Agency, int] | None:
        """An agency's short name right after ``pos``, in quotes or brackets (... "وفا"، ... (سانا))."""
        for h in self.hits:
            if h.key.startswith("agency:") and 0 < h.start - pos <= 3 and not h.prefix \
                    and all(c in ' "(' for c in self.text[pos : h.start]) and self.text[pos : h.start].strip():
                end = h.end + (1 if self.text[h.end : h.end + 1] in (_QUOTE, ")") else 0)
                return _hit_agency(h), end
        return None

    def _command_of(self, pos: int) -> tuple[SourceResolution, int, int] | None:
        """``قيادة الجيش``، ``القيادة العامة للقوات المسلحة``: a command (a head of kind command in org_heads.tsv)
        speaks for the force it commands, named right after it."""
        i = self._token_index(pos)
        if i is None or i + 1 >= len(self.tokens) or self.tokens[i].start != pos:
            return None
        word = self.tokens[i].text
        if word not in _command_heads() and (word[2:] if word.startswith("ال") else word) not in _command_heads():
            return None
        j = i + 1
        if self.tokens[j].text in _GENERAL and j + 1 < len(self.tokens):
            j += 1  # القيادة العامة للجيش
        t = self.tokens[j]
        for start in (t.start, t.start + sum(len(p) for p in t.prefixes if p != "ال")):
            entity = self._entity_at(start)
            if entity is not None and isinstance(entity[0].resolution, ActorResolution) \
                    and entity[0].resolution.actor_type not in CROWD_TYPES:
                return _actor_source(entity[0].resolution), pos, entity[2]
        return None

    def _person_after_title(self, pos: int) -> tuple[SourceResolution, int, int] | None:
        """The person a title introduces a few words on (قال مدير المرصد رامي عبد الرحمن)."""
        for m in self.entities:
            s = self._n(m.start)
            between = self.text[pos:s]
            if m.kind is MentionKind.PERSON and pos < s <= pos + 50 and not any(c in between for c in ',."\n'):
                return self._source_at(s)
        return None

    def _body_after(self, pos: int) -> tuple[SourceResolution, int] | None:
        """The organisation or actor an official belongs to: named within a few words (في، باسم، بـ، لدى)."""
        window = self.text[pos : pos + 12]
        for m in self.entities:
            s, e = self._n(m.start), self._n(m.end)
            res = m.resolution
            between = self.text[pos:s].split()
            if pos < s <= pos + len(window) and isinstance(res, ActorResolution) and res.actor_type not in CROWD_TYPES \
                    and all(w in ("في", "باسم", "لدي", "ب", "من", "") for w in between[:-1]) \
                    and not any(w in _CLAUSE_OPENERS for w in between):
                # أعلن مسؤولون أن القوات الروسية شنت هجوما: what the officials said begins at أن; the forces named
                # there are what they speak of, not whom they speak for
                return _actor_source(res), e
        return None

    def _title_at(self, pos: int) -> bool:
        """Does a title (مدير، الأمين العام، المتحدث باسم) start at normalized ``pos``?"""
        titles = actor_dictionary().titles
        words = self.text[pos : pos + 40].split()
        return any(" ".join(words[:n]) in titles for n in (1, 2, 3))

    def _extend_agency(self, hit: PhraseMatch) -> int:
        """وكالة الأنباء السورية الرسمية "سانا": one mention up to the agency's short name."""
        end = hit.end
        for h in self.hits:
            if h.key == hit.key and h.start > end and h.start - end <= 14 and "," not in self.text[end : h.start]:
                end = h.end + (1 if self.text[h.end : h.end + 1] == _QUOTE else 0)
        return end

    def _channel_after(self, pos: int) -> tuple[Agency, int] | None:
        """An agency the source at ``pos`` spoke to (لـ + agency), a few words on and before what was said."""
        for h in self.hits:
            if not h.key.startswith("agency:") or not h.prefix.endswith("ل") or h.start - len(h.prefix) < pos:
                continue
            between = self.text[pos : h.start - len(h.prefix)]
            if len(between) > _CHANNEL_REACH or any(c in between for c in ',."\n:'):
                return None
            if any(w in _CLAUSE_OPENERS for w in between.split()):
                return None
            return _hit_agency(h), self._extend_agency(h)
        return None

    def _noun_source(self, cue, hit: PhraseMatch) -> tuple[SourceResolution, int, int]:
        """مصدر عسكري، شهود عيان، مصور لفرانس برس: an anonymous source, tied to the agency named right after it.

        An official or spokesperson of a named body (مسؤول في الأمم المتحدة، متحدث باسم الجيش الإسرائيلي) speaks
        for that body.
        """
        after = self._hit_at(hit.end + 1)
        if after is not None and after.key.startswith("agency:") and after.prefix in ("", "ل"):
            agency = _hit_agency(after)
            return _agency_resolution(agency, cue.source_type), hit.start, self._extend_agency(after)
        if cue.source_type in ("government", "local source"):
            body = self._body_after(hit.end)
            if body is not None:
                res, end = body
                return res, hit.start, end
        channel = self._channel_after(hit.end)
        if channel is not None:
            # مصادر أمنية من داخل الوزارة لرويترز، قال طبيب لوكالة فرانس برس: the agency the source spoke to
            agency, end = channel
            return _agency_resolution(agency, cue.source_type), hit.start, end
        if cue.source_type == "eyewitness" and self.own is not None:
            return SourceResolution(self.own.id, self.own.name, "eyewitness", cue.scale or "Local"), hit.start, hit.end
        return SourceResolution("", "", cue.source_type, cue.scale or "Other"), hit.start, hit.end

    def attributions(self) -> list[Attribution]:
        out: list[Attribution] = self._bracketed()
        previous: Attribution | None = None
        for hit in self.hits:
            if not hit.key.startswith("cue:"):
                continue
            cue = cues()[hit.key[4:]]
            if cue.kind == "noun":
                continue
            s_start, s_end = self._sentence_bounds(hit.start)
            found = self.source_after(hit.end, s_end)
            if found is None and cue.kind == "transmit" and previous is not None and hit.prefix.startswith("و"):
                found = self._relayed_by(previous, hit.end, s_end)
            if found is None and cue.kind == "speech" and previous is not None and hit.prefix.startswith("و"):
                # وأضاف / وتابع without a subject continues the previous speaker; وأشارت الوكالة names an earlier
                # one by its head noun; any other subject (وأفادت وسائل إعلام ...) is someone marsad does not know
                earlier = self._continued(cue.form, hit.end, s_end, out)
                if earlier is None:
                    continue
                res, src_s, src_e, slot_end = earlier.resolution, *earlier.source, hit.end
            elif found is None:
                continue
            else:
                res, src_s, src_e, slot_end = found
            res = self._named(res)
            partners = self._coordinated(slot_end, s_end) if found is not None else []
            if partners:
                slot_end = partners[-1][2]
            outlet = self._told_to(slot_end, s_end) if found is not None else None
            if outlet is not None:
                # قال المستشار كاوا شيخاني، لشبكة رووداو الإعلامية، إن ...: the outlet he told reports it too (ACLED's
                # source names the outlet beside the person quoted)
                partners.append(outlet)
                slot_end = outlet[2]
            statement, quoted = self._statement(cue.kind, hit, slot_end, s_start, s_end)
            attribution = Attribution((hit.start, hit.end), (src_s, src_e), res, statement, cue.kind,
                                      quoted)
            out.append(attribution)
            # بحسب المرصد السوري ووكالة سانا، نقلت رويترز وفرانس برس: each coordinated source asserts the same statement
            out.extend(Attribution((hit.start, hit.end), (ps, pe), pres, statement, cue.kind, quoted)
                       for pres, ps, pe in partners)
            previous = attribution
        return out

    def _bracketed(self) -> list[Attribution]:
        """A headline closed by its source in brackets (قتيل في غارة على جنوب لبنان (وزارة الصحة)، إصابة عشرة
        فلسطينيين قرب بيت لحم (الهلال الأحمر)): the bracketed body asserts the line before it."""
        out: list[Attribution] = []
        for sentence in self.article.sentences:
            line = self.text[sentence.start : sentence.end].rstrip()
            if not line.endswith(")") or "\n" in line.strip():
                continue
            close = sentence.start + len(line) - 1
            open_ = self.text.rfind("(", sentence.start, close)
            if open_ <= sentence.start:
                continue
            inner = self.text[open_ + 1 : close]
            pos = open_ + 1 + (len(inner) - len(inner.lstrip()))
            found = self._source_at(pos)
            if found is None or found[2] < close - 1:
                continue
            res, s, e = found
            res = self._named(res)
            out.append(Attribution((open_, close + 1), (s, e), res, (sentence.start, open_), "according"))
        return out

    def _told_to(self, pos: int, sentence_end: int) -> tuple[SourceResolution, int, int] | None:
        """The news outlet a speaker told (لشبكة رووداو، لوكالة فرانس برس), right after the speaker's span ending at
        ``pos``, a comma perhaps between, or None."""
        i = self._token_index(pos)
        if i is not None and i < len(self.tokens) and self.tokens[i].text in (",", "،"):
            i += 1
        if i is None or i >= len(self.tokens) or self.tokens[i].start >= sentence_end \
                or self.tokens[i].prefixes[:1] != ("ل",):
            return None
        found = self._source_at(self.tokens[i].start + 1)
        if found is None or found[0].source_type not in _OUTLET_TYPES:
            return None
        res, s, e = found
        return self._named(res), s, e

    def _coordinated(self, pos: int, sentence_end: int) -> list[tuple[SourceResolution, int, int]]:
        """Sources joined by و to the source ending at ``pos`` (ووكالة سانا، وفرانس برس، ، ومرصد حقوقي): each named,
        with its span; an anonymous noun (ومصادر محلية) keeps its own type."""
        out: list[tuple[SourceResolution, int, int]] = []
        i = self._token_index(pos)
        while i is not None and i < len(self.tokens) and self.tokens[i].start < sentence_end:
            t = self.tokens[i]
            skipped = 0
            while t.is_word and skipped < 2 and t.text.startswith("ال") and t.text.endswith(("ي", "يه")) \
                    and i + 1 < len(self.tokens):
                # الإعلام الرسمي السوري، ومرصد حقوقي: a nisba closing the first source's description
                i += 1
                skipped += 1
                t = self.tokens[i]
            if t.text == ",":
                i += 1
                t = self.tokens[i] if i < len(self.tokens) else None
            if t is None or t.start >= sentence_end or t.prefixes[:1] != ("و",):
                break
            found = self._source_at(t.start + 1)
            if found is None:
                break
            res, s, e = found
            res = self._named(res)
            out.append((res, s, e))
            i = self._token_index(e)
        return out

    def _relayed_by(self, medium: Attribution, pos: int, sentence_end: int
                    ) -> tuple[SourceResolution, int, int, int] | None:
        """ونقلت عن مصدر حكومي: a relaying verb without its subject, the last speaker relaying the source after عن
        (an anonymous one keeps the medium's name)."""
        i = self._token_index(pos)
        if i is None or i >= len(self.tokens) or self.tokens[i].text != "عن":
            return None
        inner = self.source_after(self.tokens[i].end, sentence_end)
        if inner is None:
            return None
        res, start, end, slot_end = inner
        if not res.source_id:
            outer = medium.resolution
            res = SourceResolution(outer.source_id, outer.name, res.source_type, outer.scale, outer.actor_id)
        return res, start, end, slot_end

    def _continued(self, verb: str, pos: int, sentence_end: int, earlier: list[Attribution]) -> Attribution | None:
        """The earlier attribution a reporting verb ending at ``pos``, with no source of its own, continues.

        Nothing but fillers before what is said (أن، إن، a quotation, a colon) or an object (وأكد حصول، وأفادت بمقتل):
        the last speaker. A definite noun names an earlier speaker by its head (وأشارت الوكالة، وأوضح المصدر); a
        statement (وأضاف البيان), an anonymous source relayed before (ونقلت عن مصدر ... وأوضح المصدر) or a body's head
        after a body or its spokesman spoke (وقالت القيادة، وقالت المديرية) is the last one. Any other definite
        subject, an indefinite body head or title (وأكدت المعارضة، وقالت قيادة الجيش، وذكر أحد السكان), or any word
        after a verb of saying, which takes no object (وقال أوليه سينيهوبوف), is a speaker marsad does not know.
        """
        i = self._token_index(pos)
        d = actor_dictionary()
        last = earlier[-1] if earlier else None
        while i is not None and i < len(self.tokens) and self.tokens[i].start < sentence_end:
            t = self.tokens[i]
            if t.text in _CLAUSE_OPENERS or t.text in (":", ",", _QUOTE, "."):
                return last
            if t.text in _SLOT_FILLERS or t.text in _ADVERBS:
                i += 1
                continue
            if t.text in _STATEMENT_NOUNS:
                return last
            if not t.is_word:
                return None  # وأكدت (سرايا القدس): a bracket or a dash opens a name marsad did not read
            if not t.text.startswith("ال") or len(t.text) <= 4:
                if t.text in _SUBJECT_WORDS or t.text in d.org_heads or self._title_at(t.start):
                    return None
                # وأفادت بمقتل: a preposition opens an object; وقال أوليه: a verb of saying has none, so a subject
                return last if t.prefixes[:1] in (("ب",), ("ل",)) or verb not in _SAYING else None
            head = t.text[2:]
            for a in reversed(earlier):
                words = self.text[a.source[0] : a.source[1]].split()
                if any(w == t.text or w == head for w in words):
                    return a
            if head in _source_nouns() or (head in d.org_heads and last is not None and last.resolution.actor_id):
                return last
            return None
        return last

    def _statement(self, kind: str, hit: PhraseMatch, slot_end: int, s_start: int, s_end: int) -> tuple[
            tuple[int, int], bool]:
        if kind == "according" or self.text[max(s_start, hit.start - len(hit.prefix) - 4) : hit.start - len(
                hit.prefix)].strip() == _AS:
            # X، كما أفاد بيان الجهاز: a reporting verb after كما attributes its whole sentence, as وفق does
            return (s_start, s_end), False
        rest = self.text[slot_end:s_end]
        stripped = rest.lstrip(" ,:")
        # skip the day and the complementizer between the source and what it said (عن مصدر عسكري الثلاثاء أن "...")
        while stripped:
            word = stripped.split(" ", 1)[0]
            if word in _SLOT_FILLERS or word in _CLAUSE_OPENERS or word == "عن":
                stripped = stripped[len(word) :].lstrip(" ,:")
                continue
            break
        offset = slot_end + (len(rest) - len(stripped))
        if stripped.startswith(_QUOTE):
            close = self.text.find(_QUOTE, offset + 1)
            if close != -1:
                # a quotation ends at its closing mark even across sentences; the clause after it still belongs
                end = max(close + 1, self._sentence_bounds(close)[1] if close + 1 < len(self.text) else close + 1)
                return (offset, end), True
        if len(stripped.split()) < 3:
            return (s_start, hit.start), False
        return (offset, s_end), False


def _add(claims: list[Claim], claim: Claim | None) -> None:
    """Append a claim unless the same source already asserts the event."""
    if claim is not None and not any(c.source_id == claim.source_id and c.source_type == claim.source_type
                                     for c in claims):
        claims.append(claim)


def _covers(statement: Span, sentence: Span) -> bool:
    """Does a statement carry most of a sentence (a quotation that is the sentence's substance)?"""
    overlap = min(statement.end, sentence.end) - max(statement.start, sentence.start)
    return overlap > 0 and overlap * 2 >= sentence.end - sentence.start


def _resolution_mentions(article: Article, found: list[tuple[SourceResolution, int, int]]) -> list[Mention]:
    out: list[Mention] = []
    seen: set[tuple[int, int]] = set()
    for res, s, e in sorted(found, key=lambda x: (x[1], -x[2])):
        if (s, e) in seen:
            continue
        seen.add((s, e))
        out.append(article.mention_at(f"source-{len(out)}", MentionKind.SOURCE, s, e, res))
    return out


@dataclass(frozen=True)
class SourceRecognizer:
    """Recognises who reports: agencies, monitors, officials, spokespeople, anonymous and eyewitness sources."""

    name: str = "sources"
    requires: frozenset[str] = frozenset({"tokens", "actors"})
    provides: frozenset[str] = frozenset({"sources"})

    def __call__(self, article: Article) -> Article:
        run = _SourcePass(article)
        found = [(a.resolution, *a.source) for a in run.attributions()]
        # agencies named as a channel (قال ... لفرانس برس) or with their full name are sources even outside a cue slot
        for hit in run.hits:
            if hit.key.startswith("agency:") and (hit.prefix.endswith("ل") or " " in hit.phrase):
                agency = _hit_agency(hit)
                if not any(s <= hit.start < e for _, s, e in found):
                    found.append((_agency_resolution(agency), hit.start, run._extend_agency(hit)))
        return add_mentions(article, _resolution_mentions(article, found), self.provides)


#: the source types of news outlets, the ones a speaker tells (agencies.tsv)
_OUTLET_TYPES = frozenset({"wire agency", "state media", "media"})


@dataclass(frozen=True)
class ClaimAttributor:
    """Gives every event its claims: who asserts it, with the cue and the statement."""

    name: str = "claims"
    requires: frozenset[str] = frozenset({"events", "sources"})
    provides: frozenset[str] = frozenset({"claims"})

    def __call__(self, article: Article) -> Article:
        run = _SourcePass(article)
        attributions = run.attributions()
        sources = {(m.start, m.end): m for m in article.mentions_of(MentionKind.SOURCE)}
        raw = [self._raw(article, a) for a in attributions]
        claims: list[Claim] = []
        sentence_spans = {article.sentence_span(x.index): x.index for x in article.sentences}
        for event in article.events:
            mine: list[Claim] = []
            hits = [k for k, (_, _, statement) in enumerate(raw) if statement.contains(event.trigger)]
            for k in hits:
                _add(mine, self._claim(event.id, attributions[k], raw[k], sources))
            if not hits:
                _add(mine, self._carried(article, event.id, event.sentence, attributions, raw, sources))
            # an event merged from several reports (same day, place, type) is asserted by each report's source
            for span in event.evidence:
                k_sentence = sentence_spans.get(span)
                if k_sentence is None or k_sentence == event.sentence:
                    continue
                covering = [k for k, r in enumerate(raw) if _covers(r[2], span)]
                for k in covering:
                    _add(mine, self._claim(event.id, attributions[k], raw[k], sources))
                if not covering:
                    _add(mine, self._carried(article, event.id, k_sentence, attributions, raw, sources))
            if not mine:
                mine.append(self._own(article, event))
            claims.extend(mine)
        return article.replace(self.provides, claims=tuple(claims))

    @staticmethod
    def _raw(article: Article, a: Attribution) -> tuple[Span, Span, Span]:
        return article.raw_span(*a.cue), article.raw_span(*a.source), article.raw_span(*a.statement)

    @staticmethod
    def _claim(event_id: str, a: Attribution, spans: tuple[Span, Span, Span], sources) -> Claim:
        cue, src, statement = spans
        mention = sources.get((src.start, src.end))
        return Claim(event_id, mention.id if mention else None, a.resolution.source_id, a.resolution.name,
                     a.resolution.source_type, cue, statement)

    @staticmethod
    def _carried(article: Article, event_id: str, index: int, attributions, raw, sources) -> Claim | None:
        """A sentence that only continues a quoted report (وتزامنت مع "...") stays with that report's source."""
        if not 0 < index < len(article.sentences):
            return None
        sentence = article.sentence_span(index)
        if _QUOTE not in sentence.text(article.raw).replace("«", _QUOTE).replace("»", _QUOTE):
            return None
        if any(sentence.contains(r[0]) for r in raw):
            return None
        previous = article.sentence_span(index - 1)
        for a, (cue, src, statement) in zip(attributions, raw, strict=True):
            if a.quoted and previous.overlaps(statement) and a.kind in ("speech", "transmit"):
                mention = sources.get((src.start, src.end))
                return Claim(event_id, mention.id if mention else None, a.resolution.source_id, a.resolution.name,
                             a.resolution.source_type, cue, sentence)
        return None

    @staticmethod
    def _own(article: Article, event) -> Claim:
        name = own_agency_name(article)
        agency = agency_named(name)
        statement = article.sentence_span(event.sentence) if 0 <= event.sentence < len(article.sentences) else None
        if agency is not None:
            return Claim(event.id, None, agency.id, agency.name, agency.source_type, None, statement)
        return Claim(event.id, None, (name or UNKNOWN_SOURCE).lower(), name or UNKNOWN_SOURCE, "media", None, statement)
