import SearchableMap from 'minisearch/SearchableMap';
import { foldCase } from '../extract/words.ts';
import type { SentenceRecord } from './knowledge.ts';
import { INDEX_OPTIONS, processTerm, type TermMatching } from './options.ts';
import type { SentenceHit, SentenceSearch, TermPostings } from './sentence-search.ts';

/** The plain-JSON form of a TermIndex: the vocabulary, and each term's sentence ids as base64. */
export interface SerializedTermIndex {
  terms: string[];
  lowerCaseWords: string[];
  /** Uint32 little-endian: term i's sentence ids are `postings[offsets[i]..offsets[i + 1]]`. */
  offsets: string;
  postings: string;
}

/** A run of letters (with their combining marks), and one that starts in lower case. */
const LETTERS = /[\p{L}\p{M}]+/gu;
const LOWER_CASE_START = /^\p{Ll}/u;

function toBase64(array: Uint32Array): string {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');
}

function fromBase64(text: string): Uint32Array {
  const bytes = Buffer.from(text, 'base64');
  // A copy, so that the array is aligned and does not keep Node's shared pool alive.
  const array = new Uint32Array(bytes.byteLength / 4);
  new Uint8Array(array.buffer).set(bytes);
  return array;
}

/** The edit distance MiniSearch would allow a query term for `fuzzy`. */
function maxDistance(term: string, matching: TermMatching): number {
  const fuzzy = typeof matching.fuzzy === 'function' ? matching.fuzzy(term) : matching.fuzzy;
  if (!fuzzy) return 0;
  return fuzzy < 1 ? Math.min(INDEX_OPTIONS.maxFuzzy, Math.round(term.length * fuzzy)) : fuzzy;
}

/**
 * An inverted index of sentences that only answers "which sentences hold these terms": the
 * vocabulary in MiniSearch's radix tree (exact, prefix and fuzzy look-ups), each term's sentence
 * ids in one shared Uint32Array. MiniSearch's own index keeps a Map of term frequencies per term
 * and field and scores every match, which the engine never reads; this one is ≈ 0.7× the text
 * instead of ≈ 8×, and loads from the cache without rebuilding those Maps.
 */
export class TermIndex implements SentenceSearch {
  private readonly vocabulary = new SearchableMap<number>();
  /** Per sentence: the search that last saw it, and its place in that search's hits. */
  private readonly seenIn: Uint32Array;
  private readonly hitAt: Uint32Array;
  private searches = 0;

  /**
   * @param lowerCaseWords words (folded) the sentences write in lower case somewhere: such a word
   * alone is a common noun rather than a name (see `SubjectIndex`).
   */
  constructor(
    private readonly terms: readonly string[],
    private readonly offsets: Uint32Array,
    private readonly postingsList: Uint32Array,
    private readonly sentences: readonly SentenceRecord[],
    private readonly termSentences: ReadonlyMap<string, number>,
    readonly lowerCaseWords: ReadonlySet<string>,
  ) {
    terms.forEach((term, id) => {
      this.vocabulary.set(term, id);
    });
    this.seenIn = new Uint32Array(sentences.length);
    this.hitAt = new Uint32Array(sentences.length);
  }

  /** Restores an index written by `toJSON`. */
  static fromJSON(
    data: SerializedTermIndex,
    sentences: readonly SentenceRecord[],
    termSentences: ReadonlyMap<string, number>,
  ): TermIndex {
    const offsets = fromBase64(data.offsets);
    const postings = fromBase64(data.postings);
    const lowerCase = new Set(data.lowerCaseWords);
    return new TermIndex(data.terms, offsets, postings, sentences, termSentences, lowerCase);
  }

  toJSON(): SerializedTermIndex {
    return {
      terms: [...this.terms],
      lowerCaseWords: [...this.lowerCaseWords],
      offsets: toBase64(this.offsets),
      postings: toBase64(this.postingsList),
    };
  }

