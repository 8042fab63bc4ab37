"""Finding the numbers a text states, with their units and precision."""

import pytest

from claimcheck.numbers import find_mentions


def only(text):
    (mention,) = find_mentions(text)
    return mention


@pytest.mark.parametrize(
    "text, value, unit, decimals",
    [
        ("$94.8 billion", 94.8, "USD_bn", 1),
        ("$28 billion", 28, "USD_bn", 0),
        ("$1.2bn", 1.2, "USD_bn", 1),
        ("US$350 million", 350, "USD_m", 0),
        ("3,270%", 3270, "percent", 0),
        ("15 per cent", 15, "percent", 0),
        ("15 percent", 15, "percent", 0),
        ("1.5 trillion yuan", 1.5, "CNY_tn", 1),
        ("since at least 2014", 2014, "year", 0),
    ],
)
def test_each_written_form_is_read_with_its_unit_and_precision(text, value, unit, decimals):
    mention = only(text)
    assert (mention.value, mention.unit, mention.decimals) == (value, unit, decimals)


def test_precision_is_half_a_unit_of_the_last_digit():
    assert only("$94.8 billion").half_unit == pytest.approx(0.05)
    assert only("3,270%").half_unit == pytest.approx(0.5)


def test_mentions_come_in_order_with_their_positions():
    text = "from $80 million in 2023 to $2.8 billion"
    mentions = find_mentions(text)
    assert [m.text for m in mentions] == ["$80 million", "2023", "$2.8 billion"]
    assert text[mentions[2].start:mentions[2].end] == "$2.8 billion"


def test_a_scale_word_without_a_currency_is_not_money():
    assert only("1.5 billion people").unit == "count"
