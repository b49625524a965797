"""Fetch one source for one run: new articles to a JSON Lines file that `etl.ingest` reads.

Everything a run fetches lands in `{lake}/_sources/incoming/{source}/{run}.jsonl`, one
article a line with the fields ingest knows (`id`, `url`, `title`, `published_at`,
`language`, `text`) plus `source` and `fetched_at`. The file is the landing zone: it
is kept after the run, so any run can be re-processed without fetching again, and its
name is the run's, so a re-run overwrites it instead of adding a copy. Local `files`
sources are not copied: ingest reads them where they are.

A source never raises: whatever goes wrong is caught, counted and returned in the
report, so one broken source cannot fail the others. A failure of one article (a page
that times out) leaves the rest of the source going; a failure of the source itself (the
feed is garbage) marks the source failed. Nothing is marked as ingested here; see
`etl.sources.state` for why that waits for the warehouse load.

Runs are windowed by publication time: a run processes articles published before its
`until` (the end of its data interval) and leaves later ones, unmarked, to later runs.
That is what makes a backfill over past days produce the same runs as the daily runs
did at the time, even though the feed now also holds newer articles.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from etl.ingest import iter_inputs

from .config import Source
from .feeds import NotAFeed, parse_feed
from .http import FetchError, HttpClient, decode_html
from .pages import NoArticleText, Page, parse_page
from .state import SourceState
from .urls import article_id_for, canonical_url
from .warc import BrokenWarc, iter_html_responses, warc_files

log = logging.getLogger(__name__)

MAX_REPORTED_ERRORS = 20
_HASH_CHUNK = 1 << 20


@dataclass(frozen=True)
class SourceDirs:
    """Where the sources' files go; all under the lake so every worker sees them."""

    incoming: Path
    state: Path
    reports: Path

    @classmethod
    def under(cls, lake: Path | str) -> SourceDirs:
        root = Path(lake) / "_sources"
        return cls(root / "incoming", root / "state", root / "reports")

    def state_file(self, source: str) -> Path:
        return self.state / f"{source}.sqlite"


@dataclass
class _Run:
    """One source's fetch in progress: its report, its state and its output file."""

    source: Source
    run_id: str
    until: dt.datetime | None
    out: _JsonlOut
    state: SourceState = field(init=False)
    counts: Counter = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    seen_hashes: set[str] = field(default_factory=set)

    def is_new(self, content_hash: str) -> bool:
        return not self.source.incremental or self.state.is_new(content_hash, self.run_id)

    def knows(self, key: str) -> bool:
        return self.source.incremental and self.state.knows(key, self.run_id)

    def remember(self, key: str, content_hash: str, article_id: str | None = None) -> None:
        if self.source.incremental:
            self.state.add_pending(key, content_hash, article_id, self.run_id)

    def fail_item(self, what: str, reason: str) -> None:
        self.counts["failed"] += 1
        log.warning("source %s: %s: %s", self.source.name, what, reason)
        if len(self.errors) < MAX_REPORTED_ERRORS:
            self.errors.append(f"{what}: {reason}")

    def is_due(self, published_at: dt.datetime | None) -> bool:
        """Inside the run's window; undated articles are taken whenever they are first seen."""
        if self.until is None or published_at is None or published_at < self.until:
            return True
        self.counts["deferred"] += 1
        return False

    def emit(self, key: str, page: Page, fetched_at: dt.datetime | None, title: str | None = None, published_at: dt.datetime | None = None) -> None:
        content_hash = _text_hash(page.text)
        if content_hash in self.seen_hashes or not self.is_new(content_hash):
            self.counts["known"] += 1
            return
        self.seen_hashes.add(content_hash)
        article_id = article_id_for(page.url)
        published = published_at or page.published_at
        self.out.write(
            {
                "id": article_id,
                "url": page.url,
                "title": title or page.title,
                "published_at": published.isoformat() if published else None,
                "language": page.language,
                "text": page.text,
                "source": self.source.name,
                "fetched_at": fetched_at.isoformat() if fetched_at else None,
            }
        )
        self.remember(key, content_hash, article_id)
        self.counts["new"] += 1


class _JsonlOut:
    """The run's incoming file, written under a temporary name and renamed when complete."""

    def __init__(self, path: Path):
        self.path = path
        self._tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        self._fh: IO[str] | None = None

    def write(self, record: dict[str, Any]) -> None:
        if self._fh is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._fh = self._tmp.open("w", encoding="utf-8")
        self._fh.write(json.dumps(record, ensure_ascii=False) + "\n")

    def finish(self) -> list[str]:
        """The committed file, if anything was written; a stale file of an earlier attempt of the run goes."""
        if self._fh is None:
            self.path.unlink(missing_ok=True)
            return []
        self._fh.close()
        os.replace(self._tmp, self.path)
        return [str(self.path)]


