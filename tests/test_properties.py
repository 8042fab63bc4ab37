"""Properties of the verdict logic over many generated cases (hypothesis)."""

from collections import namedtuple
from decimal import ROUND_HALF_UP, Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.config import Tolerances
from claimcheck.kinds import KINDS, Context
from claimcheck.load import Figure
from claimcheck.periods import parse_period
from claimcheck.quantities import parse_unit
from claimcheck.readings import Printed, Reading

Claim = namedtuple("Claim", "id quote kind subject stated computed members expect needs note periods review",
                   defaults=("", ""))
QUALIFIERS = ["none", "nearly", "almost", "just over", "approximately", "around", "about"]
ORDER = ["consistent", "consistent_within_rounding", "inconsistent"]

decimals = st.integers(min_value=0, max_value=2)
amounts = st.floats(min_value=0.05, max_value=5000, allow_nan=False, allow_infinity=False)
tolerance = st.floats(min_value=0, max_value=0.3, allow_nan=False)


def rounded(value: float, places: int) -> float:
    """Round as a reporter does: 3.85 -> 3.9."""
    return float(Decimal(repr(value)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP))


def printed(value: float, places: int) -> Printed:
    text = f"{value:.{places}f}"
    whole = text.split(".")[0]
    zeros = 0 if places else len(whole) - len(whole.rstrip("0")) if whole.strip("0") else 0
    return Printed(value, places, zeros)


def money(id, value, places, qualifier="none", period="2024"):
    value = rounded(value, places)
    return Figure(id, "X", "", "trade", parse_period(period), value, parse_unit("USD_bn"), qualifier, "", id,
                  printed(value, places), f"${value}", 0, 2)


def percent(id, value, places):
    magnitude = rounded(abs(value), places)
    return Figure(id, "X", "", "trade", parse_period("2024"), magnitude, parse_unit("percent"), "none",
                  "up" if value >= 0 else "down", id, printed(magnitude, places), f"{magnitude}%", 0, 2)


def check(claim, figures, tolerances=Tolerances()):
    return KINDS[claim.kind].check(claim, Context(figures, tolerances)).verdict


def total_claim(parts):
    return Claim("c", "q", "total", "", "total", " + ".join(parts), "", "", "", "")


@given(st.lists(st.tuples(amounts, decimals), min_size=1, max_size=6), decimals)
def test_a_total_stated_from_exact_inputs_is_consistent(parts, total_places):
    figures = {f"p{i}": money(f"p{i}", value, places) for i, (value, places) in enumerate(parts)}
    exact_sum = sum(f.value for f in figures.values())
    figures["total"] = money("total", exact_sum, total_places)
    assert check(total_claim([f"p{i}" for i in range(len(parts))]), figures) == "consistent"


@given(amounts, amounts, st.integers(min_value=0, max_value=1))
def test_a_growth_rate_stated_from_exact_inputs_is_consistent(current, previous, places):
    now, before = money("now", current, 2), money("before", previous, 2, period="2023")
    rate = (now.value / before.value - 1) * 100
    figures = {"now": now, "before": before, "rate": percent("rate", rate, places)}
    claim = Claim("c", "q", "growth", "", "rate", "growth(now, before)", "", "", "", "")
    assert check(claim, figures) == "consistent"


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(amounts, decimals, st.sampled_from(QUALIFIERS)), min_size=1, max_size=5),
       amounts, decimals, st.sampled_from(QUALIFIERS), tolerance, tolerance, tolerance)
def test_wider_hedges_never_make_a_verdict_more_severe(parts, total, places, qualifier, extra_nearly, extra_over,
                                                       extra_approx):
    figures = {f"p{i}": money(f"p{i}", v, d, q) for i, (v, d, q) in enumerate(parts)}
    figures["total"] = money("total", total, places, qualifier)
    claim = total_claim([f"p{i}" for i in range(len(parts))])
    narrow = Tolerances()
    wide = Tolerances(nearly=narrow.nearly + extra_nearly, just_over=narrow.just_over + extra_over,
                      approximately=narrow.approximately + extra_approx)
    assert ORDER.index(check(claim, figures, wide)) <= ORDER.index(check(claim, figures, narrow))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.integers(min_value=1, max_value=900).map(lambda n: n * 10), min_size=2, max_size=4),
       st.integers(min_value=1, max_value=9000))
def test_counting_loose_readings_never_makes_a_verdict_more_severe(parts, total):
    # whole numbers with trailing zeros: the loose reading can only add ways to reproduce the claim
    figures = {f"p{i}": money(f"p{i}", v, 0) for i, v in enumerate(parts)}
    figures["total"] = money("total", total, 0)
    claim = total_claim([f"p{i}" for i in range(len(parts))])
    strict = check(claim, figures, Tolerances(readings="strict"))
    both = check(claim, figures, Tolerances())
    assert ORDER.index(both) <= ORDER.index(strict)
    if strict == "consistent":
        assert both == "consistent"


def _scaled_context(figures: dict, scale: float) -> Context:
    """The same figures with every money interval and point multiplied by `scale`."""
    context = Context(figures, Tolerances())
    for name, figure in figures.items():
        if figure.unit.kind == "money":
            context.overrides[name] = [Reading(r.name, r.lo * scale, r.hi * scale, r.point * scale)
                                       for r in Context(figures, Tolerances()).readings(name)]
    return context


@given(st.floats(min_value=1, max_value=500), st.floats(min_value=1, max_value=500),
       st.floats(min_value=0.001, max_value=1000), st.floats(min_value=-50, max_value=200))
def test_scaling_all_money_leaves_a_growth_verdict_unchanged(current, previous, factor, stated_rate):
    figures = {"rate": percent("rate", stated_rate, 0), "now": money("now", current, 1),
               "before": money("before", previous, 1, period="2023")}
    claim = Claim("c", "q", "growth", "", "rate", "growth(now, before)", "", "", "", "")
    verdicts = [KINDS["growth"].check(claim, _scaled_context(figures, scale)).verdict for scale in (1.0, factor)]
    assert verdicts[0] == verdicts[1]


@given(st.lists(amounts, min_size=2, max_size=6, unique=True), st.floats(min_value=0.001, max_value=1000),
       st.integers(min_value=1, max_value=6))
def test_scaling_all_money_leaves_a_rank_verdict_unchanged(values, factor, stated_rank):
    figures = {f"m{i}": money(f"m{i}", v, 1) for i, v in enumerate(values)}
    members = "; ".join(f"M{i}: m{i}" for i in range(len(values)))
    claim = Claim("c", "q", "rank", "M0", "", "", members, str(min(stated_rank, len(values))), "", "")
    verdicts = [KINDS["rank"].check(claim, _scaled_context(figures, scale)).verdict for scale in (1.0, factor)]
    assert verdicts[0] == verdicts[1]
