"""Actor mentions in short sentences: people by office and name, governments, institutions, groups.

Each case lists every mention the finder returns, in order, as
(name as printed, canonical name, actor type, country code, office).
"""
from __future__ import annotations

import datetime as dt

import pytest

from etl.extract import extract_article
from etl.extract.actors import ActorFinder
from etl.extract.events import split_sentences
from etl.extract.normalize import fold_with_offsets, tokenize
from etl.records import Article

PUTIN = ("Vladimir Putin", "person", "RUS", "president")
MODI = ("Narendra Modi", "person", "IND", "prime minister")


def mentions(text: str) -> list[tuple]:
    """Mentions sentence by sentence, as the extractor finds them (the finder remembers people)."""
    folded = fold_with_offsets(text)
    tokens = tokenize(folded.text)
    finder = ActorFinder(folded, tokens)
    out = []
    for sent in split_sentences(folded, tokens):
        out += [(m.name, m.canonical, m.actor_type, m.country, m.office) for m in finder.find(sent.first, sent.last)]
    return out


CASES = [
    # office + nisba + name
    pytest.param("الرئيس الروسي فلاديمير بوتين", [("فلاديمير بوتين", *PUTIN)], id="ar-office-nisba-known-name"),
    pytest.param("رئيس الوزراء الهندي ناريندرا مودي", [("ناريندرا مودي", *MODI)], id="ar-multiword-office-nisba-name"),
    pytest.param(
        "التقى الرئيس الفرنسي إيمانويل ماكرون",
        [("إيمانويل ماكرون", "Emmanuel Macron", "person", "FRA", "president")],
        id="ar-office-nisba-unknown-name",
    ),
    pytest.param(
        "وزيرة الخارجية الألمانية أنالينا بيربوك",
        [("أنالينا بيربوك", "أنالينا بيربوك", "person", "DEU", "foreign minister")],
        id="ar-feminine-minister",
    ),
    pytest.param("Russian President Vladimir Putin", [("Vladimir Putin", *PUTIN)], id="en-nisba-office-name"),
    pytest.param(
        "French President Emmanuel Macron said",
        [("Emmanuel Macron", "Emmanuel Macron", "person", "FRA", "president")],
        id="en-nisba-office-unknown-name",
    ),
    # office + في + country
    pytest.param(
        "وصل وزير الدفاع في روسيا الاتحادية أندريه بيلووسوف إلى الهند",
        [("أندريه بيلووسوف", "أندريه بيلووسوف", "person", "RUS", "defence minister"), ("الهند", "India", "country", "IND", None)],
        id="ar-office-fi-country-name",
    ),
    # feminine office + country in construct
    pytest.param(
        "مع رئيسة الهند دروبادي مورمو",
        [("دروبادي مورمو", "دروبادي مورمو", "person", "IND", "president")],
        id="ar-feminine-head-of-state",
    ),
    pytest.param(
        "الرئيس الأمريكي جو بايدن",
        [("جو بايدن", "جو بايدن", "person", "USA", "president")],
        id="ar-name-starting-with-ba",
    ),
    pytest.param(
        "مع الرئيس الصيني شي جين بينغ الأسبوع المقبل",
        [("شي جين بينغ", "Xi Jinping", "person", "CHN", "president")],
        id="ar-name-ends-where-a-date-begins",
    ),
    pytest.param(
        "Iranian Foreign Minister Abbas Araghchi said",
        [("Abbas Araghchi", "Abbas Araghchi", "person", "IRN", "foreign minister")],
        id="en-a-known-surname-as-first-name-is-someone-else",
    ),
    pytest.param(
        "التقى الرئيس الكيني ويليام روتو أمس",
        [("ويليام روتو", "William Ruto", "person", "KEN", "president")],
        id="ar-a-known-surname-goes-on-the-first-name-it-follows",
    ),
    # later mentions by surname or by office resolve to the person introduced
    pytest.param(
        "التقى الرئيس الفرنسي إيمانويل ماكرون. وقال ماكرون إن",
        [("إيمانويل ماكرون", "Emmanuel Macron", "person", "FRA", "president"), ("ماكرون", "Emmanuel Macron", "person", "FRA", "president")],
        id="ar-surname-later",
    ),
    pytest.param(
        "French President Emmanuel Macron said. Macron added",
        [("Emmanuel Macron", "Emmanuel Macron", "person", "FRA", "president"), ("Macron", "Emmanuel Macron", "person", "FRA", "president")],
        id="en-surname-later",
    ),
    pytest.param(
        "وصل وزير الدفاع في روسيا الاتحادية أندريه بيلووسوف. وقال بيلووسوف إن",
        [("أندريه بيلووسوف", "أندريه بيلووسوف", "person", "RUS", "defence minister"), ("بيلووسوف", "أندريه بيلووسوف", "person", "RUS", "defence minister")],
        id="ar-surname-later-after-fi-country",
    ),
    pytest.param(
        "وصل وزير الدفاع في روسيا الاتحادية أندريه بيلووسوف. وسيشارك رئيس الوزارة الروسية للدفاع في الاجتماع",
        [("أندريه بيلووسوف", "أندريه بيلووسوف", "person", "RUS", "defence minister"), ("أندريه بيلووسوف", "أندريه بيلووسوف", "person", "RUS", "defence minister")],
        id="ar-office-paraphrase-later",
    ),
    pytest.param("وقال بوتين", [("بوتين", *PUTIN)], id="ar-known-surname-alone"),
    # capitals speak for governments
    pytest.param("أكدت موسكو", [("موسكو", "Russian Federation", "country", "RUS", None)], id="ar-capital"),
    pytest.param("أكدت طهران", [("طهران", "Iran", "country", "IRN", None)], id="ar-capital-iran"),
    pytest.param("Moscow said", [("Moscow", "Russian Federation", "country", "RUS", None)], id="en-capital"),
    pytest.param("وصل إلى جمهورية الهند", [("جمهورية الهند", "India", "country", "IND", None)], id="ar-country-long-form"),
    # institutions
    pytest.param("قال الكرملين", [("الكرملين", "Kremlin", "org", "RUS", None)], id="ar-kremlin"),
    pytest.param("the Kremlin said", [("Kremlin", "Kremlin", "org", "RUS", None)], id="en-kremlin"),
    pytest.param(
        "أعلنت وزارة الخارجية الروسية",
        [("وزارة الخارجية الروسية", "foreign ministry", "org", "RUS", "foreign minister")],
        id="ar-ministry",
    ),
    pytest.param("وقالت المحكمة العليا", [("المحكمة العليا", "المحكمة العليا", "org", None, None)], id="ar-definite-head-takes-a-definite-adjective"),
    pytest.param("رفضت المحكمة اعتبار القرار", [], id="ar-definite-head-takes-no-indefinite-genitive"),
    pytest.param("أعلنت هيئة الطيران المدني أنها", [("هيئة الطيران المدني", "هيئة الطيران المدني", "org", None, None)],
                 id="ar-a-definite-genitive-closes-a-bodys-name-to-all-but-its-adjectives"),
    pytest.param("تبنت كتائب الشهيد سامي العلي", [("كتائب الشهيد سامي العلي", "كتائب الشهيد سامي العلي", "org", None, None)],
                 id="ar-a-bodys-name-goes-on-after-a-title-with-the-person-it-names"),
    pytest.param("انتقدت لجنة الاستخبارات بمجلس الشيوخ", [("لجنة الاستخبارات بمجلس الشيوخ", "لجنة الاستخبارات بمجلس الشيوخ", "org", None, None)],
                 id="ar-a-bodys-name-goes-on-with-b-and-a-noun-in-construct"),
    pytest.param("أكدت هيئة الإغاثة وإعادة الإعمار أنها", [("هيئة الإغاثة وإعادة الإعمار", "هيئة الإغاثة وإعادة الإعمار", "org", None, None)],
                 id="ar-a-bodys-name-goes-on-with-wa-and-a-noun-in-construct"),
    pytest.param("وصلت لجنة التحقيق رفيعة المستوى", [("لجنة التحقيق رفيعة المستوى", "لجنة التحقيق رفيعة المستوى", "org", None, None)],
                 id="ar-an-adjective-in-construct-qualifies-a-bodys-name"),
    pytest.param("هاجم وزير الداخلية بشدة", [("وزير الداخلية", None, "person", None, "interior minister")], id="ar-an-adverb-after-an-office-is-no-name"),
    pytest.param("عقد مجلس المحافظة امس", [("مجلس المحافظة", "مجلس المحافظة", "org", None, None)], id="guard-ar-a-verb-after-a-bodys-genitive-is-no-part-of-its-name"),
    # groups
    pytest.param("هاجم مسلحون", [("مسلحون", "militants", "group", None, None)], id="ar-militants"),
    pytest.param("اعتقلت الشرطة النمساوية", [("الشرطة النمساوية", "police", "group", "AUT", None)], id="ar-police-with-nisba"),
    pytest.param("الجيش الإسرائيلي", [("الجيش الإسرائيلي", "army", "group", "ISR", None)], id="ar-army-with-nisba"),
    pytest.param("Gunmen attacked", [("Gunmen", "militants", "group", None, None)], id="en-gunmen"),
    pytest.param(
        "Austrian police arrested",
        [("Austrian police", "police", "group", "AUT", None)],
        id="en-nisba-before-group",
    ),
    # clitics are not part of the name
    pytest.param("ومودي", [("مودي", *MODI)], id="ar-conjunction-wa"),
    pytest.param("لبوتين", [("بوتين", *PUTIN)], id="ar-preposition-li"),
    pytest.param(
        "جاء في بيان للدفاع الروسية",
        [("الدفاع الروسية", "defence ministry", "org", "RUS", "defence minister")],
        id="ar-lil-is-li-plus-al",
    ),
    pytest.param("وصل نائب وزير الدفاع الروسي", [("نائب وزير الدفاع الروسي", None, "person", "RUS", "deputy defence minister")],
                 id="ar-a-deputy-before-an-office-is-the-offices-deputy"),
    pytest.param("The deputy interior minister of Egypt", [("deputy interior minister of Egypt", None, "person", "EGY", "deputy interior minister")],
                 id="en-a-deputy-before-an-office-is-the-offices-deputy"),
    pytest.param("قال نائب الرئيس الأمريكي", [("نائب الرئيس الأمريكي", None, "person", "USA", "vice president")], id="guard-ar-an-office-of-its-own-wins"),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_actor_mention_has_name_canonical_type_country_and_office(text, expected):
    assert mentions(text) == expected


def test_mention_key_joins_a_capital_to_its_country():
    folded = fold_with_offsets("أكدت موسكو وروسيا")
    tokens = tokenize(folded.text)
    capital, country = ActorFinder(folded, tokens).find(0, len(tokens))
    assert capital.key == country.key == "country:RUS"


CLITIC_PARTICIPANTS = [
    # (sentence, participant name, evidence as printed)
    pytest.param("التقى بوتين ومودي أمس في نيودلهي.", "مودي", "ومودي", id="wa-modi"),
    pytest.param("جاء في بيان للدفاع الروسية أن الوزير وصل.", "الدفاع الروسية", "للدفاع الروسية", id="lil-defence"),
]


@pytest.mark.parametrize("text, name, evidence", CLITIC_PARTICIPANTS)
def test_participant_name_drops_clitics_while_evidence_keeps_the_printed_word(text, name, evidence):
    article = Article("clitics", text, published_at=dt.datetime(2025, 12, 4, tzinfo=dt.timezone.utc))
    rows = [p for p in extract_article(article).participants if p["name"] == name]
    assert [(p["evidence_text"], text[p["char_start"] : p["char_end"]]) for p in rows] == [(evidence, evidence)]


UNNAMED_OFFICES = [
    pytest.param("قال الرئيس ثم غادر", [("الرئيس", None, "person", None, "president")], id="ar-mid-text"),
    pytest.param(
        "Modi met the Russian president. He said",
        [("Modi", *MODI), ("Russian president", None, "person", "RUS", "president")],
        id="en-mid-text",
    ),
    pytest.param("قال الرئيس", [("الرئيس", None, "person", None, "president")], id="ar-end-of-text"),
    pytest.param(
        "التقى مودي الرئيس الروسي.",
        [("مودي", *MODI), ("الرئيس الروسي", None, "person", "RUS", "president")],
        id="ar-office-nisba-end-of-text",
    ),
    pytest.param(
        "Modi met the Russian president",
        [("Modi", *MODI), ("Russian president", None, "person", "RUS", "president")],
        id="en-end-of-text",
    ),
]


@pytest.mark.parametrize("text, expected", UNNAMED_OFFICES)
def test_office_without_a_name_is_a_person_wherever_it_stands(text, expected):
    assert mentions(text) == expected


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("The Public Utilities Commission is scheduled to hold a public hearing on February 3.", "Public Utilities Commission", id="a-body-named-before-its-head"),
        pytest.param("The Electoral Council said on Monday it would publish the results.", "Electoral Council", id="two-capitalised-words"),
    ],
)
def test_en_a_body_named_before_its_head_is_an_organisation(text, name):
    x = extract_article(Article("en", text, published_at=dt.datetime(2026, 1, 26, tzinfo=dt.timezone.utc), language="en"))
    assert [(p["name"], p["actor_type"]) for p in x.participants] == [(name, "org")]


@pytest.mark.parametrize(
    "text, names",
    [
        ("The binational commission on river navigation will meet in Montevideo.", [("binational commission on river navigation", "org")]),
        ("The joint committee met on Monday.", [("joint committee", "org")]),
        ("The commission will meet in Montevideo.", []),  # the head alone refers back
        ("The new government will meet on Monday.", [("government", "org")]),  # a bare body stays the government
    ],
)
def test_en_a_body_is_named_in_lower_case_by_adjectives_before_its_head_and_a_topic_after(text, names):
    x = extract_article(Article("en", text, published_at=None, language="en"))
    assert [(p["name"], p["actor_type"]) for p in x.participants] == names


def test_a_noun_governing_a_country_after_an_office_is_no_first_name():
    text = "وأكد وزير الخارجية في مؤتمر صحفي مع نظيره الألماني حرص المملكة على تطوير علاقاتها."
    x = extract_article(Article("ar", text, published_at=dt.datetime(2015, 8, 10, tzinfo=dt.timezone.utc)))
    assert "حرص" not in [p["name"] for p in x.participants]
    assert ("نظيره الألماني", "DEU") in [(p["name"], p["country_code"]) for p in x.participants]
