"""The DuckDB warehouse behind `etl.load`: DDL derived from the contract (`ddl`), the marts
(`marts`), the write-lock aware connection (`connection`), the run log (`runs`), staging and
the all-or-nothing merge (`staging`), the rebuild from the lake (`rebuild`) and read-only
snapshots for BI tools (`snapshot`). Split out so each piece stays small.
"""
