import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBriefbot } from '../../../src/briefbot.ts';
import { copyInto, FIXTURE_ARTICLES, tempDirs } from '../support.ts';

const makeDir = tempDirs('rebuild-reload');

describe('a reload in the worker thread', () => {
  it('that is stopped keeps serving the previous articles', async () => {
    const dir = copyInto(makeDir(), join(FIXTURE_ARTICLES, 'harbour-row.txt'));
    const bot = await createBriefbot({ contentDir: dir, cacheDir: null, maxQuestionChars: 500 });
    copyInto(dir, join(FIXTURE_ARTICLES, 'ferry-memo.md'));
    const stop = new AbortController();

    const reloading = bot.reload(stop.signal);
    expect(bot.status().rebuilding).toBe(true);
    stop.abort();

    await expect(reloading).resolves.toEqual({ ok: false, problems: [] });
    expect(bot.status().rebuilding).toBe(false);
    expect(bot.sources().map((s) => s.article)).toEqual(['harbour-row']);
  });

  it('reports content it cannot serve, as the worker judged it, and keeps the previous articles', async () => {
    const dir = copyInto(makeDir(), join(FIXTURE_ARTICLES, 'harbour-row.txt'));
    const bot = await createBriefbot({ contentDir: dir, cacheDir: null, maxQuestionChars: 500 });
    rmSync(join(dir, 'harbour-row.txt'));

    const result = await bot.reload();

    expect(result).toEqual({
      ok: false,
      problems: [{ file: dir, message: expect.stringMatching(/still serving.*No articles in/) }],
    });
    expect(bot.sources().map((s) => s.article)).toEqual(['harbour-row']);
  });
});
