"""Events assembled from short invented sentences (Arabic and English) and from the seed article.

A sentence's expected output is the full list of events it yields, each as
(event type, status, date start, date end, {(role, canonical or surface name, actor type, country)}),
so a missing role, a wrong role holder and a spurious extra event all fail the case.
Publication date: Thursday 2025-12-04.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import NamedTuple

import pytest

from etl.extract import extract_article
from etl.extract.lexicon import triggers
from etl.extract.normalize import fold_with_offsets, tokenize
from etl.ingest import ingest
from etl.records import Article, Extraction
from schemas import CONTRACT

PUB = dt.datetime(2025, 12, 4, tzinfo=dt.timezone.utc)
D = dt.date

PUTIN = ("Vladimir Putin", "person", "RUS")
MODI = ("Narendra Modi", "person", "IND")
MACRON = ("Emmanuel Macron", "person", "FRA")  # a leader actors.yaml knows: canonical in English
INDIA = ("India", "country", "IND")
EGYPT = ("Egypt", "country", "EGY")


class Ev(NamedTuple):
    event_type: str
    status: str
    start: dt.date | None
    end: dt.date | None
    roles: frozenset


def roles(*pairs: tuple) -> frozenset:
    """roles(("visitor", PUTIN), ("host", INDIA)) -> {("visitor", "Vladimir Putin", "person", "RUS"), ...}."""
    return frozenset((role, *actor) for role, actor in pairs)


def ev(event_type: str, status: str, start=None, end=None, *pairs: tuple) -> Ev:
    return Ev(event_type, status, start, end if end is not None else start, roles(*pairs))


def extract(text: str) -> Extraction:
    return extract_article(Article("sentence", text, published_at=PUB))


def summary(x: Extraction) -> list[Ev]:
    out = []
    for e in x.events:
        parts = [p for p in x.participants if p["event_id"] == e["event_id"]]
        held = frozenset((p["role"], p["canonical_name"] or p["name"], p["actor_type"], p["country_code"]) for p in parts)
        out.append(Ev(e["event_type"], e["status"], e["date_start"], e["date_end"], held))
    return out


def check(text: str, expected: list[Ev]) -> None:
    assert summary(extract(text)) == expected



# ---------------------------------------------------------------- VISIT
VISITS = [
    pytest.param(
        "وصل الرئيس الفرنسي إيمانويل ماكرون أمس إلى القاهرة في زيارة رسمية.",
        [ev("VISIT", "occurred", D(2025, 12, 3), None, ("visitor", MACRON), ("host", EGYPT))],
        id="ar-arrived-to-capital",
    ),
    pytest.param("زار بوتين الهند أمس.", [ev("VISIT", "occurred", D(2025, 12, 3), None, ("visitor", PUTIN), ("host", INDIA))], id="ar-visited-country"),
    pytest.param(
        "French President Emmanuel Macron arrived in Cairo yesterday.",
        [ev("VISIT", "occurred", D(2025, 12, 3), None, ("visitor", ("Emmanuel Macron", "person", "FRA")), ("host", EGYPT))],
        id="en-arrived-in-capital",
    ),
    pytest.param("Putin arrived in New Delhi on Thursday.", [ev("VISIT", "occurred", D(2025, 12, 4), None, ("visitor", PUTIN), ("host", INDIA))], id="en-arrived-on-weekday"),
    pytest.param(
        "Putin visited India yesterday.", [ev("VISIT", "occurred", D(2025, 12, 3), None, ("visitor", PUTIN), ("host", INDIA))], id="en-visited-country",
    ),
    pytest.param(
        "The Russian president will visit India next week.",
        [ev("VISIT", "planned", D(2025, 12, 8), D(2025, 12, 14), ("visitor", ("Russian president", "person", "RUS")), ("host", INDIA))],
        id="en-office-without-name-visits",
    ),
    pytest.param(
        "وكان بوتين قد زار الهند.", [ev("VISIT", "occurred", None, None, ("visitor", PUTIN), ("host", INDIA))], id="ar-kana-subject-qad-verb",
    ),
]


@pytest.mark.parametrize("text, expected", VISITS)
def test_visit_has_visitor_and_host(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    "text, country, name",
    [
        pytest.param("وصل الرئيس الفرنسي إيمانويل ماكرون أمس إلى القاهرة في زيارة رسمية.", "EGY", "القاهرة", id="ar-capital-named"),
        pytest.param("زار بوتين الهند أمس.", "IND", "الهند", id="ar-country-named"),
        pytest.param("Putin arrived in New Delhi on Thursday.", "IND", "New Delhi", id="en-capital-named"),
    ],
)
def test_visit_takes_place_at_the_host(text, country, name):
    [event] = extract(text).events
    assert (event["location_country"], event["location_name"]) == (country, name)


# ---------------------------------------------------------------- MEETING
MEETINGS = [
    pytest.param("التقى بوتين مع مودي أمس في نيودلهي.", [ev("MEETING", "occurred", D(2025, 12, 3), None, ("participant", PUTIN), ("participant", MODI))], id="ar-met-with"),
    pytest.param("بحث بوتين مع مودي العلاقات الثنائية.", [ev("MEETING", "occurred", None, None, ("participant", PUTIN), ("participant", MODI))], id="ar-discussed-with"),
    pytest.param("Putin met with Modi in New Delhi on Thursday.", [ev("MEETING", "occurred", D(2025, 12, 4), None, ("participant", PUTIN), ("participant", MODI))], id="en-met-with"),
    pytest.param(
        "التقى الرئيس الروسي فلاديمير بوتين رئيس الوزراء الهندي ناريندرا مودي في نيودلهي.",
        [ev("MEETING", "occurred", None, None, ("participant", PUTIN), ("participant", MODI))],
        id="ar-met-direct-object",
    ),
    pytest.param(
        "Putin met Modi in New Delhi on Thursday.",
        [ev("MEETING", "occurred", D(2025, 12, 4), None, ("participant", PUTIN), ("participant", MODI))],
        id="en-met-direct-object",
    ),
    pytest.param(
        "Putin is expected to meet with Modi next week.",
        [ev("MEETING", "expected", D(2025, 12, 8), D(2025, 12, 14), ("participant", PUTIN), ("participant", MODI))],
        id="en-subject-three-words-before-verb",
    ),
    pytest.param(
        "سيعقد الرئيس الروسي فلاديمير بوتين محادثات مع الرئيس الصيني شي جين بينغ الأسبوع المقبل.",
        [ev("MEETING", "planned", D(2025, 12, 8), D(2025, 12, 14), ("participant", PUTIN), ("participant", ("Xi Jinping", "person", "CHN")))],
        id="ar-name-before-date-phrase",
    ),
]


@pytest.mark.parametrize("text, expected", MEETINGS)
def test_meeting_has_both_parties(text, expected):
    check(text, expected)


# ---------------------------------------------------------------- CALL
LIGHT_VERB_BUG = "folded أجرى ('اجري') also matches the first-person present of the passive light verb جرى/يجري, so _noun_owner drops the caller as the subject of a passive"
CALLS = [
    pytest.param(
        "أجرى بوتين اتصالا هاتفيا مع مودي.", [ev("CALL", "occurred", None, None, ("participant", PUTIN), ("participant", MODI))], id="ar-made-call-with",
    ),
    pytest.param(
        "أجرى الرئيس الفرنسي إيمانويل ماكرون اتصالا هاتفيا مع الرئيس الأمريكي دونالد ترامب.",
        [ev("CALL", "occurred", None, None, ("participant", MACRON), ("participant", ("Donald Trump", "person", "USA")))],
        id="ar-made-call-with-offices",
    ),
    pytest.param(
        "هاتف الرئيس التركي رجب طيب أردوغان أمس الرئيس الروسي فلاديمير بوتين.",
        [ev("CALL", "occurred", D(2025, 12, 3), None, ("participant", ("Recep Tayyip Erdogan", "person", "TUR")), ("participant", PUTIN))],
        id="ar-phoned-direct-object",
    ),
    pytest.param(
        "Modi held a phone call with Putin on Monday.",
        [ev("CALL", "occurred", D(2025, 12, 1), None, ("participant", MODI), ("participant", PUTIN))],
        id="en-held-call-with",
    ),
    pytest.param(
        "Russian President Vladimir Putin phoned Turkish President Recep Tayyip Erdogan on Monday.",
        [ev("CALL", "occurred", D(2025, 12, 1), None, ("participant", PUTIN), ("participant", ("Recep Tayyip Erdogan", "person", "TUR")))],
        id="en-phoned-direct-object",
    ),
]


@pytest.mark.parametrize("text, expected", CALLS)
def test_call_has_both_parties(text, expected):
    check(text, expected)


# ---------------------------------------------------------------- STATEMENT
STATEMENTS = [
    pytest.param(
        "قال وزير الخارجية الإيراني عباس عراقجي إن بلاده مستعدة للحوار.",
        [ev("STATEMENT", "occurred", None, None, ("speaker", ("عباس عراقجي", "person", "IRN")))],
        id="ar-said-office-name",
    ),
    pytest.param("قال بوتين إن العلاقات مع الهند قوية.", [ev("STATEMENT", "occurred", None, None, ("speaker", PUTIN))], id="ar-said-known"),
    pytest.param(
        "Putin said on Thursday that relations with India were strong.",
        [ev("STATEMENT", "occurred", D(2025, 12, 4), None, ("speaker", PUTIN))],
        id="en-said",
    ),
    pytest.param(
        "أكد الكرملين أن المحادثات كانت مثمرة.",
        [ev("STATEMENT", "occurred", None, None, ("speaker", ("Kremlin", "org", "RUS")))],
        id="ar-reported-talks-are-not-a-new-meeting",
    ),
    pytest.param(
        "Iranian Foreign Minister Abbas Araghchi said Tehran was ready for talks.",
        [ev("STATEMENT", "occurred", None, None, ("speaker", ("Abbas Araghchi", "person", "IRN")))],
        id="en-said-office-name",
    ),
]


@pytest.mark.parametrize("text, expected", STATEMENTS)
def test_statement_has_its_speaker(text, expected):
    check(text, expected)


# ---------------------------------------------------------------- AGREEMENT
AGREEMENTS = [
    pytest.param(
        "وقعت روسيا والهند على اتفاقية للتعاون الدفاعي.",
        [ev("AGREEMENT", "occurred", None, None, ("signatory", ("Russian Federation", "country", "RUS")), ("signatory", INDIA))],
        id="ar-countries-signed",
    ),
    pytest.param(
        "وقع بوتين ومودي اتفاقية للتعاون الدفاعي.",
        [ev("AGREEMENT", "occurred", None, None, ("signatory", PUTIN), ("signatory", MODI))],
        id="ar-leaders-signed",
    ),
    pytest.param(
        "وقعت مصر والسعودية أمس اتفاقية للتعاون في مجال الطاقة.",
        [ev("AGREEMENT", "occurred", D(2025, 12, 3), None, ("signatory", EGYPT), ("signatory", ("Saudi Arabia", "country", "SAU")))],
        id="ar-signed-yesterday",
    ),
    pytest.param(
        "Russia and India signed an agreement on defence cooperation.",
        [ev("AGREEMENT", "occurred", None, None, ("signatory", ("Russian Federation", "country", "RUS")), ("signatory", INDIA))],
        id="en-countries-signed",
    ),
    pytest.param(
        "Putin and Modi signed an agreement on Thursday.",
        [ev("AGREEMENT", "occurred", D(2025, 12, 4), None, ("signatory", PUTIN), ("signatory", MODI))],
        id="en-leaders-signed",
    ),
]


@pytest.mark.parametrize("text, expected", AGREEMENTS)
def test_agreement_has_its_signatories(text, expected):
    check(text, expected)


# ---------------------------------------------------------------- status
BOTH = (("participant", PUTIN), ("participant", MODI))
STATUSES = [
    pytest.param("التقى بوتين مع مودي أمس في نيودلهي.", [ev("MEETING", "occurred", D(2025, 12, 3), None, *BOTH)], id="ar-past-occurred"),
    pytest.param("سيلتقي بوتين مع مودي غدا في نيودلهي.", [ev("MEETING", "planned", D(2025, 12, 5), None, *BOTH)], id="ar-future-verb-planned"),
    pytest.param("سيعقد بوتين محادثات مع مودي غدا.", [ev("MEETING", "planned", D(2025, 12, 5), None, *BOTH)], id="ar-sayaqid-planned"),
    pytest.param(
        "من المتوقع أن يجتمع بوتين مع مودي الأسبوع المقبل.",
        [ev("MEETING", "expected", D(2025, 12, 8), D(2025, 12, 14), *BOTH)],
        id="ar-min-al-mutawaqqa-expected",
    ),
    pytest.param("يلتقي بوتين اليوم مع مودي في نيودلهي.", [ev("MEETING", "ongoing", D(2025, 12, 4), None, *BOTH)], id="ar-present-today-ongoing"),
    pytest.param("وكان بوتين قد التقى مع مودي في نيودلهي.", [ev("MEETING", "occurred", None, None, *BOTH)], id="ar-kana-qad-occurred"),
    pytest.param("لم يلتق بوتين مع مودي.", [], id="ar-lam-negation-no-meeting"),
    pytest.param("لم يزر بوتين الهند.", [], id="ar-lam-yazur-no-visit"),
    pytest.param("Putin met with Modi yesterday.", [ev("MEETING", "occurred", D(2025, 12, 3), None, *BOTH)], id="en-past-occurred"),
    pytest.param("Putin will meet with Modi next week.", [ev("MEETING", "planned", D(2025, 12, 8), D(2025, 12, 14), *BOTH)], id="en-will-planned"),
    pytest.param("Putin will likely meet with Modi next week.", [ev("MEETING", "expected", D(2025, 12, 8), D(2025, 12, 14), *BOTH)], id="en-likely-expected"),
    pytest.param("Putin is meeting with Modi today.", [ev("MEETING", "ongoing", D(2025, 12, 4), None, *BOTH)], id="en-progressive-today-ongoing"),
    pytest.param("Putin had met with Modi in Moscow.", [ev("MEETING", "occurred", None, None, *BOTH)], id="en-past-perfect-occurred"),
    pytest.param("Putin did not meet with Modi.", [], id="en-not-no-meeting"),
    pytest.param("Putin never visited India.", [], id="en-never-no-visit"),
    pytest.param(
        "Putin is scheduled to meet with Modi on Friday.",
        [ev("MEETING", "planned", D(2025, 12, 5), None, *BOTH)],
        id="en-scheduled-weekday-is-ahead",
    ),
]


@pytest.mark.parametrize("text, expected", STATUSES)
def test_status_follows_tense_and_cues(text, expected):
    check(text, expected)


# ---------------------------------------------------------------- ASSAULT and PROTEST
MILITANTS = ("militants", "group", None)
POLICE = ("police", "group", None)
PROTESTERS = ("protesters", "group", None)
ASSAULTS = [
    pytest.param(
        "هاجم مسلحون مركزا للشرطة العراقية في بغداد.",
        [ev("ASSAULT", "occurred", None, None, ("actor", MILITANTS), ("recipient", ("police", "group", "IRQ")))],
        id="ar-attacked-police",
    ),
    pytest.param(
        "أطلق مسلحون النار على دورية للشرطة في كابول.",
        [ev("ASSAULT", "occurred", None, None, ("actor", MILITANTS), ("recipient", POLICE))],
        id="ar-opened-fire-on-patrol",
    ),
    pytest.param(
        "قتل مسلحون ثلاثة جنود عراقيين في هجوم على حاجز أمني.",
        [ev("ASSAULT", "occurred", None, None, ("actor", MILITANTS), ("recipient", ("army", "group", "IRQ")))],
        id="ar-killed-soldiers",
    ),
    pytest.param(
        "Gunmen attacked a police station in Baghdad on Tuesday.",
        [ev("ASSAULT", "occurred", D(2025, 12, 2), None, ("actor", MILITANTS), ("recipient", POLICE))],
        id="en-gunmen-attacked",
    ),
    pytest.param(
        "Militants killed three soldiers in northern Iraq.",
        [ev("ASSAULT", "occurred", None, None, ("actor", MILITANTS), ("recipient", ("army", "group", None)))],
        id="en-militants-killed",
    ),
]


@pytest.mark.parametrize("text, expected", ASSAULTS)
def test_assault_has_actor_and_recipient(text, expected):
    check(text, expected)


TARGET = ("targets", "object", None)
UNNAMED_ATTACKERS = [
    pytest.param(
        "فجر مسلحون صباح أمس الجسر الحديدي في المدينة.",
        [ev("ASSAULT", "occurred", D(2025, 12, 3), None, ("actor", MILITANTS), ("recipient", TARGET))],
        id="ar-blew-up-a-bridge-the-object-is-the-target",
    ),
    pytest.param(
        "قتل أربعة جنود في هجوم انتحاري نفذه مسلحون قرب الحدود.",
        [ev("ASSAULT", "occurred", None, None, ("actor", MILITANTS), ("recipient", ("army", "group", None)))],
        id="ar-by-phrase-after-the-attack-noun",
    ),
    pytest.param(
        "قتل ثلاثة مزارعين في غارة جوية إسرائيلية على القرية.",
        [ev("ASSAULT", "occurred", None, None, ("actor", ("Israel", "country", "ISR")), ("recipient", ("civilians", "group", None)), ("recipient", TARGET))],
        id="ar-nisba-on-the-attack-names-the-state-and-the-raid-its-target",
    ),
    pytest.param(
        "وقال إن الطائرات الإسرائيلية قصفت أمس الموقع.",
        [ev("ASSAULT", "occurred", D(2025, 12, 3), None, ("actor", ("Israel", "country", "ISR")), ("recipient", TARGET))],
        id="ar-nisba-on-the-subject-with-no-one-named-hit",
    ),
    pytest.param(
        "وأعلن الجيش أمس مقتل الرهينة الألماني.",
        [ev("STATEMENT", "occurred", D(2025, 12, 3), None, ("speaker", ("army", "group", None))),
         ev("ASSAULT", "occurred", D(2025, 12, 3), None, ("recipient", ("civilians", "group", "DEU")))],
        id="ar-nisba-after-a-victim-word-is-the-victims",
    ),
]


def test_passive_wounded_is_past_not_the_first_person_present():
    [event] = extract("وأصيب خمسة أشخاص بجروح في انفجار عبوة ناسفة.").events
    assert (event["event_type"], event["status"]) == ("ASSAULT", "occurred")


@pytest.mark.parametrize(
    "text",
    [
        "وهدفت العملية إلى فرض سيطرة الجيش على مليشيات المتمردين أمس.",
        "وقال إن المسلحين يحاولون اغتيال قادة الحزب.",
        "وإذا هاجم المسلحون القرية فسيرد الجيش.",
        "وكان مسلحون يزرعون العبوات الناسفة أمس بهدف اغتياله.",
        "وكان يفترض اغتيال الوزير بواسطة سيارة مفخخة أمس.",
    ],
    ids=["ta-marbuta-spells-a-noun-not-verb-plus-pronoun", "an-attempt-in-the-present-is-not-done", "a-condition-is-not-an-event",
         "a-purpose-is-not-done", "what-was-supposed-to-happen-did-not"],
)
def test_no_assault_is_reported_by_a_noun_an_attempt_or_a_condition(text):
    assert "ASSAULT" not in [e["event_type"] for e in extract(text).events]


@pytest.mark.parametrize(
    "text",
    [
        "وانتقد الكاتب جرائم قتل المدنيين في الحرب أمس.",
        "وتحدث الخبير أمس عن كيفية قتل الرهائن.",
        "وأقر المتهم أمس تنفيذ هجوم على حاجز للشرطة.",
        "وعاد المسلحون إلى القرية أمس ليقتلوا المدنيين.",
        "حيث قتل نحو ثلاثة آلاف جندي منذ بداية الحرب.",
        "واتهمت الشرطة الخلية بالتخطيط لضرب مقر وزارة الداخلية ومبنى الإذاعة الرسمية واغتيال العديد من ضباط الجيش.",
        "وحققت الشرطة معهم حول صلتهم بالهجوم الذي نفذته حركة طالبان أمس.",
        "وقال المسؤول إن من المعتقد أنه تم قتلها خلال الغارات الجوية الأمريكية.",
        "كما رفضت المحكمة اعتبار خطف الطائرات المدنية حالة دفاعية.",
        "وقال في تعقيب على الخبر المنشور في 21 نوفمبر، إن هؤلاء يستهدفون المدنيين في الطرقات.",
        "ونفى المتحدث أمس تورطنا في اغتيال الوزير.",
        "وأنهت المحكمة أمس تحقيقها في عملية خطف الصحافي.",
        "وأعلن الجيش أمس أن من الصعب التأكد من مقتل القائد.",
        "وكانت الخلية تخطط لعمليات تتراوح بين اغتيال شخصيات وسرقة أسلحة.",
        "وطالب المجلس بمحاكمة المسلحين المتهمين بارتكاب أعمال اغتصاب ونهب وقتل المدنيين.",
        "وكانت الزيارة ضربة موجعة للزعيم المعارض.",
        "حذرت مصادر أمنية أمس من تفجر الأوضاع في المدينة بعد مقتل مئات الأشخاص الأسبوع الماضي.",
        "The minister warned of attacks on civilians in the city.",
        "وقال إن الجماعة لم تدخر وسعا من أجل تدمير البلاد وقتل أبنائها بأيدي الميليشيات.",
        "وأكد أن الحزب نزل إلى الشارع كما خطف المطار وشوارع بيروت بهدف ضرب الدولة.",
        "ولم ينطق الزعيم بكلمة عمن قتلتهم التفجيرات في المدينة.",
    ],
    ids=["masdar-after-an-indefinite-noun-is-a-kind-of-crime", "masdar-after-how", "carrying-out-an-attack-is-what-charges-name",
         "li-with-the-present-is-a-purpose", "a-toll-since-a-time-is-no-one-attack", "a-noun-joined-to-a-plan-is-planned-too",
         "an-attack-governed-by-bi-is-an-argument-even-when-definite", "what-is-believed-is-not-reported", "a-masdar-qualifying-a-noun",
         "the-present-with-another-clauses-date-is-a-habit", "a-reference-word-keeps-its-possessive-suffix",
         "what-governs-an-event-head-refers-to-the-event", "what-is-to-be-confirmed-is-not-reported", "a-range-of-plans-is-no-attack",
         "the-end-of-a-list-of-kinds-is-a-kind", "a-word-spelt-with-ta-marbuta-has-no-pronoun-suffix", "what-is-warned-of-has-not-happened",
         "en-what-is-warned-of-has-not-happened", "the-end-of-a-list-of-aims-is-an-aim", "a-city-kidnapped-is-a-figure-of-speech",
         "a-relative-of-whom-is-background"],
)
def test_a_violence_word_in_a_construct_a_purpose_a_toll_or_a_plan_reports_no_assault(text):
    assert "ASSAULT" not in [e["event_type"] for e in extract(text).events]


def test_a_verb_taking_its_object_with_a_preposition_has_no_object_pronoun_reading():
    """"سيطرته على" is "its control over", never "he controlled it": سيطر takes على."""
    def readings(word: str) -> set[str]:
        found = triggers().longest(tokenize(fold_with_offsets(word).text), 0)
        return {e.get("pos") for e in found[2]} if found else set()

    assert "verb" not in readings("سيطرته")
    assert "verb" in readings("قتله")  # a transitive verb keeps its object pronouns


@pytest.mark.parametrize(
    "text, expected",
    [
        ("وقد قتل مسلحون ثلاثة جنود أمس.", [ev("ASSAULT", "occurred", D(2025, 12, 3), None, ("actor", MILITANTS), ("recipient", ("army", "group", None)))]),
        ("حيث خطف مسلحون صحفيا أمس.", [ev("ASSAULT", "occurred", D(2025, 12, 3), None, ("actor", MILITANTS), ("recipient", ("civilians", "group", None)))]),
        ("وأدان الوزير أمس اغتيال المحافظ.", [ev("ACCUSE", "occurred", D(2025, 12, 3), None, ("actor", ("الوزير", "person", None))),
                                            ev("ASSAULT", "occurred", D(2025, 12, 3), None, ("recipient", ("المحافظ", "person", None)))]),
    ],
    ids=["after-a-particle-the-word-is-the-verb", "armed-men-after-a-homograph-verb-did-it", "who-condemned-a-killing-did-not-kill"],
)
def test_a_violence_verb_after_a_particle_keeps_its_subject_as_actor(text, expected):
    check(text, expected)


TARGETS = ("targets", "object", None)
WHO_FIRED_AND_WHO_WAS_HIT = [
    pytest.param(
        "واقتحم مسلحون مطارا في وسط الصومال وخطفوا أربعة أوروبيين أمس.",
        [ev("ASSAULT", "occurred", D(2025, 12, 3), None, ("actor", MILITANTS), ("recipient", TARGETS))],
        id="verb-joined-by-wa-shares-the-subject-a-plural-verb-cannot-take-a-country",
    ),
    pytest.param(
        "وقال إن الموظف في اللجنة الانتخابية خطف من منزله مساء أمس على يد عشرة مسلحين.",
        [ev("ASSAULT", "occurred", D(2025, 12, 3), None, ("actor", MILITANTS), ("recipient", ("civilians", "group", None)))],
        id="noun-after-a-preposition-is-no-subject-and-by-hand-skips-the-count",
    ),
    pytest.param(
        "وقال مسؤولون إن مقاتلا قتل بعدما أطلقت طائرة صاروخا أمس.",
        [ev("ASSAULT", "occurred", D(2025, 12, 3), None, ("recipient", MILITANTS))],
        id="qutila-with-nothing-after-it-is-passive",
    ),
    pytest.param(
        "وأطلقت دبابة إسرائيلية قذيفة على تجمع للمواطنين أمس.",
        [ev("ASSAULT", "occurred", D(2025, 12, 3), None, ("actor", ("army", "group", "ISR")), ("recipient", ("crowd", "group", None)))],
        id="the-shell-fired-is-no-participant",
    ),
    pytest.param(
        "وأطلق مسلحون عشرات الصواريخ فجر أمس على البلدات الحدودية.",
        [ev("ASSAULT", "occurred", D(2025, 12, 3), None, ("actor", MILITANTS), ("recipient", TARGETS))],
        id="dawn-in-a-date-is-no-explosion-and-counted-rockets-are-no-victims",
    ),
    pytest.param(
        "وأعلن الجيش الأمريكي أن قواته قتلت مسلحا أمس.",
        [ev("STATEMENT", "occurred", None, None, ("speaker", ("army", "group", "USA"))),
         ev("ASSAULT", "occurred", D(2025, 12, 3), None, ("actor", ("army", "group", "USA")), ("recipient", MILITANTS))],
        id="its-forces-are-the-army-named-before",
    ),
    pytest.param(
        "وكانت «كتائب عز الدين القسام»، الجناح العسكري لحركة حماس، قد أطلقت عشرات الصواريخ فجر أمس على البلدات الحدودية.",
        [ev("ASSAULT", "occurred", D(2025, 12, 3), None, ("actor", ("كتائب عز الدين القسام", "org", None)), ("recipient", TARGETS))],
        id="kana-subject-past-an-apposition-and-brigades-head-a-name",
    ),
]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("وفي سبتمبر 1970 خطفت الجبهة الشعبية ثلاث طائرات في الأردن.", []),
        ("وفي يونيو (حزيران) الماضي خطف مسلحون ثلاثة جنود.", []),
        ("وفي 2 ديسمبر خطف مسلحون ثلاثة جنود.", [ev("ASSAULT", "occurred", D(2025, 12, 2), None, ("actor", MILITANTS), ("recipient", ("army", "group", None)))]),
    ],
    ids=["decades-back-is-history", "months-back-is-history", "this-week-is-news"],
)
def test_an_attack_dated_before_the_news_window_is_background(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Foreign ministers of the 12 member states will meet in Accra on Monday.", ["MEETING"]),
        ("Analysts said Hanoi would support the plan.", ["SUPPORT"]),
        ("Thousands of demonstrators marched through central Accra yesterday to protest against fuel prices.", ["PROTEST"]),
        ("A spokesman denied reports that the prime minister had met union leaders.", []),
        ("نفى المتحدث أن يكون الوزير قد التقى قادة النقابات أمس.", []),
        ("A police spokesman said 14 people were arrested yesterday.", ["COERCE"]),
        ("The foreign minister said relations with Cairo were strong.", ["STATEMENT"]),
        ("The minister denied visiting Buenos Aires in September for talks.", []),
        ("The interior minister condemned the attack in a statement.", ["ACCUSE"]),
        ("Two suspects were detained this morning.", ["COERCE"]),
        ("President Marcos Tavares spoke by phone with President Sipho Ndlovu last week.", ["CALL"]),
        ("Opposition leader Chamari Fernando accused the government. The tariff board is scheduled to hold a public hearing on February 3.", ["ACCUSE"]),
    ],
    ids=["en-member-states-is-no-statement", "en-analysts-are-no-speaker-and-the-clause-subject-is-not-theirs",
         "en-to-protest-restates-the-march", "en-what-is-denied-did-not-happen", "ar-what-is-denied-did-not-happen",
         "en-said-before-an-event-only-names-the-source", "en-said-with-no-event-is-a-statement",
         "en-what-is-denied-in-its-clause-did-not-happen", "en-in-a-statement-is-how-it-was-said", "en-suspects-detained",
         "en-spoke-by-phone-is-a-call", "en-a-light-verb-with-an-unknown-subject-does-not-lend-the-last-topic"],
)
def test_sourcing_denial_medium_and_english_forms_give_exactly_these_events(text, expected):
    assert [e["event_type"] for e in extract(text).events] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("وقالت الشرطة إن الهجوم نفذه انتحاري يدعى أحمد.",
         [ev("STATEMENT", "occurred", None, None, ("speaker", ("police", "group", None))), ev("ASSAULT", "occurred", None, None, ("actor", MILITANTS))]),
        ("وأوقعت سلسلة هجمات أمس عشرات القتلى في المدينة.", [ev("ASSAULT", "occurred", D(2025, 12, 3), None, ("recipient", ("crowd", "group", None)))]),
        ("وأسفرت الغارات عن مقتل تسعة من رجال الشرطة وإصابة أربعة آخرين.", [ev("ASSAULT", "occurred", None, None, ("recipient", ("police", "group", None)))]),
    ],
    ids=["a-known-attack-with-who-did-it-is-told", "caused-casualties-with-the-attack-noun-restating-the-verb", "the-predicate-before-a-known-attack-tells-it"],
)
def test_an_attack_is_told_by_who_did_it_and_what_it_caused(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    "text, role, name",
    [
        ("وأوقع القصف أمس بحسب الجيش عشرات القتلى.", "recipient", "عشرات القتلى"),
        ("ونجا المحافظ أمس من محاولة اغتيال بتفجير انتحاري بسيارة مفخخة غرب المدينة.", "actor", "بسيارة مفخخة"),
        ("وأفاد سكان أمس بمقتل مسلحين على أيدي الشرطة في المحافظة.", "actor", "الشرطة"),
        ("وأفادت مصادر أمس بمقتل مسلحين في المحافظة.", "recipient", "مسلحين"),
    ],
    ids=["the-source-after-according-to-is-no-participant", "a-suicide-adjective-is-not-hit-and-directions-end-the-phrase", "at-the-hands-of-is-the-attacker",
         "reported-with-bi-past-its-subject-and-time"],
)
def test_sources_adjectives_and_directions_are_not_participants(text, role, name):
    assert [p["name"] for p in extract(text).participants if p["role"] == role] == [name]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ghana will host a summit of West African heads of state in Accra next week.",
         [ev("MEETING", "planned", D(2025, 12, 8), D(2025, 12, 14), ("organizer", ("Ghana", "country", "GHA")), ("participant", ("leaders", "group", None)))]),
        ("Macron is expected to address a business forum in Nairobi on Tuesday.",
         [ev("MEETING", "expected", D(2025, 12, 9), D(2025, 12, 9), ("participant", ("Emmanuel Macron", "person", "FRA")))]),
        ("Paraguayan Foreign Minister Carlos Benitez held talks with his Uruguayan counterpart Ana Ferreira on Tuesday.",
         [ev("MEETING", "occurred", D(2025, 12, 2), D(2025, 12, 2), ("participant", ("Carlos Benitez", "person", "PRY")), ("participant", ("Ana Ferreira", "person", "URY")))]),
        ("French President Emmanuel Macron arrived in Nairobi yesterday. He will then travel to Mombasa on Friday.",
         [ev("VISIT", "occurred", D(2025, 12, 3), D(2025, 12, 3), ("visitor", ("Emmanuel Macron", "person", "FRA")), ("host", ("Kenya", "country", "KEN"))),
          ev("VISIT", "planned", D(2025, 12, 5), D(2025, 12, 5), ("visitor", ("Emmanuel Macron", "person", "FRA")))]),
    ],
    ids=["en-who-comes-to-a-hosted-summit-takes-part", "en-addressing-a-forum-is-taking-part", "en-with-his-counterpart-is-the-partner",
         "en-a-leg-still-to-come-is-its-own-visit"],
)
def test_english_meetings_and_trips_name_their_participants_and_legs(text, expected):
    check(text, expected)


@pytest.mark.parametrize("text, expected", WHO_FIRED_AND_WHO_WAS_HIT)
def test_who_attacked_and_who_was_hit_follow_agreement_prepositions_and_weapons(text, expected):
    check(text, expected)


CIVILIANS = ("civilians", "group", None)
VICTIMS_AND_AGENTS = [
    pytest.param(
        "وقال مصدر في الشرطة إن ثمانية أشخاص قتلوا جراء غارة جوية أمس.",
        [ev("ASSAULT", "occurred", D(2025, 12, 3), None, ("recipient", CIVILIANS))],
        id="ar-people-before-the-verb-suffered-it",
    ),
    pytest.param(
        "وذكر مصدر أن أربعة مدنيين أصيبوا بجروح أمس.",
        [ev("ASSAULT", "occurred", D(2025, 12, 3), None, ("recipient", CIVILIANS))],
        id="ar-plural-passive-wounded",
    ),
    pytest.param(
        "وأعلن الجيش في وقت لاحق أن قواته قتلت مسلحا خلال عمليات في العاصمة.",
        [ev("STATEMENT", "occurred", None, None, ("speaker", ("army", "group", None))),
         ev("ASSAULT", "occurred", None, None, ("actor", ("army", "group", None)), ("recipient", MILITANTS))],
        id="ar-accusative-noun-after-the-verb-is-its-object",
    ),
    pytest.param(
        "وقام مسلحون ملثمون بخطف رئيس البلدية من منزله أمس.",
        [ev("ASSAULT", "occurred", D(2025, 12, 3), None, ("actor", MILITANTS), ("recipient", ("رئيس البلدية", "person", None)))],
        id="ar-light-verb-qama-bi-carries-the-attack",
    ),
    pytest.param(
        "وأفيد بمقتل 15 مسلحا في اشتباكات عنيفة أمس.",
        [ev("ASSAULT", "occurred", D(2025, 12, 3), None, ("recipient", MILITANTS))],
        id="ar-reported-with-ba-is-the-news-itself",
    ),
    pytest.param(
        "ويقتل المسلحون المدنيين في القرى النائية.",
        [],
        id="ar-violence-in-the-present-without-a-time-is-a-habit",
    ),
]


@pytest.mark.parametrize("text, expected", VICTIMS_AND_AGENTS)
def test_who_suffered_and_who_did_it_follow_arabic_case_and_voice(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("وهاجم الرئيس الأمريكي الحكومة الإيرانية بسبب سياستها النووية.", "ACCUSE"),
        ("وشن وزير الخارجية الفرنسي هجوما على الحكومة السورية أمس.", "ACCUSE"),
        ("هاجم مسلحون مركزا للشرطة العراقية في بغداد.", "ASSAULT"),
        ("وشن وزير الخارجية الفرنسي هجوما على الحكومة السورية لاتباعها سياسة فاشلة في الملف الاقتصادي والاجتماعي والأمني، قائلا إن خصومه أنفسهم متورطون في قضايا تعذيب.",
         "ACCUSE"),
        ("وهاجم قادة الحزب الحاكم أمس قرار المحكمة الدستورية.", "ACCUSE"),
        ("وهاجم خطباء حركة النهضة إضرابات المعلمين أمس.", "ACCUSE"),
        ("هاجم وزير الأوقاف الاعتداءات على الكنائس.", "ACCUSE"),
        ("هاجمت الشرطة إضراب عمال الميناء أمس.", "ASSAULT"),
        ("هاجم مسلحون مقر الحزب الحاكم أمس.", "ASSAULT"),
        ("هاجم مستوطنون موقف الحافلات عند مدخل البلدة ورشقوا الركاب بالحجارة.", "ASSAULT"),
        ("هاجمت حركة طالبان إدارة الشرطة في المديرية وقتلت خمسة شرطيين.", "ASSAULT"),
        ("هاجم أنصار الحزب الحاكم إضراب عمال الميناء بالعصي وأصابوا عشرة منهم.", "ASSAULT"),
        ("وتفاقم الخلاف عميقا بين الطرفين، إذ هاجم خطباء الحركة إضرابات المعلمين.", "ACCUSE"),
        ("هاجم قائد الشرطة تصريحات وزير الداخلية أمس.", "ACCUSE"),
        ("وهاجم وزير الخارجية بشدة القصف الذي استهدف الأحياء السكنية.", "ACCUSE"),
        ("وهاجمت المعارضة القصف الحكومي لمنازل المدنيين.", "ACCUSE"),
    ],
    ids=["president-attacks-a-government-in-words", "minister-launches-an-attack-in-words", "gunmen-attack-in-deed", "a-violence-word-far-off-is-another-story",
         "leaders-attack-a-ruling-its-object", "preachers-of-a-body-attack-strikes-the-genitive-is-their-subject", "a-deputy-attacks-attacks-told-as-a-noun",
         "guard-police-attacking-a-strike-break-it-up", "guard-gunmen-attack-a-building",
         "a-bus-station-is-a-place-not-a-stance", "an-administration-is-a-building-an-armed-movement-hits", "a-strike-attacked-with-sticks-and-wounds-is-assault",
         "guard-a-violence-word-before-the-verb-leaves-an-attack-on-conduct-in-words", "guard-a-force-named-in-the-critics-office-does-not-act",
         "guard-a-manner-adverb-stands-between-the-critic-and-the-shelling-criticised", "guard-the-victims-of-the-conduct-criticised-do-not-make-it-violence"],
)
def test_an_attack_with_nothing_violent_around_it_is_criticism(text, expected):
    assert [e["event_type"] for e in extract(text).events][:1] == [expected]


def test_a_definite_body_takes_no_purpose_phrase_into_its_name():
    x = extract("وشن وزير الخارجية الفرنسي هجوما على حكومة الحزب الوطني لاتباعها سياسة فاشلة.")
    assert [p["name"] for p in x.participants if p["role"] == "recipient"] == ["حكومة الحزب الوطني"]


@pytest.mark.parametrize("text, expected", UNNAMED_ATTACKERS)
def test_attack_without_a_subject_finds_its_attacker_and_target(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    "text",
    ["وتوترت الأوضاع أمس إثر مقتل ثلاثة مزارعين.", "وقال إن الشرطة تحقق في دور المسلحين المتورطين في خطف الصحفيين.",
     "وأعلن التنظيم مسؤوليته عن مقتل ثلاثة جنود في المدينة."],
    ids=["after-إثر", "governed-through-a-preposition", "reference-word-with-a-possessive-suffix"],
)
def test_violence_noun_after_a_connective_is_background_not_news(text):
    assert "ASSAULT" not in [e["event_type"] for e in extract(text).events]


@pytest.mark.parametrize(
    "text, role, name",
    [
        ("اختطف مسلحون سبعة جنود آخرين في الإقليم.", "recipient", "سبعة جنود آخرين"),
        ("قتلت قوات مكافحة الإرهاب مسلحا في المدينة.", "actor", "قوات مكافحة الإرهاب"),
        ("هاجم الجيش الوطني والمقاومة الشعبية مواقع المتمردين.", "actor", "الجيش الوطني"),
        ("فجر مسلحون صباح أمس الجسر الحديدي في المدينة.", "recipient", "الجسر الحديدي"),
        ("واستهدف مسلحون أمس دورية للجيش العراقي.", "recipient", "دورية للجيش العراقي"),
        ("وهاجم مسلحون مركز الشرطة في المدينة أمس.", "actor", "مسلحون"),
        ("وهاجم مسلحون ملثمون مركز الشرطة في المدينة أمس.", "actor", "مسلحون ملثمون"),
        ("قتل المسلحون بالرصاص رهينة آخر أمس.", "recipient", "رهينة آخر"),
        ("خطف مسلحون أمس رجلا بالزي العسكري.", "recipient", "رجلا"),
    ],
    ids=["modifiers-run-on", "construct-chain", "conjunct-is-its-own-participant", "target-stops-at-preposition", "the-head-the-actor-completes",
         "a-plural-with-its-nun-takes-no-genitive", "a-plural-with-its-nun-takes-an-agreeing-adjective",
         "a-prepositional-phrase-heads-no-victim", "a-prepositional-phrase-ends-the-victim"],
)
def test_violence_participant_is_named_by_its_whole_phrase(text, role, name):
    x = extract(text)
    assert name in [p["name"] for p in x.participants if p["role"] == role]


@pytest.mark.parametrize(
    "text, role, names",
    [
        pytest.param("قتل ما لا يقل عن 30 مصليا أمس في مدينة كويتا.", "recipient", ["ما لا يقل عن 30 مصليا"], id="a-quantifier-leads-up-to-the-count"),
        pytest.param("وقتلت الشرطة أمس خمسة من المطلوبين في الحي.", "recipient", ["خمسة من المطلوبين"], id="a-count-of-a-whole-keeps-the-whole"),
        pytest.param("قتل 12 متطوعا في الجيش الصومالي أمس.", "recipient", ["12 متطوعا في الجيش الصومالي"], id="people-keep-the-force-they-serve-in"),
        pytest.param("قتل ثلاثة اشخاص في بغداد امس.", "recipient", ["ثلاثة اشخاص"], id="a-place-is-not-a-force"),
        pytest.param("كما قتل جنديان فرنسيان وأصيب ثلاثة آخرون في انفجار عبوة.", "recipient", ["جنديان فرنسيان", "ثلاثة آخرون"],
                     id="armed-men-before-a-passive-were-killed-and-the-wounded-join-the-toll"),
        pytest.param("كما قتل جنديان فرنسيان وأصيب ثلاثة آخرون في انفجار عبوة.", "actor", ["عبوة"], id="who-suffered-is-no-subject-to-share-the-bomb-is"),
        pytest.param("وفجر المهاجمون قنابلهم على متن قطارين للمترو.", "recipient", ["قطارين للمترو"], id="aboard-carries-the-target"),
        pytest.param("وفجر المسلحون عبوة على متن حافلة للركاب أمس.", "recipient", ["حافلة للركاب"], id="the-bomb-is-no-recipient"),
        pytest.param("وقال إن الموظف خطف من منزله أمس على يد مسلحين.", "recipient", ["الموظف"], id="by-hand-is-no-target-the-one-before-the-passive-is"),
        pytest.param("اعتصم العمال أمس ضد خصخصة المصنع.", "recipient", ["خصخصة المصنع"], id="a-protest-against-a-masdar"),
        pytest.param("خرجت امس مظاهرة غاضبة ضد اعادة نشر الرسوم.", "recipient", ["اعادة نشر الرسوم"], id="the-masdar-keeps-the-event-word-it-governs"),
        pytest.param("تظاهر الطلاب احتجاجا على رفع الأسعار امس.", "recipient", ["رفع الأسعار"], id="in-protest-at-a-masdar"),
        pytest.param("وتجمع آلاف المتظاهرين في البلدة وهم يرددون الموت لاميركا.", "recipient", ["اميركا"], id="a-death-to-slogan-names-who-it-is-against"),
        pytest.param("وتظاهر مئات الطلاب أمام وزارة التعليم أمس.", "recipient", [], id="the-place-of-a-march-is-no-recipient"),
        pytest.param("وفي الحي نظمت الحركة عدة مظاهرات رغم استخدام العنف ضد المتظاهرين.", "recipient", [], id="what-is-done-to-protesters-is-not-what-they-oppose"),
        pytest.param("وأعلنت الشرطة أمس اغتيال سليم الحداد، مدير المدرسة، أمام منزله.", "recipient", ["سليم الحداد"], id="an-unknown-name-after-a-patient-masdar-is-the-victim"),
        pytest.param("قام مسلحون مقنعون أمس بخطف نائب رئيس البلدية من سيارته.", "recipient", ["نائب رئيس البلدية"], id="the-genitive-runs-on-into-a-known-office"),
        pytest.param("ونجا المحافظ أمس من محاولة اغتيال في المدينة.", "recipient", ["المحافظ"], id="who-survived-an-attack-was-its-target"),
        pytest.param("The governor survived an assassination attempt on Tuesday.", "recipient", ["governor"], id="en-who-survived-an-attack-was-its-target"),
        pytest.param("وكانت مديرية الشرطة قتلت أمس ثلاثة مسلحين.", "actor", ["مديرية الشرطة"], id="with-a-subject-before-the-verb-the-counted-are-its-object"),
        pytest.param("وقال إن مديرية الأمن خلال الأسبوع الماضي قتلت 12 مسلحا.", "actor", ["مديرية الأمن"], id="a-time-phrase-between-subject-and-verb"),
        pytest.param("وكان الحمادي أطلق النار على الحراس فأصاب اثنين منهم.", "actor", ["الحمادي"], id="an-unknown-name-between-kana-and-its-verb"),
        pytest.param("وكان صباحا أطلق مسلح النار على الحراس.", "actor", ["مسلح"], id="a-time-between-kana-and-the-verb-is-no-name"),
        pytest.param("وكان هناك أطلق مسلحون النار على الحراس.", "actor", ["مسلحون"], id="an-adverb-between-kana-and-the-verb-is-no-name"),
        pytest.param("قال المتحدث، وكان الحمادي أطلق النار على الحراس.", "actor", ["الحمادي"], id="a-comma-before-kana-does-not-hide-the-name"),
        pytest.param("وأعلنت الشرطة أمس اغتيال ياسين الحمدان في منزله.", "recipient", ["ياسين الحمدان"], id="a-name-ending-like-a-plural-keeps-its-surname"),
        pytest.param("اندلعت أعمال عنف وقتل خمسة أشخاص في المدينة أمس.", "recipient", ["خمسة أشخاص"], id="a-count-after-the-list-makes-a-new-clause"),
        pytest.param("وفي المدينة أحرق متظاهرون أعلام إسرائيل أمس.", "recipient", ["إسرائيل"], id="burning-a-countrys-flags-targets-the-country"),
        pytest.param("وهاجم مسلحون القرية أمس.", "actor", ["مسلحون"], id="an-indefinite-plural-takes-no-definite-adjective"),
        pytest.param("ونكلت قوات الأمن بالمعتقلين أمس.", "recipient", ["المعتقلين"], id="abusing-someone-is-an-assault"),
        pytest.param("وتم اغتيال الصحفي أمس من قبل مسلحين مجهولين.", "actor", ["مسلحين مجهولين"], id="min-qibal-is-by"),
        pytest.param("وطعن رجل شرطيا أمام مركز الأمن أمس.", "actor", ["رجل"], id="the-nominative-stabbed-the-accusative"),
        pytest.param("وطعن رجل شرطيا أمام مركز الأمن أمس.", "recipient", ["شرطيا"], id="the-accusative-was-stabbed"),
        pytest.param("وأردى مسلحون ثلاثة جنود قتلى أمس.", "recipient", ["ثلاثة جنود"], id="shooting-dead-is-an-assault"),
        pytest.param("وطعن المحامي في الحكم أمس.", "recipient", [], id="appealing-a-ruling-is-no-stabbing"),
        pytest.param("وأحرق شاب نفسه احتجاجا على الظلم أمس.", "actor", ["شاب"], id="a-reflexive-ends-the-phrase"),
        pytest.param("وأحرق شاب نفسه احتجاجا على الظلم أمس.", "recipient", ["الظلم"], id="in-protest-at-names-the-target-of-its-own-protest"),
        pytest.param("وتجمع متظاهرون أمس حول مقر سفارة استونيا في موسكو احتجاجا على رفع النصب.", "recipient", ["استونيا"], id="a-protest-at-an-embassy-is-against-its-state"),
        pytest.param("تظاهر المئات أمس أمام السفارة الأمريكية في القاهرة.", "recipient", ["الأمريكية"], id="a-protest-at-an-embassy-named-by-a-nisba"),
        pytest.param("Hundreds protested outside the embassy of Japan in Seoul on Monday.", "recipient", ["Japan"], id="en-a-protest-at-an-embassy-is-against-its-state"),
        pytest.param("وقتل أمس ثلاثة في ضربة جوية على القرية.", "recipient", ["ثلاثة", "القرية"], id="the-count-after-the-time-and-the-strikes-target"),
    ],
)
def test_attackers_victims_and_protest_targets_are_found_and_named_by_their_phrase(text, role, names):
    assert [p["name"] for p in extract(text).participants if p["role"] == role] == names


def test_a_toll_an_attack_caused_is_the_attacks_not_another_attack():
    x = extract("وقد شن الطيران ضربات جوية على مواقع المتمردين أمس أسفرت عن مقتل عشرين مسلحا.")
    [attack] = [e for e in x.events if e["event_type"] == "ASSAULT"]
    assert attack["trigger"].startswith("ضربات")
    assert [p["name"] for p in x.participants if p["role"] == "recipient"] == ["مواقع المتمردين"]


PLACE_IS_NOT_RECIPIENT = "_fill_roles takes any mention after the trigger as recipient, including the place after في/in, so the city's country becomes the recipient"
PROTESTS = [
    pytest.param(
        "تظاهر المحتجون أمام البرلمان في بغداد.",
        [ev("PROTEST", "occurred", None, None, ("actor", PROTESTERS))],
        id="ar-protesters-in-city",
    ),
    pytest.param(
        "احتج آلاف المتظاهرين في بغداد على الفساد.",
        [ev("PROTEST", "occurred", None, None, ("actor", PROTESTERS))],
        id="ar-thousands-protested",
    ),
    pytest.param(
        "Protesters rallied outside parliament in Baghdad.",
        [ev("PROTEST", "occurred", None, None, ("actor", PROTESTERS))],
        id="en-protesters-rallied",
    ),
]


@pytest.mark.parametrize("text, expected", PROTESTS)
def test_protest_has_the_crowd_as_actor_and_no_place_as_recipient(text, expected):
    check(text, expected)


CROWD = ("crowd", "group", None)
PROTEST_FORMS = [
    pytest.param(
        "وتجمع مئات المتظاهرين أمس أمام السفارة تنديدا بالحكومة الإيرانية.",
        [ev("PROTEST", "occurred", D(2025, 12, 3), None, ("actor", PROTESTERS), ("recipient", ("الحكومة الإيرانية", "org", "IRN")))],
        id="ar-what-a-protest-denounces-is-its-recipient",
    ),
    pytest.param(
        "وتظاهر أمس نحو مائتي شخص أمام النقابة احتجاجا على سياسة الحكومة المصرية.",
        [ev("PROTEST", "occurred", D(2025, 12, 3), None, ("actor", ("civilians", "group", None)), ("recipient", ("الحكومة المصرية", "org", "EGY")))],
        id="ar-the-subject-stands-after-the-time-and-the-count",
    ),
    pytest.param("وحاول متظاهرون قطع الطريق الرئيسي أمس.", [], id="ar-an-attempted-blockade-did-not-happen"),
    pytest.param(
        "وشهدت المدينة أمس تظاهرات حاشدة شارك فيها آلاف الطلاب ثم تدخلت الشرطة.",
        [ev("PROTEST", "occurred", D(2025, 12, 3), None, ("actor", CROWD))],
        id="ar-whoever-comes-after-a-protest-is-not-what-it-is-against",
    ),
    pytest.param(
        "ورشق مئات المتظاهرين قوات الشرطة بالحجارة أمس.",
        [ev("PROTEST", "occurred", D(2025, 12, 3), None, ("actor", PROTESTERS), ("recipient", ("police", "group", None)))],
        id="ar-who-protesters-pelt-is-the-recipient",
    ),
    pytest.param(
        "وخرجت أمس مظاهرة غاضبة ضد إعادة نشر الرسوم.",
        [ev("PROTEST", "occurred", D(2025, 12, 3), None, ("recipient", ("targets", "object", None)))],
        id="ar-a-protest-with-no-one-named-keeps-what-it-opposed",
    ),
    pytest.param(
        "وفتح الجنود النار على المتظاهرين أمس.",
        [ev("ASSAULT", "occurred", D(2025, 12, 3), None, ("actor", ("army", "group", None)), ("recipient", PROTESTERS))],
        id="ar-fataha-opened-is-a-verb-not-the-fatah-movement",
    ),
    pytest.param(
        "تجمع نحو 40 متظاهرا أمام السفارة يوم السبت.",
        [ev("PROTEST", "occurred", D(2025, 11, 29), None, ("actor", PROTESTERS))],
        id="ar-counted-protesters-gather-are-its-actors-not-victims",
    ),
    pytest.param(
        "وتجمع آلاف المتظاهرين في ساحة المدينة أمس.",
        [ev("PROTEST", "occurred", D(2025, 12, 3), None, ("actor", PROTESTERS))],
        id="ar-thousands-of-the-protesters-are-new-not-given",
    ),
    pytest.param(
        "أحرق شاب نفسه احتجاجا على البطالة.",
        [ev("PROTEST", "occurred", None, None, ("actor", CROWD), ("recipient", TARGETS))],
        id="ar-accusative-of-purpose-makes-the-act-a-protest",
    ),
    pytest.param(
        "وهتف المتظاهرون بشعارات ضد الحكومة.",
        [],
        id="ar-chanting-by-the-protesters-already-told-is-no-new-protest",
    ),
    pytest.param(
        "توجه المتظاهرون إلى مقر البرلمان.",
        [],
        id="ar-protesters-heading-somewhere-is-no-visit",
    ),
    pytest.param(
        "احتجت مصر رسميا أمس على الحملة الإعلامية.",
        [ev("ACCUSE", "occurred", D(2025, 12, 3), None, ("actor", EGYPT))],
        id="ar-a-state-protesting-complains-it-does-not-demonstrate",
    ),
    pytest.param(
        "وقطع متظاهرون مئات الكيلومترات للوصول إلى العاصمة.",
        [],
        id="ar-covering-a-distance-is-no-road-block",
    ),
    pytest.param(
        "وقطع متظاهرون الطريق الرئيسي أمس.",
        [ev("PROTEST", "occurred", D(2025, 12, 3), None, ("actor", PROTESTERS))],
        id="ar-blocking-the-road-is-a-protest",
    ),
]


HELD_BACK = [
    pytest.param(
        "ولم يتورع أحد الشبان عن احراق نفسه أمس احتجاجاً على الفقر.",
        [ev("PROTEST", "occurred", D(2025, 12, 3), None, ("actor", CROWD), ("recipient", ("targets", "object", None)))],
        id="ar-did-not-refrain-from-means-did",
    ),
    pytest.param(
        "لم يتردد الجيش في قصف القرية أمس.",
        [ev("ASSAULT", "occurred", D(2025, 12, 3), None, ("actor", ("army", "group", None)))],
        id="ar-did-not-hesitate-to-means-did",
    ),
    pytest.param("تردد الجيش في قصف القرية أمس.", [], id="ar-hesitated-to-is-no-report-that-it-did"),
    pytest.param("فلا يتردد المسلحون في قتل المدنيين.", [], id="ar-never-hesitates-is-a-habit-not-an-event"),
]


@pytest.mark.parametrize("text, expected", HELD_BACK)
def test_a_negated_verb_of_holding_back_reports_the_act(text, expected):
    check(text, expected)


AL_SHABAAB = ("al-Shabaab", "group", "SOM")
SOMALI_ARMY = ("army", "group", "SOM")


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("وتظاهر الشباب أمس أمام البرلمان احتجاجا على البطالة.",
                     [ev("PROTEST", "occurred", D(2025, 12, 3), None, ("actor", CROWD), ("recipient", ("targets", "object", None)))], id="bare-al-shabab-is-the-youth"),
        pytest.param("هاجمت حركة الشباب قاعدة للجيش الصومالي أمس.",
                     [ev("ASSAULT", "occurred", D(2025, 12, 3), None, ("actor", AL_SHABAAB), ("recipient", SOMALI_ARMY))], id="the-movement-named-in-full-is-no-unknown-body"),
        pytest.param("هاجم مقاتلو الشباب قاعدة للجيش الصومالي أمس.",
                     [ev("ASSAULT", "occurred", D(2025, 12, 3), None, ("actor", AL_SHABAAB), ("recipient", SOMALI_ARMY))], id="its-fighters"),
        pytest.param("قتل مسلحون من حركة الشباب ثلاثة جنود أمس.",
                     [ev("ASSAULT", "occurred", D(2025, 12, 3), None, ("actor", ("militants", "group", None)), ("recipient", ("army", "group", None)))],
                     id="who-the-attackers-come-from-is-not-whom-they-hit"),
    ],
)
def test_al_shabaab_is_the_movement_only_when_named_so(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("قام عدد من الشبان أمس بإقفال طريق المطار.", [ev("PROTEST", "occurred", D(2025, 12, 3), None, ("actor", CROWD))],
                     id="a-part-of-a-definite-crowd-is-new-and-the-masdar-after-qama-is-the-act"),
        pytest.param("قام الشبان أمس بإقفال طريق المطار.", [], id="the-youths-already-told-go-on-about-a-known-protest"),
        pytest.param("وتوترت الأوضاع مع قيام عشرات الشبان بقطع الطريق الدولي.", [ev("PROTEST", "occurred", None, None, ("actor", CROWD))],
                     id="the-masdar-qiyam-takes-the-act-with-ba"),
        pytest.param("من المقرر قيام مجموعة من الشبان بإغلاق الطريق غدا.", [ev("PROTEST", "planned", D(2025, 12, 5), None, ("actor", CROWD))],
                     id="a-scheduled-qiyam-is-planned"),
        pytest.param("قررت السلطات أمس إغلاق الطرق المؤدية الى المدينة.", [], id="authorities-closing-roads-is-no-protest"),
        pytest.param("وقطع مئات الشبان الطريق الدولي أمس.", [ev("PROTEST", "occurred", D(2025, 12, 3), None, ("actor", CROWD))], id="a-crowd-blocking-a-road-protests"),
        pytest.param("وأقفل عشرات المتظاهرين أمس مداخل المدينة.", [ev("PROTEST", "occurred", D(2025, 12, 3), None, ("actor", PROTESTERS))],
                     id="closing-the-city-entrances-is-a-blockade"),
        pytest.param("وردد العديد من المتظاهرين هتافات ضد الحكومة أمس.",
                     [ev("PROTEST", "occurred", D(2025, 12, 3), None, ("actor", PROTESTERS), ("recipient", ("government", "org", None)))], id="many-of-the-protesters-are-new"),
        pytest.param("ورفع متظاهرون لافتات أمس.", [], id="banners-aimed-at-no-one-tell-how-a-protest-went"),
        pytest.param("وهتف متظاهرون أمس بشعارات تحيي الشهداء.", [], id="chants-praising-someone-are-no-protest"),
        pytest.param("Thousands protested against the new tax law in Nairobi on Monday.", [ev("PROTEST", "occurred", D(2025, 12, 1), None, ("actor", CROWD))],
                     id="en-the-city-after-in-is-where-not-whom"),
    ],
)
def test_blockades_and_chants_are_protests_when_a_new_crowd_does_them(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("وانخرطت قوى لبنانية أمس في مسيرة حاشدة.", [ev("PROTEST", "occurred", D(2025, 12, 3), None, ("actor", ("political forces", "group", "LBN")))],
                     id="joining-a-march-is-taking-part-and-political-forces-take-their-nisba"),
        pytest.param("وتجمع المتظاهرون أمس في الساحة وهتفوا بشعارات مضادة لمحافظ بغداد.",
                     [ev("PROTEST", "occurred", D(2025, 12, 3), None, ("actor", PROTESTERS), ("recipient", ("محافظ بغداد", "person", "IRQ")))],
                     id="a-known-crowd-gathering-against-someone-is-the-first-report-and-a-governor-keeps-his-city"),
        pytest.param("وتجمع المتظاهرون أمس في الساحة.", [], id="a-known-crowd-gathering-against-no-one-goes-on-about-a-known-protest"),
        pytest.param("وتظاهر آلاف الطلاب أمس احتجاجا على البطالة. وتجمع المتظاهرون اليوم وهتفوا بشعارات معادية للحكومة.",
                     [ev("PROTEST", "occurred", D(2025, 12, 3), None, ("actor", CROWD), ("recipient", ("targets", "object", None)))],
                     id="after-a-protest-was-told-the-known-crowd-goes-on-about-it"),
    ],
)
def test_a_known_crowd_protesting_against_someone_is_news_when_no_protest_was_told(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("أدانت الحكومة العراقية قيام مسلحين أمس بخطف صحفي عراقي. وقالت الحكومة في بيان إن التحقيق مستمر.",
                     [ev("ACCUSE", "occurred", D(2025, 12, 3), None, ("actor", ("الحكومة العراقية", "org", "IRQ")), ("recipient", ("militants", "group", None))),
                      ev("ASSAULT", "occurred", D(2025, 12, 3), None, ("actor", ("militants", "group", None)), ("recipient", ("targets", "object", None))),
                      ev("STATEMENT", "occurred", None, None, ("speaker", ("government", "org", "IRQ")))],
                     id="ar-the-government-alone-is-the-one-of-the-country-told-and-qiyam-heads-no-participant"),
        pytest.param("طالب الوزير بقيام الشرطة باعتقال المسلحين.",
                     [ev("REQUEST", "occurred", None, None, ("actor", ("الوزير", "person", None)), ("recipient", ("police", "group", None)))],
                     id="ar-an-act-asked-for-is-not-done"),
        pytest.param("وأبلغه استنكار الحكومة لقيام مجموعة من المتظاهرين يوم أمس بالتجمع أمام مقر السفارة الأردنية.",
                     [ev("PROTEST", "occurred", D(2025, 12, 3), None, ("actor", PROTESTERS), ("recipient", ("Jordan", "country", "JOR")))],
                     id="ar-a-date-between-qiyam-and-its-act-and-a-definite-masdar-after-it"),
        pytest.param("The government says the rise is needed to meet the terms of a loan programme with the IMF.",
                     [ev("STATEMENT", "occurred", None, None, ("speaker", ("government", "org", None)))],
                     id="en-meeting-the-terms-is-no-meeting"),
    ],
)
def test_bodies_named_by_their_head_and_acts_done_asked_or_met(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("وأوقفت السلطات الإمدادات أمس بعد أن خطف مسلحون ثلاث شاحنات.",
                     [ev("COERCE", "occurred", D(2025, 12, 3), None, ("actor", ("security forces", "group", None)))], id="what-came-before-the-news-is-its-background"),
        pytest.param("وحكمت المحكمة أمس بالسجن على رجلين خطفا سائحا.", [], id="a-verb-describing-an-indefinite-noun-after-a-preposition"),
        pytest.param("وعثرت الشرطة أمس على جثة رجل قتل بالرصاص.", [], id="across-the-genitive-of-that-noun"),
        pytest.param("وقالت الوزيرة أمس أمام مقر الأمم المتحدة إن خطفه لا يخدم أي قضية.", [ev("STATEMENT", "occurred", D(2025, 12, 3), None, ("speaker", ("الوزيرة", "person", None)))],
                     id="inna-takes-a-noun-so-his-kidnapping-is-the-masdar"),
        pytest.param("وأكد الجيش أمس أن قتل المدنيين جريمة.", [ev("STATEMENT", "occurred", D(2025, 12, 3), None, ("speaker", ("army", "group", None)))],
                     id="a-date-of-the-saying-does-not-date-the-noun-in-what-was-said"),
        pytest.param("وقال الشهود إن مسلحين خطفوه أمس.", [ev("ASSAULT", "occurred", D(2025, 12, 3), None, ("actor", ("militants", "group", None)))],
                     id="a-plural-verb-with-an-object-pronoun-drops-its-alef"),
        pytest.param("لا بد أن يعلموا أنهم إن قتلوا عشرات الأطفال أمس فقد خسروا.", [], id="in-with-its-hamza-below-before-a-past-verb-is-if"),
        pytest.param("وفي الموصل قتل مسلحون أمس ثلاثة جنود.",
                     [ev("ASSAULT", "occurred", D(2025, 12, 3), None, ("actor", ("militants", "group", None)), ("recipient", ("army", "group", None)))],
                     id="a-fronted-place-is-no-noun-the-verb-describes"),
    ],
)
def test_violence_told_to_explain_or_describe_something_else_is_background(text, expected):
    check(text, expected)


@pytest.mark.parametrize("text, expected", PROTEST_FORMS)
def test_protest_forms_follow_who_is_new_and_what_the_act_is_for(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    "text, actor, label, country",
    [
        pytest.param("تظاهر المحتجون أمام البرلمان في بغداد.", "المحتجون", "protesters", "IRQ", id="ar-protesters"),
        # students are a crowd, not protesters by name; the verb makes their act a protest
        pytest.param("تظاهر آلاف الطلاب أمس في فيينا احتجاجا على رفع الرسوم.", "آلاف الطلاب", "crowd", "AUT", id="ar-thousands-of-students"),
        pytest.param("Protesters rallied outside parliament in Baghdad.", "Protesters", "protesters", "IRQ", id="en-protesters"),
        pytest.param("Thousands of protesters marched in Vienna.", "Thousands of protesters", "protesters", "AUT", id="en-thousands-of-protesters"),
    ],
)
def test_protest_actor_is_the_crowd_and_location_is_the_city(text, actor, label, country):
    x = extract(text)
    [event] = x.events
    actors = [(p["name"], p["canonical_name"], p["actor_type"]) for p in x.participants if p["role"] == "actor"]
    assert (event["event_type"], actors, event["location_country"]) == ("PROTEST", [(actor, label, "group")], country)


UNNAMED = [
    pytest.param(
        "التقى مودي مع الرئيس الروسي أمس.",
        [ev("MEETING", "occurred", D(2025, 12, 3), None, ("participant", MODI), ("participant", ("الرئيس الروسي", "person", "RUS")))],
        id="ar-office-mid-text",
    ),
    pytest.param(
        "التقى مودي مع الرئيس الروسي.",
        [ev("MEETING", "occurred", None, None, ("participant", MODI), ("participant", ("الرئيس الروسي", "person", "RUS")))],
        id="ar-office-ends-article",
    ),
    pytest.param(
        "وصل وزير الدفاع الهندي",
        [ev("VISIT", "occurred", None, None, ("visitor", ("وزير الدفاع الهندي", "person", "IND")))],
        id="ar-subject-office-ends-article",
    ),
]


@pytest.mark.parametrize("text, expected", UNNAMED)
def test_unnamed_office_takes_part_wherever_it_stands(text, expected):
    check(text, expected)


# ---------------------------------------------------------------- the seed article
@pytest.fixture(scope="module")
def seed(seed_jsonl: Path) -> tuple[Article, Extraction]:
    """The seed article as the pipeline reads it (ingest normalises the text offsets point into)."""
    [article] = ingest([seed_jsonl])
    assert isinstance(article, Article) and article.pub_date == dt.date(2025, 12, 4)
    return article, extract_article(article)


def events_of(x: Extraction, event_type: str, trigger: str | None = None) -> list[dict]:
    return [e for e in x.events if e["event_type"] == event_type and (trigger is None or e["trigger"] == trigger)]


def one(x: Extraction, event_type: str, trigger: str) -> dict:
    [event] = events_of(x, event_type, trigger)
    return event


def parts(x: Extraction, event: dict) -> frozenset:
    return frozenset((p["role"], p["canonical_name"], p["actor_type"], p["country_code"]) for p in x.participants if p["event_id"] == event["event_id"])


def test_seed_belousov_visit_occurred_in_india(seed):
    _, x = seed
    event = one(x, "VISIT", "وصل")
    assert (event["status"], event["location_country"]) == ("occurred", "IND")
    assert parts(x, event) == roles(("visitor", ("أندريه بيلووسوف", "person", "RUS")), ("host", INDIA))


def test_seed_putin_visit_is_ongoing_from_publication_day(seed):
    _, x = seed
    event = one(x, "VISIT", "يتوجّه")
    # the stated span "يومي 4 و5 ديسمبر" contains "اليوم الخميس" and is the fuller (explicit) answer
    assert (event["status"], event["date_start"], event["date_basis"], event["location_country"]) == ("ongoing", D(2025, 12, 4), "explicit", "IND")
    assert parts(x, event) == roles(("visitor", PUTIN), ("host", INDIA))


def test_seed_putin_visit_spans_the_two_stated_days(seed):
    _, x = seed
    event = one(x, "VISIT", "يتوجّه")
    assert (event["date_start"], event["date_end"]) == (D(2025, 12, 4), D(2025, 12, 5))


def test_seed_putin_modi_talks_are_planned_within_the_visit(seed):
    _, x = seed
    event = one(x, "MEETING", "محادثات")
    assert (event["status"], event["date_start"], event["date_end"], event["cameo_code"]) == ("planned", D(2025, 12, 4), D(2025, 12, 5), "036")
    assert parts(x, event) == roles(("participant", PUTIN), ("participant", MODI))


def test_seed_earlier_modi_putin_call_occurred(seed):
    _, x = seed
    event = one(x, "CALL", "اتصال")
    assert event["status"] == "occurred"
    assert parts(x, event) == roles(("participant", MODI), ("participant", PUTIN))


def test_seed_evening_meeting_is_planned_on_the_fourth(seed):
    _, x = seed
    event = one(x, "MEETING", "بلقاء")
    assert (event["status"], event["date_start"], event["date_end"], event["date_text"]) == ("planned", D(2025, 12, 4), D(2025, 12, 4), "مساء 4 ديسمبر")
    assert parts(x, event) == roles(("participant", PUTIN), ("participant", MODI))


def test_seed_forum_session_is_planned_the_next_day(seed):
    _, x = seed
    event = one(x, "MEETING", "الجلسة")
    assert (event["status"], event["date_start"], event["date_end"], event["date_basis"]) == ("planned", D(2025, 12, 5), D(2025, 12, 5), "relative")
    assert parts(x, event) == roles(
        ("participant", PUTIN), ("participant", MODI), ("organizer", ("منتدى الأعمال الروسي–الهندي", "org", None))
    )


def test_seed_murmu_meeting_is_planned_within_the_visit(seed):
    _, x = seed
    event = one(x, "MEETING", "اجتماعًا")
    assert (event["status"], event["date_start"], event["date_end"], event["date_basis"], event["date_inferred"]) == (
        "planned", D(2025, 12, 4), D(2025, 12, 5), "inherited", True,
    )
    assert parts(x, event) == roles(("participant", PUTIN), ("participant", ("دروبادي مورمو", "person", "IND")))


def test_seed_joint_statement_is_expected_from_both_countries(seed):
    _, x = seed
    [event] = [e for e in events_of(x, "STATEMENT") if e["status"] == "expected"]
    assert event["trigger"] == "بيان"
    speakers = {(p["role"], p["actor_type"], p["country_code"]) for p in x.participants if p["event_id"] == event["event_id"]}
    assert speakers == {("speaker", "country", "RUS"), ("speaker", "country", "IND")}


def test_seed_two_agreements_are_planned_between_russia_and_india(seed):
    _, x = seed
    agreements = events_of(x, "AGREEMENT")
    assert [e["status"] for e in agreements] == ["planned", "planned"]
    for event in agreements:
        signatories = {(p["role"], p["country_code"]) for p in x.participants if p["event_id"] == event["event_id"]}
        assert signatories == {("signatory", "RUS"), ("signatory", "IND")}


def test_seed_agreements_are_not_dated_by_the_2030_horizon(seed):
    _, x = seed
    assert all(e["date_start"] is None or e["date_start"].year == 2025 for e in events_of(x, "AGREEMENT"))


def test_seed_has_exactly_one_putin_visit(seed):
    _, x = seed
    visits = [e for e in events_of(x, "VISIT") if ("visitor", "Vladimir Putin", "person", "RUS") in parts(x, e)]
    assert len(visits) == 1


def test_seed_each_country_has_one_canonical_name(seed):
    _, x = seed
    names: dict[str, set[str]] = {}
    for p in x.participants:
        if p["actor_type"] == "country":
            names.setdefault(p["country_code"], set()).add(p["canonical_name"])
    assert names == {"RUS": {"Russian Federation"}, "IND": {"India"}}


def test_seed_events_obey_the_contract(seed):
    article, x = seed
    vocab = {name: set(CONTRACT.vocabulary(name)) for name in ("status", "date_precision", "date_basis", "actor_type", "role")}
    limit = CONTRACT.date_rules["max_days_after_publication_if_occurred"]
    conflicts = [set(pair) for pair in CONTRACT.conflicting_roles]
    for event in x.events:
        spec = CONTRACT.event_types[event["event_type"]]
        rows = [p for p in x.participants if p["event_id"] == event["event_id"]]
        held = {p["role"] for p in rows}
        assert event["status"] in vocab["status"]
        assert held <= set(spec.roles) and set(spec.required) <= held, event["trigger"]
        assert {p["actor_type"] for p in rows} <= vocab["actor_type"]
        if event["date_start"] is not None:
            assert event["date_precision"] in vocab["date_precision"] and event["date_basis"] in vocab["date_basis"]
            assert event["date_start"] <= event["date_end"]
            if event["status"] in ("occurred", "ongoing"):
                assert (event["date_start"] - article.pub_date).days <= limit
        by_actor: dict[str, set[str]] = {}
        for p in rows:
            by_actor.setdefault(p["canonical_name"] or p["name"], set()).add(p["role"])
        assert not any(pair <= r for r in by_actor.values() for pair in conflicts), event["trigger"]


@pytest.mark.parametrize(
    "text, plover, cameo",
    [
        pytest.param("التقى الرئيس الروسي فلاديمير بوتين أمس رئيس الوزراء الهندي ناريندرا مودي.", "CONSULT", "043", id="met-is-consult"),
        pytest.param("سيلتقي الرئيس الروسي فلاديمير بوتين غدا رئيس الوزراء الهندي ناريندرا مودي.", "AGREE", "036", id="will-meet-is-intent-to-meet"),
    ],
)
def test_planned_meetings_map_to_plover_agree_as_the_cameo_correspondence_says(text, plover, cameo):
    [event] = extract(text).events
    assert (event["event_type"], event["plover_type"], event["cameo_code"]) == ("MEETING", plover, cameo)


@pytest.mark.parametrize(
    "text, dates",
    [
        pytest.param(
            "President Ruto held talks with President Macron in Nairobi on Wednesday. The two presidents signed agreements on energy, "
            "rail and training after the talks, and the ministers signed a separate memorandum.",
            [("MEETING", D(2025, 12, 3)), ("AGREEMENT", D(2025, 12, 3)), ("AGREEMENT", None)],
            id="en-after-the-talks-in-its-own-clause-only",
        ),
        pytest.param(
            "عقد الرئيس الكيني محادثات مع الرئيس الفرنسي أمس في نيروبي. ووقع الجانبان في ختام المحادثات ثلاث مذكرات تفاهم.",
            [("MEETING", D(2025, 12, 3)), ("AGREEMENT", D(2025, 12, 3))],
            id="ar-at-the-close-of-the-talks",
        ),
    ],
)
def test_an_act_tied_to_a_meeting_takes_its_date(text, dates):
    x = extract(text)
    assert [(e["event_type"], e["date_start"]) for e in x.events] == dates
    assert [e["date_basis"] for e in x.events if e["event_type"] == "AGREEMENT" and e["date_start"]] == ["inherited"]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Militants attacked a police post on Tuesday. About a dozen gunmen opened fire on the post shortly before midnight, the police chief said by telephone.",
            [("ASSAULT", "attacked")],
            id="en-the-lead-attack-retold-with-its-source-is-one-event",
        ),
        pytest.param(
            "Militants attacked a police post on Tuesday. In a separate attack, gunmen opened fire on a police post in the capital.",
            [("ASSAULT", "attacked"), ("ASSAULT", "opened")],
            id="en-a-separate-attack-is-another-event",
        ),
        pytest.param(
            "هاجم مسلحون نقطة تفتيش للشرطة مساء أمس. وقال مصدر أمني إن المسلحين أطلقوا النار على عناصر الشرطة من سيارتين.",
            [("ASSAULT", "هاجم")],
            id="ar-the-attack-retold-is-one-event",
        ),
        pytest.param(
            "هاجم مسلحون نقطة تفتيش للشرطة مساء أمس. وفي هجوم آخر أطلق مسلحون النار على عناصر الشرطة في المدينة.",
            [("ASSAULT", "هاجم"), ("ASSAULT", "أطلق")],
            id="ar-another-attack-is-another-event",
        ),
    ],
)
def test_an_attack_told_again_later_is_one_event(text, expected):
    assert [(e["event_type"], e["trigger"]) for e in extract(text).events] == expected


def test_a_sound_plural_takes_only_an_adjective_with_its_ending():
    x = extract("هاجم مسلحون مجهولون نقطة تفتيش للشرطة أمس.")
    assert [p["name"] for p in x.participants if p["role"] == "actor"] == ["مسلحون مجهولون"]


def test_en_a_verb_after_and_keeps_the_first_verbs_subject_past_a_prepositional_object():
    x = extract("The two ministers called for reform of the United Nations Security Council and said developing countries needed a greater voice.")
    [statement] = [e for e in x.events if e["event_type"] == "STATEMENT"]
    assert [p["name"] for p in x.participants if p["event_id"] == statement["event_id"]] == ["ministers"]


def test_a_sentence_opening_with_of_and_a_meeting_word_does_not_break_the_date_anchor():
    x = extract("The presidents held talks in Nairobi on Wednesday. Of the talks the minister said he expected an agreement.")
    assert [e["event_type"] for e in x.events][:1] == ["MEETING"]


def test_en_a_meetings_organiser_is_named_in_its_own_clause():
    x = extract("The Public Utilities Commission is scheduled to hold a public hearing on the tariff on February 3, and the Workers Union said it would strike.")
    [meeting] = [e for e in x.events if e["event_type"] == "MEETING"]
    assert [(p["role"], p["name"]) for p in x.participants if p["event_id"] == meeting["event_id"]] == [("participant", "Public Utilities Commission")]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Defence Minister Joana Matsinhe is expected to visit Macomia on Thursday to meet army commanders.",
            [("VISIT", "visitor", "Joana Matsinhe"), ("MEETING", "participant", "Joana Matsinhe")],
            id="to-plus-verb-takes-the-subject-of-the-verb-it-completes",
        ),
        pytest.param(
            "Uruguayan Foreign Minister Lucia Ferreira, who travelled to Asuncion for the talks, said the deal was historic.",
            [("VISIT", "visitor", "Lucia Ferreira")],
            id="who-takes-the-name-before-it",
        ),
    ],
)
def test_en_a_verb_without_its_own_subject_takes_its_controllers(text, expected):
    x = extract(text)
    firsts = []
    for e in x.events:
        p = next(p for p in x.participants if p["event_id"] == e["event_id"])
        firsts.append((e["event_type"], p["role"], p["name"]))
    assert firsts[: len(expected)] == expected


def test_a_back_reference_dated_to_days_inside_the_events_span_dates_it_more_closely():
    x = extract_article(Article(
        "en", "Ghana will host a summit of West African heads of state in Accra next week. The summit is scheduled to open on Tuesday, "
        "June 16, and to close the following day. Leaders are expected to sign a protocol at the close of the summit.",
        published_at=dt.datetime(2026, 6, 8, tzinfo=dt.timezone.utc), language="en"))
    summit = next(e for e in x.events if e["event_type"] == "MEETING")
    signing = next(e for e in x.events if e["event_type"] == "AGREEMENT")
    assert (summit["date_start"], summit["date_end"], summit["date_text"]) == (D(2026, 6, 16), D(2026, 6, 17), "Tuesday, June 16")
    assert (signing["date_start"], signing["date_end"], signing["date_basis"]) == (D(2026, 6, 17), D(2026, 6, 17), "inherited")


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "وتواصلت المظاهرات الاحتجاجية ضد وجود القوات الأجنبية في العاصمة حيث أغلق المتظاهرون الغاضبون شوارع رئيسية.",
            [("PROTEST", "actor", "المتظاهرون"), ("PROTEST", "recipient", "وجود القوات الأجنبية")],
            id="protests-going-on-against-someone-are-news-and-the-crowd-told-later-is-their-actor",
        ),
        pytest.param("وتواصلت المظاهرات في العاصمة.", [], id="protests-going-on-with-no-date-and-no-target-are-a-reference"),
    ],
)
def test_a_known_protest_going_on_is_news_when_dated_or_aimed(text, expected):
    x = extract(text)
    assert [(e["event_type"], p["role"], p["name"]) for e in x.events for p in x.participants if p["event_id"] == e["event_id"]] == expected


@pytest.mark.parametrize(
    "text, country",
    [
        pytest.param("وصل المبعوث إلى صنعاء أمس. وقتل الجيش الوطني عشرة مسلحين أمس.", "YEM", id="the-national-army-of-the-country-the-article-names"),
        pytest.param("وقتل الجيش الوطني عشرة مسلحين أمس.", None, id="no-country-named-none-given"),
    ],
)
def test_a_national_force_with_no_country_is_the_articles_countrys(text, country):
    x = extract(text)
    assert [p["country_code"] for p in x.participants if p["name"] == "الجيش الوطني"] == [country]


def test_en_talks_dated_otherwise_after_a_meeting_are_another_meeting_of_the_same_subject():
    x = extract("Leaders of the trade unions met government officials on Monday and will hold further talks with the finance minister next week.")
    meetings = [(e["status"], [p["name"] for p in x.participants if p["event_id"] == e["event_id"]]) for e in x.events if e["event_type"] == "MEETING"]
    assert meetings == [("occurred", ["Leaders", "government officials"]), ("planned", ["Leaders", "finance minister"])]


def test_en_firing_tear_gas_is_the_police_act_and_to_disperse_is_its_purpose():
    x = extract("Police fired tear gas to disperse a group of demonstrators near the parliament building.")
    assert [(e["event_type"], e["status"], [p["name"] for p in x.participants if p["event_id"] == e["event_id"] and p["role"] == "actor"]) for e in x.events] == [
        ("COERCE", "occurred", ["Police"])]


def test_a_round_of_talks_is_no_tour_and_its_close_dates_what_was_signed():
    x = extract("وعقد الرئيس الكيني محادثات مع الرئيس الفرنسي أمس في نيروبي. ووقع الجانبان في ختام الجولة الأولى من المباحثات مذكرة تفاهم.")
    assert "VISIT" not in [e["event_type"] for e in x.events]
    [signing] = [e for e in x.events if e["event_type"] == "AGREEMENT"]
    assert (signing["date_start"], signing["date_basis"]) == (D(2025, 12, 3), "inherited")


def test_the_two_sides_as_a_subject_are_the_articles_two_countries():
    x = extract("وصل وزير الخارجية التركي إلى بغداد أمس في زيارة للعراق. ووقع الجانبان مذكرة تفاهم في مجال الطاقة.")
    [signing] = [e for e in x.events if e["event_type"] == "AGREEMENT"]
    assert sorted(p["country_code"] for p in x.participants if p["event_id"] == signing["event_id"]) == ["IRQ", "TUR"]


GOVERNMENT_IRAN = ("government", "org", "IRN")


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("من جهة أخرى قتل مسلحون أمس ثلاثة جنود.",
                     [ev("ASSAULT", "occurred", D(2025, 12, 3), None, ("actor", ("militants", "group", None)), ("recipient", ("army", "group", None)))],
                     id="a-fronted-transition-phrase-is-no-noun-the-verb-describes"),
        pytest.param("وبعد أن انتهت الصلاة تظاهر آلاف أمس ضد الحكومة.",
                     [ev("PROTEST", "occurred", D(2025, 12, 3), None, ("actor", CROWD), ("recipient", ("government", "org", None)))],
                     id="the-main-clause-after-a-background-clause-is-news"),
        pytest.param("واحتشد آلاف المشجعين أمس في الملعب.", [], id="a-crowd-at-a-match-is-no-protest"),
        pytest.param("وتجمع مئات المواطنين أمس أمام المستشفى للتبرع بالدم.", [], id="a-crowd-giving-blood-is-no-protest"),
        pytest.param("وهتف آلاف المتظاهرين أمس مطالبين بإسقاط النظام.", [ev("PROTEST", "occurred", D(2025, 12, 3), None, ("actor", PROTESTERS))],
                     id="a-chant-with-a-demand-is-a-protest"),
        pytest.param("Protesters chanted slogans on Monday.", [], id="en-a-chant-aimed-at-no-one-tells-how-a-protest-went"),
        pytest.param("Workers protested the terms of the new contract on Monday.", [ev("PROTEST", "occurred", D(2025, 12, 1), None, ("actor", CROWD))],
                     id="en-the-terms-unmake-only-a-meeting"),
        pytest.param("اجتمع مجلس الأمن القومي الأمريكي أمس.",
                     [ev("MEETING", "occurred", D(2025, 12, 3), None, ("participant", ("مجلس الأمن القومي الأمريكي", "org", "USA")))],
                     id="a-definite-adjective-carries-a-body-name-past-a-known-one"),
        pytest.param("وأصدرت المفوضية السامية لحقوق الإنسان بيانا أمس.",
                     [ev("STATEMENT", "occurred", D(2025, 12, 3), None, ("speaker", ("المفوضية السامية لحقوق الإنسان", "org", None)))],
                     id="li-and-a-noun-stays-in-a-body-name"),
        pytest.param("وأدانت الحكومة الإيرانية الهجوم أمس. وقالت فرنسا إن فرنسا ستدعم فرنسا. وقالت الحكومة أمس إنها سترد.",
                     [ev("ACCUSE", "occurred", D(2025, 12, 3), None, ("actor", ("الحكومة الإيرانية", "org", "IRN"))),
                      ev("STATEMENT", "occurred", None, None, ("speaker", ("France", "country", "FRA"))),
                      ev("SUPPORT", "planned", None, None, ("actor", ("France", "country", "FRA"))),
                      ev("STATEMENT", "occurred", D(2025, 12, 3), None, ("speaker", GOVERNMENT_IRAN))],
                     id="the-government-alone-is-the-one-named-in-full-before"),
    ],
)
def test_rules_hold_for_the_counter_examples_a_review_raised(text, expected):
    check(text, expected)


def test_verb_forms_with_object_pronouns_and_the_masdar_of_qama_are_read():
    from etl.extract.lexicon import cues
    for word in ("يقتلوه", "يخطفوهم"):
        found = triggers().longest(tokenize(fold_with_offsets(word).text), 0)
        assert found is not None and any(e.get("pos") == "verb" for e in found[2]), word
    found = cues().longest(tokenize(fold_with_offsets("للقيام").text), 0)
    assert found is not None and any(e.kind == "light_verb" for e in found[2])


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Vietnam and Thailand held talks in Hanoi on Tuesday. In a joint statement, the two governments said disputes should be settled peacefully.",
                     [ev("MEETING", "occurred", D(2025, 12, 2), None, ("participant", ("Vietnam", "country", "VNM")), ("participant", ("Thailand", "country", "THA"))),
                      ev("STATEMENT", "occurred", None, None, ("speaker", ("Vietnam", "country", "VNM")), ("speaker", ("Thailand", "country", "THA")))],
                     id="the-two-governments-are-the-articles-two-countries"),
        pytest.param("Egypt and the United States signed an agreement on Monday.",
                     [ev("AGREEMENT", "occurred", D(2025, 12, 1), None, ("signatory", EGYPT), ("signatory", ("United States", "country", "USA")))],
                     id="and-the-joins-two-names"),
        pytest.param("Malaysian Prime Minister Hassan Idris is scheduled to meet Vietnamese President Nguyen Duc Hai tomorrow before flying to Saigon, where he will address a business forum.",
                     [ev("MEETING", "planned", D(2025, 12, 5), None, ("participant", ("Hassan Idris", "person", "MYS")), ("participant", ("Nguyen Duc Hai", "person", "VNM"))),
                      ev("VISIT", "planned", D(2025, 12, 5), None, ("visitor", ("Hassan Idris", "person", "MYS"))),
                      ev("MEETING", "planned", D(2025, 12, 5), None, ("participant", ("Hassan Idris", "person", "MYS")))],
                     id="a-participle-after-before-and-a-where-clause-are-acts-of-the-main-subject"),
        pytest.param("The minister arrived in the Ghanaian capital on Monday.",
                     [ev("VISIT", "occurred", D(2025, 12, 1), None, ("visitor", ("minister", "person", None)), ("host", ("Ghana", "country", "GHA")))],
                     id="a-nisba-capital-is-its-country"),
        pytest.param("Paraguayan Foreign Minister Carlos Benitez held talks with his Uruguayan counterpart, Lucia Ferreira, in Asuncion on Monday. "
                     "Ferreira, who travelled to the Paraguayan capital for the meeting, praised the talks.",
                     [ev("MEETING", "occurred", D(2025, 12, 1), None, ("participant", ("Carlos Benitez", "person", "PRY")), ("participant", ("Lucia Ferreira", "person", "URY"))),
                      ev("VISIT", "occurred", D(2025, 12, 1), None, ("visitor", ("Lucia Ferreira", "person", "URY")), ("host", ("Paraguay", "country", "PRY")))],
                     id="a-name-in-apposition-after-an-office-and-a-noun-after-the-and-a-trip-for-the-meeting-has-its-day"),
    ],
)
def test_english_pairs_appositions_and_determiners(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    "pair", ["the two prime ministers", "the prime ministers of the two countries", "the prime ministers of both countries"])
def test_the_prime_ministers_of_the_pair_are_the_articles_two_leaders(pair):
    text = ("Malaysian Prime Minister Hassan Idris held talks with Vietnamese Prime Minister Le Van Thanh on Monday. "
            f"After the talks, {pair} signed an agreement on trade.")
    x = extract(text)
    agreement = next(e for e in x.events if e["event_type"] == "AGREEMENT")
    assert sorted(p["canonical_name"] for p in x.participants if p["event_id"] == agreement["event_id"]) == ["Hassan Idris", "Le Van Thanh"]



def canonical_roles(x: Extraction, e: dict, country: bool = False) -> list[tuple]:
    """An event's participants as (role, canonical name or else the name[, country]), sorted."""
    return sorted((p["role"], p["canonical_name"] or p["name"]) + ((p["country_code"],) if country else ()) for p in x.participants if p["event_id"] == e["event_id"])


