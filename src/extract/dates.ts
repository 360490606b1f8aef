// English only: the package's index loads every locale (about 590 files; 0.3 s of each start).
import * as chrono from 'chrono-node/en';
import { CALENDAR_WORDS, foldCase, STOP_WORDS } from './words.ts';

/** How much of a date the text gives: `2025-07-10`, `2025-07` or `2025`. */
export type DatePrecision = 'day' | 'month' | 'year';

/** A date expression found in a sentence, resolved to the calendar when it can be. */
export interface DateMention {
  /** The words as written ("On July 10", "in 2023"). */
  text: string;
  /** Offset of `text` in the sentence. */
  index: number;
  /** ISO date at `precision`, or null when the text alone cannot place it. */
  iso: string | null;
  precision: DatePrecision;
}

/**
 * What a year-less date is anchored to: the article's publication date when known (`published`),
 * else a year the article's own text gives (`fallbackYear`, from the explicit years around the
 * sentence or the latest fully specified date in the article).
 */
export interface DateAnchor {
  published: Date | null;
  fallbackYear: number | null;
}

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
/** Month names chrono leaves alone after these words ("throughout May"). */
const BARE_MONTH = new RegExp(
  `\\b(?:throughout|since|until|till|by|during|early|late|mid|mid-|in)\\s+(${MONTH_NAMES.map((m) => m[0]?.toUpperCase() + m.slice(1)).join('|')})\\b(?!\\s+\\d)`,
  'g',
);
/** "The following week", "a day after the disclosure": chrono leaves them alone; placed after the event told before them. */
const FOLLOWING =
  /\b(?:the )?following (day|week|month|year)\b|\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}) (day|week|month|year)s? after\b|\bthe same (day|month|year)\b/gi;
/** "last spring", "the following winter", "that summer": a season told relative to now or to an event. */
const SEASON =
  /\b(the following|the next|that|last|next|this|since the) (spring|summer|autumn|fall|winter)\b/gi;
/** The month each season starts in. */
const SEASON_MONTHS: Record<string, number> = {
  spring: 3,
  summer: 6,
  autumn: 9,
  fall: 9,
  winter: 12,
};

/**
 * The year of a season said relative to publication: "last spring" is the latest spring begun
 * before the publication month, "next spring" the first after it; null without a publication date.
 */
function seasonYear(when: string, season: string, published: Date | null): string | null {
  if (!published) return null;
  const year = published.getUTCFullYear();
  const month = published.getUTCMonth() + 1;
  const start = SEASON_MONTHS[season] ?? 1;
  if (when === 'last') return String(start < month ? year : year - 1);
  if (when === 'next') return String(start > month ? year : year + 1);
  return String(year);
}

/** A year standing alone ("in 2023", "the 2020 war", "2020–2021"); not a decade ("1990s"). */
const BARE_YEAR = /(?<![\d$£€.,:/-])(1[89]\d{2}|20\d{2})(?![\d%]|s\b|\s*(?:%|percent|per cent))/g;
/**
 * A year before 1800 is a year only where a preposition of time puts it ("dates from around 1490",
 * "in 1776", "since 1600"), and not before a count's noun ("in 1500 homes", "from 1200 people").
 */
const EARLY_YEAR =
  /(?<=\b(?:[Ii]n|[Ss]ince|[Ff]rom|[Uu]ntil|[Tt]ill|[Cc]irca|c\.)\s+(?:(?:around|about|circa|roughly|c\.)\s+)?)(1[0-7]\d{2})(?![\d%]|s\b|\s*(?:%|percent|per cent)|[.,]\d|\s+(?:people|men|women|children|\p{Ll}+s)\b)/gu;
/**
 * "on the evening of June 17, 2015": chrono reads "evening of June 17, 2015" as this evening and
 * drops the date; the part of the day is blanked (same length, so offsets hold) before it reads.
 */
const PART_OF_DAY =
  /\b(?:morning|afternoon|evening|night)\s+of\s+(?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s|\d)/gi;

/**
 * Holidays on a fixed day or by a rule ("Thanksgiving", "Christmas Eve", "Easter"): chrono leaves
 * them alone. Those whose day depends on the country are left out ("Independence Day", "Mother's
 * Day"), but for Thanksgiving, read as the United States' (the commonest in English news; Canada's
 * falls in October).
 */
