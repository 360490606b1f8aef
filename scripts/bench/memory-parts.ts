/**
 * What each part of a knowledge base holds in the heap, finer than the bench's `retained`
 * figures: `node --expose-gc --import tsx scripts/bench/memory-parts.ts [--articles 1000]
 * [--cached]`. Builds the bench's generated corpus of that many articles (as `npm run bench`
 * does, same seed) in a temporary folder, optionally through a cache round trip, then drops the
 * parts one by one with two full collections before and after each, and prints what each freed.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import nlp from 'compromise';
import { AnswerEngine } from '../../src/answer/engine.ts';
import { loadArticles } from '../../src/content/load.ts';
import { splitSentences } from '../../src/content/sentences.ts';
import { findDates } from '../../src/extract/dates.ts';
import { buildKnowledge } from '../../src/search/build.ts';
import {
  deserializeKnowledge,
  type KnowledgeBase,
  serializeKnowledge,
} from '../../src/search/knowledge.ts';
import { writeCorpus } from './corpus.ts';
import { settle } from './stats.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    cached: { type: 'boolean', default: false },
  },
});

function heapMB(): number {
  return settle().heapUsed / 1e6;
}

async function knowledge(dir: string): Promise<KnowledgeBase> {
  const built = buildKnowledge((await loadArticles(dir)).articles);
  return values.cached
    ? deserializeKnowledge(JSON.parse(JSON.stringify(serializeKnowledge(built))))
    : built;
}

const dir = await mkdtemp(join(tmpdir(), 'briefbot-memory-'));
try {
  await writeCorpus(dir, Number(values.articles));
  // The libraries' own memory (models, lexicons) is loaded before the first measurement.
  splitSentences('The model loads on first use.');
  nlp('Sergei Kiriyenko').has('#Person');
  findDates('On July 10, 2025', { published: null, fallbackYear: null });
  const base = heapMB();
  const kb: Partial<KnowledgeBase> = await knowledge(dir);
  let engine: AnswerEngine | null = new AnswerEngine(kb as KnowledgeBase);
  let text = 0;
  for (const article of kb.articles ?? [])
    for (const p of article.paragraphs) text += p.text.length;
  let previous = heapMB();
  const total = previous - base;
  process.stdout.write(
    `${values.articles} articles${values.cached ? ', loaded from the cache' : ', just built'}: ` +
      `${(text / 1e6).toFixed(1)} M characters, ${total.toFixed(1)} MB (${(total / (text / 1e6)).toFixed(2)}× the text)\n`,
  );
  const drop = (label: string, free: () => void) => {
    free();
    const now = heapMB();
    process.stdout.write(`${label.padEnd(34)} ${(previous - now).toFixed(1)} MB\n`);
    previous = now;
  };
  const sentences = kb.sentences ?? [];
  const paragraphs = (kb.articles ?? []).flatMap((article) => article.paragraphs);
  drop('subject index and engine', () => {
    engine = null;
  });
  drop('entities and their mentions', () => delete kb.entities);
  drop('paragraph index', () => delete kb.paragraphs);
  drop('term statistics', () => delete kb.termSentences);
  drop('term index', () => delete kb.index);
  drop("sentences' dates", () => {
    for (const s of sentences) s.dates = [];
  });
  drop("sentences' entity ids", () => {
    for (const s of sentences) s.entities = [];
  });
  drop("sentences' base forms", () => {
    for (const s of sentences) s.lemmas = '';
  });
  drop("sentences' text slices", () => {
    for (const s of sentences) s.text = '';
  });
  drop('sentence records', () => {
    sentences.length = 0;
    for (const p of paragraphs) p.sentences = [];
    delete kb.sentences;
  });
  drop('paragraph ids', () => {
    for (const p of paragraphs) p.id = '';
  });
  drop('paragraph texts', () => {
    for (const p of paragraphs) p.text = '';
  });
  drop('articles (the rest)', () => {
    paragraphs.length = 0;
    delete kb.articles;
  });
  process.stdout.write(`${'left'.padEnd(34)} ${(previous - base).toFixed(1)} MB\n`);
  void engine;
} finally {
  await rm(dir, { recursive: true, force: true });
}