  search(query: string, matching: TermMatching = INDEX_OPTIONS.matching): SentenceHit[] {
    this.searches += 1;
    if (this.searches === 0xffffffff) {
      this.seenIn.fill(0);
      this.searches = 1;
    }
    const search = this.searches;
    const hits: SentenceHit[] = [];
    for (const { term: queryTerm, postings } of this.postings(query, matching)) {
      // Most hits match one query term: they share one array (copied when a second term matches).
      const alone: readonly string[] = Object.freeze([queryTerm]);
      for (const ids of postings) {
        for (const id of ids) {
          if (this.seenIn[id] !== search) {
            this.seenIn[id] = search;
            this.hitAt[id] = hits.length;
            hits.push({ id, queryTerms: alone });
          } else {
            const hit = hits[this.hitAt[id] as number] as SentenceHit;
            if (hit.queryTerms.at(-1) !== queryTerm)
              hit.queryTerms = [...hit.queryTerms, queryTerm];
          }
        }
      }
    }
    return hits;
  }

  postings(query: string, matching: TermMatching = INDEX_OPTIONS.matching): TermPostings[] {
    const queryTerms = new Set<string>();
    for (const token of INDEX_OPTIONS.tokenize(query)) {
      const term = processTerm(token);
      if (term) queryTerms.add(term);
    }
    return [...queryTerms].map((term) => ({
      term,
      postings: [...this.matchingTerms(term, matching)].map((id) =>
        this.postingsList.subarray(this.offsets[id] ?? 0, this.offsets[id + 1] ?? 0),
      ),
    }));
  }

  /** Ids of the vocabulary terms a query term matches: exactly, as a prefix, within its edits. */
  private matchingTerms(term: string, matching: TermMatching): Set<number> {
    const found = new Set<number>();
    const exact = this.vocabulary.get(term);
    if (exact !== undefined) found.add(exact);
    const prefix = typeof matching.prefix === 'function' ? matching.prefix(term) : matching.prefix;
    if (prefix) for (const id of this.vocabulary.atPrefix(term).values()) found.add(id);
    const distance = maxDistance(term, matching);
    if (distance > 0)
      for (const [id] of this.vocabulary.fuzzyGet(term, distance).values()) found.add(id);
    return found;
  }

  sentenceFrequency(term: string): number | undefined {
    return this.termSentences.get(term);
  }

  sentence(id: number): SentenceRecord | undefined {
    return this.sentences[id];
  }
}

/**
 * Collects the terms of sentences, added in id order, into a TermIndex. Tokens repeat across
 * sentences, so each is processed once.
 */
export class TermIndexBuilder {
  private readonly ids = new Map<string, number>();
  private readonly lists: number[][] = [];
  private readonly processed = new Map<string, string | null>();
  private readonly sentenceTokens = new Set<string>();
  private readonly lowerCaseWords = new Set<string>();

  /**
   * The processed terms of a text, as the index tokenises it. For a sentence's own text
   * (`sentence`), also notes the words written in lower case: tokens never split a word, so
   * each distinct token is read once.
   */
  termsOf(text: string, sentence = false): string[] {
    const terms: string[] = [];
    for (const token of INDEX_OPTIONS.tokenize(text)) {
      if (sentence && !this.sentenceTokens.has(token)) {
        this.sentenceTokens.add(token);
        for (const word of token.match(LETTERS) ?? [])
          if (LOWER_CASE_START.test(word)) this.lowerCaseWords.add(foldCase(word));
      }
      let term = this.processed.get(token);
      if (term === undefined) {
        term = processTerm(token);
        this.processed.set(token, term);
      }
      if (term) terms.push(term);
    }
    return terms;
  }

  /** Records that sentence `id` (no smaller than any added before) holds `terms`. */
  add(id: number, terms: Iterable<string>): void {
    for (const term of terms) {
      let termId = this.ids.get(term);
      if (termId === undefined) {
        termId = this.lists.length;
        this.ids.set(term, termId);
        this.lists.push([]);
      }
      const list = this.lists[termId] as number[];
      if (list.at(-1) !== id) list.push(id);
    }
  }

  build(
    sentences: readonly SentenceRecord[],
    termSentences: ReadonlyMap<string, number>,
  ): TermIndex {
    const offsets = new Uint32Array(this.lists.length + 1);
    let total = 0;
    this.lists.forEach((list, termId) => {
      offsets[termId] = total;
      total += list.length;
    });
    offsets[this.lists.length] = total;
    const postings = new Uint32Array(total);
    this.lists.forEach((list, termId) => {
      postings.set(list, offsets[termId]);
    });
    const terms = [...this.ids.keys()];
    return new TermIndex(terms, offsets, postings, sentences, termSentences, this.lowerCaseWords);
  }
}