def named_roles(text: str) -> list[list[tuple[str, str, str | None]]]:
    """Per event, its participants as (role, name as printed, canonical name): the name is what the GSR scorer reads."""
    x = extract(text)
    return [sorted((p["role"], p["name"], p["canonical_name"]) for p in x.participants if p["event_id"] == e["event_id"]) for e in x.events]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("وذكرت تقارير أن المتشددين من الموالين لحركة طالبان اختطفوا أمس سبعة جنود.",
                     [[("actor", "المتشددين من الموالين لحركة طالبان", "militants"), ("recipient", "سبعة جنود", "army")]],
                     id="armed-men-with-whom-they-follow-did-it-not-those-they-follow"),
        pytest.param("وقال إن مسلحين تابعين لتنظيم القاعدة قتلوا أمس ثلاثة جنود.",
                     [[("actor", "مسلحين تابعين لتنظيم القاعدة", "militants"), ("recipient", "ثلاثة جنود", "army")]],
                     id="armed-men-belonging-to-a-group"),
        pytest.param("وقال إن مسلحين من حركة طالبان قتلوا أمس ثلاثة جنود.",
                     [[("actor", "مسلحين من حركة طالبان", "Taliban"), ("recipient", "ثلاثة جنود", "army")]],
                     id="armed-men-of-a-named-group-are-its-men-and-no-relative-clause"),
        pytest.param("قتل أمس ثلاثة عناصر من الشرطة في هجوم.",
                     [[("recipient", "ثلاثة عناصر من الشرطة", "police")]],
                     id="members-of-a-force-are-that-force"),
        pytest.param("وقال إن عناصر من حركة طالبان خطفوا أمس مهندسا.",
                     [[("actor", "عناصر من حركة طالبان", "Taliban"), ("recipient", "مهندسا", "civilians")]],
                     id="members-of-a-group-act-as-it"),
        pytest.param("وقال مسؤولون إن مقاتلا قتل أمس بعدما أطلقت طائرة، يعتقد أنها أميركية، صاروخا على منطقة حدودية.",
                     [[("actor", "أميركية", "United States"), ("recipient", "مقاتلا", "militants")]],
                     id="the-attack-in-the-temporal-clause-after-a-killing-names-its-agent-by-nisba"),
        pytest.param("قتل أمس خمسة أشخاص بعدما فتح مسلحون النار على سوق.",
                     [[("actor", "مسلحون", "militants"), ("recipient", "خمسة أشخاص", "civilians")]],
                     id="the-attack-in-the-temporal-clause-after-a-killing-names-its-agent"),
        pytest.param("قتل أمس جندي بعدما انفجرت عبوة ناسفة.",
                     [[("actor", "عبوة ناسفة", "explosive devices"), ("recipient", "جندي", "army")]],
                     id="a-soldier-before-a-clause-of-what-killed-him-was-killed"),
    ],
)
def test_who_did_it_is_the_group_with_its_affiliation_or_the_agent_of_the_clause_that_tells_how(text, expected):
    assert named_roles(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("وقال مصدر إن «ثمانية أشخاص، بينهم طفلان، قتلوا أمس في غارة جوية»",
                     [[("recipient", "ثمانية أشخاص", "civilians")]],
                     id="an-aside-between-commas-does-not-part-the-victims-from-their-verb"),
        pytest.param("وأضاف أن عبد الرحيم السوادي الموظف في البلدية خطف أمس من منزله.",
                     [[("recipient", "عبد الرحيم السوادي الموظف", "civilians")]],
                     id="the-victim-before-the-verb-is-named-from-the-start-of-the-clause"),
        pytest.param("قتل أمس خمسة أشخاص في هجوم على مركز للشرطة.",
                     [[("recipient", "خمسة أشخاص", "civilians"), ("recipient", "مركز للشرطة", "police")]],
                     id="the-attack-noun-restating-a-killing-names-what-it-was-aimed-at"),
        pytest.param("قتل أمس خمسة أشخاص في هجوم على الأقل.",
                     [[("recipient", "خمسة أشخاص", "civilians")]],
                     id="ala-al-aqall-is-no-target"),
        pytest.param("قتل أمس عشرون وأصيب سبعون في هجوم انتحاري.",
                     [[("recipient", "عشرون", "casualties")]],
                     id="a-suicide-attack-is-one-event-and-its-bomber-no-victim"),
    ],
)
def test_victims_are_named_in_full_and_a_restated_attack_adds_its_target(text, expected):
    assert named_roles(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("وعثرت الشرطة على جثتين إحداهما لفتاة وأخرى لرجل قتل بالرصاص.", [],
                     id="a-verb-after-a-noun-with-a-prepositional-proclitic-describes-it"),
        pytest.param("قتل أمس عشرة في هجوم بسيارة ملغومة استهدف دورية للجيش.",
                     [ev("ASSAULT", "occurred", D(2025, 12, 3), None, ("actor", ("explosive devices", "group", None)), ("recipient", ("casualties", "group", None)),
                         ("recipient", ("army", "group", None)))],
                     id="a-verb-describing-the-attack-noun-tells-the-same-attack"),
        pytest.param("وأعلنت الشرطة أن عشرة على الأقل قتلوا أمس في هجوم انتحاري.",
                     [ev("STATEMENT", "occurred", None, None, ("speaker", POLICE)),
                      ev("ASSAULT", "occurred", D(2025, 12, 3), None, ("actor", MILITANTS), ("recipient", ("casualties", "group", None)))],
                     id="a-count-opening-the-clause-before-the-verb-is-its-victims"),
        pytest.param("وبدأ أمس عرض فيلم جديد يقوم فيه الممثل بدور ضابط أعدم لمحاولته اغتيال الزعيم.", [],
                     id="violence-in-a-films-plot-is-no-news"),
        pytest.param("The new film tells the story of a soldier who was killed by rebels.", [], id="en-violence-in-a-films-plot-is-no-news"),
        pytest.param("قتل أمس مخرج الفيلم برصاص مسلحين.",
                     [ev("ASSAULT", "occurred", D(2025, 12, 3), None, ("actor", MILITANTS), ("recipient", TARGET))],
                     id="a-film-maker-killed-is-news"),
        pytest.param("وأضاف أن إحدى العبوات انفجرت أمس في كابول دون سقوط ضحايا.", [], id="no-one-hit-without-casualties"),
        pytest.param("استهدفت عملية انتحارية أمس قافلة للجيش من دون أن تسفر عن سقوط ضحايا.",
                     [ev("ASSAULT", "occurred", D(2025, 12, 3), None, ("recipient", ("army", "group", None)))],
                     id="an-attack-on-a-convoy-without-casualties-hit-the-convoy"),
        pytest.param("ولكنه هاجم السلطات الإسرائيلية على التعامل معه وقال إنهم قتلوا ابنته.",
                     [ev("ACCUSE", "occurred", None, None, ("recipient", ("security forces", "group", "ISR")))],
                     id="attacked-on-the-grounds-of-conduct-is-criticism-and-the-pronoun-its-subject"),
        pytest.param("هاجم مسلحون القوات الأمريكية أمس على الطريق السريع.",
                     [ev("ASSAULT", "occurred", D(2025, 12, 3), None, ("actor", MILITANTS), ("recipient", ("army", "group", "USA")))],
                     id="attacked-on-a-road-is-an-attack"),
    ],
)
def test_descriptions_plots_spared_victims_and_criticism_are_no_attacks(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("قتل خلال العامين الماضيين أكثر من ألف مدني في غارات جوية.", [], id="a-toll-over-a-running-period-is-a-tally"),
        pytest.param("Rebels killed more than 300 civilians in raids over the past two years.", [], id="en-a-toll-over-a-running-period-is-a-tally"),
        pytest.param("قتل أمس خمسة أشخاص في هجوم هو الأعنف خلال الأشهر الماضية.",
                     [ev("ASSAULT", "occurred", D(2025, 12, 3), None, ("recipient", CIVILIANS))],
                     id="a-dated-attack-compared-with-a-period-is-news"),
        pytest.param("وأكد المدعي العام أن الخلية كانت تستهدف تفجير مقر البرلمان، وضرب مواقع سياحية، واغتيال شخصيات سياسية.", [],
                     id="a-list-of-aims-after-a-present-targets-is-no-attack"),
        pytest.param("وعثرت الشرطة أمس على جثة صحافي مستقل كان قد خطف في بغداد.", [],
                     id="a-relative-clause-opening-with-kana-qad-describes-the-noun"),
        pytest.param("وكان مسلحون قد خطفوا أمس صحافيا في بغداد.",
                     [ev("ASSAULT", "occurred", D(2025, 12, 3), None, ("actor", MILITANTS), ("recipient", TARGET))],
                     id="kana-qad-after-the-subject-is-the-main-verb"),
    ],
)
def test_tallies_aims_and_described_nouns_are_no_attacks(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("نفذت حركة طالبان هجوما انتحاريا على مقر للجيش.",
                     [[("actor", "حركة طالبان", "Taliban"), ("recipient", "مقر للجيش", "army")]],
                     id="who-carried-out-a-suicide-attack-did-it-not-the-attacks-adjective"),
        pytest.param("خطفت مجموعة مسلحة مهندسين أجنبيين أمس.",
                     [[("actor", "مجموعة مسلحة", "militants"), ("recipient", "مهندسين أجنبيين", "civilians")]],
                     id="an-armed-group-named-majmua"),
        pytest.param("اعتدى مستوطنون على مزارعين فلسطينيين أمس.",
                     [[("actor", "مستوطنون", "settlers"), ("recipient", "مزارعين فلسطينيين", "civilians")]],
                     id="settlers-are-a-group"),
        pytest.param("قال مسؤولون إن مقاتلا قتل بعدما أطلقت مروحية صواريخ على منطقة حدودية أمس.",
                     [[("actor", "مروحية", "army"), ("recipient", "مقاتلا", "militants")]],
                     id="the-subject-of-the-verb-after-a-temporal-conjunction-is-not-the-killings"),
        pytest.param("فجر انتحاري نفسه وسط حشد من المصلين في مسجد أمس.",
                     [[("actor", "انتحاري", "militants"), ("recipient", "المصلين", "civilians")]],
                     id="a-crowd-of-worshippers-is-no-mobilisation"),
        pytest.param("قتل شرطي وأصيب اثنان آخران عندما هاجم مسلحون مركزا للشرطة.",
                     [[("recipient", "اثنان آخران", "casualties"), ("recipient", "شرطي", "police")],
                      [("actor", "مسلحون", "militants"), ("recipient", "مركزا للشرطة", "police")]],
                     id="a-count-ends-before-the-clause-after-it"),
    ],
)
def test_doers_of_attacks_named_by_a_light_verb_a_weapon_or_a_new_group(text, expected):
    assert named_roles(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("تظاهر الآلاف أمس مطالبين باستقالة الحكومة.",
                     [[("actor", "الآلاف", "crowd"), ("recipient", "الحكومة", "government")]],
                     id="whom-a-protest-demands-of-is-its-recipient"),
        pytest.param("تظاهر الآلاف أمس مطالبين بالإفراج عن المعتقلين.", [[("actor", "الآلاف", "crowd")]],
                     id="those-a-demand-is-for-are-no-recipient-and-the-release-asked-for-did-not-happen"),
    ],
)
def test_a_protests_demand_names_whom_it_is_made_of(text, expected):
    assert named_roles(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("لقي عشرة أشخاص مصرعهم أمس في حادث سير على الطريق السريع.", [], id="deaths-in-a-road-accident-are-no-assault"),
        pytest.param("وضرب الزلزال المنطقة الجبلية أمس مما أسفر عن مقتل عشرين شخصا.", [], id="deaths-in-an-earthquake-are-no-assault"),
        pytest.param("Ten people were killed in a road accident on Sunday.", [], id="en-deaths-in-an-accident-are-no-assault"),
        pytest.param("سقط سقف المسجد على المصلين أمس مما أسفر عن مقتل خمسة.", [], id="deaths-under-a-fallen-roof-are-no-assault"),
        pytest.param("قتل خمسة أشخاص أمس في انفجار سيارة مفخخة قرب موقع حادث سير.",
                     [ev("ASSAULT", "occurred", D(2025, 12, 3), None, ("actor", ("explosive devices", "group", None)), ("recipient", CIVILIANS))],
                     id="a-bombing-near-an-accident-is-an-assault"),
        pytest.param("وهاجم رئيس الوزراء المعارضة في خطاب ألقاه أمس أمام البرلمان.",
                     [ev("ACCUSE", "occurred", D(2025, 12, 3), None, ("actor", ("رئيس الوزراء", "person", None)), ("recipient", ("crowd", "group", None)))],
                     id="an-attack-made-in-a-speech-is-in-words"),
    ],
)
def test_accidents_and_speeches_are_no_assaults(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("اغتيلت ناشطة حقوقية أمس في بنغازي.", [[("recipient", "ناشطة حقوقية", "targets")]],
                     id="the-subject-of-a-passive-killing-suffered-it"),
        pytest.param("اغتيل قاض بارز برصاص مجهولين في مدينة الموصل أمس.",
                     [[("actor", "مجهولين", "militants"), ("recipient", "قاض بارز", "targets")]],
                     id="the-victims-phrase-ends-at-the-by-phrase"),
        pytest.param("قتل جندي إسرائيلي برصاص قناص في الخليل أمس.", [[("recipient", "جندي إسرائيلي", "army")]],
                     id="a-soldier-followed-by-a-by-phrase-was-killed"),
        pytest.param("قتل ثلاثة مدنيين بنيران القوات الحكومية أمس.",
                     [[("actor", "القوات الحكومية", "army"), ("recipient", "ثلاثة مدنيين", "civilians")]],
                     id="by-the-fire-of-forces-names-the-doer"),
    ],
)
def test_passive_killings_and_by_phrases(text, expected):
    assert named_roles(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("قتل مستوطن أمس برصاص مسلحين فلسطينيين.",
                     [[("actor", "مسلحين فلسطينيين", "militants"), ("recipient", "مستوطن", "settlers")]], id="a-settler-shot-by-gunmen-was-killed"),
        pytest.param("قتل متظاهر أمس برصاص الشرطة.",
                     [[("actor", "الشرطة", "police"), ("recipient", "متظاهر", "protesters")]], id="a-protester-shot-by-police-was-killed"),
        pytest.param("وأطلق خلال المواجهات جنود إسرائيليون النار على المتظاهرين.",
                     [[("actor", "جنود إسرائيليون", "army"), ("recipient", "المتظاهرين", "protesters")]],
                     id="a-noun-after-a-preposition-may-stand-between-verb-and-subject"),
        pytest.param("طالبت الولايات المتحدة أمس بالإفراج عن الجنديين المخطوفين.",
                     [[("actor", "الولايات المتحدة", "United States")]], id="a-release-demanded-by-a-verb-of-request-did-not-happen"),
        pytest.param("وطالبت المعارضة أمس بعقد جلسة طارئة للبرلمان.",
                     [[("actor", "المعارضة", "crowd")]], id="a-session-demanded-through-a-masdar-did-not-happen"),
        pytest.param("فجرت القوات الإسرائيلية أمس منزلين في جنين دون وقوع إصابات.",
                     [[("actor", "القوات الإسرائيلية", "army"), ("recipient", "منزلين", "targets")]], id="a-demolition-hurting-no-one-is-no-assault"),
        pytest.param("وفي محافظة ديالى على سبيل المثال، قتل خمسة من عناصر الشرطة في هجوم على نقطة تفتيش.",
                     [[("recipient", "عناصر الشرطة", "police")]], id="an-example-marker-in-another-clause-leaves-the-attack"),
        pytest.param("أطلقت إيران أمس صاروخا تجريبيا بعيد المدى.", [], id="a-missile-test-is-no-attack"),
        pytest.param("حشدت تركيا أمس آلاف الجنود على الحدود.",
                     [[("actor", "تركيا", "Türkiye"), ("recipient", "آلاف الجنود", "army")]], id="troops-massed-are-a-mobilisation"),
        pytest.param("قالت حركة «إننا لن نتراجع عن مطالبنا».", [], id="a-quote-opening-with-a-particle-is-no-name"),
        pytest.param("هاجمت مجموعة مسلحة تابعة لجيش المهدي أمس مركزا للشرطة.",
                     [[("actor", "مجموعة مسلحة تابعة لجيش المهدي", "militants"), ("recipient", "مركزا للشرطة", "police")]],
                     id="armed-men-after-the-verb-named-with-whom-they-serve"),
    ],
)
def test_rules_hold_for_the_counter_examples_a_fourth_review_raised(text, expected):
    assert named_roles(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("تظاهر آلاف أمس في بيروت مطالبين الحكومة بالاستقالة.",
                     [[("actor", "آلاف", "crowd"), ("recipient", "الحكومة", "government")]], id="the-one-a-demand-is-made-of-right-after-it"),
        pytest.param("تظاهر آلاف أمس مطالبين بعودة رئيس المحكمة العليا إلى منصبه.", [[("actor", "آلاف", "crowd")]],
                     id="whom-protesters-want-back-is-no-recipient"),
        pytest.param("تظاهر نحو ألفي طالب أمس في الجامعة.", [[("actor", "نحو ألفي طالب", "crowd")]],
                     id="a-bare-singular-after-a-count-is-the-counted-noun-and-protests"),
        pytest.param("وقالت الشرطة إن عشرة قتلوا أمس.",
                     [[("speaker", "الشرطة", "police")], [("recipient", "عشرة", "casualties")]], id="the-sayer-before-an-is-no-subject-after-it"),
        pytest.param("قتل خمسة جنود أمس في هجوم انتحاري قرب بغداد.",
                     [[("actor", "انتحاري", "militants"), ("recipient", "خمسة جنود", "army")]], id="the-suicide-bomber-of-the-attack-did-it"),
    ],
)
def test_demands_counted_crowds_and_suicide_attacks(text, expected):
    assert named_roles(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("تبادل مسلحون وقوات الأمن إطلاق النار في حي الكرادة أمس.",
                     [[("actor", "قوات الأمن", "security forces"), ("actor", "مسلحون", "militants")]], id="both-sides-exchanging-fire-fired"),
        pytest.param("تبادل الوزيران وجهات النظر أمس.", [], id="exchanging-views-is-no-attack"),
        pytest.param("سقطت قذائف هاون على المنطقة الخضراء أمس دون أن تسفر عن إصابات.",
                     [[("actor", "قذائف هاون", "explosive devices"), ("recipient", "المنطقة الخضراء", "targets")]], id="shells-landing-are-a-shelling"),
        pytest.param("سقط الرئيس في الانتخابات أمس.", [], id="a-president-falling-in-an-election-is-no-shelling"),
    ],
)
def test_exchanges_of_fire_and_shells_landing(text, expected):
    assert named_roles(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("قصفت الصحيفة الحكومة بوابل من الانتقادات أمس.",
                     [ev("ACCUSE", "occurred", D(2025, 12, 3), None, ("recipient", ("government", "org", None)))], id="a-barrage-of-criticism-is-in-words"),
        pytest.param("قصف الجيش مواقع المسلحين أمس وسط انتقادات دولية.",
                     [ev("ASSAULT", "occurred", D(2025, 12, 3), None, ("actor", ("army", "group", None)), ("recipient", MILITANTS))],
                     id="criticism-as-the-setting-leaves-a-shelling"),
    ],
)
def test_criticism_an_attack_verb_hits_with_is_in_words(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("أعلنت الشرطة أنها اعتقلت خمسة مشتبهين في بغداد أمس.",
                     [[("speaker", "الشرطة", "police")], [("actor", "الشرطة", "police"), ("recipient", "خمسة مشتبهين", "suspects")]],
                     id="the-sayer-its-pronoun-names-did-it"),
        pytest.param("وقررت الحكومة أن تعقد اجتماعا طارئا غدا.", [[("participant", "الحكومة", "government")]],
                     id="a-subject-before-an-after-no-saying-keeps-it"),
        pytest.param("تظاهر آلاف الأشخاص في عمان أمس مطالبين بقطع العلاقات مع إسرائيل.",
                     [[("actor", "آلاف الأشخاص", "crowd"), ("recipient", "إسرائيل", "Israel")]], id="a-demand-against-a-state"),
        pytest.param("وتظاهر آلاف في بيروت أمس فيما يطالب حزب الله باستقالة الحكومة.",
                     [[("actor", "آلاف", "crowd"), ("recipient", "الحكومة", "government")],
                      [("actor", "حزب الله", "Hezbollah"), ("recipient", "الحكومة", "government")]], id="past-a-finite-demand-verbs-own-subject"),
        pytest.param("وعند الساعة 9 هاجم مسلحون مركزا للشرطة في بعقوبة أمس.",
                     [[("actor", "مسلحون", "militants"), ("recipient", "مركزا للشرطة", "police")]], id="a-clock-time-is-no-count"),
        pytest.param("وقتل ثلاثة أطفال في غارة جوية أعقبت هجوما انتحاريا على قافلة للناتو أمس.",
                     [[("recipient", "ثلاثة أطفال", "civilians"), ("recipient", "قافلة للناتو", "NATO")]],
                     id="the-bomber-of-another-attack-did-not-kill-them"),
        pytest.param("وسقطت أمس ثلاث قذائف هاون على المنطقة الخضراء في بغداد.",
                     [[("actor", "قذائف هاون", "explosive devices"), ("recipient", "المنطقة الخضراء", "targets")]], id="counted-shells-landing-on-a-place"),
        pytest.param("وسقط صاروخ بروتون الروسي بعد دقائق من إطلاقه من قاعدة بايكونور أمس.", [], id="a-rocket-falling-after-its-launch-is-no-shelling"),
    ],
)
def test_rules_hold_for_the_counter_examples_a_fifth_review_raised(text, expected):
    assert named_roles(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("وتبادل الجيش اللبناني ومسلحو فتح الإسلام إطلاق النار في المخيم أمس.",
                     [[("actor", "الجيش اللبناني", "army"), ("actor", "مسلحو فتح الإسلام", "Fatah al-Islam")]],
                     id="a-name-of-several-words-is-no-verb"),
        pytest.param("وفتح مسلحون النار على دورية أمس.",
                     [[("actor", "مسلحون", "militants"), ("recipient", "دورية", "targets")]], id="opened-fire-is-still-a-verb"),
        pytest.param("وقالت حركتا حماس وفتح إنهما اتفقتا على وقف الاشتباكات.",
                     [[("speaker", "حماس", "Hamas"), ("speaker", "فتح", "Fatah")]], id="a-name-that-is-a-common-word-joined-to-another-name"),
    ],
)
def test_a_known_name_spelt_like_a_verb(text, expected):
    assert named_roles(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("ونظمت الحركة منذ تأسيسها عدة مظاهرات ضد الحكومة.", [], id="protests-over-a-running-period-are-a-tally"),
        pytest.param("تظاهر الآلاف أمس ضد الحكومة للمرة الأولى منذ الانتخابات.",
                     [ev("PROTEST", "occurred", D(2025, 12, 3), None, ("actor", ("crowd", "group", None)), ("recipient", ("الحكومة للمرة الأولى", "org", None)))],
                     id="a-dated-protest-the-first-since-is-news"),
        pytest.param("وتجمع متظاهرون منذ صباح أمس أمام السفارة للمطالبة بطرد السفير.",
                     [ev("PROTEST", "occurred", D(2025, 12, 3), None, ("actor", ("protesters", "group", None)), ("recipient", ("السفير", "person", None)))],
                     id="since-yesterday-morning-is-a-time-and-its-first-day"),
    ],
)
def test_protests_over_a_running_period(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("وأضرب 3 آلاف عامل في المصنع أمس مطالبين بزيادة الأجور.", [[("actor", "آلاف عامل", "civilians")]],
                     id="thousands-of-workers-striking-protest-and-strike-no-one"),
        pytest.param("أضرب المعلمون عن العمل أمس.", [[("actor", "المعلمون", "crowd")]], id="a-strike-from-work"),
        pytest.param("ضرب مسلحون رجلا في السوق أمس.",
                     [[("actor", "مسلحون", "militants"), ("recipient", "رجلا", "civilians")]], id="beating-a-man-is-still-an-assault"),
    ],
)
def test_a_strike_is_no_beating(text, expected):
    assert named_roles(text) == expected


