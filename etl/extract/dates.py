"""Find date expressions in an article and resolve them against its publication date.

A general-purpose parser either misses news forms ("اليوم الخميس", "في اليوم التالي",
"يومي 4 و5 ديسمبر") or reads bare numbers as dates, so spans are found here with the
month and weekday names of Babel's locales and the phrases in `data/dates.yaml`;
Hijri dates are converted with hijridate. One left-to-right pass keeps the last date
mentioned, which "the next day" is relative to.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Final

from babel import Locale
from hijridate import Hijri

from .lexicon import Entry, Trie, WordTable, date_vocabulary
from .normalize import Token, fold

_NUM: Final = re.compile(r"^(?:[وف])?(\d{1,2})$")
_RANGE: Final = re.compile(r"^(\d{1,2})-(\d{1,2})$")
_ISO: Final = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_YEAR: Final = re.compile(r"^(1[89]\d\d|20\d\d|21\d\d)$")
_HIJRI_YEAR: Final = re.compile(r"^(1[34]\d\d)ه?$")  # "1436هـ" folds to one token


@dataclass(init=False, unsafe_hash=True)
class DateMention:
    """A date told in tokens [first_token, last_token). Never changed once made (`replace` makes another),
    hence hashed by value; `__init__` is written out so that mypyc compiles it (see actors.Mention)."""

    start: dt.date | None  # None when the text gives no way to fix it (no publication date)
    end: dt.date | None
    precision: str | None  # day | month | year
    basis: str  # explicit | relative
    first_token: int
    last_token: int  # exclusive
    horizon: bool  # "حتى عام 2030": a bound, not when something happens
    weekday_only: bool = False  # a bare weekday, resolved to the nearest past one; a planned event may move it ahead

    def __init__(self, start: dt.date | None, end: dt.date | None, precision: str | None, basis: str, first_token: int,
                 last_token: int, horizon: bool, weekday_only: bool = False) -> None:
        self.start, self.end, self.precision, self.basis = start, end, precision, basis
        self.first_token, self.last_token, self.horizon, self.weekday_only = first_token, last_token, horizon, weekday_only

    @property
    def resolved(self) -> bool:
        return self.start is not None


@lru_cache(maxsize=1)
def _vocab() -> tuple[Trie, dict[str, int]]:
    """Trie of month names, weekdays, relative phrases; and the folded Hijri month list."""
    voc = date_vocabulary()
    trie = Trie()
    for loc in voc["month_locales"]:
        locale = Locale.parse(loc)
        for width in ("wide", "abbreviated"):
            for n, name in locale.months["format"][width].items():
                if loc != "en" and width == "abbreviated":
                    continue
                trie.add(name, Entry("month", str(n)))
    for n, names in voc["month_aliases"].items():
        for name in names:
            trie.add(name, Entry("month", str(n)))
    for loc in voc["weekday_locales"]:
        for n, name in Locale.parse(loc).days["format"]["wide"].items():
            trie.add(name, Entry("weekday", str(n)))
    for off, phrases in voc["relative_days"].items():
        for p in phrases:
            trie.add(p, Entry("rel_day", str(off)))
    for off, phrases in voc["relative_to_previous"].items():
        for p in phrases:
            trie.add(p, Entry("rel_prev", str(off)))
    for unit, spec in voc["relative_windows"].items():
        for which, phrases in spec.items():
            for p in phrases:
                trie.add(p, Entry("window", unit, (("which", which),)))
    for p in voc["day_parts"]:
        trie.add(p, Entry("day_part", p))
    for p in voc["not_event_date"]:
        trie.add(p, Entry("horizon", p))
    hijri = {fold(name): i + 1 for i, name in enumerate(voc["hijri_months"])}
    for name, n in hijri.items():
        trie.add(name, Entry("hijri_month", str(n)))
    for p in voc["hijri_markers"]:
        trie.add(p, Entry("hijri_marker", p))
    for p in ("عام", "العام", "سنة", "in", "year"):
        trie.add(p, Entry("year_word", p))
    return trie, hijri


def _kind(tokens: list[Token], i: int, trie: Trie) -> tuple[int, Entry] | None:
    m = trie.longest(tokens, i)
    return (m[0], m[2][0]) if m else None


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def date_words() -> Trie:
    """The date vocabulary (months, weekdays, relative phrases): where a name must stop."""
    return _vocab()[0]


def _infer_year(month: int, day: int, ref: dt.date | None, direction: str | None = None) -> dt.date | None:
    """The year that puts day/month closest to the reference date (news rarely looks >6 months away),
    or the last one before it ("الماضي") or the next one after it ("المقبل")."""
    if ref is None:
        return None
    candidates = [_safe_date(y, month, day) for y in (ref.year - 1, ref.year, ref.year + 1)]
    options = [o for o in candidates if o]
    if direction == "past":
        options = [o for o in options if o <= ref]
    elif direction == "future":
        options = [o for o in options if o >= ref]
    return min(options, key=lambda d: abs((d - ref).days)) if options else None


def _direction_after(tokens: list[Token], end: int, trie: Trie) -> tuple[int, str | None]:
    """Past a month's other name ("مايو (أيار)") and a word that says which month ("الماضي", "المقبل")."""
    k = _kind(tokens, end, trie)
    if k and k[1].kind == "month":
        end = k[0]
    word = tokens[end].text if end < len(tokens) else ""
    for direction, words in _month_direction().items():
        if word in words:
            return end + 1, direction
    return end, None


