"""Daily DAG: news articles in, validated event records out, loaded into DuckDB.

Thin by design: each task calls one stage function of the `etl` library, passing file
paths (never article bodies) between tasks. Nothing heavy is imported at the top of this
file, so parsing it costs the scheduler nothing; `etl` (and GX inside it) is imported
inside the tasks.

Settings (environment, each overridable per run through the DAG params):
  NEWS_EVENTS_INPUT     input files/folders, ":"-separated   (default: <project>/examples/articles)
  NEWS_EVENTS_LAKE      Parquet lake folder                   (default: <project>/data/lake)
  NEWS_EVENTS_DB        DuckDB warehouse file                 (default: <project>/data/warehouse.duckdb)
  NEWS_EVENTS_DOCS      GX Data Docs folder                   (default: <warehouse folder>/data_docs)
  NEWS_EVENTS_SCHEDULE  cron expression or preset             (default: @daily)
  NEWS_EVENTS_BATCH     articles per extraction batch         (default: 500)
"""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from airflow.sdk import Asset, Param, dag, task

PROJECT = Path(__file__).resolve().parents[1]
INPUT = os.environ.get("NEWS_EVENTS_INPUT", str(PROJECT / "examples" / "articles"))
LAKE = os.environ.get("NEWS_EVENTS_LAKE", str(PROJECT / "data" / "lake"))
DB = os.environ.get("NEWS_EVENTS_DB", str(PROJECT / "data" / "warehouse.duckdb"))
DOCS = os.environ.get("NEWS_EVENTS_DOCS", "")
SCHEDULE = os.environ.get("NEWS_EVENTS_SCHEDULE", "@daily")
BATCH = int(os.environ.get("NEWS_EVENTS_BATCH", "500"))

LAKE_ASSETS = [Asset(f"file://{Path(LAKE).resolve()}/{name}") for name in ("articles", "events", "participants")]
QUARANTINE_ASSET = Asset(f"file://{Path(LAKE).resolve()}/quarantine")
WAREHOUSE_ASSET = Asset(f"file://{Path(DB).resolve()}")


@dag(
    dag_id="article_events",
    schedule=SCHEDULE,
    start_date=dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc),
    catchup=False,
    max_active_runs=1,
    default_args={"retries": 2, "retry_delay": dt.timedelta(minutes=1), "retry_exponential_backoff": True},
    params={
        "inputs": Param(INPUT.split(":"), type="array", description="input files or folders"),
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
    def ingest(params=None, run_id=None) -> dict:
        from etl.batches import stage_inputs

        return stage_inputs(params["inputs"], lake=params["lake"], run_id=run_id, batch_size=params["batch_size"])

    @task
    def batches_of(staged: dict) -> list[dict]:
        return staged["batches"]

    @task(outlets=LAKE_ASSETS)
    def extract(batch: dict, params=None, run_id=None) -> dict:
        from etl.batches import extract_staged

        return extract_staged(batch, lake=params["lake"], run_id=run_id)

    @task(outlets=[QUARANTINE_ASSET])
    def validate(info: dict, params=None, run_id=None) -> dict:
        from etl.batches import validate_staged

        docs = params["docs_dir"] or str(Path(params["db"]).resolve().parent / "data_docs")
        return validate_staged(info, lake=params["lake"], run_id=run_id, docs_dir=Path(docs))

    # DuckDB takes one writer: a single task instance, and max_active_runs=1 above
    @task(outlets=[WAREHOUSE_ASSET], max_active_tis_per_dag=1)
    def load(results: list[dict], staged: dict, params=None, run_id=None) -> dict:
        from etl.batches import load_validated

        return load_validated(
            list(results), db=params["db"], lake=params["lake"], run_id=run_id, inputs=params["inputs"], ingest_counts=staged["counts"]
        )

    staged = ingest()
    validated = validate.expand(info=extract.expand(batch=batches_of(staged)))
    load(validated, staged)


article_events()
