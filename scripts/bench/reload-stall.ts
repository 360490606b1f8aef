/**
 * How long a live reload blocks answers: the longest main-thread stall while the generated corpus
 * is rebuilt in process (read, extract, index, engine on the main thread, as before the worker)
 * and through `core.reload()` (the worker thread, handed back in chunks). Usage:
 * `npx tsx scripts/bench/reload-stall.ts [articles=1000]`.
 */
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AnswerEngine } from '../../src/answer/engine.ts';
import { createBriefbot } from '../../src/briefbot.ts';
import { loadKnowledge } from '../../src/search/cache.ts';
import { writeCorpus } from './corpus.ts';

/** Runs `work` while a 5 ms timer notes the longest gap between its ticks beyond 5 ms. */
async function longestStall(
  work: () => Promise<unknown>,
): Promise<{ stall: number; total: number }> {
  let longest = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last - 5);
    last = now;
  }, 5);
  const started = performance.now();
  await work();
  const total = performance.now() - started;
  await new Promise((done) => setTimeout(done, 50));
  clearInterval(timer);
  return { stall: longest, total };
}

const count = Number(process.argv[2] ?? 1000);
const root = mkdtempSync(join(tmpdir(), 'briefbot-stall-'));
const dir = join(root, 'content');
const cacheDir = join(root, 'cache');
try {
  await writeCorpus(dir, count);
  const core = await createBriefbot({ contentDir: dir, cacheDir, maxQuestionChars: 500 });
  const sample = join(dir, readdirSync(dir)[0] ?? '');
  const report = (label: string, { stall, total }: { stall: number; total: number }) =>
    process.stdout.write(
      `${label}: rebuild ${(total / 1000).toFixed(1)} s, longest main-thread stall ${Math.round(stall)} ms\n`,
    );
  copyFileSync(sample, join(dir, 'zz-added-1.txt'));
  report(
    `${count} articles, in process`,
    await longestStall(async () => new AnswerEngine((await loadKnowledge(dir, cacheDir)).kb)),
  );
  copyFileSync(sample, join(dir, 'zz-added-2.txt'));
  report(`${count} articles, core.reload() (worker)`, await longestStall(() => core.reload()));
} finally {
  rmSync(root, { recursive: true, force: true });
}
process.exit(0);
