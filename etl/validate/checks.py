"""Turn Arrow tables into the pandas frames the expectation suites run on.

GX expectations see one row at a time, so every rule that needs another row, another
table or a computation is first materialised here as a derived column; the suites then
assert on those columns and GX alone decides pass or fail. Nothing in this module judges
a record: a derived column holds a fact ("visitor" is missing, 5 days after publication),
and its expectation says whether that fact is acceptable.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping

import pandas as pd
import pyarrow as pa

from schemas import CONTRACT, Contract

ROW_INDEX = "row_index"  # position in the input table: the one id that survives null or duplicate keys
TEXT_SUFFIX = "_text"  # a date column as the producer wrote it, rendered to a string
DAYS_AFTER_PUBLICATION = "days_after_publication_if_occurred"
ARTICLE_IN_BATCH = "article_in_batch"
ARTICLE_FAILED_CHECKS = "article_failed_checks"
MISSING_REQUIRED_ROLES = "missing_required_roles"
CONFLICTING_ROLES = "conflicting_roles"
EVENT_TYPE_ROLE = "event_type_role"
EVENT_IN_BATCH = "event_in_batch"
EVENT_FAILED_CHECKS = "event_failed_checks"
ARTICLE_TEXT_LENGTH = "article_text_length"
TEXT_AT_OFFSETS = "text_at_offsets_if_not_evidence"
EVENT_ARTICLE = "event_article_id_if_other"

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def date_fields(dataset: str, contract: Contract = CONTRACT) -> list[str]:
    """The contract's date32 fields: each may arrive as a date or as a producer's string."""
    return [f["name"] for f in contract.datasets[dataset]["fields"] if f["type"] == "date32"]


def begun_statuses(contract: Contract = CONTRACT) -> tuple[str, ...]:
    """Statuses saying the event has already begun (contract `date_rules.begun_statuses`)."""
    return tuple(contract.date_rules["begun_statuses"])


def missing_columns(dataset: str, table: pa.Table) -> list[str]:
    return [name for name in CONTRACT.field_names(dataset) if name not in table.column_names]


def article_frame(articles: pa.Table) -> pd.DataFrame:
    return _base_frame("articles", articles)


def article_texts(articles: pa.Table) -> dict[str, str | None]:
    """Article id -> text, the first row winning when an id repeats (article_id_unique flags that)."""
    texts: dict[str, str | None] = {}
    for article_id, text in zip(articles["article_id"].to_pylist(), articles["text"].to_pylist()):
        if article_id is not None:
            texts.setdefault(article_id, text)
    return texts


def event_frame(
    events: pa.Table,
    participants: pa.Table,
    texts: Mapping[str, str | None],
    failed_articles: Mapping[str, list[str]],
) -> pd.DataFrame:
    """Events plus the facts their cross-row checks need: dates, publication lag, roles, article."""
    frame = _base_frame("events", events)
    _add(frame, DAYS_AFTER_PUBLICATION, _days_after_publication(frame))
    _add(frame, ARTICLE_IN_BATCH, [None if pd.isna(a) else a in texts for a in frame["article_id"]])
    _add(frame, ARTICLE_FAILED_CHECKS, _failed_checks_of(frame["article_id"], failed_articles))
    _add_offset_facts(frame, texts)
    roles = participants.select(["event_id", "role", "name", "canonical_name"]).to_pandas()
    _add(frame, MISSING_REQUIRED_ROLES, _missing_required_roles(frame, roles))
    _add(frame, CONFLICTING_ROLES, _conflicting_roles(frame, roles))
    return frame


def participant_frame(
    participants: pa.Table,
    events: pa.Table,
    texts: Mapping[str, str | None],
    failed_events: Mapping[str, list[str]],
) -> pd.DataFrame:
    """Participants plus their event's type (for the role rule), article and fate, and their offsets."""
    frame = _base_frame("participants", participants)
    types: dict[str, str] = {}
    owners: dict[str, str] = {}
    for event_id, event_type, article_id in zip(
        events["event_id"].to_pylist(), events["event_type"].to_pylist(), events["article_id"].to_pylist()
    ):
        types.setdefault(event_id, event_type)
        owners.setdefault(event_id, article_id)
    # An unknown type or role already fails its own check (event_type_in_vocabulary, which
    # quarantines this participant with event_quarantined, or role_in_vocabulary); judging
    # the pair as well would only repeat it, so such rows get no value here.
    roles = set(CONTRACT.vocabulary("role"))
    _add(frame, EVENT_TYPE_ROLE, [
        type_role(types[e], r) if types.get(e) in CONTRACT.event_types and r in roles else None
        for e, r in zip(frame["event_id"], frame["role"])
    ])
    _add(frame, EVENT_IN_BATCH, [None if pd.isna(e) else e in types for e in frame["event_id"]])
    _add(frame, EVENT_FAILED_CHECKS, _failed_checks_of(frame["event_id"], failed_events))
    # The loader replaces rows article by article, so a participant filed under another
    # article than its event would outlive its event's replacement.
    _add(frame, EVENT_ARTICLE, [
        owners[e] if isinstance(e, str) and e in owners and owners[e] != a else None
        for e, a in zip(frame["event_id"], frame["article_id"])
    ])
    _add_offset_facts(frame, texts)
    return frame


def type_role(event_type: str, role: str) -> str:
    return f"{event_type}:{role}"


def normalise_name(name: str) -> str:
    """Fold the spellings of one name together: Unicode form, case, Arabic diacritics and tatweel, spacing."""
    decomposed = unicodedata.normalize("NFKD", name)
    kept = "".join(c for c in decomposed if unicodedata.category(c) != "Mn" and c != "\u0640")
    return " ".join(unicodedata.normalize("NFKC", kept).casefold().split())


