"""Gold sentences for the event coder: reading them, giving the coder their hand-made mentions, and scoring.

A gold file is JSON Lines, one lead or sentence a line::

    {"id": "sy-001", "text": "...", "published": "2024-12-03T09:00:00+00:00",
     "places": [{"text": "طيبة الإمام", "name": "Taybat al-Imam", "role": "", "feature": "populated_place"}],
     "actors": [{"text": "هيئة تحرير الشام", "canonical": "Hayat Tahrir al-Sham", "inter": 2}],
     "events": [{"sub_event_type": "Non-state actor overtakes territory", "location": "Taybat al-Imam",
                 "actor1": "Hayat Tahrir al-Sham", "date": "2024-12-03", "fatalities": null}]}

``places`` and ``actors`` are the mentions the places and actors stages should find; in *oracle* mode they are given
to the event coder directly, which measures the coder alone. Without them (or with ``--pipeline``) the default
pipeline finds its own. Expected event fields are compared only where the gold line states them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from marsad.model import ActorResolution, Article, Mention, MentionKind, PlaceResolution, add_mentions

#: the event fields a gold line may state, in report order
FIELDS = (
    "sub_event_type",
    "event_type",
    "location",
    "actor1",
    "actor2",
    "date",
    "time_precision",
    "fatalities",
    "injured",
    "displaced",
    "detained",
    "civilian_targeting",
)


class GoldError(ValueError):
    """A gold line that cannot be read."""


@dataclass(frozen=True)
class GoldItem:
    id: str
    text: str
    published: str | None
    places: tuple[dict, ...]
    actors: tuple[dict, ...]
    events: tuple[dict, ...]


def by_surface(item: GoldItem, gold: list[dict], predicted: list[dict]) -> tuple[list[dict], list[dict]]:
    """Compare places and actors by their Arabic surface text (for pipeline mode, where the gazetteer and the actor
    dictionary spell names their own way): gold names become the texts the gold line gives for them, and a predicted
    mention counts as right when one text contains the other."""
    from marsad.text.normalize import normalize

    texts: dict[str, list[str]] = {}
    for m in (*item.places, *item.actors):
        texts.setdefault(m.get("name") or m.get("canonical") or m["text"], []).append(normalize(m["text"]))
    out_gold = []
    out_pred = [dict(p) for p in predicted]
    crossed: list[tuple[str, str, list[str], str]] = []
    for g in gold:
        g = dict(g)
        for key in ("location", "actor1", "actor2"):
            if key not in g or g[key] is None:
                continue
            wanted = texts.get(g[key], [])
            name, g[key] = g[key], f"~{g[key]}"
            for p in out_pred:
                if _names(p, key, name, wanted, key):
                    p[key] = g[key]
            if key != "location":
                crossed.append(("actor2" if key == "actor1" else "actor1", name, wanted, g[key]))
        out_gold.append(g)
    # a side is then looked for on the prediction's other side, where that side matched no gold side of its own: a
    # battle's sides have no direction, which Score.add reads off the names once they are the gold's
    for pkey, name, wanted, marked in crossed:
        for p in out_pred:
            if not str(p.get(pkey) or "").startswith("~") and _names(p, pkey, name, wanted, "actor1"):
                p[pkey] = marked
    return out_gold, out_pred


def _names(p: dict, pkey: str, name: str, wanted: list[str], key: str) -> bool:
    """Whether the prediction's ``pkey`` names the gold's ``name``: the same ACLED name, or a surface the gold line
    gives for it (a gold line may give no surface for a side the text names only by a common noun, مدنيين, which
    marsad still resolves to the same ACLED name)."""
    from marsad.text.normalize import normalize

    got = p.get(f"{pkey}_text")
    return p.get(pkey) == name or bool(got and any(_same_surface(normalize(got), w, key) for w in wanted))


def _same_surface(got: str, wanted: str, key: str) -> bool:
    """Whether a predicted surface names what the gold's does: one holds the other (مدينة غزة, غزة), but a place
    cut short of the gold's longer name (عدن of عدن يابال, a Somali town read as Aden) is another place: the words
    the prediction lacks must be place cues or region words (مخيم، بلدة، شمال)."""
    if wanted in got:
        return True
    if got not in wanted:
        return False
    if key != "location":
        return True
    from marsad.places.regions import load_vocabulary

    vocab = load_vocabulary()
    # (a proclitic the gold's span kept, والبقاع, is no word; nor is a preposition it kept, في السويداء)
    # (nor are the quotation marks around a village's name, قرية "تونجان دوتسي")
    rest = [w for w in wanted.replace(got, " ").split()
            if w.strip('"«»“”') and w not in ("و", "ب", "ل", "ف", "وب", "ول", "في", "وفي")]
    return all(w in vocab.cues or w in vocab.heads or w in vocab.adjectives for w in rest)


def read_gold(path: str | Path) -> Iterator[GoldItem]:
    """Read a gold JSONL file.

    Raises:
        GoldError: naming the file and line of a line that is not a JSON object with ``text`` and ``events``.
    """
    path = Path(path)
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            raise GoldError(f"{path}:{lineno}: not JSON ({e.msg})") from None
        if not isinstance(obj, dict) or "text" not in obj or "events" not in obj:
            raise GoldError(f"{path}:{lineno}: a gold line needs 'text' and 'events'")
        yield GoldItem(
            str(obj.get("id", f"{path.stem}-{lineno}")),
            obj["text"],
            obj.get("published"),
            tuple(obj.get("places", ())),
            tuple(obj.get("actors", ())),
            tuple(obj["events"]),
        )


def _occurrences(raw: str, text: str) -> Iterator[int]:
    start = raw.find(text)
    while start >= 0:
        yield start
        start = raw.find(text, start + len(text))


def oracle_mentions(article: Article, places: Iterable[dict], actors: Iterable[dict]) -> Article:
    """Add PLACE and ACTOR mentions for every occurrence of the gold surface texts."""
    new: list[Mention] = []
    for n, p in enumerate(places):
        for k, start in enumerate(_occurrences(article.raw, p["text"])):
            res = PlaceResolution(
                gazetteer_id=p.get("id") or p.get("name") or p["text"],
                name=p.get("name") or p["text"],
                latitude=p.get("latitude"),
                longitude=p.get("longitude"),
                country_code=p.get("country_code"),
                feature=p.get("feature", "populated_place"),
                geo_precision=int(p.get("geo_precision", 2 if p.get("role") == "region" else 1)),
                admin1=p.get("admin1"),
            )
            new.append(
                Mention(f"place-{n}-{k}", MentionKind.PLACE, start, start + len(p["text"]), p["text"], res,
                        article.sentence_of(start), p.get("role", ""))
            )  # fmt: skip
    for n, a in enumerate(actors):
        for k, start in enumerate(_occurrences(article.raw, a["text"])):
            res = ActorResolution(
                actor_id=a.get("id") or a["canonical"],
                canonical=a["canonical"],
                inter=a.get("inter"),
                generic=bool(a.get("generic", False)),
                actor_type=a.get("actor_type", ""),
            )
            new.append(
                Mention(f"actor-{n}-{k}", MentionKind.ACTOR, start, start + len(a["text"]), a["text"], res,
                        article.sentence_of(start), a.get("role", ""))
            )  # fmt: skip
    return add_mentions(article, new, ("places", "actors", "persons", "sources"))


def code_with_oracle(
    text: str, places: Iterable[dict], actors: Iterable[dict] = (), published: datetime | None = None
) -> Article:
    """Code ``text`` with the events layer alone: the text stages, the given places and actors as its mentions, then
    dates, numbers and events, so a test or benchmark measures event coding without the gazetteer or the dictionary.
    """
    from marsad.events.dates import DateResolver
    from marsad.events.numbers import NumberRecognizer
    from marsad.events.recognizer import EventRecognizer
    from marsad.readers import make_article
    from marsad.text.stages import SentenceSplitter, TextNormalizer, Tokenizer

    article = make_article(text, published=published)
    for stage in (TextNormalizer(), SentenceSplitter(), Tokenizer()):
        article = stage(article)
    article = oracle_mentions(article, places, actors)
    for stage in (DateResolver(), NumberRecognizer(), EventRecognizer()):
        article = stage(article)
    return article


def event_fields(article: Article, event) -> dict:
    """The comparable fields of a coded event."""

    def name(mid: str | None) -> str | None:
        if mid is None:
            return None
        res = article.mention(mid).resolution
        if isinstance(res, (ActorResolution,)):
            return res.canonical
        if isinstance(res, PlaceResolution):
            return res.name
        return article.mention(mid).text

    def text(mid: str | None) -> str | None:
        return article.mention(mid).text if mid is not None else None

    from marsad.records import event_record

    # the sides as the export writes them, which is what a user gets: the export names the crowd of a protest, the
    # unidentified group behind an unclaimed bomb and the civilians of violence against civilians when the report
    # names none (a surface text only counts for the side it names)
    record = event_record(article, event)
    sides = {}
    for key, ids in (("actor1", event.actor1), ("actor2", event.actor2)):
        own = name(ids[0]) if ids else None
        exported = record[key] or None
        sides[key] = exported
        sides[f"{key}_text"] = text(ids[0]) if ids and exported == own else None
    return {
        "location_text": text(event.location),
        "actor1_text": sides["actor1_text"],
        "actor2_text": sides["actor2_text"],
        "sub_event_type": event.sub_event_type,
        "event_type": event.event_type,
        "location": name(event.location),
        "actor1": sides["actor1"],
        "actor2": sides["actor2"],
        "date": event.date.isoformat() if event.date else None,
        "time_precision": event.time_precision,
        # as the ACLED export writes it: no figure given is 0 fatalities (marsad.records)
        "fatalities": event.fatalities if event.fatalities is not None else 0,
        "injured": event.injured,
        "displaced": event.displaced,
        "detained": event.detained,
        "civilian_targeting": event.civilian_targeting,
    }


@dataclass
class Score:
    """Counts for per-field accuracy and event-level precision and recall."""

    gold_events: int = 0
    predicted_events: int = 0
    matched: int = 0
    field_right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    field_total: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    misses: list[str] = field(default_factory=list)

    def add(self, item_id: str, gold: list[dict], predicted: list[dict]) -> None:
        self.gold_events += len(gold)
        self.predicted_events += len(predicted)
        free = list(range(len(predicted)))
        for g in gold:
            best, best_score = None, 0
            for k in free:
                p = predicted[k]
                score = 2 * (p["location"] == g.get("location")) + 3 * (p["sub_event_type"] == g.get("sub_event_type"))
                score += p["event_type"] == g.get("event_type", p["event_type"])
                if score > best_score:
                    best, best_score = k, score
            if best is None:
                self.misses.append(f"{item_id}: missed {g.get('sub_event_type')} at {g.get('location')}")
                for f in FIELDS:
                    if f in g:
                        self.field_total[f] += 1
                continue
            free.remove(best)
            self.matched += 1
            p = predicted[best]
            if p["sub_event_type"] == "Armed clash" and (p.get("actor1"), p.get("actor2")) == (
                g.get("actor2"),
                g.get("actor1"),
            ):
                # ACLED: "Actor 1 and Actor 2 do not imply directionality" in a battle
                p = {**p, "actor1": g.get("actor1"), "actor2": g.get("actor2")}
            for f in FIELDS:
                if f in g:
                    self.field_total[f] += 1
                    if p[f] == g[f]:
                        self.field_right[f] += 1
                    else:
                        self.misses.append(f"{item_id}: {f} expected {g[f]!r}, got {p[f]!r}")
        for k in free:
            self.misses.append(f"{item_id}: spurious {predicted[k]['sub_event_type']} at {predicted[k]['location']}")

    @property
    def precision(self) -> float:
        return self.matched / self.predicted_events if self.predicted_events else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold_events if self.gold_events else 1.0
