"""`sources.yml`: which sources a run fetches, how, and how often.

One file describes every source so operators change what is ingested without touching
code. The file is checked as a whole before anything is fetched: a typo in one source
(an unknown key, a kind that does not exist) is a configuration mistake, reported with
the source and the field, not something to discover half-way through a run.

String values may name environment variables as `${VAR}` or `${VAR:-default}`, so one
file serves a laptop and a container (`path: ${NEWS_EVENTS_INPUT:-examples/articles}`).
Relative paths are taken from the folder of the file, not from the working directory.
"""
from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

import yaml
from croniter import croniter

KINDS = ("atom", "files", "page", "rss", "warc")
URL_KINDS = frozenset({"atom", "page", "rss"})
PATH_KINDS = frozenset({"files", "warc"})
# Names the project; operators add a way to reach them with `user_agent` in sources.yml.
DEFAULT_USER_AGENT = "news-events-etl/0.1.0 (news-to-events research pipeline)"

_NAME = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")
_LANGUAGE = re.compile(r"[a-z]{2,3}")
_ENV = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}")
_SOURCE_KEYS = {"name", "kind", "url", "path", "language", "schedule", "enabled", "incremental"}


class SourcesError(ValueError):
    """sources.yml is unusable; the message names the file, the source and the field."""


@dataclass(frozen=True)
class HttpSettings:
    """Politeness and patience towards one site; every field can be set per source."""

    timeout: float = 20.0  # seconds for one attempt, connect and body together
    retries: int = 3  # further attempts after a timeout, a connection error, HTTP 429 or 5xx
    backoff: float = 2.0  # seconds before the first retry; doubles with each further retry
    delay: float = 1.0  # seconds between two requests to the same host
    user_agent: str = DEFAULT_USER_AGENT
    robots: bool = True  # obey robots.txt for article pages (feeds are meant to be polled)
    max_bytes: int = 20_000_000  # larger responses are refused rather than held in memory


_HTTP_KEYS = {f.name for f in fields(HttpSettings)}


@dataclass(frozen=True)
class Source:
    name: str
    kind: str
    urls: tuple[str, ...] = ()
    paths: tuple[str, ...] = ()  # absolute
    language: str | None = None
    schedule: str | None = None  # None: every run of the DAG
    enabled: bool = True
    incremental: bool = True  # False: every run takes everything, e.g. sample data re-read after code changes
    http: HttpSettings = field(default_factory=HttpSettings)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON for the scheduler's XCom: a mapped task receives its source this way."""
        data = asdict(self)
        data["urls"], data["paths"] = list(self.urls), list(self.paths)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Source:
        values = dict(data)
        values["urls"], values["paths"] = tuple(values.get("urls", ())), tuple(values.get("paths", ()))
        values["http"] = HttpSettings(**values.get("http", {}))
        return cls(**values)


def load_sources(path: Path | str) -> list[Source]:
    """Every source of the file, enabled or not, in file order; raises `SourcesError`."""
    path = Path(path)
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise SourcesError(f"cannot read sources file {path}: {exc}") from None
    except yaml.YAMLError as exc:
        raise SourcesError(f"{path} is not valid YAML: {exc}") from None
    if not isinstance(document, dict) or not isinstance(document.get("sources"), list):
        raise SourcesError(f"{path}: expected a mapping with a 'sources' list")
    unknown = sorted(set(document) - {"defaults", "sources"})
    if unknown:
        raise SourcesError(f"{path}: unknown top-level key(s) {unknown}; expected 'defaults' and 'sources'")
    document = _expand_env(document)
    defaults = _http_settings(document.get("defaults") or {}, HttpSettings(), f"{path}: defaults")
    sources = [_source(entry, n, defaults, path) for n, entry in enumerate(document["sources"], 1)]
    names = [s.name for s in sources]
    repeated = sorted({n for n in names if names.count(n) > 1})
    if repeated:
        raise SourcesError(f"{path}: source name(s) {repeated} used more than once; names key the incremental state")
    return sources


def _expand_env(value: Any) -> Any:
    if isinstance(value, str):
        return _ENV.sub(lambda m: os.environ.get(m.group(1)) or (m.group(2) or ""), value)
    if isinstance(value, list):
        return [_expand_env(v) for v in value]
    if isinstance(value, dict):
        return {k: _expand_env(v) for k, v in value.items()}
    return value


