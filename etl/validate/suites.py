"""One GX expectation suite per dataset, derived from contract.yaml and nothing else.

Every expectation carries `meta={"check": name}`; that name is what lands in a quarantine
row's `checks`, so several expectations may share one name when together they make one
rule (a date is ISO only if it matches the pattern *and* is a real calendar day).
Vocabularies, required fields, keys, date columns, role rules and date limits are all read
from the contract, so a contract change reaches the suites without touching this file.
"""
from __future__ import annotations

import datetime as dt
import logging
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from schemas import CONTRACT, Contract

from . import checks as c

if TYPE_CHECKING:
    import great_expectations as gx
    from great_expectations.expectations import Expectation

DATASETS = ("articles", "events", "participants")
CHECK = "check"  # the meta key holding an expectation's check name

_ISO_DATE_REGEX = r"^\d{4}-\d{2}-\d{2}$"
_ISO_DATE_FORMAT = "%Y-%m-%d"


@lru_cache(maxsize=1)
def build_suites() -> dict[str, gx.ExpectationSuite]:
    """The three suites of the project's contract, built once per process; callers must not mutate them."""
    return suites_for(CONTRACT)


def suites_for(contract: Contract) -> dict[str, gx.ExpectationSuite]:
    """The three suites a contract implies; a pure function of it, so a changed copy shows its effect."""
    logging.getLogger("great_expectations").setLevel(logging.ERROR)
    import great_expectations as gx

    missing = set(c.begun_statuses(contract)) - set(contract.vocabulary("status"))
    if missing:
        raise ValueError(
            f"contract date_rules.begun_statuses names {sorted(missing)}, which the status vocabulary lacks"
        )
    return {ds: gx.ExpectationSuite(name=ds, expectations=_expectations(ds, contract)) for ds in DATASETS}


def check_names(suite: gx.ExpectationSuite) -> list[str]:
    """The suite's check names, in suite order, each once."""
    return list(dict.fromkeys(e.meta[CHECK] for e in suite.expectations))


def check_columns(suite: gx.ExpectationSuite) -> dict[str, list[str]]:
    """For each check, the frame columns its expectations read: the fields a reason should show."""
    columns: dict[str, list[str]] = {}
    for e in suite.expectations:
        cols = columns.setdefault(e.meta[CHECK], [])
        for attr in ("column", "column_A", "column_B"):
            name = getattr(e, attr, None)
            if name and name not in cols:
                cols.append(name)
    return columns


def _expect(check: str, cls: type[Expectation], notes: str | None = None, **kwargs: Any) -> Expectation:
    return cls(meta={CHECK: check}, notes=notes, **kwargs)


def _expectations(ds: str, contract: Contract) -> list[Expectation]:
    import great_expectations.expectations as gxe

    (key,) = contract.key(ds)
    fields = contract.field_names(ds)
    out = [
        _expect(f"{name}_not_null", gxe.ExpectColumnValuesToNotBeNull, column=name)
        for name in contract.non_nullable(ds)
    ]
    out.append(_expect(f"{key}_unique", gxe.ExpectColumnValuesToBeUnique, column=key))
    if "schema_version" in fields:
        out.append(_expect(
            "schema_version_matches_contract", gxe.ExpectColumnValuesToBeInSet,
            column="schema_version", value_set=[contract.version],
        ))
    # A vocabulary is named after the field it governs; nulls are left to the not-null checks.
    for name in fields:
        if name in contract.vocabularies or name == "event_type":
            out.append(_expect(
                f"{name}_in_vocabulary", gxe.ExpectColumnValuesToBeInSet,
                column=name, value_set=list(contract.vocabulary(name)),
            ))
    earliest = dt.date.fromisoformat(contract.date_rules["earliest_date"])
    for name in c.date_fields(ds, contract):
        text = name + c.TEXT_SUFFIX
        out += [
            _expect(f"{name}_iso", gxe.ExpectColumnValuesToMatchRegex, column=text, regex=_ISO_DATE_REGEX),
            _expect(f"{name}_iso", gxe.ExpectColumnValuesToMatchStrftimeFormat,
                    column=text, strftime_format=_ISO_DATE_FORMAT),
            _expect(f"{name}_not_before_earliest_date", gxe.ExpectColumnValuesToBeBetween,
                    column=name, min_value=earliest),
        ]
    if {"date_start", "date_end"} <= set(fields):
        out.append(_expect(
            "date_end_not_before_start", gxe.ExpectColumnPairValuesAToBeGreaterThanB,
            column_A="date_end", column_B="date_start", or_equal=True, ignore_row_if="either_value_is_missing",
        ))
    if {"char_start", "char_end"} <= set(fields):
        out += [
            _expect("offsets_in_order", gxe.ExpectColumnValuesToBeBetween, column="char_start", min_value=0),
            _expect("offsets_in_order", gxe.ExpectColumnPairValuesAToBeGreaterThanB,
                    column_A="char_end", column_B="char_start", or_equal=True,
                    ignore_row_if="either_value_is_missing"),
        ]
        if ds != "articles":
            out += _offset_expectations()
    if ds == "events":
        out += _event_expectations(contract)
    if ds == "participants":
        out += _participant_expectations(contract)
    return out


