"""Measure the drafter against the hand-curated tables of the seed and fixture articles.

    make bench   # also writes benchmarks/draft_quality.md
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from claimcheck import config  # noqa: E402
from claimcheck.draft import quality  # noqa: E402

ARTICLES = {
    "seed (China–Central Asia)": (config.ARTICLE, config.FIGURES_TABLE, config.CLAIMS_TABLE),
    "fixture (Japan–Andes)": tuple(config.FIXTURES / "andes" / n for n in ("article.txt", "figures.csv", "claims.csv")),
}


def main() -> None:
    lines = [
        "# Draft quality",
        "",
        "`make draft ARTICLE=... OUT=...` against the hand-curated tables (benchmarks/draft_quality.py).",
        "A drafted figure counts as found when it has the curated figure's value and unit at the same place in the",
        "article; a curated claim counts as found when the draft proposes its sentence with the same kind.",
        "",
        "| article | figures recall | figures precision | claims recall |",
        "|---|---|---|---|",
    ]
    for name, paths in ARTICLES.items():
        q = quality(*paths)
        lines.append(f"| {name} | {q['figures_found']}/{q['figures_curated']} = {q['figures_recall']:.0%} | "
                     f"{q['figures_precision']:.0%} of {q['figures_drafted']} | "
                     f"{q['claims_matched']}/{q['claims_curated']} = {q['claims_recall']:.0%} |")
    lines += ["", "Claims the rules miss are mostly cross-sentence checks an analyst adds: parts against a region's",
              "total, rankings over partners named in other sentences, and readings such as 'steady'."]
    (HERE / "draft_quality.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
