"""Dump repr of extract_article over every known corpus, for byte-for-byte comparison of builds.
Usage: python bench/equiv_dump.py OUT"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract_speed import load  # noqa: E402
import etl.extract as ex  # noqa: E402
from etl.extract import extract_article  # noqa: E402

files = sorted(Path("/work/main/examples/articles").glob("*.jsonl")) + [
    Path("/work/shared/corpus/dev.jsonl"), Path("/work/shared/corpus/gsr_dev.jsonl"), Path("/work/main/tests/gold/en_articles.jsonl")]
n = 0
with open(sys.argv[1], "w", encoding="utf-8") as out:
    for f in files:
        for a in load(f):
            out.write(f"{f.name}\t{a.article_id}\t{extract_article(a)!r}\n")
            n += 1
mods = {m: getattr(__import__(f"etl.extract.{m}", fromlist=["x"]), "__file__") for m in ("normalize", "lexicon", "dates", "actors", "events")}
print(n, "articles;", ex.__file__, mods, file=sys.stderr)
