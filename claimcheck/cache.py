"""Results stored under a hash of everything they depend on, so that a rebuild redoes only what an edit touched.

The loaded tables and their verdicts, the engine's results, each chart and each rendered section are
kept in the build cache's content/ folder, keyed by a SHA-256 of their inputs and of the package's own
code: editing a figure changes the keys of the results that read it, and only those are recomputed.
Nothing is keyed by a file's time, which a clone resets; times only say which entries were used least
recently, the first to go when a build prunes the folder to config.CONTENT_CACHE_LIMIT. The folder is
disposable (`make clean`).
"""

from __future__ import annotations

import dataclasses
import fcntl
import hashlib
import os
import pickle
import tempfile
from enum import Enum
from functools import lru_cache
from pathlib import Path, PurePath
from typing import Any, Callable

from . import config


@lru_cache(maxsize=1)
def code_version() -> str:
    """A hash of the package's code and templates: a result computed by other code is never reused."""
    digest = hashlib.sha256()
    package = Path(__file__).parent
    for path in sorted(p for p in package.rglob("*") if p.is_file() and p.suffix in (".py", ".j2", ".css", ".json")):
        digest.update(str(path.relative_to(package)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def digest(*parts: Any) -> str:
    """A hash of plain data that depends only on its value: equal data, equal key, in any process.

    Handles strings, numbers, bytes, None, paths, lists, tuples, dicts, sets, dataclasses, enums, numpy
    values and pandas tables, nested. Anything else is a TypeError: a key must never miss a difference.
    """
    hasher = hashlib.sha256(code_version().encode())
    hasher.update(repr(canonical(parts)).encode())
    return hasher.hexdigest()


def canonical(value: Any) -> Any:
    """`value` as nested tuples of primitives whose repr is the same for equal values (sets and dicts sorted)."""
    if value is None or isinstance(value, (bool, int, str, bytes)):
        return value
    if isinstance(value, float):
        return ("float", repr(value))  # nan and -0.0 kept apart from their neighbours
    if isinstance(value, (list, tuple)):
        return (type(value).__name__, tuple(canonical(v) for v in value))
    if isinstance(value, dict):
        return ("dict", tuple(sorted(((repr(canonical(k)), canonical(v)) for k, v in value.items()), key=lambda kv: kv[0])))
    if isinstance(value, (set, frozenset)):
        return ("set", tuple(sorted(repr(canonical(v)) for v in value)))
    if isinstance(value, PurePath):
        return ("path", str(value))
    if isinstance(value, Enum):
        return ("enum", type(value).__qualname__, value.name)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return (type(value).__qualname__, tuple((f.name, canonical(getattr(value, f.name)))
                                                for f in dataclasses.fields(value)))
    module = type(value).__module__.split(".")[0]
    if module == "numpy":
        return canonical(value.tolist() if hasattr(value, "tolist") else value.item())
    if module == "pandas":
        import pandas as pd

        if isinstance(value, pd.DataFrame):
            return ("frame", tuple(map(str, value.columns)), tuple(map(str, value.dtypes)),
                    canonical(value.index.tolist()), canonical(value.to_numpy().tolist()))
        if isinstance(value, pd.Series):
            return ("series", str(value.name), str(value.dtype), canonical(value.index.tolist()),
                    canonical(value.tolist()))
        if value is pd.NA or value is pd.NaT:
            return ("pandas", repr(value))
    raise TypeError(f"no content key for a {type(value).__module__}.{type(value).__qualname__}")


def file_digest(path: Path | str | None) -> str:
    if not path or not Path(path).is_file():
        return ""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


_MISSING = object()


class ContentCache:
    """A folder of pickled results by kind and key; `hits` and `misses` say what a run reused."""

    def __init__(self, root: Path | str | None = None):
        self.root = Path(root) if root else config.BUILD_CACHE / "content"
        self.hits: list[str] = []
        self.misses: list[str] = []

    def _path(self, kind: str, key: str) -> Path:
        return self.root / kind / key[:2] / key

    def memo(self, kind: str, key: str, compute: Callable[[], Any], name: str = "") -> Any:
        """The stored result for `key`, or `compute()`'s, stored for next time. `hits` and `misses` record
        `kind` (and `name`, e.g. "chart levels").

        Two processes asking for the same missing result (a build and its kernel) do not both compute it:
        the second waits on the first's lock on the entry's folder, then reads what it stored.
        """
        path, label = self._path(kind, key), f"{kind} {name}".strip()
        value = self._load(path)
        if value is _MISSING:
            path.parent.mkdir(parents=True, exist_ok=True)
            with open(path.parent / ".lock", "a") as lock:
                fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes, even if compute() raises
                value = self._load(path)
                if value is _MISSING:
                    value = compute()
                    self.misses.append(label)
                    self._store(path, value)
                    return value
        self.hits.append(label)
        return value

    @staticmethod
    def _load(path: Path) -> Any:
        try:
            value = pickle.loads(path.read_bytes())
        except FileNotFoundError:
            return _MISSING
        except Exception:  # an entry written by other code or cut short: computed again
            return _MISSING
        try:
            os.utime(path)  # recently used: the last to be pruned
        except OSError:
            pass
        return value

    def prune(self, limit: int) -> int:
        """Remove the least recently used entries until the cache holds at most `limit` bytes; how many went."""
        entries = []
        for path in self.root.glob("*/*/*"):
            if path.is_file() and not path.name.startswith("."):
                stat = path.stat()
                entries.append((stat.st_mtime, stat.st_size, path))
        total = sum(size for _, size, _ in entries)
        removed = 0
        for _, size, path in sorted(entries):
            if total <= limit:
                break
            path.unlink(missing_ok=True)
            total -= size
            removed += 1
        return removed

    def _store(self, path: Path, value: Any) -> None:
        try:
            data = pickle.dumps(value, protocol=4)
        except (pickle.PicklingError, TypeError, AttributeError):
            return  # not storable: it is simply recomputed next time
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".partial-")
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)  # a reader sees the whole entry or none


_SHARED: ContentCache | None = None


def shared() -> ContentCache:
    """This process's cache: the one `use` chose, or the build cache folder's (CLAIMCHECK_BUILD_CACHE, or .build/)."""
    global _SHARED
    if _SHARED is None:
        _SHARED = ContentCache()
    return _SHARED


def use(build_cache: Path | str) -> ContentCache:
    """Keep this process's results in `build_cache`/content from now on (a build's --cache)."""
    global _SHARED
    _SHARED = ContentCache(Path(build_cache) / "content")
    return _SHARED