def test_warplanes_stand_for_the_army_their_nisba_names():
    check("قصفت الطائرات الحربية الإسرائيلية أمس مواقع للمتمردين.",
          [ev("ASSAULT", "occurred", D(2025, 12, 3), None, ("actor", ("army", "group", "ISR")), ("recipient", MILITANTS))])


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("وقالت الشرطة إن مسلحين من جماعة الجهاد خطفوا صحافيا أمس.",
                     [[("speaker", "الشرطة", "police")],
                      [("actor", "مسلحين من جماعة الجهاد", "جماعة الجهاد"), ("recipient", "صحافيا", "targets")]],
                     id="armed-men-of-a-body-named-by-its-head-before-a-plural-verb-did-it"),
        pytest.param("وقالت الشرطة إن عناصر من جماعة الجهاد خطفوا صحافيا أمس.",
                     [[("speaker", "الشرطة", "police")],
                      [("actor", "عناصر من جماعة الجهاد", "جماعة الجهاد"), ("recipient", "صحافيا", "targets")]],
                     id="members-of-a-body-before-a-plural-verb-did-it"),
        pytest.param("وقالت حركة «شباب الغد» إن مسلحين خطفوا صحافيا أمس.",
                     [[("speaker", "حركة «شباب الغد»", "حركة شباب الغد")],
                      [("actor", "مسلحين", "militants"), ("recipient", "صحافيا", "targets")]],
                     id="a-movement-named-in-quotes-after-its-head"),
        pytest.param("وأكدت الحركة «أنها لن تتراجع».", [[("speaker", "الحركة", None)]],
                     id="a-quote-after-a-definite-head-is-what-it-said"),
        pytest.param("وتجمع متظاهرون من حركة الشباب أمس أمام السفارة احتجاجا على القرار.",
                     [[("actor", "متظاهرون من حركة الشباب", "protesters"), ("recipient", "القرار", "targets")]],
                     id="protesters-are-named-with-their-movement"),
        pytest.param("وتظاهر مئات من أنصار حزب العمال أمس ضد الحكومة.",
                     [[("actor", "مئات من أنصار حزب العمال", "crowd"), ("recipient", "الحكومة", "government")]],
                     id="a-crowd-in-construct-with-its-party"),
    ],
)
def test_armed_men_members_and_crowds_are_named_with_their_body(text, expected):
    assert named_roles(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("وقام الجيش أمس بتفجير عدد من المباني في المخيم.",
                     [ev("COERCE", "occurred", D(2025, 12, 3), None, ("actor", ("army", "group", None)))],
                     id="forces-blowing-up-buildings-destroy-property"),
        pytest.param("فجرت الشرطة أمس أبواب المنازل في القرية.",
                     [ev("COERCE", "occurred", D(2025, 12, 3), None, ("actor", POLICE), ("recipient", TARGET))],
                     id="forces-blowing-up-doors-destroy-property"),
        pytest.param("فجرت القوات أمس منزلا في القرية مما أدى إلى مقتل طفلين.",
                     [ev("ASSAULT", "occurred", D(2025, 12, 3), None, ("actor", ("army", "group", None)), ("recipient", TARGET))],
                     id="a-demolition-that-kills-is-an-assault"),
        pytest.param("فجر مسلحون أمس منزلا في القرية.",
                     [ev("ASSAULT", "occurred", D(2025, 12, 3), None, ("actor", MILITANTS), ("recipient", TARGET))],
                     id="armed-men-blowing-up-a-house-assault"),
        pytest.param("وقال على سبيل المثال إن مسلحين اغتالوا الزعيم في بيروت.", [], id="an-example-in-an-argument-is-no-news"),
        pytest.param("فقد قتل مثلا ثلاثة أشخاص أمس في هجوم على السوق.",
                     [ev("ASSAULT", "occurred", D(2025, 12, 3), None, ("recipient", CIVILIANS), ("recipient", TARGET))],
                     id="a-dated-example-is-news"),
        pytest.param("وساعدت الجهود خلال العامين الماضيين، بما في ذلك شن ست ضربات جوية على المسلحين.", [],
                     id="a-part-of-a-clause-with-a-running-period-is-a-tally"),
    ],
)
def test_demolitions_examples_and_parts_of_tallies_are_no_attacks(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    "text, signatories",
    [
        pytest.param("Malaysian Prime Minister Hassan Idris held talks with Vietnamese Prime Minister Le Van Thanh on Monday. "
                     "The trade ministers of the two countries signed a memorandum on rice.",
                     [("trade ministers", "group", "MYS"), ("trade ministers", "group", "VNM")],
                     id="en-a-portfolio-the-leaders-do-not-hold-is-each-countrys-minister"),
        pytest.param("Egyptian Foreign Minister Badr Abdelatty held talks with Turkish Foreign Minister Hakan Fidan on Monday. "
                     "After the talks, the foreign ministers of the two countries signed a memorandum on trade.",
                     [("Badr Abdelatty", "person", "EGY"), ("Hakan Fidan", "person", "TUR")],
                     id="en-the-portfolio-the-articles-two-ministers-hold-is-theirs"),
        pytest.param("Malaysian Prime Minister Hassan Idris held talks with Vietnamese Prime Minister Le Van Thanh on Monday. "
                     "The two prime ministers signed an agreement, and the trade ministers of the two countries signed a memorandum on rice.",
                     [("Hassan Idris", "person", "MYS"), ("Le Van Thanh", "person", "VNM")],
                     id="en-two-signings-by-two-pairs-are-two-agreements"),
    ],
)
def test_ministers_of_the_two_countries_are_the_leaders_only_when_they_hold_the_portfolio(text, signatories):
    x = extract(text)
    agreements = [e for e in x.events if e["event_type"] == "AGREEMENT"]
    first = sorted((p["canonical_name"], p["actor_type"], p["country_code"]) for p in x.participants if p["event_id"] == agreements[0]["event_id"])
    assert first == signatories
    if "and the trade ministers" in text:
        second = sorted((p["canonical_name"], p["country_code"]) for p in x.participants if p["event_id"] == agreements[1]["event_id"])
        assert second == [("trade ministers", "MYS"), ("trade ministers", "VNM")]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Police arrested three men on Monday, a spokesman said.",
                     [ev("COERCE", "occurred", D(2025, 12, 1), None, ("actor", POLICE), ("recipient", ("individuals", "group", None)))],
                     id="en-the-source-in-another-clause-is-no-one-arrested"),
        pytest.param("Gunmen killed two villagers near the border on Sunday, officials said.",
                     [ev("ASSAULT", "occurred", D(2025, 11, 30), None, ("actor", MILITANTS), ("recipient", CIVILIANS))],
                     id="en-villagers-are-civilians"),
    ],
)
def test_en_who_was_hit_is_in_the_clause_of_the_act(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    "text, dated",
    [
        pytest.param("Thousands of demonstrators marched through the capital on Monday against fuel prices. "
                     "Police fired tear gas at a group of demonstrators near parliament and arrested 14 protesters.",
                     D(2025, 12, 1), id="en-the-police-act-at-the-protest-takes-its-day"),
        pytest.param("تظاهر آلاف أمس في العاصمة احتجاجا على رفع الأسعار. واعتقلت الشرطة عشرين متظاهرا قرب البرلمان.",
                     D(2025, 12, 3), id="ar-the-police-act-at-the-protest-takes-its-day"),
        pytest.param("Police arrested 14 protesters near parliament.", None, id="en-no-protest-told-no-day"),
        pytest.param("Thousands of demonstrators marched through the capital on Monday. Hundreds of farmers marched in the north on Tuesday against the new tax. "
                     "Police arrested 14 protesters.", None, id="en-two-protests-leave-the-arrest-undated"),
    ],
)
def test_an_undated_police_act_at_the_articles_one_protest_takes_its_date(text, dated):
    x = extract(text)
    acts = [e for e in x.events if e["event_type"] == "COERCE"]
    assert acts and all(e["date_start"] == dated for e in acts)
    assert all(e["date_basis"] == ("inherited" if dated else None) for e in acts)


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param('قتل مسلحون خمسة من رجال الشرطة في هجوم على نقطة تفتيش بولاية قندهار، في أعنف هجوم تشهده الولاية خلال السنوات الأخيرة.',
                     [[('actor', 'militants'), ('recipient', 'police')]], id='a-period-after-a-superlative-goes-with-it'),
        pytest.param('Gunmen killed five policemen at a checkpoint in Kandahar, the deadliest attack in the province in recent years.',
                     [[('actor', 'militants'), ('recipient', 'police')]], id='en-a-period-after-the-deadliest-goes-with-it'),
        pytest.param('قتل مسلحون أمس خمسة جنود في منطقة شهدت هجمات متكررة خلال العامين الماضيين.',
                     [[('actor', 'militants'), ('recipient', 'army')]], id='a-period-of-another-verb-goes-with-it'),
        pytest.param('وقال المتحدث إن التحقيق في الهجوم ما زال جاريا، وقتل ثلاثة جنود أمس في انفجار عبوة ناسفة.',
                     [[('actor', 'explosive devices'), ('recipient', 'army')]], id='a-reference-across-a-comma-leaves-the-next-killing-news'),
        pytest.param('وكشفت الشرطة مخططا لاغتيال وزير الداخلية وقتل مسلحون أمس ثلاثة جنود.',
                     [[('actor', 'militants'), ('recipient', 'army')]], id='a-verb-with-its-subject-ends-a-list-of-aims'),
        pytest.param('قتل جنديان في هجوم في قندهار فيما قتلت الشرطة ثلاثة مسلحين في كابول.',
                     [[('recipient', 'army')], [('actor', 'police'), ('recipient', 'militants')]], id='while-parts-two-attacks'),
        pytest.param('أصيب ثلاثة جنود في هجوم أمس واغتال مسلحون مسؤولا محليا في المدينة.',
                     [[('recipient', 'army')], [('actor', 'militants'), ('recipient', 'targets')]], id='a-verb-joined-by-wa-with-its-subject-is-another-attack'),
        pytest.param('هاجم مسلحون مركزا للشرطة ردا على قرار إعدام ستة من عناصرهم.',
                     [[('actor', 'militants'), ('recipient', 'police')]], id='a-reprisal-is-no-ground-of-criticism'),
        pytest.param('هاجم مسلحون أمس قرية في الجنوب على طريقة العصابات.',
                     [[('actor', 'militants'), ('recipient', 'targets')]], id='gang-style-is-no-target'),
        pytest.param('وخلال اجتماع لزعماء قبليين اغتال مسلحون أمس شيخ القبيلة.',
                     [[('actor', 'militants'), ('recipient', 'targets')]], id='a-fronted-phrase-with-a-proclitic-noun-is-no-relative-clause'),
        pytest.param('وقال إن مسلحين موالين لإيران خطفوا أمس ثلاثة أمريكيين.',
                     [[('actor', 'militants'), ('recipient', 'United States nationals')]], id='a-country-after-li-is-a-name'),
        pytest.param('وقالت الشرطة بأن مسلحين من قبيلة محلية كانوا قد خطفوا أمس ثلاثة مهندسين.',
                     [[('actor', 'militants'), ('recipient', 'civilians')]], id='a-phrase-describing-the-subject-before-kana-qad'),
        pytest.param('وبحسب رواية الشهود، اقتحم مسلحون الدور الأرضي من المبنى وقتلوا خمسة أشخاص أمس.',
                     [[('actor', 'militants'), ('recipient', 'civilians')]], id='riwaya-is-an-account-and-dawr-a-floor'),
        pytest.param('A video film released by the group depicts fighters killing two captured soldiers on Monday.',
                     [[('recipient', 'army')]], id='en-a-video-depicting-killings-is-news'),
        pytest.param('قتل مسلحون أمس دون رحمة ثلاثة أطفال في القرية.',
                     [[('actor', 'militants'), ('recipient', 'civilians')]], id='without-mercy-spares-no-one'),
        pytest.param('وقصف الجيش التركي إثر الهجوم مواقع لحزب العمال الكردستاني.',
                     [[('actor', 'army'), ('recipient', 'حزب العمال الكردستاني')]], id='after-the-attack-told-the-army-shelled'),
        pytest.param('وقتل مسلحون بعد اشتباكات عنيفة ثلاثة جنود.',
                     [[('actor', 'militants'), ('recipient', 'army')]], id='after-clashes-the-militants-killed'),
        pytest.param('قتل خمسة مدنيين أمس بعدما قصفت طائرات حربية قرية قرب الحدود التركية.',
                     [[('actor', 'army'), ('recipient', 'civilians')]], id='a-nisba-of-a-place-is-no-agent'),
        pytest.param('قتل ثلاثة مسلحين أمس بعدما قتلوا شرطيا في كمين.',
                     [[('recipient', 'militants')]], id='the-killed-who-killed-are-no-agents-of-their-own-deaths'),
        pytest.param('وقالت الشرطة إن 20 على الأقل هاجموا أمس مركز الاقتراع بالهراوات.',
                     [[('actor', '20'), ('recipient', 'targets')]], id='a-count-before-an-attack-verb-with-an-object-did-it'),
        pytest.param('قتل أمس عشرة مدنيين في قصف على مدار الليل.',
                     [[('recipient', 'civilians')]], id='through-the-night-is-no-target'),
        pytest.param('وقال الجيش إن المسلحين من حزب الله هاجموا أمس موقعا عسكريا.',
                     [[('actor', 'Hezbollah'), ('recipient', 'targets')]], id='allah-in-a-name-is-no-pronoun'),
    ],
)
def test_rules_hold_for_the_counter_examples_a_second_review_raised(text, expected):
    """Attacks (and criticism) with who did it and who was hit, by canonical name, for sentences a review wrote against the new rules."""
    x = extract(text)
    got = [canonical_roles(x, e) for e in x.events if e["event_type"] in ("ASSAULT", "ACCUSE")]
    assert got == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("اجتمعت اللجنة الوطنية للانتخابات أمس. وقالت اللجنة إنها ستعلن النتائج غدا.",
                     [[("participant", "اللجنة الوطنية للانتخابات")], [("speaker", "اللجنة الوطنية للانتخابات")]],
                     id="a-definite-head-alone-is-the-body-named-in-full-before"),
        pytest.param("وقالت اللجنة إنها ستجتمع غدا.", [], id="a-committee-never-named-is-no-one-known"),
        pytest.param("وفجرت الجبهة أمس ثلاث سيارات ملغومة في المدينة.",
                     [[("actor", "الجبهة")]], id="the-front-acting-alone-was-named-before-this-text-and-its-car-bombs-hit-nothing"),
        pytest.param("فجر مسلحون أمس الطريق الرئيسي.", [[("actor", "militants"), ("recipient", "targets")]], id="a-road-blown-up-was-hit"),
    ],
)
def test_a_head_alone_refers_to_the_body_told_before_and_what_is_set_off_is_no_target(text, expected):
    x = extract(text)
    got = [canonical_roles(x, e) for e in x.events]
    assert got == expected


