import type { SentenceRecord } from './knowledge.ts';
import type { TermMatching } from './options.ts';

/** A sentence matching a search, with the query terms (as processed) that matched it. */
export interface SentenceHit {
  id: number;
  queryTerms: readonly string[];
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
  /** In how many sentences' text a processed term occurs; undefined when in none. */
  sentenceFrequency(term: string): number | undefined;
  /** The sentence with this id. */
  sentence(id: number): SentenceRecord | undefined;
}
