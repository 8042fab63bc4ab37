"""growth: a stated percentage change against the change between two stated amounts."""

from ..expressions import Term, _merge, function
from ..quantities import PERCENT
from ..ranges import divide, require_positive
from .base import Comparison


@function("growth(current, previous)", "Percentage change from previous to current.")
def growth(compiler, current, previous):
    compiler.require_same_amount(current, previous, "growth()")
    compiler.require_earlier(current, previous, "growth()")
    base_needed = f"a base ({previous.source}) above zero throughout its range"

    def evaluate(env):
        base = previous.evaluate(env)
        require_positive(base, base_needed)
        return (divide(current.evaluate(env), base, base_needed) - 1) * 100

    return Term(PERCENT, current.period, _merge(current.names, previous.names), evaluate, mixed=current.mixed or previous.mixed)


class Growth(Comparison):
    name = "growth"
    order = 20
    summary = "A stated percentage change against the change between two stated amounts."
    stated_kinds = ("percent",)
    stated_is_change = True
    chart = "changes"
    outside = ("growth",)

    def worked(self, claim, ctx, figure, outcome):
        return f"{ctx.describe(claim.computed)} is a change of {self.show_computed(outcome.computed, figure, max(figure.printed.decimals, 1))}"

    def stated_phrase(self, claim, ctx, figure):
        return f"the stated {self._change(claim, ctx, figure)}"

    def stated_short(self, claim, ctx, figure):
        return f"a {self._change(claim, ctx, figure)}"

    def says_direction(self, figure):
        return True

    @staticmethod
    def _change(claim, ctx, figure):
        return f"{ctx.show(claim.stated, magnitude=True)} {'increase' if figure.sign > 0 else 'decrease'}"

    def correct(self, claim, ctx, figure, outcome):
        point = outcome.computed.point
        return (f"{figure.entity}'s {figure.metric} {'rose' if point >= 0 else 'fell'} by about "
                f"{self.value(abs(point), figure, figure.printed.decimals)}, not {ctx.show(claim.stated)}.")
