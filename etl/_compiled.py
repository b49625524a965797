"""Guard for the optional compiled extractor (`make compile`, see setup.py).

A compiled module (etl/extract/X.cpython-*.so) sits next to its X.py and Python imports the
.so first, so an edited X.py would silently not run. At `import etl` (this module is never
compiled) the sources are hashed and compared with etl/extract/_compiled.json, written by
the build: if any differs, or NEWS_EVENTS_PURE=1 is set, a finder makes etl.extract and its
modules load from the .py files (with a warning when stale). Cost: hashing ~120 KB once.
"""
from __future__ import annotations

import hashlib
import importlib.abc
import importlib.util
import json
import os
import sys
import warnings
from pathlib import Path

EXTRACT = Path(__file__).with_name("extract")
PACKAGE = "etl.extract"


class _SourceOnly(importlib.abc.MetaPathFinder):
    """Load etl.extract and its modules from their .py files, never a compiled .so."""

    def find_spec(self, name, path=None, target=None):
        if name == PACKAGE:
            return importlib.util.spec_from_file_location(name, EXTRACT / "__init__.py", submodule_search_locations=[str(EXTRACT)])
        if name.startswith(PACKAGE + ".") and name.count(".") == 2:
            source = EXTRACT / (name.rsplit(".", 1)[1] + ".py")
            if source.is_file():
                return importlib.util.spec_from_file_location(name, source)
        return None


def stale_modules() -> list[str]:
    """Modules whose .py differs from the one their .so was built from ([] when nothing is compiled)."""
    if not any(EXTRACT.glob("*.so")):
        return []
    try:
        built = json.loads((EXTRACT / "_compiled.json").read_text())
    except (OSError, ValueError):
        return ["(no _compiled.json)"]
    return sorted(m for m, digest in built.items() if not (EXTRACT / f"{m}.py").is_file() or hashlib.sha256((EXTRACT / f"{m}.py").read_bytes()).hexdigest() != digest)


def install() -> str:
    """Decide, once per process, whether etl.extract runs compiled; returns "compiled", "pure" or "none"."""
    if not any(EXTRACT.glob("*.so")):
        return "none"
    stale = stale_modules()
    if stale or os.environ.get("NEWS_EVENTS_PURE") == "1":
        if stale:
            warnings.warn(f"compiled extractor is stale ({', '.join(stale)} edited since `make compile`): running the .py files; "
                          "`make compile` rebuilds, `make uncompile` removes the .so files", RuntimeWarning, stacklevel=2)
        sys.meta_path.insert(0, _SourceOnly())
        return "pure"
    return "compiled"
