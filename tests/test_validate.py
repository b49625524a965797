"""The validation stage, run for real through Great Expectations.

GX costs seconds to import and a fraction of a second per batch, so most checks are
proven on one shared "mixed" batch: each case below adds its own article, with a valid
event and participants, then breaks exactly one thing. The batch is validated once and
every case asserts that its broken record, and only that record, carries the expected
check names, while the valid cases pass untouched.
"""
from __future__ import annotations

import ast
import datetime as dt
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pytest
import yaml

from etl.validate import ValidationOutcome, build_docs, build_suites, suites_for, validate_batch
from schemas import CONTRACT, CONTRACT_PATH, SCHEMA_VERSION, load_contract

PUBLISHED = dt.datetime(2025, 1, 10, 9, 30, tzinfo=dt.timezone.utc)


@dataclass
class Case:
    """One article's records; `articles`, `events`, `participants` are lists of row dicts."""

    name: str
    articles: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    participants: list[dict[str, Any]] = field(default_factory=list)


def article(article_id: str, **changes: Any) -> dict[str, Any]:
    row = {
        "article_id": article_id, "url": f"https://example.org/{article_id}", "title": "Talks",
        "published_at": PUBLISHED, "pub_date": PUBLISHED.date(), "language": "en",
        "text": "The president visited Cairo.", "text_sha256": "0" * 64, "source": "feed.jsonl:1",
        "extractor_version": "test", "schema_version": SCHEMA_VERSION,
    }
    return _shaped("articles", row, changes)


def event(event_id: str, *, article_id: str, **changes: Any) -> dict[str, Any]:
    row = {
        "event_id": event_id, "article_id": article_id, "event_type": "VISIT", "status": "occurred",
        "negated": False, "date_start": dt.date(2025, 1, 9), "date_end": dt.date(2025, 1, 10),
        "date_precision": "day", "date_basis": "explicit", "date_inferred": False, "date_text": "on Thursday",
        "evidence_text": "The president visited Cairo.", "char_start": 0, "char_end": 28, "mentions": 1,
        "language": "en", "published_at": PUBLISHED, "pub_date": PUBLISHED.date(),
        "extractor_version": "test", "schema_version": SCHEMA_VERSION,
    }
    return _shaped("events", row, changes)


def participant(participant_id: str, event_row: dict[str, Any], *, role: str, name: str | None,
                **changes: Any) -> dict[str, Any]:
    row = {
        "participant_id": participant_id, "event_id": event_row["event_id"], "article_id": event_row["article_id"],
        "role": role, "name": name, "canonical_name": None, "actor_type": "person",
        "evidence_text": "president", "char_start": 4, "char_end": 13, "pub_date": PUBLISHED.date(),
        "extractor_version": "test", "schema_version": SCHEMA_VERSION,
    }
    return _shaped("participants", row, changes)


