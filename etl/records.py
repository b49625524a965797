"""The in-memory shapes that flow between stages, and the deterministic ids they carry.

Ids are hashes of content, never counters or clocks, so re-running the same input yields
the same keys and the warehouse upsert replaces rows instead of adding them.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Any


def stable_id(*parts: object, length: int = 16) -> str:
    """A short hex digest of the parts; the separator keeps ("ab","c") apart from ("a","bc")."""
    h = hashlib.sha256("\x1f".join(["" if p is None else str(p) for p in parts]).encode("utf-8"))  # a list: join takes it without a generator's frames
    return h.hexdigest()[:length]


@dataclass(frozen=True)
class Article:
    article_id: str
    text: str
    url: str | None = None
    title: str | None = None
    published_at: dt.datetime | None = None  # timezone-aware UTC, or None when unknown
    language: str | None = None
    source: str | None = None  # file (and line) the article came from

    @property
    def pub_date(self) -> dt.date | None:
        return self.published_at.date() if self.published_at else None


@dataclass(frozen=True)
class Problem:
    """Input that could not become an article: reported, counted and quarantined, never dropped."""

    source: str  # file and line, e.g. "feed.jsonl:17"
    article_id: str | None
    field: str  # the offending field ("line", "text", "published_at", ...)
    check: str  # short machine name, e.g. "malformed_json"
    message: str  # human sentence naming the article and the field
    raw: str | None = None  # the raw input, so nothing is lost


@dataclass
class Extraction:
    """What the extractor found in one article: rows shaped like the contract's datasets."""

    article_id: str
    events: list[dict[str, Any]] = field(default_factory=list)
    participants: list[dict[str, Any]] = field(default_factory=list)
