"""percentage_points: a stated difference in percentage points against pp(a, b) or a - b of two percentages."""

from ..expressions import Term, _merge, function
from ..quantities import POINTS
from .base import Comparison


@function("pp(current, previous)", "The difference of two percentages, in percentage points.")
def pp(compiler, current, previous):
    if current.dimension.kind != "percent" or previous.dimension.kind != "percent":
        raise compiler.fail(f"pp() needs two percentages, found {current.shown} and "
                            f"{previous.shown}")
    return Term(POINTS, current.period, _merge(current.names, previous.names),
                lambda env: current.evaluate(env) - previous.evaluate(env), mixed=current.mixed or previous.mixed)


class PercentagePoints(Comparison):
    name = "percentage_points"
    order = 130
    summary = "A stated difference in percentage points against `pp(a, b)` or `a - b` of two percentages."
    stated_kinds = ("pp",)
    chart = "changes"
    outside = ("rerun",)

    @staticmethod
    def decimals(figure) -> int:
        """Points show at least one decimal ('0.3 pp'); basis points, hundredths already, as printed ('9 bp')."""
        return figure.printed.decimals if figure.unit.scale != 1 else max(figure.printed.decimals, 1)

    def worked(self, claim, ctx, figure, outcome):
        shown = self.show_computed(outcome.computed, figure, self.decimals(figure))
        return f"{ctx.describe(claim.computed)} is a difference of {shown}"

    def correct(self, claim, ctx, figure, outcome):
        point = outcome.computed.point
        return (f"by the article's own numbers the difference is {self.value(point, figure, self.decimals(figure))}, "
                f"not {ctx.show(claim.stated, magnitude=figure.is_change)}"
                + (f" {'up' if figure.sign > 0 else 'down'}" if figure.is_change else "") + ".")
