"""Load a validated batch into the DuckDB warehouse, and keep the run log.

The unit of replacement is the article: a batch carries everything the extractor now says
about its articles, so their previous events and participants are deleted before the new
ones go in. Re-extracting with a changed extractor therefore drops events it no longer
finds, and loading the same batch twice is a no-op. Everything happens in one
transaction, so a failed load leaves the warehouse as it was.
"""
from __future__ import annotations

from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

from etl.lake import conform
from etl.warehouse.connection import WarehouseLockedError, connect
from etl.warehouse.ddl import RAW_TABLES, ensure_warehouse
from etl.warehouse.runs import RUN_COUNTS, finish_run, start_run
from schemas import CONTRACT

__all__ = [
    "RUN_COUNTS",
    "WarehouseLockedError",
    "connect",
    "ensure_warehouse",
    "finish_run",
    "load_batch",
    "start_run",
    "summary",
]

# Articles whose event set this batch replaces: every article the batch mentions.
_BATCH_ARTICLES = (
    "SELECT article_id FROM _batch_articles UNION SELECT article_id FROM _batch_events "
    "UNION SELECT article_id FROM _batch_participants"
)


def load_batch(
    con: duckdb.DuckDBPyConnection,
    *,
    articles: pa.Table,
    events: pa.Table,
    participants: pa.Table,
    quarantine: pa.Table,
) -> dict[str, int]:
    """Upsert one batch atomically; returns rows written per dataset (articles, events, ...)."""
    batch = {"articles": articles, "events": events, "participants": participants, "quarantine": quarantine}
    tables = {ds: conform(ds, table) for ds, table in batch.items()}
    for ds, table in tables.items():
        _refuse_duplicate_keys(ds, table)
    con.begin()
    try:
        for ds, table in tables.items():
            con.register(f"_batch_{ds}", table)
        con.execute(f"DELETE FROM {RAW_TABLES['participants']} WHERE article_id IN ({_BATCH_ARTICLES})")
        con.execute(f"DELETE FROM {RAW_TABLES['events']} WHERE article_id IN ({_BATCH_ARTICLES})")
        for ds in tables:
            columns = ", ".join(f'"{name}"' for name in CONTRACT.field_names(ds))
            con.execute(f"INSERT OR REPLACE INTO {RAW_TABLES[ds]} ({columns}) SELECT {columns} FROM _batch_{ds}")
        con.commit()
    except BaseException:
        con.rollback()
        raise
    finally:
        for ds in tables:
            con.unregister(f"_batch_{ds}")
    return {ds: table.num_rows for ds, table in tables.items()}


def _refuse_duplicate_keys(dataset: str, table: pa.Table) -> None:
    """Two rows with one key in a batch would make the upsert keep an arbitrary one."""
    key = CONTRACT.key(dataset)
    counts = table.group_by(key).aggregate([([], "count_all")])
    dups = counts.filter(pc.greater(counts["count_all"], 1))
    if dups.num_rows:
        raise ValueError(
            f"{dataset} batch has {dups.num_rows} duplicated key(s) {key}, e.g. "
            f"{dups.select(key).slice(0, 5).to_pylist()}; deduplicate before loading"
        )


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
