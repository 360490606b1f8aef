import type { SentenceRecord } from './knowledge.ts';
import type { TermMatching } from './options.ts';

/** A sentence matching a search, with the query terms (as processed) that matched it. */
export interface SentenceHit {
  id: number;
  queryTerms: readonly string[];
}

/** A query term, as processed, and the sentence ids of each indexed term it matches (each list sorted, ids once). */
export interface TermPostings {
  term: string;
  postings: readonly Uint32Array[];
}

/**
 * What the answer engine needs from the full-text index: the seam a search server (Meilisearch,
 * OpenSearch) would replace, implemented in process by `TermIndex`. No relevance score is
 * returned: the engine weighs the matched words itself (inverse sentence frequency).
 */
export interface SentenceSearch {
  /**
   * Sentences with any of the query's terms in their text, base forms or name aliases, each term
   * matching exactly and as `matching` allows (default: fuzzy 0.2, prefix for 4+ letters).
   */
  search(query: string, matching?: TermMatching): SentenceHit[];
  /**
   * The same search, per query term and without one object per sentence: what a question over
   * a large archive walks (a frequent word stands in tens of thousands of sentences).
   */
  postings(query: string, matching?: TermMatching): TermPostings[];
  /** In how many sentences' text a processed term occurs; undefined when in none. */
  sentenceFrequency(term: string): number | undefined;
  /** The sentence with this id. */
  sentence(id: number): SentenceRecord | undefined;
}
