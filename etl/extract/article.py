"""One article in, its event and participant rows out: the extractor's entry point.

The version string folds in a digest of the data files, so a lexicon edit is a new
extractor version and the warehouse replaces the rows it produced before. Compiled with
the rest of the extractor (setup.py): building the rows is a tenth of the work on a
short article.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from functools import lru_cache
from typing import Any

from schemas import CONTRACT, SCHEMA_VERSION

from ..records import Article, Extraction, stable_id
from .actors import Mention
from .events import ArticleExtractor, Draft
from .lexicon import DATA_DIR, capital_names
from .normalize import Folded, Token, fold_and_tokenize

CODE_VERSION = "0.1"
_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")


@lru_cache(maxsize=1)
def extractor_version() -> str:
    h = hashlib.sha256()
    for path in sorted(DATA_DIR.iterdir()):
        if path.is_file() and path.suffix in (".yaml", ".tsv", ".txt"):  # the data, not its README
            h.update(path.name.encode())
            h.update(path.read_bytes())
    return f"{CODE_VERSION}+{h.hexdigest()[:8]}"


def extract_article(article: Article) -> Extraction:
    folded, tokens = fold_and_tokenize(article.text)
    published = article.pub_date
    year_hint = None
    if published is None:  # only a year the text states can fix relative dates
        years = _YEAR.findall(folded.text) if "19" in folded.text or "20" in folded.text else []  # a quick test before a slow scan
        year_hint = int(years[0]) if years else None
    drafts = ArticleExtractor(folded, tokens, published, year_hint).run()
    out = Extraction(article.article_id)
    version = extractor_version()
    for d in drafts:
        event, parts = _rows(article, published, folded, tokens, d, version)
        out.events.append(event)
        out.participants.extend(parts)
    return out


def _rows(article: Article, pub_date: dt.date | None, folded: Folded, tokens: list[Token], d: Draft, version: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    spec = CONTRACT.event_types[d.event_type]
    planned = d.status in ("planned", "expected")
    s, e = folded.span(d.sentence.start, d.sentence.end)
    ts, te = folded.span(tokens[d.trigger_token].start, tokens[d.trigger_token].end)
    event_id = stable_id(article.article_id, d.event_type, ts)
    if d.date is not None:
        start, end, precision = d.date.start, d.date.end, d.date.precision
        if d.date_range is not None:  # a stated date opening several days the text gives ("open on June 16 and close the following day")
            start, end = d.date_range
        ds, de = folded.span(tokens[d.date.first_token].start, tokens[d.date.last_token - 1].end)
        date_text = article.text[ds:de]
    elif d.date_range is not None:
        (start, end), precision, date_text = d.date_range, "day", None
    else:
        start = end = precision = date_text = None
    loc = d.location
    event = {
        "event_id": event_id,
        "article_id": article.article_id,
        "event_type": d.event_type,
        "plover_type": spec.planned_plover if planned and spec.planned_plover else spec.plover,
        "event_mode": spec.mode,
        "cameo_code": spec.planned_cameo if planned and spec.planned_cameo else spec.cameo,
        "status": d.status,
        "date_start": start,
        "date_end": end,
        "date_precision": precision,
        "date_basis": d.date_basis if start else None,
        "date_inferred": d.date_basis in ("inherited", "publication") if start else False,
        "date_text": date_text,
        "location_country": loc.country if loc else None,
        "location_name": (loc.name if loc.actor_type != "country" or loc.name else capital_names().get(loc.country)) if loc else None,  # type: ignore[arg-type]
        "trigger": article.text[ts:te],
        "evidence_text": article.text[s:e],
        "char_start": s,
        "char_end": e,
        "mentions": d.mentions,
        "language": article.language,
        "published_at": article.published_at,
        "pub_date": pub_date,
        "extractor_version": version,
        "schema_version": SCHEMA_VERSION,
    }
    parts = []
    for role, m in d.roles:
        ps, pe = _mention_span(folded, tokens, m)
        parts.append(
            {
                "participant_id": stable_id(event_id, role, m.key),
                "event_id": event_id,
                "article_id": article.article_id,
                "role": role,
                "name": m.name,
                "canonical_name": m.canonical,
                "actor_type": m.actor_type,
                "country_code": m.country,
                "office": m.office,
                "evidence_text": article.text[ps:pe] if pe > ps else m.name,
                "char_start": ps,
                "char_end": pe,
                "pub_date": pub_date,
                "extractor_version": version,
                "schema_version": SCHEMA_VERSION,
            }
        )
    return event, parts


def _mention_span(folded: Folded, tokens: list[Token], m: Mention) -> tuple[int, int]:
    if m.last <= m.first:
        return 0, 0
    return folded.span(tokens[m.first].start, tokens[m.last - 1].end)
