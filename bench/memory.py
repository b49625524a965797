"""Peak memory of a full pipeline run as the input grows: it must stay flat.

Generates N articles (the shipped samples with distinct ids and a varying sentence, so
none is a duplicate), runs `python -m etl run` on them in a child process and prints
the child's peak RSS. Usage:  python bench/memory.py 1000 20000 [--batch-size 500]
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def make_input(path: Path, n: int) -> None:
    samples = []
    for f in sorted((ROOT / "examples" / "articles").glob("*.jsonl")):
        samples += [json.loads(l) for l in f.read_text(encoding="utf-8").splitlines() if l.strip()]
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            a = dict(samples[i % len(samples)])
            a["id"] = f"bench-{i}"
            a["text"] = a["text"] + f"\n(نسخة رقم {i} / copy {i})"
            out.write(json.dumps(a, ensure_ascii=False) + "\n")


def run(n: int, batch_size: int) -> tuple[float, float]:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "input.jsonl"
        make_input(src, n)
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "etl", "run", "--input", str(src), "--db", f"{tmp}/w.duckdb", "--lake", f"{tmp}/lake",
             "--batch-size", str(batch_size), "--quiet"],
            cwd=ROOT, check=True, stdout=subprocess.DEVNULL,
        )
        elapsed = time.perf_counter() - started
    peak_mib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return elapsed, peak_mib


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sizes", nargs="+", type=int)
    ap.add_argument("--batch-size", type=int, default=500)
    args = ap.parse_args()
    print(f"{'articles':>9} {'seconds':>8} {'art/s':>7} {'peak RSS MiB':>13}")
    for n in sorted(args.sizes):
        # ru_maxrss of children is the max over all children so far: run sizes in increasing order
        elapsed, peak = run(n, args.batch_size)
        print(f"{n:>9} {elapsed:>8.1f} {n / elapsed:>7.0f} {peak:>13.0f}", flush=True)


if __name__ == "__main__":
    main()
