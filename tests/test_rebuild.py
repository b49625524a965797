"""Rebuilding the warehouse from the Parquet lake gives the very rows the runs loaded.

The original warehouse comes from real pipeline runs (real extractor, GX, Parquet, DuckDB)
that group the same article into different batches; the lake-level tests write batch files
directly to control which extraction of an article was published last.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import io
import os
from pathlib import Path

import duckdb
import pyarrow as pa
import pytest

from etl.cli import main
from etl.lake import to_table, write_batch
from etl.load import connect, ensure_warehouse, load_batch
from etl.pipeline import run
from etl.warehouse.rebuild import rebuild, validated_state
from schemas import SCHEMA_VERSION

VIEWS = ("articles", "events", "event_participants", "quarantine")
DAY = dt.date(2024, 3, 5)


def contents(db: Path) -> dict[str, list[tuple]]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {v: con.execute(f"SELECT * FROM {v} ORDER BY ALL").fetchall() for v in VIEWS}


@pytest.fixture(scope="module")
def original(tmp_path_factory, articles_dir, seed_jsonl, bad_dir) -> tuple[Path, Path]:
    """Two runs into one warehouse; the seed article is re-extracted in a batch of other articles."""
    root = tmp_path_factory.mktemp("original")
    db, lake = root / "warehouse.duckdb", root / "lake"
    run([str(articles_dir)], db=db, lake=lake, batch_size=5)
    run([str(bad_dir), str(seed_jsonl)], db=db, lake=lake, batch_size=4)
    return db, lake


def test_rebuild_from_the_lake_gives_identical_query_results(original, tmp_path):
    db, lake = original
    expected = contents(db)
    assert all(expected.values()), {v: len(r) for v, r in expected.items()}  # every view has rows to compare

    result = rebuild(lake, tmp_path / "rebuilt.duckdb")

    assert contents(tmp_path / "rebuilt.duckdb") == expected
    assert result["batches"] == 4


def test_the_rebuild_is_logged_as_such_and_leaves_no_temporary_file(original, tmp_path):
    _, lake = original
    rebuild(lake, tmp_path / "rebuilt.duckdb")

    with duckdb.connect(str(tmp_path / "rebuilt.duckdb"), read_only=True) as con:
        assert con.execute("SELECT status, inputs FROM runs").fetchall() == [("rebuilt", [str(lake.resolve())])]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rebuilt.duckdb"]


def test_the_cli_rebuilds_and_refuses_to_overwrite_without_replace(original, tmp_path):
    db, lake = original
    target = tmp_path / "rebuilt.duckdb"
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        first = main(["rebuild", "--lake", str(lake), "--db", str(target)])
        again = main(["rebuild", "--lake", str(lake), "--db", str(target)])
        replaced = main(["rebuild", "--lake", str(lake), "--db", str(target), "--replace"])

    assert (first, again, replaced) == (0, 2, 0)
    assert f"error: {target} exists; rebuild writes a new warehouse (pass --replace to overwrite it)" in out.getvalue()
    assert contents(target) == contents(db)


# ---------------------------------------------------------------- several extractions of one article


def extraction(article_id: str, version: str, n_events: int, *, rejected: int = 0) -> dict[str, pa.Table]:
    """One article as extractor `version` saw it; the last `rejected` events failed validation."""
    stamp = {"pub_date": DAY, "extractor_version": version, "schema_version": SCHEMA_VERSION}
    events = [{"event_id": f"{article_id}-{version}-e{i}", "article_id": article_id, "event_type": "VISIT",
               "status": "occurred", "date_inferred": False, "evidence_text": "visited", "char_start": 0,
               "char_end": 7, "mentions": 1, **stamp} for i in range(n_events)]
    quarantine = [{"quarantine_id": f"q-{e['event_id']}", "run_id": f"run-{version}", "stage": "validate",
                   "dataset": "events", "record_id": e["event_id"], "article_id": article_id,
                   "checks": ["required_roles_present"], "reason": "no visitor",
                   "quarantined_at": dt.datetime(2024, 3, 5, tzinfo=dt.timezone.utc)} for e in events[n_events - rejected:]]
    return {
        "articles": to_table("articles", [{"article_id": article_id, "text": "visited", "text_sha256": "0" * 64, **stamp}]),
        "events": to_table("events", events),
        "participants": to_table("participants", []),
        "quarantine": to_table("quarantine", quarantine),
    }


def put(lake: Path, batch_id: str, *extractions: dict[str, pa.Table], published_s: int) -> dict[str, pa.Table]:
    tables = {ds: pa.concat_tables([x[ds] for x in extractions]) for ds in extractions[0]}
    for ds, table in tables.items():
        for path in write_batch(lake, ds, table, batch_id):
            os.utime(path, ns=(published_s * 10**9, published_s * 10**9))
    return tables


def event_versions(db: Path) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute("SELECT article_id, extractor_version, event_id FROM events ORDER BY ALL").fetchall()


def test_the_most_recently_published_extraction_of_an_article_wins(tmp_path):
    lake = tmp_path / "lake"
    put(lake, "b-first", extraction("a1", "A", 2), extraction("a2", "A", 2, rejected=1), published_s=1_000)
    put(lake, "b-second", extraction("a1", "B", 1), published_s=2_000)

    rebuild(lake, tmp_path / "rebuilt.duckdb")

    assert event_versions(tmp_path / "rebuilt.duckdb") == [
        ("a1", "B", "a1-B-e0"),
        ("a2", "A", "a2-A-e0"),  # a2-A-e1 was rejected: only its quarantine row is there
    ]
    assert contents(tmp_path / "rebuilt.duckdb")["quarantine"][0][0] == "q-a2-A-e1"


def test_publication_order_not_the_batch_name_or_version_decides(tmp_path):
    lake = tmp_path / "lake"
    put(lake, "b-first", extraction("a1", "A", 2), published_s=2_000)
    put(lake, "b-second", extraction("a1", "B", 1), published_s=1_000)

    rebuild(lake, tmp_path / "rebuilt.duckdb")

    assert event_versions(tmp_path / "rebuilt.duckdb") == [("a1", "A", "a1-A-e0"), ("a1", "A", "a1-A-e1")]


def test_rebuild_equals_loading_the_same_batches_in_publication_order(tmp_path):
    lake = tmp_path / "lake"
    first = put(lake, "b-first", extraction("a1", "A", 3, rejected=1), extraction("a2", "A", 1), published_s=1_000)
    second = put(lake, "b-second", extraction("a1", "B", 2, rejected=1), published_s=2_000)
    with connect(tmp_path / "loaded.duckdb") as con:
        ensure_warehouse(con)
        for tables in (first, second):
            load_batch(con, **validated_state(tables))

    rebuild(lake, tmp_path / "rebuilt.duckdb")

    assert contents(tmp_path / "rebuilt.duckdb") == contents(tmp_path / "loaded.duckdb")
    assert [r[:2] for r in event_versions(tmp_path / "rebuilt.duckdb")] == [("a1", "B"), ("a2", "A")]
