import type { Sentence, ServedArticle } from '../content/types.ts';
import type { DateMention, DatePrecision } from '../extract/dates.ts';
import type { Entity } from '../extract/entities.ts';
import type { Mention } from '../extract/mention.ts';
import { contentTokens } from '../extract/words.ts';
import { processTerm } from './options.ts';
import { type SerializedTermIndex, TermIndex } from './term-index.ts';

/**
 * One sentence with what extraction found in it; its position in `sentences` is its index id.
 * The same object is its paragraph's sentence in `articles` (one object a sentence, not two), and
 * `text` is a slice of the paragraph's text (V8 shares the characters), so the text is held once.
 */
export interface SentenceRecord extends Sentence {
  article: number;
  /** Paragraph index in the article (0-based; the citation shows index + 1). */
  paragraph: number;
  sentence: number;
  /** Indexes into `entities` of the names this sentence mentions. */
  entities: number[];
  dates: DateMention[];
}

/** Everything the answer engine reads: articles, sentences, entities, the index and term statistics. */
export interface KnowledgeBase {
  /** The articles served; what cleaning removed is not kept (`npm run content` reads the files). */
  articles: ServedArticle[];
  sentences: SentenceRecord[];
  entities: Entity[];
  /** The full-text index of sentences (see `SentenceSearch`, the seam for a search server). */
  index: TermIndex;
  /** Number of sentences each indexed term occurs in, for weighting rare words above common ones. */
  termSentences: Map<string, number>;
  /** Which sentence id each article's paragraph's sentence has. */
  paragraphs: ParagraphIndex;
}

/**
 * An article as cached: paragraphs without ids or numbers, their sentences as flat offsets
 * (start, end, start, end, …) with their lemmas beside them. The cache's forms are flat: each
 * array or object JSON makes at start is one more for the collector to move (about 300,000 fewer
 * at 1,000 articles than with a tuple per sentence, date and mention).
 */
export type SerializedArticle = Omit<ServedArticle, 'paragraphs'> & {
  paragraphs: Array<{ text: string; offsets: number[]; lemmas: string[] }>;
};

/**
 * A sentence record as cached, only what the articles cannot give back: 0 when it names nothing
 * and dates nothing, its entity ids alone when it dates nothing, else both (dates flat, see
 * `SerializedDates`).
 */
export type SerializedSentence = 0 | number[] | { e: number[]; d: SerializedDates };

/** A sentence's dates as cached, flat: text, index, iso, precision, text, index, … */
type SerializedDates = Array<string | number | null>;
/** Fields of a date in `SerializedDates`. */
const DATE_FIELDS = 4;

/** A mention as cached: [article, paragraph, sentence, index, surface]. */
type SerializedMention = [number, number, number, number, string];
/** Fields of a mention in an entity's flat list of mentions. */
const MENTION_FIELDS = 5;

/** An entity as cached, its mentions flat (article, paragraph, sentence, index, surface, …). */
export type SerializedEntity = Omit<Entity, 'mentions' | 'definition'> & {
  mentions: Array<number | string>;
  definition:
    | (Omit<NonNullable<Entity['definition']>, 'mention'> & { mention: SerializedMention })
    | null;
};

/** The plain-JSON form of a KnowledgeBase, as cached on disk: each sentence's text once. */
export interface SerializedKnowledge {
  articles: SerializedArticle[];
  sentences: SerializedSentence[];
  entities: SerializedEntity[];
  /** A SerializedTermIndex (typed loosely: it crosses threads and files as plain data). */
  index: unknown;
  termSentences: Array<[string, number]>;
}

/** Shared by every sentence without names or dates; frozen, so that no caller can fill it. */
export const NO_ENTITIES: number[] = Object.freeze([]) as unknown as number[];
export const NO_DATES: DateMention[] = Object.freeze([]) as unknown as DateMention[];

/** Content terms of a text as the index sees them (folded, stop words out). */
export function indexTerms(text: string): string[] {
  return contentTokens(text)
    .map(processTerm)
    .filter((term): term is string => term !== null);
}

/**
 * Where each paragraph's sentences stand in `sentences` (which come paragraph by paragraph): for
 * each article, the first sentence id of each paragraph and one past its last. Four bytes a
 * paragraph, where a map of id lists cost over forty a sentence.
 */
export class ParagraphIndex {
  private readonly starts: Uint32Array[] = [];

  constructor(sentences: readonly SentenceRecord[]) {
    const counts: number[] = [];
    for (const record of sentences)
      counts[record.article] = Math.max(counts[record.article] ?? 0, record.paragraph + 1);
    for (let a = 0; a < counts.length; a++) this.starts[a] = new Uint32Array((counts[a] ?? 0) + 1);
    // A paragraph without sentences starts (and ends) where the next one starts.
    for (let id = sentences.length - 1; id >= 0; id--) {
      const record = sentences[id] as SentenceRecord;
      const starts = this.starts[record.article] as Uint32Array;
      starts[record.paragraph] = id;
      if (id === sentences.length - 1 || sentences[id + 1]?.article !== record.article)
        starts[starts.length - 1] = id + 1;
    }
    for (const starts of this.starts) {
      for (let p = starts.length - 2; p >= 0; p--)
        if ((starts[p] ?? 0) > (starts[p + 1] ?? 0)) starts[p] = starts[p + 1] ?? 0;
    }
  }

  /** The id of a paragraph's sentence, or undefined when there is no such sentence. */
  sentenceId(article: number, paragraph: number, sentence: number): number | undefined {
    const starts = this.starts[article];
    if (!starts || paragraph < 0 || paragraph + 1 >= starts.length || sentence < 0)
      return undefined;
    const id = (starts[paragraph] as number) + sentence;
    return id < (starts[paragraph + 1] as number) ? id : undefined;
  }
}

