"""Opening the warehouse file while other processes (Airflow tasks, a BI tool) may hold it.

DuckDB lets one process open a file read-write and then refuses every other process,
readers included. Pipeline tasks therefore wait with back-off for the lock instead of
failing on the first collision, and give up with a message that says what is going on.
"""
from __future__ import annotations

import os
import time
from pathlib import Path

import duckdb

_FIRST_WAIT_S = 0.05
_MAX_WAIT_S = 1.0
# DuckDB keeps table pages cached up to its memory limit (80% of RAM by default), so a run's
# staging would grow the process with the input; a fixed limit makes it spill to disk instead.
MEMORY_LIMIT = os.environ.get("NEWS_EVENTS_DUCKDB_MEMORY", "64MB")


class WarehouseLockedError(RuntimeError):
    """Another process kept the DuckDB file locked for longer than we were willing to wait."""


def connect(db_path: Path | str, *, read_only: bool = False, timeout_s: float = 30) -> duckdb.DuckDBPyConnection:
    """Open the warehouse in UTC, retrying while another process holds the file lock."""
    path = Path(db_path)
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + timeout_s
    wait = _FIRST_WAIT_S
    while True:
        try:
            con = duckdb.connect(str(path), read_only=read_only)
            break
        except duckdb.IOException as exc:
            if "lock" not in str(exc).lower():
                raise
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise WarehouseLockedError(
                    f"cannot open warehouse {path} ({'read-only' if read_only else 'read-write'}): "
                    f"another process holds the write lock on this file and kept it for {timeout_s:g}s. "
                    f"Wait for it to finish or close it (DuckDB said: {exc})"
                ) from None
            time.sleep(min(wait, remaining))
            wait = min(wait * 2, _MAX_WAIT_S)
    con.execute("SET TimeZone = 'UTC'")
    # readers too: a summary over a large warehouse would otherwise take up to 80% of RAM
    con.execute("SET memory_limit = ?", [MEMORY_LIMIT])
    if not read_only:
        # raw tables are read through views and marts that order what they show; keeping
        # insertion order would make large INSERT ... SELECTs buffer instead of streaming
        con.execute("SET preserve_insertion_order = false")
    return con
