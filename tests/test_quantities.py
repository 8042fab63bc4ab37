"""Units as written in the tables, and the algebra that decides what an expression yields."""

import pytest

from claimcheck import quantities as q
from claimcheck.quantities import UnitError, divide, parse_unit


@pytest.mark.parametrize("text, kind, code, scale", [
    ("USD_bn", "money", "USD", 1e9), ("CNY_m", "money", "CNY", 1e6), ("EUR", "money", "EUR", 1),
    ("INR_cr", "money", "INR", 1e7), ("CNY_per_USD", "rate", "CNY/USD", 1), ("percent", "percent", "", 1),
    ("pp", "pp", "", 1), ("times", "ratio", "", 1), ("year", "year", "", 1), ("tonnes", "count", "tonnes", 1),
    ("barrels_m", "count", "barrels", 1e6), ("USD_per_barrel", "price", "USD/barrel", 1),
    ("CAD_per_residents", "price", "CAD/person", 1), ("PLN_per_megawatt-hour", "price", "PLN/mwh", 1),
    ("USD_m_per_player", "price", "USD/player", 1e6), ("tonnes_per_hectare", "price", "tonnes/hectare", 1),
])
def test_units_parse_into_a_dimension_and_a_scale(text, kind, code, scale):
    unit = parse_unit(text)
    assert (unit.kind, unit.dimension.code, unit.scale) == (kind, code, scale)


@pytest.mark.parametrize("text", ["XYZ_bn", "USD_zz", "Tonnes", "usd_bn", "USD per CNY", ""])
def test_a_unit_that_is_not_one_is_refused(text):
    with pytest.raises(UnitError):
        parse_unit(text)


USD, CNY = q.money("USD"), q.money("CNY")


def test_money_divided_by_money_of_the_same_currency_is_a_ratio():
    assert q.divide(USD, USD) == (q.RATIO, 1.0)


def test_money_divided_by_money_of_another_currency_is_a_rate():
    assert q.divide(CNY, USD) == (q.Dimension("rate", "CNY/USD"), 1.0)


def test_a_percentage_less_a_percentage_is_percentage_points():
    assert q.subtract(q.PERCENT, q.PERCENT) == q.POINTS
    assert q.add(q.PERCENT, q.POINTS) == q.PERCENT


def test_a_percentage_of_an_amount_is_an_amount_scaled_by_a_hundredth():
    assert q.multiply(USD, q.PERCENT) == (USD, 0.01)


def test_dollars_at_a_yuan_rate_are_yuan():
    assert q.multiply(USD, q.Dimension("rate", "CNY/USD")) == (CNY, 1.0)


RESIDENTS, PER_RESIDENT = q.Dimension("count", "residents"), q.Dimension("price", "CAD/person")


def test_money_divided_by_a_count_is_a_price_and_a_price_times_its_count_is_money():
    assert q.divide(q.money("CAD"), RESIDENTS) == (PER_RESIDENT, 1.0)
    assert q.multiply(PER_RESIDENT, RESIDENTS) == (q.money("CAD"), 1.0)
    assert q.divide(PER_RESIDENT, PER_RESIDENT) == (q.RATIO, 1.0)  # a price grows like any level
    # a harvest over its area is a yield, and the yield over an area is a harvest again
    yield_ = q.Dimension("price", "tonnes/hectare")
    assert q.divide(q.Dimension("count", "tonnes"), q.Dimension("count", "hectares")) == (yield_, 1.0)
    assert q.multiply(yield_, q.Dimension("count", "hectares")) == (q.Dimension("count", "tonnes"), 1.0)


@pytest.mark.parametrize("operation, left, right", [
    (q.add, USD, CNY), (q.add, USD, q.PERCENT), (q.subtract, q.POINTS, q.PERCENT), (q.multiply, USD, USD),
    (q.divide, q.PERCENT, USD), (q.add, PER_RESIDENT, q.money("CAD")),
    (q.multiply, PER_RESIDENT, q.Dimension("count", "tonnes")),
])
def test_combinations_that_mean_nothing_are_refused(operation, left, right):
    with pytest.raises(UnitError):
        operation(left, right)


@pytest.mark.parametrize("plural, one", [("buses", "bus"), ("menus", "menu"), ("children", "child"),
                                         ("companies", "company"), ("boxes", "box"), ("houses", "house"),
                                         ("residents", "person"), ("people", "person")])
