"""The stages as functions of data: articles in, Arrow tables out.

The CLI (`etl.pipeline`) and the Airflow DAG (`dags/article_events.py`, through
`etl.batches`) compose exactly these; neither adds logic of its own.
"""
from __future__ import annotations

import datetime as dt
import json
import traceback
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa

from schemas import SCHEMA_VERSION

from .extract import extract_article, extractor_version
from .lake import to_table, write_batch
from .records import Article, Problem, stable_id


@dataclass
class ExtractedBatch:
    articles: pa.Table
    events: pa.Table
    participants: pa.Table
    failures: pa.Table  # quarantine rows for articles the extractor could not process


def batch_id_of(article_ids: list[str]) -> str:
    """Deterministic batch id: the same articles always land in the same lake files."""
    return "b" + stable_id(*sorted(article_ids), length=20)


def article_row(article: Article) -> dict:
    return {
        "article_id": article.article_id,
        "url": article.url,
        "title": article.title,
        "published_at": article.published_at,
        "pub_date": article.pub_date,
        "language": article.language,
        "text": article.text,
        "text_sha256": stable_id(article.text, length=64),
        "source": article.source,
        "extractor_version": extractor_version(),
        "schema_version": SCHEMA_VERSION,
    }


def quarantine_row(*, run_id: str, stage: str, dataset: str, record_id: str | None, article_id: str | None, checks: list[str], reason: str, record: object, identity: str | None = None) -> dict:
    """`identity` overrides what the id is derived from (default: the record id)."""
    return {
        "quarantine_id": stable_id(stage, dataset, identity if identity is not None else record_id, article_id, *sorted(checks)),
        "run_id": run_id,
        "stage": stage,
        "dataset": dataset,
        "record_id": record_id,
        "article_id": article_id,
        "checks": sorted(checks),
        "reason": reason,
        "record_json": record if isinstance(record, str) or record is None else json.dumps(record, ensure_ascii=False, default=str),
        "quarantined_at": dt.datetime.now(dt.timezone.utc),
    }


def problems_table(problems: list[Problem], run_id: str) -> pa.Table:
    """Ingest problems as quarantine rows: the raw input is kept, so nothing is lost.

    The id comes from the raw content, not from the path as typed, so the same bad line
    read as `examples/bad` or as `/abs/examples/bad` is one quarantine row.
    """
    rows = [
        quarantine_row(
            run_id=run_id,
            stage="ingest",
            dataset="articles",
            record_id=p.source,
            article_id=p.article_id,
            checks=[p.check],
            reason=p.message,
            record=p.raw,
            identity=stable_id(p.raw, p.field, length=32),
        )
        for p in problems
    ]
    return to_table("quarantine", rows)


def extract_batch(articles: list[Article], run_id: str) -> ExtractedBatch:
    """Extract every article; one that makes the extractor fail is quarantined, not fatal."""
    events, participants, failures, kept = [], [], [], []
    for article in articles:
        try:
            found = extract_article(article)
        except Exception as exc:  # noqa: BLE001 - an extractor bug must not lose the rest of the batch
            failures.append(
                quarantine_row(
                    run_id=run_id,
                    stage="extract",
                    dataset="articles",
                    record_id=article.article_id,
                    article_id=article.article_id,
                    checks=["extractor_error"],
                    reason=f"article {article.article_id!r}: extractor failed on field 'text': {type(exc).__name__}: {exc}",
                    record={"article_id": article.article_id, "traceback": traceback.format_exc(limit=3)},
                )
            )
            continue
        kept.append(article)
        events.extend(found.events)
        participants.extend(found.participants)
    return ExtractedBatch(
        articles=to_table("articles", [article_row(a) for a in kept]),
        events=to_table("events", events),
        participants=to_table("participants", participants),
        failures=to_table("quarantine", failures),
    )


def write_extracted(lake: Path | str, batch_id: str, batch: ExtractedBatch) -> dict[str, list[str]]:
    """Write the batch's datasets to the lake (atomic per file); returns paths per dataset."""
    return {
        name: write_batch(lake, name, table, batch_id)
        for name, table in (("articles", batch.articles), ("events", batch.events), ("participants", batch.participants))
    }
