import MiniSearch from 'minisearch';
import type { Article } from '../content/types.ts';
import type { DateMention } from '../extract/dates.ts';
import type { Entity } from '../extract/entities.ts';
import { contentTokens } from '../extract/words.ts';
import { INDEX_OPTIONS, type IndexedSentence, processTerm } from './options.ts';

/** One sentence with what extraction found in it; its position in `sentences` is its index id. */
export interface SentenceRecord {
  article: number;
  /** Paragraph index in the article (0-based; the citation shows index + 1). */
  paragraph: number;
  sentence: number;
  text: string;
  /** Base forms of the inflected words (see `Sentence.lemmas`). */
  lemmas: string;
  /** Indexes into `entities` of the names this sentence mentions. */
  entities: number[];
  dates: DateMention[];
}

/** Everything the answer engine reads: articles, sentences, entities, the index and term statistics. */
export interface KnowledgeBase {
  articles: Article[];
  sentences: SentenceRecord[];
  entities: Entity[];
  index: MiniSearch<IndexedSentence>;
  /** Number of sentences each indexed term occurs in, for weighting rare words above common ones. */
  termSentences: Map<string, number>;
  /** Sentence ids by "article:paragraph", in order. */
  paragraphSentences: Map<string, number[]>;
}

/** The plain-JSON form of a KnowledgeBase, as cached on disk. */
export interface SerializedKnowledge {
  articles: Article[];
  sentences: SentenceRecord[];
  entities: Entity[];
  index: unknown;
  termSentences: Array<[string, number]>;
}

/** The key of a paragraph in `paragraphSentences`. */
export function paragraphKey(article: number, paragraph: number): string {
  return `${article}:${paragraph}`;
}

/** Content terms of a text as the index sees them (folded, stop words out). */
export function indexTerms(text: string): string[] {
  return contentTokens(text)
    .map(processTerm)
    .filter((term): term is string => term !== null);
}

/** Sentence ids by paragraph, in reading order. */
export function indexParagraphs(sentences: readonly SentenceRecord[]): Map<string, number[]> {
  const byParagraph = new Map<string, number[]>();
  sentences.forEach((record, id) => {
    const key = paragraphKey(record.article, record.paragraph);
    byParagraph.set(key, [...(byParagraph.get(key) ?? []), id]);
  });
  return byParagraph;
}

/** Turns a knowledge base into plain JSON for the on-disk cache. */
export function serializeKnowledge(kb: KnowledgeBase): SerializedKnowledge {
  return {
    articles: kb.articles,
    sentences: kb.sentences,
    entities: kb.entities,
    index: kb.index.toJSON(),
    termSentences: [...kb.termSentences],
  };
}

/** Restores a cached knowledge base without re-running extraction (MiniSearch.loadJSON). */
export function deserializeKnowledge(data: SerializedKnowledge): KnowledgeBase {
  return {
    articles: data.articles,
    sentences: data.sentences,
    entities: data.entities,
    index: MiniSearch.loadJS<IndexedSentence>(
      data.index as Parameters<typeof MiniSearch.loadJS>[0],
      INDEX_OPTIONS,
    ),
    termSentences: new Map(data.termSentences),
    paragraphSentences: indexParagraphs(data.sentences),
  };
}
