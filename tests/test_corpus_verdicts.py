"""Ninety-one articles the project was not built around, with tables and verdicts made by hand.

benchmarks/corpus/ holds eighty-three dev and eight held-out articles paraphrased from economic news (budgets,
inflation, company results, tourism, trade, a census, housing, commodities, jobs, transport, energy, public finance,
and more; benchmarks/corpus/dev/README.md lists them), each with figures.csv and claims.csv written by hand
and expected.csv: every claim's verdict computed by hand, with the arithmetic. The engine, given
the hand-made tables, must reach the same verdict on every claim.
"""

import csv
from pathlib import Path

import pytest

from claimcheck import config
from claimcheck.engine import load_and_check

CORPUS = config.ROOT / "benchmarks" / "corpus"
ARTICLES = sorted(p for p in CORPUS.glob("*/*") if (p / "expected.csv").exists())


def test_the_corpus_holds_its_dev_and_held_out_articles():
    assert [p.parent.name for p in ARTICLES].count("dev") == 83
    assert [p.parent.name for p in ARTICLES].count("heldout") == 8


@pytest.mark.parametrize("folder", ARTICLES, ids=[f"{p.parent.name}/{p.name}" for p in ARTICLES])
def test_each_claims_verdict_is_the_one_computed_by_hand(folder: Path):
    with open(folder / "expected.csv", encoding="utf-8", newline="") as table:
        by_hand = {row["claim_id"]: row for row in csv.DictReader(table)}
    _, verdicts = load_and_check(folder / "article.txt", folder / "figures.csv", folder / "claims.csv")
    assert sorted(v.claim_id for v in verdicts) == sorted(by_hand)
    differ = [f"{v.claim_id}: by hand {by_hand[v.claim_id]['verdict']} ({by_hand[v.claim_id]['arithmetic']}), "
              f"computed {v.verdict} ({v.explanation})"
              for v in verdicts if v.verdict != by_hand[v.claim_id]["verdict"]]
    assert not differ, "\n".join(differ)
