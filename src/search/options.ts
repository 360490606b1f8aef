import type { Options } from 'minisearch';
import { foldCase, STOP_WORDS } from '../extract/words.ts';

/** A sentence as the index stores it: its text, base forms and the aliases of the names in it. */
export interface IndexedSentence {
  id: number;
  text: string;
  /** Base forms of the sentence's inflected words, so "buy" finds "bought". */
  lemmas: string;
  /** Aliases of the entities named in the sentence, so any form of a name matches. */
  entities: string;
}

/** Folds case and accents, drops symbols, possessive 's and stop words: "Moreau’s" and "moreau" meet. */
export function processTerm(term: string): string | null {
  // Symbols the tokenizer leaves on a word ("$6", "€450") are not part of it.
  const folded = foldCase(term)
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
    .replace(/['’]s$/, '')
    .replace(/['’]/g, '');
  if (folded.length === 0 || STOP_WORDS.has(folded)) return null;
  return folded;
}

/**
 * Every MiniSearch option briefbot uses, in one place. Documents are sentences (the unit that
 * answers); the paragraph is looked up from the sentence id for the citation.
 * - fields: `text` (the sentence), `lemmas` (base forms of its inflected words), `entities`
 *   (aliases of names in it). Not the article title: every sentence would match its words.
 * - boosts: lemmas ×0.8 (a tense-insensitive match is slightly weaker), entities ×2 (a
 *   question's subject is usually a name).
 * - tokenize: MiniSearch's default (splits on Unicode spaces and punctuation).
 * - processTerm: fold case and accents, drop stop words and possessives.
 * - fuzzy 0.2 (a misspelt word still matches) and prefix search for terms of 4+ letters.
 */
export const INDEX_OPTIONS = {
  idField: 'id',
  fields: ['text', 'lemmas', 'entities'],
  storeFields: [],
  processTerm,
  searchOptions: {
    boost: { text: 1, lemmas: 0.8, entities: 2 },
    fuzzy: 0.2,
    prefix: (term: string) => term.length >= 4,
    combineWith: 'OR',
  },
} as const satisfies Options<IndexedSentence>;

/** Changes whenever the index format or the extraction rules change: part of the cache key. */
export const INDEX_FORMAT_VERSION = 2;
