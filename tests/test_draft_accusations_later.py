"""Correct passages from the later reviews, each with the date it is read on: every one once drafted a would-be
contradiction, and must draft none. The arithmetic that makes each one right is in its comment or plain to see.

They are a module of their own, beside `test_draft_accusations.py`, so that the two halves run on both cores.
"""

from datetime import date

import pytest

from test_draft_accusations import would_be_contradictions


# A later review: comparisons with the wrong side, bases the words name, goals and parts (each one correct)
D = "Results\nLONDON, Nov 20 (Example Wire) – "
LATEST_REVIEW = [
    # 'less than the 0.8 billion euros made by Nordbank' compares Kronbank's profit (0.7 < 0.8), never its revenue
    (D + "Kronbank earned 0.7 billion euros in the third quarter on revenue of 3.2 billion euros, less than the 0.8 "
     "billion euros made by Nordbank.\n", date(2025, 11, 5)),
    # '... smaller than the $4.1 billion deficit expected for 2024-25' compares the two deficits (2.8 < 4.1)
    (D + "The state forecast a deficit of $2.8 billion for 2025-26 with expenses of $101.2 billion, smaller than the "
     "$4.1 billion deficit expected for 2024-25.\n", date(2025, 6, 17)),
    # a month's or a quarter's change is never checked against a year earlier's level (10.42 / 10.30 = +1.2%)
    (D + "Retail sales rose 0.5% from a month earlier to £10.42 billion in October. A year earlier, sales were £10.30 "
     "billion.\n", date(2025, 11, 21)),
    (D + "Retail sales rose 0.5% from the month before to £10.42 billion in October. A year earlier, sales were "
     "£10.30 billion.\n", date(2025, 11, 21)),
    (D + "Retail sales rose 0.5% month over month to £10.42 billion in October. A year earlier, sales were £10.30 "
     "billion.\n", date(2025, 11, 21)),
    (D + "Lending rose 1.1% from a quarter earlier to 412.6 billion euros at the end of September. A year earlier, "
     "lending stood at 401.2 billion euros.\n", date(2025, 11, 14)),
    (D + "The unemployment rate fell 0.2 percentage points in the third quarter, a second straight quarterly decline, "
     "to 5.8%. A year earlier, the rate was 6.3%.\n", date(2025, 11, 14)),
    (D + "Fuel sales rose 0.5% from a week earlier to £412.0 million in the week to Nov. 16. In the same week a year "
     "earlier, sales were £407.3 million.\n", date(2025, 11, 20)),
    # a change since the start of the year is no change from a year earlier (41.6 / 35.0 = +18.9%)
    (D + "Nordwind's market value has risen 24% since the start of the year to $41.6 billion. A year earlier, "
     "Nordwind's market value was $35.0 billion.\n", date(2025, 11, 20)),
    (D + "Nordwind's market value has risen 24% so far this year to $41.6 billion. A year earlier, Nordwind's market "
     "value was $35.0 billion.\n", date(2025, 11, 20)),
    # 'the same week a year earlier' is a year before the week, never the day before it
    (D + "Fuel sales rose 0.5% sequentially to £412.0 million in the week to Nov. 16. In the same week a year earlier, "
     "sales were £407.3 million.\n", date(2025, 11, 20)),
    # 'Its largest terminal' is a part of the port, never ranked against the port's total
    (D + "The port handled 12.1 million TEU in 2024. Its largest terminal handled 4.9 million TEU.\n",
     date(2025, 2, 5)),
    # 'the country's largest lender' is largest by size, never by the profits of its sentence (0.9 < 1.1)
    (D + "Kronbank, the country's largest lender, earned 0.9 billion euros in the third quarter, while Nordbank made "
     "1.1 billion euros.\n", date(2025, 11, 5)),
    # 'Xiaomi and Transsion together' are two other companies, never the sum of Samsung's and Apple's
    (D + "Samsung shipped 61.4 million smartphones and Apple 58.6 million, while Xiaomi and Transsion together shipped "
     "70.3 million.\n", date(2025, 10, 20)),
    # 'beating the $8.3 billion analysts had expected' is the revenue's (8.4 > 8.3), never the cloud's part of it
    (D + "Revenue was $8.4 billion in the quarter, of which cloud revenue was $3.1 billion, beating the $8.3 billion "
     "analysts had expected.\n", date(2025, 10, 28)),
    # 'twice as many as a decade earlier' has a base the article does not print, never 2023's 3.3 million
    (D + "The port welcomed 3.6 million cruise passengers in 2024, twice as many as a decade earlier, and 3.3 million "
     "in 2023.\n", date(2025, 11, 20)),
    (D + "Nordwind's market value has risen 24% this year to $41.6 billion. A year earlier, Nordwind's market value "
     "was $35.0 billion.\n", date(2025, 11, 20)),
    (D + "Nordwind's market value has risen 24% in 2025 to $41.6 billion. A year earlier, Nordwind's market value was "
     "$35.0 billion.\n", date(2025, 11, 20)),
    # 'the third monthly fall in a row' and 'seasonally adjusted figures' make a change on the month before, never on
    # a year earlier (1.48 - 1.52 = -40,000)
    (D + "The number of unemployed people fell by 12,000 to 1.48 million in October, the third monthly fall in a row, "
     "seasonally adjusted figures showed on Thursday. A year earlier, 1.52 million people were out of work.\n",
     date(2025, 11, 13)),
    (D + "The number of unemployed people fell by 12,000 in October to 1.48 million, seasonally adjusted figures showed "
     "on Thursday. A year earlier, 1.52 million people were out of work.\n", date(2025, 11, 13)),
    # 'below the 2.1 billion francs the drug brought in a year earlier' is the drug's 1.9 billion, never the group's 15.4
    (D + "Sales of the company's cancer drug were 1.9 billion francs in the third quarter, with total group sales at "
     "15.4 billion francs, below the 2.1 billion francs the drug brought in a year earlier.\n", date(2025, 11, 20)),
    # a second review: a forecast of a loss is a negative forecast (54,000 jobs beat -5,000)
    (D + "Canada's economy added 54,000 jobs in November, beating forecasts of a loss of 5,000.\n", date(2025, 12, 5)),
    # a division's margin is of its own profit, which the article does not give, never the group's 1.12 / 9.84 = 11.4%;
    # nor is a margin 'excluding those charges' the reported profit's ((0.98 + 0.32) / 9.84 = 13.2%)
    (D + "Kessler's operating profit rose to 1.12 billion euros in the third quarter on revenue of 9.84 billion euros. "
     "Its automation division, which generated 3.10 billion euros of the revenue, earned an operating margin of "
     "17.2%.\n", date(2025, 11, 6)),
    (D + "Vantor's operating profit fell to 0.98 billion euros in the third quarter on revenue of 9.84 billion euros, "
     "after restructuring charges of 0.32 billion euros. Excluding those charges, the operating margin was 13.2%.\n",
     date(2025, 11, 6)),
    # revenue 'including freight' is more than the tonnes times their price (4.1 x 112 = 459.2 of 521)
    (D + "Aluna Coal sold 4.1 million tonnes of coal in the September quarter at an average price of $112 a tonne, for "
     "revenue of $521 million including freight.\n", date(2025, 10, 21)),
    # 'better than expected' by 0.2 points is against the forecast (6.0 - 5.8), never the change on 2023
    (D + "France's deficit widened to 5.8% of GDP in 2024 from 5.4% in 2023. The government had forecast 6.0%, so the "
     "outcome was 0.2 percentage points better than expected.\n", date(2025, 3, 26)),
    # the verb moves the measure whatever its name says ('pay increases ... cooled', 'loss deepened', 'provisions doubled')
    (D + "Average pay increases in the public sector cooled to 3.3% in October from 4.5% a year earlier.\n",
     date(2025, 11, 20)),
    (D + "Volta's net loss deepened to $412 million in the third quarter from $310 million a year earlier.\n",
     date(2025, 11, 12)),
    (D + "The bank's loan loss provisions doubled to $1.2 billion in the third quarter from $0.6 billion a year "
     "earlier.\n", date(2025, 11, 6)),
    (D + "Volta's net loss ballooned to $412 million in the third quarter from $310 million a year earlier.\n",
     date(2025, 11, 12)),
    (D + "Job cuts announced by US employers mounted to 153,074 in October from 54,064 in September. Technology "
     "companies announced 33,281 cuts.\n", date(2025, 11, 6)),
    ("Harlan Motors' loss mounts\nLONDON, Nov 13 (Example Wire) – Harlan Motors' net loss widened to $2.35 billion in "
     "the third quarter from $1.88 billion a year earlier.\n", date(2025, 11, 13)),
    ("Volta's loss deepens\nLONDON, Nov 12 (Example Wire) – Volta's net loss widened to $412 million in the third "
     "quarter from $310 million a year earlier.\n", date(2025, 11, 12)),
    # the headline's 'unemployment falls to 2.42 million' is the count (it fell), never the rate that rose
    ("Spain's unemployment falls to 2.42 million\nMADRID, Nov 4 (Example Wire) – Registered unemployment in Spain fell "
     "by 22,101 in October to 2,421,665. The unemployment rate rose to 10.5% in the third quarter from 10.3% in the "
     "second.\n", date(2025, 11, 4)),
    # 'up from' is the subject's move, never the compared figure's (28.4 > 27.6; 4,750 > 4,600)
    (D + "Manhattan rents rose to $4,750 a month in October, 2.3 times the national average of $2,050 and up from "
     "$4,600 a year earlier.\n", date(2025, 11, 6)),
    (D + "Tesco's market share rose to 28.4% in the 12 weeks to Oct. 5, well ahead of Sainsbury's 14.9%, up from 27.6% "
     "a year earlier.\n", date(2025, 10, 28)),
    # 'less than the 10,000 increase analysts had expected' compares the rise (1,000), never the level
    (D + "Unemployment in Germany rose by 1,000 to 2.97 million in November, less than the 10,000 increase analysts had "
     "expected.\n", date(2025, 11, 28)),
    # transfer traffic is a part of Istanbul's passengers, never ranked against Paris's total (32.5 < 70.3)
    (D + "Istanbul Airport handled 80.1 million passengers in 2024. Paris Charles de Gaulle handled 70.3 million. "
     "Istanbul's transfer traffic, at 32.5 million, was the highest of any European airport.\n", date(2025, 1, 16)),
    # 'the remaining $4.3 billion' completes the whole (19.9 + 4.3 = 24.2), never the 'of which' part's
    (D + "Turkey's tourism revenue rose to $24.2 billion in the third quarter. Foreign visitors spent $19.9 billion, of "
     "which $3.1 billion went on package tours, and Turkish citizens living abroad spent the remaining $4.3 "
     "billion.\n", date(2025, 10, 31)),
    # a goal for a later year ('below its 2% target in 2027') is no comparison with this year's level
    (D + "Inflation was 2.9% in October. The bank expects inflation to fall below its 2% target in 2027.\n",
     date(2025, 11, 20)),
    (D + "The ministry expects a budget deficit of 4.6% of GDP this year, after 5.4% last year. The government aims to "
     "bring the deficit below the European Union's 3% ceiling by 2029.\n", date(2025, 9, 30)),
]

RANGES_SINCE_POINTS_AND_TOTALS = [
    # both ends of a guidance range are the guidance, never the output (1.2 / 1.14 = +5.3%)
    (D + "Tasman Metals mined 1.2 million ounces of gold in the year to September, up 5% from 1.14 million ounces a "
     "year earlier and above its guidance of 1.10 million to 1.18 million ounces.\n", date(2025, 10, 28)),
    # 'doubled since March 2022' is measured from March 2022, never from the year-earlier level (119 / 90 = 1.32)
    (D + "India's solar capacity has more than doubled since March 2022 to 119 gigawatts, and is 32% higher than the "
     "90 GW of a year earlier.\n", date(2025, 10, 10)),
    # a rate's move in points in a month is as often on the month before as on a year earlier (4.5 - 4.1 = 0.4)
    (D + "The unemployment rate rose 0.2 percentage points to 4.5% in September, up from 4.1% a year earlier.\n",
     date(2025, 10, 16)),
    (D + "Core inflation eased 0.1 percentage point to 3.0% in September, down from 3.3% a year earlier.\n",
     date(2025, 10, 24)),
    # an unnamed amount as large as all the others together may be their total, never a rival sector (6.2 > 4.4)
    ("Clean tech leads startup growth\n\nStartups in Canada raised $6.2 billion in October, a research firm said.\n\n"
     "Fintech remained the largest sector with $1.9 billion. Health companies raised $1.4 billion, up 8%, and clean "
     "technology $1.1 billion.\n", date(2025, 11, 12)),
]

EARLIER_CHANGES_RIVALS_AND_OCCASIONS = [
    # 'which itself had been up 26%' is the change of the level just before it (4.55 / 3.6 = +26.4%), never the
    # sentence's main level's (5.0 / 3.6 = +38.9%)
    (D + "Orsola Games' revenue rose 10% to 5.0 billion euros in 2024 from 4.55 billion euros a year earlier, which "
     "itself had been up 26% from 3.6 billion euros.\n", date(2025, 2, 13)),
    (D + "Attendance reached 27.1 million in 2025, up 1.6% from 26.68 million last year, which was itself a record, 5% "
     "above the 25.4 million of 2023.\n", date(2025, 10, 8)),
    (D + "Club revenue was $690 million in the 2024 season, up 6% from $651 million, following a 9% rise the previous "
     "season from $597 million.\n", date(2025, 10, 14)),
    (D + "Harbour City's revenue rose 9% to £612 million in the year to June 2025 from £561 million. The previous "
     "year's figure of £561 million had itself been 14% above the £492 million of the year before.\n",
     date(2025, 10, 2)),
    # a figure right after 'compared with' that a rival holds is no base of the company's change (612 / 575 = +6.4%)
    (D + "Fenwick's net income rose 12% to $612 million in the third quarter, compared with $575 million at its "
     "closest rival, Hartwell Stores.\n", date(2025, 11, 18)),
    (D + "The Metro Knights were second, their value up 12% to $8.4 billion, compared with $7.3 billion for the "
     "third-placed Harbor Stars.\n", date(2025, 10, 29)),
    # 'once or twice more' counts cuts, never a multiple of the rate (4.0 / 4.25)
    (D + "Norges Bank cut its policy rate to 4.0% from 4.25% on Thursday and said it expected to lower it once or "
     "twice more by the end of 2026.\n", date(2025, 9, 18)),
]

PAST_RANKS_RATIOS_AND_REMAINDERS = [
    # 'traditionally Brazil's largest customer' is a rank of the past (310,000 < 480,000 now)
    (D + "The United States, traditionally Brazil's largest customer, bought 310,000 bags in October. Germany, which "
     "bought 480,000 bags, became the largest buyer.\n", date(2025, 11, 10)),
    # the 1,000 of 'per 1,000 seat kilometres' is what a rate is per, never litres (28 < 30)
    (D + "The airline burned 1.09 billion litres of fuel in the half, about 28 litres per 1,000 seat kilometres, down "
     "from 30 litres a year earlier.\n", date(2025, 8, 1)),
    # 'rose by the remaining ₩6.8 trillion' completes the rise (17.8 + 6.8 = 24.6), never the level
    (D + "Household debt rose by ₩24.6 trillion to ₩1,952.8 trillion in the second quarter. Housing loans increased by "
     "₩17.8 trillion to ₩1,016.4 trillion, while other loans rose by the remaining ₩6.8 trillion.\n",
     date(2025, 8, 19)),
    # a part given as a share ('about 40%') is one of the parts: 45 + 52 + 15 = 112
    (D + "The council agreed to lend £45 million to the club.\n\nThe stadium will cost £112 million, so the council is "
     "providing about 40% of the money. The owners are putting in £52 million, with the remaining £15 million coming "
     "from a land sale.\n", date(2025, 2, 12)),
    # 'the three countries together' after two amounts: the third is elsewhere (3.6 + 4.3 + 4.1 = 12.0), and the
    # subtotal is no member of the EU's total
    (D + "Poland harvested 3.6 million tonnes of rapeseed in 2024. France harvested 4.3 million tonnes and Germany 4.1 "
     "million tonnes, so the three countries together produced 12.0 million tonnes, about 60% of the EU total of 20.1 "
     "million tonnes.\n", date(2025, 9, 4)),
    # 'Exports a year earlier were US$58.5 billion' is last September's (17.3 / 65.9 = 26.3%)
    (D + "South Korea's exports rose 12.7% from a year earlier to US$65.9 billion in September. Exports a year earlier "
     "were US$58.5 billion. Chip shipments reached US$17.3 billion, about 26% of all exports.\n", date(2025, 10, 1)),
    # 'up from $19,800 a day a month ago, a rise of 39%': the base of the rise (27,450 / 19,800 = +38.6%)
    (D + "Capesize earnings averaged $27,450 a day in the week to Friday. That is up from $19,800 a day a month ago, a "
     "rise of 39%, and nearly double the $14,100 of the same week last year.\n", date(2025, 10, 10)),
    # '1.9 times EBITDA' is a ratio to earnings, never the two debt levels' multiple
    (D + "Net debt fell to £1.4 billion from £1.9 billion, or 1.9 times EBITDA, down from 2.4 times.\n",
     date(2025, 11, 12)),
    # 'slipped' is Meridian's move; the 'up' before it is Atlas's (12 < 13)
    (D + "Atlas's return on equity was 21%, up from 17%, while Meridian's slipped to 12% from 13%.\n",
     date(2025, 11, 12)),
    # 'more than in the same period last year' compares with a level the article does not print (99.8 - 92.3 = 7.5)
    (D + "Tax receipts reached £99.8 billion in the first half. That was £7.2 billion, or 7.8%, more than in the same "
     "period last year, and £7.5 billion above the £92.3 billion forecast by the budget office.\n",
     date(2025, 10, 21)),
]

