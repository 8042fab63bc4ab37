"""attribution: a number a sentence gives an entity against what the article states for it elsewhere."""

from .base import Comparison


class Attribution(Comparison):
    name = "attribution"
    order = 50
    summary = "A number a sentence gives an entity against what the article states for that entity elsewhere."
    outside = ("level", "growth")

    def worked(self, claim, ctx, figure, outcome):
        term = outcome_term = None  # noqa: F841 (the quotes of the other figures say where 'elsewhere' is)
        others = ", ".join(f"'{ctx.figures[n].quote}'" for n in ctx.compile(claim.computed, claim).names
                           if n in ctx.figures)
        return (f"The sentence gives {figure.entity} {ctx.show(claim.stated)}; the article elsewhere gives "
                f"{ctx.describe(claim.computed)} ({others})")

    def explain(self, claim, ctx, figure, outcome):
        text = super().explain(claim, ctx, figure, outcome)
        return text.replace(", which reproduces the stated", ", which matches the stated", 1)

    def stated_phrase(self, claim, ctx, figure):
        return "it"

    def correct(self, claim, ctx, figure, outcome):
        return (f"{ctx.show(claim.stated)} cannot be {figure.entity}'s {figure.metric} in {figure.period}: the "
                f"article gives that as {ctx.describe(claim.computed)}.")
