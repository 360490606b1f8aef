import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { coldStart, moduleLoadMs } from './cold-start.ts';
import { type CorpusFacts, DEFAULT_SEED, writeCorpus } from './corpus.ts';
import { type EndToEndFigures, PLATFORM_DEADLINE_MS, runEndToEnd } from './e2e.ts';
import { buildCommands, buildQueries, QUERY_INTENTS, SAMPLE_FACTS } from './queries.ts';
import { type CodeSnapshot, nodeArgs, snapshotCode } from './snapshot.ts';
import { formatNumber, markdownTable, median, megabytes } from './stats.ts';
import type { BaselineFigures, BriefbotFigures, WorkerTask } from './worker.ts';

/**
 * `npm run bench`: builds, starts and queries briefbot at 1, 100, 1,000 and 10,000 generated
 * articles (plus the real sample article), and plain MiniSearch over the same text, each
 * measurement in a fresh process; then end to end through the Discord and Slack fakes. Prints
 * tables and writes `bench/results.json`. `--quick` is the CI-sized run (under a minute).
 */

const ROOT = resolve(import.meta.dirname, '../..');
const SAMPLE_DIR = join(ROOT, 'content');
const RESULTS_FILE = join(ROOT, 'bench/results.json');
/** The whole `npm run bench` must finish within 10 minutes; this leaves room for start-up and e2e. */
const DEFAULT_BUDGET_S = 540;
/** Time kept back for the end-to-end section when deciding whether a size still fits. */
const END_TO_END_RESERVE_S = 75;
/**
 * A bigger corpus builds slower per MB than a smaller one (0.65 MB/s at 1,000 articles, 0.41 MB/s
 * at 10,000: a bigger heap to collect), so a linear projection is scaled up by this much.
 */
const SCALING_SAFETY = 1.6;
/** Longest the queries of one size may take in one process; the rest are left out (and counted). */
const QUERY_BUDGET_MS = 90_000;
/** Heap ceiling of the measuring processes: high, so a large index is measured, not crashed. */
const WORKER_HEAP_MB = 12_288;

type SizeLabel = 'sample' | number;

interface SizeResult {
  size: SizeLabel;
  articles: number;
  textBytes: number;
  queries: number;
  build: BriefbotFigures;
  /** Null when the build wrote no cache file (see `notes`). */
  cached: BriefbotFigures | null;
  baseline: BaselineFigures;
  coldStart: {
    cachedReadyMs: number | null;
    cachedFirstAnswerMs: number | null;
    uncachedReadyMs: number | null;
    runs: { cached: number; uncached: number };
  };
  /** What could not be measured at this size, and why. */
  notes: string[];
}

interface SkippedSize {
  size: SizeLabel;
  reason: string;
}

interface Goal {
  goal: string;
  target: string;
  measured: string;
  met: boolean | null;
}

function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

function readOptions() {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      sizes: { type: 'string' },
      budget: { type: 'string', default: String(DEFAULT_BUDGET_S) },
      'no-e2e': { type: 'boolean', default: false },
      out: { type: 'string', default: RESULTS_FILE },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
    },
  });
  const quick = values.quick ?? false;
  const sizes: SizeLabel[] = values.sizes
    ? values.sizes.split(',').map((s) => (s.trim() === 'sample' ? 'sample' : Number(s)))
    : quick
      ? ['sample', 1, 100]
      : ['sample', 1, 100, 1000, 10_000];
  if (sizes.some((s) => s !== 'sample' && (!Number.isInteger(s) || s < 1))) {
    throw new Error(
      `--sizes takes article counts and "sample", e.g. 1,100,1000 (got ${values.sizes})`,
    );
  }
  return {
    quick,
    sizes,
    budgetS: Number(values.budget),
    e2e: !values['no-e2e'],
    out: resolve(values.out ?? RESULTS_FILE),
    seed: Number(values.seed),
    /** Queries per intent: ≥ 1,000 in all for the full run. */
    perIntent: quick ? 40 : 240,
  };
}

