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
from .batch import BATCH_SUITE, batch_suite
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


def run_suite(
    dataset: str,
    frame: pd.DataFrame,
    *,
    run_id: str,
    run_time: dt.datetime,
    key: str | None = None,
    parameters: dict[str, Any] | None = None,
) -> SuiteRun:
    """Validate `frame` with the suite named `dataset`; raise if any expectation errored instead of deciding.

    `key` names the frame's id column (default: the contract key of the dataset);
    `parameters` fill the suite's `$PARAMETER` bounds.
    """
    from great_expectations.core.run_identifier import RunIdentifier

    definition = _runtime().definitions[dataset]
    if key is None:
        (key,) = CONTRACT.key(dataset)
    result = definition.run(
        batch_parameters={"dataframe": frame},
        expectation_parameters=parameters,
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


def store_results(docs_dir: Path) -> str:
    """Keep the results validated since the last `forget_results` as the Data Docs site's source.

    They go to `docs_dir/validation_results` as JSON, so the tasks of one run may validate
    in separate processes and `build_docs` renders them all once, at the end of the run.
    Returns the path the site's index.html has (or will have once built).
    """
    batch, history = _runtime().context.validation_results_store, _site(docs_dir)
    for key in batch.list_keys():
        history.set(key, batch.get(key))
    return str(Path(docs_dir).resolve() / "index.html")


def build_docs(docs_dir: Path, run_id: str) -> str:
    """Render the pages of one run's results and refresh the site index; return index.html's path.

    The index lists every run ever stored in the folder, so it is rebuilt once per run rather
    than once per batch; a result page is rendered only for the run at hand.
    """
    from great_expectations.data_context.types.resource_identifiers import ExpectationSuiteIdentifier

    with LOCK:
        history = _site(docs_dir)
        keys = [k for k in history.list_keys() if k.run_id.run_name == run_id]
        # the suite pages too: the index links to them
        suites = [ExpectationSuiteIdentifier(name=name) for name in _runtime().definitions]
        # in groups: GX holds every page of one call in memory, and a long run has hundreds
        for start in range(0, max(len(keys), 1), _DOCS_GROUP):
            group = keys[start : start + _DOCS_GROUP]
            _runtime().context.build_data_docs(site_names=[_site_name(docs_dir)], resource_identifiers=[*group, *suites])
    return str(Path(docs_dir).resolve() / "index.html")


_DOCS_GROUP = 40  # result pages rendered per GX call (10 batches of 4 suites)


def _site_name(docs_dir: Path) -> str:
    return f"validate_{stable_id(Path(docs_dir).resolve())}"


def _site(docs_dir: Path) -> Any:
    """The results store behind the Data Docs site in `docs_dir`, registered on first use."""
    context = _runtime().context
    docs_dir = Path(docs_dir).resolve()
    name = _site_name(docs_dir)
    if name not in context.stores:
        backend = {"class_name": "TupleFilesystemStoreBackend"}
        context.add_store(name, {
            "class_name": "ValidationResultsStore",
            "store_backend": {**backend, "base_directory": str(docs_dir / "validation_results")},
        })
        context.add_data_docs_site(name, {
            "class_name": "SiteBuilder",
            "store_backend": {**backend, "base_directory": str(docs_dir)},
            "site_index_builder": {
                "class_name": "DefaultSiteIndexBuilder",
                # lists runs and suites even where GX's CDN scripts cannot load
                "view": {"module_name": "etl.validate.docs_view", "class_name": "OfflineIndexPageView"},
            },
            "site_section_builders": {"validations": {"source_store_name": name}},
        })
    return context.stores[name]


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
    for ds, suite in {**suites, BATCH_SUITE: batch_suite()}.items():
        batch = source.add_dataframe_asset(ds).add_batch_definition_whole_dataframe(ds)
        definitions[ds] = context.validation_definitions.add(
            gx.ValidationDefinition(name=ds, data=batch, suite=context.suites.add(suite))
        )
    return _Runtime(context=context, definitions=definitions)
