"""Who held which place on which day, according to the reports.

Territory events change hands. "Non-state actor overtakes territory" and "Government regains territory" name the
actor that gained the place as ``actor1`` (and, when known, the one that lost it as ``actor2``). An event whose PLOVER
type is ``RETREAT`` (mode ``withdraw``) is a withdrawal: its ``actor1`` is the side that left (PLOVER's source actor),
whatever the ACLED sub-event type; marsad's event coder gives "Non-violent transfer of territory" this PLOVER code
(``الفصائل انسحبت من البلدة``). The place then passes to ``actor2`` when the report names one, and is otherwise
marked as left by its holder with no new holder known.

Each change is a *merged* event (see :mod:`marsad.merging`), so several reports of one capture are one change carrying
all of them as evidence. The place's state on a date is its latest change on or before that date; two changes of the
same day that disagree on the holder make the place *contested* on that day, listing both.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from marsad.merging import TERRITORY_SUB_EVENTS

#: the ``holder`` of a place that its holder left with no successor named
NO_HOLDER = ""


@dataclass(frozen=True)
class Evidence:
    """One report of a change: which article, which source, and the words it used."""

    article_id: str
    source: str
    quote: str


@dataclass(frozen=True)
class ControlChange:
    """A place changing hands on a day.

    Attributes:
        place_key: the place's stable key.
        location: the place's name.
        country: ACLED country name.
        admin1: province.
        day: the date of the change.
        holder: the actor holding the place after the change (``NO_HOLDER`` after a withdrawal without successor).
        previous: the actor that lost it, when the reports name one.
        how: the sub-event type, or ``withdrawal``.
        merged_id: the merged event the change comes from.
        event_id_cnty: its ACLED-style id.
        sources: every source that reported it.
        evidence: the reports, with their words.
    """

    place_key: str
    location: str
    country: str
    admin1: str
    day: date
    holder: str
    previous: str
    how: str
    merged_id: str
    event_id_cnty: str
    sources: str
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class PlaceControl:
    """Who held a place on a given date, and the change that says so."""

    place_key: str
    location: str
    country: str
    admin1: str
    holder: str
    since: date
    changes: tuple[ControlChange, ...]

    @property
    def contested(self) -> bool:
        return len({c.holder for c in self.changes}) > 1


def is_territory_event(record: Mapping) -> bool:
    """Whether a merged record changes who holds its place."""
    if record.get("sub_event_type") in TERRITORY_SUB_EVENTS:
        return True
    return record.get("plover_type") == "RETREAT" and str(record.get("plover_mode") or "").startswith("withdraw")


def quote_of(record: Mapping, limit: int = 240) -> str:
    """The words a report used for an event (its evidence spans), shortened for display."""
    # the first span is the trigger's sentence; the others repeat its place and actor names
    evidence = [e for e in record.get("evidence") or [] if isinstance(e, Mapping)]
    text = str(evidence[0].get("text", "")) if evidence else ""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def change_of(merged: Mapping, reports: Iterable[Mapping] = ()) -> ControlChange | None:
    """The change of hands a merged territory event records, or None when it is not one (or lacks place or date)."""
    if not is_territory_event(merged) or not merged.get("event_date") or not merged.get("place_key"):
        return None
    actor1, actor2 = merged.get("actor1") or "", merged.get("actor2") or ""
    if merged.get("plover_type") == "RETREAT":
        holder, previous, how = actor2 or NO_HOLDER, actor1, "withdrawal"
    else:
        holder, previous, how = actor1, actor2, str(merged["sub_event_type"])
    if not holder and how != "withdrawal":
        return None
    day = merged["event_date"]
    evidence = tuple(
        Evidence(str(r.get("article_id") or ""), str(r.get("source") or ""), quote_of(r))
        for r in sorted(reports, key=lambda r: (str(r.get("article_id")), str(r.get("event_id"))))
    )
    return ControlChange(
        place_key=str(merged["place_key"]),
        location=str(merged.get("location") or ""),
        country=str(merged.get("country") or ""),
        admin1=str(merged.get("admin1") or ""),
        day=day if isinstance(day, date) else date.fromisoformat(str(day)),
        holder=holder,
        previous=previous,
        how=how,
        merged_id=str(merged.get("event_id") or ""),
        event_id_cnty=str(merged.get("event_id_cnty") or ""),
        sources=str(merged.get("source") or ""),
        evidence=evidence,
    )


def timelines(changes: Iterable[ControlChange]) -> dict[str, list[ControlChange]]:
    """Changes per place, in date order (ties by merged id, so the order never depends on input order)."""
    out: dict[str, list[ControlChange]] = {}
    for change in changes:
        out.setdefault(change.place_key, []).append(change)
    for place_changes in out.values():
        place_changes.sort(key=lambda c: (c.day, c.merged_id))
    return out


def control_on(changes: Iterable[ControlChange], day: date) -> list[PlaceControl]:
    """Who held each place on ``day``: the latest change on or before it (every change of that day, when several)."""
    result: list[PlaceControl] = []
    for place_changes in timelines(changes).values():
        known = [c for c in place_changes if c.day <= day]
        if not known:
            continue
        last_day = known[-1].day
        latest = tuple(c for c in known if c.day == last_day)
        holders = sorted({c.holder for c in latest})
        first = latest[0]
        result.append(
            PlaceControl(
                place_key=first.place_key,
                location=first.location,
                country=first.country,
                admin1=first.admin1,
                holder=" / ".join(h or "(left, no holder named)" for h in holders),
                since=last_day,
                changes=latest,
            )
        )
    result.sort(key=lambda p: (p.country, p.admin1, p.location, p.place_key))
    return result
