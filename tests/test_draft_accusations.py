"""Correct articles, each of whose numbers agree, must draft no would-be contradiction.

Each passage once made the drafter pair figures wrongly (found by reviews that wrote correct articles to
provoke a false accusation); the arithmetic that makes each one right is in its comments or plain to see.
"""

from datetime import date

import pandas as pd
import pytest

from claimcheck.draft import draft, draft_article
from claimcheck.engine import load_and_check

DATELINE = "LONDON (Fixture Wire) – "


@pytest.mark.parametrize("body", [
    # a whole is never taken from another paragraph, nor another measure converted
    "Ruritania's revenue reached €612.5 million in 2024 and its costs €410.2 million.\nFees brought in €352.0 "
    "million and other income the remaining €260.5 million.",
    "Toyota's operating profit rose to ¥5.35 trillion in 2024. Its net profit was worth $32.4 billion at an average "
    "exchange rate of 152.5 JPY per US dollar.",
    "Mexico's remittances reached $64.7 billion in 2024. Remittances from the United States were worth MXN 1.12 "
    "trillion at an average exchange rate of 18.3 MXN per US dollar.",
    # France's figures are France's, not those of the Germany its sentence opens with
    "Acme Group said on Tuesday that its sales rose in 2024. Sales in Germany rose 4.0% to €2.6 billion from €2.5 "
    "billion. Unlike in Germany, the group's oldest market, sales in France rose 10.0% to €2.9 billion from €2.64 "
    "billion.",
    # 'there' is the place the sentence before names
    "Acme Group's sales rose 4.0% to €523.1 million in 2024 from €503.0 million.\nThe group opened ten stores in "
    "Poland, its fastest-growing market. Sales there rose 9.0% to €82.0 million from €75.2 million.",
    # four countries of a bloc of 27 are no sum of it
    "New-car registrations in the European Union rose to 903,000 cars in October 2025. Germany registered 242,000 "
    "cars, France 138,000, Italy 131,000 and Spain, the smallest of the four, 92,000.",    # a comparative that is no comparison, a basis of comparison, an elided whole, a part ranked against its whole,
    # a subtotal before a colon, a deficit that is no difference of two flows (third review)
    'Unemployment was 11.4%; youth unemployment was higher at 25.9%.',
    'Core inflation was 3.5% in May; headline inflation was slightly lower at 3.4%.',
    'Acme employs 5,000 people; its smaller rival Beta employs 3,200.',
    'Revenue was $5.0 billion; lower costs of $900 million helped.',
    'Acme sold 1.2 million cars in 2024, 100,000 more than Beta, which sold 1.1 million.',
    'Lower prices pushed sales to 120,000 cars in May from 110,000 in April.',
    'Sales were £10.2 billion in May, up 2.0% on the month and 2.9% from £9.91 billion a year earlier.',
    'Exports rose 12% in May from a year earlier to $1.12 billion. They were $0.95 billion in April.',
    'The unemployment rate rose 0.4 percentage points from a year earlier to 4.7% in June. It was 4.6% in May.',
    "Acme's revenue was $12.0 billion in 2024, 1.2 times the previous year's $10.0 billion.",
    "Acme's revenue was $10.0 billion. Its Cloud unit, the largest, had $4.0 billion.",
    "BHP produced 255 million tonnes of iron ore. Copper output rose to 2.0 million tonnes. Escondida, the world's biggest copper mine, produced 1.28 million tonnes.",
    'Prices in Northern Ireland, the fastest-growing region, rose 7.9% to £210,000; in London they fell 0.5% to £545,000.',
    "Acme's shares rose 12%, the biggest gain since 2020. Beta's rose 15%.",
    "Acme's revenue, one of the highest in the sector, was $2.0 billion in 2024. Beta's revenue was $5.1 billion.",
    'Brazil exported 98.8 million tonnes of soybeans in 2024. China bought 73.5 million tonnes, or 67.7% of its total imports of 108.5 million tonnes.',
    'Germany, with €1.56 trillion, and France, with €0.60 trillion, together accounted for 41% of EU exports.',
    'Germany, with €1.56 trillion, and France, with €0.60 trillion, together accounted for 41% of EU exports of €5.27 trillion.',
    'Revenue was €61.8 million. Europe brought in €40.0 million: Germany €28.0 million and France the remaining €12.0 million.',
    'Goods exports were $35.1 billion and goods imports $57.0 billion. Trade in goods and services totalled $125.5 billion.',
    'Exports were $35.1 billion and imports $57.0 billion. The current account deficit was $9.4 billion.',
    'Spending is $512 billion, including $31 billion of interest; revenue is $463 billion. The primary deficit is $18 billion.',
    'Falling mortgage rates pushed approvals to 65,000 in May from 60,000 in April, the Bank of England said.',
    # a change measured otherwise than the levels beside it, or a level set beside a change with no 'from'
    # (fourth review): 10.4/10.1 is +3.0% as reported, the 7% and 5% are without currency moves or new stores
    "Luxor's sales rose 7% at constant exchange rates in the first half, to €10.4 billion from €10.1 billion.",
    "Harwood's sales rose 5% on a like-for-like basis to £3.24 billion in 2024, from £3.14 billion.",
    "Luxor's sales rose 7% in local currencies to €10.4 billion in 2024 from €10.1 billion.",
    "Lumo's revenue rose 8% to $5.4 billion in 2024, compared with $4.6 billion in 2019, before the pandemic.",
    "Lumo's revenue rose 8% to $5.4 billion in the second quarter, compared with $5.2 billion in the first quarter.",
    # a dateline with no agency, and 'U.S.', are no entities ranked against a state or region
    "Spain received 44.5 million tourists in the first half of 2025. Catalonia was the most visited region with 9.5 "
    "million tourists.",
    "The U.S. produced 13.21 million barrels per day of crude in 2024. Texas, the biggest producing state, pumped "
    "5.71 million bpd.",
    # 'the lowest ..., followed by' counts from the bottom: 1.9 < 2.2 < 2.4 < 3.0
    "South Dakota had the lowest jobless rate at 1.9%, followed by Vermont at 2.2%, North Dakota at 2.4% and Utah at "
    "3.0%. California had the highest at 5.5%.",
    # a whole is no part like the others, nor a part of another whole: 4.4 + 2.0 + 1.6 = 8.0, 154 + 98 + 160 = 412
    "Trident's revenue was $8.0 billion in 2024.\nNorth America brought in $4.4 billion. Europe contributed $2.0 "
    "billion and Asia the remaining $1.6 billion.",
    "Loans reached 412 billion reais in 2024.\nMortgages rose to 154 billion reais, or 37% of loans. Consumer credit "
    "made up 98 billion reais and corporate lending the remaining 160 billion reais.",
    # 'of the total' looks back: 5.8 / 9.6 = 60.4%, not 5.8 / 13.4 (Rotterdam's, in a later sentence)
    "The Port of Valdora handled 9.6 million TEUs in 2024. Transshipment containers made up 5.8 million TEUs, or 60% "
    "of the total.\nValdora ranked third in Europe, behind Rotterdam, with 13.4 million TEUs.",
    # flows with a partner are no part of the economy's balance: 405.5 - 144.0 is no surplus with the United States
    "Vietnam's exports reached $405.5 billion in 2024. Imports from China, its biggest supplier, came to $144.0 "
    "billion. Vietnam had a surplus of $104.4 billion with the United States.",
    # shares of a whole of their own, of the named whole, or alongside a sibling's share (fifth review, long
    # articles): 1.43 / 4.03 = 35%, 3.2 / 19.0 = 17%, 50.8 / 100.2 = 51%, 2.0 / 18.4 = 11%
    "Nordhav Energy produced 2.12 million barrels a day in 2024. Norway's total output was 4.03 million barrels a "
    "day. Nordhav's Norwegian fields produced 1.43 million, or 35% of the national total.",
    "Croatia recorded 21.3 million arrivals in 2024. Foreign tourists made 19.0 million of the arrivals. Germans made "
    "3.2 million arrivals, or 17% of foreign arrivals.",
    "Copper exports earned Chile $50.8 billion in 2024, or 51% of its total exports of $100.2 billion.",
    "Cementos del Norte sold 18.4 million tonnes of cement in 2024, the Mexican producer said.\nMexico accounted for "
    "12.1 million tonnes, or 66% of volumes, the United States for 4.3 million tonnes, or 23%, and Central America "
    "for 2.0 million tonnes, or 11%.",
    # a target is no outcome: exports grew 14.3% (405.5 / 354.7), beating the 6% the government aimed for
    "Vietnam's exports rose 14.3% in 2024 to $405.5 billion, from $354.7 billion in 2023. The government had "
    "targeted export growth of 6% for 2024.",
    # 'the weakest' after a change ranks the changes; a yield per hectare is no harvest; a forecast range is no
    # outcome; throughput is the port's measure, not a commodity ranked with crude oil
    "Average UK house prices rose 3.4% in the 12 months to November 2024 to £292,924.\nLondon remained the most "
    "expensive region at £523,000, although prices there rose just 0.2%, the weakest of any English region. The "
    "North East was the cheapest at £164,000, where prices rose 5.1%.",
    "Yields averaged 5.9 tonnes per hectare, against 7.9 tonnes a year earlier, a fall of 25%.\nLoiret, with 1.03 "
    "million tonnes, was the region's second-largest producer.",
    "Throughput was 438.8 million tonnes in 2024. Crude oil, the largest single commodity, was steady at 99.6 "
    "million tonnes, or 23% of the total.\nIt plans to invest 2.0 billion euros through 2028.\nThe authority "
    "expects throughput of between 430 million and 440 million tonnes in 2025.",
    "Huawei shipped 46.0 million phones in China in 2024, or 16% of the 285 million sold there, while Xiaomi "
    "shipped 168.6 million phones worldwide.",
    # sixth review (new forms): a growth forecast cut is a fall (1.2% to 0.8%); 9.1% is 11.99 / 10.99 - 1, the
    # family plan's 17.7% is no part of it; 'more than a quarter of' compares 23.8 with 0.25 x 88.1 = 22.0; a crowd
    # is no stadium's capacity; 'fell 11% to $4,177 from $4,693, and to Genoa 9% to $4,482 from $4,925'
    "The bank cut its growth forecast for 2024 to 0.8% from 1.2%.",
    "The basic plan rises from $10.99 to $11.99, an increase of 9.1%, and the family plan from $16.99 to $19.99.",
    "Receipts were €23.8 billion, more than a quarter of the total of €88.1 billion.",
    "Manchester United drew the biggest average crowd, 73,500, in Old Trafford's 74,310 seats.",
    "Rates from Shanghai to Rotterdam fell 11% to $4,177 in 2024 from $4,693, and to Genoa 9% to $4,482 from $4,925.",
    # seventh review (multiples, ratios): a subgroup's biggest, a rank by another measure, a real rise beside nominal
    # levels (45,854 / 42,855 = 1.070, 1.070 / 1.025 = 1.044), a whole smaller than its part (293 of 543 is 54%)
    "Vietnam exported 1.35 million tonnes of coffee in 2024. Germany bought 170,000 tonnes. Asian buyers took 380,000 "
    "tonnes, with Japan the biggest at 95,000 tonnes.",
    "Vietnam exported 1.35 million tonnes of coffee in 2024. Germany bought 170,000 tonnes.\nItaly, the largest buyer "
    "by value, bought 130,000 tonnes.",
    "The average monthly wage rose to 45,854 koruna in 2024 from 42,855 koruna in 2023, a real increase of 4.4% after "
    "inflation of 2.5%.",
    "Peru's economy grew 3.3% in real terms in 2024, to 1.09 trillion soles at current prices, up from 1.02 trillion "
    "soles in 2023.",
    "India's Bharatiya Janata Party won 240 seats in the 543-seat Lok Sabha. The alliance it leads won 293 seats, or "
    "54% of the total.",
    # eighth review (wire copy): two lists, each within its own place, are two rankings
    "In Japan, Toyota was the best-selling brand in 2024 with 1.5 million cars, followed by Honda with 0.6 "
    "million.\nIn Germany, Volkswagen was the best-selling brand in 2024 with 0.55 million cars, followed by "
    "Mercedes-Benz with 0.27 million.",
    "China was the largest source of visitors to Thailand in 2024 with 6.7 million, followed by Malaysia with 4.9 "
    "million.\nSouth Korea was the largest source of visitors to Japan in 2024 with 8.8 million, followed by China "
    "with 7.0 million.",
    # a list follows the superlative of its own clause, not a record's 'the lowest' or an 'at least' before it
    # ('the highest ..., followed by' counts from the top: 11.5 > 9.8 > 6.1 > 3.4)
    "Despite the lowest interest rates in a decade, Spain had the highest jobless rate in the bloc at 11.5%, "
    "followed by Greece at 9.8%, Italy at 6.1% and Germany at 3.4%.",
    "Of the 27 members, at least four had double-digit rates: Spain had the highest at 11.5%, followed by Greece at "
    "9.8%.",
    # ninth review (official releases): 'on-year' is a year's change, not May's; an analysts' estimate and a
    # forecast are no levels; export turnover is exports; a list goes on from its head's place; 62,000 + 47,000 of
    # 131,000 is 83%
    "South Korea's exports rose to $57.3 billion in June from $54.1 billion in May, up 8.7 percent on-year.",
    "Nanya reported revenue of $24.3 billion, up 10% from $22.1 billion a year earlier and above analysts' estimate of "
    "$23.8 billion.",
    "Malaysia's palm oil exports dropped 10.3 per cent to 1.19 million tonnes in June, lower than the 1.25 million "
    "tonnes forecast.",
    "Vietnam's export turnover reached 190.1 billion U.S. dollars in the first half of 2024. Imports were 178.1 billion "
    "dollars.\nThe United States remained Vietnam's largest export market with 55.2 billion dollars.",
    "China remained the largest market with $12.5 billion, up 116% from $5.8 billion a year earlier. South Korea "
    "ranked second with $4.2 billion, followed by Taiwan with $3.8 billion.",
    "KG Mobility sold 9,000 units.\nIn the domestic market, Hyundai sold 62,000 units and Kia 47,000 units, together "
    "accounting for about 83 percent of local sales of 131,000 units.",
    # a target the change leads to: 40 / 35.5 - 1 = 12.7%, nearly 13%
    "Thailand welcomed 35.5 million foreign visitors in 2024, up 26 percent from 28.2 million in 2023.\nThe "
    "government is targeting 40 million arrivals this year, an increase of nearly 13 percent.",
    # the base of '2.2 times' is what the words after it name (912 / 418 = 2.18), not the level of 2025
    "The council approved a $3.62 billion budget for 2026. Transit will receive $912 million, up 11.5% from $818 "
    "million in 2025 and 2.2 times what the city spends on police. Police get $418 million.",
    # a list goes on from the place its head is said to have before its amount: police is third (684 > 418)
    "The largest item is public transit. Transit will receive $912 million, up 11.5% from $818 million. Social and "
    "housing services are the second-largest department at $684 million, an increase of 8.7% from $629 million, "
    "followed by police at $418 million, up 2.7% from $407 million.",
    # open bounds and falls: 2.6 / 1.0 = 2.6 is more than double, 4.1 / 10.9 = 0.38 more than halved, and
    # 5.6 / 10.9 = 0.51 nearly halved (a fall of nearly half)
    "Net profit more than doubled to 2.6 billion euros from 1.0 billion euros.",
    "Net profit more than halved to 4.1 billion euros from 10.9 billion euros.",
    "Net profit nearly halved to 5.6 billion euros from 10.9 billion euros.",
    # a rival's amount is a share of a market the article does not give, not of the main company's amount
    "IndiGo carried 8.12 million passengers in June, or 61.5%. Air India carried 3.80 million passengers, or 28.8%.",
    # a rank within a region the article does not list: Japan is the largest market in Asia, not overall (7.12 > 2.08)
    "The United States remained the largest buyer with 7.12 million bags. Germany came second with 6.94 million "
    "bags. Japan, the largest market in Asia, took 2.08 million bags.",
    # 'fuel stations, the smallest' is the thing the words describe (0.72 < 1.54 < 3.62 < 3.98; they add to 9.86)
    "Shoppers spent £9.86 billion a week. Food stores, the largest category, took £3.98 billion, followed by non-food "
    "stores with £3.62 billion and online-only retailers with £1.54 billion, while fuel stations, the smallest, made "
    "up the remaining £0.72 billion.",
    # 'the second-busiest' is second (26.9 < 51.7), as 'the second-largest' is
    "Thailand has many airports. Suvarnabhumi Airport, the country's busiest, handled 51.7 million passengers last "
    "year, while Don Mueang, the second-busiest, served 26.9 million.",
    # 'the bloc's largest economy' describes Germany's size, which no figure here measures
    "Inflation eased across the euro zone in May. Germany, the bloc's largest economy, recorded inflation of 2.4%, "
    "France 2.6% and Italy 0.8%.",
    # a stated gap's base is no hedge: 2.9 is 0.7 points below 3.6, so '0.7 percentage points less than 3.6%' holds
    "Ruritania's budget deficit fell to 2.9% of GDP in 2025, 0.7 percentage points less than 3.6% in 2024.",
    # a restated total is no price: $1.20 a share on 500 million shares is $600,000,000
    "Ruritel will pay a dividend of $1.20 a share for 2024, for a total payout of $600,000,000.",
    # found by a twelfth review: the economy's 'slowdown' is no direction of the rate it pushed up; the subject of
    # 'was higher than' is Spain (2.6 > 2.0), not Italy; a rank within Britain ranks no airport elsewhere; 'the
    # lowest' a clause or a sentence before makes 'followed by' count from the bottom; 'while Nevada had the
    # highest' is Nevada's; a quarter's average rate is no rate for a restatement at the day's rate
    "Separately, the Labor Department said the economy's slowdown pushed the jobless rate to 4.3% from 4.1%.",
    "Among the largest economies, Spain's rate of 2.6% compared with Italy's 1.2% and was higher than Germany's 2.0%.",
    "Paris Charles de Gaulle handled 70.3 million passengers last year and Amsterdam Schiphol 66.8 million. "
    "Frankfurt, Germany's busiest airport, handled 61.6 million. Gatwick, Britain's second-busiest airport, handled "
    "43.2 million passengers.",
    "Bulgaria had the lowest price, at €0.1150 per kWh, followed by Malta at €0.1260. Hungary, the third-cheapest, "
    "charged €0.1330.",
    "South Dakota had the lowest unemployment rate of any state in December, while Nevada had the highest. South "
    "Dakota's jobless rate was 1.9%, followed by North Dakota at 2.1% and Vermont at 2.3%. Nevada's rate was 5.7%.",
    "A weaker yen, which averaged 152.60 to the dollar in the July-September quarter, inflates the value of cars sold "
    "overseas. Operating profit for the quarter rose to 1.32 trillion yen ($8.72 billion) from 1.20 trillion yen, "
    "an increase of 10%.",
    # the change runs to the outcome, not to the target after it: 71.8 - 70.4 = 1.4 points; 78 - 71.8 = 6.2
    "In emergency departments, 71.8% of patients were seen within four hours in September, up 1.4 percentage points "
    "from 70.4% a year earlier but 6.2 points below the 78% target.",
    # 'the region's largest hospital' is its size, not its rank on a rate
    "Calder General saw 79.1% of patients within four hours and St Anne's 76.3%. The Royal Infirmary, the region's "
    "largest hospital, had the worst performance at 64.9%.",
    # found by a thirteenth review: a smaller loss beats a forecast loss (120 < 150); the firm a figure is
    # 'according to' is no club in the ranking (255 > 148 > 142); a base stated for one change in its sentence is
    # no base of another sentence's change (269 / 296 - 1 = -9.1%, never against central banks' 364)
    "Ruritel Airlines posted a second-quarter net loss of $120 million on Thursday, beating analysts' forecast of a "
    "$150 million loss.",
    "Ruritanian league clubs spent a record 2.36 billion pounds on new players, according to analysts at Deloitte. "
    "Chelsea were the biggest spenders at 255 million pounds, followed by Arsenal (148 million pounds) and "
    "Manchester United (142 million pounds).",
    "Central banks bought 186 tonnes of gold in the third quarter, down 49% from 364 tonnes a year earlier. Demand "
    "for gold bars and coins fell 9% to 269 tonnes.",
    # found by a second code review: a comparison with other ports is no rise; cutting costs does not turn a
    # revenue beat around (5.2 > 5.0); 'the lowest ... of the biggest farm states' counts from the bottom and ranks
    # no state first; 'the two biggest buyers' are not Japan, which came third, and Italy
    "Shanghai's port handled 49 million containers in 2024, up from 47 million in 2023. That was 9 million more "
    "containers than any other port in the world.",
    "Ruritel's third-quarter revenue rose to $5.2 billion as it cut costs, beating the $5.0 billion analysts had "
    "expected.",
    "South Dakota had the lowest jobless rate of the biggest farm states at 1.9%, followed by Vermont at 2.2%, North "
    "Dakota at 2.4% and Utah at 3.0%.",
    "Brazil exported 43.87 million bags. Japan came third with 3.51 million bags, followed by Italy with 2.94 "
    "million. Together the two biggest buyers took 8.1 million bags.",
    # found by a fourteenth review: 'in August from July to 128.9 billion' is August's level (128.9 - 112.5 = 16.4,
    # July's surplus was 20.5); a previous record dates no later figure (44.1 / 162.0 = 27%); 'the three regions'
    # are not the three source countries; 'its lowest in five months' ranks nothing; a company's total 'from all of
    # its mines' is no mine ranked with Escondida
    "German exports fell 1.2% in August from July to 128.9 billion euros, while imports rose 2.3% to 112.5 billion "
    "euros. The trade surplus narrowed to 16.4 billion euros from 20.5 billion euros in July.",
    "Brazil's soybean crop is seen at a record 162.0 million tons. The previous soybean record was 154.6 million tons "
    "in 2022/23. Mato Grosso, the largest producing state, is expected to harvest 44.1 million tons, about 27% of the "
    "national crop.",
    "Britain was the biggest source market with 17.3 million visitors, followed by France with 11.8 million and "
    "Germany with 10.8 million. Together the three regions drew 46.3 million visitors.",
    "Malaysia's output fell to 1.52 million tonnes from 1.62 million, its lowest in five months. Indonesia produced "
    "4.31 million tonnes, up from 4.12 million, while Thailand produced 0.29 million tonnes.",
    "Escondida, the country's largest mine, produced 1.09 million tons, up from 1.03 million. Codelco's total output, "
    "from all of its mines, fell to 1.33 million tons from 1.45 million.",
    # a share of a group's stated total is of that total, never of its parts plus it: 1.74 + 1.26 + 1.21 = 4.21 and
    # 4.21 / 19.46 = 21.6%; 'It was followed by' continues a list whose head, the Gdańsk corridor, must be among
    # what is ranked, not an operator's 6.42 million tonnes
    "Rail operators in Poland carried 19.46 million tonnes of freight in September. Rail traffic to and from the "
    "seaports was led by the Gdańsk corridor, the busiest, with 1.74 million tonnes. It was followed by Gdynia with "
    "1.26 million tonnes and Szczecin-Świnoujście with 1.21 million tonnes. Together the three port corridors handled "
    "4.21 million tonnes, just over 21% of all freight carried. PKP Cargo, the largest operator, carried 6.42 million "
    "tonnes.",
    # a fuel-fired output is the fuel's (coal 98.4 to 71.3 TWh is -27.5%), never solar's; a revision ('revised to 0.1%
    # from 0.3%') is an estimate of one month, not a fall; a budget is no item of itself and a city's total no share
    # of itself (a further review)
    "Natural gas was the second-largest source with 88.6 TWh, followed by solar with 74.2 TWh and coal with 71.3 TWh. "
    "Solar output jumped 24.1% from 59.8 TWh a year earlier, while coal-fired generation slumped 27.5% from 98.4 TWh.",
    "The ONS said September's monthly increase had been revised to 0.1% from 0.3%. July job gains were revised to "
    "89,000 from 114,000.",
    "Councillors in Northshire approved a net revenue budget of £412.6m for 2025-26 on Thursday evening, up 6.0% from "
    "£389.2m this year. Adult and children's social care will take £168.3m, or 40.8% of the budget, by far the "
    "biggest item.",
    "The city will spend $2.4 billion in 2025. Police will get $0.9 billion, the biggest share, followed by schools "
    "with $0.7 billion.",
    "The city will spend $2.7 billion in 2025. Police will get $1.5 billion. Schools will get $0.7 billion, the "
    "second-biggest share, followed by roads with $0.5 billion.",
    # 'the weakest of the precious metals' ranks the month's changes, not the prices
    "Palladium fell 3.0% on the month to $1,108.50, making it the weakest of the precious metals, while platinum was "
    "little changed at $1,032.40.",
])


