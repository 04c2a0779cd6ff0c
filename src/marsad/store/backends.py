"""One store interface over two databases: DuckDB embedded (the default) and PostgreSQL (``--db postgresql://...``).

Callers write SQL with ``?`` placeholders and the shared subset of types (see :mod:`marsad.store.schema`); the
PostgreSQL backend rewrites placeholders for psycopg. Opening a store creates or migrates its tables and records the
schema version; a store written by a newer marsad is refused with a one-line :class:`StoreError`.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from marsad.store.schema import META_TABLE, MIGRATIONS, SCHEMA_VERSION

#: rows of one multi-row INSERT: many rows per statement is several times faster than executemany in DuckDB
_INSERT_PARAMS = 20_000


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
        with self.transaction():
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
            with self.transaction():
                for statement in statements:
                    self.execute(statement)
                self.execute("DELETE FROM marsad_meta WHERE key = 'schema_version'")
                self.execute("INSERT INTO marsad_meta (key, value) VALUES ('schema_version', ?)", [str(version)])
            current = version
        return current


class DuckDBStore(Store):
    """The embedded store: one DuckDB file (or ``:memory:``)."""

    backend = "duckdb"

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
    store: Store = PostgresStore(db) if is_postgres_url(db) else DuckDBStore(db)
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
