import { describe, expect, it } from 'vitest';
import {
  type DateAnchor,
  explicitYears,
  findDates,
  latestFullDate,
  placeAfterEvents,
} from '../../../src/extract/dates.ts';

/** The Guardian whale story was published on Thursday 3 January 2019. */
const GUARDIAN: DateAnchor = { published: new Date('2019-01-03T12:00:00Z'), fallbackYear: null };
/** The New York Times Sudan story was published on Friday 13 January 2017. */
const NYTIMES: DateAnchor = { published: new Date('2017-01-13T12:00:00Z'), fallbackYear: null };
/** The seed has no publication date; its full dates ("March 13, 2025") put it in 2025. */
const SEED: DateAnchor = { published: null, fallbackYear: 2025 };
/** Nothing at all to anchor a date to. */
const NOTHING: DateAnchor = { published: null, fallbackYear: null };

/** The dates of a sentence as [words, ISO date, precision]. */
function dates(sentence: string, anchor: DateAnchor): Array<[string, string | null, string]> {
  return findDates(sentence, anchor).map((d) => [d.text, d.iso, d.precision]);
}

describe('dates in an article with a published date', () => {
  it('reads a year before 1800 where a preposition of time puts it ("dates from around 1490"), not a count ("in 1500 homes")', () => {
    expect(dates('The deck, which dates from around 1490, was special.', GUARDIAN)).toEqual([
      ['1490', '1490', 'year'],
    ]);
    expect(dates('The treaty was signed in 1648 at Münster.', GUARDIAN)).toEqual([
      ['1648', '1648', 'year'],
    ]);
    expect(dates('The fire spread in 1500 homes.', GUARDIAN)).toEqual([]);
    expect(dates('Around 1200 people came from 1400 villages.', GUARDIAN)).toEqual([]);
  });

  it('gives a year-less date the publication year when it falls before publication', () => {
    expect(dates('The pod beached on January 2 near Pātaua.', GUARDIAN)).toEqual([
      ['January 2', '2019-01-02', 'day'],
    ]);
  });

  it('moves a past event dated months after publication to the year before', () => {
    expect(dates('The whales stranded on Dec. 28.', GUARDIAN)).toEqual([
      ['Dec. 28', '2018-12-28', 'day'],
    ]);
    expect(dates('The vote took place on March 3.', GUARDIAN)).toEqual([
      ['March 3', '2018-03-03', 'day'],
    ]);
    expect(dates('The whales beached in November.', GUARDIAN)).toEqual([
      ['November', '2018-11', 'month'],
    ]);
  });

  it('takes the year a named weekday falls on: "Monday, Dec. 14" in a story of December 2016 is 2015', () => {
    const LATIMES: DateAnchor = { published: new Date('2016-12-16T12:00:00Z'), fallbackYear: null };
    expect(dates('The drama began at 10:01 p.m. on Monday, Dec. 14.', LATIMES)).toEqual([
      ['at 10:01 p.m. on Monday, Dec. 14', '2015-12-14', 'day'],
    ]);
    expect(dates('The vote is on Friday, Dec. 16.', LATIMES)).toEqual([
      ['on Friday, Dec. 16', '2016-12-16', 'day'],
    ]);
  });

  it('reads a forecast in another clause as no sign the date lies ahead ("Forecasts, the first since … won the Nov. 8 election")', () => {
    const REUTERS: DateAnchor = { published: new Date('2016-12-14T12:00:00Z'), fallbackYear: null };
    expect(
      dates(
        'Fresh economic forecasts, the first since Trump won the Nov. 8 election, showed growth.',
        REUTERS,
      ),
    ).toEqual([['Nov. 8', '2016-11-08', 'day']]);
  });

  it('keeps a weekday after "since" in the past, whatever "would" says ("would mean … since fleeing Berlin Monday")', () => {
    const FRIDAY: DateAnchor = { published: new Date('2016-12-23T12:00:00Z'), fallbackYear: null };
    expect(
      dates('That would mean he crossed two borders since fleeing Berlin Monday.', FRIDAY),
    ).toEqual([['Monday', '2016-12-19', 'day']]);
    expect(dates('He would meet them Monday.', FRIDAY)).toEqual([['Monday', '2016-12-26', 'day']]);
  });

  it('dates "since the spring" by the latest spring begun by the time of writing', () => {
    const OCTOBER: DateAnchor = { published: new Date('2022-10-26T12:00:00Z'), fallbackYear: null };
    expect(dates('Prices have fallen since the spring.', OCTOBER)).toEqual([
      ['since the spring', '2022', 'year'],
    ]);
    const FEBRUARY: DateAnchor = {
      published: new Date('2023-02-10T12:00:00Z'),
      fallbackYear: null,
    };
    expect(dates('Prices have fallen since the summer.', FEBRUARY)).toEqual([
      ['since the summer', '2022', 'year'],
    ]);
  });

  it('puts a year-less date after a verb in the present progressive ahead ("is holding its event on February 26")', () => {
    expect(dates('Motorola is holding its event at 4:30pm on February 26.', NYTIMES)).toEqual([
      ['at 4:30pm on February 26', '2017-02-26', 'day'],
    ]);
    // Told in the past, the same date is last year's.
    expect(dates('Motorola held its event on February 26.', NYTIMES)).toEqual([
      ['February 26', '2016-02-26', 'day'],
    ]);
    // A possessive before a noun in -ing is no such verb.
    expect(dates('The council’s meeting on February 26 ran late.', NYTIMES)).toEqual([
      ['February 26', '2016-02-26', 'day'],
    ]);
  });

  it('puts a year-less date after a present-tense verb of a timetable ahead ("a comment period that ends on Oct. 3")', () => {
    const AUGUST: DateAnchor = { published: new Date('2019-08-28T12:00:00Z'), fallbackYear: null };
    expect(
      dates('The report is out for a 60-day comment period that ends on Oct. 3.', AUGUST),
    ).toEqual([['Oct. 3', '2019-10-03', 'day']]);
    // A past event told without such a verb is still last year's.
    expect(dates('The council voted on Oct. 3.', AUGUST)).toEqual([
      ['Oct. 3', '2018-10-03', 'day'],
    ]);
    // A weekday in the clause of such a verb is the coming one.
    const TUESDAY: DateAnchor = { published: new Date('2016-12-06T12:00:00Z'), fallbackYear: null };
    expect(dates('The bank concludes two days of meetings Thursday.', TUESDAY)).toEqual([
      ['Thursday', '2016-12-08', 'day'],
    ]);
    expect(dates('The bank held two days of meetings Thursday.', TUESDAY)).toEqual([
      ['Thursday', '2016-12-01', 'day'],
    ]);
  });

  it('dates "in the past six months", "over the past year", "in the last 50 years" by their start; not "the last year of his term"', () => {
    const OCTOBER: DateAnchor = { published: new Date('2022-10-26T12:00:00Z'), fallbackYear: null };
    expect(
      dates('The bank moved its rate up by three points in the past six months.', OCTOBER),
    ).toEqual([['in the past six months', '2022-04', 'month']]);
    expect(dates('I have played it on my PC over the past year.', OCTOBER)).toEqual([
      ['over the past year', '2021', 'year'],
    ]);
    expect(dates('We would lose the advances made in the last 50 years.', OCTOBER)).toEqual([
      ['in the last 50 years', '1972', 'year'],
    ]);
    expect(
      dates('He resigned in the last year of his term.', OCTOBER).map(([, iso]) => iso),
    ).toEqual([null]);
  });

  it('knows "this weekend", "over the weekend" and "next weekend" to the month; not "fees for the weekend"', () => {
    const MONDAY: DateAnchor = { published: new Date('2016-11-28T12:00:00Z'), fallbackYear: null };
    expect(dates('They had a 45-minute discussion this weekend.', MONDAY)).toEqual([
      ['this weekend', '2016-11', 'month'],
    ]);
    const THURSDAY: DateAnchor = {
      published: new Date('2016-12-01T12:00:00Z'),
      fallbackYear: null,
    };
    expect(dates('They met over the weekend.', THURSDAY)).toEqual([
      ['over the weekend', '2016-11', 'month'],
    ]);
    expect(dates('They meet again next weekend.', MONDAY)).toEqual([
      ['next weekend', '2016-12', 'month'],
    ]);
    expect(dates('Traders paid fees of up to £1,200 for the weekend.', MONDAY)).toEqual([]);
  });

  it('reads "hoping to", "aims to", "intends to" as a sign the date lies ahead', () => {
    const DECEMBER: DateAnchor = {
      published: new Date('2016-12-13T12:00:00Z'),
      fallbackYear: null,
    };
    expect(dates('SpaceX is hoping to return to flight in January.', DECEMBER)).toEqual([
      ['January', '2017-01', 'month'],
    ]);
    expect(dates('The council aims to reopen the bridge in February.', DECEMBER)).toEqual([
      ['February', '2017-02', 'month'],
    ]);
  });

  it('reads "would" after a date, and "than expected", as no sign the date lies ahead', () => {
    expect(
      dates('She put it under review on Oct. 17, when she said campuses would shrink.', GUARDIAN),
    ).toEqual([['Oct. 17', '2018-10-17', 'day']]);
    expect(
      dates('It rusted worse than anyone expected, the council said on Monday.', GUARDIAN),
    ).toEqual([['on Monday', '2018-12-31', 'day']]);
  });

  it('keeps a future event in the publication year', () => {
    expect(dates('The vote is scheduled for March 3.', GUARDIAN)).toEqual([
      ['March 3', '2019-03-03', 'day'],
    ]);
    expect(dates('The summit will be held on December 28.', GUARDIAN)).toEqual([
      ['December 28', '2019-12-28', 'day'],
    ]);
  });

  it('a weekday of a month and year written after it is not this week\'s: "a Tuesday in December 1999"', () => {
    expect(dates('On a chilly Tuesday in December 1999, she spoke in New York.', NYTIMES)).toEqual([
      ['December 1999', '1999-12', 'month'],
    ]);
  });

  it('dates "the evening of June 17, 2015" by its day, not as this evening', () => {
    expect(
      dates('He entered the church on the evening of June 17, 2015, and sat down.', NYTIMES),
    ).toEqual([['June 17, 2015', '2015-06-17', 'day']]);
    expect(dates('It rained late on the night of 3 May 2019.', NYTIMES)).toEqual([
      ['3 May 2019', '2019-05-03', 'day'],
    ]);
  });

  it('dates a holiday by its day in the year the date rules give ("Thanksgiving", "Easter Sunday")', () => {
    expect(dates('He posted a message from Thanksgiving.', NYTIMES)).toEqual([
      ['Thanksgiving', '2016-11-24', 'day'],
    ]);
    expect(dates('The church was full on Easter Sunday.', NYTIMES)).toEqual([
      ['Easter Sunday', '2016-03-27', 'day'],
    ]);
    expect(dates('Talks will resume on Valentine’s Day.', NYTIMES)).toEqual([
      ['Valentine’s Day', '2017-02-14', 'day'],
    ]);
    // A holiday naming a thing is no date.
    expect(dates('They used Christmas lights and Christmas-tree-style bulbs.', NYTIMES)).toEqual(
      [],
    );
  });

  it('resolves a weekday to the publication day or the most recent one before it', () => {
    expect(
      dates('On Friday, the Obama administration will announce a new Sudan strategy.', NYTIMES),
    ).toEqual([['On Friday', '2017-01-13', 'day']]);
    expect(dates('Officials met on Wednesday.', NYTIMES)).toEqual([
      ['on Wednesday', '2017-01-11', 'day'],
    ]);
    expect(
      dates('American officials said Thursday that the demand had not changed.', NYTIMES),
    ).toEqual([['Thursday', '2017-01-12', 'day']]);
  });

  it('resolves "last year", "two years ago" and "yesterday" against the publication date', () => {
    expect(dates('Prices rose last year.', GUARDIAN)).toEqual([['last year', '2018', 'year']]);
    expect(dates('It happened two years ago.', GUARDIAN)).toEqual([
      ['two years ago', '2017', 'year'],
    ]);
    expect(dates('Yesterday the talks collapsed.', NYTIMES)).toEqual([
      ['Yesterday', '2017-01-12', 'day'],
    ]);
  });

  it('a date written as part of a word ("its pre-August 5 position") dates no event', () => {
    expect(
      dates(
        'On Tuesday, China said it was ready to go back to its pre-August 5 position.',
        GUARDIAN,
      ),
    ).toEqual([['On Tuesday', '2019-01-01', 'day']]);
  });

  it('dates "this April" in the year of writing, whether it has passed or not', () => {
    const february: DateAnchor = {
      published: new Date('2017-02-23T12:00:00Z'),
      fallbackYear: null,
    };
    expect(
      dates('The studio is already planning a party at the convention this April.', february),
    ).toEqual([['April', '2017-04', 'month']]);
    expect(dates('The shop opened this January.', NYTIMES)).toEqual([
      ['January', '2017-01', 'month'],
    ]);
    expect(dates('The shop opened last April.', NYTIMES)).toEqual([['April', '2016-04', 'month']]);
  });

  it('a year in a title after two capitalised words ("Blade Runner 2049") dates nothing; after a month or a preposition it does', () => {
    expect(dates('He stars in the action movie Blade Runner 2049 next year.', NYTIMES)).toEqual([
      ['next year', '2018', 'year'],
    ]);
    expect(dates('In March 2016 the film began shooting.', NYTIMES)).toEqual([
      ['March 2016', '2016-03', 'month'],
    ]);
    expect(dates('Since Christmas 2015 the shop has been shut.', NYTIMES)).toEqual([
      ['Christmas', '2015-12-25', 'day'],
      ['2015', '2015', 'year'],
    ]);
  });
  it('a year after a possessive name ("André Aciman’s 2007 novel") dates what the name owns', () => {
    expect(
      dates('The film adapts André Aciman’s 2007 novel about a summer in Italy.', NYTIMES),
    ).toEqual([['2007', '2007', 'year']]);
  });
  it('the date a figure is compared with ("an increase over last year", "compared with 2016") dates no event', () => {
    expect(
      dates('Usage rose to 0.84% in May, an increase over last year.', NYTIMES).map(([t]) => t),
    ).toEqual(['May']);
    expect(dates('Sales were 5% lower, compared with 2015.', NYTIMES)).toEqual([]);
    // A date after "from" that is no comparison still dates the event.
    expect(dates('She has lived in the city from 2015.', NYTIMES)).toEqual([
      ['2015', '2015', 'year'],
    ]);
  });

  it('"a few weeks ago" is known to the month, "several months ago" to the year, "a few years ago" not at all', () => {
    expect(dates('A few weeks ago, archaeologists dug up the site.', NYTIMES)).toEqual([
      ['A few weeks ago', '2016-12', 'month'],
    ]);
    expect(dates('It was sold several months ago.', NYTIMES)).toEqual([
      ['several months ago', '2016', 'year'],
    ]);
    expect(dates('She moved a few years ago.', NYTIMES)).toEqual([
      ['a few years ago', null, 'year'],
    ]);
  });

  it('"thirteen years since X" dates X by the years counted back from publication', () => {
    expect(
      dates('Thirteen years since Congress authorized it, the museum opens.', NYTIMES),
    ).toEqual([['Thirteen years since', '2004', 'year']]);
    expect(dates('It has been 20 years since the war.', NYTIMES)).toEqual([
      ['20 years since', '1997', 'year'],
    ]);
  });

  it('keeps "Last year" opening a sentence when a month is dated after it', () => {
    expect(
      dates('Last year, the agency tried again, the paper reported last month.', GUARDIAN),
    ).toEqual([
      ['Last year', '2018', 'year'],
      ['last month', '2018-12', 'month'],
    ]);
  });

  it('keeps a written year as written', () => {
    expect(dates('On March 13, 2025, Armenia and Azerbaijan announced a deal.', GUARDIAN)).toEqual([
      ['March 13, 2025', '2025-03-13', 'day'],
    ]);
  });
});

