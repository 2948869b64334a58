"""Dates: absolute, partial (year and direction from the article date and the tense),
relative, modified, around year boundaries and ISO week 53, and anchored on the time the
text last spoke of. Values follow the TIMEX3 guidelines (TimeML 1.2.1) and TempEval-3.

The article date of most rows is Wednesday 2020-06-24 (ISO week 2020-W26).
"""

from __future__ import annotations

import pytest

from .conftest import found

D = "2020-06-24"

ABSOLUTE = [
    ("The deal was signed on July 12, 2019.", D, [("July 12, 2019", "DATE", "2019-07-12", None)]),
    ("Trucks arrived on Friday, July 12, 2019, at the base.", D,
     [("Friday, July 12, 2019", "DATE", "2019-07-12", None)]),
    ("The talks ended on 12 July 2019.", D, [("12 July 2019", "DATE", "2019-07-12", None)]),
    ("It was finalized on the 12th of July, 2019.", D,
     [("the 12th of July, 2019", "DATE", "2019-07-12", None)]),
    ("The contract is dated 2019-07-12.", D, [("2019-07-12", "DATE", "2019-07-12", None)]),
    ("The form was filed on 7/12/2019.", D, [("7/12/2019", "DATE", "2019-07-12", None)]),
    ("They signed a loan agreement in September 2017.", D, [("September 2017", "DATE", "2017-09", None)]),
    ("Prices rose in Sept. 2017.", D, [("Sept. 2017", "DATE", "2017-09", None)]),
    ("Sales peaked in Jan. 2018.", D, [("Jan. 2018", "DATE", "2018-01", None)]),
    ("The plant closed on Dec. 3, 2018.", D, [("Dec. 3, 2018", "DATE", "2018-12-03", None)]),
    ("The law took effect in 2015.", D, [("2015", "DATE", "2015", None)]),
    ("Unemployment has fallen since 2010.", D, [("2010", "DATE", "2010", None)]),
    ("The war ended in 1945.", D, [("1945", "DATE", "1945", None)]),
    ("Voters are preparing for the 2020 election.", D, [("2020", "DATE", "2020", None)]),
    ("He served as mayor in the summer of 2018.", D, [("the summer of 2018", "DATE", "2018-SU", None)]),
    ("Fighting resumed in spring 2016.", D, [("spring 2016", "DATE", "2016-SP", None)]),
    ("Profits grew in the fourth quarter of 2019.", D,
     [("the fourth quarter of 2019", "DATE", "2019-Q4", None)]),
    ("Revenue fell in Q1 2020.", D, [("Q1 2020", "DATE", "2020-Q1", None)]),
    ("Output fell in the second half of 2019.", D, [("the second half of 2019", "DATE", "2019-H2", None)]),
    ("Sales should pick up in the last half of 2019.", D, [("the last half of 2019", "DATE", "2019-H2", None)]),
    ("Output fell in the latter half of last year.", D, [("the latter half of last year", "DATE", "2019-H2", None)]),
    # "of the year" is the article date's year, as "for the year" is, whatever the tense
    ("Sales should rise in the second half of the year.", "2013-03-22",
     [("the second half of the year", "DATE", "2013-H2", None)]),
    ("Sales rose in the first half of the year.", "2013-09-22",
     [("the first half of the year", "DATE", "2013-H1", None)]),
    # a decade keeps its "the" (TimeBank: "the 1990s", "the nineties")
    ("The economy boomed in the 1990s.", D, [("the 1990s", "DATE", "199", None)]),
    ("Crime peaked in the '90s.", D, [("the '90s", "DATE", "199", None)]),
    ("The city grew rapidly in the 20th century.", D, [("20th century", "DATE", "19", None)]),
    ("He was born in June 1990.", D, [("June 1990", "DATE", "1990-06", None)]),
    ("The treaty was signed on March 15, 2011, in Geneva.", D,
     [("March 15, 2011", "DATE", "2011-03-15", None)]),
    ("Protests began on Jan 5 2019.", D, [("Jan 5 2019", "DATE", "2019-01-05", None)]),
    ("Ballots were counted on November 4th, 2008.", D, [("November 4th, 2008", "DATE", "2008-11-04", None)]),
    ("The ship sank in fiscal 2019.", D, [("fiscal 2019", "DATE", "2019", None)]),
    ("The shooting happened on Oct. 23, 1998, in Amherst.", D,
     [("Oct. 23, 1998", "DATE", "1998-10-23", None)]),
    ("The policy dates from 1979.", D, [("1979", "DATE", "1979", None)]),
    ("The survey covered June 2019 to May 2020.", D,
     [("June 2019", "DATE", "2019-06", None), ("May 2020", "DATE", "2020-05", None)]),
    ("The bridge opened in 1932 and closed in 2001.", D,
     [("1932", "DATE", "1932", None), ("2001", "DATE", "2001", None)]),
    ("Winter 2018 was harsh.", D, [("Winter 2018", "DATE", "2018-WI", None)]),
    ("The event took place in nineteen ninety-six.", D, [("nineteen ninety-six", "DATE", "1996", None)]),
    ("Sales in January this year were weak.", D, [("January this year", "DATE", "2020-01", None)]),
    ("He left in July last year.", D, [("July last year", "DATE", "2019-07", None)]),
    ("Between 2015 and 2018, exports doubled.", D,
     [("2015", "DATE", "2015", None), ("2018", "DATE", "2018", None)]),
]

