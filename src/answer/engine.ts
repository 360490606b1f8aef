import { interviewAnswers } from '../content/interview.ts';
import { lemmatize, tagWords } from '../content/sentences.ts';
import { FUTURE_MARKERS } from '../extract/dates.ts';
import type { Entity } from '../extract/entities.ts';
import { isPronounMention } from '../extract/mention.ts';
import { derivedWords, isPeopleNoun, otherNames, relatedWords } from '../extract/wordnet.ts';
import { CALENDAR_WORDS, contentTokens, foldCase, STOP_WORDS } from '../extract/words.ts';
import { indexTerms, type KnowledgeBase, type SentenceRecord } from '../search/knowledge.ts';
import {
  AGE,
  AGE_QUESTION,
  ageBy,
  givesShare,
  type Measure,
  measureAsked,
  NARRATOR_WORD,
  NEGATED_QUESTION,
  NEGATION,
  PERSON_AGE,
  roleBy,
  SEAT,
  SEAT_QUESTION,
  SEAT_WORDS,
  SHARE_QUESTION,
  SHARE_WORD,
  SPEAKER_QUESTION,
  seatAsOne,
  seatBy,
  toldFirstHand,
} from './asked.ts';
import { namesAWriter, writerAnswer } from './byline.ts';
import { citeSentence } from './citation.ts';
import { demonyms } from './demonyms.ts';
import {
  focusStems,
  isFrameWord,
  MaskPool,
  type QuestionOptions,
  QuestionTerms,
  SentenceTests,
  stem,
} from './evidence.ts';
import {
  amountTerms,
  bestDate,
  causeScore,
  definitionPatterns,
  definitionScore,
  EMPLOYER,
  escapeRegExp,
  givesSum,
  headDefinitionPatterns,
  NAMES_CURRENCY,
  NUMBER_WORDS,
  PARTY_STATE,
  PLACE_MARKER_SCORE,
  placeScore,
  situates,
  withoutSums,
} from './features.ts';
import { RoleHolders } from './holders.ts';
import { helpText, sourcesText } from './listings.ts';
import { type ParsedQuestion, parseQuestion, withoutMentions } from './parse.ts';
import { PUBLISHED_QUESTION, publicationAnswer } from './publication.ts';
import { askedRole, holdsRole } from './roles.ts';
import { type ResolvedSubject, SubjectIndex } from './subjects.ts';
import { timelineOf } from './timeline.ts';
import type { Answer, Citation, EntityKind, Intent } from './types.ts';

/** Share of a question one sentence must hold to answer it by giving the kind of answer asked for. */
const SIGNALLED_SHARE = 0.25;

/** Most sentences naming the subject that one question considers (see `telling`). */
const MAX_ANCHORS = 600;

/** Most candidates one question sends through its intent's pattern pass (see `strongest`). */
const MAX_RANKED = 400;

/** Most citations one answer carries; adapters page through them. */
export const MAX_CITATIONS = 10;

/** "How much/many/long …": the answer is a number, so sentences with figures rank higher. */
const QUANTITY_QUESTION =
  /\bhow (?:much|many|long|old|far|big|large|often|tall|high)\b|\b(?:price|cost|worth|paid|pay|salary|amount|number of|percentage|share of)\b/i;

/** What a negation earns in answer to a negated "why". */
const NEGATION_BONUS = 1;

/**
 * Events of a life or a building that only a passage telling them dates or places: "When was
 * she born?" is not answered by the year she married, "When was the dam built?" by the year it
 * burst. Each: the question's word, and how a passage tells the event.
 */
const LIFE_EVENTS: ReadonlyArray<[RegExp, RegExp]> = [
  [/\b(?:born|birth)\b/i, /\b(?:born|birth|birthday)\b/i],
  [/\b(?:die|died|death)\b/i, /\b(?:die|died|dies|dying|death|dead|killed|passed away)\b/i],
  [
    /\b(?:built|constructed)\b/i,
    /\b(?:buil[dt]|building|construct\w*|completed|finished|opened|launched)\b/i,
  ],
  [/\b(?:married|marry)\b/i, /\b(?:marr\w*|wedding|wed|husband|wife)\b/i],
  [/\b(?:founded)\b/i, /\b(?:found(?:ed|ing|er)|established|set up|started|began|formed)\b/i],
];

/**
 * For "When was X born?" and the like, how a passage must tell the event; null for others, and
 * for a plan ("Where will the terminal be built?" is answered by where it would go).
 */
function lifeEventAsked(query: string, asks: Intent): RegExp | null {
  if (
    (asks !== 'when' && asks !== 'where') ||
    AHEAD_QUESTION.test(query) ||
    /\bwould\b/i.test(query)
  )
    return null;
  return LIFE_EVENTS.find(([asked]) => asked.test(query))?.[1] ?? null;
}

/** "Will she resign?", "Did they have insurance?": a question answered yes or no. */
const YES_NO_QUESTION =
  /^\s*(?:will|would|does|do|did|is|are|was|were|can|could|has|have|had|should|shall)\b/i;
/**
 * Share of a yes-or-no question's words a passage must hold: it answers only by telling the very
 * thing asked ("… said she would not resign"), not by standing near its subject. Three quarters,
 * not all: a question puts one word of it otherwise ("Will LEAN Ads replace the existing ad
 * standards?" / "… do not replace the current advertising standards"); at 0.75 the eval's
 * unanswerable questions stay unanswered, at 0.6 and below they do not.
 */
const YES_NO_SHARE = 0.75;
/**
 * The share that suffices when the question has no verb of its own ("Is Uber a tech firm?", "Will
 * she be on the payroll?") and the passage names its subject: what is asked is a state, often
 * told in other words ("… not really a tech company"). A question with a verb ("Will she
 * resign?") still needs the whole share or that verb: at half, "Has anyone been arrested?" was
 * answered by the theft alone.
 */
const YES_NO_STATE_SHARE = 0.5;

/** "What is X's job / profession / occupation?", "What does X do for a living?": who X is. */
const OCCUPATION_WORD = /^(?:jobs?|professions?|occupations?|careers?|living)$/;

