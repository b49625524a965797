"""Daily DAG: news sources in, validated event records out, loaded into DuckDB.

    plan -> fetch (mapped over sources) -> ingest -> extract (mapped over batches)
         -> validate (mapped) -> load -> commit

Thin by design: each task calls one function of the `etl` library and passes file paths
and counts, never article bodies, between tasks. Nothing heavy is imported at the top of
this file, so parsing it costs the scheduler nothing; `etl` (and GX inside it) is
imported inside the tasks.

- `plan` reads sources.yml (NEWS_EVENTS_SOURCES) and lists the sources due in this run.
- `fetch` runs once per source and writes what is new to the lake's incoming folder. A
  source that times out or returns garbage is retried with back-off inside the task and
  then reported as failed; the task still succeeds, so the other sources carry on.
- `ingest` (runs even if a fetch task died) splits all incoming files into batches.
- `load` is the single DuckDB writer; `commit` marks the fetched items ingested in each
  source's state only after the load succeeded, so a failed run loses nothing and a
  cleared run re-runs with the same articles and no duplicates.

A run processes articles published before the end of its data interval (for this
schedule: its logical date), so `airflow backfill create` over past days reproduces the
daily runs.

The second DAG, `article_marts`, is Asset-scheduled on the events dataset: `load`
publishes the run's lake files and loads the warehouse in one task, so the marts are
rebuilt after every successful load, never while it is still writing.
It calls `etl.warehouse.marts.refresh_marts(con)` when that function exists, and
otherwise refreshes what the warehouse has, its tables and views. Both DAGs live in this
one file so that they name the very same Assets (the scheduler matches them by URI).

Settings (environment; the paths can be overridden per run through the DAG params):
  NEWS_EVENTS_SOURCES   sources.yml to read                  (default: <project>/sources.yml)
  NEWS_EVENTS_LAKE      Parquet lake folder                   (default: <project>/data/lake)
  NEWS_EVENTS_DB        DuckDB warehouse file                 (default: <project>/data/warehouse.duckdb)
  NEWS_EVENTS_DOCS      GX Data Docs folder                   (default: <warehouse folder>/data_docs)
  NEWS_EVENTS_SCHEDULE  cron expression or preset             (default: @daily)
  NEWS_EVENTS_BATCH     articles per extraction batch         (default: 500)
  NEWS_EVENTS_RETRIES   Airflow retries of a failed task      (default: 2, exponential back-off)
docs/operations.md explains operations.
"""
from __future__ import annotations

import datetime as dt
import logging
import os
from pathlib import Path
from typing import Any

from airflow.sdk import Asset, Param, dag, get_current_context, task

PROJECT = Path(__file__).resolve().parents[1]
SOURCES = os.environ.get("NEWS_EVENTS_SOURCES", str(PROJECT / "sources.yml"))
LAKE = os.environ.get("NEWS_EVENTS_LAKE", str(PROJECT / "data" / "lake"))
DB = os.environ.get("NEWS_EVENTS_DB", str(PROJECT / "data" / "warehouse.duckdb"))
DOCS = os.environ.get("NEWS_EVENTS_DOCS", "")
SCHEDULE = os.environ.get("NEWS_EVENTS_SCHEDULE", "@daily")
BATCH = int(os.environ.get("NEWS_EVENTS_BATCH", "500"))
RETRIES = int(os.environ.get("NEWS_EVENTS_RETRIES", "2"))

START = dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc)
DEFAULT_ARGS = {"retries": RETRIES, "retry_delay": dt.timedelta(minutes=1), "retry_exponential_backoff": True}

LAKE_ASSETS = {name: Asset(f"file://{Path(LAKE).resolve()}/{name}") for name in ("articles", "events", "participants")}
EVENTS_ASSET = LAKE_ASSETS["events"]
QUARANTINE_ASSET = Asset(f"file://{Path(LAKE).resolve()}/quarantine")
WAREHOUSE_ASSET = Asset(f"file://{Path(DB).resolve()}")

log = logging.getLogger(__name__)


def _run_time(context: Any) -> dt.datetime:
    """The run's "now": a backfilled day must see that day's articles, not today's."""
    return context.get("data_interval_end") or context.get("logical_date") or context["dag_run"].run_after