def test_a_correct_article_drafts_no_contradiction(body, tmp_path):
    """Each of these articles is right (9.0% = 82.0 / 75.2 - 1, 10.0% = 2.9 / 2.64 - 1 at the printed precision)."""
    assert would_be_contradictions(f"Headline\n{DATELINE}{body}\n", tmp_path) == []


def would_be_contradictions(text: str, folder, on: date = date(2025, 7, 1)) -> list[str]:
    """Draft `text` (as of the date `on`) into `folder` and check the draft: the explanation of every would-be
    contradiction."""
    article = folder / "article.txt"
    article.write_text(text, encoding="utf-8")
    figures_path, claims_path = draft(article, folder / "draft", on)
    _, verdicts = load_and_check(article, figures_path, claims_path, folder / "draft" / "article.toml")
    return [v.explanation for v in verdicts if v.verdict == "inconsistent"]


def test_a_dateline_without_an_agency_is_no_entity(tmp_path):
    """'MADRID - Spain received ...': Madrid is where the story was filed, not a region ranked above Catalonia."""
    assert would_be_contradictions("Tourism\nMADRID - Spain received 44.5 million tourists in the first half of 2025. "
                                   "Catalonia was the most visited region with 9.5 million tourists.\n", tmp_path) == []
    figures = pd.read_csv(tmp_path / "draft" / "figures.csv", dtype=str, keep_default_na=False)
    assert figures.loc[figures.value == "44.5", "entity"].tolist() == ["Spain"]



def test_a_wire_dateline_in_sept_drafts(tmp_path):
    """'Sept 24' is September in wire style, never a name or a crash."""
    assert would_be_contradictions("Coffee crop\nBRASILIA, Sept 24 (Reuters) - Brazil exported 4.2 million bags "
                                   "in Sept. 2025, up 7.7% from 3.9 million a year earlier.\n", tmp_path) == []
    figures = pd.read_csv(tmp_path / "draft" / "figures.csv", dtype=str, keep_default_na=False)
    assert set(figures.entity) == {"Brazil"}


def test_a_headlines_direction_is_drafted_only_where_the_articles_changes_agree(tmp_path):
    """'Profit falls' over an operating profit that fell and a net profit that rose: which one the headline means is a
    person's call, so no sign is drafted; over one measure that fell (5.1 < 5.6), the headline is checked."""
    mixed = ("Ruritel's first-half profit falls\nVALDOR (Wire) – Ruritel's net profit rose to $2.4 billion from $2.1 "
             "billion. Its operating profit fell 12% to $3.1 billion.\n")
    assert would_be_contradictions(mixed, tmp_path) == []
    claims = pd.read_csv(tmp_path / "draft" / "claims.csv", dtype=str, keep_default_na=False)
    assert claims[claims.quote.str.contains("falls")].kind.tolist() == ["opinion"]
    one = ("Ruritel's first-half profit falls\nVALDOR (Wire) – Ruritel's net profit fell 8.9% to $5.1 billion in the "
           "first half from $5.6 billion a year earlier.\n")  # 5.1 / 5.6 - 1 = -8.93%
    (tmp_path / "one").mkdir()
    assert would_be_contradictions(one, tmp_path / "one") == []
    claims = pd.read_csv(tmp_path / "one" / "draft" / "claims.csv", dtype=str, keep_default_na=False)
    (sign,) = claims[claims.kind == "sign"].itertuples()
    assert (sign.expect, sign.quote) == ("negative", "Ruritel's first-half profit falls")


@pytest.mark.parametrize("headline, body", [
    # a level the headline reaches, not a direction: inflation eased to a low, revenue fell but still tops $5bn
    ("Ruritanian inflation hits three-year low", "Ruritanian inflation eased to 2.1% in May from 2.4% in April."),
    ("Ruritel revenue tops $5 billion", "Ruritel's revenue fell to $5.1 billion in 2024 from $5.6 billion in 2023."),
    # the headline's inflation is not core inflation, and October's deficit is not the year to date's
    ("Euro zone inflation cools in November but core pressures linger",
     "Core inflation, however, rose to 2.8% from 2.7%, driven by services."),
    # 'average revenue per user' is neither the subscribers nor the revenue
    ("Ruritel's average revenue per user falls as price war bites",
     "The number of subscribers rose 6.5% to 37.6 million from 35.3 million, while service revenue increased 1.2% "
     "to 22.1 billion rand."),
    ("Ruritanian borrowing deficit widens in October",
     "Borrowing in the first seven months of the financial year reached £95.4 billion, £1.2 billion less than the "
     "forecast, and below the £98.1 billion recorded a year earlier."),
])
def test_a_headline_that_names_a_level_drafts_no_direction(headline, body, tmp_path):
    assert would_be_contradictions(f"{headline}\n{DATELINE}{body}\n", tmp_path) == []


def test_a_count_never_takes_another_things_measure(tmp_path):
    """Completions are no permits: '16,840 new dwellings' finished, while permits for 12,980 dwellings climbed."""
    text = ("Romania's new-home completions drop 6% in third quarter as permits climb\n"
            "Builders in Romania finished 16,840 new dwellings between July and September, 6.3% fewer than the 17,970 "
            "completed in the same period last year. Building permits were issued for 12,980 dwellings, up 11.4% from "
            "11,650.\n")
    assert would_be_contradictions(text, tmp_path) == []


@pytest.mark.parametrize("headline", ["Acme profit rises as Bolt sales slump", "Acme profit rises as industry sales slump"])
def test_a_headline_clause_about_someone_else_is_never_the_main_entitys(headline, tmp_path):
    text = (f"{headline}\n{DATELINE}Acme's net profit rose 8.0% to $1.35 billion in 2024 from $1.25 billion. Acme's "
            "sales rose 5.0% to $10.5 billion from $10.0 billion. Rival Bolt said its sales fell sharply.\n")
    assert would_be_contradictions(text, tmp_path) == []


@pytest.mark.parametrize("text", [
    # the direction of a cause is not the measure's: 'Falling gas prices pushed output to 44.8 from 39.6' is a rise
    "Power output\n{d}Falling gas prices pushed gas-fired output to 44.8 TWh in 2024 from 39.6 TWh in 2023.\n",
    "Margins\n{d}Rising fuel costs pushed the operating margin to 18.6% in 2024 from 21.0% in 2023.\n",
    # a headline's words for its measure are the figure's own: 'shipments' are no exports, 'real wages' no gross wage,
    # 'data revenue' no group revenue
    "Daehan Motors profit climbs to record as shipments slide\n{d}Daehan Motors said on Thursday its global shipments "
    "slipped to 1.02 million vehicles in the third quarter. Its exports rose 8.1% to 281,400 vehicles from 260,300.\n",
    "Hungarian real wages fall for first time in two years as inflation jumps\n{d}The average gross monthly wage rose "
    "4.1% from a year earlier to 612,400 forints from 588,300 forints, but consumer prices climbed 5.0% over the same "
    "period, leaving real wages 0.9% lower.\n",
    "Kopano Telecom profit rises as data revenue climbs\n{d}Data revenue grew to 19.8 billion rand. Group revenue "
    "slipped to 48.2 billion rand from 48.9 billion rand, as voice revenue kept shrinking.\n",
    # a net loss is a measure of its own, never the revenue of its sentence
    "Vantor Software's net loss narrows as revenue rises to record\n{d}Vantor Software said on Wednesday its net loss "
    "narrowed to $38.2 million in the third quarter from $61.5 million a year earlier, while revenue rose to a record "
    "$412.6 million.\n",
    # 'inflation eases' beside a core rate that slowed and a headline rate that rose: which one it means is unsaid
    "Norway's central bank holds rate at 4.50% as inflation eases\n{d}Norges Bank kept its policy rate unchanged at "
    "4.50% on Thursday.\nCore inflation slowed to 3.4% in February from 3.6% in January, a fall of 0.2 percentage "
    "points, while headline inflation rose to 3.6% from 2.3%, mainly because of electricity prices.\n",
])
def test_a_correct_headline_or_cause_drafts_no_contradiction(text, tmp_path):
    assert would_be_contradictions(text.format(d=DATELINE), tmp_path) == []


@pytest.mark.parametrize("name", ["C_below_old_range", "I_below_target_range", "D_share_whole_spending",
                                  "F_rival_destination", "G_strongest_performer_level", "J_matches_unit_rank",
                                  "L_operator_whole_rank", "t06_whose", "t17_gap", "t20_share_of_spending",
                                  "t41_price_rank", "m08_nationally", "m21_market_capitalisation",
                                  "m22_below_last_years"])
def test_a_correct_comparison_rank_or_share_drafts_no_contradiction(name, tmp_path):
    """Below what the clause compares (not a rate before it, nor an old range's top), a share of the whole it names,
    ranks among the ranked (no rival destination, no operator's total, no count of matches among crowds, the
    strongest by its change)."""
    assert would_be_contradictions(PASSAGES[name], tmp_path) == []


