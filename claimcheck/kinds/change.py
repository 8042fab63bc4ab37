"""change: a stated signed change of an amount ("fell by $65 million") against change(current, previous)."""

from ..expressions import Term, _merge, function
from ..periods import between
from ..quantities import LEVEL_KINDS
from .base import Comparison


@function("change(current, previous)", "The signed difference of two amounts.")
def change(compiler, current, previous):
    compiler.require_same_amount(current, previous, "change()")
    compiler.require_earlier(current, previous, "change()")
    span = between(previous.period, current.period) if current.period and previous.period else None
    return Term(current.dimension, current.period, _merge(current.names, previous.names),
                lambda env: current.evaluate(env) - previous.evaluate(env), mixed=current.mixed or previous.mixed,
                span=span)


class Change(Comparison):
    name = "change"
    order = 150
    summary = "A stated signed change of an amount (\"fell by $65 million\") against `change(current, previous)`."
    stated_kinds = LEVEL_KINDS
    stated_is_change = True
    chart = "changes"
    outside = ("rerun",)

    def worked(self, claim, ctx, figure, outcome):
        return f"{ctx.describe(claim.computed)} is a change of {self.show_computed(outcome.computed, figure)}"

    def stated_phrase(self, claim, ctx, figure):
        return f"the stated {self._change(claim, ctx, figure)}"

    def stated_short(self, claim, ctx, figure):
        return f"a {self._change(claim, ctx, figure)}"

    @staticmethod
    def _change(claim, ctx, figure):
        return f"{'rise' if figure.sign > 0 else 'fall'} of {ctx.show(claim.stated, magnitude=True)}"

    def says_direction(self, figure):
        return True

    def correct(self, claim, ctx, figure, outcome):
        point = outcome.computed.point
        return (f"by the article's own numbers, {figure.entity}'s {figure.metric} {'rose' if point >= 0 else 'fell'} by "
                f"about {self.value(abs(point), figure, figure.printed.decimals)}, not by "
                f"{ctx.show(claim.stated, magnitude=True)}.")
