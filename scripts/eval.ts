/**
 * `npm run eval`: runs the question sets in test/fixtures/eval/<set>/questions.tsv over their
 * articles and prints top-1/top-3 accuracy, `when` date accuracy and "not found" accuracy for
 * briefbot and, in the same run, for plain MiniSearch over raw paragraphs with default options.
 * `--verbose` lists every miss; `--set <name>` runs one set.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import MiniSearch from 'minisearch';
import type { Answer } from '../src/answer/types.ts';
import { createBriefbot } from '../src/briefbot.ts';
import { listArticleFiles } from '../src/content/files.ts';
import { loadArticles } from '../src/content/load.ts';
import { readArticleFile } from '../src/content/read.ts';

const EVAL_DIR = 'test/fixtures/eval';

interface Question {
  kind: string;
  query: string;
  expect: string;
  date: string;
}

interface Tally {
  top1: number;
  top3: number;
  answerable: number;
  dates: number;
  dated: number;
  none: number;
  noneRight: number;
  noneScores: number[];
  misses: string[];
}

/** Folders made for sets that borrow articles; removed when the run ends. */
const temporaryDirs: string[] = [];

/**
 * The article folder of a set. A set may borrow articles from other sets instead of copying them:
 * `borrowed.txt` lists their paths (relative to the eval folder), one per line; the set is then
 * read from a temporary folder holding its own articles and the borrowed ones.
 */
async function articlesOf(set: string): Promise<string> {
  const own = join(EVAL_DIR, set, 'articles');
  const list = join(EVAL_DIR, set, 'borrowed.txt');
  if (!existsSync(list)) return own;
  const dir = await mkdtemp(join(tmpdir(), `briefbot-eval-${set}-`));
  temporaryDirs.push(dir);
  // A set of new questions on another set's page borrows the page and has no articles of its own.
  const owned = existsSync(own) ? readdirSync(own) : [];
  for (const name of owned) await copyFile(join(own, name), join(dir, name));
  for (const line of readFileSync(list, 'utf8').split('\n')) {
    const path = line.trim();
    if (path && !path.startsWith('#'))
      await copyFile(join(EVAL_DIR, path), join(dir, basename(path)));
  }
  return dir;
}

function readQuestions(file: string): Question[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .slice(1)
    .map((line) => {
      const [kind = '', query = '', expect = '', date = ''] = line.split('\t');
      return { kind: kind.trim(), query: query.trim(), expect: expect.trim(), date: date.trim() };
    });
}

function emptyTally(): Tally {
  return {
    top1: 0,
    top3: 0,
    answerable: 0,
    dates: 0,
    dated: 0,
    none: 0,
    noneRight: 0,
    noneScores: [],
    misses: [],
  };
}

function score(
  tally: Tally,
  question: Question,
  answer: Pick<Answer, 'found' | 'citations'>,
): void {
  const quotes = answer.citations.map((c) => c.quote);
  if (question.kind === 'none') {
    tally.none++;
    if (!answer.found) tally.noneRight++;
    else {
      tally.noneScores.push(answer.citations[0]?.score ?? 0);
      tally.misses.push(`none   ${question.query} → answered: ${quotes[0]?.slice(0, 80)}`);
    }
    return;
  }
  tally.answerable++;
  const hit1 = quotes[0]?.includes(question.expect) ?? false;
  const hit3 = quotes.slice(0, 3).some((q) => q.includes(question.expect));
  if (hit1) tally.top1++;
  if (hit3) tally.top3++;
  if (!hit1)
    tally.misses.push(
      `${question.kind.padEnd(6)} ${question.query} → ${answer.found ? quotes[0]?.slice(0, 90) : 'NOT FOUND'}   [want: ${question.expect}]`,
    );
  if (question.kind === 'when' && question.date) {
    tally.dated++;
    const got = answer.citations[0]?.date ?? null;
    if (got === question.date) tally.dates++;
    else tally.misses.push(`date   ${question.query} → ${got} [want ${question.date}]`);
  }
}

