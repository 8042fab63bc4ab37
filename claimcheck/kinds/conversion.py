"""conversion: an amount or a price stated in a second currency against convert(amount, rate)."""

import ast

from ..expressions import Term, _merge, function, parse
from ..formatting import format_value
from ..quantities import Dimension, money
from ..ranges import divide
from .base import Comparison


@function("convert(amount, rate)",
          "An amount or a price in another currency, at a rate such as `CNY_per_USD` (a figure or a `[rates]` name).")
def convert(compiler, amount, rate):
    if amount.dimension.kind not in ("money", "price") or rate.dimension.kind != "rate":
        raise compiler.fail(f"convert() needs an amount of money or a price and an exchange rate, found {amount.shown} "
                            f"and {rate.shown}")
    numerator, denominator = rate.dimension.code.split("/")
    currency, slash, thing = amount.dimension.code.partition("/")
    in_currency = (lambda code: Dimension("price", f"{code}/{thing}")) if slash else money  # a price stays per its thing
    divisor = f"a rate ({rate.source}) that cannot be zero"
    if currency == denominator:  # yuan per dollar applied to dollars gives yuan
        result, evaluate = in_currency(numerator), (lambda env: amount.evaluate(env) * rate.evaluate(env))
    elif currency == numerator:  # yuan per dollar applied to yuan gives dollars
        result, evaluate = in_currency(denominator), (lambda env: divide(amount.evaluate(env), rate.evaluate(env), divisor))
    else:
        raise compiler.fail(f"convert() of {amount.shown} at {rate.shown}, a rate in {numerator} per {denominator}: "
                            f"the rate must have {currency} on one side")
    return Term(result, amount.period, _merge(amount.names, rate.names), evaluate, mixed=amount.mixed or rate.mixed)


class Conversion(Comparison):
    name = "conversion"
    order = 160
    summary = ("An amount stated in a second currency against `convert(amount, rate)`; the rate the article's two "
               "amounts imply is shown.")
    stated_kinds = ("money", "price")
    stated_is_change = False
    period_rule = "any"

    def implied_rate(self, claim, ctx) -> str:
        """The rate at which the article's own two amounts convert, in the orientation of the rate used."""
        call = parse(claim.computed).body
        if not (isinstance(call, ast.Call) and call.func.id == "convert" and len(call.args) == 2
                and all(isinstance(a, ast.Name) for a in call.args)):
            return ""
        amount, rate = call.args[0].id, call.args[1].id
        if amount not in ctx.figures:
            return ""
        stated = ctx.point(claim.stated)
        source = ctx.point(amount)
        numerator, denominator = ctx.unit_of(rate).dimension.code.split("/")
        implied = stated / source if ctx.figures[amount].unit.dimension.code.split("/")[0] == denominator else source / stated
        shown = format_value(implied, Dimension("rate", f"{numerator}/{denominator}"))
        return f" The article's two amounts imply a rate of {shown} (the check uses {ctx.show(rate)})."

    def worked(self, claim, ctx, figure, outcome):
        return f"{ctx.describe(claim.computed)} = {self.show_computed(outcome.computed, figure)}"

    def explain(self, claim, ctx, figure, outcome):
        return super().explain(claim, ctx, figure, outcome) + self.implied_rate(claim, ctx)

    def correct(self, claim, ctx, figure, outcome):
        return (f"at the rate used, the amount is about {self.value(outcome.computed.point, figure, figure.printed.decimals)}, "
                f"not {ctx.show(claim.stated)}.")
