import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED, writeCorpus } from './corpus.ts';
import { buildQueries } from './queries.ts';
import { type CodeSnapshot, nodeArgs, snapshotCode } from './snapshot.ts';
import { formatNumber, markdownTable } from './stats.ts';
import type { WorkerTask } from './worker.ts';

/**
 * `npx tsx scripts/bench/profile.ts [--articles 1000]`: one CPU profile (`node --cpu-prof`) of the
 * first build and one of the query path (1,200 queries × 3 rounds over the cached index), then a
 * summary of where the time goes: by package, by function (self time) and by pipeline stage
 * (inclusive time of the functions that make each stage). Profiles are kept in `bench/profiles/`
 * (git-ignored) for Chrome DevTools or speedscope.
 */

const ROOT = resolve(import.meta.dirname, '../..');
const PROFILE_DIR = join(ROOT, 'bench/profiles');

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Pipeline stages of the build, by the functions (name and file) whose inclusive time makes them. */
const BUILD_STAGES: ReadonlyArray<[string, string, string]> = [
  ['hash the files (cache key)', 'contentKey', 'src/search/cache.ts'],
  ['read files', 'readArticleFile', 'src/content/read.ts'],
  ['clean furniture', 'cleanBlocks', 'src/content/clean.ts'],
  ['split sentences + lemmas (wink-nlp)', 'splitSentences', 'src/content/sentences.ts'],
  ['extract entities (all)', 'extractEntities', 'src/extract/entities.ts'],
  ['  · POS tags for names (wink-nlp)', 'tagWords', 'src/content/sentences.ts'],
  ['  · entity kind (compromise)', 'kindOf', 'src/extract/entities.ts'],
  ['  · surname → full name', 'pickOwner', 'src/extract/entities.ts'],
  ['find dates (chrono-node)', 'findDates', 'src/extract/dates.ts'],
  ['index sentences: tokenise (termsOf)', 'termsOf', 'src/search/term-index.ts'],
  ['index sentences: postings (add, build)', 'add', 'src/search/term-index.ts'],
  ['  · pack the postings', 'build', 'src/search/term-index.ts'],
  ['write the cache (JSON)', 'writeCache', 'src/search/cache.ts'],
];

/** Steps of the answer path, by function (a step the current engine no longer has is left out). */
const QUERY_STAGES: ReadonlyArray<[string, string, string]> = [
  ['answer (all)', 'answer', 'src/answer/engine.ts'],
  ['parse the question', 'parseQuestion', 'src/answer/parse.ts'],
  ['resolve the subject', 'resolve', 'src/answer/subjects.ts'],
  ['  · fuzzy alias scan', 'fuzzy', 'src/answer/subjects.ts'],
  ['  · partial alias scan', 'partial', 'src/answer/subjects.ts'],
  ['unknown-name check (index search)', 'unknownNames', 'src/answer/engine.ts'],
  ['question words in the index (QuestionTerms)', 'QuestionTerms', 'src/answer/evidence.ts'],
  ['  · term index search', 'search', 'src/search/term-index.ts'],
  ['  · lemmatize question words (wink-nlp)', 'lemmatize', 'src/content/sentences.ts'],
  ['gather candidates', 'gather', 'src/answer/engine.ts'],
  ['rank by intent', 'rankByIntent', 'src/answer/engine.ts'],
  ['  · definition patterns', 'definitionScore', 'src/answer/features.ts'],
  ['cite', 'cite', 'src/answer/engine.ts'],
  ['not found + did you mean', 'notFound', 'src/answer/engine.ts'],
  ['  · did-you-mean alias scan', 'didYouMean', 'src/answer/subjects.ts'],
  ['autocomplete (suggest)', 'suggest', 'src/answer/subjects.ts'],
  ['edit distance (all callers)', 'editDistance', 'src/extract/words.ts'],
];

function where(url: string): string {
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules) return modules[1] as string;
  const source = /\/((?:src|scripts|commands)\/.*)$/.exec(url);
  if (source) return source[1] as string;
  if (url.startsWith('node:')) return 'node (built-in)';
  return url === '' ? '(V8: native, GC, idle)' : url;
}

function frameKey(frame: CallFrame): string {
  return `${frame.functionName || '(anonymous)'}\t${where(frame.url)}`;
}

