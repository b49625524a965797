"""Fetching feeds and pages from a real HTTP server on 127.0.0.1, into files `etl.ingest` reads."""
from __future__ import annotations

import datetime as dt
import json
import time
from dataclasses import replace
from pathlib import Path

import pytest

from etl.ingest import ingest
from etl.records import Article
from etl.sources import HttpSettings, Source, SourceDirs, commit_sources, fetch_source, source_counts
from etl.sources.config import DEFAULT_USER_AGENT
from etl.sources.http import decode_html
from etl.sources.state import SourceState
from test_sources_site import ARABIC_STORY, STORIES, Site, page_html, rss

UTC = dt.timezone.utc
FAST = HttpSettings(timeout=1.0, retries=1, backoff=0.05, delay=0.0)
LATER = dt.datetime(2026, 2, 1, tzinfo=UTC)


@pytest.fixture
def site():
    with Site() as running:
        running.publish_news()
        yield running


def _source(name: str, kind: str, *urls: str, http: HttpSettings = FAST, language: str | None = None) -> Source:
    return Source(name, kind, urls=urls, language=language, http=http)


def _records(report: dict) -> list[dict]:
    return [json.loads(line) for path in report["files"] for line in Path(path).read_text(encoding="utf-8").splitlines()]


def _fetch(source: Source, lake: Path, run_id: str, until: dt.datetime | None = LATER) -> dict:
    return fetch_source(source, lake=lake, run_id=run_id, until=until)


def test_feed_entries_become_articles_that_ingest_reads(site, tmp_path):
    report = _fetch(_source("wire", "rss", site.url("/feed.xml")), tmp_path, "run-1")
    assert report["status"] == "ok" and report["counts"] == {"found": 3, "new": 3}
    assert report["files"] == [str(tmp_path / "_sources" / "incoming" / "wire" / "run-1.jsonl")]
    articles = [a for a in ingest(report["files"]) if isinstance(a, Article)]
    assert [a.title for a in articles] == [s.title for s in STORIES]
    assert [a.published_at for a in articles] == [s.published_at for s in STORIES], "the feed's time, not just the day"
    assert [a.url for a in articles] == [site.url(f"/news/{s.slug}") for s in STORIES], "no tracking parameters"
    assert {a.language for a in articles} == {"en"}, "identified from the text: the source declares none"
    first = articles[0].text
    assert STORIES[0].paragraphs[0] in first and STORIES[0].paragraphs[1] in first
    assert "Copyright" not in first and "Home" not in first, "navigation and footer are not article text"
    record = _records(report)[0]
    assert record["source"] == "wire" and record["id"].startswith("url-")
    assert dt.datetime.fromisoformat(record["fetched_at"]).tzinfo is not None


def test_one_story_from_two_feeds_gets_one_stable_id(site, tmp_path):
    rss_ids = [r["id"] for r in _records(_fetch(_source("wire", "rss", site.url("/feed.xml")), tmp_path, "run-1"))]
    atom_ids = [r["id"] for r in _records(_fetch(_source("wire-atom", "atom", site.url("/atom.xml")), tmp_path, "run-1"))]
    again = [r["id"] for r in _records(_fetch(_source("wire", "rss", site.url("/feed.xml")), tmp_path / "other", "run-9"))]
    assert atom_ids == rss_ids[:2], "the Atom links carry no utm_ parameters, the RSS links do"
    assert again == rss_ids


def test_every_request_names_the_project_and_robots_txt_is_obeyed(site, tmp_path):
    source = _source("pages", "page", site.url(f"/news/{STORIES[0].slug}"), site.url("/private/secret"))
    report = _fetch(source, tmp_path, "run-1")
    assert report["counts"] == {"found": 2, "new": 1, "robots_disallowed": 1}
    assert site.hits("/private/secret") == 0
    assert site.requests and {agent for _, agent in site.requests} == {DEFAULT_USER_AGENT}
    assert DEFAULT_USER_AGENT.startswith("news-events-etl/")


def test_undeclared_windows_1256_arabic_page_is_decoded_and_identified_from_its_text(site, tmp_path):
    # The template claims lang="en", as bilingual sites' templates do; the text decides.
    lying = page_html(ARABIC_STORY, site.base, declare_charset=False, lang_attr="en").encode("cp1256")
    site.add("/ar/lying-template", lying, content_type="text/html")
    report = _fetch(_source("arabic", "page", site.url("/ar/lying-template")), tmp_path, "run-1")
    (record,) = _records(report)
    assert ARABIC_STORY.paragraphs[0] in record["text"]
    assert record["language"] == "ar"
    assert record["title"] == ARABIC_STORY.title
    assert record["published_at"] == "2026-01-02T00:00:00+00:00", "pages give the day; feeds give the time"


