"""The Data Docs site, opened in a real browser: headless Chromium renders it and we read the page.

Chromium resolves no host names here (as on an offline machine or in air-gapped CI), so
GX's CDN scripts cannot load and the page must stand on the plain HTML the project's index
view writes. The site holds one run with a failed record check and a failed batch check.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
import shutil
import subprocess
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest

from etl.lake import to_table
from etl.load import begin_staging, connect, ensure_warehouse
from etl.validate import build_docs, validate_batch
from etl.validate.quality import QualityConfig, QualityGate, load_quality
from schemas import SCHEMA_VERSION

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="chromium is not installed (`make setup` installs Debian's chromium and chromium-driver)"
)
RUN_ID = "run-docs-1"
PUBLISHED = dt.datetime(2025, 1, 10, 9, tzinfo=dt.timezone.utc)
TEXT = "The president visited Cairo."


class _Text(HTMLParser):
    """The text a reader sees: everything outside <script> and <style>, whitespace folded."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag, attrs):
        self._hidden += tag in ("script", "style")

    def handle_endtag(self, tag):
        self._hidden -= tag in ("script", "style")

    def handle_data(self, data):
        if not self._hidden:
            self.parts.append(data)


def render(page: Path, profile: Path) -> str:
    """The page's DOM after Chromium loaded and ran it, as visible text."""
    proc = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--host-resolver-rules=MAP * ~NOTFOUND",
         f"--user-data-dir={profile}", "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert proc.returncode == 0 and "<html" in proc.stdout, proc.stderr[-2000:]
    parser = _Text()
    parser.feed(proc.stdout)
    return " ".join(" ".join(parser.parts).split())


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    """One run: an event dated 17 days after its article's publication, and a batch over its quarantine limit."""
    root = tmp_path_factory.mktemp("docs")
    docs = root / "data_docs"
    stamp = {"extractor_version": "test", "schema_version": SCHEMA_VERSION, "pub_date": PUBLISHED.date()}
    articles = to_table("articles", [{"article_id": "a1", "text": TEXT, "text_sha256": "0" * 64,
                                      "published_at": PUBLISHED, **stamp}])
    events = to_table("events", [{"event_id": "e-late", "article_id": "a1", "event_type": "VISIT", "status": "occurred",
                                  "date_start": dt.date(2025, 1, 27), "date_inferred": False, "evidence_text": TEXT,
                                  "char_start": 0, "char_end": len(TEXT), "mentions": 1, "published_at": PUBLISHED, **stamp}])
    participants = to_table("participants", [{"participant_id": "p1", "event_id": "e-late", "article_id": "a1",
                                              "role": "visitor", "name": "president", "evidence_text": "president",
                                              "char_start": 4, "char_end": 13, **stamp}])
    outcome = validate_batch(articles, events, participants, run_id=RUN_ID, docs_dir=docs)
    with connect(root / "warehouse.duckdb") as con:
        ensure_warehouse(con)
        begin_staging(con)
        config = load_quality().warn_only(["quarantined_share"])  # a failure that is recorded, not raised
        share = config.checks["quarantined_share"]
        config = QualityConfig(config.path, {**config.checks, "quarantined_share": dataclasses.replace(
            share, settings={**share.settings, "min_rows": 1})})
        gate = QualityGate(con, config, run_id=RUN_ID, docs_dir=docs)
        counts = Counter(articles_loaded=1, quarantined=outcome.quarantine.num_rows)
        gate.check("b-docs", articles=outcome.articles, events=outcome.events, participants=outcome.participants,
                   counts=counts)
    index = Path(build_docs(docs, RUN_ID))
    assert index == docs.resolve() / "index.html"
    return docs


def test_the_index_lists_the_run_every_suite_and_which_failed(site, tmp_path):
    text = render(site / "index.html", tmp_path / "profile")

    assert "Validation Results" in text and "Expectation Suites" in text
    # a result row reads: status, run time, run name, asset (the suite's dataset), ...
    rows = re.findall(rf"(Success|Failed) [\d-]+ [\d:]+ UTC {RUN_ID} (\w+) ", text)
    assert dict((asset, status) for status, asset in rows) == {
        "articles": "Success", "events": "Failed", "participants": "Failed", "batch": "Failed"}
    suites = text.split("Expectation Suites Page", 1)[1]
    assert sorted(re.findall(r"(\w+) open", suites)) == ["articles", "batch", "events", "participants"]


def test_the_events_page_shows_the_failed_expectation_and_the_offending_record(site, tmp_path):
    (page,) = site.glob(f"validations/events/{RUN_ID}/*/*.html")

    text = render(page, tmp_path / "profile")

    assert "Status: Failed" in text
    assert "Unsuccessful Expectations 1" in text
    assert "days_after_publication_if_occurred" in text
    assert "values must be less than or equal to 3" in text
    assert "e-late" in text and "17" in text


def test_the_batch_page_shows_the_failed_batch_check(site, tmp_path):
    (page,) = site.glob(f"validations/batch/{RUN_ID}/*/*.html")

    text = render(page, tmp_path / "profile")

    assert "Expectation Suite: batch" in text and "Status: Failed" in text
    assert "quarantined_share" in text and "values must be less than or equal to 0.25" in text
    assert "b-docs" in text