def test_a_trip_made_for_a_meeting_told_before_is_there_on_its_day_and_names_no_other_meeting():
    x = extract("اجتمع وزير الخارجية المصري سامح شكري مع نظيره الأردني أيمن الصفدي في عمان أمس. وكان شكري قد وصل إلى عمان لحضور الاجتماع.")
    assert [(e["event_type"], e["date_start"], e["date_basis"]) for e in x.events] == [("MEETING", D(2025, 12, 3), "relative"), ("VISIT", D(2025, 12, 3), "inherited")]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param('Unidentified men abducted a local journalist in Kirkuk on Monday, police said.',
                     [('ASSAULT', '2025-12-01', [('actor', 'individuals', None), ('recipient', 'civilians', None)])], id='en-men-who-abduct-are-no-civilians-and-the-journalist-stays'),
        pytest.param('The electoral commission on Tuesday condemned attacks on its offices.',
                     [('ACCUSE', '2025-12-02', [('actor', 'electoral commission', None)])], id='en-a-date-ends-a-lower-case-body-name'),
        pytest.param('The same commission will meet in Montevideo on Monday.',
                     [], id='en-the-same-commission-refers-back'),
        pytest.param('Egyptian Foreign Minister Badr Abdelatty held talks with his Turkish counterpart Hakan Fidan on Monday. The two foreign ministers signed a memorandum on trade.',
                     [('MEETING', '2025-12-01', [('participant', 'Badr Abdelatty', 'EGY'), ('participant', 'Hakan Fidan', 'TUR')]), ('AGREEMENT', None, [('signatory', 'Badr Abdelatty', 'EGY'), ('signatory', 'Hakan Fidan', 'TUR')])], id='en-a-counterpart-holds-the-others-office'),
        pytest.param('Indian Commerce Minister Piyush Goyal met Australian Trade Minister Don Farrell on Monday. The two trade ministers signed an agreement.',
                     [('MEETING', '2025-12-01', [('participant', 'Don Farrell', 'AUS'), ('participant', 'Piyush Goyal', 'IND')]), ('AGREEMENT', None, [('signatory', 'Don Farrell', 'AUS'), ('signatory', 'Piyush Goyal', 'IND')])], id='en-trade-is-the-economy-portfolio'),
        pytest.param('Kenya and Ethiopia signed a border accord on Monday. The trade ministers of the two countries also signed a memorandum.',
                     [('AGREEMENT', '2025-12-01', [('signatory', 'Ethiopia', 'ETH'), ('signatory', 'Kenya', 'KEN')]), ('AGREEMENT', None, [('signatory', 'trade ministers', 'ETH'), ('signatory', 'trade ministers', 'KEN')])], id='en-with-no-leaders-the-ministers-are-each-countrys'),
        pytest.param('استقبل الرئيس المصري عبد الفتاح السيسي الرئيس الكيني وليام روتو أمس. ووقع وزيرا التجارة في البلدين مذكرة تفاهم.',
                     [('MEETING', '2025-12-03', [('participant', 'Abdel Fattah al-Sisi', 'EGY'), ('participant', 'William Ruto', 'KEN')]), ('AGREEMENT', None, [('signatory', 'trade ministers', 'EGY'), ('signatory', 'trade ministers', 'KEN')])], id='ar-a-dual-of-ministers-in-the-two-countries'),
        pytest.param('Russian forces shelled the town of Kupiansk overnight, wounding 12 civilians, officials said.',
                     [('ASSAULT', None, [('actor', 'army', 'RUS'), ('recipient', 'civilians', None)])], id='en-a-result-clause-keeps-its-victims'),
        pytest.param('Troops arrested on Monday, according to the army, 14 suspected militants near the border.',
                     [('COERCE', '2025-12-01', [('actor', 'army', None), ('recipient', 'militants', None)])], id='en-an-inserted-source-keeps-the-arrested'),
        pytest.param('قصف الجيش الروسي أمس مستودع صواريخ في مدينة لفيف.',
                     [('ASSAULT', '2025-12-03', [('actor', 'army', 'RUS'), ('recipient', 'targets', None)])], id='ar-a-missile-depot-is-hit-not-set-off'),
        pytest.param('هاجمت الجماعة قرية في الشمال أمس.',
                     [('ASSAULT', '2025-12-03', [('actor', 'الجماعة', None), ('recipient', 'targets', None)])], id='ar-the-group-alone-acts'),
        pytest.param('قتل جنديان أمس على الجبهة في هجوم للمتمردين.',
                     [('ASSAULT', '2025-12-03', [('actor', 'militants', None), ('recipient', 'army', None)])], id='ar-on-the-front-is-a-place-and-the-attack-is-the-rebels'),
        pytest.param('Thousands of demonstrators marched through Belgrade on Monday against the government. Security forces killed more than 100 protesters during the 2019 uprising.',
                     [('PROTEST', '2025-12-01', [('actor', 'protesters', None), ('recipient', 'government', 'SRB')]), ('ASSAULT', None, [('actor', 'security forces', None), ('recipient', 'protesters', None)])], id='en-the-2019-uprising-keeps-no-protest-date'),
        pytest.param('Thousands of demonstrators marched through Belgrade on Monday against the government. Ahead of the rally, police arrested ten protesters.',
                     [('PROTEST', '2025-12-01', [('actor', 'protesters', None), ('recipient', 'government', 'SRB')]), ('COERCE', None, [('actor', 'police', None), ('recipient', 'protesters', None)])], id='en-ahead-of-the-rally-keeps-no-protest-date'),
        pytest.param('Thousands of demonstrators marched through Belgrade on Monday against the government. In neighbouring Montenegro, police arrested 12 protesters.',
                     [('PROTEST', '2025-12-01', [('actor', 'protesters', None), ('recipient', 'government', 'SRB')]), ('COERCE', None, [('actor', 'police', None), ('recipient', 'protesters', None)])], id='en-another-country-keeps-no-protest-date'),
        pytest.param('تظاهر آلاف أمس في العاصمة احتجاجا على رفع الأسعار. وكانت قوات الأمن قد قتلت مئات المتظاهرين في احتجاجات سابقة.',
                     [('PROTEST', '2025-12-03', [('actor', 'crowd', None), ('recipient', 'targets', None)]), ('ASSAULT', None, [('actor', 'security forces', None), ('recipient', 'protesters', None)])], id='ar-kana-qad-keeps-no-protest-date'),
    ],
)
def test_rules_hold_for_the_counter_examples_a_third_review_raised(text, expected):
    """Events with their day and participants (canonical name, country) for sentences a review wrote against
    the portfolio, lower-case body, acting-head, clause-comma, protest-date and set-off-device rules."""
    x = extract(text)
    got = [(e["event_type"], str(e["date_start"]) if e["date_start"] else None, canonical_roles(x, e, country=True)) for e in x.events]
    assert got == expected


