"""The Parquet lake: contract-shaped Arrow tables written one file per batch and partition.

Layout: `{lake}/{dataset}/pub_date=YYYY-MM-DD/{batch_id}.parquet` (`pub_date=undated` when
the article has no publication date) and `{lake}/quarantine/{batch_id}.parquet`. A file is
named after its batch so that re-running a batch overwrites it instead of adding a copy,
and it is written to a hidden temporary name first so a reader never sees half a file.
The partition column stays inside each file; readers open files one by one with the
contract schema instead of hive discovery, so the folder name never competes with it.

A run writes its batches to a pending lake under `{lake}/_staging/{run}/lake` and
`publish`es them once the warehouse has committed the run, so the lake only ever holds
batches the warehouse accepted, and a run stopped by a batch check leaves the lake as it
was. Publishing stamps each file's modification time, which orders batches for `rebuild`:
the later a batch was published, the more recent its word on the articles it holds.
"""
from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as pads
import pyarrow.parquet as pq

from schemas import CONTRACT

UNDATED = "undated"
COMPRESSION = "zstd"
STAGING = "_staging"  # run-private files; never read as lake data (`_committed` skips `_` names)
_BATCH_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.=-]*")
_INT_RANGES = {pa.int32(): (-(2**31), 2**31 - 1), pa.int64(): (-(2**63), 2**63 - 1)}


# ---------------------------------------------------------------- rows -> Arrow


def to_table(dataset: str, rows: list[dict[str, Any]]) -> pa.Table:
    """Build a table with exactly the contract schema, converting value by value.

    Conversion is done here rather than by `pa.Table.from_pylist` so that a bad value is
    reported with the dataset, the record's key and the field instead of a bare Arrow
    type error. Nulls in non-nullable fields are kept: deciding what to do with them is
    the validator's job, and `write_batch` refuses to persist them.
    """
    schema = _schema(dataset)
    names = set(schema.names)
    converters = {f.name: _converter(f.type) for f in schema}
    columns: dict[str, list[Any]] = {name: [] for name in schema.names}
    for index, row in enumerate(rows):
        unknown = sorted(set(row) - names)
        if unknown:
            raise ValueError(
                f"{dataset} record {_describe(dataset, row, index)}: unknown field(s) "
                f"{', '.join(repr(u) for u in unknown)}; the contract for {dataset!r} has no such field"
            )
        for field in schema:
            value = row.get(field.name)
            try:
                columns[field.name].append(None if value is None else converters[field.name](value))
            except (TypeError, ValueError) as exc:
                raise ValueError(
                    f"{dataset} record {_describe(dataset, row, index)}: field {field.name!r} "
                    f"({field.type}) cannot take {value!r}: {exc}"
                ) from None
    arrays = [pa.array(columns[f.name], type=f.type) for f in schema]
    return pa.Table.from_arrays(arrays, schema=schema)


def _describe(dataset: str, row: dict[str, Any], index: int) -> str:
    """Name a record by its contract key (and its article), falling back to its position."""
    parts = [f"{k}={row[k]!r}" for k in CONTRACT.key(dataset) if row.get(k) is not None]
    if "article_id" not in CONTRACT.key(dataset) and row.get("article_id") is not None:
        parts.append(f"article_id={row['article_id']!r}")
    return " ".join(parts) if parts else f"#{index}"


def _converter(arrow_type: pa.DataType) -> Callable[[Any], Any]:
    if pa.types.is_string(arrow_type):
        return _to_str
    if pa.types.is_boolean(arrow_type):
        return _to_bool
    if arrow_type in _INT_RANGES:
        return lambda v: _to_int(v, *_INT_RANGES[arrow_type])
    if pa.types.is_date32(arrow_type):
        return _to_date
    if pa.types.is_timestamp(arrow_type):
        return _to_utc
    if pa.types.is_list(arrow_type):
        inner = _converter(arrow_type.value_type)
        return lambda v: _to_list(v, inner)
    raise TypeError(f"no converter for Arrow type {arrow_type}")


def _to_str(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected a string, got {type(value).__name__}")
    return value


def _to_bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"expected a bool, got {type(value).__name__}")
    return value


def _to_int(value: Any, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"expected an integer, got {type(value).__name__}")
    if not low <= value <= high:
        raise ValueError(f"out of range [{low}, {high}]")
    return value


