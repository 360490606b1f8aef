import { describe, expect, it } from 'vitest';
import type { SentenceRecord } from '../../../src/search/knowledge.ts';
import { TermIndex, TermIndexBuilder } from '../../../src/search/term-index.ts';

const TEXTS = [
  'The minister signed the accord in Geneva.',
  'Talks about the harbour stalled.',
  'The ministers met again; the accord held.',
];

function record(text: string, sentence: number): SentenceRecord {
  return {
    text,
    start: 0,
    end: text.length,
    lemmas: '',
    article: 0,
    paragraph: 0,
    sentence,
    entities: [],
    dates: [],
  };
}

function buildIndex(): TermIndex {
  const builder = new TermIndexBuilder();
  const sentences = TEXTS.map(record);
  sentences.forEach((s, id) => {
    builder.add(id, builder.termsOf(s.text));
  });
  builder.add(1, builder.termsOf('talk'));
  return builder.build(sentences, new Map([['accord', 2]]));
}

const ids = (hits: Array<{ id: number }>) => hits.map((h) => h.id).sort();

describe('the term index', () => {
  const index = buildIndex();

  it('finds sentences by any term, exactly, with the query terms each matched', () => {
    const hits = index.search('accord harbour', { fuzzy: false, prefix: false });
    expect(ids(hits)).toEqual([0, 1, 2]);
    expect(hits.find((h) => h.id === 1)?.queryTerms).toEqual(['harbour']);
  });

  it('matches prefixes and misspellings only when asked', () => {
    expect(ids(index.search('minister', { prefix: false }))).toEqual([0]);
    expect(ids(index.search('minister', { prefix: true }))).toEqual([0, 2]);
    expect(ids(index.search('genva', { fuzzy: false }))).toEqual([]);
    expect(ids(index.search('genva', { fuzzy: 0.2 }))).toEqual([0]);
    expect(ids(index.search('genva', { fuzzy: (term) => (term.length >= 6 ? 1 : false) }))).toEqual(
      [],
    );
  });

  it('folds case, drops stop words, and searches extra terms added to a sentence', () => {
    expect(ids(index.search('THE Talk', { prefix: false, fuzzy: false }))).toEqual([1]);
  });

  it('gives term frequencies and sentences by id', () => {
    expect(index.sentenceFrequency('accord')).toBe(2);
    expect(index.sentenceFrequency('nowhere')).toBeUndefined();
    expect(index.sentence(1)?.text).toBe(TEXTS[1]);
  });

  it('answers the same after a JSON round trip', () => {
    const sentences = TEXTS.map(record);
    const restored = TermIndex.fromJSON(
      JSON.parse(JSON.stringify(index.toJSON())),
      sentences,
      new Map(),
    );
    for (const query of ['accord', 'ministr', 'talks harbour geneva']) {
      expect(restored.search(query)).toEqual(index.search(query));
    }
  });
});
