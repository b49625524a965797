"""Batch checks: what a whole batch amounts to, judged by GX against `schemas/quality.yml`.

Record checks quarantine single rows and let the rest load. A batch can be wrong in ways no
single row shows: an extractor regression halves the events per article, a feed turns to
garbage and most rows land in quarantine, two batches of one run claim the same key. The
`QualityGate` computes those figures for each batch before it loads, GX judges them (so
they appear in Data Docs next to the record checks), and a failed check of severity
`error` raises `QualityGateError`; the caller has only staged the run's earlier batches
and drops them, so nothing of a failed run reaches the warehouse.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import os
import statistics
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import pyarrow as pa
import yaml

from etl.warehouse.ddl import RAW_TABLES
from etl.warehouse.runs import RUN_COUNTS
from etl.warehouse.staging import SCHEMA as STAGING
from schemas import CONTRACT, CONTRACT_PATH

from . import checks as c
from .batch import BATCH_KEY, BATCH_SUITE, SPEC_BY_NAME, SPECS, parameter
from .runner import LOCK, forget_results, run_suite, store_results
from .suites import DATASETS

QUALITY_PATH = CONTRACT_PATH.with_name("quality.yml")
QUALITY_ENV = "NEWS_EVENTS_QUALITY"  # another quality.yml, for runs started by Airflow
SEVERITIES = ("error", "warning")

# ratio check -> (numerator, denominator): run counts, so batches and past runs compare alike
_RATIOS = {
    "events_per_article_within_history": ("events_extracted", "articles_loaded"),
    "participants_per_event_within_history": ("participants_loaded", "events_loaded"),
}
_FLOOR = {"events_per_article_within_history": "min_articles", "participants_per_event_within_history": "min_events"}
_STATUS_ORDER = ("skipped", "passed", "warning", "failed")


class QualityGateError(RuntimeError):
    """A batch failed a check of severity `error`: the run must stop and load nothing."""


@dataclass(frozen=True)
class BatchCheck:
    name: str
    severity: str
    settings: Mapping[str, float]


@dataclass(frozen=True)
class QualityConfig:
    path: str
    checks: Mapping[str, BatchCheck]

    def warn_only(self, names: Iterable[str]) -> QualityConfig:
        """The same configuration with the named checks demoted to warnings."""
        names = list(names)
        unknown = [n for n in names if n not in self.checks]
        if unknown:
            raise ValueError(f"unknown batch check(s) {', '.join(unknown)}; the checks are {', '.join(self.checks)}")
        checks = {n: dataclasses.replace(chk, severity="warning") if n in names else chk for n, chk in self.checks.items()}
        return QualityConfig(self.path, checks)


def load_quality(path: Path | str | None = None) -> QualityConfig:
    """Read and check a quality.yml: every batch check configured, with exactly its settings."""
    path = Path(path or os.environ.get(QUALITY_ENV) or QUALITY_PATH)
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    configured = raw.get("batch_checks")
    if not isinstance(configured, dict):
        raise ValueError(f"{path}: needs a `batch_checks` mapping of check name -> settings")
    missing, unknown = set(SPEC_BY_NAME) - set(configured), set(configured) - set(SPEC_BY_NAME)
    if missing or unknown:
        raise ValueError(f"{path}: batch_checks must configure exactly {', '.join(SPEC_BY_NAME)}; "
                         f"missing {sorted(missing) or 'none'}, unknown {sorted(unknown) or 'none'}")
    checks = {}
    for spec in SPECS:
        entry = dict(configured[spec.name] or {})
        severity = entry.pop("severity", None)
        if severity not in SEVERITIES:
            raise ValueError(f"{path}: {spec.name}.severity must be one of {', '.join(SEVERITIES)}, got {severity!r}")
        if set(entry) != set(spec.settings):
            raise ValueError(f"{path}: {spec.name} takes the settings {', '.join(spec.settings)} "
                             f"besides severity; got {', '.join(entry) or 'none'}")
        for setting, value in entry.items():
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
                raise ValueError(f"{path}: {spec.name}.{setting} must be a number >= 0, got {value!r}")
        checks[spec.name] = BatchCheck(spec.name, severity, entry)
    return QualityConfig(str(path), checks)


@dataclass(frozen=True)
class CheckOutcome:
    check: str
    batch_id: str
    status: str  # passed | failed | warning | skipped
    value: float | None  # the figure GX judged; None when the batch was not judged
    detail: str


@dataclass
class _History:
    """Median of a ratio over recent successful runs, or why there is none."""

    median: float | None
    runs: int
    reason: str


@dataclass
class _Figure:
    value: float | None
    detail: str


@dataclass
class _Tally:
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(_STATUS_ORDER, 0))
    problems: list[dict[str, Any]] = field(default_factory=list)


class QualityGate:
    """Judges each batch of one run before it loads; keeps the run's results for the `runs` table.

    Open it on the writing connection once the run is started and its staging tables exist
    (`etl.warehouse.staging.begin_staging`): it reads the history of earlier runs then, and
    checks each batch's keys against the warehouse and the batches staged before it.
    """

    _MAX_PROBLEMS = 5

    def __init__(self, con: duckdb.DuckDBPyConnection, config: QualityConfig, *, run_id: str,
                 docs_dir: Path | None = None) -> None:
        self.con, self.config, self.run_id, self.docs_dir = con, config, run_id, docs_dir
        self.history = {name: self._history(name) for name in _RATIOS}
        self.tallies = {spec.name: _Tally() for spec in SPECS}
        self.batches = 0

    def check(self, batch_id: str, *, articles: pa.Table, events: pa.Table, participants: pa.Table,
              counts: Mapping[str, int], evidence: str | None = None) -> list[CheckOutcome]:
        """Judge one batch (its loadable tables and its stage counts); raise if it must not load.

        `evidence` says where the rejected batch can be inspected; it ends the error message.
        """
        figures = self._figures(articles, events, participants, counts)
        parameters = {
            parameter(spec.name, setting): self.config.checks[spec.name].settings[setting]
            for spec in SPECS for setting in spec.bounds.values()
        }
        frame = pd.DataFrame({BATCH_KEY: [batch_id], c.ROW_INDEX: [0]})
        for spec in SPECS:
            frame[spec.column] = pd.Series([figures[spec.name].value], dtype=object)
        with LOCK:
            try:
                run = run_suite(BATCH_SUITE, frame, run_id=self.run_id, run_time=dt.datetime.now(dt.timezone.utc),
                                key=BATCH_KEY, parameters=parameters)
                if self.docs_dir is not None:
                    store_results(self.docs_dir)
            finally:
                forget_results()
        failed = set(run.failures.get(0, []))
        outcomes = [self._outcome(batch_id, name, figure, name in failed) for name, figure in figures.items()]
        self.batches += 1
        for outcome in outcomes:
            self._tally(outcome)
        errors = [o for o in outcomes if o.status == "failed"]
        if errors:
            raise QualityGateError(self._message(errors, evidence))
        return outcomes

    def results(self) -> dict[str, Any]:
        """The run's batch-check results, shaped for `runs.checks_json`."""
        checks = {}
        for name, tally in self.tallies.items():
            worst = max((s for s, n in tally.counts.items() if n), key=_STATUS_ORDER.index, default="skipped")
            checks[name] = {
                "status": worst,
                "severity": self.config.checks[name].severity,
                "settings": dict(self.config.checks[name].settings),
                "batches": tally.counts,
                "problems": tally.problems,
            }
        return {"config": self.config.path, "batches": self.batches, "checks": checks}

    # ------------------------------------------------------------ figures

    def _figures(self, articles: pa.Table, events: pa.Table, participants: pa.Table,
                 counts: Mapping[str, int]) -> dict[str, _Figure]:
        settings = {name: chk.settings for name, chk in self.config.checks.items()}
        figures = {name: self._ratio(name, counts) for name in _RATIOS}

        undated = events["date_start"].null_count
        limit = settings["undated_events_share"]
        figures["undated_events_share"] = _share(
            undated, events.num_rows, limit["min_events"], "events",
            f"{undated} of {events.num_rows} loadable events have no date_start (max_share {limit['max_share']})")

        quarantined = counts.get("quarantined", 0)
        total = quarantined + sum(counts.get(k, 0) for k in ("articles_loaded", "events_loaded", "participants_loaded"))
        limit = settings["quarantined_share"]
        figures["quarantined_share"] = _share(
            quarantined, total, limit["min_rows"], "rows",
            f"{quarantined} of {total} rows were quarantined (max_share {limit['max_share']})")

        within = sum(counts.get(f"failed:{ds}:{key}_unique", 0) for ds in DATASETS for key in CONTRACT.key(ds))
        across = self._collisions(articles, events, participants)
        figures["duplicate_keys"] = _Figure(
            within + across,
            f"{within} rows repeat a key inside the batch and {across} rows have a key that another article or an "
            f"earlier batch of this run holds (max_rows {settings['duplicate_keys']['max_rows']})")
        return figures

    def _ratio(self, name: str, counts: Mapping[str, int]) -> _Figure:
        numerator, denominator = _RATIOS[name]
        settings = self.config.checks[name].settings
        floor = settings[_FLOOR[name]]
        num, den = counts.get(numerator, 0), counts.get(denominator, 0)
        if den < max(floor, 1):
            return _Figure(None, f"not judged: the batch has {den} {denominator}, fewer than {_FLOOR[name]}={floor:g}")
        history = self.history[name]
        if history.median is None:
            return _Figure(None, f"not judged: {history.reason}")
        value = num / den
        return _Figure(
            value / history.median,
            f"{num} {numerator} / {den} {denominator} = {value:.2f}, {value / history.median:.2f}x the median "
            f"{history.median:.2f} of the last {history.runs} successful runs "
            f"(allowed {settings['low_factor']:g}x to {settings['high_factor']:g}x)")

    def _history(self, name: str) -> _History:
        numerator, denominator = _RATIOS[name]
        assert {numerator, denominator} <= set(RUN_COUNTS), "ratio figures must be columns of runs"
        settings = self.config.checks[name].settings
        floor = max(settings[_FLOOR[name]], 1)
        rows = self.con.execute(
            f"SELECT {numerator}, {denominator} FROM runs WHERE status = 'success' AND run_id <> ? "
            f"AND {numerator} IS NOT NULL AND {denominator} >= ? ORDER BY started_at DESC LIMIT ?",
            [self.run_id, floor, int(settings["history_runs"])],
        ).fetchall()
        if len(rows) < max(settings["min_history_runs"], 1):
            return _History(None, len(rows), f"{len(rows)} earlier successful runs with {denominator} >= {floor:g}, "
                                              f"fewer than min_history_runs={settings['min_history_runs']:g}")
        median = statistics.median(n / d for n, d in rows)
        if median == 0:
            return _History(None, len(rows), f"the median {numerator} per {denominator} of recent runs is 0")
        return _History(median, len(rows), "")

    def _collisions(self, articles: pa.Table, events: pa.Table, participants: pa.Table) -> int:
        """Rows whose key an earlier batch of this run staged, or that the warehouse files under another article."""
        con, n = self.con, 0
        for ds, table in (("articles", articles), ("events", events), ("participants", participants)):
            (key,) = CONTRACT.key(ds)
            other_article = "" if ds == "articles" else (
                f" + (SELECT count(*) FROM _gate_rows AS b JOIN {RAW_TABLES[ds]} AS r USING ({key}) "
                "WHERE r.article_id IS DISTINCT FROM b.article_id)")
            con.register("_gate_rows", table.select(list(dict.fromkeys([key, "article_id"]))))
            try:
                [(found,)] = con.execute(
                    f"SELECT (SELECT count(*) FROM _gate_rows JOIN {STAGING}.{ds} USING ({key})){other_article}"
                ).fetchall()
            finally:
                con.unregister("_gate_rows")
            n += found
        return n

    # ------------------------------------------------------------ outcomes

    def _outcome(self, batch_id: str, name: str, figure: _Figure, failed: bool) -> CheckOutcome:
        if figure.value is None:
            status = "skipped"
        elif failed:
            status = "failed" if self.config.checks[name].severity == "error" else "warning"
        else:
            status = "passed"
        return CheckOutcome(name, batch_id, status, figure.value, figure.detail)

    def _tally(self, outcome: CheckOutcome) -> None:
        tally = self.tallies[outcome.check]
        tally.counts[outcome.status] += 1
        if outcome.status in ("failed", "warning") and len(tally.problems) < self._MAX_PROBLEMS:
            tally.problems.append({"batch_id": outcome.batch_id, "status": outcome.status,
                                   "value": outcome.value, "detail": outcome.detail})

    def _message(self, errors: list[CheckOutcome], evidence: str | None) -> str:
        failed = "; ".join(f"{o.check}: {o.detail}" for o in errors)
        names = " ".join(f"--warn-only {o.check}" for o in errors)
        where = f" The rejected batch is kept in {evidence}." if evidence else ""
        return (f"run {self.run_id} stopped: batch {errors[0].batch_id} failed batch check(s) {failed}. "
                f"Nothing of this run was loaded; the warehouse is as before the run.{where} To load such a "
                f"batch anyway, set `severity: warning` in {self.config.path} or pass {names}.")


def _share(part: int, whole: int, floor: float, noun: str, detail: str) -> _Figure:
    if whole < max(floor, 1):
        return _Figure(None, f"not judged: the batch has {whole} {noun}, fewer than the minimum {floor:g}")
    return _Figure(part / whole, f"{detail}: {part / whole:.1%}")


__all__ = [
    "QUALITY_ENV",
    "QUALITY_PATH",
    "CheckOutcome",
    "QualityConfig",
    "QualityGate",
    "QualityGateError",
    "load_quality",
]
