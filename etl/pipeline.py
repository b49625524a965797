"""Compose the stages over a stream of article batches: the run the CLI and the DAG perform.

Batches stream through ingest -> extract -> write Parquet -> validate -> batch checks ->
stage one at a time, so memory depends on the batch size, not on the input size. The
staged batches are merged into the warehouse in one transaction and the run's Parquet
files are published to the lake only after it, so a run lands entirely or not at all.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import secrets
from collections import Counter
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Sequence

import duckdb
import pyarrow as pa

from schemas import SCHEMA_VERSION

from . import load
from .extract import extractor_version
from .ingest import IngestStats, ingest, iter_inputs
from .native_memory import release_freed_memory
from .lake import clear_staging, pending_lake, publish, write_batch
from .records import Article, Problem
from .stages import ExtractedBatch, batch_id_of, extract_batch, problems_table, write_extracted
from .warehouse.snapshot import write_snapshot

if TYPE_CHECKING:
    from .validate.quality import QualityConfig


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
    checks: dict | None = None  # batch-check results, as in runs.checks_json


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


def check_and_stage(con, gate, seq: int, batch: ProcessedBatch, *, evidence: Path | str | None = None) -> dict[str, int]:
    """The batch checks, then the batch into the run's staging tables (see `run`).

    `gate` is the run's `etl.validate.quality.QualityGate`; it raises `QualityGateError` when
    the batch must not load. `evidence` names where the rejected batch's files are kept.
    """
    gate.check(batch.batch_id, articles=batch.articles, events=batch.events, participants=batch.participants,
               counts=batch.counts, evidence=None if evidence is None else str(evidence))
    return load.stage_batch(con, seq, batch.batch_id, articles=batch.articles, events=batch.events,
                            participants=batch.participants, quarantine=batch.quarantine)


def abandon(con, run_id: str, exc: BaseException, *, counts: dict[str, int], docs_dir: Path | None, gate) -> None:
    """Record a run that stopped: drop what it staged, mark it failed with its message and check results."""
    with contextlib.suppress(duckdb.Error):  # a fresh run re-creates staging anyway
        load.drop_staging(con)
    load.finish_run(con, run_id, status="failed", counts=counts, data_docs=render_docs(docs_dir, run_id),
                    checks=gate.results() if gate else None, message=failure_message(exc))


def run(
    inputs: Sequence[str | Path],
    *,
    db: Path | str,
    lake: Path | str,
    batch_size: int = 500,
    docs_dir: Path | None = None,
    run_id: str | None = None,
    on_batch: Callable[[ProcessedBatch, IngestStats], None] | None = None,
    quality: QualityConfig | None = None,
    snapshot: Path | str | None = None,
) -> RunResult:
    """Run every stage over the inputs without Airflow; bad articles are quarantined, not fatal.

    Each batch is committed to staging tables and the run is merged into the warehouse in
    one transaction at the end (memory stays that of one batch): a failed batch check
    (`QualityGateError`) or any other error leaves the warehouse as it was, marks the run
    `failed` in `runs` with the message, and leaves the lake untouched (the run's files stay
    in its staging folder).
    `docs_dir` gets the GX results and the Data Docs site, rendered once at the end;
    `snapshot` names a read-only copy for BI tools, refreshed after a successful run.
    """
    from .validate.quality import QualityGate, load_quality  # GX is heavy: imported only when a run starts

    list(iter_inputs(inputs))  # a missing input path is the one fatal error: fail before touching the warehouse
    quality = quality or load_quality()
    run_id = run_id or new_run_id()
    Path(db).parent.mkdir(parents=True, exist_ok=True)
    Path(lake).mkdir(parents=True, exist_ok=True)
    pending = pending_lake(lake, run_id)
    con = load.connect(db)
    try:
        load.ensure_warehouse(con)
        load.start_run(con, run_id, inputs=[str(p) for p in inputs], extractor_version=extractor_version(), schema_version=SCHEMA_VERSION)
        stats = IngestStats()
        totals: Counter = Counter()
        batch_ids: list[str] = []
        gate = None
        try:
            load.begin_staging(con)
            gate = QualityGate(con, quality, run_id=run_id, docs_dir=docs_dir)
            for seq, chunk in enumerate(batched(ingest(inputs, stats), batch_size)):
                articles = [x for x in chunk if isinstance(x, Article)]
                problems = problems_table([x for x in chunk if isinstance(x, Problem)], run_id)
                batch = process_batch(articles, problems, lake=pending, run_id=run_id, docs_dir=docs_dir)
                check_and_stage(con, gate, seq, batch, evidence=pending)
                release_freed_memory()
                batch_ids.append(batch.batch_id)
                totals.update(batch.counts)
                if on_batch:
                    on_batch(batch, stats)
            load.merge_staged(con)
        except BaseException as exc:
            abandon(con, run_id, exc, counts=_run_counts(totals, stats), docs_dir=docs_dir, gate=gate)
            raise
        publish(pending, lake, batch_ids)
        clear_staging(lake, run_id)
        counts = _run_counts(totals, stats)
        docs = render_docs(docs_dir, run_id)
        load.finish_run(con, run_id, status="success", counts=counts, data_docs=docs, checks=gate.results())
        if snapshot is not None:
            write_snapshot(con, snapshot)
        return RunResult(run_id, counts, docs, load.summary(con), gate.results())
    finally:
        con.close()


def failure_message(exc: BaseException) -> str:
    """What `runs.message` says about a failed run: a batch check's own sentence, else the error."""
    from .validate.quality import QualityGateError

    return str(exc) if isinstance(exc, QualityGateError) else f"{type(exc).__name__}: {exc}"


def render_docs(docs_dir: Path | None, run_id: str) -> str | None:
    """Render the run's Data Docs pages (once per run: the index lists every run in the folder)."""
    if docs_dir is None:
        return None
    from .validate import build_docs

    return build_docs(docs_dir, run_id)


def _run_counts(totals: Counter, stats: IngestStats) -> dict[str, int]:
    counts = {k: int(v) for k, v in totals.items()}
    counts.update(articles_in=stats.inputs, duplicates=stats.duplicates)
    return counts
