"""The batch-level checks: which figure of a batch each one judges, and its GX suite.

A record check judges one row; a batch check judges one figure of a whole batch (the share
of quarantined rows, events per article against recent runs, ...). The figures are
computed by `quality`; here each check names the one-row frame column holding its figure
and which of its `quality.yml` settings become the expectation's bounds. The bounds are
GX `$PARAMETER`s, so the suite is built once and each run passes its own configuration.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .suites import CHECK

if TYPE_CHECKING:
    import great_expectations as gx

BATCH_SUITE = "batch"
BATCH_KEY = "batch_id"


@dataclass(frozen=True)
class BatchCheckSpec:
    name: str
    column: str  # the figure in the one-row batch frame
    bounds: dict[str, str]  # GX kwarg (min_value/max_value) -> quality.yml setting
    settings: tuple[str, ...]  # every setting the check takes besides `severity`
    notes: str


def _ratio_check(name: str, figure: str, floor_setting: str) -> BatchCheckSpec:
    return BatchCheckSpec(
        name=name,
        column=f"{figure}_vs_history",
        bounds={"min_value": "low_factor", "max_value": "high_factor"},
        settings=("low_factor", "high_factor", "history_runs", "min_history_runs", floor_setting),
        notes=f"The batch's {figure.replace('_', ' ')} divided by the median of the last successful runs; "
              f"null (not judged) without enough history or below {floor_setting}.",
    )


SPECS: tuple[BatchCheckSpec, ...] = (
    _ratio_check("events_per_article_within_history", "events_per_article", "min_articles"),
    _ratio_check("participants_per_event_within_history", "participants_per_event", "min_events"),
    BatchCheckSpec(
        "undated_events_share", "undated_events_share", {"max_value": "max_share"}, ("max_share", "min_events"),
        "Share of the batch's loadable events without date_start; null below min_events events.",
    ),
    BatchCheckSpec(
        "quarantined_share", "quarantined_share", {"max_value": "max_share"}, ("max_share", "min_rows"),
        "Quarantined rows / (quarantined + loadable rows) of the batch; null below min_rows rows.",
    ),
    BatchCheckSpec(
        "duplicate_keys", "duplicate_keys", {"max_value": "max_rows"}, ("max_rows",),
        "Rows whose key repeats in the batch, or that another article or an earlier batch of the run holds.",
    ),
)
SPEC_BY_NAME = {spec.name: spec for spec in SPECS}


def parameter(check: str, setting: str) -> str:
    """The `$PARAMETER` name one setting of one check is passed under."""
    return f"{check}__{setting}"


def batch_suite() -> gx.ExpectationSuite:
    import great_expectations as gx
    import great_expectations.expectations as gxe

    expectations = [
        gxe.ExpectColumnValuesToBeBetween(
            column=spec.column,
            meta={CHECK: spec.name},
            notes=spec.notes,
            **{kwarg: {"$PARAMETER": parameter(spec.name, setting)} for kwarg, setting in spec.bounds.items()},
        )
        for spec in SPECS
    ]
    return gx.ExpectationSuite(name=BATCH_SUITE, expectations=expectations)
