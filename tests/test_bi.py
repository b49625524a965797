"""The path a BI tool takes into the warehouse: SQLAlchemy with duckdb-engine, read-only, and the snapshot.

Superset, Metabase's DuckDB driver and Power BI's ODBC driver all open the file through
DuckDB; SQLAlchemy with duckdb-engine is the one Superset uses, and the inspector calls
below are what it issues to list tables and views.
"""
from __future__ import annotations

import contextlib
import io
import subprocess
import sys
import textwrap
from pathlib import Path

import duckdb
import pytest
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.exc import DBAPIError

from etl.cli import main
from etl.load import connect, ensure_warehouse
from etl.pipeline import run
from etl.warehouse.snapshot import write_snapshot

BI_VIEWS = {"articles", "events", "event_participants", "quarantine",
            "mart_events_daily", "mart_actor_pairs", "mart_visit_timeline"}


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory, seed_jsonl) -> Path:
    root = tmp_path_factory.mktemp("bi")
    run([str(seed_jsonl)], db=root / "warehouse.duckdb", lake=root / "lake", snapshot=root / "warehouse.bi.duckdb")
    return root / "warehouse.duckdb"


def read_only_engine(db: Path):
    return create_engine(f"duckdb:///{db}", connect_args={"read_only": True})


def test_sqlalchemy_read_only_lists_the_tables_and_views_bi_needs(warehouse):
    engine = read_only_engine(warehouse)
    try:
        inspector = inspect(engine)
        assert {"raw_articles", "raw_events", "raw_participants", "raw_quarantine", "runs"} <= set(inspector.get_table_names())
        assert BI_VIEWS <= set(inspector.get_view_names())
        # columns as a BI tool sees them in a query result (the inspector's get_columns needs
        # SQLAlchemy < 2.1 with duckdb-engine 0.17, see docs/warehouse.md)
        with engine.connect() as con:
            columns = set(con.execute(text("SELECT * FROM mart_events_daily LIMIT 0")).keys())
        assert {"day", "event_type", "location_country", "status", "events"} <= columns
    finally:
        engine.dispose()


def test_sqlalchemy_read_only_runs_a_query_and_cannot_write(warehouse):
    engine = read_only_engine(warehouse)
    try:
        with engine.connect() as con:
            visits = con.execute(text(
                "SELECT actor, counterparts FROM mart_visit_timeline WHERE role = 'visitor' AND actor = :who"
            ), {"who": "Vladimir Putin"}).fetchall()
            assert visits and all("India" in (c or "") for _, c in visits)
            assert con.execute(text("SELECT sum(events) FROM mart_events_daily")).scalar() == \
                con.execute(text("SELECT count(*) FROM events")).scalar()
            with pytest.raises(DBAPIError, match="read-only"):
                con.execute(text("DELETE FROM raw_events"))
    finally:
        engine.dispose()


HOLD_LOCK = textwrap.dedent(
    """
    import sys, duckdb
    con = duckdb.connect(sys.argv[1])
    print("locked", flush=True)
    sys.stdin.read()
    con.close()
    """
)


def test_while_a_run_writes_bi_reads_the_snapshot_instead(warehouse):
    snapshot = warehouse.with_name("warehouse.bi.duckdb")
    writer = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(warehouse)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout.readline().strip() == "locked"
        with pytest.raises(duckdb.IOException, match="lock"):
            duckdb.connect(str(warehouse), read_only=True)
        engine = read_only_engine(snapshot)
        try:
            with engine.connect() as con:
                assert con.execute(text("SELECT count(*) FROM events")).scalar() > 0
                assert BI_VIEWS <= set(inspect(con).get_view_names())
        finally:
            engine.dispose()
    finally:
        writer.stdin.close()
        writer.wait(timeout=10)
        writer.stdout.close()


def test_a_snapshot_holds_the_same_rows_and_replaces_the_previous_one(tmp_path, warehouse):
    out = tmp_path / "bi.duckdb"
    with duckdb.connect(str(warehouse), read_only=True) as con:
        expected = con.execute("SELECT * FROM events ORDER BY ALL").fetchall()
    with connect(tmp_path / "other.duckdb") as other:
        ensure_warehouse(other)
        write_snapshot(other, out)  # an empty warehouse first ...
    code = main(["snapshot", "--db", str(warehouse), "--out", str(out)])  # ... then the CLI replaces it

    assert code == 0
    with duckdb.connect(str(out), read_only=True) as con:
        assert con.execute("SELECT * FROM events ORDER BY ALL").fetchall() == expected
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bi.duckdb", "other.duckdb"]


def test_the_cli_snapshot_of_a_missing_warehouse_is_an_error(tmp_path):
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = main(["snapshot", "--db", str(tmp_path / "none.duckdb"), "--out", str(tmp_path / "bi.duckdb")])
    assert code == 2 and "does not exist" in err.getvalue()


def test_the_run_summary_links_the_data_docs_of_the_last_run(tmp_path):
    db = tmp_path / "warehouse.duckdb"
    with connect(db) as con:
        ensure_warehouse(con)
        con.execute("INSERT INTO runs (run_id, started_at, status, schema_version, extractor_version, data_docs) "
                    "VALUES ('run-1', now(), 'success', 'x', 'y', '/srv/docs/index.html')")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["summary", "--db", str(db)]) == 0
    assert "last run run-1: success" in out.getvalue()
    assert "data docs: file:///srv/docs/index.html" in out.getvalue()
