"""The DuckDB warehouse: contract-derived tables, BI views and marts, idempotent loads by article, locks and the run log."""
from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import textwrap
import threading
import time

import duckdb
import pyarrow as pa
import pytest

from etl.lake import to_table
from etl.load import (
    RUN_COUNTS,
    WarehouseLockedError,
    connect,
    ensure_warehouse,
    finish_run,
    load_batch,
    start_run,
    begin_staging,
    merge_staged,
    stage_batch,
    summary,
)
from etl.warehouse.ddl import create_table_sql
from etl.warehouse.marts import refresh_marts
from etl.warehouse.runs import RUNS_SCHEMA
from schemas import CONTRACT, SCHEMA_VERSION

UTC = dt.timezone.utc


def article(article_id: str) -> dict:
    return {
        "article_id": article_id,
        "url": f"https://example.org/{article_id}",
        "title": f"Title {article_id}",
        "published_at": dt.datetime(2024, 3, 5, 9, tzinfo=UTC),
        "pub_date": "2024-03-05",
        "language": "en",
        "text": "The minister visited Cairo and met the president.",
        "text_sha256": "0" * 64,
        "extractor_version": "test-1",
        "schema_version": SCHEMA_VERSION,
    }


def event(event_id: str, article_id: str, event_type: str = "VISIT") -> dict:
    return {
        "event_id": event_id,
        "article_id": article_id,
        "event_type": event_type,
        "plover_type": CONTRACT.event_types[event_type].plover,
        "event_mode": CONTRACT.event_types[event_type].mode,
        "cameo_code": CONTRACT.event_types[event_type].cameo,
        "status": "occurred",
        "date_start": dt.date(2024, 3, 4),
        "date_inferred": False,
        "evidence_text": "The minister visited Cairo",
        "char_start": 0,
        "char_end": 26,
        "mentions": 1,
        "pub_date": "2024-03-05",
        "extractor_version": "test-1",
        "schema_version": SCHEMA_VERSION,
    }


def participant(participant_id: str, event_id: str, article_id: str, role: str = "visitor") -> dict:
    return {
        "participant_id": participant_id,
        "event_id": event_id,
        "article_id": article_id,
        "role": role,
        "name": "the minister",
        "evidence_text": "The minister",
        "char_start": 0,
        "char_end": 12,
        "pub_date": "2024-03-05",
        "extractor_version": "test-1",
        "schema_version": SCHEMA_VERSION,
    }


def quarantined(quarantine_id: str, dataset: str = "events", article_id: str = "a1", stage: str = "validate") -> dict:
    return {
        "quarantine_id": quarantine_id,
        "run_id": "run-1",
        "stage": stage,
        "dataset": dataset,
        "record_id": "e9",
        "article_id": article_id,
        "checks": ["status_in_vocabulary", "date_order"],
        "reason": "status 'maybe' is not in the vocabulary",
        "quarantined_at": dt.datetime(2024, 3, 5, 12, tzinfo=UTC),
    }


def batch(articles=(), events=(), participants=(), quarantine=()) -> dict[str, pa.Table]:
    return {
        "articles": to_table("articles", list(articles)),
        "events": to_table("events", list(events)),
        "participants": to_table("participants", list(participants)),
        "quarantine": to_table("quarantine", list(quarantine)),
    }


def two_event_batch() -> dict[str, pa.Table]:
    return batch(
        articles=[article("a1"), article("a2")],
        events=[event("e1", "a1"), event("e2", "a1", "MEETING"), event("e3", "a2")],
        participants=[
            participant("p1", "e1", "a1"),
            participant("p2", "e2", "a1", "participant"),
            participant("p3", "e3", "a2"),
        ],
        quarantine=[quarantined("q1")],
    )


@pytest.fixture
def con(tmp_path):
    connection = connect(tmp_path / "wh.duckdb")
    ensure_warehouse(connection)
    yield connection
    connection.close()


def rows(con, sql: str) -> list[tuple]:
    return con.execute(sql).fetchall()


RAW = ("raw_articles", "raw_events", "raw_participants", "raw_quarantine")


def table_counts(con) -> dict[str, int]:
    return {t: rows(con, f"SELECT count(*) FROM {t}")[0][0] for t in RAW}


