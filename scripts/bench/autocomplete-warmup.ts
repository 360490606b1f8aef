/**
 * Autocomplete's latency before and after its code is warm: `node --import tsx
 * scripts/bench/autocomplete-warmup.ts [--articles 10000]`. Builds the bench's generated corpus
 * (same seed), then times 400 prefixes of people's names typed into a fresh engine, 1,000 others to warm the
 * code, and 400 new ones; prints p50 and p99 of the first and last 400. The bench's own warm-up
 * is 100 queries of all intents, so its autocomplete p99 includes calls made before V8 has
 * optimised the code.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { AnswerEngine } from '../../src/answer/engine.ts';
import { loadKnowledge } from '../../src/search/cache.ts';
import { writeCorpus } from './corpus.ts';
import { latency } from './stats.ts';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '1000' } } });

function timed(engine: AnswerEngine, prefixes: readonly string[]): number[] {
  return prefixes.map((prefix) => {
    const started = performance.now();
    engine.subjects.suggest(prefix, 25);
    return performance.now() - started;
  });
}

const dir = await mkdtemp(join(tmpdir(), 'briefbot-autocomplete-'));
try {
  await writeCorpus(join(dir, 'content'), Number(values.articles));
  const { kb } = await loadKnowledge(join(dir, 'content'), null);
  const engine = new AnswerEngine(kb);
  // The first three to eight letters of people's names: each reaches a few names or hundreds.
  const people = kb.entities.filter((entity) => entity.kind === 'person');
  const prefixes = [
    ...new Set(
      people.flatMap((person) =>
        [3, 4, 5, 6, 7, 8].map((length) => person.name.toLowerCase().slice(0, length)),
      ),
    ),
  ];
  if (prefixes.length < 1800) throw new Error(`only ${prefixes.length} distinct prefixes`);
  const cold = latency(timed(engine, prefixes.slice(0, 400)));
  timed(engine, prefixes.slice(400, 1400));
  const warm = latency(timed(engine, prefixes.slice(1400, 1800)));
  const ms = (value: number) => value.toFixed(3);
  process.stdout.write(
    `${values.articles} articles, ${prefixes.length} prefixes\n` +
      `cold (first 400 calls): p50 ${ms(cold.p50)} ms, p99 ${ms(cold.p99)} ms\n` +
      `warm (400 new prefixes after 1,000 others): p50 ${ms(warm.p50)} ms, p99 ${ms(warm.p99)} ms\n`,
  );
} finally {
  await rm(dir, { recursive: true, force: true });
}