/** The baseline: MiniSearch over raw paragraphs (cleaned text split at blank lines), default options. */
async function baseline(
  dir: string,
): Promise<(query: string) => Pick<Answer, 'found' | 'citations'>> {
  const docs: Array<{ id: number; text: string }> = [];
  for (const file of await listArticleFiles(dir)) {
    const raw = await readArticleFile(file).catch(() => null);
    for (const block of raw?.blocks ?? []) docs.push({ id: docs.length, text: block });
  }
  const search = new MiniSearch<{ id: number; text: string }>({
    fields: ['text'],
    storeFields: ['text'],
  });
  search.addAll(docs);
  return (query) => {
    const hits = search.search(query);
    return {
      found: hits.length > 0,
      citations: hits.slice(0, 3).map((hit) => ({
        article: '',
        title: '',
        paragraph: 0,
        quote: String(hit.text),
        text: String(hit.text),
        date: null,
        score: hit.score,
        url: null,
      })),
    };
  };
}

function pct(part: number, whole: number): string {
  return whole === 0 ? '   –  ' : `${((100 * part) / whole).toFixed(1).padStart(5)}%`;
}

function row(name: string, system: string, t: Tally): string {
  return `| ${name.padEnd(14)} | ${system.padEnd(10)} | ${String(t.answerable + t.none).padStart(3)} | ${pct(t.top1, t.answerable)} | ${pct(t.top3, t.answerable)} | ${pct(t.dates, t.dated)} | ${pct(t.noneRight, t.none)} |`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { verbose: { type: 'boolean', default: false }, set: { type: 'string' } },
  });
  const sets = readdirSync(EVAL_DIR)
    .filter((name) => !values.set || name === values.set)
    // A set being written (no questions yet) is not a set.
    .filter((name) => existsSync(join(EVAL_DIR, name, 'questions.tsv')))
    .sort();
  const lines = [
    '| set            | system     |   n |  top-1 |  top-3 | dates  | none   |',
    '|---|---|---|---|---|---|---|',
  ];
  const totals = { bot: emptyTally(), base: emptyTally() };
  for (const set of sets) {
    const dir = await articlesOf(set);
    const questions = readQuestions(join(EVAL_DIR, set, 'questions.tsv'));
    const bot = await createBriefbot({ contentDir: dir, cacheDir: null, maxQuestionChars: 2000 });
    const plain = await baseline(dir);
    const tally = { bot: emptyTally(), base: emptyTally() };
    for (const question of questions) {
      score(tally.bot, question, bot.answer(question.query));
      score(tally.base, question, plain(question.query));
    }
    lines.push(row(set, 'briefbot', tally.bot), row(set, 'minisearch', tally.base));
    for (const key of ['bot', 'base'] as const) {
      const total = totals[key];
      const part = tally[key];
      for (const field of [
        'top1',
        'top3',
        'answerable',
        'dates',
        'dated',
        'none',
        'noneRight',
      ] as const)
        total[field] += part[field];
      total.noneScores.push(...part.noneScores);
    }
    if (values.verbose && tally.bot.misses.length > 0) {
      process.stderr.write(
        `\n${set}: ${tally.bot.misses.length} misses\n  ${tally.bot.misses.join('\n  ')}\n`,
      );
    }
  }
  lines.push(row('ALL', 'briefbot', totals.bot), row('ALL', 'minisearch', totals.base));
  process.stdout.write(`${lines.join('\n')}\n`);
  process.stdout.write(
    `\ntop-1/top-3: expected phrase in the first / first three quotes; dates: first citation's date for "when"; none: found=false when the articles do not answer.\n`,
  );
  const articles = await Promise.all(sets.map(async (set) => loadArticles(await articlesOf(set))));
  process.stdout.write(
    `${sets.length} sets, ${articles.reduce((n, a) => n + a.articles.length, 0)} article loads.\n`,
  );
}

try {
  await main();
} finally {
  await Promise.all(temporaryDirs.map((dir) => rm(dir, { recursive: true, force: true })));
}
