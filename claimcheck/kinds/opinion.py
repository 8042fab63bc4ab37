"""opinion: a judgement or speculation, reported and not checked."""

from .base import Kind


class Opinion(Kind):
    name = "opinion"
    order = 180
    summary = "A judgement or speculation, not a checkable fact."
    needs = ()

    def check(self, claim, ctx):
        return self.base_verdict(claim, "opinion", explanation="A judgement or speculation, not a checkable fact.")
