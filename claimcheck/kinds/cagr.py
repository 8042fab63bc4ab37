"""cagr: a stated average annual growth rate against cagr(end, start, years)."""

from ..expressions import Term, _merge, function
from ..quantities import LEVEL_KINDS, PERCENT
from ..ranges import divide, exp, log, require_positive
from .base import Comparison


@function("cagr(end, start, years)",
          "Average annual growth in percent; `years` is written out, and must match the periods when they are years.")
def cagr(compiler, end, start, years):
    compiler.require_same_amount(end, start, "cagr()", kinds=(*LEVEL_KINDS, "percent"))
    if years.names or years.dimension.kind != "number":
        raise compiler.fail(f"cagr() needs the number of years written out as a number, found {years.source}")
    count = float(years.evaluate({}))
    if count <= 0:
        raise compiler.fail(f"cagr() needs a positive number of years, found {years.source}")
    if end.period and start.period and end.period.is_year_like and start.period.is_year_like:
        spanned = end.period.years_after(start.period)
        if abs(spanned - count) > 1e-9:
            raise compiler.fail(f"cagr() from {start.period} to {end.period} spans {spanned:g} years, found {count:g}")
    ratio_needed = f"a start ({start.source}) and end above zero"

    def evaluate(env):
        first, last = start.evaluate(env), end.evaluate(env)
        require_positive(first, ratio_needed)
        require_positive(last, ratio_needed)
        return (exp(log(divide(last, first, ratio_needed)) / count) - 1) * 100

    return Term(PERCENT, end.period, _merge(end.names, start.names), evaluate, mixed=end.mixed or start.mixed)


class Cagr(Comparison):
    name = "cagr"
    order = 120
    summary = "A stated average annual growth rate against `cagr(end, start, years)`."
    stated_kinds = ("percent",)
    chart = "changes"
    outside = ("rerun",)

    def worked(self, claim, ctx, figure, outcome):
        return (f"{ctx.describe(claim.computed)} is an average annual change of "
                f"{self.show_computed(outcome.computed, figure, max(figure.printed.decimals, 1))}")

    def stated_phrase(self, claim, ctx, figure):
        return f"the stated average of {ctx.show(claim.stated)} a year"

    def correct(self, claim, ctx, figure, outcome):
        return (f"by the article's own numbers, {figure.entity}'s {figure.metric} changed by about "
                f"{self.value(outcome.computed.point, figure, max(figure.printed.decimals, 1))} a year, "
                f"not {ctx.show(claim.stated)}.")