@dag(
    dag_id="article_events",
    schedule=SCHEDULE,
    start_date=START,
    catchup=False,
    max_active_runs=1,
    default_args=DEFAULT_ARGS,
    params={
        "sources": Param(SOURCES, type="string", description="sources.yml to read"),
        "lake": Param(LAKE, type="string"),
        "db": Param(DB, type="string"),
        "docs_dir": Param(DOCS, type="string", description="empty: <warehouse folder>/data_docs"),
        "batch_size": Param(BATCH, type="integer", minimum=1),
    },
    tags=["news", "events"],
    doc_md=__doc__,
)
def article_events():
    @task
    def plan(params=None, dag_run=None) -> list[dict]:
        from etl.sources import is_due, load_sources

        scheduled = dag_run.run_type in ("scheduled", "backfill")  # a manual run fetches every source
        at = _run_time(get_current_context())
        due = []
        for source in load_sources(params["sources"]):
            if not source.enabled:
                log.info("source %s: disabled", source.name)
            elif scheduled and not is_due(source.schedule, run_schedule=SCHEDULE, at=at):
                log.info("source %s: not due at %s (schedule %s)", source.name, at, source.schedule)
            else:
                due.append(source.to_dict())
        return due

    @task(map_index_template="{{ source_name }}")
    def fetch(source: dict, params=None, run_id=None) -> dict:
        from etl.sources import Source, fetch_source

        context = get_current_context()
        context["source_name"] = source["name"]  # names the mapped instance in the UI
        return fetch_source(Source.from_dict(source), lake=params["lake"], run_id=run_id, until=_run_time(context))

    @task(trigger_rule="all_done")
    def ingest(reports: list, planned: list[dict], params=None, run_id=None) -> dict:
        from etl.batches import stage_inputs
        from etl.sources import missing_reports, source_counts

        reports = [r for r in reports if r]
        reports += missing_reports([p["name"] for p in planned], reports)
        files = [f for r in reports for f in r["files"]]
        staged = stage_inputs(files, lake=params["lake"], run_id=run_id, batch_size=params["batch_size"])
        staged["counts"].update(source_counts(reports))
        staged["sources"] = reports
        staged["inputs"] = files
        return staged

    @task
    def batches_of(staged: dict) -> list[dict]:
        return staged["batches"]

    @task
    def extract(batch: dict, params=None, run_id=None) -> dict:
        from etl.batches import extract_staged

        return extract_staged(batch, lake=params["lake"], run_id=run_id)

    @task
    def validate(info: dict, params=None, run_id=None) -> dict:
        from etl.batches import validate_staged

        docs = params["docs_dir"] or str(Path(params["db"]).resolve().parent / "data_docs")
        return validate_staged(info, lake=params["lake"], run_id=run_id, docs_dir=Path(docs))

    # DuckDB takes one writer: a single task instance, and max_active_runs=1 above. It
    # also runs when there were no batches (nothing new), to record the run. Extraction and
    # validation write to the run's pending lake; the load publishes it, so the lake's
    # Assets are updated here, together with the warehouse.
    @task(outlets=[*LAKE_ASSETS.values(), QUARANTINE_ASSET, WAREHOUSE_ASSET], max_active_tis_per_dag=1, trigger_rule="none_failed")
    def load(results: list, staged: dict, params=None, run_id=None) -> dict:
        from etl.batches import load_validated

        return load_validated(
            list(results), db=params["db"], lake=params["lake"], run_id=run_id, inputs=staged["inputs"], ingest_counts=staged["counts"]
        )

    @task
    def commit(staged: dict, loaded: dict, params=None, run_id=None) -> dict:
        from etl.sources import commit_sources

        return commit_sources(staged["sources"], lake=params["lake"], run_id=run_id, loaded=loaded["counts"])

    planned = plan()
    staged = ingest(fetch.expand(source=planned), planned)
    validated = validate.expand(info=extract.expand(batch=batches_of(staged)))
    commit(staged, load(validated, staged))


article_events()


@dag(
    dag_id="article_marts",
    schedule=[EVENTS_ASSET],
    start_date=START,
    catchup=False,
    max_active_runs=1,
    default_args=DEFAULT_ARGS,
    params={"db": Param(DB, type="string")},
    tags=["news", "events", "marts"],
    doc_md="Rebuilds the warehouse marts after each load of `article_events` (see the module docstring).",
)
def article_marts():
    # A DuckDB writer like article_events.load: its connect() waits for that lock.
    @task(max_active_tis_per_dag=1)
    def refresh(params=None) -> dict:
        import importlib.util

        from etl import load

        con = load.connect(params["db"])
        try:
            load.ensure_warehouse(con)
            if importlib.util.find_spec("etl.warehouse.marts") is not None:
                from etl.warehouse import marts

                if hasattr(marts, "refresh_marts"):
                    result = marts.refresh_marts(con)
                    return {"refreshed": "marts", "result": result if isinstance(result, (dict, list, str, int, float, type(None))) else repr(result)}
            return {"refreshed": "views", "summary": load.summary(con)}
        finally:
            con.close()

    refresh()


article_marts()
