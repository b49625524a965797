"""Read news articles from JSON Lines and text files into `Article`s, and bad input into `Problem`s.

Ingest never drops input silently: every non-blank line (and every text file) becomes
exactly one article, one problem or one counted duplicate, so a run can prove
`inputs == articles + problems + duplicates`. The only fatal error is a path that does
not exist, because that is a mistake in the run's configuration, not in the data.

Files are read as byte streams, line by line (gzip decompressed on the fly), so memory
does not grow with the size of a feed; duplicate detection keeps 8-byte digests only.
"""
from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
import logging
import re
import unicodedata
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from etl.records import Article, Problem, stable_id

log = logging.getLogger(__name__)

JSONL_SUFFIXES = frozenset({".jsonl", ".json"})
TEXT_SUFFIXES = frozenset({".txt"})
MAX_DUPLICATE_IDS = 100  # enough to investigate, small enough for a run report
_DIGEST_SIZE = 8
_RAW_PREVIEW = 80
_LANGUAGE_SAMPLE = 1000
_BOM = "\ufeff".encode("utf-8")

# Invisible characters that break matching but carry no meaning in news text: zero-width
# space/joiners, word joiner, BOM, soft hyphen, and bidi marks/embeddings/isolates that
# editors sprinkle around Arabic names and numbers.
_INVISIBLE = re.compile("[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_LINE_BREAKS = re.compile("[\r\u0085\u2028\u2029]")  # after "\r\n" -> "\n"
_HORIZONTAL_SPACE = re.compile("[ \t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")  # Unicode Zs + tabs
_SLASH_DATE = re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})")
# Runs rather than single characters: far fewer matches to build, same counts.
_WORD_CHARS = re.compile(r"\w+")
_NON_LETTER_WORD_CHARS = re.compile(r"[\d_]+")
_ARABIC_LETTERS = re.compile(
    "[\u0620-\u064a\u066e-\u06d3\u06d5\u06ee-\u06ff\u0750-\u077f\u08a0-\u08c9\ufb50-\ufdff\ufe70-\ufefc]+"
)
_LATIN_LETTERS = re.compile("[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]+")


@dataclass
class IngestStats:
    """Counts for the run report; `inputs == articles + problems + duplicates` always holds."""

    inputs: int = 0
    articles: int = 0
    duplicates: int = 0
    problems: int = 0
    duplicate_ids: list[str] = field(default_factory=list)  # first MAX_DUPLICATE_IDS only


class _Rejected(Exception):
    """One record's first failed check; turned into a `Problem` where the source is known."""

    def __init__(self, field_name: str, check: str, detail: str, article_id: str | None = None):
        super().__init__(detail)
        self.field = field_name
        self.check = check
        self.detail = detail
        self.article_id = article_id


def normalise_text(text: str) -> str:
    """Canonical text that extraction offsets point into, so it must be computed once, here.

    NFC only recomposes and canonically orders combining marks: Arabic letters and
    diacritics are all kept, so vocalised text stays vocalised.
    """
    text = _LINE_BREAKS.sub("\n", text.replace("\r\n", "\n"))
    text = _INVISIBLE.sub("", text)
    text = _HORIZONTAL_SPACE.sub(" ", text)  # each run is now one space, so plain replaces trim lines
    text = text.replace(" \n", "\n").replace("\n ", "\n")
    # NFC last: a removed zero-width character may have kept a letter and its mark apart.
    return unicodedata.normalize("NFC", text).strip()


def _guess_language(text: str) -> str | None:
    """Script-based guess, used only when the input does not say: more than half of the letters decide.

    The opening of an article shows its script as well as the whole does, at a fraction of the cost.
    """
    sample = text[:_LANGUAGE_SAMPLE]
    letters = _count(_WORD_CHARS, sample) - _count(_NON_LETTER_WORD_CHARS, sample)
    if not letters:
        return None
    if _count(_ARABIC_LETTERS, sample) * 2 > letters:
        return "ar"
    if _count(_LATIN_LETTERS, sample) * 2 > letters:
        return "en"
    return None


def _count(runs: re.Pattern[str], text: str) -> int:
    return sum(map(len, runs.findall(text)))


def iter_inputs(paths: Sequence[str | Path]) -> Iterator[Path]:
    """Check every path up front, so a typo fails the run before any record is read."""
    if isinstance(paths, (str, Path)):  # a lone path would otherwise be iterated char by char
        paths = [paths]
    given = [Path(p) for p in paths]
    missing = [str(p) for p in given if not p.exists()]
    if missing:
        raise FileNotFoundError(f"ingest input path does not exist: {', '.join(missing)}")
    return _expand(given)