PARTIAL = [
    ("Demir was cited as saying in May that deployment continues.", D, [("May", "DATE", "2020-05", None)]),
    ("In April, Turkey was unable to deploy the systems.", D, [("April", "DATE", "2020-04", None)]),
    ("The agreement was signed in July.", D, [("July", "DATE", "2019-07", None)]),
    ("The ministers will meet in July.", D, [("July", "DATE", "2020-07", None)]),
    ("The company will open a new plant in May.", D, [("May", "DATE", "2021-05", None)]),
    ("Elections were held in March.", D, [("March", "DATE", "2020-03", None)]),
    ("The vote is expected in November.", D, [("November", "DATE", "2020-11", None)]),
    ("The talks resumed on June 1.", D, [("June 1", "DATE", "2020-06-01", None)]),
    ("The deadline will expire on June 30.", D, [("June 30", "DATE", "2020-06-30", None)]),
    ("The ceasefire collapsed on July 12.", D, [("July 12", "DATE", "2019-07-12", None)]),
    ("The summit will take place on July 12.", D, [("July 12", "DATE", "2020-07-12", None)]),
    ("Parliament approved the bill on May 5.", D, [("May 5", "DATE", "2020-05-05", None)]),
    ("The strike started on Jan. 3.", D, [("Jan. 3", "DATE", "2020-01-03", None)]),
    ("The report will be published on Dec. 15.", D, [("Dec. 15", "DATE", "2020-12-15", None)]),
    ("The festival returns this September.", D, [("this September", "DATE", "2020-09", None)]),
    ("Exports fell last April.", D, [("last April", "DATE", "2020-04", None)]),
    ("The factory closed last June.", D, [("last June", "DATE", "2019-06", None)]),
    ("The budget takes effect next January.", D, [("next January", "DATE", "2021-01", None)]),
    ("Turkey received the first batch last July.", D, [("last July", "DATE", "2019-07", None)]),
    # "last May" in late June is the May of last year: the one just ended is "last month".
    ("The mine flooded last May.", D, [("last May", "DATE", "2019-05", None)]),
    ("Voting starts in early September.", D, [("early September", "DATE", "2020-09", "START")]),
    ("The deal was reached around Nov. 1.", D, [("Nov. 1", "DATE", "2019-11-01", None)]),
    # A simple present of a scheduling verb announces what is ahead.
    ("The law takes effect in October.", "2013-03-22", [("October", "DATE", "2013-10", None)]),
    ("The budget for the fiscal year that ends Sept. 30 is tight.", "2013-03-22",
     [("the fiscal year", "DURATION", "P1Y", None), ("Sept. 30", "DATE", "2013-09-30", None)]),
    ("The index closes at a record on March 14.", "2013-03-22", [("March 14", "DATE", "2013-03-14", None)]),
    # A start date or a deadline set in the past may still be ahead: the nearest one.
    ("The company created a new board, effective Feb. 1.", "2020-10-26", [("Feb. 1", "DATE", "2021-02-01", None)]),
    ("The offer had to be mailed by Nov. 12.", "2020-10-26", [("Nov. 12", "DATE", "2020-11-12", None)]),
]

