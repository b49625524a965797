"""Score the warehouse against hand-annotated gold, and show what to fix next.

Implements GUIDE.md's matching rules so a contributor can score without the shared
evaluation kit: events match one-to-one per article on type and participants; a
participant matches when one normalised name contains the other (or, for a gold
country, on the country code of a non-person); dates are right when they lie inside the
gold range. Beyond the figures it prints a per-type confusion table (gold type x
extracted type, with NONE for missed and spurious events), which tells where the
extractor loses points. Detection labels (sentence-level, `*.labels.jsonl`) are scored
per type with actor/recipient recall.

    python -m etl eval --gold tests/gold/en.gold.jsonl --db data/warehouse.duckdb
    python -m etl eval --labels corpus.labels.jsonl --db data/warehouse.duckdb
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "–": "-", "—": "-"})
NONE = "NONE"


def norm(text: object) -> str:
    """GUIDE.md's name normalisation: no diacritics or tatweel, one alef, ى→ي, ة→ه, case-folded."""
    if not text:
        return ""
    s = _MARKS.sub("", unicodedata.normalize("NFKC", str(text))).translate(_LETTERS).casefold()
    return " ".join(re.sub(r"[^\w\s-]", " ", s).split())


def _date(value: object) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value if not isinstance(value, dt.datetime) else value.date()
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _actor_matches(gold: dict, part: dict) -> bool:
    names = [norm(x) for x in (part.get("name"), part.get("canonical_name")) if x]
    for alias in map(norm, gold["names"]):
        if any(alias and n and (alias in n or (len(n) >= 3 and n in alias)) for n in names):
            return True
    return gold.get("kind") == "country" and bool(gold.get("country")) and part.get("country_code") == gold["country"] and (part.get("actor_type") or "country") != "person"


def _types_ok(gold: dict, ev: dict) -> bool:
    return ev["event_type"] == gold["event_type"] or ev["event_type"] in gold.get("type_alt", [])


def _in_range(gold: dict, ev: dict) -> bool:
    gs, ge = _date(gold.get("date_start")), _date(gold.get("date_end") or gold.get("date_start"))
    ss, se = _date(ev.get("date_start")), _date(ev.get("date_end") or ev.get("date_start"))
    return bool(gs and ss and gs <= ss and (se or ss) <= ge)


@dataclass
class Tally:
    counts: Counter = field(default_factory=Counter)
    confusion: Counter = field(default_factory=Counter)  # (gold type, extracted type) -> n
    misses: list = field(default_factory=list)

    def prf(self, what: str) -> tuple[float, float, float]:
        tp, fp, fn = self.counts[f"{what}_tp"], self.counts[f"{what}_fp"], self.counts[f"{what}_fn"]
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return round(p, 4), round(r, 4), round(2 * p * r / (p + r), 4) if p + r else 0.0

    def ratio(self, ok: str, n: str) -> float | None:
        return round(self.counts[ok] / self.counts[n], 4) if self.counts[n] else None


def score_gold(gold_lines: list[dict], events: list[dict], parts: list[dict]) -> Tally:
    tally = Tally()
    by_article: dict[str, list[dict]] = defaultdict(list)
    for e in events:
        by_article[e["article_id"]].append(e)
    parts_of: dict[str, list[dict]] = defaultdict(list)
    for p in parts:
        parts_of[p["event_id"]].append(p)
    for g in gold_lines:
        _score_article(g["article_id"], g["events"], by_article.get(g["article_id"], []), parts_of, tally)
    return tally