def _source(entry: Any, number: int, defaults: HttpSettings, path: Path) -> Source:
    if not isinstance(entry, dict):
        raise SourcesError(f"{path}: source #{number} must be a mapping, got {type(entry).__name__}")
    name = entry.get("name")
    where = f"{path}: source #{number} ({name!r})"
    if not isinstance(name, str) or not _NAME.fullmatch(name):
        raise SourcesError(f"{where}: name must be 1-64 of a-z 0-9 _ - starting with a letter or digit (it names files)")
    kind = entry.get("kind")
    if kind not in KINDS:
        raise SourcesError(f"{where}: kind {kind!r} is not one of {', '.join(KINDS)}")
    allowed = _SOURCE_KEYS | _HTTP_KEYS if kind in URL_KINDS else _SOURCE_KEYS
    if kind == "files":  # files pass through to ingest, which reads language from each record
        allowed = allowed - {"language"}
    unknown = sorted(set(entry) - allowed)
    if unknown:
        raise SourcesError(f"{where}: key(s) {unknown} do not apply to kind {kind!r}; allowed: {sorted(allowed)}")
    wrong, right = ("path", "url") if kind in URL_KINDS else ("url", "path")
    if wrong in entry:
        raise SourcesError(f"{where}: kind {kind!r} reads {right!r}, not {wrong!r}")
    urls = _urls(entry.get("url"), kind, where)
    paths = _paths(entry.get("path"), kind, where, path.parent)
    language = entry.get("language")
    if language is not None and (not isinstance(language, str) or not _LANGUAGE.fullmatch(language)):
        raise SourcesError(f"{where}: language {language!r} must be a lower-case ISO 639 code such as 'ar' or 'en'")
    schedule = entry.get("schedule")
    if schedule is not None and (not isinstance(schedule, str) or not croniter.is_valid(schedule)):
        raise SourcesError(f"{where}: schedule {schedule!r} is not a cron expression or preset such as '@daily'")
    flags = {key: entry.get(key, True) for key in ("enabled", "incremental")}
    for key, value in flags.items():
        if not isinstance(value, bool):
            raise SourcesError(f"{where}: {key} must be true or false, got {value!r}")
    http = _http_settings({k: v for k, v in entry.items() if k in _HTTP_KEYS}, defaults, where)
    return Source(name, kind, urls, paths, language, schedule, flags["enabled"], flags["incremental"], http)


def _urls(value: Any, kind: str, where: str) -> tuple[str, ...]:
    if kind not in URL_KINDS:
        return ()
    items = [value] if isinstance(value, str) else value
    if kind != "page" and isinstance(items, list) and len(items) != 1:
        raise SourcesError(f"{where}: a {kind} source has exactly one url (one source per feed)")
    if not isinstance(items, list) or not items or not all(isinstance(u, str) and re.match(r"https?://\S+$", u) for u in items):
        raise SourcesError(f"{where}: url must be an http(s) URL (a list of them for kind 'page'), got {value!r}")
    return tuple(items)


def _paths(value: Any, kind: str, where: str, base: Path) -> tuple[str, ...]:
    if kind not in PATH_KINDS:
        return ()
    # one string may hold several ':'-separated paths, the NEWS_EVENTS_INPUT convention
    items = value.split(os.pathsep) if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(p, str) and p.strip() for p in items) or not items:
        raise SourcesError(f"{where}: path must be a file or folder, or a list of them, got {value!r}")
    return tuple(str((base / p.strip()).resolve()) for p in items)


def _http_settings(values: dict[str, Any], base: HttpSettings, where: str) -> HttpSettings:
    if not isinstance(values, dict):
        raise SourcesError(f"{where}: must be a mapping of {sorted(_HTTP_KEYS)}")
    unknown = sorted(set(values) - _HTTP_KEYS)
    if unknown:
        raise SourcesError(f"{where}: unknown key(s) {unknown}; allowed: {sorted(_HTTP_KEYS)}")
    for key, value in values.items():
        expected = type(getattr(base, key))
        if expected is bool:
            ok, wanted = isinstance(value, bool), "true or false"
        elif expected is str:
            ok, wanted = isinstance(value, str) and bool(value.strip()), "a non-empty string"
        else:
            number = isinstance(value, (int, float)) and not isinstance(value, bool) and value >= 0
            ok = number and (expected is float or float(value).is_integer())
            wanted = "a non-negative number" if expected is float else "a non-negative integer"
        if not ok:
            raise SourcesError(f"{where}: {key} must be {wanted}, got {value!r}")
    return replace(base, **{k: type(getattr(base, k))(v) for k, v in values.items()})


def is_due(schedule: str | None, *, run_schedule: str | None, at: dt.datetime) -> bool:
    """Whether a scheduled run at `at` fetches a source with its own, slower `schedule`.

    The DAG runs on the finest schedule; a source is due when its schedule fired since
    the DAG's previous tick, i.e. in (previous DAG tick, at]. A weekly source in a daily
    DAG is thus fetched once a week, by the run at or just after its tick.
    """
    if schedule is None or run_schedule is None or not croniter.is_valid(run_schedule):
        return True
    previous_run = croniter(run_schedule, at).get_prev(dt.datetime)
    last_source_tick = croniter(schedule, at + dt.timedelta(seconds=1)).get_prev(dt.datetime)
    return last_source_tick > previous_run