WEEKDAYS = [
    ("Borisov told reporters on Wednesday.", D, [("Wednesday", "DATE", "2020-06-24", None)]),
    ("The minister resigned on Monday.", D, [("Monday", "DATE", "2020-06-22", None)]),
    ("Police arrested two men on Thursday.", D, [("Thursday", "DATE", "2020-06-18", None)]),
    ("The board will vote on Friday.", D, [("Friday", "DATE", "2020-06-26", None)]),
    ("The president will travel to Ohio on Monday.", D, [("Monday", "DATE", "2020-06-29", None)]),
    ("Officials said Sunday that the border would reopen.", D, [("Sunday", "DATE", "2020-06-21", None)]),
    ("The court ruled last Tuesday.", D, [("last Tuesday", "DATE", "2020-06-23", None)]),
    ("The talks resume next Monday.", D, [("next Monday", "DATE", "2020-06-29", None)]),
    ("Gunmen attacked the village Friday night.", D, [("Friday night", "TIME", "2020-06-19TNI", None)]),
    ("The verdict is due Thursday.", D, [("Thursday", "DATE", "2020-06-25", None)]),
    ("He spoke on Tuesday morning.", D, [("Tuesday morning", "TIME", "2020-06-23TMO", None)]),
    ("The strike is set to begin this Friday.", D, [("this Friday", "DATE", "2020-06-26", None)]),
    ("Late Monday, the government announced new measures.", D,
     [("Late Monday", "DATE", "2020-06-22", "END")]),
    ("The election was held on Sunday, June 21.", D, [("Sunday, June 21", "DATE", "2020-06-21", None)]),
    ("The court has scheduled a hearing Thursday.", D, [("Thursday", "DATE", "2020-06-25", None)]),
    ("The family could leave as soon as Tuesday.", D, [("Tuesday", "DATE", "2020-06-30", None)]),
    # The reporting verb right before it dates the weekday, whatever the parse of the rest.
    ("The government said on Monday it would not impose new sanctions.", D,
     [("Monday", "DATE", "2020-06-22", None)]),
    ("Officials said the talks would resume on Thursday.", D, [("Thursday", "DATE", "2020-06-25", None)]),
    # A participle takes the tense of the clause it hangs from, through a preposition too.
    ("After touring the port on Thursday, the minister said talks would go on.", D,
     [("Thursday", "DATE", "2020-06-18", None)]),
    ("The suspect, arrested on Monday, faces three charges.", D, [("Monday", "DATE", "2020-06-22", None)]),
    # A modal perfect guesses about the past; "is to" arranges the future.
    ("Concern about the chip may have been responsible for a drop in the stock on Monday.", D,
     [("Monday", "DATE", "2020-06-22", None)]),
    ("Trading in the shares is to resume on Tuesday.", D, [("Tuesday", "DATE", "2020-06-30", None)]),
    # "hurt" after a singular subject is a past, whatever the tagger says.
    ("Weakness in bank stocks hurt the index on Friday.", D, [("Friday", "DATE", "2020-06-19", None)]),
    ("The summit set for Washington in April was postponed.", "2020-01-15", [("April", "DATE", "2020-04", None)]),
    ("The president, speaking Thursday, said he would not resign.", D, [("Thursday", "DATE", "2020-06-18", None)]),
    # "since" looks back, and so does a present perfect progressive
    ("Prices have been rising since Monday.", D, [("Monday", "DATE", "2020-06-22", None)]),
    ("The bank has been closed since Friday.", D, [("Friday", "DATE", "2020-06-19", None)]),
]

