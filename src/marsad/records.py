"""Flat records for export: ACLED's column names where one exists, marsad's own fields beside them.

``event_record`` turns one event of a processed article into a dict with ACLED's export fields (``event_date``,
``time_precision``, ``disorder_type`` ... ``fatalities``) plus marsad's provenance (``article_id``, ``event_id``,
``geonames_id``, ``evidence`` spans of the raw text, ``claims``). ``mention_record`` does the same for a mention.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from marsad.actors.sources import agency_named, own_agency_name
from marsad.knowledge import load_table
from marsad.model import (
    ActorResolution,
    Article,
    Claim,
    DateResolution,
    Event,
    Mention,
    NumberResolution,
    PersonResolution,
    PlaceResolution,
    SourceResolution,
    Span,
    known_sources,
)

#: ACLED's columns from the event's date to its precision, in ACLED's export order: what marsad's own fields and the
#: ACLED export share
ACLED_EVENT_COLUMNS = (
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
)

#: the fields ``marsad extract`` writes, in order
EVENT_FIELDS = (
    "article_id",
    "event_id",
    *ACLED_EVENT_COLUMNS,
    "geonames_id",
    "gazetteer_id",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "injured",
    "displaced",
    "detained",
    "plover_type",
    "plover_mode",
    "related",
    "evidence",
    "claims",
)


#: ACLED's name stem of each crowd actor type; the country of the event completes it
CROWD_TYPES = {"civilians": "Civilians", "protesters": "Protesters", "rioters": "Rioters"}

#: ACLED's actor for the unnamed participants of protests and riots, with its inter code
CROWD_ACTORS = {"Protests": ("Protesters", 6), "Riots": ("Rioters", 5)}

#: methods of armed groups, not of armies: when the report names no perpetrator, ACLED codes "Unidentified Armed Group
#: (Country)", inter 3. Strikes, shelling, attacks and abductions with no actor stay unnamed, since the side is often
#: plain from context that marsad does not read (an Israeli drone over south Lebanon) and a wrong name misleads more
#: than none
UNCLAIMED_METHODS = frozenset({"Remote explosive/landmine/IED", "Suicide bomb", "Grenade"})
#: violence against civilians whose perpetrator, when no one is named or speaks for it, is an unidentified group
UNNAMED_ATTACKERS = frozenset({"Attack", "Abduction/forced disappearance", "Sexual violence"})


@dataclass(frozen=True)
class CountryFacts:
    iso2: str
    iso: int
    country: str
    region: str


@lru_cache(maxsize=1)
def countries() -> dict[str, CountryFacts]:
    """Country facts keyed by ISO alpha-2 code."""
    return {
        r["iso2"]: CountryFacts(r["iso2"], int(r["iso"]), r["country"], r["region"])
        for r in load_table("acled_regions.tsv").rows
    }


def span_record(article: Article, span: Span) -> dict:
    return {"start": span.start, "end": span.end, "text": article.raw[span.start : span.end]}


def _actor_names(
    article: Article, ids: tuple[str, ...], event_country: str | None = None
) -> tuple[str, str, int | None]:
    """ACLED's actor, its associated actors ('; '-joined) and the actor's inter code.

    The inter code depends on where the event is: a state's forces are 1 at home and 8 abroad; civilians are named
    after the event's country.
    """
    from marsad.actors.recognizer import inter_for

    names: list[str] = []
    inter: int | None = None
    for mid in ids:
        m = article.mention(mid)
        res = m.resolution
        if isinstance(res, ActorResolution):
            name = res.canonical
            facts = countries().get(event_country or "")
            crowd = CROWD_TYPES.get(res.actor_type)
            if crowd and facts and res.country != event_country and not _of_nationality(m.text, res.country):
                # ACLED names civilians and crowds by the country where the event happens, unless the report gives
                # their nationality (ثلاثة مواطنين مصريين in Mali are Civilians (Egypt))
                name = f"{crowd} ({facts.country})"
            if inter is None:
                inter = inter_for(res, event_country)
        elif isinstance(res, PersonResolution):
            name = res.name
        elif m.role in ("generic", "associated"):
            continue  # طائرات مسيرة with no antecedent says what struck, not who: no actor name, not the raw words
        else:
            name = m.text
        if name not in names:
            names.append(name)
    if not names:
        return "", "", None
    return names[0], "; ".join(names[1:]), inter


def _of_nationality(text: str, country: str | None) -> bool:
    """Whether a crowd's mention ends in the nationality adjective of ``country`` (مواطنين مصريين)."""
    from marsad.actors.recognizer import _nisba_countries
    from marsad.text.normalize import normalize

    words = normalize(text).split()
    return len(words) > 1 and country is not None and _nisba_countries().get(words[-1]) == country


