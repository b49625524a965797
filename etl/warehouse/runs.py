"""The run log: one row per pipeline run, written at its start and completed at its end.

A run that crashes keeps `status = 'running'` and no `finished_at`, which is itself the
signal that it did not finish. A run stopped by an error, a failed batch check included,
ends as `failed` with the error in `message`; `rebuilt` marks a warehouse rebuilt from the
lake. The stage counts the CLI and the DAG always report get their own integer columns so
BI can chart them; any other count goes to `counts_json`, the batch-check results to
`checks_json`. Columns are only ever appended, so `ensure_warehouse` can add new ones to
an older warehouse.
"""
from __future__ import annotations

import json

import duckdb
import pyarrow as pa

RUN_COUNTS: tuple[str, ...] = (
    "articles_in",
    "articles_loaded",
    "duplicates",
    "ingest_problems",
    "events_extracted",
    "events_loaded",
    "participants_loaded",
    "quarantined",
)

_TS = pa.timestamp("us", tz="UTC")
RUNS_SCHEMA = pa.schema(
    [
        pa.field("run_id", pa.string(), nullable=False),
        pa.field("started_at", _TS, nullable=False),
        pa.field("finished_at", _TS),
        pa.field("status", pa.string(), nullable=False),
        pa.field("inputs", pa.list_(pa.string())),
        *(pa.field(name, pa.int64()) for name in RUN_COUNTS),
        pa.field("counts_json", pa.json_()),
        pa.field("schema_version", pa.string(), nullable=False),
        pa.field("extractor_version", pa.string(), nullable=False),
        pa.field("data_docs", pa.string()),
        pa.field("checks_json", pa.json_()),
        pa.field("message", pa.string()),
    ]
)


def start_run(
    con: duckdb.DuckDBPyConnection,
    run_id: str,
    *,
    inputs: list[str],
    extractor_version: str,
    schema_version: str,
) -> None:
    """Record a run as started; starting the same run id again resets its row (a retry)."""
    con.execute(
        "INSERT OR REPLACE INTO runs (run_id, started_at, status, inputs, schema_version, extractor_version) "
        "VALUES (?, now(), 'running', ?, ?, ?)",
        [run_id, list(inputs), schema_version, extractor_version],
    )


def finish_run(
    con: duckdb.DuckDBPyConnection,
    run_id: str,
    *,
    status: str,
    counts: dict[str, int],
    data_docs: str | None,
    checks: dict | None = None,
    message: str | None = None,
) -> None:
    for name, value in counts.items():
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"run {run_id}: count {name!r} must be an integer, got {value!r}")
    extra = {k: v for k, v in sorted(counts.items()) if k not in RUN_COUNTS}
    assignments = ", ".join(f"{name} = ?" for name in RUN_COUNTS)
    updated = con.execute(
        f"UPDATE runs SET finished_at = now(), status = ?, {assignments}, counts_json = ?, data_docs = ?, "
        "checks_json = ?, message = ? WHERE run_id = ? RETURNING run_id",
        [status, *(counts.get(name) for name in RUN_COUNTS), json.dumps(extra), data_docs,
         None if checks is None else json.dumps(checks, default=str), message, run_id],
    ).fetchall()
    if not updated:
        raise ValueError(f"run {run_id!r} was never started (no row in runs); call start_run first")