@lru_cache(maxsize=1)
def _month_direction() -> dict[str, frozenset[str]]:
    return {d: frozenset(fold(w) for w in words) for d, words in date_vocabulary()["month_direction"].items()}


@lru_cache(maxsize=1)
def _weekday_direction() -> dict[str, frozenset[str]]:
    return {d: frozenset(fold(w) for w in words) for d, words in date_vocabulary()["weekday_direction"].items()}


@lru_cache(maxsize=1)
def _month_openers() -> frozenset[str]:
    return frozenset(fold(w) for w in date_vocabulary()["month_openers"])


def _month_end(y: int, m: int) -> dt.date:
    nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def find_dates(tokens: list[Token], published: dt.date | None, year_hint: int | None = None, opens: list[int] | None = None) -> list[DateMention]:
    """All date mentions in token order, resolved where the text and publication date allow.

    `opens`: `opens_date` of every token, when the caller has read the article's words already."""
    trie, _ = _vocab()
    ref = published or (dt.date(year_hint, 7, 1) if year_hint else None)
    out: list[DateMention] = []
    last_day: dt.date | None = None
    n = len(tokens)
    resume = 0  # tokens before it belong to a mention already found
    for i in [i for i, may in enumerate(_OPENS.of(tokens) if opens is None else opens) if may]:
        if i < resume:
            continue
        resume = i + 1
        k = _kind(tokens, i, trie)
        if k and k[1].kind == "horizon":
            mention = _parse_at(tokens, k[0], trie, published, ref, last_day)
            if mention is None and k[0] < n and _YEAR.match(tokens[k[0]].text):  # "حتى 2030", "by 2030"
                y = int(tokens[k[0]].text)
                mention = DateMention(dt.date(y, 1, 1), dt.date(y, 12, 31), "year", "explicit", i, k[0] + 1, True), k[0] + 1
            if mention:
                m, end = mention
                started = fold(k[1].value) in _since_words() and m.basis == "relative" and m.precision == "day"  # "منذ صباح أمس": its first day
                out.append(replace(m, first_token=i, last_token=end, horizon=not started))
                resume = end
            continue
        mention = _parse_at(tokens, i, trie, published, ref, last_day)
        if mention:
            m, end = mention
            out.append(m)
            if m.start and m.precision == "day":
                last_day = m.start
            resume = end
    return out


@lru_cache(maxsize=1)
def _since_words() -> frozenset[str]:
    return frozenset(fold(w) for w in date_vocabulary()["since_words"])


def opens_date(word: str) -> bool:
    """Can a date start at the word: a vocabulary word or a number? Most words are neither."""
    return _vocab()[0].opens(word) or word[-1:].isdigit()


_OPENS: Final = WordTable(opens_date)


