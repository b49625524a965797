"""The stages over batch files, for schedulers that pass paths between tasks (Airflow).

Task boundaries are process boundaries on a cluster, so each step reads its input batch
from Parquet and writes its output to Parquet, returning only small JSON-able dicts of
paths and counts. Article bodies never travel through the scheduler's metadata DB.
"""
from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any, Sequence

import pyarrow as pa
import pyarrow.parquet as pq

from schemas import SCHEMA_VERSION

from . import load
from .extract import extractor_version
from .ingest import IngestStats, ingest
from .lake import conform, to_table
from .pipeline import ProcessedBatch, batched, load_processed, validate_extracted
from .records import Article, Problem
from .stages import ExtractedBatch, article_row, batch_id_of, extract_batch, problems_table, write_extracted


def safe_run_id(run_id: str) -> str:
    """Airflow run ids hold ':' and '+', which do not belong in file names."""
    return re.sub(r"[^A-Za-z0-9_.=-]+", "_", run_id).strip("_") or "run"


def staging_dir(lake: Path | str, run_id: str) -> Path:
    return Path(lake) / "_staging" / safe_run_id(run_id)


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
    write_extracted(lake, batch_id, extracted)
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
    processed = validate_extracted(info["batch_id"], extracted, _read(info["problems"], "quarantine"), lake=lake, run_id=run_id, docs_dir=docs_dir)
    stage = staging_dir(lake, run_id)
    out: dict[str, Any] = {"batch_id": processed.batch_id, "counts": dict(processed.counts), "data_docs": processed.data_docs}
    for name in ("articles", "events", "participants", "quarantine"):
        out[name] = _write(getattr(processed, name), stage / f"{processed.batch_id}.valid-{name}.parquet")
    return out


def load_validated(results: list[dict[str, Any]], *, db: Path | str, lake: Path | str, run_id: str, inputs: Sequence[str], ingest_counts: dict[str, int]) -> dict[str, Any]:
    """The single writer: load every validated batch, record the run, clear the staging files."""
    Path(db).parent.mkdir(parents=True, exist_ok=True)
    con = load.connect(db)
    try:
        load.ensure_warehouse(con)
        load.start_run(con, run_id, inputs=list(inputs), extractor_version=extractor_version(), schema_version=SCHEMA_VERSION)
        counts: dict[str, int] = dict(ingest_counts)
        docs = None
        for r in results:
            batch = ProcessedBatch(
                r["batch_id"],
                _read(r["articles"], "articles"),
                _read(r["events"], "events"),
                _read(r["participants"], "participants"),
                _read(r["quarantine"], "quarantine"),
            )
            load_processed(con, batch)
            for k, v in r["counts"].items():
                counts[k] = counts.get(k, 0) + int(v)
            docs = r.get("data_docs") or docs
        load.finish_run(con, run_id, status="success", counts=counts, data_docs=docs)
        summary = load.summary(con)
    finally:
        con.close()
    shutil.rmtree(staging_dir(lake, run_id), ignore_errors=True)
    return {"run_id": run_id, "counts": counts, "data_docs": docs, "warehouse": summary}
