import model from 'wink-eng-lite-web-model';
import winkNLP, { type ItemSentence } from 'wink-nlp';
import type { Sentence } from './types.ts';

let nlp: ReturnType<typeof winkNLP> | null = null;

/** wink-nlp with its English model, loaded on first use (the model takes ~100 ms to load). */
function englishNlp(): ReturnType<typeof winkNLP> {
  nlp ??= winkNLP(model, ['sbd', 'pos']);
  return nlp;
}

/**
 * wink-nlp reads "in." as the abbreviation of inches even after a word ("… displayed after
 * logging in. Minecraft items can …"): there, before a capital, it ends the sentence.
 */
const INCHES_MISREAD = /(?<=\p{L} in\.)\s+(?=["“‘']?\p{Lu})/gu;

/**
 * Splits a paragraph into sentences with wink-nlp, which knows abbreviations ("Mr.", "U.S.",
 * "Jan. 5"), and locates each in the paragraph so quotes stay verbatim. Each sentence runs to the
 * start of the next, so no text is ever lost between them; a piece without a word, or one that
 * follows without a space, joins the one before it.
 */
export function splitSentences(paragraph: string): Sentence[] {
  const nlp = englishNlp();
  const starts: Array<{ start: number; lemmas: string }> = [];
  let cursor = 0;
  nlp
    .readDoc(paragraph)
    .sentences()
    .each((found: ItemSentence) => {
      const text = (found.out() as string).trim();
      const start = text ? paragraph.indexOf(text, cursor) : -1;
      if (start < 0) return;
      const breaks = [...text.matchAll(INCHES_MISREAD)].map((m) => (m.index ?? 0) + m[0].length);
      // Base forms are worked out for each piece on its own when the sentence is split again.
      starts.push({
        start,
        lemmas: breaks.length > 0 ? '' : changedLemmas(found.tokens(), nlp.its),
      });
      for (const at of breaks) starts.push({ start: start + at, lemmas: '' });
      cursor = start + text.length;
    });
  const first = paragraph.search(/\S/);
  if (first < 0) return [];
  if (starts.length === 0 || (starts[0]?.start ?? 0) > first)
    starts.unshift({ start: first, lemmas: '' });
  const sentences: Sentence[] = [];
  starts.forEach(({ start, lemmas }, i) => {
    const end = starts[i + 1]?.start ?? paragraph.length;
    const text = paragraph.slice(start, end).trimEnd();
    const previous = sentences.at(-1);
    // A split with no space before it ("<!channel>") or a piece without a word is not a sentence.
    const glued = start > 0 && !/\s/.test(paragraph[start - 1] ?? '');
    // "[Warner Bros. Television president] Peter Roth": an editor's bracket holds no sentence end
    // (only a bracket the next piece closes: a stray "[" must not swallow the paragraph).
    const bracketed = previous !== undefined && opensBracket(previous.text) && closesBracket(text);
    // "Retired Army Maj. Mike Lyons": wink-nlp ends a sentence at titles it does not know.
    const titled =
      previous !== undefined && TITLE_AT_END.test(previous.text) && /^\p{Lu}/u.test(text);
    // '"You think you got me?" | before his smile returned', 'Warner Bros. | scrambling': a piece
    // that goes on in small letters ends no sentence before it ("iPhone", "de Blasio" may start one).
    const continued =
      previous !== undefined && /^\p{Ll}(?!\p{Lu})/u.test(text) && !NAME_PARTICLE.test(text);
    // Pieces of one sentence wink-nlp split: joined, with their base forms.
    const joined = bracketed || titled || continued;
    if (previous && (glued || joined || !/[\p{L}\p{N}]/u.test(text))) {
      previous.text = paragraph.slice(previous.start, start + text.length);
      previous.end = start + text.length;
      if (joined) previous.lemmas = [previous.lemmas, lemmas || lemmasOf(text)].join(' ').trim();
      return;
    }
    sentences.push({ text, start, end: start + text.length, lemmas: lemmas || lemmasOf(text) });
  });
  return sentences;
}

/**
 * A title abbreviation that stands before a name ("Maj.", "Rev.", "Det.", "Supt."), ending a
 * piece wink-nlp split off: not a sentence end when a capital follows. Not "St." or "Jr.", which
 * end sentences ("on Main St.").
 */
const TITLE_AT_END =
  /(?:^|\s)(?:Maj|Gen|Brig|Col|Lt|Capt|Cmdr|Cdr|Adm|Sgt|Cpl|Pvt|Det|Insp|Supt|Rev|Msgr|Fr|Prof|Gov|Sen|Rep|Hon)\.$/;

/** A name that begins in small letters ("de Blasio said …", "van Gogh painted …"): a sentence may start so. */
const NAME_PARTICLE =
  /^(?:de|di|da|del|della|der|den|van|von|ter|le|la|du|dos|das|al|el|bin|ibn)[\s-]+\p{Lu}/u;

/** True when the text opens a square bracket it does not close. */
function opensBracket(text: string): boolean {
  return text.lastIndexOf('[') > text.lastIndexOf(']');
}

/** True when the text closes a square bracket opened before it. */
function closesBracket(text: string): boolean {
  const close = text.indexOf(']');
  const open = text.indexOf('[');
  return close >= 0 && (open < 0 || close < open);
}

type Tokens = ReturnType<ReturnType<ReturnType<typeof winkNLP>['readDoc']>['tokens']>;

function changedLemmas(tokens: Tokens, its: ReturnType<typeof winkNLP>['its']): string {
  const words = tokens.out() as string[];
  const lemmas = tokens.out(its.lemma as never) as string[];
  const changed = new Set<string>();
  lemmas.forEach((lemma, i) => {
    const lower = words[i]?.toLowerCase();
    if (lemma && lower && lemma !== lower && /\p{L}/u.test(lemma)) changed.add(lemma);
  });
  return [...changed].join(' ');
}

/** Base forms of a text's words whose form differs from the base ("took place" → "take"). */
export function lemmasOf(text: string): string {
  const nlp = englishNlp();
  return changedLemmas(nlp.readDoc(text).tokens(), nlp.its);
}

/** The base form of each word of a short text, in order (a word without one keeps its own form). */
export function lemmatize(words: readonly string[]): string[] {
  if (words.length === 0) return [];
  const nlp = englishNlp();
  const tokens = nlp.readDoc(words.join(' ')).tokens();
  const lemmas = tokens.out(nlp.its.lemma as never) as string[];
  return lemmas.length === words.length ? lemmas.map((l, i) => l || (words[i] ?? '')) : [...words];
}

/** A word with its universal part-of-speech tag (`NOUN`, `PROPN`, `VERB`, …) from wink-nlp. */
export interface TaggedWord {
  text: string;
  pos: string;
}

/** Recent tagging results: the same short phrases around names recur across mentions. */
const tagCache = new Map<string, TaggedWord[]>();
const TAG_CACHE_ENTRIES = 5000;

/** Tags the words of a short text; used sparingly, on the phrases around names. */
export function tagWords(text: string): TaggedWord[] {
  const cached = tagCache.get(text);
  if (cached) return cached;
  const doc = englishNlp().readDoc(text);
  const its = englishNlp().its;
  const words = doc.tokens().out() as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const tagged = words.map((word, i) => ({ text: word, pos: tags[i] ?? 'X' }));
  if (tagCache.size >= TAG_CACHE_ENTRIES) tagCache.clear();
  tagCache.set(text, tagged);
  return tagged;
}
