"""unanchored_growth: a percentage change with no earlier amount in the article; shows the base it implies."""

from ..formatting import format_interval
from ..quantities import LEVEL_KINDS
from ..ranges import Undefined
from .base import ClaimError, Kind, _interval, used


class UnanchoredGrowth(Kind):
    name = "unanchored_growth"
    order = 30
    summary = ("A percentage change with no earlier amount in the article: always `unverifiable`, and shows the "
               "earlier value it implies.")
    needs = ("stated", "computed")
    chart = "changes"
    outside = ("implied_base",)

    def check(self, claim, ctx):
        self.require(claim)
        rate = ctx.figure(claim.stated)
        term = ctx.compile(claim.computed, claim)
        if rate.unit.kind != "percent" or not rate.is_change or term.dimension.kind not in LEVEL_KINDS:
            raise ClaimError("computed", "a percentage change as stated and an amount as computed, "
                             "such as previous(amount, change)", f"{rate.unit.code} and {term.dimension}")
        earlier = term.period
        try:
            implied = _interval(ctx.range(term))
        except Undefined as undefined:
            return self.base_verdict(claim, "unverifiable", stated=ctx.show(claim.stated),
                                     figures_used=used(claim.stated, term.names),
                                     explanation=f"{ctx.describe(claim.computed)} is undefined: it needs {undefined.reason}.")
        current = next((n for n in term.names if n in ctx.figures and ctx.figures[n].unit.kind != "percent"), None)
        unit = ctx.figures[current].unit if current else None
        shown = format_interval(implied, term.dimension, None, unit)
        when = f"for {earlier}" if earlier else "before the change"
        return self.base_verdict(
            claim, "unverifiable", stated=format_interval(_interval_of(ctx, claim.stated), rate.unit.dimension),
            computed=shown,
            explanation=f"The article gives no figure {when} for {rate.entity}'s {rate.metric}; the stated "
                        f"{ctx.show(claim.stated)} implies {ctx.describe(claim.computed)} = {shown} {when}, which only "
                        "outside data can confirm.",
            figures_used=used(claim.stated, term.names), unit=unit, dimension=term.dimension,
            computed_interval=implied,
            extra={"implied_previous": implied, "entity": rate.entity, "metric": rate.metric, "period": earlier,
                   "current": current},
        )


def _interval_of(ctx, name):
    from ..intervals import Interval

    return Interval(*ctx.interval(name), ctx.point(name))