COMPANY_TOTALS_NUMBERS_BELOW_ZERO_AND_PAIRS = [
    # a bank's advances are a measure of their own: deposits rose 13.6% to 28.74, never from the advances' 21.84
    (D + "Advances grew 14.3% to 24.96 trillion rupees from 21.84 trillion rupees, while deposits rose 13.6% to 28.74 "
     "trillion rupees.\n", date(2025, 1, 20)),
    # '3.7% more than in July' is on July's level, which is not printed: never 16.8 against last August's 15.1
    (D + "FlyNova carried 16.8 million passengers in August, up 11.3% from 15.1 million in the same month last year "
     "and 3.7% more than in July.\n", date(2025, 9, 10)),
    # 'Non-EU nationals' are no whole of the British ones: 66,000 / 948,000 = 7.0%
    ("UK net migration halves\nLONDON, May 23 (Example Wire) - Net migration to the United Kingdom fell to 431,000 in "
     "the year to December 2024, down from 860,000 a year earlier. Immigration totalled 948,000 while emigration was "
     "517,000. Non-EU nationals made up 766,000 of the arrivals, or 81%, while EU nationals accounted for 116,000, or "
     "12%, and British nationals for 66,000, or 7%.\n", date(2025, 5, 23)),
    # after a series of past years the article is back in 2024: 3,640 / 30,330 = 12.0%
    ("Irish housing completions fall short of target\nDUBLIN, Feb 5 (Example Wire) - Ireland completed 30,330 new homes "
     "in 2024, down 6.7% from 32,501 in 2023.\nCompletions had been 20,526 in 2020, 20,433 in 2021 and 29,851 in 2022, "
     "so output has risen by 48% since 2020. Cork accounted for 3,640 homes, or 12% of the total, and Galway for 1,520, "
     "or 5%.\n", date(2025, 2, 5)),
    # 'contributed 2.69 percentage points to growth' is a part of the 4.9% rate, no change from 2.1%
    ("US economy grows at 4.9% annualised rate\nWASHINGTON, Oct 26 (Example Wire) - The US economy grew at a 4.9% "
     "annualised rate in the third quarter, up from 2.1% in the second quarter.\nConsumer spending grew at a 4.0% rate "
     "and contributed 2.69 percentage points to growth.\n", date(2023, 10, 26)),
    # 'held at a record 11.25% for a year before the bank began easing': no level of a year earlier (11.00 - 0.25)
    ("Mexico's central bank cuts rates again\nMEXICO CITY, Jun 27 (Example Wire) - Mexico's central bank cut its "
     "benchmark interest rate by 25 basis points to 10.75% on Thursday, its second reduction this year. The rate had "
     "been held at a record 11.25% for a year before the bank began easing in March.\n", date(2024, 6, 27)),
    # 'nearly double the Fed's 2% target': 3.8 / 2 = 1.9, never 2 / 3.8
    (D + "Inflation, as measured by the personal consumption expenditures price index, was 3.8% in May, nearly double "
     "the Fed's 2% target.\n", date(2023, 6, 30)),
    # bare shares after a region's two shares of two wholes: 10.3 / 64.1 = 16.1% of international traffic
    ("Istanbul Airport passenger numbers rise 5%\nISTANBUL, Jan 9 (Example Wire) - Istanbul Airport handled 80.1 million "
     "passengers in 2024, up 5% from 76.0 million in 2023. International passengers rose to 64.1 million.\nEurope was "
     "the largest international region with 30.8 million passengers, or 48% of international traffic and 38.5% of all "
     "passengers. The Middle East followed with 12.2 million, or 19.0%, Asia with 10.3 million, or 16.1%, Africa with "
     "6.4 million, or 10.0%, and the Americas with 4.4 million, or 6.9%.\n", date(2025, 1, 9)),
    # 'the largest single-country market' is never ranked with the EU's bloc
    ("Bangladesh's garment exports fall 5.5%\nDHAKA, July 8 (Example Wire) - Bangladesh's garment exports fell 5.5% to "
     "$36.2 billion in the 2023/24 fiscal year from $38.3 billion. The European Union took $18.1 billion, half of the "
     "total, while the United States was the largest single-country market with $7.3 billion, or 20.2%. Germany "
     "bought $5.1 billion and Britain $4.0 billion.\n", date(2024, 7, 8)),
    # 'at constant scope' is another basis than the reported levels (14.62 / 13.88 = +5.3%)
    ("Hartwell's sales beat forecasts\nLONDON, April 10 (Example Wire) - Hartwell Group said on Thursday that sales rose "
     "5.3% to 14.62 billion pounds in the fourth quarter, from 13.88 billion pounds a year earlier.\nQuarterly sales rose "
     "2.9% at constant scope to 14.62 billion pounds from 13.88 billion, stripping out the 38 Brightway stores it bought "
     "in June.\n", date(2025, 4, 10)),
    # 'in euro terms they rose 11.9%' is no change of the dollar levels (23.5 / 21.6 = +8.8%)
    (D + "In dollar terms, tourism receipts rose 8.8% to $23.5 billion from $21.6 billion; in euro terms they rose "
     "11.9%, as the euro weakened against the dollar.\n", date(2025, 1, 28)),
    # 'or 27.6% of the total' after exports to one partner: 48.7 / 176.2, never of two-way trade (318.4)
    ("Trade between Kanto and Aurelia climbs to record\nTOKYO, Feb 17 (Example Wire) - Trade between Kanto and Aurelia "
     "rose 7.3% to a record 318.4 billion dollars in 2024 from 296.7 billion dollars the previous year.\nKanto's "
     "exports to Aurelia rose to 176.2 billion dollars from 160.5 billion, an increase of 9.8%, while imports from "
     "Aurelia grew 4.4% to 142.2 billion dollars.\nCars were the largest export, worth 48.7 billion dollars, or 27.6% of "
     "the total, up 13.5% from 42.9 billion.\n", date(2025, 2, 17)),
    # equity inflows are a measure of their own: 14.9 / 49.3 = 30.2%, never of reinvested earnings (24.6)
    ("FDI into Vistara climbs to record\nNEW DELHI, May 22 (Example Wire) - Foreign direct investment into Vistara rose "
     "14.4% to a record $81.7 billion in the fiscal year that ended in March, from $71.4 billion a year earlier.\nEquity "
     "inflows, which exclude reinvested earnings and loans between affiliates, rose to $49.3 billion from $43.8 billion, "
     "an increase of 12.6%, and accounted for 60.3% of the total. Reinvested earnings made up $24.6 billion and other "
     "capital the remaining 7.8 billion dollars.\nSingapore was the largest source of equity inflows, with $14.9 "
     "billion, or 30.2% of the total, followed by Mauritius with $8.2 billion.\n", date(2025, 5, 22)),
    # the harvest (84.6), not 'an upward revision of 2.6 million tonnes', is above the 79.1 average
    ("Black Sea wheat harvest rebounds\nKYIV, Sept 30 (Example Wire) - Ruthenia harvested 84.6 million tonnes of wheat "
     "in 2024, up 9.4% from 77.3 million tonnes the previous year.\nThe harvest came in above the ministry's August "
     "forecast of 82.0 million tonnes, an upward revision of 2.6 million tonnes, and well above the five-year average "
     "of 79.1 million tonnes.\n", date(2024, 9, 30)),
    # 'from 4.3% in the previous three-month period' is June-August's; the 0.3 points are on a level not printed
    ("UK unemployment rises to 4.4%\nLONDON, Jan 21 (Example Wire) - Britain's unemployment rate rose to 4.4% in the "
     "three months to November from 4.3% in the previous three-month period, and was up 0.3 percentage points on a year "
     "earlier, official data showed on Tuesday.\n", date(2025, 1, 21)),
    # 'aims ... to bring it below the EU's 3% ceiling by 2029': a level to come, never this year's 5.4% against 3%
    ("France's deficit hits 5.8% of GDP\nPARIS, Mar 27 (Example Wire) - France's public deficit reached €169.6bn in "
     "2024, or 5.8% of gross domestic product, up from 5.4% in 2023.\nThe government aims to cut the deficit to 5.4% of "
     "GDP this year, which requires savings of around €50bn, and to bring it below the EU's 3% ceiling by 2029.\n",
     date(2025, 3, 27)),
    # a printed minus sign: -0.3 - 0.2 = -0.5, -0.1 - 0.6 = -0.7, -120 - 290 = -410, never 0.3 - 0.2 = +0.1
    (D + "China's annual consumer price inflation was -0.3% in March, down 0.5 percentage points from 0.2% in "
     "February.\n", date(2025, 4, 10)),
    (D + "Annual inflation dropped to -0.1% in November from 0.6% in October, a decline of 0.7 percentage points.\n",
     date(2025, 12, 3)),
    (D + "Holmvik's operating result was -120 million crowns in 2024, down 410 million crowns from 290 million crowns "
     "in 2023.\n", date(2025, 2, 12)),
    # 'increases of 12.0% and 4.9% respectively' after two clauses: exports' (15.9 / 14.2 = +12.0%), then imports'
    ("Exports climb 12% but the trade gap keeps widening\nNAIROBI, Aug 19 (Example Wire) - Kenya's exports rose to $15.9 "
     "billion last year from $14.2 billion, while imports grew to $28.0 billion from $26.7 billion, increases of 12.0% "
     "and 4.9% respectively, the central bank's annual report shows.\n", date(2025, 8, 19)),
    # 'Britain (€98 million) and the United States (€71 million) the largest markets': the top two, together
    ("How a family brewer doubled its sales\nDUBLIN, Mar 12 (Example Wire) - Sales at O'Rourke Brewing reached €716 "
     "million in 2024, the company said.\nExports accounted for €241 million of sales, or 34%, with Britain (€98 "
     "million) and the United States (€71 million) the largest markets.\n", date(2025, 3, 12)),
    ("Australian LNG exports dip\nPERTH, Apr 14 (Example Wire) - Australia's liquefied natural gas exports were worth "
     "A$68.4 billion last year, down 12% from A$77.7 billion. Japan (A$24.1 billion) and China (A$19.6 billion) were "
     "the biggest buyers, with South Korea third at A$9.8 billion.\n", date(2025, 4, 14)),
    # the four largest airports are Heathrow, Gatwick (the article's own), Manchester and Stansted: 79.2 + 41.2 + 28.1 +
    # 27.9 = 176.4, never with Gatwick's North Terminal in Gatwick's place
    ("Gatwick keeps second place\nLONDON, Feb 20 (Example Wire) - Gatwick handled 41.2 million passengers last year, "
     "keeping its place as Britain's second-busiest airport behind Heathrow, which handled 79.2 million. Its North "
     "Terminal, the busier of its two terminals, accounted for 24.6 million of them, or about 60%.\nManchester was "
     "third with 28.1 million passengers, just ahead of Stansted with 27.9 million.\nBetween them, the four largest "
     "airports handled 176.4 million passengers.\n", date(2025, 2, 20)),
    # total exports are no export category: engineering goods are the largest, at $116.7 billion of $437.4 billion
    ("India's pharmaceutical exports rise 9%\nNEW DELHI, April 21 (Example Wire) - India's drug exports rose 9.3% to "
     "$30.5 billion in the fiscal year ended March 31, from $27.9 billion a year earlier.\nEngineering goods, the "
     "largest export category, rose 6.7% to $116.7 billion, and total merchandise exports were flat at $437.4 billion.\n",
     date(2025, 4, 21)),
    ("Chile's fruit exports rise 6.8% in 2024\nSANTIAGO, Jan 22 (Example Wire) - Chile's fresh fruit exports rose 6.8% to "
     "$6.4 billion in 2024 from $5.99 billion in 2023.\nCopper, the largest export product, rose 8.1% to $50.9 billion, "
     "and total exports were up 1.7% at $100.2 billion. Cherries made up $2.6 billion, or 40.6% of fruit exports.\n",
     date(2025, 1, 22)),
    # the airline's own total is no route: Dublin-Amsterdam is its second-busiest (1.9 > 1.1 > 0.9), not third
    ("SkyLark carries record 14.6 million passengers\nDUBLIN, Jan 22 (Example Wire) – SkyLark Airways carried 14.6 million passengers in 2024, "
     "up 11.5% from 13.1 million a year earlier.\nRevenue grew 14% to €2.85 billion from €2.5 billion, or about €195 "
     "per passenger.\nIts busiest route, Dublin-London, carried 1.9 million passengers, "
     "followed by Dublin-Amsterdam (1.1 million) and Dublin-Paris (0.9 million).\n", date(2025, 1, 22)),
]


BYLINES_GAPS_AND_BREAKDOWNS = [
    # the byline's writer is no subject, and 'the current year's' budget is the base of the coming year's: 742 of the
    # coming year's 1,860 is 39.9%, never of this year's 1,810 (41.0%)
    ("Council approves $1.86 billion budget\nBy Staff Reporter | 12 June 2025\nCity council on Tuesday approved a $1.86 "
     "billion operating budget for the coming fiscal year. The plan is 2.8 percent larger than the current year's $1.81 "
     "billion budget. Property taxes will bring in $742 million, or 39.9 percent of the total.\n", date(2025, 6, 12)),
    # '$2.26 trillion below the peak' is a gap, no level: 2.17 of 6.71 is 32.3%
    ("Fed's balance sheet falls to $6.71 trillion\nWASHINGTON, April 4, 2025 —\nThe Fed's balance sheet shrank to $6.71 "
     "trillion this week. Total assets are now $2.26 trillion below the peak of $8.97 trillion reached in 2022. MBS "
     "holdings were $2.17 trillion, or 32.3% of the total.\n", date(2025, 4, 4)),
    # 'of total assets' is no share of GDP: 582.3 of 749.2 is 77.7%, never of the ¥609 trillion GDP
    ("Japan's central bank assets dip to ¥749.2 trillion\nTOKYO, May 28, 2025 —\nThe Bank of Japan's total assets fell "
     "to ¥749.2 trillion at the end of March, the first decline in 17 years for Japan's central bank. The balance sheet "
     "is about 1.23 times the size of Japan's nominal gross domestic product of ¥609 trillion. JGB holdings amounted to "
     "¥582.3 trillion, or 77.7 per cent of total assets.\n", date(2025, 5, 28)),
    # postpaid and prepaid lines (55.6% + 44.4%) are another breakdown of the market than its operators: Vivo is the
    # largest operator (102.3 > 86.2 > 61.7), never third behind the two kinds of line
    ("Brazil ends 2024 with 263 million mobile accesses\nBRASÍLIA, February 6, 2025 —\nBrazil ended 2024 with 263.0 "
     "million mobile phone accesses. Postpaid lines totalled 146.1 million, or 55.6% of the total, while prepaid "
     "accesses fell to 116.9 million, or 44.4%. Vivo remained the largest operator with 102.3 million accesses and a "
     "market share of 38.9%.\n", date(2025, 2, 6)),
    ("Brazil ends 2024 with 263 million mobile accesses\nBRASÍLIA, February 6, 2025 —\nBrazil ended 2024 with 263.0 "
     "million mobile phone accesses, up 3.4% from a year earlier.\n\nPostpaid lines, including machine-to-machine "
     "connections, totalled 146.1 million, or 55.6% of the total, while prepaid accesses fell to 116.9 million, or "
     "44.4%.\n\nVivo, controlled by Spain's Telefónica, remained the largest operator with 102.3 million accesses and a "
     "market share of 38.9%. It was followed by Claro with 86.2 million (32.8%) and TIM Brasil with 61.7 million "
     "(23.5%).\n", date(2025, 2, 6)),
    # 'its smallest crop in a generation' ranks Bordeaux against its own past, never against the Loire's 2.5 million
    ("French wine output set to drop 9% as Bordeaux harvest shrinks\nPARIS, Sept 9 (Example Wire) – France's wine "
     "production is forecast to fall 9% this year to 39.6 million hectolitres from 43.5 million in 2024, the agriculture "
     "ministry said on Tuesday in its first full estimate of the 2025 harvest, as drought and late-summer hail cut yields "
     "in the southwest.\nBordeaux is heading for its smallest crop in a generation, with output down 18% at 4.2 million "
     "hectolitres from 5.1 million, leaving it the third-largest region. The Loire valley is seen producing 2.5 million "
     "hectolitres, slightly ahead of Champagne, where the harvest rose 4.3% to 2.4 million from 2.3 million.\n",
     date(2025, 9, 9)),
    # the segment's margin is of the segment's revenue: 170 / 1,190 = 14.3%, never of the group's 1,420 (12.0%)
    ("Ironside Motor revenue falls 9%\nMILWAUKEE, July 25 - Ironside Motor Co said on Thursday its revenue fell 9% to "
     "$1.42 billion from $1.56 billion. Its motorcycles segment posted operating income of $170 million on revenue of "
     "$1.19 billion, an operating margin of 14.3%.\n", date(2025, 7, 25)),
]


