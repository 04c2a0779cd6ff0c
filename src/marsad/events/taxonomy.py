"""ACLED's event taxonomy and marsad's PLOVER mapping, from ``data/acled_taxonomy.tsv``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from marsad.knowledge import load_table
from marsad.text.normalize import normalize


@dataclass(frozen=True)
class SubEventType:
    """One of ACLED's 25 sub-event types, with its event type, disorder type and PLOVER codes.

    Attributes:
        name: ACLED sub-event type (e.g. ``Air/drone strike``).
        event_type: ACLED event type (e.g. ``Explosions/Remote violence``).
        disorder_type: ACLED disorder type.
        plover_type: PLOVER event type (e.g. ``ASSAULT``).
        plover_mode: PLOVER mode used unless a trigger says otherwise (e.g. ``aerial``).
        violent: whether deaths and injuries reported with it are its fatalities.
        civilian_targeting: whether ACLED always marks it as civilian targeting (violence against civilians).
    """

    name: str
    event_type: str
    disorder_type: str
    plover_type: str
    plover_mode: str
    violent: bool
    civilian_targeting: bool


class TaxonomyError(KeyError):
    """A sub-event type that ACLED does not define."""


@lru_cache(maxsize=1)
def sub_event_types() -> dict[str, SubEventType]:
    """All sub-event types by name."""
    return {
        r["sub_event_type"]: SubEventType(
            r["sub_event_type"],
            r["event_type"],
            r["disorder_type"],
            r["plover_type"],
            r["plover_mode"],
            r["violent"] == "1",
            r["civilian_targeting"] == "1",
        )
        for r in load_table("acled_taxonomy.tsv").rows
    }


def sub_event_type(name: str) -> SubEventType:
    """Look a sub-event type up by its ACLED name.

    Raises:
        TaxonomyError: when ``name`` is not one of ACLED's sub-event types.
    """
    try:
        return sub_event_types()[name]
    except KeyError:
        raise TaxonomyError(f"{name!r} is not an ACLED sub-event type") from None


def event_types() -> tuple[str, ...]:
    """ACLED's event types, in the codebook's order."""
    seen: dict[str, None] = {}
    for s in sub_event_types().values():
        seen.setdefault(s.event_type, None)
    return tuple(seen)


@lru_cache(maxsize=1)
def mob_actors() -> dict[str, str]:
    """Actors that are no side of a battle unless an armed force fights them (``data/mob_actors.tsv``), by actor id,
    with the rioters ACLED names them as when they riot."""
    return {r["key"]: r["value"] for r in load_table("mob_actors.tsv").rows if r["kind"] == "actor"}


@lru_cache(maxsize=1)
def mob_recoding() -> dict[str, str]:
    """The sub-event type a mob actor's unopposed violence takes, by the type its trigger names (``mob_actors.tsv``):
    an assault on a village is an attack on civilians, a riot is mob violence."""
    return {r["key"]: r["value"] for r in load_table("mob_actors.tsv").rows if r["kind"] == "recode"}


@lru_cache(maxsize=1)
def mob_arson() -> dict[str, str]:
    """Riot words that tell setting fire, normalized, with the sub-event type they take when a mob actor is their
    actor1 (``mob_actors.tsv`` kind arson): settlers who set cars alight destroy property, they hold no riot."""
    return {normalize(r["key"]): r["value"] for r in load_table("mob_actors.tsv").rows if r["kind"] == "arson"}
