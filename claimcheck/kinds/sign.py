"""sign: a stated direction (a rise, a surplus, a balance in someone's favour) against the sign of a computed value."""

from ..formatting import format_interval, format_value
from ..ranges import Undefined
from .base import AS_PRINTED, NO_READING, Kind, _interval, first_reading_that_works, touches, used
from .only import expected_sign


class Sign(Kind):
    name = "sign"
    order = 100
    summary = "A stated direction (a rise, a surplus, a balance in someone's favour) against the sign of a computed value."
    needs = ("computed", "expect")
    outside = ("rerun",)

    def check(self, claim, ctx):
        self.require(claim)
        sign = expected_sign(claim)
        term = ctx.compile(claim.computed, claim)
        figures = used(term.names)
        try:
            computed = ctx.range(term)
        except Undefined as undefined:
            return self.base_verdict(claim, "unverifiable", figures_used=figures,
                                     explanation=f"{ctx.describe(claim.computed)} is undefined: it needs {undefined.reason}.")
        unit = next((ctx.figures[n].unit for n in term.names if n in ctx.figures and
                     ctx.figures[n].unit.dimension == term.dimension), None)
        if computed.point * sign > 0:
            verdict, reading = "consistent", AS_PRINTED
        else:
            found = first_reading_that_works(ctx, term.names, lambda choice: touches(ctx.range(term, choice), sign))
            verdict, reading = ("consistent_within_rounding", found[0]) if found else ("inconsistent", NO_READING)
        shown = format_interval(_interval(computed), term.dimension, None, unit)
        holds = computed.point * sign > 0
        return self.base_verdict(
            claim, verdict, reading=reading, stated=claim.expect, computed=shown,
            explanation=f"{ctx.describe(claim.computed)} = {shown}, which is " + ("" if holds else "not ")
            + f"{claim.expect}" + ("" if verdict != "consistent_within_rounding"
                                   else f" at the printed numbers, but can be within their precision ({reading})") + ".",
            figures_used=figures, unit=unit, dimension=term.dimension, computed_interval=_interval(computed),
            correction=f"By the article's own numbers the value is {format_value(computed.point, term.dimension, None, unit)}, "
                       f"not {claim.expect}." if verdict == "inconsistent" else "")
