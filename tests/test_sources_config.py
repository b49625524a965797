"""sources.yml: the shipped file, environment values, relative paths, mistakes named precisely, schedules."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from etl.sources import HttpSettings, Source, SourcesError, is_due, load_sources

ROOT = Path(__file__).resolve().parents[1]
UTC = dt.timezone.utc


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "sources.yml"
    path.write_text(text, encoding="utf-8")
    return path


def test_shipped_sources_file_enables_only_the_offline_examples(monkeypatch):
    monkeypatch.delenv("NEWS_EVENTS_INPUT", raising=False)
    sources = load_sources(ROOT / "sources.yml")
    enabled = [s for s in sources if s.enabled]
    assert [(s.name, s.kind, s.paths) for s in enabled] == [("examples", "files", (str(ROOT / "examples" / "articles"),))]
    assert enabled[0].incremental is False, "make run re-extracts the samples after code changes"
    assert {s.kind for s in sources} == {"files", "rss", "atom", "page", "warc"}, "the file shows every kind"


def test_environment_values_and_colon_separated_paths_relative_to_the_file(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWS_EVENTS_INPUT", "a.jsonl:/abs/b.jsonl")
    monkeypatch.delenv("UNSET_FOR_TEST", raising=False)
    path = _write(
        tmp_path,
        "sources:\n"
        "  - {name: local, kind: files, path: '${NEWS_EVENTS_INPUT:-x}'}\n"
        "  - {name: fallback, kind: warc, path: '${UNSET_FOR_TEST:-crawl/}'}\n",
    )
    local, fallback = load_sources(path)
    assert local.paths == (str(tmp_path / "a.jsonl"), "/abs/b.jsonl")
    assert fallback.paths == (str(tmp_path / "crawl"),)


def test_defaults_apply_to_every_web_source_and_a_source_overrides_them(tmp_path):
    path = _write(
        tmp_path,
        "defaults: {timeout: 5, retries: 1, user_agent: 'news-events-etl/0.1.0 (ops@example.org)'}\n"
        "sources:\n"
        "  - {name: feed, kind: rss, url: 'https://example.org/rss.xml', language: ar, schedule: '@weekly'}\n"
        "  - {name: pages, kind: page, url: ['https://example.org/a', 'https://example.org/b'], timeout: 2.5, delay: 0}\n",
    )
    feed, pages = load_sources(path)
    assert feed.http == HttpSettings(timeout=5.0, retries=1, user_agent="news-events-etl/0.1.0 (ops@example.org)")
    assert (feed.language, feed.schedule, feed.urls) == ("ar", "@weekly", ("https://example.org/rss.xml",))
    assert (pages.http.timeout, pages.http.delay, pages.http.retries) == (2.5, 0.0, 1)
    assert pages.urls == ("https://example.org/a", "https://example.org/b")
    assert Source.from_dict(pages.to_dict()) == pages, "a source survives the trip through XCom"


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ("{name: Bad Name, kind: files, path: x}", "source #1 ('Bad Name'): name must be"),
        ("{name: feed, kind: rdf, url: 'https://e.org/x'}", "source #1 ('feed'): kind 'rdf' is not one of atom, files, page, rss, warc"),
        ("{name: feed, kind: rss, url: 'https://e.org/x', lanugage: en}", "key(s) ['lanugage'] do not apply to kind 'rss'"),
        ("{name: feed, kind: rss, url: 'ftp://e.org/x'}", "url must be an http(s) URL"),
        ("{name: feed, kind: rss, url: ['https://e.org/a', 'https://e.org/b']}", "a rss source has exactly one url"),
        ("{name: feed, kind: rss, path: x}", "kind 'rss' reads 'url', not 'path'"),
        ("{name: local, kind: files, path: x, language: en}", "key(s) ['language'] do not apply to kind 'files'"),
        ("{name: local, kind: files, path: x, timeout: 3}", "key(s) ['timeout'] do not apply to kind 'files'"),
        ("{name: feed, kind: rss, url: 'https://e.org/x', timeout: -1}", "timeout must be a non-negative number, got -1"),
        ("{name: feed, kind: rss, url: 'https://e.org/x', retries: 1.5}", "retries must be a non-negative integer, got 1.5"),
        ("{name: feed, kind: rss, url: 'https://e.org/x', language: English}", "language 'English' must be a lower-case ISO 639 code"),
        ("{name: feed, kind: rss, url: 'https://e.org/x', schedule: 'every day'}", "schedule 'every day' is not a cron expression"),
        ("{name: feed, kind: rss, url: 'https://e.org/x', enabled: 'no'}", "enabled must be true or false"),
        ("{name: feed, kind: rss, url: 'https://e.org/x', incremental: 0}", "incremental must be true or false"),
    ],
)
def test_a_mistake_names_the_file_the_source_and_the_field(tmp_path, entry, message):
    path = _write(tmp_path, f"sources:\n  - {entry}\n")
    with pytest.raises(SourcesError) as raised:
        load_sources(path)
    assert message in str(raised.value)
    assert str(path) in str(raised.value)


def test_file_level_mistakes_are_reported(tmp_path):
    cases = {
        "sources: [": "is not valid YAML",
        "feeds: []": "expected a mapping with a 'sources' list",
        "sources: []\nsettings: {}": "unknown top-level key(s) ['settings']",
        "defaults: {timeuot: 3}\nsources: []": "defaults: unknown key(s) ['timeuot']",
        "sources:\n  - {name: a, kind: files, path: x}\n  - {name: a, kind: files, path: y}": "source name(s) ['a'] used more than once",
    }
    for text, message in cases.items():
        with pytest.raises(SourcesError, match=message.replace("(", r"\(").replace(")", r"\)").replace("[", r"\[").replace("]", r"\]")):
            load_sources(_write(tmp_path, text))
    with pytest.raises(SourcesError, match="cannot read sources file"):
        load_sources(tmp_path / "missing.yml")


def test_a_weekly_source_is_due_in_one_daily_run_a_week():
    days = [dt.datetime(2026, 1, d, tzinfo=UTC) for d in range(1, 15)]
    due = [d.date().isoformat() for d in days if is_due("@weekly", run_schedule="@daily", at=d)]
    assert due == ["2026-01-04", "2026-01-11"], "the runs at the Sunday ticks"


def test_a_six_hourly_source_is_due_in_every_daily_run_and_unscheduled_sources_always():
    at = dt.datetime(2026, 1, 5, tzinfo=UTC)
    assert is_due("0 */6 * * *", run_schedule="@daily", at=at)
    assert is_due(None, run_schedule="@daily", at=at)
    assert is_due("@monthly", run_schedule=None, at=at), "without a DAG schedule there is no tick to compare with"
    assert not is_due("@monthly", run_schedule="@daily", at=at)