PASSAGES = {
    "m08_nationally": "Retail sales in the province rise 4.2% in third quarter\nWINNIPEG, Nov 21 - Retail sales in "
    "Manitoba rose 4.2% year on year in the third quarter to C$7.94 billion, Statistics Canada data showed.\nSales in "
    "the quarter were C$7.62 billion a year earlier, the data implied.\nNationally, retail sales rose 2.8%, so "
    "Manitoba's growth was 1.4 percentage points above the national rate.\n",
    "m21_market_capitalisation": "Stock exchange turnover doubles to 1.24 trillion shillings\nForeign investors "
    "accounted for 62% of turnover, down from 71% a year earlier, a drop of 9 percentage points.\nMarket "
    "capitalisation rose 14.2% to 18.9 trillion shillings. The banking sector was the most traded, accounting for 0.71 "
    "trillion shillings of turnover, or 57.3%.\n",
    "m22_below_last_years": "Wheat harvest forecast cut to 82 million tonnes on drought\nMOSCOW, June 19 - Consultancy "
    "SovEcon cut its forecast for Russia's 2024 wheat harvest to 82.0 million tonnes from 85.8 million tonnes, a "
    "reduction of 3.8 million tonnes, citing drought in southern regions.\nThe revised forecast would be 10.4% below "
    "last year's crop of 91.5 million tonnes and well below the record 104.2 million tonnes harvested in 2022.\n",
    "t06_whose": "Kazakhstan oil output hits record as Tengiz expansion ramps up\nASTANA, March 3 - Kazakhstan produced "
    "1.93 million barrels per day of crude and condensate in February, a record, up from 1.78 million bpd in January, "
    "energy ministry data showed.\nThe increase of 150 thousand bpd came mainly from the Tengiz field, whose output "
    "rose to 1.22 million bpd from 1.05 million bpd after the start of a new expansion project.\n",
    "t17_gap": "Samsung chip profit soars as memory prices recover\nRival SK Hynix posted a quarterly operating profit "
    "of 5.47 trillion won, smaller than Samsung's chip unit by 0.98 trillion won.\n",
    "t20_share_of_spending": "New York State budget gap widens\nALBANY, Feb 1 - New York State's budget office "
    "projected a deficit of $13.5 billion for the fiscal year starting in April, with spending of $196.5 billion "
    "outpacing revenue of $183.0 billion.\nMedicaid is the largest item at $35.2 billion, or 17.9% of spending, "
    "followed by school aid at $35.0 billion.\n",
    "t41_price_rank": "New Zealand dairy prices jump as whole milk powder climbs while butter eases\nWhole milk powder, "
    "New Zealand's most important export, rose 2.1% to $3,544 a tonne, while butter fell 1.9% to $7,205 a tonne.\n",
    "C_below_old_range": "Nordvik Insurance first-half profit jumps 17.1% as claims ease\nThe Norwegian insurer "
    "improved its full-year combined ratio target to between 92% and 94%, from 94% to 97% previously. The new range's "
    "upper end is still below the 95.8% it reported for the first half of last year.\n",
    "I_below_target_range": "Philippine central bank cuts rates as inflation stays low\nMANILA (Asia Central Banks "
    "Wire) – The Bangko Sentral ng Pilipinas cut its benchmark rate by 25 basis points to 4.75% on Thursday, its "
    "fourth reduction this year, as inflation remained below its 2% to 4% target range.\n",
    "D_share_whole_spending": "Kuwait forecasts 6.3 billion dinar deficit as revenue falls\nSpending is set at 24.5 "
    "billion dinars, little changed from 24.6 billion dinars in 2024/25, while revenue is projected to fall 2.7% to "
    "18.2 billion dinars from 18.7 billion, as the budget assumes an oil price of $68 a barrel.\nOil revenue is "
    "expected to bring in 15.3 billion dinars, or 84% of total revenue.\n",
    "F_rival_destination": "Sri Lanka's tourist arrivals rise 13.6% in first half, India leads\nCOLOMBO (South Asia "
    "Travel Wire) – Sri Lanka received 1,148,400 foreign tourists in the first six months of 2025, up 13.6% from "
    "1,010,600 a year earlier.\nIndia was the largest source market with 236,100 tourists, followed by Russia with "
    "118,700 and Britain with 101,300.\nThe Maldives, a rival island destination, received 1,085,200 tourists in the "
    "first six months of 2025.\n",
    "G_strongest_performer_level": "New Zealand house values slip in three months to March, Wellington weakest\n"
    "Wellington was the weakest of the main cities, with values down 1.6% to NZ$821,900, while Auckland fell 1.5% to "
    "NZ$1,012,700. Christchurch was the strongest performer, rising 0.9% to NZ$713,200.\n",
    "J_matches_unit_rank": "Bundesliga crowds hit record despite ticket price rises\nBorussia Dortmund drew the "
    "highest average crowd at 81,204, followed by Bayern Munich with 75,000, whose stadium was sold out for every home "
    "game, while Heidenheim had the lowest at 14,874. Dortmund's 17 home matches were watched by 1,380,468 people.\n",
    "L_operator_whole_rank": "Norway's airports handle record 42.71 million passengers\nOSLO (Aviation Daily) – "
    "Airports run by Avinor, the Norwegian state operator, handled a record 42.71 million passengers last year, up "
    "6.3% from 40.18 million.\nOslo Gardermoen, the biggest airport, handled 18.32 million passengers, followed by "
    "Bergen with 9.87 million and Trondheim with 6.41 million.\n",
}


def test_a_contraction_compared_with_growth_keeps_its_fall(tmp_path):
    """'contracted 0.5%, down from 0.2% growth': -0.5 against +0.2 is down, which 0.5 against 0.2 as levels is not."""
    text = ("Borduria's economy shrinks in second quarter\n" + DATELINE + "Borduria's economy contracted 0.5% in the "
            "second quarter, down from 0.2% growth in the first, the statistics office said on Tuesday.\n")
    assert would_be_contradictions(text, tmp_path) == []


RECORDS_LEAGUES_VERBS_RATES = [
    # a superlative in time is no rank among the others: 'the lowest for 16 years', 'the highest in its history'
    "Spanish unemployment falls to lowest for 16 years\nMADRID, Apr 26 (Iberia Economic Wire) - Spain's "
    "unemployment rate fell to 11.4% in the first quarter, the lowest for 16 years, from 11.8% in the "
    "fourth quarter, the National Statistics Institute said on Friday.\nGreece's rate was 10.9% and "
    "Italy's 7.2% in the same quarter, Eurostat data showed.\n",
    "Nvidia revenue soars on AI chip demand\nSAN FRANCISCO, Nov 20 (Silicon Valley Wire) - Nvidia said on "
    "Wednesday its revenue rose 94% to $35.1 billion in the third quarter, the highest in its history, "
    "from $18.1 billion a year earlier.\nApple, Nvidia's rival for the title of the world's most valuable "
    "company, reported revenue of $94.9 billion.\n",
    # 'the Bundesliga's richest club' is ranked within a league the article does not list
    "Bayern Munich revenue climbs to record 1.02 billion euros\nMUNICH, Nov 11 (Football Finance Weekly) - "
    "Bayern Munich's revenue rose 19.1% to a record 1,017.0 million euros in the 2023/24 season, from "
    "854.2 million euros, the Bundesliga's richest club said on Monday.\nReal Madrid, the highest-earning "
    "club in Europe, reported revenue of 1,046.0 million euros for the same season, while Manchester City "
    "earned 837.8 million euros.\n",
    # ', leading analysts to raise their forecasts' is a verb, no rank
    "Chile's copper export earnings rise 8% in May\nSANTIAGO, Jun 7 (Andes Commodities) - Chile's copper "
    "exports rose 8% to $4.12 billion in May 2025 from $3.81 billion a year earlier, leading analysts to "
    "raise their forecasts for the trade surplus, the central bank said on Friday.\nPeru's copper exports "
    "were $5.20 billion in May 2025, as new mines ramped up.\n",
    # an amount in brackets is restated at the day's rate, never at a rate assumed for the rest of the year
    "Sony raises profit forecast as weak yen lifts earnings\nTOKYO, Aug 7 (Asia Business Wire) - Sony "
    "Group raised its operating profit forecast for the year to March to 1.31 trillion yen ($8.9 "
    "billion), assuming an exchange rate of 145 yen per dollar for the rest of the year, the company said "
    "on Wednesday.\n",
]


DIRECTIONS_COMPARISONS_BASES = [
    # the direction of 'to X from Y' is the verb's, never a relative clause's about the month before
    "Czech car sales recover in April after weak March\nPRAGUE, May 6 (Central Europe Autos) - Czech "
    "new-car registrations, which fell sharply in March, rebounded to 21,480 vehicles in April from "
    "18,930 in March, the SDA importers' association said on Tuesday, an increase of 13.5%.\n",
    "German factory orders rebound in October\nBERLIN, Dec 6 (Euro Industry Wire) - German industrial "
    "orders, which slumped in September, recovered to 58.4 billion euros in October from 54.9 billion "
    "euros, the federal statistics office said on Friday, a rise of 6.4%.\n",
    # 'from 2.1% in April, when it was above the 2% target' compares April's level; 'well above the euro zone's 6.3%'
    # makes 6.3% what Spain is compared with, never Spain's own
    "Swedish inflation falls below target in May\nSTOCKHOLM, Jun 13 (Nordic Wire) - Sweden's CPIF "
    "inflation eased to 1.2% in May from 2.1% in April, when it was above the Riksbank's 2% target, "
    "Statistics Sweden said on Thursday.\n",
    "Euro zone unemployment steady at 6.3% in September\nSpain's jobless rate was 11.2%, well above the "
    "euro zone's 6.3% and higher than Greece's 9.5%.\n",
    # 'from April', 'compared with the previous three months': a change on the period before, not on a year earlier
    "U.S. retail sales rise 1.5% in May, beating forecasts\nWASHINGTON, Jun 17 (Capitol Economics Wire) - "
    "U.S. retail sales rose 1.5% in May 2025 from April to $712.0 billion, the Commerce Department said "
    "on Tuesday, beating economists' forecast of a 0.9% rise.\nRetail sales in May 2024 were $690.5 "
    "billion, so sales were 3.1% higher than a year earlier.\n",
    "Irish retail sales volumes rise in third quarter\nDUBLIN, Nov 4 (Celtic Economic Wire) - Irish retail "
    "sales rose 1.6% in the third quarter of 2024 compared with the previous three months, to 12.30 "
    "billion euros, the Central Statistics Office said on Monday.\nIn the third quarter of 2023, retail "
    "sales were 12.00 billion euros, so the annual increase was 2.5%.\n",
    # '12.5% more than the 31.2 million of 2019' is measured from the base its clause names
    "Lisbon airport passengers hit record as tourism booms\nLISBON, Jan 16 (Aviation Daily) - Lisbon's "
    "Humberto Delgado airport handled 35.1 million passengers in 2024, up 4.5% from 33.6 million in 2023 "
    "and 12.5% more than the 31.2 million of 2019, before the pandemic, operator ANA said.\n",
    # a headline's 'profit rises' is a person's call when net profit rose and operating profit fell
    "Vinterbank profit rises despite lower operating income\nCOPENHAGEN, Feb 5 (Nordic Finance) - "
    "Vinterbank's net profit was 1.42 billion crowns in 2024, compared with 1.21 billion crowns in 2023. "
    "Operating profit declined to 1.63 billion crowns from 1.78 billion crowns.\n",
]


MULTIPLES_REMAINDERS = [
    # 'nearly double its 2021 deliveries' is against 2021, never the 2020 figure of the next comparison
    "Electric carmaker Voltra nearly doubles deliveries in two years\nOSLO, Jan 3 (Nordic Autos) - Voltra "
    "delivered 1.82 million vehicles in 2023, nearly double its 2021 deliveries and more than three times "
    "the 2020 figure of 0.50 million, the company said on Wednesday.\n",
    # 310,200 + 233,400 + 79,000 + 41,400 = 664,000: the remaining is of the group's total, never of a mine beside it
    "Antofagasta copper output rises 2% as Los Pelambres recovers\nSANTIAGO, Jan 21 (Andes Commodities) - "
    "Antofagasta's copper production rose 1.9% to 664,000 tonnes in 2024 from 651,300 tonnes.\nLos "
    "Pelambres, its biggest mine, produced 310,200 tonnes, up from 297,600 tonnes. Centinela produced "
    "233,400 tonnes and Antucoya 79,000 tonnes, while Zaldivar accounted for the remaining 41,400 "
    "tonnes.\n",
]


def test_the_top_gainer_is_ranked_by_the_days_change_and_an_index_name_is_no_number(tmp_path):
    """Rolls-Royce's 2.9% is the top gain though its 398.2 pence is below Glencore's 402.5; 'FTSE 100' is a name."""
    text = ("London stocks slip as miners weigh\nLONDON, Mar 12 (City Markets) - Britain's FTSE 100 index fell "
    "0.4% to 7,748.3 points on Tuesday. Glencore was the biggest faller, down 3.1% at 402.5 pence, while "
    "Anglo American lost 2.7% to 2,251 pence and Antofagasta shed 2.2% to 1,872 pence.\nRolls-Royce was "
    "the top gainer, up 2.9% at 398.2 pence. Elsewhere in Europe, shares in Germany and France were "
    "little changed.\n")
    assert would_be_contradictions(text, tmp_path) == []
    article, _ = draft_article(text, date(2025, 3, 12))
    figures = article.figures
    assert "100" not in [f.value for f in figures]
    (level,) = [f for f in figures if f.value == "7748.3"]
    assert level.unit == "points"


DATED_FIRST_CODE_REVIEW = [
    # 'up 4.5% and more than the 31.2 million of 2019': a base named after 'and more than' is no base of the 4.5%
    ("Lisbon airport passengers hit record\nLONDON (Fixture Wire) – Lisbon's Humberto Delgado airport "
     "handled 35.1 million passengers in 2024, up 4.5% and more than the 31.2 million of 2019, before the "
     "pandemic, operator ANA said. It handled 33.6 million passengers in 2023.\n",
     date(2025, 1, 16)),
    # 'Vietnam's exports' are Vietnam's own, never Brazil's flow to a buyer
    ("Brazil coffee exports slip in 2024\nLONDON (Fixture Wire) – Brazil's coffee exports reached 43.87 "
     "million bags in 2024. The United States was the largest market, with exports of 7.12 million "
     "bags.\nVietnam's exports were 29.0 million bags in 2024, the Vietnamese customs office said.\n",
     date(2025, 7, 10)),
    # 'the lowest since March 2021, when it was below the floor': 'when' is about 2021, whose level is not printed
    ("Swedish inflation falls to four-year low\nLONDON (Fixture Wire) – Sweden's CPIF inflation eased to "
     "1.2% in May from 2.1% in April, the lowest since March 2021, when it was below the Riksbank's 1.5% "
     "tolerance floor, Statistics Sweden said on Thursday.\n",
     date(2025, 6, 13)),
    # 'Mexico assembled 90,400 cars' keeps its own verb's measure, never the article's usual 'sales'
    ("Borvik Motors sales slip in third quarter\nLONDON (Fixture Wire) – Borvik Motors sold 176,312 cars in "
     "the third quarter, down from 183,840. Its factories produced 190,250 cars. Sales in the first nine "
     "months fell to 548,906 cars from 571,230 cars. In the third quarter, sales in China fell 14.5% to "
     "34,167 cars from 39,960 cars, while sales in Germany, its largest market, rose to 74,528 cars. "
     "Mexico, where its newest plant opened in May, assembled 90,400 cars in the third quarter.\n",
     date(2025, 10, 23)),
    # 'while imports fell sharply from April' is another clause's basis, not the exports' change
    ("Ruritania exports rise in May\nLONDON (Fixture Wire) – Ruritania's exports rose 12.0% in May, the "
     "customs office said on Tuesday, while imports fell sharply from April. Exports were $3.36 billion in "
     "May, compared with $3.00 billion in May 2024 and $3.20 billion in April.\n",
     date(2025, 6, 10)),
    # 'Africa, its smallest region' is ranked with regions only, never with countries a region may hold
    ("Borvik Motors deliveries slip\nLONDON (Fixture Wire) – Borvik Motors delivered 176,312 cars in the "
     "third quarter, down from 183,840. Europe took 74,528 cars and Asia 61,250 cars in the third quarter. "
     "Africa, its smallest region, took 4,100 cars in the third quarter, while Germany took 21,300 cars "
     "and Morocco 1,250 cars.\n",
     date(2025, 10, 23)),
]


