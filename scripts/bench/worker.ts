import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import nlp from 'compromise';
import MiniSearch from 'minisearch';
import { AnswerEngine } from '../../src/answer/engine.ts';
import { splitSentences } from '../../src/content/sentences.ts';
import { findDates } from '../../src/extract/dates.ts';
import { loadKnowledge } from '../../src/search/cache.ts';
import type { KnowledgeBase } from '../../src/search/knowledge.ts';
import type { BenchQuery, QueryIntent, QueryKind } from './queries.ts';
import { type Latency, latency, type MemorySample, settle } from './stats.ts';

/**
 * One measurement in a fresh process, so that heap and RSS belong to one index only. Run by
 * `run.ts` as `node --expose-gc worker.js <task.json> <result.json>`, compiled with the code under
 * test (see `snapshotCode`):
 * - `build`: briefbot's first build (empty cache folder), its memory, then the queries;
 * - `cached`: briefbot's start from the cache file the build wrote, its memory (and queries when
 *   asked, for the query profile);
 * - `baseline`: plain MiniSearch over the raw paragraphs with default options, the same queries.
 */
export interface WorkerTask {
  mode: 'build' | 'cached' | 'baseline';
  contentDir: string;
  cacheDir: string;
  queries: BenchQuery[];
  /** Times each query is run after the warm-up; latencies are kept from every round. */
  queryRounds: number;
  /** Timing stops after this long; the queries are interleaved, so every intent is sampled. */
  queryBudgetMs: number;
}

export interface QueryFigures {
  byIntent: Partial<Record<QueryIntent, Latency>>;
  byKind: Partial<Record<QueryKind, Latency>>;
  /** Questions answered with `found: true` (autocomplete: with at least one choice), per intent. */
  found: Partial<Record<QueryIntent, number>>;
  /** Queries timed (all of them unless the time budget ran out first), and their summed time. */
  timed: number;
  timedMs: number;
  total: number;
}

export interface BriefbotFigures {
  mode: 'build' | 'cached';
  /** Read, clean, extract and index (build), or read the cache file (cached), in ms. */
  loadMs: number;
  /** `new AnswerEngine(kb)`: the start-up work after the index is in memory. */
  engineMs: number;
  cacheBytes: number;
  articles: number;
  sentences: number;
  entities: number;
  /** After module load and the wink-nlp model, before any article. */
  before: MemorySample;
  /** With the knowledge base in memory. */
  loaded: MemorySample;
  /** With the answer engine built over it (the serving state). */
  serving: MemorySample;
  /** Bytes retained by each part of the knowledge base, freed in this order. */
  retained: Record<string, number> | null;
  queries: QueryFigures | null;
}

export interface BaselineFigures {
  mode: 'baseline';
  loadMs: number;
  paragraphs: number;
  jsonBytes: number;
  before: MemorySample;
  loaded: MemorySample;
  queries: QueryFigures;
}

function append<K>(groups: Map<K, number[]>, key: K, value: number): void {
  const values = groups.get(key);
  if (values) values.push(value);
  else groups.set(key, [value]);
}

/**
 * Times every query (after an unmeasured warm-up over the first 100) and groups the latencies;
 * stops early when `budgetMs` is spent.
 */
function timeQueries(
  queries: readonly BenchQuery[],
  rounds: number,
  budgetMs: number,
  ask: (query: BenchQuery) => boolean,
): QueryFigures {
  const warmUpEnd = performance.now() + budgetMs / 10;
  for (const query of queries.slice(0, 100)) {
    ask(query);
    if (performance.now() > warmUpEnd) break;
  }
  const byIntent = new Map<QueryIntent, number[]>();
  const byKind = new Map<QueryKind, number[]>();
  const found: Partial<Record<QueryIntent, number>> = {};
  const deadline = performance.now() + budgetMs;
  let timed = 0;
  let timedMs = 0;
  for (let round = 0; round < rounds && performance.now() < deadline; round++) {
    for (const query of queries) {
      const started = performance.now();
      const hit = ask(query);
      const elapsed = performance.now() - started;
      timed += 1;
      timedMs += elapsed;
      append(byIntent, query.intent, elapsed);
      append(byKind, query.kind, elapsed);
      if (round === 0 && hit) found[query.intent] = (found[query.intent] ?? 0) + 1;
      if (started + elapsed > deadline) break;
    }
  }
  const summarise = <K extends string>(groups: Map<K, number[]>) =>
    Object.fromEntries([...groups].map(([key, values]) => [key, latency(values)])) as Partial<
      Record<K, Latency>
    >;
  return {
    byIntent: summarise(byIntent),
    byKind: summarise(byKind),
    found,
    timed,
    timedMs,
    total: queries.length * rounds,
  };
}

