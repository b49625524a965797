"""The Parquet lake: contract-exact tables, partitioned atomic idempotent batch files, published after the load."""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from etl.lake import (
    clear_staging,
    iter_dataset_files,
    lake_batches,
    pending_lake,
    publish,
    read_batch,
    read_dataset,
    to_table,
    write_batch,
)
from schemas import CONTRACT, SCHEMA_VERSION

UTC = dt.timezone.utc


def article(article_id: str, pub_date: str | None = "2024-03-05", **extra) -> dict:
    published = dt.datetime.fromisoformat(pub_date).replace(hour=9, tzinfo=UTC) if pub_date else None
    return {
        "article_id": article_id,
        "url": f"https://example.org/{article_id}",
        "title": f"Title {article_id}",
        "published_at": published,
        "pub_date": pub_date,
        "language": "en",
        "text": "The minister visited Cairo.",
        "text_sha256": "0" * 64,
        "source": "feed.jsonl:1",
        "extractor_version": "test-1",
        "schema_version": SCHEMA_VERSION,
        **extra,
    }


def event(event_id: str, article_id: str = "a1", **extra) -> dict:
    return {
        "event_id": event_id,
        "article_id": article_id,
        "event_type": "VISIT",
        "status": "occurred",
        "date_start": dt.date(2024, 3, 4),
        "date_inferred": False,
        "evidence_text": "The minister visited Cairo.",
        "char_start": 0,
        "char_end": 27,
        "mentions": 1,
        "pub_date": "2024-03-05",
        "extractor_version": "test-1",
        "schema_version": SCHEMA_VERSION,
        **extra,
    }


def quarantined(quarantine_id: str) -> dict:
    return {
        "quarantine_id": quarantine_id,
        "run_id": "run-1",
        "stage": "validate",
        "dataset": "events",
        "record_id": "e9",
        "article_id": "a1",
        "checks": ["status_in_vocabulary"],
        "reason": "status 'maybe' is not in the vocabulary",
        "quarantined_at": dt.datetime(2024, 3, 5, 12, tzinfo=UTC),
    }


def all_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file())


# ---------------------------------------------------------------- to_table


def test_to_table_has_exactly_the_contract_schema_and_fills_missing_fields_with_null():
    table = to_table("articles", [article("a1", url=None), {"article_id": "a2", "text": "x"}])

    assert table.schema.equals(CONTRACT.arrow_schema("articles"), check_metadata=True)
    rows = table.to_pylist()
    assert rows[0]["url"] is None and rows[1]["title"] is None and rows[1]["pub_date"] is None


def test_to_table_accepts_iso_and_date_values_and_stores_timestamps_in_utc():
    cairo = dt.timezone(dt.timedelta(hours=2))
    table = to_table(
        "articles",
        [
            article("a1", published_at=dt.datetime(2024, 3, 5, 1, 30, tzinfo=cairo)),
            article("a2", pub_date=None) | {"pub_date": dt.date(2024, 1, 31)},
        ],
    )

    rows = table.to_pylist()
    assert rows[0]["pub_date"] == dt.date(2024, 3, 5)
    assert rows[0]["published_at"] == dt.datetime(2024, 3, 4, 23, 30, tzinfo=UTC)
    assert rows[1]["pub_date"] == dt.date(2024, 1, 31)


def test_to_table_rejects_an_unknown_field_by_name():
    with pytest.raises(ValueError, match=r"article_id='a1'.*'sentiment'"):
        to_table("articles", [article("a1", sentiment="positive")])


def test_to_table_names_dataset_record_and_field_when_a_value_cannot_convert():
    with pytest.raises(ValueError) as err:
        to_table("events", [event("e1"), event("e2", char_start="twelve")])

    message = str(err.value)
    assert message.startswith("events record event_id='e2' article_id='a1'")
    assert "'char_start'" in message and "'twelve'" in message


