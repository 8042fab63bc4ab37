"""total: a stated amount against the sum (or other arithmetic) of parts the article gives."""

from .base import Comparison


class Total(Comparison):
    name = "total"
    order = 10
    summary = "A stated amount against the sum (or other arithmetic) of parts the article gives."
    chart = "parts"
    outside = ("level", "rerun")

    def worked(self, claim, ctx, figure, outcome):
        return f"The parts give {ctx.describe(claim.computed)} = {self.show_computed(outcome.computed, figure)}"
