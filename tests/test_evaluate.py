"""The evaluation command: GUIDE.md's matching rules and the per-type confusion table."""
from __future__ import annotations

from etl.evaluate import NONE, norm, report_gold, score_gold, score_labels

GOLD = [
    {
        "article_id": "a1",
        "events": [
            {"id": "G1", "event_type": "VISIT", "status": "occurred", "date_start": "2025-12-04", "date_end": "2025-12-05",
             "participants": [{"names": ["بوتين", "Putin"], "kind": "person", "country": "RUS", "role": "visitor"},
                              {"names": ["الهند"], "kind": "country", "country": "IND", "role": "host"}]},
            {"id": "G2", "event_type": "CALL", "status": "occurred", "date_start": None, "date_end": None,
             "participants": [{"names": ["مودي"], "kind": "person", "country": "IND", "role": "participant"}]},
            {"id": "G3", "event_type": "STATEMENT", "status": "occurred", "optional": True, "date_start": None,
             "participants": [{"names": ["أوشاكوف"], "kind": "person", "country": "RUS", "role": "speaker"}]},
        ],
    }
]


def _event(eid, etype, status="occurred", start=None, end=None, basis=None):
    return {"article_id": "a1", "event_id": eid, "event_type": etype, "status": status, "date_start": start, "date_end": end, "date_basis": basis}


def test_names_are_normalised_as_the_guide_says():
    assert norm("بوتينُ") == norm("بوتين")
    assert norm("إيران") == norm("ايران")
    assert norm("مورمو ى") == "مورمو ي"


def test_a_matching_event_counts_roles_dates_and_status():
    events = [_event("e1", "VISIT", start="2025-12-05", basis="explicit"), _event("e2", "CALL")]
    parts = [
        {"event_id": "e1", "role": "visitor", "name": "فلاديمير بوتين", "actor_type": "person", "country_code": "RUS"},
        {"event_id": "e1", "role": "host", "name": "جمهورية الهند", "actor_type": "country", "country_code": "IND"},
        {"event_id": "e2", "role": "participant", "name": "مودي", "actor_type": "person"},
    ]
    t = score_gold(GOLD, events, parts)
    assert t.prf("event") == (1.0, 1.0, 1.0)
    assert t.prf("role") == (1.0, 1.0, 1.0)
    assert t.ratio("date_ok", "date_n") == 1.0 and t.ratio("status_ok", "status_n") == 1.0


def test_a_wrong_type_shows_in_the_confusion_table_and_optional_gold_is_neutral():
    events = [_event("e1", "MEETING"), _event("e3", "STATEMENT")]
    parts = [
        {"event_id": "e1", "role": "participant", "name": "بوتين", "actor_type": "person"},
        {"event_id": "e3", "role": "speaker", "name": "أوشاكوف", "actor_type": "person"},
    ]
    t = score_gold(GOLD, events, parts)
    assert t.counts["event_tp"] == 0 and t.counts["event_fn"] == 2 and t.counts["event_fp"] == 1
    assert t.confusion[("VISIT", "MEETING")] == 1
    assert t.confusion[("CALL", NONE)] == 1
    assert "VISIT" in report_gold(t).splitlines()[3]


def test_a_date_outside_the_gold_range_is_wrong_and_an_unstated_date_stamped_is_counted():
    events = [_event("e1", "VISIT", start="2025-12-07", basis="explicit"), _event("e2", "CALL", start="2025-12-01", basis="explicit")]
    parts = [
        {"event_id": "e1", "role": "visitor", "name": "Putin", "actor_type": "person"},
        {"event_id": "e2", "role": "participant", "name": "مودي", "actor_type": "person"},
    ]
    t = score_gold(GOLD, events, parts)
    assert t.ratio("date_ok", "date_n") == 0.0
    assert t.counts["undated_stamped"] == 1
    assert [m for m in t.misses if m["kind"] == "wrong_date"] == [
        {"kind": "wrong_date", "article_id": "a1", "gold": "G1", "event_id": "e1", "type": "VISIT", "want": "2025-12-04..2025-12-05", "got": "2025-12-07..None"}
    ]


def test_a_wrong_status_is_listed_with_what_was_wanted():
    events = [_event("e1", "VISIT", status="planned"), _event("e2", "CALL")]
    parts = [
        {"event_id": "e1", "role": "visitor", "name": "Putin", "actor_type": "person"},
        {"event_id": "e2", "role": "participant", "name": "مودي", "actor_type": "person"},
    ]
    t = score_gold(GOLD, events, parts)
    assert t.ratio("status_ok", "status_n") == 0.5
    assert [(m["gold"], m["want"], m["got"]) for m in t.misses if m["kind"] == "wrong_status"] == [("G1", "occurred", "planned")]


def test_detection_labels_score_per_type_with_role_recall():
    labels = [
        {"article_id": "s1", "event_type": "ASSAULT", "positive": True, "spans": [{"actor": "مسلحون مجهولون", "recipient": "الشرطة"}]},
        {"article_id": "s2", "event_type": "ASSAULT", "positive": False},
        {"article_id": "s3", "event_type": "ASSAULT", "positive": True},
    ]
    events = [{"article_id": "s1", "event_id": "x", "event_type": "ASSAULT"}, {"article_id": "s2", "event_id": "y", "event_type": "ASSAULT"}]
    parts = [{"event_id": "x", "role": "actor", "name": "مسلحون"}, {"event_id": "x", "role": "recipient", "name": "رجال الأمن"}]
    c = score_labels(labels, events, parts)["ASSAULT"]
    assert (c["tp"], c["fp"], c["fn"]) == (1, 1, 1)
    assert (c["actor_ok"], c["actor_n"], c["recipient_ok"], c["recipient_n"]) == (1, 1, 0, 1)
