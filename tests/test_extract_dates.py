"""Date expressions found in folded tokens and resolved against the publication date.

Each case lists every date mention the text holds, as
(start, end, precision, basis, horizon, the words the mention covers). The words are
compared in folded form: which tokens a mention covers is the date finder's business,
while how a token range maps back to the printed text is checked on its own at the end.
The publication date is Thursday 2025-12-04, the seed article's.
"""
from __future__ import annotations

import datetime as dt

import pytest

from etl.extract.dates import find_dates
from etl.extract.normalize import fold, fold_with_offsets, tokenize

PUB = dt.date(2025, 12, 4)  # a Thursday
D = dt.date


def mentions(text: str, published: dt.date | None = PUB, year_hint: int | None = None) -> list[tuple]:
    """(DateMention, original start, original end) for each mention of the text."""
    folded = fold_with_offsets(text)
    tokens = tokenize(folded.text)
    return [
        (m, *folded.span(tokens[m.first_token].start, tokens[m.last_token - 1].end))
        for m in find_dates(tokens, published, year_hint)
    ]


def dates(text: str, published: dt.date | None = PUB, year_hint: int | None = None) -> list[tuple]:
    return [(m.start, m.end, m.precision, m.basis, m.horizon, fold(text[s:e])) for m, s, e in mentions(text, published, year_hint)]


def day(d: dt.date, basis: str, span: str) -> tuple:
    return (d, d, "day", basis, False, span)


def folded_spans(expected: list[tuple]) -> list[tuple]:
    return [(*x[:5], fold(x[5])) for x in expected]


