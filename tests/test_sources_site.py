"""A small news site on 127.0.0.1 for the source tests: feeds, article pages, and misbehaviour.

Not a test module of its own (it defines no tests); it is named `test_sources_*` so that
it belongs with the tests that import it. The articles are invented for the tests, in
the wire style of examples/articles; none of it happened.

The site is a real HTTP server in a thread: a page that must time out really sleeps,
garbage really is random bytes, and a flaky route really answers 503 first.
"""
from __future__ import annotations

import datetime as dt
import html
import io
import random
import threading
import time
from dataclasses import dataclass, field
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

UTC = dt.timezone.utc
CRAWLED_SITE = "https://wire.example"  # where the WARC says its pages came from


@dataclass(frozen=True)
class Story:
    slug: str
    title: str
    published_at: dt.datetime
    paragraphs: tuple[str, ...]
    language: str = "en"


STORIES = (
    Story(
        "egypt-jordan-talks",
        "Egyptian and Jordanian leaders hold talks in Cairo",
        dt.datetime(2026, 1, 1, 9, 30, tzinfo=UTC),
        (
            "CAIRO (Wire) - Egyptian President Abdel Fattah al-Sisi met Jordan's King Abdullah II in Cairo on Thursday to discuss the situation in Gaza, officials said.",
            "The two leaders agreed to hold further talks next week, according to a statement issued by the Egyptian presidency after the meeting.",
        ),
    ),
    Story(
        "kenya-france-call",
        "Ruto and Macron discuss climate finance by phone",
        dt.datetime(2026, 1, 2, 14, 0, tzinfo=UTC),
        (
            "NAIROBI (Wire) - Kenyan President William Ruto spoke by phone with French President Emmanuel Macron on Friday about climate finance and debt relief.",
            "Ruto's office said in a statement that the two presidents would meet at a summit in Paris next month.",
        ),
    ),
    Story(
        "india-russia-visit",
        "Russian foreign minister arrives in New Delhi",
        dt.datetime(2026, 1, 3, 7, 15, tzinfo=UTC),
        (
            "NEW DELHI (Wire) - Russian Foreign Minister Sergei Lavrov arrived in New Delhi on Saturday for a two-day visit, India's foreign ministry said.",
            "Lavrov is expected to meet Indian External Affairs Minister Subrahmanyam Jaishankar on Sunday to prepare a summit later this year.",
        ),
    ),
)

# Arabic, served in windows-1256 with no charset declared anywhere: encoding detection's case.
ARABIC_STORY = Story(
    "iraq-visit-ar",
    "وزير الخارجية العراقي يصل إلى عمان",
    dt.datetime(2026, 1, 2, 11, 0, tzinfo=UTC),
    (
        "وصل وزير الخارجية العراقي فؤاد حسين إلى عمان اليوم الجمعة في زيارة رسمية تستغرق يومين، بحسب ما أفادت وزارة الخارجية الأردنية.",
        "ومن المتوقع أن يلتقي حسين نظيره الأردني أيمن الصفدي غدا السبت لبحث العلاقات الثنائية والأوضاع في المنطقة.",
    ),
    language="ar",
)


def page_html(story: Story, base: str, *, declare_charset: bool = True, lang_attr: str | None = None) -> str:
    """An article page with the furniture extraction has to remove: navigation, a footer."""
    meta = '<meta charset="utf-8">' if declare_charset else ""
    body = "".join(f"<p>{html.escape(p)}</p>" for p in story.paragraphs)
    return (
        f'<!DOCTYPE html><html lang="{lang_attr or story.language}"><head>{meta}<title>{html.escape(story.title)} | Test Wire</title>'
        f'<link rel="canonical" href="{base}/news/{story.slug}?utm_source=canonical">'
        f'<meta property="article:published_time" content="{story.published_at.isoformat()}"></head>'
        f"<body><nav><a href='/'>Home</a> | <a href='/world'>World</a></nav>"
        f"<article><h1>{html.escape(story.title)}</h1>{body}</article>"
        f"<footer>Copyright Test Wire. All rights reserved.</footer></body></html>"
    )


def rss(stories: list[Story], base: str, *, link_suffix: str = "?utm_source=rss&utm_medium=feed") -> bytes:
    items = "".join(
        f"<item><title>{html.escape(s.title)}</title><link>{base}/news/{s.slug}{html.escape(link_suffix)}</link>"
        f"<guid>{base}/news/{s.slug}</guid><pubDate>{format_datetime(s.published_at)}</pubDate>"
        f"<description>{html.escape(s.paragraphs[0][:80])}</description></item>"
        for s in stories
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Test Wire</title>'
        f"<link>{base}/</link><description>Invented news for tests</description>{items}</channel></rss>"
    ).encode("utf-8")


def atom(stories: list[Story], base: str) -> bytes:
    entries = "".join(
        f'<entry><title>{html.escape(s.title)}</title><link href="{base}/news/{s.slug}"/><id>{base}/news/{s.slug}</id>'
        f"<updated>{s.published_at.isoformat()}</updated></entry>"
        for s in stories
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Test Wire</title>'
        f'<id>{base}/</id><updated>2026-01-03T00:00:00Z</updated>{entries}</feed>'
    ).encode("utf-8")


