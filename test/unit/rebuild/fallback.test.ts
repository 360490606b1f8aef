import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createBriefbot } from '../../../src/briefbot.ts';
import { copyInto, FIXTURE_ARTICLES, tempDirs } from '../support.ts';

/** How the mocked Worker misbehaves in the next test. */
const failure = vi.hoisted(() => ({ mode: 'cannot start' as 'cannot start' | 'crashes' }));

vi.mock('node:worker_threads', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:worker_threads')>();
  const { EventEmitter } = await import('node:events');
  class BrokenWorker extends EventEmitter {
    constructor() {
      super();
      if (failure.mode === 'cannot start') throw new Error('no threads here');
      setImmediate(() => this.emit('error', new Error('worker crashed')));
    }
    postMessage() {}
    terminate() {
      return Promise.resolve(1);
    }
  }
  return { ...actual, Worker: BrokenWorker };
});

const makeDir = tempDirs('rebuild-fallback');

describe('a reload whose worker thread fails rebuilds on the main thread', () => {
  for (const mode of ['cannot start', 'crashes'] as const) {
    it(`when the worker ${mode}`, async () => {
      failure.mode = mode;
      const dir = copyInto(makeDir(), join(FIXTURE_ARTICLES, 'harbour-row.txt'));
      const bot = await createBriefbot({ contentDir: dir, cacheDir: null, maxQuestionChars: 500 });
      expect(bot.answer('what ferry board').found).toBe(false);
      copyInto(dir, join(FIXTURE_ARTICLES, 'ferry-memo.md'));

      const result = await bot.reload();

      expect(result).toMatchObject({ ok: true, problems: [] });
      expect(result.inProcess).toMatch(mode === 'cannot start' ? /no threads here/ : /crashed/);
      expect(bot.sources().map((s) => s.article)).toEqual(['ferry-memo', 'harbour-row']);
      expect(bot.answer('what ferry board').found).toBe(true);
    });
  }
});
