"""Command line: run the pipeline without Airflow, and look at the warehouse.

    python -m etl run --input examples/articles --db data/warehouse.duckdb --lake data/lake
    python -m etl summary --db data/warehouse.duckdb
"""
from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from tqdm import tqdm

EXAMPLE_QUERY = """\
SELECT e.event_type, e.status, e.date_start, e.date_end,
       string_agg(p.role || '=' || coalesce(p.canonical_name, p.name), '; ' ORDER BY p.role, p.name) AS participants
FROM events e JOIN event_participants p USING (event_id)
WHERE e.event_type IN ('VISIT', 'MEETING', 'CALL', 'AGREEMENT')
GROUP BY e.event_id, e.event_type, e.status, e.date_start, e.date_end
ORDER BY e.date_start NULLS LAST, e.event_type LIMIT 8"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m etl", description="News articles to validated event records.")
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="ingest, extract, write Parquet, validate and load, without Airflow")
    run.add_argument("--input", nargs="+", required=True, help="JSONL/TXT files or folders (gzip allowed)")
    run.add_argument("--db", required=True, help="DuckDB warehouse file")
    run.add_argument("--lake", required=True, help="Parquet lake folder")
    run.add_argument("--docs-dir", help="where GX Data Docs go (default: <db folder>/data_docs)")
    run.add_argument("--batch-size", type=int, default=500)
    run.add_argument("--quiet", action="store_true", help="no progress bar")
    summ = sub.add_parser("summary", help="print what the warehouse holds")
    summ.add_argument("--db", required=True)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if args.command == "run":
        return _run(args)
    return _summary(args.db)


def _run(args: argparse.Namespace) -> int:
    from .pipeline import run

    docs_dir = Path(args.docs_dir) if args.docs_dir else Path(args.db).resolve().parent / "data_docs"
    bar = tqdm(desc="articles", unit="art", disable=args.quiet or None, file=sys.stderr)

    def on_batch(batch, stats) -> None:
        bar.update(stats.inputs - bar.n)
        bar.set_postfix(events=batch.counts["events_loaded"], quarantined=batch.counts["quarantined"], refresh=False)

    try:
        result = run(args.input, db=args.db, lake=args.lake, batch_size=args.batch_size, docs_dir=docs_dir, on_batch=on_batch)
    except FileNotFoundError as exc:
        bar.close()
        print(f"error: {exc}", file=sys.stderr)
        return 2
    bar.close()
    c = result.counts
    print(f"run {result.run_id}")
    print(
        f"articles in: {c.get('articles_in', 0)}  loaded: {c.get('articles_loaded', 0)}  duplicates: {c.get('duplicates', 0)}  "
        f"ingest problems: {c.get('ingest_problems', 0)}  extractor failures: {c.get('extract_failures', 0)}"
    )
    print(f"events extracted: {c.get('events_extracted', 0)}  loaded: {c.get('events_loaded', 0)}  participants: {c.get('participants_loaded', 0)}  quarantined rows: {c.get('quarantined', 0)}")
    failed = {k.removeprefix("failed:"): v for k, v in c.items() if k.startswith("failed:")}
    if failed:
        print("failed checks: " + ", ".join(f"{k}={v}" for k, v in sorted(failed.items())))
    if result.data_docs:
        print(f"data docs: {result.data_docs}")
    return _summary(args.db)


def _summary(db: str) -> int:
    from . import load

    con = load.connect(db, read_only=True)
    try:
        s = load.summary(con)
        print(f"warehouse {db}: {s['articles']} articles, {s['events']} events, {s['participants']} participants")
        print("events by type: " + ", ".join(f"{t}={n}" for t, n in sorted(s["events_by_type"].items())))
        print("quarantined by dataset: " + (", ".join(f"{d}={n}" for d, n in sorted(s["quarantined_by_dataset"].items())) or "none"))
        print("\nexample query:\n" + EXAMPLE_QUERY)
        rows = con.sql(EXAMPLE_QUERY).fetchall()
        for row in rows:
            print("  " + " | ".join("" if v is None else str(v) for v in row))
    finally:
        con.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
