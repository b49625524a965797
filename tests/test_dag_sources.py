"""The DAG over real sources, through real Airflow: daily runs, a failure, a backfill, the API server.

One local news site (tests/test_sources_site.py) serves a growing RSS feed, an Arabic page
in windows-1256, a feed that times out and one that is garbage; a WARC crawl written by
warcio and a local JSONL file complete the sources. The same sources.yml is run over
two days twice:

- daily: each day's run sees the feed as it was that day; on the second day the
  warehouse is unusable, the run fails, is cleared and re-run (dag.test with the same
  logical date and run_after clears the run's task instances and runs the same run id);
- backfill: the same days again afterwards, when the feed also holds a story published
  after them, into a fresh lake and warehouse (the DAG re-parsed with new settings, in the
  same Airflow home, so the runs keep their run ids and every row compares exactly).

`airflow backfill create` hands the runs to a scheduler, which these tests do not start
(one Airflow process keeps them within time); a backfill run executes the very tasks
dag.test executes, with the run's logical date as its window, which is what the
comparison exercises. The last test starts the API server and asks the backfill command
for its plan.
"""
from __future__ import annotations

import json
import re
import shutil
import socket
import sqlite3
import subprocess
import sys
import textwrap
import time
import urllib.request
from contextlib import closing
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest
from airflow_env import airflow_env

from etl.warehouse.ddl import RAW_TABLES
from etl.warehouse.runs import RUN_COUNTS
from test_sources_site import ARABIC_STORY, STORIES, Site, write_crawl

ROOT = Path(__file__).resolve().parents[1]
AIRFLOW = str(Path(sys.executable).parent / "airflow")
DAYS = ("2026-01-02T00:00:00+00:00", "2026-01-03T00:00:00+00:00")  # each run takes what was published before
RUN_IDS = tuple(f"manual__{day}" for day in DAYS)
VOLATILE = {"run_id", "quarantined_at"}  # when a row was written, not what it says

LOCAL_ARTICLE = {
    "id": "local-001",
    "published_at": "2026-01-01",
    "language": "en",
    "title": "Ministers meet in Amman",
    "text": "AMMAN (Wire) - Jordanian Foreign Minister Ayman Safadi met Iraqi Foreign Minister Fuad Hussein in Amman on Thursday, the ministry said.",
}

RUNNER = r"""
import datetime as dt, json, os, sys, urllib.request
from pathlib import Path
from airflow.dag_processing.dagbag import DagBag
from airflow.models.xcom import XComModel
from airflow.utils.session import create_session

def parse():
    bag = DagBag()
    assert not bag.import_errors, bag.import_errors
    return bag

bag = parse()
results = []
for step in json.loads(sys.argv[1]):
    if "env" in step:  # the DAG reads its settings when parsed: parse it again
        os.environ.update(step["env"])
        bag = parse()
    elif "control" in step:
        urllib.request.urlopen(step["control"], timeout=10).read()
    elif "block" in step:  # the warehouse path becomes a directory: the load cannot open it
        Path(step["block"]).rename(step["block"] + ".aside")
        Path(step["block"]).mkdir()
    elif "unblock" in step:
        Path(step["unblock"]).rmdir()
        Path(step["unblock"] + ".aside").rename(step["unblock"])
    else:
        at = dt.datetime.fromisoformat(step["at"]) if step.get("at") else None
        dr = bag.get_dag(step["dag"]).test(logical_date=at, run_after=at) if at else bag.get_dag(step["dag"]).test()
        tis = dr.get_task_instances()
        with create_session() as session:  # what the tasks named in step["returns"] returned
            rows = session.query(XComModel).filter(XComModel.run_id == dr.run_id, XComModel.key == "return_value",
                                                   XComModel.task_id.in_(step.get("returns", []))).all()
            returned = {r.task_id: json.loads(r.value) if isinstance(r.value, str) else r.value for r in rows}
        results.append({"dag": step["dag"], "run_id": dr.run_id, "state": str(dr.state),
                        "tasks": {f"{ti.task_id}[{ti.map_index}]": str(ti.state) for ti in tis}, "returned": returned})
print("RESULT", json.dumps(results))
"""