def _base_frame(dataset: str, table: pa.Table) -> pd.DataFrame:
    """The contract's columns, with each date column split into its text and its parsed value.

    The text (`date_start_text`) is what the ISO checks judge, so a string such as
    "2025-02-30" from an external producer is reported as written; the parsed value
    (`date_start`, null when the text is not a real ISO date) is what comparisons use, so a
    malformed date fails its own check and nothing else.
    """
    frame = table.select(CONTRACT.field_names(dataset)).to_pandas()
    for name in date_fields(dataset):
        text = [_render_date(v) for v in table[name].to_pylist()]
        frame[name] = pd.Series([_parse_date(t) for t in text], index=frame.index, dtype=object)
        _add(frame, name + TEXT_SUFFIX, text)
    _add(frame, ROW_INDEX, range(len(frame)))
    return frame


def _add(frame: pd.DataFrame, column: str, values: Iterable[object]) -> None:
    if column in frame.columns:
        raise ValueError(f"derived column {column!r} would overwrite a contract field of the same name")
    frame[column] = pd.Series(list(values), index=frame.index, dtype=object)


def _render_date(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value.isoformat()
    return str(value)


def _parse_date(text: str | None) -> dt.date | None:
    if text is None or not _ISO_DATE.match(text):
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def _add_offset_facts(frame: pd.DataFrame, texts: Mapping[str, str | None]) -> None:
    """The length of the row's article text, and what its offsets cut out of it when that is
    not the row's evidence_text. Offsets already out of order or past the end are left to
    `offsets_in_order` and `offsets_inside_article`, so one fault is reported once.
    """
    lengths: list[int | None] = []
    mismatches: list[str | None] = []
    for article_id, start, end, evidence in zip(
        frame["article_id"], frame["char_start"], frame["char_end"], frame["evidence_text"]
    ):
        text = texts.get(article_id) if isinstance(article_id, str) else None
        length = len(text) if isinstance(text, str) else None
        lengths.append(length)
        start, end = _as_int(start), _as_int(end)
        judged = length is not None and start is not None and end is not None and isinstance(evidence, str)
        if not judged or not 0 <= start <= end <= length:
            mismatches.append(None)
            continue
        piece = text[start:end]
        mismatches.append(None if piece == evidence else piece)
    _add(frame, ARTICLE_TEXT_LENGTH, lengths)
    _add(frame, TEXT_AT_OFFSETS, mismatches)


def _as_int(value: object) -> int | None:
    """An offset as an int; null (None or pandas' NaN for a nullable column) as None."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return None
    return int(value)


def _days_after_publication(frame: pd.DataFrame) -> list[int | None]:
    """Days from publication to the event's start, for events said to have begun.

    Only the start counts: an ongoing event may legitimately end long after the article.
    """
    published = pd.to_datetime(frame["published_at"], utc=True, errors="coerce")
    begun = set(begun_statuses())
    days: list[int | None] = []
    for status, start, pub in zip(frame["status"], frame["date_start"], published):
        if status in begun and start is not None and not pd.isna(pub):
            days.append((start - pub.date()).days)
        else:
            days.append(None)
    return days


def _failed_checks_of(ids: pd.Series, failed: Mapping[str, list[str]]) -> list[str | None]:
    return [", ".join(failed[i]) if not pd.isna(i) and i in failed else None for i in ids]


def _missing_required_roles(events: pd.DataFrame, roles: pd.DataFrame) -> list[str | None]:
    """The contract's `required` roles an event lacks, and "a or b" when it has none of `required_any`."""
    present: dict[str, set[str]] = defaultdict(set)
    for event_id, role in zip(roles["event_id"], roles["role"]):
        present[event_id].add(role)
    missing: list[str | None] = []
    for event_id, event_type in zip(events["event_id"], events["event_type"]):
        spec = CONTRACT.event_types.get(event_type)
        # Without an id no participant can point at the event; event_id_not_null says so.
        if spec is None or not isinstance(event_id, str):
            missing.append(None)
            continue
        absent = [r for r in spec.required if r not in present[event_id]]
        if spec.required_any and not present[event_id] & set(spec.required_any):
            absent.append(" or ".join(spec.required_any))
        missing.append(", ".join(absent) or None)
    return missing


def _conflicting_roles(events: pd.DataFrame, roles: pd.DataFrame) -> list[str | None]:
    """Describe every actor holding two roles the contract forbids together in one event.

    One actor is one normalised name, or one non-null canonical name, so "Macron" and
    "Emmanuel Macron" resolved to the same canonical name cannot visit and host each other.
    """
    forbidden = {(a, b) for a, b in CONTRACT.conflicting_roles} | {(b, a) for a, b in CONTRACT.conflicting_roles}
    people = roles[roles["event_id"].notna()].reset_index(drop=True)
    people["key"] = [normalise_name(n) if isinstance(n, str) else None for n in people["name"]]
    people["pos"] = range(len(people))
    pairs = people.merge(people, on="event_id", suffixes=("", "_other"))
    pairs = pairs[pairs["pos"] < pairs["pos_other"]]
    role_pair = list(zip(pairs["role"], pairs["role_other"]))
    same_actor = (pairs["key"].notna() & (pairs["key"] == pairs["key_other"])) | (
        pairs["canonical_name"].notna() & (pairs["canonical_name"] == pairs["canonical_name_other"])
    )
    clashes = pairs[same_actor & pd.Series([p in forbidden for p in role_pair], index=pairs.index)]
    found: dict[str, list[str]] = defaultdict(list)
    for row in clashes.itertuples(index=False):
        found[row.event_id].append(f"{row.name!r} as {row.role} and {row.name_other!r} as {row.role_other}")
    return ["; ".join(found[e]) if e in found else None for e in events["event_id"]]