describe('months placed by "last", "next" and "last year"', () => {
  /** Published on Thursday 8 February 2024. */
  const FEBRUARY: DateAnchor = { published: new Date('2024-02-08T12:00:00Z'), fallbackYear: null };

  it.each([
    ['The auditors warned last March that reserves were low.', 'March', '2023-03'],
    ['It snowed last February.', 'February', '2023-02'],
    ['The works begin next March.', 'March', '2024-03'],
    ['The library closed in March last year.', 'March', '2023-03'],
    ['The works start in May next year.', 'May', '2025-05'],
    ['It was agreed on March 3 last year.', 'March 3', '2023-03-03'],
  ])('"%s" → %s is %s, one date', (sentence, words, iso) => {
    expect(dates(sentence, FEBRUARY)).toEqual([[words, iso, iso.length === 7 ? 'month' : 'day']]);
  });
});

describe('seasons said relative to publication', () => {
  it('"last autumn" is the latest autumn before publication, "next spring" the first after it', () => {
    expect(dates('The grant came last autumn.', GUARDIAN)).toEqual([
      ['last autumn', '2018', 'year'],
    ]);
    expect(dates('A larger trial starts next spring.', GUARDIAN)).toEqual([
      ['next spring', '2019', 'year'],
    ]);
  });

  it('"sat" and "sun" in lower case are words, not weekdays', () => {
    expect(dates('She sat in the sun by the window.', GUARDIAN)).toEqual([]);
  });
});

