"""Fixtures of the store tests: a store per backend, and processed articles built by hand from real model objects.

The PostgreSQL store comes from ``$MARSAD_TEST_POSTGRES`` (``eval "$(bash .ci/postgres.sh)"`` starts one); each test
gets its own schema, dropped afterwards. Without the variable the PostgreSQL half is skipped with a message, except in
CI (``CI=true``) where a missing server is a failure.
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from urllib.parse import quote

import pytest

from marsad.model import (
    ActorResolution,
    Article,
    Claim,
    Event,
    Mention,
    MentionKind,
    NumberResolution,
    PlaceResolution,
    SourceResolution,
    Span,
)
from marsad.store.backends import open_store

BACKENDS = ("duckdb", "postgresql")
PG_ENV = "MARSAD_TEST_POSTGRES"


def postgres_url_or_skip() -> str:
    url = os.environ.get(PG_ENV)
    if url:
        return url
    message = f'PostgreSQL store tests need ${PG_ENV} (start a server with: eval "$(sudo bash .ci/postgres.sh)")'
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI=true but {message}")
    pytest.skip(message)


@pytest.fixture
def store_url(request, tmp_path):
    """A fresh, empty store location for the backend of the test's parameter."""
    backend = getattr(request, "param", "duckdb")
    if backend == "duckdb":
        yield str(tmp_path / "store.duckdb")
        return
    import psycopg

    base = postgres_url_or_skip()
    schema = f"marsad_t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(base, autocommit=True) as con:
        con.execute(f'CREATE SCHEMA "{schema}"')
    sep = "&" if "?" in base else "?"
    yield f"{base}{sep}options={quote(f'-csearch_path={schema}')}"
    with psycopg.connect(base, autocommit=True) as con:
        con.execute(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture
def store(store_url):
    s = open_store(store_url)
    yield s
    s.close()


def pytest_generate_tests(metafunc):
    # every test that uses a store runs against both backends
    if "store_url" in metafunc.fixturenames:
        metafunc.parametrize("store_url", BACKENDS, indirect=True)


# -- hand-built processed articles ------------------------------------------------------------------------------------

SYRIA = {"country": "Syria", "iso": 760, "country_code": "SY"}
PLACES = {
    "خناصر": PlaceResolution(
        "SY020402",
        "Khanasir",
        35.7833,
        37.5,
        admin1="Aleppo",
        admin2="As-Safira",
        admin3="Khanasir",
        geonames_id=170654,
        name_ar="خناصر",
        **SYRIA,
    ),
    "حلفايا": PlaceResolution(
        "SY050201",
        "Halfaya",
        35.2597,
        36.6056,
        admin1="Hama",
        admin2="Mhardeh",
        admin3="Kafr Zeita",
        geonames_id=171829,
        name_ar="حلفايا",
        **SYRIA,
    ),
    "صوران": PlaceResolution(
        "SY050102",
        "Suran",
        35.2914,
        36.7469,
        admin1="Hama",
        admin2="Hama",
        admin3="Suran",
        geonames_id=163099,
        name_ar="صوران",
        **SYRIA,
    ),
    "طيبة الإمام": PlaceResolution(
        "SY050103",
        "Tayyibat al Imam",
        35.2647,
        36.7111,
        admin1="Hama",
        admin2="Hama",
        admin3="Suran",
        geonames_id=163497,
        name_ar="طيبة الإمام",
        **SYRIA,
    ),
    "ريف حماة الشمالي": PlaceResolution(
        None,
        "Suran",
        35.2914,
        36.7469,
        admin1="Hama",
        admin2="Hama",
        admin3="Suran",
        feature="region",
        geo_precision=2,
        name_ar="ريف حماة الشمالي",
        **SYRIA,
    ),
    "كفرنبل": PlaceResolution(
        "SY070300",
        "Kafr Nobol",
        35.6136,
        36.5614,
        admin1="Idleb",
        admin2="Maarrat An-Nu'man",
        admin3="Kafr Nobol",
        geonames_id=169304,
        name_ar="كفرنبل",
        **SYRIA,
    ),
}
ACTORS = {
    "الجيش السوري": ActorResolution("sy-army", "Military Forces of Syria (2000-2024)", 1, "state", "SY"),
    "وحدات من الجيش العربي السوري": ActorResolution(
        "sy-army", "Military Forces of Syria (2000-2024)", 1, "state", "SY"
    ),
    "قوات النظام": ActorResolution("sy-army", "Military Forces of Syria (2000-2024)", 1, "state", "SY"),
    "هيئة تحرير الشام": ActorResolution("hts", "Hayat Tahrir al Sham", 2, "rebel", "SY"),
    "الفصائل": ActorResolution("factions", "Unidentified Armed Group (Syria)", 3, "militia", "SY", generic=True),
    "التنظيمات الإرهابية": ActorResolution(
        "terrorists", "Unidentified Armed Group (Syria)", 3, "militia", "SY", generic=True
    ),
    "قوات سوريا الديموقراطية": ActorResolution("sdf", "QSD: Syrian Democratic Forces", 2, "rebel", "SY"),
    "الفرقة 25": ActorResolution(
        "sy-25th-division", "Military Forces of Syria (2000-2024) 25th Division", 1, "state", "SY", parent="sy-army"
    ),
    "الطيران الروسي": ActorResolution("ru-army", "Military Forces of Russia (2000-)", 8, "state", "RU"),
}
SOURCES = {
    "المرصد السوري": SourceResolution("sohr", "Syrian Observatory for Human Rights", "monitoring NGO", "National"),
    "سانا": SourceResolution("sana", "SANA", "state media", "National"),
    "الأناضول": SourceResolution("anadolu", "Anadolu Agency", "wire agency", "International"),
}
TYPES = {
    "Armed clash": ("Battles", "Political violence", "FIGHT", "firearms"),
    "Government regains territory": ("Battles", "Political violence", "ASSAULT", "firearms"),
    "Non-state actor overtakes territory": ("Battles", "Political violence", "ASSAULT", "firearms"),
    "Non-violent transfer of territory": ("Strategic developments", "Strategic developments", "RETREAT", "withdraw"),
    "Air/drone strike": ("Explosions/Remote violence", "Political violence", "ASSAULT", "aerial"),
    "Other": ("Strategic developments", "Strategic developments", "", ""),
}


@dataclass(frozen=True)
class EventSpec:
    """One event of a hand-built article: words of its text that name trigger, place, actors, number, source."""

    trigger: str
    sub_event_type: str
    place: str
    day: date
    actor1: tuple[str, ...] = ()
    actor2: tuple[str, ...] = ()
    number: str | None = None
    fatalities: int | None = None
    source: str | None = None
    time_precision: int = 1
    plover: tuple[str, str] | None = None
    modality: str = "asserted"


def build_article(article_id: str, raw: str, specs: list[EventSpec], agency: str = "AFP", published=None) -> Article:
    """A processed article whose mentions, events and claims point at the words of ``raw`` that the specs name."""
    mentions: dict[tuple[str, str], Mention] = {}
    counters: dict[str, int] = {}

    def mention(kind: MentionKind, word: str, resolution) -> Mention:
        key = (kind.value, word)
        if key not in mentions:
            start = raw.index(word)
            n = counters.get(kind.value, 0)
            counters[kind.value] = n + 1
            mentions[key] = Mention(f"{kind.value}-{n}", kind, start, start + len(word), word, resolution)
        return mentions[key]

    events, claims = [], []
    for i, spec in enumerate(specs):
        start = raw.index(spec.trigger)
        trigger = Span(start, start + len(spec.trigger))
        place = mention(MentionKind.PLACE, spec.place, PLACES.get(spec.place))
        a1 = tuple(mention(MentionKind.ACTOR, w, ACTORS[w]).id for w in spec.actor1)
        a2 = tuple(mention(MentionKind.ACTOR, w, ACTORS[w]).id for w in spec.actor2)
        numbers = ()
        if spec.number:
            numbers = (
                mention(MentionKind.NUMBER, spec.number, NumberResolution(spec.fatalities or 0, counts="killed")).id,
            )
        event_type, disorder, plover_type, plover_mode = TYPES[spec.sub_event_type]
        if spec.plover:
            plover_type, plover_mode = spec.plover
        ev = Event(
            id=f"event-{i}",
            event_type=event_type,
            sub_event_type=spec.sub_event_type,
            disorder_type=disorder,
            trigger=trigger,
            sentence=0,
            evidence=(Span(0, len(raw)),),
            location=place.id,
            actor1=a1,
            actor2=a2,
            date=spec.day,
            time_precision=spec.time_precision,
            fatalities=spec.fatalities,
            number_mentions=numbers,
            plover_type=plover_type,
            plover_mode=plover_mode,
            notes=raw[trigger.start : trigger.end],
            modality=spec.modality,
        )
        events.append(ev)
        if spec.source:
            src = mention(MentionKind.SOURCE, spec.source, SOURCES[spec.source])
            res = SOURCES[spec.source]
            claims.append(Claim(ev.id, src.id, res.source_id, res.name, res.source_type, statement=Span(0, len(raw))))
    ordered = tuple(sorted(mentions.values(), key=lambda m: (m.start, -m.end)))
    return Article(
        id=article_id,
        raw=raw,
        source=agency,
        published=published or datetime(2024, 12, 3, 9, 12, tzinfo=UTC),
        mentions=ordered,
        events=tuple(events),
        claims=tuple(claims),
        layers=frozenset({"raw", "events", "claims"}),
        origin=f"{article_id}.txt",
    )


D3 = date(2024, 12, 3)
D2 = date(2024, 12, 2)

KHANASIR_SANA = build_article(
    "sana-khanasir",
    "أعلن مصدر عسكري لوكالة سانا أن وحدات من الجيش العربي السوري استعادت السيطرة على مدينة خناصر في ريف حلب "
    "الجنوبي الشرقي بعد اشتباكات عنيفة مع التنظيمات الإرهابية أسفرت عن مقتل عشرين إرهابيا.",
    [
        EventSpec(
            "استعادت",
            "Government regains territory",
            "خناصر",
            D3,
            ("وحدات من الجيش العربي السوري",),
            ("التنظيمات الإرهابية",),
            "عشرين",
            20,
            "سانا",
        ),
    ],
    agency="SANA",
)
KHANASIR_AFP = build_article(
    "afp-khanasir",
    "تمكن الجيش السوري ليل الإثنين الثلاثاء من استعادة السيطرة على مدينة خناصر بعد اشتباكات مع هيئة تحرير الشام "
    "قتل فيها سبعة مقاتلين، وفق ما أفاد المرصد السوري.",
    [
        EventSpec(
            "استعادة",
            "Government regains territory",
            "خناصر",
            D2,
            ("الجيش السوري",),
            ("هيئة تحرير الشام",),
            "سبعة",
            7,
            "المرصد السوري",
        ),
    ],
)
HAMA_AFP = build_article(
    "afp-hama",
    "تمكنت هيئة تحرير الشام والفصائل خلال الساعات الأخيرة من السيطرة على حلفايا وصوران وطيبة الإمام في ريف حماة "
    "الشمالي بعد معارك مع الجيش السوري، وفق ما أفاد المرصد السوري.",
    [
        EventSpec(
            "السيطرة",
            "Non-state actor overtakes territory",
            "حلفايا",
            D3,
            ("هيئة تحرير الشام",),
            ("الجيش السوري",),
            source="المرصد السوري",
        ),
        EventSpec(
            "السيطرة",
            "Non-state actor overtakes territory",
            "صوران",
            D3,
            ("هيئة تحرير الشام",),
            ("الجيش السوري",),
            source="المرصد السوري",
        ),
        EventSpec(
            "السيطرة",
            "Non-state actor overtakes territory",
            "طيبة الإمام",
            D3,
            ("هيئة تحرير الشام",),
            ("الجيش السوري",),
            source="المرصد السوري",
        ),
        EventSpec(
            "معارك",
            "Armed clash",
            "ريف حماة الشمالي",
            D3,
            ("هيئة تحرير الشام",),
            ("الجيش السوري",),
            source="المرصد السوري",
        ),
    ],
)
SURAN_ANADOLU = build_article(
    "anadolu-suran",
    "سيطرت هيئة تحرير الشام على بلدة صوران شمالي حماة بعد اشتباكات مع قوات النظام قتل فيها خمسة عناصر، وفق الأناضول.",
    [
        EventSpec(
            "اشتباكات", "Armed clash", "صوران", D3, ("هيئة تحرير الشام",), ("قوات النظام",), "خمسة", 5, "الأناضول"
        ),
        EventSpec(
            "سيطرت",
            "Non-state actor overtakes territory",
            "صوران",
            D3,
            ("هيئة تحرير الشام",),
            ("قوات النظام",),
            source="الأناضول",
        ),
    ],
    agency="Anadolu Agency",
)
KAFRNABL = build_article(
    "afp-kafrnabl",
    "قصف الطيران الروسي بلدة كفرنبل في ريف إدلب الجنوبي الثلاثاء ما أسفر عن مقتل ثلاثة مدنيين، وفق المرصد السوري.",
    [
        EventSpec("قصف", "Air/drone strike", "كفرنبل", D3, ("الطيران الروسي",), (), "ثلاثة", 3, "المرصد السوري"),
    ],
)

ALL_ARTICLES = (KHANASIR_SANA, KHANASIR_AFP, HAMA_AFP, SURAN_ANADOLU, KAFRNABL)


@pytest.fixture
def hand_articles() -> tuple[Article, ...]:
    """Five processed reports of 2-3 December 2024: two tell Khanasir's recapture, two Suran's capture."""
    return ALL_ARTICLES


@pytest.fixture
def build():
    """The article builder and the event spec, for tests that need their own reports."""
    return build_article, EventSpec


@pytest.fixture
def pipeline():
    """The real default pipeline; the end-to-end tests skip, saying why, until every stage is in place."""
    try:
        from marsad.extraction import default_pipeline

        return default_pipeline()
    except ImportError as e:
        pytest.skip(f"the extraction stages are not in place yet ({e}); this end-to-end test runs once they are")


@pytest.fixture
def example_paths() -> list[str]:
    """The bundled example dispatches' files."""
    import importlib.resources

    folder = importlib.resources.files("marsad") / "examples"
    with importlib.resources.as_file(folder) as path:
        return sorted(str(p) for p in path.iterdir() if p.suffix in (".txt", ".jsonl"))


def variants(article: Article, n: int) -> list[Article]:
    """``n`` copies of an article under different ids (other agencies' copies of one dispatch)."""
    import dataclasses

    return [dataclasses.replace(article, id=f"{article.id}-{i}", origin=f"{article.id}-{i}.txt") for i in range(n)]


@pytest.fixture
def many_articles() -> list[Article]:
    """Fifteen articles: three copies of each hand-built report."""
    return [v for a in ALL_ARTICLES for v in variants(a, 3)]