SCOPES_FORECASTS_COVERAGE = [
    # a rank in Kenya is never among another country's operators ('In neighbouring Tanzania, Vodacom had')
    "Kenya's mobile market grows\nNAIROBI, Jun 20 (Savanna Business) - Kenya's mobile subscriptions rose "
    "to 70.2 million at the end of March. Market leader Safaricom had 48.2 million subscribers, and "
    "Airtel Kenya, the second-largest operator, had 18.9 million.\nIn neighbouring Tanzania, Vodacom had "
    "20.1 million subscribers.\n",
    # 'the largest U.S. crypto exchange' is ranked within a country, among exchanges not all listed
    "Coinbase volumes surge as bitcoin tops $100,000\nNEW YORK, Dec 6 (Digital Asset Daily) - Coinbase, "
    "the largest U.S. crypto exchange, handled $154 billion of trades in November, up 152.5% from $61 "
    "billion in October, according to data provider The Block.\nGlobally, Binance remained the largest "
    "exchange, with $940 billion of spot trades.\n",
    # 'Other minerals ... the remaining' is a catch-all, never one of the ranked
    "Western Australia's mining royalties fall as iron ore cools\nIron ore royalties were A$9.2 billion, "
    "or 81% of the total, followed by gold at A$0.92 billion and lithium at A$0.38 billion, which fell by "
    "more than half from A$0.91 billion as spodumene prices slumped.\nOther minerals, including nickel, "
    "copper and alumina, accounted for the remaining A$0.80 billion.\n",
    # 'ahead of an expected rate hike' is a time, never a beaten forecast
    "Japanese bond yields climb before BOJ meeting\nTOKYO, Jan 20 (Kabuto Markets) - Japan's two-year "
    "government bond yield rose to 0.715% on Monday, its highest since 2008, ahead of an expected rate "
    "hike to 0.75% this week.\n",
    # an outcome that 'beat the expected $0.55 billion' is no forecast, and revenue never beats a profit forecast
    "Aker BP's profit tops forecasts despite lower output\nOSLO, Jul 11 (Nordic Energy Report) - Aker BP's "
    "revenue of $3.11 billion missed, but net profit of $0.62 billion beat the expected $0.55 billion, "
    "the Norwegian oil producer said on Thursday.\n",
    # exports and imports of goods never make up a deficit 'including services'
    "Greek trade deficit narrows in first half\nATHENS, Aug 12 (Aegean Economic News) - Greek exports of "
    "goods rose to €35.1 billion in the first half of 2025 and imports of goods to €57.0 billion, the "
    "statistics service ELSTAT said on Tuesday.\nIncluding services, mainly tourism and shipping, the "
    "trade deficit was €15.4 billion, narrower than a year earlier.\n",
    # nor a total trade 'including services'
    "Greece publishes first-half trade data\nATHENS, Aug 12 (Aegean Economic News) - Greece's exports rose "
    "to €35.1 billion in the first half and its imports to €57.0 billion, the statistics service "
    "said.\nIncluding services, total trade reached €122.8 billion.\n",
    # a rate the rupee 'ended the fiscal year at' is no rate for a year's remittances
    "Nepal's remittances hit record as rupee weakens\nKATHMANDU, Jul 28 (Himalayan Economic Desk) - The "
    "Nepali rupee ended the fiscal year at 136.2 per US dollar, Nepal Rastra Bank said on "
    "Sunday.\nRemittances to Nepal rose 18.4% to a record 1,445.3 billion rupees in the year to mid-July, "
    "equivalent to $10.8 billion.\n",
    # 'rose 5.9% in dollar terms' is no change of the levels in yuan
    "China's exports hit record in 2024\nBEIJING, Jan 13 (Dragon Trade Review) - China's exports rose 5.9% "
    "in dollar terms in 2024 to a record, customs data showed on Monday, as shipments of electric cars, "
    "ships and chips surged.\nIn yuan terms, exports were worth 25.45 trillion yuan, compared with 23.77 "
    "trillion yuan in 2023.\n",
    # 'exports slow' is about their growth, never a fall of their level
    "Japan's exports slow in March\nTOKYO, Apr 17 (Kabuto Markets) - Japan's exports rose 3.2% in March "
    "from a year earlier to ¥9.09 trillion from ¥8.81 trillion, slowing from an 11.4% rise in February, "
    "Ministry of Finance data showed on Thursday.\n",
    # 'the rate on its main refinancing operations' is the refinancing rate, not the deposit rate
    "ECB cuts rates for sixth time\nFRANKFURT, Mar 6 (Euro Policy Monitor) - The European Central Bank cut "
    "its deposit rate by 25 basis points to 2.50% on Thursday, while the rate on its main refinancing "
    "operations fell to 2.65% from 2.90%.\n",
    # 'Data centre revenue' is the data centres', never the company's total
    "Nvidia's revenue rises\nSANTA CLARA, Nov 20 (Silicon Ledger) - Nvidia's third-quarter revenue rose "
    "17% from the previous quarter to $35.08 billion.\nData centre revenue rose to $30.77 billion from "
    "$26.27 billion in the second quarter.\n",
]


@pytest.mark.parametrize("text", RECORDS_LEAGUES_VERBS_RATES + DIRECTIONS_COMPARISONS_BASES + MULTIPLES_REMAINDERS
                         + SCOPES_FORECASTS_COVERAGE)
def test_a_correct_passage_a_review_wrote_drafts_no_contradiction(text, tmp_path):
    """Correct passages that once drafted a would-be contradiction, in lists by the kind of their cause."""
    assert would_be_contradictions(text, tmp_path) == []


DATED_LATER_REVIEWS = [
    # 'Vietnam, the world's second-largest producer, exported' is Vietnam's own flow
    ("Brazil coffee exports slip in 2024\nLONDON (Fixture Wire) – Brazil's coffee exports reached 43.87 "
     "million bags in 2024. The United States was the largest market, with exports of 7.12 million "
     "bags.\nVietnam, the world's second-largest producer, exported 29.0 million bags in 2024, the "
     "Vietnamese customs office said.\n",
     date(2025, 7, 10)),
    # so is 'Vietnam, which exported'
    ("Brazil coffee exports slip in 2024\nLONDON (Fixture Wire) – Brazil's coffee exports reached 43.87 "
     "million bags in 2024. The United States was the largest market, with exports of 7.12 million "
     "bags.\nVietnam, which exported 29.0 million bags in 2024, is the second-largest producer, the "
     "Vietnamese customs office said.\n",
     date(2025, 7, 10)),
    # and 'Vietnam, Brazil's closest rival, exported'
    ("Brazil coffee exports slip in 2024\nLONDON (Fixture Wire) – Brazil's coffee exports reached 43.87 "
     "million bags in 2024. The United States was the largest market, with 7.12 million bags, ahead of "
     "Germany with 6.94 million bags. Vietnam, Brazil's closest rival, exported 29.0 million bags.\n",
     date(2025, 7, 10)),
    # a paragraph's parts never take a buyer named beside the whole before it
    ("Brazil coffee exports slip\nLONDON (Fixture Wire) – Brazil exported 43.87 million bags of coffee in "
     "2024, exporters' group Cecafe said. The United States was the largest buyer, taking 7.12 million "
     "bags.\nArabica accounted for 36.45 million bags. Robusta shipments halved to 4.96 million bags, while "
     "soluble coffee made up the remaining 2.46 million bags.\n",
     date(2025, 7, 10)),
    # 'the bloc's biggest' is never ranked beside a country 'which left the bloc'
    ("German car registrations rise in May\nLONDON (Fixture Wire) – Germany, the bloc's biggest market, "
     "registered 250,000 new cars in May. France registered 150,000 new cars in May and Italy 140,000. "
     "Britain, which left the bloc in 2020, registered 300,000 new cars in May.\n",
     date(2025, 6, 10)),
    # 'In dollar terms, China's exports rose 5.9%' is no change of yuan levels
    ("China's exports hit record in 2024\nLONDON (Fixture Wire) – In dollar terms, China's exports rose "
     "5.9% in 2024 to a record, customs data showed on Monday.\nIn yuan terms, exports were worth 25.45 "
     "trillion yuan, compared with 23.77 trillion yuan in 2023.\n",
     date(2025, 1, 13)),
    # goods flows never make up a deficit 'including tourism and shipping'
    ("Greek trade deficit narrows in first half\nLONDON (Fixture Wire) – Greek exports of goods rose to "
     "€35.1 billion in the first half of 2025 and imports of goods to €57.0 billion, the statistics "
     "service ELSTAT said on Tuesday.\nIncluding tourism and shipping, Greece's trade deficit was €15.4 "
     "billion, narrower than a year earlier.\n",
     date(2025, 8, 12)),
    # 'others' and 'everything else' are catch-alls, never ranked
    ("Australian resource exports rise\nLONDON (Fixture Wire) – Australia's resource exports were worth "
     "A$10.0 billion in June. Iron ore brought in A$6.0 billion and coal A$2.4 billion. Gold, the smallest "
     "category, brought in A$0.90 billion, while others accounted for the remaining A$0.70 billion.\n",
     date(2025, 7, 10)),
    # 'everything else' too
    ("Australian resource exports rise\nLONDON (Fixture Wire) – Australia's resource exports were worth "
     "A$10.0 billion in June. Iron ore brought in A$6.0 billion and coal A$2.4 billion. Gold, the smallest "
     "category, brought in A$0.90 billion, while everything else accounted for the remaining A$0.70 "
     "billion.\n",
     date(2025, 7, 10)),
    # 'Mexico turned out 90,400 cars' is output, never the article's sales
    ("Borvik Motors sales slip in third quarter\nLONDON (Fixture Wire) – Borvik Motors sold 176,312 cars in "
     "the third quarter, down from 183,840. Its factories produced 190,250 cars. Sales in the first nine "
     "months fell to 548,906 cars from 571,230 cars. In the third quarter, sales in China fell 14.5% to "
     "34,167 cars from 39,960 cars, while sales in Germany, its largest market, rose to 74,528 cars. "
     "Mexico, where its newest plant opened in May, turned out 90,400 cars in the third quarter.\n",
     date(2025, 10, 23)),
    # 'In Asia alone, operating profit rose 8.2%' is Asia's, never the group's
    ("Carlsberg profit rises as Asian beer sales grow\nCOPENHAGEN, Feb 6 (Nordic Markets) - Carlsberg's "
     "operating profit rose to 11.6 billion Danish crowns in 2024 from 11.0 billion crowns, the brewer "
     "said on Thursday.\nIn Asia alone, operating profit rose 8.2%, helped by strong sales in China and "
     "Vietnam.\n",
     date(2025, 2, 6)),
    # 'In Kenya alone, net profit rose 5.8%' is Kenya's
    ("Safaricom profit edges up as Kenyan business offsets Ethiopian losses\nNet profit rose to 57.5 "
     "billion shillings from 55.8 billion shillings, held back by losses at its Ethiopian unit, where the "
     "company started operations in 2022.\nIn Kenya alone, net profit rose 5.8%.\n",
     date(2025, 5, 9)),
    # '..., Deloitte said' names who reports the clubs' revenue, never a club ranked with them
    ("Premier League clubs' revenue rises to record\nLONDON, Jun 19 (Sport Finance Wire) - Revenue at "
     "Premier League clubs rose to a record 6.1 billion pounds in the 2022/23 season from 5.5 billion "
     "pounds, Deloitte said on Wednesday.\nManchester City had the highest revenue, 713 million pounds, "
     "followed by Manchester United with 648 million pounds and Liverpool with 594 million pounds.\n",
     date(2025, 6, 19)),
]

