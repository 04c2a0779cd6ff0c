"""The store's tables and the migrations that create them.

One SQL text serves both backends: it uses only types and statements DuckDB and PostgreSQL share (TEXT, INTEGER,
BIGINT, DOUBLE PRECISION, DATE, ``CREATE ... IF NOT EXISTS``). Migrations are numbered; the version reached is recorded
in ``marsad_meta`` so that a store written by an older marsad is brought up to date on open and one written by a newer
marsad is refused instead of being damaged.

``events`` holds one row per report's event: its ``fatalities`` is the figure that article gave (NULL when it gave
none, so merging can tell "no figure" from "0 dead"); ``merges`` holds one ACLED-shaped row per merged event, whose
``fatalities`` is ACLED's conservative figure and whose ``record`` (JSON) lists the reports and who said what.
Secondary indexes (``CREATE INDEX``) serve PostgreSQL; DuckDB stores skip them (see ``backends.DuckDBStore``).

Tables that are rewritten when merges are recomputed (``merges``, ``merge_members``) carry no unique constraint: DuckDB
checks uniqueness eagerly inside a transaction, so deleting a row and inserting the same key again would fail.
"""

from __future__ import annotations

#: the schema version this marsad writes
SCHEMA_VERSION = 2

_ACLED_COLUMNS = """
    event_date DATE,
    year INTEGER,
    time_precision INTEGER,
    disorder_type TEXT,
    event_type TEXT,
    sub_event_type TEXT,
    actor1 TEXT,
    assoc_actor_1 TEXT,
    inter1 INTEGER,
    actor2 TEXT,
    assoc_actor_2 TEXT,
    inter2 INTEGER,
    interaction INTEGER,
    civilian_targeting TEXT,
    iso INTEGER,
    region TEXT,
    country TEXT,
    admin1 TEXT,
    admin2 TEXT,
    admin3 TEXT,
    location TEXT,
    latitude DOUBLE PRECISION,
    longitude DOUBLE PRECISION,
    geo_precision INTEGER,
    geonames_id BIGINT,
    gazetteer_id TEXT,
    place_key TEXT,
    source TEXT,
    source_scale TEXT,
    notes TEXT,
    fatalities INTEGER,
    plover_type TEXT,
    plover_mode TEXT,
    record TEXT
"""

#: (version, statements) in order; a migration's statements run in one transaction
MIGRATIONS: tuple[tuple[int, tuple[str, ...]], ...] = (
    (
        1,
        (
            """CREATE TABLE IF NOT EXISTS articles (
                article_key TEXT PRIMARY KEY,
                article_id TEXT NOT NULL,
                content_hash TEXT NOT NULL,
                title TEXT,
                published TEXT,
                source TEXT,
                url TEXT,
                origin TEXT,
                raw TEXT NOT NULL,
                layers TEXT,
                ingested_at TEXT NOT NULL
            )""",
            "CREATE INDEX IF NOT EXISTS articles_id ON articles (article_id)",
            """CREATE TABLE IF NOT EXISTS mentions (
                article_key TEXT NOT NULL,
                mention_id TEXT NOT NULL,
                kind TEXT NOT NULL,
                start_offset INTEGER NOT NULL,
                end_offset INTEGER NOT NULL,
                text TEXT NOT NULL,
                sentence INTEGER,
                role TEXT,
                place_key TEXT,
                actor_id TEXT,
                resolution TEXT,
                PRIMARY KEY (article_key, mention_id)
            )""",
            f"""CREATE TABLE IF NOT EXISTS events (
                article_key TEXT NOT NULL,
                local_id TEXT NOT NULL,
                article_id TEXT NOT NULL,
                event_id TEXT NOT NULL,
                modality TEXT,
                injured INTEGER,
                displaced INTEGER,
                detained INTEGER,
                actor_ids TEXT,
                merge_block TEXT,
                {_ACLED_COLUMNS},
                PRIMARY KEY (article_key, local_id)
            )""",
            "CREATE INDEX IF NOT EXISTS events_date ON events (event_date)",
            "CREATE INDEX IF NOT EXISTS events_block ON events (merge_block)",
            """CREATE TABLE IF NOT EXISTS claims (
                article_key TEXT NOT NULL,
                local_event_id TEXT NOT NULL,
                position INTEGER NOT NULL,
                source_mention TEXT,
                source_id TEXT,
                source_name TEXT,
                source_type TEXT,
                cue_start INTEGER,
                cue_end INTEGER,
                statement_start INTEGER,
                statement_end INTEGER,
                PRIMARY KEY (article_key, local_event_id, position)
            )""",
            """CREATE TABLE IF NOT EXISTS places (
                place_key TEXT PRIMARY KEY,
                gazetteer_id TEXT,
                geonames_id BIGINT,
                pcode TEXT,
                name TEXT,
                name_ar TEXT,
                country TEXT,
                country_code TEXT,
                iso INTEGER,
                admin1 TEXT,
                admin2 TEXT,
                admin3 TEXT,
                latitude DOUBLE PRECISION,
                longitude DOUBLE PRECISION,
                feature TEXT
            )""",
            """CREATE TABLE IF NOT EXISTS actors (
                actor_id TEXT PRIMARY KEY,
                canonical TEXT,
                inter INTEGER,
                actor_type TEXT,
                country TEXT,
                parent TEXT,
                former_name TEXT
            )""",
            f"""CREATE TABLE IF NOT EXISTS merges (
                merged_id TEXT NOT NULL,
                merge_block TEXT NOT NULL,
                event_id_cnty TEXT,
                reports INTEGER,
                fatalities_low INTEGER,
                fatalities_high INTEGER,
                tags TEXT,
                updated_at BIGINT,
                {_ACLED_COLUMNS}
            )""",
            "CREATE INDEX IF NOT EXISTS merges_block ON merges (merge_block)",
            "CREATE INDEX IF NOT EXISTS merges_date ON merges (event_date)",
            "CREATE INDEX IF NOT EXISTS merges_id ON merges (merged_id)",
            """CREATE TABLE IF NOT EXISTS merge_members (
                merged_id TEXT NOT NULL,
                merge_block TEXT NOT NULL,
                event_date DATE,
                article_key TEXT NOT NULL,
                local_id TEXT NOT NULL
            )""",
            "CREATE INDEX IF NOT EXISTS merge_members_block ON merge_members (merge_block)",
            "CREATE INDEX IF NOT EXISTS merge_members_event ON merge_members (article_key, local_id)",
            "CREATE INDEX IF NOT EXISTS events_article ON events (article_key)",
        ),
    ),
    # which marsad coded each article (extraction.coder_fingerprint), so that ``marsad recode`` can find the articles
    # an upgrade would code differently; NULL for articles stored before version 2, which are recoded too
    (2, ("ALTER TABLE articles ADD COLUMN IF NOT EXISTS coder TEXT",)),
)

#: the table that records the schema version; created before any migration runs
META_TABLE = "CREATE TABLE IF NOT EXISTS marsad_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"

#: the ACLED-shaped columns shared by ``events`` and ``merges``, in table order
ACLED_TABLE_COLUMNS = tuple(line.split()[0] for line in _ACLED_COLUMNS.strip().splitlines())

TABLES = ("articles", "mentions", "events", "claims", "places", "actors", "merges", "merge_members")
