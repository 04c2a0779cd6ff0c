"""The actor dictionary: actors, organisations, generic references, state forces, known people and titles.

Everything comes from the data files ``actors.tsv``, ``organizations.tsv``, ``government_heads.tsv`` (joined with the
nationality adjectives and country names of ``nationality_adjectives.tsv``, ``body_nationalities.tsv``,
``state_forces.tsv`` and ``place_countries.tsv``), ``actor_generic.tsv``, ``force_heads.tsv``, ``persons.tsv`` and
``person_titles.tsv``; this module turns their rows into typed entries and matchers, once per process.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cached_property, lru_cache

from marsad.actors.lexicon import PhraseMatcher, split_cell
from marsad.knowledge import DataFileError, load_table
from marsad.model import ActorResolution
from marsad.text.normalize import normalize

#: how ACLED's names of a state's police begin (Police Forces of Iraq (2022-)), made from its military's name
POLICE_PREFIX = "Police Forces"
_MILITARY_PREFIX = "Military Forces"


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """One actor or organisation of ``actors.tsv``."""

    actor_id: str
    kind: str
    canonical: str
    inter: int | None
    actor_type: str
    country: str | None
    parent: str | None
    former_name: str | None

    def resolution(self, generic: bool = False) -> ActorResolution:
        return ActorResolution(
            self.actor_id, self.canonical, self.inter, self.actor_type, self.country, self.parent, self.former_name,
            generic,
        )


@dataclass(frozen=True, slots=True)
class AliasSense:
    """What one alias means during a span of time (``valid_to`` exclusive; None is open)."""

    actor_id: str
    valid_from: date | None
    valid_to: date | None

    def valid_on(self, day: date | None) -> bool:
        return _valid_on(self.valid_from, self.valid_to, day)


def _valid_on(valid_from: date | None, valid_to: date | None, day: date | None) -> bool:
    """Whether ``day`` falls in ``[valid_from, valid_to)`` (None is open); an unknown day takes the open-ended span."""
    if day is None:
        return valid_to is None
    return (valid_from is None or valid_from <= day) and (valid_to is None or day < valid_to)


@dataclass(frozen=True, slots=True)
class StateForce:
    """A state whose forces are named with a nationality adjective."""

    iso2: str
    country: str
    actor_id: str
    masc: tuple[str, ...]
    fem: tuple[str, ...]
    sense: AliasSense


@dataclass(frozen=True, slots=True)
class KnownPerson:
    """A person of ``persons.tsv``."""

    name: str
    role: str
    organization: str | None
    country: str | None
    short: tuple[str, ...]
    #: the span of time the role and organisation hold (``valid_to`` exclusive; None is open)
    valid_from: date | None = None
    valid_to: date | None = None

    def valid_on(self, day: date | None) -> bool:
        return _valid_on(self.valid_from, self.valid_to, day)


@dataclass(frozen=True, slots=True)
class Title:
    """A title, rank or naming cue of ``person_titles.tsv``."""

    form: str
    role: str
    kind: str


#: one-word agency names that are ordinary words or names (a horseman, a meteor, a canal, a mountain ...)
_AMBIGUOUS_AGENCY_FORMS = frozenset({"فارس", "شهاب", "صفا", "بترا", "قنا", "واع", "وام", "سبا", "المسيره", "فرانس"})


#: bare forms that are ordinary words (نصرة "support", إخوان "brothers", إيقاد "kindling")
_NO_BARE_FORM = frozenset({"نصره", "قاعده", "اخوان", "ايقاد"})

#: ``organizations.tsv`` kinds and the actor_type their resolutions carry (the source stage reads actor_type)
ORGANIZATION_KINDS = {
    "UN": "international organization",
    "intergovernmental": "international organization",
    "regional body": "international organization",
    "court": "international organization",
    "NGO": "humanitarian organization",
    "monitor": "monitor",
    "party": "political party",
    "government body": "government",
    "media": "media",
    "company": "company",
    "platform": "platform",
}
#: ACLED's code for a state body when it is an event's actor (actors.tsv's convention for ministries)
_GOVERNMENT_INTER = 8


def _date(text: str, where: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise DataFileError(f"{where}: {text!r} is not an ISO date") from None


def _inter(text: str, where: str) -> int | None:
    if not text:
        return None
    if not text.isdigit() or not 1 <= int(text) <= 8:
        raise DataFileError(f"{where}: inter {text!r} is not an ACLED code 1-8")
    return int(text)


#: names Arab outlets spell two ways (AFP writes الديموقراطية, most others الديمقراطية; Kurdish outlets كوردستان)
_LOANWORD_SPELLINGS = (("ديمقراط", "ديموقراط"), ("كردستان", "كوردستان"))


def _spellings(alias: str) -> list[str]:
    """An alias and its other spelling of a loanword in it (قوات سوريا الديمقراطية / الديموقراطية)."""
    out = [alias]
    for a, b in _LOANWORD_SPELLINGS:
        out += [form.replace(a, b) if a in form else form.replace(b, a) for form in out if a in form or b in form]
    return out


def state_body_id(iso2: str, body: str) -> str:
    """The actor id of a state's body of government_heads.tsv (lb-moh, ru-mod), generated or listed in actors.tsv."""
    return f"{iso2.lower()}-{body}"