# Passages found wrong since, each with the date it is read on: the cause is in the comment above each.
CLAUSES_MARGINS_AND_COUNTS = [
    # a level in a 'when' clause after the change belongs to the earlier time, never the change's current level
    ("Poland sells more bonds\nWARSAW, Nov 6 (Fixture Wire) - Poland's finance ministry sold 9.6 billion zlotys of "
     "bonds on Thursday. Sales were 34% higher than the 7.2 billion zlotys sold in October, when bids of 12.9 "
     "billion zlotys covered the amount sold just under 1.8 times.\n",
     date(2025, 11, 6)),
    # a margin beside its target range is never a margin of the profit
    ("Vesta Industrie profit rises as automation unit recovers\nMUNICH, Nov 13 (Euro Business Wire) - Vesta Industrie "
     "said on Thursday its revenue rose 4.0% to 78.9 billion euros in the fiscal year to September "
     "from 75.9 billion euros, while net profit climbed to 9.6 billion euros from 8.5 billion "
     "euros.\nOperating profit at the industrial business reached 11.2 billion euros, giving an "
     "operating margin of 14.2%, compared with a target range of 14% to 16%.\n",
     date(2025, 11, 14)),
    # a change on a comparable basis is of other levels than the reported ones
    ("Liftek profit jumps as China slump eases\nSales increased to 14.6 billion euros from 13.6 billion "
     "euros. On a comparable basis, which strips out currency moves and acquisitions, sales grew "
     "4.1%.\n",
     date(2025, 2, 1)),
    # so is one adjusted for one-off items
    ("Brouwer Group profit rises as premium beers sell well\nAMSTERDAM, Feb 12 (Benelux Business Wire) - "
     "Brouwer Group's net profit rose to 4.12 billion euros in 2024 from 3.48 billion euros, the world's "
     "second-largest brewer said on Wednesday.\nAdjusted for one-off items, net profit rose 9.5%, as "
     "higher prices and a shift to premium brands such as Brouwer Silver offset weaker volumes in "
     "Europe.\n",
     date(2025, 2, 13)),
    # and one by volume
    ("Nordbryg lifts sales as price rises offset weak beer demand\nCOPENHAGEN, Feb 6 (Nordic Markets) "
     "- Nordbryg's sales rose to 7.42 billion Danish crowns in the fourth quarter from 6.95 billion "
     "crowns a year earlier, the brewer said on Thursday, as price increases in Europe and Asia made "
     "up most of the growth.\nBy volume, sales rose 2.3%, as a rainy summer kept drinkers away from "
     "outdoor bars and festivals in Western Europe.\n",
     date(2025, 2, 7)),
    # and one on a pro forma basis
    ("Telvik sales rise as North American operators spend again\nSTOCKHOLM, Jan 24 (Nordic Markets) "
     "- Telvik's sales rose to 68.4 billion Swedish crowns in the fourth quarter from 66.0 billion "
     "crowns a year earlier, the telecoms equipment maker said on Friday, as operators in North "
     "America stepped up spending on 5G networks.\nOn a pro forma basis, counting the cloud software "
     "business it bought in both periods, sales rose 2.9%.\n",
     date(2025, 1, 25)),
    # and one stripping out currency effects
    ("Telvik sales rise as North American operators spend again\nSTOCKHOLM, Jan 24 (Nordic Markets) "
     "- Telvik's sales rose to 68.4 billion Swedish crowns in the fourth quarter from 66.0 billion "
     "crowns a year earlier, the telecoms equipment maker said on Friday, as operators in North "
     "America stepped up spending on 5G networks.\nStripping out currency effects, sales grew 2.6%, as "
     "the weaker crown had flattered the result.\n",
     date(2025, 1, 25)),
    # and one excluding currency effects, after the number
    ("Hautwerk sales rise as Velura demand holds up\nHAMBURG, Mar 4 (Euro Business Wire) - "
     "Hautwerk's sales rose to 9.85 billion euros in 2024 from 9.45 billion euros, the maker of "
     "Velura skin cream said on Tuesday.\nSales rose 6.5% excluding currency effects, as demand for its "
     "skin care products grew in Europe and Latin America, while sales of its luxury Lumiere brand "
     "fell in China.\n",
     date(2025, 3, 5)),
    # 'In its home market,' is a part of the company, never the whole
    ("Klebwerk sales grow as adhesives demand picks up\nDUSSELDORF, Mar 10 (Euro Business Wire) - "
     "Klebwerk's sales rose to 24.8 billion euros in 2024 from 23.1 billion euros, the German consumer "
     "goods and adhesives maker said on Monday, as demand from carmakers and electronics makers "
     "recovered in the second half.\nIn its home market, sales rose 3.1%, held back by weak demand for "
     "laundry detergents in German supermarkets.\n",
     date(2025, 3, 11)),
    # a change against the pre-pandemic level is no change on the year before
    ("Croatia tourist numbers hit record in 2024\nZAGREB, Jan 20 (Balkan Economic Wire) - Tourist "
     "arrivals in Croatia rose to 21.3 million in 2024 from 20.1 million in 2023, the tourism "
     "ministry said on Monday, as visitors from Germany, Austria and Poland returned in large "
     "numbers.\nArrivals were 2.0% above their pre-pandemic level.\n",
     date(2025, 1, 21)),
    # nor one 'since 2022'
    ("Spain's house prices climb as foreign buyers pile in\nMADRID, Feb 14 (Iberian Wire) - House "
     "prices in Spain rose to 2,110 euros per square metre in 2024 from 1,985 euros in 2023, property "
     "portal Casaportal said on Friday.\nPrices have risen 14.5% since 2022, driven by demand from "
     "foreign buyers in the coastal regions and the Balearic Islands.\n",
     date(2025, 2, 15)),
    # nor one 'compared with two years earlier'
    ("Spanish mortgage lending recovers as rates fall\nMADRID, Mar 3 (Iberian Wire) - Banks in Spain "
     "lent 71.4 billion euros in new mortgages in 2024, up from 65.2 billion euros in 2023, Bank of "
     "Spain data showed on Monday.\nCompared with two years earlier, mortgage lending was up 3.8%, as "
     "borrowers had held back in 2023 when the European Central Bank's rates peaked.\n",
     date(2025, 3, 4)),
    # 'Brouwer Group shares rose 6%' is the share price, never the operating profit before it
    ("Brouwer Group profit rises as premium beers sell well\nOperating profit rose to 6.35 billion euros "
     "from 5.9 billion euros.\nBrouwer Group shares rose 6% in early trading in Amsterdam, their biggest "
     "daily gain in more than a year.\n",
     date(2025, 2, 13)),
    # nor the sales before it
    ("Telvik sales rise as North American operators spend again\nSTOCKHOLM, Jan 24 (Nordic Markets) "
     "- Telvik's sales rose to 68.4 billion Swedish crowns in the fourth quarter from 66.0 billion "
     "crowns a year earlier, the telecoms equipment maker said on Friday, as operators in North "
     "America stepped up spending on 5G networks.\nTelvik shares rose 2.4% in Stockholm trading.\n",
     date(2025, 1, 25)),
    # 'Costs rose, squeezing the margin to 6.2% from 7.5%': the margin's direction is its own
    ("Kesko margin shrinks as costs rise\nCosts rose, squeezing the operating margin to 6.2% from "
     "7.5%.\n",
     date(2025, 3, 1)),
    # 'costs climbed, dragging operating income to': likewise
    ("Electrolux sales rise but profit falls as costs climb\nMaterial and logistics costs climbed, "
     "dragging operating income to 1.42 billion crowns from 1.67 billion crowns.\n",
     date(2025, 3, 1)),
    # 'GDP per capita rose 1.6%' is no change of the whole GDP
    ("Nordlys Pharma profit rises as weight-loss drug sales soar\nThe strength of Nordlys's sales has "
     "lifted Denmark's economy: the country's gross domestic product grew to 558.2 billion dollars in "
     "2024 from 544.6 billion dollars, and GDP per capita rose 1.6%, statistics office data show.\n",
     date(2025, 3, 1)),
    # 'the largest European market, followed by France': ranked among a subset the article does not list whole
    ("Corsa Motori shipments rise as buyers snap up new models\nMODENA, Feb 4 (Euro Business Wire) - "
     "Corsa's revenue from cars and spare parts rose in 2024, helped by strong demand for its Vento "
     "sport utility vehicle, the Italian luxury carmaker said on Tuesday.\nThe United States was its "
     "biggest market, with sales of 3.42 billion euros. Germany was the largest European market, with "
     "2.87 billion euros, followed by France with 1.95 billion euros and Italy with 1.12 billion "
     "euros.\n",
     date(2025, 2, 5)),
    # 'Among Asian markets, Japan was the largest' likewise
    ("Corsa Motori shipments rise as buyers snap up new models\nMODENA, Feb 4 (Euro Business Wire) - "
     "Corsa's revenue from cars and spare parts rose in 2024, helped by strong demand for its Vento "
     "sport utility vehicle, the Italian luxury carmaker said on Tuesday.\nThe United States was its "
     "biggest market, with sales of 3.42 billion euros. Germany was the largest European market, with "
     "2.87 billion euros, followed by France with 1.95 billion euros and Italy with 1.12 billion "
     "euros.\nAmong Asian markets, Japan was the largest, with sales of 0.87 billion euros, ahead of "
     "mainland China, Hong Kong and Taiwan with 0.82 billion euros together.\n",
     date(2025, 2, 5)),
    # 'the lowest rate in the bloc' beside countries outside it
    ("Euro zone unemployment falls to record low\nFRANKFURT, Jan 6 (Euro Business Wire) - Unemployment "
     "in the euro zone fell to 6.3% in November from 6.5% a year earlier, the lowest since the euro "
     "was launched, Eurostat said on Thursday.\nGermany had the lowest rate in the bloc at 3.4%, while "
     "Spain had the highest at 11.2%.\nIn the United States the rate was 4.2% in November, while in "
     "Japan the rate was 2.5%, data from those countries showed.\n",
     date(2025, 1, 7)),
    # 'outside the European Union the biggest market'
    ("Norway's salmon exports hit record as prices stay high\nOSLO, Jan 6 (Nordic Markets) - Norway "
     "exported salmon worth 122.8 billion crowns in 2024, up 2.4% from 119.9 billion crowns in 2023, "
     "the Norwegian Seafood Council said on Monday.\nPoland was the largest market, buying salmon "
     "worth 13.9 billion crowns, ahead of France with 11.2 billion crowns and Denmark with 10.8 "
     "billion crowns.\nExports to the United States, outside the European Union the biggest market, "
     "were worth 9.7 billion crowns.\n",
     date(2025, 1, 7)),
    # 'Sainsbury's held 15.0%, followed by Asda': the list's head has no place the article states
    ("Kestrel is fastest-growing UK grocer as shoppers hunt for value\nKestrel was the fastest-growing "
     "grocer, with sales up 7.9%, while Marlow's sales rose 5.2% and Greenacre grew 4.2%.\nMarlow's "
     "market share rose 0.4 percentage points to 27.7%. Greenacre held 15.0%, followed by Pricewell "
     "with 12.5%, Savemore with 10.2% and Kestrel with 8.1%.\n",
     date(2025, 1, 10)),
    # 'Swiss Re earned ..., followed by Hannover Re': likewise
    ("Reinsurers post record profits as prices stay high\nFRANKFURT, Mar 13 (Euro Business Wire) - "
     "Isar Re's net profit rose to 5.67 billion euros in 2024 from 4.61 billion euros, an increase of "
     "23.0%, the German reinsurer said on Thursday.\nAlpen Re earned the equivalent of 3.21 billion "
     "euros, followed by Leine Re with 2.33 billion euros.\n",
     date(2025, 3, 14)),
    # a deficit that 'exceeded' its target is larger, not smaller
    ("Romania's budget deficit overshoots target again\nBUCHAREST, Jan 27 (Central Europe Wire) - "
     "Romania's budget deficit was 4.1% of gross domestic product in the first nine months of 2024, "
     "the finance ministry said on Monday.\nThe deficit exceeded the 3.7% target the government had "
     "set for the period, as spending on public sector wages and pensions grew faster than tax "
     "revenue.\n",
     date(2025, 1, 28)),
    # so is one that 'surpassed' the forecast
    ("Poland's currency reserves hit record as zloty strengthens\nPoland's trade deficit for the first "
     "eleven months of the year was 27.2 billion euros, which surpassed the 25.5 billion euros "
     "economists had forecast in the summer, as imports of cars and consumer goods rose.\n",
     date(2025, 1, 10)),
    # 'After last year's loss, net income ... beat': no loss beats a forecast here
    ("Aerolux returns to profit as travel demand stays strong\nAfter last year's loss, net income of "
     "1.38 billion euros beat the 1.21 billion euros analysts had expected.\n",
     date(2025, 3, 7)),
    # 'Together the three ports' adds no port a later sentence names
    ("Shanghai remains world's busiest container port as volumes grow\nSINGAPORE, Jan 21 (Harbour "
     "Wire) - The port of Shanghai handled 51.5 million twenty-foot equivalent units (TEU) of "
     "containers in 2024, keeping its place as the world's busiest container port, according to port "
     "data compiled by Harbour Wire.\nAmong the ports tracked, Singapore was second with 41.1 million "
     "TEU, while Ningbo-Zhoushan handled 39.3 million TEU.\nTogether the three ports handled 131.9 "
     "million TEU, more than all the ports of Europe combined.\nRotterdam, Europe's biggest port, "
     "handled 13.8 million TEU, down slightly from a year earlier.\n",
     date(2025, 1, 22)),
    # 'the largest division, followed by': never ranked against the company's own total
    ("Vesta Industrie revenue rises as factory automation steadies\nMUNICH, Nov 13 (Euro Business "
     "Wire) - Vesta Industrie said on Thursday its revenue rose to 78.9 billion euros in the fiscal "
     "year to September from 75.9 billion euros, as demand for its rail and building technology "
     "offset weak orders for factory automation.\nDigital Industries, the largest division, had "
     "revenue of 18.3 billion euros, followed by Smart Infrastructure with 17.9 billion euros and "
     "Mobility with 11.4 billion euros.\n",
     date(2025, 11, 14)),
    # 'the biggest buyer of Brazilian goods, taking $94.4 billion': a share of exports, not of imports
    ("Brazil's trade surplus narrows as imports jump\nExports slipped 0.8% to 337.0 billion dollars, "
     "while imports jumped 9.0% to 262.4 billion dollars.\nChina remained the biggest buyer of "
     "Brazilian goods, taking 94.4 billion dollars, or 28.0% of the total, followed by the United "
     "States with 40.3 billion dollars.\n",
     date(2025, 1, 10)),
    # 'from $281 million in the same quarter of last year, and from $278 million in the first quarter': the rise is on
    # the year-earlier quarter (334 / 281 - 1 = 18.9%), never on the quarter before (20.1%)
    ("Shipping group posts first-half profit jump\nCOPENHAGEN, Aug 15 (Fixture Wire) - Dry bulk and tanker operator "
     "Nordvik Shipping reported a net profit of $612 million for the first half of the year, up 11.7% from $548 million a "
     "year earlier, helped by higher freight rates.\nIn the second quarter alone, profit rose 18.9% to $334 million from "
     "$281 million in the same quarter of last year, and from $278 million in the first quarter.\n",
     date(2025, 8, 16)),
    # 'operating profit margin' is an operating margin, never a net one
    ("Talvik profit rises as cloud sales grow\nOSLO, March 4 (Nordic Wire) - Talvik, the Norwegian "
     "business software group, said on Tuesday its revenue rose 7.8% to 12.40 billion crowns in 2024 "
     "from 11.50 billion crowns, as more customers moved their accounting and payroll systems to its "
     "cloud platform.\nOperating profit rose to 1.86 billion crowns from 1.61 billion crowns, while "
     "net profit climbed to 1.24 billion crowns from 1.05 billion crowns. The operating profit margin "
     "widened to 15.0% from 14.0%.\n",
     date(2025, 3, 5)),
    # a margin beside a revenue 'including excise duties' is of another revenue
    ("Dalsgaard Brewing profit rises as price increases stick\nCOPENHAGEN, March 4 (Nordic Wire) - "
     "Dalsgaard Brewing said on Tuesday its revenue, including excise duties, rose to 14.20 billion "
     "Danish crowns in 2024 from 13.60 billion crowns.\nNet revenue, which excludes the duties, rose "
     "5.6% to 10.40 billion crowns from 9.85 billion crowns. Operating profit rose to 1.56 billion "
     "crowns from 1.43 billion crowns, giving an operating margin of 15.0%, up from 14.5%.\n",
     date(2025, 3, 5)),
    # 'a one-off gain of 0.12 billion crowns' is no change of profit, and 'Excluding a one-off gain' another basis
    ("Horvik profit rises as offshore orders return\nOSLO, March 4 (Nordic Wire) - Horvik, the "
     "Norwegian maker of cranes and deck equipment for ships, said on Tuesday its net profit rose to "
     "2.40 billion crowns in 2024 from 2.10 billion crowns, helped by a recovery in orders from the "
     "offshore energy industry.\nExcluding a one-off gain of 0.12 billion crowns from the sale of its "
     "stake in a shipping venture, net profit rose 8.6%.\n",
     date(2025, 3, 5)),
    # 'In local-currency terms, sales rose 2.1%': another basis
    ("Horvik profit rises as offshore orders return\nSales rose to 31.2 billion crowns from 29.5 "
     "billion crowns. In local-currency terms, sales rose 2.1%, as the weak Norwegian crown lifted "
     "the value of contracts priced in euros and dollars.\n",
     date(2025, 3, 5)),
    # 'Excluding the effect of the weaker yen': another basis
    ("Kaito Electric profit rises as weak yen lifts overseas sales\nSales rose to 2.46 trillion yen "
     "from 2.31 trillion yen. Excluding the effect of the weaker yen, sales rose 3.9%, as demand for "
     "air conditioners in Southeast Asia offset weak orders from Chinese factories.\n",
     date(2025, 3, 5)),
    # 'the biggest Southeast Asian buyer': ranked within a subset
    ("Thai rubber exports rise as car tyre demand recovers\nChina, the largest buyer, took 1.90 "
     "billion dollars, or 45.2% of the total. Malaysia, the biggest Southeast Asian buyer, took 0.62 "
     "billion dollars, while Japan took 0.71 billion dollars and Vietnam 0.35 billion dollars.\nThai "
     "exporters are setting up systems to track rubber back to each farm.\n",
     date(2025, 3, 5)),
    # 'Wind was the largest source, followed by hydropower': the list's head has no figure
    ("Wind supplies record share of Danish power as solar grows\nWind was the largest source, followed "
     "by hydropower with 18.6 TWh, solar with 11.4 TWh and gas with 9.7 TWh.\nSolar output rose "
     "fastest as thousands of panels were installed on farmland and rooftops, the operator said.\n",
     date(2025, 3, 5)),
    # 'the largest Latin American market' and 'the biggest source market outside Europe': subsets
    ("Portugal's Algarve draws record foreign visitors\nGermany was the biggest source market with "
     "2.41 million visitors, followed by Britain with 1.87 million. The United States, the biggest "
     "source market outside Europe, sent 1.12 million visitors, and the Netherlands 0.96 "
     "million.\nBrazil, the largest Latin American market, sent 0.31 million visitors.\n\"The Algarve is "
     "no longer just a summer destination.\n",
     date(2025, 3, 5)),
    # '5.0 times as much as Europe's two biggest ports combined': a group whose total is not given
    ("Asian ports widen lead over Europe as trade grows\nSINGAPORE, Jan 21 (Harbour Wire) - Shanghai "
     "handled 51.5 million twenty-foot equivalent units (TEU) of containers in 2024, keeping its "
     "place as the world's busiest container port, according to port data compiled by Harbour "
     "Wire.\nTogether the three ports handled 131.9 million TEU, 5.0 times as much as Europe's two "
     "biggest ports combined.\n",
     date(2025, 1, 22)),
    # 'Rotterdam, Europe's busiest port' is ranked within Europe, never against Asian ports
    ("Asian ports widen lead over Europe as trade grows\nSingapore was second with 41.1 million TEU, "
     "and Ningbo-Zhoushan third with 39.3 million TEU. Together the three ports handled 131.9 million "
     "TEU, 5.0 times as much as Europe's two biggest ports combined.\nRotterdam, Europe's busiest "
     "port, handled 13.8 million TEU, ahead of Antwerp-Bruges with 12.5 million TEU.\n",
     date(2025, 3, 5)),
    # 'the busiest airport outside the capital, followed by': a subset
    ("Norwegian airports handle record passengers\nOslo Airport handled 25.3 million passengers, or "
     "45.9% of the total. Bergen, the busiest airport outside the capital, handled 6.21 million, "
     "followed by Trondheim with 4.62 million and Stavanger with 4.18 million.\n\"The weak crown has "
     "made Norway a cheap destination for tourists from the rest of Europe and the United States,\" "
     "Avinor's chief executive said.\n",
     date(2025, 3, 5)),
    # 'the largest Gulf buyer': a subset
    ("Dutch-owned dairy Melkweg lifts exports as powder prices rise\nAMSTERDAM, March 11 (Euro "
     "Business Wire) - Melkweg, the Dutch dairy cooperative, said on Tuesday its exports of milk "
     "powder and butter outside Europe rose 7.2% to 4.62 billion euros in 2024 from 4.31 billion "
     "euros, as prices recovered.\nChina remained the biggest buyer, taking 1.12 billion euros of "
     "products, followed by Algeria with 0.54 billion euros. The United Arab Emirates, the largest "
     "Gulf buyer, took 0.41 billion euros, ahead of Saudi Arabia with 0.33 billion euros.\n",
     date(2025, 3, 12)),
    # 'Shares in the group rose 9.8%': the share price
    ("Astera profit jumps as AI server demand grows\nNet profit rose to 2.14 billion dollars from 1.86 "
     "billion dollars.\nShares in the group rose 9.8% in Taipei after the results, which were ahead of "
     "analysts' forecasts.\n",
     date(2025, 3, 5)),
    # 'over the last two years': another base
    ("Baltic ferry operator carries more passengers as tourism recovers\nHELSINKI, Jan 22 (Baltic "
     "Wire) - Vikinglinja, the Finnish ferry operator, carried 6.42 million passengers in 2024, up "
     "from 6.11 million in 2023, the company said on Wednesday, as more tourists travelled between "
     "Helsinki, Tallinn and Stockholm.\nThe number of passengers has grown 12.6% over the last two "
     "years, as travel recovered from the pandemic, but it remains below the record set in 2019.\n",
     date(2025, 1, 23)),
    # 'pre-tax profit margin' is a pre-tax margin, never a net one
    ("Hammar Group profit rises on defence and rail orders\nSTOCKHOLM, Feb 11 (Nordic Wire) - Hammar "
     "Group, the Swedish engineering company, said on Tuesday its revenue rose 8.1% to 18.6 billion "
     "crowns in 2024 from 17.2 billion crowns, helped by orders for armoured vehicle parts and train "
     "brakes.\nPre-tax profit rose to 2.05 billion crowns from 1.78 billion crowns, and net profit was "
     "1.58 billion crowns. The pre-tax profit margin rose to 11.0%.\n",
     date(2025, 2, 12)),
    # 'Among women, the unemployment rate rose 0.2 points': a group, never the whole country
    ("Swedish unemployment rises as building slump deepens\nSTOCKHOLM, March 21 (Nordic Wire) - "
     "Sweden's unemployment rate rose to 8.6% in February from 8.2% a year earlier, Statistics Sweden "
     "said on Friday, as job losses in construction and retail continued.\nAmong women, the "
     "unemployment rate rose 0.2 percentage points.\n",
     date(2025, 3, 22)),
    # 'On a per capita basis, GDP grew 0.8%': another basis
    ("Slovenia's economy grows as exports recover\nLJUBLJANA, March 3 (Central Europe Wire) - "
     "Slovenia's gross domestic product grew to 16.42 billion euros in the fourth quarter of 2024 "
     "from 16.14 billion euros a year earlier in real terms, the statistics office said on Monday.\nOn "
     "a per capita basis, GDP grew 0.8%, as the population grew because of immigration.\n",
     date(2025, 3, 4)),
    # 'helped by a gain of 0.18 billion crowns from selling an old factory site': an item, no change
    ("Aurland Foods profit rises, helped by property sale\nBERGEN, Feb 14 (Nordic Wire) - Aurland "
     "Foods, the Norwegian maker of fish cakes and ready meals, said on Friday its net profit rose to "
     "3.62 billion crowns in 2024 from 3.21 billion crowns, helped by a gain of 0.18 billion crowns "
     "from selling an old factory site in central Bergen.\nSales volumes rose in Sweden and Denmark, "
     "where the company has launched a range of fish-based meals for children.\n",
     date(2025, 2, 15)),
    # 'The retail division's operating margin was 6.3%': a division's, not the group's
    ("Kallvik Group profit rises as wholesale arm grows\nSTOCKHOLM, Feb 7 (Nordic Wire) - Kallvik "
     "Group, the Swedish grocery retailer and wholesaler, said on Friday its revenue rose 6.6% to "
     "38.6 billion crowns in 2024 from 36.2 billion crowns, while operating profit rose to 3.86 "
     "billion crowns from 3.52 billion crowns.\nThe retail division's operating margin was 6.3%, while "
     "the wholesale division's was 16.4%, as restaurants and hotels bought more food from its "
     "warehouses.\n",
     date(2025, 2, 8)),
    # 'In value terms, exports rose 24.5%' beside levels in tonnes
    ("Kavala exports rise as coffee prices soar\nLIMA, March 4 (Andes Wire) - Kavala's coffee exports "
     "rose to 2.10 million tonnes in 2024 from 1.90 million tonnes, the trade ministry said on "
     "Tuesday.\nIn value terms, exports rose 24.5%, as prices on world markets hit records.\n",
     date(2025, 3, 5)),
    # 'Sales in its home market rose 3.1%, while sales outside Norway rose 11.4%': parts
    ("Veltra sales rise as exports grow\nOSLO, March 4 (Nordic Wire) - Veltra's sales rose to 24.8 "
     "billion crowns in 2024 from 23.1 billion crowns, the Norwegian food group said on "
     "Tuesday.\nSales in its home market rose 3.1%, while sales outside Norway rose 11.4%.\n",
     date(2025, 3, 5)),
    # 'Its shares jumped more than 6%': the share price
    ("Korven shares rise after results\nOSLO, March 4 (Nordic Wire) - Korven's revenue rose to 8.40 "
     "billion crowns in 2024 from 8.00 billion crowns, the Norwegian food group said on Tuesday.\nIts "
     "shares jumped more than 6% in Oslo.\n",
     date(2025, 3, 5)),
    # 'Per employee, revenue rose 3.9%': another basis
    ("Kaldvik profit rises\nOSLO, March 4 (Nordic Wire) - Kaldvik's revenue rose to 8.40 billion "
     "crowns in 2024 from 7.90 billion crowns, the Norwegian food group said on Tuesday.\nPer "
     "employee, revenue rose 3.9%.\n",
     date(2025, 3, 5)),
    # a remainder whose listed parts are not all figures of the draft: 512 + 486 + 431 + 198 + 1,187 = 2,814, but
    # 'with 486' and the others bare are no drafted figure, and 512 + 1,187 alone is no sum of the whole
    ("Belgian bankruptcies rise\nBRUSSELS, July 3 (Fixture Wire) - Belgian courts declared 2,814 bankruptcies in the "
     "second quarter of 2025.\nConstruction was the hardest-hit sector with 512 bankruptcies, followed by hospitality "
     "with 486, and retail with 431. Transport and logistics recorded 198, with other sectors accounting for the "
     "remaining 1,187.\n",
     date(2025, 7, 3)),
    # a rank whose comparison follows it in its sentence ('followed by Delhi's capital region with $3.2 billion') is
    # never taken over other figures (a funding stage's $6.8 billion, another cut of the same $13.7 billion)
    ("Indian startup funding steadies at $13.7 billion as deal count falls\n"
     "Bengaluru-based startups raised $5.1 billion in 2025, or 37% of the total, keeping the city in the top spot, "
     "followed by Delhi's capital region with $3.2 billion and Mumbai with $2.2 billion.\nLate-stage rounds accounted "
     "for $6.8 billion, about half of all funding.\n",
     date(2026, 1, 8)),
]


