"""Finding the numbers a text states, with their units and how they are printed."""

import pytest

from claimcheck.numbers import find_mentions


def only(text, dollar="USD"):
    (mention,) = [m for m in find_mentions(text, dollar) if m.unit is not None]
    return mention


@pytest.mark.parametrize("text, value, unit, decimals", [
    ("$94.8 billion", 94.8, "USD_bn", 1), ("$28 billion", 28, "USD_bn", 0), ("$1.2bn", 1.2, "USD_bn", 1),
    ("US$350 million", 350, "USD_m", 0), ("3,270%", 3270, "percent", 0), ("15 per cent", 15, "percent", 0),
    ("15 percent", 15, "percent", 0), ("1.5 trillion yuan", 1.5, "CNY_tn", 1), ("since at least 2014", 2014, "year", 0),
    ("€2bn", 2, "EUR_bn", 0), ("USD 2 billion", 2, "USD_bn", 0), ("2 billion dollars", 2, "USD_bn", 0),
    ("286.42 billion yuan", 286.42, "CNY_bn", 2), ("£1.2bn", 1.2, "GBP_bn", 1), ("Rs 5,000 crore", 5000, "INR_cr", 0),
    ("2.3 percentage points", 2.3, "pp", 1), ("0.4pp", 0.4, "pp", 1), ("10.9 times", 10.9, "times", 1),
    ("a 3-fold rise", 3, "times", 0), ("1,200 tonnes", 1200, "tonnes", 0), ("3.5 million barrels", 3.5, "barrels_m", 1),
    ("7.18 yuan per dollar", 7.18, "CNY_per_USD", 2), ("($1 = 7.29 yuan)", 7.29, "CNY_per_USD", 2),
])
def test_each_written_form_is_read_with_its_unit_and_precision(text, value, unit, decimals):
    mention = [m for m in find_mentions(text) if m.unit is not None][-1]
    assert (mention.value, mention.unit.code, mention.decimals) == (value, unit, decimals)


def test_trailing_zeros_are_counted_for_the_loose_reading():
    assert only("$80 million").trailing_zeros == 1
    assert only("1,200 tonnes").trailing_zeros == 2
    assert only("$80.0 million").trailing_zeros == 0


def test_a_range_keeps_both_ends():
    mention = only("$2.5–3 billion")
    assert (mention.value, mention.high, mention.unit.code) == (2.5, 3.0, "USD_bn")


@pytest.mark.parametrize("text, value", [("exports doubled", 2), ("half of what", 0.5), ("tripled", 3),
                                         ("three times as much", 3), ("a tenfold rise", 10)])
def test_multiples_in_words(text, value):
    mention = only(text)
    assert (mention.value, mention.unit.code, mention.word) == (value, "times", True)


def test_the_articles_dollar_can_be_another_currency():
    assert only("$5 billion", dollar="AUD").unit.code == "AUD_bn"


def test_mentions_come_in_order_with_their_positions():
    text = "from $80 million in 2023 to $2.8 billion"
    mentions = find_mentions(text)
    assert [m.text for m in mentions] == ["$80 million", "2023", "$2.8 billion"]
    assert text[mentions[2].start:mentions[2].end] == "$2.8 billion"


def test_a_dash_between_years_is_not_a_range():
    assert [m.text for m in find_mentions("the 2024-25 budget") if m.unit] == ["2024"]


@pytest.mark.parametrize("text", ["in the first half of 2025", "first-half traffic", "half-year results",
                                  "in the second half", "the latter half of the decade",
                                  "in the October-March half", "the April to September half",
                                  "landed in the upper half of the range",
                                  "paid 21.7 trillion won to 6.92 million pensioners in the half"])
def test_half_that_names_a_half_year_is_a_period_not_a_multiple(text):
    assert [m for m in find_mentions(text) if m.word] == []


def test_half_after_a_span_of_months_without_the_is_still_a_multiple():
    (half,) = find_mentions("From January to March half of all new cars sold were electric.", "USD")
    assert (half.value, half.unit.code) == (0.5, "times")