COMPARISONS_LAYOUTS_AND_BASES = [
    # two changes of one sentence are never between the same two levels: 35.20 / 39.00 - 1 = -9.7%, never against July's 38.60
    ("European gas prices fall in August\nLONDON, Sept 1, 2025 (Reuters) -\nThe Dutch front-month contract at the TTF hub averaged 35.20 euros per megawatt hour in August, down 8.8% from 38.60 euros in July and 9.7% below the 39.00 euros of August 2024.\n", date(2025, 9, 1)),
    # the poll's 2.0% is no second change of the same two levels: 58.4 / 57.65 - 1 = +1.3%
    ("South Korea's exports rise in August\nSEOUL, Sept 1, 2025 (Reuters) -\nSouth Korea's exports rose 1.3% from a year earlier to $58.4 billion in August, compared with $57.65 billion in August 2024 and slightly below the 2.0% growth forecast in a Reuters poll.\n", date(2025, 9, 1)),
    # a dollar conversion in brackets names no currency for the bare amounts after it: EUR 3.8bn against EUR 4.1bn is below
    ("Volkswagen profit slumps as tariffs bite\nBERLIN, July 25, 2025 (Reuters) -\nVolkswagen's second-quarter operating profit dropped 30.9% to 3.8 billion euros ($4.5 billion) from 5.5 billion a year earlier, below the 4.1 billion expected by analysts.\n", date(2025, 7, 25)),
    # ranges' ends are no two levels: 8-14% is down from 13-21% at both ends
    ("Novo Nordisk cuts outlook\nCOPENHAGEN, Aug 6, 2025 (Reuters) -\nNovo Nordisk now expects sales to grow by between 8% and 14% at constant exchange rates this year, down from 13% to 21% in its original forecast in February.\n", date(2025, 8, 6)),
    # '0.5 percentage points slower' names no base, so it is on this year's 4.9% (4.9 - 4.4), never on the old forecast
    ("OECD raises China growth forecast\nPARIS, Sept 23, 2025 (Reuters) -\nChina is expected to grow 4.9% this year, up from 4.7%, and 4.4% next year, 0.5 percentage points slower.\n", date(2025, 9, 23)),
    # '1.7 billion pounds, or 2.9%, above the 58.3 billion pounds forecast' is a gap: 60.0 - 58.3 = 1.7
    ("UK borrowing overshoots forecast\nLONDON, Aug 21, 2025 (Reuters) -\nPublic sector net borrowing totalled 60.0 billion pounds between April and July, the Office for National Statistics said. That was 1.7 billion pounds, or 2.9%, above the 58.3 billion pounds forecast by the Office for Budget Responsibility.\n", date(2025, 8, 21)),
    # ... and after 'and', in a sentence that gave another change first
    ("UK borrowing overshoots forecast as debt interest bites\nLONDON, Aug 21, 2025 (Reuters) -\nPublic sector net borrowing, excluding state-owned banks, totalled 60.0 billion pounds ($80.8 billion) between April and July, the Office for National Statistics said on Thursday. That was 6.3 billion pounds more than in the same period a year earlier, an increase of 11.7%, and 1.7 billion pounds, or 2.9%, above the 58.3 billion pounds forecast by the Office for Budget Responsibility.\n", date(2025, 8, 21)),
    # a difference from a forecast is no change since the month before: 2.6 - 2.2 = 0.4, never 2.6 - 1.9
    ("Canada's annual inflation rate accelerates to 2.6% in February\nOTTAWA, March 18, 2025 (Canadian Press) - Canada's annual inflation rate rose to 2.6% in February from 1.9% in January, Statistics Canada said on Tuesday. Economists had expected 2.2%, so the reading was 0.4 percentage point above forecasts.\n", date(2025, 3, 18)),
    # 'a gap of 1.5 points' with the euro area: 2.4 - 0.9, never the euro area's change
    ("France inflation slows to 0.8% in February, lowest in four years\nPARIS, February 28, 2025 (AFP) - French consumer prices rose 0.8% year-on-year in February, after 1.7% in January, Insee said. The harmonised index (HICP), used for comparisons across the euro zone, rose 0.9% year-on-year, after 1.8% in January. That is well below the euro area's 2.4%, a gap of 1.5 points.\n", date(2025, 2, 28)),
    # 'a gap of 14.3 points' with the national average: 24.9 - 10.6, never 24.9 - 11.2
    ("Spain's jobless rate falls to 10.6% at end-2024\nMADRID, January 28, 2025 (Europa Press) - Spain's unemployment rate fell to 10.6% in the fourth quarter of 2024 from 11.2% in the third quarter, INE said on Tuesday. The unemployment rate among those under 25 was 24.9%, well above the national average, a gap of 14.3 points.\n", date(2025, 1, 28)),
    # a forecast after the outcome's levels is what they are measured against: 10.4 / 10.3 is the reported 1.0%, never the 3.6% forecast
    ("Valmont Foods beats forecasts\nPARIS, October 16, 2025 (Reuters) - Valmont Foods said on Thursday its third-quarter sales rose 4.2% on a like-for-like basis to 10.4 billion euros from 10.3 billion euros a year earlier, beating analysts' average forecast of 3.6% growth. On a reported basis sales were up 1.0%.\n", date(2025, 10, 16)),
    # 'missing the 10% growth the ministry had projected': 31.2 / 29.0 - 1 = 7.6%, short of it
    ("Chile's copper export earnings reach $31.2 billion\nSANTIAGO, July 8, 2025 (Reuters) - Chile's copper exports rose to $31.2 billion in the first half of 2025 from $29.0 billion a year earlier, missing the 10% growth the finance ministry had projected in January.\n", date(2025, 7, 8)),
    # 'double the 3.2% rise in earnings' compares the cap's 6.4% rise, never £1,849 with £1,738
    ("Energy bills to rise in April\nLONDON, 19 March 2025 (PA) - Regulator Ofgem's price cap goes up in April to £1,849 a year for a typical dual-fuel household from £1,738, double the 3.2% rise in average earnings expected this year.\n", date(2025, 3, 19)),
    # 'twice the 0.7-point increase': a rise of 1.4 points, never 10.2% / 8.8%
    ("Diabetes prevalence in Mexico climbs\nMEXICO CITY, September 22, 2025 (Reuters) - The share of Mexican adults diagnosed with diabetes rose to 10.2% in 2024 from 8.8% in 2018, twice the 0.7-point increase recorded in the previous six-year period.\n", date(2025, 9, 22)),
    # 'a 10% rise, double the 5% growth': the rises compared, never 4,180 / 3,800
    ("Diabetes deaths rise in Mexico\nMEXICO CITY, September 22, 2025 (Reuters) - Diabetes deaths in Mexico rose to 4,180 per million inhabitants in 2024 from 3,800 in 2018, a 10% rise, double the 5% growth in the overall death rate over the same period.\n", date(2025, 9, 22)),
    # 'who were the largest group a year earlier' is a rank of the past
    ("Asylum applications in the EU fall\nPublished 12 September 2025\nVenezuelans remained the largest group of people seeking asylum in the EU in the second quarter of 2025 (20,415 first-time applicants), ahead of Afghans (14,935) and Bangladeshis (8,210). Syrians, who were the largest group a year earlier, fell to fifth place with 5,630 applicants, down 80.1% from 28,290 in the second quarter of 2024.\n", date(2025, 9, 12)),
    # foreign visitors given as their own subject are another whole: 6.7 / 52.6 = 12.7%, never of the 62.3 million
    ("Turkey tourism record\nISTANBUL (Reuters) - The number of visitors to Turkey, including Turkish citizens living abroad, reached 62.3 million in 2024. Foreign visitors numbered 52.6 million. Russia was the top source of foreign visitors with 6.7 million, or 12.7%.\n", date(2025, 1, 31)),
    # 'Operating margin: 11.4% (2023: 14.9%)' is two years, never two margins of one
    ("Redbrook Homes profit falls 30%\nKey figures\n- Revenue: £3.62bn (2023: £3.96bn)\n- Operating profit: £412m (2023: £589m)\n- Operating margin: 11.4% (2023: 14.9%)\n", date(2025, 3, 4)),
    # '(prior period: 7.5%)' is the prior period's margin: 0.88 / 11.7 = 7.5%
    ("Mzansi Foods lifts interim profit\nJOHANNESBURG, March 4 (Reuters) - Mzansi Foods' net profit for the six months to Dec. 31 rose to 1.01 billion rand from 880 million rand a year earlier. Revenue rose to 12.4 billion rand from 11.7 billion rand.\n* Net profit margin 8.1% (prior period: 7.5%)\n", date(2025, 3, 4)),
]


# Undated, or dated without a year: the drafter reads the year from the article alone
UNDATED_LAST_YEAR = [
    # undated, 'last year' is the year after the 2023 it is compared with: 4.51 / 36.0 = 12.5%
    "Heineken beats profit forecast, plans to cut up to 3,000 jobs\nBeer volumes rise in Asia and Africa\nOperating profit rose to 4.51 billion euros last year, from 4.18 billion euros in 2023, beating analysts' forecasts. Revenue fell 1.1% to 36.0 billion euros, from 36.4 billion euros in 2023, hit by currency swings in Nigeria and other emerging markets.\nThe operating margin was 12.5%.\n",
    # a dateline without a year: 'last year' follows the 2023 base, so 119.6 / 405.5 = 29.5%
    "Vietnam's exports hit record\nHANOI, Jan 6 (Reuters) - Vietnam's exports rose 14.3% last year to a record $405.5 billion. Exports had totalled $354.7 billion in 2023. The United States bought goods worth $119.6 billion, or 29.5% of the total.\n",
]

