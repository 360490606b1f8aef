import { INTENTS, type Intent } from './types.ts';

/** A question split into what it asks (intent) and what about (subject). */
export interface ParsedQuestion {
  intent: Intent;
  /** The subject words as the user gave them, trimmed of question words; may be empty. */
  subject: string;
  /** For free questions: the question word that shapes the answer (`why` in "ask why …"). */
  asks: Intent;
}

const SLASH_INTENTS = new Set<Intent>(INTENTS);
/** "On what day …?", "In which year …?", "By what exact date …?", "Which month's …?": a date is asked. */
const CALENDAR_ASKED =
  /^(?:(?:on|in|by|until|till|since|as of) )?(?:what|which) (?:(?:exact|precise|specific) )?(?:year|date|day|month|week|decade|century)(?!-)(?:['’]s)?\b/;
/** "What's the new deadline for …?", "What is the date of …?": a date is asked, by its noun. */
const DATE_NOUN_ASKED =
  /^what(?:['’]s| is| was| will be) the (?:(?:new|next|final|original|exact|latest|official|planned|current) )?(?:deadline|date|due date|start date|release date|launch date|closing date) (?:for|of)\b/;
/** "What caused …?", "What led to …?": a cause is asked. */
const CAUSE_ASKED =
  /^what (?:caused|causes|led to|leads to|prompted|triggered|sparked|was behind|is behind|is the cause of|was the cause of)\b/;
const QUESTION_WORDS: ReadonlyArray<[RegExp, Intent]> = [
  [/^who(?:'s|’s)?\b/, 'who'],
  [/^when\b/, 'when'],
  [/^where(?:'s|’s)?\b/, 'where'],
  [/^why\b/, 'why'],
  [/^what(?:'s|’s)?\b|^tell me about\b|^define\b|^explain\b/, 'what'],
  [DATE_NOUN_ASKED, 'when'],
  [CALENDAR_ASKED, 'when'],
  [/^(?:in what (?:city|country|place)|in which (?:city|country|place))\b/, 'where'],
  // "What age is she?" asks "How old is she?".
  [/^(?:at )?what age(?![\w-])/, 'ask'],
  // "What caused the blaze?" asks why it happened.
  [CAUSE_ASKED, 'why'],
];
/** Words between the question word and the subject: "who IS", "when DID THE". */
const LEADING_FILLER =
  /^(?:(?:is|was|are|were|did|does|do|has|have|had|will|would|can|could|should|the|a|an|exactly|really|actually|about|s)\b\s*)+/;
const TRAILING_FILLER =
  /\s+(?:(?:meant|supposed|due|scheduled|set|planned|expected)\s+to\s+)?(?:(?:take|took|taken) place|happen(?:ed|s)?|occur(?:red|s)?|come about|begin|began|start(?:ed)?)$/;

/**
 * "What does the term “collection” mean in ATF?", "What does GDPR stand for?": the word asked
 * about is the subject, without the quotation marks or where it is used.
 */
const MEANING =
  /^(?:does|do|did)\s+(?:the\s+(?:term|word|phrase|expression|name|acronym|abbreviation|label)\s+)?["“‘']?(.+?)["”’']?\s+(?:actually\s+|really\s+)?(?:mean|means|stand for|refer to)(?:\s+in\s+.+)?$/iu;

/** "the name of …", "the names of …" before a subject. */
const NAME_OF = /^(?:the\s+)?names?\s+of\s+/i;
/**
 * "in her analogy", "in Michelle Obama's view", "in his own words": where the question places a
 * claim, not words the answer holds.
 */
const FRAMED_BY =
  /,?\s*\bin\s+(?:(?:his|her|their|its|the)\s+|(?:the|this)\s+(?:author|writer|reviewer|critic|columnist|reporter)['’]s?\s+|\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*['’]s?\s+)(?:own\s+)?(?:analogy|view|opinion|words|metaphor|comparison|estimation)\b/gu;
/** "right now", "these days": the time of asking, which the articles do not write. */
const TIME_OF_ASKING = /\s*\b(?:right now|at the moment|these days|nowadays|at present)\b/gi;
/**
 * "according to the article", "…, in this story?": the source the question is about, not its
 * words ("the article Emery shared" is a thing asked about).
 */
const SOURCE_NAMED =
  /,?\s*\b(?:according to|in|per) (?:the|this) (?:article|story|piece|writer|author)(?=\s*(?:,|[?!.]*$))/gi;
/**
 * "Why does the reviewer find the trajectory fascinating?": the writer's view is the article's
 * own voice, which rarely names itself ("… all the more fascinating").
 */
const WRITER_VIEW =
  /^(?:does|did|do)\s+the\s+(?:author|writer|reviewer|critic|columnist|reporter|article|story|piece|post)\s+(?:think|find|say|believe|consider|call|describe|argue|feel|suggest|claim|see)s?\s+(?:that\s+)?/i;
/**
 * "Which state does Hoyer represent?": a legislator's state is told by "D-Md." or ", Md.", not by
 * the verb, which is a question word here.
 */
const STATE_REPRESENTED =
  /^((?:(?:what|which)\s+)?state\s+(?:does|did|do)\b.*?)\s+represent(?:s|ed)?$/i;
/** "… be called", "… called" ending a subject. */
const CALLED = /\s+(?:be\s+)?(?:called|named)$/i;

/** "How long", "how many": question words, not words the answer must contain. */
const HOW_MUCH =
  /^how\s+(?:much|many|long|old|far|big|large|often|tall|high|soon|early|late)\b\s*/i;

function tidy(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Drops question words and fillers around the subject: "is Anna Petrova?" → "Anna Petrova". */
function subjectOf(rest: string): string {
  return (
    rest
      // "won't", "didn't", "can't": the negation says nothing of what is asked about.
      .replace(/\b(?:won|can|shan|ain|\p{L}+n)['’]t\b/giu, ' ')
      // "… used to be seen as rote": a habit in the past, not a use ("was used to buy").
      .replace(
        /^((?:(?!\b(?:is|are|was|were|be|been|being|get|got)\b).)*?)\bused to\s+(?=\p{L})/iu,
        '$1',
      )
      .trim()
      .replace(/[?!.。？！]+$/u, '')
      .replace(WRITER_VIEW, '')
      .replace(FRAMED_BY, '')
      .replace(SOURCE_NAMED, '')
      .replace(MEANING, '$1')
      .replace(TIME_OF_ASKING, '')
      .replace(HOW_MUCH, '')
      .replace(LEADING_FILLER, '')
      // "the name of the new striker", "the combined club be called": asked for a name, which
      // the answer gives rather than says.
      .replace(NAME_OF, '')
      .replace(LEADING_FILLER, '')
      .replace(TRAILING_FILLER, '')
      .replace(CALLED, '')
      .replace(STATE_REPRESENTED, '$1')
      .trim()
  );
}

/**
 * "Is it true (that) …", "Can you tell me when …", "Do you know if …": words around a question
 * that ask nothing themselves ("true" is no word the answer holds). Not "tell me about", which
 * asks what something is.
 */
const ASKED_AROUND =
  /^(?:(?:is it (?:really )?(?:true|the case|correct|right)|(?:can|could|would) you (?:please )?(?:tell me|confirm|check)|do you (?:happen to )?know|does anyone know|i (?:heard|read)|tell me(?! about\b))(?:\s+(?:that|if|whether))?|is it (?:true|the case) that)[,:]?\s+(?=\S)/i;

function questionIntent(lower: string): Intent | null {
  let found: Intent | null = null;
  for (const [pattern, intent] of QUESTION_WORDS) {
    if (pattern.test(lower)) found = intent;
  }
  return found;
}

/**
 * Reads the intent and subject from a slash form (`who petrova`, `/when port-louis`) or a plain
 * question ("When did the Port Louis talks take place?"): both give the same result.
 */
export function parseQuestion(question: string): ParsedQuestion {
  const text = tidy(question).replace(/^\//, '').replace(ASKED_AROUND, '');
  const lower = text.toLowerCase();
  const first = lower.split(' ')[0] ?? '';
  if (
    SLASH_INTENTS.has(first as Intent) &&
    first !== 'what' &&
    first !== 'who' &&
    first !== 'when' &&
    first !== 'where' &&
    first !== 'why'
  ) {
    const rest = text.slice(first.length).trim();
    if (first === 'ask') {
      const inner = parseQuestion(rest);
      return {
        intent: 'ask',
        subject: inner.intent === 'ask' ? subjectOf(rest) : inner.subject,
        asks: inner.asks,
      };
    }
    return { intent: first as Intent, subject: subjectOf(rest), asks: first as Intent };
  }
  const intent = questionIntent(lower);
  if (intent) {
    const match =
      CAUSE_ASKED.exec(lower) ??
      CALENDAR_ASKED.exec(lower) ??
      DATE_NOUN_ASKED.exec(lower) ??
      /^(?:in what (?:city|country|place)|in which (?:city|country|place)|(?:at )?what age|tell me about|define|explain|who|when|where|why|what)(?:['’]s)?(?![\w-])/.exec(
        lower,
      );
    const rest = text.slice(match?.[0].length ?? 0);
    return { intent, subject: subjectOf(rest), asks: intent };
  }
  return { intent: 'ask', subject: subjectOf(text), asks: 'ask' };
}

/**
 * Chat mentions ("@everyone", "@here", "<!channel>", "<@U024BE7LH>", "<@&123>", "<#C123|general>"):
 * they name no subject, so a question is read without them ("who <!channel>" asks about nothing,
 * not about a "channel").
 */
const CHAT_MENTION = /<[@#!][^<>\s]{0,80}>|(?<![\p{L}\p{N}@._-])@(?:everyone|here|channel)\b/giu;

/** The question without its chat mentions, and whether it had any. */
export function withoutMentions(question: string): { text: string; mentioned: boolean } {
  const text = question.replace(CHAT_MENTION, ' ');
  return { text, mentioned: text !== question };
}