#: violence whose perpetrator a state force reports itself: "the army said it killed eleven militants"
_SELF_REPORTED = frozenset({"Attack", "Armed clash"})


def _announcing_force(
    article: Article, event: Event, claims: list[Claim], inter2: int | None, country_code: str | None
) -> tuple[str, int | None] | None:
    """The state force that reports the killing or the fight of an armed group no one else is named as fighting
    (وأشار بيان الجيش إلى مقتل عشرة من عناصر التنظيم): the force that announces its enemies' losses is who inflicted
    them, ACLED's actor1. Only a state force speaking, only rebels or militias (inter 2, 3) as actor2, never the force
    itself as actor2."""
    from marsad.actors.recognizer import inter_for

    if event.sub_event_type == "Arrests":
        return _arresting_force(event, claims, country_code)
    if event.sub_event_type not in _SELF_REPORTED or inter2 not in (2, 3):
        return None
    hit = {article.mention(x).resolution.actor_id for x in event.actor2
           if isinstance(article.mention(x).resolution, ActorResolution)}
    forces = _speaking_forces(claims, hit)
    forces.update(_ministry_forces(event, claims, "-mod"))
    if len({r.canonical for r in forces.values()}) != 1:
        return None
    res = next(iter(forces.values()))
    return res.canonical, inter_for(res, country_code)


def _ministry_forces(event: Event, claims: list[Claim], suffix: str) -> dict[str, ActorResolution]:
    """The state forces a ministry speaks for: a defence ministry (``-mod``, أعلنت وزارة الدفاع التركية تحييد عنصرين)
    for its state's military, an interior ministry (``-moi``) for its police, of the event's period."""
    from marsad.actors.dictionary import actor_dictionary

    d = actor_dictionary()
    out: dict[str, ActorResolution] = {}
    for c in claims:
        if c.source_id.endswith(suffix):
            iso2 = c.source_id.split("-", 1)[0].upper()
            state = next((st for st in d.states if st.iso2 == iso2 and st.sense.valid_on(event.date)), None)
            if state is not None:
                actor_id = state.actor_id if suffix == "-mod" else d.police_sense(state).actor_id
                out[actor_id] = d.entries[actor_id].resolution()
    return out


def _speaking_forces(claims: list[Claim], skip: set[str] | frozenset[str] = frozenset()) -> dict[str, ActorResolution]:
    """The state forces among the sources of ``claims`` (but those in ``skip``), by actor id."""
    from marsad.actors.dictionary import actor_dictionary

    entries = actor_dictionary().entries
    return {x: entries[x].resolution() for x in sorted({c.source_id for c in claims})
            if x in entries and x not in skip and entries[x].kind == "actor" and entries[x].actor_type == "state forces"}


def _arresting_force(event: Event, claims: list[Claim], country_code: str | None) -> tuple[str, int | None] | None:
    """The force behind an arrest a state announces with no force named (أعلنت وزارة الداخلية السورية القبض على ...):
    the state force that speaks, or, for an interior ministry, its state's police of the event's period, as ACLED
    codes the arrests a ministry announces."""
    from marsad.actors.recognizer import inter_for

    found = [*_speaking_forces(claims).values(), *_ministry_forces(event, claims, "-moi").values()]
    names = {r.canonical for r in found}
    if len(names) != 1:
        return None
    return found[0].canonical, inter_for(found[0], country_code)


def _interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's interaction code: the two inter codes, lower digit first (a lone actor gives e.g. 10)."""
    if inter1 is None:
        return None
    if inter2 is None:
        return inter1 * 10
    lo, hi = sorted((inter1, inter2))
    return lo * 10 + hi


def claim_record(article: Article, claim: Claim) -> dict:
    return {
        "source_id": claim.source_id,
        "source": claim.source_name,
        "source_type": claim.source_type,
        "mention": claim.source,
        "cue": span_record(article, claim.cue) if claim.cue else None,
        "statement": span_record(article, claim.statement) if claim.statement else None,
    }


def _sources(article: Article, event: Event) -> tuple[list[Claim], str, str]:
    claims = [c for c in article.claims if c.event_id == event.id]
    names: list[str] = []
    scales: list[str] = []
    for c in claims:
        if c.source_name not in names:
            names.append(c.source_name)
        scale = ""
        if c.source:
            res = article.mention(c.source).resolution
            if isinstance(res, SourceResolution):
                scale = res.scale
        else:
            # the article's own agency speaks: its scale comes from the agency table
            agency = agency_named(c.source_name)
            scale = agency.scale if agency else ""
        if scale and scale not in scales:
            scales.append(scale)
    if not names and article.source:
        names.append(article.source)
    own = agency_named(own_agency_name(article))
    if own is not None:
        # ACLED names the outlet a report came from first, beside the sources it quotes: "AFP; Syrian Observatory ...",
        # also when a speaker told it (a claim already named it, and its scale)
        if own.name in names:
            names.remove(own.name)
        elif own.scale and own.scale not in scales:
            scales.insert(0, own.scale)
        names.insert(0, own.name)
    return claims, "; ".join(known_sources(names)), "-".join(scales)