/** Runs one measurement in a fresh Node process and returns what it wrote. */
async function measure<T>(task: WorkerTask, workDir: string, code: CodeSnapshot): Promise<T> {
  const name = `${task.mode}-${Date.now()}`;
  const taskFile = join(workDir, `${name}.task.json`);
  const resultFile = join(workDir, `${name}.result.json`);
  await writeFile(taskFile, JSON.stringify(task));
  const child = spawn(
    process.execPath,
    [
      '--expose-gc',
      `--max-old-space-size=${WORKER_HEAP_MB}`,
      ...nodeArgs(code.worker),
      taskFile,
      resultFile,
    ],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  const exitCode = await new Promise<number | null>((done) => child.once('exit', done));
  if (exitCode !== 0)
    throw new Error(`the ${task.mode} measurement of ${task.contentDir} failed (exit ${exitCode})`);
  return JSON.parse(await readFile(resultFile, 'utf8')) as T;
}

async function folderTextBytes(dir: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const name of await readdir(dir)) {
    if (!['.txt', '.md', '.markdown', '.html', '.htm'].includes(extname(name).toLowerCase()))
      continue;
    files += 1;
    bytes += (await stat(join(dir, name))).size;
  }
  return { files, bytes };
}

async function prepareCorpus(size: SizeLabel, workDir: string, seed: number) {
  if (size === 'sample') {
    const { files, bytes } = await folderTextBytes(SAMPLE_DIR);
    return { dir: SAMPLE_DIR, articles: files, bytes, facts: SAMPLE_FACTS };
  }
  const written = await writeCorpus(join(workDir, `corpus-${size}`), size, seed);
  return { dir: written.dir, articles: written.files, bytes: written.bytes, facts: written.facts };
}

async function measureSize(
  size: SizeLabel,
  workDir: string,
  code: CodeSnapshot,
  options: ReturnType<typeof readOptions>,
): Promise<{ result: SizeResult; dir: string; cacheDir: string; facts: CorpusFacts }> {
  const corpus = await prepareCorpus(size, workDir, options.seed);
  const cacheDir = join(workDir, `cache-${size}`);
  const queries = buildQueries(corpus.facts, options.perIntent, options.seed);
  const task = (mode: WorkerTask['mode'], queryRounds: number): WorkerTask => ({
    mode,
    contentDir: corpus.dir,
    cacheDir,
    queries,
    queryRounds,
    queryBudgetMs: options.quick ? 15_000 : QUERY_BUDGET_MS,
  });
  log(
    `${size}: ${corpus.articles} article(s), ${megabytes(corpus.bytes).toFixed(2)} MB — first build`,
  );
  const build = await measure<BriefbotFigures>(task('build', 1), workDir, code);
  log(`${size}: built in ${(build.loadMs / 1000).toFixed(1)} s — cached load, baseline`);
  const notes: string[] = [];
  const hasCache = build.cacheBytes > 0;
  if (!hasCache) {
    notes.push(
      'no cache file was written: loadKnowledge ignores a failed cache write (from about 6,500 articles the cache JSON is longer than the longest string V8 can make), so every start rebuilds',
    );
  }
  const cached = hasCache ? await measure<BriefbotFigures>(task('cached', 0), workDir, code) : null;
  const baseline = await measure<BaselineFigures>(task('baseline', 1), workDir, code);
  for (const [who, figures] of [
    ['briefbot', build.queries],
    ['plain MiniSearch', baseline.queries],
  ] as const) {
    if (figures && figures.timed < figures.total) {
      notes.push(
        `${who}: only ${figures.timed} of ${figures.total} queries were timed before the query budget ran out (the intents are interleaved, so each is sampled)`,
      );
    }
  }
  const big = corpus.articles >= 1000;
  const repeats = options.quick || big ? 1 : 3;
  const cachedRuns = hasCache ? repeats : 0;
  const question = queries.find((q) => q.intent === 'who' && q.kind === 'found')?.text ?? 'help';
  const warm: Array<{ readyMs: number; firstAnswerMs: number }> = [];
  for (let i = 0; i < cachedRuns; i++)
    warm.push(await coldStart(code.main, corpus.dir, cacheDir, question));
  const uncached: number[] = [];
  const uncachedRuns = corpus.articles > 1000 ? 0 : repeats;
  if (uncachedRuns === 0) {
    notes.push(
      'the start without a cache was not spawned at this size: it repeats the first build, so it takes about the build time plus the module load',
    );
  }
  for (let i = 0; i < uncachedRuns; i++) {
    const emptyCache = join(workDir, `cache-${size}-cold-${i}`);
    uncached.push((await coldStart(code.main, corpus.dir, emptyCache, question)).readyMs);
    await rm(emptyCache, { recursive: true, force: true });
  }
  return {
    result: {
      size,
      articles: corpus.articles,
      textBytes: corpus.bytes,
      queries: queries.length,
      build,
      cached,
      baseline,
      coldStart: {
        cachedReadyMs: warm.length > 0 ? median(warm.map((w) => w.readyMs)) : null,
        cachedFirstAnswerMs: warm.length > 0 ? median(warm.map((w) => w.firstAnswerMs)) : null,
        uncachedReadyMs: uncached.length > 0 ? median(uncached) : null,
        runs: { cached: cachedRuns, uncached: uncachedRuns },
      },
      notes,
    },
    dir: corpus.dir,
    cacheDir,
    facts: corpus.facts,
  };
}

