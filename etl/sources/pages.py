"""An article page (HTML) to its text, title, canonical URL, publication date and language.

trafilatura strips navigation, footers and comments and keeps the article body; its
date search (htmldate) prefers the original publication date over a later edit, which
is the date relative expressions in the text ("yesterday") refer to. Language comes from
the source's configuration if given, else from py3langid on the text itself: page
templates often declare `lang="en"` on every page of a bilingual site.
"""
from __future__ import annotations

import datetime as dt
import warnings
from dataclasses import dataclass
from urllib.parse import urlsplit

import py3langid
import trafilatura

from .urls import canonical_url

MIN_TEXT_CHARS = 40  # shorter "articles" are cookie banners, paywall stubs or error pages
_LANGUAGE_SAMPLE = 2000
_DATE_SEARCH = {"original_date": True, "extensive_search": False}


class NoArticleText(ValueError):
    """The page holds no article text (an index page, an error page, binary garbage)."""


@dataclass(frozen=True)
class Page:
    url: str  # canonical
    title: str | None
    text: str
    published_at: dt.datetime | None  # midnight UTC of the date found: pages rarely give a time
    language: str | None


def parse_page(html: str, url: str, *, language: str | None = None) -> Page:
    """Extract the article; `url` is where it was fetched from, used unless the page names a canonical one."""
    with warnings.catch_warnings():  # lxml's FutureWarning about element truth-testing, from inside trafilatura
        warnings.simplefilter("ignore", FutureWarning)
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False, date_extraction_params=_DATE_SEARCH
        )
    text = (doc.text or "").strip() if doc is not None else ""
    if len(text) < MIN_TEXT_CHARS:
        raise NoArticleText(f"no article text found ({len(text)} characters extracted)")
    return Page(
        url=_canonical(getattr(doc, "url", None), url),
        title=(doc.title or "").strip() or None,
        text=text,
        published_at=_date(doc.date),
        language=language or detect_language(text),
    )


def _canonical(declared: str | None, fetched: str) -> str:
    """The page's own canonical link, unless it points at a site's home page.

    Templates that set every page's canonical link to the home page exist, and trusting
    them would give every article of the site one id.
    """
    if declared and urlsplit(declared).scheme in ("http", "https") and urlsplit(declared).path.strip("/"):
        return canonical_url(declared)
    return canonical_url(fetched)


def _date(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        day = dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone.utc)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, offline; None for text without letters."""
    sample = text[:_LANGUAGE_SAMPLE]
    if not any(ch.isalpha() for ch in sample):
        return None
    language, _score = py3langid.classify(sample)
    return language
