"""Staging: a run's batches land in `staging.*` one commit at a time; one transaction merges them.

A run must load all of its batches or none, so that a batch check failing halfway leaves
the warehouse as it was. Holding one DuckDB transaction open across the batches would do
that, but DuckDB keeps small uncommitted appends in memory, so memory would grow with the
run. Instead each batch is committed to the staging tables (memory stays that of one
batch), and `merge_staged` applies the whole run to the raw tables in a single
transaction of a few set-based statements, which DuckDB executes out of core.

The merge replaces by article, as a sequence of per-batch loads would: every article a
staged batch mentions (in its rows, or in quarantine rows of its extraction or
validation) loses what the warehouse held about it, and gets the rows of the last staged
batch (highest `_seq`) that mentions it. Quarantine rows about raw input lines (stage
`ingest`) and rows without an article are upserted by their key, the last batch winning.
The raw tables have no key index (see `ddl.table_specs`): keys stay unique because each
batch refuses duplicates, the merge keeps one row per key, and it deletes the keys it is
about to insert.
"""
from __future__ import annotations

import contextlib
from collections.abc import Iterator

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

from etl.lake import conform
from schemas import CONTRACT

from .ddl import RAW_TABLES, duckdb_type

SCHEMA = "staging"
INPUT_STAGE = "ingest"  # quarantine rows about raw input lines rather than an article's extraction
_ORDER = "_seq"  # the batch's position in the run: later batches win
_BATCH = "_batch_id"


@contextlib.contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """Commit what the block wrote, or nothing of it if the block (or the commit) raises."""
    con.begin()
    try:
        yield
        con.commit()
    except BaseException:
        # a commit that failed has already ended the transaction, leaving nothing to roll back
        with contextlib.suppress(duckdb.TransactionException):
            con.rollback()
        raise


def begin_staging(con: duckdb.DuckDBPyConnection) -> None:
    """Empty staging tables for a new run (what a crashed run left there is dropped)."""
    con.execute(f"CREATE SCHEMA IF NOT EXISTS {SCHEMA}")
    for ds in CONTRACT.datasets:
        columns = [f'"{f.name}" {duckdb_type(f.type)}' for f in CONTRACT.arrow_schema(ds)]
        columns += [f"{_ORDER} INTEGER NOT NULL", f"{_BATCH} VARCHAR NOT NULL"]
        con.execute(f"CREATE OR REPLACE TABLE {SCHEMA}.{ds} ({', '.join(columns)})")


def drop_staging(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE")


def stage_batch(
    con: duckdb.DuckDBPyConnection,
    seq: int,
    batch_id: str,
    *,
    articles: pa.Table,
    events: pa.Table,
    participants: pa.Table,
    quarantine: pa.Table,
) -> dict[str, int]:
    """Commit one batch to staging; returns its rows per dataset. Refuses duplicate keys inside it."""
    tables = {ds: conform(ds, t) for ds, t in
              {"articles": articles, "events": events, "participants": participants, "quarantine": quarantine}.items()}
    for ds, table in tables.items():
        _refuse_duplicate_keys(ds, table)
    with transaction(con):
        for ds, table in tables.items():
            columns = ", ".join(f'"{name}"' for name in CONTRACT.field_names(ds))
            con.register("_stage_in", table)
            try:
                con.execute(f"INSERT INTO {SCHEMA}.{ds} SELECT {columns}, ?, ? FROM _stage_in", [seq, batch_id])
            finally:
                # an aborted transaction refuses even this; the rollback drops the view then
                with contextlib.suppress(duckdb.TransactionException):
                    con.unregister("_stage_in")
    return {ds: table.num_rows for ds, table in tables.items()}


def merge_staged(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Apply every staged batch to the raw tables in one transaction, then drop staging; rows written per dataset."""
    mentions = " UNION ALL ".join(
        [f"SELECT article_id, {_ORDER} FROM {SCHEMA}.{ds}" for ds in ("articles", "events", "participants")]
        + [f"SELECT article_id, {_ORDER} FROM {SCHEMA}.quarantine WHERE stage <> '{INPUT_STAGE}' AND article_id IS NOT NULL"]
    )
    written = {}
    with transaction(con):
        con.execute(f"CREATE OR REPLACE TEMP TABLE _winners AS SELECT article_id, max({_ORDER}) AS {_ORDER} "
                    f"FROM ({mentions}) GROUP BY article_id")
        for ds in ("participants", "events", "articles"):
            con.execute(f"DELETE FROM {RAW_TABLES[ds]} WHERE article_id IN (SELECT article_id FROM _winners)")
        con.execute(f"DELETE FROM {RAW_TABLES['quarantine']} WHERE stage <> '{INPUT_STAGE}' "
                    "AND article_id IN (SELECT article_id FROM _winners)")
        for ds in CONTRACT.datasets:
            written[ds] = _insert_winners(con, ds)
        con.execute("DROP TABLE _winners")
        drop_staging(con)
    return written


def _insert_winners(con: duckdb.DuckDBPyConnection, ds: str) -> int:
    """Insert the dataset's winning staged rows, one per key, after deleting raw rows with those keys."""
    (key,) = CONTRACT.key(ds)
    columns = ", ".join(f'"{name}"' for name in CONTRACT.field_names(ds))
    kept = "w.article_id IS NOT NULL"  # the row comes from the last batch mentioning its article
    if ds == "quarantine":
        kept = f"(s.stage = '{INPUT_STAGE}' OR s.article_id IS NULL OR {kept})"
    raw = RAW_TABLES[ds]
    con.execute(f'DELETE FROM {raw} WHERE "{key}" IN (SELECT "{key}" FROM {SCHEMA}.{ds})')
    # Rows of an article come from one batch only (the winner), and a batch has no duplicate
    # keys, so only quarantine rows without an article can repeat a key across batches. The
    # window that keeps the last of them is kept to those: over a 100,000-article run it
    # would have to hold every key at once, and DuckDB cannot spill a window.
    last_only = f'QUALIFY row_number() OVER (PARTITION BY s."{key}" ORDER BY s.{_ORDER} DESC) = 1' if ds == "quarantine" else ""
    [(n,)] = con.execute(
        f"""INSERT INTO {raw} ({columns})
            SELECT {columns} FROM (
                SELECT s.* FROM {SCHEMA}.{ds} AS s
                LEFT JOIN _winners AS w ON w.article_id = s.article_id AND w.{_ORDER} = s.{_ORDER}
                WHERE {kept}
                {last_only})"""
    ).fetchall()
    return n


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
