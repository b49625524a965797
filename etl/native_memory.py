"""Give freed native memory back to the operating system between batches.

Arrow (on the system allocator), DuckDB and GX free their batch buffers, but glibc keeps
freed pages in its per-thread arenas, so a long run's resident size creeps up with the
number of batches even though nothing is held. `malloc_trim` returns those pages; where
the C library has no such call (macOS, musl), this is a no-op.
"""
from __future__ import annotations

import ctypes
import ctypes.util
from functools import lru_cache
from typing import Callable


@lru_cache(maxsize=1)
def _malloc_trim() -> Callable[[int], int] | None:
    name = ctypes.util.find_library("c")
    if not name:
        return None
    try:
        return ctypes.CDLL(name).malloc_trim
    except (OSError, AttributeError):
        return None


def release_freed_memory() -> bool:
    """Trim the C heap; True when the C library did so."""
    trim = _malloc_trim()
    return bool(trim(0)) if trim is not None else False
