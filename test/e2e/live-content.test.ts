import { copyFileSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../scripts/bench/corpus.ts';
import { type RunningApp, startApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/log.ts';

const SEED = 'content/000_e6b419b8511849bc.txt';
const HARBOUR = `---
title: Harbour works begin
date: 2024-05-02
---
Harbour works begin

Engineer Marta Quell, the chief engineer of the Northport Harbour Authority, opened the works on Tuesday.

The works will widen the harbour mouth by forty metres.
`;

/** Articles written at once for the rebuild that must not hold answers up: seconds of building. */
const GENERATED_ARTICLES = 200;
/** How often the question flow asks: one question per this many milliseconds. */
const ASK_EVERY_MS = 10;

async function until(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
    await sleep(50);
  }
}

describe('live content: the running bot follows the content folder', () => {
  let dir: string;
  let app: RunningApp;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'briefbot-live-'));
    copyFileSync(SEED, join(dir, 'seed.txt'));
    const config = loadConfig({
      CONTENT_DIR: dir,
      CACHE_DIR: join(dir, '.cache'),
      WATCH_CONTENT: 'true',
    });
    app = await startApp(config, createLogger('silent'));
  });

  afterEach(async () => {
    await app.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('picks up added, changed, broken and deleted articles while every question keeps being answered', async () => {
    const failures: string[] = [];
    let asked = 0;
    let flowing = true;
    const flow = (async () => {
      while (flowing) {
        const answer = app.core.answer('who kiriyenko');
        asked++;
        if (!answer.found || answer.citations.length === 0) failures.push(answer.summary);
        await sleep(5);
      }
    })();

    expect(app.core.answer('who quell').found).toBe(false);
    writeFileSync(join(dir, 'harbour.md'), HARBOUR);
    await until(() => app.core.answer('who quell').found);
    expect(app.core.answer('who quell').citations[0]?.quote).toContain(
      'the chief engineer of the Northport Harbour Authority',
    );

    writeFileSync(join(dir, 'harbour.md'), HARBOUR.replace('forty metres', 'sixty metres'));
    await until(
      () =>
        app.core
          .answer('how much will the works widen the harbour mouth')
          .citations[0]?.quote.includes('sixty') ?? false,
    );

    // An editor leaves the file broken: the last good version keeps being served and the problem is reported.
    writeFileSync(join(dir, 'harbour.md'), '---\ntitle: [unclosed\n---\nhalf a sentence');
    await until(() => app.core.status().problems.some((p) => p.file === 'harbour.md'));
    expect(app.core.answer('who quell').found).toBe(true);
    expect(app.core.status().problems.find((p) => p.file === 'harbour.md')?.message).toMatch(
      /last good version/,
    );

    unlinkSync(join(dir, 'harbour.md'));
    await until(() => !app.core.answer('who quell').found);
    expect(app.core.sources().map((s) => s.article)).toEqual(['seed']);

    flowing = false;
    await flow;
    expect(asked).toBeGreaterThan(10);
    expect(failures).toEqual([]);
  });

  it('keeps answering at its usual pace while a few hundred new articles are rebuilt', async () => {
    const failures: string[] = [];
    const answered = { idle: 0, rebuilding: 0 };
    let flowing = true;
    const flow = (async () => {
      while (flowing) {
        const rebuilding = app.core.status().rebuilding;
        const answer = app.core.answer('who kiriyenko');
        if (!answer.found) failures.push(answer.summary);
        if (rebuilding) answered.rebuilding++;
        else answered.idle++;
        await sleep(ASK_EVERY_MS);
      }
    })();
    // The usual pace: answers per second with nothing else to do.
    const idleStarted = performance.now();
    await sleep(1000);
    const idlePerSecond = answered.idle / ((performance.now() - idleStarted) / 1000);

    let rebuildingMs = 0;
    let since: number | null = null;
    const clock = setInterval(() => {
      const rebuilding = app.core.status().rebuilding;
      if (rebuilding && since === null) since = performance.now();
      if (!rebuilding && since !== null) {
        rebuildingMs += performance.now() - since;
        since = null;
      }
    }, 1);
    await writeCorpus(dir, GENERATED_ARTICLES);
    await until(() => app.core.status().articles === GENERATED_ARTICLES + 1, 120_000);
    await until(() => !app.core.status().rebuilding);
    clearInterval(clock);
    // The clock may not have ticked since the rebuild ended: close its last span here.
    if (since !== null) rebuildingMs += performance.now() - since;
    flowing = false;
    await flow;

    expect(failures).toEqual([]);
    expect(rebuildingMs).toBeGreaterThan(0);
    // A rebuild on the main thread answers nothing while it builds: it keeps under half the pace.
    expect(answered.rebuilding / (rebuildingMs / 1000)).toBeGreaterThan(idlePerSecond * 0.7);
  }, 180_000);
});