def test_cut_in_half_is_still_a_multiple():
    assert [m.value for m in find_mentions("Profit was cut in half to $2 billion.") if m.word] == [0.5]


def test_by_half_year_on_year_is_still_a_multiple():
    assert [m.value for m in find_mentions("Profit fell by half year-on-year") if m.word] == [0.5]


@pytest.mark.parametrize("text, value", [("a decline of 9 basis points", 9), ("cut by 25bps", 25), ("up 50 bp", 50)])
def test_basis_points_are_read_as_a_unit_of_a_hundredth_point(text, value):
    (mention,) = [m for m in find_mentions(text) if not m.word]
    assert (mention.value, mention.unit.code, mention.unit.scale) == (value, "bp", 0.01)


@pytest.mark.parametrize("text, unit", [
    # every current currency's English name in CLDR, and its last word where no other currency shares it
    ("revenue of 1,384.6 million ringgit", "MYR_m"), ("12 billion Mexican pesos", "MXN_bn"),
    ("3.2 billion zlotys", "PLN_bn"), ("40 billion naira", "NGN_bn"), ("2 million Swedish kronor", "SEK_m"),
    ("4.3 ringgit per dollar", "MYR_per_USD"),
    # signs written onto the number, and the signs of the world's currencies that only one currency uses
    ("revenue of RM1.38 billion", "MYR_bn"), ("USD5bn", "USD_bn"), ("Rp 5 trillion", "IDR_tn"),
    ("₩1.2 trillion", "KRW_tn"), ("₺45 billion", "TRY_bn"), ("₦3.2 trillion", "NGN_tn"), ("฿120 billion", "THB_bn"),
    # ... and the letters news writes for the lira, the Kenyan shilling, the taka, the cedi and the Egyptian pound
    ("a deficit of TL 300 billion", "TRY_bn"), ("KSh 67.5 billion", "KES_bn"), ("Tk 4,500 crore", "BDT_cr"),
    ("GH₵ 12 billion", "GHS_bn"), ("E£ 1.2 trillion", "EGP_tn"),
    # unit symbols in any case, and a megatonne is a million tonnes
    ("2.31 million TEU", "teu_m"), ("20 MW", "mw"), ("3.1 GWh", "gwh"), ("83.5 Mt", "tonnes_m"),
    # a lakh (10^5) of crores (10^7) is 10^12 rupees, a trillion
    ("Rs 2.09 lakh crore", "INR_tn"), ("₹1.5 lakh crore", "INR_tn"), ("Rs 62,700 crore", "INR_cr"),
])
def test_currency_names_signs_and_unit_symbols(text, unit):
    assert only(text).unit.code == unit


@pytest.mark.parametrize("text", ["5 billion pesos", "a 2% real rise", "the G20 summit", "an A320 order", "FY2025",
                                  "1.6 million gold equivalent ounces", "18 gold medals", "the TOP10 list"])
def test_a_shared_currency_word_or_a_number_inside_a_word_is_no_money(text):
    assert not [m for m in find_mentions(text) if m.unit is not None and m.unit.kind == "money"]


@pytest.mark.parametrize("text", ["5 billion crowns", "Shares closed at 151.30 against the index."])
def test_crowns_alone_or_a_number_against_no_currency_is_no_money(text):
    assert not [m for m in find_mentions(text) if m.unit is not None and m.unit.kind == "money"]


@pytest.mark.parametrize("text, unit", [
    # a rate's second currency is any currency word the article may use, singular or plural
    ("450 tenge to the dollar", "KZT_per_USD"), ("1.27 dollars per pound", "USD_per_GBP"),
    ("3,900 naira per dollar", "NGN_per_USD"), ("€1 = 1.08 dollars", "USD_per_EUR"),
    ("10.95 Swedish crowns per euro", "SEK_per_EUR"),
    # wire style spells the US dollar with full stops
    ("HK$7.85 per U.S. dollar", "HKD_per_USD"), ("145 yen per U.S. dollar", "JPY_per_USD"),
    # a bare number quoted against a currency prices the currency its sentence named, in the market's order:
    # the yen is quoted in yen per dollar, the euro and sterling in dollars
    ("The yen weakened to 151.30 against the dollar.", "JPY_per_USD"),
    ("The rupee closed at 83.12 per dollar.", "INR_per_USD"),
    ("The euro was at 1.09 against the dollar.", "USD_per_EUR"),
    ("Sterling rose to 1.27 against the dollar.", "USD_per_GBP"),
    ("The Swedish crown firmed to 10.95 per euro.", "SEK_per_EUR"),
])
def test_an_exchange_rate_names_its_currencies_in_words_or_signs(text, unit):
    assert [m for m in find_mentions(text) if m.unit is not None][-1].unit.code == unit


