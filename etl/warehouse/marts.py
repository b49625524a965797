"""Marts: the aggregates BI users ask for first, as views over the raw tables.

Views rather than tables: DuckDB aggregates this data in milliseconds, and a view can
never be stale after a load or a rebuild, so there is nothing to schedule. The
`article_marts` DAG still calls `refresh_marts` after each load; it re-creates the views
(picking up a changed definition) and reports their sizes. docs/warehouse.md shows each
mart with example queries and results.
"""
from __future__ import annotations

import duckdb

from schemas import CONTRACT


def _visit_types() -> str:
    """The event types whose mode is a visit (VISIT in the contract), as a SQL list."""
    types = [name for name, spec in CONTRACT.event_types.items() if spec.mode == "visit"]
    return ", ".join("'" + t.replace("'", "''") + "'" for t in types) or "NULL"


# An actor is its canonical name when the extractor resolved one, else the name as written.
_ACTOR = "coalesce(p.canonical_name, p.name)"
# An event's day: its start, or the publication day when the text gives no date (`undated`).
_DAY = "coalesce(e.date_start, e.pub_date)"

MARTS: dict[str, str] = {
    "mart_events_daily": f"""
        SELECT {_DAY} AS day, e.date_start IS NULL AS undated, e.event_type, e.plover_type,
               e.location_country, e.status, count(*) AS events, count(DISTINCT e.article_id) AS articles
        FROM raw_events AS e
        GROUP BY ALL""",
    "mart_actor_pairs": f"""
        WITH actors AS (SELECT DISTINCT p.event_id, {_ACTOR} AS actor FROM raw_participants AS p)
        SELECT a.actor AS actor_a, b.actor AS actor_b, e.event_type,
               count(*) AS events, count(DISTINCT e.article_id) AS articles,
               min({_DAY}) AS first_day, max(coalesce(e.date_end, {_DAY})) AS last_day
        FROM actors AS a
        JOIN actors AS b ON b.event_id = a.event_id AND a.actor < b.actor
        JOIN raw_events AS e ON e.event_id = a.event_id
        GROUP BY ALL""",
    "mart_visit_timeline": f"""
        WITH people AS (
            SELECT DISTINCT p.event_id, p.role, {_ACTOR} AS actor, p.country_code
            FROM raw_participants AS p JOIN raw_events AS e USING (event_id)
            WHERE e.event_type IN ({_visit_types()})),
        others AS (
            SELECT me.event_id, me.role, string_agg(DISTINCT o.actor, '; ' ORDER BY o.actor) AS counterparts
            FROM people AS me JOIN people AS o ON o.event_id = me.event_id AND o.role <> me.role
            GROUP BY ALL)
        SELECT me.actor, me.role, me.country_code AS actor_country,
               row_number() OVER (PARTITION BY me.actor ORDER BY {_DAY}, e.event_id, me.role) AS visit_number,
               {_DAY} AS day, e.date_end, e.date_precision, e.status, e.location_country, e.location_name,
               others.counterparts, e.event_id, e.article_id, e.evidence_text
        FROM people AS me
        JOIN raw_events AS e USING (event_id)
        LEFT JOIN others USING (event_id, role)""",
}


def create_marts(con: duckdb.DuckDBPyConnection) -> None:
    for view, sql in MARTS.items():
        con.execute(f"CREATE OR REPLACE VIEW {view} AS {sql}")


def refresh_marts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Re-create the mart views; returns the rows each holds now."""
    create_marts(con)
    return {view: con.execute(f"SELECT count(*) FROM {view}").fetchall()[0][0] for view in MARTS}
