"""Command line: run the pipeline without Airflow, look at the warehouse, rebuild or copy it.

    python -m etl run --input examples/articles --db data/warehouse.duckdb --lake data/lake
    python -m etl summary --db data/warehouse.duckdb
    python -m etl rebuild --lake data/lake --db data/rebuilt.duckdb
    python -m etl snapshot --db data/warehouse.duckdb --out data/warehouse.bi.duckdb

Exit codes: 0 done; 1 the run failed (a batch check, or an error), nothing of it loaded;
2 bad arguments or a missing input path.
"""
from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from tqdm import tqdm

EXAMPLE_QUERY = """\
WITH first_events AS (  -- pick the events first: aggregating every participant would cost the whole warehouse
  SELECT event_id, event_type, status, date_start, date_end FROM events
  WHERE event_type IN ('VISIT', 'MEETING', 'CALL', 'AGREEMENT')
  ORDER BY date_start NULLS LAST, event_type, event_id LIMIT 8)
SELECT e.event_type, e.status, e.date_start, e.date_end,
       string_agg(p.role || '=' || coalesce(p.canonical_name, p.name), '; ' ORDER BY p.role, p.name) AS participants
FROM first_events e JOIN event_participants p USING (event_id)
GROUP BY e.event_id, e.event_type, e.status, e.date_start, e.date_end
ORDER BY e.date_start NULLS LAST, e.event_type, e.event_id"""


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
    run.add_argument("--quality", help="batch-check settings (default: schemas/quality.yml, or $NEWS_EVENTS_QUALITY)")
    run.add_argument("--warn-only", action="append", default=[], metavar="CHECK",
                     help="record a failure of this batch check as a warning and load anyway (repeatable)")
    run.add_argument("--snapshot", help="after a successful run, copy the warehouse here for BI tools (read-only use)")
    summ = sub.add_parser("summary", help="print what the warehouse holds")
    summ.add_argument("--db", required=True)
    rebuild = sub.add_parser("rebuild", help="build a warehouse from the Parquet lake (the source of truth)")
    rebuild.add_argument("--lake", required=True)
    rebuild.add_argument("--db", required=True, help="the warehouse file to create")
    rebuild.add_argument("--replace", action="store_true", help="overwrite --db if it exists")
    snap = sub.add_parser("snapshot", help="copy the warehouse to a file BI tools can read while runs write")
    snap.add_argument("--db", required=True)
    snap.add_argument("--out", required=True)
    sub.add_parser("eval", help="score the warehouse against gold events or detection labels (python -m etl eval --help)", add_help=False)
    if argv is None:
        argv = sys.argv[1:]
    if argv[:1] == ["eval"]:  # its own parser: the scorer's flags live with the scorer
        from .evaluate import main as evaluate

        return evaluate(argv[1:])
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    commands = {"run": _run, "rebuild": _rebuild, "snapshot": _snapshot}
    if args.command in commands:
        return commands[args.command](args)
    return _summary(args.db)


def _run(args: argparse.Namespace) -> int:
    from .pipeline import run
    from .validate.quality import QualityGateError, load_quality

    try:
        quality = load_quality(args.quality).warn_only(args.warn_only)
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    docs_dir = Path(args.docs_dir) if args.docs_dir else Path(args.db).resolve().parent / "data_docs"
    bar = tqdm(desc="articles", unit="art", disable=args.quiet or None, file=sys.stderr)

    def on_batch(batch, stats) -> None:
        bar.update(stats.inputs - bar.n)
        bar.set_postfix(events=batch.counts["events_loaded"], quarantined=batch.counts["quarantined"], refresh=False)

    try:
        result = run(args.input, db=args.db, lake=args.lake, batch_size=args.batch_size, docs_dir=docs_dir,
                     on_batch=on_batch, quality=quality, snapshot=args.snapshot)
    except FileNotFoundError as exc:
        bar.close()
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except QualityGateError as exc:
        bar.close()
        print(f"error: {exc}", file=sys.stderr)
        print(f"data docs: {docs_dir.resolve() / 'index.html'}", file=sys.stderr)
        return 1
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
    warned = {name: chk["batches"]["warning"] for name, chk in (result.checks or {}).get("checks", {}).items()
              if chk["batches"]["warning"]}
    if warned:
        print("batch checks with warnings: " + ", ".join(f"{k} ({v} batches)" for k, v in sorted(warned.items())))
    if result.data_docs:
        print(f"data docs: {result.data_docs}")
    if args.snapshot:
        print(f"snapshot for BI: {Path(args.snapshot).resolve()}")
    return _summary(args.db)


def _rebuild(args: argparse.Namespace) -> int:
    from .warehouse.rebuild import rebuild

    try:
        result = rebuild(args.lake, args.db, replace=args.replace)
    except (FileExistsError, FileNotFoundError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"rebuilt {args.db} from {result['batches']} lake batches ({result['run_id']})")
    return _summary(args.db)


def _snapshot(args: argparse.Namespace) -> int:
    from .warehouse.snapshot import snapshot

    try:
        out = snapshot(args.db, args.out)
    except FileNotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"snapshot {out} (open it read-only from BI tools)")
    return 0


def _summary(db: str) -> int:
    from . import load

    con = load.connect(db, read_only=True)
    try:
        s = load.summary(con)
        print(f"warehouse {db}: {s['articles']} articles, {s['events']} events, {s['participants']} participants")
        print("events by type: " + ", ".join(f"{t}={n}" for t, n in sorted(s["events_by_type"].items())))
        print("quarantined by dataset: " + (", ".join(f"{d}={n}" for d, n in sorted(s["quarantined_by_dataset"].items())) or "none"))
        cur = con.execute("SELECT * FROM runs ORDER BY started_at DESC LIMIT 1")  # *: an older runs table lacks columns
        last = [dict(zip([d[0] for d in cur.description], row)) for row in cur.fetchall()]
        if last:
            run, docs = last[0], last[0]["data_docs"]
            print(f"last run {run['run_id']}: {run['status']}" + (f" ({run['message']})" if run.get("message") else ""))
            if docs:
                print(f"data docs: {Path(docs).as_uri() if Path(docs).is_absolute() else docs}")
        print("\nexample query:\n" + EXAMPLE_QUERY)
        rows = con.sql(EXAMPLE_QUERY).fetchall()
        for row in rows:
            print("  " + " | ".join("" if v is None else str(v) for v in row))
    finally:
        con.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
