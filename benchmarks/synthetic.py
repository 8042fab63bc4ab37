"""Synthetic figures and claims for timing the engine at scale, built in memory (no article text)."""

from __future__ import annotations

import random

import pandas as pd

from claimcheck.load import Figure, Inputs

KINDS = ("total", "growth", "rank", "sign", "unanchored_growth")


def synthetic_inputs(claims: int, figures: int | None = None, seed: int = 7) -> Inputs:
    """`figures` money and percentage figures, and `claims` claims of several kinds drawn over them."""
    figures = figures or claims
    rng = random.Random(seed)
    table = {}
    for i in range(figures):
        if i % 5 == 4:
            table[f"p{i}"] = Figure(f"p{i}", f"E{i}", "turnover_change", 2024, round(rng.uniform(1, 60), 1), "percent",
                                    rng.choice(["none", "nearly", "approximately"]), "up", f"q{i}", 1, 0, i + 2)
        else:
            table[f"m{i}"] = Figure(f"m{i}", f"E{i}", "turnover", 2024 - (i % 2), round(rng.uniform(0.1, 100), 1),
                                    "USD_bn", rng.choice(["none", "nearly", "just over", "around"]), "", f"q{i}", 1, 0, i + 2)
    money = [k for k in table if k.startswith("m")]
    rates = [k for k in table if k.startswith("p")]
    rows = []
    for c in range(claims):
        kind = KINDS[c % len(KINDS)]
        a, b, d = rng.sample(money, 3)
        row = dict(id=f"c{c}", quote=f"q{c}", kind=kind, subject="", stated="", computed="", members="", expect="",
                   needs="", note="", start=0, line=c + 2)
        if kind == "total":
            row.update(stated=a, computed=f"{b} + {d}")
        elif kind == "growth":
            row.update(stated=rng.choice(rates), computed=f"growth({a}, {b})")
        elif kind == "rank":
            row.update(subject="A", members=f"A: {a}; B: {b}; C: {d}", expect=str(rng.randint(1, 3)))
        elif kind == "sign":
            row.update(computed=f"{a} - {b}", expect=rng.choice(["positive", "negative"]))
        else:
            rate = rng.choice(rates)
            row.update(stated=rate, computed=f"previous({a}, {rate})")
        rows.append(row)
    return Inputs("", table, pd.DataFrame(rows), {})
