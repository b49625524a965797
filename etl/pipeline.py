"""Compose the stages over a stream of article batches: the run the CLI and the DAG perform.

Batches stream through ingest -> extract -> write Parquet -> validate -> load one at a
time, so memory depends on the batch size, not on the input size.
"""
from __future__ import annotations

import datetime as dt
import secrets
from collections import Counter
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

import pyarrow as pa

from schemas import SCHEMA_VERSION

from . import load
from .extract import extractor_version
from .ingest import IngestStats, ingest, iter_inputs
from .lake import write_batch
from .records import Article, Problem
from .stages import ExtractedBatch, batch_id_of, extract_batch, problems_table, write_extracted


@dataclass
class ProcessedBatch:
    """One batch after validation: what loads, and what is quarantined."""

    batch_id: str
    articles: pa.Table
    events: pa.Table
    participants: pa.Table
    quarantine: pa.Table
    counts: Counter = field(default_factory=Counter)
    data_docs: str | None = None


@dataclass
class RunResult:
    run_id: str
    counts: dict[str, int]
    data_docs: str | None
    warehouse: dict


def new_run_id() -> str:
    return "run-" + dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S") + "-" + secrets.token_hex(3)


def batched(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def process_batch(articles: list[Article], problems: pa.Table, *, lake: Path | str, run_id: str, docs_dir: Path | None) -> ProcessedBatch:
    """Extract, write the lake files, validate; returns what the loader needs.

    `problems` are the ingest stage's quarantine rows for this batch (see `problems_table`).
    """
    batch_id = batch_id_of([a.article_id for a in articles] + problems.column("quarantine_id").to_pylist())
    extracted = extract_batch(articles, run_id)
    write_extracted(lake, batch_id, extracted)
    return validate_extracted(batch_id, extracted, problems, lake=lake, run_id=run_id, docs_dir=docs_dir)


def validate_extracted(batch_id: str, extracted: ExtractedBatch, problems: pa.Table, *, lake: Path | str, run_id: str, docs_dir: Path | None) -> ProcessedBatch:
    """Run the expectation suites; every failing row joins the batch's quarantine file in the lake."""
    from .validate import validate_batch  # GX is heavy: imported only where validation runs

    outcome = validate_batch(extracted.articles, extracted.events, extracted.participants, run_id=run_id, docs_dir=docs_dir)
    quarantine = pa.concat_tables([problems, extracted.failures, outcome.quarantine])
    write_batch(lake, "quarantine", quarantine, batch_id)
    counts = Counter(
        articles_loaded=outcome.articles.num_rows,
        ingest_problems=problems.num_rows,
        extract_failures=extracted.failures.num_rows,
        events_extracted=extracted.events.num_rows,
        events_loaded=outcome.events.num_rows,
        participants_loaded=outcome.participants.num_rows,
        quarantined=quarantine.num_rows,
    )
    for dataset, figures in outcome.counts.items():
        for check, n in figures.items():
            if check not in ("checked", "passed", "quarantined") and n:
                counts[f"failed:{dataset}:{check}"] += n
    return ProcessedBatch(batch_id, outcome.articles, outcome.events, outcome.participants, quarantine, counts, outcome.data_docs)


def load_processed(con, batch: ProcessedBatch) -> dict[str, int]:
    return load.load_batch(con, articles=batch.articles, events=batch.events, participants=batch.participants, quarantine=batch.quarantine)


def run(
    inputs: Sequence[str | Path],
    *,
    db: Path | str,
    lake: Path | str,
    batch_size: int = 500,
    docs_dir: Path | None = None,
    run_id: str | None = None,
    on_batch: Callable[[ProcessedBatch, IngestStats], None] | None = None,
) -> RunResult:
    """Run every stage over the inputs without Airflow; bad articles are quarantined, not fatal."""
    list(iter_inputs(inputs))  # a missing input path is the one fatal error: fail before touching the warehouse
    run_id = run_id or new_run_id()
    Path(db).parent.mkdir(parents=True, exist_ok=True)
    Path(lake).mkdir(parents=True, exist_ok=True)
    con = load.connect(db)
    try:
        load.ensure_warehouse(con)
        load.start_run(con, run_id, inputs=[str(p) for p in inputs], extractor_version=extractor_version(), schema_version=SCHEMA_VERSION)
        stats = IngestStats()
        totals: Counter = Counter()
        docs = None
        try:
            for chunk in batched(ingest(inputs, stats), batch_size):
                articles = [x for x in chunk if isinstance(x, Article)]
                problems = problems_table([x for x in chunk if isinstance(x, Problem)], run_id)
                batch = process_batch(articles, problems, lake=lake, run_id=run_id, docs_dir=docs_dir)
                load_processed(con, batch)
                totals.update(batch.counts)
                docs = batch.data_docs or docs
                if on_batch:
                    on_batch(batch, stats)
        except BaseException:
            load.finish_run(con, run_id, status="failed", counts=_run_counts(totals, stats), data_docs=docs)
            raise
        counts = _run_counts(totals, stats)
        load.finish_run(con, run_id, status="success", counts=counts, data_docs=docs)
        return RunResult(run_id, counts, docs, load.summary(con))
    finally:
        con.close()


def _run_counts(totals: Counter, stats: IngestStats) -> dict[str, int]:
    counts = {k: int(v) for k, v in totals.items()}
    counts.update(articles_in=stats.inputs, duplicates=stats.duplicates)
    return counts