def _mob_side(article: Article, event: Event) -> bool:
    """Whether the event's actor1 is an actor of ``mob_actors.tsv`` (settlers), who fight no one."""
    from marsad.events.taxonomy import mob_actors

    mobs = mob_actors()
    return any(isinstance(res := article.mention(x).resolution, ActorResolution) and res.actor_id in mobs
               for x in event.actor1)


def event_record(article: Article, event: Event) -> dict:
    """One event as a flat record (ACLED's field names plus marsad's provenance)."""
    place: PlaceResolution | None = None
    location = ""
    if event.location:
        m = article.mention(event.location)
        if isinstance(m.resolution, PlaceResolution):
            place = m.resolution
            location = place.name
        else:
            location = m.text
    country_code = place.country_code if place else None
    actor1, assoc1, inter1 = _actor_names(article, event.actor1, country_code)
    actor2, assoc2, inter2 = _actor_names(article, event.actor2, country_code)
    facts = countries().get(place.country_code or "") if place else None
    if facts and event.event_type in CROWD_ACTORS:
        # ACLED names the unnamed crowd of a protest or riot after the country: "Protesters (Syria)", inter 6; the
        # demonstrators of a riot are its rioters (inter 5), whatever word the report used for them
        crowd, inter = CROWD_ACTORS[event.event_type]
        if actor2 in (f"Civilians ({facts.country})", f"{crowd} ({facts.country})") \
                and event.sub_event_type != "Mob violence":
            # فتح الأمن النار على متظاهرين ما أدى إلى إصابة ثلاثة أشخاص، استشهاد المتظاهرين الاثنين: the people hurt or
            # killed are the crowd itself, not a second side (ACLED names the force that met the crowd as actor2, or
            # nobody)
            actor2, inter2 = "", None
        if not actor1 or actor1 in (f"{name} ({facts.country})" for name, _ in (*CROWD_ACTORS.values(),
                                                                               ("Civilians", 7))):
            # (civilians named near a protest are those it speaks for, مساكن المدنيين, or the crowd itself: ACLED
            # codes the crowd as protesters either way)
            actor1, inter1 = f"{crowd} ({facts.country})", inter
        elif event.sub_event_type != "Mob violence" and inter1 not in (5, 6, 7):
            # a group whose supporters demonstrate (أنصار حزب الله) is the crowd's associate, never its actor1
            assoc1 = "; ".join(x for x in (actor1, assoc1) if x)
            actor1, inter1 = f"{crowd} ({facts.country})", inter
    elif facts and not actor1 and event.sub_event_type in UNCLAIMED_METHODS:
        actor1, inter1 = f"Unidentified Armed Group ({facts.country})", 3
    if facts and not actor2 and event.sub_event_type == "Looting/property destruction" and _mob_side(article, event):
        # أضرم مستوطنون النار في مركبتين: the property a mob (settlers) burns or smashes is civilians' (ACLED's
        # Israel/Palestine data, mob_actors.tsv)
        actor2, inter2 = f"Civilians ({facts.country})", 7
    if facts and not actor2 and event.sub_event_type == "Looting/property destruction" and inter1 in (1, 2, 3, 8):
        # هدمت جرافات الاحتلال متنزها في بلدة بدو، نهب مسلحون السوق: what a state's forces or an armed group demolish,
        # burn or loot with no owner named is civilians' property, as ACLED codes the West Bank's demolitions and
        # the looting of markets
        actor2, inter2 = f"Civilians ({facts.country})", 7
    if facts and not actor2 and event.event_type == "Explosions/Remote violence" and event.civilian_targeting:
        # قصفت بالمدفعية مخيم أبو شوك للنازحين: the civilians of the camp, the market or the homes a strike hit
        actor2, inter2 = f"Civilians ({facts.country})", 7
    if facts and not actor2 and event.event_type == "Violence against civilians":
        # ACLED's violence against civilians is violence upon unarmed non-combatants: a report that names no victim
        # group (مجزرة في مخيم أبو شوك) still has the country's civilians for actor2
        actor2, inter2 = f"Civilians ({facts.country})", 7
    claims, source, scale = _sources(article, event)
    if not actor1 and (actor2 or event.sub_event_type == "Arrests"):
        actor1, inter1 = _announcing_force(article, event, claims, inter2, country_code) or (actor1, inter1)
    if facts and not actor1 and not actor2 and event.sub_event_type == "Armed clash":
        # اشتباكات مسلحة شهدتها المدينة, with no side named: ACLED codes an unknown armed group on each side
        actor1, inter1 = actor2, inter2 = f"Unidentified Armed Group ({facts.country})", 3
    if facts and not actor1 and actor2 and inter2 in (1, 2, 3, 4) and event.sub_event_type == "Armed clash":
        # قتل جنديان في هجوم إرهابي على موقع عسكري: a force attacked by men no source names fought ACLED's
        # unidentified armed group
        actor1, inter1 = f"Unidentified Armed Group ({facts.country})", 3
    if facts and not actor1 and event.sub_event_type in UNNAMED_ATTACKERS:
        # قتل سبعة قرويين في "هجوم إرهابي": civilians attacked or abducted by someone no source names or speaks for
        # are ACLED's unidentified armed group of the country (a strike from the air stays unnamed: a state's)
        actor1, inter1 = f"Unidentified Armed Group ({facts.country})", 3
    return {
        "article_id": article.id,
        "event_id": f"{article.id}:{event.id}",
        "event_date": event.date.isoformat() if event.date else None,
        "year": event.date.year if event.date else None,
        "time_precision": event.time_precision,
        "disorder_type": event.disorder_type,
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "actor1": actor1,
        "assoc_actor_1": assoc1,
        "inter1": inter1,
        "actor2": actor2,
        "assoc_actor_2": assoc2,
        "inter2": inter2,
        "interaction": _interaction(inter1, inter2),
        "civilian_targeting": "Civilian targeting" if event.civilian_targeting else "",
        "iso": (place.iso if place and place.iso else (facts.iso if facts else None)),
        "region": facts.region if facts else "",
        "country": (facts.country if facts else (place.country if place else "")) or "",
        "admin1": (place.admin1 if place else "") or "",
        "admin2": (place.admin2 if place else "") or "",
        "admin3": (place.admin3 if place else "") or "",
        "location": location,
        "latitude": place.latitude if place else None,
        "longitude": place.longitude if place else None,
        "geo_precision": place.geo_precision if place else None,
        "geonames_id": place.geonames_id if place else None,
        "gazetteer_id": place.gazetteer_id if place else None,
        "source": source,
        "source_scale": scale,
        "notes": event.notes,
        "fatalities": event.fatalities if event.fatalities is not None else 0,
        "injured": event.injured,
        "displaced": event.displaced,
        "detained": event.detained,
        "plover_type": event.plover_type,
        "plover_mode": event.plover_mode,
        "related": [f"{article.id}:{r}" for r in event.related],
        "evidence": [span_record(article, s) for s in event.evidence],
        "claims": [claim_record(article, c) for c in claims],
    }


