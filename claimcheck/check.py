"""Check an article's tables from the terminal: validate them and print each claim's verdict.

    python -m claimcheck.check --article ARTICLE --figures FIGURES --claims CLAIMS [--metadata M]

Exit 0 when the article, its metadata and its two tables load and pass the checks the build makes of
them; 2 with the error (file, line, field, expected, found) when they do not. A figure that no claim
uses is such an error: the verdicts are shown first. The reference tables are not read. Nothing but
the build cache is written. Unreviewed rows (a `review` note left by `make draft`) are marked; a would-be
contradiction on them is "to review", never a finding.
"""

from __future__ import annotations

import argparse
import sys
import time
import textwrap
from pathlib import Path

from . import config


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m claimcheck.check", description=__doc__.split("\n\n")[0])
    parser.add_argument("--article", default=str(config.ARTICLE))
    parser.add_argument("--figures", default=str(config.FIGURES_TABLE))
    parser.add_argument("--claims", default=str(config.CLAIMS_TABLE))
    parser.add_argument("--metadata", default=None)
    parser.add_argument("--width", type=int, default=100, help="wrap explanations at this width")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    if args.metadata and not Path(args.metadata).is_file():
        found = "a folder" if Path(args.metadata).is_dir() else "no such file"
        print(f"error: parameter METADATA={args.metadata}: expected a TOML file, found {found}\n"
              "    how to fix: give the path of the article's article.toml, or leave METADATA out to use the one "
              "beside the figures table", file=sys.stderr)
        return 2
    from .engine import load_and_check
    from .errors import InputError

    try:
        inputs, verdicts = load_and_check(args.article, args.figures, args.claims, args.metadata,
                                          require_every_figure_used=False)
    except InputError as error:
        print(error, file=sys.stderr)
        return 2
    unreviewed = set(inputs.unreviewed)
    counts: dict[str, int] = {}
    for v in verdicts:
        flagged = v.claim_id in unreviewed or any(f in unreviewed for f in v.figures_used)
        label = "to review" if v.verdict == "inconsistent" and flagged else v.verdict.replace("_", " ")
        counts[label] = counts.get(label, 0) + 1
        reading = f" [{v.reading}]" if v.reading and v.verdict != "consistent" else ""
        print(f"{v.claim_id:<6} {label}{reading}{'  (unreviewed)' if flagged else ''}")
        print(textwrap.indent(textwrap.fill(v.explanation, args.width - 7), " " * 7))
    used = {f for v in verdicts for f in v.figures_used}
    unused = [f for f in inputs.figures if f not in used]
    summary = ", ".join(f"{n} {label}" for label, n in counts.items())
    print(f"\n{len(verdicts)} claims: {summary}." + (f" {len(unreviewed)} rows unreviewed." if unreviewed else "")
          + f" ({time.perf_counter() - started:.2f}s)")
    if unused:  # the build refuses these tables, so the check does too, after showing every verdict
        from .engine import _require_every_figure_used

        try:
            _require_every_figure_used(inputs)
        except InputError as error:
            print(error, file=sys.stderr)
            return 2
    return 0


if __name__ == "__main__":
    code = main()
    import gc

    gc.freeze()  # exiting skips a last collection of everything loaded
    sys.exit(code)