@pytest.mark.parametrize(
    "text, types",
    [
        pytest.param("Sisi stressed the need for an immediate ceasefire and for humanitarian aid to reach civilians.", ["STATEMENT"],
                     id="en-aid-joined-to-a-need-for-is-needed-not-given"),
        pytest.param("Iran said on Monday it was ready for talks with Washington.", ["STATEMENT"], id="en-ready-for-talks-is-no-talks"),
        pytest.param("The UN agency delivered aid to families in the north on Monday and for the first time reached the coast.", ["AID"],
                     id="en-and-for-after-a-told-act-wishes-nothing"),
    ],
)
def test_en_a_noun_after_a_need_or_wish_for_is_not_told(text, types):
    assert [e["event_type"] for e in extract(text).events] == types


def test_en_sending_food_or_tents_is_aid_under_way():
    x = extract("The UN refugee agency said it was sending tents, blankets and food for about 2,000 people who had fled the area.")
    aid = [e for e in x.events if e["event_type"] == "AID"]
    assert [(e["status"], e["trigger"]) for e in aid] == [("ongoing", "sending")]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("President Ruto held talks with President Macron in Nairobi on Wednesday. In a joint statement issued after the talks, "
                     "the two presidents said trade between their countries should double.",
                     [("MEETING", D(2025, 12, 3), "relative"), ("STATEMENT", D(2025, 12, 3), "inherited")], id="en-in-a-statement-after-the-talks"),
        pytest.param("Kenyan Foreign Minister Musalia Mudavadi met his Ethiopian counterpart in Addis Ababa on Tuesday. After the meeting, "
                     "Mudavadi said the two countries would reopen the border crossing.",
                     [("MEETING", D(2025, 12, 2), "relative"), ("STATEMENT", D(2025, 12, 2), "inherited")], id="en-after-the-meeting-the-minister-said"),
        pytest.param("Gunmen attacked a police post on Tuesday. In the attack, three officers were killed, police said.",
                     [("ASSAULT", D(2025, 12, 2), "relative")], id="en-a-clause-after-the-opening-phrase-still-has-its-source"),
    ],
)
def test_en_an_opening_prepositional_phrase_dates_the_main_clause_and_is_no_report(text, expected):
    """"In a statement issued after the talks, X said": the phrase opening the sentence ties the saying to the
    talks' date, and a "said" after it tells news rather than naming the source of a report before the comma."""
    assert [(e["event_type"], e["date_start"], e["date_basis"]) for e in extract(text).events] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Kenya will host a summit of East African leaders in Mombasa next month, the Kenyan presidency said on Tuesday.",
                     [("MEETING", D(2026, 1, 1)), ("STATEMENT", D(2025, 12, 2))], id="en-a-source-that-spoke-on-a-day-announced"),
        pytest.param("Police arrested four men in Mombasa on Monday, a police spokesman said yesterday, adding that more arrests were likely.",
                     [("COERCE", D(2025, 12, 1)), ("STATEMENT", D(2025, 12, 3))], id="en-said-yesterday-before-a-comma"),
        pytest.param("Kenya will host a summit of East African leaders in Mombasa next month, the Kenyan presidency said.",
                     [("MEETING", D(2026, 1, 1))], id="en-an-undated-source-only-names-where-the-news-came-from"),
        pytest.param("A police spokesman said 14 people were arrested yesterday.", [("COERCE", D(2025, 12, 3))],
                     id="en-a-day-in-the-reported-clause-is-the-acts"),
    ],
)
def test_en_a_closing_source_with_a_day_of_its_own_made_a_statement(text, expected):
    assert [(e["event_type"], e["date_start"]) for e in extract(text).events] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The regional assembly is expected to debate a new water plan next week.",
                     [("MEETING", "expected", D(2025, 12, 8), [("participant", "regional assembly")])], id="en-an-assembly-debating-sits"),
        pytest.param("Parliament will debate the bill tomorrow.",
                     [("MEETING", "planned", D(2025, 12, 5), [("participant", "parliament")])], id="en-parliament-alone-debating-sits"),
        pytest.param("The cabinet discussed the budget on Monday.",
                     [("MEETING", "occurred", D(2025, 12, 1), [("participant", "government")])], id="en-the-cabinet-discussing-meets"),
        pytest.param("Analysts debated the plan on television on Monday.", [], id="en-analysts-debating-is-no-meeting"),
        pytest.param("The two presidents discussed trade and energy.", [], id="en-leaders-discussing-is-no-meeting-of-its-own"),
    ],
)
def test_en_a_deliberative_body_debating_or_discussing_holds_a_session(text, expected):
    x = extract(text)
    got = [(e["event_type"], e["status"], e["date_start"], [(p["role"], p["canonical_name"] or p["name"]) for p in x.participants if p["event_id"] == e["event_id"]])
           for e in x.events]
    assert got == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("President Ruto and President Abiy will hold a summit in Addis Ababa next week. Kenyan Foreign Minister Musalia Mudavadi "
                     "is expected to travel to Addis Ababa on Friday to prepare the meeting with Ethiopian Foreign Minister Taye Atske Selassie.",
                     [("MEETING", ["Abiy", "William Ruto"]), ("VISIT", ["Ethiopia", "Musalia Mudavadi"]), ("MEETING", ["Musalia Mudavadi", "Taye Atske Selassie"])],
                     id="en-the-meeting-with-a-new-partner-is-another-meeting"),
        pytest.param("President Ruto held talks with President Abiy in Addis Ababa on Monday. The talks with Abiy focused on trade.",
                     [("MEETING", ["Abiy", "William Ruto"])], id="en-the-talks-with-the-partner-told-refer-back"),
    ],
)
def test_en_a_definite_meeting_with_a_partner_new_to_the_article_is_a_meeting_of_its_own(text, expected):
    x = extract(text)
    assert [(e["event_type"], sorted(p["canonical_name"] or p["name"] for p in x.participants if p["event_id"] == e["event_id"])) for e in x.events] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("French President Emmanuel Macron spoke by phone with Indian Prime Minister Narendra Modi on Monday, and the two leaders "
                     "agreed to meet in Paris next week. Macron and Modi will hold a summit in Paris next week. French Foreign Minister "
                     "Jean Barrot will meet Indian Foreign Minister Vikram Rao in Paris on Friday. The two countries are expected to sign "
                     "defence agreements during the summit.",
                     [("CALL", D(2025, 12, 1)), ("MEETING", D(2025, 12, 8)), ("MEETING", D(2025, 12, 5)), ("AGREEMENT", D(2025, 12, 8))],
                     id="en-agreed-to-meet-and-the-summit-are-one-meeting-named-the-summit"),
        pytest.param("President Macron will meet Prime Minister Modi in Paris on Monday. Macron and Modi will also hold a summit in Delhi next month.",
                     [("MEETING", D(2025, 12, 8)), ("MEETING", D(2026, 1, 1))], id="en-the-same-pair-on-other-days-meets-twice"),
    ],
)
def test_en_a_meeting_told_in_other_words_on_the_same_days_by_the_same_participants_is_one(text, expected):
    assert [(e["event_type"], e["date_start"]) for e in extract(text).events] == expected


