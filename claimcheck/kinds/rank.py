"""rank: a stated rank ("largest", "third-largest", "smallest") against the order of the members' values."""

from ..formatting import format_value, ordinal
from ..ranges import Undefined
from .base import (AS_PRINTED, NO_READING, ClaimError, Kind, all_names, difference, first_reading_that_works,
                   parse_members, touches, used)


def expected_rank(claim, count: int) -> tuple[int, bool, str]:
    """'3' is third; 'not 1' anything but first; '-1' the smallest, '-2' the second-smallest."""
    text = claim.expect.strip()
    negated = text.startswith("not ")
    try:
        number = int(text.removeprefix("not ").strip())
    except ValueError:
        raise ClaimError("expect", "a rank as a whole number (1 for largest, -1 for smallest), or 'not N'",
                         repr(claim.expect)) from None
    if number == 0 or abs(number) > count:
        raise ClaimError("expect", f"a rank between 1 and {count} (or -1 to -{count})", repr(claim.expect))
    rank = number if number > 0 else count + 1 + number
    said = ordinal(number) if number > 0 else ("smallest" if number == -1 else f"{ordinal(-number)}-smallest")
    return rank, negated, f"not {said}" if negated else said


def place(rank: int, count: int, from_bottom: bool) -> str:
    """A rank in the words of the claim: 'third' from the top, 'third-smallest' from the bottom."""
    if not from_bottom:
        return ordinal(rank)
    below = count + 1 - rank
    return "smallest" if below == 1 else f"{ordinal(below)}-smallest"


class Rank(Kind):
    name = "rank"
    order = 70
    summary = ("A stated rank (\"largest\", \"third-largest\", \"smallest\") against the order of the members' values; "
               "`expect` may also be `not 1` (\"emerged as the largest\": it was not the period before).")
    needs = ("subject", "members", "expect")
    chart = "levels"
    outside = ("rerun",)

    def check(self, claim, ctx):
        self.require(claim)
        members = parse_members(claim, ctx)
        expected, negated, said = expected_rank(claim, len(members))
        subject = members[claim.subject]
        gaps = {label: difference(term, subject) for label, term in members.items() if label != claim.subject}
        names = all_names(members.values())
        figures = used(*(t.names for t in members.values()))
        try:
            points = {label: term_point(ctx, term) for label, term in members.items()}
        except Undefined as undefined:
            return self.base_verdict(claim, "unverifiable", figures_used=figures,
                                     explanation=f"A member's value is undefined: it needs {undefined.reason}.")

        def span(choice):
            ranges = [ctx.range(gap, choice) for gap in gaps.values()]
            return 1 + sum(touches(r, 1, strictly=True) for r in ranges), 1 + sum(not touches(r, -1, strictly=True) for r in ranges)

        def possible(choice):
            best, worst = span(choice)
            return not (best == worst == expected) if negated else best <= expected <= worst

        point_rank = 1 + sum(points[label] > points[claim.subject] for label in gaps)
        holds = point_rank != expected if negated else point_rank == expected
        if holds:
            verdict, reading = "consistent", AS_PRINTED
        else:
            found = first_reading_that_works(ctx, names, possible)
            verdict, reading = ("consistent_within_rounding", found[0]) if found else ("inconsistent", NO_READING)
        best, worst = span({})
        dimension = subject.dimension
        unit = next((ctx.figures[n].unit for n in subject.names if n in ctx.figures), None)
        # the members' values at the finest precision any of them is printed with
        places = max((ctx.figures[n].printed.decimals for n in names
                      if n in ctx.figures and ctx.figures[n].unit.dimension == dimension), default=1)
        order = " > ".join(f"{label} {format_value(points[label], dimension, places, unit)}"
                           for label in sorted(points, key=lambda k: -points[k]))
        bottom = claim.expect.strip().removeprefix("not ").strip().startswith("-")
        count = len(members)
        possible_text = place(best, count, bottom) if best == worst else \
            f"{place(best, count, bottom)} to {place(worst, count, bottom)}"
        explanation = f"By {ctx.numbers}, {order}: {claim.subject} ranks {place(point_rank, count, bottom)}" + (
            "" if holds else f", not {said}") + "."
        if verdict == "consistent_within_rounding":
            explanation += f" Within the precision of the printed numbers it could rank {possible_text}" + (
                "" if reading.startswith("printed") else f", and {said} only on a loose reading ({reading})") + "."
        return self.base_verdict(
            claim, verdict, reading=reading, stated=f"rank {claim.expect.strip()}",
            computed=f"rank {point_rank} (possible: {possible_text})", explanation=explanation, figures_used=figures,
            correction=f"By the article's own numbers, {claim.subject} ranks {place(point_rank, count, bottom)}, not {said}."
            if verdict == "inconsistent" else "",
            extra={"members": points, "dimension": dimension, "unit": unit, "rank": point_rank})


def term_point(ctx, term) -> float:
    point = {n: ctx.point(n) for n in term.names}
    point.update({name: 0.0 for name, _, _ in term.aux})
    return float(term.evaluate(point))