@pytest.mark.parametrize("text, values", [
    ("The median age rose to 39.4 years from 38.9 years.", [39.4, 38.9]),  # decimals: a length of time
    ("Life expectancy reached 81 years.", [81]),  # a whole number after an age word
])
def test_ages_in_years_are_counts_of_years(text, values):
    assert [m.value for m in find_mentions(text) if m.unit is not None and m.unit.code == "years"] == values


@pytest.mark.parametrize("text", ["Output fell 3 years later.", "It took 10 years to build.",
                                  "Ages of 2.5 years ago.", "the retirement age of 67 years from 2030"])
def test_a_span_of_years_counted_from_is_no_quantity(text):
    assert not [m for m in find_mentions(text) if m.unit is not None and m.unit.code == "years"]


@pytest.mark.parametrize("text, unit", [
    ("Brent rose to $82.10 a barrel.", "USD_per_barrel"), ("German prices averaged €78.0 per MWh.", "EUR_per_mwh"),
    ("a dividend of CHF 4.20 per share", "CHF_per_share"), ("462.5 zlotys per megawatt-hour", "PLN_per_mwh"),
    ("Spending works out to $3,175 for each of the city's 1.14 million residents.", "USD_per_resident"),
    ("the average yield rose to 4.76 tonnes a hectare", "tonnes_per_hectare"),
    ("12 passengers per flight", "passengers_per_flight"),
    ("The index averaged $2,140 per FEU in July.", "USD_per_feu"), ("Gas cost $4.10 per GJ.", "USD_per_gj"),
])
def test_money_for_each_of_a_thing_is_a_price(text, unit):
    assert find_mentions(text)[0].unit.code == unit


@pytest.mark.parametrize("text, unit", [("€300 per EU citizen", "EUR"), ("£2,100 per NHS patient", "GBP"),
                                        ("120 rupees per US$", "INR")])
def test_an_abbreviation_that_qualifies_a_noun_or_a_currency_after_per_is_no_priced_thing(text, unit):
    assert find_mentions(text)[0].unit.code == unit


@pytest.mark.parametrize("text", ["shoppers spent £9.86 billion a week", "$33.43 billion a year earlier",
                                  "rents of $2,147 a month", "sales of $3bn, a record", "$2bn per Reuters",
                                  "2.1 million barrels per day", "120,000 tonnes a year"])
def test_money_in_a_span_of_time_or_before_other_words_is_no_price(text):
    assert find_mentions(text)[0].unit.kind in ("money", "count")


def test_indian_grouping_in_twos_above_a_thousand_is_one_number():
    (mention,) = find_mentions("Rs 1,20,628 crore")
    assert (mention.value, mention.unit.code) == (120628, "INR_cr")


@pytest.mark.parametrize("text, unit", [("13.45 million TEUs", "teu_m"), ("10,934 megawatts", "mw"), ("8,160 MW", "mw"),
                                        ("3.1 terawatt-hours", "twh")])
def test_a_unit_spelled_out_or_in_the_plural_is_counted_in_its_symbol(text, unit):
    assert only(text).unit.code == unit


def test_a_shared_currency_word_is_the_one_currency_the_text_names_in_full():
    text = "Sales rose to 204.7 billion Danish crowns from 166.4 billion crowns, at 6.88 crowns per dollar."
    assert [m.unit.code for m in find_mentions(text)] == ["DKK_bn", "DKK_bn", "DKK_per_USD"]
    # two currencies of that word named: 'pesos' stays no money
    mixed = "It earned 5 billion pesos, in Mexican pesos and Chilean pesos alike."
    assert find_mentions(mixed)[0].unit.code == "pesos_bn"