DEICTIC = [
    ("The minister resigned yesterday.", D, [("yesterday", "DATE", "2020-06-23", None)]),
    ("The results will be announced tomorrow.", D, [("tomorrow", "DATE", "2020-06-25", None)]),
    ("Today the market rallied.", D, [("Today", "DATE", "2020-06-24", None)]),
    ("The president will speak tonight.", D, [("tonight", "TIME", "2020-06-24TNI", None)]),
    ("Two people died last night.", D, [("last night", "TIME", "2020-06-23TNI", None)]),
    ("The minister met union leaders this morning.", D, [("this morning", "TIME", "2020-06-24TMO", None)]),
    ("The fire started yesterday afternoon.", D, [("yesterday afternoon", "TIME", "2020-06-23TAF", None)]),
    # wire style puts the day after the part of it
    ("In London at mid-afternoon yesterday, shares were up.", D,
     [("mid-afternoon yesterday", "TIME", "2020-06-23TAF", "MID")]),
    ("Trading resumes at morning tomorrow.", D, [("morning tomorrow", "TIME", "2020-06-25TMO", None)]),
    ("The vote is scheduled for tomorrow evening.", D, [("tomorrow evening", "TIME", "2020-06-25TEV", None)]),
    ("The letter arrived the day before yesterday.", D,
     [("the day before yesterday", "DATE", "2020-06-22", None)]),
    ("Markets rallied in the afternoon.", D, [("the afternoon", "TIME", "2020-06-24TAF", None)]),
    ("The rebels struck late in the evening.", D, [("late in the evening", "TIME", "2020-06-24TEV", "END")]),
]

RELATIVE = [
    ("Late last month, Ankara said it is sticking to the deal.", D,
     [("Late last month", "DATE", "2020-05", "END")]),
    ("Sales rose last week.", D, [("last week", "DATE", "2020-W25", None)]),
    ("The talks continue this week.", D, [("this week", "DATE", "2020-W26", None)]),
    ("The panel meets next week.", D, [("next week", "DATE", "2020-W27", None)]),
    ("Inflation rose last month.", D, [("last month", "DATE", "2020-05", None)]),
    ("Prices will rise next month.", D, [("next month", "DATE", "2020-07", None)]),
    ("Turkey obtained the systems last year.", D, [("last year", "DATE", "2019", None)]),
    ("The company expects growth this year.", D, [("this year", "DATE", "2020", None)]),
    ("Elections are due next year.", D, [("next year", "DATE", "2021", None)]),
    ("Earnings fell last quarter.", D, [("last quarter", "DATE", "2020-Q1", None)]),
    ("Spending will rise next quarter.", D, [("next quarter", "DATE", "2020-Q3", None)]),
    ("A deal could come before the end of this year.", D, [("the end of this year", "DATE", "2020", "END")]),
    ("The bill passed earlier this month.", D, [("earlier this month", "DATE", "2020-06", "START")]),
    ("The plant will reopen later this year.", D, [("later this year", "DATE", "2020", "END")]),
    ("Demir announced the accord earlier in June.", D, [("earlier in June", "DATE", "2020-06", "START")]),
    ("The crisis deepened early last year.", D, [("early last year", "DATE", "2019", "START")]),
    ("Rates will fall by the middle of next year.", D, [("the middle of next year", "DATE", "2021", "MID")]),
    ("Prices climbed at the beginning of the month.", D,
     [("the beginning of the month", "DATE", "2020-06", "START")]),
    ("Markets slumped at the end of the year.", D, [("the end of the year", "DATE", "2020", "END")]),
    ("Sales slumped early in the year.", D, [("early in the year", "DATE", "2020", "START")]),
    ("Crowds gathered over the weekend.", D, [("the weekend", "DATE", "2020-W25-WE", None)]),
    ("Protests are planned for this weekend.", D, [("this weekend", "DATE", "2020-W26-WE", None)]),
    ("The storm hit last weekend.", D, [("last weekend", "DATE", "2020-W25-WE", None)]),
    ("Tourism collapsed this spring.", D, [("this spring", "DATE", "2020-SP", None)]),
    ("The fires began last summer.", D, [("last summer", "DATE", "2019-SU", None)]),
    ("The school will reopen in the fall.", D, [("the fall", "DATE", "2020-FA", None)]),
    ("The trial starts next spring.", D, [("next spring", "DATE", "2021-SP", None)]),
    # Winter belongs to the year it ends in: 2020-WI is December 2019 to February 2020.
    ("Heating costs soared last winter.", D, [("last winter", "DATE", "2020-WI", None)]),
    ("Such attacks were rare last century.", D, [("last century", "DATE", "19", None)]),
    ("The region has changed this century.", D, [("this century", "DATE", "20", None)]),
    ("Two weeks ago, the army withdrew.", D, [("Two weeks ago", "DATE", "2020-W24", None)]),
    ("The deal collapsed three days ago.", D, [("three days ago", "DATE", "2020-06-21", None)]),
    ("The factory opened five years ago.", D, [("five years ago", "DATE", "2015", None)]),
    ("The law passed six months ago.", D, [("six months ago", "DATE", "2019-12", None)]),
    ("The mission will end two years from now.", D, [("two years from now", "DATE", "2022", None)]),
    ("The rebels took the town a decade ago.", D, [("a decade ago", "DATE", "201", None)]),
    ("The company was founded more than a century ago.", D,
     [("more than a century ago", "DATE", "19", "BEFORE")]),
    ("The treaty was signed about 20 years ago.", D, [("about 20 years ago", "DATE", "2000", "APPROX")]),
    ("The couple married several years ago.", D, [("several years ago", "DATE", "PAST_REF", None)]),
    # A number of several words is one number; a time before year 1 has no calendar value.
    ("Humans reached the valley ten thousand years ago.", D,
     [("ten thousand years ago", "DATE", "PAST_REF", None)]),
    ("The lake formed a hundred thousand years ago.", D,
     [("a hundred thousand years ago", "DATE", "PAST_REF", None)]),
    ("The city was founded twenty-five hundred years ago.", D,
     [("twenty-five hundred years ago", "DATE", "PAST_REF", None)]),
    ("The temple was built two thousand years ago.", D, [("two thousand years ago", "DATE", "0020", None)]),
    ("The price fell a year ago.", D, [("a year ago", "DATE", "2019", None)]),
    ("The firm reported third-quarter earnings.", D, [("third-quarter", "DATE", "2019-Q3", None)]),
    ("Profits fell in the first quarter.", D, [("the first quarter", "DATE", "2020-Q1", None)]),
    ("The company expects sales to rise in the third quarter.", D,
     [("the third quarter", "DATE", "2020-Q3", None)]),
    # "the quarter" of an earnings report: the last one completed.
    ("Net income rose 5% in the quarter.", D, [("the quarter", "DATE", "2020-Q1", None)]),
]