WITH_PUBLICATION = [
    # relative to the publication date
    pytest.param("يتوجه اليوم الخميس إلى الهند", [day(PUB, "relative", "اليوم الخميس")], id="ar-today-with-weekday"),
    pytest.param("وصل أمس إلى القاهرة", [day(D(2025, 12, 3), "relative", "أمس")], id="ar-yesterday"),
    pytest.param("يصل غداً إلى القاهرة", [day(D(2025, 12, 5), "relative", "غداً")], id="ar-tomorrow"),
    pytest.param("وقع الهجوم مساء أمس", [day(D(2025, 12, 3), "relative", "مساء أمس")], id="ar-evening-yesterday"),
    pytest.param("He arrived yesterday.", [day(D(2025, 12, 3), "relative", "yesterday")], id="en-yesterday"),
    pytest.param("They meet today.", [day(PUB, "relative", "today")], id="en-today"),
    pytest.param("They meet tomorrow.", [day(D(2025, 12, 5), "relative", "tomorrow")], id="en-tomorrow"),
    pytest.param("on Monday", [day(D(2025, 12, 1), "relative", "Monday")], id="en-bare-weekday-is-the-last-one"),
    pytest.param("الأحد الماضي", [day(D(2025, 11, 30), "relative", "الأحد الماضي")], id="ar-last-sunday-with-its-word-pointing-back"),
    pytest.param("الخميس الماضي", [day(D(2025, 11, 27), "relative", "الخميس الماضي")], id="ar-last-thursday-on-a-thursday-is-a-week-before"),
    pytest.param("يتظاهرون الجمعة المقبلة", [day(D(2025, 12, 5), "relative", "الجمعة المقبلة")], id="ar-next-friday-feminine-points-ahead"),
    pytest.param("قتل الجمعة الماضية", [day(D(2025, 11, 28), "relative", "الجمعة الماضية")], id="ar-last-friday-feminine-belongs-to-the-date"),
    pytest.param("وصلت الأحد القادمة من القدس", [day(D(2025, 11, 30), "relative", "الأحد")], id="ar-feminine-word-after-a-masculine-day-is-not-its-direction"),
    pytest.param("يصل الخميس المقبل من أجل بحث عملية السلام", [day(D(2025, 12, 11), "relative", "الخميس المقبل")], id="ar-next-thursday-then-a-purpose-keeps-its-direction"),
    pytest.param("تصل السبت القادم", [day(D(2025, 12, 6), "relative", "السبت القادم")], id="guard-ar-coming-saturday"),
    pytest.param("أعدموه يوم الأحد", [day(D(2025, 11, 30), "relative", "يوم الأحد")], id="ar-day-word-before-a-weekday-is-part-of-the-date"),
    pytest.param("وصل يوم أمس", [day(D(2025, 12, 3), "relative", "يوم أمس")], id="ar-day-word-before-yesterday-is-part-of-the-date"),
    # windows
    pytest.param("The talks resume next week.", [(D(2025, 12, 8), D(2025, 12, 14), "day", "relative", False, "next week")], id="en-next-week-monday-to-sunday"),
    pytest.param("الأسبوع المقبل", [(D(2025, 12, 8), D(2025, 12, 14), "day", "relative", False, "الأسبوع المقبل")], id="ar-next-week"),
    pytest.param("الأسبوع الماضي", [(D(2025, 11, 24), D(2025, 11, 30), "day", "relative", False, "الأسبوع الماضي")], id="ar-last-week"),
    pytest.param("الشهر المقبل", [(D(2026, 1, 1), D(2026, 1, 31), "month", "relative", False, "الشهر المقبل")], id="ar-next-month-crosses-year"),
    pytest.param("العام المقبل", [(D(2026, 1, 1), D(2026, 12, 31), "year", "relative", False, "العام المقبل")], id="ar-next-year"),
    # explicit days, Arabic order
    pytest.param("في زيارة يومي 4 و5 ديسمبر", [(D(2025, 12, 4), D(2025, 12, 5), "day", "explicit", False, "4 و5 ديسمبر")], id="ar-two-day-range"),
    pytest.param("لقاء مساء 4 ديسمبر", [day(D(2025, 12, 4), "explicit", "مساء 4 ديسمبر")], id="ar-evening-of-a-day"),
    pytest.param("في ٤ ديسمبر", [day(D(2025, 12, 4), "explicit", "٤ ديسمبر")], id="ar-arabic-indic-digit"),
    pytest.param("في 4 كانون الأول", [day(D(2025, 12, 4), "explicit", "4 كانون الأول")], id="ar-levantine-month"),
    pytest.param("بين 4 و5 كانون الأول", [(D(2025, 12, 4), D(2025, 12, 5), "day", "explicit", False, "4 و5 كانون الأول")], id="ar-levantine-range"),
    pytest.param("كانون الثاني 2026", [(D(2026, 1, 1), D(2026, 1, 31), "month", "explicit", False, "كانون الثاني 2026")], id="ar-levantine-month-year"),
    pytest.param("الخميس 4 ديسمبر", [day(D(2025, 12, 4), "explicit", "الخميس 4 ديسمبر")], id="ar-weekday-and-day"),
    pytest.param("4 ديسمبر 2025", [day(D(2025, 12, 4), "explicit", "4 ديسمبر 2025")], id="ar-day-month-year"),
    pytest.param("في 4 أيلول", [day(D(2025, 9, 4), "explicit", "4 أيلول")], id="ar-past-month-nearest-year"),
    pytest.param("يوم 4/12/2025", [day(D(2025, 12, 4), "explicit", "يوم 4/12/2025")], id="slashed-day-month-year-with-its-head-word"),
    pytest.param("2025-12-04", [day(D(2025, 12, 4), "explicit", "2025-12-04")], id="iso"),
    # explicit days, English order
    pytest.param("on December 4, 2025", [day(D(2025, 12, 4), "explicit", "December 4, 2025")], id="en-month-day-year"),
    pytest.param("on 4 December 2025", [day(D(2025, 12, 4), "explicit", "4 December 2025")], id="en-day-month-year"),
    pytest.param("talks on Dec 4-5", [(D(2025, 12, 4), D(2025, 12, 5), "day", "explicit", False, "Dec 4-5")], id="en-abbrev-range"),
    pytest.param("from 4 to 6 December", [(D(2025, 12, 4), D(2025, 12, 6), "day", "explicit", False, "4 to 6 December")], id="en-day-range"),
    pytest.param("in December 2025", [(D(2025, 12, 1), D(2025, 12, 31), "month", "explicit", False, "December 2025")], id="en-month-year"),
    pytest.param("عام 2024", [(D(2024, 1, 1), D(2024, 12, 31), "year", "explicit", False, "عام 2024")], id="ar-year"),
    # Hijri
    pytest.param("25 شوال 1436 هـ", [day(D(2015, 8, 10), "explicit", "25 شوال 1436 هـ")], id="hijri-with-marker"),
    pytest.param("٢٥ شوال ١٤٣٦ هـ", [day(D(2015, 8, 10), "explicit", "٢٥ شوال ١٤٣٦ هـ")], id="hijri-arabic-indic"),
    pytest.param("1 رمضان 1447", [day(D(2026, 2, 18), "explicit", "1 رمضان 1447")], id="hijri-without-marker"),
    pytest.param(
        "في 25 شوال 1436هـ", [day(D(2015, 8, 10), "explicit", "25 شوال 1436هـ")], id="hijri-marker-attached",
    ),
    # relative to the last date mentioned
    pytest.param(
        "وصل إلى الهند في 4 ديسمبر. في اليوم التالي، التقى مودي.",
        [day(D(2025, 12, 4), "explicit", "4 ديسمبر"), day(D(2025, 12, 5), "relative", "في اليوم التالي")],
        id="ar-next-day-after-a-date",
    ),
    pytest.param(
        "Putin arrived on December 4. The next day he met Modi.",
        [day(D(2025, 12, 4), "explicit", "December 4"), day(D(2025, 12, 5), "relative", "The next day")],
        id="en-next-day-after-a-date",
    ),
    pytest.param("The next day he met Modi.", [(None, None, None, "relative", False, "The next day")], id="en-next-day-without-a-date"),
    # horizons: a bound, not when something happens
    pytest.param("برنامج التعاون حتى عام 2030", [(D(2030, 1, 1), D(2030, 12, 31), "year", "explicit", True, "حتى عام 2030")], id="ar-until-year"),
    pytest.param("the plan runs until December 2030", [(D(2030, 12, 1), D(2030, 12, 31), "month", "explicit", True, "until December 2030")], id="en-until-month"),
    pytest.param("منذ 3 ديسمبر", [(D(2025, 12, 3), D(2025, 12, 3), "day", "explicit", True, "منذ 3 ديسمبر")], id="ar-since-day"),
    pytest.param(
        "برنامج التعاون حتى 2030", [(D(2030, 1, 1), D(2030, 12, 31), "year", "explicit", True, "حتى 2030")], id="ar-until-bare-year",
    ),
    pytest.param(
        "targets to be met by 2030", [(D(2030, 1, 1), D(2030, 12, 31), "year", "explicit", True, "by 2030")], id="en-by-bare-year",
    ),
    # numbers that are not dates
    pytest.param("مليون 5", [], id="ar-number-after-million"),
    pytest.param("5 مليون", [], id="ar-number-before-million"),
    pytest.param("قتل 12 شخصا و3 جنود", [], id="ar-counts"),
    pytest.param("مليونًا و400 ألف", [], id="ar-compound-number"),
    pytest.param("رؤية 2030", [], id="ar-year-without-a-year-word"),
    # forward-looking weekdays and spans a demanding reader expects
    pytest.param(
        "يزور الصين الخميس المقبل", [day(D(2025, 12, 11), "relative", "الخميس المقبل")], id="ar-next-thursday-on-a-thursday",
    ),
    pytest.param(
        "وصل قبل يومين", [day(D(2025, 12, 2), "relative", "قبل يومين")], id="ar-two-days-ago",
    ),
    pytest.param(
        "on Thursday, December 4", [day(D(2025, 12, 4), "explicit", "Thursday, December 4")], id="en-weekday-comma-date-is-one-mention",
    ),
    # a month's direction word decides the year; its other name in parentheses belongs to it
    pytest.param("في 25 مايو الماضي", [day(D(2025, 5, 25), "explicit", "25 مايو الماضي")], id="ar-last-may-is-behind-though-next-may-is-nearer"),
    pytest.param("في 25 مايو (أيار) 2005", [day(D(2005, 5, 25), "explicit", "25 مايو (أيار) 2005")], id="ar-year-after-the-months-other-name"),
    pytest.param("في 11 يوليو (تموز) عام 1995", [day(D(1995, 7, 11), "explicit", "11 يوليو (تموز) عام 1995")], id="ar-year-after-the-word-year"),
    pytest.param("في سبتمبر (أيلول) الماضي", [(D(2025, 9, 1), D(2025, 9, 30), "month", "explicit", False, "سبتمبر (أيلول) الماضي")], id="ar-last-september-a-whole-month"),
    pytest.param("في ديسمبر الماضي", [(D(2024, 12, 1), D(2024, 12, 31), "month", "explicit", False, "ديسمبر الماضي")], id="ar-last-december-in-december-is-last-years"),
    pytest.param("في يناير المقبل", [(D(2026, 1, 1), D(2026, 1, 31), "month", "explicit", False, "يناير المقبل")], id="ar-next-january"),
    pytest.param("وقال نيسان إن الوفد وصل", [], id="ar-a-month-name-alone-is-no-date"),
]


