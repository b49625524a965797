"""English extraction scored against the project's own hand-annotated gold (tests/gold/).

Floors hold what was reached; raise them when the extractor improves, never lower them.
"""
from __future__ import annotations

from pathlib import Path

from etl.evaluate import load_rows, read_jsonl, score_gold
from etl.pipeline import run

GOLD = Path(__file__).parent / "gold"
FLOOR = {"event_f1": 0.70, "role_f1": 0.85, "date_acc": 0.75, "status_acc": 0.91}


def test_english_gold_scores_hold(tmp_path: Path) -> None:
    db = tmp_path / "warehouse.duckdb"
    run([GOLD / "en_articles.jsonl"], db=db, lake=tmp_path / "lake")
    events, parts = load_rows(str(db))
    tally = score_gold(read_jsonl(str(GOLD / "en.gold.jsonl")), events, parts)
    got = {
        "event_f1": tally.prf("event")[2],
        "role_f1": tally.prf("role")[2],
        "date_acc": tally.ratio("date_ok", "date_n"),
        "status_acc": tally.ratio("status_ok", "status_n"),
    }
    assert all(got[k] >= v for k, v in FLOOR.items()), got
