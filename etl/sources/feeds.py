"""RSS and Atom documents to the entries a run follows: link, title, publication time.

feedparser reads both formats and every RSS dialect, and it is lenient: it returns an
empty "feed" for an HTML error page or random bytes. A document it cannot recognise as
any feed version is therefore an error here, so a broken source is reported as broken
instead of looking like a quiet day.
"""
from __future__ import annotations

import calendar
import datetime as dt
import time
from dataclasses import dataclass

import feedparser


class NotAFeed(ValueError):
    """The document is not RSS or Atom."""


@dataclass(frozen=True)
class FeedEntry:
    link: str | None
    title: str | None
    published_at: dt.datetime | None  # UTC


def parse_feed(body: bytes, *, content_type: str | None = None) -> tuple[str, list[FeedEntry]]:
    """The feed's version (e.g. 'rss20', 'atom10') and its entries in document order."""
    headers = {"content-type": content_type} if content_type else {}
    parsed = feedparser.parse(body, response_headers=headers)
    if not parsed.get("version"):
        problem = parsed.get("bozo_exception")
        detail = f": {problem}" if problem else ""
        raise NotAFeed(f"not an RSS or Atom document{detail}")
    entries = [
        FeedEntry(
            link=(entry.get("link") or "").strip() or None,
            title=(entry.get("title") or "").strip() or None,
            published_at=_utc(entry.get("published_parsed") or entry.get("updated_parsed")),
        )
        for entry in parsed.entries
    ]
    return parsed.version, entries


def _utc(value: time.struct_time | None) -> dt.datetime | None:
    """feedparser normalises every date format it knows to a UTC struct_time."""
    if value is None:
        return None
    return dt.datetime.fromtimestamp(calendar.timegm(value), tz=dt.timezone.utc)