BREAKDOWNS_AND_RANK_MEASURES = [
    # 'Celtica, the smallest, posted the fastest growth': the rank is of sizes (2.256 < 4.312); the growth word is
    # another clause's
    ("French telecom revenue edges up as Bouygues-style price war eases\nTelvia, the largest of the three, "
     "increased revenue 4.1% to 4.312 billion euros, a share of 41.3% of the group's combined total.\n"
     "Celtica, the smallest, posted the fastest growth, with revenue rising 6.8% to 2.256 billion euros.\n",
     date(2025, 7, 1)),
    # 'Of those, ... the remaining 44,800': parts of the sentence before's 238,900 (194,100 + 44,800), never of 262,500
    ("Canadian housing starts rebound in May as multi-unit projects surge\nOTTAWA, June 16 (Globe and "
     "Mail) - Canadian housing starts rose 5.8% in May to a seasonally adjusted annualized rate of "
     "262,500 units from a revised 248,100 in April, Canada Mortgage and Housing Corp said on Monday.\n"
     "Urban starts accounted for 238,900 units, or 91.0% of the total. Of those, multi-unit projects made "
     "up 194,100 units and single-detached homes the remaining 44,800, down 2.8% from April.\n",
     date(2025, 6, 16)),
    # an expectation is no whole: nothing gives the actual total the 91.0% is of
    ("Canadian housing starts rebound in May as multi-unit projects surge\nAnalysts had expected 250,000 "
     "units.\nUrban starts accounted for 238,900 units, or 91.0% of the total.\n",
     date(2025, 6, 16)),
    # 'grew fastest' ranks growth (11.7 > 7.9 > -3.4); 'the highest of the three' the load factors of its own sentence
    ("Gulf carriers' passenger numbers climb as Desert Wing's slip\nSkyra Airways, the largest of the "
     "three, carried 6.82 million passengers, up 7.9% from 6.32 million.\nDesert Wing saw passengers slip "
     "3.4% to 5.11 million, as it retired older aircraft.\nBudget carrier FlyMarhaba grew fastest, with "
     "passengers up 11.7% to 2.96 million, though it remains the smallest of the three.\nLoad factors were "
     "81.2% at Skyra, 78.4% at Desert Wing and 86.9% at FlyMarhaba, the highest of the three.\n",
     date(2025, 7, 1)),
    # amounts listed with the parts but drafted in another noun (1.94 + 1.56 + 0.87 + 0.52 + 0.72 = 5.61): no sum
    ("EU car sales slip in first half as hybrids extend lead\nBRUSSELS, July 24 (Bloomberg) - New car "
     "registrations in the European Union fell 1.4% in the first half to 5.61 million vehicles, the "
     "European Automobile Manufacturers' Association said on Thursday.\nHybrid-electric cars were the most "
     "popular choice with 1.94 million registrations, ahead of petrol cars at 1.56 million. "
     "Battery-electric cars rose 31.8% to 0.87 million, a share of 15.5%, while plug-in hybrids accounted "
     "for 0.52 million and diesel cars the remaining 0.72 million.\n",
     date(2025, 7, 24)),
    # parts in a paragraph between the whole and the remainder (381.6 + 61.4 + 48.9 + 220.3 = 712.2): no sum
    ("Japan's car output slips in June as Toyota trims production\nTOKYO, July 29 (Nikkei Asia) - Japan's "
     "eight automakers produced 712.2 thousand vehicles at home in June, down 4.8% from a year earlier, "
     "company data showed.\nToyota, the largest, built 381.6 thousand vehicles. Honda made 61.4 thousand.\n"
     "Nissan produced 48.9 thousand vehicles, and the five other makers built the remaining 220.3 "
     "thousand.\n",
     date(2025, 7, 29)),
    # 'Medalpin, the smallest, posted the fastest growth': sizes (5.4 < 24.1), not growth rates
    ("Swiss drugmakers' sales rise; Medalpin grows fastest\nNovagen, the second-largest, increased sales "
     "5.7% to 24.1 billion francs. Medalpin, the smallest, posted the fastest growth, with sales up 12.5% "
     "to 5.4 billion francs.\n",
     date(2025, 7, 1)),
    # 'Together the two accounted for 27.5%': Germany's and the United States' (2.20 / 8.00), never robusta's from the
    # paragraph before with the United States' (4.00 / 8.00 = 50%), though Germany's purchases are drafted as the
    # exporter's own
    ("Ruritania's coffee earnings rise\nLONDON, March 1 (Fixture Wire) - Ruritania's coffee exports earned $8.00 "
     "billion in 2024, up 5.3% from $7.60 billion in 2023. Arabica brought in $5.00 billion and robusta the remaining "
     "$3.00 billion.\nGermany was again the largest buyer, but its purchases fell 4.0% to $1.20 billion from $1.25 "
     "billion. The United States, the second-largest market, bought $1.00 billion. Together the two accounted for "
     "27.5% of the total.\n",
     date(2025, 3, 1)),
    # 'followed by Bauchi at 29.6%, while Kwara had the lowest at 14.2%': the list after 'followed by' ends at
    # 'while'; Kwara is the lowest (14.2 < 16.0), never the third-highest
    ("Nigeria's inflation eases to 22.97% in May\nLAGOS - Nigeria's annual inflation rate eased to 22.97% in May "
     "from 23.71% in April, the National Bureau of Statistics said on Monday, a decline of 0.74 percentage points.\n"
     "Kebbi state recorded the highest annual headline rate at 33.4%, followed by Bauchi at 29.6%, while Kwara had "
     "the lowest at 14.2%, followed by Sokoto at 16.0% and Niger at 16.4%.\n",
     date(2025, 6, 16)),
]


# A code review of the rules for averages per unit, 'Of those', verbs before 'by' and shares of a printed amount
LONDON_MARCH = "LONDON, March 1 (Fixture Wire) - "
AVERAGES_REFERENCES_VERBS = [(f"{headline}\n{LONDON_MARCH}{body}\n", date(2025, 3, 1)) for headline, body in [
    # a price per share is no average of the profit or of the money raised (120 / 48 = 2.50; 30 / 1.2 = 25.00)
    ("Acme results", "Acme's net profit rose to $120 million in 2024. The company, which has 48 million shares, proposed "
     "a dividend of $1.20 a share."),
    ("Acme shares", "Acme raised $30 million in 2024 by selling 1.2 million new shares. Its shares ended 2024 at $31.50 "
     "a share."),
    # salmon's average price is no average of all seafood (175.4 billion / 2.71 million = 64,723)
    ("Norway's seafood exports rise", "Norway exported 2.71 million tonnes of seafood worth 175.4 billion crowns in 2024. "
     "Its salmon fetched an average of 90,000 crowns a tonne."),
    # 'Of that revenue' is the revenue (35.0 + 26.8 = 61.8), never the costs after it
    ("Ruritel results", "Ruritel's revenue was €61.8 million in 2024 and its costs €41.0 million. Of that revenue, fees "
     "brought in €35.0 million and other income the remaining €26.8 million."),
    ("Canadian housing starts", "Urban starts accounted for 238,900 units in May 2025, and permits for 251,000 units. Of "
     "those starts, multi-unit projects made up 194,100 units and single-detached homes the remaining 44,800."),
    # a noun or a passive before 'by' is no change of the amount after it (25.4 - 23.9 = 1.5; 2.40 - 2.10 = 0.30)
    ("Acme subscribers", "Acme's subscribers rose to 25.4 million at the end of June 2024 from 23.9 million a year "
     "earlier. Growth was driven by 1.2 million new subscribers from its bundle deal."),
    ("Acme output", "Acme produced 2.40 million tonnes of steel in 2024, up from 2.10 million tonnes in 2023. The increase "
     "was led by 180,000 tonnes from its new plant."),
    # a share of a printed amount whose part is not the amount right before it (the wage bill is not given)
    ("Acme results", "Acme's exports were $2.0 billion in 2024, while its wage bill made up 30% of its $5.0 billion in "
     "costs."),
    ("City budget", "The city collected $1.2 billion in property taxes in 2024, and debt service made up 45% of the "
     "city's $3.43 billion in spending."),
]]


# 'higher than' a pronoun, then the subject's own figure; 'narrower than' a figure that is no level
COMPARATIVES = [(text, date(2025, 7, 1)) for text in [
    "Spain's jobless rate falls to 10.6%, lowest since 2008\nAmong women the rate was 11.9%, compared with 9.5% for men, "
    "and the rate for people under 25 was higher than both, at 24.9%.\n",
    "Spain's jobless rate falls to 10.6%, lowest since 2008\nAndalusia's rate eased to 15.6% from 16.4%, while "
    "Extremadura's was higher than any other region's, at 16.9%.\n",
    # 5.7 < 6.2 and 5.7 > 5.6: 'narrower than the 6.2%' is never a comparison with the 5.6% target after it
    "Philippine deficit misses target as spending jumps\nThe deficit was equal to 5.7% of GDP, narrower than the 6.2% "
    "recorded in 2023 but above the 5.6% target.\n",
    "Indian states' fiscal deficit narrows to 2.9% of GDP\nMUMBAI, Dec 19 (Business Standard) - The combined fiscal "
    "deficit of Indian states was 2.9% of GDP in FY24, narrower than the 3.1% recorded in FY22 but above the 2.7% of "
    "FY23, a Reserve Bank of India study showed on Thursday.\n",
    "Polish wages rise 12.9% as labour market stays tight\nPay in mining and quarrying averaged 14,020 zlotys, while "
    "in accommodation and catering it was lower than in any other sector, at 5,380 zlotys.\n",
    "Bank of Korea cuts rate to 2.75%, lowers growth forecast to 1.5%\nCore inflation was 1.8% in January, while "
    "headline inflation was higher than that, at 2.2%.\n",
    "Australia's jobless rate edges up to 4.1%\nAmong states, Victoria's jobless rate was 4.5%, and South Australia's "
    "was higher than that, at 4.6%.\n",
    "Norway's wealth fund earns 2.51 trillion crowns in 2024\nThe return on equities was 18.2%, and the return on US "
    "stocks was higher than that, at 24.1%.\n",
    # a bloc 'as a whole' and a continent's buyers are never ranked among the countries they hold (550/1,350 = 40.7%)
    "Germany remains top buyer of Vietnamese coffee\nHANOI, Jan 8 (Fixture Wire) - Vietnam exported 1.35 million "
    "tonnes of coffee in 2024. Germany was the largest single buyer, taking 170,000 tonnes, followed by Italy with "
    "130,000 tonnes. The European Union as a whole bought 550,000 tonnes, or 41% of the total.\nAsian buyers took "
    "380,000 tonnes, with Japan the biggest at 95,000 tonnes.\n",
    # what 'leaving' gives all other brands is no vendor's (201.4 + 93.8 = 295.2; 60.6 / 295.2 = 20.5%)
    "Samsung keeps smartphone lead\nSEOUL, July 15 (Fixture Wire) - Global smartphone shipments reached 295.2 million "
    "in the second quarter of 2025. Samsung kept the top spot with 60.6 million phones shipped, a 20.5% share of the "
    "market. Apple ranked second with 46.4 million. The five largest vendors together shipped 201.4 million phones, "
    "leaving 93.8 million for all other brands.\n",
    # a base after a second change is the second's: 1.75 - 1.25 = 0.50 points, the total reduction, not the 25 bp cut
    "SNB cuts rate to 1.25%\nZURICH, June 20 (Fixture Wire) - The Swiss National Bank cut its policy rate by 25 basis "
    "points to 1.25% on Thursday, its second cut this year, bringing the total reduction since March to 50 basis points "
    "from 1.75%.\n",
    # shares of the market 'of which' names (8.12 / 13.2 = 61.5%, 3.80 / 13.2 = 28.8%, 0.62 / 13.2 = 4.7%), never of the
    # airline's own quarter
    "IndiGo profit falls; domestic market share at 61.5%\nMUMBAI, Aug 4 (Fixture Wire) - IndiGo carried 28.5 million "
    "passengers in the April-June quarter. Domestic airlines flew 13.2 million passengers in June, of which IndiGo "
    "carried 8.12 million, a market share of 61.5%. The Air India group was second with 3.80 million passengers, or "
    "28.8%, followed by Akasa Air with 0.62 million (4.7%).\n",
    # a rate the yen moved to is no rate the intervention was restated at (9.79 trillion / 161.2 = $60.7 billion; at the
    # rates of the weeks it was spent, about $62 billion)
    "Yen slides to weakest since 1986\nTOKYO, June 28 (Fixture Wire) - The yen weakened to 161.2 per dollar, its weakest "
    "level since December 1986, keeping traders on alert for intervention by Japanese authorities, who spent 9.79 "
    "trillion yen ($62 billion) supporting the currency between April 26 and May 29.\n",
    # the headline's 'exports surge' is the record $52.6 billion (no earlier level given), never the shipments to China
    "South Korea's exports surge to record as chip boom offsets China slump\nSEOUL, March 1 (Yonhap) - Exports hit a "
    "record $52.6 billion in February.\nShipments to China, however, fell to $10.2 billion from $11.0 billion a year "
    "earlier.\n",
]]


