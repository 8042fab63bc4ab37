"""unverifiable: a factual statement the article's own numbers cannot settle."""

from .base import Kind


class Unverifiable(Kind):
    name = "unverifiable"
    order = 170
    summary = "A factual statement the article's own numbers cannot settle."
    needs = ("needs",)

    def check(self, claim, ctx):
        self.require(claim)
        stated, used = "", ()
        if claim.stated:
            used = (ctx.figure(claim.stated).id,)
            stated = ctx.show(claim.stated)
        return self.base_verdict(claim, "unverifiable", stated=stated, figures_used=used,
                                 explanation=f"Nothing in the article settles this; it needs {claim.needs}.")