@pytest.mark.parametrize(
    "field, value",
    [
        ("date_start", "2024-02-30"),
        ("date_start", dt.datetime(2024, 3, 4, tzinfo=UTC)),
        ("published_at", dt.datetime(2024, 3, 4, 10)),
        ("date_inferred", "false"),
        ("char_end", 2**31),
        ("mentions", True),
    ],
)
def test_to_table_refuses_values_the_contract_type_cannot_hold(field, value):
    with pytest.raises(ValueError, match=f"field '{field}'"):
        to_table("events", [event("e1", **{field: value})])


# ---------------------------------------------------------------- write_batch


def test_write_batch_partitions_by_pub_date_and_puts_undated_rows_apart(tmp_path):
    rows = [article("a1", "2024-03-05"), article("a2", "2024-03-06"), article("a3", None), article("a4", "2024-03-05")]

    written = write_batch(tmp_path, "articles", to_table("articles", rows), "batch-1")

    assert sorted(written) == sorted(
        str(tmp_path / "articles" / part / "batch-1.parquet")
        for part in ("pub_date=2024-03-05", "pub_date=2024-03-06", "pub_date=undated")
    )
    march5 = pq.read_table(tmp_path / "articles" / "pub_date=2024-03-05" / "batch-1.parquet")
    assert sorted(march5["article_id"].to_pylist()) == ["a1", "a4"]
    assert march5.schema.field("pub_date").type == CONTRACT.arrow_schema("articles").field("pub_date").type
    assert pq.read_metadata(written[0]).row_group(0).column(0).compression == "ZSTD"


def test_quarantine_is_written_unpartitioned(tmp_path):
    written = write_batch(tmp_path, "quarantine", to_table("quarantine", [quarantined("q1")]), "batch-1")

    assert written == [str(tmp_path / "quarantine" / "batch-1.parquet")]
    assert read_dataset(tmp_path, "quarantine")["checks"].to_pylist() == [["status_in_vocabulary"]]


def test_write_batch_leaves_no_temporary_files(tmp_path):
    write_batch(tmp_path, "events", to_table("events", [event("e1"), event("e2", pub_date=None)]), "b1")

    names = [p.name for p in all_files(tmp_path)]
    assert names == ["b1.parquet", "b1.parquet"]


def test_same_batch_id_twice_rewrites_the_same_files(tmp_path):
    table = to_table("events", [event("e1"), event("e2", pub_date="2024-03-07")])

    first = write_batch(tmp_path, "events", table, "b1")
    before = {p: p.read_bytes() for p in all_files(tmp_path)}
    second = write_batch(tmp_path, "events", table, "b1")

    assert first == second
    assert {p: p.read_bytes() for p in all_files(tmp_path)} == before
    assert read_dataset(tmp_path, "events").num_rows == 2


def test_rewriting_a_batch_removes_its_files_from_partitions_it_no_longer_covers(tmp_path):
    write_batch(tmp_path, "events", to_table("events", [event("e1", pub_date="2024-03-01")]), "b1")
    write_batch(tmp_path, "events", to_table("events", [event("e1", pub_date="2024-03-02")]), "b1")

    assert [p.parent.name for p in iter_dataset_files(tmp_path, "events")] == ["pub_date=2024-03-02"]


def test_write_batch_refuses_a_null_in_a_required_field_naming_it(tmp_path):
    table = to_table("events", [event("e1", evidence_text=None)])

    with pytest.raises(ValueError, match=r"events field 'evidence_text' is required.*'e1'"):
        write_batch(tmp_path, "events", table, "b1")
    assert all_files(tmp_path) == []


def test_write_batch_refuses_a_batch_id_that_is_not_a_plain_file_name(tmp_path):
    with pytest.raises(ValueError, match="batch_id"):
        write_batch(tmp_path, "events", to_table("events", [event("e1")]), "../escape")


# ---------------------------------------------------------------- read


