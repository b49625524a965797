"""What each source has already ingested, across runs: one small SQLite file per source.

An item (an article URL, a local file) is remembered with the hash of its content and
the run that took it. A run emits an item unless another run has already *ingested*
that content; the fetch task records its items as `pending`, and only the DAG's last
task, after the warehouse load succeeded, marks them `ingested`. Hence:

- a daily run emits only what is new (or changed: same URL, new content);
- a failed run loses nothing: its pending items are emitted again by the next run;
- a cleared and re-run run emits exactly its own items again (they are its own, not
  another run's), and the warehouse upsert makes the second load a no-op.

The state lives beside the lake, never in Airflow's metadata DB: it is data about the
sources, and it must survive an Airflow reinstall. One file per source keeps writers
apart, since mapped fetch tasks for different sources run at the same time.
"""
from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

_SCHEMA = """
CREATE TABLE IF NOT EXISTS items (
    key          TEXT NOT NULL,   -- canonical URL, or 'file:' / 'warc:' + absolute path
    content_hash TEXT NOT NULL,
    article_id   TEXT,
    run_id       TEXT NOT NULL,   -- the run that emitted it last
    status       TEXT NOT NULL CHECK (status IN ('pending', 'ingested')),
    updated_at   TEXT NOT NULL,
    PRIMARY KEY (key, content_hash)
);
CREATE INDEX IF NOT EXISTS items_by_hash ON items (content_hash);
"""


class SourceState:
    def __init__(self, path: Path | str):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # a generous busy timeout: the commit task may overlap a slow fetch of the same source on retry
        self._con = sqlite3.connect(self.path, timeout=60, isolation_level=None)
        self._con.executescript(_SCHEMA)

    def close(self) -> None:
        self._con.close()

    def __enter__(self) -> SourceState:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def begin_run(self, run_id: str) -> None:
        """Forget what an earlier attempt of this run left pending: a re-run emits afresh."""
        self._con.execute("DELETE FROM items WHERE run_id = ? AND status = 'pending'", [run_id])

    def knows(self, key: str, run_id: str) -> bool:
        """Another run ingested this key (in any version): no need to fetch it again."""
        row = self._con.execute(
            "SELECT 1 FROM items WHERE key = ? AND status = 'ingested' AND run_id <> ? LIMIT 1", [key, run_id]
        ).fetchone()
        return row is not None

    def is_new(self, content_hash: str, run_id: str) -> bool:
        """No other run ingested this content, under this key or any other (a syndicated copy)."""
        row = self._con.execute(
            "SELECT 1 FROM items WHERE content_hash = ? AND status = 'ingested' AND run_id <> ? LIMIT 1",
            [content_hash, run_id],
        ).fetchone()
        return row is None

    def add_pending(self, key: str, content_hash: str, article_id: str | None, run_id: str) -> None:
        self._con.execute(
            "INSERT INTO items VALUES (?, ?, ?, ?, 'pending', ?) "
            "ON CONFLICT (key, content_hash) DO UPDATE SET article_id = excluded.article_id, "
            "run_id = excluded.run_id, status = 'pending', updated_at = excluded.updated_at "
            "WHERE items.status = 'pending' OR items.run_id = excluded.run_id",
            [key, content_hash, article_id, run_id, _now()],
        )

    def commit_run(self, run_id: str) -> int:
        """Mark the run's pending items ingested; returns how many."""
        cursor = self._con.execute(
            "UPDATE items SET status = 'ingested', updated_at = ? WHERE run_id = ? AND status = 'pending'", [_now(), run_id]
        )
        return cursor.rowcount

    def counts(self) -> dict[str, int]:
        return dict(self._con.execute("SELECT status, count(*) FROM items GROUP BY status").fetchall())


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