def contents(con, tables=RAW) -> dict[str, list[tuple]]:
    return {t: rows(con, f"SELECT * FROM {t} ORDER BY 1") for t in tables}


# ---------------------------------------------------------------- schema


def test_raw_tables_follow_the_contract_with_required_columns_and_name_their_key(con):
    for ds in CONTRACT.datasets:
        described = rows(con, f"DESCRIBE raw_{ds}")
        assert [r[0] for r in described] == CONTRACT.field_names(ds)
        not_null = {r[0] for r in described if r[2] == "NO"}
        assert set(CONTRACT.non_nullable(ds)) <= not_null
        [(comment,)] = rows(con, f"SELECT comment FROM duckdb_tables() WHERE table_name = 'raw_{ds}'")
        assert f"unique key: {', '.join(CONTRACT.key(ds))}" in comment
    types = dict(rows(con, "SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = 'raw_quarantine'"))
    assert types["checks"] == "VARCHAR[]" and types["quarantined_at"] == "TIMESTAMP WITH TIME ZONE"


def test_ensure_warehouse_is_idempotent_and_records_the_schema_version(con):
    load_batch(con, **two_event_batch())
    ensure_warehouse(con)

    assert rows(con, "SELECT value FROM warehouse_meta WHERE key = 'schema_version'") == [(SCHEMA_VERSION,)]
    assert table_counts(con)["raw_events"] == 3


def test_ensure_warehouse_refuses_a_table_built_for_a_different_contract(tmp_path):
    with connect(tmp_path / "old.duckdb") as old:
        old.execute("CREATE TABLE raw_articles (article_id VARCHAR PRIMARY KEY, headline VARCHAR)")
        with pytest.raises(RuntimeError, match="raw_articles .*does not match contract"):
            ensure_warehouse(old)


def test_events_view_exposes_the_columns_bi_needs(con):
    columns = {r[0] for r in rows(con, "DESCRIBE events")}

    required = {
        "article_id", "event_id", "event_type", "status", "date_start", "date_end", "event_mode",
        "plover_type", "cameo_code", "date_precision", "date_basis", "location_country",
        "location_name", "evidence_text", "char_start", "char_end",
    }
    assert required <= columns
    assert set(CONTRACT.field_names("events")) <= columns


def test_event_participants_view_carries_the_event_type_and_status(con):
    load_batch(con, **two_event_batch())

    columns = {r[0] for r in rows(con, "DESCRIBE event_participants")}
    assert {
        "event_id", "role", "name", "canonical_name", "country_code", "actor_type", "evidence_text",
        "char_start", "char_end", "office", "article_id", "event_type", "status",
    } <= columns
    assert rows(con, "SELECT participant_id, event_type, status FROM event_participants ORDER BY 1") == [
        ("p1", "VISIT", "occurred"), ("p2", "MEETING", "occurred"), ("p3", "VISIT", "occurred"),
    ]


def test_quarantine_view_gives_checks_as_list_and_text(con):
    load_batch(con, **batch(quarantine=[quarantined("q1")]))

    assert rows(con, "SELECT checks, checks_text FROM quarantine") == [
        (["status_in_vocabulary", "date_order"], "status_in_vocabulary, date_order")
    ]


def test_articles_view_and_timestamps_come_back_in_utc(con):
    load_batch(con, **batch(articles=[article("a1")]))

    table = con.sql("SELECT published_at, pub_date FROM articles").to_arrow_table()
    assert table.to_pylist() == [
        {"published_at": dt.datetime(2024, 3, 5, 9, tzinfo=UTC), "pub_date": dt.date(2024, 3, 5)}
    ]


# ---------------------------------------------------------------- load_batch


def test_load_batch_returns_rows_written_per_dataset(con):
    counts = load_batch(con, **two_event_batch())

    assert counts == {"articles": 2, "events": 3, "participants": 3, "quarantine": 1}


def test_loading_the_same_batch_twice_leaves_the_same_rows(con):
    load_batch(con, **two_event_batch())
    first = contents(con)
    load_batch(con, **two_event_batch())

    assert contents(con) == first
    assert table_counts(con) == {"raw_articles": 2, "raw_events": 3, "raw_participants": 3, "raw_quarantine": 1}


