"""Run the suites on frames with GX, and read back which rows failed which checks.

GX is imported here, inside functions, because its import costs seconds and floods the
log; modules that only need the public API (the DAG parser, the CLI's --help) stay fast.
One ephemeral context per process holds the suites and the validation definitions;
results are dropped from its in-memory store after each batch so a long-lived worker does
not accumulate them.
"""
from __future__ import annotations

import datetime as dt
import threading
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd

from etl.records import stable_id
from schemas import CONTRACT

from . import checks as c
from .suites import CHECK, build_suites, check_names

# The context, its result store and the validation definitions are shared by the whole
# process; one batch at a time runs, renders and clears them.
LOCK = threading.Lock()


@dataclass(frozen=True)
class SuiteRun:
    """What GX decided for one dataset: the failed checks of each failing row, by row index."""

    failures: dict[int, list[str]]
    failure_counts: dict[str, int]


@dataclass(frozen=True)
class _Runtime:
    context: Any  # gx EphemeralDataContext
    definitions: dict[str, Any]  # dataset -> gx ValidationDefinition


def run_suite(dataset: str, frame: pd.DataFrame, *, run_id: str, run_time: dt.datetime) -> SuiteRun:
    """Validate `frame` with the dataset's suite; raise if any expectation errored instead of deciding."""
    from great_expectations.core.run_identifier import RunIdentifier

    definition = _runtime().definitions[dataset]
    (key,) = CONTRACT.key(dataset)
    result = definition.run(
        batch_parameters={"dataframe": frame},
        result_format={"result_format": "COMPLETE", "unexpected_index_column_names": [key, c.ROW_INDEX]},
        run_id=RunIdentifier(run_name=run_id, run_time=run_time),
    )
    names = check_names(definition.suite)
    rows: dict[int, set[str]] = defaultdict(set)
    for r in result.results:
        check = r.expectation_config.meta[CHECK]
        error = _error_message(r.exception_info or {})
        if error:
            kwargs = r.expectation_config.kwargs
            columns = ", ".join(str(kwargs[k]) for k in ("column", "column_A", "column_B") if k in kwargs)
            raise RuntimeError(
                f"{dataset} check {check} could not be evaluated on column(s) {columns}"
                f" (does their type match the contract?): {error}"
            )
        for hit in r.result.get("unexpected_index_list") or []:
            rows[int(hit[c.ROW_INDEX])].add(check)
        if not r.success and not r.result.get("unexpected_index_list"):
            raise RuntimeError(f"{dataset} check {check} failed without naming the failing rows")
    failures = {i: [n for n in names if n in found] for i, found in sorted(rows.items())}
    counts = {n: sum(n in found for found in rows.values()) for n in names}
    return SuiteRun(failures=failures, failure_counts=counts)


def _error_message(info: dict[str, Any]) -> str | None:
    """GX reports an expectation's own error flat, and a failed metric nested under the metric's id."""
    for entry in (info, *(v for v in info.values() if isinstance(v, dict))):
        if entry.get("raised_exception"):
            return str(entry.get("exception_message"))
    return None


def build_docs(docs_dir: Path) -> str:
    """Add this batch's results to the Data Docs site in `docs_dir`; return index.html's path.

    The results are also kept as JSON under `docs_dir/validation_results`, the site's
    source store, so the index lists every run ever built into the folder, across
    processes, while each build renders only the new pages.
    """
    from great_expectations.data_context.types.resource_identifiers import ExpectationSuiteIdentifier

    context = _runtime().context
    docs_dir = Path(docs_dir).resolve()
    name = f"validate_{stable_id(docs_dir)}"
    if name not in context.stores:
        backend = {"class_name": "TupleFilesystemStoreBackend"}
        context.add_store(name, {
            "class_name": "ValidationResultsStore",
            "store_backend": {**backend, "base_directory": str(docs_dir / "validation_results")},
        })
        context.add_data_docs_site(name, {
            "class_name": "SiteBuilder",
            "store_backend": {**backend, "base_directory": str(docs_dir)},
            "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
            "site_section_builders": {"validations": {"source_store_name": name}},
        })
    batch, history = context.validation_results_store, context.stores[name]
    keys = batch.list_keys()
    for key in keys:
        history.set(key, batch.get(key))
    # the suite pages too: the index links to them
    suites = [ExpectationSuiteIdentifier(name=ds) for ds in _runtime().definitions]
    context.build_data_docs(site_names=[name], resource_identifiers=[*keys, *suites])
    return str(docs_dir / "index.html")


def forget_results() -> None:
    """Empty the in-memory result store, which would otherwise grow with every batch."""
    store = _runtime().context.validation_results_store
    for key in store.list_keys():
        store.remove_key(key)


@lru_cache(maxsize=1)
def _runtime() -> _Runtime:
    suites = build_suites()  # first: it also quiets GX's loggers before the import
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    source = context.data_sources.add_pandas("etl")
    definitions = {}
    for ds, suite in suites.items():
        batch = source.add_dataframe_asset(ds).add_batch_definition_whole_dataframe(ds)
        definitions[ds] = context.validation_definitions.add(
            gx.ValidationDefinition(name=ds, data=batch, suite=context.suites.add(suite))
        )
    return _Runtime(context=context, definitions=definitions)
