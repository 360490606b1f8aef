import nlp from 'compromise';
import type { EntityKind } from '../answer/types.ts';
import { wireDateline } from '../content/dateline.ts';
import { slugify } from '../content/read.ts';
import { type TaggedWord, tagWords } from '../content/sentences.ts';
import type { Article } from '../content/types.ts';
import {
  resolveBodyPronouns,
  resolveHeadNouns,
  resolveInterviewee,
  resolvePronouns,
} from './coreference.ts';
import { compareMentions, isPronounMention, type Mention } from './mention.ts';
import { isCommonWord, isPersonNoun, mayDescribePerson, otherNames } from './wordnet.ts';
import { CALENDAR_WORDS, contentTokens, foldCase, STOP_WORDS } from './words.ts';

/** A defining phrase of an entity ("deputy harbour master of …") and where it stands. */
export interface Definition {
  phrase: string;
  mention: Mention;
  /** How the phrase was found; stronger forms rank first. */
  form: 'apposition' | 'copula' | 'title' | 'relative' | 'descriptor';
}

/** A person, place, organisation or other named thing, with every alias merged into one slug. */
export interface Entity {
  slug: string;
  name: string;
  kind: EntityKind;
  /** Folded forms a question may use: full name, surname, first + last, slug words. */
  aliases: string[];
  mentions: Mention[];
  definition: Definition | null;
  /** The noun its definition names it by ("satellite" for "the agency's first weather satellite"), if any. */
  head: string | null;
  /** Every noun it is called by later: its head, and its name's own ("the bridge" for "Brannock Bridge"). */
  nouns: string[];
}

