"""share: a stated percentage of a total ("46% of the total") against share(part, total)."""

from ..expressions import Term, _merge, function
from ..quantities import PERCENT
from ..ranges import divide, require_positive
from .base import Comparison


@function("share(part, total)", "The part as a percentage of the total.")
def share(compiler, part, total):
    if part.dimension != total.dimension or part.dimension.kind not in ("money", "count", "percent"):
        raise compiler.fail(f"share() needs a part and a total of the same unit, found {part.shown} and {total.shown}")
    period, mixed = compiler.period_of(part, total, operation="share() compares")
    total_needed = f"a total ({total.source}) above zero throughout its range"

    def evaluate(env):
        whole = total.evaluate(env)
        require_positive(whole, total_needed)
        return divide(part.evaluate(env), whole, total_needed) * 100

    return Term(PERCENT, period, _merge(part.names, total.names), evaluate, mixed=mixed)


class Share(Comparison):
    name = "share"
    order = 110
    summary = "A stated percentage of a total (\"46% of the total\") against `share(part, total)`."
    stated_kinds = ("percent",)
    stated_is_change = False
    chart = None  # a share is drawn in no chart yet: its evidence row and explanation carry it
    outside = ("rerun",)

    def worked(self, claim, ctx, figure, outcome):
        return f"{ctx.describe(claim.computed)} = {self.show_computed(outcome.computed, figure, max(figure.printed.decimals, 1))}"

    def stated_phrase(self, claim, ctx, figure):
        return f"the stated share of {ctx.show(claim.stated)}"

    def correct(self, claim, ctx, figure, outcome):
        return (f"by the article's own numbers, {figure.entity}'s share is about "
                f"{self.value(outcome.computed.point, figure, max(figure.printed.decimals, 1))}, not {ctx.show(claim.stated)}.")
