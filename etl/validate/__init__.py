"""The validation stage: GX expectation suites derived from the contract decide which rows load.

Datasets are validated in dependency order, articles, then events, then participants, so
a failure travels downwards: an event of a quarantined article fails `article_quarantined`,
a participant of a quarantined event fails `event_quarantined`, and nothing whose parent
was rejected reaches the warehouse. Great Expectations is imported lazily (see `runner`).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pyarrow as pa

from schemas import CONTRACT

from . import checks
from .quarantine import quarantine_rows
from .runner import LOCK, SuiteRun, build_docs, forget_results, run_suite, store_results
from .suites import DATASETS, build_suites, check_columns, suites_for

__all__ = ["ValidationOutcome", "build_docs", "build_suites", "suites_for", "validate_batch"]


@dataclass
class ValidationOutcome:
    articles: pa.Table  # rows that passed, cast to the contract schema
    events: pa.Table
    participants: pa.Table  # rows that passed and whose event passed
    quarantine: pa.Table  # CONTRACT.arrow_schema("quarantine"), one row per failed record
    counts: dict[str, dict[str, int]]  # dataset -> checked/passed/quarantined + failures per check
    success: bool  # nothing was quarantined
    data_docs: str | None  # index.html of the Data Docs site, when docs_dir was given (see build_docs)


def validate_batch(
    articles: pa.Table,
    events: pa.Table,
    participants: pa.Table,
    *,
    run_id: str,
    docs_dir: Path | None = None,
) -> ValidationOutcome:
    """Validate one batch; passing rows come back in contract shape, failing ones as quarantine rows.

    Date columns may be date32 or ISO strings; every other contract field must be present
    (a missing column is a producer bug, raised as ValueError, not a record to quarantine).
    Extra input columns are kept in `record_json` but dropped from the passing tables.
    With `docs_dir`, the GX results are stored there; `build_docs(docs_dir, run_id)` renders
    them once the run's last batch is validated.
    """
    tables = {"articles": articles, "events": events, "participants": participants}
    for ds, table in tables.items():
        missing = checks.missing_columns(ds, table)
        if missing:
            raise ValueError(f"{ds} table lacks contract field(s) {', '.join(missing)}; cannot validate it")
    now = dt.datetime.now(dt.timezone.utc)
    with LOCK:
        try:
            frames, runs = _run_suites(tables, run_id=run_id, run_time=now)
            data_docs = store_results(docs_dir) if docs_dir is not None else None
        finally:
            forget_results()

    suites = build_suites()
    passed: dict[str, pa.Table] = {}
    quarantined: dict[str, dict[str, object]] = {}
    counts: dict[str, dict[str, int]] = {}
    for ds in DATASETS:
        table, failures = tables[ds], runs[ds].failures
        keep = pa.array([i not in failures for i in range(table.num_rows)], type=pa.bool_())
        passed[ds] = table.filter(keep).select(CONTRACT.field_names(ds)).cast(CONTRACT.arrow_schema(ds))
        for row in quarantine_rows(ds, table, frames[ds], failures, check_columns(suites[ds]),
                                   run_id=run_id, quarantined_at=now):
            quarantined.setdefault(row["quarantine_id"], row)  # an exact duplicate row is one record
        counts[ds] = {"checked": table.num_rows, "passed": passed[ds].num_rows,
                      "quarantined": len(failures), **runs[ds].failure_counts}
    quarantine = pa.Table.from_pylist(list(quarantined.values()), schema=CONTRACT.arrow_schema("quarantine"))
    return ValidationOutcome(
        articles=passed["articles"],
        events=passed["events"],
        participants=passed["participants"],
        quarantine=quarantine,
        counts=counts,
        success=quarantine.num_rows == 0,
        data_docs=data_docs,
    )


def _run_suites(
    tables: dict[str, pa.Table], *, run_id: str, run_time: dt.datetime
) -> tuple[dict[str, pd.DataFrame], dict[str, SuiteRun]]:
    """Parents before children: each child frame records which of its parents GX rejected."""
    frames = {"articles": checks.article_frame(tables["articles"])}
    runs = {"articles": run_suite("articles", frames["articles"], run_id=run_id, run_time=run_time)}
    texts = checks.article_texts(tables["articles"])
    frames["events"] = checks.event_frame(
        tables["events"], tables["participants"], texts,
        _failed_by_key(frames["articles"], "article_id", runs["articles"].failures),
    )
    runs["events"] = run_suite("events", frames["events"], run_id=run_id, run_time=run_time)
    frames["participants"] = checks.participant_frame(
        tables["participants"], tables["events"], texts,
        _failed_by_key(frames["events"], "event_id", runs["events"].failures),
    )
    runs["participants"] = run_suite("participants", frames["participants"], run_id=run_id, run_time=run_time)
    return frames, runs


def _failed_by_key(frame: pd.DataFrame, key: str, failures: dict[int, list[str]]) -> dict[str, list[str]]:
    """Checks failed per parent id, for the children's `*_quarantined` checks."""
    by_key: dict[str, list[str]] = {}
    for index, names in failures.items():
        parent = frame[key].iat[index]
        if isinstance(parent, str):
            merged = by_key.setdefault(parent, [])
            merged += [n for n in names if n not in merged]
    return by_key