/** The smallest size whose timings project a larger one (a one-article build is all start-up). */
const PROJECT_FROM_ARTICLES = 100;

/** Bytes of one generated article file, about (for projecting a size before writing it). */
const ARTICLE_BYTES = 10_100;

/**
 * What measuring `size` articles will take, from the last size measured: two first builds (the
 * measured one and the start without a cache; one above 1,000 articles), the cached start, and
 * the query phases of the build and baseline processes, each scaled linearly and capped by its
 * budget; plus a margin for process starts and collections.
 */
function projectSeconds(
  previous: SizeResult,
  size: number,
  options: ReturnType<typeof readOptions>,
): number {
  const scale = size / previous.articles;
  const builds = size > 1000 ? 1.2 : 2.2;
  const buildS = (previous.build.loadMs / 1000) * scale * builds * SCALING_SAFETY;
  const queryBudgetS = (options.quick ? 15_000 : QUERY_BUDGET_MS) / 1000;
  const queryS = (ms: number | undefined) => Math.min(queryBudgetS, ((ms ?? 0) / 1000) * scale);
  const queriesS =
    queryS(previous.build.queries?.timedMs) + queryS(previous.baseline.queries.timedMs);
  return buildS + queriesS + 30;
}

const MB = (bytes: number) => formatNumber(megabytes(bytes));
const seconds = (ms: number | null) => (ms === null ? '–' : formatNumber(ms / 1000));

function buildTable(results: readonly SizeResult[]): string {
  return markdownTable(
    [
      'articles',
      'text MB',
      'build s',
      'MB/s',
      'cache file MB',
      'heap MB',
      'RSS MB',
      'heap/text',
      'index/text',
      'plain build s',
      'plain MB/s',
      'plain heap/text',
      'build ×',
      'heap ×',
    ],
    results.map((r) => {
      const heap = r.build.loaded.heapUsed - r.build.before.heapUsed;
      const plainHeap = r.baseline.loaded.heapUsed - r.baseline.before.heapUsed;
      return [
        String(r.size),
        MB(r.textBytes),
        seconds(r.build.loadMs),
        formatNumber(megabytes(r.textBytes) / (r.build.loadMs / 1000)),
        MB(r.build.cacheBytes),
        MB(heap),
        MB(r.build.loaded.rss),
        formatNumber(heap / r.textBytes),
        formatNumber((r.build.retained?.index ?? Number.NaN) / r.textBytes),
        seconds(r.baseline.loadMs),
        formatNumber(megabytes(r.textBytes) / (r.baseline.loadMs / 1000)),
        formatNumber(plainHeap / r.textBytes),
        formatNumber(r.build.loadMs / r.baseline.loadMs),
        formatNumber(heap / plainHeap),
      ];
    }),
  );
}

function startTable(results: readonly SizeResult[], modulesMs: number): string {
  return markdownTable(
    [
      'articles',
      'start, cached: ready s',
      'first answer s',
      'start, no cache: ready s',
      'cache load s',
      'engine s',
      'heap MB (cached)',
      'RSS MB (cached)',
      'modules alone s',
    ],
    results.map((r) => [
      String(r.size),
      seconds(r.coldStart.cachedReadyMs),
      seconds(r.coldStart.cachedFirstAnswerMs),
      seconds(r.coldStart.uncachedReadyMs),
      seconds(r.cached?.loadMs ?? null),
      seconds(r.cached?.engineMs ?? null),
      r.cached ? MB(r.cached.serving.heapUsed - r.cached.before.heapUsed) : '–',
      r.cached ? MB(r.cached.serving.rss) : '–',
      seconds(modulesMs),
    ]),
  );
}

