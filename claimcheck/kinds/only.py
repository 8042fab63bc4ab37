"""only: "the only one with a surplus": the subject has the sign, and no other member has it."""

from ..formatting import format_value
from ..ranges import Undefined
from .base import AS_PRINTED, NO_READING, ClaimError, Kind, all_names, first_reading_that_works, parse_members, touches, used
from .rank import term_point

SIGNS = {"positive": 1, "negative": -1}


def expected_sign(claim) -> int:
    if claim.expect not in SIGNS:
        raise ClaimError("expect", "positive or negative", repr(claim.expect))
    return SIGNS[claim.expect]


class Only(Kind):
    name = "only"
    order = 90
    summary = "\"The only one with a surplus\": the subject has the sign, no other member has it."
    needs = ("subject", "members", "expect")
    outside = ("rerun",)

    def check(self, claim, ctx):
        self.require(claim)
        members = parse_members(claim, ctx)
        sign, word = expected_sign(claim), claim.expect
        figures = used(*(t.names for t in members.values()))
        try:
            points = {label: term_point(ctx, term) for label, term in members.items()}
        except Undefined as undefined:
            return self.base_verdict(claim, "unverifiable", figures_used=figures,
                                     explanation=f"A member's value is undefined: it needs {undefined.reason}.")
        others = [label for label in members if label != claim.subject]
        has = {label: points[label] * sign > 0 for label in members}

        def possible(choice):
            ranges = {label: ctx.range(term, choice) for label, term in members.items()}
            return touches(ranges[claim.subject], sign) and not any(touches(ranges[o], sign, strictly=True) for o in others)

        others_have = [o for o in others if has[o]]
        if has[claim.subject] and not others_have:
            verdict, reading = "consistent", AS_PRINTED
        else:
            found = first_reading_that_works(ctx, all_names(members.values()), possible)
            verdict, reading = ("consistent_within_rounding", found[0]) if found else ("inconsistent", NO_READING)
        subject = members[claim.subject]
        unit = next((ctx.figures[n].unit for n in subject.names if n in ctx.figures), None)
        values = "; ".join(f"{label} {format_value(points[label], subject.dimension, None, unit)}" for label in members)
        are = lambda names: "are" if len(names) > 1 else "is"  # noqa: E731
        if has[claim.subject] and not others_have:
            finding = f"only {claim.subject} is {word}"
        elif not has[claim.subject]:
            finding = f"{claim.subject} is not {word}" + (f"; {', '.join(others_have)} {are(others_have)}" if others_have else "")
        else:
            finding = f"{', '.join(others_have)} {are(others_have)} {word} as well"
        return self.base_verdict(
            claim, verdict, reading=reading, stated=f"only {claim.subject} {word}",
            computed=f"{word}: {', '.join(([claim.subject] if has[claim.subject] else []) + others_have) or 'none'}",
            explanation=f"By {ctx.numbers}: {values}; {finding}." + (
                f" It holds within the precision of the printed numbers ({reading})." if verdict == "consistent_within_rounding" else ""),
            figures_used=figures,
            correction=f"By the article's own numbers, {finding}." if verdict == "inconsistent" else "",
            extra={"members": points, "dimension": subject.dimension, "unit": unit, "word": word})
