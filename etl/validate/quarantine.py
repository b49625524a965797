"""Quarantine rows for records GX failed: what was wrong, in words and in check names.

A failed record is never dropped: its whole input row is kept as JSON next to every check
it failed and a sentence a person can act on (which article, which record, which fields
held which values).
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping

import pandas as pd
import pyarrow as pa

from etl.records import stable_id
from schemas import CONTRACT

_NOUN = {"articles": "Article", "events": "Event", "participants": "Participant"}
_MAX_VALUE_CHARS = 80


def quarantine_rows(
    dataset: str,
    table: pa.Table,
    frame: pd.DataFrame,
    failures: Mapping[int, list[str]],
    check_columns: Mapping[str, list[str]],
    *,
    run_id: str,
    quarantined_at: dt.datetime,
) -> list[dict[str, object]]:
    """One quarantine row per failed input row, shaped like CONTRACT.arrow_schema("quarantine").

    The id hashes the record's content as well as its key and checks, so two different
    rows sharing a (duplicate or null) key stay two rows, while re-running the same input
    reproduces the same ids.
    """
    (key,) = CONTRACT.key(dataset)
    indices = list(failures)
    records = table.take(pa.array(indices, type=pa.int64())).to_pylist() if indices else []
    rows = []
    for index, record in zip(indices, records):
        checks = failures[index]
        record_json = json.dumps(record, default=_json_value, ensure_ascii=False)
        rows.append({
            "quarantine_id": stable_id(dataset, record.get(key), ",".join(sorted(checks)), record_json),
            "run_id": run_id,
            "stage": "validate",
            "dataset": dataset,
            "record_id": record.get(key),
            "article_id": record.get("article_id"),
            "checks": list(checks),
            "reason": _reason(dataset, record, frame.iloc[index], checks, check_columns),
            "record_json": record_json,
            "quarantined_at": quarantined_at,
        })
    return rows


def _reason(
    dataset: str,
    record: Mapping[str, object],
    row: pd.Series,
    checks: list[str],
    check_columns: Mapping[str, list[str]],
) -> str:
    (key,) = CONTRACT.key(dataset)
    subject = f"{_NOUN[dataset]} {_show(record.get(key))}"
    if dataset == "participants":
        subject += f" (event {_show(record.get('event_id'))})"
    if dataset != "articles":
        subject += f" of article {_show(record.get('article_id'))}"
    details = [
        f"{check} ({', '.join(f'{col}={_show(row[col])}' for col in check_columns[check])})"
        for check in checks
    ]
    return f"{subject} failed validation: {'; '.join(details)}."


def _show(value: object) -> str:
    if value is None or (pd.api.types.is_scalar(value) and pd.isna(value)):
        return "null"
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, str):
        text = value if len(value) <= _MAX_VALUE_CHARS else value[: _MAX_VALUE_CHARS - 1] + "…"
        return repr(text)
    return str(value)


def _json_value(value: object) -> str:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value)