def _env(home: Path, **extra: str) -> dict[str, str]:
    return airflow_env(
        home,
        NEWS_EVENTS_SOURCES=str(home.parent / "sources.yml"),
        NEWS_EVENTS_RETRIES="0",  # dag.test would sit out Airflow's retry delays
        **_settings(home),
        **extra,
    )


def _settings(data: Path) -> dict[str, str]:
    return {"NEWS_EVENTS_LAKE": str(data / "lake"), "NEWS_EVENTS_DB": str(data / "warehouse.duckdb")}


def _new_home(home: Path, template_db: Path) -> Path:
    (home / "airflow").mkdir(parents=True)
    shutil.copy(template_db, home / "airflow" / "airflow.db")
    return home


def _run(home: Path, steps: list[dict]) -> list[dict]:
    proc = subprocess.run(
        [sys.executable, "-c", RUNNER, json.dumps(steps)], env=_env(home), capture_output=True, text=True, timeout=400, cwd=ROOT
    )
    assert proc.returncode == 0 and "RESULT" in proc.stdout, (proc.stdout[-3000:], proc.stderr[-3000:])
    return json.loads(proc.stdout.split("RESULT", 1)[1].strip().splitlines()[0])


@pytest.fixture(scope="module")
def template_db(tmp_path_factory) -> Path:
    """`airflow db migrate` once; every Airflow home of this module starts from a copy."""
    home = tmp_path_factory.mktemp("template")
    env = _env(home)
    migrate = subprocess.run([AIRFLOW, "db", "migrate"], env=env, capture_output=True, text=True, timeout=300)
    assert migrate.returncode == 0, migrate.stderr[-2000:]
    return home / "airflow" / "airflow.db"


@pytest.fixture(scope="module")
def scenario(tmp_path_factory, template_db):
    tmp = tmp_path_factory.mktemp("sources")
    (tmp / "crawl").mkdir()
    write_crawl(tmp / "crawl" / "CC-NEWS-20260101.warc.gz")
    (tmp / "local").mkdir()
    (tmp / "local" / "wire.jsonl").write_text(json.dumps(LOCAL_ARTICLE) + "\n", encoding="utf-8")
    with Site() as site:
        site.publish_news()
        (tmp / "sources.yml").write_text(
            textwrap.dedent(
                f"""\
                defaults: {{timeout: 0.3, retries: 1, backoff: 0.05, delay: 0}}
                sources:
                  - {{name: wire, kind: rss, url: "{site.url('/feed.xml')}"}}
                  - {{name: arabic, kind: page, url: ["{site.url(f'/ar/{ARABIC_STORY.slug}')}"]}}
                  - {{name: crawl, kind: warc, path: crawl}}
                  - {{name: local, kind: files, path: local}}
                  - {{name: slow, kind: rss, url: "{site.url('/slow.xml')}"}}
                  - {{name: garbage, kind: rss, url: "{site.url('/garbage.xml')}"}}
                """
            ),
            encoding="utf-8",
        )
        home = _new_home(tmp / "airflow-home", template_db)
        daily, backfill = tmp / "daily", tmp / "backfill"
        steps = [{"env": _settings(daily)}]
        for n, day in enumerate(DAYS):
            steps.append({"control": site.url(f"/_control/feed-until/{day}")})  # the feed as it was that day
            if n == len(DAYS) - 1:
                db = str(daily / "warehouse.duckdb")
                steps += [{"block": db}, {"dag": "article_events", "at": day}, {"unblock": db}]
            steps.append({"dag": "article_events", "at": day})
        steps.append({"dag": "article_marts", "returns": ["refresh"]})
        # Later, when the feed holds every story: the same days again, into a fresh lake and warehouse.
        steps += [{"env": _settings(backfill)}, {"control": site.url("/_control/feed-until/2030-01-01T00:00:00+00:00")}]
        steps += [{"dag": "article_events", "at": day} for day in DAYS]
        runs = _run(home, steps)
        daily_runs, backfill_runs = runs[: len(DAYS) + 2], runs[len(DAYS) + 2 :]
        feed_hits = {s.slug: site.hits(f"/news/{s.slug}") for s in STORIES}
    return {"tmp": tmp, "daily": daily, "backfill": backfill, "daily_runs": daily_runs, "backfill_runs": backfill_runs, "feed_hits": feed_hits}


