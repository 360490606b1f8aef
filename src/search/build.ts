import { wireDateline } from '../content/dateline.ts';
import { interviewAnswers } from '../content/interview.ts';
import type { Article, ServedArticle } from '../content/types.ts';
import {
  type DateAnchor,
  type DateMention,
  explicitYears,
  findDates,
  latestFullDate,
  placeAfterEvents,
} from '../extract/dates.ts';
import { extractEntities } from '../extract/entities.ts';
import { contentTokens } from '../extract/words.ts';
import {
  interner,
  type KnowledgeBase,
  NO_DATES,
  NO_ENTITIES,
  ParagraphIndex,
  type SentenceRecord,
} from './knowledge.ts';
import { processTerm } from './options.ts';
import { TermIndexBuilder } from './term-index.ts';

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
 * A string's own copy of its characters, one byte each when they all fit in Latin-1. Cleaning
 * slices and replaces within a page's text, and V8 keeps every such result two bytes a character
 * when anything on the page was not Latin-1 (a curly quote is enough), and keeps the page alive
 * behind a slice. A text whose copy would differ (a lone surrogate) is kept as it is.
 */
function ownCopy(text: string): string {
  const copy = Buffer.from(text, 'utf8').toString('utf8');
  return copy === text ? copy : text;
}

/**
 * The dates of a sentence as kept for serving: an array of exactly their number, and each date's
 * words sliced from the sentence itself (chrono-node's own copy of the text would stay alive
 * behind them: ≈ 250 bytes per date), and each distinct ISO date held once (`day`).
 */
function compactDates(
  sentence: string,
  dates: readonly DateMention[],
  day: (iso: string) => string,
): DateMention[] {
  if (dates.length === 0) return NO_DATES;
  return dates.map(({ text, index, iso, precision }) => {
    const own = sentence.slice(index, index + text.length);
    return { text: own === text ? own : text, index, iso: iso && day(iso), precision };
  });
}

/**
 * Builds the knowledge base from cleaned articles: entities and their aliases, dates resolved
 * per sentence (anchored to the publication date, or to the years the article gives), and a
 * term index of sentences (their text, base forms and the aliases of the names in them).
 */
export function buildKnowledge(articles: Article[]): KnowledgeBase {
  const entities = extractEntities(articles);
  const sentences: SentenceRecord[] = [];
  const day = interner(ownCopy);
  // "HALBERG, March 4 (Meridian Wire) - …": where and when the story was filed, not what its
  // first sentence tells: its words are not indexed, its place not mentioned, its day no date.
  const datelines = articles.map((article) => {
    const first = article.paragraphs[0];
    return first ? (wireDateline(first.text)?.length ?? 0) : 0;
  });
  articles.forEach((article, a) => {
    const published = article.published ? new Date(`${article.published}T12:00:00Z`) : null;
    const fallbackYear = published ? () => null : fallbackYearFinder(article);
    article.paragraphs.forEach((paragraph, p) => {
      const anchor: DateAnchor = { published, fallbackYear: fallbackYear(p) };
      const dateline = p === 0 ? (datelines[a] ?? 0) : 0;
      paragraph.text = ownCopy(paragraph.text);
      // The records stand in for the paragraph's sentences (one object a sentence), in an array
      // of exactly their number.
      paragraph.sentences = paragraph.sentences.map((sentence, s) => {
        const text = paragraph.text.slice(sentence.start, sentence.end);
        const told = findDates(text, anchor).filter((date) => s > 0 || date.index >= dateline);
        const dates = compactDates(text, told, day);
        const record: SentenceRecord = {
          text,
          start: sentence.start,
          end: sentence.end,
          lemmas: ownCopy(sentence.lemmas),
          article: a,
          paragraph: p,
          sentence: s,
          entities: NO_ENTITIES,
          dates,
        };
        sentences.push(record);
        return record;
      });
    });
  });
  placeAfterEvents(sentences);
  const paragraphs = new ParagraphIndex(sentences);
  const sentenceAt = (a: number, p: number, s: number) => paragraphs.sentenceId(a, p, s);
  entities.forEach((entity, e) => {
    for (const mention of entity.mentions) {
      const filed =
        mention.paragraph === 0 &&
        mention.sentence === 0 &&
        mention.index < (datelines[mention.article] ?? 0);
      if (filed) continue;
      const id = sentenceAt(mention.article, mention.paragraph, mention.sentence);
      const record = id === undefined ? undefined : sentences[id];
      // Concatenated rather than pushed or spread: arrays that grow so keep room for 16 more.
      if (record && !record.entities.includes(e)) record.entities = record.entities.concat(e);
    }
  });
  // Each entity's mentions in an array of exactly their number, each distinct name held once.
  const surface = interner(ownCopy);
  for (const entity of entities) {
    entity.mentions = entity.mentions.map((mention) => {
      mention.surface = surface(mention.surface);
      return mention;
    });
  }
  const builder = new TermIndexBuilder();
  const aliasTerms = entities.map((entity) => builder.termsOf(entity.aliases.join(' ')));
  const termSentences = new Map<string, number>();
  const processed = new Map<string, string | null>();
  // An interview's answer is found by the words of the question it replies to.
  const asked = articles.map((article) => interviewAnswers(article.paragraphs));
  sentences.forEach((record, id) => {
    const opening = record.paragraph === 0 && record.sentence === 0;
    const told = opening ? record.text.slice(datelines[record.article] ?? 0) : record.text;
    const counted = new Set<string>();
    for (const token of contentTokens(told)) {
      let term = processed.get(token);
      if (term === undefined) {
        term = processTerm(token);
        processed.set(token, term);
      }
      if (term !== null) counted.add(term);
    }
    for (const term of counted) termSentences.set(term, (termSentences.get(term) ?? 0) + 1);
    builder.add(id, builder.termsOf(told, true));
    builder.add(id, builder.termsOf(record.lemmas));
    for (const e of record.entities) builder.add(id, aliasTerms[e] ?? []);
    const question = asked[record.article]?.get(record.paragraph);
    if (question) builder.add(id, builder.termsOf(question));
  });
  const index = builder.build(sentences, termSentences);
  // What cleaning removed is not served: only `npm run content` reports it, from the files.
  const served = articles.map(({ removed: _removed, ...article }): ServedArticle => article);
  return { articles: served, sentences, entities, index, termSentences, paragraphs };
}