@pytest.mark.parametrize("text, units", [
    # a second quote in a sentence prices the same currency, never the one the first was against
    ("The yuan was at 7.18 per dollar and 7.80 per euro.", ["CNY_per_USD", "CNY_per_EUR"]),
    ("The euro traded at 1.09 against the dollar and 0.86 against the pound.", ["USD_per_EUR", "GBP_per_EUR"]),
    ("In dollar terms, exports fell 12 to the euro zone.", [None]),  # a region, no rate
])
def test_a_quote_against_a_currency_prices_the_sentences_one_other_currency(text, units):
    assert [m.unit.code if m.unit else None for m in find_mentions(text)] == units


def test_indian_grouping_before_a_comma_is_still_one_number():
    assert [m.value for m in find_mentions("Deposits reached Rs 1,20,628, up 5%.")] == [120628, 5]


@pytest.mark.parametrize("text, unit", [("The grant is $500 for each eligible child.", "USD_per_child"),
                                        ("It will spend $1.5 billion for each additional year.", "USD_bn"),
                                        ("It returns $4 for every dollar invested.", "USD")])
def test_for_each_names_a_thing_past_its_adjective_and_never_a_span_of_time_or_a_currency(text, unit):
    assert find_mentions(text)[0].unit.code == unit


@pytest.mark.parametrize("text, unit", [("C1 cash costs rose to $1.92 a pound.", "USD_per_pound"),
                                        ("Copper averaged $4.35 per pound.", "USD_per_pound"),
                                        ("costs of $1.92 per lb", "USD_per_pound"),
                                        ("Sterling bought $1.27 per pound.", "USD_per_GBP")])
def test_a_pound_of_copper_is_a_weight_and_a_pound_of_sterling_a_currency(text, unit):
    assert find_mentions(text)[0].unit.code == unit


def test_a_shared_currency_word_is_the_currency_of_the_country_the_article_names():
    # 'crowns' are Norway's in an article about Norway that never says 'Norwegian crowns'
    text = "OSLO - Norway exported seafood worth 174.1 billion crowns in 2024, Norway's seafood council said."
    assert [m.unit.code for m in find_mentions(text, "USD") if m.unit.kind != "year"] == ["NOK_bn"]
    # with no country, or two countries as often, the word stays unresolved
    for text in ("Exports were worth 61.5 billion crowns.", "Sweden and Norway: exports were worth 61.5 billion crowns.",
                 "Swedish retailer Acme said sales in Norway, its biggest foreign market, rose 8% to 12.4 billion "
                 "crowns. Norway now accounts for a fifth of sales."):
        assert [m.unit.code for m in find_mentions(text, "USD") if "crowns" in m.text] == ["crowns_bn"]


def test_a_new_taiwan_dollar_sign_is_part_of_its_number():
    found = find_mentions("Revenue fell 19.4% to NT$61.8 billion from NT$76.7 billion.", "USD")
    assert [(m.text, m.unit.code) for m in found if m.unit.kind == "money"] == [("NT$61.8 billion", "TWD_bn"),
                                                                               ("NT$76.7 billion", "TWD_bn")]


def test_r_is_the_rands_sign_only_where_the_text_names_the_rand_or_south_africa():
    """'R17.70 per dollar' beside 'the rand', 'R1.8 trillion' beside South Africa; elsewhere a single letter is never a
    currency's sign ('the R1.8 trillion plan', 'the R2 model')."""
    rand = find_mentions("The rand strengthened to R17.70 per dollar.", "USD")
    assert [(m.text, m.unit.code) for m in rand] == [("R17.70 per dollar", "ZAR_per_USD")]
    budget = find_mentions("South Africa expects revenue of R1.8 trillion; the R2 region grew.", "USD")
    assert [(m.text, m.unit.code) for m in budget] == [("R1.8 trillion", "ZAR_tn")]
    assert [m.text for m in find_mentions("The R2 model sold 5,000 units under the R1.8 trillion plan.", "USD")
            if m.unit is not None and m.unit.kind == "money"] == []


