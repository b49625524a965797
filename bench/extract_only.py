"""Extraction-only timing: best of N rounds over each corpus (µs per article). Less sensitive to a shared machine than a mean."""
import sys, time
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract_speed import load, ROOT  # noqa: E402
from etl.extract import extract_article  # noqa: E402

corpora = {"seed": load(ROOT / "examples/articles/seed.jsonl"),
           "samples": [a for f in sorted((ROOT / "examples/articles").glob("sample_*.jsonl")) for a in load(f)],
           "gsr_dev": load(Path("/work/shared/corpus/gsr_dev.jsonl"))}
for items in corpora.values():
    for a in items:
        extract_article(a)
out = []
for name, items in corpora.items():
    reps = max(1, 400 // len(items))
    best = float("inf")
    for _ in range(7):
        t = time.perf_counter()
        for _ in range(reps):
            for a in items:
                extract_article(a)
        best = min(best, (time.perf_counter() - t) / (reps * len(items)))
    out.append(f"{name} {best * 1e6:.0f}us/art {1 / best:.0f}art/s")
print("  ".join(out))
