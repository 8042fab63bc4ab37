"""The kinds of claim, one module each. Importing this package registers every kind (and the
expression functions the kinds define) in `KINDS`, the registry the schema, engine, report and
documentation read."""

from __future__ import annotations

import importlib
import pkgutil

from .base import REGISTRY, VERDICTS, ClaimError, Comparison, Context, Kind, Verdict

for _module in pkgutil.iter_modules(__path__):
    if _module.name != "base":
        importlib.import_module(f"{__name__}.{_module.name}")

KINDS: dict[str, Kind] = dict(sorted(REGISTRY.items(), key=lambda item: item[1].order))

__all__ = ["KINDS", "VERDICTS", "ClaimError", "Comparison", "Context", "Kind", "Verdict"]
