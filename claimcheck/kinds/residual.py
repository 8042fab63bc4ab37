"""residual: a stated amount against what a total leaves once the named parts are taken out."""

from .base import Comparison


class Residual(Comparison):
    name = "residual"
    order = 60
    summary = "A stated amount against what a total leaves once the named parts are taken out: whose number it can be."
    needs = ("subject", "stated", "computed")
    outside = ("level_as_subject",)

    def worked(self, claim, ctx, figure, outcome):
        return (f"The total less the parts named with it, {ctx.describe(claim.computed)}, leaves "
                f"{self.show_computed(outcome.computed, figure)}")

    def explain(self, claim, ctx, figure, outcome):
        text = super().explain(claim, ctx, figure, outcome)
        if outcome.verdict != "inconsistent":
            text = text[:-1] + f": the number fits {claim.subject}."
        return text

    def correct(self, claim, ctx, figure, outcome):
        return (f"the total less the named parts leaves "
                f"{self.value(outcome.computed.point, figure, figure.printed.decimals)}, not {ctx.show(claim.stated)}.")