def _score_article(article_id: str, gold: list[dict], found: list[dict], parts_of: dict, tally: Tally) -> None:
    def fit(g: dict, e: dict, need_type: bool) -> int | None:
        if need_type and not _types_ok(g, e):
            return None
        hits = sum(any(_actor_matches(gp, sp) for sp in parts_of[e["event_id"]]) for gp in g["participants"])
        if not hits:
            return None
        return hits * 10 + 5 * _in_range(g, e) + (e.get("status") == g.get("status"))

    pairs: list[tuple[int, int]] = []
    used_g: set[int] = set()
    used_e: set[int] = set()
    for optional in (False, True):
        ranked = sorted(
            ((s, gi, ei) for gi, g in enumerate(gold) for ei, e in enumerate(found) if bool(g.get("optional")) == optional and (s := fit(g, e, True)) is not None),
            reverse=True,
        )
        for _s, gi, ei in ranked:
            if gi not in used_g and ei not in used_e:
                used_g.add(gi)
                used_e.add(ei)
                pairs.append((gi, ei))
    # confusion: what the unmatched gold events were taken for, if anything
    spare = [ei for ei in range(len(found)) if ei not in used_e]
    for gi, g in enumerate(gold):
        if gi in used_g or g.get("optional"):
            continue
        tally.counts["event_fn"] += 1
        guess = max(((fit(g, found[ei], False) or 0, ei) for ei in spare), default=(0, None))
        if guess[0]:
            spare.remove(guess[1])
            tally.confusion[(g["event_type"], found[guess[1]]["event_type"])] += 1
        else:
            tally.confusion[(g["event_type"], NONE)] += 1
        tally.misses.append({"kind": "missed_event", "article_id": article_id, "gold": g.get("id"), "type": g["event_type"]})
    for ei in range(len(found)):
        if ei not in used_e:
            tally.counts["event_fp"] += 1
            if ei in spare:
                tally.confusion[(NONE, found[ei]["event_type"])] += 1
            tally.misses.append({"kind": "spurious_event", "article_id": article_id, "event_id": found[ei]["event_id"], "type": found[ei]["event_type"]})
    for gi, ei in pairs:
        g, e = gold[gi], found[ei]
        if g.get("optional"):
            continue
        tally.counts["event_tp"] += 1
        tally.confusion[(g["event_type"], e["event_type"])] += 1
        _score_roles(g, parts_of[e["event_id"]], tally)
        tally.counts["status_n"] += 1
        status_ok = e.get("status") == g["status"] or e.get("status") in g.get("status_alt", [])
        tally.counts["status_ok"] += status_ok
        if not status_ok:
            tally.misses.append({"kind": "wrong_status", "article_id": article_id, "gold": g.get("id"), "event_id": e["event_id"], "type": g["event_type"], "want": g["status"], "got": e.get("status")})
        if _date(g.get("date_start")):
            tally.counts["date_n"] += 1
            date_ok = _in_range(g, e)
            tally.counts["date_ok"] += date_ok
            if not date_ok:
                tally.misses.append({"kind": "wrong_date", "article_id": article_id, "gold": g.get("id"), "event_id": e["event_id"], "type": g["event_type"],
                                     "want": f"{g.get('date_start')}..{g.get('date_end') or g.get('date_start')}", "got": f"{e.get('date_start')}..{e.get('date_end')}"})
        elif _date(e.get("date_start")) and e.get("date_basis") in (None, "explicit"):
            tally.counts["undated_stamped"] += 1


def _score_roles(g: dict, found: list[dict], tally: Tally) -> None:
    used: set[int] = set()
    for gp in g["participants"]:
        hit = next((i for i, sp in enumerate(found) if i not in used and _actor_matches(gp, sp) and (sp.get("role") == gp["role"] or sp.get("role") in gp.get("role_alt", []))), None)
        if hit is not None:
            used.add(hit)
            tally.counts["role_tp"] += not gp.get("optional")
        elif not gp.get("optional"):
            tally.counts["role_fn"] += 1
    tally.counts["role_fp"] += len(found) - len(used)


