"""implied_previous: a stated earlier total against the sum of earlier values the parts' growth rates imply."""

from ..expressions import Term, _merge, function
from ..quantities import LEVEL_KINDS
from ..ranges import divide, require_positive
from .base import Comparison


@function("previous(current, change)", "The value before a percentage change, for the period a year earlier.")
def previous(compiler, current, change):
    if current.dimension.kind not in LEVEL_KINDS or change.dimension.kind != "percent":
        raise compiler.fail(f"previous() needs an amount and a percentage change, found {current.shown} and {change.shown}")
    period, mixed = compiler.period_of(current, change, operation="previous() combines")
    factor_needed = f"a change ({change.source}) above -100% throughout its range"

    def evaluate(env):
        factor = 1 + change.evaluate(env) / 100
        require_positive(factor, factor_needed)
        return divide(current.evaluate(env), factor, factor_needed)

    return Term(current.dimension, period.year_earlier() if period else None, _merge(current.names, change.names),
                evaluate, mixed=mixed)


class ImpliedPrevious(Comparison):
    name = "implied_previous"
    order = 40
    summary = "A stated earlier total against the sum of earlier values implied by the parts' growth rates."
    outside = ("level",)

    def worked(self, claim, ctx, figure, outcome):
        return (f"Undoing each part's stated growth gives {ctx.describe(claim.computed)} = "
                f"{self.show_computed(outcome.computed, figure)} for {figure.period}")

    def correct(self, claim, ctx, figure, outcome):
        return (f"the growth rates the article gives imply about "
                f"{self.value(outcome.computed.point, figure, figure.printed.decimals)} for {figure.period}, "
                f"not {ctx.show(claim.stated)}.")
