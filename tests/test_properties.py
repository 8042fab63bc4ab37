"""Properties of the interval arithmetic and the verdict logic, over many generated cases (hypothesis)."""

from collections import namedtuple

from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.checks import Context, check_growth, check_rank, check_total
from claimcheck.config import Tolerances
from claimcheck.intervals import Interval
from claimcheck.load import Figure
from claimcheck.rounding import round_half_up

Claim = namedtuple("Claim", "id quote kind subject stated computed members expect needs note")
QUALIFIERS = ["none", "nearly", "almost", "just over", "approximately", "around", "about"]

decimals = st.integers(min_value=0, max_value=2)
amounts = st.floats(min_value=0.05, max_value=5000, allow_nan=False, allow_infinity=False)
tolerance = st.floats(min_value=0, max_value=0.3, allow_nan=False)


def money(id, value, places, qualifier="none", year=2024, entity="X"):
    return Figure(id, entity, "turnover", year, round_half_up(value, places), "USD_bn", qualifier, "", id, places, 0, 2)


def percent(id, value, places, qualifier="none"):
    magnitude = round_half_up(abs(value), places)
    return Figure(id, "X", "turnover_change", 2024, magnitude, "percent", qualifier, "up" if value >= 0 else "down",
                  id, places, 0, 2)


def total_claim(parts):
    return Claim("c", "q", "total", "", "total", " + ".join(parts), "", "", "", "")


@given(st.lists(st.tuples(amounts, decimals), min_size=1, max_size=6), decimals)
def test_a_total_stated_from_exact_inputs_is_consistent(parts, total_places):
    figures = {f"p{i}": money(f"p{i}", value, places) for i, (value, places) in enumerate(parts)}
    exact_sum = sum(f.value for f in figures.values())
    figures["total"] = money("total", exact_sum, total_places)
    verdict = check_total(total_claim([f"p{i}" for i in range(len(parts))]), Context(figures, Tolerances()))
    assert verdict.verdict == "consistent"


@given(amounts, amounts, st.integers(min_value=0, max_value=1))
def test_a_growth_rate_stated_from_exact_inputs_is_consistent(current, previous, places):
    now, before = money("now", current, 2), money("before", previous, 2, year=2023)
    rate = (now.value / before.value - 1) * 100
    figures = {"now": now, "before": before, "rate": percent("rate", rate, places)}
    claim = Claim("c", "q", "growth", "", "rate", "growth(now, before)", "", "", "", "")
    assert check_growth(claim, Context(figures, Tolerances())).verdict == "consistent"


@settings(max_examples=200)
@given(st.lists(st.tuples(amounts, decimals, st.sampled_from(QUALIFIERS)), min_size=1, max_size=5),
       amounts, decimals, st.sampled_from(QUALIFIERS), tolerance, tolerance, tolerance)
def test_widening_intervals_never_turns_consistent_into_inconsistent(parts, total, places, qualifier, extra_nearly,
                                                                       extra_over, extra_approx):
    figures = {f"p{i}": money(f"p{i}", v, d, q) for i, (v, d, q) in enumerate(parts)}
    figures["total"] = money("total", total, places, qualifier)
    claim = total_claim([f"p{i}" for i in range(len(parts))])
    narrow = Tolerances()
    wide = Tolerances(nearly=narrow.nearly + extra_nearly, just_over=narrow.just_over + extra_over,
                      approximately=narrow.approximately + extra_approx)
    before = check_total(claim, Context(figures, narrow)).verdict
    after = check_total(claim, Context(figures, wide)).verdict
    if before == "consistent":
        assert after == "consistent"
    if before != "inconsistent":
        assert after != "inconsistent"


@given(st.floats(min_value=1, max_value=500), st.floats(min_value=1, max_value=500), st.floats(min_value=0.001, max_value=1000),
       st.floats(min_value=-50, max_value=200))
def test_scaling_all_money_leaves_a_growth_verdict_unchanged(current, previous, factor, stated_rate):
    def verdict(scale):
        figures = {"rate": percent("rate", stated_rate, 0)}
        context = Context(figures, Tolerances())
        context._quantities["now"] = _scaled(current, scale)
        context._quantities["before"] = _scaled(previous, scale)
        context.figures.update({"now": money("now", current, 1), "before": money("before", previous, 1, year=2023)})
        claim = Claim("c", "q", "growth", "", "rate", "growth(now, before)", "", "", "", "")
        return check_growth(claim, context).verdict

    assert verdict(1.0) == verdict(factor)


@given(st.lists(amounts, min_size=2, max_size=6, unique=True), st.floats(min_value=0.001, max_value=1000),
       st.integers(min_value=1, max_value=6))
def test_scaling_all_money_leaves_a_rank_verdict_unchanged(values, factor, stated_rank):
    def verdict(scale):
        figures = {f"m{i}": money(f"m{i}", v, 1) for i, v in enumerate(values)}
        context = Context(figures, Tolerances())
        for i, v in enumerate(values):
            context._quantities[f"m{i}"] = _scaled(v, scale)
        members = "; ".join(f"M{i}: m{i}" for i in range(len(values)))
        claim = Claim("c", "q", "rank", "M0", "", "", members, str(stated_rank), "", "")
        return check_rank(claim, context).verdict

    assert verdict(1.0) == verdict(factor)


def _scaled(value, scale):
    """A money figure of `value` +/- 0.05, with the interval and point multiplied by `scale`."""
    from claimcheck.expressions import Quantity

    return Quantity(Interval(value - 0.05, value + 0.05, value) * scale, "USD_bn", ())