def write_crawl(path: Path, *, gzip: bool = True) -> None:
    """A crawl as CC-NEWS has them: responses among requests, metadata, redirects, errors and images."""
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test", "format": "WARC File Format 1.1"}))

        def response(url: str, status: str, content_type: str, body: bytes, date: str) -> None:
            headers = StatusAndHeaders(status, [("Content-Type", content_type), ("Content-Length", str(len(body)))], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers, warc_headers_dict={"WARC-Date": date})
            )

        english = f"{CRAWLED_SITE}/news/{STORIES[0].slug}"
        request = StatusAndHeaders(f"GET /news/{STORIES[0].slug} HTTP/1.1", [("Host", "wire.example")], is_http_request=True)
        writer.write_record(writer.create_warc_record(english, "request", payload=io.BytesIO(b""), http_headers=request))
        response(english, "200 OK", "text/html; charset=utf-8", page_html(STORIES[0], CRAWLED_SITE).encode("utf-8"), "2026-01-01T10:00:00Z")
        response(f"{CRAWLED_SITE}/old", "301 Moved Permanently", "text/html", b"<a href='/new'>moved</a>", "2026-01-01T10:01:00Z")
        response(f"{CRAWLED_SITE}/missing", "404 Not Found", "text/html", b"<h1>Not found</h1>", "2026-01-01T10:02:00Z")
        response(f"{CRAWLED_SITE}/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(64), "2026-01-01T10:03:00Z")
        arabic = page_html(ARABIC_STORY, CRAWLED_SITE, declare_charset=False).encode("cp1256")
        response(f"{CRAWLED_SITE}/ar/{ARABIC_STORY.slug}", "200 OK", "text/html; charset=windows-1256", arabic, "2026-01-02T12:30:00Z")


@dataclass
class Route:
    body: bytes
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    delay: float = 0.0  # seconds before answering: longer than a client's timeout means a timeout
    fail_first: int = 0  # answer 503 this many times first
    hits: int = 0


@dataclass
class Site:
    """Routes by path; `requests` records (path, user agent) of every request served."""

    routes: dict[str, Route] = field(default_factory=dict)
    requests: list[tuple[str, str]] = field(default_factory=list)
    feed_until: dt.datetime | None = None  # /feed.xml lists only stories published before this
    _server: ThreadingHTTPServer | None = None

    @property
    def base(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.base + path

    def add(self, path: str, body: bytes | str, **options) -> None:
        self.routes[path] = Route(body.encode("utf-8") if isinstance(body, str) else body, **options)

    def hits(self, path: str) -> int:
        return sum(1 for p, _ in self.requests if p == path)

    def publish_news(self) -> None:
        """The feed, an Atom feed, every story page, a cp1256 Arabic page, a disallowed page, and two broken sources."""
        for story in STORIES:
            self.add(f"/news/{story.slug}", page_html(story, self.base))
        self.add(f"/ar/{ARABIC_STORY.slug}", page_html(ARABIC_STORY, self.base, declare_charset=False).encode("cp1256"), content_type="text/html")
        self.add("/private/secret", page_html(STORIES[0], self.base))
        self.add("/robots.txt", "User-agent: *\nDisallow: /private/\n", content_type="text/plain")
        self.add("/atom.xml", atom(list(STORIES[:2]), self.base), content_type="application/atom+xml")
        self.add("/slow.xml", rss(list(STORIES), self.base), content_type="application/rss+xml", delay=3.0)
        self.add("/garbage.xml", random.Random(5).randbytes(2048), content_type="application/rss+xml")

    def _feed(self) -> bytes:
        stories = [s for s in STORIES if self.feed_until is None or s.published_at < self.feed_until]
        return rss(stories, self.base)

    def __enter__(self) -> Site:
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - the http.server API
                path = urlsplit(self.path).path
                site.requests.append((path, self.headers.get("User-Agent", "")))
                if path.startswith("/_control/feed-until/"):  # lets a DAG run in another process move the feed's clock
                    site.feed_until = dt.datetime.fromisoformat(path.rsplit("/", 1)[1])
                    return self._send(200, "text/plain", b"ok")
                if path == "/feed.xml":
                    return self._send(200, "application/rss+xml", site._feed())
                route = site.routes.get(path)
                if route is None:
                    return self._send(404, "text/plain", b"not found")
                route.hits += 1
                if route.delay:
                    time.sleep(route.delay)
                if route.hits <= route.fail_first:
                    return self._send(503, "text/plain", b"try later", {"Retry-After": "0"})
                self._send(route.status, route.content_type, route.body)

            def _send(self, status: int, content_type: str, body: bytes, headers: dict[str, str] | None = None) -> None:
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", content_type)
                    self.send_header("Content-Length", str(len(body)))
                    for name, value in (headers or {}).items():
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):  # the client gave up (a timeout test)
                    pass

            def log_message(self, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