@pytest.mark.parametrize(
    "text, types",
    [
        pytest.param("Analysts said Lima was trying to win support among its neighbours.", [], id="en-to-win-support-seeks-it"),
        pytest.param("The opposition hopes to rally support for the bill.", [], id="en-to-rally-support-seeks-it"),
        pytest.param("The minister will then travel to Mombasa on Friday.", ["VISIT"], id="en-will-then-travel"),
        pytest.param("Peru will strongly support the plan.", ["SUPPORT"], id="en-will-strongly-support"),
    ],
)
def test_en_a_base_form_is_a_verb_only_right_after_will_or_to_or_past_adverbs(text, types):
    assert [e["event_type"] for e in extract(text).events] == types


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The Kenyan presidency said in a statement that Ruto had stressed the need for a ceasefire.",
                     [("STATEMENT", ["Kenyan presidency", "William Ruto"])], id="en-a-remark-in-the-that-clause-is-the-reports-content"),
        pytest.param("Ruto said on Monday that trade would grow. Macron warned that prices would rise.",
                     [("STATEMENT", ["William Ruto"]), ("STATEMENT", ["Emmanuel Macron"])], id="en-a-saying-in-the-next-sentence-is-its-own"),
    ],
)
def test_en_a_saying_reported_in_a_that_clause_is_one_statement_with_its_reporter(text, expected):
    x = extract(text)
    assert [(e["event_type"], sorted(p["canonical_name"] or p["name"] for p in x.participants if p["event_id"] == e["event_id"])) for e in x.events] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("واعدمته الجماعة يوم الخميس.", [[("actor", "الجماعة", None)]], id="a-day-word-before-a-weekday-is-no-one-hit"),
        pytest.param("ولم يعرف مصير خمسة تجار خطفوا أيضا في ظروف غامضة.", [[("recipient", "خمسة تجار", "crowd")]],
                     id="a-crowd-before-a-plural-verb-of-suffering-with-nothing-after-it-was-taken"),
        pytest.param("وقال المتحدث إن عبوة ناسفة انفجرت قرب مركز الشرطة في البلدة أمس.",
                     [[("actor", "عبوة ناسفة", "explosive devices"), ("recipient", "مركز الشرطة", "police")]],
                     id="a-noun-inside-a-place-phrase-after-the-verb-is-no-subject"),
        pytest.param("وهاجم مسلحون شيعة بالصواريخ والأسلحة النارية مساجد في العاصمة أمس.",
                     [[("actor", "مسلحون شيعة", "militants"), ("recipient", "مساجد", "targets")]],
                     id="a-sect-name-qualifies-the-doers-and-what-they-attacked-with-is-no-target"),
        pytest.param("وهاجم مسلحون ملثمون بالأسلحة الرشاشة مركزا للشرطة أمس.",
                     [[("actor", "مسلحون ملثمون", "militants"), ("recipient", "مركزا للشرطة", "police")]],
                     id="the-target-phrase-does-not-reach-back-into-the-weapons"),
        pytest.param("وقتل جندي أمريكي متأثرا بجراحه التي أصيب بها في هجوم أمس.", [[("recipient", "جندي أمريكي", "army")]],
                     id="one-who-died-of-his-wounds-is-a-victim"),
        pytest.param("ولقي ثلاثة أشخاص حتفهم في انفجار عبوة ناسفة أمس.",
                     [[("actor", "عبوة ناسفة", "explosive devices"), ("recipient", "ثلاثة أشخاص", "civilians")]],
                     id="the-word-for-their-death-ends-the-victims-phrase"),
        pytest.param("ودان الاتحاد هجوم قوات المتمردين على العاصمة أمس.",
                     [[("actor", "قوات المتمردين", "militants"), ("recipient", "العاصمة", "targets")]],
                     id="forces-in-construct-with-a-group-are-one-doer-and-their-genitive-is-not-hit"),
        pytest.param("وقال مسؤول إن شيخ العشيرة نجا من محاولة اغتيال صباح أمس.", [[("recipient", "شيخ العشيرة", "targets")]],
                     id="who-survived-is-named-even-when-no-lexicon-knows-him"),
        pytest.param("أفاد شاهد بأن صواريخ سقطت على منازل ليلة أمس في قرية قرب الموصل ما أدى إلى مقتل رجلين.",
                     [[("actor", "صواريخ", "explosive devices"), ("recipient", "رجلين", "civilians")]],
                     id="guard-a-place-before-ma-is-no-subject-of-what-it-caused"),
    ],
)
def test_violence_participants_are_named_by_their_own_phrase(text, expected):
    assert named_roles(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("وأعلنت مصادر أمنية وأخرى طبية عراقية مقتل خمسة أشخاص في انفجار أمس.", [[("recipient", "خمسة أشخاص", "civilians")]],
                     id="the-nisba-of-those-who-tell-a-killing-names-no-killer"),
        pytest.param("وأعلنت الشرطة أن الهجوم نفذه انتحاري يدعى أحمد وهو عضو في جماعة متشددة.",
                     [[("speaker", "الشرطة", "police")], [("actor", "انتحاري يدعى أحمد", "militants")]],
                     id="a-clause-telling-who-the-attacker-is-names-no-one-hit"),
        pytest.param("واطلقت القوات الإسرائيلية المتمركزة قرب الحدود قذيفة على منزل في البلدة أمس.",
                     [[("actor", "القوات الإسرائيلية المتمركزة", "army"), ("recipient", "منزل", "targets")]],
                     id="what-was-fired-on-is-named-after-what-was-fired"),
        pytest.param("واغتال مسلحون مجهولون أمس سالم العبيدي مدير مكتب الحزب في المدينة.",
                     [[("actor", "مسلحون مجهولون", "militants"), ("recipient", "سالم العبيدي مدير مكتب الحزب", "مكتب الحزب")]],
                     id="the-object-slot-names-the-victim-before-any-known-actor-further-on"),
        pytest.param("وقتل شرطيان عندما هاجم مسلحون نقطة تفتيش تابعة للشرطة المحلية مساء أمس.",
                     [[("recipient", "شرطيان", "police")], [("actor", "مسلحون", "militants"), ("recipient", "نقطة تفتيش تابعة للشرطة المحلية", "police")]],
                     id="a-target-running-into-a-known-actor-is-that-actor-named-by-the-whole-phrase"),
    ],
)
def test_who_tells_describes_or_is_fired_on_is_told_apart_from_whom_violence_hit(text, expected):
    assert named_roles(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("وانفجرت عبوة ناسفة في البلدة، حسبما أفادت الشرطة.", [[("actor", "عبوة ناسفة", "explosive devices")]],
                     id="the-source-after-hasabama-and-a-verb-of-telling-is-no-one-hit"),
        pytest.param("وقتل شرطي في انفجار عبوة ناسفة أمس، وفقا لما ذكرته الشرطة العراقية.",
                     [[("actor", "عبوة ناسفة", "explosive devices"), ("recipient", "شرطي", "police")]],
                     id="guard-the-source-after-wifqan-lima-is-no-participant"),
        pytest.param("وقال مسؤول إن عبوة ناسفة وضعت قرب منزل الضابط في بلدة الرفاعي (300 كلم جنوب بغداد) انفجرت أمس.",
                     [[("actor", "عبوة ناسفة", "explosive devices")]],
                     id="a-city-in-a-bracketed-bearing-is-no-subject-and-the-bombs-verb-ends-its-phrase"),
        pytest.param("وانفجرت سيارة مفخخة أمس في حي المصطفى (وسط) لدى مرور دورية للجيش الأميركي.",
                     [[("actor", "سيارة مفخخة", "explosive devices"), ("recipient", "مرور دورية للجيش الأميركي", "army")]],
                     id="guard-an-actor-after-a-closed-bracket-is-outside-it"),
    ],
)
def test_sources_and_bearings_take_no_part_in_the_violence_they_tell(text, expected):
    assert named_roles(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("وأوقع هجوم انتحاري استهدف الشرطة في المدينة أمس عشرة قتلى.",
                     [[("actor", "انتحاري", "militants"), ("recipient", "الشرطة", "police")]],
                     id="a-verb-describing-a-suicide-attack-has-the-bomber-as-subject-and-hits-the-noun-after-it"),
        pytest.param("وقتل خمسة أشخاص في هجوم بسيارة مفخخة استهدف الشرطة المحلية أمس.",
                     [[("actor", "بسيارة مفخخة", "explosive devices"), ("recipient", "الشرطة المحلية", "police"), ("recipient", "خمسة أشخاص", "civilians")]],
                     id="a-verb-describing-a-car-bomb-attack-names-what-it-hit"),
        pytest.param("وشن مسلحون هجوما استهدف مركزا للشرطة أمس.",
                     [[("actor", "مسلحون", "militants"), ("recipient", "مركزا للشرطة", "police")]],
                     id="the-verb-describing-an-attack-noun-is-that-attack-told-once"),
        pytest.param("وقتل مسلحون ثلاثة جنود واستهدفوا دورية للشرطة أمس.",
                     [[("actor", "مسلحون", "militants"), ("recipient", "ثلاثة جنود", "army")], [("actor", "مسلحون", "militants"), ("recipient", "دورية للشرطة", "police")]],
                     id="guard-a-verb-joined-by-wa-is-another-act-with-the-shared-subject"),
    ],
)
def test_a_verb_describing_an_indefinite_attack_takes_the_attack_as_its_subject(text, expected):
    assert named_roles(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("وهاجم مسلحون القاعدة الجوية في المدينة أمس.", [[("actor", "مسلحون", "militants"), ("recipient", "القاعدة الجوية", "targets")]],
                     id="the-air-base-is-no-al-qaeda"),
        pytest.param("وقصفت القوات الأمريكية القاعدة العسكرية أمس.", [[("actor", "القوات الأمريكية", "army"), ("recipient", "القاعدة العسكرية", "targets")]],
                     id="a-base-named-after-the-subject-starts-a-phrase-of-its-own"),
        pytest.param("وهاجمت القاعدة الجيش أمس.", [[("actor", "القاعدة", "al-Qaeda"), ("recipient", "الجيش", "army")]],
                     id="guard-al-qaeda-alone-is-still-the-group"),
        pytest.param("وأكد المدعي أن الخلية كانت تستهدف تفجير مقر الحكومة، وضرب مواقع سياحية في المدن الثلاث، واغتيال شخصيات سياسية، "
                     "والسطو على مخازن للسلاح، في مدينتي الرباط وفاس، وضرب القاعدة الجوية في المدينة، مشيرا إلى أن الشرطة صادرت المتفجرات.",
                     [], id="the-last-item-of-a-long-list-of-aims-is-an-aim-too"),
    ],
)
def test_common_nouns_spelt_like_names_and_lists_of_aims(text, expected):
    assert named_roles(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("وأعلن مصدر في الشرطة إصابة ثلاثة من رجال الشرطة في هجوم على حاجز أمني.",
                     [[("recipient", "ثلاثة من رجال الشرطة", "police")]],
                     id="a-noun-with-ta-marbuta-is-no-verb-and-those-it-hurt-in-the-attack-were-hit"),
        pytest.param("وهاجم مسلحون حاجزا للشرطة على الطريق السريع أمس.",
                     [[("actor", "مسلحون", "militants"), ("recipient", "حاجزا للشرطة", "police")]],
                     id="guard-the-direct-object-is-hit-not-the-road-after-ala"),
        pytest.param("وفجر المهاجمون قنابلهم على متن حافلتين للركاب.",
                     [[("actor", "المهاجمون", "militants"), ("recipient", "حافلتين للركاب", "civilians")]],
                     id="guard-what-is-set-off-hits-what-ala-names"),
        pytest.param("وقتل صحفي بقنبلة ألقتها طائرة على منزله أمس.",
                     [[("actor", "قنبلة", "explosive devices"), ("recipient", "صحفي", "targets")]],
                     id="the-verb-telling-who-dropped-the-bomb-ends-its-phrase"),
    ],
)
def test_nouns_in_ta_marbuta_direct_objects_and_what_bombs_hit(text, expected):
    assert named_roles(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("وأوضح أن القوات الأجنبية أمرت بضربات جوية على مركز الشرطة أسفرت عن مقتل ستة من رجال الشرطة.",
                     [[("recipient", "رجال الشرطة", "police")]],
                     id="the-police-of-a-station-that-was-hit-caused-no-deaths"),
        pytest.param("وقال شهود إن الهجوم بالقنبلة نفذ ضد عناصر من العشائر كانوا يحرسون منازل لعناصر من طالبان.",
                     [[("recipient", "عناصر من العشائر", "targets")]],
                     id="whom-an-attack-was-carried-out-against-was-hit-not-the-group-named-later"),
        pytest.param("سقط عشرات القتلى في قصف لقوات النظام على حي سكني.",
                     [[("actor", "قوات النظام", "army"), ("recipient", "عشرات القتلى", "crowd")]],
                     id="the-dead-who-fell-in-a-shelling-were-hit-and-whose-shelling-it-was-did-it"),
        pytest.param("وسقط خمسة جرحى في هجوم شنه مسلحون على حاجز للشرطة.",
                     [[("actor", "مسلحون", "militants"), ("recipient", "حاجز للشرطة", "police"), ("recipient", "خمسة جرحى", "civilians")]],
                     id="guard-wounded-who-fell-are-hit-by-who-launched-the-attack"),
    ],
)
def test_what_caused_deaths_and_whom_an_attack_was_against(text, expected):
    assert named_roles(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("وأفاد مسؤول بأن مسلحين فجروا في وقت مبكر من صباح أمس الجسر الرئيسي الذي يربط البلدة بالمدينة.",
                     [[("actor", "مسلحين", "militants"), ("recipient", "الجسر الرئيسي", "targets")]],
                     id="an-early-hour-of-a-day-is-part-of-its-date-and-the-object-follows-it"),
        pytest.param("وأوقعت سلسلة هجمات أمس، بينها هجوم انتحاري بشاحنة مفخخة في الموصل، عشرات القتلى والجرحى.",
                     [[("actor", "شاحنة مفخخة", "explosive devices"), ("recipient", "عشرات القتلى والجرحى", "crowd")]],
                     id="the-dead-and-wounded-a-series-of-attacks-caused-were-hit-not-the-series"),
    ],
)
def test_early_hours_and_the_toll_a_verb_of_causing_needs(text, expected):
    assert named_roles(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("قصف الجيش بالمدفعية وبالطائرات قرى في وادي سوات.", [[("actor", "الجيش", "army"), ("recipient", "قرى", "targets")]],
                     id="weapons-joined-by-wa-bi-end-and-what-was-shelled-follows"),
        pytest.param("قصف الجيش بالمدفعية والغارات الجوية قرى في الوادي.", [[("actor", "الجيش", "army"), ("recipient", "قرى", "targets")]],
                     id="an-event-word-among-the-weapons-ends-them-too"),
        pytest.param("وقال إن الأهالي اختطفوا أمس جنديين من الجيش.",
                     [[("actor", "الأهالي", "crowd"), ("recipient", "جنديين من الجيش", "army")]],
                     id="a-crowd-whose-verb-has-an-object-after-a-date-did-it"),
        pytest.param("وقال إن المحتجين قتلوه.", [[("actor", "المحتجين", "protesters")]], id="a-verb-with-its-object-pronoun-is-active"),
        pytest.param("وأطلق قبل ساعات مسلحون النار على دورية للشرطة.",
                     [[("actor", "مسلحون", "militants"), ("recipient", "دورية للشرطة", "police")]],
                     id="a-time-phrase-governs-no-subject-after-it"),
        pytest.param("وهاجم في ساعة مبكرة مسلحون نقطة تفتيش للجيش في ديالى.",
                     [[("actor", "مسلحون", "militants"), ("recipient", "نقطة تفتيش للجيش", "army")]],
                     id="an-undated-hour-between-verb-and-subject-is-passed-over"),
        pytest.param("وهاجم انتحاري القوات الأمريكية في بغداد.", [[("actor", "انتحاري", "militants"), ("recipient", "القوات الأمريكية", "army")]],
                     id="an-attacker-heads-no-construct-with-what-he-attacked"),
        pytest.param("وهاجمت حركة طالبان قاعدة عسكرية في قندهار.", [[("actor", "حركة طالبان", "Taliban"), ("recipient", "قاعدة عسكرية", "targets")]],
                     id="a-proper-name-ends-before-an-indefinite-noun"),
        pytest.param("وهاجم المسلحون الملثمون القرية.", [[("actor", "المسلحون الملثمون", "militants"), ("recipient", "القرية", "targets")]],
                     id="a-definite-plural-takes-only-an-agreeing-adjective"),
        pytest.param("وهاجم مسلحون شيعة مسجدا للسنة في بعقوبة.", [[("actor", "مسلحون شيعة", "militants"), ("recipient", "مسجدا للسنة", "targets")]],
                     id="a-sect-name-closes-the-doers-phrase"),
        pytest.param("واقتحم المسلحون القرية وقتلوا الجميع.", [[("actor", "المسلحون", "militants"), ("recipient", "الجميع", "targets")]],
                     id="everyone-is-no-adverb"),
        pytest.param("وهاجم مسلحون الخميس الماضي قافلة للجيش الأفغاني في قندهار.",
                     [[("actor", "مسلحون", "militants"), ("recipient", "قافلة للجيش الأفغاني", "army")]],
                     id="last-thursday-is-one-date-and-the-convoy-heads-the-target"),
        pytest.param("وقتل مستوطن متأثرا بجراح أصيب بها في عملية طعن نفذها فلسطيني.",
                     [[("actor", "فلسطيني", "Palestine, State of"), ("recipient", "مستوطن", "settlers")]],
                     id="a-settler-who-died-of-wounds-is-the-victim-and-the-stabber-is-named-without-the-verb"),
        pytest.param("وهاجمت قوات المعارضة مطارا عسكريا في إدلب.", [[("actor", "قوات المعارضة", "militants"), ("recipient", "مطارا عسكريا", "targets")]],
                     id="the-forces-of-the-opposition-are-its-fighters-not-the-army"),
        pytest.param("ونجا أمس مسؤول محلي من محاولة اغتيال في المدينة.", [[("recipient", "مسؤول محلي", "targets")]],
                     id="a-survivor-named-after-a-date"),
        pytest.param("ويوم الأربعاء نجا عضو في البرلمان من محاولة اغتيال.", [[("recipient", "عضو في البرلمان", "parliament")]],
                     id="the-survival-verb-is-no-part-of-the-survivors-name"),
        pytest.param("ولقي صحفي صومالي حتفه في هجوم لحركة الشباب على فندق في مقديشو.",
                     [[("actor", "حركة الشباب", "al-Shabaab"), ("recipient", "صحفي صومالي", "targets")]],
                     id="who-met-his-death-was-hit-by-the-movement-whose-attack-it-was"),
    ],
)
def test_rules_hold_for_the_counter_examples_a_sixth_review_raised(text, expected):
    assert named_roles(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("وقتل عشرة أشخاص في هجوم مسلح استهدف حافلة للركاب أمس.",
                     [[("actor", "مسلح", "militants"), ("recipient", "عشرة أشخاص", "civilians")]],
                     id="the-verb-describing-an-armed-attack-is-the-killing-told-once"),
        pytest.param("وانفجرت عبوة ناسفة استهدفت موكب المحافظ أمس.",
                     [[("actor", "عبوة ناسفة", "explosive devices"), ("recipient", "المحافظ", None)]],
                     id="the-verb-describing-the-bomb-that-went-off-is-its-blast-told-once"),
    ],
)
def test_a_verb_describing_an_attack_or_bomb_already_told_adds_no_event(text, expected):
    assert named_roles(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("وبعد هجوم انتحاري قتل الجيش الباكستاني عشرين مسلحا في وزيرستان اليوم.",
                     [[("actor", "الجيش الباكستاني", "army"), ("recipient", "عشرين مسلحا", "militants")]],
                     id="a-fronted-attack-phrase-is-when-not-the-subject-of-the-verb-after-it"),
        pytest.param("وفي هجوم منفصل اغتال مسلحون مسؤولا محليا في الموصل اليوم.",
                     [[("actor", "مسلحون", "militants"), ("recipient", "مسؤولا محليا", "targets")]],
                     id="in-a-separate-attack-opens-a-clause-with-its-own-subject"),
        pytest.param("انفجرت قنبلة ألقتها طائرة إسرائيلية على منزل في غزة اليوم.",
                     [[("actor", "قنبلة", "explosive devices"), ("recipient", "منزل", "targets")]],
                     id="a-verb-with-no-object-of-its-own-hits-what-ala-names"),
        pytest.param("أكدت مصادر طبية إصابة خمسة مدنيين في هجوم صاروخي على سوق في مقديشو اليوم.",
                     [[("recipient", "خمسة مدنيين", "civilians")]],
                     id="the-counted-wounded-before-fi-hujum-were-hit"),
        pytest.param("أعلن مصدر أمني إصابة خمسة مدنيين في هجوم شرقي بغداد.", [[("recipient", "خمسة مدنيين", "civilians")]],
                     id="a-city-after-a-bearing-is-where-not-whom"),
        pytest.param("قتلت قوات الحكومة الأفغانية عشرين من مسلحي طالبان في هلمند.",
                     [[("actor", "قوات الحكومة الأفغانية", "army"), ("recipient", "عشرين", "targets")]],
                     id="the-forces-of-a-government-are-its-army"),
        pytest.param("هاجم المسلحون الأفغان قافلة للجيش الباكستاني اليوم.",
                     [[("actor", "المسلحون الأفغان", "militants"), ("recipient", "قافلة للجيش الباكستاني", "army")]],
                     id="a-broken-plural-nationality-agrees-with-a-definite-plural"),
        pytest.param("قصفت الطائرات الأمريكية أحد معاقل القاعدة الرئيسية في أبين اليوم.",
                     [[("actor", "الطائرات الأمريكية", "United States"), ("recipient", "القاعدة الرئيسية", "al-Qaeda")]],
                     id="al-qaeda-in-construct-is-still-the-group"),
        pytest.param("أوقعت الغارات الأمريكية على مواقع طالبان اليوم عشرات القتلى في صفوف المسلحين.",
                     [[("actor", "الغارات الأمريكية", "United States"), ("recipient", "مواقع طالبان", "Taliban")]],
                     id="what-the-raids-were-on-names-whom-they-hit-before-the-toll"),
        pytest.param("وقتل ثلاثة جنود في هجوم أمس، حسبما أكد رئيس الوزراء العراقي في كلمة أمام البرلمان.",
                     [[("recipient", "ثلاثة جنود", "army")], [("speaker", "رئيس الوزراء العراقي", None)]],
                     id="an-official-who-tells-the-news-makes-a-statement-but-takes-no-part-in-the-attack"),
    ],
)
def test_rules_hold_for_the_counter_examples_a_seventh_review_raised(text, expected):
    assert named_roles(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("وهاجم المحتجون الغاضبون السفارة الأمريكية.",
                     [[("actor", "المحتجون الغاضبون", "protesters"), ("recipient", "السفارة الأمريكية", "السفارة الأمريكية")]],
                     id="what-was-attacked-reaches-back-into-no-adjective-of-the-doers"),
        pytest.param("وأصيب في وقت لاحق شرطيان في انفجار.", [[("recipient", "شرطيان", "police")]],
                     id="the-wounded-named-after-an-undated-time-are-named-without-it"),
        pytest.param("واغتال مسلحون قائد الشرطة في ولاية قندوز.",
                     [[("actor", "مسلحون", "militants"), ("recipient", "قائد الشرطة", None)]],
                     id="an-office-is-named-with-the-body-it-heads"),
        pytest.param("وفتحت قوات الأمن النار باتجاه متظاهرين في العاصمة أمس.",
                     [[("actor", "قوات الأمن", "security forces"), ("recipient", "متظاهرين", "protesters")]],
                     id="guard-towards-is-no-part-of-whom-the-fire-was-opened-on"),
    ],
)
def test_rules_hold_for_the_remaining_counter_examples_of_the_seventh_review(text, expected):
    assert named_roles(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("هاجم المسلحون المركز الأمني في بلدة بعقوبة.",
                     [[("actor", "المسلحون", "militants"), ("recipient", "المركز الأمني", "targets")]],
                     id="a-definite-plural-stops-before-a-masculine-definite-object"),
        pytest.param("هاجم مسلحون القاعدة الرئيسية للقوات الأمريكية في قندهار.",
                     [[("actor", "مسلحون", "militants"), ("recipient", "القاعدة الرئيسية للقوات الأمريكية", "army")]],
                     id="the-main-base-of-forces-is-no-al-qaeda"),
        pytest.param("وفي هجوم صاروخي استهدف السفارة الأمريكية في بغداد مساء أمس.",
                     [[("recipient", "السفارة الأمريكية", "السفارة الأمريكية")]],
                     id="a-fronted-attack-whose-verb-has-no-doer-of-its-own-is-described-by-it"),
        pytest.param("وفي هجوم آخر قتل مسلحون مجهولون شرطيين اثنين في الموصل.",
                     [[("actor", "مسلحون مجهولون", "militants"), ("recipient", "شرطيين", "police")]],
                     id="after-another-attack-the-killing-word-is-a-verb"),
        pytest.param("استهدف انتحاري دورية للشرطة في بغداد.",
                     [[("actor", "انتحاري", "militants"), ("recipient", "دورية للشرطة", "police")]],
                     id="a-feminine-noun-after-a-lone-attacker-is-what-he-hit"),
        pytest.param("واغتال مسلح مجهول قاضيا في المدينة.",
                     [[("actor", "مسلح مجهول", "militants"), ("recipient", "قاضيا", "targets")]],
                     id="an-accusative-noun-after-a-lone-attacker-is-what-he-hit"),
        pytest.param("تظاهر آلاف في صنعاء ضد الغلاء، حسبما أعلنت وزارة الداخلية اليمنية.",
                     [[("actor", "آلاف", "crowd")], [("speaker", "وزارة الداخلية اليمنية", "interior ministry")]],
                     id="who-tells-of-a-protest-is-not-what-it-was-against"),
        pytest.param("حسبما أعلن وزير الخارجية اليمني، فإن بلاده ستعقد محادثات مع السعودية الأسبوع المقبل.",
                     [[("speaker", "وزير الخارجية اليمني", None)], [("participant", "السعودية", "Saudi Arabia"), ("participant", "وزير الخارجية اليمني", None)]],
                     id="an-official-announcing-talks-may-hold-them"),
        pytest.param("أصيب ثلاثة أشخاص عندما انفجرت عبوة بسيارة يقودها موظف حكومي.",
                     [[("recipient", "ثلاثة أشخاص", "civilians")], [("actor", "عبوة بسيارة", "explosive devices"), ("recipient", "بسيارة يقودها موظف حكومي", "civilians")]],
                     id="who-drove-a-car-that-was-bombed-did-not-bomb-it"),
        pytest.param("هاجم مسلحون بوابة القاعدة الجوية في باغرام أمس.", [[("actor", "مسلحون", "militants"), ("recipient", "بوابة القاعدة الجوية", "targets")]],
                     id="an-air-base-in-construct-is-still-no-al-qaeda-and-the-genitive-of-the-gate"),
        pytest.param("وقال قائد الشرطة في كراتشي إن الوضع هادئ.", [[("speaker", "قائد الشرطة", None)]],
                     id="a-bare-office-speaks-for-the-body-it-heads"),
        pytest.param("وقتل قائد الشرطة في هجوم انتحاري بولاية أوروزغان.",
                     [[("actor", "انتحاري", "militants"), ("recipient", "قائد الشرطة", None)]],
                     id="an-official-killed-in-an-attack-is-its-victim"),
        pytest.param("انفجرت عبوة ناسفة زرعها مسلحون استهدفت حافلة تقل جنودا أفغانا.",
                     [[("actor", "مسلحون", "militants"), ("recipient", "حافلة تقل جنودا أفغانا", "army")]],
                     id="who-planted-the-bomb-did-it-and-what-it-targeted-was-hit-once"),
        pytest.param("وانفجرت سيارة مفخخة يقودها انتحاري قرب مركز للشرطة.", [[("actor", "انتحاري", "militants")]],
                     id="who-drove-the-car-bomb-did-it-and-the-car-is-not-hit"),
    ],
)
def test_rules_hold_for_the_counter_examples_an_eighth_review_raised(text, expected):
    assert named_roles(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("تبنت حركة طالبان هجوما انتحاريا استهدف قاعدة عسكرية في قندهار أمس.",
                     [[("actor", "حركة طالبان", "Taliban"), ("recipient", "قاعدة عسكرية", "targets")]],
                     id="who-claims-an-attack-did-it-and-the-base-it-targeted-was-hit"),
        pytest.param("نفذت حركة طالبان هجوما انتحاريا استهدف مبنى البلدية.",
                     [[("actor", "حركة طالبان", "Taliban"), ("recipient", "مبنى البلدية", "targets")]],
                     id="a-building-an-attack-told-before-targeted-was-hit"),
        pytest.param("تبنت الحكومة خطة جديدة لمكافحة الإرهاب.", [], id="guard-adopting-a-plan-is-no-attack"),
        pytest.param("استهدفت الحملة الشباب في المدارس.", [], id="guard-a-campaign-targeting-an-audience-is-no-attack"),
        pytest.param("قتل جنديان إثر انفجار سيارة مفخخة استهدفت حاجزا للتفتيش.",
                     [[("actor", "سيارة مفخخة", "explosive devices"), ("recipient", "جنديان", "army"), ("recipient", "حاجزا للتفتيش", "targets")]],
                     id="a-bomb-that-caused-deaths-and-targeted-a-checkpoint-is-one-attack"),
    ],
)
def test_claimed_attacks_and_the_objects_an_attack_told_before_targeted(text, expected):
    assert named_roles(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("سقطت الحكومة الفلسطينية بعد المواجهات بين فتح وحماس التي أوقعت عشرات القتلى.", id="guard-a-government-falls-with-the-dead-far-after"),
        pytest.param("سقط رئيس الوزراء في اختبار الثقة، وسط غضب شعبي من ارتفاع عدد القتلى في العراق.", id="guard-a-prime-minister-loses-a-vote"),
        pytest.param("سقط عشرات القتلى والجرحى في زلزال ضرب شمال باكستان.", id="guard-the-dead-of-an-earthquake-that-struck"),
        pytest.param("سقط الجرحى عندما انهار سقف المسجد على المصلين.", id="guard-the-wounded-of-a-collapse"),
        pytest.param("سقط عشرات الجرحى في تدافع خلال حفل موسيقي.", id="guard-the-wounded-of-a-stampede"),
        pytest.param("سقط عشرات القتلى جراء الزلزال الذي ضرب جنوب إيران.", id="the-dead-of-an-earthquake-told-by-a-relative-clause"),
        pytest.param("تبنت لجنة حقوق الإنسان تقريرا عن هجوم إسرائيلي على قافلة إغاثة.", id="adopting-a-report-on-an-attack-claims-none"),
        pytest.param("سبق أن تبنت الجماعة هجوما على مقر الأمم المتحدة.", id="guard-an-earlier-claim-tells-no-new-attack"),
        pytest.param("تبنت نقابة المحامين قرارا بتنظيم مظاهرة أمام قصر العدل يوم الأحد.", id="guard-adopting-a-decision-to-protest-is-no-protest"),
        pytest.param("وتبنت المعارضة السورية مبادرة لعقد مؤتمر وطني في دمشق الشهر المقبل.", id="guard-adopting-an-initiative-for-a-conference-holds-none"),
        pytest.param("وتبنت المجموعة هجمات سابقة ضد قوات الاحتلال في الفلوجة.", id="guard-claiming-earlier-attacks-tells-no-new-one"),
    ],
)
def test_falling_adopting_and_claiming_tell_no_attack_unless_one_is_told(text):
    assert [e["event_type"] for e in extract(text).events if e["event_type"] in ("ASSAULT", "PROTEST", "MEETING")] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("سقط برصاص قوات الأمن ثلاثة قتلى خلال تفريق التظاهرة.",
                     [[("actor", "قوات الأمن", "security forces"), ("recipient", "ثلاثة قتلى", "civilians")]],
                     id="indefinite-dead-named-after-a-fronted-phrase-still-fell"),
        pytest.param("قتل جندي في انفجار عبوة ناسفة في قندهار ليرتفع عدد الجنود الذين قتلوا في الحرب إلى 66.",
                     [[("actor", "عبوة ناسفة", "explosive devices"), ("recipient", "جندي", "army")]],
                     id="a-killing-told-with-the-toll-of-a-war-is-news"),
        pytest.param("هاجم مسلح القاعدة العسكرية الأمريكية في الأنبار.",
                     [[("actor", "مسلح", "militants"), ("recipient", "القاعدة العسكرية الأمريكية", "targets")]],
                     id="an-attacker-heads-no-construct-with-the-base"),
    ],
)
def test_rules_hold_for_the_counter_examples_a_ninth_review_raised(text, expected):
    assert named_roles(text) == expected