/** "At what time …?", "What time …?": only a time of day answers. */
const TIME_QUESTION = /\bwhat time\b/i;
/** "Who is the port mayor?": asks for a name (not "Who is looking into it?"). */
const IDENTITY_QUESTION =
  /^\s*who\s+(?:is|was|are|were)\s+(?:the|a|an|this|that|these|those|\p{L}+['’]s)\s/iu;
/**
 * "Who is the company suing?", "Who is the foundation trying to inspire?": a question closing on
 * a verb in -ing asks whom someone acts on, not who they are ("the head of the building" is no
 * verb).
 */
const ACTS_ON_QUESTION =
  /\s(?!(?:th|k|r|w|spr|str|build|wedd|meet|hear|morn|even|ceil|paint|open|end|fund|hous|train|sett|rul)ing\b)\p{Ll}+ing(?:\s+to\s+\p{L}+)?\s*\??\s*$/u;
/** "In what year …?": a date that writes its year answers before "in April" beside it. */
const YEAR_QUESTION = /\b(?:what|which) year\b/i;
/** A time of day: "10pm", "5.30 a.m.", "14:00", "noon", "midnight", "six o'clock". */
const CLOCK_TIME =
  /\b\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}:\d{2}\b|\b(?:noon|midday|midnight)\b|\bo['’]clock\b/i;

/** "Which company …?", "Which of her children …?": asks to pick out something by its name. */
const WHICH_QUESTION = /^\s*\/?\s*(?:ask\s+)?which\b/i;

/**
 * True when a text names something the question does not: a word written with a capital (or a
 * code such as "VH-1500") after the text's first word, other than a date's.
 */
function namesOther(text: string, asked: ReadonlySet<string>): boolean {
  for (const match of text.matchAll(/(?<=\s)[\p{Lu}][\p{L}\p{N}'’-]*/gu)) {
    const word = foldCase(match[0]).replace(/['’]s$/, '');
    if (!STOP_WORDS.has(word) && !CALENDAR_WORDS.has(word) && !asked.has(word)) return true;
  }
  return false;
}

/** "How many/much/old …": asked for a figure, so a passage without one is no answer. */
const COUNT_QUESTION = /\bhow (?:much|many|old)\b/i;

/** "When did … begin/start …?": the answer is the sentence that says it began. */
const START_QUESTION =
  /\b(?:begin|began|start|started|kick off|launch|launched|break out|open|opened)\b/i;
/** Question words that ask for the start of something: a sentence saying it began covers them. */
const START_TERM =
  /^(?:begin|began|begun|start|started|launch|launched|open|opened|kick|found|founded|establish|established|create|created)$/;
const START_WORDS =
  /\b(?:began|begun|begin|beginning|start|started|starting|launched|opened|founded|co-founded|established|set up|walked (?:out|off)|broke out|kicked off|first)\b/i;

/** True when a text says something began. */
function tellsStart(text: string): boolean {
  return START_WORDS.test(text);
}

/** For "When did the trial open?": its start words, each covered by a sentence that says something began. */
function startTerms(terms: readonly string[]): Array<[string, (text: string) => boolean]> {
  return terms.filter((term) => START_TERM.test(term)).map((term) => [term, tellsStart]);
}

/** "Jason Chaffetz, R-Utah,": names a lawmaker's party and state. */
function namesPartyState(text: string): boolean {
  return PARTY_STATE.test(text);
}

/**
 * "… stepped down after the martial law episode?": a closing clause of time that situates what is
 * asked, which the answer need not repeat.
 */
const SITUATING_CLAUSE =
  /\s(?:after|before|during|following|amid|since)\s+(?:the|a|an|this|that|his|her|their|its)\s+([^?,;]+?)\s*\??$/i;

/**
 * "What is the foundation trying to inspire?": a verb of aim or effort before another verb, which
 * the answer tells in its own words ("with a mission to inspire kids") or not at all.
 */
const CATENATIVE =
  /\b(?:try|tries|tried|trying|attempt(?:s|ed|ing)?|seek(?:s|ing)?|sought|hop(?:e|es|ed|ing)|aim(?:s|ed|ing)?|want(?:s|ed|ing)?|plan(?:s|ned|ning)?|intend(?:s|ed|ing)?|striv(?:e|es|ed|ing)|strove|struggl(?:e|es|ed|ing)|manag(?:e|es|ed|ing)|going)(?=\s+to\s+\p{L})/giu;

/**
 * "Why does Han think Yoon should quit?": a verb of opinion asking what someone holds, which the
 * answer tells ("urged Yoon to step down, telling reporters …") without the verb.
 */
const OPINION = /\b(?:do|does|did)\s+[^?]{1,80}?\s(think|believe|feel|reckon|suppose)\b/giu;

/**
 * The words that frame a question rather than say what it is about: its closing clause of time
 * (see `SITUATING_CLAUSE`), its verbs of aim or effort (see `CATENATIVE`) and of opinion
 * (see `OPINION`).
 */
function situatingWords(query: string): ReadonlySet<string> | undefined {
  const clause = SITUATING_CLAUSE.exec(query)?.[1];
  const words = [...(clause ? indexTerms(clause) : [])];
  for (const [verb] of query.matchAll(CATENATIVE)) words.push(...indexTerms(verb));
  for (const [, verb] of query.matchAll(OPINION)) words.push(...indexTerms(verb ?? ''));
  return words.length > 0 ? new Set(words) : undefined;
}

/** An ASCII word character, as a regular expression's `\b` reads one. */
function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[A-Za-z0-9_]/.test(char);
}

/** Where in `text` words beginning with `word` stand (as `\b<word>` would find them, without a pattern). */
function wordStarts(text: string, word: string): number[] {
  const found: number[] = [];
  const first = isWordChar(word[0]);
  let at = text.indexOf(word);
  while (at >= 0) {
    // As a global pattern does: the next search starts after a match, or one character on.
    if (isWordChar(text[at - 1]) !== first) {
      found.push(at);
      at = text.indexOf(word, at + word.length);
    } else at = text.indexOf(word, at + 1);
  }
  return found;
}

/** Where in a text each of the question's words (by stem) stands: one list of offsets per word found. */
function focusPositions(text: string, stems: readonly string[]): number[][] {
  const folded = foldCase(text);
  const found: number[][] = [];
  for (const word of stems) {
    if (word.length < 3) continue;
    const at = wordStarts(folded, word);
    if (at.length > 0) found.push(at);
  }
  return found;
}

/** What a "where" passage gains when a place follows the question's own verb ("held in …"). */
const VERB_PLACE_BONUS = 0.8;
/** How far after the verb the place may stand ("held for a week in …"). */
const VERB_PLACE_REACH = 40;

/** The question's verbs as written, not "be", "do" or "have" ("held" in "Where are they being held?"). */
function questionVerbs(query: string): string[] {
  return tagWords(query)
    .filter(
      (word) =>
        word.pos === 'VERB' &&
        !/^(?:be|is|are|was|were|been|being|do|does|did|have|has|had)$/i.test(word.text),
    )
    .map((word) => foldCase(word.text));
}

/**
 * The forms of a yes-or-no question's first own verb, as written and as its base ("released",
 * "release" in "Has Mojang released a patch?"); empty when it has none but "be", "do", "have".
 */
function askedVerb(query: string): string[] {
  const verb = questionVerbs(query)[0];
  return verb === undefined ? [] : [verb, foldCase(lemmatize([verb])[0] ?? verb)];
}

/** True when a sentence holds one of the forms, by its words or by their base forms. */
function tellsVerb(record: SentenceRecord, forms: readonly string[]): boolean {
  if (forms.length === 0) return false;
  const lemmas = record.lemmas.split(' ');
  const words = contentTokens(record.text);
  return forms.some((form) => lemmas.includes(form) || words.includes(form));
}

/** True when a phrase of place follows one of the verbs closely: "held in the county jail". */
function placedByVerb(text: string, verbs: readonly string[]): boolean {
  for (const positions of focusPositions(text, verbs))
    for (const at of positions)
      if (placeScore(text.slice(at, at + VERB_PLACE_REACH), 0) > 0) return true;
  return false;
}

/**
 * True when a text speaks of people by a noun for them ("my best friend", "the players") other
 * than the question's own words (`asked`).
 */
function tellsOfPeople(text: string, asked: readonly string[]): boolean {
  for (const word of foldCase(text).match(/\p{Ll}{4,}/gu) ?? [])
    if (!STOP_WORDS.has(word) && !asked.includes(word) && isPeopleNoun(word)) return true;
  return false;
}

/** A question that states its facts in a clause before asking: "When/If …, why …?". */
const STATES_THEN_ASKS =
  /^(?:(?:So|And|But|Yet)\s+)?(?:when|if|after|since|now that|given that)\s[^?]{20,},\s+(?:why|how|what|who|where|is|isn['’]t|are|aren['’]t|do|does|doesn['’]t|should|shouldn['’]t|can|can['’]t)\b/i;

/** A label of a few words introducing what follows ("Jason:", "Then Marco replied:"). */
const LABEL = /^\s*\S+(?:\s+\S+){0,3}:\s*$/u;

/** A sentence opening with what followed from the one before ("As a result, …", "For that reason, …"). */
const RESULT_OPENER =
  /^(?:As a (?:result|consequence)|Consequently|Therefore|Thus(?! far\b)|Hence|For (?:that|this|these|those) reasons?|Because of (?:this|that)|(?:That|This)(?:['’]s| is) why)\b/i;

/** Added to the passage quoting the description of a person before the sentence first naming them. */
const DESCRIBED_BEFORE_BONUS = 0.5;

/** True when a sentence describes someone by a noun for a kind of person ("the widow of …", "a director of …"). */
function describesUnnamed(record: SentenceRecord | undefined): boolean {
  if (!record) return false;
  for (const match of record.text.matchAll(
    /\b(?:the|a|an) ((?:[\p{Ll}-]+ ){0,3}?)([\p{Ll}-]+) of\b/gu,
  ))
    if (isPeopleNoun(match[2] ?? '')) return true;
  return false;
}

/** A sentence that asks a question. */
const ASKS = /\?["”’)]?\s*$/;

/** A sentence that goes on with a quotation opened before it: a closing mark comes first. */
const CLOSES_QUOTE = /^[^“”"]+[”"]/;

/** True when a sentence opens a quotation it does not close (“Incorrect.). */
function opensQuote(text: string): boolean {
  const count = (mark: RegExp) => text.match(mark)?.length ?? 0;
  const opened = count(/“/g) - count(/”/g);
  return opened > 0 || (opened === 0 && /^\s*"/.test(text) && count(/"/g) % 2 === 1);
}

/** Words that tell which of several events a question asks about (as stems). */
const ORDINAL = /^(?:second|third|fourth|fifth|sixth|final|latest|last)$/;

/**
 * A sentence that goes on about what the one before it told ("They carry …", "It was …", "She
 * writes, …", "He did not enter a plea and was remanded …").
 */
const CONTINUES = /^(?:They|It|These|This|Those|Its|Their|He|She|His|Her)\s/;
/**
 * "That countercyclical policy has been …", "This system was called …": a sentence opening by
 * pointing back at what the one before says (not "This is …").
 */
const DEMONSTRATIVE =
  /^(?:This|These|That|Those|Such)\s+(?!(?:is|was|are|were|has|had|will|would|can|could)\b)\p{Ll}+\s/u;

/** A pronoun of the third person: a sentence holding one may speak of the one named before. */
const THIRD_PERSON = /\b(?:he|she|him|her|his|hers|they|them|their|it|its)\b/i;

/** A sentence this short that names what "what X" asks about says too little alone. */
const SHORT_MENTION_WORDS = 10;

/** A sentence opening by giving examples of what the one before told ("To name a few: …"). */
const GIVES_EXAMPLES =
  /^(?:To name (?:just |but |only )?a few|Among (?:them|others|those)\b|For (?:example|instance)\b|(?:They|These|Those) include\b)/i;

/** "What did she say, tweet, write …?": a question asking for words said. */
const SAYING_QUESTION =
  /\b(?:say|says|said|tweet|tweets|tweeted|write|writes|wrote|post|posts|posted|tell|tells|told|claim|claims|claimed|reply|replied|respond|responded|joke|joked|add|added|call|calls|called)\b/i;
/** "How did X respond to …?", "What did X say about …?": asks what someone (named in a few words) said or did in reply. */
const RESPONSE_QUESTION =
  /^\s*(?:how|what)\s+(?:did|does|do|has|have|had)\s+((?:\S+\s+){0,4}?)(?:say|respond|react|reply)\b/i;
/** Words telling what someone said or how they answered: verbs of saying and replying, or a quotation. */
const RESPONSE_WORDS =
  /\b(?:said|says|say|saying|told|tells?|respon\w+|repl(?:y|ied|ies)|react\w*|statements?|tweet\w*|wrote|writes?|written|posted|added|stated|announc\w+|claim\w*|noted|argu\w+|insist\w*|warn\w*|explain\w*|declar\w+|denied|den(?:y|ies)|retort\w*|comment\w*|remarks?|according to|interview\w*|vow\w*|urg\w+|criticis\w+|criticiz\w+|condemn\w+|welcom\w+|slam\w*|blast\w*|prais\w+|dismiss\w*|reject\w*|acknowledg\w+|admit\w*|suggest\w*|quipped|joked|asked|answer\w*|calls?|called|spokes\w+)\b|[“”"]/i;
/** A passage in the first person: the speaker's own words. */
const FIRST_PERSON = /\b(?:I|[Ww]e|[Mm]y|[Oo]ur)\b/;
/** A sentence opening with a quotation mark: someone's words. */
const OPENS_QUOTE_MARK = /^[“"]/;
/** A sentence that opens with a quotation, or with who says it: the words someone said. */
const OPENS_QUOTATION =
  /^(?:[“"‘]|(?:He|She|They|I|We) (?:said|says|writes|wrote|tweeted|added|told)\b)/;

/** A sentence that defines what the one before it named ("This is a …", "The designation gives …"). */
const ANAPHORIC_DEFINITION =
  /^(?:This|It|That|These|They|Such|The\s+\p{Ll}+)\s+(?:is|was|are|were|means|refers to|gives|allows|lets|requires|covers)\b/u;

/** "What state …?", "Which state does X represent?": asks a (US) state. */
const STATE_ASKED = /\b(?:what|which) state\b/i;
/** "How long …?": only a passage giving a length of time (or, for a thing, of space) answers. */
const DURATION_QUESTION = /\bhow long\b/i;
/** "How long is the tunnel?" may ask a length in space; "How long did it last?" may not. */
const LENGTH_QUESTION = /\bhow long (?:is|are|was|were)\b/i;
/**
 * A length of time: "seven years", "six seasons", "a five-hour meeting", "more than a year", "40+
 * years", "since 2016", or a period told without a figure ("after weeks of speculation", "spent
 * decades").
 */
const DURATION = new RegExp(
  String.raw`\b(?:\d[\d.,]*\+?|a|an|${NUMBER_WORDS}|several|few|many|half)[- ](?:years?|months?|weeks?|days?|nights?|hours?|minutes?|seconds?|decades?|centuries|century|seasons?|semesters?)\b|\b(?:years|months|weeks|days|hours|decades|centuries|seasons)\b|\bsince\b`,
  'i',
);

/** A length in space, which "How long are the lines?" asks: "lines 19 to 37 miles long", "a 2-km tunnel". */
const LENGTH = new RegExp(
  String.raw`\b(?:\d[\d.,]*|${NUMBER_WORDS})[- ](?:miles?|feet|foot|yards?|inch(?:es)?|(?:kilo|centi|milli)?met(?:re|er)s?|km|cm|mm|m)\b`,
  'i',
);

/** A figure, written in digits or words ("six-day", "a dozen", "half"). */
const NUMBER = new RegExp(`\\d|\\b(?:${NUMBER_WORDS}|half|quarter|third)\\b`, 'gi');
/** A figure this close to the words asked about ("four developed bloodstream infections") counts it. */
const NUMBER_REACH_CHARS = 30;

/** How well a sentence gives a figure for the words asked about: 1 beside them, 0.5 elsewhere, 0 without one. */
function figureScore(text: string, stems: readonly string[]): number {
  const figures = [...text.matchAll(NUMBER)].map((match) => match.index ?? 0);
  if (figures.length === 0) return 0;
  const folded = foldCase(text);
  for (const word of stems) {
    if (word.length < 3) continue;
    for (const at of wordStarts(folded, word)) {
      if (figures.some((figure) => Math.abs(figure - at) <= NUMBER_REACH_CHARS)) return 1;
    }
  }
  return 0.5;
}

/** Calendar figures ("April 2, 2024", "in 2019", "9am"): they date a passage, they count nothing. */
const CALENDAR_FIGURE =
  /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*|\b(?:1[6-9]|20)\d{2}s?\b|\b\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)/g;

/**
 * Figures that are part of a name ("COVID-19", "LGP-30", "G40", "4K", "Xbox One"): they count
 * nothing.
 */
const NAME_FIGURE =
  /\p{L}+-\d[\d.]*\b|\b\p{L}+\d+\p{L}*|\b\d+[A-Z]\b|(?<=\p{L}[,;:]? )(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Twelve|Twenty|Hundred)\b/gu;
/** "one" that counts nothing: "one reason", "one of them", "no one" (but "one day" may count days). */
const LONE_ONE = /\b(?:no|any|some|every) one\b|\bone (?:of|another|reason|thing|way)\b/gi;

/** True when a text gives a figure other than a date, a time or a name's: an answer to "how many". */
function givesCount(text: string): boolean {
  const figures = text.replace(CALENDAR_FIGURE, ' ').replace(NAME_FIGURE, ' ');
  return figureScore(figures.replace(LONE_ONE, ' '), []) > 0;
}

/**
 * Units a figure measures by: "447.6 million tons", "21 months", "12%" count no things ("17% of
 * kids" does: a share of what is counted).
 */
const MEASURE_UNITS = `percentage points?|years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|miles?|kilomet(?:er|re)s?|km|met(?:er|re)s?|feet|foot|inch(?:es)?|tons?|tonnes?|pounds?|lbs?|kilo(?:gram)?s?|kg|ounces?|gallons?|litres?|liters?|barrels?|acres?|hectares?|degrees?|mph`;
/** A unit alone ("years" in "How many years …?"). */
const MEASURE_UNIT = new RegExp(`^(?:${MEASURE_UNITS})$`, 'i');
/**
 * "How many hours does the battery last?": a figure of the very unit counted ("up to 10 hours",
 * "a 12-hour battery"), not any figure the passage gives (its price). Null for a word no unit.
 */
function unitCounted(word: string): RegExp | null {
  if (!MEASURE_UNIT.test(word)) return null;
  const unit = word.toLowerCase();
  const one = unit.replace(/ies$/, 'y').replace(/(?<=ch|sh|x)es$|(?<!s)s$/, '');
  const forms = new Set([unit, one, `${one}s`, `${one}es`, one.replace(/y$/, 'ies')]);
  return new RegExp(
    String.raw`(?:\d[\d.,]*|\b(?:${NUMBER_WORDS}|an?|several|few|half))(?:\s*(?:million|billion|thousand))?[\s-]+(?:[\w-]+\s+)?(?:${[...forms].join('|')})\b`,
    'i',
  );
}

/** A figure with its unit, or a bare percentage: what `countable` blanks out. */
const MEASURES = new RegExp(
  String.raw`\d[\d.,]*(?:\s*(?:million|billion|thousand|hundred|m|bn))?(?:\s*(?:%|per ?cent\b|percent\b)(?!\s+of\b)|[\s-]+(?:${MEASURE_UNITS})\b)`,
  'gi',
);

/**
 * What of a passage may count what "How many …?" asks: for things, not its sums of money, nor
 * its measures unless a unit is what is counted ("How many years …?").
 */
function countable(text: string, asked: { countsThings: boolean; countsUnits: boolean }): string {
  if (!asked.countsThings) return text;
  const things = withoutSums(text);
  return asked.countsUnits ? things : things.replace(MEASURES, ' ');
}

/**
 * `givesCount` over what each kind of "How many …?" may count: tests made once (see
 * `SentenceTests`).
 */
const COUNT_TESTS = {
  any: givesCount,
  things: (text: string) => givesCount(countable(text, { countsThings: true, countsUnits: false })),
  units: (text: string) => givesCount(countable(text, { countsThings: true, countsUnits: true })),
};

/** The test a passage answering a "How many/much/old …?" question passes. */
function countTest(asked: {
  countsThings: boolean;
  countsUnits: boolean;
}): (text: string) => boolean {
  if (!asked.countsThings) return COUNT_TESTS.any;
  return asked.countsUnits ? COUNT_TESTS.units : COUNT_TESTS.things;
}

/** Sentences longer than this many words match a question's words by chance more often... */
const LONG_SENTENCE_WORDS = 40;
/** ...so they lose this much for each doubling beyond it (a lede that sums up the story). */
const LONG_SENTENCE_PENALTY = 1;

/** The words of a sentence, counted by its spaces (no array made). */
function wordCount(text: string): number {
  let words = 1;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32) words++;
  return words;
}

/** What a long sentence loses for its length: its many words are weaker evidence each. */
function lengthPenalty(text: string): number {
  return LONG_SENTENCE_PENALTY * Math.max(0, Math.log2(wordCount(text) / LONG_SENTENCE_WORDS));
}

/** Added, for "who X" where nothing defines X, to a passage giving X's full name. */
const FULL_NAME_BONUS = 0.6;

/** Weight of the question's other words (besides the subject's name) in a sentence's score. */
const OTHER_TERMS_WEIGHT = 4;

/** A sentence considered for an answer, with the parts of its score. */
interface Candidate {
  id: number;
  record: SentenceRecord;
  score: number;
  /** For "when": where each of the words asked about stands in the quoted text (see bestDate). */
  anchors?: number[][];
  /** The sentence before, naming the subject, quoted with this one ("… Petrova … . The plan was meant to …"). */
  lead?: number;
  /** For "who runs X": the person whose description here gives the role asked about. */
  holder?: number;
}

/** Score of a sentence that names the subject, before its other evidence. */
const NAMED_BASE = 2;
/** Score of a sentence that follows a mention of the subject, before its own evidence. */
const CONTINUATION_BASE = 1.7;
/** Score of a sentence that covers the question without naming its subject. */
const UNNAMED_BASE = 0;
/** A two-sentence window ranks just below one sentence covering as much. */
const WINDOW_PENALTY = 0.3;
/**
 * A name mentioned this often needs the question's other words to pick its passage. A news story
 * names its main subject five to ten times; at 5, a question about it in other words than the
 * story's was turned away (measured over the eval sets, both halves and five unseen sets: 10 wins).
 */
const FREQUENT_NAME_MENTIONS = 10;
/** A frequent name whose other words no passage covers more than this share of is not answered. */
const WEAK_EVIDENCE_SHARE = 0.5;

/** Bits of `sentenceShape`: the sentence has a date; is its article's last; its paragraph's last. */
const DATED = 1;
const ENDS_ARTICLE = 2;
const ENDS_PARAGRAPH = 4;

/** Each sentence's `DATED`, `ENDS_ARTICLE` and `ENDS_PARAGRAPH` bits, in one byte. */
function sentenceShape(sentences: readonly SentenceRecord[]): Uint8Array {
  const shape = new Uint8Array(sentences.length);
  sentences.forEach((record, id) => {
    const next = sentences[id + 1];
    let bits = record.dates.length > 0 ? DATED : 0;
    if (next?.article !== record.article) bits |= ENDS_ARTICLE | ENDS_PARAGRAPH;
    else if (next.paragraph !== record.paragraph) bits |= ENDS_PARAGRAPH;
    shape[id] = bits;
  });
  return shape;
}

/** The answer engine over one knowledge base: stateless per question, safe to share. */
export class AnswerEngine {
  readonly subjects: SubjectIndex;
  private readonly sentenceCount: number;
  /** Words of the article titles: a name there is known even if the body never repeats it. */
  private readonly titleWords: Set<string>;
  /** People and organisations described with a role: the answers to "who runs X". */
  private readonly roles: RoleHolders;
  /** Mask arrays for the questions' matched sentences, reused from one question to the next. */
  private readonly masks: MaskPool;
  /** What the typed words' tests said of each sentence, kept across questions. */
  private readonly tests: SentenceTests;
  /** The questions weighed for the answer under way, released when it is given. */
  private readonly asked: QuestionTerms[] = [];
  /** Each sentence's cause score, -1 until a "why" question first needs it. */
  private readonly causes: Float32Array;
  /** Whether each sentence tells a place (1) or not (0), -1 until a "where" question first needs it. */
  private readonly placed: Int8Array;
  /** Sentence ids naming each entity, worked out on the first question about it. */
  private readonly mentionSentences = new WeakMap<Entity, Set<number>>();
  /** Per article: its Q&A answers' paragraphs and the questions they reply to (see `voices`). */
  private readonly interviews = new Map<number, Map<number, string>>();
  /** Each entity's names and count of named mentions, worked out on the first question about it. */
  private readonly entityNamings = new WeakMap<
    Entity,
    { names: readonly string[]; named: number }
  >();
  /**
   * Per sentence, bits of what the walks over tens of thousands of matched sentences test
   * (`DATED`, `ENDS_ARTICLE`, `ENDS_PARAGRAPH`): one byte each, read without touching the
   * sentence's record.
   */
  private readonly shape: Uint8Array;

  constructor(private readonly kb: KnowledgeBase) {
    this.subjects = new SubjectIndex(kb.entities, kb.index.lowerCaseWords);
    this.sentenceCount = Math.max(1, kb.sentences.length);
    this.causes = new Float32Array(kb.sentences.length).fill(-1);
    this.placed = new Int8Array(kb.sentences.length).fill(-1);
    this.titleWords = new Set(kb.articles.flatMap((a) => contentTokens(a.title)));
    this.roles = new RoleHolders(kb, this.subjects);
    this.masks = new MaskPool(kb.sentences.length);
    this.tests = new SentenceTests(kb);
    this.shape = sentenceShape(kb.sentences);
  }

  /** Answers one question. Never throws for any input string. */
  answer(query: string): Answer {
    try {
      return this.answerQuery(query);
    } finally {
      for (const question of this.asked) question.release();
      this.asked.length = 0;
    }
  }

  /** The words of a question weighed over the articles, their mask arrays given back after the answer. */
  private weigh(terms: readonly string[], options: QuestionOptions = {}): QuestionTerms {
    const question = new QuestionTerms(this.kb, terms, {
      ...options,
      pool: this.masks,
      tests: this.tests,
    });
    this.asked.push(question);
    return question;
  }

  private answerQuery(query: string): Answer {
    const { text, mentioned } = withoutMentions(query);
    const parsed = parseQuestion(text);
    const base: Answer = {
      query,
      intent: parsed.intent,
      subject: null,
      found: false,
      summary: '',
      citations: [],
      suggestions: [],
      candidates: [],
    };
    if (parsed.intent === 'help') return { ...base, found: true, summary: helpText() };
    if (parsed.intent === 'sources') return { ...base, found: true, summary: sourcesText(this.kb) };
    if (parsed.intent === 'timeline') return this.timeline(base, parsed);
    if (parsed.asks === 'when' && PUBLISHED_QUESTION.test(query))
      return publicationAnswer(this.kb, parsed.subject, base, MAX_CITATIONS);
    if (
      !parsed.subject ||
      (indexTerms(parsed.subject).length === 0 &&
        this.subjects.resolve(parsed.subject).entities.length === 0)
    ) {
      const example = `"${parsed.intent === 'ask' ? 'who' : parsed.intent} <name>"`;
      return {
        ...base,
        summary: mentioned
          ? `A mention names no subject: ask about a person, place or event in the articles, e.g. ${example}.`
          : `Ask about a person, place or event in the articles, e.g. ${example}. Try "help".`,
      };
    }
    return this.answerAbout(base, parsed);
  }

  /** The entity's names as the articles write them, longest first (worked out once per entity). */
  private entityNames(entity: Entity): readonly string[] {
    return this.namings(entity).names;
  }

  /** How often the articles name the entity (pronouns aside), and the names they write. */
  private namings(entity: Entity): { names: readonly string[]; named: number } {
    let known = this.entityNamings.get(entity);
    if (!known) {
      const named = entity.mentions.filter((m) => !isPronounMention(m));
      const surfaces = new Set(named.map((m) => m.surface));
      const names = [entity.name, ...surfaces].sort((a, b) => b.length - a.length);
      known = { names, named: named.length };
      this.entityNamings.set(entity, known);
    }
    return known;
  }

  /**
   * "Why does Obama want Britain to stay in the EU?" of articles that write "the UK", "How much of
   * GDP …" of ones that write "gross domestic product": the subject with each name the articles
   * never use replaced by another name WordNet gives it that they do use; null when one has none.
   */
  private renamed(subject: string, unknown: readonly string[]): string | null {
    let renamed = subject;
    for (const word of unknown) {
      const name = otherNames(word.replace(/['’]s$/, '')).find((other) => this.written(other));
      if (name === undefined) return null;
      renamed = renamed.replace(word, name);
    }
    return renamed;
  }

  /**
   * "Who did Tim O'Reilly open for at the conference?" of a talk its writer gives in the first
   * person, which never writes "Tim": a run of names a byline gives, one of them unknown to the
   * articles, is the article's writer, asked of as "the author" (told first-hand, see
   * `NARRATOR_WORD`). Null when no such run.
   */
  private asWriter(subject: string, unknown: readonly string[]): string | null {
    const words = (run: string) => contentTokens(run.replace(/['’]s\b/g, ''));
    for (const match of subject.matchAll(/\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*/gu)) {
      const run = match[0];
      if (!unknown.some((word) => run.includes(word)) || !namesAWriter(this.kb, words(run)))
        continue;
      const writer = /['’]s$/.test(run) ? 'the author’s' : 'the author';
      return subject.slice(0, match.index) + writer + subject.slice(match.index + run.length);
    }
    return null;
  }

  /** True when a sentence writes the name: as written when it has capitals, in any case when not. */
  private written(name: string): boolean {
    // Only the sentences holding the name's rarest word are read; a word in none rules it out.
    const counts = indexTerms(name).map((term) => [term, this.kb.termSentences.get(term)] as const);
    if (counts.length === 0 || counts.some(([, count]) => count === undefined)) return false;
    const [rarest] = counts.reduce((a, b) => ((b[1] ?? 0) < (a[1] ?? 0) ? b : a));
    const capitals = /\p{Lu}/u.test(name);
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`,
      capitals ? 'u' : 'iu',
    );
    return this.kb.index
      .search(rarest, { fuzzy: false, prefix: false })
      .some((hit) => pattern.test(this.kb.sentences[hit.id]?.text ?? ''));
  }

  /**
   * For each name of the question the articles never use, the words of its people or country they
   * do use ("Japan's" → "Japanese", see `demonyms`).
   */
  private peoplesWords(subject: string): Map<string, string[]> {
    const found = new Map<string, string[]>();
    for (const word of subject.match(/\b\p{Lu}\p{Ll}{2,}/gu) ?? []) {
      const term = foldCase(word);
      const forms = this.peoplesWordsOf(term);
      if (forms.length > 0) found.set(term, forms);
    }
    return found;
  }

  /** The words of a name's people or country the articles use, when they never use the name. */
  private peoplesWordsOf(name: string): string[] {
    const used = (word: string) => this.kb.termSentences.has(word);
    return used(name) ? [] : demonyms(name, used);
  }

  /** Words of the question written with a capital that the articles never use: unknown names. */
  private unknownNames(query: string, subject: string, resolved: ResolvedSubject): string[] {
    // A capital that opens the question is no sign of a name ("Tell me …").
    const opening = query.trim().replace(/^\//, '').split(/\s+/)[0];
    const capitalised = subject.match(/\b\p{Lu}[\p{L}'’-]+/gu) ?? [];
    return capitalised.filter((word) => {
      if (word === opening) return false;
      const term = foldCase(word).replace(/['’]s$/, '');
      if (!resolved.otherTerms.includes(term)) return false;
      if (this.titleWords.has(term)) return false;
      if (this.peoplesWordsOf(term).length > 0) return false;
      // A short name within one letter of a common word ("Cook", "took") is still unknown.
      const fuzzy = term.length >= 5 ? 0.2 : false;
      return this.kb.index.search(term, { fuzzy, prefix: false }).length === 0;
    });
  }

  /**
   * "How old is the mission director?": a subject that names no one but opens with a role one
   * person's description holds is that person. The role's words stay the question's: "Why is
   * the mayor of Lindhaven angry?" and "How long was she governor of South Carolina?" are
   * answered where the role is told. Not for "who", which asks for the holder of a role (see
   * `roles`).
   */
  private byRole(asks: Intent, resolved: ResolvedSubject): ResolvedSubject {
    if (asks === 'who') return resolved;
    // "Where is the Pakistani prime minister travelling?": a country and a role held there is the
    // one person described by both ("the visiting Pakistan PM Imran Khan").
    const [only, ...more] = resolved.entities;
    const place = only === undefined ? undefined : this.kb.entities[only];
    if (more.length > 0 || (place && place.kind !== 'place')) return resolved;
    const words = place ? resolved.otherTerms : resolved.terms;
    const where = place ? indexTerms(place.name) : [];
    for (let size = Math.min(words.length, 4); size >= 1; size--) {
      const role = words.slice(0, size);
      if (place && !holdsRole(role.join(' '))) continue;
      const holder = this.roles.describedAs([...where, ...role]);
      if (holder !== null)
        return { ...resolved, entities: [holder], ambiguous: [], otherTerms: [...words, ...where] };
    }
    return resolved;
  }

  private answerAbout(base: Answer, parsed: ParsedQuestion, renamed = false): Answer {
    const resolved = this.byRole(parsed.asks, this.subjects.resolve(parsed.subject));
    const main = resolved.entities[0];
    const entity = main === undefined ? undefined : this.kb.entities[main];
    // "What is Myles Grant's profession?": asks who the person is, which their definition says.
    if (
      entity?.kind === 'person' &&
      parsed.asks !== 'who' &&
      resolved.entities.length === 1 &&
      resolved.otherTerms.length > 0 &&
      resolved.otherTerms.every((term) => OCCUPATION_WORD.test(term))
    )
      return this.answerAbout(base, { ...parsed, asks: 'who', subject: entity.name }, renamed);
    // "crowley" alone: a name asked with nothing else asks who (or what) it is.
    if (
      entity &&
      parsed.asks === 'ask' &&
      resolved.entities.length === 1 &&
      resolved.otherTerms.length === 0
    ) {
      const asks = entity.kind === 'person' ? 'who' : 'what';
      return this.answerAbout(base, { ...parsed, asks }, renamed);
    }
    // "who silverman": a name the text never gives may be its byline's.
    const writer =
      parsed.asks === 'who' && !entity ? writerAnswer(this.kb, base, parsed.subject) : null;
    if (writer) return writer;
    const unknown = this.unknownNames(base.query, parsed.subject, resolved);
    const subjectLabel = entity?.name ?? parsed.subject;
    const otherSubject =
      unknown.length > 0 && !renamed
        ? (this.asWriter(parsed.subject, unknown) ?? this.renamed(parsed.subject, unknown))
        : null;
    if (otherSubject !== null)
      return this.answerAbout(base, { ...parsed, subject: otherSubject }, true);
    if (unknown.length > 0 || (!entity && resolved.terms.length === 0)) {
      return this.notFound(base, parsed.subject, unknown.join(' ') || parsed.subject);
    }
    const extraTerms = [
      ...resolved.otherTerms,
      ...resolved.entities.slice(1).flatMap((e) => indexTerms(this.kb.entities[e]?.name ?? '')),
    ];
    const wantsNumber = QUANTITY_QUESTION.test(base.query);
    const counted = countedNoun(base.query);
    const role = parsed.asks === 'who' ? askedRole(base.query) : null;
    const seat = parsed.asks === 'where' && SEAT_QUESTION.test(base.query);
    // "Who runs X": the role verb is answered by a role noun, not by its own word.
    const questionTerms = seatAsOne(
      (entity ? extraTerms : resolved.terms).filter((term) => !role?.verb.test(term)),
      seat,
    );
    const sums = amountTerms(questionTerms, base.query);
    const wantsShare = SHARE_QUESTION.test(base.query);
    const measure = measureAsked(base.query);
    const kin = kinWords(questionTerms);
    const typed = new Map<string, (text: string) => boolean>([
      ...(wantsNumber ? sums : []),
      ...(parsed.asks === 'when' ? startTerms(questionTerms) : []),
      ...questionTerms
        .filter((term) => wantsShare && SHARE_WORD.test(term))
        .map((term): [string, (text: string) => boolean] => [term, givesShare]),
      ...questionTerms.flatMap((term): Array<[string, (text: string) => boolean]> => {
        return measure?.word?.test(term) === true ? [[term, measure.given]] : [];
      }),
      // "What state is Chaffetz from?": "Jason Chaffetz, R-Utah," names his state.
      ...questionTerms
        .filter((term) => term === 'state' && STATE_ASKED.test(base.query))
        .map((term): [string, (text: string) => boolean] => [term, namesPartyState]),
      ...questionTerms
        .filter((term) => NARRATOR_WORD.test(term))
        .map((term): [string, (text: string) => boolean] => [term, toldFirstHand]),
    ]);
    const question = this.weigh(questionTerms, {
      typed,
      frames: situatingWords(base.query),
      names: new Set(capitalisedWords(parsed.subject)),
      phrasal: new Map([
        ...phrasalVerbs(parsed.subject),
        ...kin,
        ...(questionTerms.includes(SEAT) ? [[SEAT, SEAT_WORDS] as [string, string[]]] : []),
      ]),
      spellings: new Map([...abbreviated(parsed.subject), ...this.peoplesWords(parsed.subject)]),
    });
    const holders: Candidate[] = (
      role ? this.roles.find(role.nouns, entity, question, resolved.terms, base.query) : []
    ).map((match) => ({
      id: match.id,
      record: this.kb.sentences[match.id] as SentenceRecord,
      score: NAMED_BASE + match.tie + OTHER_TERMS_WEIGHT * match.share,
      holder: match.holder,
    }));
    /**
     * The question's other words are not told of the subject, but sentences name it with another
     * subject asked: only those answer (see `withOthers`).
     */
    let pairedOnly = false;
    if (entity && resolved.otherTerms.length > 0 && holders.length === 0) {
      // "Why did <known name> <something the articles never mention>?": the name alone is no answer.
      // "Where is X based?": a frame word is no sign of what the question is about.
      // "married": a family tie is told in its own words ("her husband").
      // A word met only by one of like meaning counts where the subject is named ("When did
      // Halloran quit?" / "Halloran … announced her resignation").
      const saidOfIt = (t: string) =>
        question.matched
          .keys()
          .some(
            (id) =>
              question.matches(id, t) && this.kb.sentences[id]?.entities.includes(main as number),
          );
      const otherTerms = seatAsOne(resolved.otherTerms, seat);
      // "How much does X cost?": "X … for a flat fee of $9.99" gives what "cost" asks for.
      const givenOfIt = (t: string) => {
        const test = typed.get(t);
        if (test === undefined) return false;
        const told = (id: number | undefined) =>
          id !== undefined && test(this.kb.sentences[id]?.text ?? '');
        // "… the $199 Nucleus Intercom. | Designed …, the one-pound system has …": the sentence
        // after a mention, in its paragraph, still tells of it.
        return [...this.mentionIds(entity)].some((id) => told(id) || told(this.following(id)));
      };
      // "Who founded the Tony Awards?": the role's verb is told by its noun ("As the founders of
      // The Tony Awards®, the American Theatre Wing …") where no one holds the role by name.
      const roleTold = (t: string) =>
        role?.verb.test(t) === true &&
        [...this.mentionIds(entity)].some((id) =>
          role.nouns.test(this.kb.sentences[id]?.text ?? ''),
        );
      const mentioned = otherTerms.filter(
        (t) =>
          question.occurs(t) ||
          roleTold(t) ||
          givenOfIt(t) ||
          saidOfIt(t) ||
          this.titleWords.has(t) ||
          isFrameWord(t) ||
          (kin.has(t) && question.matched.keys().some((id) => question.matches(id, t))),
      );
      const alone = resolved.entities.length === 1;
      // A name mentioned everywhere is no evidence by itself; a rare one nearly answers alone,
      // unless none of the question's other words comes near it and nowhere else covers them.
      const { near, anywhere } = this.bestShare(question, entity);
      const best = Math.max(near, anywhere);
      const frequent = this.namings(entity).named >= FREQUENT_NAME_MENTIONS;
      // "Who started the Keep Ardrey Afloat campaign?": a thing named but rarely, in a sentence
      // that names a person, is answered there whatever words it is told in.
      const byWhom =
        parsed.asks === 'who' &&
        entity.kind !== 'person' &&
        !frequent &&
        // "Who was the cinematographer on La La Land?": a kind of person asked and written
        // nowhere is not named by just any sentence naming someone.
        !otherTerms.some((t) => isPeopleNoun(t) && !question.occurs(t)) &&
        [...this.mentionIds(entity)].some((id) =>
          this.kb.sentences[id]?.entities.some((e) => this.kb.entities[e]?.kind === 'person'),
        );
      // "How many equations did Lorenz use …?": "Lorenz … in 12 equations" counts what is asked.
      const counts =
        counted !== null &&
        [...this.mentionIds(entity)].some((id) => counted.test(this.kb.sentences[id]?.text ?? ''));
      const weak =
        otherTerms.length >= 2 && best < WEAK_EVIDENCE_SHARE && (frequent || near === 0) && !counts;
      // "When did Kaplan first come across tarot cards in Germany?": a sentence naming Kaplan and
      // Germany both is evidence, whatever words the rest is told in; then only such a sentence.
      const withOthers =
        weak && [...this.mentionIds(entity)].some((id) => this.namesOthersAsked(id, resolved));
      pairedOnly = withOthers;
      // None of the other words anywhere: "Who scored <team>'s goals against <team>?" is not answered.
      const unmentioned = mentioned.length === 0 && (alone || otherTerms.length >= 2);
      if ((unmentioned || (weak && !withOthers)) && !byWhom) {
        return {
          ...base,
          subject: subjectLabel,
          summary: `The articles mention ${subjectLabel}, but nothing about “${resolved.otherTerms.join(' ')}”.`,
        };
      }
    }
    // "What is Mr Tulley's wife called?": a passage about Tulley that never says "wife" does not
    // say who his wife is, however well it names him.
    // "Where is X's head office?" is answered by where X is based (see `seatBy`).
    const owned = entity && !seat ? ownedNoun(parsed.subject, this.entityNames(entity)) : null;
    const responder = RESPONSE_QUESTION.exec(base.query)?.[1]?.trim() || null;
    const candidates = [
      ...holders,
      ...this.gather(question, entity, resolved.entities.slice(1), parsed.asks, counted),
    ].filter((c) => {
      // "Who is Karvenia's defence minister?": the minister must stand in a sentence naming
      // Karvenia, not in the next one about another country's.
      const names = (id: number) =>
        main !== undefined && this.kb.sentences[id]?.entities.includes(main);
      // "Pelmora reported a loss. Then on 4 June, pilots and cabin crew walked out": the sentence
      // after one naming X, naming nothing else of its kind, still speaks of X's crews.
      const before = c.lead ?? (c.id > 0 && this.following(c.id - 1) === c.id ? c.id - 1 : -1);
      const another = (id: number) =>
        this.kb.sentences[id]?.entities.some(
          (e) => e !== main && this.kb.entities[e]?.kind === entity?.kind,
        ) === true;
      const owns =
        owned === null ||
        c.holder !== undefined ||
        (names(c.id) && question.matches(c.id, owned)) ||
        (c.lead !== undefined && names(c.lead) && question.matches(c.lead, owned)) ||
        (before >= 0 && names(before) && !another(c.id) && question.matches(c.id, owned));
      // "Who was X married to?" likewise needs a passage that tells a family tie.
      const tied = [...kin.keys()].every(
        (word) =>
          c.holder !== undefined ||
          question.matches(c.id, word) ||
          (c.lead !== undefined && question.matches(c.lead, word)),
      );
      // "How did Boeing respond to the tweet?" is answered by what someone said or did in reply,
      // not by a passage telling of the tweet alone.
      const voiced = !responder || this.voices(c, main);
      const paired =
        !pairedOnly ||
        (names(c.id) && this.namesOthersAsked(c.id, resolved)) ||
        (c.lead !== undefined && names(c.lead) && this.namesOthersAsked(c.lead, resolved));
      return owns && tied && voiced && paired;
    });
    if (candidates.length === 0) {
      if (responder && entity && owned === null && kin.size === 0)
        return {
          ...base,
          subject: subjectLabel,
          summary: `The articles mention ${subjectLabel}, but do not quote anything ${responder} said or did in reply.`,
        };
      if (!entity || (owned === null && kin.size === 0))
        return this.notFound(base, parsed.subject, parsed.subject);
      return {
        ...base,
        subject: subjectLabel,
        summary: `The articles mention ${subjectLabel}, but nothing about “${resolved.otherTerms.join(' ')}”.`,
      };
    }
    const tense = tenseAsked(base.query);
    const wantsYear = YEAR_QUESTION.test(base.query);
    const unit = unitCounted(/\bhow many\s+(\S+)/i.exec(base.query)?.[1] ?? '');
    // Asked about a subject with other words too; "who X" alone asks who X is, which the sentence
    // defining X says by itself (no quote reads on from it).
    const specific = entity !== undefined && resolved.otherTerms.length > 0;
    const ranked = this.rankByIntent(parsed.asks, candidates, entity, {
      phrases: [parsed.subject, resolved.terms.join(' ')],
      wantsNumber,
      wantsSum: /\bhow much\b/i.test(base.query) && sums.size > 0,
      wantsShare,
      wantsFigure: COUNT_QUESTION.test(base.query),
      countsThings: /\bhow many\b/i.test(base.query) && !NAMES_CURRENCY.test(base.query),
      countsUnits: unit !== null,
      unit,
      wantsAge: AGE_QUESTION.test(base.query),
      seat,
      negated: NEGATED_QUESTION.test(base.query),
      speaker: parsed.asks === 'who' && SPEAKER_QUESTION.test(base.query),
      saying: (parsed.asks === 'what' || parsed.asks === 'ask') && SAYING_QUESTION.test(base.query),
      verbs: parsed.asks === 'where' ? questionVerbs(base.query) : [],
      wantsDuration: DURATION_QUESTION.test(base.query),
      wantsLength: LENGTH_QUESTION.test(base.query),
      measure,
      wantsTime: TIME_QUESTION.test(base.query),
      relative: tense !== 'ahead' && /^when\b/i.test(base.query),
      identity: IDENTITY_QUESTION.test(base.query) && !ACTS_ON_QUESTION.test(base.query),
      condition: parsed.asks === 'when' && tense === null && CONDITION_QUESTION.test(base.query),
      wantsYear,
      event: lifeEventAsked(base.query, parsed.asks),
      yesNo: parsed.intent === 'ask' && YES_NO_QUESTION.test(base.query),
      yesNoVerb:
        parsed.intent === 'ask' && YES_NO_QUESTION.test(base.query) ? askedVerb(base.query) : [],
      // "Which year …?" asks "when": a date answers, not a name nor the word "year".
      wantsName:
        parsed.asks !== 'when' && WHICH_QUESTION.test(base.query)
          ? new Set(contentTokens(base.query))
          : null,
      which: parsed.asks === 'when' ? null : whichAsked(base.query),
      naming: parsed.asks === 'what' ? nameAsked(base.query) : null,
      named: new Set(resolved.entities),
      order: orderAsked(base.query),
      period: periodAsked(base.query),
      rate: rateAsked(base.query),
      counted,
      roles: parsed.asks === 'who' && entity ? resolved.otherTerms.filter(holdsRole) : [],
      makers: role?.firms ?? false,
      // Asked with the verb itself ("founded", "owns"), not with a noun ("the head of").
      roleNouns:
        role && resolved.otherTerms.some((term) => role.verb.test(term)) ? role.nouns : null,
      specific,
      focus: focusStems(entity ? resolved.otherTerms : resolved.terms),
      start: START_QUESTION.test(base.query),
      tense,
      question,
    });
    if (ranked.length === 0) {
      const told = ['when', 'where', 'who'].includes(parsed.asks) ? parsed.asks : 'that';
      return {
        ...base,
        subject: subjectLabel,
        // Without a name, the subject is the question's words, which no passage need hold whole.
        summary: entity
          ? `The articles mention ${subjectLabel} but do not say ${told}.`
          : `No passage of the articles on “${subjectLabel}” says ${told}.`,
      };
    }
    const identity = parsed.asks === 'who' && entity !== undefined && !specific;
    const citations = this.cite(
      ranked,
      parsed.asks,
      question,
      tense,
      wantsYear,
      identity ? null : resolved.entities,
    );
    const ambiguous =
      resolved.ambiguous.length > 0 && main !== undefined ? [main, ...resolved.ambiguous] : [];
    return {
      ...base,
      subject: subjectLabel,
      found: true,
      summary: this.summarise(
        parsed.asks,
        subjectLabel,
        // "Who started the Keep Ardrey Afloat campaign?" asks who, not what the campaign is.
        entity?.kind === 'person' || resolved.otherTerms.length === 0 ? entity : undefined,
        citations,
        ranked[0] as Candidate,
      ),
      citations,
      candidates: ambiguous.map((e) => this.subjects.choice(e)).filter((c) => c !== null),
    };
  }

  private sentenceId(article: number, paragraph: number, sentence: number): number | undefined {
    return this.kb.paragraphs.sentenceId(article, paragraph, sentence);
  }

  private subjectIndexIn(text: string, names: readonly string[]): number | null {
    const folded = foldCase(text);
    for (const name of names) {
      const at = folded.indexOf(foldCase(name));
      if (at >= 0) return at;
    }
    return null;
  }

  /** The text a candidate quotes (its lead sentence first, when it has one) and the dates in it. */
  private quoted(candidate: Candidate): { text: string; dates: SentenceRecord['dates'] } {
    const lead = candidate.lead === undefined ? undefined : this.kb.sentences[candidate.lead];
    if (!lead) return { text: candidate.record.text, dates: candidate.record.dates };
    const offset = lead.text.length + 1;
    return {
      text: `${lead.text} ${candidate.record.text}`,
      dates: [
        ...lead.dates,
        ...candidate.record.dates.map((d) => ({ ...d, index: d.index + offset })),
      ],
    };
  }

  /**
   * True when a passage answers "Which <noun> …?": it has the noun ("the Carrow and Hollins
   * wards"), or names something of the noun's kind the question does not ("Which judge …?" /
   * "joined by Justice Petra Moll").
   */
  private givesWhich(
    candidate: Candidate,
    text: string,
    which: { noun: RegExp; kinds: readonly EntityKind[] },
    named: ReadonlySet<number>,
  ): boolean {
    if (which.noun.test(text)) return true;
    // "Which state …?": "Rep. Steny H. Hoyer, Md." names it.
    if (which.noun.test('state') && PARTY_STATE.test(text)) return true;
    const ids = [candidate.record, this.kb.sentences[candidate.lead ?? -1]].flatMap(
      (record) => record?.entities ?? [],
    );
    return ids.some((e) => {
      const kind = this.kb.entities[e]?.kind;
      return !named.has(e) && kind !== undefined && which.kinds.includes(kind);
    });
  }

  /**
   * The dates of a candidate's quoted text (`quoted`) that may date what was asked: in a window,
   * those of the sentence that holds more of the question ("Lake Ardent held 19.6 percent on
   * Wednesday. It dropped below 20 percent for the first time on Aug. 4" dates "drop below 20
   * percent" by Aug. 4).
   */
  private datesAsked(
    candidate: Candidate,
    quoted: { text: string; dates: SentenceRecord['dates'] },
    question: QuestionTerms,
    tense: Tense,
    wantsYear: boolean,
  ): SentenceRecord['dates'] {
    const dates = this.yearWritten(this.datesOfPart(candidate, quoted, question), wantsYear);
    const published = tense ? this.kb.articles[candidate.record.article]?.published : null;
    if (!published) return dates;
    // "When did the traders file their case?": a date after the article was written is a plan,
    // not what was done ("The case is due to be heard on 2 December").
    if (tense === 'past') {
      const before = dates.filter((date) => !date.iso || sinceWriting(date.iso, published) <= 0);
      // All later: more likely a year the text left to be inferred than a plan asked about.
      return before.length > 0 ? before : dates;
    }
    // "When will the unit shut?": a date before the article was written tells no plan.
    const since = dates.filter((date) => !date.iso || sinceWriting(date.iso, published) >= 0);
    // "announced this morning that he will leave on Jan. 20": a later date is the plan.
    const later = since.filter((date) => date.iso && sinceWriting(date.iso, published) > 0);
    if (later.length > 0) return later;
    // "Today, the Tech Lab is launching the program" tells no plan: the day of writing answers
    // "When will …?" only where the passage looks ahead ("will be debated this week").
    return FUTURE_MARKERS.test(quoted.text) ? since : since.filter((date) => !date.iso);
  }

  /** True when a date falls after the day its candidate's article was written. */
  private afterWriting(candidate: Candidate, date: SentenceRecord['dates'][number]): boolean {
    const published = this.kb.articles[candidate.record.article]?.published;
    return !!published && !!date.iso && sinceWriting(date.iso, published) > 0;
  }

  /** "In what year …?": of "In 2016 she was appointed …, which she left in April", the date that writes its year. */
  private yearWritten(dates: SentenceRecord['dates'], wantsYear: boolean): SentenceRecord['dates'] {
    const written = wantsYear ? dates.filter((date) => /\d{4}/.test(date.text)) : [];
    return written.length > 0 ? written : dates;
  }

  /** The dates of the part of a window that holds more of the question (see `datesAsked`). */
  private datesOfPart(
    candidate: Candidate,
    quoted: { text: string; dates: SentenceRecord['dates'] },
    question: QuestionTerms,
  ): SentenceRecord['dates'] {
    if (candidate.lead === undefined) return quoted.dates;
    const lead = question.share(candidate.lead);
    const own = question.share(candidate.id);
    if (lead === own) return quoted.dates;
    const offset = quoted.text.length - candidate.record.text.length;
    const inPreferred = (date: SentenceRecord['dates'][number]) =>
      date.index >= offset === own > lead;
    const preferred = quoted.dates.filter((date) => date.iso && inPreferred(date));
    if (preferred.length > 0) return preferred;
    // "Three days after the lake slipped … sued": a date the part asked about gives but cannot
    // place is no reason to take the other sentence's "1987".
    const unplaced = quoted.dates.filter(inPreferred);
    return unplaced.length > 0 ? unplaced : quoted.dates;
  }

  /**
   * True when a sentence gives the kind of answer the question asks for: a cause for "why" ("…
   * because …", or the weaker "after …"), a place for "where": a named one, or "in/at <Name>"
   * (many places are not known as places: "a workshop in Derwick"). (A date for "when" or a
   * figure for "how many" proved too common to count as evidence: they let unanswerable
   * questions through in the eval.)
   */
  private gives(asks: Intent, id: number): boolean {
    const record = this.kb.sentences[id];
    if (!record) return false;
    if (asks === 'why') return this.cause(id) > 0;
    if (asks === 'where') {
      let known = this.placed[id];
      if (known === undefined || known < 0) {
        const places = record.entities.filter((e) => this.kb.entities[e]?.kind === 'place').length;
        known = placeScore(record.text, places) > 0 ? 1 : 0;
        this.placed[id] = known;
      }
      return known === 1;
    }
    return false;
  }

  /** How strongly a sentence gives a cause (see `causeScore`), worked out once per sentence. */
  private cause(id: number): number {
    let known = this.causes[id];
    if (known === undefined || known < 0) {
      known = causeScore(this.kb.sentences[id]?.text ?? '');
      this.causes[id] = known;
    }
    return known;
  }

  /**
   * The sentences naming an entity that may answer: all of them, unless it is named in more
   * than MAX_ANCHORS; then, up to that limit, the defining one, those holding a word of the
   * question (or followed by one), those dated for "when", then the first in reading order.
   * A name in thousands of sentences would otherwise cost thousands of candidates per question.
   */
  private telling(entity: Entity, question: QuestionTerms, asks: Intent): ReadonlySet<number> {
    const all = this.mentionIds(entity);
    if (all.size <= MAX_ANCHORS) return all;
    const at = entity.definition?.mention;
    const defining = at ? this.sentenceId(at.article, at.paragraph, at.sentence) : undefined;
    // Sentences with the question's words first, then (for "when") dated ones, then the earliest.
    const kept = new Set<number>(defining === undefined ? [] : [defining]);
    const dated = (id: number) => this.kb.sentences[id]?.dates.some((d) => d.iso !== null);
    const passes: Array<(id: number) => boolean> = [
      (id) => question.matched.has(id) || question.matched.has(id + 1),
      (id) => asks === 'when' && dated(id) === true,
      () => true,
    ];
    for (const pass of passes) {
      for (const id of all) {
        if (kept.size >= MAX_ANCHORS) return kept;
        if (pass(id)) kept.add(id);
      }
    }
    return kept;
  }

  /**
   * "Who said Mojang has failed to act?": a quote goes on in the sentences after the one naming
   * its speaker ("… Ammar Askar wrote in a blog post. "… Mojang has failed to act on it""). A
   * sentence naming no person is quoted with the one before it in its paragraph when that one does.
   */
  private withSpeaker(candidate: Candidate): Candidate {
    if (candidate.lead !== undefined || this.namesPerson(candidate)) return candidate;
    const before = candidate.id - 1;
    if (this.following(before) !== candidate.id) return candidate;
    const speaker = { ...candidate, lead: before };
    return this.namesPerson(speaker) ? speaker : candidate;
  }

  /**
   * "“Incorrect. He will not be performing,” his publicist retorted.": a sentence that closes a
   * quotation the sentence before opened is quoted with it, so the whole statement is cited.
   */
  private withQuoteOpening(candidate: Candidate): Candidate {
    if (candidate.lead !== undefined || !CLOSES_QUOTE.test(candidate.record.text)) return candidate;
    const before = candidate.id - 1;
    const opening = this.kb.sentences[before]?.text ?? '';
    if (this.following(before) !== candidate.id || !opensQuote(opening)) return candidate;
    return { ...candidate, lead: before };
  }

  /**
   * True when a passage gives someone's words or reply: a verb of saying, a quotation, a first
   * person, or an answer in a Q&A piece (its words are the interviewee's).
   */
  private voices(candidate: Candidate, speaker: number | undefined): boolean {
    if (this.answersInterviewer(candidate)) return true;
    const ids = candidate.lead === undefined ? [candidate.id] : [candidate.lead, candidate.id];
    if (
      speaker !== undefined &&
      !ids.some((id) => this.kb.sentences[id]?.entities.includes(speaker))
    )
      return false;
    const { text } = this.quoted(candidate);
    return RESPONSE_WORDS.test(text) || FIRST_PERSON.test(text);
  }

  /** True for a sentence of a Q&A answer: its words are the interviewee's, said or not. */
  private answersInterviewer(candidate: Candidate): boolean {
    const { article, paragraph } = candidate.record;
    let answers = this.interviews.get(article);
    if (!answers) {
      answers = interviewAnswers(this.kb.articles[article]?.paragraphs ?? []);
      this.interviews.set(article, answers);
    }
    if (answers.has(paragraph)) return true;
    // "Is TV a better medium …? TV lends itself …": a paragraph opening with the interviewer's question.
    const opening = this.sentenceId(article, paragraph, 0);
    return (
      opening !== undefined &&
      opening < candidate.id &&
      ASKS.test(this.kb.sentences[opening]?.text ?? '')
    );
  }

  /** True when a candidate's quoted text names a person (by name or as "he"/"she"). */
  private namesPerson(candidate: Candidate): boolean {
    const ids = candidate.lead === undefined ? [candidate.id] : [candidate.lead, candidate.id];
    return ids.some((id) =>
      this.kb.sentences[id]?.entities.some((e) => this.kb.entities[e]?.kind === 'person'),
    );
  }

  /** Sentence ids that name the entity. */
  private mentionIds(entity: Entity): ReadonlySet<number> {
    let ids = this.mentionSentences.get(entity);
    if (!ids) {
      ids = new Set<number>();
      for (const mention of entity.mentions) {
        const id = this.sentenceId(mention.article, mention.paragraph, mention.sentence);
        if (id !== undefined) ids.add(id);
      }
      this.mentionSentences.set(entity, ids);
    }
    return ids;
  }

  /** The sentence after, in its paragraph or opening the next paragraph of the article. */
  private nextSentence(id: number): number | undefined {
    return id >= 0 && id < this.shape.length && ((this.shape[id] as number) & ENDS_ARTICLE) === 0
      ? id + 1
      : undefined;
  }

  /** The next sentence when it is in the same paragraph. */
  private following(id: number): number | undefined {
    return id >= 0 && id < this.shape.length && ((this.shape[id] as number) & ENDS_PARAGRAPH) === 0
      ? id + 1
      : undefined;
  }

  /** True when the sentence has a date. */
  private dated(id: number): boolean {
    return ((this.shape[id] as number) & DATED) !== 0;
  }

  /** How much of the question the best mention of the entity (alone or with its next sentence) covers, and the best sentence anywhere. */
  private bestShare(question: QuestionTerms, entity: Entity): { near: number; anywhere: number } {
    // Only sentences holding a word of the question can cover any of it: walk those, not every
    // mention of a name that may stand in thousands of sentences.
    const mentions = this.mentionIds(entity);
    let near = 0;
    const anywhere = question.bestShare();
    // A mention, or the sentence after it, holding a word of the question: walked from whichever
    // of the two lists is shorter.
    const walk = mentions.size < question.matched.size ? mentions : question.matched.keys();
    for (const id of walk) {
      if (mentions.has(id)) {
        const next = this.following(id);
        const own = question.matched.has(id) ? question.share(id) : 0;
        const pair =
          next !== undefined && (question.matched.has(id) || question.matched.has(next))
            ? question.share(id, next)
            : 0;
        near = Math.max(near, own, pair);
      }
      const before = id - 1;
      if (
        walk !== mentions &&
        mentions.has(before) &&
        !question.matched.has(before) &&
        this.following(before) === id
      )
        near = Math.max(near, question.share(before, id));
    }
    return { near, anywhere };
  }

  /**
   * The sentences that may answer: those naming the subject, two-sentence windows (a mention and
   * the sentence after it, which often carries the answer: "… Petrova … . The plan was meant
   * to …"), and sentences that cover most of the question without naming the subject (a pronoun,
   * a demonym). Scores here weigh the question's words; the intent adds its own evidence later.
   */
  private gather(
    question: QuestionTerms,
    entity: Entity | undefined,
    secondary: readonly number[],
    asks: Intent,
    counted: RegExp | null,
  ): Candidate[] {
    const anchors = entity ? this.telling(entity, question, asks) : new Set<number>();
    // "What is the automation plan?": "a plan by the company to …" answers without "automation".
    const head = !entity && asks === 'what' ? question.terms.at(-1) : undefined;
    const headPatterns = head ? headDefinitionPatterns(head) : [];
    const describesHead = (id: number) =>
      head !== undefined &&
      question.matches(id, head) &&
      definitionScore(this.kb.sentences[id]?.text ?? '', headPatterns) > 0;
    const secondaryIn = (...ids: number[]) =>
      secondary.length === 0
        ? 0
        : secondary.filter((e) => ids.some((id) => this.kb.sentences[id]?.entities.includes(e)))
            .length;
    const candidate = (id: number, score: number, lead?: number): Candidate => {
      const record = this.kb.sentences[id] as SentenceRecord;
      return lead === undefined ? { id, record, score } : { id, record, score, lead };
    };
    const candidates: Candidate[] = [];
    for (const id of anchors) {
      candidates.push(
        candidate(id, NAMED_BASE + OTHER_TERMS_WEIGHT * question.share(id) + 0.5 * secondaryIn(id)),
      );
    }
    // Passages that cannot score among the MAX_RANKED best are never made: a frequent word
    // matches tens of thousands of sentences in a large archive.
    // "when zimbabwe-coup": when no sentence naming the country tells of a coup, the coup may be
    // dated where the country is not named (not so for a person: "When was Hale born?" is not
    // answered by someone else's birth).
    const unnamedAllowed =
      !entity ||
      question.terms.length >= 2 ||
      (asks === 'when' &&
        entity.kind !== 'person' &&
        question.terms.length === 1 &&
        ![...anchors].some((id) => question.matched.has(id)));
    const floor = unnamedAllowed ? this.rankFloor(question, anchors) : -Infinity;
    const bonusAtMost = 0.5 * secondary.length;
    const specific = question.terms.length > 0;
    if (specific || asks === 'why') {
      const leads = entity ? anchors : question.matched.keys();
      for (const lead of leads) {
        // A pair is always a sentence and the one after it: its words are weighed before the
        // sentences themselves are read (most of tens of thousands of leads stop here).
        if (
          !entity &&
          -WINDOW_PENALTY + OTHER_TERMS_WEIGHT * question.share(lead, lead + 1) + bonusAtMost <
            floor
        )
          continue;
        const next = this.following(lead);
        if (next === undefined) continue;
        // Without the subject's name, the pair must cover the question: tested first, as it is
        // cheaper than what follows and rules out most pairs.
        if (!entity && !question.covers(lead, next)) continue;
        // "Pellow resigned on Friday. Pellow said he was stepping down because …": for "why", the
        // cause told right after the event counts with it even when it names the subject again.
        const cause = asks === 'why' && this.cause(next) === 1;
        if (anchors.has(next) && !cause) continue;
        const share = question.share(lead, next);
        const base = entity ? CONTINUATION_BASE : -WINDOW_PENALTY;
        candidates.push(
          candidate(next, base + OTHER_TERMS_WEIGHT * share + 0.5 * secondaryIn(lead, next), lead),
        );
      }
    }
    // "The council has voted through a budget …" / "Councillors approved the plans … on Tuesday
    // night": a lede tells the event undated, the next paragraph dates it. Without the subject's
    // name, a dated sentence sharing a word with the question, right after an undated passage
    // that covers it, answers "when".
    if (!entity && asks === 'when') {
      // The cheap tests first: most of tens of thousands of leads are dated or end an article.
      for (const lead of question.matched.keys()) {
        if (this.dated(lead)) continue;
        const next = this.nextSentence(lead);
        if (next === undefined || !this.dated(next)) continue;
        const share = question.share(lead, next);
        if (-WINDOW_PENALTY + OTHER_TERMS_WEIGHT * share + bonusAtMost < floor) continue;
        if (!question.covers(lead)) continue;
        if (question.share(next) === 0 || question.covers(next)) continue;
        candidates.push(candidate(next, -WINDOW_PENALTY + OTHER_TERMS_WEIGHT * share));
      }
    }
    // Without the subject's name, one matching word is no evidence: ask for several.
    const least = (floor - bonusAtMost) / OTHER_TERMS_WEIGHT;
    const reaching = unnamedAllowed ? question.reaching(least) : [];
    for (const group of reaching)
      for (const id of group) {
        if (anchors.has(id)) continue;
        const share = question.share(id);
        if (OTHER_TERMS_WEIGHT * share + bonusAtMost < floor) continue;
        if (share < SIGNALLED_SHARE && !describesHead(id)) continue;
        // "Why did nobody spot the rust sooner?": one rare word of the question beside the kind of
        // answer the question asks for is evidence enough.
        const admitted =
          question.covers(id) ||
          describesHead(id) ||
          (!entity && share >= SIGNALLED_SHARE && this.gives(asks, id)) ||
          // "How many people were hurt?": "Nine people were treated …" counts what is asked.
          (share >= SIGNALLED_SHARE && counted?.test(this.kb.sentences[id]?.text ?? '') === true);
        if (!admitted) continue;
        candidates.push(
          candidate(
            id,
            (entity ? UNNAMED_BASE : 0) + OTHER_TERMS_WEIGHT * share + 0.5 * secondaryIn(id),
          ),
        );
      }
    return candidates;
  }

  /**
   * A score that at least MAX_RANKED passages without the subject's name are sure to reach (by
   * their words alone, the least they score): a passage that cannot reach it would be cut by
   * `strongest` anyway. -Infinity when fewer passages cover the question.
   */
  private rankFloor(question: QuestionTerms, anchors: ReadonlySet<number>): number {
    if (question.matched.size <= MAX_RANKED) return -Infinity;
    const share = question.coveringFloor(anchors, MAX_RANKED);
    return share === null ? -Infinity : OTHER_TERMS_WEIGHT * share;
  }

  /** Adds the intent's evidence to each candidate's score; drops candidates that cannot answer ("when" with no date). */
  private rankByIntent(
    asks: Intent,
    candidates: Candidate[],
    entity: Entity | undefined,
    asked: {
      phrases: readonly string[];
      wantsNumber: boolean;
      /** "How much did it cost?": only a passage giving a sum of money answers. */
      wantsSum: boolean;
      /** "How many/much/old …?": only a passage giving a figure answers. */
      wantsFigure: boolean;
      /** "How many …?" of things, not of a currency: a sum of money ("$279") counts none. */
      countsThings: boolean;
      /** "How many years …?": a measure is counted, so "21 months" may answer (see MEASURES). */
      countsUnits: boolean;
      /** "How many hours …?": a figure of that unit (see `unitCounted`), or null. */
      unit: RegExp | null;
      /** "How old …?": only a passage giving an age, or the year something began, answers. */
      wantsAge: boolean;
      /** "What share of …?": only a passage giving a share (a percentage, "a third") answers. */
      wantsShare: boolean;
      /** "Where is X headquartered?": where a passage tells X's seat, only such a passage answers. */
      seat: boolean;
      /** "Why can't …?", "Why did he not …?": asks why something did not happen. */
      negated: boolean;
      /** "Who said …?": a quote is answered by the sentence naming its speaker (see `withSpeaker`). */
      speaker: boolean;
      /** "What did she say/tweet …?": the words said, which may follow the sentence naming her. */
      saying: boolean;
      /** The question's verbs as written ("held" in "Where are they being held?"), for "where". */
      verbs: readonly string[];
      /** "In what year …?": a date written with its year is the one asked for. */
      wantsYear: boolean;
      /** "Who is the mayor?": a name answers, not people told of by a noun. */
      identity: boolean;
      /** "When does a flaw make headlines?": a condition may answer (see `CONDITION_QUESTION`). */
      condition: boolean;
      /** "What time …?": only a passage giving a time of day answers. */
      wantsTime: boolean;
      /** "How long …?": only a passage giving a length of time (or, for a thing, of space) answers. */
      wantsDuration: boolean;
      /** "How long is the X?": a length in space may answer (see `LENGTH`). */
      wantsLength: boolean;
      /** "How heavy …?", "How often …?": only a passage giving that measure answers. */
      measure: Measure | null;
      /** "When was she born?": only a passage telling the event answers (see LIFE_EVENTS). */
      event: RegExp | null;
      /** "Will she resign?": only a passage holding all its words answers. */
      yesNo: boolean;
      /** A yes-or-no question's own verb, as written and as its base (see `askedVerb`). */
      yesNoVerb: readonly string[];
      /** "Which company …?": the question's own words, none of which names the answer. */
      wantsName: ReadonlySet<string> | null;
      /** "Which banks …?": only a passage with the noun, or naming something of its kind, answers. */
      which: { noun: RegExp; kinds: readonly EntityKind[] } | null;
      /** "What is the name of the goalkeeper …?": only a passage naming one by the noun answers. */
      naming: ((text: string) => boolean) | null;
      /** The entities the question names (not an answer to "Which …?"). */
      named: ReadonlySet<number>;
      /** "first", "last", "again" asked: a passage saying so tells which of several events. */
      order: RegExp | null;
      /** The period the question names ("next year", "in 2019"), see `periodAsked`. */
      period: { same: RegExp; other: RegExp } | null;
      /** "How much … per month?": only a sum given by the month answers (see `rateAsked`). */
      rate: RegExp | null;
      /** "When did …?" asked of the past or present (not "what year", not "when will"): a time told by an event may answer. */
      relative: boolean;
      /** "How many jobs …": a figure standing just before the word counted. */
      counted: RegExp | null;
      /** "Who makes X?": a firm holding the role answers, not only a person. */
      makers: boolean;
      /** The nouns of the role a "who" question asks with its verb ("founded": founder, founders). */
      roleNouns: RegExp | null;
      /** Role nouns a "who" question asks about ("leader" in "Who is the leader of X?"). */
      roles: readonly string[];
      specific: boolean;
      /** Stems of the question's other words, to find where in a sentence the question points. */
      focus: readonly string[];
      /** The question asks when something began ("When did the strike begin?"). */
      start: boolean;
      /** The question asks about what lies ahead or what was done (see `tenseAsked`). */
      tense: Tense;
      question: QuestionTerms;
    },
  ): Candidate[] {
    const names = entity ? this.entityNames(entity) : [];
    const definitionSentence = entity?.definition
      ? this.sentenceId(
          entity.definition.mention.article,
          entity.definition.mention.paragraph,
          entity.definition.mention.sentence,
        )
      : undefined;
    // A loop, not Math.min(...ids): a spread of a hundred thousand arguments overflows the stack.
    let firstMention = Infinity;
    for (const c of candidates) firstMention = Math.min(firstMention, c.id);
    const weakDefinition = entity?.definition?.form === 'descriptor';
    // A phrase's last word is what it is ("the automation plan" is a plan): "a plan … to …" defines it.
    const head = names.length === 0 ? asked.phrases[1]?.split(' ').at(-1) : undefined;
    const definitions =
      asks === 'who' || asks === 'what'
        ? [
            ...definitionPatterns(names.length > 0 ? names : asked.phrases),
            ...(head ? headDefinitionPatterns(head) : []),
          ]
        : [];
    // "How old is Grace?": where a passage gives an age by her name, only such a passage answers
    // (not the one giving her husband's age beside her name).
    const ageOfSubject = asked.wantsAge ? ageBy(names) : null;
    const agedByName =
      ageOfSubject !== null && candidates.some((c) => ageOfSubject.test(this.quoted(c).text));
    const seatOfSubject = asked.seat ? seatBy(names, entity?.kind === 'person') : null;
    const roleOfSubject = asked.roles.length > 0 ? roleBy(names, asked.roles) : null;
    const seatedByName =
      seatOfSubject !== null && candidates.some((c) => seatOfSubject.test(this.quoted(c).text));
    // "When did the cuts become compulsory?": "… in May, and the following month made them
    // mandatory" is dated where the question's word is written in other words.
    const dateFocus = asks === 'when' ? [...asked.focus, ...asked.question.alike] : [];
    const strongest = this.strongest(candidates, definitionSentence);
    const personNamed = asks === 'who' && strongest.some((c) => this.namesPerson(c));
    const scored: Candidate[] = [];
    for (const strong of strongest) {
      const speaking = asked.speaker ? this.withSpeaker(strong) : strong;
      // Only for what was said: a "why" reads the sentence after, a "where" the sentence itself.
      const candidate =
        asks === 'what' || asks === 'ask' || asks === 'who'
          ? this.withQuoteOpening(speaking)
          : speaking;
      const { record } = candidate;
      const quoted = this.quoted(candidate);
      // Where the subject stands only matters to date it ("when").
      const subjectIndex =
        candidate.lead === undefined && asks === 'when'
          ? this.subjectIndexIn(record.text, entity ? names : asked.question.terms)
          : null;
      let anchors: number[][] | undefined;
      /** The sentence after, quoted with this one (a cause for "why", or what it goes on about). */
      let followedBy: number | undefined;
      /** The sentence before, quoted with this one (the cause of what it says followed). */
      let ledBy: number | undefined;
      // The first mention introduces: evidence of who or what, and often of when; not of where or why.
      let bonus = candidate.id === firstMention && asks !== 'where' && asks !== 'why' ? 0.3 : 0;
      switch (asks) {
        // A definition answers "who/what is X"; a question with more words ("what will X do …") wants those words.
        case 'who': {
          // "Who is the state's governor?" asks for a person: a passage naming none does not say.
          // "Who makes the heaters?" is answered by a firm.
          const firm = asked.makers && candidate.holder !== undefined;
          // "Who gave the writer the idea?": where no passage names a person, "My best friend …
          // sketched out the strategy" tells of one by a noun — not by the role asked about, nor
          // for "Who is the mayor?", which asks for a name.
          if (
            !entity &&
            !firm &&
            !this.namesPerson(candidate) &&
            !(!personNamed && !asked.identity && tellsOfPeople(quoted.text, asked.question.terms))
          )
            continue;
          // "Who is the leader of X?": a passage without that role, or with only its "deputy
          // leader", does not say.
          if (asked.roles.length > 0 && candidate.holder === undefined) {
            const text = foldCase(quoted.text);
            // "Who founded X?": "As the founders of X, the Wing …" holds it by the role's noun.
            const held =
              asked.roleNouns?.test(quoted.text) === true ||
              asked.roles.some(
                (role) =>
                  new RegExp(`\\b${role}`).test(text) &&
                  !new RegExp(
                    `\\b(?:deputy|vice|assistant|acting|interim|former|ex)[- ]${role}`,
                  ).test(text),
              );
            if (!held) continue;
            if (roleOfSubject?.test(quoted.text)) bonus += ROLE_OF_SUBJECT_BONUS;
          }
          if (candidate.id === definitionSentence)
            bonus += asked.specific ? 1 : weakDefinition ? 1.5 : 3;
          // Nothing defines X: the passages giving X's full name introduce X ("including Jason
          // Snell in …"), where the first name alone goes on about someone known ("Jason's …").
          if (
            !asked.specific &&
            entity &&
            !entity.definition &&
            entity.name.includes(' ') &&
            record.text.includes(entity.name)
          )
            bonus += FULL_NAME_BONUS;
          // "… the widow of slain Officer Blake Snyder is using Facebook … | Although Elizabeth
          // Snyder still endures …": a person first named right after a sentence describing
          // someone unnamed is who that sentence describes.
          if (
            !asked.specific &&
            entity?.kind === 'person' &&
            !entity.definition &&
            candidate.id === firstMention &&
            candidate.lead === undefined &&
            this.following(candidate.id - 1) === candidate.id &&
            describesUnnamed(this.kb.sentences[candidate.id - 1])
          ) {
            ledBy = candidate.id - 1;
            bonus += DESCRIBED_BEFORE_BONUS;
          }
          // "“So what if he’s a billionaire?” says Polian": someone's words quoted, not the
          // article saying who he is.
          if (!OPENS_QUOTE_MARK.test(record.text))
            bonus += (asked.specific ? 0.5 : 2) * definitionScore(record.text, definitions);
          break;
        }
        case 'what':
          bonus += (asked.specific ? 0.5 : 3) * definitionScore(quoted.text, definitions);
          if (candidate.id === definitionSentence) bonus += asked.specific ? 0 : 1;
          // "… an investment company. This is a special designation for …": defined right after.
          if (candidate.lead !== undefined && ANAPHORIC_DEFINITION.test(record.text))
            bonus += asked.specific ? 0.5 : 2.5;
          break;
        case 'when': {
          // The date nearest the words asked about ("expire"), else nearest the subject's name;
          // a window is dated as one text, so its lead's date counts.
          // "When was the second nest found?": of "found the first nest on 14 April, and a second
          // two days later", the date by "second" tells which one.
          const ordinal = focusPositions(
            quoted.text,
            asked.focus.filter((w) => ORDINAL.test(w)),
          );
          const found = ordinal.length > 0 ? ordinal : focusPositions(quoted.text, dateFocus);
          anchors = found.length > 0 ? found : subjectIndex === null ? [] : [[subjectIndex]];
          const date = bestDate(
            this.datesAsked(candidate, quoted, asked.question, asked.tense, asked.wantsYear),
            anchors,
            quoted.text,
          );
          // "When does a security flaw make headlines?" asks for a condition: "… if it's at a big
          // company" answers it undated.
          if (!date && asked.condition && CONDITION_CLAUSE.test(quoted.text)) break;
          // "When did the participants do the two tests?": "Before and after watching the films,
          // …" answers it undated, weighing less than a date would.
          if (!date && asked.relative && TIME_CLAUSE.test(quoted.text)) {
            bonus -= UNDATED_TIME_PENALTY;
            break;
          }
          if (!date) continue;
          // "When did the ship lift off?": a plan dated after the article may still be all the
          // passage gives ("had lifted off … It was set to dock on Saturday"), but weighs less.
          const planned = asked.tense === 'past' && this.afterWriting(candidate, date.date);
          bonus += 2 * date.score * (planned ? PLAN_FOR_PAST : 1);
          if (asked.start && START_WORDS.test(record.text)) bonus += 1;
          break;
        }
        case 'where': {
          // A passage that names no place and has no "in/at <Name>" does not say where; in a
          // window, the place must stand with the subject, not in the sentence after it.
          const own =
            candidate.lead === undefined ? record : (this.kb.sentences[candidate.lead] ?? record);
          const places = own.entities.filter(
            (e) => this.kb.entities[e]?.kind === 'place' && this.kb.entities[e] !== entity,
          ).length;
          // "called in the accountancy firm <subject>": the subject does not place itself.
          let text = own.text;
          for (const name of names) text = text.split(name).join('…');
          // "Kelby, a market town at the head of the valley": a place's own description says
          // where it is, named place or not.
          const locates =
            candidate.id === definitionSentence &&
            entity?.definition !== null &&
            situates(entity?.definition?.phrase ?? '');
          // "Where does his friend work?": "My friend works for a major consulting firm" says so.
          const employer = asked.seat && EMPLOYER.test(text) ? PLACE_MARKER_SCORE : 0;
          // "Where is Vidyard headquartered?": a body's seat is a particular place; a person may
          // work from "a converted net loft".
          const bodySeat = asked.seat && entity?.kind !== 'person';
          // "Vizio Inc. of Irvine": the seat written by the name places it, a known place or not.
          const seated = seatedByName ? PLACE_MARKER_SCORE : 0;
          const place = Math.max(
            placeScore(text, places, bodySeat),
            locates ? 1 : 0,
            employer,
            seated,
          );
          if (place === 0) continue;
          if (seatedByName && seatOfSubject?.test(quoted.text) !== true) continue;
          bonus += 2 * place;
          // "Where are the suspects being held?": "… are being held in the Baldwin County jail"
          // places the very thing asked, not only some other event of the same people.
          if (placedByVerb(own.text, asked.verbs)) bonus += VERB_PLACE_BONUS;
          break;
        }
        case 'why': {
          bonus += 1.2 * this.cause(candidate.id);
          // "… others changed the plot. | As a result, the Special Editions generated
          // controversy": a sentence telling what followed from the one before has its cause there.
          if (
            candidate.lead === undefined &&
            RESULT_OPENER.test(record.text) &&
            this.nextSentence(candidate.id - 1) === candidate.id
          )
            ledBy = candidate.id - 1;
          // "Why can't many students move?": a passage saying they cannot tells of that.
          if (asked.negated && NEGATION.test(quoted.text)) bonus += NEGATION_BONUS;
          // An article's opening sentence sums up the story and holds most of a question's
          // words; without an outright cause it is rarely why ("At least 14 people have been
          // killed after torrential rain …" for "Why couldn't the land soak up the rain?").
          if (record.paragraph === 0 && record.sentence === 0 && this.cause(candidate.id) < 1)
            bonus -= LEDE_WITHOUT_CAUSE;
          // "Whole Foods is not opening any new 365 stores. The price distinction … has become
          // less relevant": a passage that tells the event without a cause is quoted with the
          // sentence after it, which most often gives it.
          // A passage closing its paragraph reads on into the next one only when that one opens
          // with a cause ("… agreed to merge with a rival. | That deal fell apart because …").
          let next = candidate.lead === undefined ? this.following(candidate.id) : undefined;
          if (next === undefined && candidate.lead === undefined) {
            const after = this.nextSentence(candidate.id);
            if (after !== undefined && this.cause(after) > 0) next = after;
          }
          if (next !== undefined && this.cause(candidate.id) === 0) {
            followedBy = next;
            bonus += 1.2 * this.cause(next);
          }
          break;
        }
        default:
          break;
      }
      // "The recall covers three models of the Velora. They carry the model numbers …": a
      // sentence the next one goes on about by a pronoun is quoted with it — but "who X" alone
      // asks who X is, which the sentence defining X says by itself.
      const identity = asks === 'who' && entity !== undefined && !asked.specific;
      if (!identity && followedBy === undefined && candidate.lead === undefined) {
        const next = this.following(candidate.id);
        const text = next === undefined ? '' : (this.kb.sentences[next]?.text ?? '');
        // "Emery also retweeted the piece, adding: | “Before long we’ll all …”": asked what was
        // said, the words follow the sentence that introduces them.
        // What follows may open the paragraph after ("… posted a picture of two teddy bears. |
        // She writes, “These bears were made …”").
        const after = this.nextSentence(candidate.id);
        const words = after === undefined ? '' : (this.kb.sentences[after]?.text ?? '');
        if (CONTINUES.test(text)) followedBy = next;
        // "The Decoy effect is also a commonly used tactic. | You think one product is a deal
        // because …": asked what X is, a short sentence naming it is quoted with the one after,
        // which says what it is.
        else if (
          asks === 'what' &&
          !asked.specific &&
          next !== undefined &&
          wordCount(record.text) <= SHORT_MENTION_WORDS
        )
          followedBy = next;
        // "… are facing a laundry list of challenges. | To name a few: High inflation, …": what
        // opens by giving examples spells out the sentence before, in its paragraph or the next.
        else if (GIVES_EXAMPLES.test(words)) followedBy = after;
        // "… Trump praised Giuliani's support for his candidacy:" announces what follows.
        else if (/:\s*$/.test(record.text)) followedBy = after;
        else if (asked.saying && OPENS_QUOTATION.test(words)) followedBy = after;
        // "What was your pitch? | There was that movie …": an interviewer's question is quoted
        // with the answer that follows it.
        else if (ASKS.test(record.text) && words && !ASKS.test(words)) followedBy = after;
      }
      // A question in the text ("How busy is Saltmere today?") answers nothing by itself (an
      // interviewer's is quoted with the answer, above), but the facts a rhetorical one sets out
      // first may ("So when the Mets re-up with Cespedes for $27.5 million a year, why do I get
      // …?").
      // "Will people be more intrigued by … filmmaker Nate Parker?" still says who Parker is.
      const onlyAsks =
        ASKS.test(quoted.text) &&
        !STATES_THEN_ASKS.test(quoted.text) &&
        !(candidate.id === definitionSentence && !asked.specific);
      if (onlyAsks && followedBy === undefined) continue;
      // "Jason:" before the tweet it introduces tells nothing by itself.
      if (LABEL.test(quoted.text) && followedBy === undefined) continue;
      // A question quoted with what follows it gives no facts: what follows must hold what is asked.
      const told =
        onlyAsks && followedBy !== undefined
          ? (this.kb.sentences[followedBy]?.text ?? '')
          : quoted.text;
      // "How much did it cost?" is answered by a sum of money, or not at all.
      if (asked.wantsSum && !this.tells(givesSum, candidate, told)) continue;
      if (asked.wantsFigure && !this.tells(countTest(asked), candidate, told)) continue;
      const { unit } = asked;
      if (unit && !this.tells((text) => unit.test(text), candidate, told)) continue;
      if (asked.wantsShare && !this.tells(givesShare, candidate, told)) continue;
      // A person's age is no building's: "… has been selling the deck since 1970" is not Kaplan's.
      const age = entity?.kind === 'person' ? PERSON_AGE : AGE;
      if (asked.wantsAge && !(agedByName ? ageOfSubject?.test(told) === true : age.test(told)))
        continue;
      if (asked.wantsTime && !CLOCK_TIME.test(told)) continue;
      if (asked.wantsDuration && !DURATION.test(told) && !(asked.wantsLength && LENGTH.test(told)))
        continue;
      if (asked.measure && !asked.measure.gives.test(told)) continue;
      if (asked.rate && !asked.rate.test(told)) continue;
      if (asked.event && !asked.event.test(told)) continue;
      // Short of that share, a passage naming the subject with the very verb asked tells of it
      // ("Was the U.S. quick to ground the 737 Max?": "… one of the last countries to ground the
      // plane"); one without the verb stays no answer ("Will she resign?": "… she said").
      if (asked.yesNo) {
        const share = asked.question.share(candidate.id);
        const named =
          !entity ||
          this.mentionIds(entity).has(candidate.id) ||
          (candidate.lead !== undefined && this.mentionIds(entity).has(candidate.lead));
        const answers =
          share >= YES_NO_SHARE ||
          (named && asked.yesNoVerb.length === 0 && share >= YES_NO_STATE_SHARE) ||
          (tellsVerb(record, asked.yesNoVerb) &&
            (!entity || this.mentionIds(entity).has(candidate.id)));
        if (!answers) continue;
      }
      if (asked.wantsName && !namesOther(told, asked.wantsName)) continue;
      if (asked.which && !this.givesWhich(candidate, told, asked.which, asked.named)) continue;
      if (asked.naming && !asked.naming(told)) continue;
      if (asked.wantsNumber) bonus += 1.2 * figureScore(record.text, asked.focus);
      // "When was the bridge first closed?": the passage that says "first" (or "for the first time").
      if (asked.order?.test(told)) bonus += ORDER_BONUS;
      // "What is the IMF's forecast for growth next year?": of "… this year" and "… next year",
      // the passage about the period asked.
      if (asked.period?.same.test(told)) bonus += PERIOD_BONUS;
      else if (asked.period?.other.test(told)) bonus -= PERIOD_BONUS;
      // "How many jobs …": "about 1,200 jobs" counts exactly what is asked.
      if (asked.counted?.test(told)) bonus += COUNTED_BONUS;
      scored.push({
        ...candidate,
        ...(followedBy === undefined
          ? {}
          : {
              id: followedBy,
              record: this.kb.sentences[followedBy] as SentenceRecord,
              lead: candidate.id,
            }),
        ...(ledBy === undefined ? {} : { lead: ledBy }),
        ...(anchors ? { anchors } : {}),
        score:
          candidate.score +
          bonus -
          candidate.id / (this.sentenceCount * 20) -
          lengthPenalty(record.text),
      });
    }
    return scored.sort((a, b) => b.score - a.score);
  }

  /** True when a sentence names one of the subjects asked besides the first. */
  private namesOthersAsked(id: number, resolved: ResolvedSubject): boolean {
    const others = resolved.entities.slice(1);
    return this.kb.sentences[id]?.entities.some((e) => others.includes(e)) === true;
  }

  /**
   * True when what a candidate tells passes `test` (made once, see `SentenceTests`): a sentence
   * quoted alone is tested once for all questions, a pair as it is quoted.
   */
  private tells(test: (text: string) => boolean, candidate: Candidate, told: string): boolean {
    return told === candidate.record.text ? this.tests.passes(test, candidate.id) : test(told);
  }

  /**
   * The candidates worth the intent's pattern pass: the best by the question's words (ties by
   * reading order), and the subject's defining sentence whatever its rank. A name mentioned in
   * thousands of sentences would otherwise cost thousands of pattern tests per question.
   */
  private strongest(candidates: readonly Candidate[], definition: number | undefined): Candidate[] {
    if (candidates.length <= MAX_RANKED) return [...candidates];
    // The MAX_RANKED-th best score, found by sorting the scores alone: only the candidates at or
    // above it are sorted whole (a frequent word makes tens of thousands of candidates).
    const scores = new Float64Array(candidates.length);
    candidates.forEach((c, i) => {
      scores[i] = c.score;
    });
    scores.sort();
    const cut = scores[scores.length - MAX_RANKED] as number;
    const byRank = (a: Candidate, b: Candidate) => b.score - a.score || a.id - b.id;
    const above = candidates.filter((c) => c.score > cut);
    const at = candidates.filter((c) => c.score === cut).sort(byRank);
    const kept = [...above, ...at.slice(0, MAX_RANKED - above.length)].sort(byRank);
    const defining = [
      ...candidates.filter((c) => c.score < cut),
      ...at.slice(MAX_RANKED - above.length),
    ]
      .filter((c) => c.id === definition)
      .sort(byRank);
    return [...kept, ...defining];
  }

  /**
   * The quote of a passage, with the sentences around it in its paragraph that an answer reads
   * into. The one after, when it also holds words of the question ("Shelters … under the Harwick
   * Street post office | … the old shelter at Harwick Street has since been turned over to mail
   * sorting"), names a subject asked, or speaks of it by a pronoun after a sentence naming it
   * ("… the engine of the Maud Ellen failed … | … a lifeboat had to tow her in"); asked why, when
   * it gives the cause the passage lacks ("And interest rates plunged … | That’s because Treasury
   * bonds …"). The one before, when it holds words of the question the passage lacks, names a
   * subject asked that a pronoun opening the passage speaks of ("The Tidewatch Trust bought
   * Brackney Marshes in 2019. | It wants to turn the fields into a reserve …"), or is what the
   * passage opens by pointing back to ("… government borrowing expanded during recessions … |
   * That countercyclical policy has been …"). A passage already
   * quoted with a sentence of its context (a lead) stays as it is.
   */
  private readOn(
    candidate: Candidate,
    text: string,
    question: QuestionTerms | undefined,
    subjects: readonly number[],
    asks: Intent,
  ): string {
    const { record } = candidate;
    const paragraph = this.kb.articles[record.article]?.paragraphs[record.paragraph];
    if (!question || candidate.lead !== undefined || !paragraph) return text;
    const named = (sentence: SentenceRecord) => sentence.entities.some((e) => subjects.includes(e));
    const next = this.following(candidate.id);
    const after = next === undefined ? undefined : this.kb.sentences[next];
    const goesOn =
      next !== undefined &&
      after !== undefined &&
      (question.matched.has(next) ||
        named(after) ||
        (named(record) && THIRD_PERSON.test(after.text)) ||
        (asks === 'why' && this.cause(candidate.id) < 1 && this.cause(next) === 1));
    const previous = record.sentence > 0 ? this.kb.sentences[candidate.id - 1] : undefined;
    const lacking = ~question.matched.get(candidate.id);
    const comesFrom =
      previous !== undefined &&
      ((question.matched.get(candidate.id - 1) & lacking) !== 0 ||
        (CONTINUES.test(record.text) && named(previous)) ||
        DEMONSTRATIVE.test(record.text));
    return paragraph.text.slice(
      comesFrom && previous ? previous.start : record.start,
      goesOn && after ? after.end : record.end,
    );
  }

  /**
   * One citation per paragraph, best first: the answering sentence quoted (read on when the
   * subjects asked are given, see `readOn`), the paragraph as text.
   */
  private cite(
    ranked: readonly Candidate[],
    asks: Intent,
    question?: QuestionTerms,
    tense: Tense = null,
    wantsYear = false,
    readsOnTo: readonly number[] | null = null,
  ): Citation[] {
    const seen = new Set<string>();
    const citations: Citation[] = [];
    for (const candidate of ranked) {
      const { record } = candidate;
      const key = `${record.article}:${record.paragraph}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const quoted = this.quoted(candidate);
      const date =
        asks === 'when' && question
          ? bestDate(
              this.datesAsked(candidate, quoted, question, tense, wantsYear),
              candidate.anchors ?? [],
              quoted.text,
            )
          : bestDate(quoted.dates, [], quoted.text);
      const citation = citeSentence(
        this.kb,
        record,
        readsOnTo ? this.readOn(candidate, quoted.text, question, readsOnTo, asks) : quoted.text,
        date?.date.iso ?? null,
        candidate.score,
      );
      // A "when" answer that gives a date cites only dated passages: an undated one (a time told
      // by an event) adds nothing beside it.
      if (asks === 'when' && citations[0]?.date && !citation?.date) continue;
      if (citation) citations.push(citation);
      if (citations.length >= MAX_CITATIONS) break;
    }
    return citations;
  }

  private summarise(
    asks: Intent,
    subject: string,
    entity: Entity | undefined,
    citations: readonly Citation[],
    top: Candidate,
  ): string {
    const first = citations[0];
    if (!first) return '';
    const where = `(¶${first.paragraph})`;
    if (asks === 'who' && entity?.definition) {
      const id = this.sentenceId(
        entity.definition.mention.article,
        entity.definition.mention.paragraph,
        entity.definition.mention.sentence,
      );
      // A plural description ("local leaders X and Y") is shared: quote it rather than
      // present it as the person's role.
      const shared =
        entity.definition.form === 'descriptor' && /[^s]s$/.test(entity.definition.phrase);
      if (id === top.id && !shared) return `${entity.name} — ${entity.definition.phrase} ${where}`;
    }
    const holder = top.holder === undefined ? undefined : this.kb.entities[top.holder];
    if (asks === 'who' && holder?.definition)
      return `${holder.name} — ${holder.definition.phrase} ${where}`;
    if (asks === 'who' && entity) return `${entity.name}: ${first.quote} ${where}`;
    if (asks === 'when' && first.date) return `${subject} — ${first.date} ${where}: ${first.quote}`;
    return `${first.quote} ${where}`;
  }

  private notFound(base: Answer, subject: string, missing: string): Answer {
    const suggestions = this.subjects.didYouMean(missing);
    const hint =
      suggestions.length > 0 ? ` Did you mean ${suggestions.map((s) => s.name).join(', ')}?` : '';
    return {
      ...base,
      subject: subject || null,
      summary: `The articles do not say anything about “${missing}”.${hint}`,
      suggestions,
    };
  }

  private timeline(base: Answer, parsed: ParsedQuestion): Answer {
    let ids: number[];
    let label: string | null = null;
    if (parsed.subject) {
      const resolved = this.subjects.resolve(parsed.subject);
      const main = resolved.entities[0];
      const entity = main === undefined ? undefined : this.kb.entities[main];
      if (entity && main !== undefined) {
        label = entity.name;
        ids = this.kb.sentences.flatMap((record, id) =>
          record.entities.includes(main) ? [id] : [],
        );
      } else {
        label = parsed.subject;
        const question = this.weigh(resolved.terms);
        ids = Array.from(question.matched.keys().filter((id) => question.covers(id)));
        if (ids.length === 0) return this.notFound(base, parsed.subject, parsed.subject);
      }
    } else {
      ids = this.kb.sentences.map((_, id) => id);
    }
    return timelineOf(this.kb, ids, label, base);
  }
}

/**
 * The noun a question asks of a name it writes as owner ("Mr Tulley's wife", "Clearwage's chief
 * financial officer" → "wife", "officer"), in lower case; null when it asks no such thing.
 */
function ownedNoun(subject: string, names: readonly string[]): string | null {
  const match = /([\p{L}-]+)['’]s?\s+((?:\p{Ll}+\s*){1,3})/u.exec(subject);
  if (!match) return null;
  const owner = foldCase(match[1] ?? '');
  if (!names.some((name) => foldCase(name).split(/\s+/).includes(owner))) return null;
  // The noun phrase ends before a verb ("wife called", "fleet grounded", "board announce") or a
  // small word.
  const verbs = new Set(
    tagWords(match[2] ?? '')
      .filter((word) => word.pos === 'VERB' || word.pos === 'AUX')
      .map((word) => word.text),
  );
  const phrase: string[] = [];
  for (const word of (match[2] ?? '').trim().split(/\s+/)) {
    if (STOP_WORDS.has(word) || ASKING_VERB.test(word) || verbs.has(word)) break;
    phrase.push(word);
  }
  const noun = phrase.at(-1);
  return noun && noun.length >= 3 ? foldCase(noun) : null;
}

/** Words that end the noun phrase of "X's <noun> …": verbs of the question. */
const ASKING_VERB =
  /^(?:called|named|do|does|did|say|says|said|get|gets|got|make|makes|\p{Ll}+(?:ed|ing))$/u;

/** What a passage giving a figure just before the word "how many" counts gains. */
const COUNTED_BONUS = 1.2;

/** What an article's opening sentence loses for "why" when it gives no outright cause. */
const LEDE_WITHOUT_CAUSE = 1;

/**
 * Where an ISO date falls against the article's date of writing, at the date's own precision
 * ("2025-10" is neither before nor after "2025-10-14"): −1 before, 0 the same, 1 after.
 */
function sinceWriting(iso: string, published: string): number {
  const written = published.slice(0, iso.length);
  return iso < written ? -1 : iso > written ? 1 : 0;
}

/** A question about what lies ahead of the article ("When will …?", "When is it due to …?"). */
const AHEAD_QUESTION = /\b(?:will|going to|due to|(?:set|expected|scheduled) to)\b/i;
/** What the date bonus of a passage is worth when its date falls after writing and "When did …?" is asked. */
const PLAN_FOR_PAST = 0.25;
/**
 * "When does a tiny security flaw make big headlines?", "When is it fine to …?": a "when" asked in
 * the present of what happens, not of a day (nor of what is next, due or planned).
 */
const CONDITION_QUESTION =
  /^(?:[^,?]*,\s*)?when\s+(?:do|does|is|are|can|should|must)\s(?![^?]*\b(?:next|new|latest|first|last|scheduled|set(?!\s+up\b)|due|planned|expected|supposed|slated|meant|intended|year|month|day|date|time|season|open|opens|close|closes|start|starts|begin|begins|end|ends|launch|premiere|release|released)\b)/i;
/**
 * A clause of condition or time: "if it's at a big company", "once they got past …", "unless …",
 * "with your debts whittled down".
 */
const CONDITION_CLAUSE =
  /\b(?:when|whenever|if|unless|once|as soon as|until|before|after)\s+(?:you|we|they|he|she|it|i|people|someone|somebody|the|a|an|it['’]s|they['’]re|you['’]re|we['’]re)\b|\bwith\s+(?:your|our|their|his|her|its|the)\s+(?:\p{L}+\s+){1,2}(?:\p{L}+ed|paid|done|gone|down|over)\b/iu;

/**
 * A time told by an event or a span, not a date: "before and after watching", "during the
 * primary", "when we were kids", "a week after the election", "several years earlier",
 * "later in the week", "recently" (not "at once", "once again", "after all", nor "while" of
 * contrast).
 */
const TIME_CLAUSE =
  /\b(?:before|after(?!\s+all\b)|during|until|till|(?<!at\s)once(?!\s+(?:again|more)\b))\s+\p{L}|\bwhen\s+(?:you|we|they|he|she|it|i|people|the|a|an|my|our|his|her|their)\b|\b(?:days?|weeks?|months?|years?|decades?|hours?|minutes?|while|so)\s+(?:ago|earlier|later|before|after)\b|\b(?:later|earlier)\s+(?:in|that|this)\s+(?:the\s+)?\p{L}|\brecently\b|\bwith\s+the\s+(?:release|launch|arrival|introduction|debut|advent|opening|passage|rise|fall|collapse|election)\s+of\b|\b(?:at|by)\s+the\s+(?:start|end|beginning|time|height|close)\s+of\b|\bsince\s+(?:the|his|her|their|its)\s+\p{L}/iu;
/** What an undated passage telling a time by an event (TIME_CLAUSE) weighs less than a dated one. */
const UNDATED_TIME_PENALTY = 1;
/** What a passage gains that gives the role asked about as the subject's ("Sudan’s president"). */
const ROLE_OF_SUBJECT_BONUS = 1.5;
/** What a passage naming the period a question asks about gains, and one naming another loses. */
const PERIOD_BONUS = 1;
/** A period told relative to now ("next year", "this season"). */
const RELATIVE_PERIOD =
  /\b(next|last|this|coming|past|previous) (year|month|week|quarter|season)\b/i;

/**
 * The period a question names, as a test for passages naming it ("next year", "2019") and one for
 * passages naming another of its kind ("this year", "2018"); null when it names none.
 */
function periodAsked(query: string): { same: RegExp; other: RegExp } | null {
  // "How many tasks does ATF handle today?": "currently serving 9,000 tasks", not the plan.
  if (PRESENT_ASKED.test(query)) return { same: PRESENT_TOLD, other: NEVER };
  const relative = RELATIVE_PERIOD.exec(query);
  if (relative) {
    const [, which = '', unit = ''] = relative;
    return {
      same: new RegExp(`\\b${which} ${unit}\\b`, 'i'),
      other: new RegExp(
        `\\b(?!${which}\\b)(?:next|last|this|coming|past|previous) ${unit}\\b`,
        'i',
      ),
    };
  }
  const year = /\b(?:19|20)\d{2}\b/.exec(query)?.[0];
  if (!year) return null;
  return {
    same: new RegExp(`\\b${year}\\b`),
    other: new RegExp(`\\b(?!${year}\\b)(?:19|20)\\d{2}\\b`),
  };
}

/** "… today?", "… right now?": the present is asked. */
const PRESENT_ASKED =
  /\b(?:today|currently|right now|at the moment|these days|nowadays|at present)\b/i;
/** How a passage tells the present. */
const PRESENT_TOLD = /\b(?:today|currently|now|at the moment|these days|nowadays|at present)\b/i;
/** A pattern that matches nothing. */
const NEVER = /(?!)/;

/** A unit of time a rate is given by, and how a passage writes the rate. */
const RATES: ReadonlyArray<[string, string]> = [
  ['hour', 'hourly|/hr'],
  ['day', 'daily|/day'],
  // A hotel's night is priced by its "daily rate".
  ['night', 'nightly|daily|a day|per day'],
  ['week', 'weekly|/wk'],
  ['month', 'monthly|/mo'],
  // "carried about 84,000 passengers last year": a year's count.
  [
    'year',
    'yearly|annual|annually|per annum|/yr|(?:last|this|that|past|previous) year|in (?:19|20)\\d{2}',
  ],
];

/**
 * "How much does it cost per month?", "How many people ride the line each day?": the rate a
 * passage must give ("$4.99 a month", "a monthly fee of …", "31,000 vehicles a day").
 */
function rateAsked(query: string): RegExp | null {
  if (!/\bhow (?:much|many)\b/i.test(query)) return null;
  const unit = /\b(?:per|a|an|each|every) (hour|day|night|week|month|year)\b/i.exec(query)?.[1];
  const rate = RATES.find(([name]) => name === unit?.toLowerCase());
  if (!rate) return null;
  const [name, written] = rate;
  return new RegExp(
    `\\b(?:a|an|per|each|every|the) ${name}\\b|(?:\\b|(?=/))(?:${written})\\b`,
    'i',
  );
}

/** A question about what was done ("When did …?", "When was it signed?"). */
const PAST_QUESTION = /\b(?:did|was|were|had)\b/i;
/** A question about the next or coming one of something. */
const NEXT_QUESTION = /\b(?:next|upcoming|coming)\b/i;
/** A past question that asks for a plan ("When was the vote scheduled for?"). */
const PLANNED = /\b(?:scheduled|set|due|planned|expected|supposed|slated|meant|intended)\b/i;

/** Whether a question asks about what lies ahead of the article, what was done before it, or either. */
type Tense = 'ahead' | 'past' | null;

/** The tense a question asks in, for the dates that may answer it (see `datesAsked`). */
function tenseAsked(query: string): Tense {
  if (AHEAD_QUESTION.test(query)) return 'ahead';
  // "When is the next council election?"; not "When did the next trial start?".
  if (NEXT_QUESTION.test(query) && !PAST_QUESTION.test(query)) return 'ahead';
  return PAST_QUESTION.test(query) && !PLANNED.test(query) ? 'past' : null;
}

/** What a passage saying the order asked ("first", "last", "again") gains. */
const ORDER_BONUS = 0.5;

/**
 * Words that pick one of several events ("first", "last", "again", "will") or facts ("where …
 * from"), and how a passage says each.
 */
const ORDER_WORDS: ReadonlyArray<[RegExp, RegExp]> = [
  [/\b(?:first|initially|originally)\b/i, /\b(?:first|initially|originally|began|begun)\b/i],
  [/\b(?:last|latest|most recent)\b/i, /\b(?:last|latest|most recent|previous)\b/i],
  [/\b(?:again|second)\b/i, /\b(?:again|second|another)\b/i],
  // "Where is she from?": the passage that tells where she was born or grew up.
  [/\bwhere\b.*\bfrom\b/i, /\b(?:born|grew up|raised|native of|hails? from|comes? from)\b/i],
  // "How many patients will the next trial involve?": the passage that looks ahead.
  [
    /\b(?:will|going to|next|upcoming)\b/i,
    /\b(?:will|would|plans?|planned|expects?|expected|hopes?|due to|intends?|aims?|scheduled|next)\b/i,
  ],
];

/** The pattern of the order a question asks for ("When was it first closed?"), or null. */
function orderAsked(query: string): RegExp | null {
  return ORDER_WORDS.find(([asked]) => asked.test(query))?.[1] ?? null;
}

/**
 * The head of the noun phrase a question opens with: the last of its first run of `nouns` (parts
 * of speech), past the words it may open with (`before`; null: any) and the words that may stand
 * between its nouns (`after`) — "homes" in "homes lost power", "party" in "political party".
 */
function headNoun(
  phrase: string,
  passing: {
    nouns: readonly string[];
    before: readonly string[] | null;
    after?: readonly string[];
  },
): string | undefined {
  let noun: string | undefined;
  for (const word of tagWords(phrase.replace(/[?!.]+$/, ''))) {
    if (passing.nouns.includes(word.pos)) noun = word.text;
    else if (
      noun ? !passing.after?.includes(word.pos) : passing.before?.includes(word.pos) === false
    )
      break;
  }
  return noun;
}

/** A noun counting people of any kind ("How many people …", "How many persons …"). */
const PEOPLE = /^(?:people|person|individual)$/;
/** Nouns a count of people is given in: "169 participants", "68 individuals", "400 residents". */
const PEOPLE_COUNTED = (
  'participant individual resident adult voter patient student pupil volunteer respondent ' +
  'worker employee member child men woman women passenger fan visitor user customer soldier ' +
  'protester inmate subject attendee spectator delegate applicant victim survivor'
).split(' ');

/**
 * For "How many <noun> …", a pattern for a figure standing just before that noun ("about 1,200
 * jobs", "nine people", "268 of the 312 front doors"); null for other questions.
 */
function countedNoun(query: string): RegExp | null {
  const after = /\bhow many\s+(.*)$/iu.exec(query)?.[1];
  if (!after) return null;
  // The head of the noun phrase after "how many": "homes" in "homes lost power", "doors" in
  // "front doors failed".
  const noun = headNoun(after, { nouns: ['NOUN', 'PROPN'], before: ['ADJ', 'NUM'] });
  if (!noun || noun.length < 3) return null;
  const folded = foldCase(noun);
  const lemma = foldCase(lemmatize([noun])[0] ?? noun);
  // "How many pupils …": "around 140 children" counts them too; "How many people …": "169
  // participants" or "68 individuals" count people.
  const related = relatedWords(lemma);
  if (PEOPLE.test(lemma)) related.push(...PEOPLE_COUNTED);
  const nouns = [folded, ...related].map((word) => escapeRegExp(stem(word).replace(/s$/, '')));
  return new RegExp(
    `(?:\\d[\\d,.]*|\\b(?:${NUMBER_WORDS}))(?:\\s+(?:[\\p{L}-]+|of\\s+the\\s+\\d[\\d,]*)){0,3}?\\s+(?:${nouns.join('|')})`,
    'iu',
  );
}

/** Nouns a "Which …?" question may ask for, by the kind of name that answers them. */
const WHICH_KINDS: ReadonlyArray<[RegExp, readonly EntityKind[]]> = [
  [
    /^(?:judges?|justices?|ministers?|councill?ors?|players?|candidates?|officials?|officers?|members?|persons?|people|m[ae]n|wom[ae]n|lawyers?|doctors?|executives?|directors?|managers?|coaches|coach|politicians?|senators?|mps?|authors?|artists?|drivers?|pilots?|workers?|employees?|staff|children|child|sons?|daughters?|relatives?|witnesses|witness|victims?|suspects?|leaders?|experts?|scientists?|researchers?|economists?|analysts?)$/,
    ['person'],
  ],
  [/^(?:acts?|bands?|performers?|groups?)$/, ['person', 'organization']],
  [
    /^(?:outlets?|networks?|studios?|channels?|publications?|stations?|websites?|sites?|magazines?|labels?|publishers?)$/,
    ['organization'],
  ],
  [
    /^(?:compan(?:y|ies)|firms?|business(?:es)?|organi[sz]ations?|charit(?:y|ies)|manufacturers?|makers?|airlines?|insurers?|clubs?|teams?|unions?|part(?:y|ies)|broadcasters?|newspapers?|agenc(?:y|ies)|carriers?|retailers?|operators?|contractors?|developers?|builders?)$/,
    ['organization'],
  ],
  [
    /^(?:countr(?:y|ies)|cit(?:y|ies)|towns?|villages?|regions?|states?|areas?|districts?|count(?:y|ies)|ports?|roads?|streets?|provinces?|islands?|nations?|neighbou?rhoods?|suburbs?)$/,
    ['place'],
  ],
];

/**
 * For "Which judge …?", "Which banks …?": the noun asked for and the kinds of name that answer
 * it (none: only the noun itself does, "Which models …" / "the model numbers …"); null for
 * other questions and for "Which of …".
 */
function whichAsked(query: string): { noun: RegExp; kinds: readonly EntityKind[] } | null {
  const after = /^\s*\/?\s*(?:ask\s+)?which\s+(?!of\b)(.*)$/iu.exec(query)?.[1];
  if (!after) return null;
  // The head of the noun phrase after "which": "party" in "political party", "company" in
  // "construction company".
  const noun = headNoun(after, { nouns: ['NOUN'], before: ['ADJ', 'NUM'] });
  if (!noun || noun.length < 3) return null;
  const folded = foldCase(noun);
  const kinds = WHICH_KINDS.find(([pattern]) => pattern.test(folded))?.[1] ?? [];
  const root = escapeRegExp(stem(folded).replace(/(?:ies|es|s)$/, ''));
  return { noun: new RegExp(`\\b${root}`, 'iu'), kinds };
}

/**
 * For "What is the name of the goalkeeper …?", "What is Tulley's wife called?", "What are the
 * names of her daughters?": a test for a name standing by that noun ("the goalkeeper, Tom
 * Ashby,", "Ashby, the goalkeeper", "a firm called Tessmere"); null for other questions.
 */
function nameAsked(query: string): ((text: string) => boolean) | null {
  const phrase =
    /\bwhat (?:is|was|are|were) the names? of\s+(.*)$/iu.exec(query)?.[1] ??
    /\bwhat (?:is|was|are|were|will)\s+(.*?)\s+(?:be\s+)?called\b/iu.exec(query)?.[1];
  if (!phrase) return null;
  // Past the names and words before it: "Mr Tulley's daughter", "the teenage goalkeeper who …".
  const noun = headNoun(phrase, { nouns: ['NOUN'], before: null, after: ['PROPN', 'PART'] });
  if (!noun || noun.length < 3) return null;
  const cut = stem(foldCase(noun)).replace(/(?:ies|es|s)$/, '');
  // Names are told by their capitals, so the pattern minds case; the noun may open a sentence.
  const first = cut[0] ?? '';
  const root = /\p{L}/u.test(first)
    ? `[${first.toUpperCase()}${first}]${escapeRegExp(cut.slice(1))}`
    : escapeRegExp(cut);
  const name = String.raw`\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*`;
  // "the goalkeeper, Tom Ashby", "Tom Ashby, the goalkeeper" (a lone name not opening the
  // sentence), "a firm called Tessmere": each tried on its own, as their matches overlap.
  const patterns = [
    String.raw`\b${root}\p{L}*,?\s+${name}`,
    String.raw`(?:(?:\p{Lu}[\p{L}'’-]+\s+)+|(?<=[\p{Ll},]\s))\p{Lu}[\p{L}'’-]+,?\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\p{L}'’-]+\s+){0,3}${root}`,
    String.raw`\b(?:called|named|known as|dubbed)\s+[“"‘]?${name}`,
  ].map((pattern) => new RegExp(pattern, 'gu'));
  // The name must be one the question does not give ("the goalkeeper, Ruairi Delamere" does not
  // name the one who replaced Delamere), nor a day or month.
  const asked = new Set(contentTokens(query));
  const newName = (text: string) => {
    const words = (text.match(/(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]*/gu) ?? [])
      .map((word) => foldCase(word).replace(/['’]s$/, ''))
      .filter((word) => !STOP_WORDS.has(word) && !CALENDAR_WORDS.has(word));
    return words.length > 0 && words.every((word) => !asked.has(word));
  };
  return (text) =>
    patterns.some((pattern) => [...text.matchAll(pattern)].some((match) => newName(match[0])));
}

/** A verb and its particle ("looking into", "turned down", "stepped down"). */
const PHRASAL_VERB = /\b(\p{Ll}+)\s+(into|down|up|out|off|over|back|in|on|away|through|after)\b/gu;

/**
 * A product or a work coming out is told in words WordNet does not link ("When is it released?",
 * "When does it come out?" / "will launch on December 15", "debuts").
 */
const COMING_OUT = /^(?:releas(?:e|es|ed|ing)|launch(?:es|ed|ing)?|debut(?:s|ed)?|premiere[sd]?)$/;
const COMING_OUT_WORDS = [
  'release',
  'released',
  'launch',
  'launched',
  'launches',
  'debut',
  'debuts',
  'debuted',
  'premiere',
  'premiered',
  'premieres',
];

/**
 * Going to court is told in words WordNet does not link ("When did X take Y to court?" / "filed a
 * trademark-infringement lawsuit", "sued").
 */
const TO_COURT =
  /\b(?:go|goes|went|gone|going|take|takes|took|taken|taking)\b.{0,40}?\bto court\b/i;
const LEGAL_ACTION_WORDS = ['sue', 'sued', 'sues', 'suing', 'lawsuit', 'lawsuits', 'suit', 'court'];

/** Titles and bodies and the initials they are written by ("GM Mike Rizzo", "told HR"). */
const ABBREVIATIONS: ReadonlyArray<[string, string]> = [
  ['general manager', 'gm'],
  ['chief executive', 'ceo'],
  ['chief financial officer', 'cfo'],
  ['chief operating officer', 'coo'],
  ['chief technology officer', 'cto'],
  ['vice president', 'vp'],
  ['attorney general', 'ag'],
  ['district attorney', 'da'],
  ['human resources', 'hr'],
  ['intensive care', 'icu'],
  ['artificial intelligence', 'ai'],
  ['european union', 'eu'],
  ['united nations', 'un'],
  ['television', 'tv'],
];

/**
 * For the question's words, the initials they are written by ("general manager" → "GM"), and for
 * its initials the words ("HR" → "human resources").
 */
function abbreviated(subject: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const words = contentTokens(subject);
  const text = ` ${words.join(' ')} `;
  for (const [long, short] of ABBREVIATIONS) {
    if (text.includes(` ${long} `)) for (const word of long.split(' ')) found.set(word, [short]);
    if (words.includes(short)) found.set(short, long.split(' '));
  }
  return found;
}

/**
 * For each verb a question uses with a particle, the words WordNet gives for the pair; and for a
 * word of coming out or of going to law, the others.
 */
function phrasalVerbs(subject: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const word of subject.toLowerCase().split(/[\s-]+/))
    if (COMING_OUT.test(word)) found.set(word, COMING_OUT_WORDS);
  if (TO_COURT.test(subject)) found.set('court', LEGAL_ACTION_WORDS);
  if (/\b(?:come|comes|came|coming) out\b/i.test(subject)) {
    found.set('come', COMING_OUT_WORDS);
    found.set('out', COMING_OUT_WORDS);
    return found;
  }
  for (const match of subject.matchAll(PHRASAL_VERB)) {
    const verb = match[1] ?? '';
    const lemma = foldCase(lemmatize([verb])[0] ?? verb);
    // "stepped down" → "resign", told as "accepted the resignation of …".
    const meanings = relatedWords(`${lemma}_${match[2]}`);
    if (meanings.length === 0) continue;
    const related = [...new Set([...meanings, ...meanings.flatMap(derivedWords)])];
    // "give back": the verb may be too common to be a word of the question; its particle then
    // carries the meaning of the pair.
    found.set(foldCase(verb), related);
    found.set(foldCase(match[2] ?? ''), related);
  }
  return found;
}

/** Family ties WordNet does not link: "married to" is told as "her husband", "children" as "a son". */
const KIN: ReadonlyArray<[RegExp, string[]]> = [
  [
    /^(?:marry|marri(?:ed|es)|wed(?:ded|s)?|spouses?)$/,
    ['husband', 'wife', 'spouse', 'partner', 'widow', 'widower', 'married'],
  ],
  [/^(?:child(?:ren)?|kids?|offspring)$/, ['son', 'daughter', 'sons', 'daughters', 'children']],
  [/^parents?$/, ['father', 'mother']],
  [/^siblings?$/, ['brother', 'sister', 'brothers', 'sisters']],
];

/** For each family word of a question, the words a passage tells that tie by. */
function kinWords(terms: readonly string[]): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const term of terms)
    for (const [asked, told] of KIN) if (asked.test(term)) found.set(term, told);
  return found;
}

/** Content words a question writes with a capital (folded): names, not words to paraphrase. */
function capitalisedWords(text: string): string[] {
  return (text.match(/\b\p{Lu}[\p{L}'’-]*/gu) ?? []).flatMap((word) => contentTokens(word));
}