const HOLIDAY =
  /\b(Christmas Eve|Christmas(?: Day)?|Boxing Day|New Year['’]s (?:Eve|Day)|Halloween|Valentine['’]s Day|St\.? Patrick['’]s Day|Thanksgiving(?: Day)?|Easter(?: Sunday)?|Good Friday)\b(?![-‐])/g;

/** Words after a holiday's name that still speak of the day ("Christmas morning"). */
const HOLIDAY_TIMES = new Set(['morning', 'afternoon', 'evening', 'night', 'weekend', 'week']);

/** The month and day of a holiday `HOLIDAY` finds, in `year`. */
function holidayDay(name: string, year: number): { month: number; day: number } {
  const holiday = name.toLowerCase().replace(/’/g, "'");
  if (holiday === 'christmas eve') return { month: 12, day: 24 };
  if (holiday.startsWith('christmas')) return { month: 12, day: 25 };
  if (holiday === 'boxing day') return { month: 12, day: 26 };
  if (holiday === "new year's eve") return { month: 12, day: 31 };
  if (holiday === "new year's day") return { month: 1, day: 1 };
  if (holiday === 'halloween') return { month: 10, day: 31 };
  if (holiday === "valentine's day") return { month: 2, day: 14 };
  if (holiday.includes('patrick')) return { month: 3, day: 17 };
  if (holiday.startsWith('thanksgiving')) {
    // The fourth Thursday of November.
    const firstWeekday = new Date(Date.UTC(year, 10, 1)).getUTCDay();
    return { month: 11, day: 1 + ((4 - firstWeekday + 7) % 7) + 21 };
  }
  const easter = easterSunday(year);
  if (holiday === 'good friday') {
    const friday = new Date(Date.UTC(year, easter.month - 1, easter.day - 2));
    return { month: friday.getUTCMonth() + 1, day: friday.getUTCDate() };
  }
  return easter;
}

/** Easter Sunday of a Gregorian year (the anonymous Gregorian computus). */
function easterSunday(year: number): { month: number; day: number } {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  return { month: Math.floor((h + l - 7 * m + 114) / 31), day: ((h + l - 7 * m + 114) % 31) + 1 };
}

/**
 * Cheap test before chrono-node: a digit, a month or weekday name (not "market" or "friend"), or
 * a word of time ("last", "this" and "next" count only with one: "last week", "this morning").
 */
const MIGHT_HOLD_A_DATE =
  /\d|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tues?(?:day)?|wed(?:s|nesday)?|thu(?:rs?)?(?:day)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\b|\b(?:today|tonight|yesterday|tomorrow|ago|days?|weeks?|weekends?|months?|years?|decades?|spring|summer|autumn|fall|winter|morning|afternoon|evening|night|noon|midnight|christmas|boxing|new year['’]s|halloween|valentine['’]s|patrick['’]s|thanksgiving|easter|good friday)\b/i;

/**
 * Words that put an event after the time of writing: such dates are not moved a year back, and
 * the answer engine takes the day of writing for "When will …?" only from a passage holding one.
 */
export const FUTURE_MARKERS =
  /\b(?:will|would|shall|could|might|(?:expected|scheduled|planned|plans?|due|set|hopes?|hoping|aims?|aiming|intends?|rumou?red|slated|poised|tipped|likely) (?:to|for)|(?:is|are) (?:to|expected|forecast|predicted)|expects?|forecasts?|predicts?|next|upcoming|anticipated|deadlines?)\b/i;
/** Where the last clause before a date begins (after a comma, semicolon or dash); -1 for none. */
function lastClauseBreak(text: string): number {
  return Math.max(
    text.lastIndexOf(','),
    text.lastIndexOf(';'),
    text.lastIndexOf(' — '),
    text.lastIndexOf(' – '),
  );
}

/** A past-tense event dated this many days after publication is taken to be last year's. */
const LATER_THAN_PUBLICATION_DAYS = 31;
/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function isoAt(year: number, month: number | null, day: number | null): string {
  if (month === null) return String(year);
  if (day === null) return `${year}-${pad(month)}`;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** How far before a date the words may say it lies ahead ("will meet again on Feb. 20"). */
const FUTURE_CONTEXT_CHARS = 100;

/**
 * The year of a year-less date, by the anchoring rules; null when nothing anchors it. `before` is
 * the sentence up to the date: "would" after it ("on Oct. 17, when she said campuses would …")
 * does not put the date ahead.
 */
function inferYear(
  month: number,
  day: number,
  before: string,
  after: string,
  anchor: DateAnchor,
): number | null {
  const sentence = before.slice(-FUTURE_CONTEXT_CHARS);
  if (anchor.published) {
    const year = anchor.published.getUTCFullYear();
    // "in March last year", "in May next year": the year is said after the month.
    const said = YEAR_AFTER_MONTH.exec(after)?.[1]?.toLowerCase();
    if (said) return year + (said === 'last' ? -1 : said === 'next' ? 1 : 0);
    // "last March" is the latest March before publication; "next March" the first after it.
    const published = anchor.published.getUTCMonth() + 1;
    if (/\blast\s+$/i.test(before)) return month < published ? year : year - 1;
    if (/\bnext\s+$/i.test(before)) return month > published ? year : year + 1;
    const candidate = Date.UTC(year, month - 1, day);
    const daysAfter = (candidate - anchor.published.getTime()) / DAY_MS;
    // "Fresh forecasts, the first since Trump won the Nov. 8 election": the words that put the
    // date ahead must stand in its own clause.
    const clause = sentence.slice(lastClauseBreak(sentence) + 1);
    const ahead = FUTURE_MARKERS.test(clause) || SCHEDULED.test(before) || ARRANGED.test(clause);
    // "canceled its flights through 5 August", written in April: a span reaching a date later in
    // the year reaches this year's.
    const until = UNTIL.test(before);
    if (daysAfter > LATER_THAN_PUBLICATION_DAYS && !ahead && !until) return year - 1;
    // "is expected to announce its decision in January", written in October: next January.
    if (daysAfter < -LATER_THAN_PUBLICATION_DAYS && ahead) return year + 1;
    return year;
  }
  return anchor.fallbackYear;
}

/** Present-tense verbs of a timetable ("the period ends", "the store opens"). */
const TIMETABLE_VERBS =
  'ends|begins|starts|opens|closes|runs until|expires|launches|resumes|concludes|takes effect';
/** "a comment period that ends on Oct. 3": such a verb right before a date puts it ahead. */
const SCHEDULED = new RegExp(`\\b(?:${TIMETABLE_VERBS})\\s+(?:on\\s+)?$`, 'i');
/** "the bank concludes two days of meetings Thursday": such a verb in the weekday's clause. */
const TIMETABLE_CLAUSE = new RegExp(`\\b(?:${TIMETABLE_VERBS})\\b`, 'i');

/**
 * "Motorola is holding its event on February 26": a verb in the present progressive before a
 * date sets it as an arrangement, which lies ahead (what happened is told in the past).
 */
// Not "’s": "the council’s meeting on March 3" is a possessive before a noun.
const ARRANGED = /\b(?:is|are|am|['’]re)\s+(?:\p{L}+ly\s+)?\p{L}+ing\b/iu;

/** "through", "until" right before a date: the end of a span. */
const UNTIL = /\b(?:through|until|till|thru)\s+(?:(?:early|mid|late)[- ])?$/i;

/** "March last year": the year said after a month, relative to publication. */
const YEAR_AFTER_MONTH = /^\s*(?:of\s+)?(last|this|next)\s+year\b/i;

function overlaps(mentions: readonly DateMention[], index: number, length: number): boolean {
  return mentions.some((m) => index < m.index + m.text.length && m.index < index + length);
}

/** A month written out ("March", "Jan.") or in digits ("3/14"): the date is on the calendar, not relative. */
const WRITTEN_MONTH =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b|\b\d{1,2}[/.-]\d{1,2}\b|\b\d{4}-\d{2}/i;
/** Words that place a date relative to the time of writing ("three weeks ago", "last year"). */
const RELATIVE_TO_NOW = /\b(?:ago|last|next|this|yesterday|today|tomorrow|tonight|past|coming)\b/i;
/** Words that place a date relative to another event ("three weeks later"): not resolvable alone. */
const RELATIVE_TO_EVENT = /\b(?:later|earlier|before|after|following|previous|prior)\b/i;

/**
 * How far before a weekday the words may say it lies ahead ("will vote on Monday"): its own
 * clause, back to this many characters ("is scheduled to run until the end of service on Friday").
 */
const WEEKDAY_CONTEXT_CHARS = 80;
/** Where a clause begins: words before it do not date a weekday after it. */
const CLAUSE_BREAK = /[,;:—–(]/g;
/** What stands between the days of a list ("on Monday, Tuesday and Wednesday"): no clause break. */
const DAY_LIST =
  /^[\s,]*(?:(?:and|or)\s+)?(?:on\s+)?$|^\s*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/;

/** Where the clause of a weekday at `index` begins, at most `WEEKDAY_CONTEXT_CHARS` before it. */
function clauseBefore(sentence: string, index: number): number {
  const from = Math.max(0, index - WEEKDAY_CONTEXT_CHARS);
  const breaks = [...sentence.slice(from, index).matchAll(CLAUSE_BREAK)].map(
    (match) => from + (match.index ?? 0) + 1,
  );
  for (const at of breaks.reverse()) if (!DAY_LIST.test(sentence.slice(at, index))) return at;
  return from;
}

/**
 * "Two weeks later", "a day later", "the next day", "the following month", "the same year": how
 * far, in what unit.
 */
const AFTER_EVENT =
  /^(?:(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(day|week|month|year)s?\s+(?:later|after)|(?:the\s+)?(?:next|following|that)\s+(day|week|month|year|spring|summer|autumn|fall|winter)|the\s+(same)\s+(day|month|year))$/i;
const NUMBER_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];

/** "Thirteen years since Congress authorized it", "five years since the fire": the event's year. */
const YEARS_SINCE = new RegExp(
  `\\b(${NUMBER_WORDS.slice(2).join('|')}|\\d{1,3}) years since\\b`,
  'gi',
);

function amountOf(word: string): number {
  const lower = word.toLowerCase();
  if (lower === 'a' || lower === 'an') return 1;
  const index = NUMBER_WORDS.indexOf(lower);
  return index >= 0 ? index : Number(lower);
}

/** The date `amount` units after an ISO date, at the precision the unit allows; null when too coarse. */
function shifted(from: DateMention, amount: number, unit: string): DateMention['iso'] {
  const [year = 0, month = 1, day = 1] = (from.iso ?? '').split('-').map(Number);
  if (unit === 'year') return String(year + amount);
  // "The following spring" after December 1988 is 1989's; after "1984", 1985's.
  const season = SEASON_MONTHS[unit];
  if (season !== undefined)
    return String(from.precision !== 'year' && season > month ? year : year + 1);
  if (unit === 'month') {
    if (from.precision === 'year') return null;
    const date = new Date(Date.UTC(year, month - 1 + amount, 1));
    return isoAt(date.getUTCFullYear(), date.getUTCMonth() + 1, null);
  }
  if (from.precision !== 'day') return null;
  const date = addDays(
    new Date(Date.UTC(year, month - 1, day)),
    amount * (unit === 'week' ? 7 : 1),
  );
  return isoAt(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/**
 * Places dates told relative to an earlier event ("Two weeks later", "the next day") after the
 * last date the article resolved before them, in the same or the previous paragraph; days and
 * weeks, when that date is a year, after the last day the article told. `sentences` are in
 * reading order, article after article; their mentions are updated in place. What has no dated
 * event before it stays null.
 */
export function placeAfterEvents(
  sentences: ReadonlyArray<{ article: number; paragraph: number; dates: DateMention[] }>,
): void {
  let last: { date: DateMention; article: number; paragraph: number } | null = null;
  let lastDay: DateMention | null = null;
  for (const { article, paragraph, dates } of sentences) {
    if (last && last.article !== article) [last, lastDay] = [null, null];
    for (let i = 0; i < dates.length; i++) {
      const date = dates[i] as DateMention;
      const relative = date.iso === null ? AFTER_EVENT.exec(date.text.trim()) : null;
      if (relative) {
        // "The same year" is the year told just before.
        const amount = relative[1] ? amountOf(relative[1]) : relative[4] ? 0 : 1;
        const unit = (relative[2] ?? relative[3] ?? relative[5] ?? 'day').toLowerCase();
        const near = last && paragraph - last.paragraph <= 1 ? last.date : null;
        // "… bought the heater in 2023. | … two days later": a year told just before is no event
        // of that day; a month keeps "a week after" undated, and so does no date at all.
        const from =
          (unit === 'day' || unit === 'week') && near?.precision === 'year' && lastDay
            ? lastDay
            : near;
        // "That summer" is the season of the year told just before.
        const same = /^that\b/i.test(date.text.trim()) && unit in SEASON_MONTHS;
        const iso = !from
          ? null
          : same
            ? (from.iso?.slice(0, 4) ?? null)
            : Number.isFinite(amount)
              ? shifted(from, amount, unit)
              : null;
        if (iso) dates[i] = { ...date, iso };
      }
      const placed = dates[i] as DateMention;
      if (placed.iso) last = { date: placed, article, paragraph };
      if (placed.iso && placed.precision === 'day') lastDay = placed;
    }
  }
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/**
 * "On Wednesday, she’ll speak at the IMF": after a weekday opening its sentence, a subject of a
 * few words (none a verb in the past: "On Monday officials said they will …") and "will".
 */
const WILL_AFTER =
  /^\s*,?\s*(?:(?![\p{L}-]+ed\b|said\b|told\b|wrote\b|met\b)[\p{L}.’'-]+\s+){0,3}?(?:will|shall)\b|^\s*,?\s*[\p{L}]+[’']ll\b/iu;

/**
 * "On Monday": the most recent such day on or before publication, or the next one when the words
 * just before it speak of the future ("will vote on Monday", "next Monday") or, for a weekday
 * opening its sentence, the verb after it does (`willFollow`). "Last Thursday"
 * written on a Thursday is the week before, "next Thursday" the week after.
 */
function weekdayDate(
  weekday: number,
  context: string,
  published: Date,
  willFollow: boolean,
): string {
  const last = /\blast\s+\p{L}+$/iu.test(context);
  const next = /\bnext\s+\p{L}+$/iu.test(context);
  const back = (published.getUTCDay() - weekday + 7) % 7 || (last ? 7 : 0);
  const forward = (weekday - published.getUTCDay() + 7) % 7 || 7;
  const clause = context.slice(lastClauseBreak(context) + 1);
  // "… would mean he cleared two borders since fleeing Berlin Monday": since then is past.
  const since = /\bsince\b/i.test(clause);
  const ahead =
    !last &&
    !since &&
    (FUTURE_MARKERS.test(context) || TIMETABLE_CLAUSE.test(clause) || willFollow) &&
    (back !== 0 || next);
  const date = ahead ? addDays(published, forward) : addDays(published, -back);
  return isoAt(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/**
 * "from 11 to 13 July", "between 4 and 6 May", "from 15 July": chrono reads the figures as hours
 * of the month.
 */
const DAY_RANGE =
  /^(?:from\s+|between\s+)?(\d{1,2})(?:st|nd|rd|th)?(?:\s*(?:-|–|to|and|until)\s*\d{1,2}(?:st|nd|rd|th)?)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/** The first day of a range of days written before its month (or of a day after "from"), or null. */
function firstDayOfRange(text: string): number | null {
  const day = Number(DAY_RANGE.exec(text)?.[1] ?? Number.NaN);
  return day >= 1 && day <= 31 ? day : null;
}

/** Words before a date that make it the baseline of a comparison ("up from", "higher than"). */
const COMPARED_WITH =
  /(?:\b(?:compared|comparison|relative)\s+(?:to|with)|\b(?:up|down)\s+(?:[\d.,]+\s*(?:%|per\s?cent|points?)\s+)?(?:from|on|over)|\b(?:increase[ds]?|decrease[ds]?|rise|rose|risen|fall|fell|fallen|drop(?:ped)?|gain(?:ed)?|higher|lower|better|worse)\b[^.,;]{0,30}?\b(?:over|than))\s+$/i;

function fromChrono(
  result: chrono.ParsedResult,
  sentence: string,
  anchor: DateAnchor,
): DateMention | null {
  const start = result.start;
  const text = result.text.replace(/,\s*\d{1,2}$/, '').replace(/[\s,]+$/, '');
  const base = { text, index: result.index };
  // "24/7", "9/11", "3/4": day and month in figures without a year are an idiom, an event's
  // name or a fraction, never how an article dates something.
  if (/^\d{1,2}[/.-]\d{1,2}$/.test(text)) return null;
  // "the World of Tomorrow", "the Today programme": capitalised after a word, it is a name.
  if (
    /^(?:Today|Tomorrow|Yesterday|Tonight)\b/.test(text) &&
    /[\p{L}\d,]\s*$/u.test(sentence.slice(0, result.index))
  )
    return null;
  // "its pre-August 5 position", "post-March 2020 rules": the date names a thing, not an event.
  if (/\b(?:pre|post)-$/i.test(sentence.slice(0, result.index))) return null;
  // "an increase over last year", "down 3% compared with 2019": the date a figure is measured
  // against, not when anything happened.
  if (COMPARED_WITH.test(sentence.slice(0, result.index))) return null;
  const onCalendar = WRITTEN_MONTH.test(text);
  if (!onCalendar && start.isCertain('weekday') && !start.isCertain('day')) {
    // "sat in the window", "sun": a weekday is written with its capital.
    if (!/\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)/.test(text)) return null;
    const weekday = start.get('weekday');
    const context = sentence.slice(
      clauseBefore(sentence, result.index),
      result.index + text.length,
    );
    const willFollow =
      /^\s*(?:on\s+)?$/i.test(sentence.slice(0, result.index)) &&
      WILL_AFTER.test(sentence.slice(result.index + result.text.length));
    const iso =
      anchor.published && weekday !== null
        ? weekdayDate(weekday, context, anchor.published, willFollow)
        : null;
    return { ...base, iso, precision: 'day' };
  }
  // "The next day" in a story is the day after the event told, not after publication.
  const afterEvent =
    RELATIVE_TO_EVENT.test(text) || /\bthe\s+$/i.test(sentence.slice(0, result.index));
  if (!onCalendar && (RELATIVE_TO_NOW.test(text) || afterEvent)) {
    // "Last week" is no one day: it is known to its month (the month of the same day a week back).
    let precision: DatePrecision = /\byears?\b/i.test(text)
      ? 'year'
      : /\bmonths?\b|\b(?:this|last|next|past|coming)\s+week\b/i.test(text)
        ? 'month'
        : 'day';
    // Relative to now needs the publication date; relative to another event cannot be placed;
    // "a few years ago" is no one year.
    const vague = VAGUE_AMOUNT.test(text);
    if (!anchor.published || afterEvent || (vague && precision === 'year'))
      return { ...base, iso: null, precision };
    // "A few weeks ago", "several months ago": known to the month, or the year, at best.
    if (vague) precision = precision === 'month' ? 'year' : 'month';
    const year = start.get('year') ?? 0;
    return {
      ...base,
      iso: isoAt(
        year,
        precision === 'year' ? null : start.get('month'),
        precision === 'day' ? start.get('day') : null,
      ),
      precision,
    };
  }
  // Anything else without a written month ("now", "currently") is no date.
  if (!onCalendar || !start.isCertain('month')) return null;
  const month = start.get('month') ?? 1;
  // "the end of June", "early March": the text names a month, not a day.
  const vague = /\b(?:end|beginning|start|middle|mid|early|late)\b/i.test(text);
  const day = vague
    ? null
    : start.isCertain('day')
      ? (start.get('day') ?? 1)
      : firstDayOfRange(text);
  const precision: DatePrecision = day === null ? 'month' : 'day';
  // "June 3, 12 more boats": chrono reads "14" as a year; only a written four-digit year counts.
  const yearWritten = start.isCertain('year') && /\b\d{4}\b/.test(result.text);
  const inferred = yearWritten
    ? start.get('year')
    : inferYear(
        month,
        day ?? 1,
        sentence.slice(0, result.index),
        sentence.slice(result.index + result.text.length),
        anchor,
      );
  // "Monday, Dec. 14" in a story of December 2016 is December 14, 2015: the weekday says which.
  const weekday = WEEKDAY_NAMED.exec(result.text)?.[1]?.toLowerCase();
  const year =
    !yearWritten && inferred !== null && day !== null && weekday
      ? yearOfWeekday(inferred, month, day, WEEKDAYS.indexOf(weekday.slice(0, 3)))
      : inferred;
  return { ...base, iso: year === null ? null : isoAt(year, month, day), precision };
}

/** An amount of time not counted: "a few weeks ago", "several months ago". */
const VAGUE_AMOUNT = /\b(?:few|several|some|couple|many)\b/i;

/**
 * "this weekend", "over the weekend", "last weekend", "next weekend": chrono leaves them alone.
 * ("Fees for the weekend" is an event's own weekend: not dated.)
 */
const WEEKEND = /\b(this|last|past|next|coming|over the)\s+weekend\b/gi;

/**
 * The month of the weekend meant, as an ISO month: like "this week", it is known to the month, not
 * claimed to a day. "This", "over the", "last" and "past" weekend is the latest begun by publication
 * ("last" written on a weekend, the one before); "next" and "coming" the first after it.
 */
function weekendMonth(when: string, published: Date): string {
  const day = published.getUTCDay();
  const sinceSaturday = (day + 1) % 7;
  const back = when === 'last' && sinceSaturday <= 1 ? sinceSaturday + 7 : sinceSaturday;
  const offset = when === 'next' || when === 'coming' ? (6 - day + 7) % 7 || 7 : -back;
  const saturday = new Date(published.getTime() + offset * DAY_MS);
  return isoAt(saturday.getUTCFullYear(), saturday.getUTCMonth() + 1, null);
}

/**
 * "in the past six months", "over the past year", "in the last 50 years": a period reaching back
 * from the time of writing, dated by its start (not "the last year of his term").
 */
const PAST_PERIOD =
  /\b(?:in|over|during|for|within|throughout) the (?:past|last) (?:(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3}) )?(month|year|decade)s?\b(?!\s+of\b)/gi;

/** The start of a period of `amount` units reaching back from publication, at the unit's precision. */
function periodStart(amount: number, unit: string, published: Date): string {
  const year = published.getUTCFullYear();
  if (unit === 'year') return String(year - amount);
  if (unit === 'decade') return String(year - 10 * amount);
  const months = year * 12 + published.getUTCMonth() - amount;
  return isoAt(Math.floor(months / 12), (months % 12) + 1, null);
}

/** "by the end of the year", "at the start of next month": chrono leaves most alone. */
const PERIOD_EDGE = /\b(end|close|beginning|start) of (the|this|next|last) (year|month)\b/gi;

/**
 * The month an edge of a period falls in, relative to publication: "the end of the year" is this
 * December, "the start of next month" the month after publication's.
 */
function periodEdgeMonth(edge: string, which: string, unit: string, published: Date): string {
  const step = which === 'next' ? 1 : which === 'last' ? -1 : 0;
  const year = published.getUTCFullYear();
  if (unit === 'year') return isoAt(year + step, /^(?:end|close)$/.test(edge) ? 12 : 1, null);
  const month = new Date(Date.UTC(year, published.getUTCMonth() + step, 1));
  return isoAt(month.getUTCFullYear(), month.getUTCMonth() + 1, null);
}

/** A weekday named with a date ("Monday, Dec. 14"). */
const WEEKDAY_NAMED = /\b(sun|mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?)(?:day)?\b/i;
/** A weekday alone, as chrono reads it ("Tuesday", "on Friday"). */
const LONE_WEEKDAY = /^(?:on\s+)?(?:sun|mon|tues|wednes|thurs|fri|satur)day$/i;
/** Weekdays by their first three letters, as `getUTCDay` numbers them. */
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/**
 * Of the year inferred and the years either side, the nearest on which the day falls on the named
 * weekday; the year inferred when none does (a misprint is not corrected).
 */
function yearOfWeekday(year: number, month: number, day: number, weekday: number): number {
  for (const candidate of [year, year - 1, year + 1])
    if (new Date(Date.UTC(candidate, month - 1, day)).getUTCDay() === weekday) return candidate;
  return year;
}

/**
 * Finds the date expressions of one sentence with chrono-node, plus the bare years and month
 * names chrono leaves alone, and resolves each to an ISO date at the precision the text gives.
 * A date the anchor cannot place keeps `iso: null`: no silent guesses.
 */
export function findDates(sentence: string, anchor: DateAnchor): DateMention[] {
  if (!MIGHT_HOLD_A_DATE.test(sentence)) return [];
  const reference = anchor.published ?? new Date(Date.UTC(anchor.fallbackYear ?? 2000, 6, 1));
  const mentions: DateMention[] = [];
  for (const match of anchor.published ? sentence.matchAll(PERIOD_EDGE) : []) {
    if (!anchor.published) continue;
    const [edge, which, unit] = [match[1], match[2], match[3]].map((w) => (w ?? '').toLowerCase());
    const iso = periodEdgeMonth(edge ?? '', which ?? '', unit ?? '', anchor.published);
    mentions.push({ text: match[0], index: match.index ?? 0, iso, precision: 'month' });
  }
  // Before chrono, which reads the "Sunday" of "Easter Sunday" as this week's.
  for (const match of sentence.matchAll(HOLIDAY)) {
    const name = match[1] ?? '';
    const index = match.index ?? 0;
    if (overlaps(mentions, index, name.length)) continue;
    // "Christmas lights", "a Halloween costume" (or "Christmas-tree-style"): a thing, not a day.
    const next = /^\s+(\p{Ll}+)/u.exec(sentence.slice(index + name.length))?.[1];
    if (next !== undefined && !STOP_WORDS.has(next) && !HOLIDAY_TIMES.has(next)) continue;
    // The year as for a month and day ("on Christmas Eve" written in January is last year's),
    // from the holiday's day in the year of writing; then that year's holiday.
    const around = holidayDay(name, anchor.published?.getUTCFullYear() ?? 2000);
    const after = sentence.slice(index + name.length);
    // "Christmas 2015": the year written after the holiday is its year.
    const written = /^,?\s+(1[89]\d{2}|20\d{2})\b/.exec(after)?.[1];
    const year = written
      ? Number(written)
      : inferYear(around.month, around.day, sentence.slice(0, index), after, anchor);
    let iso: string | null = null;
    if (year !== null) {
      const { month, day } = holidayDay(name, year);
      iso = isoAt(year, month, day);
    }
    mentions.push({ text: name, index, iso, precision: 'day' });
  }
  for (const result of chrono.parse(
    sentence.replace(PART_OF_DAY, (part) => ' '.repeat(part.length)),
    { instant: reference, timezone: 'UTC' },
    { forwardDate: false },
  )) {
    const mention = fromChrono(result, sentence, anchor);
    if (mention && !overlaps(mentions, mention.index, mention.text.length)) mentions.push(mention);
  }
  for (const match of sentence.matchAll(BARE_MONTH)) {
    const name = match[1] ?? '';
    const index = (match.index ?? 0) + match[0].length - name.length;
    if (overlaps(mentions, index, name.length)) continue;
    const month = MONTH_NAMES.indexOf(name.toLowerCase()) + 1;
    const year = inferYear(
      month,
      1,
      sentence.slice(0, index),
      sentence.slice(index + name.length),
      anchor,
    );
    mentions.push({
      text: name,
      index,
      iso: year === null ? null : isoAt(year, month, null),
      precision: 'month',
    });
  }
  for (const match of sentence.matchAll(FOLLOWING)) {
    const index = match.index ?? 0;
    if (overlaps(mentions, index, match[0].length)) continue;
    const unit = (match[1] ?? match[2] ?? match[3])?.toLowerCase() ?? 'day';
    const precision: DatePrecision = unit === 'year' ? 'year' : unit === 'month' ? 'month' : 'day';
    mentions.push({ text: match[0], index, iso: null, precision });
  }
  for (const match of sentence.matchAll(SEASON)) {
    const index = match.index ?? 0;
    if (overlaps(mentions, index, match[0].length)) continue;
    const when = (match[1] ?? '').toLowerCase();
    const season = (match[2] ?? '').toLowerCase();
    // Relative to now, or (iso null) to the event told before: placed by `placeAfterEvents`.
    // "since the spring" reaches back to the latest spring begun, as "last spring" does.
    const iso = /^(?:last|next|this)$/.test(when)
      ? seasonYear(when, season, anchor.published)
      : when === 'since the'
        ? seasonYear('last', season, anchor.published)
        : null;
    mentions.push({ text: match[0], index, iso, precision: 'year' });
  }
  for (const match of anchor.published ? sentence.matchAll(WEEKEND) : []) {
    const index = match.index ?? 0;
    if (overlaps(mentions, index, match[0].length) || !anchor.published) continue;
    const iso = weekendMonth((match[1] ?? '').toLowerCase(), anchor.published);
    mentions.push({ text: match[0], index, iso, precision: 'month' });
  }
  for (const match of anchor.published ? sentence.matchAll(PAST_PERIOD) : []) {
    const index = match.index ?? 0;
    if (!anchor.published) continue;
    // chrono reads "past six months" but leaves it undated: the period's start dates it.
    const undated = mentions.findIndex(
      (m) => m.iso === null && m.index < index + match[0].length && index < m.index + m.text.length,
    );
    if (undated < 0 && overlaps(mentions, index, match[0].length)) continue;
    const unit = (match[2] ?? '').toLowerCase();
    const iso = periodStart(match[1] ? amountOf(match[1]) : 1, unit, anchor.published);
    const mention: DateMention = {
      text: match[0],
      index,
      iso,
      precision: unit === 'month' ? 'month' : 'year',
    };
    if (undated >= 0) mentions.splice(undated, 1, mention);
    else mentions.push(mention);
  }
  for (const match of anchor.published ? sentence.matchAll(YEARS_SINCE) : []) {
    const index = match.index ?? 0;
    if (!anchor.published || overlaps(mentions, index, match[0].length)) continue;
    const iso = String(anchor.published.getUTCFullYear() - amountOf(match[1] ?? ''));
    mentions.push({ text: match[0], index, iso, precision: 'year' });
  }
  for (const match of [...sentence.matchAll(BARE_YEAR), ...sentence.matchAll(EARLY_YEAR)]) {
    const index = match.index ?? 0;
    if (overlaps(mentions, index, 4) || COMPARED_WITH.test(sentence.slice(0, index))) continue;
    if (inTitle(sentence.slice(0, index))) continue;
    mentions.push({ text: match[1] ?? '', index, iso: match[1] ?? null, precision: 'year' });
  }
  // "at Celebration Orlando this April": this year's April, whether before or after writing.
  for (const mention of mentions) {
    const month = MONTH_NAMES.indexOf(mention.text.toLowerCase()) + 1;
    if (month > 0 && anchor.published && /\bthis\s+$/i.test(sentence.slice(0, mention.index)))
      mention.iso = isoAt(anchor.published.getUTCFullYear(), month, null);
  }
  // "March last year" is one date: its "last year" is not another.
  const months = mentions.filter((m) => m.precision !== 'year');
  // "On a chilly Tuesday in December 1999": the weekday is one of that month's, not this week's.
  const written = mentions.filter((m) => /\b\d{4}\b/.test(m.text));
  return mentions
    .filter(
      (m) =>
        !(
          m.precision === 'year' &&
          /^(?:last|this|next) year$/i.test(m.text) &&
          months.some(
            (month) =>
              month.index < m.index &&
              /^\s*(?:of\s+)?$/i.test(sentence.slice(month.index + month.text.length, m.index)),
          )
        ) &&
        !(
          LONE_WEEKDAY.test(m.text) &&
          written.some((date) =>
            /^\s*(?:in|of|,)\s*$/i.test(sentence.slice(m.index + m.text.length, date.index)),
          )
        ),
    )
    .sort((a, b) => a.index - b.index);
}

/** Two capitalised words just before: "Blade Runner 2049", a title, not the calendar's year. */
const TWO_NAME_WORDS = /(?:^|[^\p{L}])(\p{Lu}[\p{L}'’.-]*)\s+(\p{Lu}[\p{L}'’.-]*)\s+$/u;
/**
 * Words other than month and weekday names (`CALENDAR_WORDS`) a year follows as a date ("In
 * 2019", "Since Christmas 2016", "Fiscal Year 2023").
 */
const DATE_LEAD_WORDS = new Set(
  (
    'in by since until till from through for before after during of on at early late mid spring ' +
    'summer autumn fall winter christmas easter eve day new year years fiscal fy quarter season ' +
    'term semester class'
  ).split(' '),
);

/** True when a capitalised word before a year makes it a date ("March", "In", "Q3"). */
function calendarWord(word: string): boolean {
  const folded = foldCase(word).replace(/\.$/, '');
  return CALENDAR_WORDS.has(folded) || DATE_LEAD_WORDS.has(folded) || /^q[1-4]$/.test(folded);
}

/** True when a year follows a title of two capitalised words (see `TWO_NAME_WORDS`). */
function inTitle(before: string): boolean {
  const words = TWO_NAME_WORDS.exec(before);
  // "André Aciman’s 2007 novel": a possessive owns what the year dates.
  if (words === null || /['’]s$/.test(words[2] ?? '')) return false;
  return !words.slice(1).some((word) => calendarWord(word ?? ''));
}

/** Explicit years a text states (for anchoring year-less dates when no publication date is known). */
export function explicitYears(text: string): number[] {
  return [...text.matchAll(BARE_YEAR)].map((match) => Number(match[1]));
}

/** What any match of WRITTEN_MONTH holds, word boundaries aside: a cheap test before chrono. */
const MONTH_OR_FIGURES = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d[/.-]\d/i;

/** The latest date with day, month and year all written out, e.g. "March 13, 2025"; null if none. */
export function latestFullDate(sentences: readonly string[]): Date | null {
  let latest: Date | null = null;
  const reference = new Date(Date.UTC(2000, 0, 1));
  for (const sentence of sentences) {
    // A full date writes four digits and a month, by name or figure: chrono only where both may be.
    if (!/\d{4}/.test(sentence) || !MONTH_OR_FIGURES.test(sentence)) continue;
    for (const result of chrono.parse(sentence, { instant: reference, timezone: 'UTC' })) {
      const start = result.start;
      if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day'))
        continue;
      // "last week", "now" are certain only against the reference: a full date writes its year.
      if (!/\b\d{4}\b/.test(result.text) || !WRITTEN_MONTH.test(result.text)) continue;
      const date = new Date(
        Date.UTC(start.get('year') ?? 0, (start.get('month') ?? 1) - 1, start.get('day') ?? 1),
      );
      if (!latest || date > latest) latest = date;
    }
  }
  return latest;
}
