"""The DuckDB warehouse behind `etl.load`: DDL derived from the contract, the write-lock aware
connection, and the run log. Split out so each piece stays small; import from `etl.load`.
"""