describe('the edge of a year or month', () => {
  it('"by the end of the year" is this December; "the end of next year", "the start of next month" follow', () => {
    const december: DateAnchor = {
      published: new Date('2016-12-15T12:00:00Z'),
      fallbackYear: null,
    };
    expect(dates('Three models will speak with Alexa by the end of the year.', december)).toEqual([
      ['end of the year', '2016-12', 'month'],
    ]);
    expect(dates('It will ship by the end of next year.', december)).toEqual([
      ['end of next year', '2017-12', 'month'],
    ]);
    expect(dates('It shipped at the end of last year.', december)).toEqual([
      ['end of last year', '2015-12', 'month'],
    ]);
    expect(dates('It starts at the beginning of next month.', december)).toEqual([
      ['beginning of next month', '2017-01', 'month'],
    ]);
  });
});

describe('a month said to lie ahead', () => {
  it('"is expected to announce its decision in January", written in October, is next January', () => {
    const october: DateAnchor = { published: new Date('2025-10-16T06:00:00Z'), fallbackYear: null };
    expect(
      dates('The regulator is expected to announce its decision in January.', october),
    ).toEqual([['January', '2026-01', 'month']]);
    expect(dates('The regulator announced its decision in January.', october)).toEqual([
      ['January', '2025-01', 'month'],
    ]);
  });

  it('"will lose … when the term ends in January", written in December, is next January', () => {
    const december: DateAnchor = {
      published: new Date('2016-12-16T12:00:00Z'),
      fallbackYear: null,
    };
    expect(
      dates(
        'Without naming him, she warned that the nation will lose a "grownup in the White House" when the term ends in January.',
        december,
      ),
    ).toEqual([['January', '2017-01', 'month']]);
  });

  it('"rumored to take place in March", written in January, is this March; so is "could … in March"', () => {
    const january: DateAnchor = { published: new Date('2017-01-18T12:00:00Z'), fallbackYear: null };
    expect(
      dates('The pencil will appear at an event rumored to take place in March.', january),
    ).toEqual([['March', '2017-03', 'month']]);
    expect(dates('The new pencil could be unveiled in March.', january)).toEqual([
      ['March', '2017-03', 'month'],
    ]);
  });

  it('"canceled its flights through 5 August", written in April, reaches this August', () => {
    const april: DateAnchor = { published: new Date('2019-04-15T12:00:00Z'), fallbackYear: null };
    expect(dates('The airline canceled its flights through 5 August.', april)).toEqual([
      ['5 August', '2019-08-05', 'day'],
    ]);
    expect(dates('The airline canceled its flights in August.', april)).toEqual([
      ['August', '2018-08', 'month'],
    ]);
  });

  it('"a deadline of 30 April", written in March, is this April, not last year’s', () => {
    const march: DateAnchor = { published: new Date('2026-03-05T07:45:00Z'), fallbackYear: null };
    expect(dates('The commission has set a deadline of 30 April to decide.', march)).toEqual([
      ['30 April', '2026-04-30', 'day'],
    ]);
  });
});

