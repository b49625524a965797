"""Ingest against real files in tmp_path: what becomes an article, what becomes a problem, and the counts."""
from __future__ import annotations

import datetime as dt
import gzip
import json
import os
import time
from pathlib import Path

import pytest

from etl.ingest import IngestStats, ingest, iter_inputs, iter_records, normalise_text
from etl.records import Article, Problem, stable_id

UTC = dt.timezone.utc
ARABIC = "زار وزير الخارجية القاهرة يوم الاثنين."
ENGLISH = "The foreign minister visited Cairo on Monday."


def write_jsonl(path: Path, *records: object) -> Path:
    """Dicts are serialised, strings are written as the raw line (for malformed input)."""
    lines = [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run(*paths: Path) -> tuple[list[Article], list[Problem], IngestStats]:
    stats = IngestStats()
    out = list(ingest(list(paths), stats))
    return [r for r in out if isinstance(r, Article)], [r for r in out if isinstance(r, Problem)], stats


def only_problem(path: Path) -> Problem:
    articles, problems, _ = run(path)
    assert articles == [] and len(problems) == 1
    return problems[0]


def test_jsonl_record_with_all_fields_becomes_an_article_with_utc_time(tmp_path):
    record = {
        "id": "a1", "url": " https://example.org/a1 ", "title": "Visit  to\tCairo",
        "published_at": "2024-03-05T10:30:00+03:00", "language": "en", "text": ENGLISH,
    }
    [article], problems, _ = run(write_jsonl(tmp_path / "feed.jsonl", record))
    assert problems == []
    assert article == Article(
        article_id="a1", text=ENGLISH, url="https://example.org/a1", title="Visit to Cairo",
        published_at=dt.datetime(2024, 3, 5, 7, 30, tzinfo=UTC), language="en",
        source=f"{tmp_path / 'feed.jsonl'}:1",
    )


def test_record_with_only_text_gets_a_derived_id_and_a_script_guessed_language(tmp_path):
    [article], _, _ = run(write_jsonl(tmp_path / "feed.jsonl", {"text": f"  {ARABIC}  "}))
    assert article.article_id == stable_id("text", ARABIC)
    assert (article.url, article.title, article.published_at) == (None, None, None)
    assert article.language == "ar"


def test_given_language_is_reduced_to_its_lowercase_primary_subtag(tmp_path):
    [article], _, _ = run(write_jsonl(tmp_path / "f.jsonl", {"id": 1, "text": ENGLISH, "language": "AR-eg"}))
    assert article.language == "ar"
    assert article.article_id == "1"


def test_txt_file_is_one_article_named_by_its_stem(tmp_path):
    path = tmp_path / "cairo-visit.txt"
    path.write_bytes(("\ufeff" + ARABIC + "\r\n\r\nسطر ثان").encode("utf-8"))
    [article], problems, _ = run(path)
    assert problems == []
    assert article.article_id == "cairo-visit"
    assert article.text == ARABIC + "\n\nسطر ثان"
    assert article.language == "ar"
    assert article.published_at is None
    assert article.source == str(path)


def test_text_in_neither_arabic_nor_latin_script_gets_no_language(tmp_path):
    path = tmp_path / "ru.txt"
    path.write_text("Министр иностранных дел посетил Каир.", encoding="utf-8")
    [article], _, _ = run(path)
    assert article.language is None


def test_folder_is_expanded_recursively_in_sorted_order_skipping_unknown_files(tmp_path):
    root = tmp_path / "in"
    (root / "b" / "deep").mkdir(parents=True)
    (root / "a").mkdir()
    write_jsonl(root / "b" / "deep" / "z.jsonl", {"id": "z", "text": "zed"})
    write_jsonl(root / "a" / "y.json", {"id": "y", "text": "why"})
    (root / "c.txt").write_text("see", encoding="utf-8")
    with gzip.open(root / "d.txt.gz", "wt", encoding="utf-8") as fh:
        fh.write("dee")
    (root / "notes.csv").write_text("id,text\n1,ignored\n", encoding="utf-8")
    (root / ".hidden.jsonl").write_text('{"text": "editor backup"}\n', encoding="utf-8")

    assert [p.relative_to(root).as_posix() for p in iter_inputs([root])] == [
        "a/y.json", "b/deep/z.jsonl", "c.txt", "d.txt.gz",
    ]
    articles, problems, _ = run(root)
    assert problems == []
    assert [a.article_id for a in articles] == ["y", "z", "c", "d"]
    assert articles[-1].text == "dee"


def test_file_named_directly_and_inside_a_named_folder_is_read_once(tmp_path):
    path = write_jsonl(tmp_path / "feed.jsonl", {"id": "a", "text": "alpha"})
    assert list(iter_inputs([path, tmp_path])) == [path]


def test_gzip_jsonl_is_streamed_like_plain_jsonl(tmp_path):
    path = tmp_path / "feed.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "g1", "text": ENGLISH}) + "\n" + json.dumps({"id": "g2", "text": ARABIC}) + "\n")
    articles, problems, _ = run(path)
    assert problems == []
    assert [(a.article_id, a.source) for a in articles] == [("g1", f"{path}:1"), ("g2", f"{path}:2")]


def test_truncated_gzip_keeps_the_lines_read_and_reports_the_file_without_crashing(tmp_path):
    full = gzip.compress("".join(json.dumps({"id": f"t{i}", "text": f"text {i} " * 50}) + "\n" for i in range(200)).encode())
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(full[: len(full) // 2])
    articles, problems, stats = run(path)
    assert articles and articles[0].article_id == "t0"
    assert [(p.check, p.field) for p in problems] == [("unreadable_file", "file")]
    assert str(path) in problems[0].message
    assert stats.inputs == stats.articles + stats.problems + stats.duplicates


def test_malformed_json_line_is_a_problem_and_the_good_lines_still_come_through(tmp_path):
    path = write_jsonl(tmp_path / "feed.jsonl", {"id": "a", "text": "alpha"}, '{"id": "b", "text": ', {"id": "c", "text": "gamma"})
    articles, problems, _ = run(path)
    assert [a.article_id for a in articles] == ["a", "c"]
    [problem] = problems
    assert (problem.check, problem.field, problem.source) == ("malformed_json", "line", f"{path}:2")
    assert problem.raw == '{"id": "b", "text": '


def test_json_value_that_is_not_an_object_is_a_problem(tmp_path):
    problem = only_problem(write_jsonl(tmp_path / "f.jsonl", '["a", "b"]'))
    assert (problem.check, problem.field) == ("not_an_object", "line")


@pytest.mark.parametrize("text", ["", "   \n\t ", "\u200b\ufeff"])
def test_blank_text_is_an_empty_text_problem(tmp_path, text):
    problem = only_problem(write_jsonl(tmp_path / "f.jsonl", {"id": "e1", "text": text}))
    assert (problem.check, problem.field, problem.article_id) == ("empty_text", "text", "e1")


@pytest.mark.parametrize("record", [{"id": "m1"}, {"id": "m1", "text": None}, {"id": "m1", "text": 42}])
def test_absent_null_or_non_string_text_is_a_missing_text_problem(tmp_path, record):
    problem = only_problem(write_jsonl(tmp_path / "f.jsonl", record))
    assert (problem.check, problem.field, problem.article_id) == ("missing_text", "text", "m1")


def test_empty_txt_file_is_an_empty_text_problem(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_text(" \n ", encoding="utf-8")
    problem = only_problem(path)
    assert (problem.check, problem.article_id) == ("empty_text", "blank")


def test_non_utf8_line_is_a_problem_and_does_not_spoil_the_rest_of_the_file(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_bytes(
        b'{"id": "ok1", "text": "fine"}\n'
        b'{"id": "bad", "text": "caf\xe9 latin-1"}\n'
        b'{"id": "ok2", "text": "also fine"}\n'
    )
    articles, problems, _ = run(path)
    assert [a.article_id for a in articles] == ["ok1", "ok2"]
    [problem] = problems
    assert (problem.check, problem.field, problem.article_id, problem.source) == ("not_utf8", "text", "bad", f"{path}:2")
    assert "caf\ufffd latin-1" in problem.raw


def test_non_utf8_txt_file_is_a_problem_pointing_at_the_bad_line(tmp_path):
    path = tmp_path / "legacy.txt"
    path.write_bytes(b"first line\nsecond \xff line\n")
    problem = only_problem(path)
    assert (problem.check, problem.field, problem.source) == ("not_utf8", "text", f"{path}:2")


def test_lone_surrogate_escape_is_a_not_utf8_problem(tmp_path):
    problem = only_problem(write_jsonl(tmp_path / "f.jsonl", '{"id": "s1", "text": "broken \\ud800 pair"}'))
    assert (problem.check, problem.field, problem.article_id) == ("not_utf8", "text", "s1")


@pytest.mark.parametrize("bad_id", [1.5, True, ["x"], ""])
def test_id_that_is_not_a_string_or_integer_is_a_bad_id_problem(tmp_path, bad_id):
    problem = only_problem(write_jsonl(tmp_path / "f.jsonl", {"id": bad_id, "text": ENGLISH}))
    assert (problem.check, problem.field, problem.article_id) == ("bad_id", "id", None)


def test_non_string_url_is_a_problem_named_after_the_field(tmp_path):
    problem = only_problem(write_jsonl(tmp_path / "f.jsonl", {"id": "u1", "url": 7, "text": ENGLISH}))
    assert (problem.check, problem.field) == ("bad_url", "url")


def test_repeated_id_is_skipped_and_counted_as_duplicate(tmp_path):
    path = write_jsonl(tmp_path / "f.jsonl", {"id": "a", "text": "first"}, {"id": "a", "text": "second"})
    articles, problems, stats = run(path)
    assert [a.text for a in articles] == ["first"]
    assert (stats.duplicates, stats.duplicate_ids, problems) == (1, ["a"], [])


def test_same_text_under_another_id_is_skipped_and_counted_as_duplicate(tmp_path):
    path = write_jsonl(tmp_path / "f.jsonl", {"id": "a", "text": "same  text"}, {"id": "b", "text": "same text\r\n"})
    articles, _, stats = run(path)
    assert [a.article_id for a in articles] == ["a"]
    assert (stats.duplicates, stats.duplicate_ids) == (1, ["b"])


def test_duplicates_are_found_across_files(tmp_path):
    first = write_jsonl(tmp_path / "1.jsonl", {"id": "x", "text": ENGLISH})
    second = write_jsonl(tmp_path / "2.jsonl", {"id": "x", "text": ENGLISH})
    articles, _, stats = run(first, second)
    assert [a.source for a in articles] == [f"{first}:1"]
    assert stats.duplicates == 1


@pytest.mark.parametrize("record", [{"text": ENGLISH}, {"text": ENGLISH, "published_at": None}, {"text": ENGLISH, "published_at": ""}])
def test_missing_published_at_stays_none(tmp_path, record):
    [article], _, _ = run(write_jsonl(tmp_path / "f.jsonl", record))
    assert article.published_at is None


@pytest.fixture
def local_time_is_not_utc():
    """Naive times must mean UTC, not the machine's zone, so run those tests five hours off UTC."""
    old = os.environ.get("TZ")
    os.environ["TZ"] = "EST5"
    time.tzset()
    yield
    if old is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = old
    time.tzset()


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2024-03-05T10:30:00", dt.datetime(2024, 3, 5, 10, 30, tzinfo=UTC)),
        ("2024-03-05 10:30", dt.datetime(2024, 3, 5, 10, 30, tzinfo=UTC)),
        ("2024-03-05T10:30:00Z", dt.datetime(2024, 3, 5, 10, 30, tzinfo=UTC)),
        ("2024-03-05T01:00:00+03:00", dt.datetime(2024, 3, 4, 22, 0, tzinfo=UTC)),
        ("2024-03-05", dt.datetime(2024, 3, 5, tzinfo=UTC)),
        ("2024/03/05", dt.datetime(2024, 3, 5, tzinfo=UTC)),
    ],
)
def test_published_at_is_stored_as_aware_utc_and_naive_means_utc(tmp_path, local_time_is_not_utc, value, expected):
    [article], _, _ = run(write_jsonl(tmp_path / "f.jsonl", {"text": ENGLISH, "published_at": value}))
    assert article.published_at == expected
    assert article.published_at.utcoffset() == dt.timedelta(0)


@pytest.mark.parametrize("value", ["yesterday", "2024-13-01", "2024/02/30", 1709630000])
def test_unparseable_published_at_quarantines_the_article_with_its_raw_line(tmp_path, value):
    path = write_jsonl(tmp_path / "f.jsonl", {"id": "p1", "text": ENGLISH, "published_at": value})
    problem = only_problem(path)
    assert (problem.check, problem.field, problem.article_id) == ("bad_published_at", "published_at", "p1")
    assert json.loads(problem.raw)["published_at"] == value


def test_problem_messages_name_the_article_or_line_and_the_field(tmp_path):
    path = write_jsonl(
        tmp_path / "f.jsonl",
        {"id": "p1", "text": ENGLISH, "published_at": "soon"},
        "{not json",
        {"text": ""},
    )
    _, problems, _ = run(path)
    assert [p.source for p in problems] == [f"{path}:1", f"{path}:2", f"{path}:3"]
    bad_date, malformed, empty = (p.message for p in problems)
    assert "'p1'" in bad_date and "published_at" in bad_date and "'soon'" in bad_date
    assert f"{path}:2" in malformed and "line" in malformed
    assert f"{path}:3" in empty and "text" in empty


def test_records_seen_equal_articles_plus_problems_plus_duplicates(tmp_path):
    path = write_jsonl(
        tmp_path / "f.jsonl",
        {"id": "a", "text": "alpha"},
        "",
        {"id": "b", "text": "beta", "published_at": "2024/01/02"},
        "{broken",
        {"id": "a", "text": "alpha again"},
        {"id": "c", "text": "beta"},
        {"id": "d", "text": "  "},
        "   ",
        {"id": "e", "text": "eps", "published_at": "never"},
    )
    txt = tmp_path / "t.txt"
    txt.write_text("tee", encoding="utf-8")
    articles, problems, stats = run(path, txt)
    assert (stats.inputs, stats.articles, stats.problems, stats.duplicates) == (8, 3, 3, 2)
    assert (len(articles), len(problems)) == (stats.articles, stats.problems)
    assert stats.inputs == stats.articles + stats.problems + stats.duplicates


def test_derived_ids_are_the_same_across_runs_and_files(tmp_path):
    first = write_jsonl(tmp_path / "1.jsonl", {"text": ARABIC})
    second = write_jsonl(tmp_path / "2.jsonl", {"text": f"\ufeff{ARABIC}\r\n"})
    [a], _, _ = run(first)
    [b], _, _ = run(second)
    assert a.article_id == b.article_id == stable_id("text", ARABIC)


def test_iter_records_keeps_duplicates_for_callers_that_count_them_elsewhere(tmp_path):
    path = write_jsonl(tmp_path / "f.jsonl", {"id": "a", "text": "x"}, {"id": "a", "text": "x"})
    assert len(list(iter_records([path]))) == 2


def test_nonexistent_path_fails_before_any_record_is_read(tmp_path):
    good = write_jsonl(tmp_path / "good.jsonl", {"text": "alpha"})
    missing = tmp_path / "nope.jsonl"
    records = ingest([good, missing])
    with pytest.raises(FileNotFoundError, match="nope.jsonl"):
        next(records)


def test_normalise_text_unifies_layout_but_keeps_arabic_letters_and_diacritics():
    vocalised = "كَتَبَ الوَزِيرُ"
    raw = "\ufeff  Line\u00a0one \t with\u200b  gaps \r\nline two\rthree\u2028" + vocalised + "  "
    assert normalise_text(raw) == "Line one with gaps\nline two\nthree\n" + vocalised
    assert normalise_text("Cafe\u0301") == "Café"