FORECAST_REVISIONS_HEDGED_WORDS_AND_NAMED_BASES = [
    # 'its December forecast of 4.71 million' is an earlier forecast of 2025, revised: 4.50 / 4.06 = +10.8%
    ("US existing-home sales jump 4.2% in February\n\nThe NAR now expects sales of 4.50 million homes in 2025, down from its December forecast of 4.71 million but still 11% above the 4.06 million homes sold in 2024.\n", date(2025, 3, 20)),
    # the same, in units: 499,000 / 465,000 = +7.3%
    ("Canadian home sales slump 9.8% in February as tariffs weigh\n\nThe association now expects 2025 sales of 499,000 units, down from its January forecast of 529,000 but still 7.3% above the 465,000 sold in 2024.\n", date(2025, 3, 17)),
    # and in jobs: 1.5 / 2.0 = -25%
    ("US employers add 228,000 jobs in March\n\nEconomists now expect payroll growth of 1.5 million jobs this year, down from their January forecast of 1.9 million and 25% below the 2.0 million jobs added in 2024.\n", date(2025, 4, 4)),
    # 'and a 5.75 per cent increase the year before that' is an earlier year's change: 24.10 / 23.23 = +3.75%
    ("Fair Work lifts minimum wage by 3.5 per cent\n\nThe decision follows a 3.75 per cent rise last year, which lifted the minimum to A$24.10 from A$23.23, and a 5.75 per cent increase the year before that.\n", date(2025, 6, 3)),
    # the same with 'an 8.6% increase the year before that': 16.28 / 15.74 = +3.4%
    ("State minimum wage rises to $16.66 an hour\n\nWashington's minimum wage rose to $16.66 an hour on Jan. 1. It follows a 3.4% rise in 2024, which lifted the minimum to $16.28 from $15.74, and an 8.6% increase the year before that.\n", date(2025, 1, 2)),
    # 'almost double the €850 of 2014' is 1,680 / 850 = 1.98, never 850 / 1,202
    ("Irish property prices up 7.6% in year to January\n\nThe average monthly rent for new tenancies was €1,680, up 5.3% on the year and nearly 40% more than five years earlier, when it was €1,202, and almost double the €850 of 2014.\n", None),
    # 'nearly halved': 12.8 / 24.0 = 0.533, a fall of 47%
    ("Egypt's inflation slows sharply\n\nCAIRO, March 11 (Reuters) - Egypt's annual urban consumer price inflation nearly halved to 12.8% in February from 24.0% in January, a fall of 11.2 percentage points.\n", date(2025, 3, 11)),
    # 'almost doubled': 30.33 / 16.42 = 1.85
    ("Remittances hit record $30.33bn in FY25\n\nDHAKA — Expatriate Bangladeshis sent home a record $30.33 billion in fiscal year 2024-25. Annual inflows have almost doubled to $30.33 billion from $16.42 billion in FY19.\n", date(2025, 7, 6)),
    # 'roughly doubled': 11.6 / 6.2 = 1.87
    ("Ghana's gold earnings surge\n\nPublished 3 June 2025\n\nGold export earnings roughly doubled to $11.6 billion in 2024 from $6.2 billion in 2023.\n", date(2025, 6, 3)),
    # 'roughly 85% of the overall average' is of £287,400 (84.6%), never of the detached homes' £498,000
    ("House prices in the district up 6% but still below 2022 peak\n\nPublished 9 April 2025\n\nThe average home in the district sold for £287,400 in the year to February, according to Land Registry figures published this week.\n\nDetached homes averaged £498,000 and flats £152,200.\n\nFirst-time buyers paid an average of £243,100, or roughly 85% of the overall average.\n", date(2025, 4, 9)),
    # 'a bit more than double the overall rate' is 14.0 / 6.5, never 14.0 / 14.5 after 'and down from'
    ("Canada's jobless rate dips to 6.5%\n\nThe jobless rate edged down 0.1 percentage points to 6.5% in October. Youth unemployment (ages 15 to 24) was 14.0%, a bit more than double the overall rate and down from 14.5% in September.\n", date(2025, 11, 7)),
    # 'BP and Shell are the biggest fallers': a forecast that 'would be more than 11% below' is no faller
    ("Markets live: oil slides after OPEC+ surprise\n\nPublished 3 April 2025\n\n09:30 BST - Brent has now lost $2.10 to trade at $74.50.\n\n11:15 BST - Goldman Sachs has cut its year-end Brent forecast by $5 to $66. That would be more than 11% below current levels.\n\n12:45 BST - BP and Shell are the biggest fallers on the FTSE 100, down 4.5% and 3.8% respectively.\n", date(2025, 4, 3)),
    # 'EBIT declined 11% ... and earnings for the period were down 11.5%': two measures, never one EBIT base
    ("Kuehne+Nagel quarterly earnings fall as sea freight rates ease\n\nSchindellegi, 23 October 2025 - EBIT declined 11% to CHF 388 million from CHF 436 million, and earnings for the period were down 11.5% at CHF 292 million (around $367 million), compared with CHF 330 million a year earlier.\n", date(2025, 10, 23)),
    # 'Hyundai Motor's EBIT' is Hyundai Motor's measure, never a name, and net profit never borrows its base
    ("Hyundai profit falls\n\nPublished 24 July 2025\n\nHyundai Motor's EBIT fell 15.9 percent to 3.6 trillion won in the second quarter from 4.28 trillion won, and net profit fell 22.2 percent to 3.25 trillion won.\n", date(2025, 7, 24)),
    # 'compared with 4.18 trillion won and 4.28 trillion won a year earlier': the bases in the order of the changes
    ("Hyundai results\n\nSEOUL, July 24 (Yonhap) -- Net profit fell 22.2 percent to 3.25 trillion won, and operating profit fell 15.9 percent to 3.6 trillion won, compared with 4.18 trillion won and 4.28 trillion won a year earlier.\n", date(2025, 7, 24)),
    # 'rose 7.3 percent and 4.1 percent to 48.29 ... and 3.6 ..., respectively, from 45.0 ... and 3.458': in order
    ("Hyundai and Kia results\n\nSEOUL, July 24 (Yonhap) -- Hyundai's revenue and operating profit rose 7.3 percent and 4.1 percent to 48.29 trillion won and 3.6 trillion won, respectively, from 45.0 trillion won and 3.458 trillion won a year earlier.\n", date(2025, 7, 24)),
    # '$563 billion at last year's average of 83.8' has its own rate, never the sentence's 86.7
    ("Budget 2025-26: Centre pegs fiscal deficit at 4.4% of GDP\n\nTotal expenditure is budgeted at Rs 50.65 lakh crore (about $584 billion at 86.7 rupees to the dollar), 7.4% more than the revised Rs 47.16 lakh crore ($563 billion at last year's average of 83.8) for 2024-25.\n", date(2025, 2, 1)),
    # '$52 billion at the year-end forecast of 42.3 lira per dollar': its own rate, never the quarter's 38.1
    ("Turkish central bank hikes to 46% in surprise move\n\nThe central government budget deficit was 1.2 trillion lira ($31.5 billion at 38.1 lira per dollar) in the first quarter; the full-year target is 2.2 trillion lira, or $52 billion at the year-end forecast of 42.3 lira per dollar in the central bank's market participants survey.\n", date(2025, 4, 17)),
    # 'at 86.2 and 80.4 rupees to the dollar respectively': 9.5 lakh crore / 86.2 = $110 billion
    ("RBI surprises with 50 bps repo cut, slashes CRR by 100 bps\n\nDurable liquidity injections this year total Rs 9.5 lakh crore ($110 billion), compared with Rs 3.2 lakh crore ($40 billion) in 2022-23, at 86.2 and 80.4 rupees to the dollar respectively.\n", date(2025, 6, 6)),
    # '€2.6 billion (24%)' after '45% of group revenue' is of revenue: 2.6 / 10.82 = 24%, never of EBITDA
    ("Vantel's revenue slips\n\nVantel reported 2024 revenue of €10.82 billion. Adjusted EBITDA came to €3.74 billion.\n\nGermany generated €4.9 billion, or 45% of group revenue. The UK contributed €2.6 billion (24%).\n", date(2025, 3, 5)),
    # 'within the company's guidance of $25.0 billion to $25.8 billion': a forecast's end, never a restated amount
    ("Foundry's March revenue surges\n\nMarch revenue was NT$285.96 billion. Revenue for the first quarter totalled NT$839.25 billion, within the company's guidance of $25.0 billion to $25.8 billion, which was based on an exchange rate of NT$32.9 to the U.S. dollar.\n", date(2025, 4, 10)),
    # 'Its diabetes drug Glyvex ranked second' among the products, never against Calloway & Co.'s total
    ("Drugmaker Calloway's nine-month sales rise 9% on weight-loss drug\n\nINDIANAPOLIS, Oct 30 — Calloway & Co. said sales for the first nine months of 2025 rose 9% to $47.9 billion from $43.9 billion, lifted by its obesity treatment Lumara.\n\nLumara was the company's best-selling product, with nine-month sales of $11.8 billion, about a quarter of the total. Its diabetes drug Glyvex ranked second at $6.2 billion, roughly half Lumara's level, followed by the cancer drug Tenzira at $4.0 billion.\n\nLumara's sales nearly tripled from $4.1 billion in the same period last year.\n", date(2025, 10, 30)),
    # 'more than twice as much as Egypt and more than four times as much as Britain': both Pakistan's (205 / 46 = 4.46)
    ("Kenya tea exports rise\n\nPakistan was the largest market, buying 205 million kg, followed by Egypt with 92 million kg and Britain with 46 million kg. Pakistan bought more than twice as much as Egypt and more than four times as much as Britain.\n", date(2025, 3, 1)),
    # the same: 'nearly twice as much as India and about five times as much as the Philippines' (230 / 45 = 5.1)
    ("Indonesia coal exports at record\n\nIndonesia shipped coal to China (230 million tonnes), India (127 million tonnes) and the Philippines (45 million tonnes). China took nearly twice as much as India and about five times as much as the Philippines.\n", date(2025, 3, 1)),
    # 'accounting for 46% of stay-over arrivals, or about 653,000': a part with its own share, never Canada's whole
    ("Island arrivals recover\n\nThe United States remained the biggest source market, accounting for 46% of stay-over arrivals, or about 653,000 visitors. Canada was second with 213,000, or 15%.\n", date(2025, 11, 1)),
    # the same with the whole printed: 213,000 / 1.42 million = 15%
    ("Island arrivals recover\n\nVisitor arrivals to the island rose 18% to 1.42 million in the first nine months. The United States accounted for 46% of arrivals, or about 653,000 visitors, and Canada for 213,000, or 15%.\n", date(2025, 11, 1)),
    # 'Within that group, Japanese visitors numbered 450,000, or 30%': of Asia's 1.5 million, never of Europe's 3.0
    ("Arrivals from Asia now a quarter of total\n\nVisitors from Asia accounted for 1.5 million of the 6.0 million foreign arrivals in the first half, or 25%. Within that group, Japanese visitors numbered 450,000, or 30%.\n\nEuropean visitors totalled 3.0 million, half of all arrivals.\n", date(2025, 8, 1)),
    # 'the wealthiest tenth', 'the poorest tenth': groups the rank defines, no rank of the figures
    ("Life expectancy gap widens\n\nMen in the wealthiest tenth of neighbourhoods can expect to live to 83.7, compared with 73.5 in the poorest tenth, a gap of 10.2 years. National life expectancy at birth was 79.0 years for men and 82.9 for women, meaning women outlive men by 3.9 years on average.\n", None),
    # 'men in the poorest areas ... in the richest': the same
    ("Life expectancy gap widens\n\nFor women, the gap widened to 7.9 years from 7.4. National life expectancy at birth was 79.0 years for men and 82.9 for women, meaning women outlive men by 3.9 years on average.\n\nHealthy life expectancy, the years lived in good health, was 51.6 years for men in the poorest areas, or about 70% of their total life expectancy, against 70.2 years, or 84%, for those in the richest.\n", None),
    # 'The lowest shares were recorded in Ireland (15.3%), Malta (15.1%) and Belgium (14.7%)': a group, no rank of Ireland
    ("Renewables reach 24.5% of EU energy consumption\n\nThe lowest shares were recorded in Ireland (15.3%), Malta (15.1%) and Belgium (14.7%).\n", date(2025, 3, 1)),
    # the same with 'The highest shares' listed in rising order
    ("Renewables reach 24.5% of EU energy consumption\n\nThe highest shares were recorded in Denmark (44.9%), Finland (50.8%) and Sweden (66.4%).\n", date(2025, 3, 1)),
    # sectors and gases are two breakdowns of one total (29% + 80% > 100%): transport is never ranked against carbon dioxide
    ("UK greenhouse gas emissions fall 5.4% in 2023\n\nTransport remained the largest emitting sector, at 112.5 MtCO2e, or 29% of the total. Carbon dioxide made up about 80% of total emissions, at 306.0 MtCO2e.\n", date(2025, 3, 27)),
    # 'Operating expenses were $702 million, beating the consensus estimate of $730 million': lower costs beat
    ("Loanwise beats forecasts as loss narrows, though revenue disappoints\n\nSAN FRANCISCO, Nov 6 -\n\nOperating expenses were $702 million, beating the consensus estimate of $730 million.\n", date(2025, 11, 6)),
    # 'Costs were 5.4 billion crowns, beating the 5.6 billion crowns forecast': the same
    ("Nordic lender Fjellbank lifts payout as capital builds\n\nOSLO, April 25 -\n\nCosts were 5.4 billion crowns, beating the 5.6 billion crowns forecast by analysts.\n", date(2025, 4, 25)),
    # 'fell to minus 0.12% from 0.03%': a figure below zero is checked by no rule
    ("Swiss bond yields turn negative again as franc strengthens\n\nZURICH, Dec 17 -\n\nThe two-year Swiss yield fell to minus 0.12% from 0.03% a week ago.\n", date(2025, 12, 17)),
    # 'outflows of 6.3 billion euros, down from inflows of 4.1 billion euros': magnitudes of opposite signs
    ("European fund flows swing to outflows as investors flee bonds\n\nLONDON, Oct 3 -\n\nMoney market funds had outflows of 6.3 billion euros, down from inflows of 4.1 billion euros in August.\n", date(2025, 10, 3)),
    # the same in dollars
    ("Asia fund flows: investors pull money from China, pour it into India\n\nSINGAPORE, Aug 5 -\n\nChina bond funds saw outflows of $0.8 billion, down from inflows of $0.5 billion a month earlier.\n", date(2025, 8, 5)),
    # 'That compares with 238.4 million at the end of June and 220.7 million a year earlier, an annual increase of 12%': 247.2 / 220.7
    ("Streaming service adds 8.8 million subscribers in third quarter\n\nOct 17 (Reuters) - The streaming company added 8.8 million paid memberships in the July-September quarter, taking its global total to 247.2 million. That compares with 238.4 million at the end of June and 220.7 million a year earlier, an annual increase of 12%.\n", date(2025, 10, 17)),
    # 'or 32% of the total, while Europe, the Middle East and Africa contributed 88.8 million': a part beside it, no whole
    ("Streaming service adds 8.8 million subscribers in third quarter\n\nOct 17 (Reuters) - The streaming company added 8.8 million paid memberships in the July-September quarter, beating the 5.5 million analysts had forecast and taking its global total to 247.2 million.\n\nThe United States and Canada accounted for 80.3 million subscribers, or 32% of the total, while Europe, the Middle East and Africa contributed 88.8 million.\n", date(2025, 10, 17)),
    # '£3.80 a week ..., the highest of any region' is never ranked against national totals in billions
    ("Cultural and sporting activities: household spending, 2024\n\nStatistical release, 12 June 2025\n\nCinema and theatre admissions came to £2.6 billion; subscription television and streaming services to £7.8 billion. Households in London spent £3.80 a week on sports admissions, the highest of any region, while households in the North East spent the least, at £1.90.\n", date(2025, 6, 12)),
    # '..., and were down 3.7% in Asia' is Asia's change, never that of Europe's tonnes
    ("Cocoa grindings fall in Europe and Asia\n\nGrindings, a gauge of demand, fell 7.2% in Europe in the first quarter to 337,353 tonnes, from 363,520 tonnes a year earlier, and were down 3.7% in Asia.\n", date(2025, 4, 16)),
    # 'when the contract traded at $4,150, and are about 35% below the record of $12,565': 8,120 / 12,565
    ("Cocoa slides 4% as West African crop outlook improves\n\nCocoa futures in New York fell 4.2% on Tuesday to $8,120 a tonne, from $8,476 at Monday's close. Prices remain almost twice the level of a year ago, when the most-active contract traded at $4,150, and are about 35% below the record of $12,565 set in December.\n", date(2025, 3, 4)),
    # 'Olive oil prices more than halve': 'more than' is a hedge, no rise
    ("Olive oil prices more than halve as Spain's harvest rebounds\n\nMADRID, Published 3 March 2025\n\nPrices at origin for extra virgin olive oil have fallen to about 3.50 euros a kilo, from a peak of 8.90 euros in January 2024, a drop of about 61%.\n\nConsumers in Spain paid an average 7.90 euros ($8.20) per litre in January, down from 9.70 euros six months earlier.\n", date(2025, 3, 3)),
    # '..., so traffic per subscription more than tripled': (7.4 / 8.9) / (2.1 / 8.1) = 3.2, never 8.9 / 8.1
    ("Data use per subscriber more than triples\n\nMobile data traffic reached 7.4 exabytes in 2024, up from 2.1 exabytes in 2019. Subscriptions rose to 8.9 million from 8.1 million, so traffic per subscription more than tripled.\n", date(2025, 6, 1)),
    # 'International passengers numbered 52.1 million' is a kind of passenger, never 'Capital International Airport'
    ("Airport passenger traffic up 18.4% in 2023\n\nAirports in the country handled 71.3 million passengers in 2023. International passengers numbered 52.1 million and domestic passengers 19.2 million.\n\nCapital International Airport was again the busiest, with 29.8 million passengers, or 42% of the national total. Northport ranked second with 11.2 million, followed by Southbay (8.4 million) and Lakeside (5.1 million). The four largest airports together accounted for 54.5 million passengers, or 76% of traffic.\n", date(2024, 2, 28)),
    # '29.8 million passengers, or 42% of the national total' is of 71.3 million (41.8%), never of the 52.1 international
    ("Airport passenger traffic up in 2023\n\nAirports in the country handled 71.3 million passengers in 2023. Passengers on international flights numbered 52.1 million. Capital International Airport was again the busiest, with 29.8 million passengers, or 42% of the national total.\n", date(2024, 2, 28)),
    # '8.1 million passengers, or 33% of the total' is of the 24.5 million flown, never of the 19.2 million domestic
    ("Regional carrier leads domestic market\n\nPublished 9 May 2025\n\nAirlines flew 24.5 million passengers last year. Domestic passengers numbered 19.2 million. National Domestic Air was the largest carrier, with 8.1 million passengers, or 33% of the total. SkyLink ranked second with 6.4 million, followed by Aeroline (4.0 million).\n", date(2025, 5, 9)),
    # 'Europa Transshipment Terminal ... 4.3 million TEU, or 29% of the total' is of the port's 14.6 million
    ("Europa Terminal remains busiest at the port\n\nPublished 22 January 2025\n\nThe port handled 14.6 million TEU last year. Transshipment volumes reached 5.1 million TEU. Europa Transshipment Terminal was the busiest terminal, with 4.3 million TEU, or 29% of the total. Delta Terminal ranked second with 3.9 million, followed by Maas Terminal (2.2 million).\n", date(2025, 1, 22)),
    # 'total exports were worth about ₹70 lakh crore, at ₹85.3 per dollar' restates the $820.93 billion total
    ("India's total exports hit record $820.93 bn in FY25\n\nIndia's total exports of goods and services rose to a record $820.93 billion in the financial year ended March 2025. Merchandise exports stood at $437.42 billion and services exports at $383.51 billion.\n\nIn rupee terms, total exports were worth about ₹70 lakh crore, at an average exchange rate of ₹85.3 per dollar.\n", date(2025, 4, 15)),
]


MARKETS_LANES_RANGES_AND_POSSESSIVE_BASES = [
    # 'its exports were nearly 1.4 times Japan's' compares the two countries' exports, 5.86 / 4.22 = 1.39, never this
    # year's and last year's lead (1.64 / 0.49)
    ("China's car exports jump 19%, widening lead over Japan\nChina exported 5.86 million vehicles in 2024 and Japan 4.22 million. China's lead over Japan widened to 1.64 million vehicles from 0.49 million a year earlier; its exports were nearly 1.4 times Japan's.\n", date(2025, 1, 14)),
    # a range of levels with a range of rates pairs end to end: 5.0 / 3.98 = +25.6%, 5.1 / 3.98 = +28.1%
    ("Lumeno lifts outlook\nLumeno now expects 2025 cloud revenue of 5.0 billion to 5.1 billion euros, an increase of 26% to 28% from 3.98 billion euros in 2024.\n", date(2025, 10, 23)),
    # 'its largest division' is ranked among divisions, never with 'its largest category' (skincare, €17bn)
    ("Celestine beauty sales rise\nConsumer products, its largest division, grew 6% to 15.9 billion euros, while professional products added 4.3% to 4.8 billion euros. Skincare remained its largest category at about 17 billion euros.\n", date(2025, 2, 7)),
    # e-commerce (36% of tonnage) cuts across the lanes: 680,000 > 520,000 among the lanes named
    ("Meridian Air Cargo volumes jump\nMeridian Air Cargo carried 1.94 million tonnes of freight in 2024.\nAsia-Europe, its busiest lane, accounted for 680,000 tonnes, followed by the transpacific (520,000 tonnes). E-commerce made up 36% of tonnage, about 700,000 tonnes.\n", date(2025, 4, 17)),
    # two splits of one total: 582 + 525 + 313 = 1,420 by platform, 966 + 454 = 1,420 by age of title
    ("PixelForge bookings rise\nPixelForge said net bookings rose to 1.42 billion euros.\nPC games generated 582 million euros, consoles 525 million euros and mobile 313 million euros. Back-catalogue titles made up 966 million euros, and new releases the remaining 454 million euros.\n", date(2025, 11, 5)),
    # the EU is a bloc holding Italy and Germany: among countries 1.52 > 1.14
    ("Coffee exports climb\nUganda's coffee exports to Italy, its biggest market, reached 1.52 million bags. Germany, its second-largest market, took 1.14 million bags. Buyers in the European Union took 3.63 million bags, or 56% of the total.\n", date(2025, 10, 14)),
    # the EU holds Spain and the Netherlands: among countries 43.9 > 2.3 > 1.9 > 1.6
    ("Soybean exports hit first-half record\nBrazil's soybean exports to China reached 43.9 million tonnes. Spain, its second-largest market, took 2.3 million tonnes, followed by Thailand (1.9 million) and the Netherlands (1.6 million). Shipments to the European Union reached 5.2 million tonnes.\n", date(2025, 7, 8)),
    # Australia's shipment to Japan is a rival's: Qatar's markets run 21.8 > 12.4
    ("LNG exports to Europe jump\nQatar's LNG exports to China reached 21.8 million tonnes. India, its second-largest market, took 12.4 million tonnes. Rival exporter Australia shipped 23.9 million tonnes to Japan, its own biggest customer.\n", date(2025, 2, 11)),
    # 'For comparison, Frankfurt' is a yardstick from outside the country's hubs: 2.31 > 1.46
    ("Air cargo at the big three hubs rises\nEasthaven, the busiest cargo hub, handled 2.31 million tonnes. Larkfield, the second-busiest, handled 1.46 million tonnes. For comparison, Frankfurt, Germany's biggest cargo airport, handled 2.5 million tonnes.\n", date(2025, 2, 20)),
    # domestic haulage is part of road freight's 7.41bn: the divisions run 7.41 > 4.12
    ("NordFrakt lifts first-half profit\nSea freight, the group's second-largest business, generated 4.12 billion crowns, behind road freight at 7.41 billion crowns. Within that, domestic road haulage alone brought in 4.9 billion crowns.\n", date(2025, 7, 16)),
    # cashew nuts to Vietnam are another commodity: the Netherlands leads the cocoa buyers
    ("Cocoa exports fall\nIvory Coast's cocoa exports to the Netherlands, its biggest market, reached 412,000 tonnes. Over the same period, Ivory Coast also shipped 620,000 tonnes of raw cashew nuts to Vietnam.\n", date(2025, 10, 2)),
    # the headline's 6.8% is the national rate, down 0.4 points; only Coastal region rose
    ("Jobless rate falls to 6.8%\nThe national unemployment rate fell 0.4 percentage points to 6.8% in the third quarter. In Coastal region the rate rose to 8.1% from 7.8% a year earlier.\n", date(2025, 10, 28)),
    # the headline's 6.4% is the national rate, up 1.1 points; only the Midlands fell
    ("Warehouse vacancy rate rises to 6.4%\nThe national vacancy rate for big-box warehouses rose 1.1 percentage points to 6.4%. In the Midlands, the vacancy rate fell to 7.9% from 8.3% a year earlier.\n", date(2025, 10, 20)),
]