def event_records(article: Article) -> Iterator[dict]:
    for event in article.events:
        yield event_record(article, event)


def mention_record(article: Article, mention: Mention) -> dict:
    """One mention as a flat record with its resolution fields."""
    rec: dict = {
        "article_id": article.id,
        "id": mention.id,
        "kind": mention.kind.value,
        "start": mention.start,
        "end": mention.end,
        "text": mention.text,
        "sentence": mention.sentence,
        "role": mention.role,
        "resolved": mention.resolution is not None,
    }
    res = mention.resolution
    if isinstance(res, PlaceResolution):
        rec.update(
            geonames_id=res.geonames_id,
            gazetteer_id=res.gazetteer_id,
            name=res.name,
            latitude=res.latitude,
            longitude=res.longitude,
            country=res.country,
            iso=res.iso,
            admin1=res.admin1,
            admin2=res.admin2,
            admin3=res.admin3,
            geo_precision=res.geo_precision,
            direction=res.direction,
            pcode=res.pcode,
        )
    elif isinstance(res, ActorResolution):
        rec.update(
            actor_id=res.actor_id,
            canonical=res.canonical,
            inter=res.inter,
            actor_type=res.actor_type,
            country=res.country,
            former_name=res.former_name,
        )
    elif isinstance(res, PersonResolution):
        rec.update(canonical=res.name, role_title=res.role, organization=res.organization, actor_id=res.actor_id)
    elif isinstance(res, DateResolution):
        rec.update(value=res.value.isoformat(), time_precision=res.time_precision, part_of_day=res.part_of_day)
    elif isinstance(res, NumberResolution):
        rec.update(
            value=res.value,
            approximate=res.approximate,
            counts=res.counts,
            cumulative=res.cumulative,
            low=res.low,
            high=res.high,
        )
    elif isinstance(res, SourceResolution):
        rec.update(
            source_id=res.source_id, canonical=res.name, source_type=res.source_type, scale=res.scale, actor_id=res.actor_id
        )
    return rec


def mention_records(article: Article) -> Iterator[dict]:
    for mention in article.mentions:
        yield mention_record(article, mention)