@pytest.mark.parametrize("text, expected", WITH_PUBLICATION)
def test_dates_resolve_against_the_publication_date(text, expected):
    assert dates(text) == folded_spans(expected)


WITHOUT_PUBLICATION = [
    pytest.param("يتوجه اليوم الخميس إلى الهند", [(None, None, None, "relative", False, "اليوم الخميس")], id="ar-today"),
    pytest.param("وصل أمس", [(None, None, None, "relative", False, "أمس")], id="ar-yesterday"),
    pytest.param("next week", [(None, None, None, "relative", False, "next week")], id="en-next-week"),
    pytest.param("on Thursday", [(None, None, None, "relative", False, "Thursday")], id="en-weekday"),
    pytest.param("مساء 4 ديسمبر", [(None, None, None, "explicit", False, "مساء 4 ديسمبر")], id="ar-day-without-year"),
    pytest.param("في 3 ديسمبر. في اليوم التالي", [(None, None, None, "explicit", False, "3 ديسمبر"), (None, None, None, "relative", False, "في اليوم التالي")], id="ar-next-day-of-unresolved"),
    pytest.param("on December 4, 2025", [day(D(2025, 12, 4), "explicit", "December 4, 2025")], id="en-full-date"),
    pytest.param("4 ديسمبر 2025", [day(D(2025, 12, 4), "explicit", "4 ديسمبر 2025")], id="ar-full-date"),
    pytest.param("25 شوال 1436 هـ", [day(D(2015, 8, 10), "explicit", "25 شوال 1436 هـ")], id="hijri"),
    pytest.param("كانون الثاني 2026", [(D(2026, 1, 1), D(2026, 1, 31), "month", "explicit", False, "كانون الثاني 2026")], id="ar-month-year"),
]