# (fifth review) a superlative naming the other end of a comparison, groups of the ranked things, a verb of
# shrinking that ends in 'up'
OTHER_ENDS_GROUPS_AND_DRYING_UP = [
    # 'the highest' is the Northern region's 6.1%: 6.1 - 3.2 = 2.9 points, and the Southern region is the lowest
    ("Regional jobless rates diverge\nThe Northern region had an unemployment rate of 6.1% in the fourth quarter and the "
     "Capital region 5.0%. The Southern region had the lowest rate, at 3.2%, so the gap between the highest and lowest "
     "regions was 2.9 percentage points.\n", date(2024, 2, 14)),
    ("Regional jobless rates diverge\nThe Northern region had an unemployment rate of 6.1% in the fourth quarter and the "
     "Capital region 5.0%. The Southern region had the lowest rate, at 3.2%, 2.9 points below the highest.\n",
     date(2024, 2, 14)),
    # pelagic and demersal species are groups of the species: among species 329,500 > 219,800 > 214,300, and
    # 754,300 + 481,700 + 27,400 = 1,263,400
    ("Iceland's fish catch falls\nIcelandic vessels landed 1,263,400 tonnes of fish in 2023. Pelagic species accounted "
     "for 754,300 tonnes, demersal species for 481,700 tonnes and shellfish and other species for the remaining 27,400 "
     "tonnes.\nThe capelin catch fell 35.6% to 329,500 tonnes from 512,000 tonnes, while the cod catch rose 1.2% to "
     "219,800 tonnes from 217,200 tonnes.\nThe herring catch was 214,300 tonnes, making it the third-largest species "
     "behind capelin and cod.\n", date(2024, 2, 22)),
    # listings that dry up fall: 31 < 58
    ("Listings dry up at Nordic exchanges\nThe exchange had 31 new listings in 2023, down from 58 in 2022.\n",
     date(2024, 1, 9)),
]

# An earlier period's own change, which ends at the earlier level: that period's change from a base the article does
# not give, never the change from the earlier level to the current one (3.42 / 3.00 = +14%, 412 / 368 = +12%,
# 3.5 - 3.2 = 0.3 points, 84,300 / 79,000 = +6.7%: the current changes, each right)
EARLIER_PERIODS_OWN_CHANGES = [
    ("Veridian Software revenue rises 14%\nSAN FRANCISCO (Example Wire) – Veridian Software's revenue rose 14% to $3.42 "
     "billion in the quarter ended Dec. 31. A year earlier, revenue had grown 11% to $3.00 billion.\n", date(2024, 2, 1)),
    ("Harbourline results\nSYDNEY (Example Wire) – Harbourline Retail's quarterly net profit rose 12% to $412 million, "
     "after an 8.8% rise to $368 million a year earlier.\n", date(2024, 10, 24)),
    ("U.S. inflation\nWASHINGTON (Example Wire) – U.S. annual consumer price inflation rose 0.3 percentage point to "
     "3.5% in March. A month earlier, it had risen 0.1 point to 3.2%.\n", date(2024, 4, 10)),
    ("Harbourline profit\nSYDNEY (Example Wire) – Harbourline Retail's quarterly net profit rose to $412 million. A year "
     "earlier, profit had risen by $23 million to $368 million.\n", date(2024, 10, 24)),
    ("Redstone\nPERTH (Example Wire) – Redstone Minerals' copper output rose 6.7% to 84,300 tonnes in the March quarter, "
     "after rising 2.5% to 79,000 tonnes in the previous quarter.\n", date(2024, 4, 18)),
]

# A company by its nationality and its trade, a partner by its initials, and a second comparison after 'and'
# (each one correct)
COMPANIES_PARTNERS_AND_SECOND_COMPARISONS = [
    # the group's margin: 1.07 / 12.94 = 8.3%, never Germany's sales (1.07 / 4.82 = 22.2%)
    ("Halvorsen sales edge up\nMUNICH, March 13 (Continental Markets Report) – German drive-systems maker Halvorsen AG "
     "said on Thursday its revenue rose to €12.94 billion in 2024.\nSales in Germany fell to €4.82 billion.\nOperating "
     "profit fell to €1.07 billion, and the operating margin narrowed to 8.3%.\n", date(2025, 3, 13)),
    ("Results\nFRANKFURT, March 13 (Continental Markets Report) – Germany's Halvorsen AG said on Thursday its revenue "
     "rose to €12.94 billion in 2024.\nSales in Germany fell to €4.82 billion.\nOperating profit fell to €1.07 billion, "
     "and the operating margin narrowed to 8.3%.\n", date(2025, 3, 13)),
    # 'of the total' is the group's: 2.46 / 12.94 = 19.0%
    ("Results\nMUNICH, March 13 (Continental Markets Report) – German drive-systems maker Halvorsen AG said on Thursday "
     "its revenue rose to €12.94 billion in 2024.\nSales in Germany fell to €4.82 billion.\nSales in North America rose "
     "to €2.46 billion, or 19.0% of the total.\n", date(2025, 3, 13)),
    # the headline's 'exports to US' are the flows to the United States (6.9 < 7.9), never the total that rose
    ("India's exports to US slump\nNEW DELHI, Sept 15 (Subcontinent Trade Journal) – India's exports to the United "
     "States fell to $6.9 billion in August from $7.9 billion a year earlier.\nTotal exports rose to $35.1 billion from "
     "$32.9 billion.\n", date(2025, 9, 15)),
    # 'and more than double' compares 2024's 35.5 million (35.5 / 15.2 = 2.34), never the base 28.1 just before it
    ("Visitors\nBANGKOK, Aug 20 (Siam Travel Trade News) – Arrivals reached 35.5 million in 2024, up from 28.1 million "
     "in 2023 and more than double the 15.2 million recorded in 2022.\n", date(2025, 8, 20)),
]

# Two series in one sentence, and parts of parts (each one correct)
SERIES_AND_PARTS_OF_PARTS = [
    # capacity's own base: 6.49 / 5.81 = +11.7%, never traffic's 5.0 billion before the 'while'
    ("Airline traffic rises\nMEXICO CITY, Aug 5 (Example Wire) – Traffic rose 9.0% to 5.45 billion passenger kilometres "
     "from 5.0 billion, while capacity rose 11.7% to 6.49 billion available seat kilometres from 5.81 billion.\n",
     date(2025, 8, 5)),
    # Europe is itself a part of the sales: 4.0 + 3.5 + 2.5 = 10.0, and Germany's 1.5 is a part of Europe's 4.0
    ("Solvane sales\nBRUSSELS, Feb 12 (Example Wire) – Europe accounted for 4.0 billion euros of Solvane's sales in 2024, "
     "of which Germany contributed 1.5 billion euros, the Americas for 3.5 billion euros and Asia for the remaining 2.5 "
     "billion euros.\n", date(2025, 2, 12)),
    ("Belgian chemicals maker's sales rise 4%\nBRUSSELS, Feb 12 (Example Wire) – Belgian chemicals maker Solvane said 2024 "
     "sales rose 4.2% to 10.0 billion euros from 9.6 billion euros. Europe accounted for 4.0 billion euros, of which "
     "Germany contributed 1.5 billion euros, the Americas for 3.5 billion euros and Asia for the remaining 2.5 billion "
     "euros.\n", date(2025, 2, 12)),
    # Europe + Americas = 4.0 + 6.0 = 10.0: Germany alone is inside Europe
    ("Solvane sales\nBRUSSELS, Feb 12 (Example Wire) – Solvane's sales were 10.0 billion euros in 2024. Europe accounted "
     "for 4.0 billion euros (Germany alone 1.5 billion euros) and the Americas for the remaining 6.0 billion euros.\n",
     date(2025, 2, 12)),
]

# Another's figure named by what it is, after the main entity's own (each one correct: the main entity's moved the
# headline's way, 26.8% -> 29.0%, 9% -> 11%, 495 -> 540, 36.9 -> 38.2)
RIVALS_AND_UNITS = [
    ("Lugano Bags gains market share\nMILAN, July 30 (Example Wire) – Lugano Bags said its share of the European luggage "
     "market rose to 29.0% in the first half from 26.8% a year earlier.\nIts nearest rival's share fell to 21.5% from "
     "23.0%.\n", date(2024, 7, 30)),
    ("Zephyr Cloud gains market share\nSEATTLE, Oct 10 (Example Wire) – Zephyr Cloud's share of worldwide cloud "
     "infrastructure spending rose to 11% in the third quarter from 9% a year earlier.\nThe market leader's share dipped "
     "to 31% from 33%.\n", date(2024, 10, 10)),
    ("Harrowgate Holdings profit rises\nLONDON, Nov 12 (Example Wire) – Harrowgate Holdings said half-year pretax "
     "earnings rose to 540 million pounds from 495 million pounds.\nIts insurance unit's profit fell to 120 million "
     "pounds from 150 million pounds.\n", date(2024, 11, 12)),
    ("Falkon Motors sales rise\nMUNICH, Apr 24 (Example Wire) – Falkon Motors said first-quarter revenue rose to 38.2 "
     "billion euros from 36.9 billion euros.\nIts main rival's sales fell to 33.1 billion euros from 34.0 billion "
     "euros.\n", date(2024, 4, 24)),
]

# A second multiple of a list, and a measure named with 'non-' (each one correct: 36.6 / 9.2 = 3.98, nearly four
# times; non-oil revenue rose 4%)
CHAINED_MULTIPLES_AND_NON = [
    ("Vietnam FDI surges\nHANOI, Jun 5 (Example Wire) – Foreign direct investment in Vietnam rose 14% to $36.6 billion "
     "last year, about 1.7 times Indonesia's $21.5 billion and nearly four times the Philippines' $9.2 billion.\n",
     date(2024, 6, 5)),
    ("Saudi non-oil revenue rises\nRIYADH, Jan 10 (Example Wire) – Saudi Arabia's non-oil revenue rose 4% to 458 billion "
     "riyals last year, while oil revenue fell 15% to 754 billion riyals from 887 billion riyals.\n", date(2024, 1, 10)),
]

# The verb moves the measure, a rate misses its target from either side, and lower is better for what a reader
# wants less of (each one correct: 0.4 > 0.2 and 3,000 > 1,000 rose; 3.1 is away from 2; 4.1 < 4.3, 12.4 < 13.0,
# 2.1 < 2.4 beat the forecasts)
VERBS_TARGETS_AND_LOWER_IS_BETTER = [
    (D + "The central bank raised its forecast of economic contraction to 0.4% from 0.2% for this year.\n",
     date(2025, 11, 20)),
    (D + "The retailer expanded price cuts to 3,000 products from 1,000 in October.\n", date(2025, 11, 20)),
    (D + "Annual inflation of 3.1% in October missed the central bank's 2% target.\n", date(2025, 11, 20)),
    (D + "The unemployment rate fell to 4.1% in October, beating forecasts of 4.3%.\n", date(2025, 11, 20)),
    (D + "Kessler's net debt fell to 12.4 billion euros at the end of September, beating the 13.0 billion euros analysts "
     "had expected.\n", date(2025, 11, 20)),
    (D + "The bank's non-performing loan ratio eased to 2.1% in the third quarter, beating the 2.4% analysts had "
     "forecast.\n", date(2025, 11, 20)),
]

# The word right before moves the figure, a cause sends it the way the word after the cause says, and a whole named
# for the next percentage is that one's (each one correct: 2.7 < 2.9, 1.2 < 3.4, 0.8 < 1.1 fell; 1.71 / 5.2 = 33%)
NEAREST_MOVES_CAUSES_AND_NEXT_WHOLES = [
    (D + "Net profit rose 8%, with operating costs falling to $2.7 billion from $2.9 billion.\n", date(2025, 11, 20)),
    (D + "Copper rose 1.5% on Thursday, after sliding to $10,310 a tonne from $10,480 on Wednesday.\n",
     date(2025, 11, 20)),
    (D + "Imports surged, pushing the trade surplus down to $1.2 billion in October from $3.4 billion a year "
     "earlier.\n", date(2025, 11, 20)),
    (D + "Demand for bonds jumped, sending the 10-year yield down to 0.8% from 1.1% over the month.\n",
     date(2025, 11, 20)),
    (D + "Online sales of £1.71 billion were 25% of the total and 33% of clothing sales of £5.2 billion.\n",
     date(2025, 11, 20)),
    (D + "The region's sales of 2.1 billion euros were 21% of the group total and 35% of sales outside France, which "
     "came to 6.0 billion euros.\n", date(2025, 11, 20)),
]

# Which way is better is the measure's own head noun's to say, and a cause told beside a move is no part of it (each
# one correct: 92.8 < 94.5 and 3.1 < 3.5 are better ratios; 280 < 350 smaller charges; 1.9 > 1.7 and 2.4 > 2.2 more
# profit; 1.24 > 1.18 and 1.4 > 1.1 rose; 11.5 > 9.8 widened; -0.2 beats -0.4; 410 < 520 is second; 1,620 / 3,300 is
# half; 380 < 540 smaller payouts; 210.5 < 224.0 fell)
HEAD_NOUNS_CAUSES_AND_SECOND_RANKS = [
    (D + "The insurer's combined ratio of 92.8% in the second quarter beat analysts' forecast of 94.5%.\n",
     date(2025, 8, 6)),
    (D + "The card issuer's net charge-off rate of 3.1% beat the 3.5% analysts had expected.\n", date(2025, 11, 6)),
    ("Lender's impairment charges beat forecasts\nFRANKFURT, Nov 6 (Example Wire) – Loan impairment charges of 280 "
     "million euros beat analysts' forecasts of 350 million euros.\n", date(2025, 11, 6)),
    (D + "The bank's pre-provision profit of 1.9 billion euros in the third quarter beat analysts' forecasts of 1.7 "
     "billion euros.\n", date(2025, 11, 6)),
    (D + "Profit excluding one-off charges of $2.4 billion beat analysts' forecasts of $2.2 billion.\n",
     date(2025, 11, 6)),
    (D + "Storm payouts of $380 million came in below the $540 million analysts had forecast, beating expectations.\n",
     date(2025, 11, 6)),
    (D + "Sales rose, despite falling footfall, to £1.24 billion in the year from £1.18 billion.\n", date(2025, 11, 6)),
    ("Airline margin widens as fuel costs fall\nDUBLIN, Nov 6 (Example Wire) – The operating margin, helped by falling "
     "fuel costs, widened to 11.5% in the third quarter from 9.8%.\n", date(2025, 11, 6)),
    ("Insurer profit climbs as storm losses ease\nZURICH, Nov 6 (Example Wire) – Net profit rose on lower storm losses "
     "to $1.4 billion in the third quarter from $1.1 billion.\n", date(2025, 11, 6)),
    (D + "The wage bill fell, even as revenue rose, to £210.5 million in the season from £224.0 million.\n",
     date(2025, 11, 6)),
    (D + "The economy shrank 0.2% in the second quarter, beating forecasts of a 0.4% contraction.\n", date(2025, 8, 14)),
    (D + "Mexico, the seventh-largest market, grew 12.5% to $0.45 billion, while Japan grew 1.8% to $2.9 billion.\n",
     date(2025, 3, 20)),
    (D + "Spain was the second-biggest buyer of Chilean wine, at 410 million dollars, behind China at 520 million "
     "dollars, and the biggest buyer of its sparkling wine.\n", date(2025, 4, 3)),
    (D + "The index fell to 1,620 from 4,210 a year earlier, and has halved from 3,300 in January.\n",
     date(2025, 10, 3)),
    # two moves of two measures: which one reached the level, a person says
    (D + "The share of power from wind rose as gas use declined to 38% in 2024 from 33% in 2023.\n", date(2025, 3, 1)),
]

# A hedge after a year or a measure is a bound, and a period written as an adjective of a measure is that measure's
# (each one correct: 96 / 41 = 2.34 is more than double; 3.4 / 3.0 = +13.3% is at least 10%; 4.5 / 4.0 = +12.5% is more
# than 10%; 96.4 / 98.5 = -2.1% is under 3%; 2.2 / 21.8 = 10.1%; 0.9 / 3.1 = 29.0%)
HEDGES_AFTER_YEARS_AND_PERIOD_ADJECTIVES = [
    (D + "Valmora's 2024 profit more than doubled to 96 million euros from 41 million euros.\n", date(2025, 3, 6)),
    (D + "Its sales in 2024 grew at least 10% to 3.4 billion euros from 3.0 billion euros.\n", date(2025, 3, 6)),
    (D + "Revenue in the quarter ended Sept. 30 rose more than 10% to $4.5 billion from $4.0 billion.\n",
     date(2025, 10, 30)),
    (D + "Output in 2025 fell under 3% to 96.4 million tonnes from 98.5 million tonnes.\n", date(2026, 1, 20)),
    (D + "Aldena said sales in the first nine months rose 9% to 21.8 billion euros. Third-quarter sales were 7.4 billion "
     "euros, and its vaccine Corvaxa had nine-month sales of 2.2 billion euros, or about 10% of group sales.\n",
     date(2025, 10, 30)),
    (D + "Brixham Foods said second-quarter revenue was £1.6 billion and first-half revenue was £3.1 billion. Its bakery "
     "arm brought in first-half revenue of £0.9 billion, or about 29% of group revenue.\n", date(2025, 7, 30)),
    # ... as a review wrote them (5.7 / 5.0 = +14%; 3.9 / 38.4 = 10.2%; 1.9 / 4.8 = 39.6%)
    ("Ferrovia's 2024 profit more than doubles\nMILAN, Mar 6 (Example Wire) – Its sales in 2024 grew at least 10% to 5.7 "
     "billion euros from 5.0 billion euros.\n", date(2025, 3, 7)),
    ("Helvara nine-month sales rise 14%\nBASEL, Oct 30 (Example Wire) – Helvara said sales in the first nine months rose "
     "14% to 38.4 billion Swiss francs. Third-quarter sales were 13.5 billion francs, and its cancer drug Xeltra had "
     "nine-month sales of 3.9 billion francs, or about 10% of group sales.\n", date(2025, 10, 31)),
    ("Dunmore Foods half-year revenue rises\nLONDON, Jul 30 (Example Wire) – Dunmore Foods said second-quarter revenue "
     "was £2.5 billion and first-half revenue was £4.8 billion. Snacks brought in first-half revenue of £1.9 billion, or "
     "about 40% of group revenue.\n", date(2025, 7, 31)),
]