def test_re_extracting_an_article_with_fewer_events_removes_the_stale_ones(con):
    load_batch(con, **two_event_batch())

    load_batch(
        con, **batch(articles=[article("a1")], events=[event("e1", "a1")], participants=[participant("p1", "e1", "a1")])
    )

    assert rows(con, "SELECT event_id FROM raw_events ORDER BY 1") == [("e1",), ("e3",)]
    assert rows(con, "SELECT participant_id FROM raw_participants ORDER BY 1") == [("p1",), ("p3",)]


def test_re_extracting_an_article_with_no_events_left_empties_it(con):
    load_batch(con, **two_event_batch())

    load_batch(con, **batch(articles=[article("a2")]))

    assert rows(con, "SELECT DISTINCT article_id FROM raw_events") == [("a1",)]
    assert rows(con, "SELECT count(*) FROM raw_articles") == [(2,)]


def test_a_batch_with_duplicate_keys_is_refused_and_changes_nothing(con):
    load_batch(con, **two_event_batch())
    before = table_counts(con)

    with pytest.raises(ValueError, match=r"events batch has 1 duplicated key.*'e7'"):
        load_batch(con, **batch(articles=[article("a1")], events=[event("e7", "a1"), event("e7", "a1")]))
    assert table_counts(con) == before


def test_a_load_that_fails_inside_the_transaction_rolls_back(tmp_path):
    # a quarantine table stricter than the contract makes the last statement of the load fail
    strict = create_table_sql("raw_quarantine", CONTRACT.arrow_schema("quarantine"), None)
    with connect(tmp_path / "wh.duckdb") as con:
        con.execute(strict.removesuffix("\n)") + ",\n  CHECK (stage = 'ingest')\n)")
        ensure_warehouse(con)
        load_batch(con, **batch(articles=[article("a1")], events=[event("e1", "a1"), event("e2", "a1")]))

        with pytest.raises(duckdb.ConstraintException):
            load_batch(
                con, **batch(articles=[article("a1")], events=[event("e1", "a1")], quarantine=[quarantined("q1")])
            )

        assert rows(con, "SELECT event_id FROM raw_events ORDER BY 1") == [("e1",), ("e2",)]
        assert rows(con, "SELECT count(*) FROM raw_quarantine") == [(0,)]


# ---------------------------------------------------------------- connections and locks

HOLD_LOCK = textwrap.dedent(
    """
    import sys, duckdb
    con = duckdb.connect(sys.argv[1])
    print("locked", flush=True)
    sys.stdin.read()  # hold the write lock until the test closes our stdin
    con.close()
    """
)


@pytest.fixture
def lock_holder(tmp_path):
    """Another process with the warehouse open read-write, like a running Airflow task."""
    db = tmp_path / "wh.duckdb"
    with connect(db) as con:
        ensure_warehouse(con)
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout.readline().strip() == "locked"
    yield db, proc
    proc.stdin.close()
    proc.wait(timeout=10)
    proc.stdout.close()


def test_a_second_writer_waits_then_fails_naming_the_file_and_the_lock(lock_holder):
    db, _ = lock_holder
    started = time.monotonic()

    with pytest.raises(WarehouseLockedError) as err:
        connect(db, timeout_s=0.5)

    assert time.monotonic() - started >= 0.5
    assert str(db) in str(err.value)
    assert "another process holds the write lock" in str(err.value)


def test_a_waiting_writer_gets_in_once_the_lock_is_released(lock_holder):
    db, proc = lock_holder
    release = threading.Timer(0.3, proc.stdin.close)  # the holder finishes while we wait
    release.start()

    with connect(db, timeout_s=10) as con:
        assert rows(con, "SELECT count(*) FROM raw_articles") == [(0,)]


def test_read_only_connection_reads_and_cannot_write(tmp_path):
    db = tmp_path / "wh.duckdb"
    with connect(db) as writer:
        ensure_warehouse(writer)
        load_batch(writer, **two_event_batch())

    with connect(db, read_only=True) as reader:
        assert rows(reader, "SELECT count(*) FROM events") == [(3,)]
        with pytest.raises(duckdb.Error, match="read-only"):
            reader.execute("DELETE FROM raw_events")