class ActorDictionary:
    """The compiled actor knowledge of marsad."""

    def __init__(self) -> None:
        self.entries: dict[str, ActorEntry] = {}
        self.senses: dict[str, list[AliasSense]] = {}
        table = load_table("actors.tsv")
        for i, row in enumerate(table.rows, 1):
            where = f"actors.tsv row {i} ({row['actor_id']})"
            entry = ActorEntry(
                row["actor_id"], row["kind"], row["canonical"], _inter(row["inter"], where), row["actor_type"],
                row["country"] or None, row["parent"] or None, row["former_name"] or None,
            )
            known = self.entries.setdefault(entry.actor_id, entry)
            if known != entry:
                raise DataFileError(f"{where}: disagrees with an earlier row of the same actor_id")
            sense = AliasSense(entry.actor_id, _date(row["valid_from"], where), _date(row["valid_to"], where))
            for alias in split_cell(row["arabic"]) + split_cell(row["latin"]):
                for form in _spellings(alias):
                    self.senses.setdefault(form, []).append(sense)
        self.branches = self._branches()
        self.branch_families = frozenset(family for family, _ in self.branches)
        self._add_organizations()
        self._add_government_bodies()
        self._add_leader_heads()
        self._add_bare_forms()
        self._add_agencies()
        self.generic: dict[str, tuple[str, str]] = {}
        self.weak_generic: set[str] = set()
        #: a generic form -> the head noun its antecedent's name opens with (قوات الجماعة -> جماعة)
        self.generic_repeats: dict[str, str] = {}
        #: generic forms that name nothing but an antecedent named with their head noun
        self.repeats_only: set[str] = set()
        for row in load_table("actor_generic.tsv").rows:
            for form in split_cell(row["form"]):
                self.generic[form] = (row["class"], row["kind"])
                for head in split_cell(row["repeats"]):
                    self.generic_repeats[form] = head
                    if row["only"] == "yes":
                        self.repeats_only.add(form)
                if row["weak"] == "yes":
                    self.weak_generic.add(form)
        self.states: list[StateForce] = []
        for i, row in enumerate(load_table("state_forces.tsv").rows, 1):
            where = f"state_forces.tsv row {i}"
            sense = AliasSense(row["actor_id"], _date(row["valid_from"], where), _date(row["valid_to"], where))
            self.states.append(
                StateForce(row["iso2"], row["country"], row["actor_id"], tuple(split_cell(row["masc"])),
                           tuple(split_cell(row["fem"])), sense)
            )
        self.adjectives: dict[str, list[StateForce]] = {}
        for state in self.states:
            for form in state.masc + state.fem:
                self.adjectives.setdefault(form, []).append(state)
        # head + adjective phrases (الطائرات الروسية) extend the explicit aliases without listing every pair
        for row in load_table("force_heads.tsv").rows:
            for head in split_cell(row["head"]):
                for state in self.states:
                    sense = self.police_sense(state) if row["branch"] == "police" else state.sense
                    for adj in state.masc if row["gender"] == "m" else state.fem:
                        senses = self.senses.setdefault(f"{head} {adj}", [])
                        if sense not in senses and not any(s.actor_id == sense.actor_id for s in senses):
                            senses.append(sense)
        # a person who changed office (أحمد الشرع: HTS's leader, then Syria's president) has a row for each span
        self.persons: dict[str, list[KnownPerson]] = {}
        # a family name without the article (بوتين، نتنياهو) names its bearer even before the full name is given
        self.person_shorts: dict[str, list[KnownPerson]] = {}
        # a family name with the article (البرهان، الأسد) is also a common word: it names its bearer only where the
        # context does (قوات البرهان, see leader_heads.tsv)
        self.definite_shorts: dict[str, list[KnownPerson]] = {}
        for i, row in enumerate(load_table("persons.tsv").rows, 1):
            where = f"persons.tsv row {i}"
            person = KnownPerson(row["name"], row["role"], row["organization"] or None, row["country"] or None,
                                 tuple(split_cell(row["short"])), _date(row["valid_from"], where),
                                 _date(row["valid_to"], where))
            for form in split_cell(row["arabic"]):
                self.persons.setdefault(form, []).append(person)
            for form in person.short:
                if not form.startswith("ال") and " " not in form:
                    held = self.person_shorts.setdefault(form, [])
                    if all(p.name == person.name for p in held):
                        held.append(person)
                elif " " not in form:
                    held = self.definite_shorts.setdefault(form, [])
                    if all(p.name == person.name for p in held):
                        held.append(person)
        self.titles: dict[str, Title] = {}
        for row in load_table("person_titles.tsv").rows:
            for form in split_cell(row["title"]):
                self.titles[form] = Title(form, row["role"], row["kind"])
        self.country_names = {s.iso2: s.country for s in self.states}
        heads = load_table("org_heads.tsv").rows
        self.org_heads: dict[str, str] = {form: row["mention"] for row in heads for form in split_cell(row["head"])}
        self.org_head_kinds: dict[str, str] = {form: row["kind"] for row in heads for form in split_cell(row["head"])}

    def _branches(self) -> dict[tuple[str, str], str]:
        """(family, ISO2) -> the actor id ACLED codes a group's branch in that country with: the rows named "Family
        (Region)" for their own country, and ``actor_branches.tsv`` for the further countries of a regional branch
        (Islamic State (West Africa) in Chad) and for branches whose name is not "Family (Country)" (Islamic State
        Khorasan Province (ISKP), the family Islamic State in Afghanistan)."""
        out: dict[tuple[str, str], str] = {}
        for e in self.entries.values():
            if e.country and e.canonical.endswith(")") and " (" in e.canonical:
                out.setdefault((e.canonical.split(" (", 1)[0], e.country), e.actor_id)
        for i, row in enumerate(load_table("actor_branches.tsv").rows, 1):
            entry = self.entries.get(row["actor_id"])
            if entry is None:
                raise DataFileError(f"actor_branches.tsv row {i}: unknown actor_id {row['actor_id']!r}")
            family = row.get("family") or entry.canonical.split(" (", 1)[0]
            out.setdefault((family, row["iso2"]), entry.actor_id)
        return out

    def _add_organizations(self) -> None:
        """Organisations of ``organizations.tsv``; a form that already names an actor is a data error."""
        for i, row in enumerate(load_table("organizations.tsv").rows, 1):
            where = f"organizations.tsv row {i} ({row['org_id']})"
            actor_type = ORGANIZATION_KINDS.get(row["kind"])
            if actor_type is None:
                raise DataFileError(f"{where}: unknown kind {row['kind']!r}")
            if row["org_id"] in self.entries:
                raise DataFileError(f"{where}: org_id is already an actor_id of actors.tsv or an earlier row")
            entry = ActorEntry(row["org_id"], "organization", row["canonical"], _inter(row["inter"], where),
                               actor_type, row["country"] or None, row["parent"] or None, None)
            self.entries[entry.actor_id] = entry
            sense = AliasSense(entry.actor_id, None, None)
            for alias in split_cell(row["arabic"]) + split_cell(row["aliases"]) + split_cell(row["latin"]):
                senses = self.senses.setdefault(alias, [])
                if any(s.actor_id != entry.actor_id for s in senses):
                    raise DataFileError(f"{where}: {alias!r} already names {senses[0].actor_id}")
                if sense not in senses:
                    senses.append(sense)

    def _add_leader_heads(self) -> None:
        """The heads that name a government or a force after its leader (leader_heads.tsv): normalized head -> the
        government body key, or "" for the leader's own armed actor."""
        bodies = {row["body"] for row in load_table("government_heads.tsv").rows}
        self.leader_heads: dict[str, str] = {}
        for i, row in enumerate(load_table("leader_heads.tsv").rows, 1):
            if row["body"] and row["body"] not in bodies:
                raise DataFileError(f"leader_heads.tsv row {i}: body {row['body']!r} is no body of government_heads.tsv")
            for head in split_cell(row["head"]):
                if head in self.leader_heads:
                    raise DataFileError(f"leader_heads.tsv row {i}: {head!r} is listed twice")
                self.leader_heads[head] = row["body"]

    def _add_government_bodies(self) -> None:
        """A state body named by head and nationality adjective (وزارة الخارجية التركية، البرلمان العراقي).

        Each head of ``government_heads.tsv`` is joined with every country's definite adjective of the right gender,
        and its construct form with the country's names (حكومة السودان);
        a form an explicit row already gives keeps that row's meaning, and a body an explicit row defines under the
        generated id (ru-mod, il-parliament) keeps that row's name.
        """
        countries: dict[str, str] = {}
        masc: dict[str, set[str]] = {}
        fem: dict[str, set[str]] = {}
        for row in [*load_table("nationality_adjectives.tsv").rows, *load_table("body_nationalities.tsv").rows]:
            countries.setdefault(row["iso2"], row["country"])
            for form in split_cell(row["forms"]):
                if form.endswith("يه"):
                    fem.setdefault(row["iso2"], set()).add("ال" + form)
                elif form.endswith("ي"):
                    masc.setdefault(row["iso2"], set()).add("ال" + form)
        for row in load_table("state_forces.tsv").rows:
            countries.setdefault(row["iso2"], row["country"])
            masc.setdefault(row["iso2"], set()).update(split_cell(row["masc"]))
            fem.setdefault(row["iso2"], set()).update(split_cell(row["fem"]))
        names: dict[str, list[str]] = {}
        for row in load_table("place_countries.tsv").rows:
            if row["iso2"] in countries:
                names.setdefault(row["iso2"], []).extend(split_cell(row["names_ar"]))
        #: a state body's head of two words or more (وزارة الصحة، مجلس الوزراء) -> its body key: alone, it names the
        #: body of the country the sentence is about (see _ActorPass.bodies_in_context)
        self.bare_bodies: dict[str, str] = {}
        #: one-word heads that are also adjectives (الداخلية، الخارجية، الدفاع): the ministry only where no noun they
        #: could describe comes right before them (normalized forms)
        self.adjectival_heads: set[str] = set()
        self._local_bodies: dict[tuple[str, str], list[tuple[str, str]]] = {}
        for i, row in enumerate(load_table("government_heads.tsv").rows, 1):
            where = f"government_heads.tsv row {i}"
            for head in split_cell(row["head"]):
                if " " in head:
                    self.bare_bodies.setdefault(head, row["body"])
                elif row["not_after"]:
                    self.adjectival_heads.add(normalize(head))
            if row["gender"] not in ("m", "f"):
                raise DataFileError(f"{where}: gender {row['gender']!r} is not m or f")
            actor_type = ORGANIZATION_KINDS.get(row["kind"])
            if actor_type is None:
                raise DataFileError(f"{where}: unknown kind {row['kind']!r}")
            inter = _GOVERNMENT_INTER if actor_type == "government" else None
            adjectives = masc if row["gender"] == "m" else fem
            for iso2, country in sorted(countries.items()):
                body_id = state_body_id(iso2, row["body"])
                entry = self.entries.get(body_id) or ActorEntry(
                    body_id, "organization", f"{row['english']} ({country})", inter, actor_type, iso2, None, None)
                sense = AliasSense(entry.actor_id, None, None)
                # حكومة السودان، سفارة قطر: the head in construct state before the country's name
                for head in split_cell(row["construct"]):
                    for name in names.get(iso2, ()):
                        alias = f"{head} {name}"
                        if alias not in self.senses:
                            self.senses[alias] = [sense]
                            self.entries.setdefault(body_id, entry)
                for head in split_cell(row["head"]):
                    for adj in sorted(adjectives.get(iso2, ())):
                        alias = f"{head} {adj}"
                        if alias not in self.senses:
                            self.senses[alias] = [sense]
                            self.entries.setdefault(body_id, entry)
                        for word in split_cell(row["not_after"]):
                            # a longer phrase without a sense: the matcher prefers it and the recognizer drops it
                            self.senses.setdefault(f"{word} {alias}", [])

    def police_sense(self, state: StateForce) -> AliasSense:
        """The police of a state's period: ACLED names them like its military (Police Forces of Iraq (2022-));
        a row of actors.tsv under the police id (sy-pol-2024) keeps its own name, else one is made."""
        military = self.entries[state.actor_id]
        if military.canonical.startswith(POLICE_PREFIX):
            return state.sense
        police_id = state.actor_id.replace("-mil", "-pol") if "-mil" in state.actor_id else f"{state.actor_id}-pol"
        if police_id not in self.entries:
            self.entries[police_id] = ActorEntry(
                police_id, "actor", military.canonical.replace(_MILITARY_PREFIX, POLICE_PREFIX, 1), military.inter,
                military.actor_type, military.country, None, None)
        return AliasSense(police_id, state.sense.valid_from, state.sense.valid_to)

    def local_bodies(self, head: str, iso2: str) -> list[tuple[str, str]]:
        """The listed bodies of one country that an alias places in a town or region (وزارة الصحة في غزة), as
        (actor_id, normalized place words), for a bare ``head`` (وزارة الصحة)."""
        if (head, iso2) not in self._local_bodies:
            prefix = f"{head} في "
            out = []
            for alias, senses in self.senses.items():
                if alias.startswith(prefix):
                    out += [(s.actor_id, alias[len(prefix):]) for s in senses
                            if s.actor_id in self.entries and self.entries[s.actor_id].country == iso2]
            self._local_bodies[head, iso2] = out
        return self._local_bodies[head, iso2]

    def _add_bare_forms(self) -> None:
        """One-word names written with the article are also written without it (الحوثيون / حوثيون، الأونروا / أونروا)."""
        for alias, senses in list(self.senses.items()):
            if " " in alias or alias.isascii() or not alias.startswith("ال") or len(alias) < 6:
                continue
            bare = alias[2:]
            if bare not in self.senses and bare not in _NO_BARE_FORM:
                self.senses[bare] = list(senses)

    def _add_agencies(self) -> None:
        """News agencies and channels are organisations too (the source stage reads them as sources)."""
        for row in load_table("agencies.tsv").rows:
            entry = ActorEntry(f"agency:{row['agency']}", "organization", row["name"], 8, "media", None, None, None)
            self.entries.setdefault(entry.actor_id, entry)
            sense = AliasSense(entry.actor_id, None, None)
            for form in split_cell(row["arabic"]):
                # one-word names that are also common words or places (الجزيرة، العربية، فارس، قنا) need "وكالة"/"قناة"
                if " " not in form and (form.startswith("ال") or form in _AMBIGUOUS_AGENCY_FORMS or len(form) < 4):
                    continue
                if form not in self.senses:
                    self.senses[form] = [sense]

    def sense_on(self, alias: str, day: date | None) -> AliasSense | None:
        """The meaning of ``alias`` on ``day``: the sense valid then, else (undated article) the open-ended one."""
        senses = self.senses.get(alias, [])
        for sense in senses:
            if sense.valid_on(day):
                return sense
        if day is None and senses:
            return max(senses, key=lambda s: s.valid_to or date.max)
        return None

    def person(self, form: str, day: date | None, short: bool = False) -> KnownPerson | None:
        """The listed person a full name (or, with ``short``, a family name) stands for, in the office they held on
        ``day`` (the open-ended one when the day is unknown)."""
        rows = (self.person_shorts if short else self.persons).get(form) or (self.definite_shorts.get(form)
                                                                             if short else None)
        if not rows:
            return None
        return next((p for p in rows if p.valid_on(day)), rows[-1])

    def state_force(self, iso2: str, day: date | None) -> StateForce | None:
        candidates = [s for s in self.states if s.iso2 == iso2]
        for s in candidates:
            if s.sense.valid_on(day):
                return s
        return candidates[-1] if candidates and day is None else None

    @cached_property
    def actor_matcher(self) -> PhraseMatcher:
        keys = {alias: "alias" for alias in self.senses}
        keys.update({form: "generic" for form in self.generic if form not in self.senses})
        return PhraseMatcher("actors", keys, spaceless=True)

    @cached_property
    def person_matcher(self) -> PhraseMatcher:
        keys = {form: "person" for form in self.persons}
        keys.update({form: "short" for form in self.person_shorts if form not in keys})
        keys.update({form: "title" for form in self.titles if form not in keys})
        return PhraseMatcher("persons", keys, spaceless=True)


@lru_cache(maxsize=1)
def actor_dictionary() -> ActorDictionary:
    """The actor dictionary, loaded once per process."""
    return ActorDictionary()
