import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { botEnv, nodeArgs } from './snapshot.ts';

/** The log line `startApp` writes once the index is loaded and answers can be served. */
const READY_MESSAGE = '"msg":"content loaded"';
/** A start that takes longer than this is reported as failed, not waited for. */
const START_TIMEOUT_MS = 15 * 60_000;

/** One start of briefbot until it is ready, then until it answers its first question. */
export interface ColdStart {
  /** Spawn to the "content loaded" log line, in ms. */
  readyMs: number;
  /** Spawn to the first answer printed by the console adapter, in ms. */
  firstAnswerMs: number;
}

/**
 * Spawns `node <main>` (compiled `dist/src/main.js`, as `npm start` runs it; a `.ts` entry through
 * tsx's loader) over a content folder and times it to "content loaded" and to its first answer
 * (asked on stdin at spawn). The child runs in an empty folder, so a developer's `.env` with real
 * tokens is never read.
 */
export async function coldStart(
  main: string,
  contentDir: string,
  cacheDir: string,
  question: string,
): Promise<ColdStart> {
  const cwd = await mkdtemp(join(tmpdir(), 'briefbot-start-'));
  const started = performance.now();
  const child = spawn(process.execPath, nodeArgs(main), {
    cwd,
    env: botEnv(contentDir, cacheDir),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  child.stdin.write(`${question}\n`);
  let readyMs = Number.NaN;
  let stderr = '';
  const outcome = new Promise<ColdStart>((resolvePromise, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`briefbot did not start within ${START_TIMEOUT_MS / 1000} s`));
    }, START_TIMEOUT_MS);
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
      if (Number.isNaN(readyMs) && stderr.includes(READY_MESSAGE))
        readyMs = performance.now() - started;
    });
    child.stdout.once('data', () => {
      const firstAnswerMs = performance.now() - started;
      child.stdin.end();
      child.once('exit', () => {
        clearTimeout(timer);
        resolvePromise({ readyMs, firstAnswerMs });
      });
    });
    child.once('exit', (code) => {
      if (Number.isNaN(readyMs)) {
        clearTimeout(timer);
        reject(
          new Error(`briefbot exited with ${code} before it was ready:\n${stderr.slice(-2000)}`),
        );
      }
    });
  });
  try {
    return await outcome;
  } finally {
    await rm(cwd, { recursive: true, force: true });
  }
}

/**
 * The floor under every start: Node and every module `main` imports (discord.js, Bolt,
 * wink-nlp, compromise, chrono-node, MiniSearch), timed by starting on a missing content folder,
 * which fails right after the imports.
 */
export async function moduleLoadMs(main: string): Promise<number> {
  const cwd = await mkdtemp(join(tmpdir(), 'briefbot-start-'));
  const started = performance.now();
  const child = spawn(process.execPath, nodeArgs(main), {
    cwd,
    env: botEnv(join(cwd, 'no-such-folder'), join(cwd, 'cache')),
    stdio: 'ignore',
  });
  await new Promise((resolvePromise) => child.once('exit', resolvePromise));
  const elapsed = performance.now() - started;
  await rm(cwd, { recursive: true, force: true });
  return elapsed;
}
