"""Warehouse tables and views, derived from the contract's Arrow schemas.

Layering follows dbt's habit: `raw_*` tables hold rows exactly as the contract shapes them
and are only written by the loader; BI tools read the views, which can change shape
(joins, convenience columns) without a data migration, and the `mart_*` views (see
`marts`), which aggregate them for the questions BI users ask first.
"""
from __future__ import annotations

import duckdb
import pyarrow as pa

from schemas import CONTRACT, SCHEMA_VERSION

from .marts import create_marts
from .runs import RUNS_SCHEMA

# dataset -> raw table; the contract is the only place that lists the datasets
RAW_TABLES: dict[str, str] = {ds: f"raw_{ds}" for ds in CONTRACT.datasets}

# Views only add to the raw columns (`x.*`), so a contract field reaches BI without an edit here.
VIEWS: dict[str, str] = {
    "articles": "SELECT a.* FROM raw_articles AS a",
    "events": """
        SELECT e.*, a.title AS article_title, a.url AS article_url
        FROM raw_events AS e
        LEFT JOIN raw_articles AS a ON a.article_id = e.article_id""",
    "event_participants": """
        SELECT p.*, e.event_type, e.status
        FROM raw_participants AS p
        LEFT JOIN raw_events AS e ON e.event_id = p.event_id""",
    "quarantine": "SELECT q.*, array_to_string(q.checks, ', ') AS checks_text FROM raw_quarantine AS q",
}


def duckdb_type(arrow_type: pa.DataType) -> str:
    """DuckDB's own spelling of the type, so it can be compared with information_schema."""
    if isinstance(arrow_type, pa.JsonType):
        return "JSON"
    if pa.types.is_string(arrow_type):
        return "VARCHAR"
    if pa.types.is_boolean(arrow_type):
        return "BOOLEAN"
    if pa.types.is_int32(arrow_type):
        return "INTEGER"
    if pa.types.is_int64(arrow_type):
        return "BIGINT"
    if pa.types.is_date32(arrow_type):
        return "DATE"
    if pa.types.is_timestamp(arrow_type) and arrow_type.unit == "us":
        return "TIMESTAMP WITH TIME ZONE" if arrow_type.tz else "TIMESTAMP"
    if pa.types.is_list(arrow_type):
        return f"{duckdb_type(arrow_type.value_type)}[]"
    raise TypeError(f"no DuckDB type for Arrow type {arrow_type}")


def create_table_sql(table: str, schema: pa.Schema, key: list[str] | None) -> str:
    """CREATE TABLE IF NOT EXISTS for the schema, with a PRIMARY KEY when `key` is given."""
    columns = [f"{_quote(f.name)} {duckdb_type(f.type)}{'' if f.nullable else ' NOT NULL'}" for f in schema]
    if key:
        columns.append(f"PRIMARY KEY ({', '.join(_quote(k) for k in key)})")
    return f"CREATE TABLE IF NOT EXISTS {table} (\n  " + ",\n  ".join(columns) + "\n)"


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def table_specs() -> dict[str, tuple[pa.Schema, list[str] | None]]:
    """Tables and their PRIMARY KEY. The raw tables have none: the loader keeps their contract
    keys unique itself (see `staging`), because DuckDB's key index made replacing rows in
    bulk a hundred times slower (a 250k-event reload committed in 23 s with it, 0.25 s without).
    """
    specs: dict[str, tuple[pa.Schema, list[str] | None]] = {
        RAW_TABLES[ds]: (CONTRACT.arrow_schema(ds), None) for ds in CONTRACT.datasets
    }
    specs["runs"] = (RUNS_SCHEMA, ["run_id"])
    return specs


def ensure_warehouse(con: duckdb.DuckDBPyConnection) -> None:
    """Create what is missing and refresh the views; safe to call at the start of every run.

    An existing table whose columns differ from the contract is an error rather than
    silently altered: a contract change to a field needs a deliberate migration.
    """
    con.execute("CREATE TABLE IF NOT EXISTS warehouse_meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)")
    for table, (schema, key) in table_specs().items():
        con.execute(create_table_sql(table, schema, key))
        _check_columns(con, table, schema, appendable=table == "runs")
    for ds in CONTRACT.datasets:
        key = ", ".join(CONTRACT.key(ds))
        con.execute(f"COMMENT ON TABLE {RAW_TABLES[ds]} IS "
                    f"'{ds} rows as the contract shapes them; unique key: {key} (kept unique by the loader)'")
    for view, sql in VIEWS.items():
        con.execute(f"CREATE OR REPLACE VIEW {view} AS {sql}")
    create_marts(con)
    con.execute("INSERT OR REPLACE INTO warehouse_meta VALUES ('schema_version', ?)", [SCHEMA_VERSION])


def _check_columns(con: duckdb.DuckDBPyConnection, table: str, schema: pa.Schema, *, appendable: bool = False) -> None:
    """Refuse a table that differs from its schema; an `appendable` one gets its missing trailing columns."""
    found = _columns(con, table)
    expected = [(f.name, duckdb_type(f.type), f.nullable) for f in schema]
    if appendable and len(found) < len(expected) and found == expected[: len(found)]:
        for f in schema:
            if f.name not in {name for name, _, _ in found}:
                con.execute(f"ALTER TABLE {table} ADD COLUMN {_quote(f.name)} {duckdb_type(f.type)}")
        found = _columns(con, table)
    if found != expected:
        stored = con.execute("SELECT value FROM warehouse_meta WHERE key = 'schema_version'").fetchone()
        raise RuntimeError(
            f"warehouse table {table} was built for schema version {stored[0] if stored else 'unknown'} "
            f"and does not match contract {SCHEMA_VERSION}: has {found}, expected {expected}; "
            "migrate or rebuild the warehouse"
        )


def _columns(con: duckdb.DuckDBPyConnection, table: str) -> list[tuple[str, str, bool]]:
    return con.execute(
        "SELECT column_name, data_type, is_nullable = 'YES' FROM information_schema.columns "
        "WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position",
        [table],
    ).fetchall()