async function cacheFileBytes(cacheDir: string): Promise<number> {
  let total = 0;
  for (const name of await readdir(cacheDir).catch(() => [] as string[])) {
    if (name.startsWith('index-')) total += (await stat(join(cacheDir, name))).size;
  }
  return total;
}

/** Frees the knowledge base part by part, measuring what each one held. */
function retainedByPart(kb: Partial<KnowledgeBase>): Record<string, number> {
  const parts = [
    'index',
    'termSentences',
    'paragraphs',
    'entities',
    'sentences',
    'articles',
  ] as const;
  const retained: Record<string, number> = {};
  let previous = settle().heapUsed;
  for (const part of parts) {
    delete kb[part];
    const now = settle().heapUsed;
    retained[part] = previous - now;
    previous = now;
  }
  return retained;
}

/** Builds the answer engine over a knowledge base and times the queries; the engine is dropped on return. */
function serve(kb: KnowledgeBase, task: WorkerTask) {
  const started = performance.now();
  const engine = new AnswerEngine(kb);
  const engineMs = performance.now() - started;
  const serving = settle();
  const queries =
    task.queryRounds > 0
      ? timeQueries(task.queries, task.queryRounds, task.queryBudgetMs, (query) =>
          query.intent === 'autocomplete'
            ? engine.subjects.suggest(query.text, 25).length > 0
            : engine.answer(query.text).found,
        )
      : null;
  return { engineMs, serving, queries };
}

/**
 * Loads what every index needs whatever its size — the wink-nlp model, compromise's lexicon,
 * chrono-node's parsers — so that the memory measured after loading is the articles' own.
 */
function warmUp(): void {
  splitSentences('The model loads on first use.');
  nlp('Sergei Kiriyenko').has('#Person');
  findDates('On July 10, 2025', { published: null, fallbackYear: null });
}

async function runBriefbot(task: WorkerTask): Promise<BriefbotFigures> {
  warmUp();
  const before = settle();
  const started = performance.now();
  const loaded = await loadKnowledge(task.contentDir, task.cacheDir);
  const loadMs = performance.now() - started;
  const expected = task.mode === 'build' ? 'miss' : 'hit';
  if (loaded.cache !== expected) {
    throw new Error(`expected a cache ${expected} in ${task.cacheDir}, got a ${loaded.cache}`);
  }
  const afterLoad = settle();
  const { engineMs, serving, queries } = serve(loaded.kb, task);
  const figures = {
    articles: loaded.kb.articles.length,
    sentences: loaded.kb.sentences.length,
    entities: loaded.kb.entities.length,
  };
  const retained = task.mode === 'build' ? retainedByPart(loaded.kb) : null;
  return {
    mode: task.mode === 'build' ? 'build' : 'cached',
    loadMs,
    engineMs,
    cacheBytes: await cacheFileBytes(task.cacheDir),
    ...figures,
    before,
    loaded: afterLoad,
    serving,
    retained,
    queries,
  };
}

/** Plain MiniSearch as its README shows it: raw paragraphs (split at blank lines), default options. */
async function runBaseline(task: WorkerTask): Promise<BaselineFigures> {
  const before = settle();
  const started = performance.now();
  const index = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
  let id = 0;
  const files = (await readdir(task.contentDir)).filter((name) =>
    ['.txt', '.md'].includes(extname(name)),
  );
  for (const name of files.sort()) {
    const text = await readFile(join(task.contentDir, name), 'utf8');
    const paragraphs = text.split(/\r?\n\s*\r?\n/).filter((p) => p.trim().length > 0);
    index.addAll(paragraphs.map((paragraph) => ({ id: id++, text: paragraph })));
  }
  const loadMs = performance.now() - started;
  const loaded = settle();
  const jsonBytes = Buffer.byteLength(JSON.stringify(index));
  const queries = timeQueries(task.queries, task.queryRounds, task.queryBudgetMs, (query) =>
    query.intent === 'autocomplete'
      ? index.autoSuggest(query.text).length > 0
      : index.search(query.text).length > 0,
  );
  return { mode: 'baseline', loadMs, paragraphs: id, jsonBytes, before, loaded, queries };
}

const [taskFile, resultFile] = process.argv.slice(2);
if (!taskFile || !resultFile) {
  process.stderr.write(
    'Usage: node --expose-gc --import tsx worker.ts <task.json> <result.json>\n',
  );
  process.exit(2);
}
const task = JSON.parse(await readFile(taskFile, 'utf8')) as WorkerTask;
const result = task.mode === 'baseline' ? await runBaseline(task) : await runBriefbot(task);
await writeFile(resultFile, JSON.stringify(result));