def _parse_at(tokens: list[Token], i: int, trie: Trie, published: dt.date | None, ref: dt.date | None, last_day: dt.date | None) -> tuple[DateMention, int] | None:
    """The date starting at token i, if one does: the mention, which spans tokens [i, end), and end."""
    n = len(tokens)
    if i >= n:
        return None
    tok = tokens[i].text
    k = _kind(tokens, i, trie)
    # a part of the day qualifies what follows: "مساء 4 ديسمبر", "ليلة أمس"
    if k and k[1].kind == "day_part":
        inner = _parse_at(tokens, k[0], trie, published, ref, last_day)
        if inner:
            m, end = inner
            return replace(m, first_token=i, last_token=end), end
        return None
    if k and k[1].kind == "rel_prev":
        off = int(k[1].value)
        d = last_day + dt.timedelta(days=off) if last_day else None
        return DateMention(d, d, "day" if d else None, "relative", i, k[0], False), k[0]
    if k and k[1].kind == "rel_day":
        off = int(k[1].value)
        end = k[0]
        d = published + dt.timedelta(days=off) if published else None
        wk = _kind(tokens, end, trie)
        if wk and wk[1].kind == "weekday":  # "اليوم الخميس": the weekday confirms, the offset decides
            end = wk[0]
        return DateMention(d, d, "day" if d else None, "relative", i, end, False), end
    if k and k[1].kind == "window":
        return _window(k[1], published, i, k[0]), k[0]
    if k and k[1].kind == "weekday":
        return _weekday(tokens, i, k, trie, published, ref, last_day)
    if tok[-1:].isdigit() and (iso := _ISO.match(tok)):  # a quick test first: most words end in no digit
        d = _safe_date(int(iso[1]), int(iso[2]), int(iso[3]))
        if d:
            return DateMention(d, d, "day", "explicit", i, i + 1, False), i + 1
    if k and k[1].kind == "month":
        return _month_first(tokens, i, k, trie, ref)
    if k and k[1].kind == "year_word" and i + 1 < n and _YEAR.match(tokens[i + 1].text):
        y = int(tokens[i + 1].text)
        return DateMention(dt.date(y, 1, 1), dt.date(y, 12, 31), "year", "explicit", i, i + 2, False), i + 2
    return _day_first(tokens, i, trie, ref)


def _window(entry: Entry, published: dt.date | None, i: int, end: int) -> DateMention:
    if published is None:
        return DateMention(None, None, None, "relative", i, end, False)
    step = {"next": 1, "last": -1, "this": 0}[entry.get("which")]
    if entry.value == "week":
        monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=step)
        return DateMention(monday, monday + dt.timedelta(days=6), "day", "relative", i, end, False)
    if entry.value == "month":
        y, m = published.year, published.month + step
        y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
        return DateMention(dt.date(y, m, 1), _month_end(y, m), "month", "relative", i, end, False)
    y = published.year + step
    return DateMention(dt.date(y, 1, 1), dt.date(y, 12, 31), "year", "relative", i, end, False)


def _weekday(tokens: list[Token], i: int, k: tuple[int, Entry], trie: Trie, published: dt.date | None, ref: dt.date | None, last_day: dt.date | None) -> tuple[DateMention, int] | None:
    """"الخميس 4 ديسمبر" fixes the day; a bare weekday is the nearest one to publication."""
    wd = int(k[1].value)
    after = _day_first(tokens, k[0], trie, ref)
    if after is None:  # "Tuesday, June 16"
        month = _kind(tokens, k[0], trie)
        if month and month[1].kind == "month":
            after = _month_first(tokens, k[0], month, trie, ref)
    if after:
        m, end = after
        return DateMention(m.start, m.end, m.precision, m.basis, i, end, False), end
    if published is None:
        return DateMention(None, None, None, "relative", i, k[0], False), k[0]
    word = tokens[k[0]].text if k[0] < len(tokens) else ""
    words = _weekday_direction()
    feminine = wd in date_vocabulary()["feminine_weekdays"]  # "الجمعة المقبلة" agrees; "الأحد القادمة من القدس" does not
    forward = word in words["future"] or (feminine and word in words["future_feminine"])
    backward = word in words["past"] or (feminine and word in words["past_feminine"])
    delta = (published.weekday() - wd) % 7 or (7 if backward else 0)
    d = published - dt.timedelta(days=delta) if not forward else published + dt.timedelta(days=(wd - published.weekday()) % 7 or 7)
    end = k[0] + (forward or backward)  # "الخميس المقبل", "الأحد الماضي": the word that points ahead or back belongs to the date
    return DateMention(d, d, "day", "relative", i, end, False, weekday_only=not forward), end


