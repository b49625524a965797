"""End to end: article files in, a DuckDB warehouse and a Parquet lake out.

Runs go through `etl.pipeline.run` and through the CLI in a subprocess, with the real
extractor, real GX validation, real Parquet files and a real DuckDB file in tmp_path.
Each run costs seconds (GX import and validation), so runs are module-scoped fixtures
and the tests only read what they left behind.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import pyarrow.parquet as pq
import pytest

from etl.pipeline import RunResult, run

SEED_ID = "000_3928d2e853cc0859"
PUTIN, MODI = "Vladimir Putin", "Narendra Modi"
SEED_VISIT_DAYS = (dt.date(2025, 12, 4), dt.date(2025, 12, 5))  # "يومي 4 و5 ديسمبر"
WAREHOUSE_VIEWS = ("articles", "events", "event_participants", "quarantine")

# What each record of examples/bad should become: check -> (file:line, offending field).
BAD_RECORDS = {
    "malformed_json": ("broken.jsonl:2", "line"),
    "empty_text": ("broken.jsonl:3", "text"),
    "bad_published_at": ("broken.jsonl:5", "published_at"),
    "not_an_object": ("broken.jsonl:6", "line"),
    "not_utf8": ("latin1.txt:1", "text"),
}

# Columns shared/gold/GUIDE.md's scorer reads ("What the scorer reads"), plus the ones
# BI and the docs rely on. External requirements, so they are listed, not derived.
SCORER_EVENT_COLUMNS = ("article_id", "event_id", "event_type", "status", "date_start", "date_end")
EXTRA_EVENT_COLUMNS = (
    "event_mode", "plover_type", "cameo_code", "date_precision", "date_basis",
    "location_country", "location_name", "evidence_text", "char_start", "char_end",
)
SCORER_PARTICIPANT_COLUMNS = ("event_id", "role", "name", "canonical_name", "country_code", "actor_type")


@dataclass(frozen=True)
class Finished:
    """A pipeline run and where it wrote."""

    result: RunResult
    db: Path
    lake: Path


def _run(inputs: Sequence[Path], root: Path) -> Finished:
    db, lake = root / "warehouse.duckdb", root / "lake"
    return Finished(run([str(p) for p in inputs], db=db, lake=lake), db, lake)


def _read_only(db: Path) -> duckdb.DuckDBPyConnection:
    return duckdb.connect(str(db), read_only=True)


def _rows(con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    cur = con.execute(sql, list(params))
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row)) for row in cur.fetchall()]


def _events(con: duckdb.DuckDBPyConnection, article_id: str) -> list[dict[str, Any]]:
    """The article's events, each with its participant rows under "participants"."""
    events = _rows(con, "SELECT * FROM events WHERE article_id = ? ORDER BY char_start, event_type", [article_id])
    parts = _rows(con, "SELECT * FROM event_participants WHERE article_id = ?", [article_id])
    for event in events:
        event["participants"] = [p for p in parts if p["event_id"] == event["event_id"]]
    return events


def _role(event: dict[str, Any], role: str, attr: str) -> set[Any]:
    return {p[attr] for p in event["participants"] if p["role"] == role}


def _table_counts(db: Path) -> dict[str, int]:
    with _read_only(db) as con:
        return {view: con.execute(f"SELECT count(*) FROM {view}").fetchone()[0] for view in WAREHOUSE_VIEWS}


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "etl", *args], cwd=cwd, capture_output=True, text=True, timeout=300, check=False
    )


# ---------------------------------------------------------------- runs (module-scoped)


@pytest.fixture(scope="module")
def seed_run(tmp_path_factory: pytest.TempPathFactory, seed_jsonl: Path) -> Finished:
    return _run([seed_jsonl], tmp_path_factory.mktemp("seed"))


@pytest.fixture
def seed_db(seed_run: Finished) -> Iterator[duckdb.DuckDBPyConnection]:
    con = _read_only(seed_run.db)
    yield con
    con.close()


@pytest.fixture(scope="module")
def seed_events(seed_run: Finished) -> list[dict[str, Any]]:
    with _read_only(seed_run.db) as con:
        return _events(con, SEED_ID)


@pytest.fixture(scope="module")
def bad_runs(tmp_path_factory: pytest.TempPathFactory, bad_dir: Path, seed_jsonl: Path) -> list[tuple[Finished, dict[str, int]]]:
    """The broken inputs plus the seed, run twice into one warehouse; row counts after each run."""
    root = tmp_path_factory.mktemp("bad")
    runs = []
    for _ in range(2):
        finished = _run([bad_dir, seed_jsonl], root)
        runs.append((finished, _table_counts(finished.db)))
    return runs