/** Titles before a name: they mark a person and give a role, but are not part of the name. */
const TITLES = new Set(
  (
    'president vice prime minister deputy foreign secretary senator sen rep representative gov governor ' +
    'mayor mr mrs ms miss dr prof professor general gen col colonel lt lieutenant adm admiral major captain ' +
    'archbishop bishop cardinal pope king queen prince princess sheikh sheik emir chancellor ambassador ' +
    'judge justice chairman chairwoman chair sir dame lord lady rabbi imam father sister pastor rev ' +
    'reverend speaker commissioner director envoy premier president-elect ceo founder elder chief ' +
    'detective inspector sergeant sgt constable superintendent coach councillor councilor ' +
    'alderman investigator officer warden sheriff marshal trooper assemblyman assemblywoman ' +
    'congressman congresswoman principal doctor executive financial operating supt insp det cllr ' +
    'cmdr capt maj ch pm'
  ).split(' '),
);
/** Roles that may follow the name of the body they are held in ("Microsoft CEO"). */
const TRAILING_TITLES = new Set([
  'ceo',
  'chairman',
  'chairwoman',
  'president',
  'founder',
  'director',
]);
/** Letters after a name ("Rhiannon Dale KC"): honours and offices, not part of it. */
const POSTNOMINALS = new Set(['kc', 'qc', 'mp', 'mep', 'jr', 'sr', 'phd', 'mbe', 'obe', 'cbe']);
/** Honorifics mark a person but say nothing of who they are. */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame']);
/** Lower-case words allowed inside a name ("Bank of England", "Bashar al-Assad"). */
const NAME_CONNECTORS = new Set([
  'of',
  'for',
  'de',
  'da',
  'del',
  'van',
  'von',
  'der',
  'bin',
  'al',
  'la',
  'le',
  'du',
  'y',
  'on',
]);
/** Words that join a phrase rather than a person's name ("Vote for Trump"). */
const PHRASE_JOINERS = /^(?:for|of|on)$/i;
/** Last words that make a name an organisation. */
const ORGANIZATION_HEADS = new Set(
  (
    'church party council ministry department agency service bank university company corporation corp inc ' +
    'group committee commission association union institute foundation court parliament assembly army ' +
    'navy police office administration government federation league club times post news network ' +
    'hospital society guild trust college school academy museum clinic fund authority board ' +
    'journal infirmary centre center laboratory bureau tribunal industries holdings securities ' +
    'therapeutics pharmaceuticals technologies systems airlines airways motors partners alliance ' +
    'coalition consortium inspectorate'
  ).split(' '),
);
/** First words that make a name a place. */
const PLACE_FIRST = new Set(['port', 'fort', 'mount', 'cape', 'lake', 'loch', 'isle', 'lough']);
/** "Port of Sines", "Lake Ardent": a place named by its kind first, later called by the rest ("Sines"). */
function namedAfterKind(words: readonly string[]): boolean {
  return words.length > 1 && PLACE_FIRST.has(bare(words[0] ?? ''));
}
/** Last words that make a name a place. */
const PLACE_HEADS = new Set(
  (
    'airport station stadium park street road avenue lane square bridge harbour harbor port island ' +
    'county province state city town village district region valley river lake mountain beach bay ' +
    'coast parade quay'
  ).split(' '),
);
/** Words a possessive name leads into ("St. Aldric’s Hospital", "the Nurses’ Association"). */
function isInstitutionHead(word: string): boolean {
  return ORGANIZATION_HEADS.has(word) || PLACE_HEADS.has(word);
}
/** Nouns that describe a person: a name described as "the chief electoral officer" is someone's. */
const PERSON_NOUNS = new Set(
  (
    'leader head chief director executive chair chairman chairwoman chairperson president manager ' +
    'coach owner founder commander governor boss officer secretary editor principal captain ceo ' +
    'minister mayor commissioner superintendent dean spokesman spokeswoman spokesperson doctor ' +
    'lawyer barrister solicitor attorney judge prosecutor teacher lecturer professor student nurse ' +
    'physician surgeon scientist researcher economist analyst engineer official member candidate ' +
    'activist campaigner resident farmer fisherman worker clerk inspector detective investigator ' +
    'mother father son daughter wife husband widow brother sister skipper player striker author ' +
    'counterpart writer journalist reporter artist singer actor pilot driver geologist biologist ' +
    'mycologist negotiator envoy ambassador diplomat adviser advisor aide deputy partner founder ' +
    'volunteer'
  ).split(' '),
);
/** "I'm", "We’ve": a capitalised contraction, never a name. */
const CONTRACTION = /^(?:i|you|we|they|he|she|it|that|there|what|let)['’]\p{L}+$/iu;
/** Words that open a clause, not a description, after "Name,". */
const CLAUSE_STARTS =
  /^(?:who|which|that|and|but|or|said|says|told|was|is|were|are|has|had|have|will|would|in|on|at|as|when|where|while|after|before|with|from|to|for|by|according|however|he|she|they|it|his|her|their)\b/i;

const WORD = /[\p{L}\p{M}\p{N}]+(?:[.'’-][\p{L}\p{M}\p{N}]+|(?<=\p{Lu})&\p{Lu}+)*\.?/gu;

interface Word {
  text: string;
  start: number;
  end: number;
}

function wordsOf(sentence: string): Word[] {
  const words: Word[] = [];
  for (const match of sentence.matchAll(WORD)) {
    let text = match[0];
    // A trailing dot belongs to abbreviations ("Mr.", "U.S.", "Capt.") only.
    if (
      text.endsWith('.') &&
      !/^(?:\p{Lu}\.)+$|^(?:mr|mrs|ms|dr|st|jr|sr|gen|gov|sen|rep|col|lt|adm|prof|rev|sgt|supt|insp|det|capt|cmdr|maj|cllr)\.$/iu.test(
        text,
      )
    ) {
      text = text.slice(0, -1);
    }
    words.push({ text, start: match.index ?? 0, end: (match.index ?? 0) + text.length });
  }
  return words;
}

/** A name's word after an elided particle ("d’Or", "l’Aquila"). */
const ELIDED_PARTICLE = /^[dl]['’]\p{Lu}/u;

function isCapitalized(word: string): boolean {
  // Called for every word of every sentence: plain ASCII letters are told apart without a regex.
  const first = word.charCodeAt(0);
  if (first >= 65 && first <= 90) return true;
  if (first >= 97 && first <= 122) {
    if (innerCapital(word)) return true;
    // "Palme d’Or", "Côte d’Ivoire": an elided particle before a capital is part of the name.
    if (ELIDED_PARTICLE.test(word)) return true;
    if (!'abei'.includes(word[0] as string)) return false;
  }
  return /^\p{Lu}/u.test(word) || /^(?:al|el|bin|ibn|abu)-\p{Lu}/u.test(word);
}

/**
 * "iPad", "eBay", "macOS": a brand written with a capital after a few small letters is a name (not
 * a unit of three letters or fewer: "kWh", "pH").
 */
function innerCapital(word: string): boolean {
  if (word.length < 4) return false;
  for (let i = 1; i < Math.min(word.length - 1, 6); i++) {
    const code = word.charCodeAt(i);
    if (code >= 65 && code <= 90) return true;
    if (code < 97 || code > 122) return false;
  }
  return false;
}

function bare(word: string): string {
  return foldCase(word.replace(/['’]s$/, '').replace(/\.$/, ''));
}

/** A run of capitalised words in one sentence: the raw material of names. */
interface Span {
  words: Word[];
  /** Title words at the front ("Prime Minister"), kept apart from the name. */
  title: Word[];
}

/** True for a word that opens with a lower-case letter. */
function isLowerCase(word: string | undefined): boolean {
  return word !== undefined && /^\p{Ll}/u.test(word);
}

/**
 * Runs of capitalised words separated only by spaces or connectors. A sentence-initial common word
 * ("During", "But") and calendar words are left out.
 */
function capitalisedSpans(
  sentence: string,
  commonWords: ReadonlySet<string>,
  knownNames: ReadonlySet<string>,
): Span[] {
  const words = wordsOf(sentence);
  // "Vidyard Launches New Tools and Features for Businesses": in a headline every word has its
  // capital, so only words that are no common word (or are names elsewhere) may be names.
  const headline = inTitleCase(sentence);
  const spans: Span[] = [];
  let current: Word[] = [];
  const flush = () => {
    while (
      current.length > 0 &&
      (NAME_CONNECTORS.has(current.at(-1)?.text.toLowerCase() ?? '') ||
        (current.length > 1 && POSTNOMINALS.has(bare(current.at(-1)?.text ?? ''))))
    )
      current.pop();
    // "[Microsoft CEO]", "the Federal Reserve Chairman": a role after a body's name is no part of
    // it ("Vice President" is one title, kept).
    if (
      current.length > 1 &&
      TRAILING_TITLES.has(bare(current.at(-1)?.text ?? '')) &&
      !TITLES.has(bare(current.at(-2)?.text ?? ''))
    )
      current.pop();
    if (current.length > 0) spans.push(splitTitle(current));
    current = [];
  };
  words.forEach((word, i) => {
    const previous = words[i - 1];
    // Whether the word goes on the run before it; with no run open, nothing to go on.
    let joined = false;
    if (previous !== undefined && current.length > 0) {
      const gap = sentence.slice(previous.end, word.start);
      const possessive =
        (/['’]s$/.test(previous.text) && /^\s+$/.test(gap)) ||
        (/s$/.test(previous.text) && /^['’]\s+$/.test(gap));
      // "Holloway & Strand", "Marks & Spencer": an ampersand joins the names of one firm.
      joined =
        (/^\s+(?:&\s+)?$/.test(gap) && !/['’]s$/.test(previous.text)) ||
        (possessive &&
          institutionAhead(words, i, sentence) &&
          !placeBeforeItsOwn(previous.text, word.text));
    }
    const capital = isCapitalized(word.text);
    const lower = capital ? bare(word.text) : '';
    const next = words[i + 1];
    const skip =
      !capital ||
      CONTRACTION.test(word.text) ||
      CALENDAR_WORDS.has(lower) ||
      // "12:00 PM PT": a time of day, not the title of a prime minister.
      (/^[AP]M$/.test(word.text) && /\d\s*$/.test(sentence.slice(0, word.start))) ||
      (STOP_WORDS.has(lower) && !TITLES.has(lower)) ||
      // "anything CLOSE to what you paid for": a common word set in capitals between words in
      // lower case is emphasis, not an acronym.
      (/^\p{Lu}{3,}$/u.test(word.text) &&
        (commonWords.has(lower) || isCommonWord(lower)) &&
        isLowerCase(previous?.text) &&
        isLowerCase(next?.text)) ||
      (headline && !knownNames.has(lower) && (commonWords.has(lower) || isCommonWord(lower))) ||
      (opensSentence(sentence, words, i) &&
        !knownNames.has(lower) &&
        (commonWords.has(lower) ||
          (standsAlone(sentence, word, next) && isCommonWord(lower)) ||
          beforeFirstName(lower, next) ||
          !startsWithName(sentence.slice(word.start, word.start + 60))));
    if (!joined) flush();
    if (skip) {
      // "Bank of England" and "Halverson Journal of Respiratory Medicine" join; "Jo Hale of
      // Kestrel Bay" is a name and an affiliation. "Medicines and Therapeutics Authority" is one.
      // "Select Committee on Intelligence" is one name; "Chuck Jones on Twitter" and "the Warwick
      // Hotel on Sixth Avenue" are a name and where it was, as is a body "on" a place the lexicon
      // knows.
      const head = bare(current.at(-1)?.text ?? '');
      const joins =
        word.text === 'on'
          ? ORGANIZATION_HEADS.has(head) && lexiconKind(bare(next?.text ?? '')) !== 'place'
          : current.length === 1 || !['of', 'for'].includes(word.text) || isInstitutionHead(head);
      const connects =
        NAME_CONNECTORS.has(word.text) ||
        (word.text === 'and' && institutionAhead(words, i + 1, sentence));
      if (joins && current.length > 0 && joined && connects && isCapitalized(next?.text ?? '')) {
        current.push(word);
        return;
      }
      flush();
      return;
    }
    current.push(word);
  });
  flush();
  return spans;
}

/** Fewest words of their own (not small words) that make a line a headline when all are capitalised. */
const HEADLINE_WORDS = 4;

/**
 * A headline kept as a sentence: no closing stop, and every word of its own capitalised, figures
 * aside ("Vidyard Launches New Tools and Features for Businesses", "3 Surprising Findings …").
 */
function inTitleCase(sentence: string): boolean {
  if (/[.!?…]["”’)]*\s*$/.test(sentence)) return false;
  const own = sentence
    .split(/[^\p{L}\p{M}\p{N}'’.-]+/u)
    .filter((word) => /^\p{L}/u.test(word) && !STOP_WORDS.has(word.toLowerCase()));
  return own.length >= HEADLINE_WORDS && own.every(isCapitalized);
}

/** The word opens the sentence, or a quotation or bracket within it. */
function opensSentence(sentence: string, words: readonly Word[], i: number): boolean {
  if (i === 0) return true;
  const start = (words[i] as Word).start;
  // Only the gap since the word before can hold the opening mark (`/[“"‘(]\s*$/` on all before).
  const gap = sentence.slice((words[i - 1] as Word).end, start);
  return /[“"‘(]\s*$/.test(gap);
}

/**
 * "Longtime Donald Trump advocate …": a common word opening the sentence before a known first
 * name is no part of the name ("Jean Paul Gaultier" keeps "Jean", itself a first name; "Mayor
 * Peter Quigley" keeps its title, which `splitTitle` sets apart).
 */
function beforeFirstName(lower: string, next: Word | undefined): boolean {
  return (
    next !== undefined &&
    isCapitalized(next.text) &&
    lexiconKind(bare(next.text)) === 'person' &&
    lexiconKind(lower) !== 'person' &&
    !TITLES.has(lower) &&
    isCommonWord(lower)
  );
}

/** "Development was then paused": a word with no capitalised word right after it. */
function standsAlone(sentence: string, word: Word, next: Word | undefined): boolean {
  return !next || !isCapitalized(next.text) || !/^\s+$/.test(sentence.slice(word.end, next.start));
}

/** A name spoken to in a quotation: after a comma, inside quotation marks opened before it. */
function addressed(sentence: string, index: number): boolean {
  const before = sentence.slice(0, index);
  if (!/,\s*$/.test(before)) return false;
  const curly = (before.match(/“/g)?.length ?? 0) - (before.match(/”/g)?.length ?? 0);
  return curly > 0 || (before.match(/"/g)?.length ?? 0) % 2 === 1;
}

/** True when the capitalised words from `i` on end with an institution's head ("Mutual Society"). */
function institutionAhead(words: readonly Word[], i: number, sentence: string): boolean {
  let last: Word | undefined;
  for (let j = i; j < words.length && j < i + 4; j++) {
    const word = words[j] as Word;
    if (!isCapitalized(word.text)) break;
    if (j > i && !/^\s+$/.test(sentence.slice((words[j - 1] as Word).end, word.start))) break;
    last = word;
  }
  return last !== undefined && isInstitutionHead(bare(last.text));
}

/**
 * "the Netherlands’ Fontys University": a known place's possessive before an institution with a
 * name of its own is where the institution is, not part of its name ("St. Aldric’s Hospital" is).
 */
function placeBeforeItsOwn(owner: string, next: string): boolean {
  return (
    lexiconKind(bare(owner).replace(/['’]s$/, '')) === 'place' && !isInstitutionHead(bare(next))
  );
}

/** A capitalised sentence opener is a name only when tagged as one ("Worsening relations" is not). */
function startsWithName(text: string): boolean {
  return tagWords(text)[0]?.pos === 'PROPN';
}

function splitTitle(words: Word[]): Span {
  let cut = 0;
  for (let i = 0; i < words.length - 1; i++) {
    if (TITLES.has(bare(words[i]?.text ?? ''))) cut = i + 1;
  }
  // "Secretary of State Antony Blinken", "CEO of Vidyard": a title held in a body. Its holder's
  // name starts at a known first name after the body; with none, the words name the body alone.
  if (cut > 0 && NAME_CONNECTORS.has(words[cut]?.text ?? '')) {
    const holder = words.findIndex(
      (word, i) => i > cut + 1 && lexiconKind(bare(word.text)) === 'person',
    );
    if (holder > 0 && holder < words.length - 1)
      return { words: words.slice(holder), title: words.slice(0, holder) };
    return { words: words.slice(cut + 1), title: [] };
  }
  return { words: words.slice(cut), title: words.slice(0, cut) };
}

function nameKey(words: readonly string[]): string {
  return words
    .filter((word) => !/^\p{Lu}\.$/u.test(word))
    .map(bare)
    .join(' ');
}

/** compromise's English lexicon (word → tag): names, places and organisations it knows. */
const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one
  .lexicon;
const LEXICON_KINDS: ReadonlyArray<[RegExp, EntityKind]> = [
  [/^(?:FirstName|MaleName|FemaleName|Person|LastName)$/, 'person'],
  [/^(?:City|Country|Region|Place)$/, 'place'],
  [/^(?:Organization|SportsTeam|Company)$/, 'organization'],
];

function lexiconKind(words: string): EntityKind | null {
  const entry = LEXICON[words];
  const tags = entry === undefined ? [] : Array.isArray(entry) ? entry : [entry];
  for (const [pattern, kind] of LEXICON_KINDS)
    if (tags.some((tag) => pattern.test(tag))) return kind;
  return null;
}

/**
 * Person, place, organisation or thing, from compromise's lexicon: the whole name ("port louis"),
 * then a known first name ("sergei …"), then the last word. A lookup, not a parse: it costs
 * nothing per mention.
 */
function kindOf(name: string, titled: boolean): EntityKind {
  const words = name.split(/\s+/).map(bare);
  const last = words.at(-1) ?? '';
  // "University of Ashmere", "Department of Water Resources".
  const of = words.indexOf('of');
  if (ORGANIZATION_HEADS.has(last) || ORGANIZATION_HEADS.has(words[of - 1] ?? ''))
    return 'organization';
  if (PLACE_HEADS.has(last) && words.length > 1) return 'place';
  // "Port Wenlow", "Lake Ardent", "Mount Kell": a place's kind named first.
  if (words.length > 1 && PLACE_FIRST.has(words[0] ?? '')) return 'place';
  if (titled) return 'person';
  const whole = lexiconKind(words.join(' '));
  if (whole) return whole;
  if (words.length >= 2 && lexiconKind(words[0] ?? '') === 'person') return 'person';
  return lexiconKind(last) ?? 'thing';
}

/** "…, managing director of …", "…, acting chief …": an -ing word that opens a role, not a clause. */
const ROLE_PARTICIPLE =
  /^(?:managing|acting|founding|outgoing|incoming|presiding|reigning|serving|governing|ruling)\s/;

/** "… of the Linden Police Department" right after a name: the body its title is held in. */
const OF_BODY =
  /^\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’.&-]*(?:\s+(?:\p{Lu}[\p{L}'’.&-]*|of|and|for|the|&))*/u;

/**
 * A full stop that ends a description: not the one of an abbreviation inside it ("the chief
 * executive of St. Aldric’s", "who studied under Ms. Vranken").
 */
const PHRASE_STOP = String.raw`(?<!\b(?:St|Mt|Ft|Mr|Mrs|Ms|Dr|Jr|Sr|Prof|Gen|Gov|Sen|Rep|Col|Lt|Capt|Sgt|No|Inc|Co|Corp|Ltd))\.(?:\s|$)`;

/** ", the chief executive of St. Aldric’s," after a name. */
const APPOSITION_AFTER = new RegExp(
  `^,\\s+([^,;:()“”"]{3,140}?)(?=,|;|${PHRASE_STOP}|\\s+[—–]|\\s+\\(|$)`,
  'u',
);
/** ", who chairs the board," after a name. */
const RELATIVE_WHO = new RegExp(
  `^,\\s+who\\s+([^,;:()“”"]{6,120}?)(?=,|;|${PHRASE_STOP}|\\s+[—–]|$)`,
  'u',
);
/** ", which supervises the country's banks," after a name. */
const RELATIVE_WHICH = new RegExp(
  `^,\\s+which\\s+((?:is|are|has|have|\\p{Ll}{3,}s)\\s[^,;:()“”"]{4,120}?)(?=,|;|${PHRASE_STOP}|\\s+[—–]|$)`,
  'u',
);

/** "Name, an aide to …," — the description right after a mention. */
function appositionAfter(sentence: string, end: number): string | null {
  // "Martin Vesey, 54, the former finance director …": the age comes first.
  const after = sentence.slice(end).replace(/^,\s+\d{1,3}(?=,)/, '');
  const match = APPOSITION_AFTER.exec(after);
  const whole = match?.[1]?.trim();
  // "Sarah Gille, now a physical oceanographer at …": the description after a word of time.
  const time = whole ? (DESCRIPTION_TIME.exec(whole)?.[0] ?? '') : '';
  const phrase = whole?.slice(time.length);
  if (!whole || !phrase || CLAUSE_STARTS.test(phrase) || /^\d+$/.test(phrase)) return null;
  // "Name, Owner’s $119-a-year programme": a possessive name opens a description too.
  const possessive = /^\p{Lu}[\p{L}.-]*['’]s\s/u.test(phrase);
  if (
    !possessive &&
    !/^(?:a|an|the|one|[\p{Ll}\d])/u.test(phrase) &&
    !/^\p{Lu}\p{Ll}+\s+\p{Ll}/u.test(phrase)
  )
    return null;
  const words = phrase.split(/\s+/);
  if (words.length < 2 || words.length > 20) return null;
  const tags = tagWords(phrase).map((word) => word.pos);
  const firstTag = tags[0];
  const role = ROLE_PARTICIPLE.test(phrase);
  // "…at St. Aldric’s, four developed infections": a number and its verb, a clause; "Mr. Rahami,
  // blood pouring from a wound, was …": a noun and its participle tell what was happening.
  if ((firstTag === 'NUM' || firstTag === 'NOUN') && (tags[1] === 'VERB' || tags[1] === 'AUX'))
    return null;
  if (
    !firstTag ||
    (!possessive && !role && !['DET', 'ADJ', 'NOUN', 'NUM'].includes(firstTag)) ||
    (/^\p{Ll}+ing\b/u.test(phrase) && !role)
  )
    return null;
  return whole;
}

/** "now", "then", "formerly" before a description: when the person was what it says. */
const DESCRIPTION_TIME = /^(?:now|then|formerly|currently|later) (?=(?:a|an|the)\s)/;

/** "Name is a …" / "Name was the …". */
function copulaAfter(sentence: string, end: number): string | null {
  const match =
    /^\s+(?:is|was|are|were|has been|had been)\s+((?:a|an|the|one of)\s[^,;:.]{3,140})/u.exec(
      sentence.slice(end),
    );
  return match?.[1]?.trim() ?? null;
}

/** "Name, who chairs the board," — what a relative clause says the person does. */
function relativeAfter(sentence: string, end: number): string | null {
  const after = sentence.slice(end);
  const match =
    RELATIVE_WHO.exec(after) ??
    // "…, which supervises the country's banks": what a body does, said in the present tense
    // (not "which had told the board …", a step in the story).
    RELATIVE_WHICH.exec(after);
  return match?.[1]?.trim() ?? null;
}

/** A lower-case word after a comma (or at the start) that compromise tags as a noun: a role. */
function isRoleNoun(word: string, previous: TaggedWord | undefined): boolean {
  if (!/^\p{Ll}/u.test(word) || (previous !== undefined && previous.pos !== 'PUNCT')) return false;
  return nlp(word).has('#Noun');
}

/** Tags a descriptor may carry ("retired fisherman", "the mayor's special envoy"). */
const DESCRIPTOR_TAGS = new Set(['NOUN', 'ADJ', 'PROPN']);

/** Words opening a noun that a clause after it qualifies ("whatever deity Jason may believe in"). */
const FREE_RELATIVE = /^(?:whatever|whichever|what|which)$/i;

/** "Mayor's special envoy Rita Vance", "Norlandic Prime Minister Olaf Berg": words before the name. */
function descriptorBefore(sentence: string, start: number, title: readonly Word[]): string | null {
  if (title.length > 0 && title.every((w) => HONORIFICS.has(bare(w.text)))) return null;
  const before = sentence.slice(0, start).trimEnd().split(/\s+/).slice(-6).join(' ');
  if (!before || /[,;:.()“”"—–]$/.test(before)) return null;
  const adjacent = bare(before.split(' ').at(-1) ?? '');
  if (STOP_WORDS.has(adjacent) || /^\d/.test(adjacent)) return null;
  // Tag the words with the name that follows them: "skipper" alone reads as a verb.
  const nextWord = /^\S+/.exec(sentence.slice(start))?.[0] ?? '';
  const tagged = tagWords(`${before} ${nextWord}`).slice(0, -1);
  const picked: string[] = [];
  for (let i = tagged.length - 1; i >= 0 && picked.length < 5; i--) {
    const word = tagged[i];
    // "in the name of whatever deity Jason may believe in": a noun the name's own clause
    // qualifies, not a description of the name.
    if (word && FREE_RELATIVE.test(word.text)) return null;
    if (!word || STOP_WORDS.has(bare(word.text))) break;
    // wink reads a lone role before a name as a verb ("…, skipper Ned Ross"); compromise,
    // asked only in that case, knows better.
    const role = picked.length === 0 && word.pos === 'VERB' && isRoleNoun(word.text, tagged[i - 1]);
    if (!role && !DESCRIPTOR_TAGS.has(word.pos)) break;
    if (picked.length === 0 && !role && word.pos !== 'NOUN' && !TITLES.has(bare(word.text)))
      return null;
    picked.unshift(word.text);
  }
  if (picked.length === 0) return null;
  const phrase = before.slice(before.lastIndexOf(picked[0] ?? ''));
  return phrase.split(/\s+/).length <= 6 ? phrase : null;
}

/** A name followed by a verb of saying is the speaker of the words before it. */
const SPEECH_AFTER =
  /^\s+(?:said|says|told|added|argued|noted|warned|insisted|explained|wrote|admitted|confirmed)\b/;

/**
 * "his 22-year-old son, Tom Quint", "Halfmoon's managing director, Cassia Redvers": a description
 * set off by a comma before the name (after a wire dateline's " - " too).
 */
function appositionBefore(sentence: string, start: number): string | null {
  const before = sentence.slice(Math.max(0, start - 100), start);
  const match =
    /(?:^|[,;:—–(]\s*|\s-\s+|\b(?:and|with|by|says|said)\s+)((?:his|her|their|its|the|a|an|(?:\p{Lu}[\p{L}&.-]*\s+){0,2}\p{Lu}[\p{L}&.-]*['’]s?)\s+[^,;:()“”"]{2,70}?),\s*$/iu.exec(
      before,
    );
  // "…, and Renewal's leader, Bettina Kroll": the conjunction joins clauses, it describes no one.
  let phrase = match?.[1]?.trim().replace(/^(?:and|but|or|while)\s+/i, '');
  if (!phrase) return null;
  // "With the start of a new month, Valve has …": a sentence opening "With …" sets the scene.
  const opensWith =
    Math.max(0, start - 100) + (match?.index ?? 0) + (match?.[0].indexOf(phrase) ?? 0);
  if (/^\s*with\s+$/i.test(sentence.slice(0, opensWith))) return null;
  const tagged = tagWords(phrase);
  // "The fraud came to light after a retired skipper, Alun Pritchard": the description is the
  // noun phrase after the clause's verb, not the clause.
  // "managing director", "acting chair": an -ing word before a noun describes it.
  const verb = tagged.findLastIndex(
    (w, i) =>
      (w.pos === 'VERB' || w.pos === 'AUX') &&
      !(/ing$/i.test(w.text) && tagged[i + 1]?.pos === 'NOUN'),
  );
  if (verb >= 0) {
    const opener = tagged.findIndex((w, i) => i > verb && (w.pos === 'DET' || w.pos === 'PRON'));
    if (opener < 0) return null;
    let at = 0;
    for (const [i, word] of tagged.entries()) {
      at = phrase.indexOf(word.text, at);
      if (i === opener) break;
      at += word.text.length;
    }
    phrase = phrase.slice(at);
  }
  const last = tagged.at(-1)?.pos;
  // "President Trump’s ambassador to the United Nations, Nikki R. Haley": a role held in a body
  // named last is a noun phrase too.
  const heldIn =
    last === 'PROPN' &&
    tagged.some((w, i) => w.pos === 'NOUN' && tagged.slice(i + 1).some((x) => x.pos === 'ADP'));
  return last === 'NOUN' || heldIn ? phrase : null;
}

/** "an online appeal called Keep Ardrey Afloat": the noun phrase a name is given to. */
function calledBefore(sentence: string, start: number): string | null {
  const before = sentence.slice(Math.max(0, start - 80), start);
  const match =
    /\b((?:a|an|the|its|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,3}?[\p{Ll}-]+)\s+(?:called|named|known as|dubbed|titled|entitled)\s+[“"‘]?$/u.exec(
      before,
    );
  return match?.[1] ?? null;
}

const DEFINITION_RANK: Record<Definition['form'], number> = {
  apposition: 4,
  copula: 3,
  title: 2,
  relative: 2.5,
  descriptor: 1,
};

interface Draft {
  key: string;
  words: string[];
  surfaces: Map<string, number>;
  mentions: Mention[];
  titled: boolean;
  definition: Definition | null;
  /** How well `definition` defines (see `definitionRank`), less when it stood in a quotation. */
  definitionRank: number;
  /** Short forms made of its initials ("RHA" for "Regional Health Authority"), merged into it. */
  acronyms: string[];
}

/** The first full-name mention usually carries who someone is: a full name outranks any surname-only form. */
function definitionRank(definition: Definition): number {
  const fullName = /\s/.test(definition.mention.surface.trim());
  // "now a physical oceanographer" is who she is, over "a graduate student" she once was.
  const now = /^(?:now|currently) /.test(definition.phrase);
  return DEFINITION_RANK[definition.form] + (fullName ? 10 : 0) + (now ? 1 : 0);
}

function considerDefinition(
  draft: Draft,
  candidate: Definition,
  rank = definitionRank(candidate),
): void {
  if (draft.definition && rank <= draft.definitionRank) return;
  draft.definition = candidate;
  draft.definitionRank = rank;
}

/**
 * What a definition found inside a quotation loses ("“Mike Pence is the guy you feel the need to
 * impress in church.”" is someone's view of him): it is taken only when the article gives none.
 */
const QUOTED_DEFINITION_PENALTY = 100;

/** True when the text before a position opens a quotation it has not closed. */
function inQuotation(sentence: string, at: number): boolean {
  const before = sentence.slice(0, at);
  const count = (mark: RegExp) => before.match(mark)?.length ?? 0;
  return count(/“/g) > count(/”/g) || count(/"/g) % 2 === 1;
}

/** Words used in lower case somewhere in the articles: such a word opening a sentence is not a name. */
function lowerCaseVocabulary(articles: readonly Article[]): Set<string> {
  const vocabulary = new Set<string>(STOP_WORDS);
  for (const article of articles) {
    for (const paragraph of article.paragraphs) {
      for (const match of paragraph.text.matchAll(/(?<![\p{L}.])\p{Ll}[\p{Ll}'’-]*/gu))
        vocabulary.add(match[0]);
    }
  }
  return vocabulary;
}

/** Words written with a capital inside sentences and never in lower case: names, wherever they stand. */
function midSentenceNames(
  articles: readonly Article[],
  commonWords: ReadonlySet<string>,
): Set<string> {
  const names = new Set<string>();
  for (const article of articles) {
    for (const paragraph of article.paragraphs) {
      for (const sentence of paragraph.sentences) {
        // A headline's capitals say nothing.
        if (inTitleCase(sentence.text)) continue;
        for (const match of sentence.text.matchAll(
          /(?<=[\p{Ll}\d,;]\s+)\p{Lu}[\p{L}\p{M}'’-]*/gu,
        )) {
          const word = bare(match[0]);
          if (!commonWords.has(match[0].toLowerCase())) names.add(word);
        }
      }
    }
  }
  return names;
}

/**
 * Finds the named entities of the articles and merges their aliases: a full name, its surname and
 * "Title Surname" become one entity with one slug. A lone surname goes to the full name it
 * matches that was mentioned last in the same article (or, failing that, anywhere).
 */
export function extractEntities(articles: readonly Article[]): Entity[] {
  const commonWords = lowerCaseVocabulary(articles);
  const knownNames = midSentenceNames(articles, commonWords);
  const drafts = new Map<string, Draft>();
  const singles: Array<{
    word: string;
    mention: Mention;
    titled: boolean;
    title: Word[];
    sentence: string;
    end: number;
  }> = [];

  const draftFor = (key: string, words: string[]): Draft => {
    let draft = drafts.get(key);
    if (!draft) {
      draft = {
        key,
        words,
        surfaces: new Map(),
        mentions: [],
        titled: false,
        definition: null,
        definitionRank: 0,
        acronyms: [],
      };
      drafts.set(key, draft);
    }
    return draft;
  };

  const define = (draft: Draft, sentence: string, span: Span, mention: Mention, at: number) => {
    const penalty = inQuotation(sentence, mention.index) ? QUOTED_DEFINITION_PENALTY : 0;
    const offer = (definition: Definition) =>
      considerDefinition(draft, definition, definitionRank(definition) - penalty);
    // "The Prudential Banking Authority (PBA), which supervises …": the initials in brackets
    // stand between the name and what defines it.
    const end = at + (/^\s*\(\p{Lu}[\p{Lu}&.]{1,7}\)/u.exec(sentence.slice(at))?.[0].length ?? 0);
    // "“I don’t need to be told, Chris, the same thing every day”": a name spoken to is set off by
    // commas, and what follows is the speaker's sentence going on, not who Chris is.
    const apposition = addressed(sentence, mention.index) ? null : appositionAfter(sentence, end);
    if (apposition) return offer({ phrase: apposition, mention, form: 'apposition' });
    const copula = copulaAfter(sentence, end);
    if (copula) return offer({ phrase: copula, mention, form: 'copula' });
    const relative = relativeAfter(sentence, end);
    if (relative) offer({ phrase: relative, mention, form: 'relative' });
    const start = span.title[0]?.start ?? mention.index;
    // "…and its insurance arrangements, DCI Keddie said": the words before a speaker end the
    // reported clause; they do not describe the speaker.
    const speaks = SPEECH_AFTER.test(sentence.slice(end));
    // "The Falkner family foundation, Vossberg's largest shareholder, …": the words before a
    // possessive describe someone else.
    const possessive =
      /['’]s?$/.test(sentence.slice(0, end)) || /^['’]s?\s/.test(sentence.slice(end));
    const setOff =
      speaks || possessive
        ? null
        : (appositionBefore(sentence, start) ?? calledBefore(sentence, start));
    if (setOff) return offer({ phrase: setOff, mention, form: 'apposition' });
    const descriptor = descriptorBefore(sentence, start, span.title);
    const title = span.title
      .filter((w) => !HONORIFICS.has(bare(w.text)))
      .map((w) => w.text)
      .join(' ');
    // "Capt. James Sarnicki of the Linden Police Department": the body the role is held in.
    const held = descriptor || title;
    const body = held ? (OF_BODY.exec(sentence.slice(end))?.[0].trim() ?? '') : '';
    const role = [descriptor, title, body].filter(Boolean).join(' ');
    if (role) offer({ phrase: role, mention, form: title ? 'title' : 'descriptor' });
  };

  articles.forEach((article, a) => {
    article.paragraphs.forEach((paragraph, p) => {
      paragraph.sentences.forEach((sentence, s) => {
        for (const span of capitalisedSpans(sentence.text, commonWords, knownNames)) {
          const first = span.words[0];
          const last = span.words.at(-1);
          if (!first || !last) continue;
          const surface = sentence.text.slice(first.start, last.end).replace(/['’]s$/, '');
          const mention: Mention = {
            article: a,
            paragraph: p,
            sentence: s,
            index: first.start,
            surface,
          };
          const words = span.words.map((w) => w.text.replace(/['’]s$/, ''));
          const key = nameKey(words);
          if (!key) continue;
          const titled = span.title.length > 0;
          if (span.words.length === 1) {
            singles.push({
              word: key,
              mention,
              titled,
              title: span.title,
              sentence: sentence.text,
              end: last.end,
            });
            continue;
          }
          const draft = draftFor(key, words);
          draft.mentions.push(mention);
          draft.surfaces.set(surface, (draft.surfaces.get(surface) ?? 0) + 1);
          draft.titled ||= titled;
          define(draft, sentence.text, span, mention, last.end);
        }
      });
    });
  });

  mergeShortForms(drafts);
  mergeTails(drafts);
  mergeMiddleNames(drafts);

  // Lone words: a surname of a multi-word name (the one last mentioned before it), else their own entity.
  const byLastWord = new Map<string, Draft[]>();
  const byFirstWord = new Map<string, Draft[]>();
  for (const draft of drafts.values()) {
    const last = draft.key.split(' ').at(-1) ?? '';
    const keys = [last, last.replace(/^(?:al|el|bin|ibn|abu)-/, '')];
    for (const key of new Set(keys)) byLastWord.set(key, [...(byLastWord.get(key) ?? []), draft]);
    const first = draft.key.split(' ')[0] ?? '';
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), draft]);
  }
  /** Drafts of words named alone where the words around make them places. */
  const placedDrafts = new Set<Draft>();
  for (const single of singles) {
    // "Sudria" is not short for "South Sudria": only people are called by their last name.
    // "the northern cities of Calderbrook and Ashmere" are places, whatever else shares the word.
    const placedHere = placedByContext(single.mention, articles);
    const generic =
      placedHere ||
      commonWords.has(single.word) ||
      ORGANIZATION_HEADS.has(single.word) ||
      lexiconKind(single.word) === 'place';
    const named = generic
      ? []
      : (byLastWord.get(single.word) ?? [])
          .map((owner) => ({ owner, kind: kindOf(owner.words.join(' '), owner.titled) }))
          .filter(
            ({ owner, kind }) =>
              kind === 'person' || kind === 'thing' || namedAfterKind(owner.words),
          );
    // "Vote for Trump" (a quoted headline's words) is named after Trump: where a person bears the
    // surname, a name joined by "for", "of" or "on" does not own it.
    const owners = (
      named.some(({ kind }) => kind === 'person')
        ? named.filter(({ owner }) => !owner.words.some((word) => PHRASE_JOINERS.test(word)))
        : named
    ).map(({ owner }) => owner);
    // "Greyhollow" is short for "Greyhollow Homes": an organisation (or a name of no known kind,
    // not a person's or a place's) is called by its first word.
    const institutions = generic
      ? []
      : (byFirstWord.get(single.word) ?? []).filter((owner) => {
          const kind = kindOf(owner.words.join(' '), owner.titled);
          return kind === 'organization' || kind === 'thing';
        });
    // "Agnes" after "Agnes Brannock": a feature calls people by their first name.
    const firstNamed = generic
      ? []
      : (byFirstWord.get(single.word) ?? []).filter(
          (owner) =>
            owner.words.length > 1 && kindOf(owner.words.join(' '), owner.titled) === 'person',
        );
    // A word already named alone as a place ("HALBERG, March 4 …") stays that place.
    const place = drafts.get(single.word);
    const owner =
      pickOwner(owners, single.mention) ??
      (place && placedDrafts.has(place) ? place : null) ??
      (institutions.length === 1
        ? (institutions[0] ?? null)
        : oneInstitution(institutions, single.mention)) ??
      (firstNamed.length === 1 ? (firstNamed[0] ?? null) : null);
    const draft = owner ?? draftFor(single.word, [single.mention.surface]);
    if (placedHere) placedDrafts.add(draft);
    draft.mentions.push(single.mention);
    if (!owner || owner.key === single.word)
      draft.surfaces.set(
        single.mention.surface,
        (draft.surfaces.get(single.mention.surface) ?? 0) + 1,
      );
    draft.titled ||= single.titled;
    define(draft, single.sentence, { words: [], title: single.title }, single.mention, single.end);
  }

  mergeAcronyms(drafts);
  mergeAbbreviatedTitles(drafts);
  mergeShortNames(drafts);
  mergeLegalNames(drafts);

  const entities: Entity[] = [];
  const slugs = new Set<string>();
  for (const draft of drafts.values()) {
    const name = mostFrequent(draft.surfaces) ?? draft.words.join(' ');
    let slug = slugify(name) || slugify(draft.key);
    if (!slug) continue;
    if (slugs.has(slug)) slug = `${slug}-${slugs.size}`;
    slugs.add(slug);
    draft.mentions.sort(compareMentions);
    // The full form names the kind: "St. Aldric’s Hospital", however often it is "St. Aldric’s".
    // "St. Aldric’s Hospital" is "the hospital" later on, as "a lunar probe" is "the probe".
    const last = bare(draft.words.at(-1) ?? '');
    const head =
      (draft.definition && draft.definition.form !== 'relative'
        ? headNoun(draft.definition.phrase)
        : null) ?? (draft.words.length > 1 && isInstitutionHead(last) ? last : null);
    const firm = [...draft.surfaces.keys()].some((surface) => surface.includes('&'));
    const found = firm ? 'organization' : kindOf(draft.words.join(' '), draft.titled);
    // "X, who chairs the board": "who" speaks of a person ("X, which runs …" does not).
    const who = draft.definition?.form === 'relative' && saidByWho(draft.definition, articles);
    const kind =
      found === 'thing' &&
      ((head && (PERSON_NOUNS.has(head) || isPersonNoun(head))) ||
        who ||
        namedAsPerson(draft.words, draft.mentions, articles))
        ? 'person'
        : found === 'thing' && draft.mentions.some((m) => placedByContext(m, articles))
          ? 'place'
          : found === 'thing' && head && ORGANIZATION_HEADS.has(head)
            ? 'organization'
            : found;
    // "another image Elizabeth Snyder posted", "his sons James and Lachlan Murdoch": a noun before
    // a person's name that is no kind of person, or many, does not say who they are.
    const misdescribed =
      kind === 'person' &&
      draft.definition?.form === 'descriptor' &&
      head !== null &&
      !PERSON_NOUNS.has(head) &&
      !mayDescribePerson(head);
    if (misdescribed) draft.definition = null;
    entities.push({
      slug,
      name,
      kind,
      aliases: [
        ...aliasesOf(
          draft.key,
          slug,
          (kind !== 'place' && kind !== 'organization') || namedAfterKind(draft.words),
          commonWords,
        ),
        ...draft.acronyms,
        // Called by the first name alone somewhere ("Agnes"): that is a name to ask by too.
        ...draft.mentions
          .filter(
            (m) =>
              kind === 'person' &&
              draft.words.length > 1 &&
              bare(m.surface) === draft.key.split(' ')[0],
          )
          .slice(0, 1)
          .map((m) => bare(m.surface)),
      ],
      mentions: draft.mentions,
      definition: draft.definition,
      head: misdescribed ? null : head,
      nouns: nounsOf(name, misdescribed ? null : head),
    });
  }
  resolveHeadNouns(entities, articles);
  resolvePronouns(entities, articles);
  resolveBodyPronouns(entities, articles);
  resolveInterviewee(entities, articles);
  nameOwners(entities);
  return entities;
}

/** A description that opens with a possessive pronoun: "Its general secretary". */
const POSSESSIVE_OPENING = /^(its|their|his|her)\s+(\S.*)$/i;

/**
 * "Its general secretary, Bernadette Quarrie": the description says whose, once coreference has
 * found what "Its" stands for in that sentence ("general secretary of Shopworkers' Alliance").
 */
function nameOwners(entities: readonly Entity[]): void {
  const pronouns = new Map<string, Entity>();
  for (const entity of entities) {
    for (const m of entity.mentions) {
      if (isPronounMention(m))
        pronouns.set(
          `${m.article}:${m.paragraph}:${m.sentence}:${m.surface.toLowerCase()}`,
          entity,
        );
    }
  }
  for (const entity of entities) {
    const definition = entity.definition;
    const opening = definition ? POSSESSIVE_OPENING.exec(definition.phrase) : null;
    if (!definition || !opening) continue;
    const { article, paragraph, sentence } = definition.mention;
    const owner = pronouns.get(
      `${article}:${paragraph}:${sentence}:${(opening[1] ?? '').toLowerCase()}`,
    );
    if (owner && owner !== entity) definition.phrase = `${opening[2]} of ${owner.name}`;
  }
}

/** True when a relative clause defining a name opens with "who". */
function saidByWho(definition: Definition, articles: readonly Article[]): boolean {
  const { article, paragraph, sentence, index } = definition.mention;
  const text = articles[article]?.paragraphs[paragraph]?.sentences[sentence]?.text ?? '';
  return /^[^,]*,\s+who\b/.test(text.slice(index));
}

/** A surname's particle written in lower case inside a full name ("Joost van Hoof", "Ursula von der Leyen"). */
const NAME_PARTICLE = /^(?:van|von|der|den|ter|ten|zu|bin|ibn)$/;
/** A verb of saying right after a name, past a body it is "of" ("X of the Y Institute writes"). */
const SAYS_AFTER =
  /^(?:\s+of\s+(?:the\s+)?\p{Lu}[^,.;]{0,80}?)?\s+(?:says|said|writes|wrote|adds|added|explains|explained|recalls|recalled|argues|argued)\b/u;

/**
 * A full name that a lexicon does not know is a person's when a surname particle stands inside it,
 * or, made of no common word, when it says or writes something ("Joost van Hoof of … writes in
 * an accompanying article").
 */
function namedAsPerson(
  words: readonly string[],
  mentions: readonly Mention[],
  articles: readonly Article[],
): boolean {
  if (words.length < 2) return false;
  if (words.slice(1, -1).some((word) => NAME_PARTICLE.test(word))) return true;
  // "Whole Foods said": a firm's name in common words says things too.
  if (words.some((word) => isCommonWord(bare(word)))) return false;
  return mentions.some((mention) => {
    const text =
      articles[mention.article]?.paragraphs[mention.paragraph]?.sentences[mention.sentence]?.text ??
      '';
    return SAYS_AFTER.test(text.slice(mention.index + mention.surface.length));
  });
}

/** "the northern town of Kelloway", "KIRUNA, Sweden — …": words around a name that make it a place. */
const PLACE_BEFORE =
  /\b(?:towns?|city|cities|villages?|ports?|county|counties|provinces?|states?|regions?|districts?|islands?|capital|suburbs?|hamlets?|municipality|municipalities|boroughs?|parish(?:es)?)\s+of\s+(?:\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*(?:,\s+|\s+and\s+))?$/iu;
const DATELINE_AFTER = /^(?:,\s+\p{Lu}[\p{L}. ]*)?\s+[—–]\s/u;

function placedByContext(mention: Mention, articles: readonly Article[]): boolean {
  const text =
    articles[mention.article]?.paragraphs[mention.paragraph]?.sentences[mention.sentence]?.text ??
    '';
  if (PLACE_BEFORE.test(text.slice(Math.max(0, mention.index - 40), mention.index))) return true;
  const dateline = mention.index === 0 && mention.paragraph === 0 && mention.sentence === 0;
  return (
    dateline &&
    (DATELINE_AFTER.test(text.slice(mention.surface.length)) || wireDateline(text) !== null)
  );
}

/** A plural noun's singular, by the regular rules ("companies" → "company", "firms" → "firm"). */
function singular(noun: string): string {
  if (/ies$/.test(noun)) return `${noun.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x)es$/.test(noun)) return noun.slice(0, -2);
  return noun.replace(/s$/, '');
}

/** Word classes that may stand before a head noun ("the agency's first weather satellite"). */
const BEFORE_HEAD = new Set(['DET', 'ADJ', 'ADV', 'NUM', 'PROPN', 'PART', 'NOUN']);

/** The head noun of a short description: the last noun before a preposition, verb or clause. */
function headNoun(phrase: string): string | null {
  // "one of the region's largest payroll companies" is a company: "the company" later on.
  const oneOf = /^one of\s+/i.exec(phrase);
  let head: string | null = null;
  for (const word of tagWords(phrase.slice(oneOf?.[0].length ?? 0)).slice(0, 8)) {
    // "her father": a possessive stands where an article would; "managing director" is a director.
    if (/^(?:his|her|their|its|our|my)$/i.test(word.text) || ROLE_PARTICIPLE.test(`${word.text} `))
      continue;
    if (!BEFORE_HEAD.has(word.pos) || /^(?:who|whose|whom|which|that)$/i.test(word.text)) break;
    if (word.pos === 'NOUN') head = word.text.toLowerCase();
  }
  if (!head || head.length < 3 || !/^\p{Ll}+$/u.test(head) || STOP_WORDS.has(head)) return null;
  return oneOf ? singular(head) : head;
}

/** The nouns a name is called by later: its description's ("the arch") and its own last word ("the bridge"). */
function nounsOf(name: string, head: string | null): string[] {
  const last = foldCase(name.split(/\s+/).at(-1) ?? '').replace(/['’]s$/, '');
  const own = /\s/.test(name) && isInstitutionHead(last) ? [last] : [];
  // "The dead man" does not make every later "the second man" the same man.
  const telling = head && !ANY_PERSON.has(head) ? [head] : [];
  return [...new Set([...telling, ...own])];
}

/** Nouns that fit anyone: a later "the man" or "the woman" may be someone else. */
const ANY_PERSON = new Set([
  'man',
  'woman',
  'person',
  'boy',
  'girl',
  'child',
  'people',
  'men',
  'women',
]);

/** Merges the name `short` into `target`: its mentions, its surfaces, its title and definition. */
function absorb(drafts: Map<string, Draft>, target: Draft, short: Draft): void {
  target.mentions.push(...short.mentions);
  for (const [surface, count] of short.surfaces)
    target.surfaces.set(surface, (target.surfaces.get(surface) ?? 0) + count);
  target.titled ||= short.titled;
  if (short.definition) considerDefinition(target, short.definition, short.definitionRank);
  drafts.delete(short.key);
}

/**
 * "Mara Lee" and "Mara Lee Quint" are one person: a name that begins exactly one
 * longer name is merged into it, unless the longer one is an institution named after it.
 */
function mergeShortForms(drafts: Map<string, Draft>): void {
  const all = [...drafts.values()];
  // Names by each shorter run of their first words: one pass, not a scan per name.
  const byStart = new Map<string, Draft[]>();
  for (const draft of all) {
    const words = draft.key.split(' ');
    for (let length = 1; length < words.length; length++) {
      const start = words.slice(0, length).join(' ');
      byStart.set(start, [...(byStart.get(start) ?? []), draft]);
    }
  }
  for (const short of all) {
    const longer = byStart.get(short.key) ?? [];
    const target = longer[0];
    if (longer.length !== 1 || !target) continue;
    // "West Marrick" is not short for "West Marrick Power Corporation"; "St. Aldric’s" is for
    // "St. Aldric’s Hospital".
    const institution = isInstitutionHead(target.key.split(' ').at(-1) ?? '');
    const shortSurfaces = [...short.surfaces.keys()];
    const possessor = [...target.surfaces.keys()].some((long) =>
      shortSurfaces.some(
        (surface) => /^['’]s?\s/.test(long.slice(surface.length)) && long.startsWith(surface),
      ),
    );
    if (institution && !possessor) continue;
    absorb(drafts, target, short);
  }
}

/** "Boeing" and "Boeing Co." are one firm: a name is merged into its legal name, suffix and all. */
function mergeLegalNames(drafts: Map<string, Draft>): void {
  for (const legal of [...drafts.values()]) {
    const words = legal.key.split(' ');
    if (words.length < 2 || !CORPORATE_SUFFIX.test(words.at(-1) ?? '')) continue;
    const short = drafts.get(words.slice(0, -1).join(' '));
    if (short) absorb(drafts, legal, short);
  }
}

/**
 * "the Fed" after "the U.S. Federal Reserve", "Labour" after "the Labour Party": a name of one
 * word that WordNet knows as short for a longer name ("Fed" → "Federal Reserve") is the one name
 * of the articles holding that longer name, when exactly one does. Not for people.
 */
function mergeShortNames(drafts: Map<string, Draft>): void {
  const longer = [...drafts.values()].filter(
    (d) => d.words.length > 1 && kindOf(d.words.join(' '), d.titled) !== 'person',
  );
  for (const short of [...drafts.values()]) {
    if (short.words.length !== 1 || short.titled || longer.length === 0) continue;
    const names = otherNames(short.key)
      .map((name) => nameKey(name.split(/\s+/)))
      .filter((name) => name.includes(' '));
    if (names.length === 0) continue;
    const [target, ...others] = longer.filter((d) =>
      names.some((name) => ` ${d.key} `.includes(` ${name} `)),
    );
    if (!target || others.length > 0 || !drafts.has(target.key)) continue;
    absorb(drafts, target, short);
  }
}

/**
 * "Vision Pro" after "Apple Vision Pro", "General Assembly" after "U.N. General Assembly", "Black
 * Elk" after "Linda Black Elk": a name of two words or more that ends exactly one longer name, one
 * word longer, is that name without its maker, owner or first name. Not a person's name opening
 * with a first name ("Jane Marlow" is not "Anna Jane Marlow"; see `mergeMiddleNames`), nor places
 * ("South Wales" is not "New South Wales").
 */
function mergeTails(drafts: Map<string, Draft>): void {
  const byTail = new Map<string, Draft[]>();
  for (const draft of drafts.values()) {
    const words = draft.key.split(' ');
    if (words.length < 3) continue;
    const tail = words.slice(1).join(' ');
    byTail.set(tail, [...(byTail.get(tail) ?? []), draft]);
  }
  const named = (d: Draft) => kindOf(d.words.join(' '), d.titled);
  for (const short of [...drafts.values()]) {
    const [target, ...others] = byTail.get(short.key) ?? [];
    if (!target || others.length > 0 || !drafts.has(target.key)) continue;
    const kinds = [named(short), named(target)];
    if (kinds.includes('place')) continue;
    if (kinds.includes('person') && lexiconKind(short.key.split(' ')[0] ?? '') === 'person')
      continue;
    absorb(drafts, target, short);
  }
}

/**
 * "Ottilie Vranken" and "Ottilie Margarethe Vranken" are one person: a two-word name whose first
 * and last words begin and end exactly one longer person's name is merged into it.
 */
function mergeMiddleNames(drafts: Map<string, Draft>): void {
  const all = [...drafts.values()];
  const personLike = (d: Draft) => {
    const kind = kindOf(d.words.join(' '), d.titled);
    return (
      (kind === 'person' || kind === 'thing') && !isInstitutionHead(d.key.split(' ').at(-1) ?? '')
    );
  };
  // Longer names by their first and last words: one pass, not a scan per name.
  const byEnds = new Map<string, Draft[]>();
  for (const draft of all) {
    const words = draft.key.split(' ');
    if (words.length <= 2) continue;
    const ends = `${words[0]} ${words.at(-1)}`;
    byEnds.set(ends, [...(byEnds.get(ends) ?? []), draft]);
  }
  for (const short of all) {
    if (short.words.length !== 2 || !personLike(short)) continue;
    const longer = byEnds.get(short.key) ?? [];
    const target = longer[0];
    if (longer.length !== 1 || !target || !personLike(target)) continue;
    absorb(drafts, target, short);
  }
}

/** A title written as capitals ("DCI", "PC", "DS") before one other name word. */
const ABBREVIATED_TITLE = /^\p{Lu}{2,4}\s+\p{Lu}\p{Ll}/u;

/**
 * "DCI Keddie" is "Detective Chief Inspector Alasdair Keddie": capitals before a surname that
 * ends exactly one person's name make a title, and the mentions are that person's.
 */
function mergeAbbreviatedTitles(drafts: Map<string, Draft>): void {
  const all = [...drafts.values()];
  for (const short of all) {
    const surfaces = [...short.surfaces.keys()];
    if (short.words.length !== 2 || !surfaces.every((surface) => ABBREVIATED_TITLE.test(surface)))
      continue;
    const surname = short.words[1] ?? '';
    const people = all.filter(
      (d) =>
        d !== short &&
        d.words.length >= 2 &&
        d.words.at(-1) === surname &&
        kindOf(d.words.join(' '), d.titled) === 'person',
    );
    const target = people[0];
    if (people.length !== 1 || !target) continue;
    target.mentions.push(...short.mentions);
    target.titled = true;
    if (short.definition) considerDefinition(target, short.definition, short.definitionRank);
    drafts.delete(short.key);
  }
}

/** Initials of a name's main words: "Lenhaven Fishermen's Mutual Society" → "lfms". */
function initials(key: string): string {
  return key
    .split(' ')
    .filter((word) => !NAME_CONNECTORS.has(word) && word !== 'and' && word !== 'the')
    .map((word) => word[0] ?? '')
    .join('');
}

/**
 * "the Regional Health Authority (RHA)" and later "the RHA" are one organisation: a name written
 * in capitals that spells the initials of exactly one longer name is merged into it.
 */
function mergeAcronyms(drafts: Map<string, Draft>): void {
  const byInitials = new Map<string, Draft[]>();
  for (const draft of drafts.values()) {
    if (draft.words.length < 2) continue;
    const key = initials(draft.key);
    byInitials.set(key, [...(byInitials.get(key) ?? []), draft]);
  }
  for (const short of [...drafts.values()]) {
    const written = short.words[0] ?? '';
    if (short.words.length !== 1 || !/^\p{Lu}{2,6}$/u.test(written)) continue;
    const owners = byInitials.get(short.key) ?? [];
    const target = owners[0];
    if (owners.length !== 1 || !target) continue;
    target.mentions.push(...short.mentions);
    target.acronyms.push(short.key);
    if (!target.definition && short.definition)
      considerDefinition(target, short.definition, short.definitionRank);
    drafts.delete(short.key);
  }
}

/**
 * Of several names a lone word may be short for, all of one kind of institution ("Harlow Bank",
 * "Harlow and District Savings Bank": its names now and in 1871), the one its article introduced
 * first, before the word. Null when they are of different kinds ("Carrowmouth Council",
 * "Carrowmouth Bank": the word is likely the town) or none comes before it.
 */
function oneInstitution(owners: readonly Draft[], mention: Mention): Draft | null {
  if (new Set(owners.map((owner) => owner.words.at(-1))).size !== 1) return null;
  return mentionedBefore(owners, mention, 'first');
}

/** The full name a lone surname refers to: the last one mentioned at or before it in its article. */
function pickOwner(owners: readonly Draft[], mention: Mention): Draft | null {
  if (owners.length === 0) return null;
  if (owners.length === 1) return owners[0] ?? null;
  return (
    mentionedBefore(owners, mention, 'last') ??
    [...owners].sort((x, y) => y.mentions.length - x.mentions.length)[0] ??
    null
  );
}

/** Of `owners`, the one mentioned first (or last) in the mention's article at or before it. */
function mentionedBefore(
  owners: readonly Draft[],
  mention: Mention,
  which: 'first' | 'last',
): Draft | null {
  let best: Draft | null = null;
  let bestMention: Mention | null = null;
  for (const owner of owners) {
    for (const candidate of owner.mentions) {
      if (candidate.article !== mention.article || compareMentions(candidate, mention) > 0)
        continue;
      const order = bestMention ? compareMentions(candidate, bestMention) : 0;
      if (!bestMention || (which === 'first' ? order < 0 : order > 0)) {
        best = owner;
        bestMention = candidate;
      }
    }
  }
  return best;
}

function mostFrequent(counts: ReadonlyMap<string, number>): string | null {
  let best: string | null = null;
  let bestCount = 0;
  for (const [text, count] of counts) {
    // On a tie, the longer form, and a name as written in a sentence over a dateline's capitals.
    const better =
      best !== null &&
      (text.length > best.length || (best === best.toUpperCase() && text !== text.toUpperCase()));
    if (count > bestCount || (count === bestCount && better)) {
      best = text;
      bestCount = count;
    }
  }
  return best;
}

/** The last word of a firm's legal name ("Inc.", "Co.", "Ltd"), which questions leave out. */
const CORPORATE_SUFFIX = /^(?:inc|corp|co|ltd|llc|plc|llp|gmbh|ag|sa|nv)\.?$/;

/**
 * A name's aliases: the name, its slug, a firm's name without its legal suffix, and for people (or
 * unknown kinds) the surname unless it is a common word.
 */
function aliasesOf(
  key: string,
  slug: string,
  personLike: boolean,
  commonWords: ReadonlySet<string>,
): string[] {
  const words = key.split(' ');
  const aliases = new Set<string>([key, slug.replace(/-/g, ' ')]);
  // "AT&T" is asked as the words a question's tokens leave of it ("t").
  if (key.includes('&'))
    aliases.add(
      contentTokens(key)
        .filter((word) => !STOP_WORDS.has(word))
        .join(' '),
    );
  // "Apple Inc.", "Boeing Co.": the firm is asked about by its name alone.
  if (words.length > 1 && CORPORATE_SUFFIX.test(words.at(-1) ?? ''))
    aliases.add(words.slice(0, -1).join(' '));
  const last = words.at(-1);
  if (personLike && words.length > 1 && last && !commonWords.has(last)) {
    aliases.add(last);
    aliases.add(last.replace(/^(?:al|el|bin|ibn|abu)-/, ''));
    aliases.add(`${words[0]} ${last}`);
  }
  return [...aliases].filter(Boolean);
}
