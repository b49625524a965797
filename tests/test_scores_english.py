"""English extraction scored against the project's own hand-annotated gold (tests/gold/).

Floors hold what was reached; raise them when the extractor improves, never lower them.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from etl.evaluate import load_rows, read_jsonl, score_gold
from etl.pipeline import run

GOLD = Path(__file__).parent / "gold"
FLOOR = {"event_f1": 0.95, "role_f1": 0.955, "date_acc": 0.98, "status_acc": 0.98}


@pytest.fixture(scope="module")
def english_db(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("english")
    db = tmp / "warehouse.duckdb"
    run([GOLD / "en_articles.jsonl"], db=db, lake=tmp / "lake")
    return db


def test_english_gold_scores_hold(english_db: Path) -> None:
    events, parts = load_rows(str(english_db))
    tally = score_gold(read_jsonl(str(GOLD / "en.gold.jsonl")), events, parts)
    got = {
        "event_f1": tally.prf("event")[2],
        "role_f1": tally.prf("role")[2],
        "date_acc": tally.ratio("date_ok", "date_n"),
        "status_acc": tally.ratio("status_ok", "status_n"),
    }
    assert all(got[k] >= v for k, v in FLOOR.items()), got


def test_eval_command_prints_figures_and_the_confusion_table(english_db: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "etl", "eval", "--gold", str(GOLD / "en.gold.jsonl"), "--db", str(english_db), "--misses"],
        capture_output=True, text=True, timeout=120, cwd=Path(__file__).resolve().parents[1],
    )
    assert out.returncode == 0, out.stderr
    first, *rest = out.stdout.splitlines()
    assert first.startswith("events P=") and "roles P=" in first and "date_acc=" in first
    assert any(line.startswith("confusion") for line in rest)
    assert any(line.startswith('{"kind": "missed_event"') or line.startswith('{"kind": "spurious_event"') for line in rest)