def _query(home: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(home / "warehouse.duckdb"), read_only=True)
    try:
        return con.sql(sql).fetchall()
    finally:
        con.close()


def _rows(home: Path, table: str) -> list[tuple]:
    """Every row with the home's own path replaced, so two homes compare by content."""
    con = duckdb.connect(str(home / "warehouse.duckdb"), read_only=True)
    try:
        columns = [c for c in con.table(table).columns if c not in VOLATILE]
        rows = con.sql(f"SELECT {', '.join(columns)} FROM {table}").fetchall()
    finally:
        con.close()
    prefix = str(home)
    return sorted(tuple(v.replace(prefix, "<home>") if isinstance(v, str) else v for v in row) for row in rows)


def _report(data: Path, day: str) -> dict:
    name = f"manual__{day}".replace(":", "_").replace("+", "_")
    return json.loads((data / "lake" / "_sources" / "reports" / f"{name}.json").read_text(encoding="utf-8"))


def _runs(home: Path) -> dict[str, tuple]:
    rows = _query(home, f"SELECT run_id, status, {', '.join(RUN_COUNTS)}, counts_json FROM runs ORDER BY run_id")
    return {r[0]: r[1:] for r in rows}


def test_broken_sources_are_reported_and_every_other_article_is_loaded(scenario):
    first = scenario["daily_runs"][0]
    assert first["state"] == "success"
    assert first["tasks"]["fetch[4]"] == first["tasks"]["fetch[5]"] == "success", "a failed source does not fail its task"
    counts = json.loads(_runs(scenario["daily"])[RUN_IDS[0]][-1])
    assert counts["sources_failed"] == 2 and counts["source_failed:slow"] == counts["source_failed:garbage"] == 1
    report = _report(scenario["daily"], DAYS[0])
    errors = {s["source"]: s["error"] for s in report["sources"] if s["status"] == "failed"}
    assert set(errors) == {"slow", "garbage"}
    assert "timed out after 0.3s" in errors["slow"] and "not an RSS or Atom document" in errors["garbage"]
    titles = {t for (t,) in _query(scenario["daily"], "SELECT title FROM articles")}
    assert titles == {s.title for s in STORIES[:2]} | {ARABIC_STORY.title, LOCAL_ARTICLE["title"]}, "both days together"


def test_each_daily_run_ingests_only_what_is_new_that_day(scenario):
    runs = _runs(scenario["daily"])
    columns = ("status",) + RUN_COUNTS
    per_day = [dict(zip(columns, runs[run_id][:-1])) for run_id in RUN_IDS]
    # day 1: feed story 1, the same story from the crawl (a duplicate by text), the local file;
    # day 2: feed story 2, the Arabic page, the same page from the crawl.
    assert [(d["articles_in"], d["duplicates"], d["articles_loaded"]) for d in per_day] == [(3, 1, 2), (3, 1, 2)]
    assert all(d["status"] == "success" for d in per_day)
    # once by the daily runs and once by the backfill; the second day's page twice by the
    # daily runs, because the cleared re-run fetches its own articles again; the third
    # story, published after both days, never
    assert scenario["feed_hits"] == {STORIES[0].slug: 2, STORIES[1].slug: 3, STORIES[2].slug: 0}


def test_a_failed_run_cleared_and_rerun_leaves_no_duplicates(scenario):
    daily = scenario["daily"]
    failed, rerun = scenario["daily_runs"][1], scenario["daily_runs"][2]
    assert failed["state"] == "failed" and failed["tasks"]["load[-1]"] == "failed" and failed["tasks"]["commit[-1]"] == "upstream_failed"
    assert rerun["state"] == "success" and rerun["run_id"] == failed["run_id"] == RUN_IDS[1]
    assert _runs(daily)[RUN_IDS[1]][0] == "success"
    lake = daily / "lake"
    for dataset, key in (("articles", "article_id"), ("events", "event_id"), ("participants", "participant_id")):
        ids = [i for f in sorted((lake / dataset).rglob("*.parquet")) for i in pq.read_table(f, columns=[key]).column(key).to_pylist()]
        assert ids and len(ids) == len(set(ids)), f"{dataset}: a row is in the lake twice"
    incoming = sorted(p.relative_to(lake / "_sources" / "incoming").as_posix() for p in (lake / "_sources" / "incoming").rglob("*.jsonl"))
    assert len(incoming) == len(set(incoming)) == 5, incoming  # wire x2, arabic x1, crawl x2
    for state in sorted((lake / "_sources" / "state").glob("*.sqlite")):
        with closing(sqlite3.connect(state)) as con:
            pending = con.execute("SELECT count(*) FROM items WHERE status = 'pending'").fetchone()[0]
        assert pending == 0, f"{state.name}: items left pending after the successful re-run"