def _shaped(dataset: str, row: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    """Fill every contract field, so the helpers keep up with contract changes."""
    unknown = set(changes) - set(CONTRACT.field_names(dataset))
    assert not unknown, f"not {dataset} fields: {unknown}"
    return {name: changes.get(name, row.get(name)) for name in CONTRACT.field_names(dataset)}


def visit_case(name: str, *, article_changes: dict | None = None, event_changes: dict | None = None,
               visitor: dict | None = None, host: dict | None = None) -> Case:
    """A valid article with a VISIT (visitor + host); the keyword changes break one thing."""
    a = article(f"a-{name}", **(article_changes or {}))
    e = event(f"e-{name}", **({"article_id": a["article_id"]} | (event_changes or {})))
    return Case(name, [a], [e], [
        participant(f"p-{name}-visitor", e, **({"role": "visitor", "name": "Emmanuel Macron"} | (visitor or {}))),
        participant(f"p-{name}-host", e, **({"role": "host", "name": "Abdel Fattah el-Sisi"} | (host or {}))),
    ])


def with_participants(case: Case, *extra: Callable[[dict[str, Any]], dict[str, Any]]) -> Case:
    case.participants += [make(case.events[0]) for make in extra]
    return case


def only_host(name: str) -> Case:
    case = visit_case(name)
    case.participants = [p for p in case.participants if p["role"] != "visitor"]
    return case


def duplicated_event(name: str) -> Case:
    case = visit_case(name)
    twin = dict(case.events[0], trigger="met")  # same event_id, other content
    case.events.append(twin)
    return case


def duplicated_article(name: str) -> Case:
    case = visit_case(name)
    case.articles.append(dict(case.articles[0], title="Talks, updated"))
    return case


def keyless_event(name: str) -> Case:
    case = visit_case(name)
    case.events[0]["event_id"] = None
    case.participants = []  # nothing can point at an event without an id
    return case


def orphan_event(name: str) -> Case:
    case = visit_case(name, event_changes={"article_id": "a-nowhere"})
    case.articles = []
    return case


# case -> the checks each of its quarantined records must carry, by (dataset, record id)
CASES: dict[str, tuple[Case, dict[tuple[str, str], list[str]]]] = {}


def case(c: Case, expected: dict[tuple[str, str], list[str]]) -> None:
    CASES[c.name] = (c, expected)


def _visit_expectation(name: str, checks: list[str]) -> dict[tuple[str, str], list[str]]:
    """The event fails `checks`; its two participants follow it with event_quarantined."""
    return {
        ("events", f"e-{name}"): checks,
        ("participants", f"p-{name}-visitor"): ["event_quarantined"],
        ("participants", f"p-{name}-host"): ["event_quarantined"],
    }


# valid records, which must all pass
case(visit_case("good"), {})
case(visit_case("good-planned-later", event_changes={
    "status": "planned", "date_start": "2025-03-01", "date_end": "2025-03-02"}), {})
case(visit_case("good-null-dates", event_changes={
    "date_start": None, "date_end": None, "date_precision": None, "date_basis": None}), {})
# one broken thing each
for column, bad in [("event_type", "PARADE"), ("status", "rumoured"),
                    ("date_precision", "week"), ("date_basis", "guess")]:
    case(visit_case(f"bad-{column}", event_changes={column: bad}),
         _visit_expectation(f"bad-{column}", [f"{column}_in_vocabulary"]))
case(visit_case("bad-date-start-calendar", event_changes={"date_start": "2025-02-30", "date_end": "2025-03-01"}),
     _visit_expectation("bad-date-start-calendar", ["date_start_iso"]))
case(visit_case("bad-date-end-format", event_changes={"date_end": "2025/01/12"}),
     _visit_expectation("bad-date-end-format", ["date_end_iso"]))
case(visit_case("bad-date-order", event_changes={"date_start": "2025-01-09", "date_end": "2025-01-01"}),
     _visit_expectation("bad-date-order", ["date_end_not_before_start"]))
case(visit_case("bad-earliest", event_changes={"date_start": "1899-12-31"}),
     _visit_expectation("bad-earliest", ["date_start_not_before_earliest_date"]))
case(visit_case("bad-occurred-later", event_changes={"date_start": "2025-01-20", "date_end": "2025-01-21"}),
     _visit_expectation("bad-occurred-later", ["not_occurred_after_publication"]))
case(visit_case("bad-event-offsets", event_changes={"char_start": -1}),
     _visit_expectation("bad-event-offsets", ["offsets_in_order"]))
case(visit_case("bad-event-past-end", event_changes={"char_start": 4, "char_end": 40}),
     _visit_expectation("bad-event-past-end", ["offsets_inside_article"]))
case(visit_case("bad-event-evidence", event_changes={"evidence_text": "The president visited Paris."}),
     _visit_expectation("bad-event-evidence", ["evidence_at_offsets"]))
case(visit_case("bad-evidence", event_changes={"evidence_text": None}),
     _visit_expectation("bad-evidence", ["evidence_text_not_null"]))
case(visit_case("bad-version", event_changes={"schema_version": "0.0.1"}),
     _visit_expectation("bad-version", ["schema_version_matches_contract"]))
case(only_host("bad-no-visitor"), {
    ("events", "e-bad-no-visitor"): ["required_roles_present"],
    ("participants", "p-bad-no-visitor-host"): ["event_quarantined"]})
# An event type the contract lets go with any one of several roles (`required_any`), if it has one.
ANY_ROLE_TYPE = next((t for t, spec in CONTRACT.event_types.items() if spec.required_any and not spec.required), None)


def any_role_case(name: str, roles: list[str]) -> Case:
    """An event of ANY_ROLE_TYPE with one participant per role in `roles`."""
    a = article(f"a-{name}")
    e = event(f"e-{name}", article_id=a["article_id"], event_type=ANY_ROLE_TYPE, date_end=None)
    return Case(name, [a], [e], [participant(f"p-{name}-{r}", e, role=r, name=f"Side {r}") for r in roles])


if ANY_ROLE_TYPE is not None:
    last_alternative = CONTRACT.event_types[ANY_ROLE_TYPE].required_any[-1]
    case(any_role_case("good-any-role", [last_alternative]), {})
    case(any_role_case("bad-no-any-role", []), {("events", "e-bad-no-any-role"): ["required_roles_present"]})
case(visit_case("bad-same-name", host={"name": "  EMMANUEL   macron "}),
     _visit_expectation("bad-same-name", ["no_conflicting_roles"]))
case(visit_case("bad-same-arabic-name",  # the host's name differs only by its diacritics
                visitor={"name": "محمد بن سلمان"}, host={"name": "مُحَمَّد بن سلمان"}),
     _visit_expectation("bad-same-arabic-name", ["no_conflicting_roles"]))
case(visit_case("bad-same-canonical", visitor={"name": "Macron", "canonical_name": "Emmanuel Macron"},
                host={"name": "the French president", "canonical_name": "Emmanuel Macron"}),
     _visit_expectation("bad-same-canonical", ["no_conflicting_roles"]))
case(duplicated_event("bad-dup-event"), {
    ("events", "e-bad-dup-event"): ["event_id_unique"],
    ("participants", "p-bad-dup-event-visitor"): ["event_quarantined"],
    ("participants", "p-bad-dup-event-host"): ["event_quarantined"]})
case(keyless_event("bad-keyless-event"), {("events", None): ["event_id_not_null"]})
case(orphan_event("bad-orphan-event"), _visit_expectation("bad-orphan-event", ["article_exists"]))
# broken participants: the event keeps its visitor and passes
case(visit_case("bad-role", host={"role": "spy"}), {("participants", "p-bad-role-host"): ["role_in_vocabulary"]})
case(visit_case("bad-actor-type", host={"actor_type": "alien"}),
     {("participants", "p-bad-actor-type-host"): ["actor_type_in_vocabulary"]})
case(visit_case("bad-role-for-type", host={"role": "signatory"}),
     {("participants", "p-bad-role-for-type-host"): ["role_allowed_for_event_type"]})
case(visit_case("bad-participant-offsets", host={"char_start": 9, "char_end": 3}),
     {("participants", "p-bad-participant-offsets-host"): ["offsets_in_order"]})
case(visit_case("bad-participant-past-end", host={"char_start": 20, "char_end": 35}),
     {("participants", "p-bad-participant-past-end-host"): ["offsets_inside_article"]})
case(visit_case("bad-participant-evidence", host={"evidence_text": "minister"}),
     {("participants", "p-bad-participant-evidence-host"): ["evidence_at_offsets"]})
case(visit_case("bad-participant-article", host={"article_id": "a-good"}),
     {("participants", "p-bad-participant-article-host"): ["article_matches_event"]})
case(visit_case("bad-participant-name", host={"name": None}),
     {("participants", "p-bad-participant-name-host"): ["name_not_null"]})
case(with_participants(visit_case("bad-ghost-event"), lambda e: participant(
         "p-bad-ghost-event-ghost", dict(e, event_id="e-ghost"), role="host", name="Ghost")),
     {("participants", "p-bad-ghost-event-ghost"): ["event_exists"]})
# broken articles: their events fail article_quarantined, and the participants follow
case(visit_case("bad-article-text", article_changes={"text": None}), {
    ("articles", "a-bad-article-text"): ["text_not_null"],
    **_visit_expectation("bad-article-text", ["article_quarantined"])})
case(duplicated_article("bad-dup-article"), {
    ("articles", "a-bad-dup-article"): ["article_id_unique"],
    **_visit_expectation("bad-dup-article", ["article_quarantined"])})


def tables(cases: list[Case], *, string_dates: bool = False) -> tuple[pa.Table, pa.Table, pa.Table]:
    """Arrow tables in contract shape; with `string_dates` the event dates are ISO strings, as
    an external producer might send them (and the only way to write "2025-02-30")."""
    articles = [r for c in cases for r in c.articles]
    events = [r for c in cases for r in c.events]
    participants = [r for c in cases for r in c.participants]
    event_schema = CONTRACT.arrow_schema("events")
    if string_dates:
        for name in ("date_start", "date_end"):
            event_schema = event_schema.set(event_schema.get_field_index(name), pa.field(name, pa.string()))
        events = [{k: v.isoformat() if k in ("date_start", "date_end") and isinstance(v, dt.date) else v
                   for k, v in r.items()} for r in events]
    return (
        pa.Table.from_pylist(articles, schema=CONTRACT.arrow_schema("articles")),
        pa.Table.from_pylist(events, schema=event_schema),
        pa.Table.from_pylist(participants, schema=CONTRACT.arrow_schema("participants")),
    )


@pytest.fixture(scope="module")
def mixed_tables() -> tuple[pa.Table, pa.Table, pa.Table]:
    return tables([c for c, _ in CASES.values()], string_dates=True)


@pytest.fixture(scope="module")
def mixed(mixed_tables: tuple[pa.Table, pa.Table, pa.Table]) -> ValidationOutcome:
    return validate_batch(*mixed_tables, run_id="run-mixed")


@pytest.fixture(scope="module")
def good_docs(tmp_path_factory: pytest.TempPathFactory) -> tuple[ValidationOutcome, Path]:
    """Two runs into one docs folder, each rendered once it is validated: the second outcome, and the folder."""
    docs = tmp_path_factory.mktemp("docs")
    good = tables([visit_case("good"), visit_case("good-2")])
    validate_batch(*good, run_id="run-earlier", docs_dir=docs)
    build_docs(docs, "run-earlier")
    outcome = validate_batch(*good, run_id="run-good", docs_dir=docs)
    build_docs(docs, "run-good")
    return outcome, docs


def quarantined(outcome: ValidationOutcome) -> dict[tuple[str, str], list[list[str]]]:
    found: dict[tuple[str, str], list[list[str]]] = {}
    for row in outcome.quarantine.to_pylist():
        found.setdefault((row["dataset"], row["record_id"]), []).append(row["checks"])
    return found


def record_keys(articles: list[dict], events: list[dict], participants: list[dict]) -> set[tuple[str, str]]:
    return ({("articles", r["article_id"]) for r in articles} | {("events", r["event_id"]) for r in events}
            | {("participants", r["participant_id"]) for r in participants})


@pytest.mark.parametrize("name", list(CASES))
def test_each_broken_record_is_quarantined_with_exactly_its_check(mixed: ValidationOutcome, name: str) -> None:
    case_, expected = CASES[name]
    ids = record_keys(case_.articles, case_.events, case_.participants)
    got = {key: checks[0] for key, checks in quarantined(mixed).items() if key in ids}
    assert got == expected
    passed = record_keys(mixed.articles.to_pylist(), mixed.events.to_pylist(), mixed.participants.to_pylist())
    assert ids - set(expected) <= passed, "the case's unbroken records must pass"
    assert not set(expected) & passed, "a quarantined record must not also pass"


def test_duplicate_keys_quarantine_every_copy_under_distinct_ids(mixed: ValidationOutcome) -> None:
    copies = [r for r in mixed.quarantine.to_pylist() if r["record_id"] == "e-bad-dup-event"]
    assert len(copies) == 2
    assert copies[0]["quarantine_id"] != copies[1]["quarantine_id"]
    assert len(set(mixed.quarantine["quarantine_id"].to_pylist())) == mixed.quarantine.num_rows


def test_reason_names_article_record_and_failing_field(mixed: ValidationOutcome) -> None:
    row = next(r for r in mixed.quarantine.to_pylist() if r["record_id"] == "e-bad-event_type")
    assert "a-bad-event_type" in row["reason"]
    assert "e-bad-event_type" in row["reason"]
    assert "event_type='PARADE'" in row["reason"]
    assert row["stage"] == "validate" and row["run_id"] == "run-mixed"
    assert row["article_id"] == "a-bad-event_type"


def test_record_json_keeps_the_whole_row_with_iso_dates(mixed: ValidationOutcome) -> None:
    row = next(r for r in mixed.quarantine.to_pylist() if r["record_id"] == "e-bad-date-start-calendar")
    record = json.loads(row["record_json"])
    assert record["date_start"] == "2025-02-30"
    assert record["published_at"].startswith("2025-01-10T09:30:00")
    assert set(record) == set(CONTRACT.field_names("events"))


def test_quarantine_has_the_contract_schema(mixed: ValidationOutcome) -> None:
    assert mixed.quarantine.schema.equals(CONTRACT.arrow_schema("quarantine"), check_metadata=False)
    assert mixed.success is False


def test_passing_string_dates_come_back_as_date32_in_contract_shape(mixed: ValidationOutcome) -> None:
    assert mixed.events.schema.equals(CONTRACT.arrow_schema("events"), check_metadata=False)
    good = mixed.events.filter(pc.equal(mixed.events["event_id"], "e-good-planned-later")).to_pylist()
    assert good[0]["date_start"] == dt.date(2025, 3, 1)


def test_counts_add_up_and_count_failures_per_check(mixed: ValidationOutcome, mixed_tables) -> None:
    for ds, table in zip(("articles", "events", "participants"), mixed_tables):
        counts = mixed.counts[ds]
        assert counts["checked"] == table.num_rows
        assert counts["passed"] + counts["quarantined"] == counts["checked"]
    assert mixed.counts["events"]["event_type_in_vocabulary"] == 1
    assert mixed.counts["events"]["event_id_unique"] == 2
    assert mixed.counts["events"]["status_not_null"] == 0


def test_quarantine_ids_are_deterministic_across_runs(mixed: ValidationOutcome, mixed_tables) -> None:
    again = validate_batch(*mixed_tables, run_id="run-mixed-again")
    ids = sorted(mixed.quarantine["quarantine_id"].to_pylist())
    assert sorted(again.quarantine["quarantine_id"].to_pylist()) == ids
    assert set(again.quarantine["run_id"].to_pylist()) == {"run-mixed-again"}


def test_all_good_batch_succeeds_with_empty_quarantine(good_docs: tuple[ValidationOutcome, Path]) -> None:
    outcome, _ = good_docs
    assert outcome.success is True
    assert outcome.quarantine.num_rows == 0
    assert (outcome.articles.num_rows, outcome.events.num_rows, outcome.participants.num_rows) == (2, 2, 4)
    totals = {k: outcome.counts["participants"][k] for k in ("checked", "passed", "quarantined")}
    assert totals == {"checked": 4, "passed": 4, "quarantined": 0}


def test_data_docs_index_is_written_into_docs_dir_and_keeps_earlier_runs(
    good_docs: tuple[ValidationOutcome, Path],
) -> None:
    outcome, docs = good_docs
    assert outcome.data_docs == str(docs.resolve() / "index.html")
    index = Path(outcome.data_docs).read_text(encoding="utf-8")
    assert "run-good" in index and "run-earlier" in index
    assert any(docs.glob("validations/events/run-good/**/*.html"))
    assert (docs / "expectations" / "events.html").is_file()


def test_suites_take_vocabularies_and_role_rules_from_the_contract() -> None:
    suites = build_suites()
    sets = {e.meta["check"]: e.value_set for s in suites.values() for e in s.expectations
            if type(e).__name__ == "ExpectColumnValuesToBeInSet"}
    for name in ("event_type", "status", "date_precision", "date_basis", "role", "actor_type"):
        assert list(sets[f"{name}_in_vocabulary"]) == list(CONTRACT.vocabulary(name))
    allowed = {pair for pair in sets["role_allowed_for_event_type"]}
    assert allowed == {f"{t}:{r}" for t, spec in CONTRACT.event_types.items() for r in spec.roles}
    not_null = {e.meta["check"] for e in suites["events"].expectations}
    assert {f"{f}_not_null" for f in CONTRACT.non_nullable("events")} <= not_null


def test_missing_contract_column_is_refused_naming_dataset_and_field() -> None:
    a, e, p = tables([visit_case("good")])
    with pytest.raises(ValueError, match=r"events table lacks contract field\(s\) status"):
        validate_batch(a, e.drop_columns(["status"]), p, run_id="run-bad-shape")


def test_column_of_the_wrong_type_raises_naming_the_column_instead_of_passing() -> None:
    a, e, p = tables([visit_case("good")])
    offsets = pa.array([str(v) for v in e["char_start"].to_pylist()])
    e = e.set_column(e.schema.get_field_index("char_start"), "char_start", offsets)
    with pytest.raises(RuntimeError, match="events check offsets_in_order .* column\\(s\\) char_start"):
        validate_batch(a, e, p, run_id="run-bad-type")


@pytest.mark.skipif(ANY_ROLE_TYPE is None, reason="the contract has no event type with required_any roles")
def test_an_event_with_none_of_its_alternative_roles_names_them_in_the_reason(mixed: ValidationOutcome) -> None:
    row = next(r for r in mixed.quarantine.to_pylist() if r["record_id"] == "e-bad-no-any-role")
    alternatives = " or ".join(CONTRACT.event_types[ANY_ROLE_TYPE].required_any)
    assert f"missing_required_roles={alternatives!r}" in row["reason"]


# ---------------------------------------------------------------- the contract is the only source


def _contract_copy(tmp_path: Path, edit: Callable[[dict], None]) -> Path:
    raw = yaml.safe_load(CONTRACT_PATH.read_text(encoding="utf-8"))
    edit(raw)
    path = tmp_path / "contract.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def _value_sets(suites) -> dict[str, list]:
    return {e.meta["check"]: list(e.value_set) for s in suites.values() for e in s.expectations
            if type(e).__name__ == "ExpectColumnValuesToBeInSet"}


def test_changing_a_vocabulary_in_a_copy_of_the_contract_changes_the_suites(tmp_path: Path) -> None:
    def edit(raw: dict) -> None:
        raw["vocabularies"]["status"] = ["occurred", "ongoing", "planned", "rumoured"]
        raw["vocabularies"]["actor_type"].append("militia")
        raw["event_types"]["EXPEL"] = {"required": ["actor"], "roles": ["actor", "recipient"],
                                       "plover": None, "mode": None, "cameo": "174"}
        raw["date_rules"]["max_days_after_publication_if_occurred"] = 7

    changed = suites_for(load_contract(_contract_copy(tmp_path, edit)))

    sets, original = _value_sets(changed), _value_sets(build_suites())
    assert sets["status_in_vocabulary"] == ["occurred", "ongoing", "planned", "rumoured"]
    assert sets["actor_type_in_vocabulary"] == original["actor_type_in_vocabulary"] + ["militia"]
    assert sets["event_type_in_vocabulary"] == original["event_type_in_vocabulary"] + ["EXPEL"]
    assert {"EXPEL:actor", "EXPEL:recipient"} <= set(sets["role_allowed_for_event_type"]) - set(original["role_allowed_for_event_type"])
    (late,) = [e for e in changed["events"].expectations if e.meta["check"] == "not_occurred_after_publication"]
    assert late.max_value == 7


def test_a_contract_whose_begun_statuses_leave_the_status_vocabulary_is_refused(tmp_path: Path) -> None:
    def edit(raw: dict) -> None:
        raw["vocabularies"]["status"] = ["happened", "planned"]

    with pytest.raises(ValueError, match=r"begun_statuses names \['occurred', 'ongoing'\]"):
        suites_for(load_contract(_contract_copy(tmp_path, edit)))


# Modules that judge or store records: none may spell out a vocabulary of the contract.
CONTRACT_DERIVED = ["etl/validate", "etl/warehouse", "etl/load.py", "etl/lake.py", "etl/stages.py",
                    "etl/pipeline.py", "etl/batches.py"]


def _restated(source: str) -> list[str]:
    """Literals naming two or more values of one contract vocabulary: a list, or quoted words in a string."""
    vocabularies = {name: set(CONTRACT.vocabulary(name)) for name in [*CONTRACT.vocabularies, "event_type"]}
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
            words = {e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)}
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            words = set(re.findall(r"'([A-Za-z_]+)'", node.value))
        else:
            continue
        found += [f"{name}: {sorted(words & values)}" for name, values in vocabularies.items() if len(words & values) > 1]
    return found


def test_no_module_restates_a_vocabulary_of_the_contract(repo_root: Path) -> None:
    files = [f for entry in CONTRACT_DERIVED for f in sorted((repo_root / entry).rglob("*.py")) or [repo_root / entry]]
    assert len(files) > 10
    offenders = {str(f.relative_to(repo_root)): hits for f in files if (hits := _restated(f.read_text(encoding="utf-8")))}
    assert offenders == {}


def test_the_vocabulary_scan_finds_a_restated_list_and_an_sql_in_list() -> None:
    assert _restated('ROLES = ("visitor", "host")') == ["role: ['host', 'visitor']"]
    assert _restated("SQL = \"WHERE status IN ('planned', 'expected')\"") == ["status: ['expected', 'planned']"]
    assert _restated('ONE = "visitor"') == []