# ---------------------------------------------------------------- runs and summary


def test_a_run_is_recorded_from_start_to_finish(con):
    start_run(
        con, "run-1", inputs=["feed.jsonl", "more.jsonl"], extractor_version="test-1", schema_version=SCHEMA_VERSION
    )
    assert rows(con, "SELECT status, finished_at FROM runs") == [("running", None)]

    counts = {name: i for i, name in enumerate(RUN_COUNTS)} | {"gx_failed_checks": 4}
    finish_run(con, "run-1", status="success", counts=counts, data_docs="file:///docs/index.html")

    run = con.sql("SELECT * FROM runs").to_arrow_table().to_pylist()[0]
    assert run["status"] == "success" and run["inputs"] == ["feed.jsonl", "more.jsonl"]
    assert run["started_at"] <= run["finished_at"]
    assert {name: run[name] for name in RUN_COUNTS} == {name: i for i, name in enumerate(RUN_COUNTS)}
    assert json.loads(run["counts_json"]) == {"gx_failed_checks": 4}
    assert run["schema_version"] == SCHEMA_VERSION and run["extractor_version"] == "test-1"
    assert run["data_docs"] == "file:///docs/index.html"


def test_finishing_a_run_that_never_started_is_an_error(con):
    with pytest.raises(ValueError, match="run 'ghost' was never started"):
        finish_run(con, "ghost", status="success", counts={}, data_docs=None)


def test_finish_run_refuses_a_count_that_is_not_an_integer(con):
    start_run(con, "run-1", inputs=[], extractor_version="test-1", schema_version=SCHEMA_VERSION)

    with pytest.raises(ValueError, match="run-1: count 'events_loaded'"):
        finish_run(con, "run-1", status="success", counts={"events_loaded": "3"}, data_docs=None)


def test_summary_counts_articles_events_by_type_and_quarantine_by_dataset(con):
    load_batch(con, **two_event_batch())
    load_batch(con, **batch(quarantine=[quarantined("q2", "participants", "a9"), quarantined("q3", "events", "a9")]))

    assert summary(con) == {
        "articles": 2,
        "events": 3,
        "participants": 3,
        "events_by_type": {"VISIT": 2, "MEETING": 1},
        "quarantined_by_dataset": {"events": 2, "participants": 1},
    }


# ---------------------------------------------------------------- replacement by article


def versioned(article_id: str, version: str, pub_date: str, n_events: int) -> dict[str, pa.Table]:
    """An article as extractor `version` saw it: `n_events` events, one participant each."""
    a = article(article_id) | {"pub_date": pub_date, "extractor_version": version}
    events = [event(f"{article_id}-{version}-e{i}", article_id) | {"pub_date": pub_date, "extractor_version": version}
              for i in range(n_events)]
    parts = [participant(f"{e['event_id']}-p", e["event_id"], article_id) | {"pub_date": pub_date, "extractor_version": version}
             for e in events]
    return batch(articles=[a], events=events, participants=parts)


def merged(*batches: dict[str, pa.Table]) -> dict[str, pa.Table]:
    return {ds: pa.concat_tables([b[ds] for b in batches]) for ds in batches[0]}


def rows_of_articles(con, article_ids: tuple[str, ...]) -> dict[str, list[tuple]]:
    marks = ", ".join("?" * len(article_ids))
    return {t: con.execute(f"SELECT * FROM {t} WHERE article_id IN ({marks}) ORDER BY ALL", list(article_ids)).fetchall()
            for t in RAW}


def test_re_running_a_day_replaces_that_days_rows_and_leaves_other_days_untouched(con):
    day1 = merged(versioned("d1-a", "v1", "2024-03-05", 3), versioned("d1-b", "v1", "2024-03-05", 2))
    day2 = versioned("d2-a", "v1", "2024-03-06", 2)
    load_batch(con, **day1)
    load_batch(con, **day2)
    other_day = rows_of_articles(con, ("d2-a",))

    load_batch(con, **merged(versioned("d1-a", "v1", "2024-03-05", 1), versioned("d1-b", "v1", "2024-03-05", 2)))

    assert rows_of_articles(con, ("d2-a",)) == other_day
    assert rows(con, "SELECT article_id, count(*) FROM raw_events WHERE pub_date = '2024-03-05' GROUP BY 1 ORDER BY 1") == [
        ("d1-a", 1), ("d1-b", 2)]