def _offset_expectations() -> list[Expectation]:
    import great_expectations.expectations as gxe

    return [
        _expect("offsets_inside_article", gxe.ExpectColumnPairValuesAToBeGreaterThanB,
                column_A=c.ARTICLE_TEXT_LENGTH, column_B="char_end", or_equal=True,
                ignore_row_if="either_value_is_missing",
                notes="Length of the text of the row's article in the batch; char_end may not pass it."),
        _expect("evidence_at_offsets", gxe.ExpectColumnValuesToBeNull, column=c.TEXT_AT_OFFSETS,
                notes="What text[char_start:char_end] holds, when that is not the row's evidence_text."),
    ]


def _event_expectations(contract: Contract) -> list[Expectation]:
    import great_expectations.expectations as gxe

    max_days = contract.date_rules["max_days_after_publication_if_occurred"]
    return [
        _expect("not_occurred_after_publication", gxe.ExpectColumnValuesToBeBetween,
                column=c.DAYS_AFTER_PUBLICATION, max_value=max_days,
                notes="Days from published_at to date_start, set only for status "
                      f"{', '.join(c.begun_statuses(contract))}."),
        _expect("article_exists", gxe.ExpectColumnValuesToBeInSet,
                column=c.ARTICLE_IN_BATCH, value_set=[True],
                notes="Whether the event's article_id is among the batch's articles."),
        _expect("article_quarantined", gxe.ExpectColumnValuesToBeNull, column=c.ARTICLE_FAILED_CHECKS,
                notes="The checks the event's article failed, if it was quarantined."),
        _expect("required_roles_present", gxe.ExpectColumnValuesToBeNull, column=c.MISSING_REQUIRED_ROLES,
                notes="Required roles of the event type with no participant in the batch."),
        _expect("no_conflicting_roles", gxe.ExpectColumnValuesToBeNull, column=c.CONFLICTING_ROLES,
                notes="Actors (same normalised name or canonical_name) holding two conflicting roles."),
    ]


def _participant_expectations(contract: Contract) -> list[Expectation]:
    import great_expectations.expectations as gxe

    allowed = [c.type_role(t, role) for t, spec in contract.event_types.items() for role in spec.roles]
    return [
        # One joined column with ExpectColumnValuesToBeInSet, not ExpectColumnPairValuesToBeInSet:
        # the pair expectation iterates rows in Python and cost seconds per batch.
        _expect("role_allowed_for_event_type", gxe.ExpectColumnValuesToBeInSet,
                column=c.EVENT_TYPE_ROLE, value_set=allowed,
                notes="The participant's event type (from its event in the batch) and role, joined."),
        _expect("event_exists", gxe.ExpectColumnValuesToBeInSet, column=c.EVENT_IN_BATCH, value_set=[True],
                notes="Whether the participant's event_id is among the batch's events."),
        _expect("event_quarantined", gxe.ExpectColumnValuesToBeNull, column=c.EVENT_FAILED_CHECKS,
                notes="The checks the participant's event failed, if it was quarantined."),
        _expect("article_matches_event", gxe.ExpectColumnValuesToBeNull, column=c.EVENT_ARTICLE,
                notes="The article_id of the participant's event, when it is not the participant's own."),
    ]