@pytest.fixture(scope="module")
def cli_run(tmp_path_factory: pytest.TempPathFactory, repo_root: Path, articles_dir: Path) -> tuple[subprocess.CompletedProcess[str], Path]:
    """`python -m etl run` over examples/articles (seed and samples) in a fresh process."""
    root = tmp_path_factory.mktemp("cli")
    db = root / "warehouse.duckdb"
    proc = _cli("run", "--input", str(articles_dir), "--db", str(db), "--lake", str(root / "lake"), "--quiet", cwd=repo_root)
    return proc, db


@pytest.fixture
def samples_db(cli_run: tuple[subprocess.CompletedProcess[str], Path]) -> Iterator[duckdb.DuckDBPyConnection]:
    proc, db = cli_run
    assert proc.returncode == 0, proc.stderr
    con = _read_only(db)
    yield con
    con.close()


# ---------------------------------------------------------------- the seed article


def test_seed_putin_state_visit_to_india_is_ongoing_from_publication_day(seed_events):
    visits = [e for e in seed_events if e["event_type"] == "VISIT" and PUTIN in _role(e, "visitor", "canonical_name")]
    assert len(visits) == 1, [e["evidence_text"] for e in visits]
    visit = visits[0]
    assert visit["status"] == "ongoing"
    assert visit["date_start"] == dt.date(2025, 12, 4)
    assert "IND" in _role(visit, "host", "country_code")


def test_seed_putin_modi_talks_are_a_planned_meeting_inside_the_visit(seed_events):
    talks = [
        e for e in seed_events
        if e["event_type"] == "MEETING" and e["trigger"] == "محادثات"
        and {PUTIN, MODI} <= _role(e, "participant", "canonical_name")
    ]
    assert len(talks) == 1, [(e["trigger"], e["evidence_text"]) for e in seed_events if e["event_type"] == "MEETING"]
    meeting = talks[0]
    assert meeting["status"] == "planned"
    first, last = SEED_VISIT_DAYS
    assert first <= meeting["date_start"] <= meeting["date_end"] <= last


def test_seed_earlier_modi_putin_phone_call_is_occurred(seed_events):
    calls = [e for e in seed_events if e["event_type"] == "CALL"]
    assert [e["status"] for e in calls] == ["occurred"]
    assert {PUTIN, MODI} <= _role(calls[0], "participant", "canonical_name")


def test_seed_joint_statement_is_expected(seed_events):
    joint = [e for e in seed_events if e["event_type"] == "STATEMENT" and "بيان مشترك" in e["evidence_text"]]
    assert [e["status"] for e in joint] == ["expected"]


def test_seed_agreements_are_signed_by_russia_and_india(seed_events):
    agreements = [e for e in seed_events if e["event_type"] == "AGREEMENT"]
    assert agreements
    assert any({"RUS", "IND"} <= _role(e, "signatory", "country_code") for e in agreements), [
        _role(e, "signatory", "country_code") for e in agreements
    ]


def test_every_event_and_participant_offset_points_at_its_evidence_in_the_article_text(seed_db):
    texts = dict(seed_db.execute("SELECT article_id, text FROM articles").fetchall())
    rows = _rows(seed_db, "SELECT 'event' AS kind, article_id, char_start, char_end, evidence_text FROM events "
                          "UNION ALL SELECT 'participant', article_id, char_start, char_end, evidence_text FROM event_participants")
    assert {r["kind"] for r in rows} == {"event", "participant"}
    wrong = [r for r in rows if texts[r["article_id"]][r["char_start"]:r["char_end"]] != r["evidence_text"]]
    assert not wrong


def test_seed_run_reports_success_and_loads_everything_it_extracted(seed_run, seed_db):
    counts = seed_run.result.counts
    assert counts["articles_in"] == counts["articles_loaded"] == 1
    assert counts["events_loaded"] == counts["events_extracted"] > 0
    assert seed_db.execute("SELECT status FROM runs").fetchall() == [("success",)]
    assert seed_run.result.warehouse["events"] == counts["events_loaded"]


# ---------------------------------------------------------------- bad input


def test_bad_input_does_not_stop_the_run_and_every_input_is_accounted_for(bad_runs):
    counts = bad_runs[0][0].result.counts
    assert counts["articles_in"] == (
        counts["articles_loaded"] + counts["ingest_problems"] + counts["duplicates"] + counts["extract_failures"]
    )
    # examples/bad/README.md: 6 lines + latin1.txt + the seed = 2 loaded + 5 problems + 1 duplicate
    assert (counts["articles_in"], counts["articles_loaded"], counts["ingest_problems"], counts["duplicates"]) == (8, 2, 5, 1)