def test_configured_language_is_used_as_given(site, tmp_path):
    report = _fetch(_source("arabic", "page", site.url(f"/ar/{ARABIC_STORY.slug}"), language="ar"), tmp_path, "run-1")
    assert [r["language"] for r in _records(report)] == ["ar"]


def test_decoding_prefers_bom_then_header_then_meta_then_utf8_then_detection():
    arabic = " ".join(ARABIC_STORY.paragraphs)
    cp1256 = f"<html><body><p>{arabic}</p></body></html>".encode("cp1256")
    assert decode_html("\ufeffسلام".encode("utf-8"), "windows-1256") == ("سلام", "utf-8-sig")
    assert decode_html(cp1256, "windows-1256")[1] == "cp1256"
    assert decode_html(b'<meta charset="windows-1256">' + cp1256)[1] == "cp1256"
    assert decode_html(cp1256, "utf-8") == decode_html(cp1256), "a declaration the bytes contradict is skipped"
    text, encoding = decode_html(cp1256)
    assert arabic in text and encoding == "cp1256"
    assert decode_html("نص".encode("utf-8")) == ("نص", "utf-8")


def test_transient_errors_are_retried_with_exponential_back_off(site, tmp_path):
    site.add("/flaky", page_html(STORIES[1], site.base), fail_first=2)
    patient = HttpSettings(timeout=1.0, retries=2, backoff=0.2, delay=0.0)
    started = time.monotonic()
    report = _fetch(_source("flaky", "page", site.url("/flaky"), http=patient), tmp_path, "run-1")
    elapsed = time.monotonic() - started
    assert report["status"] == "ok" and report["counts"]["new"] == 1
    assert site.hits("/flaky") == 3
    assert elapsed >= 0.2 + 0.4, "waits 0.2 s, then 0.4 s"


def test_a_source_that_times_out_fails_with_the_reason_after_its_retries(site, tmp_path):
    impatient = HttpSettings(timeout=0.3, retries=1, backoff=0.05, delay=0.0)
    started = time.monotonic()
    report = _fetch(_source("slow", "rss", site.url("/slow.xml"), http=impatient), tmp_path, "run-1")
    assert time.monotonic() - started < 2.0, "each attempt is cut off at the timeout"
    assert report["status"] == "failed" and report["files"] == []
    assert "timed out after 0.3s (gave up after 2 attempts)" in report["error"]
    assert site.hits("/slow.xml") == 2


def test_garbage_is_a_failed_source_not_an_empty_one(site, tmp_path):
    site.add("/garbage.html", bytes(range(256)) * 8, content_type="text/html")
    feed = _fetch(_source("garbage-feed", "rss", site.url("/garbage.xml")), tmp_path, "run-1")
    page = _fetch(_source("garbage-page", "page", site.url("/garbage.html")), tmp_path, "run-1")
    assert feed["status"] == "failed" and "not an RSS or Atom document" in feed["error"]
    assert page["status"] == "failed" and site.url("/garbage.html") in page["error"]
    assert feed["files"] == page["files"] == []


def test_a_broken_page_in_a_feed_leaves_the_other_entries(site, tmp_path):
    feed = rss(list(STORIES[:2]), site.base).replace(f"/news/{STORIES[1].slug}".encode(), b"/news/gone")
    site.add("/mixed.xml", feed, content_type="application/rss+xml")
    report = _fetch(_source("mixed", "rss", site.url("/mixed.xml")), tmp_path, "run-1")
    assert report["status"] == "partial"
    assert report["counts"] == {"found": 2, "new": 1, "failed": 1}
    assert report["errors"] == [f"{site.url('/news/gone')}?utm_source=rss&utm_medium=feed: HTTP 404"]
    assert [r["title"] for r in _records(report)] == [STORIES[0].title]


def test_a_second_run_emits_only_new_articles_and_fetches_no_known_page(site, tmp_path):
    source = _source("wire", "rss", site.url("/feed.xml"))
    site.feed_until = dt.datetime(2026, 1, 2, tzinfo=UTC)
    first = _fetch(source, tmp_path, "day-1")
    commit_sources([first], lake=tmp_path, run_id="day-1")
    site.feed_until = None
    second = _fetch(source, tmp_path, "day-2")
    assert [r["title"] for r in _records(first)] == [STORIES[0].title]
    assert [r["title"] for r in _records(second)] == [s.title for s in STORIES[1:]]
    assert second["counts"] == {"found": 3, "known": 1, "new": 2}
    assert site.hits(f"/news/{STORIES[0].slug}") == 1, "a known link is not fetched again"


