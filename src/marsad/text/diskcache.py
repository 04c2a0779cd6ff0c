"""A string-to-string table in a SQLite file under the cache directory, shared safely by concurrent processes.

The text layer caches per-word results (qalsadi readings, token segmentations) that are expensive to compute and
cheap to look up. SQLite's locking makes concurrent writers safe: each process inserts its new rows in one
``INSERT OR IGNORE`` transaction (WAL journal, busy timeout), so rows are never torn and two processes computing the
same word store the same value once. A batch that still meets a lock is dropped, because the cache only saves time.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from pathlib import Path


class KeyValueStore:
    """Text values by text key in a SQLite file, with writes batched in memory until :meth:`flush`.

    Attributes:
        path: the SQLite file.
        batch: pending rows that trigger a flush.
    """

    def __init__(self, path: Path, batch: int = 512) -> None:
        self.path = path
        self.batch = batch
        self._db: sqlite3.Connection | None = None
        self._pid = -1
        self._pending: dict[str, str] = {}
        self._lock = threading.Lock()

    def _connect(self) -> sqlite3.Connection | None:
        # A connection must not cross a fork: reconnect in a child process.
        if self._db is not None and self._pid == os.getpid():
            return self._db
        try:
            db = sqlite3.connect(self.path, timeout=10, isolation_level=None, check_same_thread=False)
            db.execute("pragma busy_timeout = 10000")
            try:
                db.execute("pragma journal_mode = wal")
            except sqlite3.OperationalError:
                pass  # another process is switching the journal at this moment; it ends up WAL either way
            db.execute("create table if not exists entries (key text primary key, value text not null)")
        except sqlite3.Error:
            return None
        self._db, self._pid = db, os.getpid()
        return db

    def get(self, key: str) -> str | None:
        """The stored value, or None."""
        pending = self._pending.get(key)
        if pending is not None:
            return pending
        db = self._connect()
        if db is None:
            return None
        try:
            row = db.execute("select value from entries where key = ?", (key,)).fetchone()
        except sqlite3.Error:
            return None
        return row[0] if row else None

    def get_many(self, keys: list[str]) -> dict[str, str]:
        """The stored values of ``keys`` that are present, in a few queries rather than one per key."""
        found = {k: self._pending[k] for k in keys if k in self._pending}
        rest = [k for k in keys if k not in found]
        db = self._connect() if rest else None
        if db is None:
            return found
        try:
            for i in range(0, len(rest), 500):
                chunk = rest[i : i + 500]
                marks = ",".join("?" * len(chunk))
                found.update(db.execute(f"select key, value from entries where key in ({marks})", chunk).fetchall())
        except sqlite3.Error:
            pass
        return found

    def put(self, key: str, value: str) -> None:
        """Queue a row; it reaches the file at the next :meth:`flush` (automatic every ``batch`` rows)."""
        self._pending[key] = value
        if len(self._pending) >= self.batch:
            self.flush()

    def flush(self) -> None:
        """Write pending rows in one transaction; on a persistent lock they are dropped."""
        with self._lock:
            if not self._pending:
                return
            rows, self._pending = list(self._pending.items()), {}
            db = self._connect()
            if db is None:
                return
            try:
                db.execute("begin immediate")
                db.executemany("insert or ignore into entries values (?, ?)", rows)
                db.execute("commit")
            except sqlite3.Error:
                try:
                    db.execute("rollback")
                except sqlite3.Error:
                    pass
