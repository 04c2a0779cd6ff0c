"""Merging reports of the same event across articles and agencies.

The same clash is told by AFP, SANA and the Observatory with different numbers. ACLED codes it once: one event per
type, place and day, its ``source`` listing every source and its ``fatalities`` the most conservative credible figure.
:func:`merge_reports` does that automatically and keeps the disagreement: each :class:`MergedEvent` lists its reports,
the range of fatalities and who reported which figure.

Two reports are *compatible* when they have the same sub-event type; the same place (the same gazetteer entry), or,
when at least one of them is located with a lower precision (ACLED geo_precision 2 or 3), the same admin3; dates at
most one day apart when both are day-precise (a night clash is dated on either side of midnight), equal dates
otherwise; and actors that do not contradict each other (the specific actors named on either side overlap, or one
report names none). Reports without a place or a date are never merged.

Clusters are built greedily over the reports sorted by their own content (date, place, article key, event id), and a
report joins a cluster only when it is compatible with *every* member. The result is therefore a function of the set of
reports, not of the order they arrived in, and two precisely located reports at different places never share a
cluster. Because a cluster spans at most two consecutive days, a day without reports separates independent segments,
which lets the store recompute only the segments a batch touched.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from marsad.model import known_sources

#: sub-event types whose events change who holds a place
TERRITORY_SUB_EVENTS = frozenset(
    {"Non-state actor overtakes territory", "Government regains territory", "Non-violent transfer of territory"}
)


@dataclass(frozen=True)
class Report:
    """One event as one article reports it: the facts merging looks at, and the article's full record.

    Attributes:
        article_key: the store's key of the article (content hash and id).
        local_id: the event's id within its article.
        sub_event_type: ACLED sub-event type.
        event_date: the event's date, or None when unknown.
        time_precision: ACLED's 1 (day), 2 (week), 3 (month).
        place_key: a stable key of the resolved place, or None when the event has no place.
        geo_precision: ACLED's 1/2/3, or None without a place.
        admin3: the admin3 area key (country, admin1-3), or None when unknown.
        actors: ids of the specific (non-generic) actors named on either side.
        fatalities: the figure this report gives, or None when it gives none.
        source: who reports it (ACLED's ``source`` field of this report).
        record: the article's flat event record (``marsad.records.event_record``).
    """

    article_key: str
    local_id: str
    sub_event_type: str
    event_date: date | None
    time_precision: int
    place_key: str | None
    geo_precision: int | None
    admin3: str | None
    actors: frozenset[str] = frozenset()
    fatalities: int | None = None
    source: str = ""
    record: Mapping = field(default_factory=dict, compare=False, hash=False, repr=False)

    @property
    def key(self) -> tuple[str, str]:
        return (self.article_key, self.local_id)

    @property
    def sort_key(self) -> tuple:
        return (self.event_date or date.min, self.place_key or "", self.article_key, self.local_id)


@dataclass(frozen=True)
class FatalityReport:
    """The figure one report gave (None when it gave none)."""

    article_id: str
    source: str
    fatalities: int | None


@dataclass(frozen=True)
class MergedEvent:
    """One event as the corpus knows it: several reports, one ACLED record.

    Attributes:
        merged_id: stable id derived from the first report in content order.
        block: the merge block (sub-event type and area) the event belongs to.
        members: keys ``(article_key, local_id)`` of its reports, in content order.
        record: ACLED-shaped record of the merged event (the most precise report's place and actors, every source).
        fatalities: ACLED's conservative figure: the lowest figure any report gives, 0 when none gives one.
        fatalities_low: lowest figure reported, or None.
        fatalities_high: highest figure reported, or None.
        reported: who reported which figure.
    """

    merged_id: str
    block: str
    members: tuple[tuple[str, str], ...]
    record: dict
    fatalities: int
    fatalities_low: int | None
    fatalities_high: int | None
    reported: tuple[FatalityReport, ...]

    @property
    def event_date(self) -> date | None:
        value = self.record.get("event_date")
        return date.fromisoformat(value) if value else None


def area_key(record: Mapping) -> str | None:
    """The admin3 area of a record (country and admin1-3), or None when its admin3 is unknown."""
    if not record.get("admin3"):
        return None
    return "|".join(str(record.get(k) or "") for k in ("country", "admin1", "admin2", "admin3"))


def place_key(record: Mapping) -> str | None:
    """A stable key for the place of a record: its gazetteer id, GeoNames id, or country and name."""
    if record.get("gazetteer_id"):
        return f"gaz:{record['gazetteer_id']}"
    if record.get("geonames_id"):
        return f"geonames:{record['geonames_id']}"
    if record.get("location"):
        return f"name:{record.get('country') or ''}:{record['location']}"
    return None


def block_key(report: Report) -> str:
    """The merge block: every report this one could ever merge with shares it.

    Reports at a lower geo precision merge within their admin3, so the block is the admin3 area when it is known and
    the place otherwise; reports without place or date are alone in their block.
    """
    if report.place_key is None or report.event_date is None:
        return f"solo|{report.article_key}|{report.local_id}"
    area = report.admin3 or f"place:{report.place_key}"
    return f"{report.sub_event_type}|{area}"


def compatible(a: Report, b: Report) -> bool:
    """Whether two reports may tell the same event (see the module docstring)."""
    if a.sub_event_type != b.sub_event_type:
        return False
    if a.place_key is None or b.place_key is None or a.event_date is None or b.event_date is None:
        return False
    if a.place_key != b.place_key:
        precise = (a.geo_precision or 1) == 1 and (b.geo_precision or 1) == 1
        if precise or a.admin3 is None or a.admin3 != b.admin3:
            return False
    if a.time_precision == 1 and b.time_precision == 1:
        if abs((a.event_date - b.event_date).days) > 1:
            return False
    elif a.event_date != b.event_date or a.time_precision != b.time_precision:
        return False
    return not (a.actors and b.actors and not a.actors & b.actors)


def cluster_reports(reports: Iterable[Report]) -> list[list[Report]]:
    """Group reports into events: greedy complete linkage over the reports in content order."""
    clusters: list[list[Report]] = []
    by_block: dict[str, list[list[Report]]] = {}
    for report in sorted(reports, key=lambda r: r.sort_key):
        block = block_key(report)
        candidates = by_block.setdefault(block, [])
        if report.event_date is not None and candidates:
            # reports come in date order and a cluster spans at most two days: older clusters can take no more
            horizon = report.event_date.toordinal() - 1
            candidates = by_block[block] = [c for c in candidates if c[0].event_date.toordinal() >= horizon]
        for cluster in candidates:
            if all(compatible(report, member) for member in cluster):
                cluster.append(report)
                break
        else:
            cluster = [report]
            candidates.append(cluster)
            clusters.append(cluster)
    return clusters


def merge_reports(reports: Iterable[Report]) -> list[MergedEvent]:
    """Merge reports into events; the result does not depend on the order of ``reports``."""
    return [merge_cluster(cluster) for cluster in cluster_reports(reports)]


def merged_id_of(report: Report) -> str:
    """The merged event's id: a hash of its first report, so later reports joining it keep the id."""
    digest = hashlib.sha256(f"{report.article_key}\0{report.local_id}".encode()).hexdigest()
    return f"m{digest[:20]}"


@lru_cache(maxsize=512)
def _iso3(country: str, iso: int | None) -> str:
    import pycountry

    entry = None
    if iso:
        entry = pycountry.countries.get(numeric=f"{int(iso):03d}")
    if entry is None and country:
        try:
            entry = pycountry.countries.lookup(country)
        except LookupError:
            entry = None
    return entry.alpha_3 if entry else "XXX"


def event_id_cnty(record: Mapping, merged_id: str) -> str:
    """ACLED's ``event_id_cnty``: the country's ISO alpha-3 code and a number (stable, derived from the merged id)."""
    number = int(merged_id[1:13], 16) % 10**12
    return f"{_iso3(record.get('country') or '', record.get('iso'))}{number}"


def _distinct_parts(values: Iterable[str], sep: str) -> list[str]:
    """The distinct parts of ``values`` (each split at ``sep``), sorted."""
    seen: list[str] = []
    for value in values:
        for part in (p.strip() for p in value.split(sep.strip())):
            if part and part not in seen:
                seen.append(part)
    return sorted(seen)


def _joined_unique(values: Iterable[str], sep: str) -> str:
    """The distinct parts of ``values`` joined, sorted."""
    return sep.join(_distinct_parts(values, sep))


def _representative(cluster: list[Report]) -> Report:
    """The report whose place and actors the merged event takes: the most precise one."""
    return min(cluster, key=lambda r: (r.geo_precision or 9, r.time_precision, r.sort_key))


def _consensus_date(cluster: list[Report]) -> date | None:
    """The date most reports give (the earliest on a tie)."""
    counts = Counter(r.event_date for r in cluster if r.event_date)
    if not counts:
        return None
    return min(counts, key=lambda d: (-counts[d], d))


def merge_cluster(cluster: list[Report]) -> MergedEvent:
    """One merged event from the reports of one cluster."""
    cluster = sorted(cluster, key=lambda r: r.sort_key)
    rep = _representative(cluster)
    record = {k: v for k, v in rep.record.items() if k not in ("evidence", "claims", "related", "article_id")}
    merged_id = merged_id_of(cluster[0])
    when = _consensus_date(cluster)
    if when is not None:
        record["event_date"] = when.isoformat()
        record["year"] = when.year
    sides = {rep.record.get("actor1") or "", rep.record.get("actor2") or ""}
    for n in ("1", "2"):
        names = [rep.record.get(f"assoc_actor_{n}") or ""]
        names += [r.record.get(f"actor{n}") or "" for r in cluster if r is not rep]
        names += [r.record.get(f"assoc_actor_{n}") or "" for r in cluster if r is not rep]
        record[f"assoc_actor_{n}"] = _joined_unique((x for x in names if x and x not in sides), "; ")
    record["source"] = "; ".join(known_sources(_distinct_parts((r.source for r in cluster), "; ")))
    record["source_scale"] = _joined_unique((r.record.get("source_scale") or "" for r in cluster), "-")
    if any(r.record.get("civilian_targeting") for r in cluster):
        record["civilian_targeting"] = "Civilian targeting"
    figures = [r.fatalities for r in cluster if r.fatalities is not None]
    reported = tuple(
        FatalityReport(str(r.record.get("article_id") or r.article_key), r.source, r.fatalities) for r in cluster
    )
    low = min(figures) if figures else None
    high = max(figures) if figures else None
    # ACLED codes the most conservative credible figure and moves the dispute to the notes
    record["fatalities"] = low if low is not None else 0
    notes = rep.record.get("notes") or ""
    if len(cluster) > 1:
        told = "; ".join(
            f"{f.source or f.article_id}: {f.fatalities if f.fatalities is not None else 'no figure'}" for f in reported
        )
        notes = f"{notes} [{len(cluster)} reports; fatalities {told}]".strip()
    record["notes"] = notes
    record["event_id"] = merged_id
    record["event_id_cnty"] = event_id_cnty(record, merged_id)
    record["reports"] = len(cluster)
    record["fatalities_low"] = low
    record["fatalities_high"] = high
    record["fatalities_reported"] = [
        {"article_id": f.article_id, "source": f.source, "fatalities": f.fatalities} for f in reported
    ]
    record["members"] = [{"article_key": r.article_key, "event_id": r.record.get("event_id")} for r in cluster]
    return MergedEvent(
        merged_id=merged_id,
        block=block_key(cluster[0]),
        members=tuple(r.key for r in cluster),
        record=record,
        fatalities=record["fatalities"],
        fatalities_low=low,
        fatalities_high=high,
        reported=reported,
    )