def test_a_things_singular_is_the_same_from_its_plural_and_from_itself(plural, one):
    assert q.singular(plural) == one
    assert q.singular(one) == one


def test_a_price_per_resident_is_the_price_per_person_that_spend_over_people_gives():
    assert q.divide(q.money("CAD"), q.Dimension("count", "people")) == (parse_unit("CAD_per_resident").dimension, 1.0)


def test_a_scaled_price_shows_its_scale_and_its_thing():
    from claimcheck.formatting import format_value
    from claimcheck.numbers import scale_of

    unit = parse_unit("EUR_m_per_player")
    assert scale_of(unit) == "m"
    assert format_value(1.2e6, unit.dimension, 1, unit) == "€1.2m per player"


def test_tonne_kilometres_per_tonne_is_a_distance_and_kilometres_are_km():
    # the average haul: 4.31bn tonne-km over 19.46m tonnes is 221 km, a count of km like a printed '221 km'
    haul, factor = divide(parse_unit("tonne-kilometres_bn").dimension, parse_unit("tonnes_m").dimension)
    assert (haul, factor) == (parse_unit("km").dimension, 1.0)
    assert parse_unit("kilometres").dimension == parse_unit("km").dimension
    # passengers are people, and a passenger-km per person is a distance too
    assert divide(parse_unit("passenger-km").dimension, parse_unit("passengers").dimension)[0] == parse_unit("km").dimension
    # tonne-km per train is no distance: a price of tonne-km per train
    assert divide(parse_unit("tonne-km").dimension, parse_unit("trains").dimension)[0].kind == "price"


def test_a_price_per_square_metre_reads_as_printed():
    from claimcheck.formatting import format_value
    unit = parse_unit("EUR_per_square-metre")
    assert format_value(1810, unit.dimension, 0, unit) == "€1,810 per square metre"


def test_a_rounding_step_in_basis_points_is_said_in_basis_points():
    from claimcheck.formatting import format_step
    assert format_step(10, parse_unit("bp")) == "10 basis points"
    assert format_step(10, parse_unit("pp")) == "10 percentage points"


def test_a_kilogram_is_a_thousandth_of_a_tonne_so_value_over_tonnes_is_a_price_per_kilo():
    from claimcheck.formatting import format_step, format_value

    # NOK 124.6bn over 1.31 million tonnes is NOK 95,114 a tonne, which is NOK 95.11 a kilo
    per_tonne, factor = divide(parse_unit("NOK_bn").dimension, parse_unit("tonnes_m").dimension)
    per_kilo = parse_unit("NOK_per_kg")
    assert (per_tonne, factor) == (per_kilo.dimension, 1.0)
    value = 124.6e9 / 1.31e6
    assert format_value(value, per_kilo.dimension, 2, per_kilo) == "NOK 95.11 per kg"
    assert 95.11 * per_kilo.scale == pytest.approx(95_110)
    # a count in kilograms is a count of tonnes, printed as the table writes it
    kilos = parse_unit("kg_m")
    assert kilos.dimension == parse_unit("tonnes").dimension and kilos.scale == pytest.approx(1000)
    assert format_value(2500, kilos.dimension, 1, kilos) == "2.5 million kg"
    assert format_step(10, parse_unit("kg")) == "10 kg"


def test_a_counted_noun_of_two_words_takes_a_hyphen_and_the_error_says_so():
    unit = parse_unit("room-nights_m")
    assert (unit.dimension.code, unit.scale) == ("room-nights", 1_000_000)
    with pytest.raises(UnitError, match="'room-nights'"):
        parse_unit("room_nights")
    with pytest.raises(UnitError, match="seat-km_bn"):
        parse_unit("seat_km_bn")


def test_unit_symbols_kept_in_lower_case_read_as_a_reader_writes_them():
    from claimcheck.formatting import format_value

    gigawatts, teu, per_mwh = parse_unit("gw"), parse_unit("teu_m"), parse_unit("EUR_per_mwh")
    assert format_value(12.4, gigawatts.dimension, 1, gigawatts) == "12.4 GW"
    assert format_value(2.31e6, teu.dimension, 2, teu) == "2.31 million TEU"
    assert format_value(78.0, per_mwh.dimension, 1, per_mwh) == "€78.0 per MWh"
