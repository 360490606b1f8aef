import { appendFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AnswerEngine } from '../../../src/answer/engine.ts';
import { loadKnowledge } from '../../../src/search/cache.ts';
import { copyInto, FIXTURE_ARTICLES, SEED_FILE, tempDirs, writeInto } from '../support.ts';

const makeDir = tempDirs('cache');

function cacheFiles(cacheDir: string): string[] {
  return readdirSync(cacheDir).filter((name) => name.endsWith('.ndjson'));
}

/** A content folder with the seed and the shared-surname story, and an empty cache folder. */
function freshFolders(): { contentDir: string; cacheDir: string } {
  const contentDir = copyInto(makeDir(), SEED_FILE, join(FIXTURE_ARTICLES, 'harbour-row.txt'));
  return { contentDir, cacheDir: join(makeDir(), 'index-cache') };
}

describe('the on-disk index cache', () => {
  it('misses on the first start, writes one index file, and hits on the next start', async () => {
    const { contentDir, cacheDir } = freshFolders();
    const first = await loadKnowledge(contentDir, cacheDir);
    expect(first.cache).toBe('miss');
    expect(cacheFiles(cacheDir)).toEqual([`index-${first.key}.ndjson`]);

    const second = await loadKnowledge(contentDir, cacheDir);
    expect(second.cache).toBe('hit');
    expect(second.key).toBe(first.key);
  });

  it('answers from the cached index exactly as from the freshly built one', async () => {
    const { contentDir, cacheDir } = freshFolders();
    const built = new AnswerEngine((await loadKnowledge(contentDir, cacheDir)).kb);
    const cached = await loadKnowledge(contentDir, cacheDir);
    expect(cached.cache).toBe('hit');
    const reloaded = new AnswerEngine(cached.kb);
    for (const question of [
      'who kirienko',
      'when abu-dhabi',
      'who halloran',
      'timeline',
      'ask breakwater',
    ]) {
      expect(reloaded.answer(question)).toEqual(built.answer(question));
    }
  });

  it('keeps every character of a non-English article through the cache, which is written as ASCII', async () => {
    const contentDir = writeInto(makeDir(), {
      'zurich.md': [
        '# Zürich’s “Façade” vote',
        '',
        'Ms. Zoë Müller-Øberg, the mayor of Zürich, said the “façade” plan was dead 😀 on 3 March 2024.',
        '',
        'The council of Kraków (克拉科夫) praised the decision.',
      ].join('\n'),
    });
    const cacheDir = join(makeDir(), 'index-cache');
    const built = new AnswerEngine((await loadKnowledge(contentDir, cacheDir)).kb);
    const [file] = cacheFiles(cacheDir);
    const bytes = readFileSync(join(cacheDir, String(file)));
    expect(bytes.every((byte) => byte < 0x80)).toBe(true);
    const cached = await loadKnowledge(contentDir, cacheDir);
    expect(cached.cache).toBe('hit');
    const reloaded = new AnswerEngine(cached.kb);
    for (const question of ['who müller-øberg', 'when façade', 'what kraków']) {
      expect(reloaded.answer(question)).toEqual(built.answer(question));
    }
    expect(reloaded.answer('who zoë').citations[0]?.quote).toContain('dead 😀 on 3 March 2024');
  });

  it('rebuilds when an article changes, and keeps only the new index file', async () => {
    const { contentDir, cacheDir } = freshFolders();
    const before = await loadKnowledge(contentDir, cacheDir);
    appendFileSync(
      join(contentDir, 'harbour-row.txt'),
      '\n\nThe breakwater opened on September 1, 2024, two weeks late.\n',
    );
    const after = await loadKnowledge(contentDir, cacheDir);
    expect(after.cache).toBe('miss');
    expect(after.key).not.toBe(before.key);
    expect(cacheFiles(cacheDir)).toEqual([`index-${after.key}.ndjson`]);
    expect(after.kb.sentences.map((s) => s.text)).toContain(
      'The breakwater opened on September 1, 2024, two weeks late.',
    );
    expect((await loadKnowledge(contentDir, cacheDir)).cache).toBe('hit');
  });

  it('rebuilds when an article is added, and serves the new one', async () => {
    const { contentDir, cacheDir } = freshFolders();
    await loadKnowledge(contentDir, cacheDir);
    copyInto(contentDir, join(FIXTURE_ARTICLES, 'ferry-memo.md'));
    const after = await loadKnowledge(contentDir, cacheDir);
    expect(after.cache).toBe('miss');
    expect(after.kb.articles.map((a) => a.slug)).toContain('ferry-memo');
  });

  it('rebuilds when an article is removed', async () => {
    const { contentDir, cacheDir } = freshFolders();
    await loadKnowledge(contentDir, cacheDir);
    rmSync(join(contentDir, 'harbour-row.txt'));
    const after = await loadKnowledge(contentDir, cacheDir);
    expect(after.cache).toBe('miss');
    expect(after.kb.articles.map((a) => a.slug)).toEqual(['000-e6b419b8511849bc']);
    expect(after.problems).toEqual([]);
  });

  it('keeps reporting a broken article when the index comes from the cache', async () => {
    const { contentDir, cacheDir } = freshFolders();
    writeInto(contentDir, { 'broken.md': '---\ntitle: [unclosed\n---\nBody.\n' });
    await loadKnowledge(contentDir, cacheDir);
    const cached = await loadKnowledge(contentDir, cacheDir);
    expect(cached.cache).toBe('hit');
    expect(cached.problems.map((p) => p.file)).toEqual(['broken.md']);
  });

  it('rebuilds over a corrupt cache file instead of failing', async () => {
    const { contentDir, cacheDir } = freshFolders();
    const first = await loadKnowledge(contentDir, cacheDir);
    writeFileSync(join(cacheDir, `index-${first.key}.ndjson`), '{"knowledge": tru');
    const again = await loadKnowledge(contentDir, cacheDir);
    expect(again.cache).toBe('miss');
    expect(again.kb.articles).toHaveLength(2);
    expect((await loadKnowledge(contentDir, cacheDir)).cache).toBe('hit');
  });

  it('writes nothing and always builds when the cache is off', async () => {
    const { contentDir } = freshFolders();
    expect((await loadKnowledge(contentDir, null)).cache).toBe('miss');
    expect((await loadKnowledge(contentDir, null)).cache).toBe('miss');
  });

  it('refuses an empty content folder with CONTENT_EMPTY', async () => {
    await expect(loadKnowledge(makeDir(), null)).rejects.toMatchObject({ code: 'CONTENT_EMPTY' });
  });
});