function queryTable(results: readonly SizeResult[]): string {
  const rows: string[][] = [];
  for (const r of results) {
    for (const intent of QUERY_INTENTS) {
      const mine = r.build.queries?.byIntent[intent];
      const plain = r.baseline.queries.byIntent[intent];
      if (!mine || !plain) continue;
      rows.push([
        String(r.size),
        intent,
        String(mine.count),
        formatNumber(mine.p50, 3),
        formatNumber(mine.p95, 3),
        formatNumber(mine.p99, 3),
        formatNumber(plain.p50, 3),
        formatNumber(plain.p99, 3),
        formatNumber(mine.p50 / plain.p50),
        formatNumber(mine.p99 / plain.p99),
        `${r.build.queries?.found[intent] ?? 0}/${mine.count}`,
      ]);
    }
  }
  return markdownTable(
    [
      'articles',
      'intent',
      'queries',
      'p50 ms',
      'p95 ms',
      'p99 ms',
      'plain p50',
      'plain p99',
      'p50 ×',
      'p99 ×',
      'found',
    ],
    rows,
  );
}

function endToEndTable(e2e: EndToEndFigures): string {
  const rows = (['discord', 'slack'] as const).flatMap((platform) =>
    (['sequential', 'load'] as const).map((phase) => {
      const run = e2e[platform][phase];
      return [
        platform,
        phase,
        String(run.requests),
        String(run.concurrency),
        formatNumber(run.latency.p50),
        formatNumber(run.latency.p95),
        formatNumber(run.latency.p99),
        formatNumber(run.latency.max),
        run.ack ? `${formatNumber(run.ack.p99)} / ${formatNumber(run.ack.max)}` : '–',
        String(run.unansweredInTime),
        String(run.lost),
        String(run.duplicates),
        String(run.refused),
        String(run.late),
        formatNumber(run.throughput),
      ];
    }),
  );
  return markdownTable(
    [
      'platform',
      'run',
      'requests',
      'concurrent',
      'p50 ms',
      'p95 ms',
      'p99 ms',
      'max ms',
      'ack p99 / max ms',
      'none in 10 s',
      'lost',
      'dup',
      'refused',
      '> 3 s',
      'req/s',
    ],
    rows,
  );
}

