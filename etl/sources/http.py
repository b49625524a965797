"""HTTP fetching that is patient with flaky sites and polite to all of them.

Patient: a timeout, a dropped connection, HTTP 429 or a 5xx is retried with exponential
back-off (honouring `Retry-After`), because news sites and feed CDNs fail briefly all
the time. Polite: every request names the project in its User-Agent, requests to one
host are spaced by `delay` seconds, and article pages disallowed by robots.txt are not
fetched. Bounded: each attempt has one deadline for connect and body together, so a
server that trickles bytes cannot hold a worker, and bodies over `max_bytes` are refused.
"""
from __future__ import annotations

import codecs
import datetime as dt
import logging
import re
import time
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

import charset_normalizer
import requests

from .config import HttpSettings

log = logging.getLogger(__name__)

RETRY_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})
MAX_RETRY_AFTER_S = 120.0
_CHUNK = 64 * 1024
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_SNIFF_BYTES = 4096


class FetchError(Exception):
    """A URL could not be fetched; `reason` is short enough for a run report."""

    def __init__(self, url: str, reason: str):
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason


class _Retryable(Exception):
    def __init__(self, reason: str, wait: float | None = None):
        super().__init__(reason)
        self.reason = reason
        self.wait = wait


@dataclass(frozen=True)
class Response:
    url: str  # after redirects
    status: int
    content_type: str | None  # media type only, lower case
    charset: str | None  # as declared in Content-Type, if at all
    body: bytes
    fetched_at: dt.datetime


class HttpClient:
    """One per source and run; not thread-safe (a mapped task fetches sequentially)."""

    def __init__(self, settings: HttpSettings):
        self.settings = settings
        self._session = requests.Session()
        self._session.headers["User-Agent"] = settings.user_agent
        self._last_request: dict[str, float] = {}
        self._robots: dict[str, RobotFileParser | None] = {}

    def close(self) -> None:
        self._session.close()

    def __enter__(self) -> HttpClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get(self, url: str) -> Response:
        """The response to a GET, after up to `retries` further attempts; raises `FetchError`."""
        attempts = self.settings.retries + 1
        reason = "not attempted"
        for attempt in range(attempts):
            try:
                return self._attempt(url)
            except _Retryable as exc:
                reason = exc.reason
                if attempt + 1 == attempts:
                    break
                wait = self.settings.backoff * 2**attempt
                if exc.wait is not None:
                    wait = max(wait, min(exc.wait, MAX_RETRY_AFTER_S))
                log.warning("%s: %s; retry %d of %d in %.1fs", url, reason, attempt + 1, attempts - 1, wait)
                time.sleep(wait)
        raise FetchError(url, f"{reason} (gave up after {attempts} attempt{'s' if attempts > 1 else ''})")

    def allowed(self, url: str) -> bool:
        """robots.txt says this user agent may fetch the URL; unreadable robots.txt allows all."""
        if not self.settings.robots:
            return True
        parts = urlsplit(url)
        root = f"{parts.scheme}://{parts.netloc}"
        if root not in self._robots:
            self._robots[root] = self._read_robots(root + "/robots.txt")
        robots = self._robots[root]
        return robots is None or robots.can_fetch(self.settings.user_agent, url)

    def _read_robots(self, url: str) -> RobotFileParser | None:
        try:
            response = self._attempt(url, ok_statuses=range(200, 300))
        except (_Retryable, FetchError) as exc:
            log.info("no usable %s (%s): every page of the site is allowed", url, getattr(exc, "reason", exc))
            return None
        parser = RobotFileParser(url)
        parser.parse(response.body.decode("utf-8", errors="replace").splitlines())
        return parser

    def _attempt(self, url: str, ok_statuses: range = range(200, 400)) -> Response:
        self._space_requests(url)
        timeout = self.settings.timeout
        deadline = time.monotonic() + timeout
        try:
            with self._session.get(url, timeout=(timeout, timeout), stream=True, allow_redirects=True) as resp:
                status = resp.status_code
                if status in RETRY_STATUSES:
                    raise _Retryable(f"HTTP {status}", _retry_after(resp.headers.get("Retry-After")))
                if status not in ok_statuses:
                    raise FetchError(url, f"HTTP {status}")
                body = self._read_body(resp, deadline, url)
                media_type, charset = _content_type(resp.headers.get("Content-Type"))
                return Response(resp.url, status, media_type, charset, body, dt.datetime.now(dt.timezone.utc))
        except requests.Timeout:
            raise _Retryable(f"timed out after {timeout:g}s") from None
        except requests.ConnectionError as exc:
            if "timed out" in str(exc).lower():  # a read timeout inside the body arrives wrapped like this
                raise _Retryable(f"timed out after {timeout:g}s") from None
            raise _Retryable(f"connection failed ({_short(exc)})") from None
        except requests.RequestException as exc:  # invalid URL, too many redirects: retrying will not help
            raise FetchError(url, _short(exc)) from None

    def _read_body(self, resp: requests.Response, deadline: float, url: str) -> bytes:
        chunks, size = [], 0
        for chunk in resp.iter_content(_CHUNK):
            size += len(chunk)
            if size > self.settings.max_bytes:
                raise FetchError(url, f"response larger than {self.settings.max_bytes} bytes")
            if time.monotonic() > deadline:
                raise requests.Timeout()
            chunks.append(chunk)
        return b"".join(chunks)

    def _space_requests(self, url: str) -> None:
        host = (urlsplit(url).hostname or "").lower()
        last = self._last_request.get(host)
        if last is not None:
            wait = last + self.settings.delay - time.monotonic()
            if wait > 0:
                time.sleep(wait)
        self._last_request[host] = time.monotonic()


def _content_type(header: str | None) -> tuple[str | None, str | None]:
    if not header:
        return None, None
    media_type, _, params = header.partition(";")
    match = re.search(r"charset\s*=\s*[\"']?([^\"';\s]+)", params, re.IGNORECASE)
    return media_type.strip().lower() or None, match.group(1) if match else None


def _retry_after(value: str | None) -> float | None:
    """Seconds to wait, from either form the header takes (delta-seconds or an HTTP date)."""
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, (when - dt.datetime.now(dt.timezone.utc)).total_seconds()) if when.tzinfo else None


def _short(exc: Exception) -> str:
    text = str(exc)
    return text if len(text) <= 200 else text[:197] + "..."


def decode_html(body: bytes, declared: str | None = None) -> tuple[str, str]:
    """The page as text and the encoding used: BOM, then HTTP header, then <meta>, then UTF-8, then detection.

    This is the browsers' order, except that a declaration the bytes contradict (they do
    not decode) is skipped rather than trusted; detection by charset-normalizer is the
    last resort for pages that declare nothing, common with Arabic sites in windows-1256.
    """
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if body.startswith(bom):
            return body.decode(encoding, errors="replace"), encoding
    meta = _META_CHARSET.search(body[:_SNIFF_BYTES])
    candidates = [declared, meta.group(1).decode("ascii", "replace") if meta else None, "utf-8"]
    for name in candidates:
        encoding = _known_encoding(name)
        if encoding:
            try:
                return body.decode(encoding), encoding
            except UnicodeDecodeError:
                continue
    best = charset_normalizer.from_bytes(body).best()
    if best is None:
        raise UnicodeError("no text encoding fits these bytes (binary content?)")
    return str(best), best.encoding


def _known_encoding(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip()).name
    except LookupError:
        return None
