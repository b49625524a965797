"""After the load: mark the run's items ingested, and say what every source did.

The per-source outcome goes three places an operator looks: the task log, a JSON report
beside the lake (`_sources/reports/{run}.json`, with the error of every failed source)
and integer counts in the warehouse's `runs` row, where `sources_failed` and
`source_failed:<name>` make a broken source visible to SQL and BI without Airflow.
"""
from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Any

from .fetch import SourceDirs, safe_file_name
from .state import SourceState

log = logging.getLogger(__name__)


def missing_reports(planned: list[str], reports: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Reports for planned sources whose fetch task died without one (killed, out of memory)."""
    reported = {r["source"] for r in reports}
    return [
        {"source": name, "kind": None, "status": "failed", "error": "fetch task failed; see its Airflow log", "files": [], "counts": {}, "errors": []}
        for name in planned
        if name not in reported
    ]


def source_counts(reports: list[dict[str, Any]]) -> dict[str, int]:
    """Run counts for the warehouse `runs` row (integers only, as the run log requires)."""
    counts = {
        "sources": len(reports),
        "sources_failed": sum(r["status"] == "failed" for r in reports),
        "sources_partial": sum(r["status"] == "partial" for r in reports),
    }
    for report in reports:
        if report["status"] != "ok":
            counts[f"source_{report['status']}:{report['source']}"] = 1
        for name in ("new", "known", "deferred", "failed"):
            counts[f"fetch_{name}"] = counts.get(f"fetch_{name}", 0) + int(report["counts"].get(name, 0))
    return counts


def commit_sources(reports: list[dict[str, Any]], *, lake: Path | str, run_id: str, loaded: dict[str, Any] | None = None) -> dict[str, Any]:
    """Mark what the run fetched as ingested, source by source; write the run's report file."""
    dirs = SourceDirs.under(lake)
    committed = {}
    for report in reports:
        state_file = dirs.state_file(report["source"])
        if state_file.exists():
            with SourceState(state_file) as state:
                committed[report["source"]] = state.commit_run(run_id)
    document = {"run_id": run_id, "sources": reports, "committed": committed, "load": loaded or {}}
    dirs.reports.mkdir(parents=True, exist_ok=True)
    path = dirs.reports / f"{safe_file_name(run_id)}.json"
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(document, ensure_ascii=False, indent=2, default=str), encoding="utf-8")
    tmp.replace(path)
    for report in reports:
        if report["status"] != "ok":
            log.error("source %s %s: %s", report["source"], report["status"], report["error"])
    return {"report": str(path), "committed": committed, "failed": [r["source"] for r in reports if r["status"] == "failed"]}