/** Self and inclusive time (ms) per function, and self time per package or source file. */
export function summariseProfile(profile: CpuProfile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const pathKeys = new Map<number, string[]>();
  const keysOf = (id: number): string[] => {
    const known = pathKeys.get(id);
    if (known) return known;
    const node = byId.get(id);
    const up = parent.get(id);
    const keys = new Set(up === undefined ? [] : keysOf(up));
    if (node) keys.add(frameKey(node.callFrame));
    const list = [...keys];
    pathKeys.set(id, list);
    return list;
  };
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const byPlace = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const node = byId.get(id);
    if (!node || node.callFrame.functionName === '(idle)') return;
    total += ms;
    const key = frameKey(node.callFrame);
    self.set(key, (self.get(key) ?? 0) + ms);
    byPlace.set(where(node.callFrame.url), (byPlace.get(where(node.callFrame.url)) ?? 0) + ms);
    for (const path of keysOf(id)) inclusive.set(path, (inclusive.get(path) ?? 0) + ms);
  });
  return { self, inclusive, byPlace, total };
}

function stageTable(
  summary: ReturnType<typeof summariseProfile>,
  stages: ReadonlyArray<[string, string, string]>,
): string {
  return markdownTable(
    ['stage', 'function', 'ms', '% of CPU'],
    stages.flatMap(([label, name, file]) => {
      let ms = 0;
      for (const [key, value] of summary.inclusive) {
        const [fn, place] = key.split('\t');
        // The worker runs the compiled code: src/answer/engine.ts is dist/…/src/answer/engine.js.
        if (fn === name && place?.replace(/\.js$/, '.ts').startsWith(file)) ms += value;
      }
      if (ms === 0) return [];
      const share = formatNumber((100 * ms) / summary.total, 1);
      return [[label, `${name} (${file})`, formatNumber(ms), share]];
    }),
  );
}

function topTable(
  entries: Map<string, number>,
  total: number,
  count: number,
  label: string,
): string {
  return markdownTable(
    [label, 'self ms', '%'],
    [...entries]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([key, ms]) => [
        key.replace('\t', ' — '),
        formatNumber(ms),
        formatNumber((100 * ms) / total, 1),
      ]),
  );
}

async function profiled(
  task: WorkerTask,
  name: string,
  workDir: string,
  code: CodeSnapshot,
): Promise<CpuProfile> {
  const taskFile = join(workDir, `${name}.task.json`);
  await writeFile(taskFile, JSON.stringify(task));
  const profileDir = join(PROFILE_DIR, name);
  await rm(profileDir, { recursive: true, force: true });
  const child = spawn(
    process.execPath,
    [
      '--expose-gc',
      '--cpu-prof',
      `--cpu-prof-dir=${profileDir}`,
      ...nodeArgs(code.worker),
      taskFile,
      join(workDir, `${name}.result.json`),
    ],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  const exitCode = await new Promise<number | null>((done) => child.once('exit', done));
  if (exitCode !== 0) throw new Error(`profiled ${name} run failed (exit ${exitCode})`);
  const [file] = (await readdir(profileDir)).filter((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no profile written in ${profileDir}`);
  return JSON.parse(await readFile(join(profileDir, file), 'utf8')) as CpuProfile;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { articles: { type: 'string', default: '1000' } } });
  const articles = Number(values.articles);
  const workDir = join(PROFILE_DIR, 'work');
  await mkdir(workDir, { recursive: true });
  const code = await snapshotCode(workDir);
  const corpus = await writeCorpus(join(workDir, `corpus-${articles}`), articles, DEFAULT_SEED);
  const cacheDir = join(workDir, `cache-${articles}`);
  await rm(cacheDir, { recursive: true, force: true });
  const queries = buildQueries(corpus.facts, 240, DEFAULT_SEED);
  const task = (mode: WorkerTask['mode'], queryRounds: number): WorkerTask => ({
    mode,
    contentDir: corpus.dir,
    cacheDir,
    queries,
    queryRounds,
    queryBudgetMs: 600_000,
  });
  const build = summariseProfile(await profiled(task('build', 0), 'build', workDir, code));
  const query = summariseProfile(await profiled(task('cached', 3), 'query', workDir, code));
  const out = [
    `Profiles of ${code.version}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`,
    '',
    `## Build profile: ${articles} articles, ${formatNumber(corpus.bytes / 1e6)} MB (CPU ${formatNumber(build.total / 1000)} s, idle excluded)`,
    '',
    stageTable(build, BUILD_STAGES),
    '',
    topTable(build.byPlace, build.total, 12, 'package or file'),
    '',
    topTable(build.self, build.total, 20, 'function — where'),
    '',
    `## Query profile: ${queries.length} queries × 3 rounds over the cached index (CPU ${formatNumber(query.total / 1000)} s, including the cache load)`,
    '',
    stageTable(query, QUERY_STAGES),
    '',
    topTable(query.byPlace, query.total, 12, 'package or file'),
    '',
    topTable(query.self, query.total, 20, 'function — where'),
  ];
  process.stdout.write(`${out.join('\n')}\n`);
  await rm(workDir, { recursive: true, force: true });
}

await main();