def _expand(given: list[Path]) -> Iterator[Path]:
    seen: set[Path] = set()
    for path in given:
        if path.is_dir():
            found = sorted(
                (p for p in path.rglob("*") if p.is_file() and _is_readable_kind(p) and not _is_hidden(p, path)),
                key=lambda p: p.relative_to(path).parts,
            )
        elif _is_readable_kind(path):
            found = [path]
        else:
            log.warning("skipping %s: not a .jsonl, .json or .txt file (optionally .gz)", path)
            found = []
        for p in found:
            key = p.resolve()
            if key not in seen:  # a file named directly and inside a named folder is read once
                seen.add(key)
                yield p


def _is_hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _kind_suffix(path: Path) -> str:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes.pop()
    return suffixes[-1] if suffixes else ""


def _is_readable_kind(path: Path) -> bool:
    return _kind_suffix(path) in JSONL_SUFFIXES | TEXT_SUFFIXES


def _open_binary(path: Path) -> IO[bytes]:
    return gzip.open(path, "rb") if path.suffix.lower() == ".gz" else path.open("rb")


def iter_records(paths: Sequence[str | Path]) -> Iterator[Article | Problem]:
    """One article or one problem per input record, in file order, duplicates included."""
    for path in iter_inputs(paths):
        if _kind_suffix(path) in TEXT_SUFFIXES:
            yield _text_file_record(path)
        else:
            yield from _jsonl_records(path)


def ingest(paths: Sequence[str | Path], stats: IngestStats | None = None) -> Iterator[Article | Problem]:
    """`iter_records` minus exact repeats: the first article with a given id or text wins.

    Only digests are remembered, so a run over millions of articles stays small.
    """
    stats = stats if stats is not None else IngestStats()
    seen_ids: set[bytes] = set()
    seen_texts: set[bytes] = set()
    for record in iter_records(paths):
        stats.inputs += 1
        if isinstance(record, Problem):
            stats.problems += 1
            yield record
            continue
        id_digest = _digest(record.article_id)
        text_digest = _digest(record.text)
        if id_digest in seen_ids or text_digest in seen_texts:
            stats.duplicates += 1
            if len(stats.duplicate_ids) < MAX_DUPLICATE_IDS:
                stats.duplicate_ids.append(record.article_id)
            continue
        seen_ids.add(id_digest)
        seen_texts.add(text_digest)
        stats.articles += 1
        yield record


def _digest(value: str) -> bytes:
    return hashlib.blake2b(value.encode("utf-8"), digest_size=_DIGEST_SIZE).digest()


def _jsonl_records(path: Path) -> Iterator[Article | Problem]:
    line_no = 0
    try:
        with _open_binary(path) as fh:
            for line_no, raw_bytes in enumerate(fh, 1):
                if raw_bytes.strip() not in (b"", _BOM):  # blank lines are layout, not records
                    yield _jsonl_record(raw_bytes.rstrip(b"\r\n"), f"{path}:{line_no}")
    except (OSError, EOFError, zlib.error) as exc:  # corrupt or truncated gzip, unreadable file
        yield _problem(
            f"{path}:{line_no + 1}", None,
            _Rejected("file", "unreadable_file", f"cannot be read from this line on ({exc}); earlier lines were kept"),
        )


def _jsonl_record(raw_bytes: bytes, source: str) -> Article | Problem:
    try:
        raw = raw_bytes.decode("utf-8").lstrip("\ufeff")
    except UnicodeDecodeError as exc:
        raw = raw_bytes.decode("utf-8", errors="replace")
        article_id = _id_despite_bad_bytes(raw)
        return _problem(source, raw, _Rejected("text", "not_utf8", _bad_bytes(exc), article_id))
    try:
        obj = json.loads(raw)
    except (ValueError, RecursionError) as exc:
        return _problem(source, raw, _Rejected("line", "malformed_json", f"is not valid JSON ({exc})"))
    if not isinstance(obj, dict):
        return _problem(
            source, raw, _Rejected("line", "not_an_object", f"is a JSON {type(obj).__name__}, not an object")
        )
    try:
        return _article_from_object(obj, source)
    except _Rejected as rejected:
        return _problem(source, raw, rejected)


def _id_despite_bad_bytes(raw: str) -> str | None:
    """Best effort, so a quarantined line can still be traced to its article."""
    try:
        obj = json.loads(raw)
        return _article_id(obj.get("id")) if isinstance(obj, dict) else None
    except (ValueError, RecursionError, _Rejected):
        return None


def _article_from_object(obj: dict[str, Any], source: str) -> Article:
    given_id = _article_id(obj.get("id"))
    text = _text(obj.get("text"), "text" in obj, given_id)
    article_id = given_id if given_id is not None else stable_id("text", text)
    published_at = _published_at(obj.get("published_at"), article_id)
    url = _optional_string(obj, "url", article_id)
    title = _optional_string(obj, "title", article_id)
    language = _language(_optional_string(obj, "language", article_id)) or _guess_language(text)
    return Article(
        article_id=article_id,
        text=text,
        url=url,
        title=(normalise_text(title) or None) if title else None,
        published_at=published_at,
        language=language,
        source=source,
    )