def _month_first(tokens: list[Token], i: int, k: tuple[int, Entry], trie: Trie, ref: dt.date | None) -> tuple[DateMention, int] | None:
    """English order: "December 4, 2025", "Dec 4-5", "December 2025"."""
    month = int(k[1].value)
    j = k[0]
    n = len(tokens)
    if j < n and _YEAR.match(tokens[j].text):
        y = int(tokens[j].text)
        return DateMention(dt.date(y, month, 1), _month_end(y, month), "month", "explicit", i, j + 1, False), j + 1
    if j < n and ((m := _NUM.match(tokens[j].text)) or (m := _RANGE.match(tokens[j].text))):
        d1 = int(m[1])
        d2 = int(m[2]) if m.re is _RANGE else d1
        end = j + 1
        if end + 1 < n and tokens[end].text in ("and", "to") and (m2 := _NUM.match(tokens[end + 1].text)):
            d2 = int(m2[1])
            end += 2
        year = int(tokens[end].text) if end < n and _YEAR.match(tokens[end].text) else None
        return _resolve_days(d1, d2, month, year, ref, i, end + (year is not None))
    # "في سبتمبر الماضي", "in May": the whole month
    after, direction = _direction_after(tokens, j, trie)
    if direction is None and not (i > 0 and tokens[i - 1].text in _month_openers()):
        return None  # a month name alone may be a word or a name (تموز, نيسان)
    first = _infer_year(month, 1, ref, direction)
    if direction == "past" and first is not None and ref is not None and (first.year, first.month) == (ref.year, ref.month):
        first = dt.date(first.year - 1, month, 1)  # "ديسمبر الماضي" in December: last year's
    if first is None:
        return DateMention(None, None, None, "explicit", i, after, False), after
    return DateMention(first, _month_end(first.year, month), "month", "explicit", i, after, False), after


def _day_first(tokens: list[Token], i: int, trie: Trie, ref: dt.date | None) -> tuple[DateMention, int] | None:
    """Arabic and European order: "4 ديسمبر", "يومي 4 و5 ديسمبر", "25 شوال 1436 هـ", "4/12/2025"."""
    n = len(tokens)
    if i >= n:
        return None
    tok = tokens[i].text
    if not tok[-1:].isdigit():
        return None  # no number, no day: most words are answered before a regex is tried
    m = _NUM.match(tok) or _RANGE.match(tok)
    if not m or tok[0] in "وف":
        return None
    d1 = int(m[1])
    d2 = int(m[2]) if m.re is _RANGE else d1
    j = i + 1
    # "4 و5", "4 إلى 6", "4 - 6"
    if j < n and (m2 := _NUM.match(tokens[j].text)) and tokens[j].text[0] in "وف":
        d2, j = int(m2[1]), j + 1
    elif j + 1 < n and tokens[j].text in ("الي", "حتي", "to", "and", "و") and (m2 := _NUM.match(tokens[j + 1].text)):
        d2, j = int(m2[1]), j + 2
    k = _kind(tokens, j, trie)
    if k and k[1].kind == "month":
        month = int(k[1].value)
        end = k[0]
        year = direction = None
        j = end
        alt = _kind(tokens, j, trie)
        if alt and alt[1].kind == "month":
            j = alt[0]  # "25 مايو (أيار) 2005": the year after the month's other name
        word = _kind(tokens, j, trie)
        if word and word[1].kind == "year_word":
            j = word[0]  # "11 يوليو (تموز) عام 1995"
        if j < n and _YEAR.match(tokens[j].text):
            year, end = int(tokens[j].text), j + 1
        else:
            end, direction = _direction_after(tokens, end, trie)
        return _resolve_days(d1, d2, month, year, ref, i, end, direction)
    if k and k[1].kind == "hijri_month":
        hm = int(k[1].value)
        end = k[0]
        if end < n and (hijri_year := _HIJRI_YEAR.match(tokens[end].text)):
            hy = int(hijri_year[1])
            end += 1
            mk = _kind(tokens, end, trie)
            if mk and mk[1].kind == "hijri_marker":
                end = mk[0]
            try:
                start = Hijri(hy, hm, d1).to_gregorian()
                stop = Hijri(hy, hm, d2).to_gregorian()
            except (ValueError, OverflowError):
                return None
            return DateMention(dt.date(start.year, start.month, start.day), dt.date(stop.year, stop.month, stop.day), "day", "explicit", i, end, False), end
        return None
    # "4/12/2025": day/month/year separated by slashes (tokens are split on "/")
    if j + 1 < n and _NUM.match(tokens[j].text) and _YEAR.match(tokens[j + 1].text):
        d = _safe_date(int(tokens[j + 1].text), int(tokens[j].text), d1)
        if d:
            return DateMention(d, d, "day", "explicit", i, j + 2, False), j + 2
    return None


def _resolve_days(d1: int, d2: int, month: int, year: int | None, ref: dt.date | None, i: int, end: int, direction: str | None = None) -> tuple[DateMention, int] | None:
    if year is not None:
        start, stop = _safe_date(year, month, d1), _safe_date(year, month, d2)
    else:
        start = _infer_year(month, d1, ref, direction)
        stop = _safe_date(start.year, month, d2) if start else None
    if (start is None) != (stop is None) or (start and stop and stop < start):
        return None
    return DateMention(start, stop, "day" if start else None, "explicit", i, end, False), end
