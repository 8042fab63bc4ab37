"""Rounding-aware claim checking: an article's numbers as data, its claims as computed checks."""

import sys

# jsonschema, imported by nbformat, compiles the grammar of the optional IRI checker rfc3987-syntax each
# time a process imports it: two seconds per process, for a format no notebook uses. Marking that
# optional module absent makes jsonschema skip it.
sys.modules.setdefault("rfc3987_syntax", None)
