"""steady: "remained steady at X" against the earlier value the article's numbers imply."""

from ..expressions import Term, _merge, function
from ..formatting import format_interval
from ..periods import is_earlier_comparison
from ..quantities import LEVEL_KINDS, PERCENT
from ..ranges import Undefined, divide, require_positive
from .base import AS_PRINTED, NO_READING, ClaimError, Kind, _interval, first_reading_that_works, used


@function("steady(x)", "x's value a period earlier, unchanged within the steady tolerance; steady(): a change of about 0%.",
          arity=(0, 1))
def steady(compiler, *args):
    slack = compiler.steady_variable()
    tolerance = compiler.steady_tolerance
    aux = ((slack, -tolerance, tolerance),)
    if not args:
        return Term(PERCENT, None, (), lambda env: env[slack] * 100, aux=aux)
    (value,) = args
    if value.dimension.kind not in LEVEL_KINDS:
        raise compiler.fail(f"steady() takes an amount, found {value.shown}")
    period = value.period.year_earlier() if value.period else None
    return Term(value.dimension, period, value.names, lambda env: value.evaluate(env) * (1 + env[slack]), aux=aux,
                mixed=value.mixed)


class Steady(Kind):
    name = "steady"
    order = 80
    summary = ("\"Remained steady at X\": the change from the earlier value the article's numbers imply (`computed`) "
               "to X, within the `steady` tolerance.")
    needs = ("stated", "computed")
    outside = ()

    def check(self, claim, ctx):
        self.require(claim)
        figure = ctx.figure(claim.stated)
        term = ctx.compile(claim.computed, claim)
        if term.dimension != figure.unit.dimension:
            raise ClaimError("computed", f"an earlier value in {figure.unit.dimension}, as the stated figure is",
                             f"{term.dimension} from {claim.computed!r}")
        if (term.period is not None and not term.mixed and getattr(claim, "periods", "") != "mixed"
                and not is_earlier_comparison(figure.period, term.period)):
            raise ClaimError("computed", f"the value for the period before {figure.period}",
                             f"a value for {term.period} from {claim.computed!r}",
                             hint="write 'mixed' in the claim's periods column to compare with an earlier figure for "
                             "the same period, such as a forecast before its revision")
        band = ctx.tolerances.steady * 100
        stated = claim.stated

        def change(env):
            before = term.evaluate(env)
            require_positive(before, f"an earlier value ({term.source}) above zero")
            return (divide(env[stated], before) - 1) * 100

        change_term = Term(PERCENT, figure.period, _merge(term.names, (stated,)), change, term.source, term.aux)
        figures = used(stated, term.names)
        try:
            earlier = _interval(ctx.range(term))
            moved = ctx.range(change_term)
        except Undefined as undefined:
            return self.base_verdict(claim, "unverifiable", stated=ctx.show(stated), figures_used=figures,
                                     explanation=f"The change is undefined: it needs {undefined.reason}.")

        def meets(r):
            return r.lo <= band + 1e-9 and r.hi >= -band - 1e-9

        if abs(moved.point) <= band + 1e-9:
            verdict, reading = "consistent", AS_PRINTED
        else:
            found = first_reading_that_works(ctx, change_term.names, lambda choice: meets(ctx.range(change_term, choice)))
            verdict, reading = ("consistent_within_rounding", found[0]) if found else ("inconsistent", NO_READING)
        within = "within" if verdict != "inconsistent" else "outside"
        shown = format_interval(earlier, term.dimension, None, figure.unit)
        explanation = (f"The article's numbers put {figure.entity}'s {figure.metric} before {figure.period} at "
                       f"{ctx.describe(claim.computed)} = {shown}; {ctx.show(stated)} in {figure.period} is a change of "
                       f"{moved.point:+.1f}% ({moved.lo:+.1f}% to {moved.hi:+.1f}%), {within} the ±{band:g}% read as "
                       "'steady'" + ("" if verdict != "consistent_within_rounding" else f" ({reading})") + ".")
        return self.base_verdict(
            claim, verdict, reading=reading, stated=ctx.show(stated), computed=shown, explanation=explanation,
            figures_used=figures, unit=figure.unit, dimension=figure.unit.dimension, computed_interval=earlier,
            correction=f"{figure.entity}'s {figure.metric} changed by about {moved.point:+.0f}% by the article's own "
                       "numbers; it did not remain steady." if verdict == "inconsistent" else "")