describe('dates in an article without a published date', () => {
  it('gives a year-less date the year the article’s own text gives', () => {
    expect(dates('On July 10, the leaders met in Abu Dhabi.', SEED)).toEqual([
      ['July 10', '2025-07-10', 'day'],
    ]);
    expect(dates('Tensions escalated throughout May.', SEED)).toEqual([
      ['May', '2025-05', 'month'],
    ]);
    expect(dates('He arrived Jan. 5 and left on Jan. 9.', SEED)).toEqual([
      ['Jan. 5', '2025-01-05', 'day'],
      ['Jan. 9', '2025-01-09', 'day'],
    ]);
  });

  it('does not read "June 26, 14 more individuals" as the year 14', () => {
    expect(dates('Then, on June 26, 14 more individuals were detained.', SEED)).toEqual([
      ['June 26', '2025-06-26', 'day'],
    ]);
  });

  it('leaves a date it cannot place as null instead of guessing', () => {
    expect(dates('On July 10, the leaders met in Abu Dhabi.', NOTHING)).toEqual([
      ['July 10', null, 'day'],
    ]);
    expect(dates('Tensions escalated throughout May.', NOTHING)).toEqual([['May', null, 'month']]);
    expect(dates('On Friday, the administration will announce a plan.', NOTHING)).toEqual([
      ['On Friday', null, 'day'],
    ]);
    expect(dates('Prices rose last year.', NOTHING)).toEqual([['last year', null, 'year']]);
  });

  it('still resolves dates that carry their year', () => {
    expect(dates('In February 2025, Hikmet Hajiyev made a visit to Israel.', NOTHING)).toEqual([
      ['February 2025', '2025-02', 'month'],
    ]);
    expect(dates('Meetings were put on pause at the end of 2023.', NOTHING)).toEqual([
      ['2023', '2023', 'year'],
    ]);
  });
});

