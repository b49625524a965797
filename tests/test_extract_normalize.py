"""Folding to the matching form, and the map from folded offsets back to the article as printed."""
from __future__ import annotations

import pytest

from etl.extract.normalize import fold, fold_and_tokenize, fold_char, fold_with_offsets, is_arabic, tokenize

FOLD_CASES = [
    # diacritics (harakat, tanween, shadda, sukun) are dropped
    pytest.param("يتوجّه", "يتوجه", id="shadda"),
    pytest.param("وَصَلَ الرَّئِيسُ", "وصل الرييس", id="harakat"),
    pytest.param("تقليدًا ثابتًا", "تقليدا ثابتا", id="tanween"),
    pytest.param("مَكْتَب", "مكتب", id="sukun"),
    pytest.param("هٰذا", "هذا", id="superscript-alef"),
    # tatweel (kashida) is dropped
    pytest.param("مـــودي", "مودي", id="tatweel"),
    pytest.param("الـرئـيـس", "الرييس", id="tatweel-inside"),
    # alef and hamza seats are unified
    pytest.param("أحمد", "احمد", id="alef-hamza-above"),
    pytest.param("إيران", "ايران", id="alef-hamza-below"),
    pytest.param("آسيا", "اسيا", id="alef-madda"),
    pytest.param("ٱلله", "الله", id="alef-wasla"),
    pytest.param("مؤتمر", "موتمر", id="waw-hamza"),
    pytest.param("رئيس", "رييس", id="yeh-hamza"),
    # alef maqsura and teh marbuta
    pytest.param("مستشفى", "مستشفي", id="alef-maqsura"),
    pytest.param("التقى", "التقي", id="alef-maqsura-verb"),
    pytest.param("القمة", "القمه", id="teh-marbuta"),
    pytest.param("رئيسة الهند", "رييسه الهند", id="teh-marbuta-office"),
    # digits
    pytest.param("٤ ديسمبر", "4 ديسمبر", id="arabic-indic-digit"),
    pytest.param("٢٠٣٠", "2030", id="arabic-indic-year"),
    pytest.param("۱۴۴۷", "1447", id="eastern-persian-digits"),
    # quotes and Arabic punctuation
    pytest.param("«دافئة وموثوقة»", '"دافيه وموثوقه"', id="guillemets"),
    pytest.param("“warm”", '"warm"', id="curly-quotes"),
    pytest.param("نعم، لا؛ لماذا؟", "نعم, لا; لماذا?", id="arabic-comma-semicolon-question"),
    pytest.param("الروسية–الهندية", "الروسيه-الهنديه", id="en-dash"),
    pytest.param("٪50", "%50", id="arabic-percent"),
    # English is case-folded; whitespace runs collapse
    pytest.param("Putin  SAID\tToday", "putin said today", id="english-case-and-space"),
    # bidi marks and zero-width joiners are invisible
    pytest.param("\u200fمودي\u200c", "مودي", id="bidi-and-zwnj"),
    # Arabic presentation forms (PDF copy-paste) are the same letters
    pytest.param(
        "ﻣﻮﺩﻱ", "مودي", id="presentation-forms",
    ),
    pytest.param("ﻻ", "لا", id="lam-alef-ligature"),
    pytest.param("ﻷﻧﻪ", "لانه", id="lam-alef-with-hamza-ligature"),
]


@pytest.mark.parametrize("text, expected", FOLD_CASES)
def test_fold_gives_one_matching_form_for_each_spelling(text, expected):
    assert fold(text) == expected


@pytest.mark.parametrize("text, expected", FOLD_CASES)
def test_fold_with_offsets_gives_the_same_form_as_fold(text, expected):
    assert " ".join(fold_with_offsets(text).text.split()) == expected


