"""A synthetic article with its figures, claims and metadata, written as files, for timing the engine at scale.

Every figure is a sentence of its own ("E12's exports reached $41.3 billion in 2024."), and every claim
quotes a sentence of its own, so the files pass the same loader and checks a real article does.
"""

from __future__ import annotations

import csv
import random
from pathlib import Path

KINDS = ("total", "growth", "share", "rank", "sign", "unanchored_growth")
HEDGES = ("none", "nearly", "just over", "around")


def write_synthetic(folder: Path, claims: int, seed: int = 7) -> dict[str, Path]:
    """Write article.txt, figures.csv, claims.csv and article.toml for `claims` claims into `folder`."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    sentences, figures, rows = ["A synthetic article", ""], [], []

    def stated(i: int, prefix: str, high: float, unit: str, direction: str, sentence: str) -> str:
        """A figure of its own sentence, e.g. sentence "E{i}'s exports reached {hedge}${value} billion"."""
        value, hedge = round(rng.uniform(1, high), 1), rng.choice(HEDGES)
        quote = sentence.format(i=i, hedge="" if hedge == "none" else hedge + " ", value=value)
        sentences.append(f"{quote} in 2024.")
        figures.append([f"{prefix}{i}", f"E{i}", "exports", "2024", value, unit, hedge, direction, quote])
        return f"{prefix}{i}"

    def amount(i: int) -> str:
        return stated(i, "m", 99, "USD_bn", "", "E{i}'s exports reached {hedge}${value} billion")

    def rate(i: int) -> str:
        return stated(i, "p", 60, "percent", "up", "E{i}'s exports grew by {hedge}{value}%")

    for c in range(claims):
        kind = KINDS[c % len(KINDS)]
        base = 4 * c
        quote = f"Claim number {c} is made here"
        sentences.append(quote + ".")
        row = dict(id=f"c{c}", quote=quote, kind=kind, subject="", stated="", computed="", members="", expect="",
                   needs="", periods="", note="")
        if kind == "total":
            row.update(stated=amount(base), computed=f"{amount(base + 1)} + {amount(base + 2)}")
        elif kind == "growth":  # a change between two years of one entity
            current, change = amount(base), rate(base + 1)
            value, hedge = round(rng.uniform(1, 99), 1), "none"
            previous_quote = f"E{base} had exported ${value} billion"
            sentences.append(f"{previous_quote} in 2023.")
            figures.append([f"m{base}_2023", f"E{base}", "exports", "2023", value, "USD_bn", hedge, "", previous_quote])
            row.update(stated=change, computed=f"growth({current}, m{base}_2023)")
        elif kind == "share":
            level, hedge = round(rng.uniform(1, 60), 1), rng.choice(HEDGES)
            share_quote = f"E{base} made up {'' if hedge == 'none' else hedge + ' '}{level}% of the exports"
            sentences.append(share_quote + ".")
            figures.append([f"s{base}", f"E{base}", "exports share", "2024", level, "percent", hedge, "", share_quote])
            row.update(stated=f"s{base}", computed=f"share({amount(base + 1)}, {amount(base + 2)})")
        elif kind == "rank":
            a, b, d = amount(base), amount(base + 1), amount(base + 2)
            row.update(subject="A", members=f"A: {a}; B: {b}; C: {d}", expect=str(rng.randint(1, 3)))
        elif kind == "sign":
            row.update(computed=f"{amount(base)} - {amount(base + 1)}", expect=rng.choice(["positive", "negative"]))
        else:
            change = rate(base + 1)
            row.update(stated=change, computed=f"previous({amount(base)}, {change})")
        rows.append(row)

    paths = {"article": folder / "article.txt", "figures": folder / "figures.csv", "claims": folder / "claims.csv",
             "metadata": folder / "article.toml"}
    paths["article"].write_text("\n".join(sentences) + "\n", encoding="utf-8")
    with paths["figures"].open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["id", "entity", "metric", "period", "value", "unit", "qualifier", "direction", "quote"])
        writer.writerows(figures)
    with paths["claims"].open("w", newline="", encoding="utf-8") as out:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    entities = sorted({f[1] for f in figures}, key=lambda e: int(e[1:]))
    paths["metadata"].write_text("[entities]\n" + "".join(f'{e} = "partner"\n' for e in entities), encoding="utf-8")
    return paths