function goals(
  results: readonly SizeResult[],
  skipped: readonly SkippedSize[],
  e2e: EndToEndFigures | null,
  totalMs: number,
): Goal[] {
  const numbered = results.filter((r) => r.size !== 'sample');
  const largest = numbered.at(-1);
  const at = (n: number) => numbered.find((r) => r.size === n);
  const list: Goal[] = [];
  const thousand = at(1000) ?? largest;
  if (thousand) {
    const rate = megabytes(thousand.textBytes) / (thousand.build.loadMs / 1000);
    list.push({
      goal: `first build throughput (${thousand.size} articles)`,
      target: '≥ 1 MB/s',
      measured: `${formatNumber(rate)} MB/s`,
      met: rate >= 1,
    });
    const start = thousand.coldStart.cachedReadyMs;
    list.push({
      goal: `cold start with cache (${thousand.size} articles)`,
      target: '≤ 1 s',
      measured: start === null ? 'no cache written' : `${seconds(start)} s`,
      met: start !== null && start <= 1000,
    });
  }
  const tenThousand = at(10_000);
  const queryAt = tenThousand ?? largest;
  if (queryAt?.build.queries) {
    const answers = QUERY_INTENTS.filter((i) => i !== 'autocomplete').map(
      (i) => queryAt.build.queries?.byIntent[i]?.p99 ?? Number.NaN,
    );
    const worst = Math.max(...answers);
    list.push({
      goal: `query p99 at 10,000 articles${tenThousand ? '' : ` (not measured: shown at ${queryAt.size})`}`,
      target: '≤ 2 ms',
      measured: `${formatNumber(worst, 3)} ms (worst intent)`,
      met: tenThousand ? worst <= 2 : worst <= 2 ? null : false,
    });
    const suggest = queryAt.build.queries.byIntent.autocomplete?.p99 ?? Number.NaN;
    list.push({
      goal: `autocomplete p99 (${queryAt.size} articles)`,
      target: '≤ 1 ms',
      measured: `${formatNumber(suggest, 3)} ms`,
      met: suggest <= 1,
    });
    let worstRatio = 0;
    let worstIntent = '';
    for (const intent of QUERY_INTENTS) {
      const mine = queryAt.build.queries.byIntent[intent];
      const plain = queryAt.baseline.queries.byIntent[intent];
      if (!mine || !plain) continue;
      const ratio = mine.p50 / plain.p50;
      if (ratio > worstRatio) {
        worstRatio = ratio;
        worstIntent = intent;
      }
    }
    list.push({
      goal: `slowest path vs plain MiniSearch, p50 (${queryAt.size} articles)`,
      target: '≤ 3×',
      measured: `${formatNumber(worstRatio)}× (${worstIntent})`,
      met: worstRatio <= 3,
    });
  }
  if (largest) {
    const heap = largest.build.loaded.heapUsed - largest.build.before.heapUsed;
    list.push({
      goal: `index memory / raw text (${largest.size} articles)`,
      target: '≤ 3×',
      measured: `${formatNumber(heap / largest.textBytes)}× (whole knowledge base), ${formatNumber((largest.build.retained?.index ?? 0) / largest.textBytes)}× (term index alone)`,
      met: heap / largest.textBytes <= 3,
    });
  }
  if (e2e) {
    const p99 = Math.max(e2e.discord.sequential.latency.p99, e2e.slack.sequential.latency.p99);
    list.push({
      goal: 'end-to-end p99 through the fakes',
      target: '≤ 30 ms',
      measured: `Discord ${formatNumber(e2e.discord.sequential.latency.p99)} ms, Slack ${formatNumber(e2e.slack.sequential.latency.p99)} ms`,
      met: p99 <= 30,
    });
    const loads = [e2e.discord.load, e2e.slack.load];
    const bad = loads.reduce((sum, run) => sum + run.lost + run.duplicates + run.late, 0);
    list.push({
      goal: `load: ${loads[0]?.requests} questions × 2 platforms at ${loads[0]?.concurrency} concurrent`,
      target: `0 lost, 0 duplicate, all < ${PLATFORM_DEADLINE_MS / 1000} s`,
      measured: loads
        .map(
          (run, i) =>
            `${i === 0 ? 'Discord' : 'Slack'}: ${run.lost} lost, ${run.duplicates} dup, ${run.late} late, max ${formatNumber(run.latency.max)} ms`,
        )
        .join('; '),
      met: bad === 0,
    });
  }
  for (const skip of skipped) {
    list.push({
      goal: `${skip.size} articles measured`,
      target: 'within the budget',
      measured: skip.reason,
      met: false,
    });
  }
  list.push({
    goal: 'whole benchmark run',
    target: '< 10 min',
    measured: `${formatNumber(totalMs / 60_000)} min`,
    met: totalMs < 600_000,
  });
  return list;
}

function goalTable(list: readonly Goal[]): string {
  return markdownTable(
    ['goal', 'target', 'measured', 'met'],
    list.map((g) => [g.goal, g.target, g.measured, g.met === null ? 'n/a' : g.met ? 'yes' : 'NO']),
  );
}