SPAN_CASES = [
    # (original, folded word to find, original substring it must map back to)
    pytest.param("يتوجّه اليوم", "يتوجه", "يتوجّه", id="shadda-inside-word"),
    pytest.param("يتوجّه اليوم", "اليوم", "اليوم", id="word-after-diacritic"),
    pytest.param("قال مـــودي إن", "مودي", "مـــودي", id="tatweel-inside-word"),
    pytest.param("بيان «مشترك» اليوم", "مشترك", "مشترك", id="inside-guillemets"),
    pytest.param("مساء ٤ ديسمبر", "4", "٤", id="arabic-indic-digit"),
    pytest.param("مع رئيسة الهند", "رييسه", "رئيسة", id="hamza-and-teh-marbuta"),
    pytest.param("تقليدًا ثابتًا", "ثابتا", "ثابتًا", id="tanween-before-alef"),
    pytest.param("Putin SAID so", "said", "SAID", id="english-case"),
    pytest.param("\u200fمودي قال", "مودي", "مودي", id="after-bidi-mark"),
    pytest.param("الروسية–الهندية", "الروسيه-الهنديه", "الروسية–الهندية", id="dash-compound"),
    pytest.param("وصلَ الرئيسُ", "الرييس", "الرئيسُ", id="final-damma"),
    pytest.param("وصلَ الرئيسُ", "وصل", "وصلَ", id="final-fatha-before-space"),
    pytest.param("إلى الهِنْدِ أمس", "الهند", "الهِنْدِ", id="final-kasra"),
    pytest.param("قال موديـُ، ثم", "مودي", "موديـُ", id="final-tatweel-and-damma-before-comma"),
]


@pytest.mark.parametrize("original, word, expected", SPAN_CASES)
def test_folded_word_span_maps_back_to_the_word_as_printed(original, word, expected):
    folded = fold_with_offsets(original)
    start = folded.text.index(word)
    s, e = folded.span(start, start + len(word))
    assert original[s:e] == expected


def test_empty_folded_span_maps_to_an_empty_original_span():
    folded = fold_with_offsets("وصل مودي")
    assert folded.span(3, 3) == (3, 3)
    assert folded.span(len(folded.text), len(folded.text)) == (len("وصل مودي"), len("وصل مودي"))


TOKEN_CASES = [
    pytest.param("اللجنة الروسية-الهندية", ["اللجنه", "الروسيه-الهنديه"], id="hyphenated-compound-is-one-token"),
    pytest.param("والدولي.يشار إلى", ["والدولي", "يشار", "الي"], id="full-stop-without-space-splits"),
    pytest.param("Putin's visit", ["putin", "s", "visit"], id="english-possessive-splits-off"),
    pytest.param("4/12/2025", ["4", "12", "2025"], id="slashes-split"),
    pytest.param("«بيان»، ثم", ["بيان", "ثم"], id="punctuation-is-not-a-token"),
]


@pytest.mark.parametrize("text, expected", TOKEN_CASES)
def test_tokenize_splits_folded_text_into_words(text, expected):
    folded = fold_with_offsets(text).text
    tokens = tokenize(folded)
    assert [t.text for t in tokens] == expected
    assert all(folded[t.start : t.end] == t.text for t in tokens)
    assert [t.index for t in tokens] == list(range(len(tokens)))


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("وصل بوتين إلى الهند", True, id="arabic"),
        pytest.param("Putin arrived in India", False, id="english"),
        pytest.param("قال Putin إن الزيارة ناجحة", True, id="mostly-arabic"),
        pytest.param("Modi met Putin في نيودلهي", False, id="mostly-english"),
        pytest.param("2025 - 12", False, id="no-letters"),
    ],
)
def test_is_arabic_goes_by_the_majority_of_letters(text, expected):
    assert is_arabic(text) is expected


@pytest.mark.parametrize(
    "text",
    [
        "وصل الرئيسُ الروسيُّ  إلى نيودلهي.يشار إلى أن الزيارة تستمر يومين",
        "ﻻ بد من الحوار، قال الوزير «اليوم».",
        "  leading and trailing spaces  ",
        "Talks in Geneva\nwere held on 4 Dec. and the U.S. delegation left.",
        "الروسية-الهندية ٤ ديسمبر ٢٠٢٥ غداً",
        "",
        "ﷲ أكبر ﹰ ﻷ",
    ],
    ids=["diacritics-and-double-space", "ligature-and-quotes", "spaces-at-the-ends", "english-lines", "hyphen-and-digits", "empty", "presentation-forms"],
)
def test_fold_and_tokenize_in_one_pass_equals_folding_each_character_then_tokenizing(text):
    # fold the same text twice: the second pass reads every chunk from the cache the first one filled
    expected_text = "".join(fold_char(ch) for ch in text)
    expected_origin = [k for k, ch in enumerate(text) for _ in fold_char(ch)]
    for _ in range(2):
        folded, tokens = fold_and_tokenize(text)
        assert (folded.text, list(folded.origin)) == (expected_text, expected_origin)
        assert [(t.text, t.start, t.end, t.index) for t in tokens] == [(t.text, t.start, t.end, t.index) for t in tokenize(expected_text)]
