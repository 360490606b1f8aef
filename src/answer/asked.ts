import { escapeRegExp } from './features.ts';

/**
 * What kind of answer a question asks for, read from its words ("How old …?", "What share …?",
 * "Where is X headquartered?", "Who said …?"), and how a passage shows it has one: the tests the
 * engine filters and ranks passages by.
 */

/**
 * A person's age: "63-year-old", "28-yr-old", "seven-month-old", "aged 63", "At 49, she …", "at the
 * age of 86", "Tulley, 63,", "12 years old", "born in 1950".
 */
export const PERSON_AGE =
  /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](?:year|yr|month|week|day)s?[- ]old\b|\baged? \d+|\b[Aa]t \d{1,3},\s+(?:he|she)\b|\bage of \d+|\b\p{L}+,\s+\d{1,3},|\b\d+ (?:years?|months?|decades?) old\b|\bborn (?:in )?(?:\d{4}|\p{Lu}\p{Ll}+ \d{4})\b/u;

/**
 * An age, a person's or a thing's: also "built in 1998", "since 2011", "dates from around 1490",
 * "200 years ago".
 */
export const AGE =
  /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](?:year|yr|month|week|day)s?[- ]old\b|\baged? \d+|\b[Aa]t \d{1,3},\s+(?:he|she)\b|\bage of \d+|\b\p{L}+,\s+\d{1,3},|\b\d+ (?:years?|months?|decades?|centuries) (?:old|ago)\b|\b(?:built|made|founded|opened|established|born|since|dates? (?:back )?(?:from|to)) (?:in )?(?:(?:around|about|circa|roughly|c\.) )?(?:(?:the )?\d{4}s?|\p{Lu}\p{Ll}+ \d{4})\b/u;

/** The names as one alternation for a pattern (longest first, so that a full name wins). */
function anyOf(names: readonly string[]): string {
  return names.length === 0 ? '(?!)' : `(?:${names.map(escapeRegExp).join('|')})`;
}

/**
 * Whether an age stands by one of the names ("52-year-old Grace", "Grace Mugabe, 52,"): "How old
 * is Grace?" is answered there, not by the age of the husband named beside her.
 */
export function ageBy(names: readonly string[]): RegExp {
  const n = anyOf(names);
  return new RegExp(
    `\\b\\d{1,3}-year-old (?:[\\p{L}-]+ ){0,3}${n}\\b|\\b${n}(?: \\p{Lu}[\\p{L}'’-]+)?, (?:aged )?\\d{1,3},`,
    'u',
  );
}

/**
 * Whether a role asked about is held in one of the names ("Sudan’s president, Omar Hassan
 * al-Bashir", "the president of Sudan"): "Who is the president of Sudan?" is answered there, not
 * by "President Bill Clinton … against Sudan".
 */
export function roleBy(names: readonly string[], roles: readonly string[]): RegExp {
  const n = anyOf(names);
  const role = anyOf(roles);
  return new RegExp(
    `\\b${n}['’]s? (?:[\\p{L}-]+ ){0,2}${role}|\\b${role}\\p{L}* (?:of|at|for) (?:the )?${n}\\b`,
    'iu',
  );
}

