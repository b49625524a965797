"""Batch checks: each figure of a bad batch fails its check with a message naming it, through real GX.

The gate is fed contract-shaped tables and the stage counts a validated batch carries; the
warehouse is a real DuckDB file whose `runs` table holds the history the ratio checks read.
The last tests run the whole pipeline (CLI and the Airflow-style batch functions) against a
strict quality.yml and prove a failed check loads nothing and publishes nothing.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
from collections import Counter
from pathlib import Path

import duckdb
import pyarrow as pa
import pytest
import yaml

from etl.lake import iter_dataset_files, to_table
from etl.load import begin_staging, connect, ensure_warehouse, finish_run, load_batch, stage_batch, start_run
from etl.validate.quality import QUALITY_PATH, QualityGate, QualityGateError, load_quality
from schemas import SCHEMA_VERSION

UTC = dt.timezone.utc
DAY = dt.date(2024, 3, 5)


def write_quality(tmp_path: Path, **changes: dict) -> Path:
    """The project's quality.yml with some checks' settings changed: check -> {setting: value}."""
    raw = yaml.safe_load(QUALITY_PATH.read_text(encoding="utf-8"))
    for check, settings in changes.items():
        raw["batch_checks"][check].update(settings)
    path = tmp_path / "quality.yml"
    path.write_text(yaml.safe_dump(raw), encoding="utf-8")
    return path


def batch(n_articles: int, events_per_article: int, *, undated: int = 0, prefix: str = "a") -> dict[str, pa.Table]:
    """Loadable tables: every event has one participant; the first `undated` events have no date_start."""
    articles, events, participants = [], [], []
    for i in range(n_articles):
        article_id = f"{prefix}{i}"
        articles.append({"article_id": article_id, "text": "The minister visited Cairo.", "text_sha256": "0" * 64,
                         "pub_date": DAY, "extractor_version": "test", "schema_version": SCHEMA_VERSION})
        for j in range(events_per_article):
            event_id = f"e-{article_id}-{j}"
            events.append({"event_id": event_id, "article_id": article_id, "event_type": "VISIT", "status": "occurred",
                           "date_start": None if len(events) < undated else DAY, "date_inferred": False,
                           "evidence_text": "visited", "char_start": 13, "char_end": 20, "mentions": 1,
                           "pub_date": DAY, "extractor_version": "test", "schema_version": SCHEMA_VERSION})
            participants.append({"participant_id": f"p-{event_id}", "event_id": event_id, "article_id": article_id,
                                 "role": "visitor", "name": "minister", "evidence_text": "minister", "char_start": 4,
                                 "char_end": 12, "pub_date": DAY, "extractor_version": "test", "schema_version": SCHEMA_VERSION})
    return {"articles": to_table("articles", articles), "events": to_table("events", events),
            "participants": to_table("participants", participants)}


def counts_of(tables: dict[str, pa.Table], **extra: int) -> Counter:
    counts = Counter(articles_loaded=tables["articles"].num_rows, events_extracted=tables["events"].num_rows,
                     events_loaded=tables["events"].num_rows, participants_loaded=tables["participants"].num_rows)
    counts.update(extra)
    return counts


@pytest.fixture
def con(tmp_path):
    connection = connect(tmp_path / "wh.duckdb")
    ensure_warehouse(connection)
    start_run(connection, "run-now", inputs=[], extractor_version="test", schema_version=SCHEMA_VERSION)
    begin_staging(connection)
    yield connection
    connection.close()


def gate(con, tmp_path, run_id: str = "run-now", **changes: dict) -> QualityGate:
    return QualityGate(con, load_quality(write_quality(tmp_path, **changes)), run_id=run_id)


def check(g: QualityGate, tables: dict[str, pa.Table], batch_id: str = "b1", **counts: int):
    return g.check(batch_id, **tables, counts=counts_of(tables, **counts))


def record_history(con, *runs: tuple[int, int], status: str = "success") -> None:
    """Past runs as (articles_loaded, events_extracted); every event has one participant."""
    for n, (articles, events) in enumerate(runs):
        run_id = f"run-past-{status}-{n}"
        start_run(con, run_id, inputs=[], extractor_version="test", schema_version=SCHEMA_VERSION)
        finish_run(con, run_id, status=status, data_docs=None, counts={
            "articles_loaded": articles, "events_extracted": events, "events_loaded": events, "participants_loaded": events})


def statuses(outcomes) -> dict[str, str]:
    return {o.check: o.status for o in outcomes}


# ---------------------------------------------------------------- each check, one bad batch


def test_a_clean_batch_passes_every_judged_check(con, tmp_path):
    outcomes = check(gate(con, tmp_path), batch(60, 2))

    assert statuses(outcomes) == {
        "events_per_article_within_history": "skipped",  # no history yet
        "participants_per_event_within_history": "skipped",
        "undated_events_share": "passed",
        "quarantined_share": "passed",
        "duplicate_keys": "passed",
    }


def test_too_many_quarantined_rows_fail_the_batch_naming_the_figures_and_the_way_out(con, tmp_path):
    tables = batch(10, 2)  # 50 loadable rows

    with pytest.raises(QualityGateError) as err:
        check(gate(con, tmp_path), tables, quarantined=30)

    message = str(err.value)
    assert "batch b1 failed batch check(s) quarantined_share: 30 of 80 rows were quarantined (max_share 0.25): 37.5%" in message
    assert "Nothing of this run was loaded" in message
    assert "--warn-only quarantined_share" in message and "severity: warning" in message


def test_a_small_batch_is_not_judged_on_its_quarantined_share(con, tmp_path):
    outcomes = check(gate(con, tmp_path), batch(2, 1), quarantined=5)  # 11 rows < min_rows 50

    (skipped,) = [o for o in outcomes if o.check == "quarantined_share"]
    assert skipped.status == "skipped" and skipped.value is None
    assert "fewer than the minimum 50" in skipped.detail


def test_mostly_undated_events_fail_the_batch(con, tmp_path):
    g = gate(con, tmp_path, undated_events_share={"min_events": 5})

    with pytest.raises(QualityGateError, match=r"undated_events_share: 9 of 10 loadable events have no date_start "
                                               r"\(max_share 0.8\): 90.0%"):
        check(g, batch(5, 2, undated=9))


def test_duplicate_keys_inside_the_batch_fail_it(con, tmp_path):
    with pytest.raises(QualityGateError, match=r"duplicate_keys: 2 rows repeat a key inside the batch and 0 rows"):
        check(gate(con, tmp_path), batch(3, 1), **{"failed:events:event_id_unique": 2})


def test_an_article_two_batches_of_one_run_carry_fails_the_second(con, tmp_path):
    g = gate(con, tmp_path)
    first = batch(3, 1)
    check(g, first, "b1")
    stage_batch(con, 0, "b1", **first, quarantine=to_table("quarantine", []))

    with pytest.raises(QualityGateError, match=r"batch b2 .*duplicate_keys: 0 rows repeat a key inside the batch and "
                                               r"3 rows have a key that another article or an earlier batch of this run holds"):
        check(g, batch(3, 0), "b2")


def test_an_event_key_the_warehouse_files_under_another_article_fails_the_batch(con, tmp_path):
    first = batch(1, 1, prefix="x")  # event e-x0-0 of article x0
    load_batch(con, **first, quarantine=to_table("quarantine", []))
    begin_staging(con)  # load_batch used and dropped the staging tables
    stolen = batch(1, 0, prefix="y")
    stolen["events"] = first["events"].set_column(1, "article_id", pa.array(["y0"]))

    with pytest.raises(QualityGateError, match=r"duplicate_keys: .*1 rows have a key that another article"):
        check(gate(con, tmp_path), stolen)


# ---------------------------------------------------------------- history


def test_events_per_article_far_below_recent_runs_fail_the_batch(con, tmp_path):
    record_history(con, (100, 500), (100, 480), (100, 520))  # median 5 per article

    with pytest.raises(QualityGateError, match=r"events_per_article_within_history: 60 events_extracted / 60 "
                                               r"articles_loaded = 1.00, 0.20x the median 5.00 of the last 3 "
                                               r"successful runs \(allowed 0.25x to 5x\)"):
        check(gate(con, tmp_path, events_per_article_within_history={"low_factor": 0.25}), batch(60, 1))


def test_events_per_article_far_above_recent_runs_fail_the_batch(con, tmp_path):
    record_history(con, (100, 100), (100, 100), (100, 100))  # median 1 per article

    with pytest.raises(QualityGateError, match=r"events_per_article_within_history: .*6.00x the median 1.00"):
        check(gate(con, tmp_path, participants_per_event_within_history={"min_events": 10**6}), batch(60, 6))


def test_events_per_article_within_bounds_pass(con, tmp_path):
    record_history(con, (100, 300), (100, 200), (100, 250))

    outcomes = check(gate(con, tmp_path), batch(60, 2))

    (ratio,) = [o for o in outcomes if o.check == "events_per_article_within_history"]
    assert ratio.status == "passed" and ratio.value == pytest.approx(2 / 2.5)


def test_without_enough_successful_history_the_ratio_is_not_judged(con, tmp_path):
    record_history(con, (100, 500), (100, 500))
    record_history(con, (100, 500), (100, 500), status="failed")  # failed runs are no yardstick

    outcomes = check(gate(con, tmp_path), batch(60, 20))

    (ratio,) = [o for o in outcomes if o.check == "events_per_article_within_history"]
    assert ratio.status == "skipped"
    assert "2 earlier successful runs with articles_loaded >= 50, fewer than min_history_runs=3" in ratio.detail


def test_participants_per_event_below_recent_runs_fail_the_batch(con, tmp_path):
    record_history(con, (100, 400), (100, 400), (100, 400))  # one participant per event
    tables = batch(60, 2)
    tables["participants"] = tables["participants"].slice(0, 12)  # 0.1 per event

    with pytest.raises(QualityGateError, match=r"participants_per_event_within_history: 12 participants_loaded / "
                                               r"120 events_loaded = 0.10, 0.10x the median 1.00"):
        check(gate(con, tmp_path), tables)


# ---------------------------------------------------------------- severity and configuration


def test_a_check_turned_into_a_warning_records_the_failure_and_lets_the_batch_load(con, tmp_path):
    config = load_quality(write_quality(tmp_path)).warn_only(["quarantined_share"])
    g = QualityGate(con, config, run_id="run-now")

    outcomes = check(g, batch(10, 2), quarantined=30)

    assert statuses(outcomes)["quarantined_share"] == "warning"
    results = g.results()["checks"]["quarantined_share"]
    assert results["status"] == "warning" and results["severity"] == "warning"
    assert results["batches"]["warning"] == 1
    assert results["problems"][0]["batch_id"] == "b1" and "30 of 80 rows" in results["problems"][0]["detail"]


def test_severity_warning_in_the_file_has_the_same_effect(con, tmp_path):
    g = gate(con, tmp_path, quarantined_share={"severity": "warning"})

    assert statuses(check(g, batch(10, 2), quarantined=30))["quarantined_share"] == "warning"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"quarantined_share": {"severity": "fatal"}}, r"quarantined_share.severity must be one of error, warning"),
        ({"quarantined_share": {"max_share": "a lot"}}, r"quarantined_share.max_share must be a number >= 0"),
        ({"duplicate_keys": {"max_rows": 0, "max_share": 1}}, r"duplicate_keys takes the settings max_rows"),
    ],
)
def test_a_bad_quality_file_is_refused_naming_file_check_and_setting(tmp_path, changes, message):
    path = write_quality(tmp_path, **changes)
    with pytest.raises(ValueError, match=message) as err:
        load_quality(path)
    assert str(path) in str(err.value)


def test_a_quality_file_must_configure_every_check(tmp_path):
    path = tmp_path / "quality.yml"
    path.write_text("batch_checks:\n  duplicate_keys: {severity: error, max_rows: 0}\n  sentiment: {severity: error}\n")
    with pytest.raises(ValueError, match=r"missing \['events_per_article_within_history', .*unknown \['sentiment'\]"):
        load_quality(path)


def test_warn_only_refuses_an_unknown_check_name():
    with pytest.raises(ValueError, match=r"unknown batch check\(s\) quarantine_share; the checks are .*quarantined_share"):
        load_quality().warn_only(["quarantine_share"])


# ---------------------------------------------------------------- whole runs


STRICT = {"quarantined_share": {"max_share": 0.0, "min_rows": 1}}


def lake_files(lake: Path) -> list[str]:
    return sorted(str(p.relative_to(lake)) for ds in ("articles", "events", "participants", "quarantine")
                  for p in iter_dataset_files(lake, ds))


def warehouse_rows(db: Path) -> dict[str, list[tuple]]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {v: con.execute(f"SELECT * FROM {v} ORDER BY ALL").fetchall()
                for v in ("articles", "events", "event_participants", "quarantine")}


@pytest.fixture(scope="module")
def failed_cli_run(tmp_path_factory, seed_jsonl, bad_dir):
    """A good run of the seed, then `python -m etl run` (in-process) of the broken inputs under a zero-quarantine rule."""
    from etl.cli import main
    from etl.pipeline import run

    root = tmp_path_factory.mktemp("gate")
    db, lake = root / "warehouse.duckdb", root / "lake"
    good = run([str(seed_jsonl)], db=db, lake=lake)
    before = warehouse_rows(db), lake_files(lake)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["run", "--input", str(bad_dir), str(seed_jsonl), "--db", str(db), "--lake", str(lake), "--quiet",
                     "--quality", str(write_quality(root, **STRICT))])
    return good, before, (code, out.getvalue(), err.getvalue()), db, lake


def test_a_failed_batch_check_fails_the_cli_run_with_its_message(failed_cli_run):
    _, _, (code, stdout, stderr), _, _ = failed_cli_run
    assert code == 1, stderr
    assert "error: run " in stderr and "failed batch check(s) quarantined_share: 5 of" in stderr
    assert "Nothing of this run was loaded" in stderr
    assert "data docs: " in stderr
    assert stdout == ""


def test_a_failed_batch_check_leaves_warehouse_and_lake_as_they_were(failed_cli_run):
    _, (rows, files), _, db, lake = failed_cli_run
    assert warehouse_rows(db) == rows
    assert lake_files(lake) == files
    staged = list((lake / "_staging").glob("*/lake/quarantine/*.parquet"))
    assert staged, "the rejected batch stays in the run's staging folder for inspection"


def test_a_failed_run_is_recorded_with_its_message_and_check_results(failed_cli_run):
    good, _, _, db, _ = failed_cli_run
    with duckdb.connect(str(db), read_only=True) as con:
        runs = con.execute("SELECT run_id, status, message, checks_json, data_docs FROM runs ORDER BY started_at").fetchall()
    assert [(r[0], r[1]) for r in runs][0] == (good.run_id, "success")
    _, status, message, checks_json, docs = runs[1]
    assert status == "failed"
    assert "failed batch check(s) quarantined_share" in message
    checks = json.loads(checks_json)["checks"]["quarantined_share"]
    assert checks["status"] == "failed" and checks["settings"] == {"max_share": 0.0, "min_rows": 1}
    assert docs.endswith("data_docs/index.html") and Path(docs).is_file()


def test_the_airflow_path_fails_its_load_on_a_batch_check_and_publishes_nothing(tmp_path, bad_dir, monkeypatch):
    from etl.batches import extract_staged, load_validated, stage_inputs, validate_staged

    monkeypatch.setenv("NEWS_EVENTS_QUALITY", str(write_quality(tmp_path, **STRICT)))
    lake, db = tmp_path / "lake", tmp_path / "warehouse.duckdb"
    staged = stage_inputs([bad_dir], lake=lake, run_id="manual__1", batch_size=10)
    results = [validate_staged(extract_staged(b, lake=lake, run_id="manual__1"), lake=lake, run_id="manual__1",
                               docs_dir=tmp_path / "docs") for b in staged["batches"]]

    with pytest.raises(QualityGateError, match="quarantined_share"):
        load_validated(results, db=db, lake=lake, run_id="manual__1", inputs=[str(bad_dir)], ingest_counts=staged["counts"])

    assert lake_files(lake) == []
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchall() == [(0,)]
        assert con.execute("SELECT status FROM runs").fetchall() == [("failed",)]
