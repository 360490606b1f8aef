import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import nlp from 'compromise';
import { findDates } from '../../src/extract/dates.ts';
import { loadKnowledge } from '../../src/search/cache.ts';
import { serializeKnowledge } from '../../src/search/knowledge.ts';
import { DEFAULT_SEED, writeCorpus } from './corpus.ts';

/**
 * `npx tsx scripts/bench/first-build.ts [--articles 1000 | --content <dir>]`: one first build (no
 * cache) of the bench's generated corpus (same seed as `npm run bench`) or of a folder, after the
 * bench worker's warm-up; prints its seconds and a SHA-1 of the knowledge base's JSON. For
 * comparing two versions of the build: run each a few times, alternated, and compare medians;
 * equal hashes mean the change left every sentence, entity, date and index entry as it was.
 */
const { values } = parseArgs({
  options: { articles: { type: 'string', default: '1000' }, content: { type: 'string' } },
});
nlp('Sergei Kiriyenko').has('#Person');
findDates('On July 10, 2025', { published: null, fallbackYear: null });
const generated = values.content ? null : await mkdtemp(join(tmpdir(), 'first-build-'));
try {
  const dir = values.content ?? (generated as string);
  if (generated) await writeCorpus(generated, Number(values.articles), DEFAULT_SEED);
  const started = performance.now();
  const { kb } = await loadKnowledge(dir, null);
  const seconds = (performance.now() - started) / 1000;
  const hash = createHash('sha1')
    .update(JSON.stringify(serializeKnowledge(kb)))
    .digest('hex');
  process.stdout.write(
    `first build: ${seconds.toFixed(2)} s, ${kb.articles.length} articles, ${kb.sentences.length} sentences, knowledge base ${hash}\n`,
  );
} finally {
  if (generated) await rm(generated, { recursive: true, force: true });
}