/** A question asking why something did not or cannot happen. */
export const NEGATED_QUESTION = /n['’]t\b|\b(?:not|never|cannot|no longer)\b/i;
/** A passage saying something did not or cannot happen. */
export const NEGATION = /n['’]t\b|\b(?:not|never|cannot|no longer|refused|failed)\b/i;

/** "What share / proportion / percentage of …?": asks for a part of a whole. */
export const SHARE_QUESTION = /\bwhat (?:share|proportion|percentage|fraction|portion|part)\b/i;
/** The question word a share answers. */
export const SHARE_WORD = /^(?:share|proportion|percentage|fraction|portion|part)$/;
/** A part of a whole: "15 percent", "12%", "a third", "two-thirds", "half". */
const SHARE =
  /\d(?:[\d.,]*\d)?\s?(?:%|per ?cent\b)|\b(?:half|a (?:third|quarter|fifth|tenth)|(?:one|two|three)[- ](?:thirds?|quarters?|fifths?|tenths?))\b/i;

/** True when a text gives a share of a whole. */
export function givesShare(text: string): boolean {
  return SHARE.test(text);
}

/** "When did the reporter try the headset?", "How long has the author been emailing?" */
export const NARRATOR_WORD = /^(?:author|writer|reporter|reviewer|columnist|narrator)$/;
/** "I tried the headset", "my glasses": the article's own writer speaking. */
const FIRST_PERSON = /(?<![\p{L}\p{N}.])(?:I|[Mm]y|[Mm]e|[Mm]yself)(?![\p{L}\p{N}.])/u;

/** True when a text is told by its writer, in the first person (the narrator a question names). */
export function toldFirstHand(text: string): boolean {
  return FIRST_PERSON.test(text);
}

/** "Who said / told / wrote …?": asks who spoke the words. */
export const SPEAKER_QUESTION =
  /\bwho (?:said|says|told|tells|wrote|writes|warned|warns|argued|argues|claimed|claims|insisted|stated|added|called|described|posted|tweeted)\b/i;

/**
 * "Where is X headquartered / based?", "Where is its head office?", "Where does X work / teach?":
 * one question in many words.
 */
export const SEAT_QUESTION =
  /\b(?:headquarter(?:s|ed)?|head[- ]?offices?|HQ|based)\b|\bwhere (?:does|did|do) .{1,60}\b(?:work|teach)\b/i;
/** The words a seat is told in ("the Quellbridge-based group", "its headquarters in …"). */
export const SEAT_WORDS = [
  'headquarters',
  'headquartered',
  'base',
  'head',
  'office',
  'offices',
  'hq',
];
/** The one question word they stand for: a word that frames the question (see `isFrameWord`). */
export const SEAT = 'based';

/**
 * A seat question's words as one ("head office" is not two things asked), when it asks one;
 * "Where does X work?" asks X's seat in its verb ("teach" is kept: "teaching" may be written).
 */
export function seatAsOne(terms: readonly string[], seat: boolean): string[] {
  const asked = (term: string) => term === SEAT || term === 'work' || SEAT_WORDS.includes(term);
  if (!seat || !terms.some(asked)) return [...terms];
  return [...terms.filter((term) => !asked(term)), SEAT];
}

/** Degrees written after a name: "Brian Coombes, PhD, of McMaster University". */
const DEGREES = String.raw`(?:, (?:Ph\.? ?D|M\.? ?D|MPH|RN|DVM|MBA|JD|MSc|DPhil)\.?)*`;

/**
 * Whether a place is told as the seat of one of the names ("Harlow, which is headquartered in
 * Wrenford", "Brannock's, the Quellbridge-based group", "Pellorin's head office in Farrowgate"),
 * or a person's place of work ("Brian Coombes, PhD, of McMaster University in Ontario", "Kroll,
 * who works at Harlow", "Robert Godby, director of the Center for Energy at the University of
 * Wyoming"), not of a firm named beside it ("roles at Fairhollow's head office in
 * Tarnmouth").
 */
export function seatBy(names: readonly string[], person: boolean): RegExp {
  const n = anyOf(names);
  // Only a person is "director of the Center …", or "of" / "from" a body ("the Cowboys from H.R.
  // Bright" is no seat): "Whole Foods, surrounded by Amazon's …" is not.
  const work = person
    ? `|\\b${n}${DEGREES},? (?:(?:who |which )?(?:works|worked|teaches|taught|studies|studied) (?:at|for|in) |(?:of|at|from) )(?:the )?\\p{Lu}|\\b${n}${DEGREES}, (?:(?:an?|the) )?(?:[\\p{Ll}-]+ ){1,4}(?:of|at|with) (?:the )?\\p{Lu}`
    : // "Vizio Inc. of Irvine", "Harlow Bank of Carrowby": a firm written with the town it is from.
      `|\\b${n}\\.?,? of (?!the\\b)\\p{Lu}`;
  return new RegExp(
    `\\b${n}(?:['’]s?)?,? (?:(?:which|that) (?:is|are|was|has been) |is |are |(?:an?|the|its) )?(?:[\\p{L}-]+ ){0,3}(?:\\p{Lu}\\p{L}+-based|(?:headquartered|based|head[- ]offices?|headquarters|HQ) (?:is |are )?(?:in|at|near|outside) (?:the )?\\p{Lu})${work}`,
    'u',
  );
}

/** "How old is she?", "What age is he?", "What is her age?": only an age answers. */
export const AGE_QUESTION = /\bhow old\b|\bwhat age\b|\b(?:his|her|their|its|['’]s) age\b/i;

/** A figure as digits or words, before a unit ("8.4 pounds", "eight feet", "a 300-pound cover"). */
const FIGURE = String.raw`(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|hundred|a few|several)[\s-]+`;

/** A kind of measure a question asks for, the question word it is asked by, and how a passage gives it. */
export interface Measure {
  /** The question asks this measure. */
  asked: RegExp;
  /** A question word that a passage giving the measure meets ("heavy", "weigh"). */
  word: RegExp | null;
  /** A passage gives the measure. */
  gives: RegExp;
  /** `gives` as a test of a passage's text, made once (see `SentenceTests`). */
  given: (text: string) => boolean;
}

/**
 * "How heavy …?" / "How much does it weigh?", "How tall …?", "How far away …?", "How often …?":
 * only a weight, a height, a distance or a frequency answers. ("How far has the price dropped?"
 * asks a share, and "How fast did the economy grow?" a rate: neither is read as a measure.)
 */
const MEASURE_PATTERNS: ReadonlyArray<Omit<Measure, 'given'>> = [
  {
    asked: /\bhow heavy\b|\bweigh(?:s|ed)?\b|\bwhat (?:is|was) (?:the |its |his |her )?weight\b/i,
    word: /^(?:heavy|weigh|weighs|weighed|weight)$/,
    gives: new RegExp(
      `${FIGURE}(?:(?:metric |short )?tons?|tonnes?|pounds?|lbs?|kilo(?:gram)?s?|kg|grams?|ounces?|oz)\\b`,
      'i',
    ),
  },
  {
    asked: /\bhow (?:tall|far away|far (?:is|are|was|were)\b.*\bfrom)\b/i,
    word: null,
    gives: new RegExp(
      `${FIGURE}(?:miles?|kilomet(?:er|re)s?|km|met(?:er|re)s?|feet|foot|ft|inch(?:es)?|yards?|centimet(?:er|re)s?|cm|stor(?:ey|y|ies|eys))\\b`,
      'i',
    ),
  },
  {
    asked: /\bhow often\b|\bhow many times a\b/i,
    word: null,
    gives:
      /\b(?:once|twice|\w+ times)\b|\b(?:a|an|per|each|every) (?:\w+ )?(?:day|week|fortnight|month|year|hour|minute|morning|night|season)s?\b|\b(?:daily|weekly|fortnightly|monthly|annually|yearly|hourly|nightly)\b/i,
  },
];

/** The measures with their tests. */
const MEASURES: readonly Measure[] = MEASURE_PATTERNS.map((measure) => ({
  ...measure,
  given: (text: string) => measure.gives.test(text),
}));

/** The measure a question asks for, if any. */
export function measureAsked(query: string): Measure | null {
  return MEASURES.find((measure) => measure.asked.test(query)) ?? null;
}
