"""Where articles come from: RSS/Atom feeds, article pages, WARC crawls and local files.

`sources.yml` lists the sources (`load_sources`); for each, `fetch_source` writes what is
new into a JSON Lines file under the lake that `etl.ingest` reads like any other input,
and `commit_sources` records it as ingested once the warehouse load has succeeded. The
DAG maps `fetch_source` over the sources; nothing here imports Airflow.
"""
from .config import HttpSettings, Source, SourcesError, is_due, load_sources
from .fetch import SourceDirs, fetch_source
from .report import commit_sources, missing_reports, source_counts

__all__ = [
    "HttpSettings",
    "Source",
    "SourceDirs",
    "SourcesError",
    "commit_sources",
    "fetch_source",
    "is_due",
    "load_sources",
    "missing_reports",
    "source_counts",
]
