"""Sentence boundaries: full stops end sentences, also without a space, but not abbreviations or numbers."""
from __future__ import annotations

import pytest

from etl.extract.events import split_sentences
from etl.extract.normalize import fold_with_offsets, tokenize


def sentences(text: str) -> list[str]:
    folded = fold_with_offsets(text)
    tokens = tokenize(folded.text)
    out = []
    for s in split_sentences(folded, tokens):
        a, b = folded.span(s.start, s.end)
        out.append(text[a:b])
    return out


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("وصل الوزير.يشار إلى أن الزيارة تستمر", ["وصل الوزير", "يشار إلى أن الزيارة تستمر"], id="ar-no-space-after-stop"),
        pytest.param("They ended the war. Talks begin today.", ["They ended the war", "Talks begin today"], id="en-short-last-word"),
        pytest.param("The U.S. envoy met Mr. Li on Dec. 4. He left.", ["The U.S. envoy met Mr. Li on Dec. 4", "He left"], id="en-abbreviations"),
        pytest.param("Growth was 3.5 percent. Prices rose.", ["Growth was 3.5 percent", "Prices rose"], id="decimal-number"),
        pytest.param("العنوان\nوصل الرئيس اليوم.", ["العنوان", "وصل الرئيس اليوم"], id="headline-line"),
    ],
)
def test_sentences_split_where_news_ends_them(text, expected):
    assert sentences(text) == expected


def test_a_first_line_without_punctuation_is_the_headline():
    folded = fold_with_offsets("خادم الحرمين يصل إلى المغرب\nوصل الملك اليوم إلى طنجة.")
    first, second = split_sentences(folded, tokenize(folded.text))
    assert (first.headline, second.headline) == (True, False)