# A rank word with its own name after it, a share of a kind the article gives no amount for, an 'of which' inside a
# longer list, and a loss that worsens (each one correct: 1.9 < 3.4; 30.2 + 10.4 + 6.1 + 11.3 = 58.0; 7.0 + 3.1 + 1.9 =
# 12.0; 1.2 > 0.7 and 180 > 95 are bigger losses; a decline of 5.2% is worse than one of 2.8%)
NAMED_RANKS_KINDS_NESTED_LISTS_AND_WORSE_LOSSES = [
    (D + "The net interest margin was highest for Kestrel Bank at 3.4% and lowest for Orwell Bank at 1.9%.\n",
     date(2025, 8, 1)),
    (D + "Dealers registered 180,400 new cars in November. Petrol cars numbered 52,300. Hybrid cars made up 31.2% of the "
     "market.\n", date(2025, 12, 4)),
    (D + "Korea's exports were $58.0 billion in October. Asia took $30.2 billion, of which $11.5 billion went to China, "
     "the United States $10.4 billion and the European Union $6.1 billion, with other markets making up the remaining "
     "$11.3 billion.\n", date(2025, 11, 3)),
    (D + "Revenue was $12.0 billion in the quarter. Net interest income was $7.0 billion, of which $2.2 billion came from "
     "mortgages, fees $3.1 billion and trading the remaining $1.9 billion.\n", date(2025, 10, 14)),
    ("Utility's annual loss worsens to £1.2 billion\nLONDON, Jul 15 (Example Wire) – The utility's annual loss worsened "
     "to £1.2 billion from £0.7 billion.\n", date(2025, 7, 16)),
    ("Carmaker's loss heavier\nTOKYO, Oct 20 (Example Wire) – The carmaker's net loss grew heavier, worsening to ¥180 "
     "billion in the first half from ¥95 billion a year earlier.\n", date(2025, 10, 21)),
    ("Department store sales worsen\nTOKYO, Oct 20 (Example Wire) – The decline in department store sales worsened to "
     "5.2% in October from 2.8% in September.\n", date(2025, 11, 21)),
]

# What a government will spend is spending, never the GDP named before it (each one correct: 10 / 250 = 4%; 20 / 250 =
# 8%)
FUTURE_SPENDING = [
    (D + "Valdor's GDP is forecast at 250 billion euros in 2026, and its government will spend 100 billion euros. "
     "Education spending of 10 billion euros equals 4% of GDP.\n", date(2025, 11, 20)),
    (D + "Valdor's government plans to spend 100 billion euros in 2026, when GDP is forecast at 250 billion euros. Health "
     "spending of 20 billion euros equals 8% of GDP.\n", date(2025, 11, 20)),
]

# 'Above' or 'below' with no subject of its own compares the latest level, never a past peak or a later base of a
# 'from' list, and a list of changes after one verb are all changes (each one correct: 5.1 < 5.3; 3.9 < 4.0; 4.4 > 2.2)
LATEST_LEVELS_FROM_LISTS_AND_LISTED_CHANGES = [
    (D + "The jobless rate rose to 5.1% in October from 5.0% in September. It was 7.9% in May 2021. The rate was still "
     "below the 5.3% recorded in June.\n", date(2025, 11, 7)),
    (D + "The jobless rate fell to 3.8% in October from 3.9% in September and 4.1% in August, and was below the 4.0% of "
     "May.\n", date(2025, 11, 7)),
    (D + "House prices rose 0.5% in October, pushing annual growth to 4.4%. Prices had risen 0.4% in September and 0.2% "
     "in August. Annual growth picked up from 3.9% in September, and was well above the 2.2% recorded in April.\n",
     date(2025, 11, 3)),
]

# A gap said beside a level is never the subject of the next comparison, nor the base a stated change names (each one
# correct: 61.2 > 58.0; 942,000 > 905,000; 5.2 - 4.9 = 0.3 points, and 5.2 > 3.9)
GAPS_BESIDE_LEVELS = [
    (D + "Taiwan's exports were $61.2 billion in October, $4.4 billion more than imports and above the $58.0 billion of "
     "a year earlier.\n", date(2025, 11, 7)),
    (D + "Output fell to 870,000 vehicles in September. Sales were 942,000 vehicles, 72,000 above output and higher than "
     "the 905,000 sold in August.\n", date(2025, 10, 30)),
    (D + "The unemployment rate was 5.2% in October, 0.3 point above a year earlier and higher than the 3.9% low of May "
     "2022.\n", date(2025, 11, 7)),
    # ... as a review wrote it (4.1 - 3.8 = 0.3; 4.1 > 3.4)
    ("US unemployment rate at 4.1%\nWASHINGTON, Nov 1 (Example Wire) – The U.S. unemployment rate was 4.1% in October, "
     "0.3 point above a year earlier and higher than the 3.4% low of April 2023.\n", date(2024, 11, 8)),
]

# A headline naming a part is the part's change, never the total's in the lede (3.0 -> 2.91 fell, 1.25 -> 1.35 rose;
# 219.7 -> 216.8 fell, 6.61 -> 6.91 rose); a level told of another time ('when it traded at $3.19') is never what a
# multiple after it compares (4.124 / 1.85 = 2.23; 150 / 50 = 3; 9 / 3 = 3)
PARTS_IN_HEADLINES_AND_LEVELS_OF_OTHER_TIMES = [
    ("Beef shipments rise\nTotal meat shipments fell 3% to 2.91 million tonnes from 3.0 million tonnes. Beef shipments "
     "rose 8% to 1.35 million tonnes from 1.25 million tonnes.\n", date(2025, 6, 15)),
    ("Container volumes recover at Rotterdam\nTotal cargo handled at the port of Rotterdam fell 1.3% to 216.8 million "
     "tonnes, from 219.7 million tonnes.\nContainer throughput rose 4.5% to 6.91 million TEU, from 6.61 million.\n",
     date(2025, 7, 24)),
    ("Coffee hits record\nArabica settled at $4.124 per lb. The contract has gained 29% since the start of the year, "
     "when it traded at $3.19, and is roughly 2.2 times its level of $1.85 a year ago.\n", date(2025, 2, 28)),
    (D + "The stock closed at $150, up 40% since January, when it stood at $107, and roughly triple its price of $50 five "
     "years ago.\n", date(2025, 6, 15)),
    (D + "Revenue was $9 billion, up 50% from 2022, when it was $6 billion, and three times its level of $3 billion in "
     "2019.\n", date(2025, 6, 15)),
]

# A level the words after it tie to another place, group or occasion is no base of the change before it (each one
# correct as written: Brisbane's rent rose 5%, whatever Melbourne's is; 410,000 electric cars against 380,000 hybrids)
LEVELS_OF_OTHER_PLACES_AND_GROUPS = [
    (D + "Brisbane's median rent rose 5% to A$650 a week, compared with A$590 in Melbourne.\n", date(2025, 8, 14)),
    (D + "Median house rents rose 5% to A$650 a week, compared with A$590 for units.\n", date(2025, 8, 14)),
    (D + "Median rents in Brisbane rose 5% to A$650 a week, compared with A$590 nationally.\n", date(2025, 8, 14)),
    (D + "Barcelona rents rose 7.9% to €23.84 per square metre, compared with €21.62 in Madrid.\n", date(2025, 7, 2)),
    (D + "Wheat yields in France rose 6% to 7.2 tonnes per hectare, compared with 6.1 tonnes in Germany.\n",
     date(2025, 7, 2)),
    (D + "The minimum wage in California rose 3.5% to $16.50 an hour, compared with $15.00 in most other states.\n",
     date(2025, 7, 2)),
    (D + "Revenue per user rose 4% to $12.60, compared with $11.40 at rival services.\n", date(2025, 8, 14)),
    (D + "Men's median weekly pay rose 4% to £780, compared with £690 for women.\n", date(2025, 8, 14)),
    (D + "Average pay for graduates rose 6% to £38,000, versus £33,000 for non-graduates.\n", date(2025, 8, 14)),
    (D + "Sales of electric cars rose 12% to 410,000, compared with 380,000 hybrids.\n", date(2025, 8, 14)),
    (D + "Rents rose 5% to A$650 a week, up from A$590 at the start of the pandemic.\n", date(2025, 8, 14)),
]

# A rank after a clause that sets a group apart ranks within it (each one correct within its group: Brazil is second
# among emerging markets after China, Germany first within Europe, Singapore first excluding the United States)
RANKS_WITHIN_A_CLAUSES_GROUP = [
    (D + "The US received $12 billion and Germany $9 billion; among emerging markets, China took $8 billion and Brazil, "
     "the second-largest, $4.2 billion.\n", date(2025, 8, 14)),
    (D + "The United States sent 410,000 visitors and China 350,000, while among European countries Germany, the "
     "largest, sent 180,000, and the UK, the second-largest, 150,000.\n", date(2025, 8, 14)),
    (D + "The group sold 2.3 million cars in the US and 1.9 million in China; in Europe, Germany was its largest market "
     "with 820,000, followed by France with 410,000.\n", date(2025, 8, 14)),
    (D + "The group's biggest markets were the US (2.3 million cars) and China (1.9 million); within Europe, Germany was "
     "the largest with 820,000, followed by France with 410,000.\n", date(2025, 8, 14)),
    (D + "Excluding the United States, Singapore was the largest source of remittances at $1.21 billion, followed by "
     "Saudi Arabia at $1.04 billion; the US sent $6.52 billion.\n", date(2025, 8, 14)),
    (D + "Outside London, Bristol had the highest average rent at £1,850, ahead of Brighton's £1,700; London's average "
     "was £2,247.\n", date(2025, 8, 14)),
]

# A level of the quarter before is no year-earlier base of a change on a year earlier (each one correct: revenue rose
# 12% from a year earlier, whatever the $5.2 billion of the quarter before)
QUARTERS_BEFORE_A_YEARS_CHANGE = [
    (D + "Revenue rose 12% from a year earlier to $5.6 billion. In the previous quarter it had been $5.2 billion.\n",
     date(2025, 8, 14)),
    (D + "Revenue rose 12% from a year earlier to $5.6 billion. A quarter earlier, it was $5.2 billion.\n",
     date(2025, 8, 14)),
    (D + "Revenue rose 12% year on year to $5.6 billion; sequentially, it was up from $5.2 billion.\n",
     date(2025, 8, 14)),
]

# An average per each of a part of a count ('per vehicle repaired') is no amount over the whole count, and a quarter's
# margin is no share of the year so far (each one correct as written: 21.4% of the quarter, whatever 1.9 / 9.3 is)
AVERAGES_OVER_PARTS_AND_MARGINS_OF_OTHER_STRETCHES = [
    (D + "The recall of 412,000 vehicles will cost ¥18.5 billion, an average of about ¥67,000 per vehicle repaired, "
     "since only two-thirds will need new parts.\n", date(2025, 8, 14)),
    (D + "The harvest of 12 million tonnes brought in $4.1 billion from exports, an average of $418 per tonne "
     "exported.\n", date(2025, 8, 14)),
    (D + "The plant built 500,000 cars last year and booked revenue of $1.5 billion, an average of about $3,750 per car "
     "sold to dealers.\n", date(2025, 10, 22)),
    (D + "Third-quarter operating margin was 21.4%; for the nine months, operating income was $1.9 billion on revenue "
     "of $9.3 billion.\n", date(2025, 8, 14)),
    (D + "The operating margin was 21.4% in the third quarter. Year to date, operating income reached $1.9 billion on "
     "revenue of $9.3 billion.\n", date(2025, 11, 5)),
]

# A second rank word after 'but the' ranks the figure after it (correct: London's £2,247 is the highest rent, the
# North East's £708 the lowest, and its 9.6% the highest inflation)
SECOND_RANKS_OF_ANOTHER_MEASURE = [
    ("Private rents\nWithin England, London had the highest average rent at £2,247. The North East had the lowest "
     "average rent, £708, but the highest annual rental inflation, 9.6%.\n", date(2025, 4, 16)),
]

# A change over the quarter is never the change from a year earlier's level the sentence gives beside it (correct:
# 84.6 - 3.4 = 81.2 a quarter before; 76.1 a year before)
QUARTERS_CHANGES_BESIDE_A_YEAR_EARLIER = [
    (D + "Paid memberships rose by 3.4 million members in the quarter to 84.6 million members, up from 76.1 million "
     "members a year earlier.\n", date(2025, 8, 14)),
    (D + "Subscribers rose by 3.4 million in the quarter to 84.6 million subscribers, up from 76.1 million a year "
     "earlier.\n", date(2025, 8, 14)),
]

# A measure is named before whom or where it is of ('Costs at the airport operator'), times, gaps, vacancies and bad
# loans are better lower, 'beat expectations, at X' judges the measure before the verb, 'short of' and 'undershot' only
# say below, and 'half as high again' is 1.5 times (each one correct as written)
OWNERS_LOWER_MEASURES_POSITIONS_AND_HALVES_AGAIN = [
    (D + "Costs at the airport operator fell to S$1.2 billion, beating the S$1.3 billion analysts had forecast.\n", date(2024, 10, 15)),
    (D + "Operating expenses at the bank rose to 4.1 billion zlotys, beating the 4.3 billion zlotys analysts had expected.\n", date(2024, 10, 15)),
    (D + "The unemployment rate in Poland was 5.0% in September, beating the 5.1% forecast in a Reuters poll.\n", date(2024, 10, 15)),
    (D + "The unemployment rate in Tokyo improved to 2.4% in August from 2.7% in July.\n", date(2024, 10, 15)),
    (D + "Losses at the unit worsened to 12 billion yen from 8 billion yen.\n", date(2024, 10, 15)),
    (D + "Arrears on mortgage payments in Poland improved to 1.9% from 2.4%.\n", date(2024, 10, 15)),
    (D + "The number of unemployed in Poland improved to 780,000 people from 812,000 people.\n", date(2024, 10, 15)),
    (D + "Container dwell time at Manila's port improved to 2.5 days from 3.1 days.\n", date(2024, 10, 15)),
    (D + "Gearing at the developer improved to 35% from 42%.\n", date(2024, 10, 15)),
    (D + "Costs per room at the hotel chain improved to Rs 3,100 from Rs 3,400.\n", date(2024, 10, 15)),
    (D + "Average turnaround time improved to 48 hours from 53 hours.\n", date(2024, 10, 15)),
    (D + "Office vacancies improved to 10.8% from 11.9%.\n", date(2024, 10, 15)),
    (D + "Bad loans worsened to 3.1% from 2.8%.\n", date(2024, 10, 15)),
    (D + "The trade gap worsened to $29.7 billion in August from $23.5 billion in July.\n", date(2024, 10, 15)),
    (D + "Staff turnover improved to 11% from 14%.\n", date(2024, 10, 15)),
    (D + "The number of fatalities improved to 1,602 from 1,695.\n", date(2024, 10, 15)),
    (D + "Losses beat expectations, at EUR163 million against a forecast EUR190 million.\n", date(2024, 10, 15)),
    (D + "The trade gap beat forecasts, at $4.9 billion against an expected $5.3 billion.\n", date(2024, 10, 15)),
    (D + "Unemployment came in at 5.0%, short of the 5.1% forecast.\n", date(2024, 10, 15)),
    (D + "Costs fell to S$1.2 billion, undershooting the S$1.3 billion analysts had forecast.\n", date(2024, 10, 15)),
    (D + "Costs rose to S$1.4 billion, trailing the S$1.3 billion forecast.\n", date(2024, 10, 15)),
    (D + "Energy use per tonne improved to 4.2 MWh from 4.6 MWh.\n", date(2025, 11, 20)),
    (D + "The time needed to get a building permit improved to 150 days from 212 days.\n", date(2024, 10, 15)),
    (D + "Average hospital waiting times improved to 14 weeks from 18 weeks.\n", date(2025, 11, 20)),
    (D + "Days sales outstanding improved to 48 days from 55 days.\n", date(2025, 11, 20)),
    (D + "Mumbai's hotel rates are half as high again as the national average: Rs 11,200 against Rs 7,600.\n", date(2024, 10, 15)),
    (D + "Champagne exports were a half larger than cognac exports, at 4.6 billion euros against 3.1 billion euros.\n", date(2024, 10, 15)),
    (D + "Electric cars rose to 97,500, half as many again as the 63,100 of a year earlier.\n", date(2024, 10, 15)),
]

