"""The DAG through real Airflow: a throw-away AIRFLOW_HOME with SQLite, `dag.test()`, then DuckDB."""
from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import duckdb
import pytest
from airflow_env import airflow_env

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "articles" / "seed.jsonl"


def _airflow_env(tmp: Path, **extra: str) -> dict[str, str]:
    return airflow_env(tmp, NEWS_EVENTS_LAKE=str(tmp / "lake"), NEWS_EVENTS_DB=str(tmp / "warehouse.duckdb"), **extra)


def _python(code: str, env: dict[str, str], timeout: int = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], env=env, capture_output=True, text=True, timeout=timeout, cwd=ROOT)


@pytest.fixture(scope="module")
def dag_run(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("dag")
    env = _airflow_env(tmp, NEWS_EVENTS_INPUT=str(SEED))
    migrate = subprocess.run([str(Path(sys.executable).parent / "airflow"), "db", "migrate"], env=env, capture_output=True, text=True, timeout=300)
    assert migrate.returncode == 0, migrate.stderr[-2000:]
    run = _python(
        """
        import json
        from airflow.dag_processing.dagbag import DagBag
        bag = DagBag()
        assert not bag.import_errors, bag.import_errors
        dag = bag.get_dag("article_events")
        dr = dag.test()
        print("RESULT", json.dumps({"state": str(dr.state)}))
        """,
        env,
    )
    assert run.returncode == 0, (run.stdout[-3000:], run.stderr[-3000:])
    result = json.loads(run.stdout.split("RESULT", 1)[1].strip().splitlines()[0])
    assert result["state"] in ("success", "DagRunState.SUCCESS"), run.stdout[-3000:]
    return tmp


def test_dag_run_loads_the_seed_events_into_duckdb(dag_run: Path) -> None:
    con = duckdb.connect(str(dag_run / "warehouse.duckdb"), read_only=True)
    try:
        visits = con.sql(
            "SELECT e.status, e.date_start FROM events e JOIN event_participants p USING (event_id) "
            "WHERE e.event_type = 'VISIT' AND p.role = 'visitor' AND p.canonical_name = 'Vladimir Putin'"
        ).fetchall()
        runs = con.sql("SELECT status, articles_in, events_loaded FROM runs").fetchall()
        types = dict(con.sql("SELECT event_type, count(*) FROM events GROUP BY 1").fetchall())
    finally:
        con.close()
    assert [(s, str(d)) for s, d in visits] == [("ongoing", "2025-12-04")]
    assert runs and runs[0][0] == "success" and runs[0][1] == 1 and runs[0][2] > 0
    assert {"VISIT", "MEETING", "CALL", "STATEMENT", "AGREEMENT"} <= set(types)


def test_dag_run_leaves_lake_files_and_no_staging(dag_run: Path) -> None:
    lake = dag_run / "lake"
    assert list((lake / "events").glob("pub_date=2025-12-04/*.parquet"))
    assert list((lake / "participants").glob("pub_date=2025-12-04/*.parquet"))
    assert not any((lake / "_staging").glob("*/*")), "staging files are cleared after the load"


def test_dag_file_imports_nothing_heavy_and_maps_fetching_and_extraction(tmp_path: Path) -> None:
    """Parsing the DAG must stay cheap for the scheduler: no etl, GX, DuckDB or Arrow at top level."""
    out = _python(
        """
        import json, sys
        from airflow.dag_processing.dagbag import DagBag
        bag = DagBag()
        dag = bag.dags["article_events"]
        heavy = sorted(m for m in ("etl", "great_expectations", "duckdb", "pyarrow", "pandas") if m in sys.modules)
        tasks = {t.task_id: t for t in dag.tasks}
        print("RESULT", json.dumps({
            "errors": {k: str(v) for k, v in bag.import_errors.items()},
            "heavy": heavy,
            "tasks": sorted(tasks),
            "mapped": sorted(t for t, o in tasks.items() if "Mapped" in type(o).__name__),
            "max_active_runs": dag.max_active_runs,
            "catchup": dag.catchup,
            "retries": tasks["extract"].retries,
            "load_slots": tasks["load"].max_active_tis_per_dag,
            "schedule": str(dag.timetable.expression),
            "outlets": sorted(a.uri for a in tasks["load"].outlets),
            "marts_assets": sorted(a.uri for a in bag.dags["article_marts"].timetable.asset_condition.objects),
            "ingest_trigger": getattr(tasks["ingest"].trigger_rule, "value", tasks["ingest"].trigger_rule),
            "load_trigger": getattr(tasks["load"].trigger_rule, "value", tasks["load"].trigger_rule),
        }))
        """,
        _airflow_env(tmp_path, NEWS_EVENTS_SCHEDULE="0 6 * * *"),
    )
    assert out.returncode == 0, out.stderr[-3000:]
    info = json.loads(out.stdout.split("RESULT", 1)[1].strip().splitlines()[0])
    assert info["errors"] == {}
    assert info["heavy"] == []
    assert info["tasks"] == ["batches_of", "commit", "extract", "fetch", "ingest", "load", "plan", "validate"]
    assert info["mapped"] == ["extract", "fetch", "validate"]
    assert info["ingest_trigger"] == "all_done", "a fetch task that died must not stop the other sources' articles"
    assert info["load_trigger"] == "none_failed", "a run with nothing new still records itself"
    assert info["max_active_runs"] == 1 and info["catchup"] is False and info["retries"] >= 1
    assert info["load_slots"] == 1
    assert info["schedule"] == "0 6 * * *"
    lake = [f"file://{tmp_path / 'lake' / name}" for name in ("articles", "events", "participants", "quarantine")]
    assert info["outlets"] == sorted([*lake, f"file://{tmp_path / 'warehouse.duckdb'}"]), "the load publishes the lake"
    assert info["marts_assets"] == [f"file://{tmp_path / 'lake' / 'events'}"], "marts rebuild when the events update"