describe('precision and what is not a date', () => {
  it('gives each date at the precision the text gives: day, month or year', () => {
    expect(
      dates('Elections on June 14, 2026, follow the June 2026 deadline set in 2023.', NOTHING),
    ).toEqual([
      ['June 14, 2026', '2026-06-14', 'day'],
      ['June 2026', '2026-06', 'month'],
      ['2023', '2023', 'year'],
    ]);
  });

  it('knows "last week", "this week" and "next week" to the month, not to a day', () => {
    const aclu: DateAnchor = { published: new Date('2018-04-05T12:00:00Z'), fallbackYear: null };
    expect(dates('I ran a simple test last week.', aclu)).toEqual([
      ['last week', '2018-03', 'month'],
    ]);
    expect(dates('It opens next week.', aclu)).toEqual([['next week', '2018-04', 'month']]);
    expect(dates('It closed three weeks ago.', aclu)).toEqual([
      ['three weeks ago', '2018-03-15', 'day'],
    ]);
  });

  it('dates "from 11 to 13 July" by its first day, "from 15 July" by its day (chrono reads the figures as hours)', () => {
    expect(
      dates('The festival will run from 11 to 13 July, with gates at noon.', GUARDIAN),
    ).toEqual([['from 11 to 13 July', '2019-07-11', 'day']]);
    expect(dates('Refunds will be paid from 15 July, and all.', GUARDIAN)).toEqual([
      ['from 15 July', '2019-07-15', 'day'],
    ]);
  });

  it('reads both years of a range', () => {
    expect(dates('Trump’s 2020–2021 Abraham Accords were signed.', NOTHING)).toEqual([
      ['2020', '2020', 'year'],
      ['2021', '2021', 'year'],
    ]);
  });

  it('does not take a decade, money, a count or a percentage for a year', () => {
    expect(dates('For the first time since the 1990s, sanctions will ease.', GUARDIAN)).toEqual([]);
    expect(dates('It cost $1,950 and 2,000 people came.', GUARDIAN)).toEqual([]);
    expect(dates('The deal was worth $2019 million.', GUARDIAN)).toEqual([]);
    expect(dates('Sales fell 2019 percent.', GUARDIAN)).toEqual([]);
  });

  it('does not take "24/7", "9/11" or a name like "the World of Tomorrow" for a date', () => {
    expect(dates('Signs turned walls into 24/7 billboards.', GUARDIAN)).toEqual([]);
    expect(dates('Security changed after 9/11.', GUARDIAN)).toEqual([]);
    expect(dates('A sign led to the World of Tomorrow exhibit.', GUARDIAN)).toEqual([]);
    expect(dates('She spoke to the Today programme.', GUARDIAN)).toEqual([]);
    expect(dates('Tomorrow, the vote begins.', GUARDIAN)).toEqual([
      ['Tomorrow', '2019-01-04', 'day'],
    ]);
    expect(dates('It fell on 7/24/2015.', GUARDIAN)).toEqual([['7/24/2015', '2015-07-24', 'day']]);
  });

  it('points at the words of each date in the sentence', () => {
    const sentence = 'Then, on June 26, 14 more individuals were detained.';
    const [date] = findDates(sentence, SEED);
    expect(sentence.slice(date?.index, (date?.index ?? 0) + (date?.text.length ?? 0))).toBe(
      'June 26',
    );
  });
});

