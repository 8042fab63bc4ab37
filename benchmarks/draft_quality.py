"""How good `make draft` is, measured on the corpus: dev and held-out articles, each split on its own.

    make bench   # also writes benchmarks/draft_quality.md

For every article of benchmarks/corpus/<split>/ the drafter drafts the tables from article.txt alone
(its only other inputs are the article's date and the currency a bare '$' means, `date_published` and
`dollar` of its article.toml, as a reader of the article would have them), and the draft is compared with the hand-made gold tables:

- figures: a gold figure is *found* when a drafted figure has its value and unit (compared by what it
  measures: `USD_per_lb` is `USD_per_pound`; a count of another noun at the same scale is found too, with its
  unit counted as a labelling error) and a quote that overlaps the gold quote in the article; it is
  *fully labelled* when entity, metric, period, unit and
  direction are also equal (entity and metric compared without case), and the counterpart too where the
  gold table gives one. The most common labelling errors are listed by field.
  Metrics are words of the author's choosing ("budget deficit" or "public deficit"), so a second count
  takes the metric *up to renaming*: each gold metric of an article stands for the drafted metric most of
  its figures got, one drafted metric per gold metric (the larger group keeps a contested name). A figure
  counts there when every other field is right and its drafted metric is its gold metric's stand-in:
  figures the article compares still share one metric, and figures it keeps apart still differ.
- claims: a drafted claim *matches* a gold claim when the kind is the same and the figures it uses
  (stated, and those its expression or members name, mapped to gold figures by the matching above) are the
  same set. Recall counts checkable gold claims (not opinion or unverifiable); precision counts the
  drafted checkable claims that match one.
- false accusations: drafted claims whose verdict at the default tolerances is `inconsistent` while no
  gold claim on the same figures is inconsistent in expected.csv.

The split is fixed by the corpus folders; held-out articles are only ever drafted and scored here.
"""

from __future__ import annotations

import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from claimcheck.draft import draft, reference_date  # noqa: E402
from claimcheck.engine import load_and_check, referenced_figures  # noqa: E402
from claimcheck.quantities import UnitError, parse_unit  # noqa: E402

CORPUS = HERE / "corpus"
SPLITS = ("dev", "heldout")
UNCHECKABLE = {"opinion", "unverifiable"}
LABELS = ("entity", "metric", "period", "unit", "direction")
DETAILS = False