MODIFIED = [
    ("Russia completed the first shipment in late July 2019.", D,
     [("late July 2019", "DATE", "2019-07", "END")]),
    ("The economy recovered in mid-2019.", D, [("mid-2019", "DATE", "2019", "MID")]),
    ("Growth slowed in early 2020.", D, [("early 2020", "DATE", "2020", "START")]),
    ("The plant closed in late 2019.", D, [("late 2019", "DATE", "2019", "END")]),
    ("The project was finished by the end of 2019.", D, [("the end of 2019", "DATE", "2019", "END")]),
    ("Talks stalled in mid-November 2019.", D, [("mid-November 2019", "DATE", "2019-11", "MID")]),
    ("The riots began in the late 1960s.", D, [("the late 1960s", "DATE", "196", "END")]),
    ("Post-1945 Europe rebuilt its cities.", D, [("Post-1945", "DATE", "1945", "AFTER")]),
]

HOLIDAYS = [
    ("Families gathered on Thanksgiving 2019.", D, [("Thanksgiving 2019", "DATE", "2019-11-28", None)]),
    ("Churches were empty on Easter 2020.", D, [("Easter 2020", "DATE", "2020-04-12", None)]),
    ("Schools reopen after Labor Day 2020.", D, [("Labor Day 2020", "DATE", "2020-09-07", None)]),
    ("Parades were cancelled on Memorial Day 2020.", D, [("Memorial Day 2020", "DATE", "2020-05-25", None)]),
    ("The truce was signed on Good Friday 2019.", D, [("Good Friday 2019", "DATE", "2019-04-19", None)]),
    ("Shops will close on Christmas Eve.", D, [("Christmas Eve", "DATE", "2020-12-24", None)]),
    ("Fireworks lit the sky on New Year's Eve.", D, [("New Year's Eve", "DATE", "2019-12-31", None)]),
    ("The deal must be done by Christmas.", D, [("Christmas", "DATE", "2020-12-25", None)]),
    # the days of Holy Week and Lent count from Easter (2013-03-31)
    ("The pope will wash feet on Holy Thursday.", "2013-03-21", [("Holy Thursday", "DATE", "2013-03-28", None)]),
    ("Crowds will fill the square on Palm Sunday.", "2013-03-21", [("Palm Sunday", "DATE", "2013-03-24", None)]),
    ("Lent began on Ash Wednesday.", "2013-03-21", [("Ash Wednesday", "DATE", "2013-02-13", None)]),
]

