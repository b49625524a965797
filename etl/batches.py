"""The stages over batch files, for schedulers that pass paths between tasks (Airflow).

Task boundaries are process boundaries on a cluster, so each step reads its input batch
from Parquet and writes its output to Parquet, returning only small JSON-able dicts of
paths and counts. Article bodies never travel through the scheduler's metadata DB.
Extraction and validation write the run's lake files to its pending lake; the load, the
single writer, runs the batch checks, stages every batch, merges them in one transaction,
and only then publishes the files to the lake and renders the run's Data Docs, as
`pipeline.run` does.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any, Sequence

import pyarrow as pa
import pyarrow.parquet as pq

from schemas import SCHEMA_VERSION

from . import load
from .extract import extractor_version
from .ingest import IngestStats, ingest
from .lake import clear_staging, conform, pending_lake, publish, staging_dir, to_table
from .pipeline import ProcessedBatch, abandon, batched, check_and_stage, render_docs, validate_extracted
from .records import Article, Problem
from .stages import ExtractedBatch, article_row, batch_id_of, extract_batch, problems_table, write_extracted

__all__ = ["extract_staged", "load_validated", "stage_inputs", "validate_staged"]


def _write(table: pa.Table, path: Path) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name("." + path.name + ".tmp")
    pq.write_table(table, tmp, compression="zstd")
    tmp.replace(path)
    return str(path)


def _read(path: str, dataset: str) -> pa.Table:
    return conform(dataset, pq.read_table(path))


def stage_inputs(inputs: Sequence[str | Path], *, lake: Path | str, run_id: str, batch_size: int = 500) -> dict[str, Any]:
    """Ingest: split the input into article batch files; returns their paths and the ingest counts."""
    stage = staging_dir(lake, run_id)
    stats = IngestStats()
    batches = []
    for n, chunk in enumerate(batched(ingest(inputs, stats), batch_size)):
        articles = [article_row(x) for x in chunk if isinstance(x, Article)]
        problems = problems_table([x for x in chunk if isinstance(x, Problem)], run_id)
        batches.append(
            {
                "articles": _write(to_table("articles", articles), stage / f"{n:05d}.input-articles.parquet"),
                "problems": _write(problems, stage / f"{n:05d}.input-problems.parquet"),
            }
        )
    return {"batches": batches, "counts": {"articles_in": stats.inputs, "duplicates": stats.duplicates}}


def extract_staged(batch: dict[str, str], *, lake: Path | str, run_id: str) -> dict[str, Any]:
    """Extract one staged batch and write its datasets to the lake."""
    rows = _read(batch["articles"], "articles").to_pylist()
    articles = [
        Article(r["article_id"], r["text"], url=r["url"], title=r["title"], published_at=r["published_at"], language=r["language"], source=r["source"])
        for r in rows
    ]
    problems = _read(batch["problems"], "quarantine")
    batch_id = batch_id_of([a.article_id for a in articles] + problems.column("quarantine_id").to_pylist())
    extracted = extract_batch(articles, run_id)
    write_extracted(pending_lake(lake, run_id), batch_id, extracted)
    stage = staging_dir(lake, run_id)
    out = {"batch_id": batch_id, "problems": batch["problems"]}
    for name, table, dataset in (
        ("articles", extracted.articles, "articles"),
        ("events", extracted.events, "events"),
        ("participants", extracted.participants, "participants"),
        ("failures", extracted.failures, "quarantine"),
    ):
        out[name] = _write(table, stage / f"{batch_id}.extracted-{name}.parquet")
    return out


def validate_staged(info: dict[str, Any], *, lake: Path | str, run_id: str, docs_dir: Path | None) -> dict[str, Any]:
    """Validate one extracted batch; writes what loads and what is quarantined."""
    extracted = ExtractedBatch(
        articles=_read(info["articles"], "articles"),
        events=_read(info["events"], "events"),
        participants=_read(info["participants"], "participants"),
        failures=_read(info["failures"], "quarantine"),
    )
    processed = validate_extracted(info["batch_id"], extracted, _read(info["problems"], "quarantine"),
                                   lake=pending_lake(lake, run_id), run_id=run_id, docs_dir=docs_dir)
    stage = staging_dir(lake, run_id)
    out: dict[str, Any] = {"batch_id": processed.batch_id, "counts": dict(processed.counts), "data_docs": processed.data_docs,
                           "docs_dir": None if docs_dir is None else str(docs_dir)}
    for name in ("articles", "events", "participants", "quarantine"):
        out[name] = _write(getattr(processed, name), stage / f"{processed.batch_id}.valid-{name}.parquet")
    return out


def load_validated(results: list[dict[str, Any]], *, db: Path | str, lake: Path | str, run_id: str, inputs: Sequence[str], ingest_counts: dict[str, int]) -> dict[str, Any]:
    """The single writer: check and stage every validated batch, merge them in one transaction, publish, record the run.

    A failed batch check fails the task with nothing loaded or published; the staging files
    stay for a retry and for inspection.
    """
    from .validate.quality import QualityGate, load_quality

    docs_dir = next((Path(r["docs_dir"]) for r in results if r.get("docs_dir")), None)
    Path(db).parent.mkdir(parents=True, exist_ok=True)
    pending = pending_lake(lake, run_id)
    con = load.connect(db)
    try:
        load.ensure_warehouse(con)
        load.start_run(con, run_id, inputs=list(inputs), extractor_version=extractor_version(), schema_version=SCHEMA_VERSION)
        counts: Counter = Counter(ingest_counts)
        gate = None
        try:
            load.begin_staging(con)
            gate = QualityGate(con, load_quality(), run_id=run_id, docs_dir=docs_dir)
            for seq, r in enumerate(results):
                batch = ProcessedBatch(
                    r["batch_id"],
                    _read(r["articles"], "articles"),
                    _read(r["events"], "events"),
                    _read(r["participants"], "participants"),
                    _read(r["quarantine"], "quarantine"),
                    Counter({k: int(v) for k, v in r["counts"].items()}),
                )
                check_and_stage(con, gate, seq, batch, evidence=pending)
                counts.update(batch.counts)
            load.merge_staged(con)
        except BaseException as exc:
            abandon(con, run_id, exc, counts=dict(counts), docs_dir=docs_dir, gate=gate)
            raise
        publish(pending, lake, [r["batch_id"] for r in results])
        docs = render_docs(docs_dir, run_id)
        load.finish_run(con, run_id, status="success", counts=dict(counts), data_docs=docs, checks=gate.results())
        summary = load.summary(con)
    finally:
        con.close()
    clear_staging(lake, run_id)
    return {"run_id": run_id, "counts": dict(counts), "data_docs": docs, "warehouse": summary, "checks": gate.results()}