# A rank word followed by a kind ('the largest still-wine region', 'the highest-ranked English club', 'the largest
# investor from Greater China') ranks within that kind; two rank words of two kinds in one sentence are two lists
# (each one correct as written)
RANKS_WITHIN_KINDS = [
    (D + "Champagne was the largest single wine export at 4.6 billion euros, while cognac, at 3.1 billion euros, was the largest spirit. Wines as a whole earned 11.9 billion euros.\n", date(2024, 10, 15)),
    (D + "Bordeaux, at 1.9 billion euros, was the largest still-wine region, while champagne earned 4.6 billion euros.\n", date(2024, 10, 15)),
    (D + "Hoki is the most valuable wild-caught species at NZ$190 million, while farmed mussels earn NZ$350 million.\n", date(2024, 10, 15)),
    (D + "Hong Kong was the largest investor from Greater China with US$2.5 billion, ahead of mainland China's US$2.1 billion; Singapore invested US$5.0 billion.\n", date(2024, 10, 15)),
    (D + "Manchester City were the highest-ranked English club, in fourth place, with €838 million, while Real Madrid were top overall with €1.161 billion.\n", date(2025, 11, 20)),
    (D + "Bayern Munich were the highest-ranked German club, in third place with €860 million, behind Real Madrid (€1.161 billion) and Barcelona (€975 million).\n", date(2026, 1, 22)),
    (D + "Navarre's unemployment rate, the highest in its recent history, was 7.6%, while Andalusia's was 15.1%.\n", date(2025, 10, 28)),
]

# 'the remaining 8.4 TWh of renewable output' is the rest of renewable output, and a remainder after an 'of which' aside
# closed by a semicolon is the rest of the outer whole (each one correct: 17.8 + 6.7 + 8.4 = 32.9; 32.9 + 16.9 + 9.2 +
# 4.1 = 63.1; 24,800 + 7,700 + 6,100 = 38,600)
REMAINDERS_OF_NAMED_AND_OUTER_WHOLES = [
    ("UK electricity\nTotal generation fell 2.9% to 63.1 TWh, from 65.0 TWh.\nRenewable output rose to 32.9 TWh from "
     "32.8 TWh. Wind produced 17.8 TWh, or 28.2% of the total, ahead of gas, which generated 16.9 TWh. Solar produced "
     "6.7 TWh, or 10.6%, and bioenergy and hydro together the remaining 8.4 TWh of renewable output.\n",
     date(2025, 9, 25)),
    (D + "Of the 63.1 TWh generated, renewables supplied 32.9 TWh, of which wind 17.8 TWh; gas supplied 16.9 TWh, "
     "nuclear 9.2 TWh and other sources the remaining 4.1 TWh.\n", date(2025, 9, 25)),
    (D + "Of the 38,600 claims, 24,800 were for homes, of which 3,100 involved fallen trees; forest owners filed 7,700 "
     "and motorists the remaining 6,100.\n", date(2026, 1, 20)),
]

# A multiple set off by a comma right after a level multiplies that level (correct: 26.5 / 11.21 = 2.36; 15.1 / 9.4 =
# 1.61)
MULTIPLES_OF_THE_LEVEL_BEFORE_THEM = [
    (D + "Youth unemployment, at 24.8%, is more than twice the overall rate of 10.45%; a year ago it was 26.5%, 2.4 "
     "times the overall rate of 11.21%.\n", date(2025, 10, 28)),
    (D + "Wind produced 17.8 TWh, almost twice nuclear's 9.2 TWh; a year earlier it produced 15.1 TWh, 1.6 times "
     "nuclear's 9.4 TWh.\n", date(2025, 9, 25)),
]

# A second subject with no figure of its own ('and Liverpool's was below Arsenal's €716 million') is never compared
# through the figure before it (each one correct as written)
SUBJECTS_WITHOUT_FIGURES = [
    (D + "Manchester City's revenue of €838 million was above Arsenal's, and Liverpool's was below Arsenal's €716 "
     "million.\n", date(2026, 1, 22)),
    (D + "Andalusia's jobless rate of 15.1% was the highest, and Cantabria's was below Navarre's 7.6%.\n",
     date(2025, 10, 28)),
    (D + "Ocrevus sales of CHF 3.4 billion were the highest, and Tecentriq's were below Vabysmo's CHF 2.1 billion.\n",
     date(2025, 7, 24)),
]

# Late, overdue and missed payments and queues are better lower; 'those in Scotland', 'they' and 'that of Greece' stand
# for a measure named before; two outcomes beside two forecasts are paired by a person; '212,000 of those' is of the
# amount before it; a base after ', while' is the next clause's; a name's amount is never restated as the main one's
# (each one correct as written)
STAND_INS_LISTS_OF_FORECASTS_AND_AMOUNTS_OF_THOSE = [
    (D + "Late payments improved to 2.1% of balances from 2.6%.\n", date(2025, 5, 10)),
    (D + "Overdue payments improved to £3.2 billion from £3.76 billion.\n", date(2025, 5, 10)),
    (D + "Overdue loans improved to ₹3.2 lakh crore from ₹3.9 lakh crore.\n", date(2025, 5, 10)),
    (D + "Missed payments improved to 1.1% from 1.4%.\n", date(2025, 5, 10)),
    (D + "Queues at Dover improved to 40 minutes from 95 minutes.\n", date(2025, 5, 10)),
    (D + "Delinquencies on US credit cards worsened to 3.5% in the first quarter from 3.1%.\n", date(2025, 5, 10)),
    (D + "Arrears in Scotland, by contrast, worsened to 1.4% from 1.2%.\n", date(2025, 5, 10)),
    (D + "Mortgage arrears in Northern Ireland improved to 1.9% from 2.3%, while those in Scotland worsened to 1.4% from 1.2%.\n", date(2025, 3, 5)),
    (D + "Arrears in Wales fell to 1.1% from 1.3%; in Scotland they worsened to 1.4% from 1.2%.\n", date(2025, 5, 10)),
    (D + "Arrears fell in Wales. In Scotland, they worsened to 1.4% from 1.2%.\n", date(2025, 5, 10)),
    (D + "Waiting times at Heathrow improved to 12 minutes from 19, while those at Gatwick worsened to 21 minutes from 17.\n", date(2025, 5, 10)),
    (D + "Costs at the port fell to €310 million, and those at the airport worsened to €520 million from €480 million.\n", date(2025, 5, 10)),
    (D + "Unemployment in Spain improved to 10.9% from 11.7%, and that of Greece worsened to 9.5% from 9.2%.\n", date(2025, 5, 10)),
    (D + "Inflation in Japan rose to 3.6%, while that in Korea improved to 2.1% from 2.9%.\n", date(2025, 5, 10)),
    (D + "The pension funds of teachers and nurses returned 6.2% and 5.1%, beating their targets of 5.5% and 5.0%.\n", date(2025, 5, 10)),
    (D + "Spain and Italy earned €71.3 billion and €47.5 billion, beating forecasts of €70 billion and €46 billion.\n", date(2025, 5, 10)),
    (D + "MyCiTi carried 1.62 million passengers in July. Trunk routes carried 0.9 million, and the N2 Express 212,000 of those, or 23.6%.\n", date(2025, 5, 10)),
    (D + "The fund's assets were ¥254.9 trillion. Equities were ¥128.0 trillion, and foreign stocks made up ¥65.3 trillion of those, or 51.0%.\n", date(2025, 5, 10)),
    (D + "The sugar share of the mix rose 3.4 points to 53.2%, while ethanol's fell to 46.8% from 50.2%.\n", date(2025, 5, 10)),
    (D + "Netflix earned $11.1 billion in the quarter. Spotify, with €4.19 billion, earned roughly two-fifths as much once converted at about $1.12 per euro.\n", date(2025, 5, 10)),
]

# Adverbs before the verb, owners after 'both', a clause's own figure before 'below', a headline's measure per each,
# measures whose better way no word says, and changes whose own words name their base (each one correct as written)
ADVERBS_OWN_FIGURES_PER_EACH_AND_OWN_BASES = [
    ("Insurer results\nThe combined ratio therefore improved to 84.5% from 87.1%.\n", date(2024, 5, 8)),
    ("Jobs\nThe unemployment rate thus improved to 4.2% from 4.4%.\n", date(2024, 8, 13)),
    ("Insurer results\nClaims ratios at both insurers improved: Alba's to 61% from 64%.\n", date(2024, 5, 8)),
    ("UK pay\nRegular pay growth was 5.4%, but total pay growth of 4.5% was below the expected 4.6%.\n", date(2024, 8, 13)),
    ("Housing\nStarts were 1.35 million, while permits of 1.45 million beat the 1.40 million expected.\n", date(2024, 7, 17)),
    ("Revenue per parcel falls\nRevenue rose 14.3% to 1.2074 trillion yuan from 1.0567 trillion yuan.\n", date(2024, 1, 20)),
    ("Deposits per household fall\nHousehold deposits rose 2% to 1,127 trillion yen from 1,105 trillion yen.\n", date(2024, 3, 18)),
    ("Rail update\nThe cancellation score worsened to 3.9% from 3.4%.\n", date(2024, 3, 1)),
    ("Update\nLateness improved to 3.4% from 3.9%.\n", date(2024, 3, 1)),
    ("Debt interest\nDebt interest worsened to €7.2bn from €6.1bn.\n", date(2024, 3, 1)),
    ("Update\nThe public sector borrowing requirement worsened to £14.1bn from £11.2bn.\n", date(2024, 3, 1)),
    ("Update\nPrice growth worsened to 3.9% from 3.4%.\n", date(2024, 3, 1)),
    ("Bali arrivals\nArrivals rose 14% month on month and 28% year on year to 522,000 in July, from 458,000 in June and 408,000 a year earlier.\n", date(2024, 8, 12)),
    ("Sales\nSales rose 3% month on month and 12% year on year to €4.2bn in June, from €4.08bn in May and €3.75bn a year earlier.\n", date(2024, 8, 12)),
]

# An amount said as a part of the number after it ('1.4 million of 3.3 million arrivals') is never the whole of the next
# share (correct: 0.4 / 3.3 = 12.1%)
PARTS_OF_A_NUMBER_AFTER_THEM = [
    ("Australians top arrivals\nAustralians made up 1.4 million of 3.3 million arrivals (42%), followed by Americans at "
     "0.4 million (12%).\n", date(2024, 5, 14)),
    ("Australians top arrivals\nAustralians made up 1.4 million of 3.3 million arrivals (42%). Americans followed at "
     "0.4 million (12%).\n", date(2024, 5, 14)),
]

# A share of a kind the article gives ('of the national rice harvest') is never of the whole of all kinds, and a margin
# beside a larger group revenue than the division's sales it could take is left to a person (correct: 453.0 / 1,199.34
# = 37.8%; 872 / 13,840 = 6.3%)
SHARES_OF_NAMED_KINDS_AND_GROUP_MARGINS = [
    ("Kharif output record\n\nIndia's foodgrain production is estimated at 1,647.05 lakh tonnes.\n\nRice accounts for "
     "1,199.34 lakh tonnes, or 72.8 per cent of the total.\n\nUttar Pradesh, West Bengal and Punjab together account "
     "for 453.0 lakh tonnes, or 37.8 per cent of the national rice harvest.\n", date(2024, 10, 22)),
    ("Retailer profit rises\n\nThe retailer reported a pre-tax profit of £872 million. Group revenue rose to £13.84 "
     "billion. The food division lifted sales to £8.12 billion.\n\nThe group's pre-tax margin improved to 6.3%.\n",
     date(2025, 5, 21)),
]

# A multiple's base is the level printed after it, never the subject's earlier level; a share told 'a year earlier, when
# it accounted for' is of that year; a figure in brackets after its time, or after 'above', 'below' and 'than', is
# compared with, never the level now (each correct: 12.3 / 8.2 = 1.50; 231 / 98 = 2.36; 22.4 / 14.8 = 1.51; 11,900 /
# 45,930 = 25.9%; 3.3 / 11.2 = 29.5%; 352 / 298 = 1.181; 55.9 / 49.2 = 1.136; 4.38 - 4.47 = -0.09; 4.1 - 4.5 = -0.4;
# 18,400 / 16,000 = 1.15 and 18,400 / 17,600 = 1.045; 3.6 / 2.4 = 1.5)
W = "Markets\nLONDON (Example Wire) – "
BASES_AFTER_COMPARISONS_AND_SHARES_OF_THEN = [
    (W + "Exports rose to 12.3 billion euros from 11.2 billion euros, 1.5 times imports of 8.2 billion euros.\n",
     date(2025, 7, 10)),
    (W + "Americans spent 231,000 yen per visitor, up from 190,000 yen a year earlier, and more than twice the 98,000 yen "
     "spent by Koreans.\n", date(2025, 7, 10)),
    (W + "Semiconductor sales in China, $22.4 billion, against $19.5 billion a year earlier, were half as large again as "
     "in the Americas ($14.8 billion).\n", date(2025, 7, 10)),
    (W + "Enrolments rose to 48,210 from 45,930. Engineering had 12,640 students, against 11,900 a year earlier, when it "
     "accounted for 25.9% of the total.\n", date(2025, 10, 20)),
    (W + "Exports rose to $12.3 billion from $11.2 billion. China took $4.2 billion, compared with $3.3 billion a year "
     "earlier, when it accounted for 29.5% of the total.\n", date(2025, 10, 20)),
    (W + "Potash, at $352 a tonne, was higher than a year ago ($298) and higher than the 2020 low of $320.\n",
     date(2025, 7, 1)),
    (W + "Potash, at $352 a tonne, was 18.1% above its level of a year ago ($298) and above the 2020 low of $320.\n",
     date(2025, 7, 1)),
    (W + "At $55.9 billion, chip sales were 13.6% above the $49.2 billion of a year ago, and above the $53.6 billion of "
     "February.\n", date(2025, 7, 10)),
    (W + "At 4.38%, the mortgage rate was 0.09 point below the 4.47% of a month earlier and below the 4.40% of a year "
     "ago.\n", date(2025, 7, 10)),
    (W + "Unemployment was 4.1%, 0.4 point lower than a year ago (4.5%) and below the 4.3% euro-area average.\n",
     date(2025, 7, 1)),
    (W + "Sales of 18,400 cars were up 15% on a year earlier (16,000) and up 4.5% on September (17,600).\n",
     date(2025, 11, 4)),
    (W + "Oncara sales climbed to CHF 3.6 billion from CHF 3.0 billion, making it 50% bigger than Glyvex (CHF 2.4 "
     "billion).\n", date(2025, 11, 4)),
]

# A headline's name right before its measure is the part that moved ('Kartal sales slip at Anadol'); a target's rate
# runs from the latest level (18 / 12.6 = 1.0933^4); an average over years is no change from the year before
# (8.4 / 6.5 = 1.0662^4) (each correct: the Kartal fell 5,000 -> 4,600, the Sahin rose 800 -> 1,840, Cardiol fell
# 2.0 -> 1.1)
PARTS_IN_HEADLINES_TARGETS_AND_AVERAGES = [
    ("Kartal sales slip at Anadol\nAnadol sold 18,400 cars in October, up from 16,000. Sales of the Kartal fell to "
     "4,600 from 5,000.\n", date(2025, 11, 4)),
    ("Sahin sales jump at Anadol\nAnadol sold 15,000 cars in October, down from 16,000. Sales of the Sahin rose to "
     "1,840 from 800.\n", date(2025, 11, 4)),
    ("Cardiol sales slump at Helvetia\nHelvetia's sales rose to CHF 12.0 billion from CHF 11.0 billion. Sales of the "
     "Cardiol pill fell to CHF 1.1 billion from CHF 2.0 billion.\n", date(2025, 2, 1)),
    ("Hotel nights\nHotels sold 12.6 million nights in 2024, against 12.0 million in 2023. Reaching 18 million by 2028 "
     "needs growth of 9.3% a year.\n", date(2025, 4, 8)),
    ("Hotel nights\nBrisbane's hotels sold 12.6 million room nights in 2024, up 5% from 12.0 million in 2023.\n\nThe "
     "board's target is 18 million hotel nights by 2028, which would require average annual growth of 9.3% from the "
     "2024 level.\n", date(2025, 4, 8)),
    ("Revenue\nBetween 2020 and 2024 revenue rose from CHF 6.5 billion to CHF 8.4 billion, an average annual increase "
     "of 6.6%. In 2023 it was CHF 8.0 billion.\n", date(2025, 3, 1)),
]