def fetch_source(source: Source, *, lake: Path | str, run_id: str, until: dt.datetime | None) -> dict[str, Any]:
    """Fetch what is new in one source; returns a JSON-able report (paths and counts, no text).

    The report's `status` is `ok`, `partial` (some articles failed) or `failed` (the
    source itself, or every article of it, failed); `files` are the inputs for ingest.
    """
    dirs = SourceDirs.under(lake)
    out = _JsonlOut(dirs.incoming / source.name / f"{safe_file_name(run_id)}.jsonl")
    run = _Run(source, run_id, until, out)
    status, error = "ok", None
    try:
        with SourceState(dirs.state_file(source.name)) as state:
            run.state = state
            state.begin_run(run_id)
            _FETCHERS[source.kind](run)
    except (FetchError, NotAFeed, OSError) as exc:  # the source is down, broken or missing
        log.error("source %s failed: %s", source.name, exc)
        status, error = "failed", f"{type(exc).__name__}: {exc}"
    except Exception as exc:  # noqa: BLE001 - even a bug must not let one source fail the others
        log.exception("source %s failed unexpectedly", source.name)
        status, error = "failed", f"{type(exc).__name__}: {exc}"
    # after a failure too: what was read before it is complete, recorded as pending, and worth ingesting
    run.files.extend(out.finish())
    if status == "ok" and run.counts["failed"]:
        succeeded = run.counts["new"] + run.counts["known"]
        status = "partial" if succeeded else "failed"
        error = error or f"{run.counts['failed']} article(s) failed, e.g. {run.errors[0]}"
    report = {
        "source": source.name,
        "kind": source.kind,
        "status": status,
        "error": error,
        "files": run.files,
        "counts": {k: int(v) for k, v in sorted(run.counts.items())},
        "errors": run.errors,
    }
    log.info("source %s: %s %s", source.name, status, report["counts"])
    return report


def _fetch_feed(run: _Run) -> None:
    with HttpClient(run.source.http) as client:
        response = client.get(run.source.urls[0])
        version, entries = parse_feed(response.body, content_type=response.content_type)
        log.info("source %s: %s feed with %d entries", run.source.name, version, len(entries))
        for entry in entries:
            run.counts["found"] += 1
            if not entry.link:
                run.fail_item(f"entry {entry.title!r}", "has no link")
                continue
            key = canonical_url(entry.link)
            if not run.is_due(entry.published_at):
                continue
            if run.knows(key):  # ingested before: do not fetch the page again
                run.counts["known"] += 1
                continue
            page = _fetch_page(run, client, entry.link)
            if page is not None:
                run.emit(key, page[0], page[1], title=entry.title, published_at=entry.published_at)


def _fetch_pages(run: _Run) -> None:
    with HttpClient(run.source.http) as client:
        for url in run.source.urls:
            run.counts["found"] += 1
            page = _fetch_page(run, client, url)
            if page is not None and run.is_due(page[0].published_at):
                run.emit(canonical_url(url), page[0], page[1])


def _fetch_page(run: _Run, client: HttpClient, url: str) -> tuple[Page, dt.datetime] | None:
    """The parsed page and when it was fetched, or None after recording why not."""
    if not client.allowed(url):
        run.counts["robots_disallowed"] += 1
        log.info("source %s: robots.txt disallows %s", run.source.name, url)
        return None
    try:
        response = client.get(url)
    except FetchError as exc:
        run.fail_item(url, exc.reason)
        return None
    page = _parse(run, response.url, response.body, response.charset)
    return (page, response.fetched_at) if page is not None else None


def _parse(run: _Run, url: str, body: bytes, charset: str | None) -> Page | None:
    try:
        html, _encoding = decode_html(body, charset)
        return parse_page(html, url, language=run.source.language)
    except (NoArticleText, UnicodeError) as exc:
        run.fail_item(url, str(exc))
    except Exception as exc:  # noqa: BLE001 - a page that breaks the parser must not stop the source
        log.exception("source %s: unexpected error on %s", run.source.name, url)
        run.fail_item(url, f"{type(exc).__name__}: {exc}")
    return None


def _read_warcs(run: _Run) -> None:
    for path in warc_files(run.source.paths):
        stat = path.stat()
        file_key, file_version = f"warc:{path.resolve()}", f"{stat.st_size}:{stat.st_mtime_ns}"
        if not run.is_new(_hash_str(file_key, file_version)):
            run.counts["known_files"] += 1  # read to the end by an earlier, successful run
            continue
        deferred_before = run.counts["deferred"]
        try:
            _read_warc(run, path)
        except BrokenWarc as exc:  # the pages before the damage are kept; the next file is read
            run.fail_item(str(path), str(exc))
            continue
        if run.counts["deferred"] == deferred_before:  # nothing left for a later run in this file
            run.remember(file_key, _hash_str(file_key, file_version))


def _read_warc(run: _Run, path: Path) -> None:
    skipped: Counter = Counter()
    try:
        for archived in iter_html_responses(path, skipped, run.source.http.max_bytes):
            run.counts["found"] += 1
            page = _parse(run, archived.url, archived.body, archived.charset)
            if page is not None and run.is_due(page.published_at or archived.fetched_at):
                run.emit(canonical_url(archived.url), page, archived.fetched_at)
    finally:
        run.counts.update({f"warc_skipped:{reason}": n for reason, n in skipped.items()})


def _read_files(run: _Run) -> None:
    """Local JSONL/TXT files pass to ingest unchanged, one state entry per file version."""
    for path in iter_inputs(list(run.source.paths)):
        run.counts["found"] += 1
        key = f"file:{path.resolve()}"
        content_hash = _file_hash(path)
        if not run.is_new(content_hash):
            run.counts["known"] += 1
            continue
        run.remember(key, content_hash)
        run.files.append(str(path))
        run.counts["new"] += 1


_FETCHERS = {"rss": _fetch_feed, "atom": _fetch_feed, "page": _fetch_pages, "warc": _read_warcs, "files": _read_files}


def safe_file_name(run_id: str) -> str:
    """Airflow run ids hold ':' and '+', which do not belong in file names."""
    return re.sub(r"[^A-Za-z0-9_.=-]+", "_", run_id).strip("_") or "run"


def _text_hash(text: str) -> str:
    """Whitespace-insensitive, so a re-flowed page is not news."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:32]


def _hash_str(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]


def _file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(_HASH_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()[:32]