def test_each_bad_record_is_quarantined_with_its_check_and_a_reason_naming_source_and_field(bad_runs):
    finished = bad_runs[0][0]
    with _read_only(finished.db) as con:
        rows = _rows(con, "SELECT checks, reason, record_json FROM quarantine WHERE stage = 'ingest'")
    by_check = {tuple(r["checks"]): r for r in rows}
    assert sorted(by_check) == sorted((check,) for check in BAD_RECORDS)
    for check, (source, field) in BAD_RECORDS.items():
        row = by_check[(check,)]
        assert source in row["reason"], (check, row["reason"])
        assert re.search(rf"\b{field}\b", row["reason"]), (check, row["reason"])
        assert row["record_json"], f"{check}: the raw input must be kept"


def test_duplicate_id_keeps_the_first_article(bad_runs):
    with _read_only(bad_runs[0][0].db) as con:
        (text,) = con.execute("SELECT text FROM articles WHERE article_id = 'bad-valid-001'").fetchone()
    assert text.startswith("The foreign minister arrived in Cairo")


def test_running_the_same_input_twice_leaves_the_same_rows_and_logs_two_successful_runs(bad_runs):
    (first, first_counts), (second, second_counts) = bad_runs
    assert all(first_counts.values()), first_counts  # every view has rows, so equality means something
    assert second_counts == first_counts
    with _read_only(second.db) as con:
        logged = dict(con.execute("SELECT run_id, status FROM runs").fetchall())
    assert logged == {first.result.run_id: "success", second.result.run_id: "success"}


def test_the_same_input_under_another_path_spelling_is_still_idempotent(tmp_path, repo_root, bad_dir, monkeypatch):
    monkeypatch.chdir(repo_root)
    relative = bad_dir.relative_to(repo_root)
    first = _run([relative], tmp_path)
    first_counts, first_files = _table_counts(first.db), sorted(first.lake.rglob("*.parquet"))
    second = _run([bad_dir.resolve()], tmp_path)
    assert (_table_counts(second.db), sorted(second.lake.rglob("*.parquet"))) == (first_counts, first_files)


# ---------------------------------------------------------------- lake and warehouse files


def test_lake_has_events_partitioned_by_publication_day_and_no_temporary_files(seed_run, seed_db):
    files = sorted((seed_run.lake / "events" / "pub_date=2025-12-04").glob("*.parquet"))
    assert files
    in_lake = sum(pq.read_metadata(f).num_rows for f in files)
    assert in_lake == seed_db.execute("SELECT count(*) FROM events").fetchone()[0]
    leftovers = [p for p in seed_run.lake.rglob("*") if p.name.startswith(".") or p.name.endswith(".tmp")]
    assert not leftovers


def test_warehouse_opens_read_only_with_the_columns_the_scorer_and_bi_read(seed_run):
    with _read_only(seed_run.db) as con:
        event_columns = {row[0] for row in con.execute("DESCRIBE events").fetchall()}
        participant_columns = {row[0] for row in con.execute("DESCRIBE event_participants").fetchall()}
        assert con.execute("SELECT count(*) FROM events").fetchone()[0] > 0
    assert set(SCORER_EVENT_COLUMNS + EXTRA_EVENT_COLUMNS) - event_columns == set()
    assert set(SCORER_PARTICIPANT_COLUMNS) - participant_columns == set()


# ---------------------------------------------------------------- CLI


def test_cli_run_exits_zero_and_prints_the_run_counts(cli_run):
    proc, db = cli_run
    assert proc.returncode == 0, proc.stderr
    with _read_only(db) as con:
        (logged,) = _rows(con, "SELECT * FROM runs")
        sample_ids = {r[0] for r in con.execute("SELECT article_id FROM articles WHERE article_id LIKE 'sample-%'").fetchall()}
    assert logged["status"] == "success"
    assert logged["articles_in"] == 9  # the seed and 8 samples; README.md is not read as input
    assert len(sample_ids) == 8
    assert json.loads(logged["counts_json"])["extract_failures"] == 0
    out = proc.stdout
    assert f"articles in: {logged['articles_in']}  loaded: {logged['articles_loaded']}" in out
    assert f"events extracted: {logged['events_extracted']}  loaded: {logged['events_loaded']}" in out
    assert f"participants: {logged['participants_loaded']}  quarantined rows: {logged['quarantined']}" in out