# A sentence that makes several comparisons compares each with its own subject: what one comparison is with ('above
# Gyeonggi's 4.0 trillion won', 'twice the $6.8bn', 'from the $5,800') is never the subject, the level a change reaches
# or the part of a share; another's change ('compared with an 11% fall to €2.9 billion at Halvard') never takes the
# subject's base; a difference said with its percentage ('£152, or 9.7%, higher than') is no level; a gap between two
# entities is no change of one. (Each correct: 3,420 / 1,490 = 2.30; 6.0 / 4.0 = 1.5 and 6.0 / 3.0 = 2; 3,420 / 1,710 =
# 2 = 6,840 / 3,420; 5 / 2.5 = 2 and 5 / 4 = 1.25; 10.60 / 13.25 = 0.80 and 10.60 / 5.30 = 2; 3,420 / 2,850 = 1.20 and
# 3,420 / 5,800 = 0.59; 45 / 60 = 0.75; 5 / 25 = 20%; 1,200 / 2.5 = 480; 152 / 1,568 = 9.7%; 14.2 / 6.8 = 2.09 and
# 14.2 / 4.9 = 2.90; 42.1 / 27.6 = 1.53; 2.7 - 1.9 = 0.8; 6.0 - 4.0 = 2.0; 101.8 - 100 = 1.8; 1.77 / 1.09 = 1.62)
C = "Comparisons\nLONDON (Example Wire) – "
SEVERAL_COMPARISONS_IN_ONE_SENTENCE = [
    (C + "The rate fell to $3,420. It is below its level a year ago of $5,800 but 2.3 times its 2019 "
     "average of $1,490.\n", date(2025, 8, 22)),
    (C + "Sales fell 6% to €3.76 billion from €4.0 billion, compared with an 11% fall to €2.9 billion at "
     "Halvard.\n", date(2025, 10, 15)),
    (C + "Volta's sales fell 8% to 115,000 vehicles from 125,000, compared with an 8% fall to 97,000 at "
     "Corvin.\n", date(2025, 10, 15)),
    (C + "Asia contributed $5 billion, 2.5 times Europe's $2 billion and 20% of the total.\n", date(2025, 8, 22)),
    (C + "Seoul's restaurant sales of 6.0 trillion won were 50% above Gyeonggi's 4.0 trillion won and "
     "twice Incheon's 3.0 trillion won.\n", date(2025, 10, 29)),
    (C + "The rate of $3,420 is twice the $1,710 of 2019 and half of Hamburg's $6,840.\n", date(2025, 8, 22)),
    (C + "Asia's sales of $5 billion were twice Europe's $2.5 billion and a quarter more than Africa's $4 "
     "billion.\n", date(2025, 10, 15)),
    (C + "The water tariff of ฿10.60 was down 20% from ฿13.25 and twice the ฿5.30 charged in Lampang.\n", date(2025, 10, 15)),
    (C + "The Shanghai rate of $3,420 is 20% above Rotterdam's $2,850 but still down 41% from the $5,800 "
     "of a year ago.\n", date(2025, 8, 22)),
    (C + "At ฿45 million, fines were down 25% from ฿60 million but ฿15 million more than in 2019.\n", date(2025, 10, 15)),
    (C + "Asia contributed $5 billion, 2.5 times Europe's $2 billion and 20% of the total of $25 billion.\n", date(2025, 10, 15)),
    (C + "Emerging markets contributed ₹1,200 crore, 2.5 times Europe's ₹480 crore and 15.7% of the "
     "total.\n", date(2025, 8, 22)),
    (C + "Sales were £152, or 9.7%, higher than in 2024, when they were £1,568.\n", date(2025, 5, 23)),
    (C + "At £1,720, the cap is £152, or 9.7%, higher than a year ago.\n", date(2025, 5, 23)),
    (C + "Despite the cut, the cap will still be £152, or 9.7 per cent, higher than in July last year, "
     "when it stood at £1,568.\n", date(2025, 5, 23)),
    (C + "The cap is £152 (9.7%) higher than in July 2024, when it was £1,568.\n", date(2025, 3, 1)),
    (C + "This was 200,000 barrels a day, or 2.0%, more than in 2024, when output averaged 10.0 million "
     "barrels a day.\n", date(2025, 3, 1)),
    (C + "At $14.2bn, exports were about twice the $6.8bn to Korea and above the $4.9bn to Japan.\n", date(2025, 5, 23)),
    (C + "At A$42.1bn, the deficit is 1.5 times the A$27.6bn of this year and A$14.5bn bigger.\n", date(2025, 5, 23)),
    (C + "At $14.2bn, exports to China were about twice those to Korea, at $6.8bn, and three times those "
     "to Japan, at $4.9bn.\n", date(2025, 3, 1)),
    (C + "At $14.2bn, exports to China were nearly treble the $4.9bn sent to Japan and more than double "
     "the $6.8bn sent to Korea.\n", date(2025, 3, 1)),
    (C + "Canada's rate was 1.9%. The US rate rose to 2.7% from 2.4%, widening the gap to 0.8 points.\n", date(2025, 5, 23)),
    (C + "Seoul's restaurant sales of 6.0 trillion won were up 20% from 5.0 trillion won a year earlier "
     "and 2.0 trillion won more than Daegu's 4.0 trillion won.\n", date(2025, 10, 29)),
    (C + "Seoul's restaurant sales of 6.0 trillion won were 40% below Tokyo's 10.0 trillion won and 2.0 "
     "trillion won more than Daegu's 4.0 trillion won.\n", date(2025, 10, 29)),
    (C + "The consumer confidence index rose to 101.8 from 99.2, its highest reading in 28 months and 1.8 "
     "points above its long-run average of 100.\n", date(2025, 9, 30)),
    (C + "Visitors from Taiwan spent 1.09 trillion yen, up from 0.79 trillion yen, while Chinese visitors, "
     "at 1.77 trillion yen, spent 1.6 times as much.\n", date(2025, 7, 10)),

]

# A name after 'after' or 'trailing' with its figure is compared with ('second after Delhi's 74 million'); a change said
# of the year before ('after growing 7.5% from €1.86 billion', 'when it grew 7.5%') ends at the sentence's earlier level;
# 'twice the rate' compares rates of growth, never levels; a share right after an earlier amount is of that amount's
# time; a gap to another's figure ('€11 billion less than platinum's') is no change of the subject; 'which was below'
# compares the figure right before it; a share 'of that' is a part, never a whole; 'whose output' is the output of the
# thing before it. (Each correct: 51 - 37 = 14 and 51 / 37 = 1.38; 2.0 / 1.86 = 1.075 and 2.3 / 2.0 = 1.15; 16.0 / 38.9
# = 41%; 236 - 225 = 11; 7.7 < 9; 1.58 / 6.67 = 24%; Salvador's 12,600 tonnes is the smallest copper division)
A = "Analysis\nMUMBAI (Example Wire) – "
AFTERS_EARLIER_CHANGES_AND_RATES = [
    (A + "Mumbai handled 51 million passengers, after Delhi's 74 million and 14 million more than "
     "Bengaluru's 37 million.\n", date(2024, 4, 1)),
    (A + "Mumbai handled 51 million passengers, second after Delhi's 74 million and almost 1.4 times "
     "Bengaluru's 37 million.\n", date(2024, 4, 1)),
    (A + "Revenue rose to €2.3 billion in 2023 from €2.0 billion, after growing 7.5% from €1.86 billion in "
     "2022.\n", date(2024, 4, 1)),
    (A + "Revenue grew 15% in 2023 to €2.3 billion from €2.0 billion; a year earlier it grew 7.5% from "
     "€1.86 billion.\n", date(2024, 4, 1)),
    (A + "Revenue rose to €2.3 billion in 2023 from €2.0 billion in 2022, when it grew 7.5% from €1.86 "
     "billion.\n", date(2024, 4, 1)),
    (A + "Revenue rose 15% to €2.3 billion in 2023 from €2.0 billion, twice the previous year's growth of "
     "7.5%.\n", date(2024, 4, 1)),
    (A + "Revenue rose 15% to €2.3 billion in 2023 from €2.0 billion, twice the pace of 2022, when it grew "
     "7.5%.\n", date(2024, 4, 1)),
    (A + "Car sales were 42.2 lakh units in 2023-24. SUVs accounted for 21.1 lakh, or 50%, up from 16.0 "
     "lakh, or 41%, of the 38.9 lakh sold in 2022-23.\n", date(2024, 4, 1)),
    (A + "Platinum sales were €236 billion in 2023; coal sales, at €225 billion, were €11 billion less "
     "than platinum's and below the €247 billion of 2022.\n", date(2024, 4, 1)),
    (A + "Bank lending is projected to expand by 8% to 11% next year, after growth of 7.7%, which was "
     "below the bank's earlier projection of 9%.\n", date(2026, 11, 19)),
    (A + "GDP reached 6.67 trillion pesos. Household consumption accounted for 4.94 trillion pesos of "
     "that, or 74%, and gross capital formation for 1.58 trillion pesos, or about 24%.\n", date(2026, 11, 6)),
    (A + "Ministro Hales rose 4.5% to 34,600 tonnes, Gabriela Mistral dropped 5.4% to 19,200 tonnes, and "
     "Salvador, the smallest division, increased output by 10.5% to 12,600 tonnes. Net cash costs fell "
     "7.3% to $2.03 per pound from $2.19, helped by by-product credits from molybdenum, whose output "
     "rose 8.1% to 6,250 tonnes from 5,780 tonnes.\n", date(2026, 10, 30)),

]

# A gap to a forecast said right after a level ('£64.1bn, £3.2bn more than forecast', '$0.3m short of forecasts',
# '$2bn wider than expected') is no level, and never a gap to the figure after 'and up from'; a yardstick another sentence
# compares with ('ahead of Gothenburg's 0.7 million TEU') is never one of the ranked; 'the lowest unemployment rate of the
# five counties' ranks five; 'In the capital' is the capital's figure. (Each correct: 64.1 > 57.4; 640 > 574; 5.2 > 4.6;
# 7 > 5; Harbour Point's 0.81 is the smallest terminal; 3.1% is the lowest of the five counties)
G = "Figures\nLONDON (Example Wire) – "
GAPS_TO_FORECASTS_YARDSTICKS_AND_COUNTED_RANKS = [
    (G + "Borrowing was £64.1bn, £3.2bn more than forecast and up from £57.4bn.\n", date(2024, 8, 21)),
    (G + "Borrowing was £64.1bn. That was £3.2bn more than forecast and up from £57.4bn.\n", date(2024, 8, 21)),
    (G + "Sales were $640m in 2024, $32m more than forecast and up from $574m in 2023.\n", date(2024, 8, 21)),
    (G + "Profit was $5.2m in 2024, $0.3m short of forecasts but up from $4.6m in 2023.\n", date(2024, 8, 21)),
    (G + "The trade deficit was $7bn in May, $2bn wider than expected, up from $5bn in April.\n", date(2024, 8, 21)),
    (G + "Fees totalled CHF 640m, CHF 32m less than planned but up from CHF 574m.\n", date(2024, 8, 21)),
    (G + "The Port of Baltica handled 9.06 million TEU in 2024. North Quay handled 3.42 million TEU, and "
     "Harbour Point, the smallest terminal, handled 0.81 million TEU. That places Baltica ahead of "
     "Gothenburg's 0.7 million TEU.\n", date(2025, 2, 12)),
    (G + "Northfield had the lowest unemployment rate of the five counties at 3.1%. Eastmoor followed at "
     "4.2%, Southport at 4.8%, Riverside at 5.6% and Westdale at 6.9%. In the capital, the "
     "unemployment rate was 2.9%.\n", date(2025, 8, 21)),

]

# 'rose C to A from B' pairs its own two levels, whatever older base follows ('and $45bn in 2021'), unless B opens a list
# of bases; a gap to a level its words name but do not print ('15 points above last year's outcome') is left to a
# person; a figure 'in goods and services combined' is no member of a list of exports. (Each correct: 53 / 50 = 1.06;
# 210 / 200 = 1.05; 175,000 / 250,000 = 70% and 85 - 70 = 15; 49.4 / 56.3 = 0.877; Germany is second in goods)
H = "Figures\nSEOUL (Example Wire) – "
OWN_LEVELS_AFTER_A_CHANGE_AND_UNPRINTED_BASES = [
    (H + "Sales rose 6% to $53bn from $50bn in 2022 and $45bn in 2021.\n", date(2024, 5, 14)),
    (H + "Coal output rose 5% to 210 million tonnes, from 200 million tonnes in 2022 and 180 million "
     "tonnes in 2021.\n", date(2024, 5, 14)),
    (H + "Of the 250,000 freight trains run during the year, 175,000 arrived on schedule, an on-time rate "
     "of 70%, compared with 76% a year earlier, a drop of six percentage points. The operator's target "
     "is 85%, 15 points above last year's outcome.\n", date(2024, 4, 20)),
    (H + "Korea's exports rose 5.1% to 54.6 trillion won in March, and its imports fell 12.3% to 49.4 "
     "trillion won, from 51.9 trillion won and 56.3 trillion won a year earlier.\n", date(2024, 4, 1)),
    (H + "Germany ranked second with exports of €1.6 trillion in 2023 (behind China's €3.1 trillion), "
     "ahead of the United States (€1.9 trillion in goods and services combined).\n", date(2024, 2, 12)),

]

# Leader words with an ordinal before them, and a multiple of a subject no drafted figure names (each one correct)
ORDINAL_LEADER_WORDS = [
    # 'Education's budget is twice the interior ministry's' is 480 against 240, never defence's 300 drafted as the
    # country's own
    ("Budget\nANKARA, Jan 15 (Example Wire) – Turkey's government will spend TL 2,400 billion in fiscal 2025, up 20% "
     "from TL 2,000 billion in 2024.\nThe education ministry receives the biggest slice. Its allocation of TL 480 billion "
     "equals 20% of total spending and is up 20% from TL 400 billion a year earlier. Health follows with TL 360 billion, "
     "or 15% of the total, an increase of 12.5% from TL 320 billion. Defence, at TL 300 billion, is the third-largest line "
     "and the fastest-growing of the named ministries: its budget rises 25% from TL 240 billion.\nThe interior ministry is "
     "allotted TL 240 billion (10% of the total), up 20% from TL 200 billion, while the transport ministry gets TL 180 "
     "billion, or 7.5%, also 20% more than the TL 150 billion it received in 2024. Education's budget is twice the "
     "interior ministry's, and the interior ministry in turn receives two-thirds as much as health.\n", date(2025, 1, 15)),
    # 'second-best-selling' ranks the Kartal second (7,360 > 4,600 > 3,680 > 1,840), never first
    (D + "The Kartal sedan, with 4,600 units, was Anadol's second-best-selling model in October, behind the Toros "
     "(7,360) but ahead of the Efe (3,680) and the Sahin (1,840).\n", date(2025, 11, 5)),
    (D + "Norda, with 6,118 cars, was the second-best-selling brand in November, behind Kalvo with 8,342 and ahead of "
     "Tessel with 4,020.\n", date(2025, 12, 3)),
]


@pytest.mark.parametrize("text, on", ORDINAL_LEADER_WORDS + OWN_LEVELS_AFTER_A_CHANGE_AND_UNPRINTED_BASES + GAPS_TO_FORECASTS_YARDSTICKS_AND_COUNTED_RANKS + AFTERS_EARLIER_CHANGES_AND_RATES + SEVERAL_COMPARISONS_IN_ONE_SENTENCE + PARTS_IN_HEADLINES_TARGETS_AND_AVERAGES + BASES_AFTER_COMPARISONS_AND_SHARES_OF_THEN + SHARES_OF_NAMED_KINDS_AND_GROUP_MARGINS + PARTS_OF_A_NUMBER_AFTER_THEM + ADVERBS_OWN_FIGURES_PER_EACH_AND_OWN_BASES + STAND_INS_LISTS_OF_FORECASTS_AND_AMOUNTS_OF_THOSE + SUBJECTS_WITHOUT_FIGURES + MULTIPLES_OF_THE_LEVEL_BEFORE_THEM + REMAINDERS_OF_NAMED_AND_OUTER_WHOLES + RANKS_WITHIN_KINDS + OWNERS_LOWER_MEASURES_POSITIONS_AND_HALVES_AGAIN + QUARTERS_CHANGES_BESIDE_A_YEAR_EARLIER + SECOND_RANKS_OF_ANOTHER_MEASURE + AVERAGES_OVER_PARTS_AND_MARGINS_OF_OTHER_STRETCHES + QUARTERS_BEFORE_A_YEARS_CHANGE + RANKS_WITHIN_A_CLAUSES_GROUP + LEVELS_OF_OTHER_PLACES_AND_GROUPS + PARTS_IN_HEADLINES_AND_LEVELS_OF_OTHER_TIMES + GAPS_BESIDE_LEVELS + LATEST_LEVELS_FROM_LISTS_AND_LISTED_CHANGES + FUTURE_SPENDING + NAMED_RANKS_KINDS_NESTED_LISTS_AND_WORSE_LOSSES + HEDGES_AFTER_YEARS_AND_PERIOD_ADJECTIVES + HEAD_NOUNS_CAUSES_AND_SECOND_RANKS + NEAREST_MOVES_CAUSES_AND_NEXT_WHOLES + VERBS_TARGETS_AND_LOWER_IS_BETTER + CHAINED_MULTIPLES_AND_NON + RIVALS_AND_UNITS + SERIES_AND_PARTS_OF_PARTS + COMPANIES_PARTNERS_AND_SECOND_COMPARISONS + EARLIER_PERIODS_OWN_CHANGES + OTHER_ENDS_GROUPS_AND_DRYING_UP + LATEST_REVIEW + RANGES_SINCE_POINTS_AND_TOTALS + EARLIER_CHANGES_RIVALS_AND_OCCASIONS
                         + PAST_RANKS_RATIOS_AND_REMAINDERS
                         + COMPANY_TOTALS_NUMBERS_BELOW_ZERO_AND_PAIRS + BYLINES_GAPS_AND_BREAKDOWNS
                         + COMPARISONS_LAYOUTS_AND_BASES + FORECAST_REVISIONS_HEDGED_WORDS_AND_NAMED_BASES
                         + MARKETS_LANES_RANGES_AND_POSSESSIVE_BASES)
def test_a_correct_dated_passage_a_later_review_wrote_drafts_no_contradiction(text, on, tmp_path):
    assert would_be_contradictions(text, tmp_path, on) == []


@pytest.mark.parametrize("text", UNDATED_LAST_YEAR)
def test_an_undated_passage_whose_last_year_follows_its_latest_year_drafts_no_contradiction(text, tmp_path):
    assert would_be_contradictions(text, tmp_path, None) == []