def test_rs_is_the_rupee_of_the_one_country_a_text_names():
    """'Rs' is India's, Pakistan's, Sri Lanka's and Nepal's sign: the one the text names, else India's."""
    assert [m.unit.code for m in find_mentions("Remittances to Pakistan were worth Rs10.8 trillion.", "USD")] == ["PKR_tn"]
    assert [m.unit.code for m in find_mentions("Sri Lanka earned Rs. 300 billion.", "USD")] == ["LKR_bn"]
    assert [m.unit.code for m in find_mentions("India spent Rs 2.1 lakh crore.", "USD")] == ["INR_tn"]
    assert [m.unit.code for m in find_mentions("It earned Rs 300 billion.", "USD")] == ["INR_bn"]


def test_a_whole_number_of_weeks_is_a_level_where_a_levels_words_lead_to_it():
    """'improved to 14 weeks from 18 weeks', 'a median wait of 13 weeks': levels; 'within 30 days', 'for 14 weeks':
    stretches of time, no figures."""
    found = find_mentions("Waiting times improved to 14 weeks from 18 weeks, a median wait of 13 weeks.", "USD")
    assert [(m.text, m.unit.code) for m in found] == [("14 weeks", "weeks"), ("18 weeks", "weeks"), ("13 weeks", "weeks")]
    assert [m.unit for m in find_mentions("Claims are paid within 30 days; the plant shut for 14 weeks.", "USD")] == [None, None]


def test_p_is_the_philippine_pesos_sign_only_where_the_text_names_the_philippines():
    """'P1,612', 'P30 billion' in an article about the Philippines; 'the P500 chip' is a model anywhere."""
    found = find_mentions("Philippine households spent P1,612 a month, and remittances reached P30 billion.", "USD")
    assert [(m.text, m.unit.code) for m in found] == [("P1,612", "PHP"), ("P30 billion", "PHP_bn")]
    assert [m.text for m in find_mentions("The P30 billion plan and the P1,612 fee.", "USD")
            if m.unit is not None and m.unit.kind == "money"] == []


def test_two_numbers_printed_high_to_low_are_a_vote_or_a_score_not_a_range():
    assert [(m.text, m.value) for m in find_mentions("The committee voted 5-2 for the cut.", "USD")] == [("5", 5), ("2", 2)]
    (guidance,) = find_mentions("Profit was $3-4 billion.", "USD")
    assert (guidance.value, guidance.high) == (3, 4)


def test_a_country_is_named_with_its_capital_letter():
    # 'Jordan' names the Jordanian dinar; 'jordan' as a word names nothing
    assert [m.unit.code for m in find_mentions("Jordan's deficit was 1.2 billion dinars.", "USD")] == ["JOD_bn"]
    assert [m.unit.code for m in find_mentions("the jordan deficit was 1.2 billion dinars.", "USD")] == ["dinars_bn"]


def test_a_shared_currency_word_resolved_by_the_country_keeps_its_price_per_kilo():
    found = find_mentions("Norway exported seafood worth 175.4 billion Norwegian crowns. Fresh whole salmon fetched "
                          "86.40 crowns a kilo.")
    assert [m.unit.code for m in found if m.value == 86.40] == ["NOK_per_kg"]


def test_a_price_written_with_a_slash_is_a_price_per_the_thing_after_it():
    units = [str(m.unit.code) for m in find_mentions("C1 costs fell 9.7% to $2.15/lb; power averaged €78.4/MWh, "
                                                      "boxes $2,480/FEU, and the yuan 7.18 CNY/USD.")]
    assert units == ["percent", "USD_per_pound", "EUR_per_mwh", "USD_per_feu", "CNY_per_USD"]
    # a span of time after a slash is no thing paid for: '$5/month' is money
    assert [str(m.unit.code) for m in find_mentions("The fee is $5/month.")] == ["USD"]