@pytest.mark.parametrize("text, expected", WITHOUT_PUBLICATION)
def test_without_publication_date_only_dates_with_a_year_resolve(text, expected):
    assert dates(text, published=None) == folded_spans(expected)


def test_year_stated_in_the_article_fixes_a_day_without_year():
    assert dates("مساء 4 ديسمبر", published=None, year_hint=2025) == folded_spans([day(D(2025, 12, 4), "explicit", "مساء 4 ديسمبر")])


PRINTED_SPANS = [
    # (text, the date text as printed: what an event's `date_text` shows)
    pytest.param("يتوجه اليوم الخميس إلى الهند", "اليوم الخميس", id="ar-words"),
    pytest.param("في ٤ ديسمبر", "٤ ديسمبر", id="arabic-indic-digit"),
    pytest.param("on December 4, 2025", "December 4, 2025", id="en-comma-inside"),
    pytest.param("يومي 4 و5 كانون الأول", "4 و5 كانون الأول", id="ar-range-with-hamza"),
    pytest.param("يصل غداً إلى القاهرة", "غداً", id="ar-final-tanween"),
    pytest.param("في 25 شوال 1436 هـ", "25 شوال 1436 هـ", id="hijri-marker-with-tatweel"),
]


@pytest.mark.parametrize("text, printed", PRINTED_SPANS)
def test_date_mention_maps_back_to_the_date_as_printed(text, printed):
    [(_, s, e)] = mentions(text)
    assert text[s:e] == printed
