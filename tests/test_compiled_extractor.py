"""The mypyc-compiled extractor (`make setup` builds it, see setup.py and etl/_compiled.py) must
behave exactly as the Python sources do, and must step aside when a source is edited after the build."""
from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import etl
from etl import _compiled

ROOT = Path(__file__).resolve().parents[1]
CORPORA = sorted((ROOT / "examples" / "articles").glob("*.jsonl")) + [ROOT / "tests" / "gold" / "en_articles.jsonl"]

DUMP = """
import json, sys, datetime as dt
import etl
from etl.extract import extract_article
from etl.records import Article
print(etl.EXTRACTOR_BUILD)
for path in sys.argv[1:]:
    for line in open(path, encoding="utf-8"):
        if line.strip():
            a = json.loads(line)
            pub = dt.datetime.fromisoformat(a["published_at"]) if a.get("published_at") else None
            for article in (Article(str(a["id"]), a["text"], published_at=pub, language=a.get("language")),
                            Article(str(a["id"]), a["text"], published_at=None, language=a.get("language"))):
                print(repr(extract_article(article)))
"""


def _dump(pure: bool) -> list[str]:
    env = {**os.environ, "NEWS_EVENTS_PURE": "1" if pure else "0"}
    out = subprocess.run([sys.executable, "-c", DUMP, *map(str, CORPORA)], env=env, capture_output=True, text=True, check=True, cwd=ROOT)
    return out.stdout.splitlines()


@pytest.mark.skipif(etl.EXTRACTOR_BUILD != "compiled", reason="the extractor is not compiled here (`make setup` builds it; see .venv/compile.log)")
def test_the_compiled_extractor_gives_exactly_the_python_extractors_output():
    compiled, pure = _dump(pure=False), _dump(pure=True)
    assert (compiled[0], pure[0]) == ("compiled", "pure")
    assert len(compiled) > 20
    assert compiled[1:] == pure[1:]


def test_a_build_of_the_current_sources_did_not_fail():
    """mypyc can fail where mypy passes (an internal error on a construct it does not lower); the build then
    falls back to the .py files and every other test still passes, so only its log tells."""
    log = ROOT / ".venv" / "compile.log"
    sources = list((ROOT / "etl" / "extract").glob("*.py"))
    if not log.exists() or log.stat().st_mtime < max(p.stat().st_mtime for p in sources):
        pytest.skip("no build of the current sources was attempted here (`make setup` builds it)")
    if shutil.which("cc") is None and shutil.which("gcc") is None:
        pytest.skip("no C compiler here: the pure-Python extractor runs by design")
    built = (ROOT / "etl" / "extract" / "_compiled.json").exists()
    assert built, "compiling the extractor failed:\n" + "\n".join(log.read_text(errors="replace").splitlines()[-15:])


@pytest.mark.skipif(importlib.util.find_spec("mypy") is None, reason="mypy (requirements-compile.lock) is not installed")
def test_the_extractor_type_checks_so_mypyc_can_compile_it():
    # mypyc compiles only code mypy accepts, and enforces the hints at run time
    out = subprocess.run([sys.executable, "-m", "mypy", "etl/extract"], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stdout + out.stderr


def test_a_source_edited_after_the_build_is_stale(tmp_path, monkeypatch):
    source = tmp_path / "events.py"
    source.write_text("X = 1\n")
    (tmp_path / "events.cpython-311-x86_64-linux-gnu.so").write_bytes(b"")
    (tmp_path / "_compiled.json").write_text(json.dumps({"events": hashlib.sha256(source.read_bytes()).hexdigest()}))
    monkeypatch.setattr(_compiled, "EXTRACT", tmp_path)
    assert _compiled.stale_modules() == []
    source.write_text("X = 2\n")
    assert _compiled.stale_modules() == ["events"]


def test_a_build_without_its_record_of_sources_is_stale(tmp_path, monkeypatch):
    (tmp_path / "events.cpython-311-x86_64-linux-gnu.so").write_bytes(b"")
    monkeypatch.setattr(_compiled, "EXTRACT", tmp_path)
    assert _compiled.stale_modules() == ["(no _compiled.json)"]


def test_nothing_is_stale_when_nothing_is_compiled(tmp_path, monkeypatch):
    (tmp_path / "events.py").write_text("X = 1\n")
    monkeypatch.setattr(_compiled, "EXTRACT", tmp_path)
    assert _compiled.stale_modules() == []
