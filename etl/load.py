"""Load validated batches into the DuckDB warehouse, and keep the run log.

The unit of replacement is the article: a batch carries everything the pipeline now says
about its articles (their rows, and the quarantine rows of their extraction and
validation), so what the warehouse held about them before is deleted before the new rows
go in. Re-extracting with a changed extractor therefore drops events it no longer finds
and quarantine reasons that no longer apply, loading the same batch twice is a no-op, and
the articles of other batches, days or runs are untouched. Quarantine rows about raw input
lines (stage `ingest`) belong to no extraction and are only upserted by id.

A run stages its batches and merges them at the end (`begin_staging`, `stage_batch`,
`merge_staged`; see `etl.warehouse.staging`), so it lands entirely or not at all;
`load_batch` does the same for one batch.
"""
from __future__ import annotations

from typing import Any

import duckdb
import pyarrow as pa

from etl.warehouse.connection import WarehouseLockedError, connect
from etl.warehouse.ddl import RAW_TABLES, ensure_warehouse
from etl.warehouse.runs import RUN_COUNTS, finish_run, start_run
from etl.warehouse.staging import begin_staging, drop_staging, merge_staged, stage_batch

__all__ = [
    "RUN_COUNTS",
    "WarehouseLockedError",
    "begin_staging",
    "connect",
    "drop_staging",
    "ensure_warehouse",
    "finish_run",
    "load_batch",
    "merge_staged",
    "stage_batch",
    "start_run",
    "summary",
]


def load_batch(
    con: duckdb.DuckDBPyConnection,
    *,
    articles: pa.Table,
    events: pa.Table,
    participants: pa.Table,
    quarantine: pa.Table,
) -> dict[str, int]:
    """Upsert one batch atomically; returns rows written per dataset (articles, events, ...)."""
    begin_staging(con)
    try:
        staged = stage_batch(con, 0, "load_batch", articles=articles, events=events, participants=participants,
                             quarantine=quarantine)
        merge_staged(con)
    finally:
        drop_staging(con)
    return staged


def summary(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """What the warehouse holds now, for the end-of-run print."""

    def count(table: str) -> int:
        return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

    def grouped(table: str, column: str) -> dict[str, int]:
        rows = con.execute(f"SELECT {column}, count(*) FROM {table} GROUP BY 1 ORDER BY 2 DESC, 1").fetchall()
        return dict(rows)

    return {
        "articles": count(RAW_TABLES["articles"]),
        "events": count(RAW_TABLES["events"]),
        "participants": count(RAW_TABLES["participants"]),
        "events_by_type": grouped(RAW_TABLES["events"], "event_type"),
        "quarantined_by_dataset": grouped(RAW_TABLES["quarantine"], "dataset"),
    }