def test_a_newer_extractor_version_replaces_the_older_rows_of_its_articles_only(con):
    older = merged(versioned("a1", "A", "2024-03-05", 2), versioned("a2", "A", "2024-03-05", 2))
    older["quarantine"] = to_table("quarantine", [quarantined("q-a1-A", article_id="a1")])
    load_batch(con, **older)
    untouched = rows_of_articles(con, ("a2",))

    load_batch(con, **versioned("a1", "B", "2024-03-05", 1))

    assert rows(con, "SELECT DISTINCT extractor_version FROM raw_events WHERE article_id = 'a1'") == [("B",)]
    assert rows(con, "SELECT DISTINCT extractor_version FROM raw_participants WHERE article_id = 'a1'") == [("B",)]
    assert rows(con, "SELECT event_id FROM raw_events WHERE article_id = 'a1'") == [("a1-B-e0",)]
    assert rows(con, "SELECT extractor_version FROM raw_articles WHERE article_id = 'a1'") == [("B",)]
    assert rows(con, "SELECT count(*) FROM raw_quarantine WHERE article_id = 'a1'") == [(0,)], \
        "the older extraction's quarantine verdicts go with its rows"
    assert rows_of_articles(con, ("a2",)) == untouched


def test_an_article_now_rejected_as_a_whole_leaves_only_its_quarantine_rows(con):
    load_batch(con, **versioned("a1", "A", "2024-03-05", 2))

    load_batch(con, **batch(quarantine=[quarantined("q-a1", "articles", "a1")]))

    assert [table_counts(con)[t] for t in RAW] == [0, 0, 0, 1]


def test_ingest_quarantine_rows_are_kept_when_their_article_is_reloaded(con):
    load_batch(con, **batch(quarantine=[quarantined("q-input", "articles", "a1", stage="ingest")]))

    load_batch(con, **versioned("a1", "B", "2024-03-05", 1))

    assert rows(con, "SELECT quarantine_id FROM raw_quarantine") == [("q-input",)]


def test_staged_batches_reach_the_raw_tables_only_when_merged(con):
    begin_staging(con)
    stage_batch(con, 0, "b0", **versioned("a1", "A", "2024-03-05", 2))
    stage_batch(con, 1, "b1", **versioned("a2", "A", "2024-03-05", 1))
    assert table_counts(con)["raw_events"] == 0

    written = merge_staged(con)

    assert written == {"articles": 2, "events": 3, "participants": 3, "quarantine": 0}
    assert table_counts(con)["raw_events"] == 3
    assert rows(con, "SELECT count(*) FROM information_schema.schemata WHERE schema_name = 'staging'") == [(0,)]


def test_when_two_staged_batches_hold_one_article_the_later_one_wins(con):
    begin_staging(con)
    stage_batch(con, 0, "b0", **merged(versioned("a1", "A", "2024-03-05", 2), versioned("a2", "A", "2024-03-05", 1)))
    stage_batch(con, 1, "b1", **versioned("a1", "B", "2024-03-05", 1))
    merge_staged(con)

    assert rows(con, "SELECT article_id, extractor_version, count(*) FROM raw_events GROUP BY ALL ORDER BY ALL") == [
        ("a1", "B", 1), ("a2", "A", 1)]


# ---------------------------------------------------------------- marts


def test_marts_count_events_per_day_type_and_country(con):
    rows_in = [event("e1", "a1") | {"location_country": "EGY"}, event("e2", "a1", "MEETING") | {"location_country": "EGY"},
               event("e3", "a2") | {"location_country": "EGY"}, event("e4", "a2") | {"date_start": None}]
    load_batch(con, **batch(articles=[article("a1"), article("a2")], events=rows_in))

    assert rows(con, "SELECT day, undated, event_type, location_country, status, events, articles "
                     "FROM mart_events_daily ORDER BY ALL") == [
        (dt.date(2024, 3, 4), False, "MEETING", "EGY", "occurred", 1, 1),
        (dt.date(2024, 3, 4), False, "VISIT", "EGY", "occurred", 2, 2),
        (dt.date(2024, 3, 5), True, "VISIT", None, "occurred", 1, 1),  # undated: the publication day stands in
    ]


