"""News articles to validated event records: ingest, extract, write Parquet, validate, load.

Each stage is a plain function of data in, data out (see `etl.pipeline`); the CLI
(`python -m etl`) and the Airflow DAG in `dags/` only compose them.
"""
import os

# Arrow's bundled mimalloc keeps freed batch memory, so a long run's footprint creeps up
# batch after batch; the system allocator returns it (bench/memory.py). Set before any
# pyarrow import; an explicit ARROW_DEFAULT_MEMORY_POOL still wins.
os.environ.setdefault("ARROW_DEFAULT_MEMORY_POOL", "system")

__version__ = "0.1.0"

from . import _compiled  # noqa: E402

EXTRACTOR_BUILD = _compiled.install()  # "compiled", "pure" or "none": see etl/_compiled.py
