import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { childEnv } from './child-env.ts';
import { type CompiledBriefbot, compileBriefbot } from './compiled.ts';

const ARTICLES_DIR = resolve(import.meta.dirname, '../fixtures/articles');

let compiled: CompiledBriefbot;
let scratch: string;

beforeAll(() => {
  compiled = compileBriefbot();
  scratch = mkdtempSync(join(tmpdir(), 'briefbot-npm-start-'));
});

afterAll(() => {
  compiled.dispose();
  rmSync(scratch, { recursive: true, force: true });
});

describe('npm start: the compiled bot, run by Node alone', () => {
  it('answers on the console, and rebuilds an added article in its worker thread, not on the main thread', async () => {
    const contentDir = join(scratch, 'content');
    const cacheDir = join(scratch, 'cache');
    mkdirSync(contentDir);
    copyFileSync(join(ARTICLES_DIR, 'harbour-row.txt'), join(contentDir, 'harbour-row.txt'));
    const child = spawn(process.execPath, [compiled.main], {
      cwd: scratch,
      env: { ...childEnv({}, contentDir, cacheDir), WATCH_CONTENT: 'true', LOG_LEVEL: 'info' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    const exited = once(child, 'exit');
    try {
      await vi.waitFor(() => expect(stderr).toContain('"msg":"content loaded"'), {
        timeout: 20_000,
        interval: 50,
      });
      child.stdin.write('who quigley\n');
      await vi.waitFor(() => expect(stdout).toContain('Mayor Peter Quigley praised the deal.'), {
        timeout: 5000,
      });

      writeFileSync(
        join(contentDir, 'harbour-master.txt'),
        'New harbour master named\n\nOdile Fenwarren, a former ferry captain, became the harbour master on 2 June 2024.\n',
      );
      await vi.waitFor(() => expect(stderr).toContain('"msg":"content reloaded"'), {
        timeout: 20_000,
        interval: 50,
      });
      expect(stderr).not.toContain('rebuilt on the main thread instead');
      child.stdin.write('who fenwarren\n');
      await vi.waitFor(() => expect(stdout).toContain('Odile Fenwarren, a former ferry captain'), {
        timeout: 5000,
      });
      child.stdin.end();
      const [code] = await exited;
      expect(code).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 60_000);
});
