"""WARC crawls, written by warcio in the test: only HTTP 200 HTML responses become articles."""
from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path

import pytest

from etl.ingest import ingest
from etl.records import Article
from etl.sources import Source, commit_sources, fetch_source
from etl.sources.urls import article_id_for
from etl.sources.warc import iter_html_responses
from test_sources_site import ARABIC_STORY, CRAWLED_SITE as SITE, STORIES, write_crawl

UTC = dt.timezone.utc
LATER = dt.datetime(2026, 2, 1, tzinfo=UTC)


@pytest.fixture
def crawl(tmp_path: Path) -> Path:
    folder = tmp_path / "crawl"
    folder.mkdir()
    write_crawl(folder / "CC-NEWS-20260101.warc.gz")
    return folder


def test_only_http_200_html_responses_are_kept_with_url_and_fetch_date(crawl):
    skipped: Counter = Counter()
    pages = list(iter_html_responses(crawl / "CC-NEWS-20260101.warc.gz", skipped))
    assert [(p.url, p.fetched_at) for p in pages] == [
        (f"{SITE}/news/{STORIES[0].slug}", dt.datetime(2026, 1, 1, 10, 0, tzinfo=UTC)),
        (f"{SITE}/ar/{ARABIC_STORY.slug}", dt.datetime(2026, 1, 2, 12, 30, tzinfo=UTC)),
    ]
    assert [p.charset for p in pages] == ["utf-8", "windows-1256"]
    assert skipped == Counter({"record:warcinfo": 1, "record:request": 1, "status:301": 1, "status:404": 1, "not_html": 1})


def test_uncompressed_warc_reads_the_same(tmp_path):
    write_crawl(tmp_path / "plain.warc", gzip=False)
    assert len(list(iter_html_responses(tmp_path / "plain.warc"))) == 2


def test_warc_source_writes_articles_with_url_ids_and_fetch_dates(crawl, tmp_path):
    report = fetch_source(Source("cc-news", "warc", paths=(str(crawl),)), lake=tmp_path / "lake", run_id="day-1", until=LATER)
    assert report["status"] == "ok" and report["counts"]["new"] == 2
    records = [json.loads(line) for line in Path(report["files"][0]).read_text(encoding="utf-8").splitlines()]
    assert [r["fetched_at"] for r in records] == ["2026-01-01T10:00:00+00:00", "2026-01-02T12:30:00+00:00"]
    assert [r["language"] for r in records] == ["en", "ar"]
    assert records[0]["id"] == article_id_for(f"{SITE}/news/{STORIES[0].slug}?utm_source=rss"), "same id as from the feed"
    articles = [a for a in ingest(report["files"]) if isinstance(a, Article)]
    assert ARABIC_STORY.paragraphs[1] in articles[1].text


def test_a_warc_file_read_by_a_committed_run_is_not_read_again(crawl, tmp_path):
    source = Source("cc-news", "warc", paths=(str(crawl),))
    lake = tmp_path / "lake"
    first = fetch_source(source, lake=lake, run_id="day-1", until=LATER)
    commit_sources([first], lake=lake, run_id="day-1")
    write_crawl(crawl / "CC-NEWS-20260102.warc.gz")  # the next crawl file, same pages re-crawled
    second = fetch_source(source, lake=lake, run_id="day-2", until=LATER)
    assert second["counts"]["known_files"] == 1
    assert second["counts"]["known"] == 2 and second["files"] == [], "re-crawled pages with the same text are not news"


def test_a_truncated_warc_keeps_the_pages_before_the_damage(crawl, tmp_path):
    data = (crawl / "CC-NEWS-20260101.warc.gz").read_bytes()
    (crawl / "CC-NEWS-20260101.warc.gz").write_bytes(data[: int(len(data) * 0.8)])
    report = fetch_source(Source("cc-news", "warc", paths=(str(crawl),)), lake=tmp_path / "lake", run_id="day-1", until=LATER)
    assert report["status"] == "partial"
    assert report["counts"]["new"] == 1 and "CC-NEWS-20260101.warc.gz" in report["errors"][0]


def test_crawl_pages_are_windowed_by_publication_or_fetch_date(crawl, tmp_path):
    report = fetch_source(
        Source("cc-news", "warc", paths=(str(crawl),)), lake=tmp_path / "lake", run_id="day-2", until=dt.datetime(2026, 1, 2, tzinfo=UTC)
    )
    assert report["counts"]["new"] == 1 and report["counts"]["deferred"] == 1
