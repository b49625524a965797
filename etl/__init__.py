"""News articles to validated political event records: ingest, extract, write Parquet, validate, load.

Each stage is a plain function of data in, data out (see `etl.pipeline`); the CLI
(`python -m etl`) and the Airflow DAG in `dags/` only compose them.
"""
__version__ = "0.1.0"