# A review of 'the year to June', prices with a slash, lengths of time and counts (each passage read with no date)
YEARS_TO_WEEKS_AND_COUNTS = [(text, None) for text in [
    # 'the 12 months to June 2026' is a rolling window, never the fiscal year to March 2026 ($447bn / $422bn = 5.9%)
    "Report\nNEW DELHI (Fiscal Wire) – Exports rose to $437 billion in the fiscal year to March 2026 from $422 billion "
    "the year before. In the 12 months to June 2026, exports rose 4.2% to $447 billion.\n",
    "Report\nPERTH (Mining Wire) – Pilbara Metals shipped 192.4 million tonnes of iron ore in the fiscal year to June 2026, "
    "up from 187.2 million tonnes.\nIn the 12 months to March 2026, shipments rose 1.9% to 190.1 million tonnes.\n",
    # a level averaged over the year is the year's, never June's: 6.84 / 6.61 = +3.5% is no change of June's level
    "Report\nSTOCKHOLM (Company Wire) – Nordtel averaged 6.80 million subscribers in the year to June, up from 6.61 "
    "million a year earlier.\nAt the end of June, subscribers were up 3.0% on a year earlier at 6.84 million.\n",
    "Report\nMADRID (Labour Wire) – Spain's unemployment rate averaged 11.2% in the 12 months to March, down from 12.0% "
    "a year earlier.\nIn March, the rate fell 0.6 percentage points on a year earlier to 10.9%.\n",
    # 'rose 6.8% on a year earlier to 21,040': March's change, never the twelve months' (246,300 / 237,300 = 3.8%)
    "Report\nSEOUL (Population Wire) – South Korea recorded 246,300 births in the 12 months to March, up from 237,300 a "
    "year earlier.\nIn March alone, births rose 6.8% on a year earlier to 21,040.\n",
    "Report\nLONDON (Health Wire) – Over the year to March, the median wait averaged 13.8 weeks, down from 14.6 weeks a "
    "year earlier.\nIn March alone, the median wait fell 1.4 weeks on a year earlier to 13.1 weeks.\n",
    # 'from $2,830 per FEU a week earlier' is no level a year before, so Genoa's 4.1% has no base here
    "Report\nSHANGHAI (Freight Desk) – Spot rates from Shanghai to Rotterdam fell to $2,480/FEU from $2,830 per FEU a "
    "week earlier.\nRates to Genoa fell 4.1% to $2,550/FEU.\n",
    # 222,400 counts marriages, never the births 47,000 is a share of
    "Report\nSEOUL (Population Wire) – Marriages rose to 222,400.\nSeoul accounted for 47,000 births, or 19.1% of "
    "the "
    "total.\n",
]]


# A second review: levels days before, wholes after a part, products, and 'together' (each read with no date)
WHOLES_DAYS_AND_PARTS = [(text, None) for text in [
    # a level a fortnight, a week, a night or a year's start before is no level a year before: each 'higher than a year
    # ago' has no base here
    "Report\nLONDON (Energy Markets Wire) – Brent crude settled at $78.42 a barrel on Tuesday, up from $75.10 "
    "a fortnight earlier, and 9.6% higher than a year ago.\n",
    "Report\nLONDON (Energy Markets Wire) – Gold traded at $2,412 an ounce, up from $2,063 at the start of the "
    "year, and 21.4% higher than a year earlier.\n",
    "Report\nLONDON (Shipping Desk) – The cost of shipping a 40-foot container fell to $2,346 this week from "
    "$2,449 the week before, and was 8.5% lower than a year earlier.\n",
    "Report\nKUALA LUMPUR (Commodities Desk) – In Chicago, soybeans rose to $10.42 a bushel from $10.18 "
    "overnight, and were 4.1% above their level a year earlier.\n",
    # "..., while total avocado exports grew 9.4%": the whole's change, never the EU's (118.6 / 96.4 = +23.0%)
    "Report\nNAIROBI (East Africa Trade Wire) – Kenya's avocado exports to the European Union rose 23.0% in "
    "2025 to 118.6 million kilograms from 96.4 million kilograms, while total avocado exports grew 9.4%.\n",
    # 'Of the corn, ... Egypt 4.6 million tonnes': no soybean buyer ranked beside Spain (4.2 million tonnes)
    "Report\nSAO PAULO (Agro Americas Wire) – Brazil exported 104.2 million tonnes of soybeans in 2025.\nChina "
    "was the biggest soybean buyer with 76.5 million tonnes, followed by Spain with 4.2 million tonnes.\nOf "
    "the corn, Iran bought 5.1 million tonnes and Egypt 4.6 million tonnes.\n",
    # 'Between them the two took 49.3%': Italy's and the Netherlands' (21.1 / 42.8), never Italy's alone
    "Report\nASTANA (Steppe Business Wire) – Kazakhstan earned $42.8 billion from crude oil exports in "
    "2025.\nItaly bought $14.2 billion and the Netherlands $6.9 billion. Between them the two took 49.3% of "
    "the total.\n",
    # 'Together the two': Egypt's 3.1 and Spain's 2.2 (5.3 / 16.2 = 32.7%), never the feed mills' 1.4 of Spain's
    "Report\nKYIV (Black Sea Grain Wire) – Ukraine exported 16.2 million tonnes of wheat in 2025.\nEgypt "
    "bought 3.1 million tonnes. Spain took 2.2 million tonnes, of which Spanish feed mills bought 1.4 million "
    "tonnes. Together the two accounted for 32.7% of the total.\n",
]]


# A third review: superlatives of a thing's own past, benchmarks years back, and a month's change beside a year-earlier
# level (each read with no date)
OWN_PAST_BENCHMARKS_AND_MONTHS = [(text, None) for text in [
    # 'to its lowest this year', 'its biggest drop this month', 'its busiest day of the year', 'the highest this year':
    # against its own past, never a rank among the figures beside it
    "Economy\nLONDON (Fixture Wire) – OPEC oil output fell in March to its lowest this year as Saudi Arabia cut "
    "production. Saudi Arabia pumped 8.99 million bpd, Iraq 4.20 million bpd and Iran 3.30 million bpd.\n",
    "Economy\nHONG KONG (Fixture Wire) – Hong Kong's Hang Seng index fell 1.2% on Tuesday, its biggest drop this month. "
    "Property developers led the declines, with the Hang Seng Mainland Properties Index down 3.5%.\n",
    "Economy\nISTANBUL (Fixture Wire) – Sabiha Gokcen airport handled 121,000 passengers on Sunday, its busiest day of "
    "the year, while Istanbul Airport handled 245,000.\n",
    "Economy\nLISBON (Fixture Wire) – Hotel occupancy in Lisbon rose to 84.2% in August, the highest this year, while in "
    "Porto it reached 88.1% in August.\n",
    # 'compared with 1.20 trillion yen in the same quarter of 2019': 2019's, no base of a 28% rise on the year
    "Economy\nTOKYO (Fixture Wire) – Spending by foreign visitors rose 28% to 1.96 trillion yen in the quarter, compared "
    "with 1.20 trillion yen in the same quarter of 2019.\n",
    # a month's change with no basis of its own, beside a level a year earlier: as often on the month before
    "Economy\nWASHINGTON (Fixture Wire) – The unemployment rate rose 0.2 percentage point to 4.3% in July, compared with "
    "3.5% a year earlier.\n",
    "Economy\nLONDON (Fixture Wire) – The average asking price rose 1.0% to £372,000 in September, and was up from "
    "£363,000 a year earlier.\n",
    # 'up 1.1 points' after a reading is the change to it, never a reading below the forecast (87.3 > 86.8)
    "Ifo index rises\nMUNICH (Fixture Wire) – The Ifo index rose to 87.3, up 1.1 points and above a forecast of 86.8.\n",
    # a rate's change in points with no basis of its own is on the release before, never on 'a year earlier' (3.5%)
    "UK jobless rate\nLONDON (Fixture Wire) – The rate rose 0.2 point to 4.3%, compared with 3.5% a year earlier.\n",
    # 'below Indonesia's by 2.2 points': a gap, never Indonesia's reading (51.2 - 2.2 = 49.0 is no fall)
    "PMI rises\nJAKARTA, Oct 1 - Indonesia's manufacturing purchasing managers' index rose to 53.4 in September from "
    "52.1 in August, up 1.3 points, S&P Global said.\nVietnam's PMI was 51.2, below Indonesia's by 2.2 points, while the "
    "Philippines' index was 53.7, the highest in the region.\n",
]]


# A fifth review, and the new dev batch's household debt: wholes of their own, fields of their own, and the level a
# year earlier (each read with no date)
WHOLES_FIELDS_AND_BASES = [(text, None) for text in [
    # 'or 14.8% of sales excluding fuel': a whole of its own, never the sales including fuel (608 / 4,820 = 12.6%)
    "Harwood Foods sales rise\nLONDON (Fixture Wire) – Total sales including fuel were 4.82 billion pounds. Online "
    "sales were 608 million pounds, or 14.8% of sales excluding fuel.\n",
    # 'Of the new energy vehicles exported, ... 33.1%': of those 1.18 million, never the 2.79 million nor a brand's
    "China car exports jump\nBEIJING (Fixture Wire) – China exported 2.79 million passenger cars in the first half. "
    "Chery was the largest exporter with 532,000 vehicles. Of the new energy vehicles exported, plug-in hybrids "
    "accounted for 390,000, or 33.1%. Russia remained the top destination, taking 610,000 vehicles.\n",
    # 'the biggest private insurer': first among the private ones, never above the state-run one
    "Indian life insurers' premiums rise\nMUMBAI (Fixture Wire) – Premiums rose to 300.3 billion rupees.\n\nLife "
    "Insurance Corp, the largest insurer, collected 177.7 billion rupees.\n\nSBI Life, the biggest private insurer, "
    "collected 28.4 billion rupees.\n",
    # 'a year earlier, when debt stood at 779.5 billion' is the year before's level; mortgages (67.5% of all household
    # debt) are a part, never the whole that consumer credit and 'the remaining 92.5 billion' add up to
    "Household debt rises\nWARSAW (Fixture Wire) – Polish households owed 812.4 billion zlotys at the end of June, up "
    "1.3% from 801.7 billion at the end of March and 4.2% more than a year earlier, when debt stood at 779.5 "
    "billion.\nMortgage debt rose 1.8% in the quarter to 548.6 billion zlotys from 538.9 billion. Mortgages made up "
    "67.5% of all household debt. Consumer credit climbed 3.7% from a year earlier to 171.3 billion zlotys from 165.2 "
    "billion, while car loans, overdrafts and other credit made up the remaining 92.5 billion. The debt was equal to "
    "$223.8 billion at 3.63 zlotys per dollar.\n",
    # 'the biggest single mine': first among mines, never above a company that runs several
    "Report\nSANTIAGO (Fixture Wire) – Chile produced 5.26 million tonnes of copper in 2023. State-owned Codelco, the "
    "world's largest copper producer, accounted for 1.42 million tonnes.\n\nEscondida, the biggest single mine, "
    "produced 1.05 million tonnes.\n",
    # 'nearly 10% above the 6.22 million of the first half of 2019': that base, never the year before's 6.59 million
    "Croatia's arrivals rise\nZAGREB, July 24 (Fixture Wire) – Croatia welcomed 6.84 million foreign visitors in the "
    "first six months of the year, 3.8% more than the 6.59 million a year earlier and nearly 10% above the 6.22 "
    "million of the first half of 2019.\n",
]]