def _article_id(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise _Rejected("id", "bad_id", f"must be a string or an integer, got {_typed(value)}")
    article_id = str(value).strip()
    if not article_id:
        raise _Rejected("id", "bad_id", "is an empty string")
    _require_utf8(article_id, "id", None)
    return article_id


def _text(value: Any, present: bool, article_id: str | None) -> str:
    if value is None or not isinstance(value, str):
        if not present:
            detail = "is missing"
        else:
            detail = "is null" if value is None else f"must be a string, got {_typed(value)}"
        raise _Rejected("text", "missing_text", detail, article_id)
    _require_utf8(value, "text", article_id)
    text = normalise_text(value)
    if not text:
        raise _Rejected("text", "empty_text", "is empty or only whitespace", article_id)
    return text


def _published_at(value: Any, article_id: str) -> dt.datetime | None:
    """Absent stays None: a stand-in such as ingest time would fake event dates downstream."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str):
        raise _Rejected("published_at", "bad_published_at", f"must be a date string, got {_typed(value)}", article_id)
    _require_utf8(value, "published_at", article_id)
    try:
        return _parse_published_at(value.strip())
    except (ValueError, OverflowError):
        raise _Rejected(
            "published_at", "bad_published_at",
            f"{_preview(value)} is not an ISO date/datetime or YYYY/MM/DD", article_id,
        ) from None


def _parse_published_at(value: str) -> dt.datetime:
    slash = _SLASH_DATE.fullmatch(value)
    if slash:
        year, month, day = (int(g) for g in slash.groups())
        return dt.datetime(year, month, day, tzinfo=dt.timezone.utc)
    parsed = dt.datetime.fromisoformat(value)
    if parsed.tzinfo is None:  # feeds without an offset are taken to be in UTC
        return parsed.replace(tzinfo=dt.timezone.utc)
    return parsed.astimezone(dt.timezone.utc)


def _optional_string(obj: dict[str, Any], name: str, article_id: str) -> str | None:
    value = obj.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise _Rejected(name, f"bad_{name}", f"must be a string, got {_typed(value)}", article_id)
    _require_utf8(value, name, article_id)
    return value.strip() or None


def _language(value: str | None) -> str | None:
    """Primary subtag only ("ar-EG" -> "ar"): extraction picks its rules by base language."""
    if value is None:
        return None
    return re.split(r"[-_]", value.lower(), maxsplit=1)[0] or None


def _require_utf8(value: str, name: str, article_id: str | None) -> None:
    """JSON escapes can smuggle lone surrogates that no UTF-8 writer downstream accepts."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise _Rejected(name, "not_utf8", "contains a lone surrogate escape, not valid UTF-8", article_id) from None


def _text_file_record(path: Path) -> Article | Problem:
    """A .txt file is one article, small enough to read whole; its name is its id."""
    source = str(path)
    article_id = _stem(path)
    try:
        data = _read_all(path)
    except (OSError, EOFError, zlib.error) as exc:
        return _problem(
            f"{source}:1", None, _Rejected("file", "unreadable_file", f"cannot be read ({exc})", article_id)
        )
    try:
        raw = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        return _problem(
            f"{source}:{line}", data.decode("utf-8", errors="replace"),
            _Rejected("text", "not_utf8", _bad_bytes(exc), article_id),
        )
    text = normalise_text(raw)
    if not text:
        return _problem(
            f"{source}:1", raw, _Rejected("text", "empty_text", "is empty or only whitespace", article_id)
        )
    return Article(article_id=article_id, text=text, language=_guess_language(text), source=source)


def _stem(path: Path) -> str:
    """`a.txt.gz` -> `a`: the compression suffix is not part of the article's name."""
    name = path.name[:-3] if path.name.lower().endswith(".gz") else path.name
    return Path(name).stem


def _read_all(path: Path) -> bytes:
    with _open_binary(path) as fh:
        return fh.read()


def _problem(source: str, raw: str | None, rejected: _Rejected) -> Problem:
    who = f"article {rejected.article_id!r} ({source})" if rejected.article_id else f"record at {source}"
    return Problem(
        source=source,
        article_id=rejected.article_id,
        field=rejected.field,
        check=rejected.check,
        message=f"{who}: {rejected.field} {rejected.detail}",
        raw=raw,
    )


def _preview(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= _RAW_PREVIEW else text[: _RAW_PREVIEW - 3] + "..."


def _typed(value: Any) -> str:
    return f"{type(value).__name__} {_preview(value)}"


def _bad_bytes(exc: UnicodeDecodeError) -> str:
    return f"has bytes that are not UTF-8 ({exc.reason} at byte {exc.start})"