def test_articles_of_a_failed_run_are_emitted_again_by_the_next_run(site, tmp_path):
    source = _source("wire", "rss", site.url("/feed.xml"))
    failed = _fetch(source, tmp_path, "day-1")  # never committed: its load failed
    retried = _fetch(source, tmp_path, "day-2")
    assert [r["id"] for r in _records(retried)] == [r["id"] for r in _records(failed)] and len(_records(failed)) == 3
    commit_sources([retried], lake=tmp_path, run_id="day-2")
    assert _fetch(source, tmp_path, "day-3")["files"] == []


def test_a_cleared_run_emits_its_own_articles_again_and_overwrites_its_file(site, tmp_path):
    source = _source("wire", "rss", site.url("/feed.xml"))
    first = _fetch(source, tmp_path, "day-1")
    commit_sources([first], lake=tmp_path, run_id="day-1")
    rerun = _fetch(source, tmp_path, "day-1")
    assert rerun["files"] == first["files"] and len(_records(rerun)) == 3
    with SourceState(SourceDirs.under(tmp_path).state_file("wire")) as state:
        assert state.counts() == {"pending": 3}, "one row per article, pending again until the re-run commits"
    commit_sources([rerun], lake=tmp_path, run_id="day-1")
    assert _fetch(source, tmp_path, "day-2")["counts"] == {"found": 3, "known": 3}


def test_a_changed_page_is_emitted_again_under_the_same_id(site, tmp_path):
    path = f"/news/{STORIES[2].slug}"
    source = _source("pages", "page", site.url(path))
    first = _fetch(source, tmp_path, "day-1")
    commit_sources([first], lake=tmp_path, run_id="day-1")
    assert _fetch(source, tmp_path, "day-2")["counts"] == {"found": 1, "known": 1}
    corrected = replace(STORIES[2], paragraphs=STORIES[2].paragraphs + ("Corrected: the visit lasts three days.",))
    site.add(path, page_html(corrected, site.base))
    third = _fetch(source, tmp_path, "day-3")
    assert [r["id"] for r in _records(third)] == [r["id"] for r in _records(first)]
    assert "Corrected" in _records(third)[0]["text"]


def test_articles_published_after_the_run_are_left_for_a_later_run(site, tmp_path):
    source = _source("wire", "rss", site.url("/feed.xml"))
    early = _fetch(source, tmp_path, "day-2", until=dt.datetime(2026, 1, 2, tzinfo=UTC))
    commit_sources([early], lake=tmp_path, run_id="day-2")
    late = _fetch(source, tmp_path, "day-4", until=dt.datetime(2026, 1, 4, tzinfo=UTC))
    assert early["counts"] == {"found": 3, "new": 1, "deferred": 2}
    assert [r["title"] for r in _records(late)] == [s.title for s in STORIES[1:]]


def test_local_files_pass_through_once_per_version(tmp_path):
    folder = tmp_path / "incoming"
    folder.mkdir()
    (folder / "a.jsonl").write_text('{"id": "a", "text": "first"}\n', encoding="utf-8")
    source = Source("local", "files", paths=(str(folder),))
    lake = tmp_path / "lake"
    first = _fetch(source, lake, "day-1")
    commit_sources([first], lake=lake, run_id="day-1")
    (folder / "b.jsonl").write_text('{"id": "b", "text": "second"}\n', encoding="utf-8")
    second = _fetch(source, lake, "day-2")
    assert first["files"] == [str(folder / "a.jsonl")]
    assert second["files"] == [str(folder / "b.jsonl")] and second["counts"] == {"found": 2, "known": 1, "new": 1}
    rereads = Source("samples", "files", paths=(str(folder),), incremental=False)
    assert _fetch(rereads, lake, "day-1")["files"] == _fetch(rereads, lake, "day-2")["files"] == sorted(
        str(p) for p in folder.iterdir()
    ), "a non-incremental source passes everything every run"
    missing = _fetch(Source("gone", "files", paths=(str(tmp_path / "nowhere"),)), lake, "day-2")
    assert missing["status"] == "failed" and "does not exist" in missing["error"]


def test_commit_writes_the_run_report_and_counts_name_the_broken_sources(site, tmp_path):
    good = _fetch(_source("wire", "rss", site.url("/feed.xml")), tmp_path, "day-1")
    bad = _fetch(_source("garbage", "rss", site.url("/garbage.xml")), tmp_path, "day-1")
    result = commit_sources([good, bad], lake=tmp_path, run_id="day-1")
    report = json.loads(Path(result["report"]).read_text(encoding="utf-8"))
    assert result["committed"] == {"wire": 3, "garbage": 0} and result["failed"] == ["garbage"]
    assert [s["status"] for s in report["sources"]] == ["ok", "failed"]
    counts = source_counts([good, bad])
    assert counts["sources"] == 2 and counts["sources_failed"] == 1 and counts["source_failed:garbage"] == 1
    assert counts["fetch_new"] == 3
