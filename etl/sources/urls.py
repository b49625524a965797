"""Canonical URLs and the article ids derived from them.

A fetched article has no id of its own, and the same story reaches us as
`https://Site.example/a?utm_source=rss#top` from a feed and as `https://site.example/a`
from a crawl. Both must get one id, or the warehouse would hold the story twice.
"""
from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from etl.records import stable_id

# Query parameters that track the reader, not the page.
_TRACKING_PREFIXES = ("utm_", "mc_", "pk_", "at_")
_TRACKING = frozenset({"fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid", "ref_src", "cmpid", "ocid", "ito", "_ga"})
_DEFAULT_PORTS = {"http": 80, "https": 443}


def canonical_url(url: str) -> str:
    """Lower-case scheme and host, no default port, fragment or tracking parameters, sorted query."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    netloc = host if parts.port in (None, _DEFAULT_PORTS.get(scheme)) else f"{host}:{parts.port}"
    query = sorted(
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if k.lower() not in _TRACKING and not k.lower().startswith(_TRACKING_PREFIXES)
    )
    return urlunsplit((scheme, netloc, parts.path or "/", urlencode(query), ""))


def article_id_for(url: str) -> str:
    """Stable across runs and sources: a hash of the canonical URL, prefixed to say where it came from."""
    return "url-" + stable_id("url", canonical_url(url), length=20)