def test_reader_ignores_temporary_and_hidden_files(tmp_path):
    write_batch(tmp_path, "events", to_table("events", [event("e1")]), "b1")
    part = tmp_path / "events" / "pub_date=2024-03-05"
    committed = part / "b1.parquet"
    (part / "b2.parquet.tmp").write_bytes(committed.read_bytes())
    (part / ".b3.parquet").write_bytes(committed.read_bytes())
    (part / "b4.parquet.tmp").write_bytes(b"half a file")

    assert iter_dataset_files(tmp_path, "events") == [committed]
    assert read_dataset(tmp_path, "events")["event_id"].to_pylist() == ["e1"]


def test_read_dataset_returns_contract_schema_with_pub_date_from_the_file(tmp_path):
    write_batch(tmp_path, "events", to_table("events", [event("e1"), event("e2", pub_date=None)]), "b1")

    table = read_dataset(tmp_path, "events")

    assert table.schema.equals(CONTRACT.arrow_schema("events"))
    assert sorted(table["pub_date"].to_pylist(), key=str) == [dt.date(2024, 3, 5), None]


def test_read_dataset_of_an_empty_lake_is_an_empty_contract_table(tmp_path):
    table = read_dataset(tmp_path, "participants")

    assert table.num_rows == 0
    assert table.schema.equals(CONTRACT.arrow_schema("participants"))


# ---------------------------------------------------------------- publishing and batches


def test_publish_moves_a_runs_batches_into_the_lake_and_drops_their_stale_files(tmp_path):
    lake, pending = tmp_path / "lake", tmp_path / "pending"
    write_batch(lake, "events", to_table("events", [event("e1", pub_date="2024-03-01")]), "b1")
    write_batch(lake, "quarantine", to_table("quarantine", [quarantined("q1")]), "b1")
    write_batch(lake, "events", to_table("events", [event("e9")]), "b9")
    write_batch(pending, "events", to_table("events", [event("e1", pub_date="2024-03-02")]), "b1")

    moved = publish(pending, lake, ["b1"])

    assert moved == 1
    assert [str(p.relative_to(lake)) for p in iter_dataset_files(lake, "events")] == [
        "events/pub_date=2024-03-02/b1.parquet", "events/pub_date=2024-03-05/b9.parquet"]
    assert iter_dataset_files(lake, "quarantine") == [], "b1 has no quarantine rows any more"
    assert all_files(pending) == []


def test_staging_is_cleared_per_run_and_removed_when_empty(tmp_path):
    for run_id in ("run:1", "run:2"):
        write_batch(pending_lake(tmp_path, run_id), "events", to_table("events", [event("e1")]), "b1")

    clear_staging(tmp_path, "run:1")
    assert [p.name for p in (tmp_path / "_staging").iterdir()] == ["run_2"]
    clear_staging(tmp_path, "run:2")
    assert not (tmp_path / "_staging").exists()


def test_lake_batches_are_ordered_by_publication_and_read_whole(tmp_path):
    write_batch(tmp_path, "events", to_table("events", [event("e1", pub_date="2024-03-01"), event("e2")]), "b-late")
    write_batch(tmp_path, "articles", to_table("articles", [article("a1")]), "b-late")
    write_batch(tmp_path, "events", to_table("events", [event("e3")]), "b-early")
    for path in tmp_path.rglob("b-early.parquet"):
        os.utime(path, ns=(1_000_000_000, 1_000_000_000))

    batches = lake_batches(tmp_path)

    assert [b.batch_id for b in batches] == ["b-early", "b-late"]
    tables = read_batch(batches[1])
    assert sorted(tables["events"]["event_id"].to_pylist()) == ["e1", "e2"]
    assert tables["articles"].num_rows == 1 and tables["participants"].num_rows == 0
    assert tables["quarantine"].schema.equals(CONTRACT.arrow_schema("quarantine"))