async function main(): Promise<void> {
  const options = readOptions();
  const startedAt = performance.now();
  const elapsedS = () => (performance.now() - startedAt) / 1000;
  const loadAtStart = loadavg();
  const workDir = await mkdtemp(join(tmpdir(), 'briefbot-bench-'));
  const code = await snapshotCode(workDir);
  log(`work folder ${workDir}; budget ${options.budgetS} s; sizes ${options.sizes.join(', ')}`);
  const results: SizeResult[] = [];
  const skipped: SkippedSize[] = [];
  let previous: SizeResult | null = null;
  let e2eCorpus: { dir: string; cacheDir: string; facts: CorpusFacts; articles: number } | null =
    null;
  try {
    const modulesMs = options.quick
      ? await moduleLoadMs(code.main)
      : median([
          await moduleLoadMs(code.main),
          await moduleLoadMs(code.main),
          await moduleLoadMs(code.main),
        ]);
    for (const size of options.sizes) {
      // A build of one article is all fixed cost (loading the models): project only from a
      // size whose time grows with its articles.
      if (size !== 'sample' && previous !== null && previous.articles >= PROJECT_FROM_ARTICLES) {
        const projectedS = projectSeconds(previous, size, options);
        const left = options.budgetS - elapsedS() - (options.e2e ? END_TO_END_RESERVE_S : 0);
        if (projectedS > left) {
          const rate = megabytes(previous.textBytes) / (previous.build.loadMs / 1000);
          const reason = `not run: projected ${Math.round(projectedS)} s (first build alone ≈ ${Math.round((megabytes(size * ARTICLE_BYTES) / rate) * SCALING_SAFETY)} s at the ${formatNumber(rate)} MB/s measured at ${previous.articles} articles) is more than the ${Math.max(0, Math.round(left))} s left of the ${options.budgetS} s budget; measure it alone with npm run bench -- --sizes ${size} --budget 3600 --no-e2e`;
          log(`${size}: ${reason}`);
          skipped.push({ size, reason });
          continue;
        }
      }
      const measured = await measureSize(size, workDir, code, options);
      results.push(measured.result);
      if (size !== 'sample') {
        previous = measured.result;
        if (size <= 1000) e2eCorpus = { ...measured, articles: measured.result.articles };
      }
    }
    let e2e: EndToEndFigures | null = null;
    if (options.e2e && e2eCorpus) {
      log(`end to end over ${e2eCorpus.articles} articles through the Discord and Slack fakes`);
      e2e = await runEndToEnd({
        main: code.main,
        contentDir: e2eCorpus.dir,
        cacheDir: e2eCorpus.cacheDir,
        articles: e2eCorpus.articles,
        commands: buildCommands(e2eCorpus.facts, 500, options.seed),
        sequential: options.quick ? 100 : 500,
        load: options.quick ? 200 : 2000,
        concurrency: 50,
      });
    }
    const totalMs = performance.now() - startedAt;
    const goalList = goals(results, skipped, e2e, totalMs);
    const machine = {
      cpu: cpus()[0]?.model ?? 'unknown',
      cpus: cpus().length,
      memoryGB: Math.round(totalmem() / 1e9),
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      date: new Date().toISOString(),
      code: code.version,
      loadAverage: { atStart: loadAtStart[0], atEnd: loadavg()[0] },
    };
    const sections = [
      `briefbot benchmark of ${machine.code} — ${machine.cpu} ×${machine.cpus}, ${machine.memoryGB} GB, Node ${machine.node}, ${machine.date.slice(0, 10)} (load average ${formatNumber(loadAtStart[0])} → ${formatNumber(loadavg()[0])})`,
      '',
      'Build and memory (first build = read, clean, split, extract, index and write the cache; "plain" = MiniSearch defaults over raw paragraphs)',
      buildTable(results),
      '',
      `Start-up (spawn of dist/src/main.js, what \`npm start\` runs once it has compiled the code in ${formatNumber(code.compileMs / 1000)} s, until "content loaded", and until its first answer)`,
      startTable(results, modulesMs),
      '',
      `Query latency (${results[0]?.queries ?? 0} queries per size: who, when, why, ask, autocomplete; 70% found, 15% misspelt, 15% absent; × = briefbot / plain MiniSearch)`,
      queryTable(results),
      '',
      ...(e2e
        ? [
            `End to end over ${e2e.articles} articles (real discord.js and Bolt against the fakes)`,
            endToEndTable(e2e),
            `Warnings the bot logged: ${
              Object.entries(e2e.botWarnings)
                .map(([message, count]) => `${count} × "${message}"`)
                .join(', ') || 'none'
            }`,
            '',
          ]
        : ['End to end: not run', '']),
      'Goals',
      goalTable(goalList),
    ];
    process.stdout.write(`${sections.join('\n')}\n`);
    await mkdir(dirname(options.out), { recursive: true });
    await writeFile(
      options.out,
      `${JSON.stringify({ machine, options: { quick: options.quick, sizes: options.sizes, seed: options.seed, budgetS: options.budgetS }, totalMs, compileMs: code.compileMs, modulesMs, sizes: results, skipped, endToEnd: e2e, goals: goalList }, null, 2)}\n`,
    );
    log(`results written to ${options.out} in ${formatNumber(totalMs / 1000)} s`);
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

await main();
