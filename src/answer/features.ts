import type { DateMention } from '../extract/dates.ts';
import { isPlaceNoun } from '../extract/wordnet.ts';
import { STOP_WORDS } from '../extract/words.ts';

/** Words that say a cause or a purpose outright: the sentences that answer "why". */
const CAUSE_MARKERS =
  /\b(?:because|due to|as part of|(?:an? )?(?:effort|bid|attempt|push|move|plan|aim|drive) to|owing to|on account of|by virtue of|thanks to|as a result|in response to|in order to|so as to|aimed at|so that|(?:led|leading|forced|forcing|prompted|prompting|caused|causing|pushed|drove) (?:[\p{L}'’-]+ ){0,3}to|prompt(?:ed|ing)?|caus(?:e|ed|ing)|reason|given that|in an attempt to|seeking to|to (?:avoid|prevent|ensure|save|stop|protect|help|allow)|driven by|motivated by|in protest|for fear|triggered)\b/iu;
/** Words that often, not always, introduce a cause ("after", "since" may only give the time). */
const WEAK_CAUSE_MARKERS = /\b(?:as (?:it|they|this|that) |why|since|after|following|amid)\b/i;
/** "in the north of …", "at the head of the valley": where something lies, named or not. */
const PLACE_PHRASE = String.raw`\b(?:in|at|near|on|along|off)\s+the\s+(?:[\p{Ll}'’-]+\s+){0,2}(?:valley|coast|river|bank|banks|border|outskirts|edge|centre|center|north|south|east|west|heart|mouth|head|foot|shore|hills?|mountains?|estuary|harbour|island|suburbs?|countryside)\b`;
/** The AP abbreviations of US states, written after a name or a town ("Rep. Steny H. Hoyer, Md."). */
const STATE_ABBREVIATION = String.raw`(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Vt|Va|Wash|W\.Va|Wis|Wyo)\.`;

/**
 * A US legislator's party and state after the name ("Jason Chaffetz, R-Utah,", "(D-N.Y.)"), or a
 * state's abbreviation set off by a comma ("Rep. Steny H. Hoyer, Md., the second ranking …").
 */
export const PARTY_STATE = new RegExp(
  String.raw`(?<=[\s(,])[DRI]-\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?(?=[),])|(?<=, )${STATE_ABBREVIATION}(?=[,;)]|\s|$)`,
  'u',
);

/** A month or a weekday: "on 4 March" dates, it does not place. */
const CALENDAR_NAME = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\.?(?![\p{L}'’])`;

/** How strongly a place phrase without a named place ("in the north") says where. */
export const PLACE_MARKER_SCORE = 0.6;

/**
 * Words that place something at a particular place: a preposition of place before a name, a few
 * words apart at most ("in the village of Dunmore Bay", "on the city's Marina Parade"), a seat
 * ("headquarters", "Kingsport-based") or a place phrase.
 */
const NAMED_PLACE = String.raw`\b(?:in|at|near|outside|inside|across|from|to|on|into|onto|off|around|towards?|between|within|throughout|beyond|along|held in|based in|(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west) of)\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\p{Ll}\p{N}'’-]+\s+){0,4}?(?!${CALENDAR_NAME})\p{Ll}?\p{Lu}|\bheadquarters\b|\b\p{Lu}[\p{L}.]*-based\b|${PLACE_PHRASE}`;
/** Places that are no particular place ("anywhere", "online", "around the world"). */
const VAGUE_PLACE = String.raw`\b(?:abroad|overseas|at home|nearby|offshore|somewhere|elsewhere|everywhere|anywhere|online|on (?:the )?(?:internet|web)|on social media|worldwide|nationwide|(?:around|across|all over) the (?:world|globe|country|nation|region))\b`;
const PLACE_MARKERS = new RegExp(`${NAMED_PLACE}|${VAGUE_PLACE}`, 'u');
const SEAT_MARKERS = new RegExp(NAMED_PLACE, 'u');

/** How strongly a thing one can be in or on ("in a small office") says where: less than a name. */
const PLACE_NOUN_SCORE = 0.3;

/** A preposition of place and the words of the noun phrase after it ("in the roof space"). */
const PLACE_NOUN_PHRASE =
  /\b(?:in|at|on|inside|outside|under|beneath|behind|near|above|below|beside|into|onto|across|along|around|atop)\s+(?:(?:the|a|an|its|their|his|her|our|my|this|that|these|those)\s+)?((?:[\p{Ll}'’-]+\s+){0,3}[\p{Ll}'’-]+)/gu;

/** A description that says where a thing is: "a market town at the head of the valley", "in the north of Fife" — not "spoken to Brennick". */
const SITUATES = new RegExp(
  String.raw`\b(?:in|at|near|outside|on|off|along|beside|above|below|north|south|east|west)\s+(?:(?:the|a|an|its)\s+)?(?:[\p{Ll}\p{N}'’-]+\s+){0,4}?\p{Lu}|${PLACE_PHRASE}|\b(?:town|city|village|port|district|region|suburb|county|province|island)\b`,
  'u',
);

/** True when a description places what it describes (see SITUATES). */
export function situates(description: string): boolean {
  return SITUATES.test(description);
}

/** A text as a literal inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** How strongly a sentence gives a cause or purpose (0–1): an outright marker, or a weak one. */
export function causeScore(text: string): number {
  if (CAUSE_MARKERS.test(text)) return 1;
  return WEAK_CAUSE_MARKERS.test(text) ? 0.5 : 0;
}

/** The capital of a sentence's first word, when the word goes on in lower case ("At", not "UN"). */
const SENTENCE_OPENING = /^\P{L}*\p{Lu}(?=\p{Ll})/u;

/**
 * How strongly a sentence places its subject (0–1): a place name, or a preposition of place before
 * a name; for a body's seat (`seat`), only a particular place.
 */
export function placeScore(text: string, placeEntities: number, seat = false): number {
  if (placeEntities > 0 || PARTY_STATE.test(text)) return 1;
  // "At his Scottish castle, Skibo, …": a preposition opening the sentence has its capital.
  const opening = text.replace(SENTENCE_OPENING, (letter) => letter.toLowerCase());
  if ((seat ? SEAT_MARKERS : PLACE_MARKERS).test(opening)) return PLACE_MARKER_SCORE;
  // "Where is Vidyard headquartered?": "share videos from anywhere", "on its platform" tell where
  // something happens or stands, not where a body is based.
  if (seat) return 0;
  // "in a small office on the first floor", "under a table": a thing or a place, not named.
  for (const match of opening.matchAll(PLACE_NOUN_PHRASE)) {
    for (const word of (match[1] ?? '').split(/\s+/)) {
      // The noun phrase ends at the next small word ("in time for the office party").
      if (STOP_WORDS.has(word)) break;
      if (word.length >= 3 && isPlaceNoun(word)) return PLACE_NOUN_SCORE;
    }
  }
  return 0;
}

/** "works for a consulting firm", "employed by the council": where someone works, told by employer. */
export const EMPLOYER =
  /\b(?:works?|worked|working)\s+(?:for|at)\s|\bemployed\s+(?:by|at)\s|\bjob\s+(?:at|with)\s/i;

/**
 * Patterns that define a name, each with how strongly it defines and a word of the name that a
 * sentence must hold for the pattern to match (tested first: far cheaper than the pattern);
 * compiled once per question.
 */
export type DefinitionPatterns = Array<[RegExp, number, NameWord]>;

/** A word as lower and upper case, for a case-blind substring test a case-blind pattern implies. */
interface NameWord {
  lower: string;
  upper: string;
}

/** The name's first word (up to a space or an apostrophe), which every pattern for it holds as written. */
function firstWord(name: string): NameWord {
  const word = name.split(/[\s'’]/)[0] ?? '';
  return { lower: word.toLowerCase(), upper: word.toUpperCase() };
}

/** The definition patterns for the names a subject goes by ("X is a …", "X, a …", "so-called X", …). */
export function definitionPatterns(names: readonly string[]): DefinitionPatterns {
  return names.filter(Boolean).flatMap((name): DefinitionPatterns => {
    // "owners' test" asked, "owners’ test" written.
    const n = escapeRegExp(name).replace(/['’]/g, "['’]").replace(/\s+/g, '\\s+');
    const word = firstWord(name);
    const patterns: Array<[RegExp, number]> = [
      [
        new RegExp(
          `(?:so-called|known as|called|named|dubbed|termed)\\s+(?:the\\s+)?[“"‘]?${n}`,
          'i',
        ),
        1,
      ],
      // Not a name inside another's phrase: "the case of cocaine cut with Levamisole is one of the
      // reasons …" says what the case is.
      [
        new RegExp(
          `(?<!\\b(?:with|of|in|for|to|from|by|on|at|about|against|into)\\s+)${n}['’]?s?\\s+(?:is|are|was|were)\\s+(?:a|an|the|one)\\b`,
          'i',
        ),
        1,
      ],
      // "Levamisole is commonly used on animals": what it is for.
      [
        new RegExp(
          `(?<!\\b(?:with|of|in|for|to|from|by|on|at|about|against|into)\\s+)\\b${n}s?\\s+(?:is|are)\\s+(?:(?:commonly|widely|mostly|mainly|primarily|often|typically|usually|normally)\\s+)?used\\s+(?:on|for|in|as|to|by)\\b`,
          'i',
        ),
        0.8,
      ],
      // "our specific instance of “The Great Big Lie” is about criticism": what it is about.
      [new RegExp(`${n}[”"’]?\\s+(?:is|are|was|were)\\s+(?:all\\s+)?about\\b`, 'i'), 0.8],
      // "Endorphins are feel-good chemicals …": a plural defined without an article, opening its
      // sentence — not "are released …", "are not …" or "are likely to …".
      [
        new RegExp(
          `^(?:the\\s+)?${n}s?\\s+are\\s+(?!(?:not|also|still|now|often|being|likely|able|set|due|going|about|expected|thought|believed|said|known|used|made|found)\\b)\\p{L}[\\p{L}-]*(?<!ed|ing)\\s`,
          'iu',
        ),
        0.9,
      ],
      // Not a name spoken to in a quotation: "“… told, Chris, the same thing every day”".
      [
        new RegExp(
          `(?<![“"][^”"]*,\\s*)${n},\\s+(?:a|an|the|one of|\\p{Lu}[\\p{L}.-]*['’]s)\\s`,
          'iu',
        ),
        0.9,
      ],
      // "Name (a group of …)" defines; "Name (RHA)" only gives its initials.
      [new RegExp(`${n}\\s*\\((?!\\p{Lu}{2,6}\\))`, 'iu'), 0.7],
      [new RegExp(`${n}[”"’]?\\s+[—–]\\s+`, 'i'), 0.8],
      // "Android apps are packaged as APKs, which are ZIP files …": the plural too.
      [new RegExp(`${n}(?:s|es)?,\\s+(?:which|who)\\b`, 'i'), 0.8],
      // "The society, founded in 1891, provides pensions …": what it does, said of it as subject.
      [
        new RegExp(
          `^(?:the\\s+)?${n}(?:,[^,]{1,80},)?\\s+(?:provides|offers|runs|operates|owns|represents|serves|employs|manages|makes|sells|builds|oversees|regulates|checks|gives|allows|lets|covers|protects|supports|funds)\\b`,
          'i',
        ),
        0.7,
      ],
      [new RegExp(`\\(${n}\\)`, 'i'), 0.5],
      [
        new RegExp(
          `${n}\\b[^.;]{0,80}\\b(?:is|was|are|were)\\s+(?:(?:widely|best|now|also|often)\\s+)?(?:renowned|known|regarded|considered|described|seen|recogni[sz]ed|famed|celebrated)\\b[^.;]{0,40}\\bas\\b`,
          'i',
        ),
        1,
      ],
    ];
    return patterns.map(([pattern, value]) => [pattern, value, word]);
  });
}

/** Patterns that describe a thing by its kind ("a plan by the company to …", "the certification — a system of …"). */
export function headDefinitionPatterns(head: string): DefinitionPatterns {
  if (head.length < 3) return [];
  const h = escapeRegExp(head);
  const word = firstWord(head);
  const patterns: Array<[RegExp, number]> = [
    [
      new RegExp(
        `\\b(?:a|an|the|its|their)\\s+(?:[\\p{L}-]+\\s+){0,2}${h}\\s+(?:by\\s+[^,.;]{1,40}?\\s+)?to\\s+\\p{Ll}`,
        'iu',
      ),
      0.8,
    ],
    // "sought the certification — a system of third-party audits that …"
    [new RegExp(`\\bthe\\s+${h}\\s*(?:[—–]|,)\\s*(?:a|an)\\s`, 'iu'), 0.9],
  ];
  return patterns.map(([pattern, value]) => [pattern, value, word]);
}

/** How strongly a sentence defines its subject (0–1), by the strongest pattern it matches. */
export function definitionScore(text: string, patterns: DefinitionPatterns): number {
  let best = 0;
  const lower = text.toLowerCase();
  let upper: string | undefined;
  for (const [pattern, value, word] of patterns) {
    if (value <= best) continue;
    if (!lower.includes(word.lower)) {
      upper ??= text.toUpperCase();
      if (!upper.includes(word.upper)) continue;
    }
    if (pattern.test(text)) best = value;
  }
  return best;
}

/** Beyond this many characters from the words asked about, a date is no nearer than any other. */
const DATE_REACH_CHARS = 150;

/** A day or month written out ("March 4", "4 March", "in March"), though its year is unknown. */
const WRITTEN_DAY =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2})?\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

const PRECISION_VALUE: Record<DateMention['precision'], number> = { day: 1, month: 0.8, year: 0.6 };

/** What a date as a possessive dates: the noun after it ("this week's strike"), not the event told. */
const POSSESSIVE_DATE_SHARE = 0.7;
/** From a date's end to the noun its possessive dates: "'s ". */
const POSSESSIVE_GAP = 3;

/**
 * The date that best dates what a question asks about: the one nearest the question's words, and
 * within reach of most of them, first; then the finer; a date the article gives no year for
 * ("on March 4" in a story with no date) counts half, so that a resolved one wins, and one written
 * as a possessive ("served notice of this week's strike") counts less than the event's own date,
 * unless the noun it dates is the last of the question's words the text holds (the head of what
 * is asked about: "the Pellorin outage"). `anchors` holds, for each question word found in
 * `text`, where it stands (empty: no preference). Returns null when the text has no date.
 */
/** A break between two clauses: ", and", ", but", ";". */
const CLAUSE_BREAK = /[,;]\s+(?:and|but|while|whereas)\s|;/;

/**
 * How far a date stands from a word asked about, in characters; across a break between clauses
 * ("found the first nest on 14 April, and a second was located two days later") a date is as
 * good as out of reach of the word in the other clause.
 */
function clauseDistance(text: string, date: DateMention, at: number): number {
  const distance = Math.abs(date.index - at);
  if (!text) return distance;
  const between =
    at < date.index ? text.slice(at, date.index) : text.slice(date.index + date.text.length, at);
  return CLAUSE_BREAK.test(between) ? distance + DATE_REACH_CHARS : distance;
}

export function bestDate(
  dates: readonly DateMention[],
  anchors: readonly (readonly number[])[],
  text = '',
): { date: DateMention; score: number } | null {
  let best: { date: DateMention; score: number } | null = null;
  for (const date of dates) {
    // "Two weeks later" with nothing dated before it: no date at all.
    if (!date.iso && !WRITTEN_DAY.test(date.text)) continue;
    const precision = PRECISION_VALUE[date.precision];
    // Nearness to the words asked about matters more than precision: in "the agreement expired at
    // the end of May, and the crew sailed on July 2", "expired" is dated by May.
    const distances = anchors.map((positions) =>
      Math.min(...positions.map((at) => clauseDistance(text, date, at))),
    );
    const closest =
      distances.length === 0 ? 1 : 1 - Math.min(...distances, DATE_REACH_CHARS) / DATE_REACH_CHARS;
    const within =
      distances.length === 0
        ? 1
        : distances.filter((d) => d <= DATE_REACH_CHARS).length / distances.length;
    // …unless it dates the very thing asked about, the question's last word ("the outage").
    const end = date.index + date.text.length;
    const possessive =
      /^['’]s\b/.test(text.slice(end)) &&
      !anchors.at(-1)?.some((at) => at > end && at - end <= POSSESSIVE_GAP);
    const score =
      (0.3 * precision + 0.45 * closest + 0.25 * within) *
      (date.iso ? 1 : 0.5) *
      (possessive ? POSSESSIVE_DATE_SHARE : 1);
    if (!best || score > best.score) best = { date, score };
  }
  return best;
}
/** Question words that ask for a sum of money: a sentence giving a sum answers them in its own words ("a budget of 212 million euros"). */
const MONEY_WORD =
  /^(?:cost|costs|costing|costly|price[sd]?|pricing|pay|pays|paid|paying|payment|spend|spends|spent|spending|budget|worth|charge[sd]?|fees?|salary|salaries|wages?|earn|earns|earned|value[sd]?|fund|funding|sum|amount|money|cash|compensation|damages|fines?|refund|repay|owe|owes|owed|financing|financed|loans?|lent|lending|grants?|aid|subsid(?:y|ies)|investments?|invested|donations?|donated|bailout)$/;
/** Numbers written as words ("sixty", "a dozen"). */
export const NUMBER_WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|dozens?';
/** Currency names written after a sum ("212 million euros"). */
const CURRENCY_NAMES =
  'dollars|euros|pounds|yen|yuan|rupees|francs|kronor|kroner|krona|kronur|korunas?|crowns|florins|guilders|lira|lire|liras|dinars|dirhams|riyals|rials|shekels|zlotys?|forints|lei|leva|baht|ringgit|naira|cedis|rupiah|hryvnias?|reais|rubles|roubles|pesos|rand|shillings|pence|cents';
/**
 * A sum of money, its figure whole: a currency sign or code by a figure and its scale ("$5
 * million", "£900m"), or a figure (or number word) followed by a currency name ("hundreds of
 * millions of dollars").
 */
const MONEY_AMOUNT_SOURCE = String.raw`[$€£¥₹]\s?\d[\d.,]*(?:\s?(?:hundred|thousand|million|billion|trillion|bn|m|k)\b)?|\d[\d.,]*\s?[$€£¥]|\b(?:USD|EUR|GBP|CHF|SEK|NOK|DKK)\s?\d[\d.,]*(?:\s?(?:million|billion|bn|m)\b)?|(?:\d[\d.,]*|\b(?:a|${NUMBER_WORDS})\b)\s*(?:(?:hundred|thousand|million|billion|trillion|bn|m)\s+)?(?:of\s+)?(?:${CURRENCY_NAMES})\b`;
const MONEY_AMOUNT = new RegExp(MONEY_AMOUNT_SOURCE, 'i');
const MONEY_AMOUNTS = new RegExp(MONEY_AMOUNT_SOURCE, 'gi');
/** Pence, written "50p" in lower case: "comet 67P" is a name. */
const PENCE_SOURCE = String.raw`\b\d+(?:\.\d+)?p\b`;
const PENCE = new RegExp(PENCE_SOURCE);
const PENCE_ALL = new RegExp(PENCE_SOURCE, 'g');

/** True when a text gives a sum of money ("£1,750", "212 million euros", "50p"). */
export function givesSum(text: string): boolean {
  return MONEY_AMOUNT.test(text) || PENCE.test(text);
}

/** A text with its sums of money blanked out: what is left may count things ("How many …?"). */
export function withoutSums(text: string): string {
  return text.replace(MONEY_AMOUNTS, ' ').replace(PENCE_ALL, ' ');
}

/** "How many dollars …?": a question asking a sum by its currency's name. */
export const NAMES_CURRENCY = new RegExp(String.raw`\b(?:${CURRENCY_NAMES})\b`, 'i');

/** Verbs of a sale, whose price "How much … for?" asks. */
const SALE_VERBS =
  'sell|sells|sold|buy|buys|bought|purchased?|acquired?|fetch(?:ed)?|auction(?:ed)?';
/** "How much did he sell it for?": a sale's price asked by its verb and a closing "for". */
const PRICE_ASKED = new RegExp(
  `\\bhow much\\b[^?]*\\b(?:${SALE_VERBS})\\b[^?]*\\bfor\\s*\\??\\s*$`,
  'i',
);
const SALE_WORD = new RegExp(`^(?:${SALE_VERBS})$`);

/** For a question asking an amount, its words that a sentence giving a sum covers, with that test. */
export function amountTerms(
  terms: readonly string[],
  query: string,
): Map<string, (text: string) => boolean> {
  const typed = new Map<string, (text: string) => boolean>();
  const price = PRICE_ASKED.test(query);
  for (const term of terms)
    if (MONEY_WORD.test(term) || (price && SALE_WORD.test(term))) typed.set(term, givesSum);
  return typed;
}
