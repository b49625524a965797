"""A read-only copy of the warehouse for BI tools, swapped in atomically after each run.

DuckDB lets one process write a file and then refuses every other process, readers
included, so a dashboard holding the warehouse open would block the next run (it waits,
then fails with WarehouseLockedError) and a run in progress would block the dashboard.
Pointing BI at a snapshot instead removes the contention: the writer copies the finished
warehouse to a temporary file and renames it over the snapshot, so a reader always opens
a complete copy, at most one run old.
"""
from __future__ import annotations

import os
from pathlib import Path

import duckdb

from .connection import connect


def write_snapshot(con: duckdb.DuckDBPyConnection, out: Path | str) -> Path:
    """Copy the database `con` has open (tables and views) to `out`, replacing it atomically.

    On Windows the rename fails while a reader has `out` open; on Linux and macOS readers
    keep the copy they opened and the next connection gets the new one.
    """
    out = Path(out).resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    [(source,)] = con.execute("SELECT current_database()").fetchall()
    con.execute(f"ATTACH {_literal(tmp)} AS _snapshot")
    try:
        con.execute(f'COPY FROM DATABASE "{source}" TO _snapshot')
    finally:
        con.execute("DETACH _snapshot")  # checkpoints: the copy is one self-contained file
    os.replace(tmp, out)
    return out


def snapshot(db: Path | str, out: Path | str, *, timeout_s: float = 30) -> Path:
    """Snapshot a warehouse no run is writing (waits up to `timeout_s` for one to finish)."""
    if not Path(db).exists():
        raise FileNotFoundError(f"warehouse {db} does not exist")
    con = connect(db, timeout_s=timeout_s)  # read-write: a read-only instance cannot create the copy
    try:
        return write_snapshot(con, out)
    finally:
        con.close()


def _literal(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"
