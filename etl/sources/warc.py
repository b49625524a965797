"""WARC files (the format of news crawls such as CC-NEWS) to the HTML pages they archive.

Records are streamed one at a time, so a 1 GB crawl file costs one page of memory.
Only successful (HTTP 200) HTML responses are articles; requests, metadata, revisits,
redirects, error pages, images and scripts are counted and passed over. Each page keeps
its target URL and the WARC-Date, the moment the crawler fetched it.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import zlib

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})


class BrokenWarc(ValueError):
    """The file is not WARC, or is cut off; records before the damage were still yielded."""


@dataclass(frozen=True)
class ArchivedPage:
    url: str
    fetched_at: dt.datetime | None  # WARC-Date, UTC
    body: bytes
    charset: str | None  # from the archived Content-Type header, if declared


def warc_files(paths: list[str] | tuple[str, ...]) -> list[Path]:
    """The WARC files named or found (recursively) in folders, sorted; a missing path raises."""
    found: list[Path] = []
    for name in paths:
        path = Path(name)
        if not path.exists():
            raise FileNotFoundError(f"WARC path does not exist: {path}")
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.name.lower().endswith(WARC_SUFFIXES)))
        else:
            found.append(path)
    return found


def iter_html_responses(path: Path, skipped: Counter | None = None, max_bytes: int = 20_000_000) -> Iterator[ArchivedPage]:
    """HTTP 200 HTML responses of one WARC (plain or gzip), in file order.

    `skipped` counts what was passed over, by reason, for the run report.
    """
    skipped = skipped if skipped is not None else Counter()
    try:
        yield from _html_responses(path, skipped, max_bytes)
    except (ArchiveLoadFailed, EOFError, zlib.error) as exc:
        raise BrokenWarc(f"{path}: unreadable from some record on ({exc})") from None
    except (AttributeError, TypeError, ValueError) as exc:  # how warcio trips over a record cut in half
        raise BrokenWarc(f"{path}: damaged record ({type(exc).__name__}: {exc})") from None


def _html_responses(path: Path, skipped: Counter, max_bytes: int) -> Iterator[ArchivedPage]:
    with path.open("rb") as fh:
        for record in ArchiveIterator(fh, arc2warc=True):
            if record.rec_type != "response" or record.http_headers is None:
                skipped[f"record:{record.rec_type}"] += 1
                continue
            status = record.http_headers.get_statuscode()
            media_type, _, params = (record.http_headers.get_header("Content-Type") or "").partition(";")
            if status != "200":
                skipped[f"status:{status}"] += 1
                continue
            if media_type.strip().lower() not in HTML_TYPES:
                skipped["not_html"] += 1
                continue
            body = record.content_stream().read(max_bytes + 1)
            if len(body) > max_bytes:
                skipped["too_large"] += 1
                continue
            yield ArchivedPage(
                url=record.rec_headers.get_header("WARC-Target-URI"),
                fetched_at=_warc_date(record.rec_headers.get_header("WARC-Date")),
                body=body,
                charset=_charset(params),
            )


def _warc_date(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed.astimezone(dt.timezone.utc) if parsed.tzinfo else parsed.replace(tzinfo=dt.timezone.utc)


def _charset(params: str) -> str | None:
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None