def test_mart_actor_pairs_counts_events_shared_by_two_actors(con):
    def person(pid, event_id, name, role="participant", canonical=None):
        return participant(pid, event_id, "a1", role) | {"name": name, "canonical_name": canonical}

    load_batch(con, **batch(
        articles=[article("a1")],
        events=[event("e1", "a1", "MEETING"), event("e2", "a1", "MEETING"), event("e3", "a1", "CALL")],
        participants=[person("p1", "e1", "Modi"), person("p2", "e1", "Putin", canonical="Vladimir Putin"),
                      person("p3", "e2", "Narendra Modi", canonical="Modi"), person("p4", "e2", "Vladimir Putin"),
                      person("p5", "e3", "Modi"), person("p6", "e3", "Vladimir Putin"),
                      person("p7", "e3", "Modi", role="organizer")],  # one actor, counted once per event
    ))

    assert rows(con, "SELECT actor_a, actor_b, event_type, events, articles FROM mart_actor_pairs ORDER BY ALL") == [
        ("Modi", "Vladimir Putin", "CALL", 1, 1),
        ("Modi", "Vladimir Putin", "MEETING", 2, 1),
    ]


def test_mart_visit_timeline_lists_each_actors_visits_in_order_with_the_other_side(con):
    def side(pid, event_id, role, name):
        return participant(pid, event_id, "a1", role) | {"name": name}

    load_batch(con, **batch(
        articles=[article("a1")],
        events=[event("v1", "a1") | {"date_start": dt.date(2024, 3, 1), "location_country": "IND"},
                event("v2", "a1") | {"date_start": dt.date(2024, 3, 4), "location_country": "CHN"},
                event("m1", "a1", "MEETING")],
        participants=[side("p1", "v1", "visitor", "Putin"), side("p2", "v1", "host", "India"),
                      side("p3", "v2", "visitor", "Putin"), side("p4", "v2", "host", "China"),
                      side("p5", "m1", "participant", "Putin")],
    ))

    assert rows(con, "SELECT actor, role, visit_number, day, location_country, counterparts "
                     "FROM mart_visit_timeline ORDER BY actor, visit_number") == [
        ("China", "host", 1, dt.date(2024, 3, 4), "CHN", "Putin"),
        ("India", "host", 1, dt.date(2024, 3, 1), "IND", "Putin"),
        ("Putin", "visitor", 1, dt.date(2024, 3, 1), "IND", "India"),
        ("Putin", "visitor", 2, dt.date(2024, 3, 4), "CHN", "China"),
    ]


def test_refresh_marts_reports_the_rows_of_each_mart(con):
    load_batch(con, **two_event_batch())

    assert refresh_marts(con) == {"mart_events_daily": 2, "mart_actor_pairs": 0, "mart_visit_timeline": 2}


# ---------------------------------------------------------------- runs table upgrade


def test_an_older_runs_table_gets_the_new_columns_and_keeps_its_rows(tmp_path):
    with connect(tmp_path / "old.duckdb") as old:
        old.execute(create_table_sql("runs", pa.schema(list(RUNS_SCHEMA)[:-2]), ["run_id"]))
        old.execute("INSERT INTO runs (run_id, started_at, status, schema_version, extractor_version) "
                    "VALUES ('run-old', now(), 'success', '1.0.0', 'x')")
        ensure_warehouse(old)

        assert [r[0] for r in rows(old, "DESCRIBE runs")][-2:] == ["checks_json", "message"]
        assert rows(old, "SELECT run_id, message FROM runs") == [("run-old", None)]


def test_a_quarantine_row_loaded_again_replaces_the_one_with_its_id(con):
    load_batch(con, **batch(quarantine=[quarantined("q-input", "articles", "a1", stage="ingest")]))

    again = quarantined("q-input", "articles", "a1", stage="ingest") | {"run_id": "run-2"}
    load_batch(con, **batch(quarantine=[again]))

    assert rows(con, "SELECT quarantine_id, run_id FROM raw_quarantine") == [("q-input", "run-2")]