def score_labels(labels: list[dict], events: list[dict], parts: list[dict]) -> dict[str, Counter]:
    """Sentence-level detection per type, with actor and recipient recall on detected positives."""
    of: dict[tuple[str, str], list[str]] = defaultdict(list)
    for e in events:
        of[(e["article_id"], e["event_type"])].append(e["event_id"])
    parts_of: dict[str, list[dict]] = defaultdict(list)
    for p in parts:
        parts_of[p["event_id"]].append(p)
    out: dict[str, Counter] = defaultdict(Counter)
    for label in labels:
        c = out[label["event_type"]]
        ids = of.get((label["article_id"], label["event_type"]), [])
        c["tp" if label["positive"] and ids else "fn" if label["positive"] else "fp" if ids else "tn"] += 1
        if label["positive"] and ids:
            found = [p for i in ids for p in parts_of[i]]
            for role in ("actor", "recipient"):
                golds = [s[role] for s in label.get("spans", []) if s.get(role)]
                if golds:
                    c[f"{role}_n"] += 1
                    c[f"{role}_ok"] += any(_overlap(g, p.get("name") or "") for g in golds for p in found if p.get("role") == role)
    return out


def _overlap(gold: str, got: str) -> bool:
    """At least half of the gold span's words (also compared without the article ال)."""
    def strip(words: set[str]) -> set[str]:
        return {w[2:] if w.startswith("ال") and len(w) > 4 else w for w in words}

    g, s = set(norm(gold).split()), set(norm(got).split())
    return bool(g) and (2 * len(g & s) >= len(g) or 2 * len(strip(g) & strip(s)) >= len(strip(g)))


def load_rows(db: str) -> tuple[list[dict], list[dict]]:
    import duckdb

    con = duckdb.connect(db, read_only=True)
    try:
        def fetch(query: str) -> list[dict]:
            cur = con.execute(query)
            cols = [d[0] for d in cur.description]
            return [dict(zip(cols, r)) for r in cur.fetchall()]

        return fetch("SELECT * FROM events"), fetch("SELECT * FROM event_participants")
    finally:
        con.close()


def read_jsonl(path: str) -> list[dict]:
    return [json.loads(l) for l in Path(path).read_text(encoding="utf-8").splitlines() if l.strip()]


def report_gold(tally: Tally) -> str:
    ep, er, ef = tally.prf("event")
    rp, rr, rf = tally.prf("role")
    lines = [
        f"events P={ep} R={er} F1={ef} | roles P={rp} R={rr} F1={rf} | "
        f"date_acc={tally.ratio('date_ok', 'date_n')} status_acc={tally.ratio('status_ok', 'status_n')} "
        f"undated_stamped={tally.counts['undated_stamped']}",
        "",
        "confusion (rows: gold type, columns: extracted type; NONE = missed / spurious):",
    ]
    types = sorted({t for pair in tally.confusion for t in pair} - {NONE}) + [NONE]
    width = max(len(t) for t in types) + 1
    lines.append(" " * width + "".join(t[:9].rjust(10) for t in types))
    for g in types:
        row = [tally.confusion.get((g, s), 0) for s in types]
        if any(row):
            lines.append(g.ljust(width) + "".join(str(n or ".").rjust(10) for n in row))
    return "\n".join(lines)


def report_labels(result: dict[str, Counter]) -> str:
    lines = []
    for etype, c in sorted(result.items()):
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
        r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        ar = f"{c['actor_ok'] / c['actor_n']:.4f}" if c["actor_n"] else "None"
        rr = f"{c['recipient_ok'] / c['recipient_n']:.4f}" if c["recipient_n"] else "None"
        lines.append(f"{etype}: P={p:.4f} R={r:.4f} F1={f:.4f} actor_recall={ar} recipient_recall={rr} (tp={c['tp']} fp={c['fp']} fn={c['fn']})")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m etl eval", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", required=True, help="DuckDB warehouse to score")
    ap.add_argument("--gold", help="gold events JSONL (GUIDE.md format)")
    ap.add_argument("--labels", help="sentence-level detection labels JSONL")
    ap.add_argument("--misses", action="store_true", help="also list every missed and spurious event, and every wrong date and status")
    args = ap.parse_args(argv)
    if not args.gold and not args.labels:
        ap.error("give --gold, --labels, or both")
    events, parts = load_rows(args.db)
    if args.gold:
        tally = score_gold(read_jsonl(args.gold), events, parts)
        print(report_gold(tally))
        if args.misses:
            for m in tally.misses:
                print(json.dumps(m, ensure_ascii=False))
    if args.labels:
        print(report_labels(score_labels(read_jsonl(args.labels), events, parts)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
