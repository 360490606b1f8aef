import MiniSearch from 'minisearch';
import type { Article } from '../content/types.ts';
import {
  type DateAnchor,
  type DateMention,
  explicitYears,
  findDates,
  latestFullDate,
} from '../extract/dates.ts';
import { type Entity, extractEntities } from '../extract/entities.ts';
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

/** The year that anchors year-less dates in an article with no publication date. */
function fallbackYearFinder(article: Article): (paragraph: number) => number | null {
  const latest = latestFullDate(article.paragraphs.flatMap((p) => p.sentences.map((s) => s.text)));
  if (latest) return () => latest.getUTCFullYear();
  const years = article.paragraphs.map((p) => explicitYears(p.text));
  return (paragraph) => {
    for (let i = paragraph; i >= 0; i--) {
      const found = years[i];
      if (found && found.length > 0) return found.at(-1) ?? null;
    }
    for (let i = paragraph + 1; i < years.length; i++) {
      const found = years[i];
      if (found && found.length > 0) return found[0] ?? null;
    }
    return null;
  };
}

function paragraphKey(article: number, paragraph: number): string {
  return `${article}:${paragraph}`;
}

/** Content terms of a text as the index sees them (folded, stop words out). */
export function indexTerms(text: string): string[] {
  return contentTokens(text)
    .map(processTerm)
    .filter((term): term is string => term !== null);
}

function indexParagraphs(sentences: readonly SentenceRecord[]): Map<string, number[]> {
  const byParagraph = new Map<string, number[]>();
  sentences.forEach((record, id) => {
    const key = paragraphKey(record.article, record.paragraph);
    byParagraph.set(key, [...(byParagraph.get(key) ?? []), id]);
  });
  return byParagraph;
}

/**
 * Builds the knowledge base from cleaned articles: entities and their aliases, dates resolved
 * per sentence (anchored to the publication date, or to the years the article gives), and a
 * MiniSearch index of sentences.
 */
export function buildKnowledge(articles: Article[]): KnowledgeBase {
  const entities = extractEntities(articles);
  const sentences: SentenceRecord[] = [];
  articles.forEach((article, a) => {
    const published = article.published ? new Date(`${article.published}T12:00:00Z`) : null;
    const fallbackYear = published ? () => null : fallbackYearFinder(article);
    article.paragraphs.forEach((paragraph, p) => {
      const anchor: DateAnchor = { published, fallbackYear: fallbackYear(p) };
      paragraph.sentences.forEach((sentence, s) => {
        sentences.push({
          article: a,
          paragraph: p,
          sentence: s,
          text: sentence.text,
          lemmas: sentence.lemmas,
          entities: [],
          dates: findDates(sentence.text, anchor),
        });
      });
    });
  });
  const paragraphSentences = indexParagraphs(sentences);
  const sentenceAt = (a: number, p: number, s: number) => {
    const ids = paragraphSentences.get(paragraphKey(a, p)) ?? [];
    return ids[s];
  };
  entities.forEach((entity, e) => {
    for (const mention of entity.mentions) {
      const id = sentenceAt(mention.article, mention.paragraph, mention.sentence);
      const record = id === undefined ? undefined : sentences[id];
      if (record && !record.entities.includes(e)) record.entities.push(e);
    }
  });
  const index = new MiniSearch<IndexedSentence>(INDEX_OPTIONS);
  const termSentences = new Map<string, number>();
  index.addAll(
    sentences.map((record, id) => {
      for (const term of new Set(indexTerms(record.text)))
        termSentences.set(term, (termSentences.get(term) ?? 0) + 1);
      return {
        id,
        text: record.text,
        lemmas: record.lemmas,
        entities: [
          ...new Set(
            record.entities.flatMap((e) => entities[e]?.aliases.join(' ').split(' ') ?? []),
          ),
        ].join(' '),
      };
    }),
  );
  return { articles, sentences, entities, index, termSentences, paragraphSentences };
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
