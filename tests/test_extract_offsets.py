"""Offsets point into the article as published, whatever diacritics, tatweel or marks it carries.

Property tests: folding keeps a one-to-one map back to the original, so every folded span
covers exactly the original characters that fold to it; and every event and participant
row's (char_start, char_end) slices the article to its evidence_text.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from etl.extract import extract_article
from etl.ingest import ingest
from etl.extract.normalize import fold, fold_char, fold_with_offsets, tokenize
from etl.records import Article, Extraction

PUB = dt.datetime(2025, 12, 4, tzinfo=dt.timezone.utc)

LETTERS = "ابتجدرسعفقكلمنهويىةأإآؤئءabcXYZ"
MARKS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"  # tanween, harakat, shadda, sukun (never compose under NFC)
TATWEEL = "\u0640"
OTHER = "٠١٤٩0123«»“”،؛؟.,!?-–\u200f\u200c \n"
ALPHABET = LETTERS + MARKS + TATWEEL + OTHER


def fold_chars(text: str) -> str:
    """Character-wise folding: what the folded text of `text` is, before whitespace collapsing."""
    return "".join(fold_char(c) for c in text)


# ---------------------------------------------------------------- folding map
@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=60), st.data())
def test_every_folded_span_maps_back_to_original_characters_that_fold_to_it(original, data):
    folded = fold_with_offsets(original)
    n = len(folded.text)
    a = data.draw(st.integers(0, n), label="start")
    b = data.draw(st.integers(a, n), label="end")
    s, e = folded.span(a, b)
    assert 0 <= s <= e <= len(original)
    assert fold_chars(original[s:e]) == folded.text[a:b]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=60))
def test_origin_is_strictly_increasing_and_each_folded_char_comes_from_its_origin(original):
    folded = fold_with_offsets(original)
    assert len(folded.origin) == len(folded.text)
    assert all(x < y for x, y in zip(folded.origin, folded.origin[1:]))
    assert all(0 <= o < len(original) and fold_char(original[o]) == c for o, c in zip(folded.origin, folded.text))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=60))
def test_offset_folding_agrees_with_plain_folding(original):
    assert " ".join(fold_with_offsets(original).text.split()) == fold(original)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=60))
def test_every_token_maps_back_to_its_printed_word_with_its_trailing_marks(original):
    folded = fold_with_offsets(original)
    for token in tokenize(folded.text):
        s, e = folded.span(token.start, token.end)
        assert s < e
        assert fold_chars(original[s:e]) == token.text
        assert e == len(original) or fold_char(original[e]) != ""  # no harakat or tatweel left behind


# ---------------------------------------------------------------- rows of an extraction
def assert_rows_slice_the_article(text: str, x: Extraction) -> None:
    for event in x.events:
        s, e = event["char_start"], event["char_end"]
        assert 0 <= s < e <= len(text)
        assert text[s:e] == event["evidence_text"]
        assert event["trigger"] in event["evidence_text"]
        if event["date_text"] is not None:
            assert event["date_text"] in event["evidence_text"]
    for p in x.participants:
        s, e = p["char_start"], p["char_end"]
        assert 0 <= s < e <= len(text), p
        assert text[s:e] == p["evidence_text"]


@pytest.fixture(scope="module")
def seed(seed_jsonl: Path) -> tuple[Article, Extraction]:
    """The seed article as the pipeline reads it (ingest normalises the text offsets point into)."""
    [article] = ingest([seed_jsonl])
    assert isinstance(article, Article) and article.pub_date == dt.date(2025, 12, 4)
    return article, extract_article(article)


def test_seed_event_and_participant_offsets_slice_to_their_evidence(seed):
    article, x = seed
    assert x.events and x.participants
    assert_rows_slice_the_article(article.text, x)


# Invented sentences: named actors, triggers, dates and the punctuation news uses.
SUBJECTS = [
    "الرئيس الروسي فلاديمير بوتين", "رئيس الوزراء الهندي ناريندرا مودي", "وزير الدفاع في روسيا الاتحادية أندريه بيلووسوف",
    "الرئيس الفرنسي إيمانويل ماكرون", "الكرملين", "موسكو", "مسلحون", "المحتجون", "الشرطة النمساوية",
]
PREDICATES = [
    "وصل إلى الهند", "زار جمهورية الهند", "التقى مع مودي", "قال إن العلاقات «قوية»", "سيعقد محادثات مع بوتين",
    "هاجم مركزا للشرطة في بغداد", "تظاهر في فيينا", "وقع اتفاقية مع الهند", "أجرى اتصالا هاتفيا مع بوتين",
]
DATES = ["", "اليوم الخميس", "أمس", "مساء ٤ ديسمبر", "يومي 4 و5 ديسمبر", "في اليوم التالي", "25 شوال 1436 هـ"]
STATUS = ["", "من المتوقع أن ", "وكان ", "لم "]
ENDINGS = [".", "،", "؛", "؟", ". "]


@st.composite
def sentences(draw) -> str:
    parts = []
    for _ in range(draw(st.integers(1, 3))):
        clause = f"{draw(st.sampled_from(STATUS))}{draw(st.sampled_from(SUBJECTS))} {draw(st.sampled_from(PREDICATES))} {draw(st.sampled_from(DATES))}"
        parts.append(clause.strip() + draw(st.sampled_from(ENDINGS)))
    return " ".join(parts)


@st.composite
def decorated(draw, text: str) -> str:
    """The same text with harakat, tatweel and bidi marks sprinkled after Arabic letters."""
    out = []
    for ch in text:
        out.append(ch)
        if "\u0621" <= ch <= "\u064a" and draw(st.integers(0, 3)) == 0:
            out.append(draw(st.sampled_from(list(MARKS) + [TATWEEL, "\u200f", MARKS[7] + MARKS[3]])))
    return "".join(out)


def meaning(x: Extraction) -> list[tuple]:
    """What was extracted, independent of how the words were printed."""
    out = []
    for e in x.events:
        held = sorted(
            (p["role"], fold(p["canonical_name"] or p["name"]), p["actor_type"], p["country_code"], p["office"])
            for p in x.participants if p["event_id"] == e["event_id"]
        )
        out.append((e["event_type"], e["status"], e["date_start"], e["date_end"], e["location_country"], tuple(held)))
    return out


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_invented_sentences_rows_slice_to_their_evidence_even_when_vocalised(data):
    plain = data.draw(sentences(), label="plain")
    fancy = data.draw(decorated(plain), label="decorated")
    for text in (plain, fancy):
        assert_rows_slice_the_article(text, extract_article(Article("prop", text, published_at=PUB)))


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_diacritics_tatweel_and_marks_do_not_change_what_is_extracted(data):
    plain = data.draw(sentences(), label="plain")
    fancy = data.draw(decorated(plain), label="decorated")
    assert meaning(extract_article(Article("prop", fancy, published_at=PUB))) == meaning(extract_article(Article("prop", plain, published_at=PUB)))


VOCALISED = "وَصَلَ الرَّئِيسُ الرُّوسِيُّ فلاديمير بوتين إلى الهِنْدِ أَمْسِ."


def test_vocalised_sentence_gives_the_events_of_the_bare_one():
    bare = "وصل الرئيس الروسي فلاديمير بوتين إلى الهند أمس."
    vocal = extract_article(Article("v", VOCALISED, published_at=PUB))
    assert meaning(vocal) == meaning(extract_article(Article("b", bare, published_at=PUB)))
    assert_rows_slice_the_article(VOCALISED, vocal)


def test_vocalised_words_keep_their_final_harakat_in_rows():
    x = extract_article(Article("v", VOCALISED, published_at=PUB))
    [event] = x.events
    host = next(p for p in x.participants if p["role"] == "host")
    assert (event["trigger"], host["name"], host["evidence_text"]) == ("وَصَلَ", "الهِنْدِ", "الهِنْدِ")