@pytest.mark.parametrize("text", ["شنت الحكومة هجوما دبلوماسيا على خصومها في المنطقة.", "شن الوزير هجوما إعلاميا لاذعا على المعارضة."])
def test_an_offensive_of_words_is_criticism_not_violence(text):
    assert [e["event_type"] for e in extract(text).events] == ["ACCUSE"]


@pytest.mark.parametrize(
    "text, assault",
    [
        pytest.param("أدانت القاهرة اغتيال دبلوماسي مصري في بغداد أمس.", True, id="a-diplomat-assassinated-is-no-offensive-of-words"),
        pytest.param("شهدت مدينة الموصل أمس اغتيال الإعلامي أحمد الجبوري برصاص مسلحين مجهولين.", True, id="a-journalist-assassinated-is-no-offensive-of-words"),
        pytest.param("شنت حركة طالبان هجوما إعلاميا استهدف الحكومة الأفغانية.", True, id="guard-an-armed-group-attacks-with-arms"),
        pytest.param("سقطت دعوى أهالي القتلى أمام المحكمة العليا لعدم الاختصاص.", False, id="a-lawsuit-of-the-families-of-the-dead-fell"),
        pytest.param("سقطت مروحية عسكرية تقل الجرحى قرب الفلوجة.", False, id="a-helicopter-carrying-the-wounded-crashed"),
        pytest.param("سقط أكثر من عشرين من الجرحى في انفجار سيارة مفخخة.", True, id="guard-the-wounded-after-a-count-fell-in-a-blast"),
        pytest.param("قتل متظاهران بالرصاص بعد تدافع الحشود أمام مقر الحزب.", True, id="shot-dead-after-a-stampede-is-violence"),
        pytest.param("قتل 15 شخصا في أعمال عنف قبلية بعدما انهارت الهدنة بين العشائر.", True, id="a-truce-collapsing-is-no-accident"),
        pytest.param("قتل خمسة أشخاص عندما انهار مبنى سكني في القاهرة.", False, id="guard-a-building-collapsing-is-an-accident"),
        pytest.param("سبق للجماعة أن تبنت هجوما مماثلا على السفارة الأمريكية في صنعاء.", False, id="guard-a-claim-the-group-made-before-is-no-news"),
    ],
)
def test_rules_hold_for_the_counter_examples_a_tenth_review_raised(text, assault):
    assert ("ASSAULT" in [e["event_type"] for e in extract(text).events]) is assault


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("قتل ثلاثة أشخاص في انهيار مبنى استهدفته طائرة أمريكية بدون طيار.", ["ASSAULT"], id="a-building-a-drone-struck-collapsing-is-no-accident"),
        pytest.param("قتل أربعة أشخاص في حريق استهدف مكتب الحزب الإسلامي.", ["ASSAULT"], id="a-fire-that-targeted-an-office-is-no-accident"),
        pytest.param("سقط عشرات القتلى جراء الزلزال الذي ضرب جنوب إيران.", [], id="guard-an-earthquake-that-struck-is-an-accident"),
        pytest.param("تبنت الجماعة هجوما على وزارة الخارجية العراقية.", ["ASSAULT"], id="a-claimed-attack-on-a-ministry-is-violence-not-words"),
        pytest.param("سبق وأن تبنت الجماعة هجوما على حاجز عسكري قرب نابلس.", [], id="an-earlier-claim-after-wa-an-is-no-news"),
        pytest.param("سبق لكتائب شهداء الأقصى أن تبنت هجوما على حاجز عسكري قرب نابلس.", [], id="an-earlier-claim-after-a-long-name-is-no-news"),
        pytest.param("لقي ثلاثة أشخاص مصرعهم في حريق هائل قبل أن تتمكن فرق الإطفاء من إخماد النيران.", [], id="flames-of-a-fire-are-no-weapon"),
        pytest.param("سقط عشرات القتلى جراء وباء الكوليرا الذي يجتاح جنوب البلاد.", [], id="deaths-from-an-epidemic-are-no-attack"),
        pytest.param("سقط بين الجرحى صحفيان يعملان لوكالة رويترز.", [], id="among-the-wounded-with-no-count-is-no-attack-told"),
    ],
)
def test_rules_hold_for_the_counter_examples_an_eleventh_review_raised(text, expected):
    assert [e["event_type"] for e in extract(text).events if e["event_type"] in ("ASSAULT", "ACCUSE")] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("تبنت الجماعة هجوم لندن الذي أودى بحياة 52 شخصا.",
                     [[("actor", "الجماعة", None), ("recipient", "لندن", "United Kingdom")]],
                     id="who-claims-an-attack-named-by-its-city-did-it-not-the-city"),
        pytest.param("اعتقل قائد قوات الأمن الرجل المطلوب.", [[("actor", "قائد قوات الأمن", None)]],
                     id="an-office-chain-a-definite-force-closes-takes-no-object"),
        pytest.param("سقط أكثر من ثلاثين من الجرحى في مواجهات بين الشرطة ومتظاهرين غاضبين وسط البصرة.",
                     [[("actor", "الشرطة", "police"), ("recipient", "أكثر من ثلاثين من الجرحى", "casualties"), ("recipient", "متظاهرين", "protesters")]],
                     id="a-clash-restating-a-toll-names-its-two-sides"),
        pytest.param("سقط المئات بين القتلى والجرحى في قصف إسرائيلي.",
                     [[("actor", "إسرائيلي", "Israel"), ("recipient", "المئات", "crowd")]],
                     id="hundreds-among-the-dead-and-wounded-fell-in-a-shelling"),
    ],
)
def test_claimants_office_chains_and_counts_of_the_fallen(text, expected):
    assert named_roles(text) == expected


