"""Optional ahead-of-time compilation of the extractor (etl/extract) with mypyc.

`pip install -e .` alone stays pure Python; `make setup` (or NEWS_EVENTS_COMPILE=1 with the
pinned build deps of requirements-compile.lock installed) builds etl/extract/*.so next to the
.py files and records the hash of every source it compiled in etl/extract/_compiled.json;
`etl/_compiled.py` refuses a .so whose source has changed since (see there), so an edited .py
never runs as its stale compiled self.
"""
import hashlib
import json
import os
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext

EXTRACT = Path("etl") / "extract"
MODULES = ("normalize", "lexicon", "dates", "actors", "events", "article")  # not __init__: its import would need the compiled package itself



# hashed before mypycify reads the sources: an edit made while the build runs must count as stale
STAMP = {m: hashlib.sha256((EXTRACT / f"{m}.py").read_bytes()).hexdigest() for m in MODULES}


class BuildExt(build_ext):
    """build_ext that records, once the build has succeeded, the hashes of the sources it compiled."""

    def run(self) -> None:
        (EXTRACT / "_compiled.json").unlink(missing_ok=True)
        super().run()
        if self.extensions:
            (EXTRACT / "_compiled.json").write_text(json.dumps(STAMP, indent=1, sort_keys=True) + "\n")


ext_modules = []
if os.environ.get("NEWS_EVENTS_COMPILE") == "1":
    from mypyc.build import mypycify

    sources = [str(EXTRACT / f"{m}.py") for m in MODULES]
    # separate=True: one X__mypyc library per module, next to it in etl/extract/ (a single shared library
    # there gets wrong __file__/__path__ values, and compiling __init__ would import the package it builds)
    ext_modules = mypycify(sources, opt_level="3", separate=True)

setup(ext_modules=ext_modules, cmdclass={"build_ext": BuildExt})
