import MiniSearch from 'minisearch';
import type { Article } from '../content/types.ts';
import { type DateAnchor, explicitYears, findDates, latestFullDate } from '../extract/dates.ts';
import { extractEntities } from '../extract/entities.ts';
import {
  indexParagraphs,
  indexTerms,
  type KnowledgeBase,
  paragraphKey,
  type SentenceRecord,
} from './knowledge.ts';
import { INDEX_OPTIONS, type IndexedSentence } from './options.ts';

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