# The time the text last spoke of anchors "the following week", "the next day", ... "Two
# days later" is the amount (DURATION, "later" its signal, as TimeBank marks it), and the
# text's time moves on by it.
NARRATIVE = [
    ("He arrived in Paris on March 3, 2015. Two days later he left. The next day he flew home.", D,
     [("March 3, 2015", "DATE", "2015-03-03", None), ("Two days", "DURATION", "P2D", None),
      ("The next day", "DATE", "2015-03-06", None)]),
    ("The war began in 2001. A year later, the regime fell.", D,
     [("2001", "DATE", "2001", None), ("A year", "DURATION", "P1Y", None)]),
    ("The talks failed on May 3, 2012. A few days later, the army moved in.", D,
     [("May 3, 2012", "DATE", "2012-05-03", None), ("A few days", "DURATION", "PXD", None)]),
    ("The pilot called at 10 a.m. A minute and a half later, the plane exploded.", D,
     [("10 a.m.", "TIME", "2020-06-24T10:00", None), ("A minute and a half", "DURATION", "PT1M30S", None)]),
    ("The law passed on May 5, 2010. The following week, protests began.", D,
     [("May 5, 2010", "DATE", "2010-05-05", None), ("The following week", "DATE", "2010-W19", None)]),
    ("He was released on June 2, 2016. The next day he flew home.", D,
     [("June 2, 2016", "DATE", "2016-06-02", None), ("The next day", "DATE", "2016-06-03", None)]),
    ("She moved to Rome in June 1998 and returned later that year.", D,
     [("June 1998", "DATE", "1998-06", None), ("later that year", "DATE", "1998", "END")]),
    ("The strike began on Oct. 3, 2011. That same day, police moved in.", D,
     [("Oct. 3, 2011", "DATE", "2011-10-03", None), ("That same day", "DATE", "2011-10-03", None)]),
    ("The strike began on Oct. 3, 2011. The same day, police moved in.", D,
     [("Oct. 3, 2011", "DATE", "2011-10-03", None), ("The same day", "DATE", "2011-10-03", None)]),
    # Only the year is known: two days after "2001" is somewhere in 2001.
    ("In 2001, he founded the firm. Two days later he quit. That day he sold his shares.", D,
     [("2001", "DATE", "2001", None), ("Two days", "DURATION", "P2D", None), ("That day", "DATE", "2001", None)]),
    ("In 2005 the company went public. Two years earlier it had nearly failed.", D,
     [("2005", "DATE", "2005", None), ("Two years", "DURATION", "P2Y", None)]),
    ("Third-quarter profit rose 10%. A year earlier, it fell.", D,
     [("Third-quarter", "DATE", "2019-Q3", None), ("A year earlier", "DATE", "2018-Q3", None)]),
]