describe('anchors an article gives itself', () => {
  it('lists the explicit years of a text, not its decades', () => {
    expect(explicitYears('Since the 2020 war and the 1990s, through 2023–2024.')).toEqual([
      2020, 2023, 2024,
    ]);
  });

  it('finds the latest date written with day, month and year', () => {
    expect(
      latestFullDate([
        'In February 2025, Hajiyev visited Israel.',
        'On March 13, 2025, a deal was announced.',
        'On July 10, the leaders met.',
        'The war of September 27, 2020 changed everything.',
      ])?.toISOString(),
    ).toBe('2025-03-13T00:00:00.000Z');
    expect(latestFullDate(['On July 10, the leaders met.'])).toBeNull();
    // "last week", "now", "two days later" are no written dates, whatever chrono makes of them.
    expect(latestFullDate(['Last week it froze the loan.', 'They are now in Brezno.'])).toBeNull();
  });
});

describe('weekdays and relative dates are placed only when the text allows it', () => {
  const friday: DateAnchor = { published: new Date('2017-01-13T12:00:00Z'), fallbackYear: null };
  const undated: DateAnchor = { published: null, fallbackYear: 2024 };
  const iso = (sentence: string, anchor: DateAnchor) =>
    findDates(sentence, anchor).map((d) => d.iso);

  it('a past weekday is the most recent one on or before publication; a future one the next', () => {
    expect(iso('The ministry said on Monday that talks had stalled.', friday)).toEqual([
      '2017-01-09',
    ]);
    expect(iso('The plan was announced on Friday.', friday)).toEqual(['2017-01-13']);
    expect(iso('The council will vote on Monday.', friday)).toEqual(['2017-01-16']);
    expect(
      iso('The American government plans to lift sanctions, officials said late Thursday.', friday),
    ).toEqual(['2017-01-12']);
  });

  it('a weekday lies ahead when its own clause says so, however long the clause', () => {
    expect(
      iso(
        'The walkout is scheduled to run until the end of service on Monday, the union said.',
        friday,
      ),
    ).toEqual(['2017-01-16']);
    expect(iso('Ministers will meet on Monday, Tuesday and Wednesday.', friday)).toEqual([
      '2017-01-16',
      '2017-01-17',
      '2017-01-18',
    ]);
    // "will" belongs to the aside, not to the saying.
    expect(
      iso(
        'The minister, who will retire in the spring, said on Wednesday that talks had failed.',
        friday,
      ),
    ).toEqual(['2017-01-11']);
  });

  it('a weekday opening its sentence lies ahead when its subject "will" act, not when it acted', () => {
    expect(iso('On Tuesday, she’ll meet the finance ministers.', friday)).toEqual(['2017-01-17']);
    expect(iso('On Wednesday the board will vote on the plan.', friday)).toEqual(['2017-01-18']);
    expect(iso('On Tuesday the council voted and will meet again.', friday)).toEqual([
      '2017-01-10',
    ]);
    expect(iso('On Tuesday officials said they will resign.', friday)).toEqual(['2017-01-10']);
  });

  it('"last Friday" written on a Friday is the week before; "next Friday" the week after', () => {
    expect(iso('She developed a fever last Friday, and was admitted to hospital.', friday)).toEqual(
      ['2017-01-06'],
    );
    expect(iso('The hearing resumes next Friday.', friday)).toEqual(['2017-01-20']);
  });

  it('"more rain is expected on Friday" is the Friday after publication', () => {
    // The Guardian story was published on Thursday 3 January 2019.
    expect(dates('Forecasters warned that more rain is expected on Friday.', GUARDIAN)).toEqual([
      ['on Friday', '2019-01-04', 'day'],
    ]);
  });

  it('a date relative to another event ("three weeks later") stays null', () => {
    expect(iso('The strike began on June 1, 2024 and ended three weeks later.', undated)).toEqual([
      '2024-06-01',
      null,
    ]);
    expect(iso('Two days later the ferry sailed.', friday)).toEqual([null]);
    // "years" alone, no digit or month: still read (the cheap test before chrono knew only "year").
    expect(iso('Two years after the flood, the town rebuilt the bridge.', friday)).toEqual([null]);
  });

  it('a date relative to now needs the publication date', () => {
    expect(iso('The pier closed three weeks ago.', undated)).toEqual([null]);
    expect(iso('The pier closed three weeks ago.', friday)).toEqual(['2016-12-23']);
    expect(iso('Prices rose last month.', friday)).toEqual(['2016-12']);
  });
});

