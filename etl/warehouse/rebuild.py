"""Rebuild the warehouse from the Parquet lake, the source of truth.

The lake keeps every batch a run published: all extracted rows, and the batch's
quarantine rows saying which of them validation rejected. Staging the batches in
publication order and merging them as a run does (`etl.warehouse.staging`) gives the
warehouse the runs built: the last batch holding an article wins, so when one article sits in several
batches (a later run grouped the articles differently, or re-extracted them with a newer
extractor) the most recently published batch has the last word, exactly as its load had.
Extractor versions are a code version plus a hash of the lexicon files, so they are not
ordered by themselves; the publication time is what says which extraction is newest.

Nothing is re-validated: the loadable rows of a batch are its rows minus those its
quarantine file names, which is the validated state of that run. The `runs` table holds
one row for the rebuild (status `rebuilt`); the original run log is not in the lake.
"""
from __future__ import annotations

import datetime as dt
import os
from collections import Counter
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from etl.lake import lake_batches, read_batch
from schemas import CONTRACT, SCHEMA_VERSION

from .connection import connect
from .ddl import ensure_warehouse
from .runs import finish_run, start_run
from .staging import begin_staging, merge_staged, stage_batch

_VALIDATE_STAGE = "validate"  # quarantine rows of records validation rejected


def rebuild(lake: Path | str, db: Path | str, *, replace: bool = False) -> dict[str, Any]:
    """Build `db` from the lake; the new file appears only once complete. Returns the run's figures."""
    from etl.load import summary  # etl.load imports this package

    db, lake = Path(db), Path(lake)
    if db.exists() and not replace:
        raise FileExistsError(f"{db} exists; rebuild writes a new warehouse (pass --replace to overwrite it)")
    if not lake.is_dir():
        raise FileNotFoundError(f"lake {lake} does not exist or is not a folder")
    building = db.with_name(f".{db.name}.rebuilding")
    for leftover in (building, building.with_name(building.name + ".wal")):
        leftover.unlink(missing_ok=True)
    run_id = "rebuild-" + dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S")
    batches = lake_batches(lake)
    counts: Counter = Counter()
    con = connect(building)
    try:
        ensure_warehouse(con)
        # a rebuild extracts nothing: the rows keep the extractor_version they were extracted with
        start_run(con, run_id, inputs=[str(lake.resolve())], extractor_version="lake", schema_version=SCHEMA_VERSION)
        begin_staging(con)
        for seq, batch in enumerate(batches):
            for dataset, n in stage_batch(con, seq, batch.batch_id, **validated_state(read_batch(batch))).items():
                counts[f"{dataset}_replayed"] += n
        merge_staged(con)
        counts["batches"] = len(batches)
        finish_run(con, run_id, status="rebuilt", counts=dict(counts), data_docs=None)
        figures = summary(con)
    except BaseException:
        con.close()
        building.unlink(missing_ok=True)  # half a warehouse is no use to anyone
        raise
    con.close()
    if db.exists():
        connect(db).close()  # waits out a writer of the old file, and folds its WAL in before the swap
    os.replace(building, db)
    return {"run_id": run_id, "batches": len(batches), "counts": dict(counts), "warehouse": figures}


def validated_state(tables: dict[str, pa.Table]) -> dict[str, pa.Table]:
    """A lake batch as it loaded: its rows minus those its own quarantine rows say validation rejected.

    Validation quarantines every copy of a duplicated key and every row without a key, so
    matching the quarantine's record ids by key removes exactly the rejected rows.
    """
    quarantine = tables["quarantine"]
    rejected_here = pc.equal(quarantine["stage"], _VALIDATE_STAGE)
    loadable = {"quarantine": quarantine}
    for dataset in ("articles", "events", "participants"):
        (key,) = CONTRACT.key(dataset)
        mask = pc.and_(rejected_here, pc.equal(quarantine["dataset"], dataset))
        rejected = quarantine.filter(mask)["record_id"].combine_chunks()
        table = tables[dataset]
        keep = pc.and_(pc.is_valid(table[key]), pc.invert(pc.is_in(table[key], value_set=rejected)))
        loadable[dataset] = table.filter(keep)
    return loadable
