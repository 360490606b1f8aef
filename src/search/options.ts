import MiniSearch from 'minisearch';
import { foldCase, joinInitials, STOP_WORDS } from '../extract/words.ts';

/** MiniSearch's own tokenizer: splits on Unicode spaces and punctuation. */
const splitWords = MiniSearch.getDefault('tokenize') as (text: string) => string[];

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

/** How each query term may match besides exactly: within an edit distance, or as a prefix. */
export interface TermMatching {
  /**
   * Edit distance allowed: a fraction (< 1) of the term's length, rounded, or a number of edits
   * (MiniSearch's `fuzzy` semantics, capped at `maxFuzzy`); false for none.
   */
  fuzzy?: number | false | ((term: string) => number | false);
  prefix?: boolean | ((term: string) => boolean);
}

/**
 * Every indexing option briefbot uses, in one place (hashed into the cache key). Documents are
 * sentences (the unit that answers); the paragraph is looked up from the sentence id for the
 * citation.
 * - What is indexed per sentence (`buildKnowledge`): its text, the base forms of its inflected
 *   words, and the aliases of the names in it. Not the article title: every sentence would match
 *   its words. A term matches a sentence if it occurs in any of the three: the engine weighs terms
 *   itself, so no field boosts or scores are kept.
 * - tokenize: MiniSearch's default (splits on Unicode spaces and punctuation), after dotted
 *   initials are joined ("L.E.A.N." is the word "LEAN", as a question writes it).
 * - processTerm: fold case and accents, drop stop words and possessives.
 * - matching: fuzzy 0.2 (a misspelt word still matches) and prefix search for terms of 4+
 *   letters, unless a search asks otherwise.
 */
export const INDEX_OPTIONS = {
  tokenize: (text: string) => splitWords(joinInitials(text)),
  processTerm,
  matching: {
    fuzzy: 0.2,
    prefix: (term: string) => term.length >= 4,
  } satisfies TermMatching,
  maxFuzzy: 6,
} as const;

/** Changes whenever the index format or the extraction rules change: part of the cache key. */
export const INDEX_FORMAT_VERSION = 4;