describe('dates told after an earlier event', () => {
  /** One article's sentences as the index holds them, dated against the anchor, then placed. */
  function placed(paragraphs: string[][], anchor: DateAnchor): Array<Array<string | null>> {
    const sentences = paragraphs.flatMap((sentences, paragraph) =>
      sentences.map((text) => ({ article: 0, paragraph, dates: findDates(text, anchor) })),
    );
    placeAfterEvents(sentences);
    return sentences.map((s) => s.dates.map((d) => d.iso));
  }

  it('"Two weeks later" counts from the last date told before it', () => {
    expect(
      placed([['The recount began on May 23.', 'Two weeks later, the judge ruled.']], {
        published: null,
        fallbackYear: 2023,
      }),
    ).toEqual([['2023-05-23'], ['2023-06-06']]);
  });

  it('"the next day" is the day after the event, not after publication', () => {
    expect(
      placed(
        [['The plant closed on March 4, 2021.'], ['The next day, he was arrested.']],
        GUARDIAN,
      ),
    ).toEqual([['2021-03-04'], ['2021-03-05']]);
  });

  it('"two days later" just after a year counts from the last day told; just after a month it stays undated', () => {
    expect(
      placed(
        [
          ['The fire broke out on 3 December 2024.'],
          ['The couple had bought the heater in 2023.'],
          ['Investigators examined it two days later.'],
          ['The mill closed in September 2024.', 'A week after, the owners left.'],
        ],
        NOTHING,
      ),
    ).toEqual([['2024-12-03'], ['2023'], ['2024-12-05'], ['2024-09'], [null]]);
  });

  it('"three months later" after a day gives a month; "the following year" the year after that', () => {
    expect(
      placed(
        [
          [
            'The fund opened on Oct. 3, 2019.',
            'Three months later it shrank.',
            'The following year it closed.',
          ],
        ],
        NOTHING,
      ),
    ).toEqual([['2019-10-03'], ['2020-01'], ['2021']]);
  });

  it('"the same year" and "the same day" are those of the date told before', () => {
    expect(
      placed(
        [
          [
            'Her debut came out in 2013; a second album from the same year sold better.',
            'He was arrested on March 4, 2021 and charged the same day.',
          ],
        ],
        NOTHING,
      ),
    ).toEqual([
      ['2013', '2013'],
      ['2021-03-04', '2021-03-04'],
    ]);
  });

  it('"A day after the disclosure" counts from the date told before it', () => {
    expect(
      placed(
        [
          [
            'The breach was disclosed on March 5, 2024.',
            'A day after the disclosure, a lawsuit was filed.',
          ],
        ],
        NOTHING,
      ),
    ).toEqual([['2024-03-05'], ['2024-03-06']]);
  });

  it('"The following spring" is the next spring after the event; "that summer" the event’s year', () => {
    expect(
      placed(
        [
          ['An inquiry reported in December 1988.', 'The following spring she won the medal.'],
          ['The towers were finished in 1984.', 'That summer the first tenants moved in.'],
        ],
        NOTHING,
      ),
    ).toEqual([['1988-12'], ['1989'], ['1984'], ['1984']]);
  });

  it('stays unresolved when no dated event comes before it, or only one far back', () => {
    expect(placed([['Two days later, he left.']], GUARDIAN)).toEqual([[null]]);
    expect(
      placed([['It opened on Oct. 3, 2019.'], ['Nothing.'], ['Two days later, he left.']], NOTHING),
    ).toEqual([['2019-10-03'], [], [null]]);
  });
});