def assault_roles(text: str) -> list[list[tuple[str, str, str | None]]]:
    """`named_roles` of the text's ASSAULT events only."""
    return [roles for roles, e in zip(named_roles(text), extract(text).events) if e["event_type"] == "ASSAULT"]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("سقط عشرات القتلى والجرحى جراء الأمطار الموسمية الغزيرة في الهند.", [], id="a-toll-no-attack-word-or-doer-explains-is-no-attack"),
        pytest.param("سقط عشرات القتلى في انقلاب قارب يقل مهاجرين قبالة السواحل الليبية.", [], id="a-capsized-boats-toll-is-no-attack"),
        pytest.param("وقتل ثلاثة من عناصر الشرطة في هجوم على نقطة تفتيش بين العراق وسوريا.",
                     [[("recipient", "عناصر الشرطة", "police")]], id="between-two-states-after-a-place-is-where-not-the-sides"),
        pytest.param("استهدف الهجوم قائد شرطة الأنبار.", [[("recipient", "قائد شرطة الأنبار", None)]],
                     id="the-attack-after-the-verb-is-its-subject-and-the-office-was-hit"),
        pytest.param("وقال مصدر إن الهجوم استهدف قائد شرطة المقدادية.", [[("recipient", "قائد شرطة المقدادية", None)]],
                     id="the-attack-before-the-verb-after-inna-is-its-subject"),
    ],
)
def test_rules_hold_for_the_counter_examples_a_twelfth_review_raised(text, expected):
    assert assault_roles(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("وقالت الشرطة إن الهجوم قتلت خلاله الشرطة ثلاثة مسلحين.",
                     [[("actor", "الشرطة", "police"), ("recipient", "ثلاثة مسلحين", "militants")]],
                     id="a-verb-sent-back-to-the-attack-by-a-pronoun-has-its-own-subject"),
        pytest.param("وفي هجوم انتحاري استهدف سوقا شعبيا سقط عشرات القتلى والجرحى.",
                     [[("recipient", "عشرات القتلى", "crowd")]],
                     id="a-toll-an-attack-told-before-it-explains"),
    ],
)
def test_rules_hold_for_the_counter_examples_a_thirteenth_review_raised(text, expected):
    assert assault_roles(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("قتل قائد شرطة الأنبار في انفجار عبوة ناسفة.",
                     [[("actor", "عبوة ناسفة", "explosive devices"), ("recipient", "قائد شرطة الأنبار", None)]],
                     id="an-office-heads-a-body-whose-place-closes-the-chain-and-he-was-hit"),
        pytest.param("قتل مدير شرطة المدينة ثلاثة مسلحين في اشتباك.",
                     [[("actor", "مدير شرطة المدينة", None), ("recipient", "ثلاثة مسلحين", "militants")]],
                     id="an-office-of-an-indefinite-body-is-one-doer"),
        pytest.param("قتلت قوات الأمن قائد مسلحي القاعدة.",
                     [[("actor", "قوات الأمن", "security forces"), ("recipient", "قائد مسلحي القاعدة", None)]],
                     id="an-office-of-a-named-group-is-one-person-hit"),
        pytest.param("قتل قائد الشرطة في انفجار عبوة ناسفة.",
                     [[("actor", "عبوة ناسفة", "explosive devices"), ("recipient", "قائد الشرطة", None)]],
                     id="guard-an-office-of-a-definite-body-is-one-person-hit"),
        pytest.param("طعن رجل شرطيا في السوق.",
                     [[("actor", "رجل", "civilians"), ("recipient", "شرطيا", "police")]],
                     id="guard-an-indefinite-object-after-the-doer-is-no-genitive"),
    ],
)
def test_offices_head_the_bodies_they_lead_through_a_construct_chain(text, expected):
    assert named_roles(text) == expected


def test_a_city_after_a_bearing_word_before_the_verb_is_where_not_who():
    x = extract("وفي هجوم شرقي بغداد قتل ثلاثة من رجال الشرطة.")
    assert [(p["role"], p["name"]) for p in x.participants] == [("recipient", "رجال الشرطة")]
    assert [(e["event_type"], e["location_country"], e["location_name"]) for e in x.events] == [("ASSAULT", "IRQ", "بغداد")]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("وأدان الوزير الهجوم الذي وقع أمس على السفارة.", ["ACCUSE"], id="an-attack-that-took-place-was-signed-by-no-one"),
        pytest.param("تبنت كتائب القسام أمس هجوما وقع ليل السبت على موقع عسكري.", ["ASSAULT"], id="a-claimed-attack-that-took-place-is-no-signing"),
        pytest.param("وقع الوزيران أمس على مذكرة تفاهم.", ["AGREEMENT"], id="guard-ministers-signing-a-memorandum-still-sign"),
    ],
)
def test_a_verb_that_also_means_took_place_after_an_event_noun_signs_nothing(text, expected):
    assert [e["event_type"] for e in extract(text).events] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("قصفت الطائرات مواقع المسلحين في الجبال أمس.", [[("recipient", "المسلحين", "militants")]],
                     id="a-definite-noun-after-the-verb-is-its-subject-and-the-genitive-after-an-indefinite-head-its-object"),
        pytest.param("قتل المسلحون الملثمون ثلاثة جنود أمس.",
                     [[("actor", "المسلحون الملثمون", "militants"), ("recipient", "ثلاثة جنود", "army")]], id="guard-a-definite-adjective-stays-in-the-subject"),
        pytest.param("وقال العميد الركن محمد العسكري إن القوات قتلت خمسة مسلحين.",
                     [[("actor", "القوات", "army"), ("recipient", "خمسة مسلحين", "militants")]], id="guard-an-honorific-before-a-name-is-no-subject"),
    ],
)
def test_a_definite_subject_closes_before_an_indefinite_object_head(text, expected):
    assert [r for r in named_roles(text) if r] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("اغتال مسلحون نائب قائد الشرطة في المدينة أمس.",
                     [[("actor", "مسلحون", "militants"), ("recipient", "نائب قائد الشرطة", None)]], id="the-deputy-of-an-office-heading-a-body-was-hit"),
        pytest.param("قتل نائب مدير شرطة الأنبار في انفجار أمس.", [[("recipient", "نائب مدير شرطة الأنبار", None)]],
                     id="a-deputys-office-chain-is-one-person-not-a-doer-and-a-body"),
    ],
)
def test_a_deputy_of_an_office_is_one_participant(text, expected):
    assert [r for r in named_roles(text) if r] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("هاجم كرامي الحكومة اللبنانية أمس.", [[("recipient", "الحكومة اللبنانية", "الحكومة اللبنانية")]],
                     id="a-body-after-an-unknown-name-is-whom-it-criticised"),
        pytest.param("هاجم نواب حركة النهضة قرارات الحكومة أمس.",
                     [[("actor", "حركة النهضة", "حركة النهضة"), ("recipient", "قرارات الحكومة", "government")]],
                     id="guard-a-body-followed-by-the-conduct-attacked-is-the-critics-genitive"),
    ],
)
def test_who_criticised_whom_when_a_word_no_lexicon_holds_follows_the_verb(text, expected):
    assert [r for r in named_roles(text) if r] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("استدعت الأردن سفيرها في إسرائيل للتشاور أمس.",
                     [ev("SANCTION", "occurred", D(2025, 12, 3), None, ("actor", ("Jordan", "country", "JOR")), ("recipient", ("Israel", "country", "ISR")))],
                     id="a-state-recalling-its-own-ambassador-reduces-relations-with-the-host"),
        pytest.param("قطعت بوليفيا علاقاتها مع إسرائيل أمس.",
                     [ev("SANCTION", "occurred", D(2025, 12, 3), None, ("actor", ("Bolivia", "country", "BOL")), ("recipient", ("Israel", "country", "ISR")))],
                     id="cutting-relations-with-a-state-is-a-sanction"),
        pytest.param("Chile recalled its ambassador from Israel on Wednesday.",
                     [ev("SANCTION", "occurred", D(2025, 12, 3), None, ("actor", ("Chile", "country", "CHL")), ("recipient", ("Israel", "country", "ISR")))],
                     id="en-recalling-an-ambassador-is-a-sanction-not-a-retreat"),
        pytest.param("استدعت الخارجية المصرية السفير الإسرائيلي أمس.", [], id="guard-summoning-another-states-ambassador-is-no-recall"),
    ],
)
def test_recalling_envoys_and_cutting_ties_reduce_relations(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("أطلق النار مجددا مسلحون على دورية للشرطة.",
                     [[("actor", "مسلحون", "militants"), ("recipient", "دورية للشرطة", "police")]], id="the-verbs-own-object-and-an-adverb-leave-the-subject-open"),
        pytest.param("زار المخيم أيضا وفد من الصليب الأحمر.", [[("visitor", "وفد", "delegation")]], id="an-object-before-the-subject-and-an-adverb-leave-the-subject-open"),
        pytest.param("قال الجنرال هاريسون قائد القوات الأمريكية إن العنف تراجع.", [[("speaker", "قائد القوات الأمريكية", None)]],
                     id="a-rank-a-name-and-an-office-make-the-subject"),
        pytest.param("قال للصحفيين هنا وزير الخارجية الألماني إن أوروبا تدعم الحوار.",
                     [[("speaker", "وزير الخارجية الألماني", None)], [("actor", "وزير الخارجية الألماني", None)]], id="a-prepositional-phrase-leaves-the-subject-open"),
        pytest.param("قال نائب وزير الخارجية الأمريكي جون مارتن إن المحادثات مثمرة.", [[("speaker", "جون مارتن", "جون مارتن")]],
                     id="a-named-deputy-keeps-their-name"),
        pytest.param("التقى وزير الدفاع الروسي أناتولي بتروف وفدا سوريا. وقال نائب وزير الدفاع الروسي إن المحادثات مثمرة.",
                     [[("participant", "أناتولي بتروف", "أناتولي بتروف"), ("participant", "وفدا سوريا", "delegation")], [("speaker", "نائب وزير الدفاع الروسي", None)]],
                     id="guard-the-deputy-of-an-office-is-not-its-holder-told-before"),
        pytest.param("قتل نائب رئيس أركان الجيش في انفجار عبوة ناسفة.", [[("recipient", "نائب رئيس أركان الجيش", None)]], id="guard-an-indefinite-chief-of-staff-is-an-office"),
    ],
)
def test_subjects_after_adverbs_objects_and_ranks_and_named_deputies(text, expected):
    assert [r for r in named_roles(text) if r] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("قتل جندي إسرائيلي في انفجار لغم على الحدود بين لبنان وإسرائيل أمس.",
                     [[("actor", "لغم", "explosive devices"), ("recipient", "جندي إسرائيلي", "army")]], id="the-states-a-border-lies-between-are-no-sides"),
        pytest.param("قتل ستة أشخاص في انفجار عند معبر بين البلدتين الحدوديتين أمس.", [[("recipient", "ستة أشخاص", "civilians")]],
                     id="guard-a-crossing-between-towns-names-no-one"),
        pytest.param("تبادل الجيشان إطلاق النار على الحدود بين لبنان وإسرائيل أمس.",
                     [[("actor", "لبنان", "Lebanon"), ("recipient", "إسرائيل", "Israel")]], id="guard-an-exchange-of-fire-has-the-two-states-as-sides"),
        pytest.param("Troops exchanged fire on the border between India and Pakistan on Monday.", [[("actor", "Troops", "army")]],
                     id="en-an-exchange-of-fire-is-an-assault"),
    ],
)
def test_a_place_between_two_states_names_where_not_who(text, expected):
    assert [r for r in named_roles(text) if r] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("قررت قطر سحب سفيرها من القاهرة.", [[("actor", "قطر", "Qatar"), ("recipient", "القاهرة", "Egypt")]],
                     id="a-noun-after-a-preposition-is-no-subject-and-the-decider-recalls"),
        pytest.param("قال مسؤول إن السودان استدعى سفيره في القاهرة.", [[("actor", "السودان", "Sudan"), ("recipient", "القاهرة", "Egypt")]],
                     id="the-envoy-recalled-is-neither-subject-nor-recipient"),
        pytest.param("انتقد التقرير بشدة الحكومة العراقية.", [[("recipient", "الحكومة العراقية", "الحكومة العراقية")]],
                     id="an-adverb-after-a-definite-subject-leaves-the-body-after-it-the-object"),
        pytest.param("انتقد التقرير أداء وزير الداخلية سمير الخالدي.", [[("recipient", "سمير الخالدي", "سمير الخالدي")]],
                     id="a-person-after-an-indefinite-object-head-is-its-genitive"),
        pytest.param("يطالب المتظاهرون بأن تقطع مصر علاقاتها مع إسرائيل.", [[("actor", "المتظاهرون", "protesters")]],
                     id="an-act-demanded-with-an-is-not-done"),
        pytest.param("Protesters demanded that the government cut ties with Israel.",
                     [[("actor", "Protesters", "protesters"), ("recipient", "government", "government")]], id="en-an-act-demanded-with-that-is-not-done"),
        pytest.param("قتل مسلحون نائب محافظ كركوك.", [[("actor", "مسلحون", "militants"), ("recipient", "نائب محافظ كركوك", None)]],
                     id="a-deputy-governor-is-named-by-the-whole-phrase-not-the-seat"),
        pytest.param("قال مدير أمن المحافظة إن قوات الأمن اعتقلت عددا من المشتبه بهم.",
                     [[("speaker", "أمن المحافظة", "أمن المحافظة")], [("actor", "قوات الأمن", "security forces"), ("recipient", "المشتبه بهم", "suspects")]],
                     id="a-prepositions-pronoun-is-nobodys-forces"),
        pytest.param("أفاد مسؤول بأن مسلحين فجروا صباح أمس الطريق الرئيسي.", [[("actor", "مسلحين", "militants"), ("recipient", "الطريق الرئيسي", "targets")]],
                     id="guard-a-past-verb-after-that-is-reported"),
    ],
)
def test_rules_hold_for_the_counter_examples_a_third_review_of_this_session_raised(text, expected):
    assert [r for r in named_roles(text) if r] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("اعتقلت الشرطة فجرا ثلاثة مشتبهين.", [[("actor", "الشرطة", "police"), ("recipient", "ثلاثة مشتبهين", "suspects")]],
                     id="at-dawn-in-the-accusative-blows-nothing-up"),
        pytest.param("هاجم فجرا مسلحون مركزا للشرطة.", [[("actor", "مسلحون", "militants"), ("recipient", "مركزا للشرطة", "police")]],
                     id="guard-a-time-in-the-accusative-stands-between-verb-and-subject"),
    ],
)
def test_a_part_of_the_day_told_alone_is_a_time(text, expected):
    assert [r for r in named_roles(text) if r] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("أدان كل من الاتحاد الأوروبي والولايات المتحدة الهجوم على السفارة.",
                     [[("actor", "الاتحاد الأوروبي", "European Union"), ("actor", "الولايات المتحدة", "United States")]], id="each-of-after-the-verb-names-its-subjects"),
        pytest.param("قال المتحدث بلسان الجيش الإسرائيلي إن الطائرات قصفت منصة صواريخ.",
                     [[("speaker", "الجيش الإسرائيلي", "army")], [("actor", "صواريخ", "explosive devices")]], id="a-spokesman-speaks-for-his-body"),
        pytest.param("An official who asked not to be named said that gunmen attacked a police checkpoint.",
                     [[("actor", "gunmen", "militants"), ("recipient", "police", "police")]], id="en-a-report-after-asked-not-to-be-named-is-no-demand"),
        pytest.param("طالبت النقابة بزيادة الأجور وقالت إن العمال يضربون عن العمل منذ ثلاثة أيام.", [[("actor", "العمال", "crowd")]],
                     id="a-saying-verb-between-opens-a-report-not-a-demand"),
        pytest.param("دعت حركة حماس إلى أن تنسحب القوات الإسرائيلية من غزة.", [[("actor", "حركة حماس", "Hamas")]],
                     id="a-defective-verbs-feminine-past-is-read-and-what-it-asks-is-not-done"),
        pytest.param("وطالب المتظاهرون بقطع العلاقات مع الدنمارك ودعوا زعيم الحركة الى مهاجمة الدنمارك.",
                     [[("actor", "المتظاهرون", "protesters")], [("actor", "المتظاهرون", "protesters"), ("recipient", "زعيم الحركة", None)]],
                     id="a-plural-past-verb-carries-its-subject-and-the-actor-after-it-is-its-object"),
        pytest.param("قال قيادي من حركة فتح إن الحوار متوقف.", [[("speaker", "حركة فتح", "Fatah")]], id="a-leader-from-a-movement-speaks-for-it"),
        pytest.param("اعتقلت الشرطة عددا من المشتبه بهم.", [[("actor", "الشرطة", "police"), ("recipient", "المشتبه بهم", "suspects")]],
                     id="guard-a-part-in-the-accusative-is-the-object"),
        pytest.param("رشق المتظاهرون الغاضبون الجنود بالحجارة في القرية.", [[("actor", "المتظاهرون الغاضبون", "protesters"), ("recipient", "الجنود", "army")]],
                     id="known-protesters-pelting-in-an-article-that-told-no-protest-are-its-first-report"),
    ],
)
def test_rules_hold_for_the_counter_examples_a_fourth_review_of_this_session_raised(text, expected):
    assert [r for r in named_roles(text) if r] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("وبدأت الوزيرة زيارة رسمية إلى الصين تستمر ثلاثة أيام.", [[("host", "الصين", "China"), ("visitor", "الوزيرة", None)]],
                     id="a-hamza-verb-is-no-defective-one"),
        pytest.param("مسلحان فجرا عبوة ناسفة استهدفت دورية أمريكية.",
                     [[("actor", "عبوة ناسفة", "explosive devices"), ("recipient", "دورية أمريكية", "targets")]], id="two-doers-make-fajra-a-dual-verb"),
        pytest.param("واشنطن ولندن دعتا إيران إلى وقف تخصيب اليورانيوم.",
                     [[("actor", "لندن", "United Kingdom"), ("actor", "واشنطن", "United States"), ("recipient", "إيران", "Iran")]],
                     id="a-dual-past-verb-carries-its-subject"),
        pytest.param("ودعت الرئيس السوري بشار الأسد إلى الحوار.", [[("recipient", "بشار الأسد", "بشار الأسد")]],
                     id="a-feminine-verb-takes-no-man-named-by-his-office-as-subject"),
        pytest.param("دعت الولايات المتحدة إسرائيل إلى الانسحاب من المدن الفلسطينية.",
                     [[("actor", "الولايات المتحدة", "United States"), ("recipient", "إسرائيل", "Israel")]], id="what-a-call-asks-for-after-ila-is-not-done"),
        pytest.param("ستتدخل القوات الأمريكية كلما دعت الحاجة إلى ذلك.", [], id="when-need-calls-is-an-idiom"),
        pytest.param("هاجم القرية أيضا مسلحون من القبيلة المجاورة.", [[("actor", "مسلحون", "militants")]], id="armed-men-after-an-adverb-are-the-doers"),
    ],
)
def test_rules_hold_for_the_counter_examples_a_fifth_review_of_this_session_raised(text, expected):
    assert [r for r in named_roles(text) if r] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("استقبل الرئيس الفرنسي جان دوبون المستشارة الألمانية آنا شميت في باريس. وقالت شميت إن البلدين متفقان.",
                     [[("participant", "آنا شميت", "آنا شميت"), ("participant", "جان دوبون", "جان دوبون")], [("speaker", "شميت", "آنا شميت")]],
                     id="a-woman-told-before-by-her-name-speaks-after-a-feminine-verb"),
        pytest.param("قالت وزير الخارجية الإسرائيلية راحيل كوهين إن المفاوضات مستمرة.", [[("speaker", "راحيل كوهين", "راحيل كوهين")]],
                     id="a-woman-with-a-masculine-title-and-a-feminine-nisba-speaks"),
        pytest.param("اقتحم مسلحون مقر الشركة واختطفوا مدير الشركة.", [[("actor", "مسلحون", "militants"), ("recipient", "مدير الشركة", None)]],
                     id="guard-the-one-a-plural-verb-abducted-is-no-abductor"),
        pytest.param("اعتقلت قوات الاحتلال خمسة فلسطينيين فجرا في الضفة.",
                     [[("actor", "قوات الاحتلال", "army"), ("recipient", "خمسة فلسطينيين", "Palestine, State of nationals")]],
                     id="at-dawn-after-a-plural-blows-nothing-up"),
        pytest.param("أشاد الرئيس بالقرار الذي يدعو إسرائيل إلى أن تنسحب من الضفة الغربية.", [[("actor", "بالقرار", "بالقرار"), ("recipient", "إسرائيل", "Israel")]],
                     id="what-a-relative-clause-asks-for-is-not-done"),
    ],
)
def test_rules_hold_for_the_counter_examples_a_sixth_review_of_this_session_raised(text, expected):
    assert [r for r in named_roles(text) if r] == expected