def _read(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def _value(text: str) -> tuple[float, float | None]:
    parts = re.split(r"\s*[–-]\s*", text.strip(), maxsplit=1)
    return float(parts[0]), (float(parts[1]) if len(parts) > 1 else None)


def _same_unit(drafted: str, gold: str) -> bool:
    """One unit, however written: 'USD_per_lb' and 'USD_per_pound', 'CAD_per_residents' and 'CAD_per_resident'."""
    if drafted == gold:
        return True
    try:
        a, b = parse_unit(drafted), parse_unit(gold)
    except UnitError:
        return False
    return (a.dimension, a.scale) == (b.dimension, b.scale)


def _same_count(drafted: str, gold: str) -> bool:
    """Counts of the same size under another noun ('690 homes' drafted where the table counts dwellings): the number
    is found, and its unit is a labelling error."""
    try:
        a, b = parse_unit(drafted), parse_unit(gold)
    except UnitError:
        return False
    return a.dimension.kind == b.dimension.kind == "count" and a.scale == b.scale


def _norm(text: str) -> str:
    return " ".join(str(text).lower().split())


def score_article(folder: Path, work: Path) -> dict:
    article_text = (folder / "article.txt").read_text(encoding="utf-8")
    figures_path, claims_path = draft(folder / "article.txt", work, reference_date(folder / "article.txt"))
    inputs, verdicts = load_and_check(folder / "article.txt", figures_path, claims_path, work / "article.toml")
    drafted = _read(figures_path)
    gold = _read(folder / "figures.csv")
    gold_claims = _read(folder / "claims.csv")
    expected = dict(zip(*_read(folder / "expected.csv")[["claim_id", "verdict"]].T.values))

    def span(quote: str) -> tuple[int, int]:
        start = article_text.index(quote)
        return start, start + len(quote)

    # -- figures -------------------------------------------------------------------------------
    mapping: dict[str, str] = {}  # drafted id -> gold id
    found, labelled, errors = 0, 0, Counter()
    others_right: list[tuple[str, str]] = []  # (gold metric, drafted metric) of figures right but for the metric
    for g in gold.itertuples(index=False):
        gs, ge = span(g.quote)
        candidates = [d for d in drafted.itertuples(index=False) if d.id not in mapping
                      and (_same_unit(d.unit, g.unit) or _same_count(d.unit, g.unit))
                      and _value(d.value) == _value(g.value) and span(d.quote)[0] < ge and gs < span(d.quote)[1]]
        candidates.sort(key=lambda d: not _same_unit(d.unit, g.unit))  # the same unit first
        if not candidates:
            errors["missed"] += 1
            if DETAILS and folder.parent.name == "dev":
                print(f"  {folder.name} UNFOUND {g.id} {g.value} {g.unit} | {g.quote[:60]}")
            continue
        d = candidates[0]
        mapping[d.id] = g.id
        found += 1
        wrong = [field for field in LABELS if not (_same_unit(d.unit, g.unit) if field == "unit" else
                                                   (_norm(getattr(d, field)) if field in ("entity", "metric")
                                                    else getattr(d, field)) == (_norm(getattr(g, field)) if field in
                                                                                ("entity", "metric") else getattr(g, field)))]
        gold_counterpart = getattr(g, "counterpart", "") if "counterpart" in gold.columns else ""
        if gold_counterpart and _norm(d.counterpart) != _norm(gold_counterpart):
            wrong.append("counterpart")
        for field in wrong:
            errors[field] += 1
        if DETAILS and folder.parent.name == "dev" and [field for field in wrong if field != "metric"]:
            print(f"  {folder.name} LABEL {g.id} " + "; ".join(
                f"{field}: {getattr(d, field)!r} for {getattr(g, field, '')!r}" for field in wrong if field != "metric")
                + f" | {g.quote[:60]}")
        labelled += not wrong
        if not [field for field in wrong if field != "metric"]:
            others_right.append((_norm(g.metric), _norm(d.metric)))
    labelled_renamed = _renamed_right(others_right, [(_norm(g.metric), _norm(d.metric)) for d_id, g_id in
                                                     mapping.items() for g in gold.itertuples(index=False)
                                                     if g.id == g_id for d in drafted.itertuples(index=False)
                                                     if d.id == d_id])

    # -- claims --------------------------------------------------------------------------------
    def gold_set(row) -> frozenset:
        return frozenset(referenced_figures(row))

    gold_rows = list(gold_claims.itertuples(index=False))
    drafted_rows = list(inputs.claims.itertuples(index=False))
    verdict_of = {v.claim_id: v.verdict for v in verdicts}
    checkable_gold = [c for c in gold_rows if c.kind not in UNCHECKABLE]
    checkable_drafted = [c for c in drafted_rows if c.kind not in UNCHECKABLE]
    matched_gold: set[str] = set()
    matched_drafted = 0
    for c in checkable_drafted:
        used = referenced_figures(c)
        if not all(u in mapping for u in used):
            continue
        mapped = frozenset(mapping[u] for u in used)
        same = [g for g in checkable_gold if g.id not in matched_gold and g.kind == c.kind and gold_set(g) == mapped]
        start = article_text.find(c.quote)
        overlapping = [g for g in same if span(g.quote)[0] < start + len(c.quote) and start < span(g.quote)[1]]
        match = (overlapping or same or [None])[0]
        if match is not None:
            matched_gold.add(match.id)
            matched_drafted += 1
    if DETAILS and folder.parent.name == "dev":
        for g in checkable_gold:
            if g.id not in matched_gold:
                print(f"  {folder.name} MISSED {g.id} {g.kind} {sorted(gold_set(g))} | {g.quote[:70]}")
        for c in checkable_drafted:
            used = referenced_figures(c)
            mapped = sorted(mapping.get(u, '?' + u) for u in used)
            if not any(g.kind == c.kind and gold_set(g) == frozenset(mapped) for g in checkable_gold):
                print(f"  {folder.name} EXTRA {c.id} {c.kind} {mapped} {c.computed or c.members} | {c.quote[:60]}")
    accusations = []
    for c in drafted_rows:
        if verdict_of.get(c.id) != "inconsistent":
            continue
        used = referenced_figures(c)
        mapped = frozenset(mapping.get(u, f"?{u}") for u in used)
        if not any(gold_set(g) == mapped and expected.get(g.id) == "inconsistent" for g in gold_rows):
            accusations.append(f"{c.id} {c.kind} {c.computed or c.members}")
    return {
        "figures": len(gold), "found": found, "labelled": labelled, "labelled_renamed": labelled_renamed, "drafted_figures": len(drafted), "errors": errors,
        "gold_claims": len(checkable_gold), "recalled": len(matched_gold), "drafted_claims": len(checkable_drafted),
        "precise": matched_drafted, "accusations": accusations, "all_claims": len(drafted_rows),
    }


def _renamed_right(candidates: list[tuple[str, str]], pairs: list[tuple[str, str]]) -> int:
    """How many of `candidates` (gold metric, drafted metric) have the drafted metric that stands for the gold one.

    Each gold metric stands for the drafted metric most of its found figures (`pairs`) got; a drafted metric
    stands for one gold metric only, the one with more figures behind it."""
    votes = Counter(pairs)
    standin: dict[str, str] = {}
    taken: set[str] = set()
    for (gold_metric, drafted_metric), _ in sorted(votes.items(), key=lambda item: (-item[1], item[0])):
        if gold_metric not in standin and drafted_metric not in taken:
            standin[gold_metric] = drafted_metric
            taken.add(drafted_metric)
    return sum(standin.get(gold_metric) == drafted_metric for gold_metric, drafted_metric in candidates)


def _pct(a: int, b: int) -> str:
    return f"{a}/{b} = {a / b:.0%}" if b else "—"


def main(argv: list[str] | None = None) -> None:
    import argparse

    parser = argparse.ArgumentParser(description="score make draft against the corpus")
    parser.add_argument("--split", choices=SPLITS, action="append", help="only this split (default: both); "
                        "a partial run prints its table and leaves draft_quality.md alone")
    parser.add_argument("--details", action="store_true", help="also print each dev figure's and claim's mismatch")
    args = parser.parse_args(argv)
    global DETAILS
    DETAILS = args.details
    splits = tuple(args.split or SPLITS)
    results: dict[str, dict[str, dict]] = {}
    with tempfile.TemporaryDirectory(prefix="claimcheck-draft-quality-") as scratch:
        for split in splits:
            results[split] = {}
            for folder in sorted(p for p in (CORPUS / split).iterdir() if (p / "expected.csv").is_file()):
                results[split][folder.name] = score_article(folder, Path(scratch) / split / folder.name)
    lines = ["# Draft quality", "",
             "`make draft` scored against the hand-made gold tables of `benchmarks/corpus/` (`benchmarks/draft_quality.py`,",
             "run by `make bench`). Dev articles are for developing the rules (corpus/dev/README.md says which were); held-out articles were never read,",
             "only drafted and scored here. How each number is counted is in the script's docstring.", ""]
    for split in splits:
        lines += [f"## {split}", "",
                  "| article | figures found | fully labelled | fully labelled, metric up to renaming | "
                  "claims recalled (kind and inputs) | claims precise | false accusations |",
                  "|---|---|---|---|---|---|---|"]
        total = Counter()
        errors = Counter()
        for name, r in results[split].items():
            lines.append(f"| {name} | {_pct(r['found'], r['figures'])} | {_pct(r['labelled'], r['figures'])} | "
                         f"{_pct(r['labelled_renamed'], r['figures'])} | {_pct(r['recalled'], r['gold_claims'])} | {_pct(r['precise'], r['drafted_claims'])} | "
                         f"{len(r['accusations'])} |")
            for key in ("figures", "found", "labelled", "labelled_renamed", "gold_claims", "recalled", "drafted_claims", "precise"):
                total[key] += r[key]
            total["accusations"] += len(r["accusations"])
            errors.update(r["errors"])
        lines.append(f"| **{split} total** | {_pct(total['found'], total['figures'])} | "
                     f"{_pct(total['labelled'], total['figures'])} | {_pct(total['labelled_renamed'], total['figures'])} | "
                     f"{_pct(total['recalled'], total['gold_claims'])} | "
                     f"{_pct(total['precise'], total['drafted_claims'])} | {total['accusations']} |")
        lines += ["", "Labelling errors by field (a figure may be wrong in several): " +
                  (", ".join(f"{field} {n}" for field, n in errors.most_common()) or "none") + "."]
        accused = [f"{name}: {a}" for name, r in results[split].items() for a in r["accusations"]]
        if accused and split == "dev":
            lines += ["", "False accusations: " + "; ".join(accused) + "."]
        lines.append("")
    lines += ["Targets on held-out: at least 90% of figures fully labelled, 80% of checkable claims proposed with the",
              "right kind and inputs, no false accusation. The numbers above are as measured, short of those targets",
              "where they are. A false accusation here is a would-be contradiction in a draft: a report built on the",
              "draft lists it under 'to review' and marks every page DRAFT until a person clears the review notes."]
    if splits == SPLITS:
        (HERE / "draft_quality.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