def test_backfill_produces_the_same_rows_as_the_daily_runs(scenario):
    daily, backfill = scenario["daily"], scenario["backfill"]
    assert [r["state"] for r in scenario["backfill_runs"]] == ["success"] * len(DAYS)
    wire = {day: next(s for s in _report(backfill, day)["sources"] if s["source"] == "wire")["counts"] for day in DAYS}
    assert [wire[day].get("deferred", 0) for day in DAYS] == [2, 1], "the backfill saw later stories and left them"
    for table in sorted(RAW_TABLES.values()):
        assert _rows(backfill, table) == _rows(daily, table), f"{table} differs"
    assert _query(daily, "SELECT count(*) FROM events")[0][0] > 0
    strip = lambda runs: {k: v[:-1] for k, v in runs.items()}  # noqa: E731 - counts_json holds fetch details that do differ
    assert strip(_runs(backfill)) == strip(_runs(daily))
    lake_files = lambda home: sorted(  # noqa: E731
        p.relative_to(home / "lake").as_posix() for p in (home / "lake").rglob("*.parquet") if not p.relative_to(home / "lake").as_posix().startswith("_")
    )
    assert lake_files(backfill) == lake_files(daily), "the same batches, so the same lake files"


def test_marts_dag_refreshes_the_warehouse_marts(scenario):
    from etl.warehouse.marts import MARTS

    marts = scenario["daily_runs"][-1]
    assert marts["dag"] == "article_marts" and marts["state"] == "success"
    refreshed = marts["returned"]["refresh"]
    assert refreshed["refreshed"] == "marts" and set(refreshed["result"]) == set(MARTS), "each mart, with its size"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_api_server_answers_and_lists_both_dags_and_the_backfill_command_plans_one_run_a_day(tmp_path, template_db):
    home = _new_home(tmp_path / "api", template_db)
    (tmp_path / "sources.yml").write_text((ROOT / "sources.yml").read_text(encoding="utf-8"), encoding="utf-8")
    env = _env(home, AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_ALL_ADMINS="True")
    reserialize = subprocess.run([AIRFLOW, "dags", "reserialize"], env=env, capture_output=True, text=True, timeout=120)
    assert reserialize.returncode == 0, reserialize.stderr[-2000:]
    port = _free_port()
    server = subprocess.Popen(
        [AIRFLOW, "api-server", "--host", "127.0.0.1", "--port", str(port), "--workers", "1"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    try:
        # while the server starts: the backfill command of docs/operations.md, as a dry run
        dry = subprocess.run(
            [AIRFLOW, "backfill", "create", "--dag-id", "article_events", "--from-date", "2026-01-02", "--to-date", "2026-01-04", "--dry-run"],
            env=env, capture_output=True, text=True, timeout=120,
        )
        deadline = time.monotonic() + 90
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v2/monitor/health", timeout=2) as resp:
                    assert resp.status == 200
                    break
            except OSError:
                assert server.poll() is None, f"api-server exited: {server.stderr.read()[-2000:]}"
                assert time.monotonic() < deadline, "api-server did not answer within 90 s"
                time.sleep(0.25)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v2/dags", timeout=10) as resp:
            dags = {d["dag_id"]: d for d in json.load(resp)["dags"]}
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    assert {"article_events", "article_marts"} <= dags.keys()
    assert not dags["article_events"]["has_import_errors"]
    assert dry.returncode == 0, dry.stderr[-2000:]
    planned = sorted(set(re.findall(r"2026-01-0\d", dry.stdout)))
    assert planned == ["2026-01-02", "2026-01-03", "2026-01-04"], dry.stdout[-2000:]