# A seventh and an eighth review: a sentence that opens in the earlier period, two lists ranked by different nouns,
# a drag, a balance sheet, a list item's change and 'respectively'; a ninth and a tenth review: benchmarks, units,
# home markets, earlier estimates, clauses with a subject of their own, and a basis of its own; an eleventh and a
# twelfth review: a change's own levels, gaps, lines of profit, named parts and a clause's own measure
OPENING_MARKERS = [(text, None) for text in [
    # 'The two largest producers together' are Andes Cobre and Kivu (412,000 + 356,000 = 768,000), never the last two
    # named; 'the other two together' are no sum of the two before them either (305,000 + 298,000 = 603,000)
    "Copper miners\nLONDON, Oct 21 (Fixture Wire) – Andes Cobre produced 412,000 tonnes of copper in the third quarter. "
    "Kivu Copper Mining produced 356,000 tonnes, Zamtonga Resources 305,000 tonnes and Pacifica Minerals 298,000 "
    "tonnes. The two largest producers together produced 768,000 tonnes.\n",
    "Copper miners\nLONDON, Oct 21 (Fixture Wire) – Andes Cobre produced 412,000 tonnes of copper in the third quarter "
    "and Kivu Copper Mining produced 356,000 tonnes. Zamtonga Resources produced 305,000 tonnes and Pacifica Minerals "
    "298,000 tonnes. The first two together produced 768,000 tonnes.\n",
    # 'The 24 mega-rounds ... accounted for €7.0 billion' are the counted deals taken together, no sector ranked with
    # artificial intelligence (5.1 > 2.4 > 1.1)
    "Start-up funding\nLONDON, Oct 9 (Fixture Wire) – Venture capital investment in European start-ups fell to €14.6 "
    "billion in the third quarter. The 24 mega-rounds of the quarter accounted for €7.0 billion, nearly half of all "
    "the money raised.\nArtificial intelligence was again the biggest sector, with €5.1 billion. Fintech came second "
    "with €2.4 billion, while defence start-ups drew €1.1 billion.\n",
    # 'A year ago, the rate averaged 7.18%, 1.10 percentage points higher': 7.18 - 6.08 = 1.10, the year before's
    # level, never this week's, and never set against the 15-year rate's 5.27% of last week
    "Report\nWASHINGTON (Fixture Wire) – The average rate on a 30-year fixed mortgage in the United States fell to "
    "6.08% this week from 6.20% last week. A year ago, the rate averaged 7.18%, 1.10 percentage points higher.\n\nThe "
    "15-year fixed rate slipped to 5.15% from 5.27%.\n",
    # 'the previous quarter's $23.1 billion' is the first quarter's, never the second's set against 'A year earlier,
    # revenue was $22.1 billion' (24.3 / 22.1 = +10.0%)
    "Software firm's revenue rises 10%\nSAN FRANCISCO (Fixture Wire) -- Cloudmere Inc reported second-quarter revenue "
    "of $24.3 billion on Tuesday, up 10% from a year earlier and 5.2% from the previous quarter's $23.1 billion.\n"
    "Analysts on average had expected revenue of $23.9 billion. A year earlier, revenue was $22.1 billion.\n",
    # 'the biggest drag on the index' is the steepest fall (-1.4% < 3.1% < 5.8%), never the biggest gain
    "London shares close higher\nLONDON, Feb 7, 2025 (Fixture Wire) - The FTSE 100 index rose 0.7% on Friday. Anglo "
    "American jumped 5.8% and Rio Tinto rose 3.1%. AstraZeneca fell 1.4%, the biggest drag on the index.\n",
    # 'Reserve balances' are no balance sheet: the headline's 'shrinks' is the $2,152.6 billion contraction
    "Fed's balance sheet shrinks\nWASHINGTON, Jan 17, 2025 (Fixture Wire) - The Federal Reserve's balance sheet has "
    "contracted by $2,152.6 billion since June 2022. Reserve balances held by banks at the Fed rose $78.7 billion to "
    "$3,305.1 billion from $3,226.4 billion.\n",
    # 'followed by Antwerp-Bruges, up 7.1%': Antwerp-Bruges's growth, never Rotterdam's (13.8 / 13.45 = +2.6%)
    "Rotterdam stays Europe's busiest port\nROTTERDAM, Feb 19, 2025 (Fixture Wire) - Rotterdam was the busiest "
    "container port in 2024 with 13.8 million TEU, up from 13.45 million in 2023, followed by Antwerp-Bruges, up 7.1%.\n",
    # 'exports and imports rose 2.8% and 1.8% respectively, to 9,911.1 billion yen and 9,780.2 billion yen': in that
    # order (9,911.1 / 9,641.1 = +2.8%, 9,780.2 / 9,607.3 = +1.8%)
    "Japan's exports rise\nTOKYO, Jan 23, 2025 (Fixture Wire) - Japan's exports and imports rose 2.8% and 1.8% "
    "respectively in December from a year earlier, to 9,911.1 billion yen and 9,780.2 billion yen, leaving a trade "
    "surplus of 130.9 billion yen.\nA year earlier exports were 9,641.1 billion yen and imports 9,607.3 billion yen.\n",
    # '$10.1 billion and $6.7 billion of pre-tax profit respectively, together 52.0%': (10.1 + 6.7) / 32.3 = 52.0%
    "Asteria Bank's profit rises\nLONDON, Feb 19, 2025 (Fixture Wire) - Asteria Bank said its pre-tax profit rose 6.6% "
    "to $32.3 billion in 2024 from $30.3 billion.\nIts Hong Kong and UK businesses contributed $10.1 billion and $6.7 "
    "billion of pre-tax profit respectively, together 52.0% of the group total.\n",
    # the headline's 'UK' is the body's 'Britain', whose approvals fell (66,100 < 66,500); remortgaging rose
    "UK mortgage approvals fall to 66,100 in December\nLONDON, Feb 3, 2025 (Fixture Wire) - Mortgage approvals for "
    "house purchases in Britain fell to 66,100 in December from 66,500 in November, the Bank of England said on "
    "Monday.\nApprovals for remortgaging with a different lender rose to 32,300 from 31,100.\n",
    # "Sweden's Nordbanken and Norway's Fjordbank ... respectively": the banks, and "the size of Kystbank's." ends its
    # sentence, so 'Combined lending at the three' (662 = 341 + 199 + 122) is never one of the three ranked
    "Nordic banks' lending edges up\nCOPENHAGEN, Oct 24 (Fixture Wire) - Lending at Sweden's Nordbanken and Norway's "
    "Fjordbank rose 2.7% and 3.1% respectively in the third quarter from a year earlier, to 341 billion euros and 199 "
    "billion euros.\nDanish lender Kystbank's loan book shrank 1.6% to 122 billion euros.\nNordbanken, the biggest of "
    "the three, had a loan book 2.8 times the size of Kystbank's. Combined lending at the three rose 2.0% to 662 "
    "billion euros.\n",
    # a ninth review: '3.5 points below the median of 87.8%' is a gap to a benchmark (84.3 - 87.8 = -3.5), never a
    # change from the year before's 89.1%
    "Norwegian reservoirs below normal\nOSLO, Oct 16 (Fixture Wire) – Norwegian hydropower reservoirs were 84.3% full "
    "last week, 3.5 points below the median of 87.8% for the time of year, regulator NVE said on Wednesday. A year "
    "earlier they were 89.1% full.\n",
    # '85.1 feet (25.9 metres) ... up from 79.9 feet': feet with feet, never metres with feet
    "Gatun Lake recovers\nPANAMA CITY, Oct 3 (Fixture Wire) – Gatun Lake, which feeds the Panama Canal locks, stood at "
    "85.1 feet (25.9 metres) on Tuesday, up from 79.9 feet a year earlier.\n",
    # 'shipments within France' are the home market, never an export market ranked above the United States
    "Champagne shipments slump\nREIMS, France, Jan 12 (Fixture Wire) – Champagne houses shipped 299 million bottles in "
    "2023, down 8.3% from 326 million in 2022, the Comité Champagne said on Friday.\nExports fell 7.3% to 167 million "
    "bottles, while shipments within France fell 9.5% to 132 million bottles.\nThe United States remained the biggest "
    "export market with 26 million bottles, ahead of Britain with 24 million.\n",
    # 'after first-half revenue of A$2.00 billion, up 15.5%': the first half's change on a year earlier, never the
    # second half's on the first (2.20 / 2.00 = +10%)
    "Harbour Foods revenue rises\nSYDNEY (Fixture Wire) – Harbour Foods' second-half revenue rose 9.0% to A$2.20 "
    "billion, after first-half revenue of A$2.00 billion, up 15.5%.\n",
    # 'to an all-time high of $14.82 billion' is the level the rise reaches (14.82 / 9.73 = +52.3%)
    "Coffee exports\nSÃO PAULO (Fixture Wire) – Brazil's coffee export revenue jumped 52.3% to an all-time high of "
    "$14.82 billion in 2024 from $9.73 billion in 2023.\n",
    # '9.3 points above the 10-year average of 57.1%': 66.4 - 57.1 = 9.3, never 66.4 - 48.5
    "Spanish reservoirs recover\nMADRID, June 4 (Fixture Wire) – Spain's reservoirs were at 66.4% of capacity on "
    "Tuesday, 9.3 points above the 10-year average of 57.1% for the time of year, the environment ministry said. A year "
    "earlier they were at 48.5%.\n",
    # '... down 1.2 percentage points from the previous week and 3.5 points below the median of 87.8%': a gap to the
    # median, never a change on the year before's 89.1%
    "Norwegian reservoirs fall\nOSLO, Oct 16 (Fixture Wire) – Norwegian hydropower reservoirs were 84.3% full in week "
    "41, down 1.2 percentage points from the previous week and 3.5 points below the median of 87.8% for the time of "
    "year, regulator NVE said on Wednesday. A year earlier they were 89.1% full.\n",
    # 'above sea level on Monday, down from 3,808.3 metres': a height, and a fall (3,807.6 < 3,808.3)
    "Lake Titicaca falls\nLA PAZ, Nov 12 (Fixture Wire) – Lake Titicaca stood 3,807.6 metres (12,492 feet) above sea "
    "level on Monday, down from 3,808.3 metres a year earlier, the lowest since 1996.\n",
    # 'the remaining 18,768 registrations went to other brands': the other brands', never the five leading brands'
    # (29,847 / 48,615 = 61.4%, and 48,615 - 29,847 = 18,768)
    "Car registrations\nWARSAW, Dec 3 (Fixture Wire) – Poland registered 48,615 new passenger cars in November. The "
    "five leading brands took 61.4% of the market, and the remaining 18,768 registrations went to other brands.\n",
    # a tenth review: '..., although Madrid remained the most expensive' and '..., although police remained the
    # largest' are about Madrid and police, never about the sentence's subject ranked by its price or its budget
    "Madrid homes\nMADRID, Oct 8 (Fixture Wire) – Home prices in Madrid rose 9.9% in the third quarter from a year earlier "
    "to 4,512 euros per square metre, up from 4,105 euros.\nBarcelona followed at 3,980 euros, 7.5% more than the 3,702 "
    "euros of a year earlier, while prices in Valencia climbed 4.7% to 2,615 euros from 2,498 euros. Málaga, where "
    "prices rose 11.2% to 3,310 euros from 2,977 euros, was the fastest-growing of the four largest markets, although "
    "Madrid remained the most expensive.\n",
    "City budget\nSPRINGDALE (Fixture Wire) – The City Council on Tuesday approved a $412.6 million budget for the 2026 "
    "fiscal year.\nPolice will receive $98.3 million, or 23.8% of the budget. Parks and recreation, with $21.4 million, "
    "up 12.6% from $19.0 million, was the fastest-growing department, although police remained the largest.\n",
    # 'up from its previous estimate of 177.3 million tonnes': an earlier estimate, never the crop the 3.6% rise reaches
    # (177.6 / 171.5 = +3.6%)
    "Conab raises soybean forecast\nBRASILIA, Nov 13 (Fixture Wire) - Conab raised its forecast for Brazil's 2025/26 "
    "soybean crop to 177.6 million tonnes, 3.6% more than the 171.5 million tonnes harvested in 2024/25 and up from its "
    "previous estimate of 177.3 million tonnes.\n",
    # 'well short of the 92% target, and below the interim goal of 65%': 62.8% is below both, and the two goals are
    # never compared with each other
    "Hospital waiting times\nLONDON, Nov 13 (Fixture Wire) – Some 62.8% of patients in England had been waiting less "
    "than 18 weeks in September, well short of the 92% target, and below the interim goal of 65% by March 2026.\n",
    "Container rates slide\nLONDON, Nov 6 (Fixture Wire) – Drewry's World Container Index fell 3% this week to $1,820 "
    "per 40-foot container, still above the 2019 average of $1,420 and above the $1,650 low reached in early October.\n",
    # 'usually a top-three fixture, slipped to fourth' ranks the HiLux fourth, never first
    "Ford Ranger tops sales\nSYDNEY, Nov 4 (Fixture Wire) – The Ford Ranger was Australia's best-selling vehicle in "
    "October with 5,030 sales, followed by the Toyota Corolla, the second-best-selling model with 4,210 units, and the "
    "RAV4 with 3,980.\nToyota's HiLux, usually a top-three fixture, slipped to fourth with 3,720 sales.\n",
    # 'a real-terms increase of 1.0%' is no change of the cash amounts beside it (65.3 / 63.2 = +3.3%)
    "Schools budget\nLONDON, June 12 (Fixture Wire) – Core funding for schools in England will rise to £65.3 billion in "
    "2026-27 from £63.2 billion this year, a real-terms increase of 1.0%.\n",
    # an eleventh review: 'to 1.4% from 2.3%, a cut of 0.9 points' is the change of those two levels, never of the
    # euro area's 0.7% that a name the drafter does not know leaves with the United States' label
    "World Bank cuts growth forecasts\nWASHINGTON, Jun 10 (Fixture Wire) – The World Bank lowered its US growth forecast "
    "to 1.4% from 2.3%, a cut of 0.9 points, and trimmed the euro area to 0.7% from 1.0%.\n",
    "OECD sees inflation easing\nPARIS, Dec 4 (Fixture Wire) – The OECD expects inflation in the United States to slow "
    "to 2.5% next year from 3.0% this year, a fall of 0.5 percentage points, and in the euro area to 2.2% from 2.4%.\n",
    "Forecast cut\nWASHINGTON, Oct 22 (Fixture Wire) – The IMF lowered its 2025 forecast for Brazil to 2.2% from 3.0%, a "
    "cut of 0.8 points. It trimmed advanced economies to 1.5% from 1.7%.\n",
    # '... from 2.28 billion francs, an increase of 4.0% in local currencies': no change of the printed francs
    "Alpenwerk sales rise 4% in local currencies\nZURICH, Oct 21 (Fixture Wire) – Alpenwerk's nine-month revenue rose to "
    "2.31 billion francs from 2.28 billion francs, an increase of 4.0% in local currencies, the group said on Tuesday.\n",
    # a twelfth review: 'to within 0.2 percentage point of the 2% target' is a gap (2.2 - 2.0), no monthly change
    "Euro zone inflation eases\nBRUSSELS, Apr 1 (Fixture Wire) – Euro zone inflation eased to 2.2% in March from 2.3% in "
    "February, bringing it to within 0.2 percentage point of the European Central Bank's 2% target.\n",
    # a headline's 'profit rise' beside an operating profit that fell and a net income that rose: a person's call
    "Aerobus targets 820 deliveries after profit rise\nTOULOUSE, Feb 20 (Fixture Wire) – Aerobus's adjusted operating "
    "profit fell 8% to 5.35 billion euros in 2024 from 5.84 billion. Net income rose 12% to 4.23 billion euros from 3.79 "
    "billion.\n",
    # 'Denmark and Finland together accounted for 50.5%': (780 + 760) / 3,050 = 50.5%
    "Income by market\nHELSINKI, Apr 17 (Fixture Wire) – Total operating income at Nordea was 3.05 billion euros. "
    "Denmark contributed 780 million euros and Finland 760 million. Denmark and Finland together accounted for 50.5%.\n",
    # ... and with a list between them: Denmark and Finland, never the last two named
    "Income by market\nHELSINKI, Apr 17 (Fixture Wire) – Total operating income was 3.05 billion euros. Sweden contributed "
    "890 million euros, or 29.2% of the total, Denmark 780 million, Finland 760 million and Norway, the smallest of the "
    "four markets, 620 million. Denmark and Finland together accounted for 50.5%.\n",
    # '..., while investment demand more than doubled': investment demand's (552 / 204 = 2.7), never central banks'
    "Gold demand\nLONDON, Apr 30 (Fixture Wire) – Central banks bought 244 tonnes of gold in the first quarter, down 21% "
    "from 309 tonnes a year earlier, the World Gold Council said on Wednesday, while investment demand more than "
    "doubled.\nInvestment demand jumped 171% to 552 tonnes from 204 tonnes.\n",
    # 'five years ago, when 1.9 million were handed out, and almost double the 1.61 million': 3.12 / 1.61 = 1.94
    "Food banks\nLONDON, May 22 (Fixture Wire) – Food banks in the Trussell network distributed 3.12 million food "
    "parcels in the year to March, the charity said.\nThe number is 64% higher than five years ago, when 1.9 million "
    "were handed out, and almost double the 1.61 million of a decade earlier.\n",
    # '48% more than in 2019, when it was £864, and more than double the £600 of 2010': 1,278 / 600 = 2.13
    "Rents\nMANCHESTER, Oct 9 (Fixture Wire) – The average rent in Manchester was £1,278 a month in 2024, 48% more than "
    "in 2019, when it was £864, and more than double the £600 of 2010.\n",
    # 'Collahuasi was second' goes on ranking the mines of the sentence before (1.05 > 0.559 > 0.324 million tonnes),
    # never below Codelco, the largest producer, whose 1.42 million tonnes come from several mines
    "Chile's copper output falls\nSANTIAGO (Fixture Wire) – Chile produced 5.26 million tonnes of copper in 2023.\n\n"
    "State-owned Codelco, the world's largest copper producer, accounted for 1.42 million tonnes, or 27% of the "
    "national total.\n\nEscondida, the biggest single mine, produced 1.05 million tonnes. Collahuasi was second with "
    "559,000 tonnes, followed by Los Pelambres at 324,000 tonnes.\n",
    # source markets (18.4 > 11.9 > 11.1 million) and destinations (19.7 > 15.3 > 15.1 million) are two lists
    "Spain's tourists\nMADRID (Fixture Wire) – Spain received 93.8 million international tourists in 2024.\n\nBritain "
    "was the largest source market with 18.4 million visitors, followed by France with 11.9 million and Germany with "
    "11.1 million.\n\nCatalonia was the top destination, receiving 19.7 million visitors, followed by the Balearic "
    "Islands with 15.3 million and the Canary Islands with 15.1 million.\n",
]]


@pytest.mark.parametrize("text, on", DATED_FIRST_CODE_REVIEW + DATED_LATER_REVIEWS + CLAUSES_MARGINS_AND_COUNTS
                         + BREAKDOWNS_AND_RANK_MEASURES + AVERAGES_REFERENCES_VERBS + COMPARATIVES
                         + YEARS_TO_WEEKS_AND_COUNTS + WHOLES_DAYS_AND_PARTS
                         + OWN_PAST_BENCHMARKS_AND_MONTHS + WHOLES_FIELDS_AND_BASES + OPENING_MARKERS)
def test_a_correct_dated_passage_a_review_wrote_drafts_no_contradiction(text, on, tmp_path):
    """Correct passages, each with the date it is read on, that once drafted a would-be contradiction (the later
    reviews' passages are in `test_draft_accusations_later.py`)."""
    assert would_be_contradictions(text, tmp_path, on) == []