def test_cli_rejects_a_missing_input_path_with_a_message_and_no_warehouse(tmp_path, repo_root):
    missing = tmp_path / "no-such-feed.jsonl"
    db = tmp_path / "warehouse.duckdb"
    proc = _cli("run", "--input", str(missing), "--db", str(db), "--lake", str(tmp_path / "lake"), "--quiet", cwd=repo_root)
    assert proc.returncode != 0
    assert "does not exist" in proc.stderr and str(missing) in proc.stderr, proc.stderr
    assert not db.exists()


# ---------------------------------------------------------------- the invented samples


@pytest.mark.parametrize(
    ("article_id", "event_type", "trigger", "status", "date_start"),
    [
        ("sample-ar-001", "VISIT", "وصل", "occurred", dt.date(2025, 3, 9)),  # اليوم الأحد
        ("sample-ar-001", "MEETING", "يلتقي", "planned", dt.date(2025, 3, 10)),  # غدا
        ("sample-ar-002", "MEETING", "قمة", "planned", dt.date(2025, 6, 16)),  # سيعقد غدا الاثنين
        ("sample-ar-002", "CALL", "اتصالا", "occurred", dt.date(2025, 6, 14)),  # أمس
        ("sample-ar-003", "ASSAULT", "هاجم", "occurred", dt.date(2025, 10, 11)),  # أمس السبت
        ("sample-ar-004", "PROTEST", "تظاهر", "occurred", dt.date(2026, 3, 4)),  # أمس الأربعاء
        ("sample-en-001", "VISIT", "arrived", "occurred", dt.date(2025, 9, 21)),  # yesterday
        ("sample-en-002", "CALL", "phone", "occurred", dt.date(2026, 2, 9)),  # yesterday
        ("sample-en-003", "ASSAULT", "attacked", "occurred", dt.date(2026, 4, 21)),  # on Tuesday
        ("sample-en-004", "PROTEST", "marched", "occurred", dt.date(2025, 5, 13)),  # yesterday
    ],
)
def test_sample_event_has_its_status_and_relative_date_resolved_from_publication(samples_db, article_id, event_type, trigger, status, date_start):
    found = [(e["status"], e["date_start"]) for e in _events(samples_db, article_id)
             if e["event_type"] == event_type and e["trigger"] == trigger]
    assert (status, date_start) in found


def test_arabic_sample_attack_has_militants_as_actor_and_police_as_recipient(samples_db):
    (attack,) = [e for e in _events(samples_db, "sample-ar-003") if e["trigger"] == "هاجم"]
    assert _role(attack, "actor", "canonical_name") == {"militants"}
    assert _role(attack, "recipient", "canonical_name") == {"police"}


def test_english_sample_attack_has_militants_as_actor_and_police_as_recipient(samples_db):
    (attack,) = [e for e in _events(samples_db, "sample-en-003") if e["trigger"] == "attacked"]
    assert _role(attack, "actor", "canonical_name") == {"militants"}
    assert _role(attack, "recipient", "canonical_name") == {"police"}


def test_planned_and_expected_sample_events_are_not_dated_before_publication(samples_db):
    early = _rows(samples_db, """
        SELECT e.article_id, e.event_type, e.status, e.date_start, e.date_text
        FROM events e JOIN articles a USING (article_id)
        WHERE e.article_id LIKE 'sample-%' AND e.status IN ('planned', 'expected') AND e.date_start < a.pub_date""")
    assert not early


def test_reported_speech_is_not_dated_by_the_future_event_it_reports(samples_db):
    quarantined = _rows(samples_db, "SELECT record_id, checks FROM quarantine WHERE article_id = 'sample-en-004'")
    assert not quarantined


def test_english_will_hold_a_summit_is_the_planned_meeting_agreed_before(samples_db):
    """"agreed to meet in Ankara next week" and "will hold a summit next week": one planned meeting, told twice."""
    summits = [e for e in _events(samples_db, "sample-en-002")
               if e["event_type"] == "MEETING" and ("will hold a summit" in e["evidence_text"] or "agreed to meet" in e["evidence_text"])]
    assert [(e["status"], e["mentions"]) for e in summits] == [("planned", 2)]


def test_amman_in_an_arabic_dateline_is_not_oman(samples_db):
    omn = _rows(samples_db, "SELECT name, evidence_text FROM event_participants "
                            "WHERE article_id = 'sample-ar-002' AND country_code = 'OMN'")
    assert not omn