def _to_date(value: Any) -> dt.date:
    # a datetime is a date subclass, but which calendar day it means depends on a timezone
    if isinstance(value, dt.datetime):
        raise TypeError("expected a date, got a datetime (convert it to the intended day first)")
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        return dt.date.fromisoformat(value)
    raise TypeError(f"expected a date or an ISO 'YYYY-MM-DD' string, got {type(value).__name__}")


def _to_utc(value: Any) -> dt.datetime:
    if not isinstance(value, dt.datetime):
        raise TypeError(f"expected a timezone-aware datetime, got {type(value).__name__}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("naive datetime; the contract stores UTC instants, give it a timezone")
    return value.astimezone(dt.timezone.utc)


def _to_list(value: Any, inner: Callable[[Any], Any]) -> list[Any]:
    if not isinstance(value, (list, tuple)):
        raise TypeError(f"expected a list, got {type(value).__name__}")
    return [None if v is None else inner(v) for v in value]


# ---------------------------------------------------------------- write


def write_batch(lake: Path | str, dataset: str, table: pa.Table, batch_id: str) -> list[str]:
    """Write one batch, one file per partition, atomically; returns the committed paths.

    Re-writing a batch id replaces its files, and files of that batch id left in
    partitions the new content no longer touches are removed, so a batch always reads
    back as exactly what was last written for it. An empty table writes no file.
    """
    if not _BATCH_ID.fullmatch(batch_id) or batch_id.endswith(".tmp"):
        raise ValueError(
            f"batch_id {batch_id!r} must start with a letter or digit and contain only "
            "letters, digits and _ . = - (it becomes a file name)"
        )
    table = conform(dataset, table)
    root = Path(lake) / dataset
    partition = CONTRACT.partition(dataset)
    if partition is None:
        targets = {root / f"{batch_id}.parquet": table} if table.num_rows else {}
        previous = root.glob(f"{batch_id}.parquet")
    else:
        targets = {
            root / f"{partition}={label}" / f"{batch_id}.parquet": part for label, part in _split(table, partition)
        }
        previous = root.glob(f"{partition}=*/{batch_id}.parquet")
    stale = [p for p in previous if p not in targets]
    for path, part in targets.items():
        _atomic_write(part, path)
    for path in stale:
        path.unlink()
    return [str(p) for p in targets]


def conform(dataset: str, table: pa.Table) -> pa.Table:
    """Put the table in contract column order and types, refusing nulls in required fields.

    Shared by the lake writer and the warehouse loader so neither persists a row the
    contract forbids, and both fail with the dataset, field and keys rather than Arrow's
    or DuckDB's generic message.
    """
    schema = _schema(dataset)
    missing = [n for n in schema.names if n not in table.column_names]
    unknown = [n for n in table.column_names if n not in schema.names]
    if missing or unknown:
        raise ValueError(
            f"{dataset} table does not match the contract: "
            f"missing {missing or 'none'}, unknown {unknown or 'none'}"
        )
    table = table.select(schema.names)
    for field in schema:
        if not field.nullable and table[field.name].null_count:
            mask = pc.is_null(table[field.name])
            offenders = table.filter(mask).select(CONTRACT.key(dataset)).slice(0, 5).to_pylist()
            raise ValueError(
                f"{dataset} field {field.name!r} is required but null in {table[field.name].null_count} "
                f"row(s), e.g. {offenders}; quarantine those rows before writing"
            )
    try:
        return table.cast(schema)
    except (ValueError, NotImplementedError) as exc:
        raise ValueError(f"{dataset} table cannot be cast to the contract schema: {exc}") from None


def _split(table: pa.Table, column: str) -> Iterable[tuple[str, pa.Table]]:
    values = table[column]
    for day in sorted(v for v in pc.unique(values).to_pylist() if v is not None):
        yield day.isoformat(), table.filter(pc.equal(values, pa.scalar(day, values.type)))
    if values.null_count:
        yield UNDATED, table.filter(pc.is_null(values))


def _atomic_write(table: pa.Table, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{uuid.uuid4().hex}.tmp")
    try:
        pq.write_table(table, tmp, compression=COMPRESSION)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


# ---------------------------------------------------------------- staging and publishing


def safe_run_id(run_id: str) -> str:
    """Airflow run ids hold ':' and '+', which do not belong in file names."""
    return re.sub(r"[^A-Za-z0-9_.=-]+", "_", run_id).strip("_") or "run"


def staging_dir(lake: Path | str, run_id: str) -> Path:
    return Path(lake) / STAGING / safe_run_id(run_id)


def pending_lake(lake: Path | str, run_id: str) -> Path:
    """Where a run writes its batches until `publish` moves them into the lake."""
    return staging_dir(lake, run_id) / "lake"


def publish(pending: Path | str, lake: Path | str, batch_ids: Iterable[str]) -> int:
    """Make the lake's files of each batch exactly the pending ones; returns files moved.

    A batch's files left in partitions (or datasets) the pending batch no longer covers are
    removed, as `write_batch` does. Each moved file gets the current time as its
    modification time, so later publications sort after earlier ones (see `lake_batches`).
    """
    moved = 0
    for batch_id in batch_ids:
        for dataset in CONTRACT.datasets:
            new = _batch_files(Path(pending), dataset, batch_id)
            old = _batch_files(Path(lake), dataset, batch_id)
            for relative, path in new.items():
                target = Path(lake) / relative
                target.parent.mkdir(parents=True, exist_ok=True)
                os.utime(path)
                os.replace(path, target)
                moved += 1
            for relative, path in old.items():
                if relative not in new:
                    path.unlink()
    return moved


def clear_staging(lake: Path | str, run_id: str) -> None:
    """Remove a finished run's staging files, and the staging folder once no run uses it."""
    shutil.rmtree(staging_dir(lake, run_id), ignore_errors=True)
    try:
        (Path(lake) / STAGING).rmdir()
    except OSError:
        pass  # absent, or another run's files are still there


def _batch_files(root: Path, dataset: str, batch_id: str) -> dict[Path, Path]:
    """The batch's files of one dataset under `root`, keyed by their path relative to it."""
    partition = CONTRACT.partition(dataset)
    pattern = f"{batch_id}.parquet" if partition is None else f"{partition}=*/{batch_id}.parquet"
    return {path.relative_to(root): path for path in (root / dataset).glob(pattern)}


# ---------------------------------------------------------------- read


def iter_dataset_files(lake: Path | str, dataset: str) -> list[Path]:
    """Committed Parquet files of a dataset, sorted; in-flight temporaries are skipped."""
    _schema(dataset)
    root = Path(lake) / dataset
    pattern = "*.parquet" if CONTRACT.partition(dataset) is None else f"{CONTRACT.partition(dataset)}=*/*.parquet"
    return sorted(p for p in root.glob(pattern) if _committed(p))


def _committed(path: Path) -> bool:
    return not path.name.startswith((".", "_")) and not path.name.endswith(".tmp") and path.is_file()


def read_dataset(lake: Path | str, dataset: str) -> pa.Table:
    """All committed rows of a dataset with the contract schema (empty table when none)."""
    return _read_files(dataset, iter_dataset_files(lake, dataset))


@dataclass(frozen=True)
class LakeBatch:
    batch_id: str
    published_ns: int  # the newest modification time among its files
    files: dict[str, list[Path]]  # dataset -> its files of this batch, one per partition


def lake_batches(lake: Path | str) -> list[LakeBatch]:
    """Every batch in the lake, oldest publication first (ties by batch id, for a stable order)."""
    files: dict[str, dict[str, list[Path]]] = defaultdict(lambda: defaultdict(list))
    for dataset in CONTRACT.datasets:
        for path in iter_dataset_files(lake, dataset):
            files[path.stem][dataset].append(path)
    batches = [
        LakeBatch(batch_id, max(p.stat().st_mtime_ns for paths in by_ds.values() for p in paths), dict(by_ds))
        for batch_id, by_ds in files.items()
    ]
    return sorted(batches, key=lambda b: (b.published_ns, b.batch_id))


def read_batch(batch: LakeBatch) -> dict[str, pa.Table]:
    """One batch's rows per dataset, with the contract schema (empty tables for absent datasets)."""
    return {dataset: _read_files(dataset, batch.files.get(dataset, [])) for dataset in CONTRACT.datasets}


def _read_files(dataset: str, files: list[Path]) -> pa.Table:
    schema = _schema(dataset)
    if not files:
        return schema.empty_table()
    # explicit file list, no partitioning: the pub_date column is read from the files
    return pads.dataset([str(f) for f in files], schema=schema, format="parquet").to_table()


def _schema(dataset: str) -> pa.Schema:
    if dataset not in CONTRACT.datasets:
        raise ValueError(f"unknown dataset {dataset!r}; the contract defines {sorted(CONTRACT.datasets)}")
    return CONTRACT.arrow_schema(dataset)