def test_a_length_of_time_printed_with_decimals_is_counted_in_its_own_unit():
    found = find_mentions("The median wait fell 5.1% to 13.8 weeks from 14.6 weeks; stays averaged 2.4 days.")
    assert [(m.text, m.unit.code) for m in found] == [("5.1%", "percent"), ("13.8 weeks", "weeks"),
                                                        ("14.6 weeks", "weeks"), ("2.4 days", "days")]
    # a span counted from, or a whole number of weeks, states no measured length
    assert [m.unit for m in find_mentions("Prices peaked 2.5 months later.")] == [None]


@pytest.mark.parametrize("sentence, unit", [
    ("With sterling at $1.318, the London price was $5,230 a tonne.", "USD_per_GBP"),
    ("The euro rose to $1.1650 in late trading.", "USD_per_EUR"),
    # money after a currency that is no price of it stays money
    ("The euro zone spent $1.2 billion.", "USD_bn"),
])
def test_a_currency_at_a_sum_of_money_is_its_exchange_rate(sentence, unit):
    first = next(m for m in find_mentions(sentence) if m.unit is not None and "$" in m.text)
    assert first.unit.code == unit


def test_a_number_with_a_p_is_pence_only_in_an_article_in_pounds():
    text = "The £1,755 cap: the rate rose to 27.69p per kWh from 26.35p."
    assert [(m.value, m.unit.code) for m in find_mentions(text) if m.value < 100] == [(27.69, "pence_per_kwh"),
                                                                                     (26.35, "pence")]
    assert [m.unit for m in find_mentions("It rose to 27.69p on the $5 scale.") if m.value == 27.69] == [None]
    # ... and a price in pence, whatever else the article says
    assert [m.unit.code for m in find_mentions("Petrol rose to 132.8p a litre.")] == ["pence_per_litre"]


@pytest.mark.parametrize("text, multiples", [
    ("The bank expects to cut rates once or twice more by the end of 2026.", []),
    ("The central bank has raised its rate three times this year, to 5%.", []),
    ("It has cut rates twice since July.", []),
    ("Exports were twice as large as imports.", ["twice"]),
    ("Sales were three times more than in 2019.", ["three times"]),
    ("Output has doubled since 2020.", ["doubled"]),
])
def test_twice_counts_occasions_or_states_a_multiple(text, multiples):
    assert [m.text for m in find_mentions(text) if m.word] == multiples


@pytest.mark.parametrize("printed, unit", [("112.5 MtCO2e", "tonnes-carbon-dioxide-equivalent_m"),
                                           ("3.2 GtCO2", "tonnes-carbon-dioxide_bn"),
                                           ("950 tCO2e", "tonnes-carbon-dioxide-equivalent")])
def test_emissions_are_tonnes_of_carbon_dioxide_scaled_by_their_prefix(printed, unit):
    (mention,) = [m for m in find_mentions(f"Emissions were {printed} in the year.") if m.unit.code != "year"]
    assert mention.unit.code == unit


def test_power_spelled_out_before_hours_is_energy():
    # '20 terawatt hours' counts what '20 TWh' counts; '500 megawatt' alone is power
    units = {m.text: m.unit.code for m in find_mentions("Wind generated 20 terawatt hours from a 500 megawatt farm.")
             if m.unit is not None}
    assert units == {"20 terawatt hours": "twh", "500 megawatt": "mw"}


@pytest.mark.parametrize("text, value", [
    ("Bankruptcies fell by a third, to 655 from 982.", 2 / 3), ("Tax receipts rose by a fifth to $1.86 trillion", 1.2),
    ("The firm cut its workforce by a quarter.", 0.75), ("Exports fell by nearly two-thirds.", 1 / 3),
    ("Sales grew by three-quarters.", 1.75)])
def test_a_change_by_a_fraction_in_words_is_a_multiple_of_the_level_it_starts_from(text, value):
    (mention,) = [m for m in find_mentions(text) if m.word]
    assert (mention.value, mention.unit.code) == (pytest.approx(value), "times")


def test_a_fraction_that_is_no_change_is_no_number():
    assert [m for m in find_mentions("A third of sales came from Asia, and a quarter of the staff left.") if m.word] == []