# Year ends, ISO week 53 (2015-W53, 2020-W53), leap days.
BOUNDARIES = [
    ("Sales rose this week.", "2021-01-01", [("this week", "DATE", "2020-W53", None)]),
    ("Sales rose last week.", "2021-01-01", [("last week", "DATE", "2020-W52", None)]),
    ("Sales will rise next week.", "2021-01-01", [("next week", "DATE", "2021-W01", None)]),
    ("Sales rose this week.", "2019-12-30", [("this week", "DATE", "2020-W01", None)]),
    ("Sales rose last week.", "2019-12-30", [("last week", "DATE", "2019-W52", None)]),
    ("Sales rose last week.", "2016-01-06", [("last week", "DATE", "2015-W53", None)]),
    ("Prices fell this weekend.", "2021-01-03", [("this weekend", "DATE", "2020-W53-WE", None)]),
    ("Sales fell last month.", "2021-01-15", [("last month", "DATE", "2020-12", None)]),
    ("Sales fell last quarter.", "2021-02-01", [("last quarter", "DATE", "2020-Q4", None)]),
    ("The plant closed yesterday.", "2021-01-01", [("yesterday", "DATE", "2020-12-31", None)]),
    ("The plant opens tomorrow.", "2020-12-31", [("tomorrow", "DATE", "2021-01-01", None)]),
    ("The plant closed yesterday.", "2016-03-01", [("yesterday", "DATE", "2016-02-29", None)]),
    ("The plant opens tomorrow.", "2016-02-28", [("tomorrow", "DATE", "2016-02-29", None)]),
    ("The tower was finished in December.", "2021-01-10", [("December", "DATE", "2020-12", None)]),
    ("The tower will be finished in January.", "2020-12-10", [("January", "DATE", "2021-01", None)]),
    ("He left on Dec. 30.", "2021-01-02", [("Dec. 30", "DATE", "2020-12-30", None)]),
    ("The rally was held on Thursday.", "2021-01-02", [("Thursday", "DATE", "2020-12-31", None)]),
    ("Sales fell a year ago.", "2016-02-29", [("a year ago", "DATE", "2015", None)]),
    ("The law passed a month ago.", "2020-03-31", [("a month ago", "DATE", "2020-02", None)]),
    ("Profits fell in the fourth quarter.", "2021-01-20", [("the fourth quarter", "DATE", "2020-Q4", None)]),
    ("The storm hit last winter.", "2021-01-20", [("last winter", "DATE", "2020-WI", None)]),
    ("The storm hit this winter.", "2021-01-20", [("this winter", "DATE", "2021-WI", None)]),
    ("He visited two weeks ago.", "2021-01-06", [("two weeks ago", "DATE", "2020-W52", None)]),
    ("The deal closed three days ago.", "2021-01-02", [("three days ago", "DATE", "2020-12-30", None)]),
]


def _ids(rows):
    return [f"{text[:40]}@{date}" for text, date, _ in rows]


@pytest.mark.model
@pytest.mark.parametrize("text,date,expected", ABSOLUTE, ids=_ids(ABSOLUTE))
def test_tagger_absolute_dates(parser, text, date, expected):
    assert found(parser, text, date) == expected


@pytest.mark.model
@pytest.mark.parametrize("text,date,expected", PARTIAL, ids=_ids(PARTIAL))
def test_tagger_partial_dates_take_year_from_tense(parser, text, date, expected):
    assert found(parser, text, date) == expected


@pytest.mark.model
@pytest.mark.parametrize("text,date,expected", WEEKDAYS, ids=_ids(WEEKDAYS))
def test_tagger_weekdays(parser, text, date, expected):
    assert found(parser, text, date) == expected


@pytest.mark.model
@pytest.mark.parametrize("text,date,expected", DEICTIC, ids=_ids(DEICTIC))
def test_tagger_deictic_days_and_parts(parser, text, date, expected):
    assert found(parser, text, date) == expected


@pytest.mark.model
@pytest.mark.parametrize("text,date,expected", RELATIVE, ids=_ids(RELATIVE))
def test_tagger_relative_dates(parser, text, date, expected):
    assert found(parser, text, date) == expected


@pytest.mark.model
@pytest.mark.parametrize("text,date,expected", MODIFIED, ids=_ids(MODIFIED))
def test_tagger_modified_dates(parser, text, date, expected):
    assert found(parser, text, date) == expected


@pytest.mark.model
@pytest.mark.parametrize("text,date,expected", HOLIDAYS, ids=_ids(HOLIDAYS))
def test_tagger_holidays(parser, text, date, expected):
    assert found(parser, text, date) == expected


@pytest.mark.model
@pytest.mark.parametrize("text,date,expected", NARRATIVE, ids=_ids(NARRATIVE))
def test_tagger_narrative_reference_time(parser, text, date, expected):
    assert found(parser, text, date) == expected


@pytest.mark.model
@pytest.mark.parametrize("text,date,expected", BOUNDARIES, ids=_ids(BOUNDARIES))
def test_tagger_year_boundaries_and_week_53(parser, text, date, expected):
    assert found(parser, text, date) == expected
