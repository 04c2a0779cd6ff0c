"""Reading the store: filtered merged events and reports, ACLED's export columns, and the territory changes.

Filters are the same for merged events (one row per event, ACLED's unit) and for reports (one row per article's
event); text filters match case-insensitively, a place by its English name, Arabic name or a part of either.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from marsad.control import ControlChange, Evidence, PlaceControl, change_of, control_on, quote_of
from marsad.merging import TERRITORY_SUB_EVENTS
from marsad.records import ACLED_EVENT_COLUMNS
from marsad.store.backends import Store

#: ACLED's export, in its order (since March 2023)
ACLED_EXPORT_COLUMNS = (
    "event_id_cnty",
    *ACLED_EVENT_COLUMNS,
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
)


@dataclass(frozen=True)
class EventFilter:
    """What ``marsad events`` selects; None means no condition."""

    country: str | None = None
    admin1: str | None = None
    place: str | None = None
    actor: str | None = None
    event_type: str | None = None
    since: date | None = None
    until: date | None = None
    source: str | None = None

    def where(self) -> tuple[str, list]:
        """A SQL condition over ``merges`` or ``events`` (same column names) and its parameters."""
        conds: list[str] = []
        params: list = []
        if self.country:
            from marsad.records import countries

            facts = countries().get(self.country.upper())
            conds.append("(lower(country) = lower(?) OR iso = ?)")
            params += [facts.country if facts else self.country, facts.iso if facts else -1]
        if self.admin1:
            conds.append("lower(admin1) = lower(?)")
            params.append(self.admin1)
        if self.place:
            like = f"%{self.place.lower()}%"
            conds.append("(lower(location) LIKE ? OR place_key IN (SELECT place_key FROM places WHERE name_ar = ?))")
            params += [like, self.place]
        if self.actor:
            like = f"%{self.actor.lower()}%"
            cols = ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2")
            conds.append("(" + " OR ".join(f"lower(coalesce({c}, '')) LIKE ?" for c in cols) + ")")
            params += [like] * len(cols)
        if self.event_type:
            conds.append("(lower(event_type) = lower(?) OR lower(sub_event_type) = lower(?))")
            params += [self.event_type, self.event_type]
        if self.since:
            conds.append("event_date >= ?")
            params.append(self.since)
        if self.until:
            conds.append("event_date <= ?")
            params.append(self.until)
        if self.source:
            conds.append("lower(coalesce(source, '')) LIKE ?")
            params.append(f"%{self.source.lower()}%")
        return (" AND ".join(conds) or "TRUE"), params


def merged_records(store: Store, flt: EventFilter = EventFilter(), limit: int | None = None) -> list[dict]:
    """Merged events (ACLED's unit: one row per event), with ACLED's ``tags`` and ``timestamp``, in date order."""
    where, params = flt.where()
    sql = f"SELECT record, tags, updated_at FROM merges WHERE {where} ORDER BY event_date NULLS LAST, event_id_cnty"
    if limit:
        sql += f" LIMIT {int(limit)}"
    out = []
    for record, tags, updated_at in store.query(sql, params):
        rec = json.loads(record)
        rec["tags"] = tags or ""
        rec["timestamp"] = updated_at
        out.append(rec)
    return out


def report_records(store: Store, flt: EventFilter = EventFilter(), limit: int | None = None) -> list[dict]:
    """Every report's event as the article gave it (``fatalities`` None when the article gave no figure)."""
    where, params = flt.where()
    sql = f"SELECT record FROM events WHERE {where} ORDER BY event_date NULLS LAST, article_id, local_id"
    if limit:
        sql += f" LIMIT {int(limit)}"
    return [json.loads(r[0]) for r in store.query(sql, params)]


def acled_row(record: dict) -> dict:
    """A merged record reduced to ACLED's 31 export columns, with ACLED's empty values."""
    row = {}
    for col in ACLED_EXPORT_COLUMNS:
        value = record.get(col)
        if col == "fatalities" and value is None:
            value = 0
        row[col] = "" if value is None else value
    return row


_CHANGE_COLUMNS = (
    "merged_id",
    "place_key",
    "location",
    "country",
    "admin1",
    "event_date",
    "actor1",
    "actor2",
    "sub_event_type",
    "plover_type",
    "plover_mode",
    "event_id_cnty",
    "source",
)


def territory_changes(
    store: Store, country: str | None = None, *, until: date | None = None, evidence: bool = True
) -> list[ControlChange]:
    """Every change of hands the merged events record (up to ``until``), with the reports of each as evidence.

    Without ``evidence`` only the merged events' own columns are read, which is what deciding who held a place needs;
    :func:`with_evidence` then adds the reports of the few changes an answer shows.
    """
    where, params = EventFilter(country=country, until=until).where()
    marks = ", ".join("?" for _ in TERRITORY_SUB_EVENTS)
    sql = (
        f"SELECT {', '.join(_CHANGE_COLUMNS)} FROM merges "
        f"WHERE (sub_event_type IN ({marks}) OR plover_type = 'RETREAT') AND {where}"
    )
    changes = []
    for row in store.query(sql, [*sorted(TERRITORY_SUB_EVENTS), *params]):
        merged = dict(zip(_CHANGE_COLUMNS, row, strict=True))
        merged["event_id"] = merged.pop("merged_id")
        change = change_of(merged)
        if change is not None:
            changes.append(change)
    return with_evidence(store, changes) if evidence else changes


def with_evidence(store: Store, changes: list[ControlChange]) -> list[ControlChange]:
    """The changes with the reports (article, source, words) of each merged event attached."""
    ids = sorted({c.merged_id for c in changes})
    reports: dict[str, list[dict]] = {}
    if not ids:
        return list(changes)
    # the wanted ids go into a temporary table: one join, however many changes are asked for
    store.execute("CREATE TEMP TABLE IF NOT EXISTS marsad_wanted (merged_id TEXT)")
    store.execute("DELETE FROM marsad_wanted")
    store.insert_rows("marsad_wanted", ("merged_id",), [(i,) for i in ids])
    sql = (
        "SELECT mm.merged_id, e.record FROM marsad_wanted w "
        "JOIN merge_members mm ON mm.merged_id = w.merged_id "
        "JOIN events e ON e.article_key = mm.article_key AND e.local_id = mm.local_id"
    )
    for merged_id, record in store.query(sql):
        reports.setdefault(merged_id, []).append(json.loads(record))
    out = []
    for c in changes:
        recs = sorted(reports.get(c.merged_id, []), key=lambda r: (str(r.get("article_id")), str(r.get("event_id"))))
        out.append(
            replace(
                c,
                evidence=tuple(
                    Evidence(str(r.get("article_id") or ""), str(r.get("source") or ""), quote_of(r)) for r in recs
                ),
            )
        )
    return out


def control_with_evidence(store: Store, day: date, country: str | None = None) -> list[PlaceControl]:
    """Who held which place on ``day``, with the evidence of the changes that say so."""
    places = control_on(territory_changes(store, country, until=day, evidence=False), day)
    shown = with_evidence(store, [c for p in places for c in p.changes])
    by_id = {(c.merged_id, c.place_key): c for c in shown}
    return [replace(p, changes=tuple(by_id[(c.merged_id, c.place_key)] for c in p.changes)) for p in places]


def store_summary(store: Store) -> dict[str, int]:
    """Articles, reports and merged events held."""
    names: Sequence[tuple[str, str]] = (("articles", "articles"), ("reports", "events"), ("merged events", "merges"))
    return {label: int(store.scalar(f"SELECT count(*) FROM {table}") or 0) for label, table in names}
