"""One store interface over two databases: DuckDB embedded (the default) and PostgreSQL (``--db postgresql://...``).

Callers write SQL with ``?`` placeholders and the shared subset of types (see :mod:`marsad.store.schema`); the
PostgreSQL backend rewrites placeholders for psycopg. Opening a store creates or migrates its tables and records the
schema version; a store written by a newer marsad is refused with a one-line :class:`StoreError`.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path

from marsad.store.schema import META_TABLE, MIGRATIONS, SCHEMA_VERSION

#: parameters of one multi-row INSERT: many rows per statement is several times faster than executemany
_INSERT_PARAMS = 20_000
#: from this many rows on, DuckDB inserts read a staged JSON Lines file (15-25x faster than bound parameters)
_DUCKDB_BULK_ROWS = 50


def _json_value(value: object) -> object:
    if isinstance(value, date | datetime):
        return value.isoformat()
    raise TypeError(f"cannot store {type(value).__name__}")


class StoreError(Exception):
    """A store that cannot be opened or used; the message is one line naming the store."""


def default_db_path() -> Path:
    """The embedded store's file: ``marsad.duckdb`` in marsad's data directory."""
    from marsad.cache import data_dir

    return data_dir() / "marsad.duckdb"


def is_postgres_url(db: str) -> bool:
    return db.startswith(("postgresql://", "postgres://"))


class Store:
    """What ingest, merging, queries and exports need of a database.

    Subclasses implement :meth:`_execute`, :meth:`_query`, transactions and :meth:`close`; everything else (schema,
    migrations, bulk inserts) is shared.
    """

    backend: str = ""
    description: str = ""
    #: whether ``CREATE INDEX`` statements of the schema are run (see :class:`DuckDBStore`)
    secondary_indexes: bool = True

    # -- backend primitives -------------------------------------------------------------------------------------
    def execute(self, sql: str, params: Sequence = ()) -> None:
        raise NotImplementedError

    def query(self, sql: str, params: Sequence = ()) -> list[tuple]:
        raise NotImplementedError

    def query_columns(self, sql: str, params: Sequence = ()) -> tuple[list[str], list[tuple]]:
        """Rows and the names of their columns."""
        raise NotImplementedError

    @contextmanager
    def transaction(self) -> Iterator[Store]:
        """Everything inside commits together, or not at all."""
        raise NotImplementedError
        yield self

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- shared -------------------------------------------------------------------------------------------------
    def insert_rows(self, table: str, columns: Sequence[str], rows: Sequence[Sequence], ignore_existing=False) -> None:
        """Insert many rows with multi-row INSERT statements; ``ignore_existing`` skips rows whose key exists."""
        if not rows:
            return
        per_row = "(" + ", ".join("?" for _ in columns) + ")"
        chunk = max(1, _INSERT_PARAMS // len(columns))
        tail = " ON CONFLICT DO NOTHING" if ignore_existing else ""
        head = f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
        for i in range(0, len(rows), chunk):
            part = rows[i : i + chunk]
            self.execute(head + ", ".join(per_row for _ in part) + tail, [v for row in part for v in row])

    def lock_for_writing(self) -> None:
        """Serialise writers for the rest of the transaction (a DuckDB file has one writing process already)."""

    def scalar(self, sql: str, params: Sequence = ()) -> object:
        rows = self.query(sql, params)
        return rows[0][0] if rows else None

    def schema_version(self) -> int:
        value = self.scalar("SELECT value FROM marsad_meta WHERE key = 'schema_version'")
        return int(value) if value is not None else 0

    def migrate(self) -> int:
        """Create or bring the tables up to :data:`SCHEMA_VERSION`; return the version reached.

        Raises:
            StoreError: when the store was written by a newer marsad.
        """
        try:  # the common case, an up-to-date store, needs no lock (readers must not wait for a running ingest)
            if self.schema_version() == SCHEMA_VERSION:
                return SCHEMA_VERSION
        except Exception:  # no marsad_meta yet: a fresh store
            pass
        # one transaction under the writers' lock: two processes opening a fresh PostgreSQL store at once would
        # otherwise race on CREATE TABLE IF NOT EXISTS (a duplicate key in pg_type)
        with self.transaction():
            self.lock_for_writing()
            self.execute(META_TABLE)
            current = self.schema_version()
            if current > SCHEMA_VERSION:
                raise StoreError(
                    f"{self.description}: schema version {current} was written by a newer marsad "
                    f"(this one reads up to {SCHEMA_VERSION}); upgrade marsad"
                )
            for version, statements in MIGRATIONS:
                if version <= current:
                    continue
                for statement in statements:
                    if statement.lstrip().upper().startswith("CREATE INDEX") and not self.secondary_indexes:
                        continue
                    self.execute(statement)
                self.execute("DELETE FROM marsad_meta WHERE key = 'schema_version'")
                self.execute("INSERT INTO marsad_meta (key, value) VALUES ('schema_version', ?)", [str(version)])
                current = version
        return current


class DuckDBStore(Store):
    """The embedded store: one DuckDB file (or ``:memory:``)."""

    backend = "duckdb"
    # DuckDB scans with zone maps and joins by hashing; its ART indexes only slow every insert and delete (ingest
    # of 32,000 articles: 52 s with them, 27 s without)
    secondary_indexes = False

    def __init__(self, path: str) -> None:
        import duckdb

        self.description = f"store {path}"
        if path != ":memory:":
            parent = Path(path).expanduser().resolve().parent
            if not parent.is_dir():
                raise StoreError(f"{self.description}: folder {parent} does not exist")
        try:
            self._con = duckdb.connect(path)
        except duckdb.IOException as e:
            first = str(e).splitlines()[0] if str(e) else type(e).__name__
            raise StoreError(f"{self.description}: cannot open ({first})") from None
        except duckdb.Error as e:
            first = str(e).splitlines()[0] if str(e) else type(e).__name__
            raise StoreError(f"{self.description}: not a DuckDB database ({first})") from None
        self.path = path
        self._types: dict[str, dict[str, str]] = {}

    def execute(self, sql: str, params: Sequence = ()) -> None:
        self._con.execute(sql, list(params))

    def query(self, sql: str, params: Sequence = ()) -> list[tuple]:
        return self._con.execute(sql, list(params)).fetchall()

    def query_columns(self, sql: str, params: Sequence = ()) -> tuple[list[str], list[tuple]]:
        cur = self._con.execute(sql, list(params))
        return [d[0] for d in cur.description], cur.fetchall()

    @contextmanager
    def transaction(self) -> Iterator[Store]:
        self._con.begin()
        try:
            yield self
        except BaseException:
            self._con.rollback()
            raise
        self._con.commit()

    def insert_rows(self, table: str, columns: Sequence[str], rows: Sequence[Sequence], ignore_existing=False) -> None:
        """Bulk rows go through a JSON Lines file DuckDB reads natively: binding thousands of parameters is slow."""
        if len(rows) < _DUCKDB_BULK_ROWS:
            super().insert_rows(table, columns, rows, ignore_existing)
            return
        types = self._column_types(table)
        spec = "{" + ", ".join(f"'{c}': '{types[c]}'" for c in columns) + "}"
        fd, staged = tempfile.mkstemp(prefix="marsad-", suffix=".jsonl")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                for row in rows:
                    f.write(json.dumps(dict(zip(columns, row, strict=True)), ensure_ascii=False, default=_json_value))
                    f.write("\n")
            tail = " ON CONFLICT DO NOTHING" if ignore_existing else ""
            quoted = staged.replace("'", "''")
            self._con.execute(
                f"INSERT INTO {table} ({', '.join(columns)}) SELECT {', '.join(columns)} FROM "
                f"read_json('{quoted}', format = 'newline_delimited', columns = {spec}){tail}"
            )
        finally:
            os.unlink(staged)

    def _column_types(self, table: str) -> dict[str, str]:
        if table not in self._types:
            rows = self._con.execute(f"DESCRIBE {table}").fetchall()
            self._types[table] = {r[0]: r[1] for r in rows}
        return self._types[table]

    def copy_to_parquet(self, sql: str, params: Sequence, path: str) -> None:
        """Write a query's rows to a Parquet file (DuckDB's own writer)."""
        quoted = path.replace("'", "''")
        self._con.execute(f"COPY ({sql}) TO '{quoted}' (FORMAT parquet)", list(params))

    def close(self) -> None:
        self._con.close()


class PostgresStore(Store):
    """A PostgreSQL server through psycopg 3."""

    backend = "postgresql"

    def __init__(self, url: str) -> None:
        try:
            import psycopg
        except ImportError:
            raise StoreError("PostgreSQL stores need psycopg 3: pip install 'marsad[postgres]'") from None
        self.description = f"store {_redact(url)}"
        try:
            self._con = psycopg.connect(url, autocommit=True, connect_timeout=10)
        except (psycopg.Error, ValueError) as e:
            first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
            raise StoreError(f"{self.description}: cannot connect ({first})") from None

    @staticmethod
    def _sql(sql: str) -> str:
        return sql.replace("%", "%%").replace("?", "%s")

    def execute(self, sql: str, params: Sequence = ()) -> None:
        self._con.execute(self._sql(sql), list(params) or None)

    def query(self, sql: str, params: Sequence = ()) -> list[tuple]:
        return self._con.execute(self._sql(sql), list(params) or None).fetchall()

    def query_columns(self, sql: str, params: Sequence = ()) -> tuple[list[str], list[tuple]]:
        cur = self._con.execute(self._sql(sql), list(params) or None)
        return [d.name for d in cur.description], cur.fetchall()

    def insert_rows(self, table: str, columns: Sequence[str], rows: Sequence[Sequence], ignore_existing=False) -> None:
        """Bulk rows go through COPY (ON CONFLICT needs INSERT, so rows that may exist take the shared path)."""
        if ignore_existing or len(rows) < 50:
            super().insert_rows(table, columns, rows, ignore_existing)
            return
        with self._con.cursor() as cur, cur.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)

    def lock_for_writing(self) -> None:
        # two ingests at once would both recompute the same merge segments; one lock key per database
        self._con.execute("SELECT pg_advisory_xact_lock(7461626572)")

    @contextmanager
    def transaction(self) -> Iterator[Store]:
        with self._con.transaction():
            yield self

    def close(self) -> None:
        self._con.close()


def _redact(url: str) -> str:
    """The URL without its password, for messages."""
    from urllib.parse import urlsplit, urlunsplit

    try:
        parts = urlsplit(url)
        if parts.password:
            netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
            return urlunsplit(parts._replace(netloc=netloc))
    except ValueError:
        pass
    return url


def open_store(db: str | None = None, *, migrate: bool = True) -> Store:
    """Open (and create or migrate) a store.

    Args:
        db: a DuckDB file path, ``:memory:``, or a ``postgresql://`` URL; None for the default embedded file (or
            ``$MARSAD_DB`` when set).
        migrate: create or migrate the tables (True for every command; False only to inspect a store as it is).

    Raises:
        StoreError: with a one-line message when the store cannot be opened or was written by a newer marsad.
    """
    db = db or os.environ.get("MARSAD_DB") or str(default_db_path())
    if "://" in db and not is_postgres_url(db):
        raise StoreError(f"--db {db}: unknown kind of store (give a file path or a postgresql:// URL)")
    store: Store = PostgresStore(db) if is_postgres_url(db) else DuckDBStore(os.path.expanduser(db))
    if migrate:
        try:
            store.migrate()
        except StoreError:
            store.close()
            raise
        except Exception as e:  # a file that is a DuckDB database of something else, a role without rights ...
            store.close()
            first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
            raise StoreError(f"{store.description}: cannot create marsad's tables ({first})") from None
    return store
