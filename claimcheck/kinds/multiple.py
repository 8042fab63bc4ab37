"""multiple: a stated multiple ("10.9 times", "doubled", "half") against multiple(a, b) or a / b."""

from ..expressions import Term, _merge, function
from ..quantities import RATIO
from ..ranges import divide
from .base import Comparison


@function("multiple(a, b)", "How many times b fits in a (a ratio, unit `times`).")
def multiple(compiler, a, b):
    if a.dimension != b.dimension or a.dimension.kind in ("year", "number"):
        raise compiler.fail(f"multiple() needs two values of the same unit, found {a.shown} and "
                            f"{b.shown}")
    divisor = f"a value ({b.source}) that cannot be zero"
    return Term(RATIO, a.period, _merge(a.names, b.names), lambda env: divide(a.evaluate(env), b.evaluate(env), divisor),
                mixed=a.mixed or b.mixed)


class Multiple(Comparison):
    name = "multiple"
    order = 140
    summary = "A stated multiple (\"10.9 times\", \"doubled\", \"half\") against `multiple(a, b)` or `a / b`."
    stated_kinds = ("ratio",)
    chart = "changes"
    outside = ("rerun",)

    def worked(self, claim, ctx, figure, outcome):
        return f"{ctx.describe(claim.computed)} = {self.show_computed(outcome.computed, figure, max(figure.printed.decimals + 1, 2))}"

    def stated_phrase(self, claim, ctx, figure):
        return f"the stated '{_as_printed(figure)}'"

    def correct(self, claim, ctx, figure, outcome):
        return (f"by the article's own numbers the ratio is about "
                f"{self.value(outcome.computed.point, figure, max(figure.printed.decimals + 1, 2))}, not '{_as_printed(figure)}'.")


def _as_printed(figure) -> str:
    """The multiple in the article's words with its hedge: 'nearly doubled', 'fell 3 times' as '3 times'."""
    if figure.qualifier != "none" and figure.qualifier.lower() not in figure.text.lower():
        return f"{figure.qualifier} {figure.text}"
    return figure.text