/**
 * Hands out one string for each distinct text it is given (made by `copy`): a name mentioned
 * forty times is held once, not forty times.
 */
export function interner(
  copy: (text: string) => string = (text) => text,
): (text: string) => string {
  const seen = new Map<string, string>();
  return (text) => {
    let own = seen.get(text);
    if (own === undefined) {
      own = copy(text);
      seen.set(text, own);
    }
    return own;
  };
}

const mentionTuple = (m: Mention): SerializedMention => [
  m.article,
  m.paragraph,
  m.sentence,
  m.index,
  m.surface,
];

const mentionOf = (
  [article, paragraph, sentence, index, surface]: SerializedMention,
  own: (text: string) => string,
): Mention => ({ article, paragraph, sentence, index, surface: own(surface) });

/** Turns a knowledge base into plain JSON for the on-disk cache. */
export function serializeKnowledge(kb: KnowledgeBase): SerializedKnowledge {
  return {
    articles: kb.articles.map(({ paragraphs, ...article }) => ({
      ...article,
      paragraphs: paragraphs.map((p) => ({
        text: p.text,
        offsets: p.sentences.flatMap((s) => [s.start, s.end]),
        lemmas: p.sentences.map((s) => s.lemmas),
      })),
    })),
    sentences: kb.sentences.map((record): SerializedSentence => {
      if (record.dates.length === 0) return record.entities.length > 0 ? record.entities : 0;
      return {
        e: record.entities,
        d: record.dates.flatMap((d) => [d.text, d.index, d.iso, d.precision]),
      };
    }),
    entities: kb.entities.map((entity) => ({
      ...entity,
      mentions: entity.mentions.flatMap(mentionTuple),
      definition: entity.definition && {
        ...entity.definition,
        mention: mentionTuple(entity.definition.mention),
      },
    })),
    index: kb.index.toJSON(),
    termSentences: [...kb.termSentences],
  };
}

/** An array of `length` items made by `item`, at its length (one grown by push keeps room for more). */
function fill<T>(length: number, item: (index: number) => T): T[] {
  const items = new Array<T>(length);
  for (let i = 0; i < length; i++) items[i] = item(i);
  return items;
}

/** The dates of a cached sentence, each day interned by `day`. */
function datesOf(saved: SerializedSentence | undefined, day: (iso: string) => string) {
  if (saved === undefined || saved === 0 || Array.isArray(saved)) return NO_DATES;
  const flat = saved.d;
  return fill(Math.floor(flat.length / DATE_FIELDS), (k): DateMention => {
    const i = k * DATE_FIELDS;
    const iso = flat[i + 2] as string | null;
    return {
      text: flat[i] as string,
      index: flat[i + 1] as number,
      iso: iso && day(iso),
      precision: flat[i + 3] as DatePrecision,
    };
  });
}

/** The entity ids of a cached sentence. */
function entitiesOf(saved: SerializedSentence | undefined): number[] {
  if (saved === undefined || saved === 0) return NO_ENTITIES;
  const ids = Array.isArray(saved) ? saved : saved.e;
  return ids.length > 0 ? ids : NO_ENTITIES;
}

/** An entity's cached flat mentions as mentions, each surface interned by `own`. */
function mentionsOf(
  flat: ReadonlyArray<number | string>,
  own: (text: string) => string,
): Mention[] {
  return fill(Math.floor(flat.length / MENTION_FIELDS), (k): Mention => {
    const i = k * MENTION_FIELDS;
    return {
      article: flat[i] as number,
      paragraph: flat[i + 1] as number,
      sentence: flat[i + 2] as number,
      index: flat[i + 3] as number,
      surface: own(flat[i + 4] as string),
    };
  });
}

/**
 * Restores a cached knowledge base without re-running extraction: sentence texts are sliced
 * back out of their paragraphs, positions follow from the order.
 */
export function deserializeKnowledge(data: SerializedKnowledge): KnowledgeBase {
  const sentences: SentenceRecord[] = [];
  const day = interner();
  const articles = data.articles.map(
    ({ paragraphs, ...article }, a): ServedArticle => ({
      ...article,
      paragraphs: paragraphs.map(({ text, offsets, lemmas }, p) => ({
        id: `${article.slug}#${p + 1}`,
        number: p + 1,
        text,
        sentences: fill(Math.floor(offsets.length / 2), (s): Sentence => {
          const start = offsets[2 * s] as number;
          const end = offsets[2 * s + 1] as number;
          const saved = data.sentences[sentences.length];
          const record: SentenceRecord = {
            text: text.slice(start, end),
            start,
            end,
            lemmas: lemmas[s] ?? '',
            article: a,
            paragraph: p,
            sentence: s,
            entities: entitiesOf(saved),
            dates: datesOf(saved, day),
          };
          sentences.push(record);
          return record;
        }),
      })),
    }),
  );
  const termSentences = new Map(data.termSentences);
  const surface = interner();
  return {
    articles,
    sentences,
    entities: data.entities.map((entity) => ({
      ...entity,
      mentions: mentionsOf(entity.mentions, surface),
      definition: entity.definition && {
        ...entity.definition,
        mention: mentionOf(entity.definition.mention, surface),
      },
    })),
    index: TermIndex.fromJSON(data.index as SerializedTermIndex, sentences, termSentences),
    termSentences,
    paragraphs: new ParagraphIndex(sentences),
  };
}
